"""Plain-text views of :class:`Report`: the score table, ``--errors`` and ``--by-rule``."""

from __future__ import annotations

from collections.abc import Mapping

from claimx.evaluation.report import Accuracy, ErrorCase, Report
from claimx.evaluation.score import SOURCE_OUTCOMES, TIME_OUTCOMES

OPEN, CLOSE = "⟦", "⟧"


def _num(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def _share(x: float | None, part: int, whole: int) -> str:
    return f"{_num(x)} ({part}/{whole})"


def _acc(a: Accuracy) -> str:
    return _share(a.accuracy, a.correct, a.total)


def _rows(r: Report) -> list[tuple[str, str]]:
    c, h = r.claims, r.hedged
    rows = [
        ("articles", str(len(r.docs))),
        ("gold claims", str(c.tp + c.fn)),
        ("predicted", str(c.tp + c.fp)),
        ("matched / spurious / missed", f"{c.tp} / {c.fp} / {c.fn}"),
        ("optional removed (gold / predicted)", f"{r.optional_removed} / {r.predictions_removed}"),
        ("precision", _num(c.precision)),
        ("recall", _num(c.recall)),
        ("F1", _num(c.f1)),
    ]
    rows += [(f"  {name}", _acc(acc)) for name, acc in r.fields.items()]
    rows += [
        ("  source_attributed", _acc(r.source_attributed)),
        (
            "    right / other / none / extra",
            " / ".join(str(r.source_outcomes.get(k, 0)) for k in SOURCE_OUTCOMES),
        ),
        ("  time_attributed", _acc(r.time_attributed)),
        ("  time precision", _acc(r.time_predicted)),
        (
            "    time right / other / none / extra",
            " / ".join(str(r.time_outcomes.get(k, 0)) for k in TIME_OUTCOMES),
        ),
        ("  hedged precision", _share(h.precision, h.tp, h.tp + h.fp)),
        ("  hedged recall", _share(h.recall, h.tp, h.tp + h.fn)),
    ]
    return rows


def render_table(reports: Report | Mapping[str, Report]) -> str:
    """One table, a column per report (e.g. per gold set); field rows are over matched claims."""
    if isinstance(reports, Report):
        reports = {reports.gold or "score": reports}
    columns = [dict(_rows(r)) for r in reports.values()]
    labels = [label for label, _ in _rows(next(iter(reports.values())))] if reports else []
    header = ["", *reports]
    body = [[label, *(col[label] for col in columns)] for label in labels]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
        for row in [header, *body]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def mark(case: ErrorCase) -> str:
    """The case's sentence on one line with its span between ⟦ and ⟧."""
    if case.sentence is None:
        return f"{OPEN}{case.text}{CLOSE}"
    base = case.sentence.span[0]
    text = case.sentence.text
    start, end = case.span[0] - base, case.span[1] - base
    if not 0 <= start <= end <= len(text):
        return f"{' '.join(text.split())}  [{OPEN}{case.text}{CLOSE}]"
    marked = f"{text[:start]}{OPEN}{text[start:end]}{CLOSE}{text[end:]}"
    return " ".join(marked.split())


def _describe(case: ErrorCase) -> str:
    where = f"{case.doc} [{case.span[0]}, {case.span[1]})"
    if case.kind == "miss":
        return f"MISS      {where}  {case.text!r}  (gold {case.gold_line})"
    rules = ", ".join(case.rule) or "(no rule)"
    return f"SPURIOUS  {where}  {case.text!r}  rules: {rules}"


def render_errors(report: Report) -> str:
    """Every miss and spurious claim, by article and position, each with its sentence."""
    cases = sorted(report.misses + report.spurious, key=lambda c: (c.doc, c.span, c.kind))
    if not cases:
        return "no misses and no spurious claims"
    return "\n".join(f"{_describe(c)}\n    {mark(c)}" for c in cases)


def render_by_rule(report: Report) -> str:
    """Per rule: predictions it took part in that matched gold, and that were spurious."""
    if not report.by_rule:
        return "no predicted claims in the scored articles"
    width = max(len(rule) for rule in report.by_rule)
    head = f"{'rule'.ljust(width)}  matched  spurious"
    rows = [
        f"{rule.ljust(width)}  {n.matched:>7}  {n.spurious:>8}"
        for rule, n in sorted(report.by_rule.items(), key=lambda kv: (-kv[1].spurious, kv[0]))
    ]
    return "\n".join([head, *rows])
