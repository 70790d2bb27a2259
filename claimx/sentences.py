"""Sentence bounds from the text alone, so every pipeline (blank or trained) agrees on them."""

from __future__ import annotations

import re
from bisect import bisect_right

# A line break, or sentence-final punctuation (and a closing quote, which stays in the sentence)
# before a capital, digit, quote, bullet or dash. Starting with a character class lets the regex
# engine skip ahead; group 'end' is where the sentence ends.
_BOUNDARY = re.compile(
    r"(?P<end>[.!?…][\"”»']?)\s+(?=[\"“«(\-–—•]?\s*[A-ZÁÉÍÓÚÂÊÔÃÕÇ0-9])|\n\s*"
)


class Sentences:
    """Sentence bounds of one text, computed once and looked up by character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        self.ends = []
        for match in _BOUNDARY.finditer(text):
            self.ends.append(match.end("end") if match.group("end") else match.start())
            self.starts.append(match.end())
        self.ends.append(len(text))

    def around(self, start: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding character ``start``, without outer spaces."""
        k = max(0, bisect_right(self.starts, start) - 1)
        begin, end = self.starts[k], self.ends[k]
        chunk = self.text[begin:end]
        begin += len(chunk) - len(chunk.lstrip())
        end -= len(chunk) - len(chunk.rstrip())
        return begin, max(end, begin)
