"""Building blocks of the attribution patterns: word lists of the rules joined into regexes
(alternations, prefix trees), and a fast scan for where such a pattern matches."""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimx.rulebook.models import CueRule
from claimx.text.casefold import folded
from claimx.text.regexes import word_tree

WORD = re.compile(r"\w+")
TOKEN = re.compile(r"\w+(?:[-.'’/]\w+)*|[^\w\s]")
WORD_START = r"(?<![\w-])"
NEVER = re.compile(r"(?!)")


class WordScan:
    r"""Where a pattern ``(?<![\w-])(?:body)`` matches in a stretch of text, as ``finditer`` would
    find them, but fast: ``re`` tries a leading lookbehind at every character, while a leading
    ``[^\w-]`` lets it skip the letters of words in C. A match right at the scan's start (no
    character of it before) is tried on its own. Given the text's
    :func:`~claimx.casefold.lowercase`, a case-insensitive scan runs folded on it."""

    def __init__(self, body: str, flags: int = 0) -> None:
        self.rx = re.compile(f"{WORD_START}(?:{body})", flags)
        self._after_gap = re.compile(rf"[^\w-](?:{body})", flags)
        rx, after_gap = folded(self.rx), folded(self._after_gap)
        self._folded = (rx, after_gap) if rx and after_gap else None

    def starts(self, text: str, pos: int, endpos: int, lower: str | None = None) -> list[int]:
        rx, after_gap = self.rx, self._after_gap
        if lower is not None and self._folded is not None:
            text, (rx, after_gap) = lower, self._folded
        found = []
        match, search = rx.match, after_gap.search
        while True:
            m = match(text, pos, endpos)
            if m is not None:
                found.append(pos)
            else:
                m = search(text, pos, endpos)
                if m is None:
                    return found
                found.append(m.start() + 1)
            pos = m.end() if m.end() > pos else pos + 1


def listed(rules: Iterable[CueRule], field: str) -> list[str]:
    """The words of one list field of the rules, in order."""
    return [w for rule in rules for w in getattr(rule, field)]


def lowered(rules: Iterable[CueRule], field: str) -> frozenset[str]:
    """:func:`listed`, lower-cased, as a set."""
    return frozenset(w.lower() for w in listed(rules, field))


def words_rx(phrases: Iterable[str]) -> str:
    """An alternation of whole phrases, longest first, spaces matching any whitespace."""
    return rf"(?<![\w-])(?:{_alternatives(phrases)})(?![\w-])"


def alternation(phrases: Iterable[str]) -> str:
    """The phrases as :func:`words_rx` joins them, without its word bounds (the pattern around it
    bounds them); ``(?!)`` (never matches) when there are none."""
    return _alternatives(phrases) or NEVER.pattern


def _alternatives(phrases: Iterable[str]) -> str:
    alts = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in alts)


def trie_rx(phrases: Iterable[str]) -> str:
    """An alternation of phrases as a prefix tree (fast in ``re``), spaces matching any
    whitespace; whole words only."""
    return WORD_START + trie_body(phrases)


def trie_body(phrases: Iterable[str]) -> str:
    r""":func:`trie_rx` without its leading ``(?<![\w-])`` (for :class:`WordScan`)."""
    return rf"{word_tree(p.lower() for p in phrases)}(?![\w-])"
