"""Whether a month or day without a year is spoken of in the future tense, and the date it then
names (the first such one on or after the publication)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from claimx.time import resolve as r

if TYPE_CHECKING:
    from claimx.time.mention import TimeMention

_STOP = re.compile(r"[;:]|,(?!\d)|[.!?](?!\d)|\n|[“”\"]")
_WINDOW = 300


def future(m: TimeMention) -> bool:
    """The month's own stretch between commas speaks in the future tense (``em novembro será
    renovada``); a month that opens the sentence before a comma, the stretch after it too
    (``Em dezembro, pesquisadores vão testar``). A quotation mark ends the stretch: a future
    quoted (``em junho mostra que ... não acreditam que Trump “fará ...``) is someone's words."""
    text = m.match.string
    stops = list(_STOP.finditer(text, max(0, m.start - _WINDOW), m.start))
    start = stops[-1].end() if stops else max(0, m.start - _WINDOW)
    opens = (not stops or stops[-1][0] != ",") and not text[start : m.start].strip()
    limit = min(len(text), m.end + _WINDOW)
    stop = _STOP.search(text, m.end, limit)
    # a comma right after it: the stretch goes on (a sentence's end does not)
    closes = stop is not None and stop[0] == "," and not text[m.end : stop.start()].strip()
    aside = _aside(stops, text, start, m.start)
    if (opens or aside) and closes:
        assert stop is not None
        stop = _STOP.search(text, stop.end(), limit)  # 'Em dezembro, ...': the clause it opens
    if aside and closes:
        # 'devem chegar, até meados de abril, 200 viaturas': an aside between commas belongs to
        # the clause around it, before and after it
        before = list(_STOP.finditer(text, max(0, m.start - _WINDOW), stops[-1].start()))
        start = before[-1].end() if before else max(0, m.start - _WINDOW)
    end = stop.start() if stop else limit
    return _future_regex(m.rule.future).search(text, start, end) is not None  # type: ignore[arg-type]


def _aside(stops: list[re.Match[str]], text: str, start: int, at: int) -> bool:
    """Whether the time at ``at`` opens right after a comma (the start of an aside)."""
    return bool(stops) and stops[-1][0] == "," and not text[start:at].strip()


@lru_cache(maxsize=8)
def _future_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)  # case-sensitive: 'Pará', 'Barão' are names, not verbs


def ahead(value: str, base: r.Base) -> str:
    """A month (or a day of a month) read as the last one on or before publication, moved to the
    first on or after it: a year later (``será julgado no dia 24 de janeiro`` of 2018-01-01)."""
    if len(value) == 10:  # a day: of its own year where that is still to come
        if base.precision != "day" or value >= base.day.isoformat():
            return value
        day = date.fromisoformat(value)
        moved = day.replace(year=day.year + 1) if (day.month, day.day) != (2, 29) else None
        return moved.isoformat() if moved is not None else value
    year, month = int(value[:4]), int(value[5:7])
    if (year, month) < (base.day.year, base.day.month):
        year += 1
    return f"{year:04d}-{month:02d}"


def nearer_ahead(value: str, base: r.Base) -> bool:
    """Whether the month or day ``value`` (read as the last one on or before the publication)
    is nearer to the publication a year later, at or after it (:func:`ahead`): ``prorrogou o
    layoff até o fim de outubro`` of 2017-07-06 names the coming October, not the one nine
    months back; ``até o dia 30 de dezembro`` of 2017-01-07 the one a week back."""
    moved = ahead(value, base)
    if moved == value or base.precision == "year":
        return False
    if len(value) == 10 and base.precision == "day":
        back = (base.day - date.fromisoformat(value)).days
        return (date.fromisoformat(moved) - base.day).days < back
    now = base.day.year * 12 + base.day.month
    back = now - (int(value[:4]) * 12 + int(value[5:7]))
    return int(moved[:4]) * 12 + int(moved[5:7]) - now < back
