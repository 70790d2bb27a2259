"""When an article was published: from its metadata, the seed marker, or a byline near the top.

Dates keep the precision they are given at (``2025-07`` stays a month). Precedence: metadata,
then the `` date YYYY-MM[-DD]`` first-line marker of the seed format, then a byline in the first
characters of the text (``27/02/2025 - 19h02``, ``Publicado em 3 de março de 2025``). A later
source that agrees with an earlier one and is more precise refines it (marker ``2025-02`` and
byline ``27/02/2025`` → ``2025-02-27``); one that disagrees is ignored.
"""

from __future__ import annotations

import re
from datetime import date

BYLINE_WINDOW = 600
_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"]
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?=$|[T\s])")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
DATE_MARKER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])[ \t]*")
"""The seed format's first line (`` date 2025-07 ...``); the reader looks for claims after it."""
_WORDS = re.compile(
    r"(?<!\d)(\d{1,2})º?\s+de\s+(" + "|".join(_MONTHS) + r"|marco)\s+de\s+(\d{4})", re.IGNORECASE
)
_UPDATED = re.compile(r"atualizad[oa]\s+(?:em|às|a)\s*$", re.IGNORECASE)


EARLIEST_YEAR = 1800
"""Older years are typing slips (Fake.br has ``14/12/0201``), not publication dates: resolving
``ontem`` against the year 201 would garble every relative time of the article."""


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if year < EARLIEST_YEAR:
        return None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(value: str | None) -> str | None:
    """A metadata date (``27/02/2025``, ``2025-02-27T19:02:00Z``, ``2025-07``, ``2025``) as ISO
    at its precision, or None when it is not a date."""
    if not value:
        return None
    value = value.strip()
    dmy = _DMY.match(value)
    if dmy:
        return _iso(int(dmy[3]), int(dmy[2]), int(dmy[1]))
    iso = _ISO.match(value)
    if iso:
        return _iso(*(int(g) if g else None for g in iso.groups()))  # type: ignore[arg-type]
    words = _WORDS.match(value)
    return _word_date(words) if words else None


def _word_date(match: re.Match[str]) -> str | None:
    month = match[2].lower().replace("marco", "março")
    return _iso(int(match[3]), _MONTHS.index(month) + 1, int(match[1]))


def marker_date(text: str) -> str | None:
    """The seed format's first line: `` date 2025-07 ...``."""
    match = DATE_MARKER.match(text)
    return parse_date(match[1]) if match else None


def byline_date(text: str, window: int = BYLINE_WINDOW) -> str | None:
    """The first date near the top (``27/02/2025 - 19h02``, ``Publicado em ...``), passing over
    one that follows ``Atualizado em`` when another is there."""
    head = text[:window]
    found = [(m.start(), _iso(int(m[3]), int(m[2]), int(m[1]))) for m in _DMY.finditer(head)]
    found += [(m.start(), _word_date(m)) for m in _WORDS.finditer(head)]
    dates = [(start, value) for start, value in sorted(found) if value]
    fresh = [v for start, v in dates if not _UPDATED.search(head[max(0, start - 20) : start])]
    return (fresh or [v for _, v in dates] or [None])[0]


def publication_date(text: str, metadata_date: str | None = None) -> str | None:
    """The article's publication date by the precedence above, or None."""
    result = parse_date(metadata_date)
    if result is not None and len(result) == len("YYYY-MM-DD"):
        return result  # a day: nothing later in the order can refine it
    for candidate in (marker_date(text), byline_date(text)):
        if candidate is None:
            continue
        if result is None or (candidate.startswith(result) and len(candidate) > len(result)):
            result = candidate
    return result
