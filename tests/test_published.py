"""Publication date: metadata, then the seed marker, then a byline; precision kept."""

from __future__ import annotations

import pytest
from conftest import shared_path

from claimx.io.published import byline_date, marker_date, parse_date, publication_date


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("27/02/2025", "2025-02-27"),
        ("2025-02-27", "2025-02-27"),
        ("2025-02-27T19:02:00Z", "2025-02-27"),
        ("2025-02-27 19:02", "2025-02-27"),
        ("2025-07", "2025-07"),
        ("2025", "2025"),
        ("3 de março de 2025", "2025-03-03"),
        ("31/02/2025", None),
        ("14/12/0201", None),  # a typing slip in Fake.br's metadata, not the year 201
        ("2025-13", None),
        ("ontem", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(raw: str | None, iso: str | None) -> None:
    assert parse_date(raw) == iso


MARKER = " date 2025-02 Título Internacional|Do R7 27/02/2025 - 19h02 (Atualizado em 28/02/2025)\n"


@pytest.mark.parametrize(
    ("text", "meta", "expected"),
    [
        (" date 2025-07 Título\n\nTexto.", None, "2025-07"),
        (MARKER, None, "2025-02-27"),  # marker and byline agree: the more precise wins
        (" date 2025-03 Título 27/02/2025 - 19h02\n", None, "2025-03"),  # disagree: marker
        (MARKER, "2025-02-20", "2025-02-20"),  # metadata first
        (MARKER, "2025", "2025-02-27"),  # agreeing, more precise sources refine it
        ("Título\nPublicado em 3 de março de 2025\nTexto.", None, "2025-03-03"),
        ("Título\n27/02/2025 - 19h02\nTexto.", "01/03/2025", "2025-03-01"),
        ("Sem data nenhuma.", None, None),
        ("x" * 700 + " 27/02/2025", None, None),  # a byline is near the top
    ],
)
def test_precedence(text: str, meta: str | None, expected: str | None) -> None:
    assert publication_date(text, meta) == expected


def test_updated_date_is_passed_over() -> None:
    assert byline_date("Atualizado em 28/02/2025 | Publicado em 27/02/2025") == "2025-02-27"
    assert byline_date("Atualizado em 28/02/2025") == "2025-02-28"


def test_marker_only_on_the_first_line() -> None:
    assert marker_date("Título\n date 2025-07") is None


@pytest.mark.parametrize(("seed", "expected"), [("001_", "2025-07"), ("003_", "2025-02-27")])
def test_seeds(seed: str, expected: str) -> None:
    folder = shared_path("seeds")
    path = next((p for p in folder.glob(f"{seed}*.txt")), None)
    if path is None:
        pytest.skip(f"no seed {seed}")
    assert publication_date(path.read_text("utf-8"), None) == expected


@pytest.mark.parametrize(
    ("doc", "year", "published"),
    [
        ("C1_Estadao_04-08-2006_05h54", "2006", "2006-08-04"),
        ("C36_OGlobo_20-07-2007-22h04", "2007", "2007-07-20"),
        ("C98_OGlobo_19_10_2022_18h02", "2022", "2022-10-19"),
        ("C76_Folha_18-10-2022_9h58", "2022", "2022-10-18"),
        ("C1_Estadao_04-08-2007_05h54", "2006", "2006"),  # disagrees with the year: the year
        ("C1_Estadao_31-02-2006_05h54", "2006", "2006"),  # not a date
        ("C1_Estadao", None, None),
    ],
)
def test_factnews_publication_date_from_the_document_id(
    doc: str, year: str | None, published: str | None
) -> None:
    from claimx.io.corpora import factnews_published

    assert factnews_published(doc, year) == published
