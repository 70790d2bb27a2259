"""claimx inside an ordinary spaCy pipeline."""

from __future__ import annotations

import spacy

import claimx


def test_load_gives_claims_on_doc() -> None:
    nlp = claimx.load()
    assert [n for n in nlp.pipe_names if n.startswith("claimx_")] == nlp.pipe_names
    doc = nlp("Segundo o IBGE, o país tem mais de 200 milhões de habitantes.")
    [claim] = doc._.claims
    assert (claim.quantity.value, claim.quantity.relation) == (200000000, ">")
    assert [s.text for s in doc.spans["claimx_quantities"]] == ["mais de 200 milhões"]


def test_components_are_available_by_name_to_any_portuguese_pipeline() -> None:
    nlp = spacy.blank("pt")
    for name in ("claimx_quantities", "claimx_items", "claimx_claims"):
        nlp.add_pipe(name)
    doc = nlp("Foram presos 12 suspeitos.")
    assert [c.text for c in doc._.claims] == ["12 suspeitos"]


def test_nlp_pipe_streams_many_docs() -> None:
    nlp = claimx.load()
    texts = [f"A empresa demitiu {n} funcionários." for n in range(2, 40)]
    values = [doc._.claims[0].quantity.value for doc in nlp.pipe(texts, batch_size=8)]
    assert values == list(range(2, 40))


def test_the_components_read_and_write_the_attributes_spacy_shows() -> None:
    """claimx reads ``doc._`` attributes where spaCy keeps them (claimx.drafts.get_value)."""
    from claimx.drafts import get_value, set_value

    nlp = claimx.load()
    doc = nlp.make_doc("Foram 300 mortos.")
    doc._.claimx_published = "2020-01-02"
    assert get_value(doc, "claimx_published") == "2020-01-02"
    set_value(doc, "claimx_doc_id", "a1")
    assert doc._.claimx_doc_id == "a1"
    assert get_value(doc, "claimx_body_start") == 0  # the default
    doc = nlp(doc)
    assert doc._.claims == get_value(doc, "claims") and doc._.claims[0].id.startswith("a1:")
