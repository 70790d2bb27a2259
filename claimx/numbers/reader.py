"""Read cardinal numbers written in digits or Portuguese words.

The reader walks words (spaCy tokens, or a plain split for :func:`parse_number`) and returns the
longest number that starts at a given word. Word lexicons come from ``rules/pt/numbers.yaml``;
the digit grammar and a few closed-class grammar words (``e``, ``vírgula``, ``sobre``) live here.

Words are compared lower-cased, except scale abbreviations written with a capital in the rule
file (``M``, ``G``): those match only as written, so that ``1,2M`` is a million but ``5 m`` is
never one (callers that lower-case their words simply never see them).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimx.numbers.digits import GLUED_SCALE, GROUP, GROUP_HEAD, parse_digits
from claimx.rulebook.loader import Rulebook
from claimx.rulebook.models import NumberRule

DIGITS_RULE = "number.digits"
MAX_NUMBER_WORDS = 32
"""Words one reading looks at. The longest number in words (novecentos e noventa e nove
milhões … vírgula …) is some twenty; without a bound, each number of a long list of figures
looked at the whole rest of the list (quadratic time)."""
MAX_THOUSANDS_GROUPS = 4
"""Space-grouped thousands after the first group (1 234 567 890 123): more is a list of
figures, not one figure."""


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
    rules: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    after_digits: bool = False
    """The word before the reading is a short group of digits (a list of figures goes on)."""
    """The index among all words of each word of the view: where two are not consecutive,
    whitespace other than one plain space (a newline, two spaces) lies between them."""

    @property
    def value(self) -> float:
        return self.total + (self.group or 0.0)

    @property
    def started(self) -> bool:
        return self.group is not None or self.total > 0


def _place(value: float) -> float:
    """What may still be added to a word by 'e': tens take units, hundreds take tens."""
    if 20 <= value < 100 and value % 10 == 0:
        return 10
    if 100 <= value < 1000 and value % 100 == 0:
        return 100
    return 0


def _decimals(value: float) -> str:
    """The digits a number contributes after 'vírgula': zero → '0', vinte e oito → '28'."""
    return str(int(value)) if value == int(value) else ""


class NumberReader:
    """Reads numbers from word sequences with the lexicons of a :class:`Rulebook`."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.words: dict[str, tuple[float, str]] = {}
        self.scales: dict[str, tuple[float, str]] = {}
        self.fractions: dict[str, tuple[float, str]] = {}
        rules: list[NumberRule] = rulebook.rules(NumberRule)
        for rule in rules:
            self.words.update({w: (v, rule.id) for w, v in rule.words.items()})
            self.scales.update({w: (v, rule.id) for w, v in rule.scales.items()})
            self.fractions.update({w: (v, rule.id) for w, v in rule.fractions.items()})
        # Grammar words (number.grammar): decimals and signs are read only forwards, from the
        # start of a reading; a fraction (um quinto) quantifies only what follows a partitive.
        self.decimal_words = frozenset(w for r in rules for w in r.decimal_words)
        self.sign_words = frozenset(w for r in rules for w in r.sign_words)
        self.over_words = frozenset(w for r in rules for w in r.over_words)
        self.part_words = frozenset(w for r in rules for w in r.part_words)
        self.partitive = frozenset(w for r in rules for w in r.partitive)
        self.shared_unit_links = frozenset(w for r in rules for w in r.shared_unit_links)
        self.cased = frozenset(w for w in self.scales if w != w.lower())
        self.known = frozenset(
            {
                *self.words,
                *self.scales,
                *self.fractions,
                *self.decimal_words,
                *self.sign_words,
                *self.over_words,
                *self.part_words,
                "e",
                ",",
            }
        )

    @property
    def vocabulary(self) -> set[str]:
        """Every word that can start a number (used to find candidates quickly)."""
        return set(self.words) | {"mil"} | set(self.fractions)

    def digits(self, word: str) -> tuple[float, float] | None:
        """A digit word, possibly with a scale glued on (``14mil``): (value, scale)."""
        value = parse_digits(word)
        if value is not None:
            return value, 1.0
        glued = GLUED_SCALE.fullmatch(word)
        if glued and glued.group(2) in self.scales:
            base = parse_digits(glued.group(1))
            if base is not None:
                scale = self.scales[glued.group(2)][0]
                return base * scale, scale
        return None

    def read(self, words: Sequence[str], start: int) -> NumberMatch | None:
        """The longest number starting at ``words[start]``, or None."""
        if start >= len(words) or words[start].isspace():
            return None
        alone = self._alone(words, start)
        if alone is not None:
            return alone
        ws, pos = self._view(words, start)
        sign, k0 = (-1, 1) if ws[0] in self.sign_words and self._opens(ws, 1) else (1, 0)
        after_digits = start > 0 and GROUP_HEAD.fullmatch(words[start - 1]) is not None
        state = _Reading(positions=pos, after_digits=after_digits)
        k = self._tail(ws, self._integer(ws, k0, state), state)
        if k == k0 or not state.rules or not math.isfinite(state.value):
            return None  # too large for a float: refused rather than read as infinity
        scale, rules = state.last_scale or 1.0, sorted(set(state.rules))
        return NumberMatch(sign * state.value, start, pos[k - 1] + 1, scale, rules)

    def _alone(self, words: Sequence[str], start: int) -> NumberMatch | None:
        """The common case, read directly: digits followed by a word no number goes on with."""
        word = words[start]
        if not word[:1].isdigit():
            return None
        if start + 1 < len(words):
            after = words[start + 1]
            after = after if after in self.cased else after.lower()
            # a comma right after digits ends them ('Em 2017, o'): a full reading stops there too
            if after != "," and (
                after in self.known or after[:1].isdigit() or after[:1] in "-−+," or after.isspace()
            ):
                return None
        value = parse_digits(word)
        return (
            NumberMatch(value, start, start + 1, 1.0, [DIGITS_RULE]) if value is not None else None
        )

    # -- the words of one reading ------------------------------------------------------------

    def _view(self, words: Sequence[str], start: int) -> tuple[list[str], list[int]]:
        """The words that may belong to a number from ``start`` (whitespace tokens skipped),
        normalised, with their indices; the first word that cannot follows as a sentinel."""
        ws: list[str] = []
        pos: list[int] = []
        i = start
        while i < len(words) and len(ws) < MAX_NUMBER_WORDS:
            word = words[i]
            if not word.isspace():
                word = word if word in self.cased else word.lower()
                ws.append(word)
                pos.append(i)
                if not (word in self.known or word[:1].isdigit() or word[:1] in "-−+,"):
                    break
            i += 1
        return ws, pos

    def _opens(self, ws: list[str], k: int) -> bool:
        """Whether a number can start at ``ws[k]`` (after a sign)."""
        if k >= len(ws):
            return False
        word = ws[k]
        return (
            word[:1].isdigit()
            or word[:1] == ","
            or word in self.words
            or word in self.decimal_words
        )

    def _ends_phrase(self, ws: list[str], k: int) -> bool:
        """After a fraction: nothing, punctuation, or 'de' (um terço dos votos)."""
        return k >= len(ws) or ws[k] in self.partitive or not ws[k][:1].isalnum()

    # -- integers ----------------------------------------------------------------------------

    def _integer(self, ws: list[str], k: int, state: _Reading) -> int:
        """Digits and number words from ``ws[k]``; returns the index after them."""
        first = self.digits(ws[k]) if k < len(ws) else None
        if first is not None:
            state.group, state.digits = first[0], True
            state.last_scale = state.group_scale = first[1] if first[1] > 1 else 0.0
            state.rules.append(DIGITS_RULE)
            k = self._digit_groups(ws, k + 1, state)
        while k < len(ws):
            step = self._step(ws, k, state)
            if not step:
                break
            k += step
        return k

    def _digit_groups(self, ws: list[str], k: int, state: _Reading) -> int:
        """Thousands grouped by spaces (1 234 567, 40 000) and a mixed fraction (2 1/4)."""
        if state.group_scale or state.after_digits or not GROUP_HEAD.fullmatch(ws[k - 1]):
            return k
        text, first = ws[k - 1], k
        while (
            k < len(ws)
            and "," not in text
            and k - first < MAX_THOUSANDS_GROUPS
            and self._same_line_space(state, k)
            and GROUP.fullmatch(ws[k])
        ):
            text += ws[k]
            k += 1
        if k < len(ws) and k - first == MAX_THOUSANDS_GROUPS and GROUP.fullmatch(ws[k]):
            return first  # yet another group: a list of figures, each read on its own
        state.group = float(text.replace(",", "."))
        if k < len(ws) and "/" in ws[k] and "," not in text:
            part = parse_digits(ws[k])
            if part is not None and 0 < part < 1:
                state.group += part
                k += 1
        return k

    @staticmethod
    def _same_line_space(state: _Reading, k: int) -> bool:
        """Whether only one plain space separates word ``k`` from the word before it (a
        thousands group never follows a newline: a column of figures is not one figure)."""
        pos = state.positions
        return k < len(pos) and pos[k] == pos[k - 1] + 1

    def _step(self, ws: list[str], i: int, state: _Reading) -> int:
        """Consume one word (or 'e' + word) into ``state``; return how many words were used."""
        word = ws[i]
        if word == "e" and state.started and i + 1 < len(ws):
            if self._digit_group(ws, i + 1, state):
                return 2
            return 2 if self._join(ws[i + 1], state) else 0
        if word in self.scales:
            return 1 if self._scale(word, state) else 0
        if word in self.words:
            return self._word(ws, i, state)
        if word in self.fractions and not state.started and self._next_is_scale(ws, i + 1):
            state.group, rule = self.fractions[word]
            state.rules.append(rule)
            return 1
        return 0

    def _word(self, ws: list[str], i: int, state: _Reading) -> int:
        value = self.words[ws[i]][0]
        if 0 < value < 1:  # a part (metade): alone, and only before what it quantifies
            if state.started or not self._ends_phrase(ws, i + 1):
                return 0
            return 1 if self._add(ws[i], state) else 0
        # Adjacent words join only after a scale (dois mil trezentos), never after digits.
        if state.started and not (state.after_scale and value < state.limit):
            return 0
        return 1 if self._add(ws[i], state) else 0

    def _add(self, word: str, state: _Reading) -> bool:
        value, rule = self.words[word]
        state.group = (state.group or 0.0) + value
        state.limit, state.after_scale, state.digits = _place(value), False, False
        state.rules.append(rule)
        return True

    def _digit_group(self, ws: list[str], k: int, state: _Reading) -> bool:
        """Digits of a smaller group after a finished one ('1 bilhão e 200 milhões'): the scale
        that follows them (read next) must be below the last."""
        if state.group is not None or not state.after_scale or k + 1 >= len(ws):
            return False
        scale = self.scales.get(ws[k + 1])
        value = parse_digits(ws[k])
        if scale is None or value is None or not (0 < value < 1000 and scale[0] < state.limit):
            return False
        state.group, state.digits, state.after_scale = value, True, False
        state.rules.append(DIGITS_RULE)
        return True

    def _join(self, word: str, state: _Reading) -> bool:
        if word in self.fractions and state.after_scale and state.group is None:
            value, rule = self.fractions[word]  # um milhão e meio: half of the last scale
            state.total += value * state.last_scale
            state.after_scale = False
            state.rules.append(rule)
            return True
        if word not in self.words or state.digits or not 1 <= self.words[word][0] < state.limit:
            return False
        return self._add(word, state)

    def _scale(self, word: str, state: _Reading) -> bool:
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
        state.rules.append(rule)
        return True

    def _next_is_scale(self, ws: list[str], i: int) -> bool:
        return i < len(ws) and ws[i] in self.scales

    # -- what may follow an integer: decimals in words, fractions ----------------------------

    def _tail(self, ws: list[str], k: int, state: _Reading) -> int:
        if k >= len(ws):
            return k
        word = ws[k]
        if word in self.decimal_words or (word == "," and not state.started):
            return self._decimal_words(ws, k, state)
        if not state.started:
            return k
        if word in self.fractions and self.fractions[word][0] < 0.5:
            return self._denominator(ws, k, state)
        if word in self.over_words:
            return self._over(ws, k, state)
        return self._parts(ws, k, state)

    def _decimal_words(self, ws: list[str], k: int, state: _Reading) -> int:
        """sete vírgula cinco → 7.5; duzentos vírgula zero três → 200.03; ,77 → 0.77."""
        whole = state.value
        if whole != int(whole) or (state.after_scale and state.started):
            return k
        digits, j = "", k + 1
        while j < len(ws) and ws[j] not in self.decimal_words:
            if ws[j].isdigit():  # digits keep their zeros: ,08 → 0.08
                digits, j = digits + ws[j], j + 1
                state.rules.append(DIGITS_RULE)
                continue
            part = _Reading(positions=state.positions)
            end = self._integer(ws, j, part)
            if end == j or part.total or part.value != int(part.value):
                break
            digits, j = digits + _decimals(part.value), end
            state.rules += part.rules
        if not digits:
            return k
        state.total, state.group = 0.0, whole + float("0." + digits)
        state.group_scale = state.last_scale = 0.0
        if j < len(ws) and ws[j] in self.scales and self._scale(ws[j], state):
            j += 1  # dois vírgula cinco milhões
        return j

    def _denominator(self, ws: list[str], k: int, state: _Reading) -> int:
        """vinte e três quintos → 23/5, um terço (dos votos) → 1/3; not 'um quinto mandato'."""
        if not self._ends_phrase(ws, k + 1):
            return k
        factor, rule = self.fractions[ws[k]]
        self._rescale(state, factor, rule)
        return k + 1

    def _over(self, ws: list[str], k: int, state: _Reading) -> int:
        """dois sobre onze → 2/11."""
        below = _Reading(positions=state.positions)
        end = self._integer(ws, k + 1, below)
        if end == k + 1 or not below.value:
            return k
        self._rescale(state, 1 / below.value, *below.rules[:1])
        return end

    def _parts(self, ws: list[str], k: int, state: _Reading) -> int:
        """dois onze avos → 2/11."""
        below = _Reading(positions=state.positions)
        end = self._integer(ws, k, below)
        if end == k or end >= len(ws) or ws[end] not in self.part_words or not below.value:
            return k
        self._rescale(state, 1 / below.value, *below.rules[:1])
        return end + 1

    @staticmethod
    def _rescale(state: _Reading, factor: float, rule: str = DIGITS_RULE) -> None:
        state.total, state.group = 0.0, state.value * factor
        state.last_scale = state.group_scale = 0.0
        state.rules.append(rule)
