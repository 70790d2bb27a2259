"""Where a clause starts, and the words next to a position: what the cue finders read around a
cue to tell a report from a plain verb or preposition."""

from __future__ import annotations

import re

from claimx.attribution.lexicon import Lexicon

LAST_WORD = re.compile(r"([\w-]+)\s*$")
LAST_WORD_OR_MARK = re.compile(r"([\w-]+|»)\s+$")
CLAUSE_HEAD = re.compile(r"(?:^|[,;:\"“«(—–-])\s*$")


def heads_clause(text: str, start: int, pos: int, lex: Lexicon) -> bool:
    """Nothing but determiners, adverbs or a word that opens a clause ('mas', 'onde') between
    the clause start (or a comma) and ``pos``."""
    for _ in range(4):
        last = LAST_WORD.search(text, max(start, pos - 40), pos)
        if last is None:
            break
        low = last.group(1).lower()
        if low in lex.openers or _run_in(text, start, last, lex):
            return True
        if low not in lex.determiners and low not in lex.adverbs:
            break
        pos = last.start()
    if pos <= start or not text[start:pos].strip():
        return True
    return bool(CLAUSE_HEAD.search(text, max(start, pos - 5), pos))


def _run_in(text: str, start: int, word: re.Match[str], lex: Lexicon) -> bool:
    """A capitalised determiner right after a lower-case word or a closing guillemet opens a
    sentence run into the words before it: the headline of a Público extract has no full stop
    ('Teleweb quer disputar liderança A Teleweb, …, anunciou', 'Harmonização «inoportuna» A
    Comissão Europeia considerou'); a title's article follows a noun of its kind ('o jornal O
    Globo'), which the caller reads as part of the subject before it."""
    article = word.group(1)
    if not article[:1].isupper() or article.lower() not in lex.determiners:
        return False
    before = LAST_WORD_OR_MARK.search(text, max(start, word.start() - 30), word.start())
    return before is not None and (before.group(1) == "»" or before.group(1).islower())


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
