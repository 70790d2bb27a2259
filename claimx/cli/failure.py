"""How a command stops on bad input: one line on standard error naming the command, then an exit
status (2 for usage and input errors); never a traceback."""

from __future__ import annotations

from typing import NoReturn

import typer


def fail(command: str, message: object, code: int = 2) -> NoReturn:
    """``claimx COMMAND: MESSAGE`` on standard error, then exit with ``code``."""
    typer.echo(f"claimx {command}: {message}", err=True)
    raise typer.Exit(code)
