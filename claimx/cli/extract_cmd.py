from __future__ import annotations

import glob
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from claimx.cli.failure import fail
from claimx.cli.progress import wanted
from claimx.cli.signals import interrupt_on_sigterm

if TYPE_CHECKING:
    from claimx.engines.run import Report, RunSpec

# What a run needs (spaCy among it) is imported when the command runs, not when the CLI starts.
ENGINES = ("local", "dask")
PARTITION_SIZE = 200
"""``claimx.engines.cluster.PARTITION_SIZE`` (a test checks they agree): importing it here
would load the whole pipeline for every ``claimx`` command."""
RESUME_HINT = "every file written is whole: run again with --resume to go on"


def extract_cli(
    paths: list[str] = typer.Argument(
        ..., help="Files (.txt, .json, .jsonl), folders, globs or fsspec URLs (s3://…)."
    ),
    output: Path = typer.Option(
        Path("claims"), "-o", "--output", help="Folder for one JSON per article and index.json."
    ),
    jsonl: str | None = typer.Option(
        None, "--jsonl", help="Write JSON lines to this file instead ('-' = stdout)."
    ),
    model: str | None = typer.Option(
        None, "--model", help="An installed trained spaCy Portuguese pipeline."
    ),
    rules: list[Path] = typer.Option(
        [], "--rules", help="A folder of rule files that add to or override the defaults."
    ),
    published: str | None = typer.Option(
        None, "--published", help="Publication date for every article (YYYY-MM[-DD])."
    ),
    workers: int | None = typer.Option(
        None, "--workers", min=1,
        help="Processes (article-level); default: one per core for inputs over 8 MB, else 1.",
    ),
    resume: bool = typer.Option(
        False, "--resume", help="Keep outputs already written from the same input, rules, "
        "claimx version and model; extract the rest."
    ),
    engine: str = typer.Option("local", "--engine", help="local, or dask (a local cluster)."),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="A running Dask scheduler (tcp://HOST:PORT); implies dask."
    ),
    partition_size: int = typer.Option(
        PARTITION_SIZE, "--partition-size", min=1, help="Articles per Dask task."
    ),
    retries: int = typer.Option(2, "--retries", min=0, help="Retries of a failing Dask task."),
    include_text: bool = typer.Option(
        False, "--include-text", help="Each article's output carries its text (field 'text')."
    ),
    quiet: bool = typer.Option(
        False, "--quiet", "-q", help="Only errors: no progress bar, no summary."
    ),
) -> None:
    """Extract quantity claims from articles into reviewable JSON."""
    from claimx.engines.cluster import ClusterError, PartitionError
    from claimx.engines.parallel import WorkerError
    from claimx.engines.run import RunSpec
    from claimx.pipeline import ModelError
    from claimx.rulebook.loader import RuleError

    _check_usage(paths, jsonl, resume, engine)
    spec = RunSpec(
        inputs=paths, output=output, jsonl=jsonl,
        options=_options(model, rules, published, include_text),
        workers=workers, engine="dask" if scheduler else engine, scheduler=scheduler,
        resume=resume, partition_size=partition_size, retries=retries,
    )  # fmt: skip
    _check_run(spec.options, output, jsonl)
    interrupt_on_sigterm()
    try:
        report = _run(spec, show_progress=wanted(quiet, jsonl))
    except (ModelError, RuleError, ClusterError) as exc:
        _fail(str(exc), 2)
    except WorkerError as exc:  # a worker that could not start (2) or died (1)
        _fail(f"{exc}; {RESUME_HINT}" if exc.status == 1 else str(exc), exc.status)
    except PartitionError as exc:
        _fail(f"{exc}; {RESUME_HINT}", 1)
    except OSError as exc:  # a full disk, a folder gone: what was written stays valid
        _fail(f"{exc.filename or jsonl or output}: cannot write: {exc.strerror or exc}", 1)
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM (claimx.cli.signals)
        _fail(f"interrupted (a folder's index.json lists what was written); {RESUME_HINT}", 130)
    _summary(report, jsonl or str(output), quiet)


def _run(spec: RunSpec, show_progress: bool) -> Report:
    """The run, with a progress bar on standard error when it is a terminal (and not -q)."""
    from claimx.cli.progress import shown
    from claimx.engines.run import run

    if not show_progress:
        return run(spec)
    with shown(spec.inputs) as progress:
        return run(spec, progress.count)


def _options(
    model: str | None, rules: list[Path], published: str | None, include_text: bool
) -> dict[str, Any]:
    """For :class:`claimx.Extractor`; ``include_text`` only when asked, so that the engines'
    options (and a Dask worker's cache key) are as before without it."""
    options = {"model": model, "rules_dirs": [str(r) for r in rules], "published": published}
    return {**options, "include_text": True} if include_text else options


def _check_usage(paths: list[str], jsonl: str | None, resume: bool, engine: str) -> None:
    from claimx.io.locations import is_url

    missing = [p for p in paths if not (is_url(p) or glob.has_magic(p) or Path(p).exists())]
    if missing:
        _fail(f"no such file or directory: {', '.join(missing)}", 2)
    if engine not in ENGINES:
        _fail(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}", 2)
    if resume and jsonl == "-":
        _fail("--resume needs an output file, not standard output", 2)


def _check_run(options: dict[str, Any], output: Path, jsonl: str | None) -> None:
    """Options and output target, before any article is read or any worker started: a worker
    must never be the first to find a bad option (every worker would, and the run would end
    only after all of them started)."""
    from claimx.engines.options import check_options
    from claimx.io.output_files import (
        OutputError,
        check_file,
        check_folder,
        remove_stale_temporaries,
    )
    from claimx.pipeline import ModelError

    try:
        check_options(**options)
        if jsonl is None:
            check_folder(output)
            remove_stale_temporaries(output)
        elif jsonl != "-":
            check_file(Path(jsonl))
            remove_stale_temporaries(Path(jsonl).parent)
    except (ValueError, ModelError, OutputError) as exc:
        _fail(str(exc), 2)


def _summary(report: Report, target: str, quiet: bool) -> None:
    from claimx.io.resume import describe

    errors = report.tally.errors
    failed = [e for e in errors if not e.skipped]
    for error in errors:
        if not (quiet and error.skipped):
            typer.echo(f"claimx: {'note' if error.skipped else 'error'}: {error}", err=True)
    if not quiet and report.reasons is not None:
        typer.echo(f"claimx: resume: {describe(report.reasons)}", err=True)
    if not quiet:
        typer.echo(f"claimx: {report.tally.written} article(s) extracted → {target}", err=True)
    if failed:
        typer.echo(f"claimx: {len(failed)} input(s) failed; the others were written", err=True)
        raise typer.Exit(1)


def _fail(message: str, code: int) -> NoReturn:
    fail("extract", message, code)
