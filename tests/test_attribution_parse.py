"""Parse- and entity-based attribution rules on hand-built Docs (as spaCy's own tests do)."""

from __future__ import annotations

import pytest
import spacy
from conftest import shared_path
from spacy.tokens import Doc, Span

from claimx.attribution.parse_rules import (
    actor_by_parse,
    expand_to_entities,
    has_parse,
    subject_of_verb,
)

NLP = spacy.blank("pt")


def make_doc(words, heads, deps, pos, ents=()) -> Doc:
    doc = Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def reported() -> Doc:
    # O ministro da Fazenda disse que o governo gastou 300 milhões .
    words = [
        "O",
        "ministro",
        "da",
        "Fazenda",
        "disse",
        "que",
        "o",
        "governo",
        "gastou",
        "300",
        "milhões",
        ".",
    ]
    heads = [1, 4, 3, 1, 4, 8, 7, 8, 4, 10, 8, 4]
    deps = [
        "det",
        "nsubj",
        "case",
        "nmod",
        "ROOT",
        "mark",
        "det",
        "nsubj",
        "ccomp",
        "nummod",
        "obj",
        "punct",
    ]
    pos = [
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "VERB",
        "SCONJ",
        "DET",
        "NOUN",
        "VERB",
        "NUM",
        "NOUN",
        "PUNCT",
    ]
    return make_doc(words, heads, deps, pos, ents=[(3, 4, "ORG")])


def char_span_of(doc: Doc, i: int) -> tuple[int, int]:
    return doc[i].idx, doc[i].idx + len(doc[i])


def text_of(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return None if span is None else doc.text[span[0] : span[1]]


def test_hand_built_doc_has_parse() -> None:
    assert has_parse(reported())
    assert not has_parse(NLP("O ministro disse."))


def test_subject_of_reporting_verb_drops_determiner() -> None:
    doc = reported()
    assert text_of(doc, subject_of_verb(doc, *char_span_of(doc, 4))) == "ministro da Fazenda"


@pytest.mark.parametrize(
    ("token_start", "token_end", "actor", "predicate"),
    [(9, 11, "governo", "gastou")],
)
def test_actor_is_subject_of_verb_governing_the_figure(token_start, token_end, actor, predicate):
    doc = reported()
    found_actor, found_predicate = actor_by_parse(doc, token_start, token_end)
    assert text_of(doc, found_actor) == actor
    assert text_of(doc, found_predicate) == predicate


def test_passive_agent_is_the_actor() -> None:
    # 300 casas foram destruídas pelo furacão .
    words = ["300", "casas", "foram", "destruídas", "pelo", "furacão", "."]
    heads = [1, 3, 3, 3, 5, 3, 3]
    deps = ["nummod", "nsubj:pass", "aux:pass", "ROOT", "case", "obl:agent", "punct"]
    pos = ["NUM", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"]
    doc = make_doc(words, heads, deps, pos)
    actor, predicate = actor_by_parse(doc, 0, 2)
    assert (text_of(doc, actor), text_of(doc, predicate)) == ("furacão", "destruídas")


def test_no_verb_no_actor() -> None:
    # 300 casas .
    doc = make_doc(
        ["300", "casas", "."], [1, 1, 1], ["nummod", "ROOT", "punct"], ["NUM", "NOUN", "PUNCT"]
    )
    assert actor_by_parse(doc, 0, 2) == (None, None)


def test_phrase_widened_to_whole_entity() -> None:
    doc = make_doc(
        ["a", "Coreia", "do", "Norte", "enviou"],
        [1, 4, 3, 1, 4],
        ["det", "nsubj", "case", "nmod", "ROOT"],
        ["DET", "PROPN", "ADP", "PROPN", "VERB"],
        ents=[(1, 4, "LOC")],
    )
    coreia = char_span_of(doc, 1)
    assert text_of(doc, expand_to_entities(doc, coreia)) == "Coreia do Norte"


def test_trained_pipeline_end_to_end() -> None:
    model = shared_path("models", "pt_ud_sm")
    from claimx.extractor import Extractor

    extractor = Extractor(model=str(model))
    text = (
        "Segundo o IBGE, a cidade tem 300 mil habitantes. O ministro disse que 40 pessoas morreram."
    )
    claims = extractor.extract(text).claims
    sources = [c.source.canonical if c.source else None for c in claims]
    assert sources[:1] == ["IBGE"]
    assert claims[-1].source is not None and "ministro" in claims[-1].source.text
