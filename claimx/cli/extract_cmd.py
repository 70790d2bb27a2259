from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import typer

from claimx import __version__
from claimx.extractor import Extractor, Result
from claimx.parallel import extract_parallel
from claimx.pipeline import ModelError
from claimx.process import tune_garbage_collector
from claimx.reader import InputError
from claimx.rulebook import RuleError
from claimx.schema import Article, Index, IndexEntry
from claimx.writer import atomic_writer, output_name, write_text


def extract_cli(
    paths: list[Path] = typer.Argument(..., help="Files (.txt, .json, .jsonl) or folders."),
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
    workers: int = typer.Option(1, "--workers", min=1, help="Processes (article-level)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors."),
) -> None:
    """Extract quantity claims from articles into reviewable JSON."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or directory: {', '.join(missing)}", 2)
    options = {"model": model, "rules_dirs": [str(r) for r in rules], "published": published}
    try:
        if workers > 1:
            results: Iterator[Result] = extract_parallel(paths, workers, **options)
        else:
            extractor = Extractor(**options)
            tune_garbage_collector()
            results = extractor.iter_results(paths)
        if jsonl is not None:
            errors, count = _write_jsonl(results, jsonl)
        else:
            errors, count = _write_folder(results, output)
    except (ModelError, RuleError) as exc:
        _fail(str(exc), 2)
    _summary(errors, count, jsonl or str(output), quiet)


def _write_folder(results: Iterator[Result], folder: Path) -> tuple[list[InputError], int]:
    taken: set[str] = set()
    entries, errors = [], []
    for result in results:
        if isinstance(result, InputError):
            errors.append(result)
            if not result.skipped:
                entries.append(IndexEntry(id=result.where, path=result.path, error=result.message))
            continue
        name = output_name(result.doc.id, taken)
        write_text(folder / name, result.model_dump_json(indent=2) + "\n")
        entries.append(
            IndexEntry(
                id=result.doc.id, path=result.doc.path, output=name, claims=len(result.claims)
            )
        )
    index = Index(claimx_version=__version__, articles=entries)
    write_text(folder / "index.json", index.model_dump_json(indent=2) + "\n")
    return errors, sum(1 for e in entries if e.error is None)


def _write_jsonl(results: Iterator[Result], target: str) -> tuple[list[InputError], int]:
    if target == "-":
        return _write_lines(results, sys.stdout)
    with atomic_writer(Path(target)) as handle:
        return _write_lines(results, handle)


def _write_lines(results: Iterator[Result], handle: IO[str]) -> tuple[list[InputError], int]:
    errors, count = [], 0
    for result in results:
        if isinstance(result, Article):
            handle.write(result.model_dump_json() + "\n")
            count += 1
        else:
            errors.append(result)
    return errors, count


def _summary(errors: list[InputError], count: int, target: str, quiet: bool) -> None:
    failed = [e for e in errors if not e.skipped]
    for error in errors:
        if not (quiet and error.skipped):
            typer.echo(f"claimx: {'note' if error.skipped else 'error'}: {error}", err=True)
    if not quiet:
        typer.echo(f"claimx: {count} article(s) extracted → {target}", err=True)
    if failed:
        typer.echo(f"claimx: {len(failed)} input(s) failed; the others were written", err=True)
        raise typer.Exit(1)


def _fail(message: str, code: int) -> None:
    typer.echo(f"claimx extract: {message}", err=True)
    raise typer.Exit(code)
