"""The lower-cased token texts of a Doc, as the quantity rules read them."""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc

Words = list[str]


def lower_words(doc: Doc, lower_hashes: np.ndarray) -> Words:
    """All of them at once from spaCy's LOWER hashes: cheaper than a Token object per look."""
    strings = doc.vocab.strings
    return [strings[h] for h in lower_hashes.tolist()]
