"""Which time expression governs a claim: the nearest one in the claim's own clause.

A clause is the stretch of the sentence between two boundaries of the ``time.clause`` rule
(``;``, ``que``, ``, e`` ...); a comma-delimited clause inside it (``, que foi fundada em 1990,``)
belongs to neither side. Within the clause an expression before the quantity wins over one after.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimx.time.finder import TimeMention
from claimx.time.grammar import Grammar

Span = tuple[int, int]


def clause_of(grammar: Grammar, text: str, sentence: Span, at: Span) -> tuple[Span, list[Span]]:
    """The clause around ``at`` inside ``sentence``, and the embedded clauses it must skip."""
    start, end = sentence
    embedded = [m.span() for m in grammar.embedded.finditer(text, start, end)] if (
        grammar.embedded
    ) else []
    inside = next(((s, e) for s, e in embedded if s <= at[0] and at[1] <= e), None)
    if inside is not None:
        start, end, embedded = inside[0] + 1, inside[1] - 1, []
    for match in grammar.boundary.finditer(text, start, end) if grammar.boundary else ():
        if any(s <= match.start() < e for s, e in embedded):
            continue
        if match.end() <= at[0]:
            start = match.end()
        elif match.start() >= at[1]:
            end = match.start()
            break
    return (start, end), embedded


def governing_time(
    grammar: Grammar,
    text: str,
    sentence: Span,
    quantity: Span,
    mention: Span,
    times: Sequence[TimeMention],
) -> TimeMention | None:
    """The time of the claim whose quantity is ``quantity`` (its whole mention ``mention``)."""
    (start, end), embedded = clause_of(grammar, text, sentence, quantity)
    candidates = [
        t for t in times
        if start <= t.start and t.end <= end
        and (t.end <= mention[0] or t.start >= mention[1])
        and not any(s <= t.start < e for s, e in embedded)
    ]
    before = [t for t in candidates if t.end <= quantity[0]]
    if before:
        return before[-1]
    after = [t for t in candidates if t.start >= quantity[1]]
    return after[0] if after else None
