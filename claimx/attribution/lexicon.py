"""The attribution rule files compiled into regexes and word sets, once per component."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimx.attribution.cue_patterns import (
    PrepositionCue,
    chain_rx,
    conjugate,
    preposition_cue,
    preposition_phrases,
    verb_forms,
)
from claimx.attribution.hedge_patterns import Hedge, compiled_hedge, hedge_body
from claimx.attribution.lexicon_loaders import (
    load_actor,
    load_clause,
    load_names,
    load_nouns,
    load_phrases,
    load_sources,
    load_verb_grammar,
)
from claimx.attribution.word_patterns import (
    NEVER,
    TOKEN,
    WORD,
    WordScan,
    alternation,
    listed,
    lowered,
    trie_body,
)
from claimx.rulebook.loader import Rulebook
from claimx.rulebook.models import CueRule, GazetteerEntry, HedgeRule, SourceRule
from claimx.text.sentences import boundary_rx

# what other modules import from here, now defined beside the code that builds it
__all__ = ["TOKEN", "WORD", "Hedge", "Lexicon", "PrepositionCue", "WordScan", "conjugate"]


@dataclass
class Lexicon:
    prepositions: list[PrepositionCue]
    chain: re.Pattern[str] | None
    verbs: frozenset[str]
    verb_rule: str
    chain_rule: str
    quote_tags: frozenset[str] = frozenset()
    tag_clauses: frozenset[str] = frozenset()
    """Quote tags that also report a clause after them ('responde que', 'avisa que')."""
    """Finite forms that report only right after a quotation's closing mark."""
    quote_tag_rule: str = "cue.quote_tag"
    determiners: frozenset[str] = frozenset()
    stop: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    personal_pronouns: frozenset[str] = frozenset()
    premodifiers: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    complement_modifier: re.Pattern[str] = NEVER
    complement_adverb: re.Pattern[str] = NEVER
    hedged_complement: re.Pattern[str] = NEVER
    finite_verb: re.Pattern[str] = NEVER
    irregular_participles: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    role_pattern: re.Pattern[str] = NEVER
    openers: frozenset[str] = frozenset()
    not_sources: frozenset[str] = frozenset()
    reporting_sources: frozenset[str] = frozenset()
    provision_verbs: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    infinitives: frozenset[str] = frozenset()
    aspect: re.Pattern[str] = NEVER
    """An aspect auxiliary that ends where an infinitive cue starts ('chegou a ')."""
    light_verb: re.Pattern[str] = NEVER
    """A light verb that ends where a verb cue starts ('dá ' before 'conta de que')."""
    noun_cue: re.Pattern[str] | None = None
    noun_then: re.Pattern[str] = NEVER
    noun_rule: str = "cue.noun"
    noun_first: frozenset[str] = frozenset()
    cue_words: frozenset[str] = frozenset()
    cue_scan: re.Pattern[str] = NEVER
    cue_starts: WordScan = field(default_factory=lambda: WordScan(r"(?!)"))
    hedges: list[Hedge] = field(default_factory=list)
    any_hedge: re.Pattern[str] = NEVER
    hedge_starts: WordScan = field(default_factory=lambda: WordScan(r"(?!)"))
    gazetteer: dict[str, GazetteerEntry] = field(default_factory=dict)
    type_words: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    name_owners: frozenset[str] = frozenset()
    # 'o instituto' → its kind's names, the last of which before it it stands for
    described_bodies: dict[str, tuple[re.Pattern[str], bool]] = field(default_factory=dict)
    anaphors: frozenset[str] = frozenset()
    # grammar words around cues ('O DIS os acusou ... e estimou', 'disse à Coluna que')
    noun_determiners: frozenset[str] = frozenset()
    chain_agent: re.Pattern[str] = NEVER
    chain_agent_words: frozenset[str] = frozenset()
    verb_object: re.Pattern[str] = NEVER
    reported_object: re.Pattern[str] = NEVER
    object_no_report: frozenset[str] = frozenset()
    speaker_heads: frozenset[str] = frozenset()
    document_subjects: frozenset[str] = frozenset()
    adjunct_prepositions: frozenset[str] = frozenset()
    fronted_adjuncts: frozenset[str] = frozenset()
    sentence_conjunctions: frozenset[str] = frozenset()
    phrase_links: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
    enclitic: re.Pattern[str] = NEVER
    """A hyphenated pronoun of whom it was told right after a word ('-nos' of 'disse-nos')."""
    coordinators: frozenset[str] = frozenset()
    coordinated_act: re.Pattern[str] = NEVER
    after_verb: re.Pattern[str] = NEVER
    verb_aside: re.Pattern[str] = NEVER
    verb_not_before: re.Pattern[str] = NEVER
    clause_only: frozenset[str] = frozenset()
    clause_after: re.Pattern[str] = NEVER
    verb_not_after: frozenset[str] = frozenset()
    verb_adverbs: re.Pattern[str] = NEVER
    verb_short_aside: re.Pattern[str] = NEVER
    survey_forms: frozenset[str] = frozenset()
    """Verbs that report only with a survey as their subject ('A sondagem dá-lhe 53%')."""
    survey_heads: frozenset[str] = frozenset()
    survey_rule: str = "cue.survey_verb"
    report_adverbs: frozenset[str] = frozenset()
    """The verb rules' adverbs, which may stand before a verb too ('que ontem informou')."""
    introducers: frozenset[str] = frozenset()
    """One-word prepositional cues, which a reporting verb may follow ('Segundo disse X')."""
    # actors and predicates (the 'actor' rule)
    predicate_auxiliaries: frozenset[str] = frozenset()
    not_verbs: frozenset[str] = frozenset()
    measure_verbs: frozenset[str] = frozenset()
    actor_not_after: frozenset[str] = frozenset()
    not_predicates: frozenset[str] = frozenset()
    passive: re.Pattern[str] = NEVER
    origin: re.Pattern[str] = NEVER
    list_link: re.Pattern[str] = NEVER
    # names of sources (the 'name' rule)
    name_connectors: frozenset[str] = frozenset()
    name_token: re.Pattern[str] = NEVER
    leading_determiner: re.Pattern[str] = NEVER
    body_article: re.Pattern[str] = NEVER
    name_openers: frozenset[str] = frozenset()
    name_suffixes: frozenset[str] = frozenset()
    lead_words: re.Pattern[str] = NEVER
    name_genitive: re.Pattern[str] = NEVER
    # clauses (the 'clause' rule)
    clause_break: re.Pattern[str] = NEVER
    relative_before: re.Pattern[str] = NEVER
    relative_after: re.Pattern[str] = NEVER
    relative_clause: re.Pattern[str] = NEVER
    passive_after: re.Pattern[str] = NEVER
    sentence_boundary: re.Pattern[str] = field(default_factory=boundary_rx)
    """Where sentences end: the pipeline's bounds (``rules/pt/sentences.yaml``), so that the
    sentences before a figure and around a quotation are cut as the figure's own sentence is."""

    @classmethod
    def from_rulebook(cls, rulebook: Rulebook) -> Lexicon:
        cues: list[CueRule] = rulebook.rules(CueRule)
        verb_rules = [r for r in cues if r.role == "verb"]
        chains = [r for r in cues if r.role == "chain"]
        # quote tags are finite forms only: 'havia confessado' is no report
        tag_forms = verb_forms([r for r in verb_rules if r.after_quote])[0]
        quote_tags = [r for r in verb_rules if r.after_quote]
        verb_rules = [r for r in verb_rules if not r.after_quote]
        # verbs that report only with a survey as subject ('A sondagem dá-lhe 53%')
        surveys = [r for r in verb_rules if r.subject_heads]
        verb_rules = [r for r in verb_rules if not r.subject_heads]
        survey_forms = verb_forms(surveys)[0]
        verbs, participles = verb_forms(verb_rules)
        chain_agent = alternation(listed(chains, "agents"))
        lex = cls(
            prepositions=[preposition_cue(r) for r in cues if r.role == "preposition"],
            chain=chain_rx(chains),
            chain_agent=re.compile(rf"\s+(?:{chain_agent})\s+"),
            chain_agent_words=lowered(chains, "agents"),
            verbs=verbs | tag_forms,
            # not among the verbs, which end a subject read backwards ('A Wikipédia dá conta')
            survey_forms=survey_forms - verbs,
            survey_heads=lowered(surveys, "subject_heads"),
            survey_rule=next((r.id for r in surveys), "cue.survey_verb"),
            participles=participles,
            auxiliaries=lowered(verb_rules, "auxiliaries"),
            verb_rule=next((r.id for r in verb_rules), "cue.verb"),
            quote_tags=tag_forms - verbs,
            tag_clauses=lowered(quote_tags, "clause_only"),
            quote_tag_rule=next((r.id for r in quote_tags), "cue.quote_tag"),
            chain_rule=next((r.id for r in chains), "cue.chain"),
        )
        load_verb_grammar(lex, verb_rules + surveys)
        load_phrases(lex, [r for r in cues if r.role == "phrase"])
        load_nouns(lex, [r for r in cues if r.role == "noun"])
        lex.introducers = frozenset(  # 'Conforme informou', not 'na conta' (a survey frame's)
            p.strip().lower()
            for r in cues
            if r.role == "preposition" and not r.only_before and not (r.verbs or r.forms)
            for p in r.phrases
            if p.strip() and " " not in p.strip()
        )
        lex.infinitives = lowered(verb_rules, "infinitives")
        aspect = listed(verb_rules, "aspect_auxiliaries")
        if aspect:
            lex.aspect = re.compile(rf"(?<![\w-])(?:{alternation(aspect)})\s+$", re.IGNORECASE)
        light = listed(verb_rules, "light_verbs")
        if light:
            lex.light_verb = re.compile(rf"(?<![\w-])(?:{alternation(light)})\s+$", re.IGNORECASE)
        lex.cue_words = (
            lex.verbs | lex.survey_forms | lex.participles | lex.infinitives | lex.noun_first
            | {w for cue in lex.prepositions for w in cue.first_words}
        )
        phrases = [p for r in cues if r.role == "preposition" for p in preposition_phrases(r)]
        lex.cue_starts = WordScan(
            trie_body(
                [*lex.verbs, *lex.survey_forms, *lex.participles, *lex.infinitives,
                 *lex.noun_first, *phrases]
            ),
            re.IGNORECASE,
        )
        lex.cue_scan = lex.cue_starts.rx
        rules = rulebook.rules(HedgeRule)
        lex.hedges = [compiled_hedge(r) for r in rules]
        if lex.hedges:  # one pass over a sentence finds where any hedge starts
            lex.hedge_starts = WordScan("|".join(f"(?:{hedge_body(r)})" for r in rules))
            lex.any_hedge = lex.hedge_starts.rx
        load_sources(lex, rulebook.rules(SourceRule))
        load_actor(lex, [r for r in cues if r.role == "actor"])
        load_names(lex, [r for r in cues if r.role == "name"])
        load_clause(lex, [r for r in cues if r.role == "clause"])
        # a verb in the past after a coordinator opens a clause of its own ('… e pediu uma
        # sentença'), past adverbs and a clitic
        lex.coordinated_act = re.compile(
            rf"\s(?:{alternation(lex.coordinators)})\s+(?:(?:{alternation(lex.adverbs)})\s+)?"
            rf"(?:(?:{alternation(lex.clitics)}|se)\s+)?"
            r"[a-záéíóúâêôãõç]+(?:ou|iu|eu|aram|eram|iram)(?![\w-])"
        )
        lex.sentence_boundary = rulebook.sentence_boundary
        return lex
