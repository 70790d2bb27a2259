"""Attribution cues in a stretch of text: prepositional ('Segundo o MSMT'), with a nominal chain
('Segundo estimativas do'), and reporting verbs with their subject before or after them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.attribution.lexicon import Lexicon, PrepositionCue
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
    found = [a for cue in lex.prepositions for a in _prepositional(text, start, end, cue, lex)]
    found += _verbal(text, start, end, lex)
    return sorted(found, key=lambda a: a.cue)


def _prepositional(
    text: str, start: int, end: int, cue: PrepositionCue, lex: Lexicon
) -> list[Attribution]:
    out = []
    for m in cue.rx.finditer(text, start, end):
        prev = PREV_WORD.search(text, max(start, m.start() - 30), m.start())
        if prev and prev.group(1).lower() in cue.not_after:
            continue
        if cue.not_before and cue.not_before.match(text, m.end(), end):
            continue
        if cue.needs_comma and not _comma_phrase(text, start, end, m, lex):
            continue
        out.append(_with_source(text, m.start(), m.end(), end, cue.rule, lex))
    return out


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


def _verbal(text: str, start: int, end: int, lex: Lexicon) -> list[Attribution]:
    if lex.verb is None:
        return []
    out = []
    for m in lex.verb.finditer(text, start, end):
        found = _verb_source(text, start, end, m, lex)
        if found is not None:
            out.append(found)
    return out


def _verb_source(
    text: str, start: int, end: int, m: re.Match[str], lex: Lexicon
) -> Attribution | None:
    cue, rule = m.span(), lex.verb_rule
    after = forward_phrase(text, m.end(), end, lex)
    if after is not None and not _subject_like(text, m.end(), after, lex):
        after = None
    if POSTPOSED.search(text, max(start, m.start() - 3), m.start()) and (
        after or AFTER_VERB.match(text, m.end(), end)
    ):
        return Attribution(cue, _named(text, after, lex), rule, "verb")
    before = backward_phrase(text, start, m.start(), lex)
    if before is not None and (
        AFTER_VERB.match(text, m.end(), end) or CLAUSE_HEAD.search(text, start, before[0])
    ):
        return Attribution(cue, _named(text, before, lex), rule, "verb_before")
    if not AFTER_VERB.match(text, m.end(), end) and not (
        after and AFTER_VERB.match(text, after[1], end)
    ):
        return None
    return Attribution(cue, _named(text, after, lex), rule, "verb")


def _subject_like(text: str, pos: int, phrase: tuple[int, int], lex: Lexicon) -> bool:
    """A subject after its verb starts with a determiner or a capital ('disse o ministro')."""
    first = text[pos : phrase[0]].split()
    return bool(first and first[-1].lower() in lex.determiners) or text[phrase[0]].isupper()


def _named(text: str, phrase: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    if phrase is None or text[phrase[0] : phrase[1]].lower() in lex.pronouns:
        return None
    return phrase
