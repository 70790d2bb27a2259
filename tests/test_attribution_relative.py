"""Sources of European-Portuguese and Brazilian news constructions end to end: the antecedent of
'segundo o qual', the synthetic pluperfect of a reporting verb, a speaker after a postposed
verb that follows a name in apposition, and whom it was told hyphenated after the verb
('disse-nos')."""

from __future__ import annotations

import pytest

import claimx

EXTRACTOR = claimx.Extractor()


def source_of(text: str, quantity: str) -> str | None:
    """The source text of the claim whose quantity starts with ``quantity``."""
    claims = EXTRACTOR.extract(text, doc_id="t").claims
    claim = next(c for c in claims if c.quantity.text.startswith(quantity))
    return None if claim.source is None else claim.source.text


@pytest.mark.parametrize(
    ("text", "quantity", "source"),
    [
        # the antecedent of 'segundo o qual' reports its relative clause
        (
            "Os autarcas citam um estudo da Universidade do Minho, segundo o qual 40% das "
            "casas estão devolutas.",
            "40%",
            "estudo da Universidade do Minho",
        ),
        (
            "Há dados de economistas segundo os quais a economia cresce 3,5% ao ano.",
            "3,5%",
            "dados de economistas",
        ),
        (
            "O ministro ouviu os sindicatos, de acordo com os quais faltam 2 mil professores.",
            "2 mil",
            "sindicatos",
        ),
        # ... only up to the comma that closes the clause
        (
            "A câmara invoca um relatório, segundo o qual o prédio é seguro, e gastou 40 mil "
            "euros em obras.",
            "40 mil",
            None,
        ),
        # a law, a version, a theory: not who gives the figure
        (
            "A empresa cita uma lei de 2016, segundo a qual as firmas com mais de 250 "
            "trabalhadores publicam os salários.",
            "mais de 250",
            None,
        ),
        # the synthetic pluperfect reports as the preterite does
        (
            "Na véspera, a ministra dissera que o hospital recebeu 300 doentes.",
            "300",
            "ministra",
        ),
        (
            "O Governo lembrara que, no ano passado, se verificaram 26 mil ocorrências.",
            "26 mil",
            "Governo",
        ),
        # a speaker that closes the clause after a postposed verb, past a name in apposition
        (
            "Três pessoas morreram em Ekar, cidade perto da capital, Manama, indicou a polícia.",
            "Três",
            "polícia",
        ),
        (
            "Três pessoas morreram em Ekar, cidade perto da capital, Manama, indicou a polícia "
            "num comunicado.",
            "Três",
            "polícia",
        ),
        # the pronoun of whom it was told, hyphenated after the verb (pt-PT)
        (
            "«Só este ano vendemos 300 bilhetes», disse-nos o director do teatro.",
            "300",
            "director do teatro",
        ),
        (
            "A autarca garantiu-nos que a obra custou 80 mil euros.",
            "80 mil",
            "autarca",
        ),
        (
            "Whipp responde-nos que existem dois factores principais.",
            "dois",
            "Whipp",
        ),
        # a reservation reports its clause, an aside after 'que' too
        (
            "O relatório ressalva que, além dos 29 homicídios, houve 39 tentativas.",
            "39",
            "relatório",
        ),
        (
            "O ministro ressalvou que o orçamento prevê 40 novas escolas.",
            "40",
            "ministro",
        ),
        # ... not the reflexive 'se': 'refere-se a' is about, not a report
        (
            "O aumento refere-se a 300 casas vendidas em Lisboa.",
            "300",
            None,
        ),
    ],
)
def test_source(text: str, quantity: str, source: str | None) -> None:
    assert source_of(text, quantity) == source


def test_apposed_subject_keeps_its_object() -> None:
    """'O ministro da Saúde, Paulo Mendo, anunciou a criação de': the apposition is the subject
    and what follows the verb its object, as before."""
    text = "O ministro da Saúde, Paulo Mendo, anunciou a criação de 50 centros de saúde."
    assert source_of(text, "50") == "ministro da Saúde, Paulo Mendo"
