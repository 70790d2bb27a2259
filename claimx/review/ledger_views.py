"""The ledger as a terminal table (rich) and as CSV."""

from __future__ import annotations

import csv
from typing import IO

from claimx.review.ledger import Figure, LedgerGroup

CSV_COLUMNS = (
    "group",
    "item",
    "unit",
    "actor",
    "time",
    "quantity",
    "value",
    "relation",
    "low",
    "high",
    "source",
    "source_text",
    "hedged",
    "doc",
    "title",
    "published",
    "claim",
    "disagrees",
)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.10g}".replace(",", " ")


def figure_value(f: Figure) -> str:
    if f.relation == "range":
        return f"{_number(f.low)}–{_number(f.high)}"
    if f.relation == "vague":
        return f"≥ {_number(f.low)}"
    prefix = {"=": "", "~": "~ ", ">": "> ", ">=": "≥ ", "<": "< ", "<=": "≤ "}[f.relation]
    return prefix + _number(f.value)


def disputed(group: LedgerGroup) -> set[str]:
    return {c for d in group.disagreements for c in (d.first, d.second)}


def _describe(number: int, f: Figure) -> str:
    return f"#{number} {f.quantity} ({f.source or 'no source'})"


def ledger_table(groups: list[LedgerGroup], console: object | None = None) -> None:
    """Print one rich table per group (to ``console``, a :class:`rich.console.Console`)."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    out = console if isinstance(console, Console) else Console()
    if not groups:
        out.print("no group of figures matches")
    for group in groups:
        flagged = disputed(group)
        number = {f.claim: n for n, f in enumerate(group.figures, 1)}
        title = f"{escape(group.label)} — {len(group.figures)} figures, {group.articles} articles"
        table = Table(title=title, title_justify="left")
        for column in ("#", "time", "quantity", "value", "source", "hedged", "article", "date"):
            table.add_column(column, overflow="fold")
        table.add_column("", style="red")
        for f in group.figures:
            cells = (
                str(number[f.claim]), f.time or "", f.quantity, figure_value(f), f.source or "",
                "hedged" if f.hedged else "", f.doc, f.published or "",
                "disagrees" if f.claim in flagged else "",
            )  # fmt: skip
            table.add_row(*(escape(x) for x in cells))
        out.print(table)
        by_claim = {f.claim: f for f in group.figures}
        for d in group.disagreements:
            first, second = by_claim[d.first], by_claim[d.second]
            pair = f"{_describe(number[d.first], first)} vs {_describe(number[d.second], second)}"
            out.print(f"  [red]disagreement[/red]: {escape(pair)}: {escape(d.reason)}")


def ledger_csv(groups: list[LedgerGroup], handle: IO[str]) -> None:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for group in groups:
        flagged = disputed(group)
        for f in group.figures:
            writer.writerow(
                [
                    group.label,
                    group.item,
                    group.unit or "",
                    group.actor or "",
                    f.time or "",
                    f.quantity,
                    f.value,
                    f.relation,
                    f.low,
                    f.high,
                    f.source or "",
                    f.source_text or "",
                    f.hedged,
                    f.doc,
                    f.title or "",
                    f.published or "",
                    f.claim,
                    f.claim in flagged,
                ]
            )
