"""Where an attribution may come from outside a figure's sentence: earlier sentences, a lead-in
ending in ':' over a list, and a quotation around the figure."""

from __future__ import annotations

import re

# Each pattern starts with a character class (which ``re`` skips to fast); the branch is picked by
# the character read: the same matches as the plain alternations kept in the comments.
# [.!?…][\"”»’)]*\s+|\n\s*\n|\n(?=\s*[•·▪●*-]\s)
SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[\"”»’)]*\s+|(?<=\n)\s*\n|(?<=\n)(?=\s*[•·▪●*-]\s))"
)
BULLET_LINE = re.compile(r"\s*(?:[•·▪●◦*‣-]|\d{1,2}[.)])\s+\S")
QUOTE = re.compile(r"“[^”“]{1,4000}”|«[^»«]{1,4000}»|\"[^\"\n]{1,1500}\"")
# (?<![\w-])(?:que|onde|mas|porém|enquanto|embora|porque|pois|quando|cujo|cuja|cujos|cujas)
# (?![\w-])|[;—–:()\[\]]|\s-{1,2}\s|\n
CLAUSE_BREAK = re.compile(
    r"[;—–:()\[\]\sqompec](?:(?<=[;—–:()\[\]])|(?<=\s)-{1,2}\s|(?<=\n)"
    r"|(?<![\w-][qompec])(?:(?<=q)(?:ue|uando)|(?<=o)nde|(?<=m)as|(?<=p)(?:orém|ois|orque)"
    r"|(?<=e)(?:nquanto|mbora)|(?<=c)(?:ujo|uja|ujos|ujas))(?![\w-]))"
)
WINDOW = 3000


def sentence_before(text: str, start: int) -> tuple[int, int] | None:
    """The sentence that ends before ``start`` (skipping whitespace), or None at the top."""
    end = len(text[:start].rstrip())
    if end <= 0:
        return None
    lo = max(0, end - WINDOW)
    begin = lo
    for m in SENTENCE_END.finditer(text, lo, end - 1):
        begin = m.end()
    return begin, end


def sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos`` by the same boundaries (for lead-ins and quotes)."""
    lo = max(0, pos - WINDOW)
    begin = lo
    for m in SENTENCE_END.finditer(text, lo, pos):
        begin = m.end()
    m = SENTENCE_END.search(text, pos, pos + WINDOW)
    return begin, (m.start() + 1 if m else min(len(text), pos + WINDOW))


def lead_in(text: str, pos: int) -> tuple[int, int] | None:
    """For a figure in a list item, the sentence ending in ':' that introduces the list."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not BULLET_LINE.match(text, line_start) and text[line_start:pos].strip():
        return None
    cursor = line_start - 1
    for _ in range(60):
        if cursor <= 0:
            return None
        prev_start = text.rfind("\n", 0, cursor) + 1
        line = text[prev_start:cursor]
        if line.strip() and not BULLET_LINE.match(line):
            stripped = line.rstrip()
            if not stripped.endswith(":"):
                return None
            colon = prev_start + len(stripped)
            return sentence_around(text, colon - 1)[0], colon
        cursor = prev_start - 1
    return None


def quote_around(
    text: str, start: int, end: int, cache: dict[int, list[tuple[int, int]]] | None = None
) -> tuple[int, int] | None:
    """The quotation (with its marks) that contains ``[start, end)``, if any; ``cache`` keeps
    the quotations of each paragraph (keyed by its start) across calls."""
    lo = text.rfind("\n\n", 0, start) + 1
    quotes = cache.get(lo) if cache is not None else None
    if quotes is None:
        hi = text.find("\n\n", end)
        hi = len(text) if hi < 0 else hi
        quotes = [m.span() for m in QUOTE.finditer(text, lo, hi)]
        if cache is not None:
            cache[lo] = quotes
    return next((q for q in quotes if q[0] < start and end <= q[1]), None)


def clause_of(
    text: str,
    sent: tuple[int, int],
    start: int,
    end: int,
    cache: dict[tuple[int, int], list[tuple[int, int]]] | None = None,
) -> tuple[int, int]:
    """The clause of ``[start, end)`` inside ``sent``: between the nearest clause breaks
    (``cache`` keeps each sentence's breaks across calls)."""
    breaks = cache.get(sent) if cache is not None else None
    if breaks is None:
        breaks = [m.span() for m in CLAUSE_BREAK.finditer(text, *sent)]
        if cache is not None:
            cache[sent] = breaks
    begin, finish = sent
    for b_start, b_end in breaks:
        if b_end <= start:
            begin = b_end
        elif b_start >= end:
            finish = b_start
            break
    return begin, finish
