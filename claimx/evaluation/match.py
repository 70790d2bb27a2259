"""One-to-one matching of predicted to gold claims of one document by overlapping spans.

Greedy by largest overlap: every (gold, prediction) pair whose half-open spans share at least one
character is a candidate; candidates are taken largest overlap first (ties: earlier gold, then
earlier prediction, in input order), each claim at most once. Exact spans therefore always pair up,
and a prediction that covers two gold claims goes to the one it covers more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

Span = Sequence[int]


def overlap(a: Span, b: Span) -> int:
    """Characters that two ``[start, end)`` spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Alignment:
    """Index pairs (gold, prediction) and the indices left over on either side."""

    pairs: list[tuple[int, int]] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    spurious: list[int] = field(default_factory=list)


def align(gold: Sequence[Span], predicted: Sequence[Span]) -> Alignment:
    candidates = [
        (-overlap(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if overlap(g, p) > 0
    ]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    result = Alignment()
    for _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            result.pairs.append((gi, pi))
    result.pairs.sort()
    result.missed = [i for i in range(len(gold)) if i not in used_gold]
    result.spurious = [i for i in range(len(predicted)) if i not in used_pred]
    return result
