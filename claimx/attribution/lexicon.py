"""The attribution rule files compiled into regexes and word sets, once per component."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimx.attribution.context import clause_break_rx
from claimx.rulebook.loader import Rulebook
from claimx.rulebook.models import CueRule, GazetteerEntry, HedgeRule, SourceRule
from claimx.text.casefold import folded
from claimx.text.regexes import word_tree
from claimx.text.sentences import boundary_rx

WORD = re.compile(r"\w+")
TOKEN = re.compile(r"\w+(?:[-.'’/]\w+)*|[^\w\s]")
WORD_START = r"(?<![\w-])"
NEVER = re.compile(r"(?!)")


class WordScan:
    r"""Where a pattern ``(?<![\w-])(?:body)`` matches in a stretch of text, as ``finditer`` would
    find them, but fast: ``re`` tries a leading lookbehind at every character, while a leading
    ``[^\w-]`` lets it skip the letters of words in C. A match right at the scan's start (no
    character of it before) is tried on its own. Given the text's
    :func:`~claimx.casefold.lowercase`, a case-insensitive scan runs folded on it."""

    def __init__(self, body: str, flags: int = 0) -> None:
        self.rx = re.compile(f"{WORD_START}(?:{body})", flags)
        self._after_gap = re.compile(rf"[^\w-](?:{body})", flags)
        rx, after_gap = folded(self.rx), folded(self._after_gap)
        self._folded = (rx, after_gap) if rx and after_gap else None

    def starts(self, text: str, pos: int, endpos: int, lower: str | None = None) -> list[int]:
        rx, after_gap = self.rx, self._after_gap
        if lower is not None and self._folded is not None:
            text, (rx, after_gap) = lower, self._folded
        found = []
        match, search = rx.match, after_gap.search
        while True:
            m = match(text, pos, endpos)
            if m is not None:
                found.append(pos)
            else:
                m = search(text, pos, endpos)
                if m is None:
                    return found
                found.append(m.start() + 1)
            pos = m.end() if m.end() > pos else pos + 1


def listed(rules: Iterable[CueRule], field: str) -> list[str]:
    """The words of one list field of the rules, in order."""
    return [w for rule in rules for w in getattr(rule, field)]


def lowered(rules: Iterable[CueRule], field: str) -> frozenset[str]:
    """:func:`listed`, lower-cased, as a set."""
    return frozenset(w.lower() for w in listed(rules, field))


def words_rx(phrases: Iterable[str]) -> str:
    """An alternation of whole phrases, longest first, spaces matching any whitespace."""
    return rf"(?<![\w-])(?:{_alternatives(phrases)})(?![\w-])"


def alternation(phrases: Iterable[str]) -> str:
    """The phrases as :func:`words_rx` joins them, without its word bounds (the pattern around it
    bounds them); ``(?!)`` (never matches) when there are none."""
    return _alternatives(phrases) or NEVER.pattern


def _alternatives(phrases: Iterable[str]) -> str:
    alts = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in alts)


def trie_rx(phrases: Iterable[str]) -> str:
    """An alternation of phrases as a prefix tree (fast in ``re``), spaces matching any
    whitespace; whole words only."""
    return WORD_START + trie_body(phrases)


def trie_body(phrases: Iterable[str]) -> str:
    r""":func:`trie_rx` without its leading ``(?<![\w-])`` (for :class:`WordScan`)."""
    return rf"{word_tree(p.lower() for p in phrases)}(?![\w-])"


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
    agents: frozenset[str] | None = None
    only_before: re.Pattern[str] | None = None
    yields: bool = False


@dataclass(frozen=True)
class Hedge:
    rule: str
    scope: str
    rx: re.Pattern[str]
    exceptions: frozenset[str]
    unless: re.Pattern[str] | None = None
    unless_sourced: bool = False
    unnamed: frozenset[str] = frozenset()
    verb: bool = False
    scenario_words: frozenset[str] = frozenset()
    stops: re.Pattern[str] | None = None


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
    participles: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    infinitives: frozenset[str] = frozenset()
    aspect: re.Pattern[str] = NEVER
    """An aspect auxiliary that ends where an infinitive cue starts ('chegou a ')."""
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
    # grammar words around cues ('O DIS os acusou ... e estimou', 'disse à Coluna que')
    noun_determiners: frozenset[str] = frozenset()
    chain_agent: re.Pattern[str] = NEVER
    chain_agent_words: frozenset[str] = frozenset()
    verb_object: re.Pattern[str] = NEVER
    reported_object: re.Pattern[str] = NEVER
    object_no_report: frozenset[str] = frozenset()
    phrase_links: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
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
        tag_forms = _verbs([r for r in verb_rules if r.after_quote])[0]
        quote_tags = [r for r in verb_rules if r.after_quote]
        verb_rules = [r for r in verb_rules if not r.after_quote]
        # verbs that report only with a survey as subject ('A sondagem dá-lhe 53%')
        surveys = [r for r in verb_rules if r.subject_heads]
        verb_rules = [r for r in verb_rules if not r.subject_heads]
        survey_forms = _verbs(surveys)[0]
        verbs, participles = _verbs(verb_rules)
        chain_agent = alternation(listed(chains, "agents"))
        lex = cls(
            prepositions=[_preposition(r) for r in cues if r.role == "preposition"],
            chain=_chain(chains),
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
        _load_verb_grammar(lex, verb_rules + surveys)
        for rule in (r for r in cues if r.role == "phrase"):
            lex.determiners |= {w.lower() for w in rule.determiners}
            lex.stop |= {w.lower() for w in rule.stop}
            lex.pronouns |= {w.lower() for w in rule.pronouns}
            lex.personal_pronouns |= {w.lower() for w in rule.personal_pronouns}
            lex.premodifiers |= {w.lower() for w in rule.premodifiers}
            lex.partitives |= {w.lower() for w in rule.partitives}
            lex.adverbs |= {w.lower() for w in rule.adverbs}
            lex.roles |= {w.lower() for w in rule.roles}
            if rule.role_pattern:
                lex.role_pattern = re.compile(rule.role_pattern)
            lex.openers |= {w.lower() for w in rule.openers}
            lex.not_sources |= {w.lower() for w in rule.not_sources}
            lex.phrase_links |= {w.lower() for w in rule.links}
        nouns = [r for r in cues if r.role == "noun"]
        if nouns:
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
            lex.aspect = re.compile(rf"(?:{alternation(aspect)})\s+$", re.IGNORECASE)
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
        lex.hedges = [_hedge(r) for r in rules]
        if lex.hedges:  # one pass over a sentence finds where any hedge starts
            lex.hedge_starts = WordScan("|".join(f"(?:{_hedge_body(r)})" for r in rules))
            lex.any_hedge = lex.hedge_starts.rx
        _load_sources(lex, rulebook.rules(SourceRule))
        _load_actor(lex, [r for r in cues if r.role == "actor"])
        _load_names(lex, [r for r in cues if r.role == "name"])
        _load_clause(lex, [r for r in cues if r.role == "clause"])
        # a verb in the past after a coordinator opens a clause of its own ('… e pediu uma
        # sentença'), past adverbs and a clitic
        lex.coordinated_act = re.compile(
            rf"\s(?:{alternation(lex.coordinators)})\s+(?:(?:{alternation(lex.adverbs)})\s+)?"
            rf"(?:(?:{alternation(lex.clitics)}|se)\s+)?"
            r"[a-záéíóúâêôãõç]+(?:ou|iu|eu|aram|eram|iram)(?![\w-])"
        )
        lex.sentence_boundary = rulebook.sentence_boundary
        return lex


def _preposition(rule: CueRule) -> PrepositionCue:
    cancel = [f"(?i:{words_rx(rule.not_before)})"] if rule.not_before else []
    cancel += [f"(?:{rule.not_before_pattern})"] if rule.not_before_pattern else []
    not_before = re.compile(r"\s*(?:" + "|".join(cancel) + ")") if cancel else None
    phrases = preposition_phrases(rule)
    return PrepositionCue(
        rule=rule.id,
        rx=re.compile(words_rx(phrases), re.IGNORECASE),
        first_words=frozenset(p.split()[0].lower() for p in phrases if p.strip()),
        not_after=frozenset(w.lower() for w in rule.not_after),
        not_before=not_before,
        needs_comma=rule.needs_comma,
        agents=None if rule.agent_heads is None else lowered([rule], "agent_heads"),
        only_before=_only_before(rule),
        yields=rule.yields,
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


def _chain(rules: list[CueRule]) -> re.Pattern[str] | None:
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


PARTICIPLE_ENDINGS = ("ado", "ido", "ído", "ito", "isto", "eito")


def _verbs(rules: list[CueRule]) -> tuple[frozenset[str], frozenset[str]]:
    """Finite forms, and participles (read only after an auxiliary: 'tem ressaltado')."""
    forms = {f.lower() for r in rules for f in r.forms}
    forms |= {f for r in rules for lemma in r.verbs for f in conjugate(lemma.lower())}
    participles = {f for f in forms if f.endswith(PARTICIPLE_ENDINGS)}
    participles |= {lemma.lower()[:-2] + "ado" for r in rules for lemma in r.verbs}
    return frozenset(forms - participles), frozenset(participles)


def _hedge_body(rule: HedgeRule) -> str:
    r"""The hedge's alternatives, each to be read where a word starts (``(?<![\w-])``)."""
    parts = [f"(?i:{trie_body(rule.words)})"] if rule.words else []
    if rule.pattern:
        parts.append(rf"(?:{rule.pattern})(?![\w-])")
    return "|".join(parts) or r"(?!)"


def _hedge(rule: HedgeRule) -> Hedge:
    return Hedge(
        rule=rule.id,
        scope=rule.scope,
        rx=re.compile(f"{WORD_START}(?:{_hedge_body(rule)})"),
        exceptions=frozenset(w.lower() for w in rule.exceptions),
        unless=re.compile(rule.unless) if rule.unless else None,
        unless_sourced=rule.unless_sourced,
        unnamed=frozenset(w.lower() for w in rule.unnamed),
        verb=rule.verb,
        scenario_words=frozenset(w.lower() for w in rule.scenario_words),
        stops=_stops(rule.stops),
    )


def _stops(words: list[str]) -> re.Pattern[str] | None:
    """Where a hedge stops: one of ``words``, ';', a dash (none where no words are given)."""
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])|[;—–]|\s-{{1,2}}\s")


def _load_sources(lex: Lexicon, rules: list[SourceRule]) -> None:
    for rule in rules:
        for entry in rule.entries:
            for name in [entry.canonical, *entry.aliases]:
                lex.gazetteer.setdefault(name.lower(), entry)
        lex.name_owners |= {w.lower() for w in rule.name_owners}
        for kind, words in rule.type_words.items():
            lex.type_words.append((kind, re.compile(words_rx(words), re.IGNORECASE)))


def _load_verb_grammar(lex: Lexicon, rules: list[CueRule]) -> None:
    lex.clitics = lowered(rules, "clitics")
    lex.clause_only = lowered(rules, "clause_only")
    lex.object_no_report = lowered(rules, "object_no_report")
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


def _load_actor(lex: Lexicon, rules: list[CueRule]) -> None:
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


def _load_names(lex: Lexicon, rules: list[CueRule]) -> None:
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


def _load_clause(lex: Lexicon, rules: list[CueRule]) -> None:
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
