"""Build the spaCy pipeline: a Portuguese tokenizer (blank or trained) plus claimx's components."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import spacy
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


def model_name(model: str | None) -> str:
    return BLANK if model is None else model
