"""``claimx extract --engine dask``: partitions of articles as tasks on a Dask cluster.

The driver reads the inputs, plans the run (names, ``--resume``), and submits partitions of
``partition_size`` articles, at most ``window`` of them ahead of the one it waits for: its
memory stays bounded however large the corpus. Each task writes its articles' files
(:func:`claimx.dask.extract_partition`); the driver collects the index entries in input
order and writes the index. A task whose worker dies is run again by the scheduler on another
worker; one that raises is retried ``retries`` times. Either way it rewrites the same files
with the same bytes, and its entries reach the index once.

Every worker needs the same claimx version, model and rule files (``--rules`` directories at
the same path); the output folder must be one the workers can write (a shared filesystem).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import count
from typing import Any

from claimx.dask import extract_partition, worker_extractor
from claimx.engines.jobs import chunks
from claimx.pipeline import load_base
from claimx.rulebook.loader import cached_rulebook

PARTITION_SIZE = 200
"""Articles per task: ~1.5 MB of Fake.br text, about a second of a worker's time — long enough
that the scheduler's ~1 ms per task is noise, short enough that a lost worker costs little."""


class ClusterError(RuntimeError):
    """Dask is not installed, or the scheduler cannot be reached."""


class PartitionError(RuntimeError):
    """A task failed on every try (its worker died too often, or writing its files failed)."""


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``workers``
    single-threaded processes listening on 127.0.0.1 only (its dashboard too: another free
    port when 8787 is taken)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--engine dask needs Dask: pip install 'claimx[dask]'") from None
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as exc:
            raise ClusterError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
        with client:
            yield client
        return
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True,
        host="127.0.0.1", dashboard_address="127.0.0.1:8787",
    )  # fmt: skip
    with cluster, Client(cluster) as client:
        yield client


def check_options(options: dict[str, Any]) -> None:
    """The rules and the model, loaded by the driver before any cluster starts: a bad one is
    reported once, plainly, not in every worker's log."""
    cached_rulebook(tuple(options.get("rules_dirs") or ()))
    if options.get("model"):
        load_base(options["model"])


def load_everywhere(client: Any, options: dict[str, Any]) -> None:
    """Load the pipeline on every worker now, rather than in each one's first task."""
    client.run(worker_extractor, options)


def run_partitions(
    client: Any,
    items: Iterable[Any],
    options: dict[str, Any],
    indent: int | None,
    folder: str | None,
    partition_size: int = PARTITION_SIZE,
    retries: int = 2,
    on_partition: Callable[[int], None] | None = None,
) -> Iterator[Any]:
    """The planned ``items`` processed on the cluster; results in input order."""
    window = 2 * max(1, len(client.scheduler_info()["workers"])) + 2
    pending: deque[Any] = deque()
    finished = count(1)
    for part in chunks(items, partition_size):
        future = client.submit(
            extract_partition, part, options, indent, folder, retries=retries, pure=False
        )
        pending.append(future)
        if len(pending) >= window:
            yield from _collect(pending.popleft(), next(finished), on_partition)
    while pending:
        yield from _collect(pending.popleft(), next(finished), on_partition)


def _collect(future: Any, number: int, on_partition: Callable[[int], None] | None) -> list[Any]:
    try:
        results = future.result()
    except Exception as exc:  # whatever the task raised, or distributed's KilledWorker
        raise PartitionError(f"partition {number} failed: {type(exc).__name__}: {exc}") from exc
    if on_partition is not None:
        on_partition(number)
    return results
