"""Read cardinal numbers written in digits or Portuguese words.

The reader walks lower-cased words (spaCy tokens, or a plain split for :func:`parse_number`) and
returns the longest number that starts at a given word. Word lexicons come from
``rules/pt/numbers.yaml``; only the digit grammar lives here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimx.rulebook import NumberRule, Rulebook

# Portuguese style first: '.' groups thousands, ',' marks decimals. The English style is
# accepted only where it cannot be read the Portuguese way (two ',' groups, or ',000').
_PT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PT_PLAIN = re.compile(r"\d+(?:,\d+)?")
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3},000(?:\.\d+)?")
_EN_DECIMAL = re.compile(r"\d+\.\d{1,2}")
_GLUED_SCALE = re.compile(r"(\d[\d.,]*?)([a-zà-ú]+)")

DIGITS_RULE = "number.digits"


def parse_digits(word: str) -> float | None:
    """``13.000`` → 13000, ``1.200.000,42`` → 1200000.42, ``1,5`` → 1.5, ``13,000`` → 13000."""
    sign = -1 if word[:1] in "-−" else 1
    word = word.lstrip("+-−")
    if _EN_GROUPED.fullmatch(word):
        return sign * float(word.replace(",", ""))
    if _PT_GROUPED.fullmatch(word) or _PT_PLAIN.fullmatch(word):
        return sign * float(word.replace(".", "").replace(",", "."))
    if _EN_DECIMAL.fullmatch(word):
        return sign * float(word)
    return None


def tidy(value: float) -> int | float:
    """Integral floats become ints so that JSON says 14000, not 14000.0."""
    rounded = round(value, 9)
    return int(rounded) if rounded == int(rounded) else rounded


@dataclass
class NumberMatch:
    value: float
    start: int
    end: int
    """Index after the last word of the number."""
    scale: float = 1.0
    """The last scale word's factor (1 if none): carried to the first number of a range."""
    rules: list[str] = field(default_factory=list)


@dataclass
class _Reading:
    """State while reading one number: ``total`` holds finished scale groups, ``group`` the rest."""

    total: float = 0.0
    group: float | None = None
    limit: float = 0.0
    """A word joined by 'e' must be smaller than this (vinte e três: 3 < 10)."""
    last_scale: float = 0.0
    group_scale: float = 0.0
    after_scale: bool = False
    digits: bool = False

    @property
    def value(self) -> float:
        return self.total + (self.group or 0.0)


def _place(value: float) -> float:
    """What may still be added to a word by 'e': tens take units, hundreds take tens."""
    if 20 <= value < 100 and value % 10 == 0:
        return 10
    if 100 <= value < 1000 and value % 100 == 0:
        return 100
    return 0


class NumberReader:
    """Reads numbers from word sequences with the lexicons of a :class:`Rulebook`."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.words: dict[str, tuple[float, str]] = {}
        self.scales: dict[str, tuple[float, str]] = {}
        self.fractions: dict[str, tuple[float, str]] = {}
        for rule in rulebook.rules(NumberRule):
            self.words.update({w: (v, rule.id) for w, v in rule.words.items()})
            self.scales.update({w: (v, rule.id) for w, v in rule.scales.items()})
            self.fractions.update({w: (v, rule.id) for w, v in rule.fractions.items()})

    @property
    def vocabulary(self) -> set[str]:
        """Every word that can start a number (used to find candidates quickly)."""
        return set(self.words) | {"mil"} | set(self.fractions)

    def digits(self, word: str) -> tuple[float, float] | None:
        """A digit word, possibly with a scale glued on (``14mil``): (value, scale)."""
        value = parse_digits(word)
        if value is not None:
            return value, 1.0
        glued = _GLUED_SCALE.fullmatch(word)
        if glued and glued.group(2) in self.scales:
            base = parse_digits(glued.group(1))
            if base is not None:
                scale = self.scales[glued.group(2)][0]
                return base * scale, scale
        return None

    def read(self, words: Sequence[str], start: int) -> NumberMatch | None:
        """The longest number starting at ``words[start]``, or None."""
        state, rules = _Reading(), []
        first = self.digits(words[start]) if start < len(words) else None
        i = start
        if first is not None:
            state.group, state.digits = first[0], True
            state.last_scale = state.group_scale = first[1] if first[1] > 1 else 0.0
            rules.append(DIGITS_RULE)
            i += 1
        while i < len(words):
            step = self._step(words, i, state, rules)
            if not step:
                break
            i += step
        if i == start or (state.group is None and state.total == 0 and not rules):
            return None
        scale = state.last_scale or 1.0
        return NumberMatch(state.value, start, i, scale, sorted(set(rules)))

    def _step(self, words: Sequence[str], i: int, state: _Reading, rules: list[str]) -> int:
        """Consume one word (or 'e' + word) into ``state``; return how many words were used."""
        word = words[i]
        started = state.group is not None or state.total > 0
        if word == "e" and started and i + 1 < len(words):
            return 2 if self._join(words[i + 1], state, rules) else 0
        if word in self.scales:
            return 1 if self._scale(word, state, rules) else 0
        if word in self.words:
            # Adjacent words join only after a scale (dois mil trezentos), never after digits.
            value = self.words[word][0]
            if started and not (state.after_scale and value < state.limit):
                return 0
            return 1 if self._add(word, state, rules) else 0
        if word in self.fractions and not started and self._next_is_scale(words, i + 1):
            state.group, rule = self.fractions[word]
            rules.append(rule)
            return 1
        return 0

    def _add(self, word: str, state: _Reading, rules: list[str]) -> bool:
        value, rule = self.words[word]
        state.group = (state.group or 0.0) + value
        state.limit, state.after_scale, state.digits = _place(value), False, False
        rules.append(rule)
        return True

    def _join(self, word: str, state: _Reading, rules: list[str]) -> bool:
        if word in self.fractions and state.after_scale and state.group is None:
            value, rule = self.fractions[word]  # um milhão e meio: half of the last scale
            state.total += value * state.last_scale
            state.after_scale = False
            rules.append(rule)
            return True
        if word not in self.words or state.digits or not self.words[word][0] < state.limit:
            return False
        return self._add(word, state, rules)

    def _scale(self, word: str, state: _Reading, rules: list[str]) -> bool:
        factor, rule = self.scales[word]
        if state.group_scale and factor <= state.group_scale:
            return False
        if state.group is None:
            if state.total or word != "mil":
                return False
            state.group = 1.0  # 'mil' alone is a thousand
        state.group *= factor
        state.group_scale = factor
        if factor >= 1_000_000:  # a finished group: what follows is added (dois milhões e cem)
            state.total += state.group
            state.group, state.group_scale = None, 0.0
        state.last_scale, state.limit = factor, factor
        state.after_scale, state.digits = True, False
        rules.append(rule)
        return True

    def _next_is_scale(self, words: Sequence[str], i: int) -> bool:
        return i < len(words) and words[i] in self.scales
