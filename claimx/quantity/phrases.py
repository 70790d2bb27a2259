"""Multi-word phrases (qualifiers, currency signs, units) matched against token words."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
Phrase = tuple[str, ...]


class PhraseIndex(Generic[T]):
    """Phrases with a value each, looked up by exact word tuples; the longest phrase wins."""

    def __init__(self, entries: Iterable[tuple[str, T]], tokenize: Callable[[str], Phrase]):
        self.phrases: dict[Phrase, T] = {}
        for text, value in entries:
            phrase = tokenize(text)
            if phrase:
                self.phrases.setdefault(phrase, value)
        self.lengths = sorted({len(p) for p in self.phrases}, reverse=True)
        self.first_words = {p[0] for p in self.phrases}
        self.last_words = {p[-1] for p in self.phrases}

    def starting_at(self, words: Sequence[str], start: int) -> tuple[int, T] | None:
        """The longest phrase at ``words[start:]``: (its end, its value)."""
        if not 0 <= start < len(words) or words[start] not in self.first_words:
            return None
        for n in self.lengths:
            if start + n <= len(words):
                value = self.phrases.get(tuple(words[start + k] for k in range(n)))
                if value is not None:
                    return start + n, value
        return None

    def ending_at(self, words: Sequence[str], end: int) -> tuple[int, T] | None:
        """The longest phrase that ends just before ``words[end]``: (its start, its value)."""
        if not 0 < end <= len(words) or words[end - 1] not in self.last_words:
            return None
        for n in self.lengths:
            if end - n >= 0:
                value = self.phrases.get(tuple(words[end - n + k] for k in range(n)))
                if value is not None:
                    return end - n, value
        return None
