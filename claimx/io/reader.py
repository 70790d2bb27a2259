"""Read articles from files and folders: ``.txt``, ``.json`` (one object) and ``.jsonl``.

Errors never stop the reading: each bad file or line becomes an :class:`InputError` that names
it, and the other articles are still read.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from claimx.io.published import DATE_MARKER

SUFFIXES = {".txt", ".json", ".jsonl"}
WESTERN = ["cp1252", "iso8859_15", "latin_1", "cp850", "mac_roman"]
KNOWN_FIELDS = {"id", "text", "title", "date", "published", "url"}


@dataclass
class InputRecord:
    id: str
    text: str
    path: str | None = None
    title: str | None = None
    date: str | None = None
    """The publication date as the metadata gives it (ISO or dd/mm/yyyy), if any."""
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    body_start: int = 0
    """Where the article text starts after a date marker; claims are looked for from here."""
    line: int | None = None
    """The line of a ``.jsonl`` input."""


@dataclass
class InputError:
    path: str
    message: str
    line: int | None = None
    skipped: bool = False
    """True for a file that is not an input at all (a note, not a failure)."""

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files under ``paths`` (folders recursively, sorted), in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _folder_files(path)
        elif path.is_file():
            yield path
        else:
            yield InputError(str(path), "no such file or directory")


def _folder_files(folder: Path) -> list[Path | InputError]:
    """Files below ``folder`` in sorted order, and an error for each folder that cannot be
    listed (``Path.rglob`` passes over those without a word: articles lost, exit 0)."""
    found: list[tuple[str, Path | InputError]] = []

    def unreadable(error: OSError) -> None:
        where = str(error.filename or folder)
        found.append((where, InputError(where, f"cannot read folder: {error.strerror}")))

    for root, _, names in os.walk(folder, onerror=unreadable):
        found += [(str(Path(root, n)), Path(root, n)) for n in names]
    found.sort(key=lambda pair: Path(pair[0]).parts)
    return [item for _, item in found if not isinstance(item, Path) or item.is_file()]


def read_inputs(paths: Iterable[str | Path]) -> Iterator[InputRecord | InputError]:
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        elif item.suffix.lower() not in SUFFIXES:
            yield InputError(
                str(item), f"skipped: not a {', '.join(sorted(SUFFIXES))} file", skipped=True
            )
        else:
            yield from read_file(item)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), else the encoding charset-normalizer detects."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        # Portuguese news that is not UTF-8 is almost always in a Western code page; short
        # texts are too little evidence to tell cp1252 from cp1250, so those are tried first.
        best = from_bytes(data, cp_isolation=WESTERN).best() or from_bytes(data).best()
        if best is None or best.encoding is None:
            raise ValueError("cannot decode: not UTF-8 and no encoding could be detected") from None
        return str(best), best.encoding


def _utf8_standing(path: Path) -> tuple[int, int]:
    """How many lines of the file hold non-ASCII bytes that are UTF-8, and how many that are
    not (read a line at a time: a corpus of any size is never in memory at once)."""
    utf8 = other = 0
    with path.open("rb") as handle:
        for raw in handle:
            if raw.isascii():
                continue
            try:
                raw.decode("utf-8")
                utf8 += 1
            except UnicodeDecodeError:
                other += 1
    return utf8, other


def read_file(path: Path) -> Iterator[InputRecord | InputError]:
    if path.suffix.lower() == ".jsonl":
        try:
            utf8, other = _utf8_standing(path)
            if utf8 or not other:  # a UTF-8 file, perhaps with a stray byte on some line
                yield from _json_lines(path)
                return
        except OSError as exc:
            yield InputError(str(path), str(exc))
            return
    try:
        text, encoding = decode(path.read_bytes())
    except (OSError, ValueError) as exc:
        yield InputError(str(path), str(exc))
        return
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield _text_record(path, text, encoding)
    elif suffix == ".json":
        yield _json_record(path, text, encoding, None)
    else:
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield _json_record(path, line, encoding, number)


def _json_lines(path: Path) -> Iterator[InputRecord | InputError]:
    """A line at a time, each decoded on its own: UTF-8, and only a line that is not (one
    cp1252 'é' pasted in) decoded with the encoding detected for it, recorded in its meta.
    Decoding the whole file again for one stray byte garbled every other line."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            try:
                line, encoding = decode(raw)
            except ValueError as exc:
                yield InputError(str(path), str(exc), number)
                continue
            yield _json_record(path, line, encoding, number)


def _text_record(path: Path, text: str, encoding: str) -> InputRecord:
    marker = DATE_MARKER.match(text)
    record = InputRecord(id=path.stem, text=text, path=str(path))
    if marker:
        record.body_start = marker.end()
    if encoding != "utf-8":
        record.meta["encoding"] = encoding
    return record


def _json_record(path: Path, raw: str, encoding: str, line: int | None) -> InputRecord | InputError:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return InputError(str(path), f"malformed JSON: {exc.msg} (column {exc.colno})", line)
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return InputError(str(path), "expected a JSON object with a string 'text' field", line)
    default_id = f"{path.stem}:{line}" if line else path.stem
    meta = {k: v for k, v in obj.items() if k not in KNOWN_FIELDS}
    if encoding != "utf-8":
        meta["encoding"] = encoding
    date = obj.get("published") or obj.get("date")
    return InputRecord(
        id=str(obj["id"]) if obj.get("id") not in (None, "") else default_id,
        text=obj["text"],
        path=str(path),
        title=_str_or_none(obj.get("title")),
        date=_str_or_none(date),
        url=_str_or_none(obj.get("url")),
        meta=meta,
        line=line,
    )


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
