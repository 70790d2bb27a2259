"""Where an attribution may come from outside a figure's sentence: earlier sentences, a lead-in
ending in ':' over a list, and a quotation around the figure."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from claimx.text.leads import LeadScan
from claimx.text.sentences import Sentences

BULLET_LINE = re.compile(r"\s*(?:[•·▪●◦*‣-]|\d{1,2}[.)])\s+\S")
# A straight quote opens after a space or a bracket, before a word, and closes after a word,
# before a space or punctuation: one stray mark must not pair every quote after it the wrong way
# round ('…esse quadro." Questionado …, Moro defendeu … "Existe …' is no quotation). A straight
# quote may close with a curly one ('"Luciana, … pra 100”, disse'), and a curly quote with no
# curly mark to close it with a straight one ('“A gente botou R$ 40 milhões … saldo amigo",
# disse Marcelo'), within its paragraph.
_OPENS = r'(?:(?<=[\s(\[:—–-])|^)"(?=\S)'
_CLOSES = r'(?<=\S)["”](?=[\s.,;:!?)\]…—–-]|$)'
QUOTE = re.compile(
    rf"“[^”“]{{1,4000}}”|«[^»«]{{1,4000}}»|{_OPENS}[^\"“”\n]{{1,1500}}{_CLOSES}"
    rf"|“[^\"“”\n]{{1,1500}}{_CLOSES}"
)
_QUOTES = LeadScan(QUOTE)
"""QUOTE's matches found by their opening marks (its last branch opens with a lookbehind, which
``re`` would try at every character of a paragraph)."""
CLAUSE_PUNCTUATION = r";—–:()\[\]"


def clause_break_rx(words: Iterable[str]) -> re.Pattern[str]:
    r"""Where a clause breaks: at one of ``words`` (as written, whole words), ';', dashes,
    brackets and line breaks. The same matches as the plain alternation
    ``(?<![\w-])(?:word|...)(?![\w-])|[;—–:()\[\]]|\s-{1,2}\s|\n``, but the pattern starts with a
    character class of the punctuation and the words' first letters, and a word's first letter
    picks the rest of the words that start with it."""
    rests: dict[str, set[str]] = {}
    for word in {w.strip() for w in words if w.strip()}:
        rests.setdefault(word[0], set()).add(word[1:])
    firsts = "".join(re.escape(ch) for ch in sorted(rests))
    branches = [
        rf"(?<=[{CLAUSE_PUNCTUATION}])",
        r"(?<=\s)-{1,2}\s",
        r"(?<=\n)",
    ]
    if rests:
        by_first = "|".join(
            f"(?<={re.escape(first)})(?:{'|'.join(re.escape(r) for r in sorted(rest))})"
            for first, rest in sorted(rests.items())
        )
        branches.append(rf"(?<![\w-][{firsts}])(?:{by_first})(?![\w-])")
    return re.compile(rf"[{CLAUSE_PUNCTUATION}\s{firsts}](?:{'|'.join(branches)})")


WINDOW = 3000


def sentence_before(sentences: Sentences, start: int) -> tuple[int, int] | None:
    """The sentence that ends before ``start`` (skipping whitespace), or None at the top."""
    text = sentences.text
    lo = max(0, start - WINDOW)  # a slice of all the text before: quadratic over many figures
    end = lo + len(text[lo:start].rstrip())
    if end <= 0:
        return None
    return sentences.around(end - 1)


def lead_in(sentences: Sentences, pos: int) -> tuple[int, int] | None:
    """For a figure in a list item, the sentence ending in ':' that introduces the list."""
    text = sentences.text
    lo = max(0, pos - WINDOW)
    line_start = text.rfind("\n", lo, pos) + 1
    if line_start == 0 and lo > 0:
        return None  # a line longer than the window is no list item (and bounds the scan)
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
            return sentences.around(colon - 1)[0], colon
        cursor = prev_start - 1
    return None


class ParagraphBreaks:
    """Where ``\n\n`` occurs in a text (overlapping ones too), found once: looking back for
    the paragraph's start from each of thousands of figures of one paragraph was quadratic."""

    def __init__(self, text: str) -> None:
        self.at: list[int] = []
        found = text.find("\n\n")
        while found >= 0:
            self.at.append(found)
            found = text.find("\n\n", found + 1)

    def last_before(self, pos: int) -> int:
        """As ``text.rfind("\n\n", 0, pos)``."""
        i = bisect_right(self.at, pos - 2)
        return self.at[i - 1] if i else -1

    def first_from(self, pos: int) -> int:
        """As ``text.find("\n\n", pos)``."""
        i = bisect_left(self.at, pos)
        return self.at[i] if i < len(self.at) else -1


def quote_around(
    text: str,
    start: int,
    end: int,
    cache: dict[int, list[tuple[int, int]]] | None = None,
    breaks: ParagraphBreaks | None = None,
) -> tuple[int, int] | None:
    """The quotation (with its marks) that contains ``[start, end)``, if any; ``cache`` keeps
    the quotations of each paragraph (keyed by its start) across calls, ``breaks`` the text's
    paragraph breaks."""
    lo = (breaks.last_before(start) if breaks else text.rfind("\n\n", 0, start)) + 1
    quotes = cache.get(lo) if cache is not None else None
    if quotes is None:
        hi = breaks.first_from(end) if breaks else text.find("\n\n", end)
        hi = len(text) if hi < 0 else hi
        quotes = [m.span() for m in _QUOTES.finditer(text, lo, hi)]
        if cache is not None:
            cache[lo] = quotes
    return next((q for q in quotes if q[0] < start and end <= q[1]), None)


def clause_of(
    text: str,
    sent: tuple[int, int],
    start: int,
    end: int,
    clause_break: re.Pattern[str],
    cache: dict[tuple[int, int], list[tuple[int, int]]] | None = None,
    relative_clause: re.Pattern[str] | None = None,
) -> tuple[int, int]:
    """The clause of ``[start, end)`` inside ``sent``: between the nearest clause breaks (found by
    ``clause_break``, from :func:`clause_break_rx`, and the comma that closes a relative clause,
    group 1 of ``relative_clause``; ``cache`` keeps each sentence's breaks across calls)."""
    breaks = cache.get(sent) if cache is not None else None
    if breaks is None:
        breaks = [m.span() for m in clause_break.finditer(text, *sent)]
        if relative_clause is not None:
            closing = [m.span(1) for m in relative_clause.finditer(text, *sent)]
            if closing:
                breaks = sorted(breaks + closing)
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
