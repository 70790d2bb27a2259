"""Multi-word phrases (qualifiers, currency signs, units) matched against token words."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
Phrase = tuple[str, ...]


class PhraseIndex(Generic[T]):
    """Phrases, each with a value, found by the word they start or end with; longest first."""

    def __init__(self, entries: Iterable[tuple[str, T]], tokenize: Callable[[str], Phrase]):
        phrases = sorted(
            ((tokenize(text), value) for text, value in entries), key=lambda e: -len(e[0])
        )
        self.by_first: dict[str, list[tuple[Phrase, T]]] = {}
        self.by_last: dict[str, list[tuple[Phrase, T]]] = {}
        for phrase, value in phrases:
            if phrase:
                self.by_first.setdefault(phrase[0], []).append((phrase, value))
                self.by_last.setdefault(phrase[-1], []).append((phrase, value))

    def starting_at(self, words: Sequence[str], start: int) -> tuple[int, T] | None:
        """The longest phrase at ``words[start:]``: (its end, its value)."""
        if not 0 <= start < len(words):
            return None
        for phrase, value in self.by_first.get(words[start], ()):
            if _matches(words, start, phrase):
                return start + len(phrase), value
        return None

    def ending_at(self, words: Sequence[str], end: int) -> tuple[int, T] | None:
        """The longest phrase that ends just before ``words[end]``: (its start, its value)."""
        if not 0 < end <= len(words):
            return None
        for phrase, value in self.by_last.get(words[end - 1], ()):
            start = end - len(phrase)
            if start >= 0 and _matches(words, start, phrase):
                return start, value
        return None


def _matches(words: Sequence[str], at: int, phrase: Phrase) -> bool:
    if at + len(phrase) > len(words):
        return False
    return all(words[at + k] == word for k, word in enumerate(phrase))
