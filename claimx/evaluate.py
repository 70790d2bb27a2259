"""Evaluation against gold, as the annotation guide's last section defines it.

Load and validate gold (:func:`load_gold`, :func:`check_spans`), load predictions
(:func:`load_predictions`, or any iterable of :class:`claimx.schema.Article`), score them
(:func:`evaluate` → :class:`Report`) and render the report (:func:`render_table`,
:func:`render_errors`, :func:`render_by_rule`). Nothing here prints. The pieces live in
:mod:`claimx.evaluation`: ``gold``, ``inputs``, ``match``, ``fields``, ``score``, ``report``,
``render``.
"""

from claimx.evaluation.fields import FIELDS, in_common_units
from claimx.evaluation.gold import (
    EvaluationError,
    GoldError,
    GoldLine,
    check_spans,
    load_gold,
    parse_doc_ids,
)
from claimx.evaluation.inputs import (
    is_corpus_id,
    load_predictions,
    read_texts,
    texts_of_articles,
)
from claimx.evaluation.match import Alignment, align, overlap
from claimx.evaluation.render import render_by_rule, render_errors, render_table
from claimx.evaluation.report import PRF, Accuracy, ErrorCase, Report, RuleCount
from claimx.evaluation.score import evaluate

__all__ = [
    "FIELDS",
    "PRF",
    "Accuracy",
    "Alignment",
    "ErrorCase",
    "EvaluationError",
    "GoldError",
    "GoldLine",
    "Report",
    "RuleCount",
    "align",
    "check_spans",
    "evaluate",
    "in_common_units",
    "is_corpus_id",
    "load_gold",
    "load_predictions",
    "overlap",
    "parse_doc_ids",
    "read_texts",
    "render_by_rule",
    "render_errors",
    "render_table",
    "texts_of_articles",
]
