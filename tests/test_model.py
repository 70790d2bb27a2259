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
