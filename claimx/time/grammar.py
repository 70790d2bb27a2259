"""Compile ``rules/pt/time.yaml`` into regular expressions: one per form, plus the prepositions
that give a relation and the clause boundaries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from claimx.attribution.cue_patterns import PARTICIPLE_ENDINGS, conjugate
from claimx.rulebook.loader import Rulebook, RuleError
from claimx.rulebook.models import CueFile, TimeFile, TimeRule
from claimx.rulebook.regex_check import regex_problem
from claimx.schema import TimeRelation
from claimx.text.leads import LeadScan, WordRunScan, folded_scan
from claimx.text.regexes import word_tree

_REF = re.compile(r"\{(\w+)\}")
_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Form:
    """One time expression form of the rule file, compiled."""

    rule: TimeRule
    regex: re.Pattern[str]
    requires: re.Pattern[str] | None = None
    folded: LeadScan | None = None
    """``regex`` without IGNORECASE, for lowercased text (:func:`folded`), searched by its
    leading characters."""
    folded_requires: LeadScan | None = None
    heads: frozenset[str] = frozenset()
    """For a ``requires`` of the shape ``\\b{block}`` or ``\\b(?:word|{block}|...)``: the first
    ``len`` characters of each word (``len`` the shortest word's first ``\\w+`` piece); for one
    that opens with a word (``\\bentre\\s``), that word. Where it matches, a word of the
    lowercase text starts with one of them: a cheaper test to run first (one scan of the text
    finds the heads of every form, :class:`~claimx.time.finder.TimeFinder`)."""


def expand(pattern: str, blocks: dict[str, str | list[str]]) -> str:
    def sub(match: re.Match[str]) -> str:
        block = blocks.get(match.group(1))
        if block is None:
            return match.group(0)  # a quantifier such as {1,2} or {4}
        # lower-cased: the grammar is case-insensitive, and a tree tries one case longest first
        return word_tree(w.lower() for w in block) if isinstance(block, list) else f"(?:{block})"

    return _REF.sub(sub, pattern)


@dataclass(frozen=True)
class Grammar:
    forms: tuple[Form, ...]
    preposition: re.Pattern[str]
    """Matches at the end of the text before a time expression; group ``prep``."""
    relations: dict[str, TimeRelation]
    boundary: re.Pattern[str] | None
    embedded: re.Pattern[str] | None
    trigger: re.Pattern[str] | None
    """The ``trigger`` block: a stretch of text without a match holds no time expression."""
    attributive: WordRunScan | None = None
    """The ``attributive`` block: matches at the end of the text before a time expression that
    describes a noun (``divulgada``); group ``before`` is the word before the participle.
    Searched at word starts only (:class:`~claimx.text.leads.WordRunScan`), as
    ``frame_participle``."""
    anaphoric: re.Pattern[str] | None = None
    """The ``anaphoric`` block: words of an expression said relative to an earlier time of the
    text (``no ano anterior``); ``anaphoric_ahead``: those of one after it (``seguinte``)."""
    anaphoric_ahead: re.Pattern[str] | None = None
    complement: re.Pattern[str] | None = None
    """The ``complement`` block: the whole text between a claim's mention and the noun before a
    participle, when that noun is in a ``de`` complement of the claim's."""
    opening: re.Pattern[str] | None = None
    """The ``opening`` block: the whole text before a time when it is a participle that opens the
    sentence (``Fundada há 30 anos, ...``): that time describes the sentence's subject."""
    opening_frame: re.Pattern[str] | None = None
    """The ``opening_frame`` block: the whole text before a sentence's first time when it is an
    attribution that opens the sentence (``Segundo a denúncia, ``): that time still opens the
    sentence's content."""
    frame_participle: WordRunScan | None = None
    """The ``frame_participle`` block: matches at the end of the text before a time that follows
    a participle, with or without its agent (``feita pelo instituto``); group ``before``."""
    frame: re.Pattern[str] | None = None
    """The ``frame`` block: matches at the end of the text before such a participle when its noun
    is a survey or report (``a pesquisa divulgada``): its time is the figures' where they have
    none of their own."""
    auxiliaries: frozenset[str] = frozenset()
    """The ``auxiliaries`` block: words before a participle that make it a verb (``foi``)."""
    antecedent: re.Pattern[str] | None = None
    """The ``antecedent`` block: the whole text between a time and a relative clause about it."""
    figure_relative: re.Pattern[str] | None = None
    """The ``figure_relative`` block: the whole text from a claim's mention to the end of the
    boundary that opens a relative clause on its counted thing (``cinco repasses que``)."""
    figure_relative_not_after: frozenset[str] = frozenset()
    """The ``figure_relative_not_after`` block: words before a figure that make it another noun's
    complement (``um general de três estrelas que``): the relative is that noun's."""
    noun_complement: re.Pattern[str] | None = None
    """The ``noun_complement`` block: matches at the start of a time that completes a noun
    (``de 2010`` of ``a decisão de 2010``)."""
    object_clause_forms: frozenset[str] = frozenset()
    """The ``object_clause_verbs`` block: forms of verbs whose object is a ``que`` clause
    (``pediu ao juiz, nesta sexta-feira (3), que os réus sejam condenados``)."""
    earlier_words: re.Pattern[str] | None = None
    """The ``earlier_words`` block: a clause that holds one speaks of an earlier time than now
    (``antes, o limite era 5 kg``); a time of ``now_words`` is not its figures'."""
    dated_relative: re.Pattern[str] | None = None
    """The ``dated_relative`` block: the whole text between a time and the relative clause on the
    noun it dates (``o sábado (23), que registrou 11 mortos``)."""
    location: re.Pattern[str] | None = None
    """The ``location`` block: matches at the end of the text before a distance that places
    something (``a 45 km``); such a claim gets no time."""
    location_units: frozenset[str] = frozenset()
    """The ``location_units`` block: units of such distances."""
    adjacent_links: frozenset[str] = frozenset()
    """The ``adjacent_links`` block: words that may stand between a quantity and the time right
    after it that is its own (``R$ 2,9 bilhões dos primeiros seis meses de 2006``)."""
    coordination: re.Pattern[str] | None = None
    """The ``coordination`` block: the whole text between a time and a coordinated figure after
    it (``R$ 150 mil em 2008 e duas parcelas ... em 2010``): that time is the first figure's."""
    opening_phrase: re.Pattern[str] | None = None
    """The ``opening_phrase`` block: matches at a sentence's start when a phrase that opens it
    before a comma (``Dos 28 ministros,``, ``Após ...,``, ``Condenado a ...,``) is not its main
    clause."""
    present_states: frozenset[str] = frozenset()
    """The ``present_states`` block: verbs of a state that, after ``e`` and a past time, hold
    now (``foi criada em 1984 e tem ...``); ``now_words``: a time that is itself now."""
    now_words: re.Pattern[str] | None = None
    gloss: re.Pattern[str] | None = None
    """The ``gloss`` block: matches at the end of the text before a parenthesis that gives the
    dates of a length of time named right before it (``em nove anos (de 2005 a 2014)``); a time in
    any other parenthesis governs only the figures inside it."""
    relative_aside: re.Pattern[str] | None = None
    """The ``relative_aside`` block: a relative clause after a preposition, between commas (``, a
    que a agência Lusa teve hoje acesso,``): a time in it governs no figure outside it."""
    member_aside: re.Pattern[str] | None = None
    """The ``member_aside`` block: an apposition that picks one member of the counted set by its
    order (``, sendo a última em 2015``): a time in it governs no figure outside it."""
    page_stamp: re.Pattern[str] | None = None
    """The ``page_stamp`` block: matches right after a time expression that is a web page's
    publication stamp (``Ontem às 19:58 Facebook  Twitter``): it dates no figure."""
    record: re.Pattern[str] | None = None
    """The ``record`` block: matches at the end of the text before a ``desde`` time that says how
    far back a record reaches (``o menor nível desde outubro``): it dates no figure."""
    figure_note: re.Pattern[str] | None = None
    """The ``figure_note`` block: matches at a parenthesis right after a figure that says what it
    is and when (``(estimativa do IBGE, para 2017)``): its time is the figure's."""
    embedded_continues: frozenset[str] = frozenset()
    """The ``embedded_continues`` block: clause-boundary words that, right after an embedded
    clause's closing comma, go on with the clause before it (``, e outros R$ 100 mil``)."""
    reporting: re.Pattern[str] | None = None
    """A reporting verb of the cue rules (``rules/pt/cues.yaml``, role ``verb``) that opens a
    clause after a comma, a closing quotation mark or a dash (``..., informou nesta segunda-feira
    o ministro``, ``”, disse Marina na ocasião``; the verbs that tag only quotations, only after
    one): a time after it dates the report, not the figures before it."""
    reporting_forms: frozenset[str] = frozenset()
    """The same verbs' forms, the gerunds and participles of the regular ones (``anunciou``,
    ``informando``, ``noticiado``) and the ``reporting_gerunds`` block (``dizendo``): a clause
    that holds one frames what its ``que`` introduces (:func:`claimx.time.carried.carried`)."""
    carry_conjunctions: frozenset[str] = frozenset()
    """The ``carry_conjunctions`` block: clause boundaries that coordinate a verb phrase with the
    one before it when a verb follows them (``, e provocou``, ``, mas decidiu``)."""
    carry_skip: frozenset[str] = frozenset()
    """The ``carry_skip`` block: adverbs and clitics read past to that verb (``e já tem``)."""
    not_verbs: frozenset[str] = frozenset()
    """The ``not_verbs`` block: words the lemma table reads as verb forms that, after a
    conjunction, start a noun phrase (``e pelo``, ``mas os``)."""
    change_from: re.Pattern[str] | None = None
    """The ``change_from`` block: matches at the end of the text before the first figure of a
    change (``cresceu de``); ``change_next``: matches right after it up to the second
    (`` para 19%``); ``change_to``: at the end of the text before the second (``de 8% para``)."""
    change_next: re.Pattern[str] | None = None
    change_then: re.Pattern[str] | None = None
    """The ``change_then`` block: the whole text between the first figure's time and the second
    figure of a change (``de 3%, em setembro, para 6%``)."""
    change_to: re.Pattern[str] | None = None
    boundary_lower: LeadScan | None = None
    embedded_lower: LeadScan | None = None
    """``boundary`` and ``embedded`` for lowercase text (:func:`~claimx.leads.folded_scan`)."""

    @classmethod
    def from_rulebook(cls, rulebook: Rulebook) -> Grammar:
        files = [f for f in rulebook.files.values() if isinstance(f, TimeFile)]
        blocks: dict[str, str | list[str]] = {}
        for f in files:
            blocks.update(f.blocks)
        rules: list[TimeRule] = [r for f in files for r in f.rules]
        skip = ("clause", "prepositions")
        files_of = {
            r.id: rulebook.paths[name]
            for name, f in rulebook.files.items()
            if isinstance(f, TimeFile)
            for r in f.rules
        }
        forms = tuple(
            _form(r, blocks, files_of[r.id]) for r in rules if r.pattern and r.resolve not in skip
        )
        relations = {
            " ".join(w.lower().split()): rel
            for r in rules
            for rel, words in r.prepositions.items()
            for w in words
        }
        preposition = re.compile(
            r"(?:^|(?<=[\s(\"“]))(?P<prep>" + word_tree(relations) + r")\s+$", _FLAGS
        )
        clause = next((r for r in rules if r.resolve == "clause"), None)
        boundary = re.compile(clause.pattern, _FLAGS) if clause and clause.pattern else None
        embedded = re.compile(clause.embedded, _FLAGS) if clause and clause.embedded else None
        return cls(
            forms=forms,
            preposition=preposition,
            relations=relations,
            boundary=boundary,
            embedded=embedded,
            boundary_lower=folded_scan(boundary),
            embedded_lower=folded_scan(embedded),
            trigger=_block(blocks, "trigger"),
            attributive=_word_run_scan(_block(blocks, "attributive")),
            anaphoric=_block(blocks, "anaphoric"),
            anaphoric_ahead=_block(blocks, "anaphoric_ahead"),
            complement=_block(blocks, "complement"),
            opening=_block(blocks, "opening"),
            opening_frame=_block(blocks, "opening_frame"),
            frame_participle=_word_run_scan(_block(blocks, "frame_participle")),
            frame=_block(blocks, "frame"),
            auxiliaries=_words(blocks, "auxiliaries"),
            antecedent=_block(blocks, "antecedent"),
            figure_relative=_block(blocks, "figure_relative"),
            figure_relative_not_after=_words(blocks, "figure_relative_not_after"),
            noun_complement=_block(blocks, "noun_complement"),
            dated_relative=_block(blocks, "dated_relative"),
            earlier_words=_block(blocks, "earlier_words"),
            object_clause_forms=_words(blocks, "object_clause_verbs"),
            location=_block(blocks, "location"),
            location_units=_words(blocks, "location_units"),
            adjacent_links=_words(blocks, "adjacent_links"),
            coordination=_block(blocks, "coordination"),
            gloss=_block(blocks, "gloss"),
            present_states=_words(blocks, "present_states"),
            now_words=_block(blocks, "now_words"),
            opening_phrase=_block(blocks, "opening_phrase"),
            figure_note=_block(blocks, "figure_note"),
            relative_aside=_block(blocks, "relative_aside"),
            member_aside=_block(blocks, "member_aside"),
            page_stamp=_block(blocks, "page_stamp"),
            record=_block(blocks, "record"),
            embedded_continues=_words(blocks, "embedded_continues"),
            reporting=_reporting(rulebook, _words(blocks, "reporting_leads")),
            reporting_forms=_reporting_forms(rulebook) | _words(blocks, "reporting_gerunds"),
            carry_conjunctions=_words(blocks, "carry_conjunctions"),
            carry_skip=_words(blocks, "carry_skip"),
            not_verbs=_words(blocks, "not_verbs"),
            change_from=_block(blocks, "change_from"),
            change_next=_block(blocks, "change_next"),
            change_then=_block(blocks, "change_then"),
            change_to=_block(blocks, "change_to"),
        )


def _verb_rules(rulebook: Rulebook) -> list:
    return [
        rule
        for f in rulebook.files.values()
        if isinstance(f, CueFile)
        for rule in f.rules
        if rule.role == "verb"
    ]


def _finite(rule) -> set[str]:  # type: ignore[no-untyped-def]
    forms = {w.lower() for w in rule.forms}
    forms |= {form for lemma in rule.verbs for form in conjugate(lemma.lower())}
    return {w for w in forms if not w.endswith(PARTICIPLE_ENDINGS)}


def _reporting(rulebook: Rulebook, leads: frozenset[str] = frozenset()) -> re.Pattern[str] | None:
    """The ``reporting`` regex from the cue rules' finite verb forms (no participles); after a
    comma, a word of ``leads`` may come before the verb (``, como mostrou o Estado``)."""
    after_comma: set[str] = set()
    after_quote: set[str] = set()
    for rule in _verb_rules(rulebook):
        (after_quote if rule.after_quote else after_comma).update(_finite(rule))
    if not after_comma and not after_quote:
        return None
    branches = []
    if after_comma:
        lead = rf"(?:{word_tree(leads)}\s+)?" if leads else ""
        branches.append(rf"(?:,|[”\"»’]|\s[–—-])\s*{lead}{word_tree(after_comma)}")
    if after_quote:
        branches.append(rf"[”\"»’]\s*,?\s*{word_tree(after_quote)}")
    return re.compile(rf"(?:{'|'.join(branches)})(?![\w-])", _FLAGS)


def _reporting_forms(rulebook: Rulebook) -> frozenset[str]:
    """The reporting verbs' forms with their gerunds and participles (``informando``, ``foi
    noticiado agora que``), not those that tag only quotations (``promete``, ``continua`` say
    what was done elsewhere)."""
    forms: set[str] = set()
    for rule in _verb_rules(rulebook):
        if rule.after_quote:
            continue
        forms |= {w.lower() for w in rule.forms} | _finite(rule)  # 'dito', 'anunciou'
        forms |= {lemma.lower()[:-1] + "ndo" for lemma in rule.verbs}  # 'informando'
        forms |= {lemma.lower()[:-2] + "ado" for lemma in rule.verbs}  # 'noticiado'
    return frozenset(forms)


def _checked(rule: TimeRule, field: str, pattern: str, path: Path) -> str:
    """A time pattern once its blocks are in: checked as every rule regex is on load."""
    problem = regex_problem(pattern)
    if problem:
        raise RuleError(f"{path}: rule {rule.id!r}, field {field} (blocks expanded): {problem}")
    return pattern


def _form(rule: TimeRule, blocks: dict[str, str | list[str]], path: Path) -> Form:
    assert rule.pattern is not None
    regex = re.compile(_checked(rule, "pattern", expand(rule.pattern, blocks), path), _FLAGS)
    requires = (
        re.compile(_checked(rule, "requires", expand(rule.requires, blocks), path), _FLAGS)
        if rule.requires
        else None
    )
    heads = _heads(rule.requires, blocks) if rule.requires else frozenset()
    return Form(rule, regex, requires, folded_scan(regex), folded_scan(requires), heads)


_WORDS_FIRST = re.compile(r"\\b(?:\{(\w+)\}|\(\?:([\w{}|]+)\))")


_WORD_FIRST = re.compile(r"\\b([^\W\d_]+)(?=\\[bs]|$)")
"""A ``requires`` that opens with one word, whatever follows it (``\\bano\\b``,
``\\bfim\\s+de\\s+semana``): the word is its head."""


def _heads(requires: str, blocks: dict[str, str | list[str]]) -> frozenset[str]:
    word = _WORD_FIRST.match(requires)
    if word is not None:
        return frozenset({word[1].lower()})
    shape = _WORDS_FIRST.match(requires)
    if shape is None or requires[shape.end() :] not in ("", r"\b", r"\s"):
        return frozenset()
    words: list[str] = []
    for alternative in (f"{{{shape[1]}}}" if shape[1] else shape[2]).split("|"):
        ref = re.fullmatch(r"\{(\w+)\}", alternative)
        block = blocks.get(ref[1]) if ref else [alternative]
        if not isinstance(block, list) or not re.fullmatch(r"\w+", alternative.strip("{}")):
            return frozenset()
        words += block
    pieces = [re.match(r"\w*", w.lower())[0] for w in words]  # type: ignore[index]
    size = min(len(p) for p in pieces)
    return frozenset(p[:size] for p in pieces) if size else frozenset()


def _block(blocks: dict[str, str | list[str]], name: str) -> re.Pattern[str] | None:
    block = blocks.get(name)
    return re.compile(expand(block, blocks), _FLAGS) if isinstance(block, str) else None


def _word_run_scan(regex: re.Pattern[str] | None) -> WordRunScan | None:
    return None if regex is None else WordRunScan(regex)


def _words(blocks: dict[str, str | list[str]], name: str) -> frozenset[str]:
    block = blocks.get(name)
    return frozenset(w.casefold() for w in block) if isinstance(block, list) else frozenset()
