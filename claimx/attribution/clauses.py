"""Where a clause starts, and the words next to a position: what the cue finders read around a
cue to tell a report from a plain verb or preposition."""

from __future__ import annotations

import re

from claimx.attribution.lexicon import Lexicon

LAST_WORD = re.compile(r"([\w-]+)\s*$")
CLAUSE_HEAD = re.compile(r"(?:^|[,;:\"“«(—–-])\s*$")


def heads_clause(text: str, start: int, pos: int, lex: Lexicon) -> bool:
    """Nothing but determiners, adverbs or a word that opens a clause ('mas', 'onde') between
    the clause start (or a comma) and ``pos``."""
    for _ in range(4):
        last = LAST_WORD.search(text, max(start, pos - 40), pos)
        if last is None:
            break
        low = last.group(1).lower()
        if low in lex.openers:
            return True
        if low not in lex.determiners and low not in lex.adverbs:
            break
        pos = last.start()
    if pos <= start or not text[start:pos].strip():
        return True
    return bool(CLAUSE_HEAD.search(text, max(start, pos - 5), pos))


def at_clause_head(text: str, start: int, at: int) -> bool:
    """Whether ``at`` opens the stretch from ``start`` or follows a clause mark there."""
    return at == start or CLAUSE_HEAD.search(text, max(start, at - 3), at) is not None


def last_word(text: str, start: int, end: int) -> str:
    words = text[start:end].lower().split()
    return words[-1] if words else ""


def lstrip_at(text: str, pos: int, end: int) -> int:
    """``pos`` moved right over whitespace (not past ``end``)."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def rstrip_at(text: str, start: int, pos: int) -> int:
    """``pos`` moved left over whitespace (not before ``start``)."""
    while pos > start and text[pos - 1].isspace():
        pos -= 1
    return pos
