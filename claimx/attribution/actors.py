"""Who did what is counted (actor) and the verb that says it (predicate), over plain text.

Active clauses: the subject before the verb that governs the figure ('a Coreia do Norte
forneceu mais de 14 mil soldados'). Passive ones: the agent after 'por/pelo' or the origin of
the item ('soldados da Coreia do Norte foram transferidos'). The grammar words (auxiliaries,
passive and list words) are the 'cue.actor' rule of ``rules/pt/cues.yaml``.
"""

from __future__ import annotations

import re

from claimx.attribution.lemmas import lemma_of
from claimx.attribution.lexicon import Lexicon
from claimx.attribution.phrases import (
    BackwardTokens,
    backward_phrase,
    forward_phrase,
    last_token,
)

PARTICIPLE = re.compile(r"\w+(?:ad|id|íd)(?:o|a|os|as)$")


def _is_verb(word: str) -> bool:
    if not word[0].islower() or not word.isalpha():
        return False
    lemma = lemma_of(word)
    return lemma != word.lower() and lemma.endswith(("ar", "er", "ir", "or", "ôr"))


def find_actor(
    text: str, clause: tuple[int, int], mention: tuple[int, int, int], lex: Lexicon
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(actor span, predicate span) for a mention (start, end of quantity, end of item)."""
    start, q_end, end = mention
    active = _active(text, clause, start, lex)
    if active[1] is not None:
        return active
    agent, verb = _passive(text, end, clause[1], lex)
    if verb is not None and agent is None:
        origin = lex.origin.search(text, q_end, end)
        agent = origin.span("origin") if origin else None
    return agent, verb


def continues_list(text: str, previous_end: int, start: int, lex: Lexicon) -> bool:
    """'... mais de 14 mil soldados à Rússia, além de milhões de munições': one verb for both."""
    return previous_end <= start and bool(lex.list_link.fullmatch(text, previous_end, start))


def _active(
    text: str, clause: tuple[int, int], start: int, lex: Lexicon
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    pos = start
    for _ in range(4):  # the word before the figure, adverbs skipped, must be a verb
        last = last_token(text, max(clause[0], pos - 40), pos)
        if last is None:
            return None, None
        if last.low not in lex.adverbs:
            if last.low in lex.not_verbs or not _is_verb(last.text):
                return None, None
            break
        pos = last.start
    toks = BackwardTokens(text, max(clause[0], start - 80), start)
    k = 0  # counted from the figure back
    while toks.has(k) and toks[k].low in lex.adverbs:
        k += 1
    if not toks.has(k) or toks[k].low in lex.not_verbs or not _is_verb(toks[k].text):
        return None, None
    verb_end = toks[k].end
    if (
        PARTICIPLE.match(toks[k].text)
        and toks.has(k + 1)
        and toks[k + 1].low in lex.predicate_auxiliaries
    ):
        k += 1
    if lemma_of(toks[k].text) in lex.not_predicates and verb_end == toks[k].end:
        return None, None
    predicate = (toks[k].start, verb_end)
    if predicate_lemma(text[toks[k].start : verb_end]) in lex.measure_verbs:
        return None, predicate  # 'o lucro somou': what is measured, not who acted
    subject = backward_phrase(text, clause[0], toks[k].start, lex)
    if subject is not None:
        before = last_token(text, max(clause[0], subject[0] - 20), subject[0])
        if before is not None and before.low in lex.actor_not_after:
            return None, predicate  # 'Os terremotos no país deixaram': a complement
    return subject, predicate


def _passive(
    text: str, end: int, limit: int, lex: Lexicon
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    m = lex.passive.match(text, end, limit)
    if not m or not _is_verb(m.group("verb")):
        return None, None
    agent = None
    if m.group("agent"):
        agent = forward_phrase(text, m.end(), limit, lex)
    if agent is None and m.group("origin"):
        agent = m.span("origin")
    return agent, m.span("verb")


def predicate_lemma(text: str) -> str:
    """Lemma of the main verb of a predicate ('teria enviado' → 'enviar')."""
    return lemma_of(text.split()[-1])
