from __future__ import annotations

from pathlib import Path

import typer

from claimx.cli.failure import fail

rules_app = typer.Typer(
    help="Check and explain the rule files.", no_args_is_help=True, add_completion=False
)


@rules_app.command("validate")
def validate_cli(
    directory: Path | None = typer.Argument(None, help="Extra rule folder (as --rules)."),
) -> None:
    """Load every rule file, then run every example and counter-example."""
    from claimx.extractor import Extractor
    from claimx.rulebook.examples import cases, check
    from claimx.rulebook.loader import Rulebook, RuleError

    dirs = [str(directory)] if directory else []
    try:
        rulebook = Rulebook.load(dirs)
        extractor = Extractor(rules_dirs=dirs)
    except RuleError as exc:
        fail("rules", exc)
    failures = 0
    all_cases = list(cases(rulebook))
    for case in all_cases:
        problem = check(extractor, case)
        if problem:
            failures += 1
            typer.echo(f"FAIL {case.rule}: {case.text!r}\n     {problem}")
    rules = len(rulebook.rules())
    typer.echo(
        f"{len(rulebook.files)} files, {rules} rules, {len(all_cases)} examples: "
        f"{len(all_cases) - failures} passed, {failures} failed"
    )
    if failures:
        raise typer.Exit(1)


@rules_app.command("explain")
def explain_cli(
    text: str = typer.Argument(..., help="A phrase or sentence."),
    rules: list[Path] = typer.Option([], "--rules", help="Extra rule folder."),
    published: str | None = typer.Option(
        None, "--published", help="Publication date relative times resolve against (YYYY-MM-DD)."
    ),
) -> None:
    """Show the quantities found in TEXT, the rules that fired, the filters that vetoed, and
    each claim's source, hedge, time and actor as the extractor gives them, with their rules."""
    from claimx.rulebook.explain import explain
    from claimx.rulebook.loader import RuleError

    try:
        typer.echo(explain(text, [str(r) for r in rules], published))
    except (RuleError, ValueError) as exc:  # ValueError: a --published that is not a date
        fail("rules", exc)
