"""The shared corpora are read by stable ids; a corpus absent from the machine reads as empty."""

from __future__ import annotations

import json
from pathlib import Path

from claimx.io.corpora import ptpt_news_documents


def _write_ptpt_news(root: Path, records: list[dict[str, str]]) -> None:
    folder = root / "ptpt-news"
    folder.mkdir(parents=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_ptpt_news_articles_keep_their_date_and_are_european_portuguese(tmp_path: Path) -> None:
    _write_ptpt_news(tmp_path, [
        {"id": "ptnews-fav-1", "date": "09/06/2001", "source": "x", "text": "Título\n\nCorpo."},
        {"id": "ptnews-lusa-2", "date": "", "source": "y", "text": "A GNR acabou com a festa."},
    ])
    docs = {d.id: d for d in ptpt_news_documents(tmp_path)}
    assert docs["ptnews-fav-1"].published == "09/06/2001"
    assert docs["ptnews-fav-1"].text == "Título\n\nCorpo."
    assert docs["ptnews-lusa-2"].published is None  # undated: relative times stay unresolved
    assert {d.meta["variant"] for d in docs.values()} == {"pt-PT"}


def test_an_absent_corpus_reads_as_empty(tmp_path: Path) -> None:
    assert list(ptpt_news_documents(tmp_path)) == []
