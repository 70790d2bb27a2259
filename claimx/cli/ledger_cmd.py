"""``claimx ledger``: figures that count the same thing across articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from claimx.cli.failure import fail


def ledger_cli(
    output: Annotated[
        Path, typer.Argument(help="An output folder (claimx extract -o) or a --jsonl file.")
    ],
    json_out: Annotated[bool, typer.Option("--json", help="Print the groups as JSON.")] = False,
    csv_out: Annotated[bool, typer.Option("--csv", help="Print one CSV row per figure.")] = False,
    item: Annotated[
        str | None, typer.Option("--item", help="Only groups whose item contains TEXT.")
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Only groups with a figure from NAME.")
    ] = None,
    min_articles: Annotated[
        int, typer.Option("--min-articles", min=1, help="Only groups from N articles or more.")
    ] = 1,
) -> None:
    """Group claims by item, unit and actor; list each group's figures over time and flag
    figures that disagree."""
    from claimx.review.ledger import build_ledger, select_groups
    from claimx.review.ledger_views import ledger_csv, ledger_table
    from claimx.review.outputs import OutputError, load_articles

    if json_out and csv_out:
        fail("ledger", "give --json or --csv, not both")
    try:
        articles = load_articles(output)
    except OutputError as exc:
        fail("ledger", exc)
    groups = select_groups(build_ledger(articles), item, source, min_articles)
    if json_out:
        typer.echo(json.dumps([g.to_json() for g in groups], ensure_ascii=False, indent=2))
    elif csv_out:
        ledger_csv(groups, sys.stdout)
    else:
        ledger_table(groups)
