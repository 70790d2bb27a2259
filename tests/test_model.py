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


def test_the_parse_is_used_for_attribution_only_when_asked() -> None:
    """The parse paths lost to the rules on the development gold (README), so by default a
    trained pipeline attributes exactly as the blank one; ``use_parse`` switches them on."""
    model = shared_path("models", "pt_ud_sm")
    text = (
        "O ministro da Fazenda disse que o governo gastou 300 milhões. "
        "Segundo a polícia, o grupo desviou R$ 16 milhões."
    )
    trained = claimx.Extractor(model=str(model)).extract(text)
    blank = claimx.Extractor().extract(text)
    assert [c.source for c in trained.claims] == [c.source for c in blank.claims]
    assert [c.actor for c in trained.claims] == [c.actor for c in blank.claims]
    nlp = claimx.Extractor(model=str(model)).nlp
    assert nlp.get_pipe("claimx_attribution").use_parse is False
