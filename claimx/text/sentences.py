"""Sentence bounds from the text alone, so every pipeline (blank or trained) agrees on them."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A line break, or sentence-final punctuation (and a closing quote, which stays in the sentence)
# before a capital, digit, quote, bullet or dash. The pattern starts with a character class, so
# the regex engine skips to the candidates in C (three times faster than the same matches as
# '(?P<end>[.!?…]["”»']?)\s+(?=...)|\n\s*'); the sentence ends after group 'quote' of a
# punctuation match, at the start of a line-break one.
# A run of '+' before a capital also ends a sentence: Fake.br pages inline their link lists as
# headlines behind '+', '++' or '+++' ('… no Supremo. + Cinco delatores relatam …').
_BOUNDARY_PATTERN = (
    r"[.!?…\n+](?:(?<=[.!?…]){not_after}(?P<quote>[\"”»']?)\s+"
    r"(?=(?:[\"“«(\-–—•]|\+{{1,3}})?\s*[A-ZÁÉÍÓÚÀÂÊÔÃÕÇ0-9])|(?<=\n)\s*"
    r"|(?<=\s\+)\+{{0,2}}\s*(?=[A-ZÁÉÍÓÚÀÂÊÔÃÕÇ]))"
)


def boundary_rx(abbreviations: Iterable[str] = ()) -> re.Pattern[str]:
    """Where sentences end; never after one of ``abbreviations`` with its stop ('o Dr. Silva',
    'Av. Paulista') nor after an initial ('João S. Silva'): lookbehinds, one per length, checked
    only where a stop is found."""
    by_length: dict[int, set[str]] = {}
    for word in {a.strip().rstrip(".") for a in abbreviations if a.strip()}:
        by_length.setdefault(len(word), set()).add(re.escape(word))
    checks = [r"(?<![^\w][A-ZÁÉÍÓÚ]\.)"]  # an initial
    checks += [
        rf"(?<![^\w.](?:{'|'.join(sorted(words))})\.)" for _, words in sorted(by_length.items())
    ]
    return re.compile(_BOUNDARY_PATTERN.format(not_after="".join(checks)))


_BOUNDARY = boundary_rx()
WINDOW = 512
LOOKAHEAD = 8
# What a boundary consumes: a position on none of these is never inside one.
_IN_BOUNDARY = frozenset(".!?…\"”»'")


class Sentences:
    """Sentence bounds of one text, found around the offsets asked for (not over the whole
    text: claims are sparse, and a long article holds many sentences without one)."""

    def __init__(self, text: str, boundary: re.Pattern[str] = _BOUNDARY) -> None:
        self.text = text
        self.boundary = boundary
        """From :func:`boundary_rx`: where the sentences of this text end."""
        self._last: tuple[int, int, tuple[int, int]] | None = None
        """(position asked, start of the next boundary, sentence): the positions between the
        two are in the same sentence (claims come in order, several to a sentence)."""
        self._resume: int | None = None
        """The end of that next boundary: a later sentence's start is found scanning on from it."""

    def around(self, start: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding character ``start``, without outer spaces."""
        last = self._last
        if last is not None and last[0] <= start < last[1]:
            return last[2]
        begin = self._start_before(start)
        boundary = self.boundary.search(self.text, start)
        end = len(self.text) if boundary is None else _sentence_end(boundary)
        chunk = self.text[begin:end]
        begin += len(chunk) - len(chunk.lstrip())
        end -= len(chunk) - len(chunk.rstrip())
        sentence = begin, max(end, begin)
        char = self.text[start : start + 1]
        if char and not char.isspace() and char not in _IN_BOUNDARY:
            self._last = (start, len(self.text) if boundary is None else boundary.start(), sentence)
            self._resume = None if boundary is None else boundary.end()
        else:
            self._last = self._resume = None
        return sentence

    def _start_before(self, pos: int) -> int:
        """After the last boundary that ends at or before ``pos``; the window grows until one
        is found (a boundary cut by the window's edge is found by the next, wider window).
        Just after the last sentence asked for, the scan goes on from its end instead."""
        resume = self._resume
        if resume is not None and resume <= pos <= resume + WINDOW:
            begin = resume
            for match in self.boundary.finditer(self.text, resume, pos + LOOKAHEAD):
                if match.end() > pos:
                    break
                begin = match.end()
            return begin
        window = WINDOW
        while True:
            left = max(0, pos - window)
            last = None
            # The lookahead needs a few characters past pos; the match itself must end by pos.
            for match in self.boundary.finditer(self.text, left, pos + LOOKAHEAD):
                if match.end() > pos:
                    break
                last = match
            if last is not None and (last.start() > left or left == 0):
                return last.end()
            if left == 0:
                return 0
            window *= 4



def _sentence_end(boundary: re.Match[str]) -> int:
    return boundary.start() if boundary.group("quote") is None else boundary.end("quote")
