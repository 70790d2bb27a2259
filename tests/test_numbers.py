"""The number reader on its own: digits and words, pt-BR and pt-PT, and what must not parse."""

from __future__ import annotations

import pytest

from claimx.numbers.digits import parse_digits
from claimx.numbers.parsing import parse_number

DIGITS = [
    ("13.000", 13000),
    ("1.200.000,42", 1200000.42),
    ("1,5", 1.5),
    ("13,000", 13000),
    ("1,200,000", 1200000),
    ("4,800", 4.8),
    ("-1", -1),
    ("-1,25", -1.25),
    ("01,10", 1.1),
    ("1/3", 1 / 3),
    ("3/15", 0.2),
    ("20/100", 0.2),
]

NOT_DIGITS = ["12/08", "2/10", "19h02", "2ª", "1º", "abc", "", "1.2.3", "1/0"]

NUMBERS = [
    # pt-BR and pt-PT spellings
    ("catorze", 14),
    ("quatorze", 14),
    ("dezesseis", 16),
    ("dezasseis", 16),
    ("dezessete", 17),
    ("dezassete", 17),
    ("dezenove", 19),
    ("dezanove", 19),
    ("cinquenta e dois", 52),
    ("cinqüenta", 50),
    ("cento e vinte e três", 123),
    ("cem", 100),
    ("seiscentas", 600),
    ("duas mil trezentas e quarenta e sete", 2347),
    ("dois mil e quinhentos", 2500),
    ("mil e cem", 1100),
    ("mil cento e dez", 1110),
    ("treze milhoes quatrocentos e cinquenta e dois mil", 13452000),
    # scales
    ("14 mil", 14000),
    ("14mil", 14000),
    ("3 mil milhões", 3_000_000_000),
    ("mil milhões", 1_000_000_000),
    ("1,5 bilhão", 1_500_000_000),
    ("dois bilhoes", 2_000_000_000),
    ("um bilião", 10**12),
    ("três trilhões", 3 * 10**12),
    ("2 bi", 2_000_000_000),
    ("10k", 10000),
    ("2,33 k", 2330),
    ("uma dezena", 10),
    ("duas dúzias", 24),
    ("meia duzia", 6),
    # halves and fractions
    ("um milhão e meio", 1_500_000),
    ("meio milhão", 500_000),
    ("2 milhões e meio", 2_500_000),
    ("metade", 0.5),
    ("um terço", 1 / 3),
    ("dois terços", 2 / 3),
    ("vinte e três quintos", 4.6),
    ("um décimo", 0.1),
    ("dois sobre onze", 2 / 11),
    ("um vinte e um avos", 1 / 21),
    ("2 1/4", 2.25),
    # decimals in words, signs, spacing
    ("sete vírgula cinco", 7.5),
    ("duzentos virgula zero tres", 200.03),
    ("um ponto cinco", 1.5),
    (",08", 0.08),
    ("- 1.200.000", -1_200_000),
    ("menos 1.200.000", -1_200_000),
    ("40 000", 40000),
    ("1 234 567", 1234567),
    ("1\u202f234\u202f567,89", 1234567.89),
    ("cinquenta   e   dois", 52),
]

NOT_NUMBERS = [
    "segundo",
    "terceiro",
    "2ª",
    "12/08",
    "19h02",
    "meio",
    "meia hora",
    "um quinto mandato",
    "dois e três",
    "vinte vinte",
    "5 m",
    "10 g",
    "e",
    "mil e",
]


@pytest.mark.parametrize(("text", "value"), DIGITS)
def test_parse_digits(text: str, value: float) -> None:
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text", NOT_DIGITS)
def test_parse_digits_rejects(text: str) -> None:
    assert parse_digits(text) is None


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None
