from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import typer

from claimx import __version__
from claimx.cli.signals import interrupt_on_sigterm
from claimx.extractor import Extractor, Result
from claimx.options import check_options
from claimx.output_files import OutputError, check_file, check_folder, remove_stale_temporaries
from claimx.parallel import WorkerError, extract_parallel
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
    _check_run(options, output, jsonl)
    interrupt_on_sigterm()
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
    except WorkerError as exc:
        _fail(str(exc), exc.status)
    except OSError as exc:  # a full disk, a folder gone: what was written stays valid
        _fail(f"{exc.filename or jsonl or output}: cannot write: {exc.strerror or exc}", 1)
    except KeyboardInterrupt:
        _fail("interrupted (what was written is whole; a folder's index.json lists it)", 130)
    _summary(errors, count, jsonl or str(output), quiet)


def _check_run(options: dict[str, Any], output: Path, jsonl: str | None) -> None:
    """Options and output target, before any article is read or any worker started."""
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


def _write_folder(results: Iterator[Result], folder: Path) -> tuple[list[InputError], int]:
    taken: set[str] = set()
    entries: list[IndexEntry] = []
    errors: list[InputError] = []
    try:
        for result in results:
            if isinstance(result, Article):
                result = _write_article(result, folder, output_name(result.doc.id, taken))
            if isinstance(result, InputError):
                errors.append(result)
                if not result.skipped:
                    entries.append(
                        IndexEntry(id=result.where, path=result.path, error=result.message)
                    )
                continue
            entries.append(result)
    except KeyboardInterrupt:
        _write_index(folder, entries)  # what was written, listed
        raise
    _write_index(folder, entries)
    return errors, sum(1 for e in entries if e.error is None)


def _write_article(article: Article, folder: Path, name: str) -> IndexEntry | InputError:
    """One article's file; a failure to write it is that article's error, not the run's."""
    try:
        write_text(folder / name, article.model_dump_json(indent=2) + "\n")
    except OSError as exc:
        where = article.doc.path or article.doc.id
        return InputError(where, f"cannot write {folder / name}: {exc.strerror or exc}")
    doc = article.doc
    return IndexEntry(id=doc.id, path=doc.path, output=name, claims=len(article.claims))


def _write_index(folder: Path, entries: list[IndexEntry]) -> None:
    index = Index(claimx_version=__version__, articles=entries)
    write_text(folder / "index.json", index.model_dump_json(indent=2) + "\n")


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
