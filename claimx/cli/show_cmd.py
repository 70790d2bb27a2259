"""``claimx show``: extracted claims as terminal tables.

Imports only what reading output needs (no spaCy, no rules): a call takes a fraction of a second.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimx.cli.failure import fail


def show_cli(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Output of 'claimx extract': article JSON files, output folders, their "
            "index.json, or --jsonl files."
        ),
    ],
    docs: Annotated[
        list[str] | None,
        typer.Option("--doc", help="Show only the article with this id (repeatable)."),
    ] = None,
) -> None:
    """Show the claims of extracted articles as readable tables."""
    from claimx.io.report import claims_table
    from claimx.review.shown import Failed, MissingOutput, NotOutput, read_all

    try:
        shown = read_all(paths, docs or None)
    except (MissingOutput, NotOutput) as exc:
        fail("show", exc)
    tables = [
        f"{s.id}  error: {s.error}" if isinstance(s, Failed) else claims_table(s) for s in shown
    ]
    typer.echo("\n\n".join(tables) if tables else "(no articles)")
