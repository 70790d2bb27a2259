"""Multi-word phrases (qualifiers, currency signs, units) matched against token words."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
Phrase = tuple[str, ...]
Trie = dict[str, Any]
_VALUE = ""
"""The trie key of a phrase's value: no token is the empty string."""


class PhraseIndex(Generic[T]):
    """Phrases with a value each, looked up by exact words; the longest phrase wins. Held as
    two word tries (forward and backward), so a lookup reads a word only while some phrase
    still fits."""

    def __init__(self, entries: Iterable[tuple[str, T]], tokenize: Callable[[str], Phrase]):
        self.phrases: dict[Phrase, T] = {}
        for text, value in entries:
            phrase = tokenize(text)
            if phrase:
                self.phrases.setdefault(phrase, value)
        self._forward: Trie = {}
        self._backward: Trie = {}
        for phrase, value in self.phrases.items():
            _insert(self._forward, phrase, value)
            _insert(self._backward, phrase[::-1], value)

    def starting_at(self, words: Sequence[str], start: int) -> tuple[int, T] | None:
        """The longest phrase at ``words[start:]``: (its end, its value)."""
        size = len(words)
        if not 0 <= start < size:
            return None
        found, node, at = None, self._forward.get(words[start]), start
        while node is not None:
            at += 1
            if _VALUE in node:
                found = at, node[_VALUE]
            node = node.get(words[at]) if at < size else None
        return found

    def ending_at(self, words: Sequence[str], end: int) -> tuple[int, T] | None:
        """The longest phrase that ends just before ``words[end]``: (its start, its value)."""
        if not 0 < end <= len(words):
            return None
        found, node, at = None, self._backward.get(words[end - 1]), end - 1
        while node is not None:
            if _VALUE in node:
                found = at, node[_VALUE]
            node = node.get(words[at - 1]) if at > 0 else None
            at -= 1
        return found


def _insert(trie: Trie, words: Phrase, value: object) -> None:
    node = trie
    for word in words:
        node = node.setdefault(word, {})
    node.setdefault(_VALUE, value)
