"""Find time expressions in a stretch of text and resolve them; pick the one of a claim's clause.

Each form of ``rules/pt/time.yaml`` is a compiled regex run over a sentence (only sentences
that hold a claim are searched); overlapping matches keep the longest. A preposition right
before a match (``desde``, ``até``, ``em``) joins its text and gives its relation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimx.rulebook import TimeRule
from claimx.schema import TimeRef, TimeRelation
from claimx.time import resolve as r
from claimx.time.grammar import Form, Grammar

PREPOSITION_WINDOW = 40


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    text: str
    relation: TimeRelation
    rule: TimeRule
    match: re.Match[str]
    core: tuple[int, int]
    """The expression without its preposition (``outubro de 2024`` of ``Em outubro de 2024``)."""

    def value(self, base: r.Base | None) -> str | None:
        return RESOLVERS[self.rule.resolve](self, base)

    def ref(self, base: r.Base | None) -> TimeRef:
        return TimeRef(
            text=self.text, span=[self.start, self.end], value=self.value(base),
            relation=self.relation,
        )


class TimeFinder:
    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[TimeMention]:
        """Time expressions in ``text[start:end]``, in order, without overlaps."""
        end = len(text) if end is None else end
        trigger = self.grammar.trigger
        if trigger is not None and not trigger.search(text, start, end):
            return []
        found = [m for form in self.grammar.forms for m in self._matches(form, text, start, end)]
        found.sort(key=lambda m: (m.start - m.end, m.start))
        kept: list[TimeMention] = []
        for mention in found:
            if all(mention.end <= k.start or mention.start >= k.end for k in kept):
                kept.append(mention)
        return sorted(kept, key=lambda m: m.start)

    def _matches(self, form: Form, text: str, start: int, end: int) -> list[TimeMention]:
        out = []
        for match in form.regex.finditer(text, start, end):
            s, e = match.span()
            if s == e:
                continue
            prep = None
            if form.rule.relation is None:
                prep = self.grammar.preposition.search(text, max(start, s - PREPOSITION_WINDOW), s)
            if form.rule.needs_preposition and prep is None:
                continue
            relation = form.rule.relation or "at"
            if prep is not None:
                relation = self.grammar.relations[" ".join(prep["prep"].lower().split())]
            first = prep.start() if prep is not None else s
            out.append(TimeMention(first, e, text[first:e], relation, form.rule, match, (s, e)))
        return out


def _group(match: re.Match[str], *names: str) -> str:
    for name in names:
        if name in match.re.groupindex and match[name]:
            return " ".join(match[name].lower().split())
    return ""


def _date(m: TimeMention, base: r.Base | None) -> str | None:
    text = _group(m.match, "date") or m.match[0]
    for word, digits in m.rule.replace.items():
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", digits, text, flags=re.IGNORECASE)
    return _date_text(text, base)


def _date_text(text: str, base: r.Base | None) -> str | None:
    parsed = r.absolute(text, base)
    return r.iso(*parsed) if parsed else None


def _period(m: TimeMention, base: r.Base | None) -> str | None:
    a, b = _group(m.match, "a"), _group(m.match, "b")
    late = r.absolute(b, base)
    if late is None:
        return None
    if not re.search(r"\d{4}", a):
        a = f"{a} de {late[0].year}"
    early = r.absolute(a, base)
    return f"{r.iso(*early)}/{r.iso(*late)}" if early else None


def _day(m: TimeMention, base: r.Base | None) -> str | None:
    month = _group(m.match, "month")
    if month:
        return _date_text(f"{m.match['day']}/{month}", base)
    return r.day_of_month(base, int(m.match["day"]))


def _weekday(m: TimeMention, base: r.Base | None) -> str | None:
    target = r.weekday_index(_group(m.match, "weekday"))
    modifier = _group(m.match, "mod2", "mod")
    weeks = m.rule.words.get(modifier) if modifier else None
    return None if target is None else r.weekday(base, target, weeks)


def _relative(m: TimeMention, base: r.Base | None) -> str | None:
    word = _group(m.match, "word", "word2")
    unit = m.rule.units.get(_group(m.match, "unit", "unit2")) or next(iter(m.rule.units.values()))
    offset = m.rule.words.get(word)
    return None if offset is None else r.shift(base, unit, offset)


def _ago(m: TimeMention, base: r.Base | None) -> str | None:
    count = _group(m.match, "n", "n2")
    n = int(count) if count.isdigit() else m.rule.words.get(count)
    unit = m.rule.units.get(_group(m.match, "unit", "unit2"))
    return None if n is None or unit is None else r.shift(base, unit, -n)


RESOLVERS: dict[str, Callable[[TimeMention, r.Base | None], str | None]] = {
    "date": _date,
    "period": _period,
    "day": _day,
    "weekday_day": _day,
    "weekday": _weekday,
    "relative": _relative,
    "ago": _ago,
}
