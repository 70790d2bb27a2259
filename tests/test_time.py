"""Time expressions: each kind resolved at its precision, relations, clause scoping, component."""

from __future__ import annotations

import pytest
import spacy

from claimx.components.time import TimeResolver
from claimx.drafts import ClaimDraft, register_extensions
from claimx.rulebook.loader import Rulebook, default_rules_dir
from claimx.schema import Quantity
from claimx.time import Base, TimeFinder

# Only the time rules: these tests do not depend on the other rule files.
TIME_RULES = Rulebook({"time.yaml": default_rules_dir() / "time.yaml"})
RESOLVER = TimeResolver(TIME_RULES)
FINDER: TimeFinder = RESOLVER.finder


def only(text: str, published: str | None) -> tuple[str, str | None, str]:
    found = FINDER.find(text)
    assert len(found) == 1, [m.text for m in found]
    return found[0].text, found[0].value(Base.parse(published)), found[0].relation


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Em outubro de 2024, o país", None, ("Em outubro de 2024", "2024-10", "at")),
        ("desde agosto de 2023.", None, ("desde agosto de 2023", "2023-08", "since")),
        ("o acordo vale até 2027.", None, ("até 2027", "2027", "until")),
        ("Em 2014, o país", None, ("Em 2014", "2014", "at")),
        (
            "entre fevereiro e maio de 2017",
            None,
            ("entre fevereiro e maio de 2017", "2017-02/2017-05", "during"),
        ),
        ("de 2010 a 2014", None, ("de 2010 a 2014", "2010/2014", "during")),
        ("em 12 de julho, o", "2025-07", ("em 12 de julho", "2025-07-12", "at")),
        ("em 12 de julho, o", None, ("em 12 de julho", None, "at")),
        (
            "em primeiro de março de 2024",
            None,
            ("em primeiro de março de 2024", "2024-03-01", "at"),
        ),
        ("em março", "2025-07", ("em março", "2025-03", "at")),
        ("em dezembro", "2025-07", ("em dezembro", "2024-12", "at")),
        ("no ano passado", "2025-07", ("no ano passado", "2024", "at")),
        ("no ano passado", None, ("no ano passado", None, "at")),
        ("no mês passado", "2025-01-10", ("no mês passado", "2024-12", "at")),
        ("na semana passada", "2025-02-27", ("na semana passada", "2025-02-17/2025-02-23", "at")),
        ("nesta terça-feira (12)", "2025-08-14", ("nesta terça-feira (12)", "2025-08-12", "at")),
        ("neste sábado (12)", "2025-07", ("neste sábado (12)", "2025-07-12", "at")),
        ("na sexta-feira (28)", "2025-03-03", ("na sexta-feira (28)", "2025-02-28", "at")),
        (
            "nesta terça-feira (12/08)",
            "2025-08-14",
            ("nesta terça-feira (12/08)", "2025-08-12", "at"),
        ),
        ("nesta sexta-feira", "2016-11-07", ("nesta sexta-feira", "2016-11-11", "at")),
        ("na sexta-feira", "2016-11-07", ("na sexta-feira", "2016-11-04", "at")),
        ("no último domingo", "2016-11-07", ("no último domingo", "2016-11-06", "at")),
        ("ontem", "2025-02-27", ("ontem", "2025-02-26", "at")),
        ("ontem", "2025-07", ("ontem", "2025-07", "at")),  # only the month is known
        ("ontem", None, ("ontem", None, "at")),
        ("há dois anos", "2025-07", ("há dois anos", "2023", "at")),
        ("há 3 meses", "2025-02-27", ("há 3 meses", "2024-11", "at")),
        ("no dia 5", "2025-02-27", ("no dia 5", "2025-02-05", "at")),
        ("em 21/04/16", None, ("em 21/04/16", "2016-04-21", "at")),
        ("desde 13.5.2015", None, ("desde 13.5.2015", "2015-05-13", "since")),
    ],
)
def test_expression(text: str, published: str | None, expected: tuple) -> None:
    assert only(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "O PIB cresceu 1,5% no trimestre.",  # dateparser reads 1,5 as a date
        "Um terço (1/3) da população.",
        "até 20 mil pessoas",
        "A dívida chegou a 1.200.000,42 reais.",
        "Maio é um sobrenome comum.",  # a bare month needs a preposition
        "O time venceu por 2015 votos a mais de 2000 mil.",
    ],
)
def test_not_a_time(text: str) -> None:
    assert [m.text for m in FINDER.find(text)] == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # periods: two days, two years, quarters and halves, the next N years
        (
            "Foram ouvidas 1.806 pessoas entre os dias 17 e 19 de outubro em 74 municípios.",
            "2022-10-21",
            ("entre os dias 17 e 19 de outubro", "2022-10-17/2022-10-19", "during"),
        ),
        (
            "nos últimos dias 7 e 8.",
            "2016-12-11",
            ("nos últimos dias 7 e 8", "2016-12-07/2016-12-08", "during"),
        ),
        ("238 mortos em 2015 e 2016.", None, ("em 2015 e 2016", "2015/2016", "at")),
        (
            "no quarto trimestre de 2012",
            None,
            ("quarto trimestre de 2012", "2012-10/2012-12", "during"),
        ),
        ("no 4o trimestre de 2017:", None, ("4o trimestre de 2017", "2017-10/2017-12", "during")),
        (
            "ficou em 11,8% no quarto trimestre do ano",
            "2018-02-23",
            ("quarto trimestre do ano", "2017-10/2017-12", "during"),
        ),
        (
            "No primeiro semestre do ano, o",
            "2007-08-07",
            ("primeiro semestre do ano", "2007-01/2007-06", "during"),
        ),
        (
            "no primeiro semestre do ano passado.",
            "2007-08-07",
            ("primeiro semestre do ano passado", "2006-01/2006-06", "during"),
        ),
        (
            "dos primeiros seis meses de 2006",
            None,
            ("primeiros seis meses de 2006", "2006-01/2006-06", "during"),
        ),
        (
            "ao fim do segundo trimestre deste ano,",
            "2007-08-07",
            ("ao fim do segundo trimestre deste ano", "2007-06", "during"),
        ),
        ("nos próximos três anos", "2018-05-02", ("nos próximos três anos", "2019/2021", "during")),
        # a weekday with the day after a comma, where that day is that weekday
        (
            "nesta quarta-feira, 16, que",
            "2016-03-17",
            ("nesta quarta-feira, 16", "2016-03-16", "at"),
        ),
        ("na sexta-feira, 23, devido", "2018-03-26", ("na sexta-feira, 23", "2018-03-23", "at")),
        ("desta quinta possui", "2016-12-08", ("desta quinta", "2016-12-08", "at")),
        ("no último dia 19 pela", "2006-08-04", ("no último dia 19", "2006-07-19", "at")),
        ("Atualmente, o salário", "2017-10-31", ("Atualmente", "2017-10-31", "at")),
        ("No ano que vem, o governo", "2022-09-15", ("No ano que vem", "2023", "at")),
        ("serão necessários R$ 36 mi para 2018.", None, ("para 2018", "2018", "at")),
        ("o salário mínimo de 2018, recuando", None, ("de 2018", "2018", "at")),
        ("comparado ao ano de 2016, quando", None, ("ao ano de 2016", "2016", "at")),
        # said but not resolvable: found (it governs), without a value
        (
            "em igual período do ano anterior.",
            "2007-08-07",
            ("em igual período do ano anterior", None, "at"),
        ),
        (
            "em comparação com o mesmo período de 2016.",
            None,
            ("o mesmo período de 2016", None, "at"),
        ),
    ],
)
def test_periods_and_more_forms(text: str, published: str | None, expected: tuple) -> None:
    assert only(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A quarta vítima foi atingida com três tiros.",  # an ordinal, not Wednesday
        "organização criminosa que vem se estruturando desde a década de 1990",
        "prevista na Lei 8.666 de 1993",
    ],
)
def test_not_a_time_either(text: str) -> None:
    assert [m.text for m in FINDER.find(text)] == []


def test_weekday_with_a_comma_day_that_does_not_fit() -> None:
    # 9 August 2006 was a Wednesday: the number is not the day, the weekday still is
    assert only("nesta terça-feira, 9.", "2006-08-10")[1] == "2006-08-08"


def doc_with_claim(text: str, quantity: str, published: str | None = None, unit: str | None = None):
    """A blank-pt Doc with one hand-made draft over the first occurrence of ``quantity``."""
    register_extensions()
    doc = spacy.blank("pt")(text)
    start = text.index(quantity)
    span = doc.char_span(start, start + len(quantity), alignment_mode="expand")
    draft = ClaimDraft(
        quantity=Quantity(
            text=quantity, span=[start, start + len(quantity)], value=1, relation="=", unit=unit
        ),
        token_start=span.start,
        token_end=span.end,
        sentence=(0, len(text)),
    )
    doc._.claimx_drafts = [draft]
    doc._.claimx_published = published
    return RESOLVER(doc)._.claimx_drafts[0]


@pytest.mark.parametrize(
    ("text", "quantity", "time"),
    [
        (
            "Em outubro de 2024, a Coreia do Norte enviou cerca de 12 mil soldados para a Rússia.",
            "cerca de 12 mil",
            "Em outubro de 2024",
        ),
        (
            "Pyongyang forneceu mais de 13 mil contêineres para a Rússia desde agosto de 2023.",
            "mais de 13 mil",
            "desde agosto de 2023",
        ),
        # before the quantity wins over after it, in the same clause
        ("Em 2014, o país exportou 300 mil toneladas até 2015.", "300 mil", "Em 2014"),
        # a comma-delimited relative clause is another clause
        ("A empresa, que foi fundada em 1990, emprega 300 funcionários.", "300", None),
        ("A empresa emprega 300 funcionários, que foram contratados em 1990.", "300", None),
        ("O governo anunciou em 2019 que 500 pessoas morreram.", "500", None),
        ("Em 2019 foram 500 mortos; em 2020 a taxa caiu.", "500", "Em 2019"),
        ("A taxa caiu em 2020; foram 500 mortos.", "500", None),
        ("O país tinha 300 mil habitantes, mas em 2020 a população caiu.", "300 mil", None),
        (
            "Lavrov se reuniu neste sábado (12) com Kim e anunciou 500 vagas.",
            "500",
            "neste sábado (12)",
        ),
        ("O acordo prevê 500 vagas.", "500", None),
        # right after the quantity wins over before it
        (
            "A carteira saltou de R$ 74 bilhões em junho de 2006 para R$ 104 bilhões em 2007.",
            "R$ 104 bilhões",
            "em 2007",
        ),
        # 'que' inside a time expression is no boundary; 'sendo que' and 'desde que' are none
        ("No ano que vem, o governo propõe R$ 842 milhões.", "R$ 842 milhões", "No ano que vem"),
        ("Neste ano, foram 497 casos, sendo que 370 em Manaus.", "370", "Neste ano"),
        # a relative clause about a time takes it
        (
            "Após uma segunda-feira em que foram registrados 22 ataques, a manhã foi normal.",
            "22",
            "segunda-feira",
        ),
        ("Comparado ao ano de 2016, quando foram 80 pedidos, houve alta.", "80", "ao ano de 2016"),
        # a time opening the sentence covers a later clause without one
        (
            "Em 29 de setembro, o MPT pediu que a Justiça condene o banco a pagar R$ 30 milhões.",
            "R$ 30 milhões",
            "Em 29 de setembro",
        ),
        # the date of a survey the sentence cites is its figures' (block 'frame'), in any clause
        (
            "Na pesquisa, divulgada no último dia 19 pela Folha, Lula aparece com 44%.",
            "44%",
            "no último dia 19",
        ),
        (
            "Pesquisa Ibope divulgada hoje aponta que Lula tem 35%, Bolsonaro, 13%.",
            "13%",
            "hoje",
        ),
        # not the claim's time: a participle describing another noun, a comparison's base,
        # after 'após' + infinitive, a hypothetical, a distance that places something
        ("Fundada há 30 anos, a estação reúne 40 espécies de aves.", "40", None),
        ("A proposta apresentada hoje dá isenção para salários até R$ 4.340.", "R$ 4.340", None),
        ("Na comparação com a pesquisa divulgada em julho, Lula tem 44%.", "44%", None),
        (
            "O lucro foi de R$ 1,9 bilhão, comparado a R$ 1,4 bilhão no segundo trimestre de 2006.",
            "R$ 1,9 bilhão",
            None,
        ),
        (
            "Foi preso nesta terça-feira (13) após admitir ter matado o vizinho com 20 facadas.",
            "20",
            None,
        ),
        ("Se a eleição fosse hoje, Lula teria 44% das intenções de voto.", "44%", None),
        ("A cifra foi de R$ 1,4 bilhão em igual período do ano anterior.", "R$ 1,4 bilhão", None),
    ],
)
def test_clause_scoping(text: str, quantity: str, time: str | None) -> None:
    draft = doc_with_claim(text, quantity, "2025-07")
    assert (draft.time and draft.time.text) == time
    if draft.time:
        start, end = draft.time.span
        assert text[start:end] == draft.time.text


def test_component_fills_value_and_relation() -> None:
    draft = doc_with_claim("Desde agosto de 2023, o país enviou 300 soldados.", "300", "2025-02")
    assert draft.time is not None
    assert (draft.time.value, draft.time.relation) == ("2023-08", "since")
    assert draft.rules == []  # time rule ids stay out of the quantity's rules


def test_component_is_registered() -> None:
    nlp = spacy.blank("pt")
    nlp.add_pipe("claimx_time", config={"rules_dirs": []})
    doc = nlp("Nenhum rascunho aqui em 2014.")
    assert not doc._.claimx_drafts


def test_extractor_end_to_end(extractor) -> None:
    text = "Em outubro de 2024, a Coreia do Norte enviou cerca de 12 mil soldados para a Rússia."
    claims = extractor.extract(text, doc_id="t", published="2025-02-27").claims
    assert [(c.time and c.time.value, c.time and c.time.relation) for c in claims] == [
        ("2024-10", "at")
    ]
    # a relative time resolves against the publication date; with none, there is no calendar
    # time to give (the guide's time is a value), so the claim gets none
    relative = "Ontem, a polícia prendeu 12 suspeitos."
    dated = extractor.extract(relative, doc_id="r", published="2025-02-27").claims
    assert [(c.time.text, c.time.value) for c in dated if c.time] == [("Ontem", "2025-02-26")]
    assert [c.time for c in extractor.extract(relative, doc_id="r").claims] == [None]


def test_a_distance_that_places_gets_no_time() -> None:
    text = "Na quinta-feira, o condutor foi morto em cidade a 45 km da capital."
    assert doc_with_claim(text, "45", "2017-08-21").time is not None  # a count: it has a time
    assert doc_with_claim(text, "45 km", "2017-08-21", unit="km").time is None


@pytest.mark.parametrize(
    "text",
    [
        "NESTA SEXTA-FEIRA (18), EM 12 DE JULHO DE 2016, HÁ DOIS ANOS E NO DIA 5",
        "Nesta Sexta-Feira (18), em 12 de Julho de 2016, há dois anos e no dia 5 “citação”",
        # 'ſ' (long s) and the Kelvin sign match 's' and 'k' under IGNORECASE, but their
        # lowercase is not 's' and 'k': such a text is searched as it is
        "Neſta sexta-feira (18), em 12 de julho de 2016, há dois anos e no dia 5 a 3 \u212a",
    ],
)
def test_the_lowercase_finds_what_the_text_does(text: str, monkeypatch) -> None:
    from claimx.text import casefold

    found = FINDER.find(text)
    original = [(m.start, m.end, m.rule.id, m.match.group()) for m in found]
    free = casefold.case_free(text)
    # force the search of the text itself
    monkeypatch.setitem(casefold._documents, id(text), (text, None))
    assert [(m.start, m.end, m.rule.id, m.match.group()) for m in FINDER.find(text)] == original
    assert all(m.match.string is text for m in found)
    assert free == ("\u212a" not in text)
    assert len(original) >= 4


@pytest.mark.parametrize(
    "text",
    [
        "Em 2019, que foi o pior ano, as vendas caíram 5%; em relação ao ano anterior, e então",
        "O MPF, QUANDO pediu a prisão, disse que 30 pessoas morreram, mas Comparado A 2018, menos",
    ],
)
def test_sentence_breaks_in_the_lowercase_are_those_of_the_text(text: str, monkeypatch) -> None:
    from claimx.text import casefold
    from claimx.time.clause_bounds import sentence_breaks

    grammar = FINDER.grammar
    assert grammar.boundary_lower is not None and grammar.embedded_lower is not None
    breaks = sentence_breaks(grammar, text, (0, len(text)))
    assert len(breaks[0]) >= 1 and len(breaks[1]) >= 3
    monkeypatch.setitem(casefold._documents, id(text), (text, None))  # the text itself
    assert sentence_breaks(grammar, text, (0, len(text))) == breaks


def test_heads_come_only_from_a_words_first_requires() -> None:
    forms = {f.rule.id: f for f in FINDER.grammar.forms}
    assert "seg" in {h[:3] for h in forms["time.weekday"].heads}
    assert forms["time.numeric"].heads == frozenset()  # '\d[/.-]\d'
    assert forms["time.year"].heads == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Em abril, 3 mil pessoas; há dois anos, no primeiro trimestre de 2019, eram 2 mil.",
        "abril de 2020: 14 mil soldados (segunda-feira, 12), o dia 5 e o mês seguinte",
        "Deze_mbro e-dezembro, sábados e sabados, hoje à noite; mesmo período de 2018",
    ],
)
def test_head_scan_finds_the_heads_that_every_word_gives(text: str) -> None:
    """One regex pass over the words that start with a head gives the same heads as cutting
    every word of the stretch to every head length; a stretch may start inside a word."""
    import re

    heads = {h for form in FINDER.grammar.forms for h in form.heads}
    lower = text.lower()
    for start in (0, 1, 4, len(lower) // 2):
        words = re.findall(r"\w+", lower[start:])
        every = {w[:len(h)] for w in words for h in heads} & heads
        assert FINDER.heads.find(lower, start, len(lower)) & heads == every
        assert len(every) >= 3 or start > 0

@pytest.mark.parametrize(
    "text", ["setembro", "12 de julho", "29 de fevereiro", "31 de dezembro", "1 de jan", "março"]
)
def test_a_date_without_year_is_placed_as_dateparser_places_it(text: str) -> None:
    """Parsed once per text, then placed in the publication year or the one before: the same
    date dateparser gives with the publication date as its base (preferring the past)."""
    from datetime import date, timedelta

    from claimx.time import resolve

    bases = [date(2015, 12, 20) + timedelta(days=d) for d in range(0, 800, 23)]
    bases += [date(2016, 2, 29), date(2016, 7, 12), date(2016, 12, 31), date(2017, 1, 1)]
    for base in bases:
        assert resolve._in_year_before(text, base) == resolve._dateparser(text, base), base


def test_plain_dates_read_directly_as_dateparser_reads_them() -> None:
    """Years, months and days with dateparser's own month names, parsed without it: the same
    dates it gives, invalid ones (31 de fevereiro, 32/01) left to it."""
    from claimx.time import resolve

    texts = ["2016", "1850", "marco de 2016", "12 de marco", "quinta, 12 de julho de 2016"]
    for name in ["janeiro", "fev", "março", "maio", "septembro", "dez"]:
        texts += [name, f"{name} de 2016", f"{name} 2016"]
        texts += [f"{d} de {name}{y}" for d in (0, 1, 7, 29, 31, 32) for y in ("", " de 2016")]
    texts += [f"{d}/{m}/2016" for d in (0, 1, 12, 29, 31, 32) for m in (0, 2, 12, 13)]
    for text in texts:
        for base in (None, resolve._ANY_YEAR):
            want = resolve._dateparser(text, base)
            assert resolve._parse.__wrapped__(text, base) == want, (text, base)


QUARTER = "2016-01/2016-03"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the last time written before, not the publication day ('hoje' is skipped)
        ("Em julho, foram 12. Hoje são 9. À época, eram 30.", "2017-09-28", "2017-07"),
        ("O teste foi em 28 de agosto. Naquela ocasião, ele caiu.", "2017-09-15", "2017-08-28"),
        # a year, a month, a day of it; none of a period or a year where a day is asked
        ("Em 2014, foram 12. No mesmo ano, foram 9.", "2017-09-15", "2014"),
        ("Entre 2012 e 2015, foram 12. Naquele ano, foram 9.", "2017-09-15", None),
        ("Em 2014, foram 12. No mesmo dia, foram 9.", "2017-09-15", None),
        ("Em outubro de 2016, foram 12. No mesmo mês, foram 9.", "2017-09-15", "2016-10"),
        ("Em 2014, foram 12. Em 1o de julho do mesmo ano, foram 9.", "2017-09-15", "2014-07-01"),
        # a period's months in another year; not of a single day
        ("No primeiro trimestre, 12. No mesmo período de 2016, 9.", "2017-05", "2016-01/2016-03"),
        ("Nos primeiros três meses, 12. Nesse período do ano passado, 9.", "2017-05", QUARTER),
        ("No dia 16, foram 12. No mesmo período de 2016, foram 9.", "2017-05-20", None),
        # nothing before it to refer to
        ("À época, eram 30.", "2017-09-28", None),
    ],
)
def test_refer_back(text: str, published: str, expected: str | None) -> None:
    from claimx.time.anaphora import referred

    last = FINDER.find(text)[-1]
    assert last.rule.resolve == "refer_back"
    assert referred(FINDER, text, last, Base.parse(published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a limit without a year is the nearest such date: a deadline ahead, whatever the tense
        ("A empresa prorrogou o layoff até o fim de outubro.", "2017-07-06", "2017-10"),
        ("O boleto precisa ser pago até 24 de maio.", "2017-05-19", "2017-05-24"),
        ("A medida estendeu até dezembro o prazo de registro.", "2007-09-19", "2007-12"),
        # or a cut-off just past
        ("Até o dia 30 de dezembro, a população passava de 10 mil.", "2017-01-07", "2016-12-30"),
        ("Até novembro, foram registrados 300 casos.", "2018-01-19", "2017-11"),
        ("Até março, foram registrados 300 casos.", "2018-06-19", "2018-03"),
        # 'em' (not a limit) keeps the last one before the publication in the past tense
        ("Em outubro, a empresa demitiu 300 pessoas.", "2017-07-06", "2016-10"),
    ],
)
def test_a_limit_without_a_year_is_the_nearest_such_date(
    text: str, published: str, expected: str
) -> None:
    found = FINDER.find(text)
    assert len(found) == 1, [m.text for m in found]
    assert found[0].value(Base.parse(published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("no último ano do governo Lula", "2018-01-10", None),
        ("na última semana da campanha", "2018-01-10", None),
        ("Em 2006, último ano em que figura na lista,", "2018-01-10", ("Em 2006", "2006", "at")),
        # alone, 'último' is still the unit before the publication's
        (
            "Na última semana, a polícia",
            "2018-01-10",
            ("Na última semana", "2018-01-01/2018-01-07", "at"),
        ),
        ("no último ano, o regime", "2018-01-10", ("no último ano", "2017", "at")),
    ],
)
def test_the_final_unit_of_something_is_no_relative_time(
    text: str, published: str, expected: tuple | None
) -> None:
    found = FINDER.find(text)
    if expected is None:
        assert found == [], [m.text for m in found]
    else:
        assert len(found) == 1, [m.text for m in found]
        assert (found[0].text, found[0].value(Base.parse(published)), found[0].relation) == expected
