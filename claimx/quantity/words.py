"""Lower-cased token texts of a Doc, read lazily: most tokens are never looked at."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc


class Words(Sequence[str]):
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._cache: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.doc)

    def __getitem__(self, k: int) -> str:  # type: ignore[override]
        word = self._cache.get(k)
        if word is None:
            word = self._cache[k] = self.doc[k].lower_
        return word
