"""Find quantity mentions in a tokenized text: number, qualifier, range, unit, filters.

Candidates come from one vectorised pass over spaCy's token arrays (digits and number words), so
the Python cost is per number, not per token. Everything the finder knows about Portuguese is in
the rule files; this module only composes it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from claimx.numbers.digits import tidy
from claimx.numbers.reader import NumberMatch, NumberReader
from claimx.quantity.filters import Filters
from claimx.quantity.phrases import PhraseIndex
from claimx.quantity.units import CONTEXT_CHARS, UnitReader, is_money
from claimx.quantity.words import TokenView, Words
from claimx.rulebook.loader import Rulebook
from claimx.rulebook.models import (
    FilterRule,
    NumberRule,
    QualifierRule,
    RangeRule,
    UnitRule,
    VagueRule,
)
from claimx.schema import Quantity

LOWER_BOUNDS, UPPER_BOUNDS = {">", ">="}, {"<", "<="}
INCLUSIVE = {">": ">=", "<": "<="}
COMPARED_WINDOW = 15
"""Tokens at most between a figure and the comparison link of the figure compared with it."""
ELIDED_WINDOW = 20
"""Tokens at most between a money figure and a figure that leaves out its currency."""
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


@dataclass
class Found:
    """A quantity mention in token coordinates, with its normalised reading."""

    start: int
    end: int
    relation: str
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    number_text: str = ""
    rules: list[str] = field(default_factory=list)
    vetoed_by: str | None = None
    quantity: Quantity | None = None
    """Built once the filters let the mention through."""


def bounds(relation: str, value: float | None, low: float | None, high: float | None):
    """Bounds as the annotation guide defines them for each relation."""
    if relation == "=":
        return value, value, value
    if relation in LOWER_BOUNDS:
        return value, value, None
    if relation in UPPER_BOUNDS:
        return value, None, value
    if relation == "~":
        return value, None, None
    if relation == "vague":
        return None, low, None
    return value, low, high


class QuantityFinder:
    def __init__(self, nlp: Language, rulebook: Rulebook) -> None:
        def tokenize(text: str) -> tuple[str, ...]:
            return tuple(t.lower_ for t in nlp.make_doc(text))

        self.reader = NumberReader(rulebook)
        self.units = UnitReader(rulebook, self.reader, tokenize)
        self.unit_rules = {u.id: u for u in rulebook.rules(UnitRule)}
        compared = ((p, r.id) for r in rulebook.rules(NumberRule) for p in r.compared_links)
        self.compared = PhraseIndex(compared, tokenize)
        number_rules: list[NumberRule] = rulebook.rules(NumberRule)
        self.change_from = {w for r in number_rules for w in r.change_from}
        self.elided_scales = {w for r in number_rules for w in r.elided_scales}
        self.elided_rule = next((r.id for r in number_rules if r.elided_scales), "")
        self.change_to = {w for r in number_rules for w in r.change_to}
        qualifiers: list[QualifierRule] = rulebook.rules(QualifierRule)
        self.leading = PhraseIndex(((p, q) for q in qualifiers for p in q.phrases), tokenize)
        self.trailing = PhraseIndex(((p, q) for q in qualifiers for p in q.trailing), tokenize)
        ranges: list[RangeRule] = rulebook.rules(RangeRule)
        self.ranges = [r for r in ranges if not r.bounds]
        # what may follow a first number for a range to be read: a joining word, or for a
        # proportion its joining word and 'cada' ('oito em cada dez'; 'em'/'de' alone are common)
        self.joining = {w for r in self.ranges if not r.per for w in r.joining}
        self.proportion_joining = {w for r in self.ranges if r.per for w in r.joining}
        self.per_words = {w for r in self.ranges for w in r.per}
        self.bound_pairs = [r for r in ranges if r.bounds]
        self.range_years = {r.id: re.compile(r.year) for r in ranges if r.year}
        self.vague = {w: (v, r) for r in rulebook.rules(VagueRule) for w, v in r.words.items()}
        self.vague_connectors = {c for r in rulebook.rules(VagueRule) for c in r.connectors}
        self.filters = Filters(rulebook.rules(FilterRule))
        self._trigger_tables(nlp)

    def _trigger_tables(self, nlp: Language) -> None:
        """Kind bits of LOWER hashes: number words, 'um', scales, denominators."""
        strings = nlp.vocab.strings
        ones = {w for w, (v, _) in self.reader.words.items() if v == 1}
        words = (self.reader.vocabulary | set(self.vague)) - ones
        lower_kinds: dict[int, int] = {}
        counted = set(self.reader.scales) | set(self.reader.fractions)  # um mil(hão), um terço
        per = self.per_words  # um em cada três
        for kind, items in ((_WORD, words), (_ONE, ones), (_COUNTED, counted), (_PER, per)):
            for word in items:
                key = strings.add(word)
                lower_kinds[key] = lower_kinds.get(key, 0) | kind
        self.lower_kinds = _KindTable.build(lower_kinds)

    # -- public -----------------------------------------------------------------------------

    def candidates(self, view: TokenView) -> np.ndarray:
        """Tokens that may start a number: digits, number words, and 'um'/'uma' before a scale
        or a denominator."""
        first = view.first_chars
        if first is None:
            return np.zeros(0, dtype="int64")
        # Not spaCy's LIKE_NUM: it is true for every article 'um' and for ordinals.
        lower = self.lower_kinds.kinds(view.hashes)
        mask = (lower & _WORD).astype(bool) | ((first >= _ZERO) & (first <= _NINE))
        before_counted = np.zeros(len(lower), dtype=bool)
        before_counted[:-1] = (lower[1:] & _COUNTED).astype(bool)
        ones = (lower & _ONE).astype(bool)
        mask |= ones & before_counted
        # 'um em cada três': 'um' two words before 'cada' opens a proportion
        before_per = np.zeros(len(lower), dtype=bool)
        before_per[:-2] = (lower[2:] & _PER).astype(bool)
        mask |= ones & before_per
        # A sign glued to digits (-30); a lone dash before a number is punctuation.
        for i in np.flatnonzero((first == _DASH) | (first == _MINUS)).tolist():
            mask[i] = view.length(i) > 1
        return np.flatnonzero(mask)

    def find(self, doc: Doc, begin: int = 0, explain: bool = False) -> list[Found]:
        """Quantities in ``doc`` from character ``begin``; with ``explain``, vetoed ones too."""
        view, found, done = TokenView(doc), [], 0
        for i in self.candidates(view).tolist():
            if i < done or (begin and view.char_start(i) < begin):
                continue
            hit = self._read_at(view, i)
            if hit is None or not _finite(hit):
                done = i + 1
                continue
            hit = self._pair_bounds(view, hit)
            self._apply_filters(view, hit)
            if hit.vetoed_by is None and hit.unit is None and found:
                self._compared_unit(view, found[-1], hit)
                if hit.unit is None:
                    self._elided_money(view, found[-1], hit)
            if hit.vetoed_by is None or explain:
                hit.quantity = self._quantity(view, hit)
                found.append(hit)
            done = hit.end
        return found

    def _compared_unit(self, view: TokenView, before: Found, hit: Found) -> None:
        """'53 por cento dos franceses, contra 47': a bare figure right after a comparison link
        has the unit (and the multiplier) of the figure it is compared with, in its sentence."""
        if before.unit is None or before.vetoed_by is not None:
            return
        words, link = view.words, self.compared.ending_at(view.words, hit.start)
        if link is None:
            return
        at = link[0]
        if at - before.end > COMPARED_WINDOW or any(
            words[k] in SENTENCE_ENDS for k in range(before.end, at)
        ):
            return
        self._take_unit(before, hit, link[1])

    def _elided_money(self, view: TokenView, before: Found, hit: Found) -> None:
        """'27 milhões de contos (mais seis milhões para …)', 'de 4,2 milhões de contos, dos quais
        1,5 milhões são …': a noun after 'milhões' needs 'de' ('seis milhões de pessoas'), so a
        figure that ends in such a scale word with no partitive after it has left its noun out;
        after a money figure in its sentence it is an amount in that figure's currency."""
        words = view.words
        if before.unit is None or before.vetoed_by is not None or not is_money(before.unit):
            return
        if words[hit.end - 1] not in self.elided_scales:
            return
        if hit.end < len(words) and words[hit.end] in self.reader.partitive:
            return
        if hit.start - before.end > ELIDED_WINDOW or any(
            words[k] in SENTENCE_ENDS for k in range(before.end, hit.start)
        ):
            return
        self._take_unit(before, hit, self.elided_rule)

    def _take_unit(self, before: Found, hit: Found, rule_id: str) -> None:
        """``hit`` gets the unit of ``before``, times the unit's multiplier (contos); the unit's
        rule goes with it, for a figure that continues ``hit`` in turn ('sete milhões, contra
        os 11 milhões')."""
        unit = next((self.unit_rules[r] for r in before.rules if r in self.unit_rules), None)
        factor = unit.multiplier if unit is not None else 1.0
        hit.unit = before.unit
        hit.value, hit.low, hit.high = (
            None if v is None else v * factor for v in (hit.value, hit.low, hit.high)
        )
        hit.rules += [rule_id, *([unit.id] if unit is not None else [])]

    # -- reading one candidate ----------------------------------------------------------------

    def _read_at(self, view: TokenView, i: int) -> Found | None:
        number = self.reader.read(view.words, i)
        if number is None:
            return self._vague_at(view, i)
        return self._range_at(view, number) or self._single_at(view, number)

    def _vague_at(self, view: TokenView, i: int) -> Found | None:
        words = view.words
        entry = self.vague.get(words[i])
        if entry is None or i + 1 >= len(words) or words[i + 1] not in self.vague_connectors:
            return None
        scale, rule = entry
        inner = self.vague.get(words[i + 2]) if i + 3 < len(words) else None
        if inner is not None and words[i + 3] in self.vague_connectors:
            # 'centenas de milhares de mosquitos': hundreds of thousands
            found = self._vague_at(view, i + 2)
            if found is not None and found.low is not None:
                found.start, found.low = i, found.low * scale
                found.number_text = view.span_text(i, i + 3)
                found.rules = [rule.id, *found.rules]
                return found
        # a unit after 'de' is the figure's: 'milhões de reais', 'milhares de toneladas'
        end, unit = self.units.free_suffix(words, i + 2) or (i + 1, None)
        low = scale * (unit.multiplier if unit else 1.0)
        rules = [rule.id, *([unit.id] if unit else [])]
        code = unit.unit if unit else None
        return Found(i, end, "vague", None, low, None, code, view.span_text(i, i + 1), rules)

    def _single_at(self, view: TokenView, number: NumberMatch) -> Found:
        words = view.words
        number = self._past_spelled_repeat(words, number)
        prefix, start = self.units.prefix_before(words, number.start)
        reading = self.units.suffix(view, number, number.end)
        unit = reading.unit or prefix
        rules = [*number.rules, *reading.rules, *([prefix.id] if prefix else [])]
        if unit is None:
            unit = self._shared_unit(words, reading.end) or self._change_unit(
                view, number.start, reading.end
            )
            rules += [unit.id] if unit else []
        relation, start, end = self._qualify(words, start, reading.end, rules)
        value = reading.value * (unit.multiplier if unit else 1.0)
        number_text = view.span_text(number.start, number.end)
        unit_code = unit.unit if unit else None
        return Found(
            start, end, relation, value, unit=unit_code, number_text=number_text, rules=rules
        )

    def _past_spelled_repeat(self, words: Words, number: NumberMatch) -> NumberMatch:
        """Digits repeated in words in parentheses, as legal texts write them ('76 (setenta e
        seis) milhões de reais'): the scale and unit after the parenthesis are the digits'."""
        at = number.end
        if number.scale != 1 or at + 2 >= len(words) or words[at] != "(":
            return number
        spelled = self.reader.read(words, at + 1)
        if (
            spelled is None
            or spelled.end >= len(words)
            or words[spelled.end] != ")"
            or spelled.value != number.value
        ):
            return number
        end = spelled.end + 1
        scale = self.reader.scales.get(words[end]) if end < len(words) else None
        if scale is None:
            if self.units.suffixes.starting_at(words, end) is None:
                return number  # nothing of the figure's after it: 'Em 2014 (dois mil e catorze),'
            return NumberMatch(number.value, number.start, end, 1.0, [*number.rules])
        factor, rule = scale
        rules = [*number.rules, rule]
        return NumberMatch(number.value * factor, number.start, end + 1, factor, rules)

    def _shared_unit(self, words: Words, at: int) -> UnitRule | None:
        """The unit of the next number where 'e'/'ou' joins the two ('10 e 20 por cento',
        '1.065 e 690 km'): written once, it counts for both."""
        if at + 1 >= len(words) or words[at] not in self.reader.shared_unit_links:
            return None
        second = self.reader.read(words, at + 1)
        found = self.units.free_suffix(words, second.end) if second else None
        return found[1] if found else None

    def _change_unit(self, view: TokenView, start: int, end: int) -> UnitRule | None:
        """'de 65 para 62 anos': the figure a change starts from has the unit of the figure it
        goes to, read with that figure's own context."""
        words = view.words
        if not (start > 0 and end + 1 < len(words)) or words[start - 1] not in self.change_from:
            return None
        if words[end] not in self.change_to:
            return None
        second = self.reader.read(words, end + 1)
        return self.units.suffix(view, second, second.end).unit if second else None

    def _qualify(
        self, words: Words, start: int, end: int, rules: list[str]
    ) -> tuple[str, int, int]:
        """Qualifiers before (mais de 5) and after (5 ou mais; maior que 5 ou igual) the number."""
        relation = "="
        leading = self.leading.ending_at(words, start)
        if leading:
            start, rule = leading
            relation = rule.relation
            rules.append(rule.id)
        trailing = self.trailing.starting_at(words, end)
        if trailing:
            end, rule = trailing
            relation = (
                INCLUSIVE.get(relation, relation) if rule.relation == "or_equal" else rule.relation
            )
            rules.append(rule.id)
        return relation, start, end

    def _range_at(self, view: TokenView, first: NumberMatch) -> Found | None:
        words = view.words
        suffix1 = self.units.suffix_plain(words, first.end)
        mid = suffix1[0] if suffix1 else first.end
        if mid + 1 >= len(words):
            return None
        joined = words[mid]
        if joined not in self.joining and not (
            joined in self.proportion_joining and words[mid + 1] in self.per_words
        ):
            return None
        unit1, start = self.units.prefix_before(words, first.start)
        for rule in self.ranges:
            opening = self._opening(words, start, rule)
            if words[mid] not in rule.joining or opening is None:
                continue
            if rule.per:
                found = self._proportion(view, first, opening, mid, rule)
                if found is not None:
                    return found
                continue
            after_joining = mid + 1
            if words[after_joining] in rule.articles and after_joining + 1 < len(words):
                after_joining += 1  # 'entre os cinco e os dez'
            unit2, second_start = self.units.prefix_at(words, after_joining)
            second = self.reader.read(words, second_start)
            if second is None or self._year_and_count(view, rule, first, second):
                continue
            reading = self.units.suffix(view, second, second.end)
            unit = reading.unit or unit2 or (suffix1[1] if suffix1 else None) or unit1
            if rule.needs_scale_or_unit and second.scale == 1 and unit is None:
                continue
            low = first.value * (second.scale if first.scale == 1 else 1)
            if not low < second.value:
                continue
            factor = unit.multiplier if unit else 1.0
            rules = [*first.rules, *second.rules, rule.id, *([unit.id] if unit else [])]
            # 'cerca de 45 a 47%': a qualifier whose last word opened the range stays in its text
            leading = self.leading.ending_at(words, start)
            if leading is not None and leading[0] < opening:
                opening = leading[0]
                rules.append(leading[1].id)
            return Found(
                opening,
                reading.end,
                "range",
                low * factor,
                low * factor,
                second.value * factor,
                unit.unit if unit else None,
                view.span_text(first.start, first.end),
                rules,
            )
        return None

    def _proportion(
        self, view: TokenView, part: NumberMatch, start: int, mid: int, rule: RangeRule
    ) -> Found | None:
        """'oito em cada dez', 'um de cada três': the share of a whole (0.8, 0.333)."""
        words = view.words
        if mid + 2 >= len(words) or words[mid + 1] not in rule.per:
            return None
        whole = self.reader.read(words, mid + 2)
        if whole is None or not 0 < part.value < whole.value:
            return None
        rules = [*part.rules, *whole.rules, rule.id]
        number_text = view.span_text(part.start, part.end)
        share = part.value / whole.value
        return Found(start, whole.end, "=", share, number_text=number_text, rules=rules)

    def _year_and_count(
        self, view: TokenView, rule: RangeRule, first: NumberMatch, second: NumberMatch
    ) -> bool:
        """A year and a count across the range's joining word: no range."""
        year = self.range_years.get(rule.id)
        if year is None or not year.match(view.span_text(first.start, first.end)):
            return False
        return not year.match(view.span_text(second.start, second.end))

    @staticmethod
    def _opening(words: Words, start: int, rule: RangeRule) -> int | None:
        """Where a range opens: its opening word before ``start``, or ``start`` if it needs none."""
        if start > 0 and words[start - 1] in rule.opening:
            return start - 1
        if start > 1 and words[start - 1] in rule.articles and words[start - 2] in rule.opening:
            return start - 2
        return start if "" in rule.opening else None

    def _pair_bounds(self, view: TokenView, first: Found) -> Found:
        """A lower and an upper bound side by side (maior que 10 e menor que 20) make one range."""
        words = view.words
        if first.relation not in LOWER_BOUNDS | UPPER_BOUNDS or first.end + 2 >= len(words):
            return first
        rule = next((r for r in self.bound_pairs if words[first.end] in r.joining), None)
        if rule is None:
            return first
        second = self._next_bound(view, first.end + 1)
        relations = {first.relation, second.relation} if second else set()
        if second is None or not (relations & LOWER_BOUNDS and relations & UPPER_BOUNDS):
            return first
        lower, upper = (first, second) if first.relation in LOWER_BOUNDS else (second, first)
        if lower.value is None or upper.value is None or not lower.value < upper.value:
            return first
        rules = [*first.rules, *second.rules, rule.id]
        return Found(
            first.start,
            second.end,
            "range",
            lower.value,
            lower.value,
            upper.value,
            first.unit or second.unit,
            first.number_text,
            rules,
        )

    def _next_bound(self, view: TokenView, start: int) -> Found | None:
        words = view.words
        for i in range(start, min(start + 6, len(words))):
            number = self.reader.read(words, i)
            if number is not None:
                hit = self._single_at(view, number)
                return hit if hit.start == start else None
        return None

    # -- output -------------------------------------------------------------------------------

    def _apply_filters(self, view: TokenView, found: Found) -> None:
        text, lower = view.text, view.lower
        left, right = view.char_start(found.start), view.char_end(found.end)
        before = slice(max(0, left - CONTEXT_CHARS), left)
        after = slice(right, right + CONTEXT_CHARS)
        found.vetoed_by = self.filters.first_veto(
            number=found.number_text,
            quantity=text[left:right],
            before=text[before],
            after=text[after],
            lowered=None if lower is None else (lower[before], lower[after]),
        )

    @staticmethod
    def _quantity(view: TokenView, found: Found) -> Quantity:
        text = view.text
        left, right = view.char_start(found.start), view.char_end(found.end)
        if found.unit is not None and text[right - 1] == "." and right - left > 1:
            right -= 1  # 'm.' closing a sentence is one token: the full stop is not the unit's
        value, low, high = bounds(found.relation, found.value, found.low, found.high)
        # Built without validation: every field was computed here from validated rules.
        return Quantity.assemble(
            text=text[left:right],
            span=[left, right],
            value=_tidy(value),
            relation=found.relation,
            low=_tidy(low),
            high=_tidy(high),
            unit=found.unit,
        )


# Kind bits of the trigger tables.
_WORD, _ONE, _COUNTED, _PER = 1, 2, 4, 8
_ZERO, _NINE = ord("0"), ord("9")
_DASH, _MINUS = ord("-"), ord("−")
_LOW_BITS = (1 << 16) - 1


@dataclass(frozen=True)
class _KindTable:
    """Kind bits by hash. A 65,536-entry array indexed by the hash's low 16 bits answers for a
    whole Doc in one vectorised step (a binary search per token costs ten times more); the few
    tokens it marks (some thirty a Doc) are then checked against the exact hashes."""

    exact: dict[int, int]
    by_low_bits: np.ndarray

    @classmethod
    def build(cls, kinds: dict[int, int]) -> _KindTable:
        by_low_bits = np.zeros(_LOW_BITS + 1, dtype=np.uint8)
        for key, kind in kinds.items():
            by_low_bits[key & _LOW_BITS] |= kind
        return cls(dict(kinds), by_low_bits)

    def kinds(self, hashes: np.ndarray) -> np.ndarray:
        found = self.by_low_bits[hashes & _LOW_BITS]
        for i in np.flatnonzero(found).tolist():
            found[i] = self.exact.get(int(hashes[i]), 0)
        return found


def _finite(found: Found) -> bool:
    """A figure times its unit's multiplier can pass the largest float: refused, never inf."""
    return all(v is None or math.isfinite(v) for v in (found.value, found.low, found.high))


def _tidy(value: float | None) -> int | float | None:
    return None if value is None else tidy(value)
