"""The item reader's rule: where an item is read and the word lists that read it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from claimx.rulebook.models.base import Rule


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
    feminine_pronouns: list[str] = Field(default_factory=list)
    """The feminine of 'pronouns', which refers to a feminine plural ('523 delas')."""
    feminine_plurals: list[str] = Field(default_factory=list)
    """Endings of feminine plural nouns ('pessoas'), and such nouns whole ('mulheres')."""
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
    share_wholes: list[str] = Field(default_factory=list)
    """Transparent words that are the item of a share where no 'de' complement follows: the
    whole it is a share of ('30% do total' → total, '52% do total captado' → total captado)."""
    measure_leads: list[str] = Field(default_factory=list)
    """What a counted measure hands its item to ('10 pontos de vantagem' → vantagem); any other
    complement is the measure's own ('81 pontos de coleta', 'a sete pontos do comandante')."""
    not_items: list[str] = Field(default_factory=list)
    """Words of change ('queda', 'corte'): no item after a figure; before it ('queda de')
    they are."""
    never_items: list[str] = Field(default_factory=list)
    """Nouns of locutions ('em vez de', 'em relação a', 'com idade de'): never an item."""
    frame_nouns: list[str] = Field(default_factory=list)
    """Nouns that, right after a figure and one of 'place_links', frame it ('24 por cento no
    caso das restantes ex-repúblicas'): no item after the figure."""
    time_words: list[str] = Field(default_factory=list)
    stop: list[str] = Field(default_factory=list)
    dimensions: list[str] = Field(default_factory=list)
    """Nouns of a dimension ('altura', 'comprimento'): never an item after a measure ('uma
    barreira de 12 metros de altura' → barreira), and stops like ``stop``; before 'de' they are
    the noun the amount measures ('uma altura máxima de 2.802 km' → altura máxima, guide)."""
    stop_pattern: str | None = None
    modifier_pattern: str | None = None
    list_stop_pattern: str | None = None
    """Words that end an item's list after a comma ('intenções de voto, seguido por')."""
    plural_verb_pattern: str | None = None
    """Words that after a count other than one are verbs, not its item: a plural noun never
    ends so ('Dos 14 ministros, 7 prometem ficar'; 'um homem' is one)."""
    list_links: list[str] = Field(default_factory=list)
    """Previous-rule: what joins the counts of a list that writes their noun once, after the
    last ('20, 30 ou 40 pessoas')."""
    elided_openers: list[str] = Field(default_factory=list)
    """Previous-rule: words that may follow a list's link before a count whose noun is left
    out ('35 penas aumentadas, 20 mantidas e outras 16 reduzidas')."""
    elided_gap: int = 4
    """Previous-rule: the most tokens between the adjective of the count before and a count
    whose noun is left out ('15 mulheres abatidas a tiro, nove esfaqueadas')."""
    agreement_endings: list[str] = Field(default_factory=list)
    """Previous-rule: the plural endings of gender and number that a left-out noun's adjective
    and the adjective of the count before must share ('abatidas' and 'esfaqueadas': -as)."""
    person_verb_pattern: str | None = None
    """Before-rule: first-person verb forms ('criei', 'temos'), which no lemma test reads:
    not the noun before a relative 'que' ('playlists que criei que ficaram em 200')."""
    max_tokens: int = 8
    acronym_pattern: str | None = None
    """An acronym that a count counts ('seis LP', '794 PMs'), as written; its plural in '-s'
    ('18 UPPs', 'as PECs') is a common noun wherever it stands."""
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
    named_scales: list[str] = Field(default_factory=list)
    """Before-rule: nouns of a scale written right before a bare figure, with no 'de', which the
    figure measures ('um terremoto de magnitude 7,3' → magnitude, 'tirou nota 1000' → nota)."""
    conjunctions: list[str] = Field(default_factory=list)
    """Before-rule: what joins the conjuncts of a coordinated item before a quantity, whose
    head is the first ('moda e acessórios (14,8%)', 'Brancos e nulos somam 4%')."""
    clause_words: list[str] = Field(default_factory=list)
    """Before-rule: words before a coordination that make it part of a clause, not one item
    ('há poucas opções e produto custou', 'quem se declara sem religião ou agnóstico (8%)')."""
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
    adverbial_links: list[str] = Field(default_factory=list)
    """Before-rule: place links with their article ('no', 'na', 'nos'): after a verb of amount
    and its figure they open where or when it happened, not what changed ('os assassinatos
    caíram 21,97% no estado' → assassinatos); not a bare 'em' ('cresceu 90% em receita')."""
    not_measured: list[str] = Field(default_factory=list)
    """Before-rule: nouns that a figure after 'de' does not measure ('destinatário de R$ 1
    milhão em propinas', 'depois de 21 dias')."""
    payment_means: list[str] = Field(default_factory=list)
    """Before-rule: means of payment after one of 'place_links' ('o pagamento de 1.600 contos em
    cheque'): they say how the money went, not what it is, so a noun of 'not_measured' before
    'de' stays the item."""
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
    change_nouns: list[str] = Field(default_factory=list)
    """Before-rule: nouns of change that measure their amount through 'em' as through 'de' ('a
    redução da tarifa em 18%' → redução)."""
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
    datives: list[str] = Field(default_factory=list)
    """Before-rule: 'a' with an article, opening whom an amount went to or fell on between a
    verb of amount and its figure ('custou à Petrobras US$ 1,2 bilhão'): not the item."""
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
