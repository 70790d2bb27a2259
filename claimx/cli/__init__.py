"""The ``claimx`` command: thin commands over the library (each in its own module).

A command's module is imported only when that command runs (or ``--help`` lists them all):
``claimx show`` never loads spaCy, which ``claimx extract`` needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

import click
import typer
from typer.core import TyperGroup

COMMANDS = {
    "extract": "claimx.cli.extract_cmd:extract_cli",
    "show": "claimx.cli.show_cmd:show_cli",
    "eval": "claimx.cli.eval_cmd:eval_cli",
    "schema": "claimx.cli.schema_cmd:schema_cli",
    "report": "claimx.cli.report_cmd:report_cli",
    "ledger": "claimx.cli.ledger_cmd:ledger_cli",
    "review": "claimx.cli.review_cmd:review_cli",
    "export": "claimx.cli.export_cmd:export_cli",
    "rules": "claimx.cli.rules_cmd:rules_app",
}
"""Command name → ``module:function`` (or ``module:Typer`` for a group of commands)."""


def load_command(name: str) -> click.Command:
    module, attribute = COMMANDS[name].split(":")
    target: Any = getattr(import_module(module), attribute)
    if not isinstance(target, typer.Typer):
        target, function = typer.Typer(add_completion=False), target
        target.command(name)(function)
    command = typer.main.get_command(target)
    command.name = name
    return command


class LazyCommands(TyperGroup):
    """The commands of :data:`COMMANDS`, each built from its module when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        if cmd_name not in self.commands:
            self.commands[cmd_name] = load_command(cmd_name)
        return self.commands[cmd_name]


app = typer.Typer(
    name="claimx",
    cls=LazyCommands,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def claimx() -> None:
    """Quantity claims from Portuguese news, as reviewable JSON."""


def main() -> None:
    app()
