"""The calendar value of a time mention, by the resolver its rule names (``resolve`` in
``rules/pt/time.yaml``), against the publication date where it is relative."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from claimx.time import resolve as r
from claimx.time.future_tense import ahead, future, nearer_ahead

if TYPE_CHECKING:
    from claimx.time.mention import TimeMention


def _group(match: re.Match[str], *names: str) -> str:
    for name in names:
        if name in match.re.groupindex and match[name]:
            return " ".join(match[name].lower().split())
    return ""


def _date(m: TimeMention, base: r.Base | None) -> str | None:
    text = _group(m.match, "date") or m.match[0]
    for word, digits in m.rule.replace.items():
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", digits, text, flags=re.IGNORECASE)
    value = _date_text(text, base)
    undated = _YEAR.search(text) is None  # '19 de junho de 2015' is of its own year
    if value is None or base is None or not undated:
        return value
    if m.rule.future and future(m):
        return ahead(value, base)
    if m.relation == "until" and nearer_ahead(value, base):
        # a limit without a year ('até o fim de outubro', 'pago até 24 de maio') is the nearest
        # such date: a deadline ahead, whatever the tense ('prorrogou ... até'), or a cut-off
        # just past ('até o dia 30 de dezembro' in January)
        return ahead(value, base)
    return value


_YEAR = re.compile(r"\d{4}|\d[/.-]\d{1,2}[/.-]\d")


def _date_text(text: str, base: r.Base | None) -> str | None:
    parsed = r.absolute(text, base)
    return r.iso(*parsed) if parsed else None


def _period(m: TimeMention, base: r.Base | None) -> str | None:
    groups = m.match.re.groupindex
    if "d1" in groups and m.match["d1"]:
        return _days(m, base)
    if _group(m.match, "part", "part2", "part3"):
        return _part_of_year(m, base)
    if "ahead" in groups and m.match["ahead"]:
        return _years_ahead(m, base)
    if "back" in groups and m.match["back"]:
        return _units_back(m, base)
    a, b = _group(m.match, "a"), _group(m.match, "b")
    year_word = _group(m.match, "byear")
    if year_word:  # 'entre 2010 e o ano passado': the second end is a year said relative
        if base is None:
            return None
        b = str(base.day.year + m.rule.words.get(year_word, 0))
    relative_year = _group(m.match, "brel")
    if relative_year:  # 'de janeiro a novembro do ano passado'
        if base is None:
            return None
        b = f"{b} de {base.day.year + m.rule.words.get(relative_year, 0)}"
    late = r.absolute(b, base)
    if late is None:
        return None
    if len(a) <= 2 and " de " in b:  # 'entre 15 e 20 de setembro': the second's month
        a = f"{a} de {b.split(' de ')[1]}"
    borrowed = not re.search(r"\d{4}", a)
    early = r.absolute(f"{a} de {late[0].year}" if borrowed else a, base)
    if early is not None and borrowed and early[0] > late[0]:
        # 'de setembro a fevereiro' runs over the turn of the year: the first end is the
        # second's year before, never after the end
        early = r.absolute(f"{a} de {late[0].year - 1}", base)
    if early is None or early[0] > late[0]:
        return None  # a period cannot end before it starts
    dated = year_word or relative_year or re.search(r"\d{4}", b)
    if not dated and base is not None and m.rule.future and late[0] < base.day and future(m):
        # 'vão participar da festa entre 3 e 18 de fevereiro' of 2018-01-31: ahead, as a day is
        early, late = _year_later(early), _year_later(late)
        if early is None or late is None:
            return None
    return f"{r.iso(*early)}/{r.iso(*late)}"


def _year_later(end: tuple[date, r.Unit]) -> tuple[date, r.Unit] | None:
    """A period's end a year later (none for a 29 February with no 29 February then)."""
    try:
        return end[0].replace(year=end[0].year + 1), end[1]
    except ValueError:
        return None


def _days(m: TimeMention, base: r.Base | None) -> str | None:
    """``entre os dias 29 e 31 de julho``, ``nos últimos dias 7 e 8``."""
    month, year = _group(m.match, "month"), _group(m.match, "year")
    ends = []
    for day in (m.match["d1"], m.match["d2"]):
        if month:
            text = f"{int(day)} de {month}" + (f" de {year}" if year else "")
            ends.append(_date_text(text, base))
        else:
            ends.append(r.day_of_month(base, int(day)))
    return None if None in ends or ends[0] > ends[1] else f"{ends[0]}/{ends[1]}"  # type: ignore[operator]


def _year_of(m: TimeMention, base: r.Base | None) -> int | None:
    """The year a part of a year names: its own, the one before (``do ano passado``), or the
    publication year."""
    year = _group(m.match, "year")
    if year:
        return int(year)
    if base is None:
        return None
    return base.day.year + m.rule.words.get(_group(m.match, "rel"), 0)


def _part_of_year(m: TimeMention, base: r.Base | None) -> str | None:
    """Quarters and halves (``segundo trimestre de 2006``, ``primeiros seis meses``) as month
    intervals; ``ao fim do ...`` as the last month."""
    year = _year_of(m, base)
    part = _group(m.match, "part", "part2") or f"{_group(m.match, 'part3')} meses"
    size = m.rule.words.get(part)
    order = m.rule.words.get(_group(m.match, "ord"), 1)
    if year is None or not size:
        return None
    first = (order - 1) * size + 1
    last = first + size - 1
    if last > 12:
        return None
    undated = not _group(m.match, "year") and _group(m.match, "rel") in ("", "do ano")
    if undated and base is not None and base.day < date(year, first, 1):
        year -= 1
    end = f"{year:04d}-{last:02d}"
    return end if _group(m.match, "edge") else f"{year:04d}-{first:02d}/{end}"


def _years_ahead(m: TimeMention, base: r.Base | None) -> str | None:
    """``nos próximos quatro anos``: the next N calendar years."""
    count = _group(m.match, "n")
    n = int(count) if count.isdigit() else m.rule.words.get(count)
    if base is None or not n:
        return None
    return f"{base.day.year + 1:04d}/{base.day.year + n:04d}"


def _units_back(m: TimeMention, base: r.Base | None) -> str | None:
    """``nos últimos 15 anos``, ``nos últimos seis meses``, ``nos últimos 60 dias``: from N
    years, months or days before the publication's to it (the guide counts the publication's own
    as the last)."""
    count = _group(m.match, "nb")
    n = int(count) if count.isdigit() else m.rule.words.get(count)
    if base is None or not n:
        return None
    if _group(m.match, "back") == "anos":
        return f"{base.day.year - n:04d}/{base.day.year:04d}"
    if base.precision == "year":
        return None
    if _group(m.match, "back") == "dias":  # 'nos últimos 60 dias': days, from a known day
        if base.precision != "day":
            return None
        return f"{(base.day - timedelta(days=n)).isoformat()}/{base.day.isoformat()}"
    return f"{r.iso(r.add_months(base.day, -n), 'month')}/{r.iso(base.day, 'month')}"


def _day(m: TimeMention, base: r.Base | None) -> str | None:
    month = _group(m.match, "month")
    if month:
        return _date_text(f"{m.match['day']}/{month}", base)
    target = r.weekday_index(_group(m.match, "weekday"))
    if "cday" in m.match.re.groupindex and m.match["cday"]:
        # 'terça-feira, 8': the day only where it falls on that weekday
        found = r.day_on_weekday(base, int(m.match["cday"]), target)
        if found is not None and date.fromisoformat(found).weekday() == target:
            return found
        return None if target is None else r.weekday(base, target, None)
    value = r.day_on_weekday(base, int(m.match["day"]), target)
    if value is None or base is None or base.precision != "day" or value >= base.day.isoformat():
        return value
    ahead = "ahead" in m.match.re.groupindex and m.match["ahead"] is not None
    if ahead or (m.rule.future and future(m)):  # 'marcada para o dia 17', 'o próximo dia 24'
        return _day_ahead(base, int(m.match["day"]))
    return value


def _day_ahead(base: r.Base, day: int) -> str | None:
    """Day ``day`` of the month, the first on or after the publication day."""
    month = base.day.replace(day=1)
    if day < base.day.day:
        month = r.add_months(month, 1)
    if day > calendar.monthrange(month.year, month.month)[1]:
        return None
    return month.replace(day=day).isoformat()


def _weekday(m: TimeMention, base: r.Base | None) -> str | None:
    target = r.weekday_index(_group(m.match, "weekday"))
    modifier = _group(m.match, "mod2", "mod")
    weeks = m.rule.words.get(modifier) if modifier else None
    return None if target is None else r.weekday(base, target, weeks)


def _weekend(m: TimeMention, base: r.Base | None) -> str | None:
    return r.weekend(base, m.rule.words.get(_group(m.match, "mod", "mod2"), 0))


def _relative(m: TimeMention, base: r.Base | None) -> str | None:
    word = _group(m.match, "word", "word2", "word3")
    unit = m.rule.units.get(_group(m.match, "unit", "unit2", "unit3"))
    unit = unit or next(iter(m.rule.units.values()))
    offset = m.rule.words.get(word)
    return None if offset is None else r.shift(base, unit, offset)


def _ago(m: TimeMention, base: r.Base | None) -> str | None:
    count = _group(m.match, "n", "n2")
    n = int(count) if count.isdigit() else m.rule.words.get(count)
    unit = m.rule.units.get(_group(m.match, "unit", "unit2"))
    return None if n is None or unit is None else r.shift(base, unit, -n)


def _offset(m: TimeMention, base: r.Base | None) -> str | None:
    """``três anos depois``, ``uma semana antes``: N units from ``base``, which
    :func:`claimx.time.anaphora.anchored_base` makes the earlier time of the text it counts from
    (None where there is none); a week is seven days, so a day stays a day."""
    count = _group(m.match, "n")
    n = int(count) if count.isdigit() else m.rule.words.get(count.lower())
    unit = m.rule.units.get(_group(m.match, "unit").lower())
    sign = m.rule.words.get(" ".join(_group(m.match, "dir", "dir2").lower().split()))
    if n is None or unit is None or sign is None:
        return None
    if unit == "week":
        unit, n = "day", 7 * n
    return r.shift(base, unit, sign * n)


def _month_of_year(m: TimeMention, base: r.Base | None) -> str | None:
    """``julho deste ano``, ``em março do ano passado``: a month of a year said relative to the
    publication; ``no início do ano``, ``no fim de 2016``: a year's first or last month;
    ``no fim do mês passado``: that month."""
    month_rel = _group(m.match, "mrel")
    if month_rel:
        return None if base is None else r.shift(base, "month", m.rule.words.get(month_rel, 0))
    year_text = _group(m.match, "year")
    if year_text:
        year = int(year_text)
    elif base is None:
        return None
    else:
        year = base.day.year + m.rule.words.get(_group(m.match, "rel"), 0)
    month_name = _group(m.match, "month")
    # a month's name, else the month a year's edge stands for (the rule's 'words': fim → 12)
    month = r.month_number(month_name) if month_name else m.rule.words.get(_group(m.match, "edge"))
    if month is None:
        return None
    day = _leading_number(_group(m.match, "day"))  # '2 de dezembro do ano passado'
    if day is not None and 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}"


def _leading_number(text: str) -> int | None:
    """The digits a day opens with (``2``, ``1º``, ``1.o``), or None."""
    digits = re.match(r"\d+", text)
    return int(digits[0]) if digits else None


def _edge_day(m: TimeMention, base: r.Base | None) -> str | None:
    """``no último dia de março``, ``no primeiro dia de 2017``, ``no último dia do ano``: the
    first or last day of that month or year."""
    last = m.rule.words.get(_group(m.match, "edge")) == -1
    month_text = _group(m.match, "date")
    if month_text:
        month = _date_text(month_text, base)  # 'YYYY-MM'
        if month is None:
            return None
        year, number = int(month[:4]), int(month[5:7])
    else:
        year_text = _group(m.match, "year")
        if not year_text and base is None:
            return None
        year = int(year_text) if year_text else base.day.year  # type: ignore[union-attr]
        number = 12 if last else 1
    day = calendar.monthrange(year, number)[1] if last else 1
    return date(year, number, day).isoformat()


def _weekdays(m: TimeMention, base: r.Base | None) -> str | None:
    """``entre segunda e quarta-feira desta semana``, ``entre sexta (2) e sábado (3)``: the days
    of both weekdays; the earlier one of the later one's week where it has no day of its own."""
    first, second = r.weekday_index(m.match["w1"]), r.weekday_index(m.match["w2"])
    if first is None or second is None:
        return None
    ends: list[str | None] = []
    for target, day in ((first, m.match["d1"]), (second, m.match["d2"])):
        ends.append(r.day_on_weekday(base, int(day), target) if day else None)
    if ends[1] is None:
        modifier = _group(m.match, "mod")
        ends[1] = r.weekday(base, second, m.rule.words.get(modifier) if modifier else None)
    if ends[1] is None or len(ends[1]) != 10:  # a publication date without its day
        return None
    if ends[0] is None:
        back = timedelta(days=(second - first) % 7)
        ends[0] = (date.fromisoformat(ends[1]) - back).isoformat()
    return None if ends[0] > ends[1] else f"{ends[0]}/{ends[1]}"


def _referred(m: TimeMention, base: r.Base | None) -> str | None:
    """A time that names an earlier one of the text ('À época', 'no mesmo ano') has no value of
    its own: :func:`claimx.time.anaphora.referred` finds it from the text before it."""
    return None


RESOLVERS: dict[str, Callable[[TimeMention, r.Base | None], str | None]] = {
    "date": _date,
    "period": _period,
    "day": _day,
    "weekday_day": _day,
    "weekday": _weekday,
    "weekend": _weekend,
    "relative": _relative,
    "ago": _ago,
    "offset": _offset,
    "month_of_year": _month_of_year,
    "edge_day": _edge_day,
    "weekdays": _weekdays,
    "refer_back": _referred,
}
