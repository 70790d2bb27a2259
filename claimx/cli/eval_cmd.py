"""``claimx eval``: score extracted claims against a gold file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimx.corpora import CorpusDocument, documents_by_id
from claimx.evaluate import (
    EvaluationError,
    GoldLine,
    Report,
    check_spans,
    evaluate,
    is_corpus_id,
    load_gold,
    load_predictions,
    parse_doc_ids,
    read_texts,
    render_by_rule,
    render_errors,
    render_table,
    texts_of_articles,
)
from claimx.rulebook import RuleError
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
    """The corpus documents among ``ids``; none when the corpora are not there."""
    wanted = {i for i in ids if is_corpus_id(i)}
    if not wanted or not corpora.is_dir():
        return {}
    return documents_by_id(corpora, wanted)


def corpus_texts(ids: set[str], corpora: Path) -> dict[str, str]:
    return {i: doc.text for i, doc in corpus_documents(ids, corpora).items()}


def extracted(
    extract: Path | None, needed: set[str], corpora: Path
) -> tuple[list[Article], dict[str, str]]:
    """Extract ``--extract`` inputs, and the needed corpus documents they do not contain."""
    texts = read_texts(extract) if extract else {}
    missing = sorted(i for i in needed - set(texts) if not is_corpus_id(i))
    if extract is None and missing:
        raise UsageError(f"no predictions for {missing[0]}: give a claims folder or --extract")
    from_corpora = corpus_documents(needed - set(texts), corpora)
    lost = sorted(i for i in needed - set(texts) - set(from_corpora) if is_corpus_id(i))
    if lost and extract is None:
        raise UsageError(f"{lost[0]} is not in the corpora at {corpora} (see --corpora)")
    try:
        from claimx.extractor import Extractor
    except ImportError as exc:
        raise UsageError(f"extraction is not available: {exc}") from None
    try:
        extractor = Extractor()
    except RuleError as exc:
        raise UsageError(f"cannot load the extraction rules: {exc}") from None
    articles = list(extractor.extract_paths([extract])) if extract else []
    for i, doc in sorted(from_corpora.items()):
        articles.append(extractor.extract(doc.text, doc_id=i, published=doc.published))
    return articles, {**texts, **{i: doc.text for i, doc in from_corpora.items()}}


def predictions(
    gold: list[GoldLine], docs: list[str], claims: Path | None, extract: Path | None, corpora: Path
) -> tuple[list[Article], dict[str, str]]:
    """The predicted articles, and whatever document texts are at hand."""
    needed = {g.claim.doc for g in gold} | set(docs)
    if claims is not None and extract is not None:
        raise UsageError("give a claims folder or --extract, not both")
    if claims is None:
        return extracted(extract, needed, corpora)
    articles = load_predictions(claims)
    return articles, {**corpus_texts(needed, corpora), **texts_of_articles(articles)}


def run(
    gold_path: Path, claims: Path | None, extract: Path | None, docs: str | None, corpora: Path
) -> Report:
    gold = load_gold(gold_path)
    ids = doc_ids(docs)
    articles, texts = predictions(gold, ids, claims, extract, corpora)
    check_spans(gold, texts)
    return evaluate(gold, articles, docs=ids, texts=texts, name=gold_path.name)


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
        Path, typer.Option("--corpora", help="Where fakebr-*/factnews-* gold ids are read.")
    ] = DEFAULT_CORPORA,
) -> None:
    """Score extracted claims against gold: precision, recall, F1 and per-field accuracy."""
    try:
        report = run(gold, claims, extract, docs, corpora)
    except EvaluationError as exc:
        typer.echo("claimx eval: " + " ".join(str(exc).split()), err=True)
        raise typer.Exit(2) from None
    if json_out:
        typer.echo(report.model_dump_json(indent=2))
        return
    sections = [render_table(report)]
    if errors:
        sections.append(render_errors(report))
    if by_rule:
        sections.append(render_by_rule(report))
    typer.echo("\n\n".join(sections))
