"""Times said relative to another time of the text, not to the publication.

Two kinds, both resolved against the nearest time written before them (within ``WINDOW``
characters, in the sentence or the ones before it) that resolves and is not itself of these kinds:

- ``no ano anterior``, ``no dia seguinte`` (block ``anaphoric``): offsets from that time (``em
  2017 foram 1,095 bilhão ..., no ano anterior foram 1,107 bilhão`` → 2016); where the text gives
  none, ``anterior`` from the publication date as before, while a time after it (``seguinte``,
  ``três anos depois``) has none: one after the publication is a future, which a story told in
  the past tense does not mean (:func:`anchored_base`);
- the same or that time (rule resolver ``refer_back``: ``À época``, ``Naquela ocasião``, ``no
  mesmo ano``, ``no mesmo mês``, ``junho do mesmo ano``, ``no mesmo período de 2017``, ``nesse
  período do ano passado``): that time itself, its year or month, or its months and days in
  another year (:func:`referred`); where the text gives none, no time at all.
"""

from __future__ import annotations

from datetime import date

from claimx.time.finder import TimeFinder
from claimx.time.mention import TimeMention
from claimx.time.resolve import Base, month_number

WINDOW = 400
"""How far before the expression (in characters) its anchor may be written."""


def _antecedent(
    finder: TimeFinder, text: str, time: TimeMention, base: Base | None, skip: str | None = None
) -> str | None:
    """The value of the last time before ``time`` (within ``WINDOW``) that resolves, is not
    itself said relative to another time, and is not ``skip``."""
    anaphoric = finder.grammar.anaphoric
    start = max(0, time.start - WINDOW)
    start = text.find(" ", start) + 1 if start else 0  # from a word's start
    earlier = [t for t in finder.find(text, start, time.start) if t.end <= time.start]
    for anchor in reversed(earlier):
        if anchor.rule.resolve == "refer_back":
            continue
        if anaphoric is not None and anaphoric.search(anchor.text):
            continue
        value = anchor.value(base)
        if value is not None and value != skip:
            return value
    return None


def anchored_base(
    finder: TimeFinder, text: str, time: TimeMention, base: Base | None
) -> Base | None:
    """The base ``time`` resolves against: the value of the last time before it that resolves
    (the end of a period for what follows it, the start for what precedes it), else ``base``."""
    anaphoric = finder.grammar.anaphoric
    if anaphoric is None or not anaphoric.search(time.text):
        return base
    value = _antecedent(finder, text, time, base)
    ahead = finder.grammar.anaphoric_ahead
    after = ahead is not None and ahead.search(time.text) is not None
    if value is None:  # 'três anos depois', 'no ano seguinte' of today: a future told as past
        return None if after or time.rule.resolve == "offset" else base
    first, _, last = value.partition("/")
    return Base.parse(last if after and last else first)


def referred(finder: TimeFinder, text: str, time: TimeMention, base: Base | None) -> str | None:
    """The value of a time that names an earlier one of the text (resolver ``refer_back``), by
    the group its rule matched: ``occasion`` that time, ``same_period`` too where it is no day;
    ``same_year`` / ``same_month`` its year or month, ``same_day`` its day (not of a period);
    ``month`` (and ``day``) of its year;
    ``period_year``, ``period_before`` its months or days in another year (:func:`_projected`).
    The publication day ('hoje', 'agora') is no such time: 'À época' is a time past."""
    now = base.value if base is not None and base.precision == "day" else None
    value = _antecedent(finder, text, time, base, skip=now)
    match = time.match
    groups = {name for name, text in match.groupdict().items() if text}
    if value is None and "this_or_that" in groups and base is not None:
        # 'em janeiro desse ano' with no year before it: Brazilian 'desse' for 'deste'
        value = base.value[:4]
    if value is None:
        return None
    first, _, last = value.partition("/")
    if "occasion" in groups:
        return value
    if "same_period" in groups:  # a stretch of time: a day is no period
        return value if last or len(first) < 10 else None
    if last:  # 'naquele ano' of '2012/2015': which one is not said
        periods = {"period_year", "period_before"}
        return _projected(first, last, time, base) if groups & periods else None
    if "same_year" in groups:
        return first[:4]
    if "same_month" in groups:
        return first[:7] if len(first) >= 7 else None
    if "same_day" in groups:
        return first if len(first) == 10 else None
    if "month" in groups:
        month = month_number(match["month"].lower())
        if month is None:
            return None
        day = f"-{int(match['day']):02d}" if match["day"] else ""
        return _valid(f"{first[:4]}-{month:02d}{day}")
    return _projected(first, "", time, base)


def _projected(first: str, last: str, time: TimeMention, base: Base | None) -> str | None:
    """The months or days of ``first``/``last`` in the year the expression gives: its own (``de
    2017``), or the one before that time's (``do ano passado``, ``do ano anterior``)."""
    match = time.match
    if match["period_month"]:  # 'o mesmo mês de 1994': of a month
        if last or len(first) != 7:
            return None
    elif not last or len(first) < 7 or last[:4] != first[:4]:
        return None  # 'o mesmo período': of a period within a year, not of a day or a year
    # 'de 2017'; 'do ano passado', 'do ano anterior': the year before that time's
    year = int(match["period_year"]) if match["period_year"] else int(first[:4]) - 1
    ends = [_valid(f"{year:04d}{end[4:]}") for end in (first, last) if end]
    return None if None in ends else "/".join(ends)  # type: ignore[arg-type]


def _valid(value: str) -> str | None:
    """``value`` where it is a calendar date (not 29 February of a common year)."""
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            return None
    return value
