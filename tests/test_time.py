"""Time expressions: each kind resolved at its precision, relations, clause scoping, component."""

from __future__ import annotations

import pytest
import spacy

from claimx.components.time import TimeResolver
from claimx.drafts import ClaimDraft, register_extensions
from claimx.rulebook import Rulebook, default_rules_dir
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
        ("na semana passada", "2025-02-27", ("na semana passada", "2025-W08", "at")),
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


def doc_with_claim(text: str, quantity: str, published: str | None = None):
    """A blank-pt Doc with one hand-made draft over the first occurrence of ``quantity``."""
    register_extensions()
    doc = spacy.blank("pt")(text)
    start = text.index(quantity)
    span = doc.char_span(start, start + len(quantity), alignment_mode="expand")
    draft = ClaimDraft(
        quantity=Quantity(
            text=quantity, span=[start, start + len(quantity)], value=1, relation="="
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
    relative = extractor.extract("Ontem, a polícia prendeu 12 suspeitos.", doc_id="r").claims
    assert [(c.time and c.time.text, c.time and c.time.value) for c in relative] == [
        ("Ontem", None)
    ]
