"""How far a figure on a small split can be trusted: percentile bootstrap intervals, resampling
whole articles (claims of one article are not independent: one misread frame costs all of them).

A figure is a ratio of counts that add up over articles (claim F1 is ``2tp / (2tp + fp + fn)``,
an accuracy ``correct / total``), so each article is scored once and every resample only sums.
The random generator is seeded: ``make eval`` prints the same interval for the same output.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from claimx.evaluation.gold import GoldLine
from claimx.evaluation.report import PRF, Accuracy, Report
from claimx.evaluation.score import evaluate
from claimx.schema import Article

Counts = tuple[int, int]
"""A figure's numerator and denominator."""


def _accuracy(figure: Accuracy | None) -> Counts:
    return (figure.correct, figure.total) if figure is not None else (0, 0)


def _f1(prf: PRF) -> Counts:
    return 2 * prf.tp, 2 * prf.tp + prf.fp + prf.fn


RATIOS: dict[str, Callable[[Report], Counts]] = {
    "claim F1": lambda r: _f1(r.claims),
    "source, gold has one": lambda r: _accuracy(r.source_attributed),
    "source, all matched": lambda r: _accuracy(r.fields.get("source")),
    "time, gold has one": lambda r: _accuracy(r.time_attributed),
    "hedged precision": lambda r: (r.hedged.tp, r.hedged.tp + r.hedged.fp),
    "hedged recall": lambda r: (r.hedged.tp, r.hedged.tp + r.hedged.fn),
    "item head": lambda r: _accuracy(r.fields.get("item_head")),
}
"""The headline figures of ``make eval``, as counts that add up over articles."""


def per_article(
    gold: Sequence[GoldLine], articles: Iterable[Article], docs: Iterable[str]
) -> list[Report]:
    """One report per scored article (an article without gold claims counts: its spurious
    claims are part of the figure)."""
    by_doc: defaultdict[str, list[GoldLine]] = defaultdict(list)
    for line in gold:
        by_doc[line.claim.doc].append(line)
    predicted = {article.doc.id: article for article in articles}
    return [
        evaluate(by_doc.get(doc, []), [predicted[doc]] if doc in predicted else [], docs=[doc])
        for doc in sorted(set(by_doc) | set(docs))
    ]


def _judged(reports: Sequence[Report], figure: str) -> list[Counts] | None:
    """Each article's counts for a figure; None where no article judges anything."""
    counts = [RATIOS[figure](r) for r in reports]
    return counts if any(bottom for _, bottom in counts) else None


def _resampled(
    counts: Sequence[Counts], samples: int, rng: random.Random
) -> list[float]:
    """The figure on ``samples`` resamples of the articles (one that judges nothing left out)."""
    n = len(counts)
    out = []
    for _ in range(samples):
        top = bottom = 0
        for i in rng.choices(range(n), k=n):
            top += counts[i][0]
            bottom += counts[i][1]
        if bottom:
            out.append(top / bottom)
    return out


def _percentiles(values: list[float], level: float) -> tuple[float, float] | None:
    if not values:
        return None
    values = sorted(values)
    tail = (1 - level) / 2
    low = values[int(tail * (len(values) - 1))]
    high = values[round((1 - tail) * (len(values) - 1))]
    return low, high


def interval(
    reports: Sequence[Report],
    figure: str,
    *,
    samples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float] | None:
    """The ``level`` percentile bootstrap interval of a headline figure (a key of ``RATIOS``)
    over per-article reports; None where no resample has anything to judge."""
    counts = _judged(reports, figure)
    if counts is None:
        return None
    return _percentiles(_resampled(counts, samples, random.Random(seed)), level)


def gap_interval(
    dev: Sequence[Report],
    test: Sequence[Report],
    figure: str,
    *,
    samples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float] | None:
    """The interval of ``dev - test`` for a figure, the two splits resampled independently."""
    dev_counts, test_counts = _judged(dev, figure), _judged(test, figure)
    if dev_counts is None or test_counts is None:
        return None
    rng = random.Random(seed)
    dev_values = _resampled(dev_counts, samples, rng)
    test_values = _resampled(test_counts, samples, rng)
    gaps = [d - t for d, t in zip(dev_values, test_values, strict=False)]
    return _percentiles(gaps, level)

