"""Article-level parallelism: each worker process has its own Extractor; results travel as JSON.

spaCy Docs are never sent between processes (pickling them back costs more than the work).
Workers render each article's JSON themselves (:mod:`claimx.engines.jobs`), and at most ``WINDOW``
chunks per worker are in flight: a corpus of any size holds a bounded number of articles in
memory, and the output keeps the input's order.

No run waits forever on a worker: one that cannot start says why in its first chunk, and one
that dies (killed, out of memory) breaks the pool, which ends the run (:class:`WorkerError`).
``multiprocessing.Pool`` would respawn a failing initializer forever and wait forever for a
dead worker's chunk, hence ``concurrent.futures``.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from claimx.engines.jobs import Job, Rendered, as_jobs, chunks, render_batch, write_outputs
from claimx.engines.process import tune_garbage_collector
from claimx.extractor import Extractor, Result
from claimx.io.reader import InputError, read_inputs
from claimx.schema import Article

T = TypeVar("T")
CHUNK = 32
WINDOW = 4
"""Chunks in flight per worker: enough to keep every worker busy while the driver writes."""
_worker: Extractor | None = None
_start_error: str | None = None
_indent: int | None = None
_folder: str | None = None


class WorkerError(RuntimeError):
    """A worker process could not start, or died: the run ends (it never waits forever).
    ``status``: 2 when the options were at fault, 1 otherwise."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a worker, re-raised in the parent
        return (WorkerError, (str(self), self.status))


def _start(options: dict[str, Any], indent: int | None = None, folder: str | None = None) -> None:
    """Never raises: an initializer that fails breaks the pool with no word of why; the error
    is raised by the first chunk instead, and ends the run."""
    global _worker, _start_error, _indent, _folder
    _indent, _folder = indent, folder
    try:
        _worker = Extractor(**options)
    except Exception as exc:
        _start_error = str(exc) or type(exc).__name__
        return
    tune_garbage_collector()


def _run(items: list[Any]) -> list[Any]:
    if _worker is None:
        raise WorkerError(f"a worker process could not start: {_start_error}", status=2)
    results = render_batch(_worker, items, _indent)
    return write_outputs(results, _folder) if _folder is not None else results


@contextmanager
def worker_pool(
    workers: int, options: dict[str, Any], indent: int | None, folder: str | None = None
) -> Iterator[ProcessPoolExecutor]:
    """Workers that render JSON with ``indent`` and, given a ``folder``, write the files."""
    context = multiprocessing.get_context("spawn")
    initargs = (options, indent, folder)
    with ProcessPoolExecutor(workers, context, initializer=_start, initargs=initargs) as pool:
        yield pool


def ordered_map(
    pool: Executor, function: Callable[[T], Any], tasks: Iterable[T], window: int
) -> Iterator[Any]:
    """``function`` over ``tasks`` in ``pool``, results in input order, at most ``window`` tasks
    submitted ahead (the input is streamed; ``Pool.imap`` would read it all). A worker that
    dies ends the run with :class:`WorkerError`."""
    pending: deque[Future[Any]] = deque()
    try:
        for task in tasks:
            pending.append(pool.submit(function, task))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool:
        raise WorkerError("a worker process died (killed or out of memory); run stopped") from None
    finally:
        for future in pending:  # an error or an interrupt: nothing more is started
            future.cancel()


def render_on(pool: Executor, items: Iterable[Job | T], workers: int) -> Iterator[Any]:
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
