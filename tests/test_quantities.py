"""The quantity engine on phrases: values, relations, bounds, units; and what is not a claim."""

from __future__ import annotations

import pytest

import claimx


@pytest.mark.parametrize(
    ("text", "value", "relation", "low", "high", "unit"),
    [
        ("mais de 14 mil", 14000, ">", 14000, None, None),
        ("Ao menos 100", 100, ">=", 100, None, None),
        ("no mínimo 7", 7, ">=", 7, None, None),
        ("menos de 50", 50, "<", None, 50, None),
        ("no máximo 3 mil", 3000, "<=", None, 3000, None),
        ("cerca de 12 mil", 12000, "~", None, None, None),
        ("em torno de 1,5 milhão", 1500000, "~", None, None, None),
        ("entre 10 e 12 mil", 10000, "range", 10000, 12000, None),
        ("de 10 a 12 mil", 10000, "range", 10000, 12000, None),
        ("entre 3% e 5%", 3, "range", 3, 5, "%"),
        ("R$ 16 milhões", 16000000, "=", 16000000, 16000000, "BRL"),
        ("mais de R$ 600 mil", 600000, ">", 600000, None, "BRL"),
        ("US$ 1,5 bilhão", 1500000000, "=", 1500000000, 1500000000, "USD"),
        ("30 milhões de euros", 30000000, "=", 30000000, 30000000, "EUR"),
        ("€ 2,5 mil milhões", 2500000000, "=", 2500000000, 2500000000, "EUR"),
        ("500 contos", 500000, "=", 500000, 500000, "PTE"),
        ("30%", 30, "=", 30, 30, "%"),
        ("2,5 pontos percentuais", 2.5, "=", 2.5, 2.5, "p.p."),
        ("2 mil toneladas", 2000, "=", 2000, 2000, "t"),
        ("300 km", 300, "=", 300, 300, "km"),
        ("40 hectares", 40, "=", 40, 40, "ha"),
        ("dois mil e quinhentos", 2500, "=", 2500, 2500, None),
        ("um milhão e meio", 1500000, "=", 1500000, 1500000, None),
        ("meio milhão", 500000, "=", 500000, 500000, None),
        ("2 milhões e meio", 2500000, "=", 2500000, 2500000, None),
    ],
)
def test_parse_quantity(text, value, relation, low, high, unit) -> None:
    q = claimx.parse_quantity(text)
    assert q is not None
    assert (q.value, q.relation, q.low, q.high, q.unit) == (value, relation, low, high, unit)
    assert q.text == text


@pytest.mark.parametrize(
    ("text", "low"), [("milhares de soldados", 1000), ("dezenas de mortos", 10)]
)
def test_vague_quantities_are_the_scale_word(text: str, low: int) -> None:
    q = claimx.parse_quantity(text)
    assert q is not None
    assert (q.text, q.value, q.relation, q.low, q.high) == (
        text.split()[0],
        None,
        "vague",
        low,
        None,
    )


def test_parse_quantity_without_number() -> None:
    assert claimx.parse_quantity("vastas quantidades de munições") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "O encontro ocorreu em junho de 2024.",
        "Publicado em 27/02/2025 - 19h02.",
        "Lavrov se reuniu neste sábado (12) com Kim.",
        "Putin falou com Kim nesta terça-feira (12/08).",
        "O acordo vale até 2027.",
        "A relação remonta a 1950.",
        "O relatório sugeriu o envio de um segundo grupo.",
        "O caso foi julgado pela 8a Turma.",
        "A reunião acontece menos de um mês após o pacto.",
        "A visita ocorre nove meses após o encontro.",
        "A parceria entre os dois países se intensificou.",
        "O Flamengo venceu por 2 a 1.",
        "A Lei 8.666 regula as licitações.",
        "Ligue para (11) 3333-4444.",
        "Raúl, de 86 anos, deixou o cargo.",
        "Pyongyang forneceu vastas quantidades de munições.",
    ],
)
def test_not_claims(extractor, sentence: str) -> None:
    assert extractor.extract(sentence).claims == []


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "unit"),
    [
        # a noun after 'milhões' needs 'de': none after it, the currency is left out
        ("O museu custou 27 milhões de contos (mais seis milhões para a colecção).",
         "seis milhões", 6e9, "PTE"),
        # not past the end of a clause (as for a compared figure)
        ("A verba era de R$ 5 bilhões; em 2018 é de 3,7 bilhões.", "3,7 bilhões", 3.7e9, None),
        ("A verba era de R$ 5 bilhões e em 2018 é de 3,7 bilhões.", "3,7 bilhões", 3.7e9, "BRL"),
        # carried on along a chain of figures, with the multiplier of contos
        ("Baixou para quatro milhões de contos (estava em sete milhões, contra os 11 milhões).",
         "11 milhões", 11e9, "PTE"),
        ("A obra custou 5 milhões de euros e serviu 2 milhões de pessoas.", "2 milhões", 2e6, None),
        ("O desemprego subiu 5 por cento e atinge hoje 2 milhões.", "2 milhões", 2e6, None),
    ],
)
def test_elided_currency(extractor, sentence: str, figure: str, value: float, unit) -> None:
    claims = {c.quantity.text: c.quantity for c in extractor.extract(sentence).claims}
    assert (claims[figure].value, claims[figure].unit) == (value, unit)
