"""Extracted output (a ``claimx extract`` folder or ``--jsonl`` file) and the texts behind it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from claimx.io.reader import InputRecord, read_inputs
from claimx.schema import Article


class OutputError(ValueError):
    """Output that cannot be read; the message names the file (and line) at fault."""


@dataclass
class Extraction:
    """Articles of one extraction run, with each article's text where it can still be read."""

    articles: list[Article]
    texts: dict[str, str] = field(default_factory=dict)

    def article(self, doc_id: str) -> Article | None:
        return next((a for a in self.articles if a.doc.id == doc_id), None)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(x) for x in err["loc"]) or "article"
    return f"field {where}: {err['msg']}"


def _parse(raw: str | bytes, where: str) -> Article:
    try:
        return Article.model_validate_json(raw)
    except ValidationError as exc:
        raise OutputError(f"{where}: not a claimx article ({_first_error(exc)})") from None


def _read_jsonl(path: Path) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                articles.append(_parse(line, f"{path}:{number}"))
    return articles


def load_articles(path: Path) -> list[Article]:
    """Every article of an output folder (``*.json`` but ``index.json``) or JSON-lines file."""
    if not path.exists():
        raise OutputError(f"{path}: no such file or directory")
    try:
        if path.is_file():
            if path.suffix.lower() == ".json":
                return [_parse(path.read_bytes(), str(path))]
            return _read_jsonl(path)
        files = sorted(p for p in path.rglob("*.json") if p.name != "index.json")
        return [_parse(p.read_bytes(), str(p)) for p in files]
    except (OSError, UnicodeDecodeError) as exc:
        raise OutputError(f"{path}: cannot read: {exc}") from None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_texts(articles: Iterable[Article]) -> dict[str, str]:
    """Texts by doc id: the output's own (``--include-text``), else read again from each
    ``doc.path``; either kept only where the digest matches ``doc.sha256``."""
    wanted: dict[str, dict[str, str]] = {}
    texts: dict[str, str] = {}
    for article in articles:
        doc = article.doc
        if article.text is not None and _digest(article.text) == doc.sha256.removeprefix("sha256:"):
            texts[doc.id] = article.text
        elif doc.path:
            wanted.setdefault(doc.path, {})[doc.id] = doc.sha256
    for path, digests in wanted.items():
        if not Path(path).is_file():
            continue
        for record in read_inputs([path]):
            if not isinstance(record, InputRecord) or record.id not in digests:
                continue
            if digests[record.id].removeprefix("sha256:") == _digest(record.text):
                texts[record.id] = record.text
    return texts


def load_extraction(path: Path) -> Extraction:
    """Articles and their texts; :class:`OutputError` naming the file on bad input."""
    articles = load_articles(path)
    return Extraction(articles, find_texts(articles))


def dump_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
