from __future__ import annotations

from pathlib import Path

import typer
from pydantic import ValidationError

from claimx.io.report import claims_table
from claimx.schema import Article


def show_cli(
    path: Path = typer.Argument(..., help="An article JSON written by 'claimx extract'."),
) -> None:
    """Show an article's claims as a readable table."""
    try:
        article = Article.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValidationError, ValueError) as exc:
        typer.echo(f"claimx show: {path}: not a claimx article JSON ({_first_line(exc)})", err=True)
        raise typer.Exit(2) from None
    typer.echo(claims_table(article))


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
