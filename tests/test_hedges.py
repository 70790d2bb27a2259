"""hedged: only where the clause that carries the figure is distanced (rules/pt/hedges.yaml)."""

from __future__ import annotations

import pytest
from test_attribution import attribute

HEDGES = [
    ("Pyongyang já teria enviado mais de 14 mil soldados à Rússia.", "mais de 14 mil", True),
    ("Os desvios seriam de R$ 300 milhões.", "R$ 300 milhões", True),
    ("No ataque terão morrido 23 pessoas.", "23", True),
    ("Este documento terá sido adquirido no Porto por 15 contos.", "15 contos", True),
    ("O grupo supostamente desviou R$ 16 milhões.", "R$ 16 milhões", True),
    ("Estima-se que 300 pessoas morreram no naufrágio.", "300", True),
    ("Segundo estimativas, 300 mil pessoas morreram.", "300 mil", True),
    # an estimate credited to a named source is that source's figure (annotation guide)
    ("Segundo estimativas da ONU, 300 mil pessoas morreram.", "300 mil", False),
    ("O Instituto Nautilus estima que 65 mil habitantes morreriam.", "65 mil", False),
    # hypothetical and projected scenarios are no hedges
    ("Se a eleição fosse hoje, Lula teria 44% das intenções de voto.", "44%", False),
    ("Num eventual segundo turno, o presidente seria eleito com 52%.", "52%", False),
    ("Com a mudança, os preços passariam de R$ 2,50 para R$ 6,50.", "R$ 6,50", False),
    ("Maduro disse que ampliaria para meio milhão o número de milicianos.", "meio milhão", False),
    ("Segundo os delatores, os políticos teriam recebido mais de R$ 200 mil.", "mais de R$ 200 mil",
     True),
    ("A secretaria contratou 300 professores.", "300", False),
    ("O governo contratou 300 professores, o que seria um recorde.", "300", False),
    ("O hotel terá 134 quartos.", "134", False),
    ("Os resultados de março só serão publicados em abril, com 300 casos.", "300", False),
    ("Para uma renda de até R$ 1.640, a compensação seria feita pelo INSS.", "até R$ 1.640", False),
    ("A estimativa para o salário foi reduzida para R$ 969.", "R$ 969", False),
    ("O governo deveria contratar 300 professores.", "300", False),
    # participles in -aído/-uído, and one quoted from a document
    ("O grupo teria distribuído R$ 3 milhões aos vereadores.", "R$ 3 milhões", True),
    ("Segundo o MPF, ela teria “embolsado R$ 732 mil”.", "R$ 732 mil", True),
    ("O diretor disse que R$ 2 milhões seriam distribuídos aos sócios.", "R$ 2 milhões", False),
    # an apposition placing a town by its distance is a fact of the place
    ("Três pessoas teriam contraído a doença em Mairiporã, a 45 quilômetros de São Paulo.",
     "45 quilômetros", False),
    # impersonal estimates with the clitic before the verb (pt-PT, after 'que')
    ("Foi estranho que o número de eleitores se estimasse em 5,8 milhões.", "5,8 milhões", True),
    ("Há 30 milhões de curdos que se calcula existirem no mundo.", "30 milhões de curdos", True),
    ("A receita foi estimada até o momento em R$ 2,4 bilhões.", "R$ 2,4 bilhões", True),
    ("Perguntado se estima que a perda passe de R$ 3 milhões, ele calou.", "R$ 3 milhões", False),
]


@pytest.mark.parametrize(("text", "mention", "hedged"), HEDGES)
def test_hedged(text: str, mention: str, hedged: bool) -> None:
    assert attribute(text, mention).hedged is hedged
