"""What the quantity rules see of a Doc: lower-cased words and character offsets."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import IDX, LENGTH, LOWER, PREFIX
from spacy.tokens import Doc

from claimx.casefold import document_lowercase
from claimx.drafts import text_of

ARRAY_ATTRS = [LOWER, PREFIX, LENGTH, IDX]


class Words(Sequence[str]):
    """Lower-cased words read lazily from spaCy's LOWER hashes: most tokens are never looked
    at, and a hash lookup is cheaper than a Token object."""

    def __init__(self, doc: Doc, lower_hashes: list[int]) -> None:
        self._strings = doc.vocab.strings
        self._hashes = lower_hashes
        self._cache: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def __getitem__(self, k: int) -> str:  # type: ignore[override]
        word = self._cache.get(k)
        if word is None:
            word = self._cache[k] = self._strings[self._hashes[k]]
        return word


class TokenView:
    """One Doc as plain Python data, built from a single ``doc.to_array`` call."""

    def __init__(self, doc: Doc) -> None:
        array = doc.to_array(ARRAY_ATTRS).astype("uint64", copy=False)
        self.array = array if len(doc) else None
        # Columns stay numpy arrays: only the few tokens near numbers are ever read.
        self.words = Words(doc, array[:, 0].tolist())
        self.starts = array[:, 3] if len(doc) else None
        self.lengths = array[:, 2] if len(doc) else None
        self.text = text_of(doc)
        self.lower = document_lowercase(self.text)
        """The text's lowercase where it stands for the text (:mod:`claimx.casefold`), else None."""

    def char_start(self, token: int) -> int:
        assert self.starts is not None
        return int(self.starts[token])

    def char_end(self, end_token: int) -> int:
        """The character after the token before ``end_token``."""
        assert self.starts is not None and self.lengths is not None
        return int(self.starts[end_token - 1] + self.lengths[end_token - 1])

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.char_start(start) : self.char_end(end)]
