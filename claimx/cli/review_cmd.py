"""``claimx review``: the review web app, or the reviewed claims exported as gold."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Annotated

import typer

from claimx.cli.failure import fail


def _reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def review_cli(
    output: Annotated[Path, typer.Argument(help="An output folder of 'claimx extract -o'.")],
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="0: any free port.")] = 0,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help="Name recorded with each decision.")
    ] = None,
    export_gold: Annotated[
        Path | None,
        typer.Option("--export-gold", help="Write the reviewed claims as gold JSON lines; exit."),
    ] = None,
) -> None:
    """Accept, reject and correct claims in the browser; decisions go to OUT_DIR/reviews.jsonl."""
    from claimx.review.decisions import REVIEWS_FILE, read_decisions
    from claimx.review.outputs import OutputError, load_extraction
    from claimx.review.reviewed import gold_claims, review_state

    if not output.is_dir():
        fail("review", f"{output}: not an output folder of 'claimx extract -o'")
    try:
        extraction = load_extraction(output)
    except OutputError as exc:
        fail("review", exc)
    log = read_decisions(output / REVIEWS_FILE)
    state = review_state(extraction, log.decisions)
    for line in log.skipped_lines:
        typer.echo(
            f"claimx review: note: {output / REVIEWS_FILE}:{line}: not a whole decision, skipped",
            err=True,
        )
    for orphan in state.orphans:
        typer.echo(
            f"claimx review: orphan: {orphan.claim} ({orphan.field} → {orphan.new!r}): "
            "the claim is no longer in the extraction",
            err=True,
        )
    if export_gold is not None:
        _export(gold_claims(state), export_gold)
        return
    _serve(extraction, output, port, reviewer or _reviewer())


def _export(gold: list, target: Path) -> None:
    from claimx.io.writer import write_text

    write_text(target, "".join(g.model_dump_json(exclude_defaults=False) + "\n" for g in gold))
    typer.echo(f"claimx review: {len(gold)} reviewed claim(s) → {target}", err=True)


def _serve(extraction, output: Path, port: int, reviewer: str) -> None:
    from claimx.review.server import ReviewSession, make_review_server, review_url

    session = ReviewSession.open(extraction, output, reviewer)
    try:
        server = make_review_server(session, port)
    except OSError as exc:
        fail("review", f"cannot listen on 127.0.0.1:{port}: {exc.strerror}")
    typer.echo(f"claimx review: open {review_url(server, session)}  (Ctrl-C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        typer.echo("claimx review: stopped; decisions are in " + str(session.reviews), err=True)
    finally:
        server.server_close()
