"""Predictions (per-article JSON files) and document texts for the evaluation."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from claimx.evaluation.gold import EvaluationError, describe
from claimx.reader import InputRecord, read_inputs
from claimx.schema import Article

CORPUS_PREFIXES = ("fakebr-", "factnews-", "bosque-")


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
    """Every article of a claims directory (``*.json`` below it, ``index.json`` excepted)."""
    if not directory.is_dir():
        raise EvaluationError(f"{directory}: not a directory of extracted claims")
    paths = sorted(p for p in directory.rglob("*.json") if p.name != "index.json")
    return [load_article(p) for p in paths]


def read_utf8(path: Path) -> str | None:
    """The file's text as the extractor decodes it (UTF-8, BOM dropped), or None."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None


def read_texts(path: Path) -> dict[str, str]:
    """Document texts of an extraction input by id, read as the extractor reads them."""
    if not path.exists():
        raise EvaluationError(f"{path}: no such file or directory")
    return {r.id: r.text for r in read_inputs([path]) if isinstance(r, InputRecord)}


def _digest_matches(text: str, sha256: str) -> bool:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return sha256.removeprefix("sha256:") == digest


def texts_of_articles(articles: Iterable[Article]) -> dict[str, str]:
    """Texts of the articles whose ``doc.path`` still holds the text they were extracted from."""
    texts: dict[str, str] = {}
    for article in articles:
        path = Path(article.doc.path) if article.doc.path else None
        if path is None or not path.is_file():
            continue
        text = read_utf8(path)
        if text is not None and _digest_matches(text, article.doc.sha256):
            texts[article.doc.id] = text
    return texts
