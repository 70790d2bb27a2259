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
        title = f"{escape(group.label)} — {len(group.figures)} figures, {group.articles} articles"
        table = Table(title=title, title_justify="left")
        for column in ("time", "quantity", "value", "source", "hedged", "article", "date", ""):
            table.add_column(column)
        for f in group.figures:
            table.add_row(
                *(
                    escape(x)
                    for x in (
                        f.time or "",
                        f.quantity,
                        figure_value(f),
                        f.source or "",
                        "hedged" if f.hedged else "",
                        f.doc,
                        f.published or "",
                        "disagrees" if f.claim in flagged else "",
                    )
                )
            )
        out.print(table)
        for d in group.disagreements:
            out.print(
                f"  [red]disagreement[/red]: {escape(d.first)} vs {escape(d.second)}: {d.reason}"
            )


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
