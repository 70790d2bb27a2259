"""The ``claimx`` command: thin commands over the library (each in its own module)."""

from __future__ import annotations

import typer

from claimx.cli.eval_cmd import eval_cli
from claimx.cli.export_cmd import export_cli
from claimx.cli.extract_cmd import extract_cli
from claimx.cli.ledger_cmd import ledger_cli
from claimx.cli.report_cmd import report_cli
from claimx.cli.review_cmd import review_cli
from claimx.cli.rules_cmd import rules_app
from claimx.cli.schema_cmd import schema_cli
from claimx.cli.show_cmd import show_cli

app = typer.Typer(
    name="claimx",
    help="Quantity claims from Portuguese news, as reviewable JSON.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(extract_cli)
app.command("show")(show_cli)
app.command("eval")(eval_cli)
app.command("schema")(schema_cli)
app.command("report")(report_cli)
app.command("ledger")(ledger_cli)
app.command("review")(review_cli)
app.command("export")(export_cli)
app.add_typer(rules_app, name="rules")


def main() -> None:
    app()
