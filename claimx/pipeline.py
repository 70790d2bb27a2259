"""Build the spaCy pipeline: a Portuguese tokenizer (blank or trained) plus claimx's components."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy import attrs
from spacy.language import Language

# Importing the modules registers the factories (the entry points do the same for spaCy users).
from claimx.components import attribution, claims, items, quantities, time  # noqa: F401
from claimx.drafts import register_extensions

BLANK = "blank:pt"
# In order; each entry: (factory name, takes rules_dirs).
COMPONENTS: list[tuple[str, bool]] = [
    ("claimx_quantities", True),
    ("claimx_items", True),
    ("claimx_time", True),
    ("claimx_attribution", True),
    ("claimx_claims", False),
]


class ModelError(RuntimeError):
    """The requested trained pipeline is not installed (nothing is ever downloaded)."""


def model_error(model: str) -> ModelError:
    return ModelError(
        f"cannot load the spaCy pipeline {model!r}: not an installed package or a "
        "pipeline directory (claimx never downloads models; the default needs none)"
    )


def load_base(model: str | None) -> Language:
    if model is None or model == BLANK:
        return spacy.blank("pt")
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise model_error(model) from exc
    if nlp.lang != "pt":
        raise ModelError(f"{model!r} is a {nlp.lang!r} pipeline; claimx needs Portuguese ('pt')")
    return nlp


def load(model: str | None = None, rules_dirs: Iterable[str | Path] = ()) -> Language:
    """The claimx pipeline; ``doc._.claims`` holds the claims of each processed Doc."""
    register_extensions()
    nlp = load_base(model)
    dirs = [str(d) for d in rules_dirs]
    for name, takes_rules in COMPONENTS:
        nlp.add_pipe(name, config={"rules_dirs": dirs} if takes_rules else {})
    return nlp


LEXEME_ATTRS_READ = frozenset(
    {attrs.LOWER, attrs.IS_ALPHA, attrs.IS_LOWER, attrs.IS_SPACE, attrs.LIKE_NUM}
)
"""The lexical attributes claimx's components read (``lower_``, ``is_alpha``, ``is_lower``,
``is_space``, ``like_num``; tests/test_lexemes.py keeps this list and the code in step)."""


def lean_vocab(nlp: Language) -> None:
    """Compute only the lexical attributes claimx reads for each new word of the vocabulary.

    A blank pipeline computes 23 attributes (shape, norm, stop word, URL, …), mostly in Python,
    for every word its vocabulary has not seen yet: in news text about one token in twenty, and
    a quarter of the tokenizer's CPU time (1,000 Fake.br articles: 6.9 → 5.1 s). For the
    Extractor's own pipeline, whose Docs never leave it, that work is wasted. Not for a trained
    pipeline (its tagger and parser read norm, shape and affixes), nor for :func:`load`'s
    pipeline, whose Docs are the caller's. The output is the same (tests/test_lexemes.py)."""
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {k: f for k, f in getters.items() if k in LEXEME_ATTRS_READ}


def model_name(model: str | None) -> str:
    return BLANK if model is None else model
