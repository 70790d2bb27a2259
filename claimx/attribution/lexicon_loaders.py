"""The parts of a :class:`~claimx.attribution.lexicon.Lexicon` read from one kind of rule each:
the phrase words, the nominal cues, known sources, the grammar around reporting verbs, actors and
predicates, names of sources, and clauses."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimx.attribution.context import clause_break_rx
from claimx.attribution.word_patterns import NEVER, alternation, listed, lowered, words_rx
from claimx.rulebook.models import CueRule, SourceRule

if TYPE_CHECKING:
    from claimx.attribution.lexicon import Lexicon


def load_phrases(lex: Lexicon, rules: list[CueRule]) -> None:
    for rule in rules:
        lex.determiners |= {w.lower() for w in rule.determiners}
        lex.stop |= {w.lower() for w in rule.stop}
        lex.pronouns |= {w.lower() for w in rule.pronouns}
        lex.adjunct_prepositions |= {w.lower() for w in rule.adjunct_prepositions}
        lex.fronted_adjuncts |= {w.lower() for w in rule.fronted_adjuncts}
        lex.sentence_conjunctions |= {w.lower() for w in rule.sentence_conjunctions}
        lex.personal_pronouns |= {w.lower() for w in rule.personal_pronouns}
        lex.premodifiers |= {w.lower() for w in rule.premodifiers}
        lex.partitives |= {w.lower() for w in rule.partitives}
        lex.adverbs |= {w.lower() for w in rule.adverbs}
        lex.roles |= {w.lower() for w in rule.roles}
        if rule.role_pattern:
            lex.role_pattern = re.compile(rule.role_pattern)
        lex.openers |= {w.lower() for w in rule.openers}
        lex.not_sources |= {w.lower() for w in rule.not_sources}
        lex.reporting_sources |= {w.lower() for w in rule.reporting_sources}
        lex.provision_verbs |= {w.lower() for w in rule.provision_verbs}
        lex.phrase_links |= {w.lower() for w in rule.links}


def load_nouns(lex: Lexicon, nouns: list[CueRule]) -> None:
    if not nouns:
        return
    lex.noun_rule = nouns[0].id
    lex.noun_determiners = lowered(nouns, "determiners")
    lex.noun_cue = re.compile(
        rf"(?:{alternation(lex.noun_determiners)})\s+"
        + words_rx(listed(nouns, "phrases"))
        + r"\s+" + words_rx(listed(nouns, "links")),
        re.IGNORECASE,
    )
    lex.noun_then = re.compile(r"\s*" + words_rx(listed(nouns, "then")))
    lex.noun_first = lowered(nouns, "phrases")


def load_sources(lex: Lexicon, rules: list[SourceRule]) -> None:
    for rule in rules:
        for entry in rule.entries:
            for name in [entry.canonical, *entry.aliases]:
                lex.gazetteer.setdefault(name.lower(), entry)
        lex.name_owners |= {w.lower() for w in rule.name_owners}
        for kind, words in rule.type_words.items():
            lex.type_words.append((kind, re.compile(words_rx(words), re.IGNORECASE)))
        lex.anaphors |= {w.lower() for w in rule.anaphors}
        for body in rule.described_bodies:
            names = described_names(body.heads, body.names)
            for description in body.descriptions:
                lex.described_bodies[description.lower()] = (names, body.defined)


def described_names(heads: list[str], names: list[str]) -> re.Pattern[str]:
    """A full name of a kind of body: a head word and the capitalised words of its name
    ('Instituto Brasileiro de Geografia e Estatística', 'Polícia Militar': group 'headed'), or a
    name listed."""
    # words on one line: a name does not run on into the next paragraph's first word
    headed = rf"(?:{alternation(heads)})(?:[ ]+(?:(?:d[aeo]s?|e)[ ]+)?[A-ZÁÉÍÓÚ][\w-]*)+"
    return re.compile(rf"(?<![\w-])(?:(?P<headed>{headed})|{alternation(names)})(?![\w-])")


def load_verb_grammar(lex: Lexicon, rules: list[CueRule]) -> None:
    lex.clitics = lowered(rules, "clitics")
    enclitics = listed(rules, "enclitics")
    if enclitics:
        # the hyphen first, the word before it checked behind: a pattern that opens with a
        # lookbehind is tried at every character of the text, one that opens with '-' is not
        lex.enclitic = re.compile(
            rf"-(?<=\w-)(?:{alternation(enclitics)})(?![\w-])", re.IGNORECASE
        )
    lex.clause_only = lowered(rules, "clause_only")
    lex.object_no_report = lowered(rules, "object_no_report")
    lex.speaker_heads = lowered(rules, "speaker_heads")
    lex.document_subjects = lowered(rules, "document_subjects")
    not_before = listed(rules, "not_before")
    if not_before:
        lex.verb_not_before = re.compile(r"\s*" + words_rx(not_before), re.IGNORECASE)
    lex.verb_not_after = lowered(rules, "not_after")
    lex.coordinators = frozenset(listed(rules, "coordinators"))
    complementizer = alternation(listed(rules, "complementizers"))
    infinitive = alternation(listed(rules, "infinitive_auxiliaries"))
    addressee = alternation(listed(rules, "addressees"))
    # What follows a verb that reports: 'que', a colon or quote, 'diz ter identificado',
    # 'disseram à Coluna que'.
    clause = (
        rf"(?:{complementizer})\b|:"
        rf"|(?:{infinitive})\s+[a-záéíóúâêôãõç]+(?:ad|id)[oa]s?\b"
        rf"|(?:{addressee})\s+[^,.;:\"“«]{{1,40}}?\s+(?:{complementizer})\b"
    )
    quote = r"[\"“«]"
    lex.after_verb = re.compile(rf"\s*(?:{clause}|{quote}|,|\.|$)", re.IGNORECASE)
    # a clause itself, past an aside or a few words, is what a 'clause_only' verb needs
    # ('contou, ainda, que', 'contou em seu depoimento que'), not a pause ('conta, à partida, com');
    # a quotation only right after the verb or its aside ('conta com nove «market makers»' is none)
    aside = r"\s*(?:,\s*[^,.;:]{1,30},\s*)?"
    lex.clause_after = re.compile(
        rf"{aside}(?:(?:[^\s,.;:]+\s+){{0,5}}?(?:{clause})|{quote})", re.IGNORECASE
    )
    # Between a verb and the subject after it: 'ontem ao PÚBLICO', 'à Folha de S.Paulo',
    # 'à reportagem'.
    lex.report_adverbs = lowered(rules, "adverbs")
    adverb = alternation(listed(rules, "adverbs"))
    listener = alternation(listed(rules, "listeners"))
    name = r"[A-ZÁÉÍÓÚ0-9][\w.$-]*(?:\s+(?:d[aeo]s?\s+)?[A-ZÁÉÍÓÚ][\w.$-]*)*"
    objects = [r.object_pattern for r in rules if r.object_pattern]
    lex.verb_object = re.compile("|".join(f"(?:{o})" for o in objects) or NEVER.pattern)
    reported = [r.reported_object for r in rules if r.reported_object]
    lex.reported_object = re.compile(
        "|".join(f"(?:{r})" for r in reported) or NEVER.pattern, re.IGNORECASE
    )
    asides = [r.time_asides for r in rules if r.time_asides]
    time_aside = "|".join(f"(?:{a})" for a in asides) or NEVER.pattern
    adverbs = rf"(?:\s+(?:{adverb})(?![\w-])|{time_aside})*"
    lex.verb_adverbs = re.compile(adverbs)
    # ... with a one-word name: 'explicou ao G1 Marcus Villander'
    lex.verb_short_aside = re.compile(
        rf"{adverbs}\s+(?:{addressee})\s+[A-ZÁÉÍÓÚ0-9][\w.$-]*(?![\w-])"
    )
    lex.verb_aside = re.compile(
        rf"{adverbs}(?:\s+(?:{addressee})\s+(?:(?:{listener})(?:\s+{name})?|{name})(?![\w-]))?"
        rf"{adverbs}"
    )


# A run of capitalised words, 'de/da/do' between them ('Coreia do Norte').
ORIGIN_NAME = r"[A-ZÁÉÍÓÚ][^\s,.;:]*(?:\s+(?:d[aeo]s?\s+)?[A-ZÁÉÍÓÚ][^\s,.;:]*)*"


def load_actor(lex: Lexicon, rules: list[CueRule]) -> None:
    lex.predicate_auxiliaries = lowered(rules, "auxiliaries")
    lex.not_verbs = lowered(rules, "stop")
    lex.measure_verbs = lowered(rules, "measure_verbs")
    lex.actor_not_after = lowered(rules, "not_after")
    lex.not_predicates = lowered(rules, "not_predicates")
    origin = alternation(listed(rules, "links"))
    adverb = alternation(listed(rules, "adverbs"))
    auxiliary = alternation(listed(rules, "passive_auxiliaries"))
    agent = alternation(listed(rules, "agents"))
    destination = alternation(listed(rules, "destinations"))
    # After the item: its origin ('da Coreia do Norte'), a passive and its agent ('pelo ...').
    lex.passive = re.compile(
        rf"\s*(?:(?:{origin})\s+(?P<origin>{ORIGIN_NAME})\s+)?(?:(?:{adverb})\s+)?"
        rf"(?:{auxiliary})\s+(?P<verb>\w+(?:ad|id|íd)(?:o|a|os|as))(?!\w)"
        rf"(?:\s+(?P<agent>{agent})\s+)?"
    )
    lex.origin = re.compile(rf"(?<![\w-])(?:{origin})\s+(?P<origin>{ORIGIN_NAME})")
    # Between two figures of one list: 'soldados à Rússia, além de ...'.
    lex.list_link = re.compile(
        rf"(?:\s+(?:{destination})\s+[^,;:.]{{1,40}}?)?\s*(?:,|\s+e|,\s*e|,?\s+além\s+de|"
        r",?\s+bem\s+como|,?\s+mais)\s*"
    )


def load_names(lex: Lexicon, rules: list[CueRule]) -> None:
    lex.name_connectors = frozenset(listed(rules, "connectors"))
    lex.name_token = re.compile(rf"[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w'’-]*|{alternation(lex.name_connectors)}")
    determiner = alternation(listed(rules, "determiners"))
    lex.leading_determiner = re.compile(rf"^(?:{determiner})\s+", re.IGNORECASE)
    lex.name_openers = frozenset(listed(rules, "name_openers"))
    lex.name_suffixes = frozenset(listed(rules, "name_suffixes"))
    articles = alternation(listed(rules, "body_articles"))
    lex.body_article = re.compile(rf"(?<![\w-])(?:{articles})\s+$", re.IGNORECASE)
    lead = alternation(listed(rules, "lead_words"))
    lex.lead_words = re.compile(rf"^(?:(?:{lead})\s+)+")
    genitive = alternation(listed(rules, "links"))
    lex.name_genitive = re.compile(rf"(?<![\w-])(?:{genitive})\s+$")


def load_clause(lex: Lexicon, rules: list[CueRule]) -> None:
    lex.clause_break = clause_break_rx(listed(rules, "breaks"))
    relative = alternation(listed(rules, "relatives"))
    lex.relatives = lowered(rules, "relatives")
    # 'pelo INE, que ontem informou que': adverbs of a report may stand between
    adverbs = alternation(lex.report_adverbs)
    lex.relative_before = re.compile(rf"(?<![\w-])(?:{relative})(?:\s+(?:{adverbs}))*\s*$")
    lex.relative_after = re.compile(rf"\s*,?\s*(?:{relative})(?![\w-])")
    # a hedge in the modifier of a noun after a preposition ('no imóvel que seria usado', 'do
    # grupo supostamente comandado'): what ends right before the hedge
    prepositions = listed(rules, "complement_prepositions")
    if prepositions:
        # a relative clause ('no imóvel que seria'), or an adverb before a participle ('do
        # grupo supostamente comandado'), read from the hedge word's shape
        lex.complement_modifier = re.compile(
            rf"(?<![\w-])(?:{alternation(prepositions)})\s+(?:[^\s,.;:()]+\s+){{1,3}}?"
            rf"(?:{relative})\s+$",
            re.IGNORECASE,
        )
        # a preposition a few words before a hedge after the figure: it qualifies a noun there
        lex.hedged_complement = re.compile(
            rf"(?<![\w-])(?:{alternation(prepositions)})\s+(?:[^\s,.;:()]+\s+){{0,3}}$",
            re.IGNORECASE,
        )
        lex.complement_adverb = re.compile(
            rf"(?<![\w-])(?:{alternation(prepositions)})\s+(?:[^\s,.;:()]+\s+){{1,3}}?$",
            re.IGNORECASE,
        )
    finite = alternation(listed(rules, "finite_verbs"))
    lex.finite_verb = re.compile(
        rf"(?<![\w-])(?:[a-záéíóúâêôãõç]{{2,}}(?:ou|iu|aram|eram|iram|íram)|{finite})(?![\w-])",
        re.IGNORECASE,
    )
    # ', que teria um cúmplice, recebeu': the comma closes the relative clause (two words at
    # least: ', que proporcionaria, segundo X, R$ 5 bi' goes on after an aside) and the main
    # clause goes on after it
    lex.relative_clause = re.compile(
        rf",\s*(?:{relative})(?![\w-])(?:\s+[^\s,;:()\[\]—–]+){{2,}}\s*(,)(?=\s)"
    )
    lex.irregular_participles = lowered(rules, "participles")
    irregular = alternation(listed(rules, "participles"))
    lex.passive_after = re.compile(
        rf"\s+(?:[a-záéíóúâêôãõç]+(?:ad|id)[oa]s?|{irregular})(?![\w-])"
    )
