"""Attribution cues, hedges and known sources."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from claimx.rulebook.models.base import Rule, Strict
from claimx.schema import SourceType


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
    sentence_head: bool = False
    """Preposition cues: the cue holds only where it opens its sentence ('Na delação de
    Joesley, …'), not at the head of a clause inside it ('pediram, em carta aberta, que')."""
    antecedent: bool = False
    """Preposition cues: the source is the noun phrase before the cue, which a relative pronoun
    in the cue stands for ('dados de economistas segundo os quais a economia cresce 3,5%' →
    economistas); the cue reports only the relative clause it opens, up to its closing comma."""
    yields: bool = False
    """Preposition cues: the frame gives way to a cue after it in its sentence that covers the
    figure ('Num estudo de 2016, analistas do Bernstein projetam ...' → analistas)."""
    agent_heads: list[str] | None = None
    """Preposition cues: where given, the source must name someone: a name, a noun of persons
    (the phrase rule's 'roles' and 'role_pattern') or one of these bodies ('Para o governo,');
    else the preposition is plain ('Para a nova temporada,', 'Para efeito de cálculo,')."""
    not_after: list[str] = Field(default_factory=list)
    """Preposition and verb cues: the word before that cancels the cue ('levando em conta')."""
    one_word_not_after: list[str] = Field(default_factory=list)
    """Preposition cues: words of 'not_after' that cancel only a one-word phrase, and there only
    where no source follows it (a determiner, a personal pronoun, a name, a document's noun):
    'e' and 'ou' join ordinals ('primeiro e segundo turnos', 'e segundo nos Asian Classic'),
    not multi-word cues or a cue before its source ('e de acordo com uma auditoria', 'E
    segundo ele', 'e segundo informações da assessoria')."""
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
    light_verbs: list[str] = Field(default_factory=list)
    """Verb cues: verbs that make one cue with the cue form right after them, whose subject is
    theirs ('dá conta de que')."""
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
    adjunct_prepositions: list[str] = Field(default_factory=list)
    """Phrase: prepositions of place and time; a phrase read back from a verb that one of them
    opens is an adjunct, and the subject stands before it ('O Comando dos EUA no Pacífico diz',
    'Levantamento do Pew Research em junho mostra'), or there is none ('Em um deles, diz que')."""
    fronted_adjuncts: list[str] = Field(default_factory=list)
    """Phrase: first words of an adjunct fronted before a reporting verb with no subject, closed
    by a comma ('No ministério, anunciou', 'Sem iludir a derrota, defendeu que'): the verb heads
    its sentence, as 'Disse que' does, and its subject is that of the sentence before."""
    sentence_conjunctions: list[str] = Field(default_factory=list)
    """Phrase: conjunctions that open a sentence ('Ou seja, …', 'Mas o governo …'): never the
    person a sentence of narration opens with, whom a bare quote tag after it may speak for."""
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
    document_subjects: list[str] = Field(default_factory=list)
    """Verb cues: nouns of surveys, studies and documents whose phrase, opening its sentence, is
    the subject of the reporting verb however long what describes it before the verb: a
    participle phrase with figures, a relative clause, a parenthesis, a stray comma ('Uma
    pesquisa feita pelo Busuu com 4,6 mil usuários mostrou que', 'Uma pesquisa divulgada pelo
    Datafolha, indica que')."""
    object_no_report: list[str] = Field(default_factory=list)
    """Verb cues: forms that name a speaker but report only a clause or an object that
    'reported_object' matches, not another object ('os advogados explicaram as assinaturas de
    apenas 10', 'o cantor falou por 45 minutos a mil fãs')."""
    reported_object: str | None = None
    """Verb cues: an 'object_no_report' verb, matched from its start, with the object that it
    does report ('fala em 320 mortos', 'falava em risco de fuga', 'falam entre quatro e nove
    mortos'; not 'falou por 45 minutos', 'fala de ciclos')."""
    speaker_heads: list[str] = Field(default_factory=list)
    """Verb cues: nouns that may head the subject after a verb besides names, the roles and
    the bodies of the preposition cues: persons they leave out ('mãe', 'autoridade'), bodies
    ('assessoria') and documents, data and instruments ('…, diz o relatório', 'aponta a nota');
    any other noun phrase there is the verb's object ('anunciou a criação de uma Força')."""
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
    reporting_sources: list[str] = Field(default_factory=list)
    """Heads of 'not_sources' that are a source where their verb reports a clause ('O texto
    informa que'), unless the verb is one of 'provision_verbs' ('O texto prevê que')."""
    provision_verbs: list[str] = Field(default_factory=list)
    then: list[str] = Field(default_factory=list)
    """Noun cues: what must follow the source ('A expectativa do Ministério é ...')."""
    clitics: list[str] = Field(default_factory=list)
    """Verb cues: pronouns skipped between a subject and its verb ('O DIS os acusou')."""
    enclitics: list[str] = Field(default_factory=list)
    """Verb cues: pronouns of whom it was told that European Portuguese hyphenates after the
    verb ('disse-nos', 'contou-me', 'explicou-lhe'); the verb reports as it would without them."""
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
    hedge does not reach, before the figure or after it: another clause ('Estima-se que existam
    1.500 muçulmanos - a Islândia tinha 334 mil pessoas', 'Acredita-se que ..., mas os últimos
    dois testes fracassaram', '50 perguntas sobre supostas irregularidades')."""
    scenario_words: list[str] = Field(default_factory=list)
    """Matches (lower case, as written) that do not hedge in a sentence where another verb is in
    the conditional: they belong to the scenario or projection it sets ('provocaria um dano tão
    considerável que seria o equivalente a um terço')."""
    charges: list[str] = Field(default_factory=list)
    """Nouns right after a figure that make it a count of the charges themselves, which the
    hedge does not distance ('acusado de ter cometido dois crimes contra a modelo')."""
    verb: bool = False
    """The hedge is a finite verb ('teria recebido', 'seria'): before the figure it speaks of the
    figure only up to the clause's next finite verb ('teria recebido US$ 1,5 milhão, recorreu
    ao TRF-4, e a pena foi reduzida para 14 anos': the years are the later verb's)."""


class GazetteerEntry(Strict):
    canonical: str
    type: SourceType
    aliases: list[str] = Field(default_factory=list)


class DescribedBody(Strict):
    """A kind of body that the news refers back to by a description ('o instituto', 'aquela
    força policial'): the description, and the names it stands for."""

    descriptions: list[str]
    """The description, lower case, after determiners and 'anaphors' ('força policial')."""
    heads: list[str] = Field(default_factory=list)
    """First words of a full name of that kind ('Instituto', 'Polícia')."""
    names: list[str] = Field(default_factory=list)
    """Names of that kind that start with no head word (as written: 'Datafolha', 'GNR')."""
    defined: bool = False
    """A name with a head word counts only where the article gives its acronym after it or the
    gazetteer lists it: bodies of that kind are also named after persons ('Instituto Lula')."""


class SourceRule(Rule):
    """Known sources (``rules/pt/sources.yaml``) and words that tell a source's type."""

    entries: list[GazetteerEntry] = Field(default_factory=list)
    type_words: dict[SourceType, list[str]] = Field(default_factory=dict)
    name_owners: list[str] = Field(default_factory=list)
    """Heads whose 'da/do <Name>' names the source ('força-tarefa da Lava Jato' → 'Lava Jato')."""
    described_bodies: list[DescribedBody] = Field(default_factory=list)
    anaphors: list[str] = Field(default_factory=list)
    """Words that point back before a description ('o mesmo instituto', 'o próprio tribunal')."""
