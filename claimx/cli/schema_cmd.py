from __future__ import annotations

import json

import typer

from claimx.schema import Article


def schema_cli() -> None:
    """Print the JSON Schema of an extracted article (the output contract)."""
    typer.echo(json.dumps(Article.model_json_schema(), indent=2, ensure_ascii=False))
