"""Predictions (per-article JSON files) and document texts for the evaluation."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from claimx.evaluation.gold import EvaluationError, describe
from claimx.io.reader import InputRecord, read_inputs
from claimx.schema import Article, Index

CORPUS_PREFIXES = ("fakebr-", "factnews-", "bosque-", "ptnews-")


def is_corpus_id(doc: str) -> bool:
    """Ids that name documents of the shared corpora (see :mod:`claimx.corpora`)."""
    return doc.startswith(CORPUS_PREFIXES)


def load_article(path: Path) -> Article:
    try:
        return Article.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read: {exc}") from None
    except ValidationError as exc:
        raise EvaluationError(f"{path}: not a claimx article: {describe(exc)}") from None


def load_predictions(directory: Path) -> list[Article]:
    """The articles of a claims directory (see :func:`load_run`)."""
    return load_run(directory)[0]


def load_run(directory: Path) -> tuple[list[Article], list[str]]:
    """The articles a run of ``claimx extract -o`` wrote, and the inputs it could not extract.

    With an ``index.json``, exactly the files it lists: a reused output folder also holds the
    files of earlier runs, which must not be scored. Without one (a folder made by hand), every
    ``*.json`` below it."""
    if not directory.is_dir():
        raise EvaluationError(f"{directory}: not a directory of extracted claims")
    index_path = directory / "index.json"
    if not index_path.is_file():
        paths = sorted(p for p in directory.rglob("*.json") if p.name != "index.json")
        return [load_article(p) for p in paths], []
    index = _load_index(index_path)
    articles = [load_article(directory / e.output) for e in index.articles if e.output]
    failed = [f"{e.id}: {e.error}" for e in index.articles if e.error is not None]
    return articles, failed


def _load_index(path: Path) -> Index:
    try:
        return Index.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read: {exc}") from None
    except ValidationError as exc:
        raise EvaluationError(f"{path}: not a claimx index: {describe(exc)}") from None


def read_texts(path: Path) -> dict[str, str]:
    """Document texts of an extraction input by id, read as the extractor reads them."""
    if not path.exists():
        raise EvaluationError(f"{path}: no such file or directory")
    return {r.id: r.text for r in read_inputs([path]) if isinstance(r, InputRecord)}


def _digest_matches(text: str, sha256: str) -> bool:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return sha256.removeprefix("sha256:") == digest


def texts_of_articles(articles: Iterable[Article]) -> dict[str, str]:
    """Texts of the articles whose ``doc.path`` still holds the text they were extracted from.

    Each input file is read once, however many articles it holds (reading a JSON lines file
    again for each of its articles made scoring quadratic in the corpus)."""
    by_path: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        if article.doc.path:
            by_path[article.doc.path].append(article)
    texts: dict[str, str] = {}
    for path, group in by_path.items():
        held = _texts_in(Path(path))
        for article in group:
            text = held.get(article.doc.id)
            if text is not None and _digest_matches(text, article.doc.sha256):
                texts[article.doc.id] = text
    return texts


def _texts_in(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    return {r.id: r.text for r in read_inputs([path]) if isinstance(r, InputRecord)}
