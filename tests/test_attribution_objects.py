"""What a reporting verb shows or announces is its object, not its source; a phrase that an
adjunct of place or time holds is not the subject of the verb after it."""

from __future__ import annotations

import pytest
from test_attribution import attribute

from claimx.attribution.verb_cues import singulars

OBJECT_NOT_SOURCE = [
    (
        "No ministério, anunciou a criação de uma Força Nacional com mais de 12 mil homens.",
        "mais de 12 mil",
    ),
    (
        "O grupo Livres, que controlava 12 diretórios, anunciou o desligamento da legenda.",
        "12 diretórios",
    ),
    ("Pesquisadores, em 2015, mostraram os restos de 15 esqueletos parciais.", "15"),
    ("Daí o TRF-4, em Porto Alegre, confirmou a condenação e a pena de 12 anos.", "12 anos"),
    ("Hoje em dia calculam que Boa Vista tem 40 mil venezuelanos.", "40 mil"),
    ("A guerra na Síria completa seis anos com um saldo de cerca de 400 mil mortos.", "cerca"),
]


@pytest.mark.parametrize(("text", "mention"), OBJECT_NOT_SOURCE)
def test_an_object_or_an_adjunct_is_no_source(text: str, mention: str) -> None:
    draft = attribute(text, mention)
    assert draft.source is None, draft.source


SUBJECTS = [
    # the subject after the verb: someone, or a document
    ("O prefeito gastou R$ 2 milhões, diz a mãe do menino.", "R$ 2", "mãe do menino"),
    ("O prefeito gastou R$ 2 milhões, informou a assessoria do STF.", "R$ 2", "assessoria do STF"),
    ("O prefeito gastou R$ 2 milhões, aponta o relatório.", "R$ 2", "relatório"),
    ("Em troca, alegam os denunciantes, a firma recebeu R$ 2,5 mil.", "R$ 2,5", "denunciantes"),
    ("Foram 75 mortos, disse o rival Marcelo Freixo.", "75", "rival Marcelo Freixo"),
    # the subject before an adjunct of place or time
    (
        "A Central Única dos Trabalhadores em Pernambuco disse que havia 5 mil pessoas.",
        "5 mil",
        "Central Única dos Trabalhadores",
    ),
    (
        "O comandante da operação no estado afirmou que serão 3 mil militares.",
        "3 mil",
        "comandante da operação",
    ),
    (
        "Na terça, o Partido dos Trabalhadores disse que foram três disparos.",
        "três",
        "Partido dos Trabalhadores",
    ),
    # a description and the name it describes stay one phrase
    (
        "O consultor em segurança empresarial Igor Pipolo revelou que o plano prevê 150 vagas.",
        "150",
        "segurança empresarial Igor Pipolo",
    ),
    # a relative pronoun after the preposition: 'no qual ele disse'
    (
        "O partido cita depoimento de Paulo Costa no qual ele disse que 2% seriam repassados.",
        "2%",
        "qual ele",
    ),
]


@pytest.mark.parametrize(("text", "mention", "source"), SUBJECTS)
def test_the_subject_is_someone_or_a_document(text: str, mention: str, source: str) -> None:
    draft = attribute(text, mention)
    assert draft.source is not None
    assert draft.source.text == source


@pytest.mark.parametrize(
    ("word", "singular"),
    [("associações", "associação"), ("denunciantes", "denunciante"), ("dados", "dado")],
)
def test_singulars_of_a_plural_noun(word: str, singular: str) -> None:
    assert singular in singulars(word)
