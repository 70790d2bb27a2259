"""The shared corpora are read by stable ids, from ../shared/corpora then ``$CLAIMX_CORPORA``; a
corpus absent from the machine reads as empty."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimx.io.corpora import CORPORA_ENV, corpus_roots, documents_by_id, ptpt_news_documents


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


def test_corpus_roots_add_claimx_corpora_after_the_shared_root_and_skip_absent_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared, built, gone = tmp_path / "shared", tmp_path / "built", tmp_path / "gone"
    shared.mkdir()
    built.mkdir()
    monkeypatch.setenv(CORPORA_ENV, os.pathsep.join([str(gone), "", str(built)]))
    assert corpus_roots(shared) == [shared, built]
    monkeypatch.delenv(CORPORA_ENV)
    assert corpus_roots(shared) == [shared]
    assert corpus_roots(gone) == []


def test_documents_are_found_by_id_in_any_root_the_shared_one_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared, built = tmp_path / "shared", tmp_path / "built"
    _write_ptpt_news(shared, [{"id": "ptnews-lusa-1", "text": "Partilhado."}])
    _write_ptpt_news(built, [
        {"id": "ptnews-lusa-1", "text": "Reconstruído."},
        {"id": "ptnews-lusa-2", "text": "Só aqui."},
    ])
    wanted = {"ptnews-lusa-1", "ptnews-lusa-2"}
    monkeypatch.delenv(CORPORA_ENV, raising=False)
    assert set(documents_by_id(shared, wanted)) == {"ptnews-lusa-1"}
    monkeypatch.setenv(CORPORA_ENV, str(built))
    docs = documents_by_id(shared, wanted)
    assert {i: d.text for i, d in docs.items()} == {
        "ptnews-lusa-1": "Partilhado.", "ptnews-lusa-2": "Só aqui."
    }
    assert documents_by_id(tmp_path / "no-shared", wanted).keys() == wanted
