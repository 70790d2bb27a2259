"""Find time expressions in a stretch of text (their values: :mod:`claimx.time.values`; the one
that governs a claim: :mod:`claimx.time.governing`).

Each form of ``rules/pt/time.yaml`` is a compiled regex run over a sentence (only sentences
that hold a claim are searched); overlapping matches keep the longest. A preposition right
before a match (``desde``, ``até``, ``em``) joins its text and gives its relation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimx.text.casefold import document_lowercase, folded
from claimx.text.leads import LeadScan, folded_scan
from claimx.text.regexes import word_tree
from claimx.time.grammar import Form, Grammar
from claimx.time.mention import TimeMention

PREPOSITION_WINDOW = 40


class TimeFinder:
    """Searches the lowercase of a text with case-sensitive regexes where that finds the same
    spans (:func:`~claimx.casefold.case_free`: much faster than IGNORECASE); the mentions
    keep the matches of the rule file's own regexes on the text itself."""

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        self.trigger = folded_scan(grammar.trigger)
        self.preposition = folded(grammar.preposition)
        self.heads = _HeadScan(h for form in grammar.forms for h in form.heads)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[TimeMention]:
        """Time expressions in ``text[start:end]``, in order, without overlaps."""
        end = len(text) if end is None else end
        lower = document_lowercase(text)
        if lower is not None and self.trigger is not None:
            if not self.trigger.found(lower, start, end):
                return []
        elif self.grammar.trigger is not None and not self.grammar.trigger.search(text, start, end):
            return []
        words = None
        if lower is not None:
            words = _Words(lower, self.heads.find(lower, start, end), start, end)
        forms = self.grammar.forms
        if words is not None:  # the forms whose first words are absent are not even called
            forms = tuple(f for f in forms if not (f.heads and f.heads.isdisjoint(words.heads)))
        found = [m for form in forms for m in self._matches(form, text, words, start, end)]
        found.sort(key=lambda m: (m.start - m.end, m.start))
        kept: list[TimeMention] = []
        for mention in found:
            if all(mention.end <= k.start or mention.start >= k.end for k in kept):
                kept.append(mention)
        stamp = self.grammar.page_stamp
        if stamp is not None:  # a page's publication stamp is no time of the text's figures
            kept = [m for m in kept if not stamp.match(text, m.end)]
        return sorted(kept, key=lambda m: m.start)

    def _spans(
        self, form: Form, text: str, words: _Words | None, start: int, end: int
    ) -> list[re.Match[str]]:
        """The matches of ``form`` in ``text[start:end]`` (found in the lowercase if it can)."""
        if words is None or form.folded is None or (form.requires and not form.folded_requires):
            if form.requires is not None and not form.requires.search(text, start, end):
                return []
            return list(form.regex.finditer(text, start, end))
        lower = words.lower
        if form.folded_requires is not None and not words.has(form.folded_requires):
            return []
        # the rule's own regex matches the same span of the text itself
        spans = form.folded.finditer(lower, start, end)
        return [form.regex.match(text, m.start(), end) for m in spans]  # type: ignore[misc]

    def _matches(
        self, form: Form, text: str, words: _Words | None, start: int, end: int
    ) -> list[TimeMention]:
        out = []
        grammar = self.grammar
        preposition, subject = grammar.preposition, text
        if words is not None and self.preposition is not None:
            preposition, subject = self.preposition, words.lower
        for match in self._spans(form, text, words, start, end):
            # group 'own': the expression, where the form also matches words before it
            own = "own" in match.re.groupindex and match["own"] is not None
            s, e = match.span("own") if own else match.span()
            if s == e or _in_name(text, start, s):
                continue
            prep = None
            if form.rule.relation is None:
                prep = preposition.search(subject, max(start, s - PREPOSITION_WINDOW), s)
            if form.rule.needs_preposition and prep is None:
                continue
            relation = form.rule.relation or "at"
            if prep is not None:
                relation = grammar.relations[" ".join(prep["prep"].lower().split())]
            first = prep.start() if prep is not None else s
            out.append(TimeMention(first, e, text[first:e], relation, form.rule, match, (s, e)))
        return out


_NAME_BEFORE = re.compile(r"\w[^\w\n]+[A-ZÀ-Ý][a-zà-ÿ]+[ \t]+$")


def _in_name(text: str, start: int, at: int) -> bool:
    """A capitalised expression right after a capitalised word that does not open the sentence
    is part of a name, not a time (``Juan Domingo Perón``, ``Avenida Domingo Diáz``, ``bancada
    do Jornal Hoje``, ``No Intenso Agora``): Portuguese writes weekdays and 'hoje' in lowercase
    inside a sentence; 'Em Março' at its start still counts."""
    return text[at].isupper() and _NAME_BEFORE.search(text, max(start, at - 40), at) is not None


class _HeadScan:
    """Which of the forms' heads start the words (``\\w+``) of a stretch of lowercase text.

    One regex pass reads only the words that start with a head (a word starts after a non-word
    character, or at the stretch's start), rather than listing every word: each word read gives
    its first ``len(head)`` characters for every head length."""

    def __init__(self, heads: Iterable[str]) -> None:
        unique = set(heads)
        tree = word_tree(unique)
        self.sizes = frozenset(len(h) for h in unique)
        self._first = re.compile(rf"{tree}\w*")
        self._after_gap = re.compile(rf"\W({tree}\w*)")

    def find(self, lower: str, start: int, end: int) -> set[str]:
        words = set(self._after_gap.findall(lower, start, end))
        first = self._first.match(lower, start, end)
        if first is not None:
            words.add(first.group())
        return {w[:size] for w in words for size in self.sizes}


class _Words:
    """What the forms ask of a stretch of lowercase text, each asked once: which heads its words
    start with (:attr:`Form.heads`), and whether a ``requires`` regex (several forms share one)
    is found in it."""

    def __init__(self, lower: str, heads: set[str], start: int, end: int) -> None:
        self.lower, self.heads, self.start, self.end = lower, heads, start, end
        self._required: dict[str, bool] = {}

    def has(self, requires: LeadScan) -> bool:
        found = self._required.get(requires.regex.pattern)
        if found is None:
            found = self._required[requires.regex.pattern] = requires.found(
                self.lower, self.start, self.end
            )
        return found
