"""``make bench``, second part: the engines as ``claimx extract`` runs them, on the same corpus.

Each engine plans, extracts, renders and writes one JSON per article and the index into a
temporary folder, as the CLI does. Its workers load their pipelines before the clock starts
(that start-up is printed apart): what is compared is the throughput of a long run.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimx.engines.jobs import FOLDER_INDENT, Job, Rendered, render_serial
from claimx.engines.parallel import render_on, worker_pool
from claimx.engines.process import tune_garbage_collector
from claimx.extractor import Extractor
from claimx.io.locations import read_locations
from claimx.io.output import write_folder
from claimx.io.resume import FolderPlan

OPTIONS: dict[str, Any] = {"model": None, "rules_dirs": [], "published": None}
Render = Callable[[Iterator[Any], str], Iterator[Any]]
Probe = Callable[[], float]


@dataclass
class EngineRun:
    name: str
    startup: float
    seconds: float
    articles: int
    output_bytes: int
    worker_rss_mb: float
    cpu_seconds: float
    """Of every process of the engine (driver and workers), during the run."""


def timed_run(
    name: str, corpus: Path, out: Path, startup: float, render: Render, probes: tuple[Probe, Probe]
) -> EngineRun:
    """``probes``: the engine's CPU seconds so far, and its workers' peak RSS."""
    cpu, rss = probes
    start, cpu_start = time.perf_counter(), cpu()
    planned = FolderPlan(out, None).plan(read_locations([str(corpus)]))
    tally = write_folder(render(planned, str(out)), out)
    seconds, cpu_seconds = time.perf_counter() - start, cpu() - cpu_start
    size = sum(p.stat().st_size for p in out.iterdir())
    return EngineRun(name, startup, seconds, tally.written, size, rss(), cpu_seconds)


@contextmanager
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="claimx-bench-") as folder:
        yield Path(folder)


def one_worker(corpus: Path) -> EngineRun:
    start = time.perf_counter()
    extractor = Extractor(**OPTIONS)
    tune_garbage_collector()
    startup = time.perf_counter() - start
    with scratch() as out:
        return timed_run(
            "local, 1 worker", corpus, out, startup,
            lambda items, _: render_serial(extractor, items, FOLDER_INDENT),
            (time.process_time, peak_rss_mb),
        )  # fmt: skip


def pool_workers(corpus: Path, workers: int) -> EngineRun:
    start = time.perf_counter()
    with scratch() as out, worker_pool(workers, OPTIONS, FOLDER_INDENT, str(out)) as pool:
        _wait_until_loaded(pool, workers)
        startup = time.perf_counter() - start
        return timed_run(
            f"local, --workers {workers}", corpus, out, startup,
            lambda items, _: render_on(pool, items, workers),
            (lambda: time.process_time() + _pool_cpu(pool, workers),
             lambda: _pool_rss(pool, workers)),
        )  # fmt: skip


def worker_state(_: object = None) -> tuple[int, tuple[float, float]]:
    """A pool task: this worker's pid, CPU seconds and peak RSS. A worker runs a task only
    once its initializer (the pipeline's loading) has run."""
    time.sleep(0.05)  # long enough that one worker cannot take every task
    return os.getpid(), (time.process_time(), peak_rss_mb())


def _ask_every_worker(pool: Any, workers: int) -> dict[int, tuple[float, float]]:
    seen: dict[int, tuple[float, float]] = {}
    while len(seen) < workers:
        seen.update(pool.map(worker_state, range(4 * workers), chunksize=1))
    return seen


def _wait_until_loaded(pool: Any, workers: int) -> None:
    _ask_every_worker(pool, workers)


def _pool_cpu(pool: Any, workers: int) -> float:
    return sum(cpu for cpu, _ in _ask_every_worker(pool, workers).values())


def _pool_rss(pool: Any, workers: int) -> float:
    return max(rss for _, rss in _ask_every_worker(pool, workers).values())


def dask_workers(corpus: Path, workers: int) -> EngineRun:
    from claimx.engines.cluster import dask_client, load_everywhere, run_partitions

    start = time.perf_counter()
    with scratch() as out, dask_client(None, workers) as client:
        load_everywhere(client, OPTIONS)
        startup = time.perf_counter() - start
        return timed_run(
            f"dask, {workers} workers", corpus, out, startup,
            lambda items, folder: run_partitions(client, items, OPTIONS, FOLDER_INDENT, folder),
            (
                lambda: time.process_time() + sum(client.run(time.process_time).values()),
                lambda: max(client.run(peak_rss_mb).values()),
            ),
        )  # fmt: skip


def driver_alone(corpus: Path) -> EngineRun:
    """What the driver of ``--workers`` and Dask does, with no worker: read, plan, write the
    index (the workers write the article files): how many workers one driver can keep fed."""
    with scratch() as out:
        return timed_run(
            "driver alone", corpus, out, 0.0, lambda items, _: (_stand_in(i) for i in items),
            (time.process_time, peak_rss_mb),
        )  # fmt: skip


def _stand_in(item: Any) -> Any:
    """An article as a worker that wrote its file returns it."""
    if not isinstance(item, Job):
        return item
    return Rendered(item.record.id, item.record.path, item.output, 0, None)


def peak_rss_mb() -> float:
    """This process's peak RSS. Linux's ``ru_maxrss`` keeps the parent's peak across fork and
    exec (a worker would report its driver's); ``VmHWM`` is this process's own."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def report(runs: list[EngineRun], megabytes: float, tokenizer_mb_s: float) -> list[str]:
    """Wall-clock speed, and CPU seconds per MB of all the engine's processes: on a busy
    machine the first is what the others leave; the second says what the engine costs."""
    base, base_cpu = runs[0].seconds, runs[0].cpu_seconds
    lines = []
    for r in runs:
        rate = megabytes / r.seconds
        lines.append(
            f"{r.name:<20} {rate:5.2f} MB/s  {r.articles / r.seconds:4.0f} articles/s  "
            f"{rate / tokenizer_mb_s:.3f} of the tokenizer  {base / r.seconds:.2f}x one worker\n"
            f"{'':<20} CPU {r.cpu_seconds / megabytes:.2f} s/MB, all processes "
            f"({base_cpu / r.cpu_seconds:.2f} of one worker's efficiency)  start-up "
            f"{r.startup:.1f} s  peak RSS per worker {r.worker_rss_mb:.0f} MB"
        )
    out_mb = runs[0].output_bytes / 1e6
    lines.append(f"output               {out_mb:.1f} MB of JSON for {megabytes:.1f} MB of input "
                 f"({out_mb / megabytes:.2f} MB per MB)")
    return lines
