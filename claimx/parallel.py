"""Article-level parallelism: each worker process has its own Extractor; results travel as JSON.

spaCy Docs are never sent between processes (pickling them back costs more than the work).
Workers render each article's JSON themselves (:mod:`claimx.jobs`), and at most ``WINDOW``
chunks per worker are in flight: a corpus of any size holds a bounded number of articles in
memory, and the output keeps the input's order.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any, TypeVar

from claimx.extractor import Extractor, Result
from claimx.jobs import Job, Rendered, as_jobs, chunks, render_batch, write_outputs
from claimx.process import tune_garbage_collector
from claimx.reader import InputError, read_inputs
from claimx.schema import Article

T = TypeVar("T")
CHUNK = 32
WINDOW = 4
"""Chunks in flight per worker: enough to keep every worker busy while the driver writes."""
_worker: Extractor | None = None
_indent: int | None = None
_folder: str | None = None


def _start(options: dict[str, Any], indent: int | None = None, folder: str | None = None) -> None:
    global _worker, _indent, _folder
    _worker = Extractor(**options)
    _indent, _folder = indent, folder
    tune_garbage_collector()


def _run(items: list[Any]) -> list[Any]:
    assert _worker is not None
    results = render_batch(_worker, items, _indent)
    return write_outputs(results, _folder) if _folder is not None else results


@contextmanager
def worker_pool(
    workers: int, options: dict[str, Any], indent: int | None, folder: str | None = None
) -> Iterator[Pool]:
    """Workers that render JSON with ``indent`` and, given a ``folder``, write the files."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start, initargs=(options, indent, folder)) as pool:
        yield pool


def ordered_map(
    pool: Pool, function: Callable[[T], Any], tasks: Iterable[T], window: int
) -> Iterator[Any]:
    """``pool.imap`` with at most ``window`` tasks submitted ahead (imap reads its whole input)."""
    pending: deque[Any] = deque()
    for task in tasks:
        pending.append(pool.apply_async(function, (task,)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def render_on(pool: Pool, items: Iterable[Job | T], workers: int) -> Iterator[Any]:
    """Rendered articles, input errors and passed-through items, in input order."""
    for batch in ordered_map(pool, _run, chunks(items, CHUNK), WINDOW * workers):
        yield from batch


def render_parallel(
    items: Iterable[Job | T],
    workers: int,
    options: dict[str, Any],
    indent: int | None,
    folder: str | None = None,
) -> Iterator[Rendered | InputError | T]:
    with worker_pool(workers, options, indent, folder) as pool:
        yield from render_on(pool, items, workers)


def extract_parallel(paths: Iterable[str | Path], workers: int, **options: Any) -> Iterator[Result]:
    """Like ``Extractor(**options).iter_results(paths)``, over ``workers`` processes, in order."""
    for item in render_parallel(as_jobs(read_inputs(paths)), workers, options, None):
        if isinstance(item, Rendered):
            yield Article.model_validate_json(item.text or "")
        else:
            yield item
