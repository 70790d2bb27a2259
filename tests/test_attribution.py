"""claimx_attribution on hand-made drafts (blank pipeline), then end to end on the seeds."""

from __future__ import annotations

import json
import re

import pytest
import spacy
from conftest import shared_path
from spacy.tokens import Doc

from claimx.attribution.lexicon import Lexicon
from claimx.components.attribution import Attributor
from claimx.drafts import ClaimDraft, register_extensions
from claimx.rulebook.loader import Rulebook
from claimx.schema import Quantity, TextSpan

NLP = spacy.blank("pt")
ATTRIBUTOR = Attributor(Lexicon.from_rulebook(Rulebook.load()))
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def attribute(text: str, mention: str, item: str | None = None) -> ClaimDraft:
    """Run the component on ``text`` with one draft over ``mention`` (its first occurrence),
    and ``item`` right after it when given."""
    register_extensions()
    doc = NLP(text)
    start = text.index(mention)
    span = doc.char_span(start, start + len(mention), alignment_mode="expand")
    sentence = next(m.span() for m in SENTENCE.finditer(text) if m.start() <= start < m.end())
    draft = ClaimDraft(
        quantity=Quantity(text=mention, span=[start, start + len(mention)], value=1, relation="="),
        token_start=span.start,
        token_end=span.end,
        sentence=sentence,
    )
    if item is not None:
        item_start = text.index(item, start + len(mention))
        draft.item = TextSpan(text=item, span=[item_start, item_start + len(item)])
    doc._.claimx_drafts = [draft]
    ATTRIBUTOR(doc)
    return draft


SOURCES = [
    # text, mention, source text, canonical, cue
    ("Segundo o IBGE, a cidade tem 300 mil habitantes.", "300 mil", "IBGE", "IBGE", "Segundo"),
    (
        "De acordo com dados do Instituto Brasileiro de Geografia e Estatística, o país tem "
        "12 milhões de desempregados.",
        "12 milhões",
        "Instituto Brasileiro de Geografia e Estatística",
        "IBGE",
        "De acordo com dados do",
    ),
    (
        "Conforme a inteligência sul-coreana, mais de 10 mil soldados foram transferidos.",
        "mais de 10 mil",
        "inteligência sul-coreana",
        None,
        "Conforme",
    ),
    (
        "Faltam 28 mil salas de aula, segundo o Ministério da Educação de Moçambique.",
        "28 mil",
        "Ministério da Educação de Moçambique",
        "Ministério da Educação de Moçambique",
        "segundo",
    ),
    (
        "A Petrobras registrou lucro de R$ 4,45 bilhões, informou a estatal nesta quinta-feira.",
        "R$ 4,45 bilhões",
        "estatal",
        None,
        "informou",
    ),
    (
        "O Barcelona informou que o valor real da transação foi de 57 milhões de euros.",
        "57 milhões",
        "Barcelona",
        "Barcelona",
        "informou",
    ),
    (
        "Os investimentos vão continuar a afluir, segundo o jornal «China Daily».",
        "continuar",
        None,
        None,
        None,
    ),
    (
        "Segundo a Agência Central de Notícias da Coreia (KCNA), 300 pessoas participaram.",
        "300",
        "Agência Central de Notícias da Coreia (KCNA)",
        "KCNA",
        "Segundo",
    ),
    (
        "Para o economista João Silva, o desemprego atinge 12 milhões de pessoas.",
        "12 milhões",
        "economista João Silva",
        "João Silva",
        "Para",
    ),
    (
        "O ataque deixou 14 mortos, disse o delegado da Polícia Civil, João Tardin.",
        "14",
        "delegado da Polícia Civil, João Tardin",
        "João Tardin",
        "disse",
    ),
    (
        "Na operação foram detidas quatro pessoas, segundo a PJ.",
        "quatro",
        "PJ",
        "PJ",
        "segundo",
    ),
    # a relative clause's verb past an adverb, its antecedent a name in quotation marks
    (
        "Os dados foram divulgados pelo INE, que ontem informou que o desemprego atingiu 7%.",
        "7%",
        "INE",
        "INE",
        "informou",
    ),
    (
        "A queixa é contra o jornal «Semanário», que ontem titulou que o PSD recebeu 2 mil contos.",
        "2 mil",
        "jornal «Semanário»",
        "Semanário",
        "titulou",
    ),
    # pt-PT nouns of persons: a report-only verb after a quotation-less clause has a speaker
    ("O projecto custará 30 mil contos, garantiu o autarca.", "30 mil", "autarca", None,
     "garantiu"),
    # a survey that heads its clause gives its figures ('dar', 'atribuir')
    ("A última sondagem dá-lhe 53 por cento dos votos.", "53", "última sondagem", None, "dá"),
    (
        "Uma sondagem do Expresso atribui ao PS 42 por cento.",
        "42",
        "sondagem do Expresso",
        None,
        "atribui",
    ),
    # a newspaper's title in quotation marks is its short name; the text is all of it
    (
        "O jornal popular alemão «Bild» anunciou ontem que a Audi vai pagar 200 milhões.",
        "200 milhões",
        "jornal popular alemão «Bild»",
        "Bild",
        "anunciou",
    ),
    # a description of a kind of body stands for the last body of that kind named before it
    (
        "O Instituto Datafolha ouviu eleitores. Segundo o instituto, os católicos são 52%.",
        "52%",
        "instituto",
        "Datafolha",
        "Segundo",
    ),
    (
        "A GNR apreendeu em Valença 37 quilos de berbigão, informou hoje aquela força policial.",
        "37 quilos",
        "força policial",
        "GNR",
        "informou",
    ),
]


@pytest.mark.parametrize(("text", "mention", "source", "canonical", "cue"), SOURCES)
def test_source(text: str, mention: str, source, canonical, cue) -> None:
    draft = attribute(text, mention)
    if source is None:
        return
    assert draft.source is not None
    assert (draft.source.text, draft.source.canonical, draft.source.cue) == (
        source,
        canonical,
        cue,
    )
    start, end = draft.source.span
    assert text[start:end] == source


NO_SOURCE = [
    ("Um segundo grupo de 300 soldados foi enviado.", "300"),
    ("Ele ficou em segundo lugar com 300 votos.", "300"),
    ("O governo enviou 300 médicos para o interior.", "300"),
    ("Em outubro, a Coreia do Norte enviou cerca de 12 mil soldados Reprodução/NHK News", "cerca"),
    (
        "O jacaré pesava cerca de 100 kg e a polícia disse acreditar que a carne seria vendida.",
        "cerca de 100 kg",
    ),
    # 'dar' and 'atribuir' give where their subject is no survey
    ("O Governo deu 300 mil contos à autarquia.", "300"),
    ("A câmara atribuiu 30 bolsas a estudantes do concelho.", "30"),
]


@pytest.mark.parametrize(("text", "mention"), NO_SOURCE)
def test_no_source(text: str, mention: str) -> None:
    assert attribute(text, mention).source is None


def test_source_type_from_gazetteer_and_words() -> None:
    assert attribute("Segundo a PF, 300 pessoas foram presas.", "300").source.type == "police"
    draft = attribute("Segundo a Polícia Civil, 300 pessoas foram presas.", "300")
    assert draft.source.type == "police"


def test_acronym_defined_earlier_resolves_later_mention() -> None:
    text = (
        "O Grupo Multilateral de Monitoramento de Sanções (MSMT) publicou um relatório. "
        "Segundo o Grupo Multilateral de Monitoramento de Sanções, 300 mísseis foram enviados."
    )
    assert attribute(text, "300").source.canonical == "MSMT"


def test_lead_in_covers_list_items() -> None:
    text = (
        "Segundo o Grupo Multilateral de Monitoramento de Sanções (MSMT), a Coreia do Norte "
        "forneceu:\n\n  • Mais de 9 milhões de munições\n  • Mais de 200 veículos de guerra\n"
    )
    draft = attribute(text, "Mais de 200")
    assert draft.source.canonical == "MSMT"
    assert draft.actor.text == "Coreia do Norte"
    assert (draft.predicate.text, draft.predicate.lemma) == ("forneceu", "fornecer")


def test_quote_closed_by_speaker_covers_every_sentence() -> None:
    text = (
        "“Os municípios repassam cerca de R$ 510 mil por mês. O restante vem do Estado”, "
        "explicou o secretário José Zanardi."
    )
    assert attribute(text, "cerca de R$ 510 mil").source.text == "secretário José Zanardi"


def test_a_stray_straight_quote_does_not_pair_the_quotes_after_it() -> None:
    """Without its opening mark, a quote's closing mark ('quadro." Questionado') would pair with
    the next opening one and make the sentence between them a quotation."""
    text = (
        'Ele falou do caso e havia esse quadro." Questionado sobre o auxílio, Moro defendeu o '
        'benefício de R$ 4,3 mil. "Existe esse benefício, que é questionável", comentou o juiz.'
    )
    assert attribute(text, "R$ 4,3 mil").source is None
    mixed = (
        '"Luciana, o Brasil tem 200 milhões de habitantes? Se estimularmos isso, vai reduzir '
        'pra 100”, disse Fidelix.'
    )
    assert attribute(mixed, "200 milhões").source.text == "Fidelix"


def test_a_description_is_named_by_its_apposition_not_its_complement() -> None:
    text = (
        "O governador de Minas Gerais, Fernando Pimentel, visitou Brasília. "
        "O governador disse que o estado deve R$ 88 bilhões à União."
    )
    assert attribute(text, "R$ 88 bilhões").source.canonical == "Fernando Pimentel"
    bare = (
        "A procuradora-geral da República falou em Brasília. "
        "A procuradora-geral disse que 41 procuradores assumiram o cargo."
    )
    assert attribute(bare, "41").source.canonical != "República"


def test_pronoun_source_is_written_and_named_by_the_speaker_before() -> None:
    text = (
        "O ministro Henrique Meirelles disse que a economia cresce. "
        "Ele lembrou que a Previdência já abocanha 57% dos gastos."
    )
    source = attribute(text, "57%").source
    assert (source.text, source.canonical) == ("Ele", "Henrique Meirelles")
    alone = attribute("Ele lembrou que a Previdência já abocanha 57% dos gastos.", "57%").source
    assert (alone.text, alone.canonical) == ("Ele", None)


def test_speaker_carried_to_a_pronoun_is_the_outermost_frames() -> None:
    # the ministry is what Ronan Marinho reports, not who speaks in the next sentence
    text = (
        "Ronan Marinho, titular da Sejuc, informou que o Ministério da Justiça comunicou o "
        "governo sobre a retirada da tropa. Ele disse que cerca de 39 agentes estavam no estado."
    )
    source = attribute(text, "cerca de 39").source
    assert (source.text, source.canonical) == ("Ele", "Ronan Marinho")


def test_a_stray_comma_between_subject_and_verb_keeps_the_subject() -> None:
    split = (
        "O ex-presidente da Odebrecht Márcio Faria da Silva, disse em seu acordo de delação "
        "que o PMDB recebeu US$ 40 milhões."
    )
    assert attribute(split, "US$ 40 milhões").source.text.endswith("Márcio Faria da Silva")
    # an adverbial before the comma is no subject
    adverbial = "Além disso, disse que repassou mais R$ 16 milhões para os presídios."
    assert attribute(adverbial, "R$ 16 milhões").source is None


@pytest.mark.parametrize(
    ("text", "mention", "source"),
    [
        # a participle phrase with a figure and a name between the survey and its verb
        (
            "Uma pesquisa feita pela Ipsos no mês passado com 2,1 mil motoristas paulistas "
            "revelou que 37% dos entrevistados já dirigiram após beber.",
            "37%",
            "Ipsos",
        ),
        # a stray comma after a long participle phrase
        (
            "Um levantamento divulgado nesta terça-feira pela Confederação Nacional do Comércio "
            "e pelo Sebrae, indica que 41% das lojas fecharam no ano.",
            "41%",
            "Confederação Nacional do Comércio",
        ),
        # a relative clause and a parenthesis before the verb
        (
            "Outro estudo que a universidade conduziu no semestre (com alunos de 12 escolas, "
            "públicas e privadas) mostrou que 60% deles não leem jornais.",
            "60%",
            "estudo",
        ),
    ],
)
def test_a_document_that_opens_the_sentence_reports_past_what_describes_it(
    text: str, mention: str, source: str
) -> None:
    assert attribute(text, mention).source.text == source


def test_a_document_opening_the_sentence_yields_to_a_subject_or_report_of_its_own() -> None:
    # a clause with its own subject comes between: that subject reports
    own = "O estudo saiu em maio e o ministro afirmou que 30% das escolas fecharam."
    assert attribute(own, "30%").source.text == "ministro"
    # the owner's name read back from the verb stays the source
    owned = "Dados de 2016 do Conselho Nacional de Justiça mostram que o presídio tem 900 vagas."
    assert attribute(owned, "900").source.canonical == "CNJ"
    # a document with no reporting verb after it gives no source
    act = "O relatório foi entregue ao ministro com 300 páginas de anexos."
    assert attribute(act, "300").source is None


def test_a_quotations_bare_tag_takes_a_pronoun_that_reported_before() -> None:
    text = (
        "A manicure trabalha há dois anos no salão. Segundo ela, cada cliente paga R$ 40 por "
        "sessão. Mas o movimento caiu muito. “Hoje atendo no máximo dez clientes por dia”, conta."
    )
    assert attribute(text, "no máximo dez").source.text == "ela"
    # not outside a quotation: a bare verb there takes only a speaker named before
    plain = (
        "A manicure trabalha há dois anos no salão. Segundo ela, cada cliente paga R$ 40 por "
        "sessão. Mas o movimento caiu muito. Em casa, tem três filhos."
    )
    assert attribute(plain, "três").source is None


def test_cue_without_subject_takes_speaker_named_before() -> None:
    text = (
        "O ministro Henrique Meirelles disse que a economia cresce. "
        "“A Previdência já abocanha 57% dos gastos”, lembrou."
    )
    assert attribute(text, "57%").source.text == "ministro Henrique Meirelles"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb with no subject after a fronted adjunct: the subject of the sentence before
        ("Moraes assumiu o Ministério em maio. No ministério, anunciou a criação de uma Força "
         "com mais de 12 mil homens.", "Moraes"),
        ("Pelo contrário, Menezes considera que o PSD ganha. Sem iludir a derrota, defendeu que "
         "a margem de 46% é animadora.", "Menezes"),
        ("Lula participou de ato em seu favor. Durante o evento, voltou a dizer que o juiz o "
         "condenou a 9 anos.", "Lula"),
        # a place named in the adjunct: others there, no subject said ('No Japão, afirmaram')
        ("Serviços da Coreia do Sul afirmaram que o teste teve 50 quilotoneladas. No Japão, "
         "afirmaram que foi de 160 quilotoneladas.", None),
        # a speaker that is no name ends the search: not one named further back
        ("O chanceler Aloysio Nunes disse que é um golpe. A oposição disse que a intenção é "
         "adiar as eleições. Além disso, alega que os 500 integrantes não serão eleitos.", None),
    ],
)
def test_a_verb_after_a_fronted_adjunct_speaks_for_the_subject_before(text, speaker) -> None:
    figure = re.search(r"(?:mais de )?\d+(?: mil)?(?:%)?", text.split(". ")[-1]).group()
    source = attribute(text, figure).source
    assert (source.text if source else None) == speaker


def test_bare_tag_between_commas_reports_the_rest_of_its_sentence() -> None:
    text = "Segundo Marcelo, o e-mail era dele. O valor, disse, era de R$ 4 milhões."
    assert attribute(text, "R$ 4 milhões").source.text == "Marcelo"
    # a tag after a quotation reports the quotation, not what follows the tag
    quoted = "Segundo Marcelo, o e-mail era dele. “Era um nome”, disse, ao lado de 5 ministros."
    assert attribute(quoted, "5").source is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject of a cue before the quotation
        ("Ele disse que não se lembra. “Milhares me ofereceram R$ 10”, declarou.", "Ele"),
        # the subject of the sentence before it, with no cue
        ("Ela faz peregrinações às ruínas. “Há R$ 10 em jogo”, diz.", "Ela"),
        # a pronoun inside a quotation speaks for no one after it
        ("“Dizem que eles pagaram.” “Há R$ 10 em jogo”, completou.", None),
        # a name the sentence before opens with past several adjuncts
        ("Ainda assim, dez anos depois, aos 57 anos, Franco sofreria outro infarto. “Eu fazia "
         "tudo, R$ 10 por dia”, avalia.", "Franco"),
        # not a thing named ('o Curiosity') nor a phrase headed by a common noun
        ("Semelhante a um carro, o Curiosity pesaria 900 quilos. “Havia R$ 10”, disse.", None),
        ("Após anos, os diagnósticos de Hélio Luz ficaram marcados. “Há R$ 10”, disse.", None),
    ],
)
def test_bare_tag_after_a_quotation_speaks_for_the_pronoun_before_it(text, speaker) -> None:
    source = attribute(text, "R$ 10").source
    assert (source.text if source else None) == speaker


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("O jornal O Estado de S. Paulo revelou que 300 pessoas morreram.", "Estado de S. Paulo"),
        ("A greve reuniu 300 operários, informou o banco J. P. Morgan.", "banco J. P. Morgan"),
        ("Uma análise mais profunda mostra que 300 inquéritos param.", "análise mais profunda"),
        ("A pesquisa mais recente do Datafolha mostra que 300 eleitores votam.",
         "pesquisa mais recente do Datafolha"),
    ],
)
def test_a_subject_holds_initials_and_mais_before_an_adjective(
    extractor, text: str, source: str
) -> None:
    assert extractor.extract(text).claims[0].source.text == source


ACTORS = [
    (
        "Pyongyang já teria enviado mais de 14 mil soldados à Rússia.",
        "mais de 14 mil",
        "Pyongyang",
        "teria enviado",
        "enviar",
    ),
    (
        "Em outubro de 2024, a Coreia do Norte enviou cerca de 12 mil soldados.",
        "cerca de 12 mil",
        "Coreia do Norte",
        "enviou",
        "enviar",
    ),
]


@pytest.mark.parametrize(("text", "mention", "actor", "predicate", "lemma"), ACTORS)
def test_actor_and_predicate(text: str, mention: str, actor: str, predicate: str, lemma: str):
    draft = attribute(text, mention)
    assert draft.actor is not None and draft.actor.text == actor
    assert (draft.predicate.text, draft.predicate.lemma) == (predicate, lemma)


def test_passive_actor_from_the_origin_in_the_item() -> None:
    text = "Mais de 10 mil soldados da Coreia do Norte foram transferidos para a Rússia."
    draft = attribute(text, "Mais de 10 mil", item="soldados da Coreia do Norte")
    assert draft.actor is not None and draft.actor.text == "Coreia do Norte"
    assert draft.predicate.lemma == "transferir"


def test_passive_actor_from_the_agent() -> None:
    text = "Mais de 300 casas foram destruídas pelo furacão Irma."
    draft = attribute(text, "Mais de 300", item="casas")
    assert draft.actor is not None and draft.actor.text == "furacão Irma"
    assert (draft.predicate.text, draft.predicate.lemma) == ("destruídas", "destruir")


def test_no_actor_for_passive_without_agent() -> None:
    draft = attribute("Relatórios apontam que milhares de soldados foram enviados.", "milhares")
    assert draft.actor is None


def test_component_leaves_docs_without_drafts_alone() -> None:
    register_extensions()
    doc = Doc(NLP.vocab, words=["Nada", "aqui", "."])
    assert ATTRIBUTOR(doc) is doc


SEED_SOURCES = {
    "000": ["Relatórios", "MSMT", "MSMT", "MSMT", "MSMT"],
    "001": ["MSMT", "MSMT"],
    "003": [None, None, None],
    "004": ["inteligência sul-coreana"],
}


def test_seeds_end_to_end(extractor) -> None:
    gold = [json.loads(line) for line in shared_path("gold", "seeds.jsonl").open()]
    for claim in (g for g in gold if not g["optional"]):
        text = shared_path("seeds", claim["doc"] + ".txt").read_text(encoding="utf-8")
        article = extractor.extract(text, doc_id=claim["doc"])
        found = [
            c
            for c in article.claims
            if c.span[0] < claim["span"][1] < c.span[1] + 1 and c.span[1] > claim["span"][0]
        ]
        assert found, claim["text"]
        got, want = found[0].source, claim["source"]
        assert (got is None) == (want is None), claim["text"]
        if want:
            assert (got.canonical or got.text) == (want["canonical"] or want["text"])
        assert found[0].hedged == claim["hedged"], claim["text"]


def test_common_noun_source_takes_the_name_given_earlier() -> None:
    text = (
        "O artista plástico Jorge Rivasplata, autor da estátua, falou à imprensa. "
        "Pelo objeto, o artista disse que recebeu R$ 7 mil."
    )
    draft = attribute(text, "R$ 7 mil")
    assert draft.source is not None and draft.source.canonical == "Jorge Rivasplata"


def test_one_word_name_takes_the_full_name_used_last_before_it() -> None:
    text = (
        "Ana Carolina de Oliveira abriu a empresa. Ana Paula Peraza é sócia. "
        "Ana conta que chega a faturar R$ 1.000 por evento."
    )
    draft = attribute(text, "R$ 1.000")
    assert draft.source is not None and draft.source.canonical == "Ana Paula Peraza"


def test_acronym_source_is_not_widened_to_a_longer_name() -> None:
    text = "O Grupo DIS entrou na Justiça. O DIS estima o prejuízo em 34 milhões de euros."
    draft = attribute(text, "34 milhões de euros")
    assert draft.source is not None and draft.source.canonical == "DIS"


def plain_clause_break(words: list[str]) -> str:
    """What :func:`claimx.attribution.context.clause_break_rx` finds, as a plain alternation."""
    alternation = "|".join(re.escape(w) for w in words)
    return rf"(?<![\w-])(?:{alternation})(?![\w-])|[;—–:()\[\]]|\s-{{1,2}}\s|\n"


ACRONYM_BEFORE_PLAIN = re.compile(r"(?<![\w-])([A-Z]{2,10})\s+\(([A-ZÁÉÍÓÚ][^()\n]{5,120})\)")


def test_fast_scans_find_what_the_plain_patterns_find() -> None:
    """The scans rewritten for speed (a leading character class instead of a lookbehind) match
    exactly where the plain patterns do."""
    import random

    from claimx.attribution import context, gazetteer
    from claimx.attribution.lexicon import WordScan
    from claimx.rulebook.models import CueRule

    breaks = [w for r in Rulebook.load().rules(CueRule) if r.role == "clause" for w in r.breaks]
    assert breaks
    odd = ["e", "em", "quem", "ou"]  # a one-letter word, words that share a first letter
    plain = {
        ATTRIBUTOR.lex.clause_break: plain_clause_break(breaks),
        context.clause_break_rx(odd): plain_clause_break(odd),
        gazetteer.NAME_RUN: rf"(?<![\w-]){gazetteer._NAME}(?:\s+(?:d[aeo]s?\s+)?"
        rf"{gazetteer._NAME})+(?![\w-])",
    }
    scan = WordScan(r"(?:que|estima(?:-se)?|a)(?![\w-])", re.IGNORECASE)
    pieces = [
        *'aqompecAQZÉ -_.!?…;—–:()[]\n\t"”•*1',
        "que",
        "Que",
        "cujos",
        "porém",
        " de ",
        " - ",
        "\n\n",
        "\n- ",
        "ONU (",
        "Ministério Público",
        "estima-se",
        "ESTIMA-SE",
        "Ç",
        *breaks,
        *odd,
    ]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        for fast, slow in plain.items():
            got = [(m.span(), m.groups()) for m in fast.finditer(text, a, b)]
            want = [(m.span(), m.groups()) for m in re.compile(slow).finditer(text, a, b)]
            assert got == want, (slow, text, a, b)
        want_acronyms = [m.groups() for m in ACRONYM_BEFORE_PLAIN.finditer(text)]
        assert gazetteer.acronyms_before(text) == want_acronyms, text
        want = [m.start() for m in scan.rx.finditer(text, a, b)]
        assert scan.starts(text, a, b) == want
        assert scan.starts(text, a, b, text.lower()) == want  # the folded scan


def test_lemma_table_finds_verb_forms_of_verb_lemmas_only() -> None:
    from claimx.attribution.lemmas import LemmaTable

    table = LemmaTable(
        "{\n"
        '    "enviaram": "enviar",\n'
        '    "forneceu": "fornecer",\n'
        '    "soldados": "soldado",\n'
        '    "ésta": "éster"\n'
        "}\n".encode()
    )
    assert table.lemma("forneceu") == "fornecer"
    assert table.lemma("enviaram") == "enviar"
    assert table.lemma("ésta") == "éster"  # past ASCII: UTF-8 bytes sort as the keys do
    assert table.lemma("soldados") is None  # a noun's entry
    assert table.lemma("forneceram") is None  # not in the table
    assert table.lemma("aaa") is None and table.lemma("zzz") is None


def test_installed_lemma_table_agrees_with_its_json() -> None:
    """The binary search relies on the table's order: check it against a full load."""
    import gzip
    import json
    import random
    from importlib import resources

    from claimx.attribution.lemmas import FORM_ENDINGS, LEMMA_ENDINGS, lemma_table

    lookups = pytest.importorskip("spacy_lookups_data")
    table = lemma_table()
    assert table is not None
    path = resources.files(lookups) / "data" / "pt_lemma_lookup.json.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        entries: dict[str, str] = json.load(handle)
    sample = random.Random(7).sample(sorted(entries), 3000)
    for form in sample:
        lemma = entries[form]
        verb = form.endswith(FORM_ENDINGS) and lemma.endswith(LEMMA_ENDINGS)
        assert table.lemma(form) == (lemma if verb else None), form


def test_last_token_read_backwards_equals_an_end_anchored_search() -> None:
    import random

    from claimx.attribution.phrases import last_token

    plain = re.compile(r"(\w+(?:[-.'’/]\w+)*|[^\w\s])\s*$")
    pieces = [*"ab1_ -.'’/\n\t,;!é", "ção", "  ", "x-y", "a.b."]
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        m = plain.search(text, a, b)
        got = last_token(text, a, b)
        want = None if m is None else (m.start(1), m.end(1), m.group(1))
        assert want == (got and (got.start, got.end, got.text)), (text, a, b)


def test_tokens_read_backwards_are_the_tokens_read_forwards() -> None:
    import random

    from claimx.attribution.lexicon import TOKEN
    from claimx.attribution.phrases import BackwardTokens

    pieces = [*"ab1_ -.'’/\n\t,;!é()", "ção", "  ", "x-y", "a.b.", "São Paulo", "--"]
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        forwards = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, a, b)]
        toks = BackwardTokens(text, a, b)
        backwards = []
        while toks.has(len(backwards)):
            tok = toks[len(backwards)]
            assert tok.low == tok.text.lower()
            backwards.append((tok.start, tok.end, tok.text))
        assert backwards[::-1] == forwards, (text, a, b)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a bare tag goes on with the speaker of the quotation a bare tag closed before it
        ("A costureira Helena Prado diz que falta comida. “Não há remédios”, afirma. "
         "“Meu filho quer sair daqui”, avalia. Porém até viajar ficou difícil. “A passagem "
         "custa US$ 700 e é muito cara”, conta.", "costureira Helena Prado"),
        # the named person a sentence of narration before the quotation opens with
        ("Rosa Lima, de 32 anos, também achou uma maneira de ganhar dinheiro. O que ganha "
         "sustenta o filho. “Ganho US$ 700 por semana”, diz.", "Rosa Lima"),
        # the chain stops at a sentence of narration that opens with someone else's name, who
        # speaks then
        ("A costureira Helena Prado mora em Caracas. Ela chegou em 2010. “Não há remédios”, "
         "afirma. “Meu filho quer sair daqui”, avalia. Patrícia Gomes, vizinha dela, também "
         "adotou a prática. “A passagem custa US$ 700”, conta.", "Patrícia Gomes"),
    ],
)
def test_a_bare_tag_carries_the_speaker_of_the_narration_or_quotation_before(
    text, speaker
) -> None:
    source = attribute(text, "US$ 700").source
    assert (source.text if source else None) == speaker


def test_a_quotation_that_ends_its_sentence_has_no_tag_in_the_next_one() -> None:
    # '“….” O advogado … disse que': the next sentence speaks for itself; the quotation takes
    # the speaker named before it
    text = (
        "Em entrevista, o prefeito Jonas Moreira ressaltou que não participou das gravações. "
        "“São cerca de mil páginas e não há uma fala minha. Não houve nenhum aditivo.” O "
        "advogado Márcio Teles disse que seu cliente nunca pagou propina."
    )
    assert attribute(text, "cerca de mil").source.text == "prefeito Jonas Moreira"
    # with no one named before it, the sentence after it still gives the speaker
    alone = (
        "“São cerca de mil páginas e não há uma fala minha.” O prefeito Jonas Moreira disse "
        "que não participou das gravações."
    )
    assert attribute(alone, "cerca de mil").source.text == "prefeito Jonas Moreira"


def test_an_untagged_quotation_after_a_bare_tag_keeps_that_speaker() -> None:
    # '“… R$ 30 milhões …”, afirmou. “Sérgio Guerra concordou …”': the second quotation's
    # words name others; its speaker is the first one's
    text = (
        "O delator Pedro Nunes relatou dois encontros. “O senador Sérgio Guerra pediu R$ 30 "
        "milhões ao declarante”, afirmou. “Sérgio Guerra concordou em levar o pleito ao "
        "governador, e 15% dos valores iriam às campanhas.”"
    )
    assert attribute(text, "15%").source.text == "delator Pedro Nunes"
