"""``--resume``: which articles already have, on disk, the output this run would write.

An output is kept when it was written by the same claimx version, schema (major and minor),
model and rules (their digest), with or without the text as this run (``--include-text``), from
the same input: the same text (its sha256) and the same metadata, so that a kept file is byte
for byte what extracting again would write. Every other article is extracted again,
and the reason is counted (``new``, ``rules changed``, …) for the run's report.

Output files are written atomically, so a run killed at any point leaves whole files and, at
most, temporary files (removed here). A JSON-lines output is appended to: its lines are matched
against the input in order; the first line that is torn (a kill mid-write) or out of date ends
the kept part, and everything after it is extracted again.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar

from claimx import __version__
from claimx.engines.jobs import Job
from claimx.extractor import doc_info, published_of
from claimx.io.reader import InputRecord
from claimx.io.writer import output_name
from claimx.pipeline import model_name
from claimx.rulebook.loader import cached_rulebook
from claimx.schema import SCHEMA_MINOR, SCHEMA_VERSION, DocInfo

T = TypeVar("T")
KEPT = "unchanged"


@dataclass
class Reused:
    """An article whose output on disk is kept as it is."""

    id: str
    path: str | None
    output: str | None
    claims: int


@dataclass(frozen=True)
class Expectation:
    """What a kept output must have been written with (see the module's docstring)."""

    model: str
    rules_digest: str
    published: str | None = None
    include_text: bool = False
    version: str = __version__
    schema: tuple[int, int] = (SCHEMA_VERSION, SCHEMA_MINOR)

    @classmethod
    def of(cls, options: dict[str, Any]) -> Expectation:
        """From the Extractor options, without loading the pipeline (the rules are read)."""
        digest = cached_rulebook(tuple(options.get("rules_dirs") or ())).digest
        return cls(
            model_name(options.get("model")),
            digest,
            options.get("published"),
            bool(options.get("include_text")),
        )

    def reason_to_redo(self, stored: Any, record: InputRecord) -> str | None:
        """Why ``stored`` (a parsed output) is not what this run would write, or None."""
        try:
            if stored["claimx_version"] != self.version:
                return "claimx version changed"
            if (stored["schema_version"], stored.get("schema_minor", 0)) != self.schema:
                return "schema changed"
            if ("text" in stored) != self.include_text:
                return "include-text changed"
            if stored["provenance"]["model"] != self.model:
                return "model changed"
            if stored["provenance"]["rules_digest"] != self.rules_digest:
                return "rules changed"
            expected = doc_info(record, published_of(record, self.published))
            if stored["doc"]["sha256"] != expected.sha256:
                return "text changed"
            if DocInfo.model_validate(stored["doc"]) != expected or "claims" not in stored:
                return "metadata changed"
        except (KeyError, TypeError, ValueError):
            return "damaged"
        return None


def _parse(data: bytes) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return None


class FolderPlan:
    """Names every article's file, in input order; with ``resume``, keeps the up-to-date ones."""

    def __init__(self, folder: Path, expect: Expectation | None) -> None:
        self.folder = folder
        self.expect = expect
        self.counts: Counter[str] = Counter()
        self._taken: set[str] = set()

    def plan(self, items: Iterable[InputRecord | T]) -> Iterator[Job | Reused | T]:
        for item in items:
            if not isinstance(item, InputRecord):
                yield item
                continue
            name = output_name(item.id, self._taken)
            yield self._check(item, name) if self.expect else Job(item, name)

    def _check(self, record: InputRecord, name: str) -> Job | Reused:
        assert self.expect is not None
        try:
            stored = _parse((self.folder / name).read_bytes())
        except FileNotFoundError:
            stored, reason = None, "new"
        except OSError:
            stored, reason = None, "damaged"
        else:
            reason = self.expect.reason_to_redo(stored, record)
        self.counts[reason or KEPT] += 1
        if reason is None:
            return Reused(record.id, record.path, name, len(stored["claims"]))
        return Job(record, name)


class JsonlPlan:
    """Keeps the longest run of up-to-date lines at the head of an existing JSON-lines file."""

    def __init__(self, target: Path, expect: Expectation) -> None:
        self.expect = expect
        self.counts: Counter[str] = Counter()
        self.kept_bytes = 0
        """Bytes of the existing file that stay; the run appends after them."""
        self._lines: IO[bytes] | None = target.open("rb") if target.exists() else None
        self._tail_reason = "new"
        """Why the articles after the kept lines are extracted again."""

    def plan(self, items: Iterable[InputRecord | T]) -> Iterator[Job | Reused | T]:
        for item in items:
            if not isinstance(item, InputRecord):
                yield item
                continue
            if self._lines is not None:
                kept = self._match(item)  # counts its own reason
                if kept is not None:
                    yield kept
                    continue
            else:
                self.counts[self._tail_reason] += 1
            yield Job(item)
        self._stop()

    def _match(self, record: InputRecord) -> Reused | None:
        assert self._lines is not None
        line = self._lines.readline()
        if not line:
            reason: str | None = "new"
        elif not line.endswith(b"\n"):
            reason = "damaged"  # torn by a kill mid-write
        else:
            stored = _parse(line)
            reason = self.expect.reason_to_redo(stored, record)
        if reason is None:
            self.counts[KEPT] += 1
            self.kept_bytes += len(line)
            return Reused(record.id, record.path, None, len(stored["claims"]))
        self.counts[reason] += 1
        self._tail_reason = _tail_reason(reason)
        self._stop()
        return None

    def _stop(self) -> None:
        if self._lines is not None:
            self._lines.close()
            self._lines = None


def _tail_reason(first: str) -> str:
    """Why the articles after the first line not kept are extracted again (their lines are not
    read: the file is cut there). A torn line is the last one a killed run wrote; a change of
    rules, model or version was the whole previous run's."""
    if first in ("new", "damaged"):
        return "new"
    if first in ("text changed", "metadata changed"):
        return "after a changed line (JSON lines are appended)"
    return first


def remove_temporaries(folder: Path, pattern: str) -> int:
    """Temporary files a killed run left (``claimx.io.writer.atomic_writer`` names them)."""
    removed = 0
    for path in folder.glob(pattern):
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def describe(counts: Counter[str]) -> str:
    """``3400 unchanged (kept); 200 extracted: 150 new, 50 rules changed``."""
    redone = {reason: n for reason, n in counts.items() if reason != KEPT}
    text = f"{counts[KEPT]} unchanged (kept); {sum(redone.values())} extracted"
    if redone:
        text += ": " + ", ".join(f"{n} {reason}" for reason, n in sorted(redone.items()))
    return text
