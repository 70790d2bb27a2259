"""The lower-cased token texts of a Doc, as the quantity rules read them."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.tokens import Doc


class Words(Sequence[str]):
    """Read lazily from spaCy's LOWER hashes: most tokens are never looked at, and a hash
    lookup is cheaper than a Token object."""

    def __init__(self, doc: Doc, lower_hashes: np.ndarray) -> None:
        self._strings = doc.vocab.strings
        self._hashes = lower_hashes.tolist()
        self._cache: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def __getitem__(self, k: int) -> str:  # type: ignore[override]
        word = self._cache.get(k)
        if word is None:
            word = self._cache[k] = self._strings[self._hashes[k]]
        return word


def lower_words(doc: Doc, lower_hashes: np.ndarray) -> Words:
    return Words(doc, lower_hashes)
