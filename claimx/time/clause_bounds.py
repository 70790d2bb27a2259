"""The clause around a claim's quantity: the stretch of its sentence between two boundaries.

A boundary is a match of the ``time.clause`` rule (``;``, ``que``, ``, e`` ...; a boundary inside a
time expression, as in ``no ano que vem``, is none); a comma-delimited clause inside the sentence
(``, que foi fundada em 1990,``, block ``embedded``) belongs to neither side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimx.text.casefold import document_lowercase
from claimx.text.leads import LeadScan
from claimx.time.grammar import Grammar

Span = tuple[int, int]


Breaks = tuple[list[Span], list[Span]]
"""A sentence's embedded comma clauses and its clause boundaries (found once per sentence)."""


def sentence_breaks(grammar: Grammar, text: str, sentence: Span) -> Breaks:
    lower = document_lowercase(text)
    return (
        _spans(grammar.embedded, grammar.embedded_lower, text, lower, sentence),
        _spans(grammar.boundary, grammar.boundary_lower, text, lower, sentence),
    )


def _spans(
    regex: re.Pattern[str] | None,
    lower_scan: LeadScan | None,
    text: str,
    lower: str | None,
    sentence: Span,
) -> list[Span]:
    """The matches of ``regex`` in the sentence, found in the text's lowercase where it can."""
    if regex is None:
        return []
    if lower is not None and lower_scan is not None:
        return [m.span() for m in lower_scan.finditer(lower, *sentence)]
    return [m.span() for m in regex.finditer(text, *sentence)]


def clause_of(
    grammar: Grammar,
    text: str,
    sentence: Span,
    at: Span,
    times: Sequence[Span] = (),
    breaks: Breaks | None = None,
) -> tuple[Span, list[Span]]:
    """The clause around ``at`` inside ``sentence``, and the embedded clauses it must skip;
    boundaries inside ``times`` do not count. ``breaks``: the sentence's, if already found."""
    start, end = sentence
    embedded, boundaries = breaks or sentence_breaks(grammar, text, sentence)
    inside = next(((s, e) for s, e in embedded if s <= at[0] and at[1] <= e), None)
    if inside is not None:
        start, end = inside[0] + 1, inside[1] - 1
        embedded, boundaries = [], sentence_breaks(grammar, text, (start, end))[1]
    for b_start, b_end in boundaries:
        if _embedded_boundary(grammar, text, (b_start, b_end), embedded) or any(
            s < b_end and b_start < e for s, e in times
        ):
            continue
        if b_end <= at[0]:
            start = b_end
        elif b_start >= at[1]:
            end = b_start
            break
    return (start, end), embedded


def _embedded_boundary(grammar: Grammar, text: str, boundary: Span, embedded: list[Span]) -> bool:
    """A boundary wholly inside an embedded clause is that clause's; one that only starts at its
    closing comma ends the clause (', enquanto ...'), except a list word that goes on with what
    came before it (', que foi prefeito, e outros R$ 100 mil')."""
    b_start, b_end = boundary
    for s, e in embedded:
        if s <= b_start and b_end <= e:
            return True
        if s <= b_start < e:
            return text[b_start:b_end].strip(" ,").casefold() in grammar.embedded_continues
    return False
