"""The attribution rule files compiled into regexes and word sets, once per component."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimx.rulebook import CueRule, GazetteerEntry, HedgeRule, Rulebook, SourceRule

WORD = re.compile(r"\w+")
TOKEN = re.compile(r"\w+(?:[-.'’/]\w+)*|[^\w\s]")


def words_rx(phrases: Iterable[str]) -> str:
    """An alternation of whole phrases, longest first, spaces matching any whitespace."""
    alts = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in alts)
    return rf"(?<![\w-])(?:{body})(?![\w-])"


def conjugate(lemma: str) -> list[str]:
    """Third-person forms of a regular -ar verb (present, preterite, imperfect)."""
    stem = lemma[:-2]
    return [stem + end for end in ("a", "am", "ou", "aram", "ava", "avam")]


@dataclass(frozen=True)
class PrepositionCue:
    rule: str
    rx: re.Pattern[str]
    first_words: frozenset[str]
    not_after: frozenset[str]
    not_before: re.Pattern[str] | None
    needs_comma: bool


@dataclass(frozen=True)
class Hedge:
    rule: str
    scope: str
    rx: re.Pattern[str]
    exceptions: frozenset[str]


@dataclass
class Lexicon:
    prepositions: list[PrepositionCue]
    chain: re.Pattern[str] | None
    verbs: frozenset[str]
    verb_rule: str
    chain_rule: str
    determiners: frozenset[str] = frozenset()
    stop: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    hedges: list[Hedge] = field(default_factory=list)
    gazetteer: dict[str, GazetteerEntry] = field(default_factory=dict)
    type_words: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)

    @classmethod
    def from_rulebook(cls, rulebook: Rulebook) -> Lexicon:
        cues: list[CueRule] = rulebook.rules(CueRule)
        lex = cls(
            prepositions=[_preposition(r) for r in cues if r.role == "preposition"],
            chain=_chain([r for r in cues if r.role == "chain"]),
            verbs=_verbs([r for r in cues if r.role == "verb"]),
            verb_rule=next((r.id for r in cues if r.role == "verb"), "cue.verb"),
            chain_rule=next((r.id for r in cues if r.role == "chain"), "cue.chain"),
        )
        for rule in (r for r in cues if r.role == "phrase"):
            lex.determiners |= {w.lower() for w in rule.determiners}
            lex.stop |= {w.lower() for w in rule.stop}
            lex.pronouns |= {w.lower() for w in rule.pronouns}
            lex.adverbs |= {w.lower() for w in rule.adverbs}
            lex.roles |= {w.lower() for w in rule.roles}
        lex.hedges = [_hedge(r) for r in rulebook.rules(HedgeRule)]
        _load_sources(lex, rulebook.rules(SourceRule))
        return lex


def _preposition(rule: CueRule) -> PrepositionCue:
    not_before = None
    if rule.not_before:
        not_before = re.compile(r"\s*" + words_rx(rule.not_before), re.IGNORECASE)
    return PrepositionCue(
        rule=rule.id,
        rx=re.compile(words_rx(rule.phrases), re.IGNORECASE),
        first_words=frozenset(p.split()[0].lower() for p in rule.phrases if p.strip()),
        not_after=frozenset(w.lower() for w in rule.not_after),
        not_before=not_before,
        needs_comma=rule.needs_comma,
    )


def _chain(rules: list[CueRule]) -> re.Pattern[str] | None:
    nouns = [p for r in rules for p in r.phrases]
    links = [p for r in rules for p in r.links]
    if not nouns or not links:
        return None
    det = r"(?:(?:os|as|o|a|um|uma|uns|umas|novos|novas|novo|nova|últimos|últimas)\s+)?"
    return re.compile(
        rf"\s*{det}(?P<noun>{words_rx(nouns)})(?:\s+[^\s,.;:()]+){{0,4}}?\s+"
        rf"(?:{words_rx(links)})\s+(?=[^\d\s,.;:])",
        re.IGNORECASE,
    )


def _verbs(rules: list[CueRule]) -> frozenset[str]:
    forms = [f for r in rules for f in r.forms]
    forms += [f for r in rules for lemma in r.verbs for f in conjugate(lemma)]
    return frozenset(f.lower() for f in forms)


def _hedge(rule: HedgeRule) -> Hedge:
    parts = [f"(?i:{words_rx(rule.words)})"] if rule.words else []
    if rule.pattern:
        parts.append(rf"(?<![\w-])(?:{rule.pattern})(?![\w-])")
    return Hedge(
        rule=rule.id,
        scope=rule.scope,
        rx=re.compile("|".join(parts) or r"(?!)"),
        exceptions=frozenset(w.lower() for w in rule.exceptions),
    )


def _load_sources(lex: Lexicon, rules: list[SourceRule]) -> None:
    for rule in rules:
        for entry in rule.entries:
            for name in [entry.canonical, *entry.aliases]:
                lex.gazetteer.setdefault(name.lower(), entry)
        for kind, words in rule.type_words.items():
            lex.type_words.append((kind, re.compile(words_rx(words), re.IGNORECASE)))
