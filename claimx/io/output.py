"""Where results go: a folder (one JSON per article, then ``index.json``) or JSON lines.

Both take the ordered stream the engines give (:mod:`claimx.engines.jobs`): rendered articles,
articles kept by ``--resume``, and input errors. Neither holds the corpus in memory: the index
is written entry by entry to a temporary file that replaces ``index.json`` at the end.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from claimx import __version__
from claimx.engines.jobs import Rendered, write_article
from claimx.io.output_files import remove_stale_temporaries
from claimx.io.reader import InputError
from claimx.io.resume import Reused
from claimx.io.writer import atomic_writer
from claimx.schema import SCHEMA_MINOR, SCHEMA_VERSION, IndexEntry

INDEX = "index.json"


@dataclass
class Tally:
    written: int = 0
    kept: int = 0
    errors: list[InputError] = field(default_factory=list)


class IndexWriter:
    """Writes ``Index(...).model_dump_json(indent=2)``, byte for byte, one entry at a time."""

    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle
        self.count = 0
        self.last: str | None = None
        """The output file of the last entry: what an interrupt may have caught half-listed."""
        handle.write(
            f'{{\n  "claimx_version": "{__version__}",\n'
            f'  "schema_version": {SCHEMA_VERSION},\n  "schema_minor": {SCHEMA_MINOR},\n'
            '  "articles": ['
        )

    def add(self, entry: IndexEntry) -> None:
        body = entry.model_dump_json(indent=2).replace("\n", "\n    ")
        self.handle.write(("," if self.count else "") + "\n    " + body)
        self.count += 1
        self.last = entry.output

    def close(self) -> None:
        self.handle.write("\n  ]\n}\n" if self.count else "]\n}\n")


@contextmanager
def index_writer(folder: Path) -> Iterator[IndexWriter]:
    with atomic_writer(folder / INDEX) as handle:
        writer = IndexWriter(handle)
        yield writer
        writer.close()


def write_folder(results: Iterable[Any], folder: Path) -> Tally:
    """Each article's JSON (unless a worker wrote it already), then the index. Interrupted
    (Ctrl-C, SIGTERM), the index still lists what was written before the interrupt goes on.
    At the end, the temporary file a worker killed mid-write left is removed: its article was
    written again by the worker that took its partition over."""
    tally = Tally()
    interrupted: KeyboardInterrupt | None = None
    current: Any = None
    with index_writer(folder) as index:
        try:
            for result in results:
                current = result
                _add(result, folder, index, tally)
        except KeyboardInterrupt as exc:
            interrupted = exc
            _list_if_written(current, folder, index, tally)
    if interrupted is not None:
        raise interrupted
    remove_stale_temporaries(folder)
    return tally


def _list_if_written(result: Any, folder: Path, index: IndexWriter, tally: Tally) -> None:
    """The article whose file the interrupt caught just written but not yet listed: its file is
    whole (written under a temporary name, then renamed), so the index lists it too."""
    if not isinstance(result, Rendered) or result.output is None or index.last == result.output:
        return
    if (folder / result.output).exists():
        index.add(_entry(result))
        tally.written += 1


def _add(result: Any, folder: Path, index: IndexWriter, tally: Tally) -> None:
    if isinstance(result, Rendered) and result.text is not None:
        result = write_article(result, folder)
    if isinstance(result, InputError):
        tally.errors.append(result)
        if not result.skipped:
            index.add(IndexEntry(id=result.where, path=result.path, error=result.message))
        return
    index.add(_entry(result))
    tally.kept += isinstance(result, Reused)
    tally.written += isinstance(result, Rendered)


def _entry(result: Rendered | Reused) -> IndexEntry:
    return IndexEntry(id=result.id, path=result.path, output=result.output, claims=result.claims)


def write_lines(results: Iterable[Any], handle: IO[str], tally: Tally | None = None) -> Tally:
    tally = tally or Tally()
    for result in results:
        if isinstance(result, Rendered):
            handle.write(result.text or "")
            tally.written += 1
        else:
            _count(result, tally)
    return tally


def _count(result: Reused | InputError, tally: Tally) -> None:
    if isinstance(result, Reused):
        tally.kept += 1
    else:
        tally.errors.append(result)


def write_jsonl(results: Iterable[Any], target: str) -> Tally:
    """A new file, atomically (or standard output for ``-``)."""
    if target == "-":
        return write_lines(results, sys.stdout)
    with atomic_writer(Path(target)) as handle:
        return write_lines(results, handle)


def append_jsonl(
    results: Iterable[Any], target: Path, kept_bytes: Callable[[], int]
) -> Tally:
    """``--resume``: after the kept lines (``kept_bytes()`` once they are known), the rest.

    The planner knows how many bytes stay only when it yields the first article to extract;
    the file is cut there (a torn or stale tail goes) just before the first write.
    """
    iterator = iter(results)
    tally = Tally()
    for result in iterator:
        if isinstance(result, Rendered):
            with _cut_and_append(target, kept_bytes()) as handle:
                handle.write(result.text or "")
                tally.written += 1
                return write_lines(iterator, handle, tally)
        _count(result, tally)
    with _cut_and_append(target, kept_bytes()):
        return tally


@contextmanager
def _cut_and_append(target: Path, size: int) -> Iterator[IO[str]]:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("ab") as raw:
        raw.truncate(size)
    with target.open("a", encoding="utf-8", newline="\n") as handle:
        yield handle
