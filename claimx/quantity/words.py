"""What the quantity rules see of a Doc: lower-cased words and character offsets."""

from __future__ import annotations

import numpy as np
from spacy.attrs import IDX, LOWER
from spacy.tokens import Doc

from claimx.drafts import text_of
from claimx.text.casefold import document_lowercase

ARRAY_ATTRS = [LOWER, IDX]


class Words(dict[int, str]):
    """Lower-cased words read lazily from spaCy's LOWER hashes, indexed by token: most tokens
    are never looked at, and a hash lookup is cheaper than a Token object. The words read so far
    are the dict's entries, so a word read again (most reads are) is found by the dict itself,
    in C, without a Python call; ``__missing__`` reads the others. The rules only index it and
    take its ``len``, as they would a ``Sequence[str]`` (which their signatures say)."""

    def __init__(self, doc: Doc, lower_hashes: np.ndarray) -> None:
        super().__init__()
        self._strings = doc.vocab.strings
        # The numpy column itself, read one item at a time: a few dozen of a Doc's ~1,000 words
        # are ever read, and ``tolist()`` would make a Python int of every 64-bit hash.
        self._hash_at = lower_hashes.item
        self._size = len(lower_hashes)

    def __len__(self) -> int:
        return self._size  # the Doc's tokens, not the words read so far

    def __missing__(self, k: int) -> str:
        word = self[k] = self._strings[self._hash_at(k)]  # IndexError past the last token
        return word


class TokenView:
    """One Doc as plain Python data: spaCy's LOWER and IDX columns from one ``doc.to_array``
    call (its cost is per token and column, so only two), and each token's first character as
    a code point, read off the text in one numpy step."""

    def __init__(self, doc: Doc) -> None:
        array = doc.to_array(ARRAY_ATTRS)
        self.doc = doc
        self.text = text_of(doc)
        self.lower = document_lowercase(self.text)
        """The text's lowercase where it stands for the text (:mod:`claimx.casefold`), else None."""
        # Columns stay numpy arrays: only the few tokens near numbers are ever read.
        self.hashes = array[:, 0]
        self.words = Words(doc, self.hashes)
        self.starts = array[:, 1] if len(doc) else None
        self.first_chars = _code_points(self.text)[self.starts] if len(doc) else None
        self._lengths: dict[int, int] = {}

    def char_start(self, token: int) -> int:
        assert self.starts is not None
        return self.starts.item(token)  # a Python int, without making a numpy scalar first

    def length(self, token: int) -> int:
        word = self.words[token]
        if word.isascii():
            # lowercasing kept each character one character: only 'İ' lengthens, into non-ASCII
            return len(word)
        size = self._lengths.get(token)
        if size is None:
            size = self._lengths[token] = len(self.doc[token])
        return size

    def char_end(self, end_token: int) -> int:
        """The character after the token before ``end_token``."""
        return self.char_start(end_token - 1) + self.length(end_token - 1)

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.char_start(start) : self.char_end(end)]


def _code_points(text: str) -> np.ndarray:
    # UTF-32 gives one 4-byte unit per character, so character offsets index the array.
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
