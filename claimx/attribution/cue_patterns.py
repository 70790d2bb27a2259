"""Cue rules compiled: a prepositional cue's phrases and the words around it that cancel or
require it, a chain's noun and link ('o relatório divulgado pelo'), and the finite forms and
participles of reporting verbs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.attribution.word_patterns import alternation, listed, lowered, words_rx
from claimx.rulebook.models import CueRule

FIRST_WORD = re.compile(r"\s*(\w+)")

PARTICIPLE_ENDINGS = ("ado", "ido", "ído", "ito", "isto", "eito")


@dataclass(frozen=True)
class PrepositionCue:
    rule: str
    rx: re.Pattern[str]
    first_words: frozenset[str]
    not_after: frozenset[str]
    one_word_not_after: frozenset[str]
    not_before: re.Pattern[str] | None
    needs_comma: bool
    agents: frozenset[str] | None = None
    only_before: re.Pattern[str] | None = None
    sentence_head: bool = False
    yields: bool = False
    antecedent: bool = False


def conjugate(lemma: str) -> list[str]:
    """Third-person forms of a regular -ar verb (present, preterite, imperfect)."""
    stem = lemma[:-2]
    return [stem + end for end in ("a", "am", "ou", "aram", "ava", "avam")]


def preposition_cue(rule: CueRule) -> PrepositionCue:
    cancel = [f"(?i:{words_rx(rule.not_before)})"] if rule.not_before else []
    cancel += [f"(?:{rule.not_before_pattern})"] if rule.not_before_pattern else []
    not_before = re.compile(r"\s*(?:" + "|".join(cancel) + ")") if cancel else None
    phrases = preposition_phrases(rule)
    return PrepositionCue(
        rule=rule.id,
        rx=re.compile(words_rx(phrases), re.IGNORECASE),
        # the scan's first word stops at a hyphen ('lê' of 'lê-se no'), as cues.WORD reads it
        first_words=frozenset(m.group(1).lower() for p in phrases if (m := FIRST_WORD.match(p))),
        not_after=frozenset(w.lower() for w in rule.not_after),
        one_word_not_after=frozenset(w.lower() for w in rule.one_word_not_after),
        not_before=not_before,
        needs_comma=rule.needs_comma,
        agents=None if rule.agent_heads is None else lowered([rule], "agent_heads"),
        only_before=_only_before(rule),
        sentence_head=rule.sentence_head,
        yields=rule.yields,
        antecedent=rule.antecedent,
    )


def preposition_phrases(rule: CueRule) -> list[str]:
    """A preposition cue's phrases; with 'verbs' (regular -ar lemmas) or 'forms' (participles
    written out), each participle before each phrase: a passive and its agent ('denunciado
    pelo', 'apontada por')."""
    if not rule.verbs and not rule.forms:
        return rule.phrases
    participles = [f.lower() for f in rule.forms] + [
        lemma.lower()[:-2] + end for lemma in rule.verbs for end in ("ado", "ada", "ados", "adas")
    ]
    return [f"{part} {phrase}" for part in participles for phrase in rule.phrases]


def _only_before(rule: CueRule) -> re.Pattern[str] | None:
    if not rule.only_before:
        return None
    adjectives = rule.only_before_adjectives
    adjective = rf"(?:{words_rx(adjectives)}\s+)?" if adjectives else ""
    return re.compile(rf"\s+{adjective}{words_rx(rule.only_before)}", re.IGNORECASE)


def chain_rx(rules: list[CueRule]) -> re.Pattern[str] | None:
    nouns = listed(rules, "phrases")
    links = listed(rules, "links")
    if not nouns or not links:
        return None
    determiners = alternation(listed(rules, "determiners"))
    det = rf"(?:(?:{determiners})\s+){{0,2}}"  # 'o último Censo feito pelo'
    return re.compile(
        # words between the noun and its link are lower-case or quoted ('boletim "Focus" do
        # BC'): a capital makes a title ('Pesquisa Nacional do Aborto'), not a chain
        rf"\s*{det}(?P<noun>{words_rx(nouns)})(?:\s+(?-i:(?![A-ZÁÉÍÓÚÂÊÔÃÕ]))[^\s,.;:()]+){{0,4}}?\s+"
        rf"(?:{words_rx(links)})\s+(?=[^\d\s,.;:])",
        re.IGNORECASE,
    )


def verb_forms(rules: list[CueRule]) -> tuple[frozenset[str], frozenset[str]]:
    """Finite forms, and participles (read only after an auxiliary: 'tem ressaltado')."""
    forms = {f.lower() for r in rules for f in r.forms}
    forms |= {f for r in rules for lemma in r.verbs for f in conjugate(lemma.lower())}
    participles = {f for f in forms if f.endswith(PARTICIPLE_ENDINGS)}
    participles |= {lemma.lower()[:-2] + "ado" for r in rules for lemma in r.verbs}
    return frozenset(forms - participles), frozenset(participles)
