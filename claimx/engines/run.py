"""One ``claimx extract`` run: inputs → plan (names, ``--resume``) → engine → output.

The engines (this process, a pool of processes, a Dask cluster) give the same results in the
same order, so every engine writes the same bytes.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimx.engines.cluster import (
    PARTITION_SIZE,
    check_options,
    dask_client,
    load_everywhere,
    run_partitions,
)
from claimx.engines.jobs import FOLDER_INDENT, as_jobs, render_serial
from claimx.engines.parallel import render_parallel
from claimx.engines.process import tune_garbage_collector
from claimx.extractor import Extractor
from claimx.io.locations import LARGE_INPUT, input_size, read_locations
from claimx.io.output import Tally, append_jsonl, write_folder, write_jsonl
from claimx.io.resume import Expectation, FolderPlan, JsonlPlan, remove_temporaries


@dataclass
class RunSpec:
    inputs: list[str]
    output: Path
    jsonl: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    """For :class:`claimx.Extractor`: ``model``, ``rules_dirs``, ``published`` and, when set,
    ``include_text``."""
    workers: int | None = None
    """None: one per core for large inputs (and always on a local Dask cluster)."""
    engine: str = "local"
    scheduler: str | None = None
    resume: bool = False
    partition_size: int = PARTITION_SIZE
    retries: int = 2


@dataclass
class Report:
    tally: Tally
    reasons: Counter[str] | None = None
    """With ``--resume``: articles kept and extracted again, by reason."""
    temporaries_removed: int = 0


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def worker_count(spec: RunSpec) -> int:
    if spec.workers is not None:
        return spec.workers
    if spec.engine == "dask" or input_size(spec.inputs) >= LARGE_INPUT:
        return cores()
    return 1


Observer = Callable[[Any], None]
"""Called with each result as the run collects it, in input order: an article extracted
(:class:`claimx.engines.jobs.Rendered`) or kept (:class:`claimx.io.resume.Reused`), or an
:class:`claimx.io.reader.InputError`. The CLI's progress bar is one (the library never prints)."""


def run(spec: RunSpec, observe: Observer | None = None) -> Report:
    if spec.jsonl is not None:
        return _run_jsonl(spec, spec.jsonl, observe)
    removed = remove_temporaries(spec.output, ".*.json.*.tmp") if spec.resume else 0
    plan = FolderPlan(spec.output, Expectation.of(spec.options) if spec.resume else None)
    planned = plan.plan(read_locations(spec.inputs))
    folder = str(spec.output.resolve())
    with _engine(spec, planned, FOLDER_INDENT, folder, observe) as results:
        tally = write_folder(results, spec.output)
    return Report(tally, plan.counts if spec.resume else None, removed)


def _run_jsonl(spec: RunSpec, target: str, observe: Observer | None) -> Report:
    if not spec.resume:
        jobs = as_jobs(read_locations(spec.inputs))
        with _engine(spec, jobs, None, None, observe) as results:
            return Report(write_jsonl(results, target))
    path = Path(target)
    removed = remove_temporaries(path.parent, f".{path.name}.*.tmp")
    plan = JsonlPlan(path, Expectation.of(spec.options))
    with _engine(spec, plan.plan(read_locations(spec.inputs)), None, None, observe) as results:
        tally = append_jsonl(results, path, lambda: plan.kept_bytes)
    return Report(tally, plan.counts, removed)


def _observed(results: Iterable[Any], observe: Observer | None) -> Iterable[Any]:
    if observe is None:
        return results
    return _each_observed(results, observe)


def _each_observed(results: Iterable[Any], observe: Observer) -> Iterator[Any]:
    for result in results:
        observe(result)
        yield result


@contextmanager
def _engine(
    spec: RunSpec, items: Any, indent: int | None, folder: str | None, observe: Observer | None
) -> Iterator[Any]:
    """Results of ``items`` from the engine ``spec`` asks for; ``folder``: where worker
    processes write their articles' files themselves."""
    with _results(spec, items, indent, folder) as results:
        yield _observed(results, observe)


@contextmanager
def _results(spec: RunSpec, items: Any, indent: int | None, folder: str | None) -> Iterator[Any]:
    workers = worker_count(spec)
    if spec.engine == "dask":
        check_options(spec.options)
        with dask_client(spec.scheduler, workers) as client:
            load_everywhere(client, spec.options)
            yield run_partitions(
                client, items, spec.options, indent, folder, spec.partition_size, spec.retries
            )
    elif workers > 1:
        yield render_parallel(items, workers, spec.options, indent, folder)
    else:
        extractor = Extractor(**spec.options)
        tune_garbage_collector()
        yield render_serial(extractor, items, indent)
