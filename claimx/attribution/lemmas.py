"""Verb lemmas from spaCy's Portuguese lookup table (spacy-lookups-data), searched in place.

The table is a JSON object written one ``"form": "lemma",`` per line, sorted by form. A binary
search over its lines finds a form without building a dict of its 825,000 entries (two seconds
and ~100 MB at every start); each word looked up is remembered.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

import numpy as np

# What a predicate can be: inflected verb forms (by ending) of a verb lemma (by ending).
FORM_ENDINGS = (
    "ou", "eu", "iu", "aram", "eram", "iram", "ava", "avam", "ia", "iam", "am", "em", "ado",
    "ados", "ada", "adas", "ido", "idos", "ida", "idas", "ído", "ídos", "ída", "ídas", "isse",
    "isseram", "e", "a", "ez", "ôs", "uis",
)
LEMMA_ENDINGS = ("ar", "er", "ir", "or", "ôr")
SEPARATOR = b'": "'


class LemmaTable:
    """Form → lemma lookups in the table's bytes (UTF-8 sorts as the table's keys do)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        newlines = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord("\n"))
        starts = np.concatenate(([0], newlines + 1))
        # the entry lines: from the first key's to the last separator's (not the braces)
        first = data.rfind(b"\n", 0, data.index(b'"')) + 1
        last = data.rfind(b"\n", 0, data.rindex(SEPARATOR)) + 1
        self.line_starts = starts[(starts >= first) & (starts <= last)]
        self._known: dict[str, str | None] = {}

    def lemma(self, form: str) -> str | None:
        """The lemma of a verb form, or None (not in the table, or not a verb entry)."""
        if form not in self._known:
            found = self.entry(form) if form.endswith(FORM_ENDINGS) else None
            self._known[form] = found if found and found.endswith(LEMMA_ENDINGS) else None
        return self._known[form]

    def entry(self, form: str) -> str | None:
        """The table's lemma for ``form``, whatever its kind; None where the table lacks it."""
        key, data, starts = form.encode("utf-8"), self.data, self.line_starts
        lo, hi = 0, len(starts)
        while lo < hi:  # the first line whose key is >= key
            mid = (lo + hi) // 2
            if self._key(int(starts[mid])) < key:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(starts) or self._key(int(starts[lo])) != key:
            return None
        begin = data.index(SEPARATOR, int(starts[lo])) + len(SEPARATOR)
        return data[begin : data.index(b'"', begin)].decode("utf-8")

    def _key(self, start: int) -> bytes:
        quote = self.data.index(b'"', start)
        return self.data[quote + 1 : self.data.index(SEPARATOR, quote)]


@lru_cache(maxsize=1)
def lemma_table() -> LemmaTable | None:
    """The installed table, or None when spacy-lookups-data is absent."""
    try:
        path = resources.files("spacy_lookups_data") / "data" / "pt_lemma_lookup.json.gz"
        with gzip.open(str(path), "rb") as handle:
            return LemmaTable(handle.read())
    except (ModuleNotFoundError, OSError):
        return None


def is_verb_form(word: str) -> bool:
    """Whether the lemma table reads the lower-cased ``word`` as a form of a verb."""
    table = lemma_table()
    return table is not None and table.lemma(word) is not None


def lemma_of(word: str) -> str:
    """The verb lemma of ``word`` (lower-cased), or the lower-cased word itself."""
    lower = word.lower()
    table = lemma_table()
    lemma = table.lemma(lower) if table is not None else None
    return lemma or lower


def is_conditional(word: str) -> bool:
    """Whether the lower-cased ``word`` is a conditional the lemma table knows: the infinitive +
    -ia/-iam ('provocaria' ← provocar), or -zer's stem + -ria ('diria' ← dizer); not an
    imperfect ('ocorria' ← ocorrer), nor a noun whose plural the table has ('bateria')."""
    table = lemma_table()
    lemma = table.lemma(word) if table is not None else None
    if table is None or lemma is None or not word.endswith(("ria", "riam")):
        return False
    stem = word[:-3] if word.endswith("iam") else word[:-2]
    if stem != lemma and not (lemma.endswith("zer") and stem == lemma[:-3] + "r"):
        return False
    return word.endswith("iam") or table.entry(word + "s") != word  # 'baterias' → bateria
