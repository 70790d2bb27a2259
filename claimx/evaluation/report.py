"""The evaluation's result: a pydantic model that round-trips through JSON."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from claimx.schema import Model, Offsets, TextSpan


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


class Accuracy(Model):
    """``correct`` of ``total`` judged; ``accuracy`` is None when nothing was judged."""

    correct: int = 0
    total: int = 0
    accuracy: float | None = None

    @classmethod
    def of(cls, correct: int, total: int) -> Accuracy:
        return cls(correct=correct, total=total, accuracy=_ratio(correct, total))


class PRF(Model):
    """Precision, recall and F1 (``2tp / (2tp + fp + fn)``); None where undefined."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> PRF:
        return cls(
            tp=tp,
            fp=fp,
            fn=fn,
            precision=_ratio(tp, tp + fp),
            recall=_ratio(tp, tp + fn),
            f1=_ratio(2 * tp, 2 * tp + fp + fn),
        )


class ErrorCase(Model):
    """A missed gold claim or a spurious prediction, with its sentence for context."""

    kind: Literal["miss", "spurious"]
    doc: str
    span: Offsets
    text: str
    sentence: TextSpan | None = None
    rule: list[str] = Field(default_factory=list)
    claim_id: str | None = None
    gold_line: str | None = None


class RuleCount(Model):
    """Predictions a rule took part in that matched gold, and that were spurious."""

    matched: int = 0
    spurious: int = 0


class Report(Model):
    gold: str | None = None
    docs: list[str] = Field(default_factory=list)
    """The articles scored: those named in the gold or in ``--docs``."""
    unscored_docs: list[str] = Field(default_factory=list)
    """Predicted articles named in neither; their claims do not count."""
    optional_removed: int = 0
    """Optional gold claims removed before counting."""
    predictions_removed: int = 0
    """Predictions removed with them (matching or overlapping an optional gold claim)."""
    claims: PRF = Field(default_factory=PRF)
    fields: dict[str, Accuracy] = Field(default_factory=dict)
    source_attributed: Accuracy = Field(default_factory=Accuracy)
    """Source accuracy over matched claims whose gold has a source."""
    time_attributed: Accuracy = Field(default_factory=Accuracy)
    """Time accuracy (``time.value``) over matched claims whose gold has a time."""
    time_predicted: Accuracy = Field(default_factory=Accuracy)
    """Time precision: of the matched claims given a time, those whose gold has that time."""
    source_outcomes: dict[str, int] = Field(default_factory=dict)
    """Matched claims by gold source (one / none) and what was predicted: ``one, right``,
    ``one, another given``, ``one, none given``, ``none, one given``."""
    time_outcomes: dict[str, int] = Field(default_factory=dict)
    """The same counts for ``time`` (by its value)."""
    hedged: PRF = Field(default_factory=PRF)
    """Precision and recall of ``hedged: true`` over matched claims."""
    by_rule: dict[str, RuleCount] = Field(default_factory=dict)
    misses: list[ErrorCase] = Field(default_factory=list)
    spurious: list[ErrorCase] = Field(default_factory=list)
