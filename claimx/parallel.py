"""Article-level parallelism: each worker process has its own Extractor; results travel as JSON.

spaCy Docs are never sent between processes (pickling them back costs more than the work).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from claimx.extractor import Extractor, Result
from claimx.process import tune_garbage_collector
from claimx.reader import InputError, InputRecord, read_inputs
from claimx.schema import Article

CHUNK = 32
_worker: Extractor | None = None


def _start(options: dict[str, Any]) -> None:
    global _worker
    _worker = Extractor(**options)
    tune_garbage_collector()


def _run(items: list[InputRecord | InputError]) -> list[str | InputError]:
    assert _worker is not None
    records = [i for i in items if isinstance(i, InputRecord)]
    done = iter(list(_worker._safely(records)))
    out: list[str | InputError] = []
    for item in items:
        result = item if isinstance(item, InputError) else next(done)
        out.append(result.model_dump_json() if isinstance(result, Article) else result)
    return out


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_parallel(paths: Iterable[str | Path], workers: int, **options: Any) -> Iterator[Result]:
    """Like ``Extractor(**options).iter_results(paths)``, over ``workers`` processes, in order."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start, initargs=(options,)) as pool:
        for batch in pool.imap(_run, _chunks(read_inputs(paths), CHUNK)):
            for item in batch:
                yield item if isinstance(item, InputError) else Article.model_validate_json(item)
