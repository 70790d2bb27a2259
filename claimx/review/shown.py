"""What ``claimx show`` reads: article files, output folders, their ``index.json`` and
``--jsonl`` outputs, in the order given, optionally only some articles (``--doc``).

Kept light (pydantic and the schema only): ``claimx show`` should start in a fraction of a
second, without loading spaCy or the rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from claimx.schema import Article, Index

INDEX = "index.json"
WHAT = "not claimx output (expected an article JSON, an index.json or a --jsonl file of articles)"


class MissingOutput(ValueError):
    """A file or folder that is not there."""


class NotOutput(ValueError):
    """A file that is there but not claimx output (the message says what it is instead)."""


@dataclass
class Failed:
    """An index entry for an input that could not be extracted."""

    id: str
    error: str


Shown = Article | Failed


def _missing(path: Path, listed_in: Path | None = None) -> MissingOutput:
    where = f" (listed in {listed_in})" if listed_in else ""
    return MissingOutput(f"{path}: no such file or directory{where}")


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"]) or "top level"
        return f"field {where}: {err['msg']}"
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _article(raw: str | bytes | dict[str, object], where: str) -> Article:
    try:
        if isinstance(raw, dict):
            return Article.model_validate(raw)
        return Article.model_validate_json(raw)
    except ValidationError as exc:
        raise NotOutput(f"{where}: {WHAT}; {_reason(exc)}") from None


def _read_text(path: Path, listed_in: Path | None = None) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _missing(path, listed_in) from None
    except UnicodeDecodeError as exc:
        raise NotOutput(f"{path}: {WHAT}; {_reason(exc)}") from None
    except OSError as exc:
        raise NotOutput(f"{path}: cannot read: {exc.strerror or exc}") from None


def _wanted(doc_id: str, docs: set[str] | None) -> bool:
    return docs is None or doc_id in docs


def _from_index(path: Path, data: object, docs: set[str] | None) -> Iterator[Shown]:
    try:
        index = Index.model_validate(data)
    except ValidationError as exc:
        raise NotOutput(f"{path}: {WHAT}; {_reason(exc)}") from None
    for entry in index.articles:
        if not _wanted(entry.id, docs):
            continue
        if entry.error is not None or entry.output is None:
            yield Failed(entry.id, entry.error or "no output file")
            continue
        target = path.parent / entry.output
        yield _article(_read_text(target, path), str(target))


def _from_lines(path: Path, text: str, docs: set[str] | None) -> Iterator[Article]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise NotOutput(f"{where}: {WHAT}; {_reason(exc)}") from None
        doc = data.get("doc") if isinstance(data, dict) else None
        doc_id = doc.get("id") if isinstance(doc, dict) else None
        if docs is None or doc_id in docs:  # only the articles asked for are validated
            yield _article(data, where)


def read_shown(path: Path, docs: set[str] | None = None) -> Iterator[Shown]:
    """The articles (and failed inputs) of one output path; ``docs``: only these ids.
    Raises :class:`MissingOutput` or :class:`NotOutput`, whose message names the file."""
    if path.is_dir():
        if not (path / INDEX).is_file():
            raise NotOutput(f"{path}: not a claimx output folder (it has no {INDEX})")
        path = path / INDEX
    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":  # more than one JSON value: JSON lines
            raise NotOutput(f"{path}: {WHAT}; {_reason(exc)}") from None
        yield from _from_lines(path, text, docs)
        return
    if isinstance(data, dict) and "articles" in data:
        yield from _from_index(path, data, docs)
    elif isinstance(data, dict) and "doc" in data:
        doc = data["doc"]
        if docs is None or (isinstance(doc, dict) and doc.get("id") in docs):
            yield _article(data, str(path))
    else:
        raise NotOutput(f"{path}: {WHAT}")


def read_all(paths: list[Path], docs: list[str] | None = None) -> list[Shown]:
    """Every article of ``paths`` in order; with ``docs``, those articles only, and a
    :class:`MissingOutput` naming any id that is in none of the paths."""
    wanted = set(docs) if docs else None
    found = [shown for path in paths for shown in read_shown(path, wanted)]
    if wanted is not None:
        ids = {s.doc.id if isinstance(s, Article) else s.id for s in found}
        absent = [d for d in docs or [] if d not in ids]
        if absent:
            names = ", ".join(str(p) for p in paths)
            raise MissingOutput(f"no article {absent[0]!r} in {names}")
    return found
