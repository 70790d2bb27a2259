"""``claimx export``: one flat row per claim (CSV, JSON lines or Parquet)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimx.cli.failure import fail


def export_cli(
    output: Annotated[
        Path, typer.Argument(help="An output folder (claimx extract -o) or a --jsonl file.")
    ],
    target: Annotated[Path, typer.Option("-o", "--output", help="The file to write.")],
    fmt: Annotated[
        str, typer.Option("--format", help="csv, jsonl or parquet (needs pyarrow).")
    ] = "csv",
) -> None:
    """Write every claim as one flat row: doc, span, value, unit, item, source, time, actor…"""
    from claimx.review.export import FORMATS, ExportError, to_records, write_records
    from claimx.review.outputs import OutputError, load_articles

    if fmt not in FORMATS:
        fail("export", f"--format must be one of {', '.join(FORMATS)}")
    try:
        records = to_records(load_articles(output))
    except OutputError as exc:
        fail("export", exc)
    try:
        write_records(records, target, fmt)
    except ExportError as exc:
        fail("export", exc)
    typer.echo(f"claimx export: {len(records)} claim(s) → {target}", err=True)
