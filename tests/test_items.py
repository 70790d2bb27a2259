"""What each quantity counts, on sentences of real news (Fake.br ``true.jsonl``, FactNews)."""

from __future__ import annotations

import pytest

from claimx.items.finder import ItemFinder, verb_forms
from claimx.rulebook.loader import cached_rulebook
from claimx.rulebook.models import ItemRule

ITEMS = [
    # after the quantity
    ("A pesquisa ouviu 2.002 pessoas entre os dias 29 e 31 de julho.", "2.002", "pessoas"),
    ("De acordo com o IBGE, o desemprego ficou em 12,8% em julho, atingindo 13,3 milhões de "
     "pessoas.", "13,3 milhões", "pessoas"),
    ("Neste ano, já são 497 novas ocorrências.", "497", "ocorrências"),
    ("Ele lembrou que a Previdência já abocanha 57% de todos os gastos públicos.", "57%",
     "gastos públicos"),
    ("A SES-MG também investiu mais de R$ 3,9 milhões na aquisição de ambulâncias.",
     "mais de R$ 3,9 milhões", "aquisição de ambulâncias"),
    # the measured noun before 'de' is the item, a noun after a place link says where (guide)
    ("Hoje a União tem fatia de 40,99% no capital total da Eletrobras.", "40,99%", "fatia"),
    ("Na mesma comparação, o total de mortos foi de 114 para 149.", "114", "mortos"),
    # before the quantity
    ("Investigadores e delatores afirmam que Bendine extorquiu uma propina de R$ 3 milhões da "
     "Odebrecht.", "R$ 3 milhões", "propina"),
    ("O preço médio da gasolina alcançou R$ 4,221 por litro no Brasil na semana passada.",
     "R$ 4,221", "preço médio da gasolina"),
    ("De acordo com o IBGE, o desemprego ficou em 12,8% em julho.", "12,8%", "desemprego"),
    ("Luis Cláudio, que também é dono da empresa Touchdown, confirma o recebimento de "
     "R$ 2,4 milhões.", "R$ 2,4 milhões", "recebimento"),
    ("O DIS pediu uma indenização de 34 milhões de euros e multa de 195 milhões de euros.",
     "195 milhões de euros", "multa"),
    ("Analistas previam um lucro recorrente de R$ 1,915 bilhão.", "R$ 1,915 bilhão",
     "lucro recorrente"),
    ("No total, os efeitos não recorrentes foram de R$ 196 milhões.", "R$ 196 milhões",
     "efeitos não recorrentes"),
    ("Desde então, a linha fronteiriça de quase 1.110 quilômetros está pontuada por muros.",
     "quase 1.110 quilômetros", "linha fronteiriça"),
    ("A escultura, de dois metros, foi entregue ao jovem.", "dois metros", "escultura"),
    # a coordination of bare nouns: its first conjunct heads it (guide: 'munições, armas e
    # mísseis'); a conjunct measured alone through 'de' stays alone
    ("As maiores altas foram eletrônicos e informática (21,3%) e livros (8%).", "21,3%",
     "eletrônicos e informática"),
    ("No levantamento, os votos brancos e nulos chegam a 11%.", "11%", "votos brancos e nulos"),
    ("A pena prevista é de dois anos de detenção e multa de R$ 10 mil.", "R$ 10 mil", "multa"),
    ("Ali há poucas vagas e aluguel custa R$ 3 mil.", "R$ 3 mil", "aluguel"),
    # the figure it continues
    ("Porque o déficit sobe de R$ 50 bilhões para R$ 80 bilhões num ano.", "R$ 80 bilhões",
     "déficit"),
    ("O governo reduziu a previsão para o salário mínimo de 2018, recuando de R$ 969 para "
     "R$ 965.", "R$ 965", "salário mínimo"),
    # the noun left out: the figure before it in the same unit, a frame, a difference
    ("Raquel recebeu 587 votos e Mario Bonsaglia ficou com 564.", "564", "votos"),
    ("Dos leitores do jornal, 87% apoiam o aborto em casos de estupro.", "87%",
     "leitores do jornal"),
    ("O prejuízo da companhia foi de R$ 309 milhões, 44% maior que em 2016.", "44%",
     "prejuízo da companhia"),
    # the subject past an aside; after the verb and its figure
    ("O valor total dado pela empreiteira, às margens da lei eleitoral, é de R$ 1 milhão.",
     "R$ 1 milhão", "valor total dado pela empreiteira"),
    ("Conforme o boletim, chegou a 137 o número de mortes por febre amarela.", "137",
     "número de mortes"),
    # a possessive after the link is skipped as an article is
    ("Conhecemos apenas 5% de nossa biodiversidade.", "5%", "biodiversidade"),
    # points count themselves unless their complement is a lead ('pontos de vantagem')
    ("O clube está a três pontos do líder.", "três", "pontos do líder"),
    ("A cidade tem 81 pontos de coleta.", "81", "pontos de coleta"),
    # an acronym a count counts, as written in pt-PT or with a plural -s in pt-BR; not a unit
    # nor a headline in capitals
    ("A editora vendeu seis LP nesse ano.", "seis", "LP"),
    ("O batalhão tem agora 794 PMs nas ruas.", "794", "PMs"),
    ("O servidor recebeu 30 MB por segundo.", "30", None),
    ("7 MICO DOS JOGOS", "7", None),
    # no item
    ("O barco afundou a 135 quilômetros de Manaus.", "135 quilômetros", None),
    ("O concurso pode pagar R$ 3 milhões para quem acertar.", "R$ 3 milhões", None),
    ("Neste cenário, Lula sobe de 27% para 31%.", "31%", None),
    ("Ela perdeu 20 quilos em dois meses.", "20 quilos", None),
    # the noun an amount measures through "de" is its item, a word of change too (guide)
    ("O governo propõe R$ 842 milhões, um corte de R$ 1,2 bilhão.", "R$ 1,2 bilhão", "corte"),
    ("Ele pagou, em vez de R$ 30 mil, apenas R$ 5 mil.", "R$ 30 mil", None),
    ("Agora, Lula teria 50%.", "50%", None),
]


@pytest.mark.parametrize(("text", "quantity", "item"), ITEMS, ids=[i[1] for i in ITEMS])
def test_item(extractor, text: str, quantity: str, item: str | None) -> None:
    claims = [c for c in extractor.extract(text, doc_id="t").claims if c.quantity.text == quantity]
    assert len(claims) == 1, [c.quantity.text for c in extractor.extract(text, doc_id="t").claims]
    found = claims[0].item
    assert (found and found.text) == item
    if found is not None:
        assert text[found.span[0] : found.span[1]] == found.text


def test_item_rules_one_per_direction() -> None:
    directions = [r.direction for r in cached_rulebook().rules(ItemRule)]
    assert sorted(directions) == ["after", "before", "previous"]
    assert ItemFinder(cached_rulebook()).rule_id == "item.noun_phrase"


@pytest.mark.parametrize(
    "form", ["cresceu", "somou", "ficou", "passaram", "recuando", "chegou", "é", "foram", "caiu"]
)
def test_verb_forms(form: str) -> None:
    before = next(r for r in cached_rulebook().rules(ItemRule) if r.direction == "before")
    assert form in verb_forms(before)


@pytest.mark.parametrize("noun", ["carteira", "lucro", "salário", "pessoas", "despesas", "custos"])
def test_verb_forms_are_not_nouns(noun: str) -> None:
    before = next(r for r in cached_rulebook().rules(ItemRule) if r.direction == "before")
    assert noun not in verb_forms(before)


def test_mention_stops_before_another_figure(extractor) -> None:
    """'24 dos 26 Estados': 24 counts Estados, but its mention is '24', not the other figure's."""
    text = "Foram reportadas condutas abusivas em 24 dos 26 Estados."
    claims = {c.quantity.text: c for c in extractor.extract(text, doc_id="t").claims}
    assert claims["24"].item is not None and claims["24"].item.text == "Estados"
    assert claims["24"].text == "24"
    assert claims["26"].text == "26 Estados"


ELIDED = [
    # a lone participle or adjective in a list after 'noun + adjective' counts that noun
    ("Em 2016 houve 12 mulheres mortas a tiro, sete esfaqueadas e três estranguladas.",
     {"sete": "mulheres", "três": "mulheres"}),
    ("O tribunal julgou 40 recursos admitidos, sendo 25 aprovados e 15 rejeitados.",
     {"25": "recursos", "15": "recursos"}),
    ("A rede tem 30 escolas municipais e outras 12 estaduais.", {"12": "escolas"}),
    ("O sismo deixou 18 pessoas mortas e 40 feridas.", {"40": "pessoas"}),
]
NOT_ELIDED = [
    # a participle used as a noun after another one; a noun the pattern reads as an adjective
    ("O ataque deixou 8 mortos e 11 feridos.", {"11": "feridos"}),
    ("Foram apreendidas três pistolas, duas granadas e seis carros.", {"duas": "granadas"}),
    ("Participaram 20 deputados estaduais e 11 senadores.", {"11": "senadores"}),
]


@pytest.mark.parametrize(("text", "items"), ELIDED + NOT_ELIDED)
def test_elided_noun_of_a_list(extractor, text: str, items: dict[str, str]) -> None:
    """'15 mulheres abatidas a tiro, nove esfaqueadas': the noun a list of counts leaves out."""
    claims = {c.quantity.text: c for c in extractor.extract(text, doc_id="t").claims}
    for quantity, item in items.items():
        found = claims[quantity].item
        assert found is not None and found.text == item, (quantity, found)
        assert text[found.span[0] : found.span[1]] == item
