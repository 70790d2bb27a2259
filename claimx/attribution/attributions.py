"""An attribution as the cue finders give it: a cue and the phrase that names its source, with the
checks every finder applies to that phrase."""

from __future__ import annotations

from dataclasses import dataclass

from claimx.attribution.lexicon import Lexicon


@dataclass(frozen=True)
class Attribution:
    """A cue and its source phrase; ``source`` None means 'the speaker named before' (or, for a
    coordinated verb, 'the subject of this sentence'). ``kind``: preposition, frame (a
    preposition that yields to any other cue: 'Na pesquisa feita em julho,'), verb (its subject
    after it), verb_before (before it), verb_relative (the antecedent of 'que': it reports
    only up to the comma that closes its clause) or relative_preposition (the antecedent of
    'segundo o qual': it reports its relative clause, up to the first comma)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    rule: str
    kind: str
    antecedent: tuple[int, int] | None = None
    """For a source that is a personal pronoun ('disse ele'): the person named before."""


def named_source(text: str, phrase: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    if phrase is None or text[phrase[0] : phrase[1]].lower() in lex.pronouns:
        return None
    return phrase


def checked_source(text: str, found: Attribution, lex: Lexicon) -> Attribution | None:
    """Not a report: 'A proposta prevê isenção ...' (a provision, not a source)."""
    if found.source is None:
        return found
    words = text[found.source[0] : found.source[1]].lower().split()
    if words and words[0] in lex.determiners:
        words = words[1:]
    if words and words[0] in lex.not_sources and not _reports_clause(text, words[0], found, lex):
        return None
    return found


def _reports_clause(text: str, head: str, found: Attribution, lex: Lexicon) -> bool:
    """'O texto informa que ...', 'O texto ressalta que ...': an article or a manifesto that
    reports, not a bill's provision ('O texto prevê que', 'O texto atinge 30 mil pessoas')."""
    verb = text[found.cue[0] : found.cue[1]].lower().split()
    return (
        head in lex.reporting_sources
        and found.kind == "verb_before"
        and bool(verb)
        and verb[-1] not in lex.provision_verbs
        and lex.clause_after.match(text, found.cue[1]) is not None
    )
