"""Times that close another verb phrase than the figure's: the next predicate after ``e``, the
main clause after an opening phrase, or a past event before a present state."""

from __future__ import annotations

import re

from claimx.attribution.lemmas import is_verb_form
from claimx.time.clause_bounds import Span
from claimx.time.grammar import Grammar
from claimx.time.mention import TimeMention

WORD = re.compile(r"[\w-]+")
_AND = re.compile(r"\se\s+")
_COMMA = re.compile(r",(?!\d)")  # not a decimal comma ('1,99%')
_PHRASE_END = re.compile(r",(?!\d)|\s[–—-]\s")  # or a dash that opens an aside after the phrase


def next_predicate(
    grammar: Grammar, text: str, lead: Span, mention_end: int, time: TimeMention
) -> bool:
    """The figure is the object of a verb (one stands before it in its clause) and the time
    closes the next verb phrase after ``e`` (``armazena 300 petabytes de dados, possui quase dois
    bilhões de usuários e arrecadou US$ 28 bilhões somente em 2016``): it is that verb's time,
    not the figure's (guide 'Scope of time'). A figure that is the subject (``Seis empresários
    cumprem prisão preventiva e foram denunciados em 7 de dezembro``) does both, and so does
    every verb before a time that a comma sets off from the next verb phrase (``exportou 265,2
    milhões de contos e importou 521 milhões de contos, durante os primeiros cinco meses de
    1995``)."""
    if not any(_verb(grammar, w) for w in WORD.findall(text, *lead)):
        return False
    return any(
        verb_follows(grammar, text, m.end()) and not _COMMA.search(text, m.end(), time.start)
        for m in _AND.finditer(text, mention_end, time.start)
    )


def opening_phrase(
    grammar: Grammar, text: str, sentence: Span, mention: Span, time: TimeMention
) -> bool:
    """The figure is in a phrase that opens the sentence before a comma (block
    ``opening_phrase``: ``Dos 28 ministros, 18 podem ser candidatos em 2018``, ``Após passar duas
    noites sob cuidados intensivos, Elton saiu do centro no sábado``, ``Condenado a 30 anos de
    prisão, o petista foi cassado em 2005``) and the time follows the main clause's verb after
    it: that clause's, not the figure's; so does a dash opening an aside after the phrase (``Após
    nove mortes na Rocinha — oito no sábado (24) ... — a comunidade não registrou tiroteios na
    manhã desta terça (27)``). A time with no verb between it and the comma still
    closes the phrase (``Após a morte ... de mais quatro pessoas na queda de um avião ..., na
    tarde de quinta-feira (19), várias questões ...``)."""
    phrase = grammar.opening_phrase
    if phrase is None or not phrase.match(text, sentence[0], mention[0]):
        return False
    if _COMMA.search(text, sentence[0], mention[0]):
        return False
    comma = _PHRASE_END.search(text, mention[1], time.start)
    return comma is not None and any(
        _verb(grammar, w) for w in WORD.findall(text, comma.end(), time.start)
    )


def present_state(grammar: Grammar, text: str, time: TimeMention, figure: int) -> bool:
    """Between a past time and the figure, ``e`` opens a present state (block ``present_states``,
    past adverbs: ``foi criada em 1984 e tem mais de 4 milhões de hectares``), with no comma:
    the figure holds now, not at that time."""
    if not grammar.present_states or _COMMA.search(text, time.end, figure):
        return False
    if grammar.now_words is not None and grammar.now_words.search(time.text):
        return False
    for match in _AND.finditer(text, time.end, figure):
        words = [w.casefold() for w in WORD.findall(text, match.end(), figure)]
        words = [w for w in words if w not in grammar.carry_skip]
        if words and words[0] in grammar.present_states:
            return True
    return False


def _verb(grammar: Grammar, word: str) -> bool:
    lower = word.casefold()
    skipped = lower in grammar.not_verbs or lower in grammar.carry_skip
    return not skipped and is_verb_form(lower)


def verb_follows(grammar: Grammar, text: str, at: int) -> bool:
    """The first word after ``at`` (past adverbs and clitics) is a verb form, not a noun
    phrase's start: the same subject goes on (``, e provocou``)."""
    for match in WORD.finditer(text, at, min(len(text), at + 60)):
        word = match[0].casefold()
        if word in grammar.carry_skip:
            continue
        return word not in grammar.not_verbs and is_verb_form(word)
    return False
