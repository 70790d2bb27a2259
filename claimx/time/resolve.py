"""Turn a matched time expression into an ISO 8601 value at the precision it states.

Absolute dates are read as dateparser reads them: plain shapes (julho de 2016) directly with its
Portuguese month names, the rest by dateparser (cached per normalised text and base date); a
date without a year is parsed once and placed in the year. Relative forms are computed here
from the publication date (:class:`Base`), with the words and offsets of the rules.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

Unit = Literal["day", "week", "month", "year"]
_ORDER: dict[str, int] = {"year": 0, "month": 1, "week": 2, "day": 2}
_HAS_YEAR = re.compile(r"\d{4}")
_SHORT_YEAR = re.compile(r"^(?P<dm>\d{1,2}[/.-]\d{1,2})(?P<sep>[/.-]|,\s*)(?P<yy>\d{2})$")
_DAY_MONTH = re.compile(r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})$")
_WEEKDAYS = {"seg": 0, "ter": 1, "qua": 2, "qui": 3, "sex": 4, "sáb": 5, "sab": 5, "dom": 6}


@dataclass(frozen=True)
class Base:
    """The publication date: ``value`` as given, ``day`` the last day it may be, ``precision``."""

    value: str
    day: date
    precision: Unit

    @classmethod
    def parse(cls, published: str | None) -> Base | None:
        if not published:
            return None
        parts = [int(p) for p in published[:10].split("-")]
        if len(parts) == 3:
            return cls(published[:10], date(*parts), "day")
        if len(parts) == 2:
            last = calendar.monthrange(*parts)[1]
            return cls(published[:7], date(parts[0], parts[1], last), "month")
        return cls(published[:4], date(parts[0], 12, 31), "year")

    def finer_than_known(self, unit: Unit) -> bool:
        return _ORDER[unit] > _ORDER[self.precision]


def iso(day: date, unit: Unit) -> str:
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "week":
        return week_of(day)
    return day.isoformat()


def week_of(day: date) -> str:
    """The week holding ``day`` as its Monday and Sunday: the guide writes only calendar days,
    never ISO weeks (``esta semana`` → ``2018-03-19/2018-03-25``)."""
    monday = day - timedelta(days=day.weekday())
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def weekend(base: Base | None, weeks: int) -> str | None:
    """Saturday/Sunday of a weekend: ``weeks`` 0 the one the publication day is nearest to (on
    Monday and Tuesday the one just past, from Wednesday the coming one or the present one),
    -1 the last one before the publication day, 1 the next one after it."""
    if base is None:
        return None
    if base.precision != "day":
        return base.value
    today = base.day
    saturday = today + timedelta(days=5 - today.weekday())  # this ISO week's
    if weeks < 0 or (weeks == 0 and today.weekday() < 2):
        saturday -= timedelta(weeks=1)
    if weeks > 0 and today.weekday() >= 5:
        saturday += timedelta(weeks=1)
    return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(base: Base | None, unit: Unit, n: int) -> str | None:
    """``n`` units from the publication date, at the unit's precision; where the unit is finer
    than the publication date is known, the publication date itself (``ontem`` of ``2025-07``)."""
    if base is None:
        return None
    if base.finer_than_known(unit):
        return base.value
    if unit == "year":
        return f"{base.day.year + n:04d}"
    if unit == "month":
        return iso(add_months(base.day, n), "month")
    step = timedelta(weeks=n) if unit == "week" else timedelta(days=n)
    return iso(base.day + step, unit)


def day_of_month(base: Base | None, day: int) -> str | None:
    """Day ``day`` of the publication month, or of the month before if later than publication."""
    if base is None or base.precision == "year":
        return None
    month = base.day.replace(day=1)
    if base.precision == "day" and day > base.day.day:
        month = add_months(month, -1)
    if day > calendar.monthrange(month.year, month.month)[1]:
        return None
    return month.replace(day=day).isoformat()


NEAR_DAYS = 14
"""How far from publication a weekday's day in parentheses may lie."""


def day_on_weekday(base: Base | None, day: int, target: int | None) -> str | None:
    """Day ``day`` of the month, next to the publication day, on which it falls on weekday
    ``target`` ('domingo (4)' in an article of Saturday 3 June is the next day, not 4 May);
    :func:`day_of_month` where no such day lies within two weeks of publication."""
    if base is None or base.precision != "day" or target is None:
        return day_of_month(base, day)
    month = base.day.replace(day=1)
    near = []
    for months in (-1, 0, 1):
        first = add_months(month, months)
        if day <= calendar.monthrange(first.year, first.month)[1]:
            found = first.replace(day=day)
            if found.weekday() == target and abs((found - base.day).days) <= NEAR_DAYS:
                near.append(found)
    if not near:
        return day_of_month(base, day)
    return min(near, key=lambda d: abs((d - base.day).days)).isoformat()


def weekday_index(word: str) -> int | None:
    return _WEEKDAYS.get(word.lower()[:3])


def weekday(base: Base | None, target: int, weeks: int | None) -> str | None:
    """``weeks`` 0 this week's, 1 next week's, -1 the last before the publication day, None the
    last on or before it."""
    if base is None:
        return None
    if base.precision != "day":
        return base.value
    today = base.day
    if weeks is None or weeks < 0:
        back = (today.weekday() - target) % 7
        if weeks is not None and back == 0:
            back = 7
        return (today - timedelta(days=back)).isoformat()
    monday = today - timedelta(days=today.weekday())
    return (monday + timedelta(weeks=weeks, days=target)).isoformat()


def absolute(text: str, base: Base | None) -> tuple[date, Unit] | None:
    """Parse a date in words or digits with dateparser; a date without a year needs a base."""
    normal = _full_year(" ".join(text.lower().rstrip(".").split()))
    has_year = bool(_HAS_YEAR.search(normal))
    if base is None and not has_year:
        return None
    pair = _DAY_MONTH.match(normal)
    if pair and base is not None:
        return _day_month(int(pair["a"]), int(pair["b"]), base.day)
    if has_year:
        return _parse(normal, None)
    assert base is not None
    return _in_year_before(normal, base.day)


# A leap year's last day: every day and month without a year parses before it, in its year.
_ANY_YEAR = date(2000, 12, 31)


def _in_year_before(text: str, base: date) -> tuple[date, Unit] | None:
    """A date without a year (setembro, 12 de julho): the last one on or before ``base``, as
    dateparser reads it with ``PREFER_DATES_FROM: past``. Parsed once per text (the
    publication dates of a corpus are all different), then placed in the year."""
    parsed = _parse(text, _ANY_YEAR)
    if parsed is None:
        return None
    found, unit = parsed
    if unit in ("year", "week"):
        return _dateparser(text, base)
    for year in (base.year, base.year - 1):
        try:
            placed = found.replace(year=year)
        except ValueError:
            continue
        if unit == "month" and (placed.year, placed.month) <= (base.year, base.month):
            return placed, unit
        if unit == "day" and placed <= base:
            return placed, unit
    return _dateparser(text, base)  # 29 February: dateparser goes back to a leap year


def _day_month(day: int, month: int, base: date) -> tuple[date, Unit] | None:
    """22/04 day first; 4/22 (month first) where the second number cannot be a month."""
    if month > 12 >= day:
        day, month = month, day
    for year in (base.year, base.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if found <= base:
            return found, "day"
    return None


def _full_year(text: str) -> str:
    """Two-digit years as POSIX reads them: 00-68 → 20xx, 69-99 → 19xx (21/04/16 → 2016)."""
    short = _SHORT_YEAR.search(text)
    if not short:
        return text
    yy = int(short["yy"])
    return f"{text[: short.start('yy')]}{2000 + yy if yy < 69 else 1900 + yy}"


@lru_cache(maxsize=8192)
def _parse(text: str, relative_base: date | None) -> tuple[date, Unit] | None:
    """dateparser's reading of ``text``. The plain shapes (2016, julho de 2016, 12 de julho de
    2016, 27/02/2016; without a year only against ``_ANY_YEAR``) are read here with dateparser's
    own Portuguese month names: the same dates, without its millisecond per text."""
    if relative_base is None or relative_base == _ANY_YEAR:
        plain = _plain(text, relative_base.year if relative_base else None)
        if plain is not None:
            return plain
    return _dateparser(text, relative_base)


def _plain(text: str, default_year: int | None) -> tuple[date, Unit] | None:
    m = _plain_shapes().fullmatch(text)
    if m is None:
        return None
    written = m["year"] or m["month_year"] or m["numeric_year"]
    year = int(written) if written else default_year
    if year is None:
        return None
    if m["year"]:  # (against a base, dateparser takes its month: left to it)
        return (date(year, 1, 1), "year") if default_year is None else None
    month = _month_numbers()[m["month"]] if m["month"] else int(m["numeric_month"])
    day = m["day"] or m["numeric_day"]
    try:
        return (date(year, month, int(day)), "day") if day else (date(year, month, 1), "month")
    except ValueError:
        return None  # dateparser decides


# dateparser's locale data names the months in English keys.
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    from dateparser.languages import default_loader

    info = default_loader.get_locale("pt").info
    return {
        name.lower(): number
        for number, month in enumerate(_MONTHS, start=1)
        for name in info.get(month, [])
    }


def month_number(name: str) -> int | None:
    """``julho`` → 7, ``março``/``marco`` → 3 (dateparser's Portuguese month names)."""
    name = name.lower()
    return _month_numbers().get(name) or _month_numbers().get(name.replace("c", "ç", 1))


def prepare() -> None:
    """What the first date of a run would otherwise pay for, paid with the pipeline's loading:
    dateparser's import and its first parse (which compiles its time-zone regexes, some half a
    second) and the plain shapes' regex (a tenth). Once per process; every later call is free."""
    _parse("1 de janeiro de 2000", None)
    _dateparser("ontem", date(2000, 1, 2))


@lru_cache(maxsize=1)
def _plain_shapes() -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, _month_numbers()), key=len, reverse=True))
    return re.compile(
        rf"(?P<year>\d{{4}})"
        rf"|(?:(?P<day>\d{{1,2}}) de )?(?P<month>{names})(?: de (?P<month_year>\d{{4}}))?"
        rf"|(?P<numeric_day>\d{{1,2}})/(?P<numeric_month>\d{{1,2}})/(?P<numeric_year>\d{{4}})"
    )


@lru_cache(maxsize=8192)
def _dateparser(text: str, relative_base: date | None) -> tuple[date, Unit] | None:
    parsed = _parser(relative_base or date(2000, 1, 1)).get_date_data(text)
    if parsed.date_obj is None:
        return None
    period = parsed.period if parsed.period in ("year", "month", "week") else "day"
    return parsed.date_obj.date(), period  # type: ignore[return-value]


@lru_cache(maxsize=64)
def _parser(relative_base: date) -> Any:
    from dateparser.date import DateDataParser  # slow to import: only when a date is seen

    settings = {
        "RELATIVE_BASE": datetime.combine(relative_base, datetime.min.time()),
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "PARSERS": ["absolute-time"],
    }
    return DateDataParser(languages=["pt"], settings=settings)
