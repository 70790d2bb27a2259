"""Units around a number: a sign before it (R$ 5) or words after it (5 mil toneladas, 30%)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimx.numbers.reader import NumberMatch, NumberReader
from claimx.quantity.phrases import Phrase, PhraseIndex
from claimx.quantity.words import TokenView, Words
from claimx.rulebook.loader import Rulebook
from claimx.rulebook.models import UnitRule

CONTEXT_CHARS = 40


@dataclass
class UnitReading:
    unit: UnitRule | None
    end: int
    value: float
    rules: tuple[str, ...] = ()


class UnitReader:
    def __init__(self, rulebook: Rulebook, reader: NumberReader, tokenize: Callable[[str], Phrase]):
        units: list[UnitRule] = rulebook.rules(UnitRule)
        self.reader = reader
        self.prefixes = PhraseIndex(((p, u) for u in units for p in u.prefix), tokenize)
        self.suffixes = PhraseIndex(((s, u) for u in units for s in u.suffix), tokenize)
        self.lengths = PhraseIndex(
            ((s, u) for u in units if u.length_minutes for s in u.suffix), tokenize
        )
        self.context = {
            u.id: (_compile(u.context_before), _compile(u.context_after)) for u in units
        }
        self.either = {u.id for u in units if u.either_context}

    def prefix_before(self, words: Words, start: int) -> tuple[UnitRule | None, int]:
        """A sign just before the number (``R$`` 5): the unit and where the quantity now starts."""
        found = self.prefixes.ending_at(words, start)
        return (found[1], found[0]) if found else (None, start)

    def prefix_at(self, words: Words, start: int) -> tuple[UnitRule | None, int]:
        """A sign at ``start`` (the second number of a range): the unit and where it ends."""
        found = self.prefixes.starting_at(words, start)
        return (found[1], found[0]) if found else (None, start)

    def suffix(self, view: TokenView, number: NumberMatch, end: int) -> UnitReading:
        """A unit after the number ('de' after a scale: 30 milhões de euros), context checked."""
        words = view.words
        found = self._suffix_at(words, end, allow_de=number.scale > 1)
        if found is None or not self._context_ok(view, number.start, found[0], found[1]):
            return UnitReading(None, end, number.value)
        unit_end, unit = found
        if unit.length_minutes:
            return self._compound_length(words, unit, number.value, unit_end)
        return UnitReading(unit, unit_end, number.value, (unit.id,))

    def free_suffix(self, words: Words, at: int) -> tuple[int, UnitRule] | None:
        """A unit at ``at`` that needs no context (a currency, a measure; not 'anos')."""
        found = self.suffixes.starting_at(words, at)
        if found is None or self.context[found[1].id] != (None, None):
            return None
        return found

    def suffix_plain(self, words: Words, end: int) -> tuple[int, UnitRule] | None:
        return self._suffix_at(words, end, allow_de=False)

    def _suffix_at(self, words: Words, at: int, allow_de: bool) -> tuple[int, UnitRule] | None:
        found = self.suffixes.starting_at(words, at)
        if found is None and allow_de and at < len(words) and words[at] == "de":
            found = self.suffixes.starting_at(words, at + 1)
        return found

    def _compound_length(self, words: Words, unit: UnitRule, value: float, end: int) -> UnitReading:
        """9 anos e seis meses → 114 months: the sum, in the smaller unit; 9 anos e meio → 9.5
        years."""
        half = self.reader.fractions.get(words[end + 1]) if end + 1 < len(words) else None
        if half is not None and half[0] == 0.5 and words[end] == "e":
            return UnitReading(unit, end + 2, value + 0.5, (unit.id, half[1]))
        second = (
            self.reader.read(words, end + 1) if end + 2 < len(words) and words[end] == "e" else None
        )
        tail = self.lengths.starting_at(words, second.end) if second else None
        if second is None or tail is None:
            return UnitReading(unit, end, value, (unit.id,))
        other = tail[1]
        small = min(unit, other, key=lambda u: u.length_minutes or 0)
        minutes = value * (unit.length_minutes or 0) + second.value * (other.length_minutes or 0)
        value = minutes / (small.length_minutes or 1)
        return UnitReading(small, tail[0], value, (unit.id, other.id))

    def _context_ok(self, view: TokenView, start: int, end: int, unit: UnitRule) -> bool:
        before, after = self.context[unit.id]
        if before is None and after is None:
            return True
        text, left, right = view.text, view.char_start(start), view.char_end(end)
        given = [
            (rx, part)
            for rx, part in (
                (before, text[max(0, left - CONTEXT_CHARS) : left]),
                (after, text[right : right + CONTEXT_CHARS]),
            )
            if rx is not None
        ]
        found = (rx.search(part) is not None for rx, part in given)
        return any(found) if unit.id in self.either else all(found)


def is_money(unit: str | None) -> bool:
    """An ISO 4217 code (the units of money): three capitals."""
    return unit is not None and len(unit) == 3 and unit.isupper()


def _compile(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None
