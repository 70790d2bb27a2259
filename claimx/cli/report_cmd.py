"""``claimx report``: extracted output as one self-contained HTML file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimx.cli.failure import fail


def report_cli(
    output: Annotated[
        Path, typer.Argument(help="An output folder (claimx extract -o) or a --jsonl file.")
    ],
    target: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")] = Path(
        "report.html"
    ),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
) -> None:
    """Write an HTML report: articles with claims highlighted, filters, search and the ledger."""
    from claimx.review.outputs import OutputError, load_extraction
    from claimx.review.report import write_report

    try:
        extraction = load_extraction(output)
    except OutputError as exc:
        fail("report", exc)
    write_report(extraction, target)
    if quiet:
        return
    missing = len(extraction.articles) - len(extraction.texts)
    note = f" ({missing} without their text: input moved or changed)" if missing else ""
    typer.echo(f"claimx report: {len(extraction.articles)} article(s){note} → {target}", err=True)
