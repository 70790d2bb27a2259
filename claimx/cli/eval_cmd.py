"""``claimx eval``: score extracted claims against a gold file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimx.cli.failure import fail
from claimx.evaluate import (
    EvaluationError,
    GoldLine,
    Report,
    check_spans,
    evaluate,
    is_corpus_id,
    load_gold,
    parse_doc_ids,
    read_texts,
    render_by_rule,
    render_errors,
    render_table,
    texts_of_articles,
)
from claimx.evaluation.inputs import load_run
from claimx.io.corpora import CORPORA_ENV, CorpusDocument, corpus_roots, documents_by_id
from claimx.io.reader import InputError, InputRecord, read_inputs
from claimx.rulebook.loader import RuleError
from claimx.schema import Article

DEFAULT_CORPORA = Path("../shared/corpora")


class UsageError(EvaluationError):
    """Options that do not fit together."""


def doc_ids(spec: str | None) -> list[str]:
    """``--docs``: a folder of inputs (their ids), a file of ids, or a comma-separated list."""
    if not spec:
        return []
    return list(read_texts(Path(spec))) if Path(spec).is_dir() else parse_doc_ids(spec)


def corpus_documents(ids: set[str], corpora: Path) -> dict[str, CorpusDocument]:
    """The corpus documents among ``ids`` (under ``corpora``, then ``$CLAIMX_CORPORA``); none when
    the corpora are not there."""
    wanted = {i for i in ids if is_corpus_id(i)}
    if not wanted or not corpus_roots(corpora):
        return {}
    return documents_by_id(corpora, wanted)


def corpus_texts(ids: set[str], corpora: Path) -> dict[str, str]:
    return {i: doc.text for i, doc in corpus_documents(ids, corpora).items()}


Failures = list[str]
"""Inputs that could not be extracted (``file:line: why``): they count as all missed."""


def extracted(
    extract: Path | None, needed: set[str], corpora: Path
) -> tuple[list[Article], dict[str, str], Failures]:
    """Extract ``--extract`` inputs, and the needed corpus documents they do not contain."""
    inputs = read_extraction_inputs(extract) if extract else []
    texts = {r.id: r.text for r in inputs if isinstance(r, InputRecord)}
    missing = sorted(i for i in needed - set(texts) if not is_corpus_id(i))
    if extract is None and missing:
        raise UsageError(f"no predictions for {missing[0]}: give a claims folder or --extract")
    from_corpora = corpus_documents(needed - set(texts), corpora)
    lost = sorted(i for i in needed - set(texts) - set(from_corpora) if is_corpus_id(i))
    if lost and extract is None:
        raise UsageError(
            f"{lost[0]} is not in the corpora at {corpora} nor ${CORPORA_ENV} (see --corpora)"
        )
    try:
        from claimx.extractor import Extractor
    except ImportError as exc:
        raise UsageError(f"extraction is not available: {exc}") from None
    try:
        extractor = Extractor()
    except RuleError as exc:
        raise UsageError(f"cannot load the extraction rules: {exc}") from None
    articles: list[Article] = []
    failures: Failures = []
    for result in extractor.results_of(inputs):  # the inputs were read once, above
        if isinstance(result, Article):
            articles.append(result)
        elif not result.skipped:
            failures.append(str(result))
    for i, doc in sorted(from_corpora.items()):
        articles.append(extractor.extract(doc.text, doc_id=i, published=doc.published))
    return articles, {**texts, **{i: doc.text for i, doc in from_corpora.items()}}, failures


def read_extraction_inputs(path: Path) -> list[InputRecord | InputError]:
    if not path.exists():
        raise UsageError(f"{path}: no such file or directory")
    return list(read_inputs([path]))


def predictions(
    gold: list[GoldLine], docs: list[str], claims: Path | None, extract: Path | None, corpora: Path
) -> tuple[list[Article], dict[str, str], Failures]:
    """The predicted articles, whatever document texts are at hand, and the failed inputs."""
    needed = {g.claim.doc for g in gold} | set(docs)
    if claims is not None and extract is not None:
        raise UsageError("give a claims folder or --extract, not both")
    if claims is None:
        return extracted(extract, needed, corpora)
    articles, failures = load_run(claims)
    return articles, {**corpus_texts(needed, corpora), **texts_of_articles(articles)}, failures


def run(
    gold_path: Path, claims: Path | None, extract: Path | None, docs: str | None, corpora: Path
) -> Report:
    return run_checked(gold_path, claims, extract, docs, corpora)[0]


def run_checked(
    gold_path: Path, claims: Path | None, extract: Path | None, docs: str | None, corpora: Path
) -> tuple[Report, Failures, list[str]]:
    """The report, the inputs that failed, and warnings about what was scored."""
    gold = load_gold(gold_path)
    ids = doc_ids(docs)
    articles, texts, failures = predictions(gold, ids, claims, extract, corpora)
    check_spans(gold, texts)
    report = evaluate(gold, articles, docs=ids, texts=texts, name=gold_path.name)
    return report, failures, unmatched_warnings(gold, articles)


def unmatched_warnings(gold: list[GoldLine], articles: list[Article]) -> list[str]:
    """A warning when no gold document is among the predictions: the scores then say nothing
    about the extractor (ids that differ, or the wrong folder)."""
    gold_ids = sorted({g.claim.doc for g in gold})
    predicted = sorted({a.doc.id for a in articles})
    if set(gold_ids) & set(predicted):
        return []
    sample = ", ".join(predicted[:3]) or "none"
    return [
        f"no gold document id matches a prediction (gold: {', '.join(gold_ids[:3])}; "
        f"predictions: {sample}): every gold claim counts as missed"
    ]


def eval_cli(
    gold: Annotated[Path, typer.Argument(help="Gold claims (JSON lines, annotation guide).")],
    claims: Annotated[
        Path | None, typer.Argument(help="Folder of extracted articles (claimx extract -o).")
    ] = None,
    extract: Annotated[
        Path | None,
        typer.Option("--extract", help="Extract these inputs (file or folder), then score."),
    ] = None,
    docs: Annotated[
        str | None,
        typer.Option(
            "--docs",
            help="More articles to score (no gold claims): ids, a file of ids or a folder.",
        ),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="Print every miss and spurious claim.")
    ] = False,
    by_rule: Annotated[
        bool, typer.Option("--by-rule", help="Matched and spurious claims per rule.")
    ] = False,
    corpora: Annotated[
        Path, typer.Option("--corpora", help="Where corpus ids are read, before $CLAIMX_CORPORA.")
    ] = DEFAULT_CORPORA,
) -> None:
    """Score extracted claims against gold: precision, recall, F1 and per-field accuracy."""
    try:
        report, failures, warnings = run_checked(gold, claims, extract, docs, corpora)
    except EvaluationError as exc:
        fail("eval", " ".join(str(exc).split()))
    if json_out:
        typer.echo(report.model_dump_json(indent=2))
    else:
        sections = [render_table(report)]
        if errors:
            sections.append(render_errors(report))
        if by_rule:
            sections.append(render_by_rule(report))
        typer.echo("\n\n".join(sections))
    _warn(failures, warnings)


def _warn(failures: Failures, warnings: list[str]) -> None:
    for warning in warnings:
        typer.echo(f"claimx eval: warning: {warning}", err=True)
    for failure in failures:
        typer.echo(f"claimx eval: error: {failure}", err=True)
    if failures:
        typer.echo(
            f"claimx eval: {len(failures)} input(s) could not be extracted; their gold claims "
            "count as missed",
            err=True,
        )
        raise typer.Exit(1)
