"""Extraction as the CLI's engines run it: jobs in, rendered JSON out, in input order.

Every engine (one process, a pool of processes, a Dask cluster) renders an article's JSON where
it extracted it, so that only text travels back: parsing and re-rendering it in the driver would
cost the driver a core's share of the work. Items that are not jobs (input errors, articles kept
by ``--resume``) pass through unchanged, in their place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from claimx.extractor import BATCH_SIZE, Extractor
from claimx.io.reader import InputError, InputRecord
from claimx.io.writer import write_text
from claimx.schema import Article

T = TypeVar("T")
FOLDER_INDENT = 2
"""The folder output is indented for people to read; JSON lines are compact (``None``)."""


@dataclass
class Job:
    """An article to extract, and the file its output takes (folder output only)."""

    record: InputRecord
    output: str | None = None


@dataclass
class Rendered:
    """An extracted article: its index entry and its JSON (``None`` once a worker wrote it)."""

    id: str
    path: str | None
    output: str | None
    claims: int
    text: str | None


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def render(article: Article, output: str | None, indent: int | None) -> Rendered:
    return Rendered(
        id=article.doc.id,
        path=article.doc.path,
        output=output,
        claims=len(article.claims),
        text=article.model_dump_json(indent=indent) + "\n",
    )


def render_batch(
    extractor: Extractor, items: list[Job | T], indent: int | None
) -> list[Rendered | InputError | T]:
    """The jobs of ``items`` extracted together (a failing article loses only itself)."""
    jobs = [item for item in items if isinstance(item, Job)]
    done = iter(list(extractor._safely([job.record for job in jobs])))
    out: list[Rendered | InputError | T] = []
    for item in items:
        if not isinstance(item, Job):
            out.append(item)
            continue
        result = next(done)
        out.append(render(result, item.output, indent) if isinstance(result, Article) else result)
    return out


def render_serial(
    extractor: Extractor, items: Iterable[Job | T], indent: int | None
) -> Iterator[Rendered | InputError | T]:
    """In this process, a batch at a time (one batch of Docs in memory)."""
    for batch in chunks(items, BATCH_SIZE):
        yield from render_batch(extractor, batch, indent)


def write_article(result: Rendered, folder: Path) -> Rendered | InputError:
    """The article's file (the one way every engine writes one), leaving its index entry; a
    failure to write it (a full disk) is that article's error, not the run's."""
    assert result.output is not None
    try:
        write_text(folder / result.output, result.text or "")
    except OSError as exc:
        where = result.path or result.id
        return InputError(where, f"cannot write {folder / result.output}: {exc.strerror or exc}")
    result.text = None
    return result


def write_outputs(results: list[Any], folder: str) -> list[Any]:
    """Each rendered article's file written here, in a worker, leaving only its index entry to
    travel back: creating a file costs the driver more than reading an article does."""
    return [
        write_article(r, Path(folder)) if isinstance(r, Rendered) and r.output is not None else r
        for r in results
    ]


def as_jobs(items: Iterable[InputRecord | T]) -> Iterator[Job | T]:
    """Every record a job with no output file (JSON lines, or an API caller)."""
    return (Job(item) if isinstance(item, InputRecord) else item for item in items)
