"""The rule files' models: every kind of rule, what its examples expect, and the files.

Strict pydantic models (unknown keys are errors); ``claimx.rulebook.loader`` loads files into them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator, model_validator

from claimx.rulebook.regex_check import regex_problem
from claimx.schema import Quantity, SourceType, TimeRelation

REGEX_FIELDS = (
    "context_before",
    "context_after",
    "before",
    "number",
    "quantity",
    "after",
    "stop_pattern",
    "modifier_pattern",
    "list_stop_pattern",
    "plural_verb_pattern",
    "not_before_pattern",
    "object_pattern",
    "reported_object",
    "time_asides",
    "pattern",
    "requires",
)
"""The fields of any rule kind that hold a regex (time rules' with ``{block}`` references)."""


def checked_regex(pattern: str | None) -> str | None:
    """A rule regex that compiles and cannot take exponential time
    (:mod:`claimx.rulebook.regex_check`)."""
    problem = None if pattern is None else regex_problem(pattern)
    if problem:
        raise ValueError(problem)
    return pattern


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExpectedClaim(Strict):
    """What one example expects; fields left out are not checked, ``quantity`` always is."""

    text: str | None = None
    quantity: Quantity
    item: str | None = None
    source: str | None = None
    no_source: bool = False
    """True: the claim must have no source (an ordinal 'segundo', a photo credit, plain 'para')."""
    hedged: bool | None = None
    time: str | None = None
    actor: str | None = None
    predicate: str | None = None
    """The predicate as written ('teria enviado'); null: none."""

    @model_validator(mode="after")
    def _one_source_expectation(self) -> ExpectedClaim:
        if self.no_source and self.source is not None:
            raise ValueError("give 'source' or 'no_source: true', not both")
        return self


class Example(Strict):
    text: str
    claims: list[ExpectedClaim]
    published: str | None = None
    """The article's publication date for this example (ISO at its precision), if it matters."""


class Rule(Strict):
    id: str
    description: str
    examples: list[Example] = Field(min_length=1)
    counter_examples: list[str] = Field(default_factory=list)

    @field_validator(*REGEX_FIELDS, check_fields=False)
    @classmethod
    def _regex_is_usable(cls, pattern: str | None) -> str | None:
        return checked_regex(pattern)


class NumberRule(Rule):
    words: dict[str, float] = Field(default_factory=dict)
    scales: dict[str, float] = Field(default_factory=dict)
    fractions: dict[str, float] = Field(default_factory=dict)
    decimal_words: list[str] = Field(default_factory=list, description="sete vírgula cinco")
    sign_words: list[str] = Field(default_factory=list, description="menos dez (only at the start)")
    over_words: list[str] = Field(default_factory=list, description="dois sobre onze")
    part_words: list[str] = Field(default_factory=list, description="dois onze avos")
    partitive: list[str] = Field(
        default_factory=list, description="what a fraction quantifies follows these: um terço dos"
    )
    shared_unit_links: list[str] = Field(
        default_factory=list, description="a unit after the second counts for both: 1.065 e 690 km"
    )
    compared_links: list[str] = Field(
        default_factory=list,
        description="a bare figure right after these takes the unit of the figure it is compared "
        "with: 53 por cento dos franceses, contra 47",
    )
    elided_scales: list[str] = Field(
        default_factory=list,
        description="a figure ending in one of these with no partitive after it left its noun "
        "out: it has the currency of the money figure before it (27 milhões de contos (mais seis "
        "milhões …))",
    )
    change_from: list[str] = Field(
        default_factory=list, description="before the figure a change starts from: de 65 para 62"
    )
    change_to: list[str] = Field(
        default_factory=list, description="between the two figures of a change: de 65 para 62 anos"
    )


class QualifierRule(Rule):
    relation: Literal["=", ">", ">=", "<", "<=", "~", "or_equal"]
    """'or_equal' (only after the number) makes a strict bound inclusive: maior que 5 ou igual."""
    phrases: list[str] = Field(default_factory=list, description="words before the number")
    trailing: list[str] = Field(default_factory=list, description="words after the number")


class RangeRule(Rule):
    opening: list[str] = Field(description="words before the first number ('' for none)")
    joining: list[str] = Field(min_length=1)
    needs_scale_or_unit: bool = False
    articles: list[str] = Field(default_factory=list)
    """Articles allowed after the opening and the joining word ('entre os cinco e os dez')."""
    per: list[str] = Field(default_factory=list)
    """Words after the joining word that make the two numbers a proportion, part of a whole
    ('oito em cada dez'): the value is their ratio, not a range."""
    bounds: bool = False
    """Joins a lower and an upper bound, each with its qualifier (maior que 10 e menor que 20)."""
    year: str | None = None
    """A regex for a year as written: a year opening the range joins only another year
    (2010 - 2012), never a count ('mesmo período de 2016 - 170.535 casos')."""


class VagueRule(Rule):
    words: dict[str, float] = Field(min_length=1)
    connectors: list[str] = Field(min_length=1)


class UnitRule(Rule):
    unit: str
    prefix: list[str] = Field(default_factory=list)
    suffix: list[str] = Field(default_factory=list)
    multiplier: float = 1.0
    length_minutes: float | None = None
    context_before: str | None = None
    context_after: str | None = None
    either_context: bool = False
    """True: the unit is read where either context matches (by default, every context given)."""


class FilterRule(Rule):
    before: str | None = None
    number: str | None = None
    quantity: str | None = None
    after: str | None = None


class ItemRule(Rule):
    """Where an item is read (``direction``) and the word lists that read it (``items.yaml``)."""

    direction: Literal["after", "before", "previous"] = "after"
    skip: list[str] = Field(default_factory=list)
    genitive: list[str] = Field(default_factory=list)
    money_link: list[str] = Field(default_factory=list)
    link_units: list[str] = Field(default_factory=list)
    determiners: list[str] = Field(default_factory=list)
    pre_nominal: list[str] = Field(default_factory=list)
    demonstratives: list[str] = Field(default_factory=list)
    """'de' with a demonstrative, a link to the item after it ('8% desse valor', 'dois terços
    dessas economias')."""
    pronouns: list[str] = Field(default_factory=list)
    """'de' with a pronoun: the item as written ('quatro deles', '30% delas')."""
    post_nominal: list[str] = Field(default_factory=list)
    """Adjectives after the item's noun that 'modifier_pattern' does not read by their ending
    ('61 mil mortes violentas', '40 pessoas mortas', 'dois lados distintos')."""
    complement_adjectives: list[str] = Field(default_factory=list)
    """Adjectives before the noun of a 'de' complement ('mísseis de curto e médio alcance',
    'leitos de baixa complexidade')."""
    transparent: list[str] = Field(default_factory=list)
    counted_measures: list[str] = Field(default_factory=list)
    """Transparent words that are the item themselves where no 'de' complement follows: index
    and sports points (70.011 pontos → pontos; 10 pontos de vantagem → vantagem)."""
    measure_leads: list[str] = Field(default_factory=list)
    """What a counted measure hands its item to ('10 pontos de vantagem' → vantagem); any other
    complement is the measure's own ('81 pontos de coleta', 'a sete pontos do comandante')."""
    not_items: list[str] = Field(default_factory=list)
    """Words of change ('queda', 'corte'): no item after a figure; before it ('queda de')
    they are."""
    never_items: list[str] = Field(default_factory=list)
    """Nouns of locutions ('em vez de', 'em relação a', 'com idade de'): never an item."""
    time_words: list[str] = Field(default_factory=list)
    stop: list[str] = Field(default_factory=list)
    stop_pattern: str | None = None
    modifier_pattern: str | None = None
    list_stop_pattern: str | None = None
    plural_verb_pattern: str | None = None
    """Words that after a count other than one are verbs, not its item: a plural noun never
    ends so ('Dos 14 ministros, 7 prometem ficar'; 'um homem' is one)."""
    """Words that end an item's list after a comma ('intenções de voto, seguido por')."""
    list_links: list[str] = Field(default_factory=list)
    """Previous-rule: what joins the counts of a list that writes their noun once, after the
    last ('20, 30 ou 40 pessoas')."""
    person_verb_pattern: str | None = None
    """Before-rule: first-person verb forms ('criei', 'temos'), which no lemma test reads:
    not the noun before a relative 'que' ('playlists que criei que ficaram em 200')."""
    max_tokens: int = 8
    acronym_pattern: str | None = None
    acronym_plural_pattern: str | None = None
    """An acronym that a count counts ('seis LP', '794 PMs'), as written."""
    acronym_not_items: list[str] = Field(default_factory=list)
    """Acronyms after a number that are units or times, not things counted ('2,7 MB', '6 AM')."""
    links: list[str] = Field(default_factory=list)
    bridge: list[str] = Field(default_factory=list)
    verb_stems: dict[str, list[str]] = Field(default_factory=dict)
    verb_endings: dict[str, list[str]] = Field(default_factory=dict)
    verb_forms: list[str] = Field(default_factory=list)
    measured_units: list[str] = Field(default_factory=list)
    measured_first_units: list[str] = Field(default_factory=list)
    sanctions: list[str] = Field(default_factory=list)
    signs: list[str] = Field(default_factory=list)
    comparison_links: list[str] = Field(default_factory=list)
    """Previous-rule: a figure after one of 'signs' and before one of 'comparison_links' is a
    difference ('mais 48% do que no ano anterior')."""
    object_links: list[str] = Field(default_factory=list)
    """Before-rule: links between the object of a verb of amount and its new amount ('o BC
    reduziu a taxa de juros para 7%' → taxa de juros)."""
    possessor_pattern: str | None = None
    """Before-rule: nouns of people, whose amount after 'do'/'da' is not theirs but the noun
    before's ('a pena do petista de 9 anos' → pena)."""
    """Before-rule: units whose amount takes the noun it measures through 'de' as its item even
    where a noun follows after one of 'place_links' ('redução de 44% no repasse' → redução);
    'money' names every currency. A count or a weight keeps the noun after it ('um grupo de 300
    manifestantes', '6.900 toneladas de cimento')."""
    place_links: list[str] = Field(default_factory=list)
    """Before-rule: words that put a noun after an amount as where it applies ('redução de 44%
    no repasse'): the measured noun before 'de' stays the item then; after 'de' or 'dos' the
    noun after is the item ('pena de cinco anos de prisão' → prisão)."""
    not_measured: list[str] = Field(default_factory=list)
    """Before-rule: nouns that a figure after 'de' does not measure ('destinatário de R$ 1
    milhão em propinas', 'depois de 21 dias')."""
    size_locutions: list[str] = Field(default_factory=list)
    """Before-rule: nouns of locutions of size ('da ordem de 9 milhões', 'na faixa de 30%'),
    which are not what the amount measures: no item, where a 'transparent' noun before 'de' is
    one ('um total de 230' → total)."""
    complement_links: list[str] = Field(default_factory=list)
    """Before-rule: prepositions whose complement belongs to the noun before them ('o investimento
    no projeto', 'as vendas ao Japão', 'a dívida do governo com o Metrô')."""
    openers: list[str] = Field(default_factory=list)
    """Before-rule: determiners that open a noun phrase: a complement joins the noun before its
    preposition only where that noun opens a phrase ('as melhorias no imóvel', not 'previa
    isenção para salários')."""
    possessives: list[str] = Field(default_factory=list)
    """Before-rule: the 'openers' that a 'de' complement may start with ('do seu país'); 'de
    um' opens another noun ('a execução de uma punição')."""
    indefinites: list[str] = Field(default_factory=list)
    """Before-rule: indefinite articles, which open another noun phrase after a preposition
    ('o marido em um apartamento'): no complement of the noun before it."""
    forecasts: list[str] = Field(default_factory=list)
    """Before-rule: words of forecast, whose complement the amount is of ('a previsão para o
    salário mínimo recuou de R$ 969' → salário mínimo)."""
    frames: list[str] = Field(default_factory=list)
    """Before-rule: words that open a frame naming the group a figure after it is part of ('Entre
    os brasileiros, 54% defendem…', 'Dos leitores do jornal, 87% apoiam…')."""
    aside_openers: list[str] = Field(default_factory=list)
    """Before-rule: stop words that may open an aside between commas, which the subject of a
    verb of amount is read past ('…, segundo a CNI, é de', '…, o juro básico, ficará em'); any
    other word that is no stop word opens one too ('…, incluindo avais, saltou')."""
    postposed_articles: list[str] = Field(default_factory=list)
    """Before-rule: articles that open the noun phrase after a verb of amount and its figure,
    which the figure is of ('chegou a 137 o número de mortes')."""
    recipient_articles: list[str] = Field(default_factory=list)
    """Before-rule: 'postposed_articles' that are also the preposition 'a': after money they
    name whom it went to ('rendeu R$ 29 milhões a quadrilha')."""
    comparatives: list[str] = Field(default_factory=list)
    """Previous-rule: words after a figure that make it a difference from the figure before
    it, whose item it takes in any unit ('R$ 309 milhões, 44% maior que em 2016')."""
    bounds: list[str] = Field(default_factory=list)
    """Before-rule: words that open a quantity as a bound or a range, which measures the noun
    right before it ('isenção para os salários até R$ 4.340', 'custos entre 15 e 25 bilhões')."""
    window: int = 0
    """Previous-rule: the most tokens between a figure with no item and the figure before it,
    in the same unit, whose item it takes ('587 votos e Mario Bonsaglia ficou com 564')."""
    articles: list[str] = Field(default_factory=list)
    """Words after which a word is a noun: the before-rule's phrase keeps a verb form of the
    lemma table there ('a aventura completa') and stops at one elsewhere ('registra inflação')."""


class TimeRule(Rule):
    """A time expression form (``pattern``: a regex with ``{block}`` references) and its resolver.

    ``resolve`` names the resolver in :mod:`claimx.time.resolve`; ``words`` maps words of the
    match to offsets, ``units`` words to calendar units, ``replace`` rewrites words before
    dateparser, ``prepositions`` lists the words before a time that give its relation, and
    ``embedded`` (clause rule only) finds comma-delimited clauses inside a sentence.
    """

    resolve: Literal[
        "date",
        "period",
        "day",
        "weekday_day",
        "weekday",
        "weekend",
        "relative",
        "ago",
        "month_of_year",
        "edge_day",
        "weekdays",
        "refer_back",
        "prepositions",
        "clause",
    ]
    pattern: str | None = None
    requires: str | None = None
    """A cheap regex the sentence must contain before ``pattern`` is tried (speed, not meaning)."""
    relation: TimeRelation | None = None
    needs_preposition: bool = False
    words: dict[str, int] = Field(default_factory=dict)
    units: dict[str, Literal["day", "week", "month", "year"]] = Field(default_factory=dict)
    replace: dict[str, str] = Field(default_factory=dict)
    prepositions: dict[TimeRelation, list[str]] = Field(default_factory=dict)
    embedded: str | None = None
    future: str | None = None
    """A regex of future-tense words: where the sentence of a month without a year holds one, the
    month is the next one on or after the publication month, not the last one before it."""


class CueRule(Rule):
    """An attribution cue, or grammar words the attribution reads (``rules/pt/cues.yaml``);
    ``role`` says how its fields are read. Words match case-insensitively unless marked 'as
    written' (then a lowercase word matches only in lowercase)."""

    role: Literal["preposition", "chain", "verb", "phrase", "noun", "actor", "name", "clause"]
    phrases: list[str] = Field(default_factory=list)
    needs_comma: bool = False
    only_before: list[str] = Field(default_factory=list)
    """Preposition cues: where given, the cue holds only at the head of a clause and right
    before one of these nouns, an adjective of 'only_before_adjectives' allowed between
    ('Na pesquisa feita em julho, 10% ...', 'No último levantamento, ...')."""
    only_before_adjectives: list[str] = Field(default_factory=list)
    yields: bool = False
    """Preposition cues: the frame gives way to a cue after it in its sentence that covers the
    figure ('Num estudo de 2016, analistas do Bernstein projetam ...' → analistas)."""
    agent_heads: list[str] | None = None
    """Preposition cues: where given, the source must name someone: a name, a noun of persons
    (the phrase rule's 'roles' and 'role_pattern') or one of these bodies ('Para o governo,');
    else the preposition is plain ('Para a nova temporada,', 'Para efeito de cálculo,')."""
    not_after: list[str] = Field(default_factory=list)
    """Preposition and verb cues: the word before that cancels the cue ('levando em conta')."""
    not_before: list[str] = Field(default_factory=list)
    """Preposition and verb cues: words after that cancel the cue ('conta com')."""
    not_before_pattern: str | None = None
    """Preposition cues: a regex (case-sensitive) for what after the cue cancels it ('Para
    produzi-la,': an infinitive, a purpose)."""
    links: list[str] = Field(default_factory=list)
    """Chain and noun cues: between the noun and the source ('estimativas do'); phrase: inside a
    phrase ('Polícia de Wiesbaden'); actor, as written: before the item's origin ('soldados da
    Coreia'); name, as written: before a trailing name that names no source unless its head owns
    it ('polícia de Wiesbaden')."""
    verbs: list[str] = Field(default_factory=list)
    forms: list[str] = Field(default_factory=list)
    """Verb cues: lemmas (regular -ar) and forms written out. Preposition cues: the participles
    of these lemmas, and those in 'forms', each before each of the 'phrases' make the cue (a
    passive and its agent: 'denunciado pelo')."""
    aspect_auxiliaries: list[str] = Field(default_factory=list)
    """Verb cues: phrases after which an infinitive of the cue verbs reports as the verb would
    ('chegou a dizer que', 'costumava afirmar que'), one of the 'infinitives'."""
    infinitives: list[str] = Field(default_factory=list)
    """Verb cues: the infinitives that report, read only after 'aspect_auxiliaries'."""
    after_quote: bool = False
    """Verb cues: these verbs report only right after a quotation's closing mark ('“…”,
    lamenta o pescador'); elsewhere they are acts ('o governo prometeu 300 casas')."""
    determiners: list[str] = Field(default_factory=list)
    """Phrase: dropped at a source's start; chain: before the chain's noun ('os últimos dados
    do'); noun: before the cue noun ('A expectativa do'); name: dropped before a name is looked up
    ('o Grupo ... (MSMT)')."""
    stop: list[str] = Field(default_factory=list)
    """Phrase: words a source phrase ends before; actor: function words that are never a
    predicate, though the lemma table reads them as verb forms ('para', 'cerca')."""
    pronouns: list[str] = Field(default_factory=list)
    """Phrase: words that name no one where a source would stand ('o qual', 'isso'); the speaker
    named before is taken instead."""
    personal_pronouns: list[str] = Field(default_factory=list)
    """Phrase: 'ele', 'ela': the source as written, with the person named before as canonical."""
    premodifiers: list[str] = Field(default_factory=list)
    """Phrase: adjectives before a source's noun, which start its phrase though they are no
    nouns ('Segundo a mais recente pesquisa Datafolha', 'Segundo seu último boletim'); 'mais'
    only before one."""
    partitives: list[str] = Field(default_factory=list)
    """Phrase: a partitive before a source's noun, as two words ('um dos': 'disse um dos
    comerciantes', 'segundo uma das vítimas'): the source is the group it names."""
    adverbs: list[str] = Field(default_factory=list)
    """Phrase: skipped around a subject; actor, as written: before a passive auxiliary ('já
    foram')."""
    complement_prepositions: list[str] = Field(default_factory=list)
    """Clause: prepositions before a noun whose modifier a hedge may sit in ('no imóvel que seria
    usado', 'do grupo supostamente comandado'): there the hedge speaks of that noun, not of a
    figure that a later verb of the clause gives."""
    finite_verbs: list[str] = Field(default_factory=list)
    """Clause: finite verbs (besides regular past forms) that end a modifier and head the main
    clause ('foi', 'são', 'pode')."""
    clause_only: list[str] = Field(default_factory=list)
    """Verb cues: forms that report only a clause ('conta que', 'concluiu que') or after a
    quotation ('“…”, conta X'), not an object or an infinitive ('conta com nove', 'conta
    arrecadar', 'concluiu inquérito', 'Fátima, 21, defende o engajamento')."""
    subject_heads: list[str] = Field(default_factory=list)
    """Verb cues: where given, the verbs report only with a subject before them headed by one of
    these nouns, at the head of its clause ('A última sondagem dá-lhe 53 por cento')."""
    object_no_report: list[str] = Field(default_factory=list)
    """Verb cues: forms that name a speaker but report only a clause or an object that
    'reported_object' matches, not another object ('os advogados explicaram as assinaturas de
    apenas 10', 'o cantor falou por 45 minutos a mil fãs')."""
    reported_object: str | None = None
    """Verb cues: an 'object_no_report' verb, matched from its start, with the object that it
    does report ('fala em 320 mortos', 'falava em risco de fuga', 'falam entre quatro e nove
    mortos'; not 'falou por 45 minutos', 'fala de ciclos')."""
    object_pattern: str | None = None
    """Verb cues: what follows a phrase after the verb that makes it the verb's object, not its
    subject ('Pesquisa, divulgada ontem, mostra Lula com 49%')."""
    time_asides: str | None = None
    """Verb cues: a regex of the times that may stand, like the adverbs, between a verb and the
    subject after it ('informou nesta segunda-feira, 23, a BBC')."""
    roles: list[str] = Field(default_factory=list)
    role_pattern: str | None = None
    """Phrase words: nouns of persons by their ending ('engenheira', 'bióloga', 'tenente-coronel'),
    which like the 'roles' take a name in apposition."""
    openers: list[str] = Field(default_factory=list)
    """Words after which a subject heads its clause ('mas', 'onde', 'que')."""
    auxiliaries: list[str] = Field(default_factory=list)
    """Verb cues: forms of 'ter' before a participle or infinitive cue ('tem ressaltado', 'ter
    estimado'); actor: auxiliaries that make one predicate with a participle ('teria enviado')."""
    not_sources: list[str] = Field(default_factory=list)
    """Heads of phrases that are never a source ('A proposta prevê ...': a provision)."""
    then: list[str] = Field(default_factory=list)
    """Noun cues: what must follow the source ('A expectativa do Ministério é ...')."""
    clitics: list[str] = Field(default_factory=list)
    """Verb cues: pronouns skipped between a subject and its verb ('O DIS os acusou')."""
    complementizers: list[str] = Field(default_factory=list)
    """Verb cues: what opens the reported clause after the verb ('disse que')."""
    infinitive_auxiliaries: list[str] = Field(default_factory=list)
    """Verb cues: before a participle after the verb, they say a report follows ('diz ter
    identificado')."""
    addressees: list[str] = Field(default_factory=list)
    """Verb cues: prepositions of whom the verb tells, before 'que' ('disseram à Coluna que')."""
    listeners: list[str] = Field(default_factory=list)
    """Verb cues: whom a report is told, after an addressee ('disse à reportagem o ...')."""
    coordinators: list[str] = Field(default_factory=list)
    """Verb cues, as written: a verb after these shares the clause's subject ('e pediu')."""
    agents: list[str] = Field(default_factory=list)
    """As written. Chain: who made the document follows them ('feito a pedido do Estado pelo
    aplicativo X'); actor: the agent of a passive follows them ('destruídas pelo furacão')."""
    not_predicates: list[str] = Field(default_factory=list)
    """Actor: lemmas of verbs that are no predicate on their own ('é', 'ficou')."""
    measure_verbs: list[str] = Field(default_factory=list)
    """Actor: lemmas of verbs whose subject is measured, not acting ('o lucro somou')."""
    passive_auxiliaries: list[str] = Field(default_factory=list)
    """Actor, as written: before a participle after the item, a passive ('foram enviados')."""
    destinations: list[str] = Field(default_factory=list)
    """Actor, as written: a place or destination between two listed figures ('14 mil soldados à
    Rússia, além de ...'), where the verb of the first covers the second."""
    connectors: list[str] = Field(default_factory=list)
    """Name, as written: lowercase words inside a long name, never at its start ('Grupo
    Multilateral de Monitoramento de Sanções (MSMT)')."""
    lead_words: list[str] = Field(default_factory=list)
    """Name, as written: capitalised words that start a run of names but are no part of it
    ('No Paraná' → 'Paraná')."""
    name_openers: list[str] = Field(default_factory=list)
    """Name, as written: function words that open a name ('São Paulo', 'Santa Casa'), read as
    part of a subject before its verb ('A Secretaria da Segurança de São Paulo afirma')."""
    name_suffixes: list[str] = Field(default_factory=list)
    """Name, as written: words that end a person's name after a surname ('Cláudio Melo
    Filho')."""
    body_articles: list[str] = Field(default_factory=list)
    """Name: articles, alone or joined to a preposition, before a one-word name that make it a
    body's ('a Odebrecht', 'do Planalto', 'segundo o Sebrae'), not a person's surname."""
    apposition_determiners: list[str] = Field(default_factory=list)
    """Name, as written: between a name and the common noun set beside it ('Henrique Meirelles,
    o ministro')."""
    breaks: list[str] = Field(default_factory=list)
    """Clause, as written: words that start a new clause (as do ';', dashes, brackets and line
    breaks)."""
    relatives: list[str] = Field(default_factory=list)
    """Clause, as written: relative pronouns ('pelo MPF, que pede'; 'US$ 1,2 milhão, que seria
    ...')."""
    participles: list[str] = Field(default_factory=list)
    """Clause, as written: irregular participles (besides the -ado/-ido forms) that make a
    relative clause a passive ('que seriam pagos')."""


class HedgeRule(Rule):
    """A hedge (``rules/pt/hedges.yaml``): words or a regex, over the figure's clause or after."""

    scope: Literal["clause", "governs", "clause_before"]
    """'clause': anywhere in the figure's clause; 'governs': before the figure in its sentence;
    'clause_before': before the figure in its clause ('é acusado de receber R$ 1 milhão')."""
    words: list[str] = Field(default_factory=list)
    pattern: str | None = None
    exceptions: list[str] = Field(default_factory=list)
    unless: str | None = None
    """A regex: the rule does not apply in a sentence where it matches (a hypothetical or
    projected scenario: 'se a eleição fosse hoje', 'num eventual segundo turno')."""
    unless_sourced: bool = False
    """The rule does not apply to a figure the article credits to a source: an estimate that
    someone named makes is that source's figure ('estima o secretário'), not the article's
    distance from it."""
    unnamed: list[str] = Field(default_factory=list)
    """With ``unless_sourced``: sources that name no one ('Segundo as estimativas' → the
    estimates themselves), which leave the hedge in force."""
    stops: list[str] = Field(default_factory=list)
    """Words (besides ';' and dashes, which stop it too where the list is given) past which a
    hedge before the figure does not reach: another clause ('Estima-se que existam 1.500
    muçulmanos - a Islândia tinha 334 mil pessoas', 'Acredita-se que ..., mas os últimos dois
    testes fracassaram')."""
    scenario_words: list[str] = Field(default_factory=list)
    """Matches (lower case, as written) that do not hedge in a sentence where another verb is in
    the conditional: they belong to the scenario or projection it sets ('provocaria um dano tão
    considerável que seria o equivalente a um terço')."""
    verb: bool = False
    """The hedge is a finite verb ('teria recebido', 'seria'): before the figure it speaks of the
    figure only up to the clause's next finite verb ('teria recebido US$ 1,5 milhão, recorreu
    ao TRF-4, e a pena foi reduzida para 14 anos': the years are the later verb's)."""


class GazetteerEntry(Strict):
    canonical: str
    type: SourceType
    aliases: list[str] = Field(default_factory=list)


class SourceRule(Rule):
    """Known sources (``rules/pt/sources.yaml``) and words that tell a source's type."""

    entries: list[GazetteerEntry] = Field(default_factory=list)
    type_words: dict[SourceType, list[str]] = Field(default_factory=dict)
    name_owners: list[str] = Field(default_factory=list)
    """Heads whose 'da/do <Name>' names the source ('força-tarefa da Lava Jato' → 'Lava Jato')."""


class SentenceRule(Rule):
    """Where a sentence does not end (``sentences.yaml``)."""

    abbreviations: list[str] = Field(default_factory=list)
    """Words written with a stop that a capital may follow inside a sentence ('o Dr. Silva',
    'Av. Paulista'); an initial ('João S. Silva') ends no sentence either."""


class RuleFileBase(Strict):
    description: str = ""


class NumberFile(RuleFileBase):
    kind: Literal["numbers"]
    rules: list[NumberRule]


class QualifierFile(RuleFileBase):
    kind: Literal["qualifiers"]
    rules: list[QualifierRule]


class RangeFile(RuleFileBase):
    kind: Literal["ranges"]
    rules: list[RangeRule]


class VagueFile(RuleFileBase):
    kind: Literal["vague"]
    rules: list[VagueRule]


class UnitFile(RuleFileBase):
    kind: Literal["units"]
    rules: list[UnitRule]


class FilterFile(RuleFileBase):
    kind: Literal["filters"]
    rules: list[FilterRule]


class ItemFile(RuleFileBase):
    kind: Literal["items"]
    rules: list[ItemRule]


class TimeFile(RuleFileBase):
    kind: Literal["time"]
    blocks: dict[str, str | list[str]] = Field(
        default_factory=dict, description="named regex parts; a list is a set of words"
    )
    rules: list[TimeRule]


class CueFile(RuleFileBase):
    kind: Literal["cues"]
    rules: list[CueRule]


class HedgeFile(RuleFileBase):
    kind: Literal["hedges"]
    rules: list[HedgeRule]


class SourceFile(RuleFileBase):
    kind: Literal["sources"]
    rules: list[SourceRule]


class SentenceFile(RuleFileBase):
    kind: Literal["sentences"]
    rules: list[SentenceRule]


RuleFile = Annotated[
    NumberFile
    | QualifierFile
    | RangeFile
    | VagueFile
    | UnitFile
    | FilterFile
    | ItemFile
    | TimeFile
    | CueFile
    | HedgeFile
    | SourceFile
    | SentenceFile,
    Field(discriminator="kind"),
]
RULE_FILE = TypeAdapter(RuleFile)
"""Validates a rule file's content, choosing the model by its ``kind``."""
