"""--model: the same components on a trained pipeline (a stand-in for pt_core_news_sm)."""

from __future__ import annotations

import pytest
from conftest import shared_path

import claimx
from claimx.pipeline import ModelError


def test_uninstalled_model_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="never downloads"):
        claimx.Extractor(model="pt_core_news_sm_not_here")


def test_trained_pipeline_gives_the_same_quantities() -> None:
    model = shared_path("models", "pt_ud_sm")
    text = "Segundo o MSMT, a Coreia do Norte forneceu mais de 14 mil soldados à Rússia."
    trained = claimx.Extractor(model=str(model)).extract(text)
    blank = claimx.Extractor().extract(text)
    assert trained.provenance.model == str(model)
    assert [c.quantity for c in trained.claims] == [c.quantity for c in blank.claims]
    assert trained.claims[0].item is not None and trained.claims[0].item.text == "soldados"


def test_a_line_break_parsed_as_the_verb_loses_no_article() -> None:
    """The parse may make the '\\n' between two lines the verb of a figure's clause; the
    article is still extracted, with no predicate taken from white space."""
    model = shared_path("models", "pt_ud_sm")
    text = (
        "Assim que o dia clareou, elas começaram a tapar os buracos entre Uberlândia e Araguari."
        "\nDepois o estado do Rio de Janeiro, com 840 quilômetros em nove rodovias."
    )
    article = claimx.Extractor(model=str(model)).extract(text)
    assert [c.quantity.value for c in article.claims] == [840, 9]
    assert all(c.predicate is None or c.predicate.text.strip() for c in article.claims)
