"""Find quantity mentions in a tokenized text: number, qualifier, range, unit, filters.

Candidates come from one vectorised pass over spaCy's token arrays (digits and number words),
so the Python cost is per number, not per token. Everything the finder knows about Portuguese is in
the rule files; this module only composes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import LOWER, PREFIX
from spacy.language import Language
from spacy.tokens import Doc

from claimx.drafts import text_of
from claimx.numbers import NumberMatch, NumberReader, tidy
from claimx.rulebook import FilterRule, QualifierRule, RangeRule, Rulebook, UnitRule, VagueRule
from claimx.schema import Quantity

CONTEXT_CHARS = 60
Phrase = tuple[str, ...]


def _index(entries: list[Any], key: Callable[[Any], str]) -> dict[str, list[Any]]:
    """Group entries (kept in their order: longest phrase first) by a key word."""
    index: dict[str, list[Any]] = {}
    for entry in entries:
        index.setdefault(key(entry), []).append(entry)
    return index


class Words(Sequence[str]):
    """Lower-cased token texts of a Doc, read lazily: most tokens are never looked at."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._cache: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.doc)

    def __getitem__(self, k: int) -> str:  # type: ignore[override]
        word = self._cache.get(k)
        if word is None:
            word = self._cache[k] = self.doc[k].lower_
        return word


@dataclass
class Found:
    """A quantity mention in token and character coordinates."""

    start: int
    end: int
    quantity: Quantity
    number_text: str
    rules: list[str] = field(default_factory=list)
    vetoed_by: str | None = None


@dataclass(frozen=True)
class _Filter:
    id: str
    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    def vetoes(self, texts: dict[str, str]) -> bool:
        return all(rx.search(texts[part]) for part, rx in self.patterns)


def _bounds(relation: str, value: float | None, low: float | None, high: float | None) -> dict:
    if relation == "=":
        low = high = value
    elif relation in (">", ">="):
        low, high = value, None
    elif relation in ("<", "<="):
        low, high = None, value
    elif relation == "~":
        low = high = None
    elif relation == "vague":
        value, high = None, None
    tidy_ = lambda x: None if x is None else tidy(x)  # noqa: E731
    return {"value": tidy_(value), "low": tidy_(low), "high": tidy_(high)}


class QuantityFinder:
    def __init__(self, nlp: Language, rulebook: Rulebook) -> None:
        self.reader = NumberReader(rulebook)
        tokens = lambda text: tuple(t.lower_ for t in nlp.make_doc(text))  # noqa: E731
        self.qualifiers = sorted(
            (
                (tokens(p), r.relation, r.id)
                for r in rulebook.rules(QualifierRule)
                for p in r.phrases
            ),
            key=lambda q: -len(q[0]),
        )
        self.ranges: list[RangeRule] = rulebook.rules(RangeRule)
        self.vague = {w: (v, r) for r in rulebook.rules(VagueRule) for w, v in r.words.items()}
        self.vague_connectors = {c for r in rulebook.rules(VagueRule) for c in r.connectors}
        units: list[UnitRule] = rulebook.rules(UnitRule)
        self.prefixes = sorted(
            ((tokens(p), u) for u in units for p in u.prefix), key=lambda x: -len(x[0])
        )
        self.suffixes = sorted(
            ((tokens(s), u) for u in units for s in u.suffix), key=lambda x: -len(x[0])
        )
        self.lengths = [(p, u) for p, u in self.suffixes if u.length_minutes]
        # Phrases indexed by the word they end with (read leftwards) or start with (rightwards).
        self.qualifiers_by_last = _index(self.qualifiers, lambda q: q[0][-1])
        self.prefixes_by_last = _index(self.prefixes, lambda p: p[0][-1])
        self.prefixes_by_first = _index(self.prefixes, lambda p: p[0][0])
        self.suffixes_by_first = _index(self.suffixes, lambda s: s[0][0])
        self.unit_context = {
            u.id: (
                re.compile(u.context_before) if u.context_before else None,
                re.compile(u.context_after) if u.context_after else None,
            )
            for u in units
        }
        self.filters = [
            _Filter(
                f.id,
                tuple(
                    (part, re.compile(rx))
                    for part in ("number", "quantity", "after", "before")  # short texts first
                    if (rx := getattr(f, part)) is not None
                ),
            )
            for f in rulebook.rules(FilterRule)
        ]
        self._trigger_hashes(nlp)

    def _trigger_hashes(self, nlp: Language) -> None:
        """Hashes of the words that can start a quantity, for a vectorised first pass."""
        strings = nlp.vocab.strings
        ones = {w for w, (v, _) in self.reader.words.items() if v == 1}
        words = (self.reader.vocabulary | set(self.vague)) - ones
        self.word_hashes = np.array(sorted(strings.add(w) for w in words), dtype="uint64")
        self.one_hashes = np.array(sorted(strings.add(w) for w in ones), dtype="uint64")
        self.scale_hashes = np.array(
            sorted(strings.add(w) for w in self.reader.scales), dtype="uint64"
        )
        self.digit_hashes = np.array(sorted(strings.add(str(d)) for d in range(10)), dtype="uint64")

    def candidates(self, doc: Doc) -> np.ndarray:
        """Tokens that may start a number: digits, number words, and 'um'/'uma' before a scale.

        One pass over spaCy's token arrays, so the cost per token stays in compiled code.
        """
        if not len(doc):
            return np.zeros(0, dtype="int64")
        # Not spaCy's LIKE_NUM: it is true for every article 'um' and for ordinals.
        arr = doc.to_array([LOWER, PREFIX]).astype("uint64")
        lower = arr[:, 0]
        mask = np.isin(lower, self.word_hashes) | np.isin(arr[:, 1], self.digit_hashes)
        before_scale = np.zeros(len(doc), dtype=bool)
        before_scale[:-1] = np.isin(lower[1:], self.scale_hashes)
        mask |= np.isin(lower, self.one_hashes) & before_scale
        return np.flatnonzero(mask)

    # -- public -----------------------------------------------------------------------------

    def find(self, doc: Doc, begin: int = 0, explain: bool = False) -> list[Found]:
        """Quantities in ``doc`` from character ``begin``; with ``explain``, vetoed ones too."""
        words, found, done = Words(doc), [], 0
        for i in self.candidates(doc).tolist():
            if i < done or (begin and doc[i].idx < begin):
                continue
            hit = self._read_at(doc, words, i)
            if hit is not None and (hit.vetoed_by is None or explain):
                found.append(hit)
            done = hit.end if hit is not None else i + 1
        return found

    # -- reading one candidate ----------------------------------------------------------------

    def _read_at(self, doc: Doc, words: Words, i: int) -> Found | None:
        number = self.reader.read(words, i)
        if number is None:
            return self._vague_at(doc, words, i)
        found = self._range_at(doc, words, number) or self._single_at(doc, words, number)
        self._apply_filters(doc, found)
        return found

    def _vague_at(self, doc: Doc, words: Words, i: int) -> Found | None:
        entry = self.vague.get(words[i])
        if entry is None or i + 1 >= len(words) or words[i + 1] not in self.vague_connectors:
            return None
        scale, rule = entry
        quantity = self._quantity(doc, i, i + 1, "vague", None, scale, None, None)
        found = Found(i, i + 1, quantity, doc[i].text, [rule.id])
        self._apply_filters(doc, found)
        return found

    def _single_at(self, doc: Doc, words: Words, number: NumberMatch) -> Found:
        start, end, rules = number.start, number.end, list(number.rules)
        unit, start = self._prefix(words, start)
        suffix, end, value, unit_rule = self._suffix(doc, words, number, end, unit)
        unit = suffix or unit
        relation, start, qualifier = self._qualifier(words, start)
        rules += [r for r in (unit_rule, qualifier) if r]
        multiplier = unit.multiplier if unit else 1.0
        value *= multiplier
        unit_code = self._unit_code(unit, unit_rule)
        quantity = self._quantity(doc, start, end, relation, value, value, value, unit_code)
        return Found(start, end, quantity, doc[number.start : number.end].text, rules)

    def _range_at(self, doc: Doc, words: Words, first: NumberMatch) -> Found | None:
        unit1, start = self._prefix(words, first.start)
        mid = first.end
        suffix1 = self._suffix_match(words, mid, allow_de=False)
        if suffix1:
            mid += len(suffix1[0])
        if mid + 1 >= len(words):
            return None
        for rule in self.ranges:
            if words[mid] not in rule.joining or not self._opens(words, start, rule):
                continue
            unit2, second_start = self._prefix(words, mid + 1, forward=True)
            second = self.reader.read(words, second_start)
            if second is None:
                continue
            unit_word, end, _, unit_rule = self._suffix(doc, words, second, second.end, None)
            unit = unit_word or unit2 or (suffix1[1] if suffix1 else None) or unit1
            if rule.needs_scale_or_unit and second.scale == 1 and unit is None:
                continue
            low = first.value * (second.scale if first.scale == 1 else 1)
            if not low < second.value:
                continue
            begin = start - 1 if start > 0 and words[start - 1] in rule.opening else start
            multiplier = unit.multiplier if unit else 1.0
            rules = sorted({*first.rules, *second.rules, rule.id, *([unit.id] if unit else [])})
            quantity = self._quantity(
                doc,
                begin,
                end,
                "range",
                low * multiplier,
                low * multiplier,
                second.value * multiplier,
                self._unit_code(unit, unit_rule),
            )
            return Found(begin, end, quantity, doc[first.start : first.end].text, rules)
        return None

    def _opens(self, words: Words, start: int, rule: RangeRule) -> bool:
        return any(o == "" or (start > 0 and words[start - 1] == o) for o in rule.opening)

    # -- pieces ------------------------------------------------------------------------------

    def _prefix(
        self, words: Words, start: int, forward: bool = False
    ) -> tuple[UnitRule | None, int]:
        """A unit written before the number (R$ 5): looks left of ``start``, or at it if forward."""
        key = start if forward else start - 1
        if not 0 <= key < len(words):
            return None, start
        index = self.prefixes_by_first if forward else self.prefixes_by_last
        for phrase, unit in index.get(words[key], ()):
            at = start if forward else start - len(phrase)
            if at >= 0 and self._matches(words, at, phrase):
                return unit, (start + len(phrase) if forward else at)
        return None, start

    def _suffix_match(
        self, words: Words, at: int, allow_de: bool
    ) -> tuple[Phrase, UnitRule] | None:
        for skip in (0, 1) if allow_de else (0,):
            if skip and (at >= len(words) or words[at] != "de"):
                continue
            if at + skip >= len(words):
                continue
            for phrase, unit in self.suffixes_by_first.get(words[at + skip], ()):
                if self._matches(words, at + skip, phrase):
                    return ("de",) * skip + phrase, unit
        return None

    def _suffix(
        self, doc: Doc, words: Words, number: NumberMatch, end: int, prefix: UnitRule | None
    ) -> tuple[UnitRule | None, int, float, str | None]:
        """A unit after the number, its context checked; lengths in two units are combined."""
        value = number.value
        if prefix is not None:
            return None, end, value, prefix.id
        match = self._suffix_match(words, end, allow_de=number.scale > 1)
        if match is None or not self._context_ok(doc, number.start, end + len(match[0]), match[1]):
            return None, end, value, None
        phrase, unit = match
        end += len(phrase)
        if unit.length_minutes:
            return self._compound_length(words, unit, value, end)
        return unit, end, value, unit.id

    def _compound_length(
        self, words: Words, unit: UnitRule, value: float, end: int
    ) -> tuple[UnitRule, int, float, str]:
        """9 anos e seis meses → 114 months: the sum, in the smaller unit."""
        if end + 2 < len(words) and words[end] == "e":
            second = self.reader.read(words, end + 1)
            tail = second and next(
                ((p, u) for p, u in self.lengths if self._matches(words, second.end, p)), None
            )
            if second and tail:
                small = min(unit, tail[1], key=lambda u: u.length_minutes or 0)
                assert unit.length_minutes and tail[1].length_minutes and small.length_minutes
                total = value * unit.length_minutes + second.value * tail[1].length_minutes
                return small, second.end + len(tail[0]), total / small.length_minutes, unit.id
        return unit, end, value, unit.id

    def _context_ok(self, doc: Doc, start: int, end: int, unit: UnitRule) -> bool:
        before, after = self.unit_context[unit.id]
        if before is None and after is None:
            return True
        left = doc[start].idx
        right = doc[end - 1].idx + len(doc[end - 1]) if end > 0 else 0
        text = text_of(doc)
        return bool(
            (before is None or before.search(text[max(0, left - CONTEXT_CHARS) : left]))
            and (after is None or after.search(text[right : right + CONTEXT_CHARS]))
        )

    def _qualifier(self, words: Words, start: int) -> tuple[str, int, str | None]:
        if start == 0:
            return "=", start, None
        for phrase, relation, rule in self.qualifiers_by_last.get(words[start - 1], ()):
            at = start - len(phrase)
            if at >= 0 and self._matches(words, at, phrase):
                return relation, at, rule
        return "=", start, None

    @staticmethod
    def _matches(words: Words, at: int, phrase: Phrase) -> bool:
        if at + len(phrase) > len(words):
            return False
        return all(words[at + k] == w for k, w in enumerate(phrase))

    @staticmethod
    def _unit_code(unit: UnitRule | None, unit_rule: str | None) -> str | None:
        return unit.unit if unit is not None else None

    def _quantity(
        self,
        doc: Doc,
        start: int,
        end: int,
        relation: str,
        value: float | None,
        low: float | None,
        high: float | None,
        unit: str | None,
    ) -> Quantity:
        span = doc[start:end]
        return Quantity(
            text=span.text,
            span=[span.start_char, span.end_char],
            relation=relation,  # type: ignore[arg-type]
            unit=unit,
            **_bounds(relation, value, low, high),
        )

    def _apply_filters(self, doc: Doc, found: Found) -> None:
        assert found.quantity.span is not None
        left, right = found.quantity.span
        texts = {
            "before": text_of(doc)[max(0, left - CONTEXT_CHARS) : left],
            "number": found.number_text,
            "quantity": found.quantity.text,
            "after": text_of(doc)[right : right + CONTEXT_CHARS],
        }
        found.vetoed_by = next((f.id for f in self.filters if f.vetoes(texts)), None)
