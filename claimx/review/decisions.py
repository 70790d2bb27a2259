"""Review decisions: one JSON line each in ``OUT_DIR/reviews.jsonl``, appended, never rewritten.

A decision is appended as whole lines in one ``write`` on an ``O_APPEND`` descriptor under an
exclusive ``flock``, then ``fsync``ed, so two writers (two tabs, two processes) never interleave
and a crash leaves at most one torn last line. The next writer ends such a line before it
appends; readers skip lines that are not whole decisions and count them.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from claimx import __version__
from claimx.schema import Model

REVIEWS_FILE = "reviews.jsonl"

Field = Literal[
    "status",
    "claim",
    "quantity.value",
    "quantity.relation",
    "quantity.low",
    "quantity.high",
    "quantity.unit",
    "item.text",
    "source.text",
    "source.canonical",
    "hedged",
    "time.value",
    "actor.text",
]
"""What a decision changes: ``status`` (``accepted``/``rejected``), ``claim`` (a missed claim
added by the reviewer; ``new`` holds its ``span`` and ``text``) or one field of the claim."""

EDITABLE_FIELDS: tuple[str, ...] = Field.__args__[2:]  # type: ignore[attr-defined]
STATUSES = ("accepted", "rejected")

_process_lock = threading.Lock()


class Decision(Model):
    claim: str
    doc: str
    field: Field
    old: Any = None
    new: Any = None
    claim_text: str | None = None
    reviewer: str = "reviewer"
    timestamp: str = ""
    claimx_version: str = __version__


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _ends_line(fd: int) -> bool:
    size = os.fstat(fd).st_size
    return size == 0 or os.pread(fd, 1, size - 1) == b"\n"


def append_decisions(path: Path, decisions: list[Decision]) -> None:
    """Append whole lines, durably; safe against concurrent writers and crashes."""
    if not decisions:
        return
    data = "".join(d.model_dump_json() + "\n" for d in decisions).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with _process_lock:
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if not _ends_line(fd):
                data = b"\n" + data
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)


@dataclass
class DecisionLog:
    decisions: list[Decision]
    skipped_lines: list[int]
    """Line numbers that were not whole decisions (a torn write, an edit by hand)."""


def read_decisions(path: Path) -> DecisionLog:
    """Every whole decision in file order; a missing file is an empty log."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return DecisionLog([], [])
    decisions, skipped = [], []
    for number, line in enumerate(raw.split(b"\n"), 1):
        if not line.strip():
            continue
        try:
            decisions.append(Decision.model_validate(json.loads(line)))
        except (ValueError, ValidationError):
            skipped.append(number)
    return DecisionLog(decisions, skipped)
