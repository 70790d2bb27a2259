"""Attribution cues in a stretch of text: prepositional ('Segundo o MSMT'), with a nominal chain
('Segundo estimativas do'), and reporting verbs with their subject before or after them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.attribution.lexicon import WORD, Lexicon, PrepositionCue
from claimx.attribution.phrases import backward_phrase, forward_phrase

PREV_WORD = re.compile(r"(\w+)\W*$")
POSTPOSED = re.compile(r"[,\"”»’—–-]\s*$")
AFTER_VERB = re.compile(r"\s*(?:que\b|:|[\"“«]|,|\.|$)", re.IGNORECASE)
CLAUSE_HEAD = re.compile(r"(?:^|[,;:\"“«(—–-])\s*$")


@dataclass(frozen=True)
class Attribution:
    """A cue and its source phrase; ``source`` None means 'the speaker named before'."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    rule: str
    kind: str


def find_cues(text: str, start: int, end: int, lex: Lexicon) -> list[Attribution]:
    """All cues in ``text[start:end]``, in one pass over its words."""
    found = []
    for word in WORD.finditer(text, start, end):
        low = word.group().lower()
        if low in lex.verbs:
            verbal = _verb_source(text, start, end, word, lex)
            if verbal is not None:
                found.append(verbal)
        for cue in lex.prepositions:
            if low in cue.first_words:
                m = cue.rx.match(text, word.start(), end)
                if m and _is_cue(text, start, end, m, cue, lex):
                    found.append(_with_source(text, m.start(), m.end(), end, cue.rule, lex))
    return found


def _is_cue(
    text: str, start: int, end: int, m: re.Match[str], cue: PrepositionCue, lex: Lexicon
) -> bool:
    prev = PREV_WORD.search(text, max(start, m.start() - 30), m.start())
    if prev and prev.group(1).lower() in cue.not_after:
        return False
    if cue.not_before and cue.not_before.match(text, m.end(), end):
        return False
    return not cue.needs_comma or _comma_phrase(text, start, end, m, lex)


def _comma_phrase(text: str, start: int, end: int, m: re.Match[str], lex: Lexicon) -> bool:
    """'Para o ministro,' heads a clause and its phrase is closed by a comma."""
    if not CLAUSE_HEAD.search(text, max(start, m.start() - 3), m.start()) and m.start() != start:
        return False
    phrase = forward_phrase(text, m.end(), end, lex)
    return phrase is not None and text[phrase[1] : phrase[1] + 1] == ","


def _with_source(
    text: str, cue_start: int, cue_end: int, end: int, rule: str, lex: Lexicon
) -> Attribution:
    chain = lex.chain.match(text, cue_end, end) if lex.chain else None
    if chain:
        phrase = forward_phrase(text, chain.end(), end, lex)
        if phrase is None:
            phrase = chain.span("noun")
        return Attribution((cue_start, chain.end()), phrase, rule, "preposition")
    phrase = forward_phrase(text, cue_end, end, lex)
    if phrase and text[phrase[0] : phrase[1]].lower() in lex.pronouns:
        phrase = None
    return Attribution((cue_start, cue_end), phrase, rule, "preposition")


def _verb_source(
    text: str, start: int, end: int, m: re.Match[str], lex: Lexicon
) -> Attribution | None:
    cue, rule = m.span(), lex.verb_rule
    after = forward_phrase(text, m.end(), end, lex)
    if after is not None and not _subject_like(text, m.end(), after, lex):
        after = None
    postposed = bool(POSTPOSED.search(text, max(start, m.start() - 3), m.start()))
    if postposed and after:
        return Attribution(cue, _named(text, after, lex), rule, "verb")
    before = backward_phrase(text, start, m.start(), lex)
    if before is not None and (
        AFTER_VERB.match(text, m.end(), end) or _heads_clause(text, start, before[0], lex)
    ):
        return Attribution(cue, _named(text, before, lex), rule, "verb_before")
    if after and AFTER_VERB.match(text, after[1], end):
        return Attribution(cue, _named(text, after, lex), rule, "verb")
    if postposed or AFTER_VERB.match(text, m.end(), end):
        return Attribution(cue, None, rule, "verb")
    return None


def _heads_clause(text: str, start: int, pos: int, lex: Lexicon) -> bool:
    """Nothing but a determiner between the clause start (or a comma) and ``pos``."""
    words = text[max(start, pos - 60) : pos].split()
    if words and words[-1].lower() in lex.determiners:
        pos -= len(text[:pos]) - len(text[:pos].rstrip()) + len(words[-1])
    return pos <= start or bool(CLAUSE_HEAD.search(text, max(start, pos - 5), pos))


def _subject_like(text: str, pos: int, phrase: tuple[int, int], lex: Lexicon) -> bool:
    """A subject after its verb starts with a determiner or a capital ('disse o ministro')."""
    first = text[pos : phrase[0]].split()
    return bool(first and first[-1].lower() in lex.determiners) or text[phrase[0]].isupper()


def _named(text: str, phrase: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    if phrase is None or text[phrase[0] : phrase[1]].lower() in lex.pronouns:
        return None
    return phrase
