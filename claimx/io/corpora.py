"""Documents of the shared research corpora (``../shared/corpora``), by stable ids.

Gold files name these documents by id and keep no article text: the text is read from the
corpus here, so that the project never copies it. Ids: ``fakebr-<id>`` for Fake.br
(``fakebr/true.jsonl``), ``factnews-<doc>`` for FactNews (``factnews/articles.jsonl``), whose
text is its sentences in order, one per line, and ``bosque-CP<n>`` for the Público extracts of
the Bosque treebank (``bosque-publico/sentences.jsonl``), whose text is the sentences of document
``CP<n>`` in order, joined by a space as running text (the treebank keeps no paragraph breaks),
and ``ptnews-…`` for the European-Portuguese news articles of ``ptpt-news/articles.jsonl`` (whole
articles, dated ``dd/mm/yyyy`` where the source gives a date).

Where a corpus is found: the shared corpora root (``../shared/corpora``), then each directory of
the environment variable ``CLAIMX_CORPORA`` (``os.pathsep``-separated, each laid out like the
shared root: ``DIR/ptpt-news/articles.jsonl``), for corpora rebuilt on this machine that the
read-only ``../shared`` cannot hold (``make corpora``). A corpus absent from a root reads as empty.

FactNews records give only the ``year``; their document id carries the full date
(``C63_OGlobo_14-10-2022_08h44``), which is taken as the publication date where it agrees with
the year.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class CorpusDocument:
    id: str
    text: str
    published: str | None = None
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def as_record(self) -> dict[str, Any]:
        """The document as a claimx input record (one line of a ``.jsonl`` input)."""
        record = {"id": self.id, "text": self.text, **self.meta}
        if self.published:
            record["date"] = self.published
        if self.title:
            record["title"] = self.title
        return record


CORPORA_ENV = "CLAIMX_CORPORA"


def corpus_roots(shared_root: Path) -> list[Path]:
    """``shared_root``, then the directories of ``$CLAIMX_CORPORA`` in order; the ones absent from
    this machine are left out, so none at all means no corpus."""
    extra = [Path(p).expanduser() for p in os.environ.get(CORPORA_ENV, "").split(os.pathsep) if p]
    return [root for root in [shared_root, *extra] if root.is_dir()]


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def fakebr_documents(root: Path) -> Iterator[CorpusDocument]:
    for rec in _lines(root / "fakebr" / "true.jsonl"):
        meta = {"category": rec.get("category"), "url": rec.get("url")}
        yield CorpusDocument(f"fakebr-{rec['id']}", rec["text"], rec.get("date"), None, meta)


def factnews_text(record: dict[str, Any]) -> str:
    sentences = sorted(record["sentences"], key=lambda s: s["id"])
    return "\n".join(s["text"] for s in sentences)


_ID_DATE = re.compile(r"_(\d{1,2})[-_](\d{1,2})[-_](\d{4})(?=[-_]|$)")


def factnews_published(doc: str, year: str | None) -> str | None:
    """The date in a FactNews id (``C1_Estadao_04-08-2006_05h54`` → ``2006-08-04``) where it is a
    real date in the record's year, else the year."""
    match = _ID_DATE.search(doc)
    if match and (year is None or match[3] == str(year)):
        day, month, full = int(match[1]), int(match[2]), int(match[3])
        try:
            return date(full, month, day).isoformat()
        except ValueError:
            pass
    return str(year) if year else None


def factnews_documents(root: Path) -> Iterator[CorpusDocument]:
    for rec in _lines(root / "factnews" / "articles.jsonl"):
        meta = {"outlet": rec.get("outlet"), "domain": rec.get("domain")}
        yield CorpusDocument(
            f"factnews-{rec['doc']}",
            factnews_text(rec),
            factnews_published(rec["doc"], rec.get("year")),
            rec.get("title"),
            meta,
        )


def bosque_documents(root: Path) -> Iterator[CorpusDocument]:
    path = root / "bosque-publico" / "sentences.jsonl"
    if not path.exists():
        return
    grouped: dict[str, list[tuple[int, str]]] = {}
    for rec in _lines(path):
        doc, _, number = rec["id"].rpartition("-")
        grouped.setdefault(doc, []).append((int(number), rec["text"]))
    for doc, sentences in grouped.items():
        text = " ".join(t for _, t in sorted(sentences))
        yield CorpusDocument(f"bosque-{doc}", text, None, None, {"variant": "pt-PT"})


def ptpt_news_documents(root: Path) -> Iterator[CorpusDocument]:
    path = root / "ptpt-news" / "articles.jsonl"
    if not path.exists():
        return
    for rec in _lines(path):
        meta = {"variant": "pt-PT", "source": rec.get("source")}
        yield CorpusDocument(rec["id"], rec["text"], rec.get("date") or None, None, meta)


def shared_documents(root: Path) -> Iterator[CorpusDocument]:
    """Every document of the corpora under ``root`` that gold files may name."""
    yield from fakebr_documents(root)
    yield from factnews_documents(root)
    yield from bosque_documents(root)
    yield from ptpt_news_documents(root)


def all_documents(shared_root: Path) -> Iterator[CorpusDocument]:
    """Every document of every corpus root (:func:`corpus_roots`); an id met twice keeps its
    first root's document."""
    seen: set[str] = set()
    for root in corpus_roots(shared_root):
        for doc in shared_documents(root):
            if doc.id not in seen:
                seen.add(doc.id)
                yield doc


def documents_by_id(shared_root: Path, ids: set[str]) -> dict[str, CorpusDocument]:
    """The documents named by ``ids`` in the corpus roots of ``shared_root``."""
    return {doc.id: doc for doc in all_documents(shared_root) if doc.id in ids}
