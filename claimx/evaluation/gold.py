"""Gold files: JSON lines of :class:`claimx.schema.GoldClaim`, validated with their line numbers."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from claimx.schema import GoldClaim


class EvaluationError(ValueError):
    """Input the evaluation cannot use; the message names the file (and line) at fault."""


class GoldError(EvaluationError):
    """A bad gold file; the message starts with ``file:line``."""


@dataclass(frozen=True)
class GoldLine:
    """One gold claim and where it was read."""

    claim: GoldClaim
    file: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def describe(error: ValidationError) -> str:
    """A pydantic error as ``field a.b: message; …``."""
    parts = []
    for err in error.errors():
        where = ".".join(str(x) for x in err["loc"]) or "claim"
        parts.append(f"field {where}: {err['msg']}")
    return "; ".join(parts)


def parse_gold_line(raw: str, file: str, line: int) -> GoldLine:
    """Validate one non-blank line of a gold file."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{file}:{line}: not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise GoldError(f"{file}:{line}: a gold line must be a JSON object")
    try:
        return GoldLine(GoldClaim.model_validate(data), file, line)
    except ValidationError as exc:
        raise GoldError(f"{file}:{line}: {describe(exc)}") from None


def load_gold(path: Path) -> list[GoldLine]:
    """Every claim of a gold file; :class:`GoldError` on the first bad line."""
    try:
        raw_lines = path.read_bytes().decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file: {exc}") from None
    lines = [
        parse_gold_line(raw, str(path), n) for n, raw in enumerate(raw_lines, 1) if raw.strip()
    ]
    if not lines:
        raise GoldError(f"{path}: the gold file has no claims")
    check_duplicates(lines)
    return lines


def check_duplicates(lines: Iterable[GoldLine]) -> None:
    """Two gold claims with the same doc and span are an annotation error."""
    seen: dict[tuple[str, int, int], GoldLine] = {}
    for gold in lines:
        key = (gold.claim.doc, *gold.claim.span)
        if key in seen:
            raise GoldError(f"{gold.where}: same doc and span as line {seen[key].line}")
        seen[key] = gold


def check_spans(lines: Iterable[GoldLine], texts: Mapping[str, str]) -> None:
    """Each span must slice its ``text`` out of the document, where the document is known."""
    for gold in lines:
        text = texts.get(gold.claim.doc)
        if text is None:
            continue
        start, end = gold.claim.span
        if end > len(text):
            raise GoldError(
                f"{gold.where}: span [{start}, {end}) runs past the end of {gold.claim.doc} "
                f"({len(text)} characters)"
            )
        if text[start:end] != gold.claim.text:
            raise GoldError(
                f"{gold.where}: span [{start}, {end}) of {gold.claim.doc} reads "
                f"{text[start:end]!r}, not {gold.claim.text!r}"
            )


def parse_doc_ids(spec: str) -> list[str]:
    """``--docs``: a file of ids (one a line, ``#`` comments) or a comma-separated list."""
    path = Path(spec)
    if path.is_file():
        lines = path.read_text(encoding="utf-8").splitlines()
        return [x.strip() for x in lines if x.strip() and not x.lstrip().startswith("#")]
    return [x.strip() for x in spec.split(",") if x.strip()]
