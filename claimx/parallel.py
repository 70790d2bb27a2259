"""Article-level parallelism: each worker process has its own Extractor; results travel as JSON.

spaCy Docs are never sent between processes (pickling them back costs more than the work).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import Any

from claimx.extractor import Extractor, Result
from claimx.process import tune_garbage_collector
from claimx.reader import InputError, InputRecord, read_inputs
from claimx.schema import Article

CHUNK = 32
_worker: Extractor | None = None
_start_error: str | None = None


class WorkerError(RuntimeError):
    """A worker process could not start, or died: the run ends (it never waits forever).
    ``status``: 2 when the options were at fault, 1 otherwise."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a worker, re-raised in the parent
        return (WorkerError, (str(self), self.status))


def _start(options: dict[str, Any]) -> None:
    """Never raises: an initializer that fails makes a Pool respawn its workers forever; the
    error is raised by the first chunk instead, and ends the run."""
    global _worker, _start_error
    try:
        _worker = Extractor(**options)
    except Exception as exc:
        _start_error = str(exc) or type(exc).__name__
        return
    tune_garbage_collector()


def _run(items: list[InputRecord | InputError]) -> list[str | InputError]:
    if _worker is None:
        raise WorkerError(f"a worker process could not start: {_start_error}", status=2)
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
    with ProcessPoolExecutor(workers, context, initializer=_start, initargs=(options,)) as pool:
        batches = _in_order(pool.submit, _run, _chunks(read_inputs(paths), CHUNK), 2 * workers)
        for batch in batches:
            for item in batch:
                yield item if isinstance(item, InputError) else Article.model_validate_json(item)


def _in_order(
    submit: Callable[..., Future[Any]], work: Callable[[Any], Any], items: Iterable[Any], ahead: int
) -> Iterator[Any]:
    """``work`` over ``items`` in worker processes, results in input order, at most ``ahead``
    items in flight (the input is streamed). A worker that dies (killed, out of memory) ends
    the run with :class:`WorkerError`; ``multiprocessing.Pool`` would wait for it forever."""
    pending: deque[Future[Any]] = deque()
    try:
        for item in items:
            pending.append(submit(work, item))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool:
        raise WorkerError("a worker process died (killed or out of memory); run stopped") from None
    finally:
        for future in pending:  # an error or an interrupt: nothing more is started
            future.cancel()
