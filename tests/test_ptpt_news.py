"""scripts/ptpt_news.py's conversion rules, on small made-up rows (never on the real corpus): ids,
dates, text, what is kept, and the corpus file as claimx reads it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from claimx.io.corpora import ptpt_news_documents

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "ptpt_news.py"
_spec = importlib.util.spec_from_file_location("ptpt_news", SCRIPT)
assert _spec and _spec.loader
ptpt_news = importlib.util.module_from_spec(_spec)
sys.modules["ptpt_news"] = ptpt_news  # dataclasses look their module up by name
_spec.loader.exec_module(ptpt_news)

BODY = "A GNR deteve um homem de 45 anos. " * 20  # 680 characters: long enough
HEADER = ["", "arquivo_hash", "news_site_date", "news_site_title", "news_site_text",
          "search_newspaper"]


def tsv(*rows: list[str]) -> str:
    return "\n".join("\t".join(r) for r in [HEADER, *rows]) + "\n"


@pytest.mark.parametrize(("path", "number"), [
    ("experiments/baselines/srl_pt/tmp/lusa_111.txt", 111),
    ("lusa_0.txt", 0),
    ("experiments/baselines/srl_pt/tmp/lusa_111.json", None),
    ("experiments/baselines/srl_pt/tmp/ner_5.txt", None),
])
def test_a_lusa_id_is_the_number_of_its_file(path: str, number: int | None) -> None:
    assert ptpt_news.lusa_number(path) == number


def test_lusa_articles_keep_the_text_drop_repeats_and_short_ones() -> None:
    files = {"d/lusa_124.txt": BODY, "d/lusa_0.txt": BODY, "d/lusa_7.txt": "Curta.\nDemais.",
             "d/lusa_9.txt": "Título\n" + BODY, "d/notes.txt": BODY}
    articles = ptpt_news.lusa_articles(files)
    assert [(a.id, a.date, a.source) for a in articles] == [
        ("ptnews-lusa-0", "", "lusa"), ("ptnews-lusa-9", "", "lusa")
    ]
    assert articles[1].text == "Título\n" + BODY  # unchanged, no added newline


@pytest.mark.parametrize(("site_date", "date"), [
    ("2019-06-19 12:45:00", "19/06/2019"), ("2001-06-09 00:00:00", "09/06/2001"), ("", ""),
])
def test_a_newspaper_date_is_the_site_date_day_first(site_date: str, date: str) -> None:
    assert ptpt_news.fav_date(site_date) == date


def test_newspaper_rows_become_title_blank_line_body_with_a_hash_prefix_id() -> None:
    rows = tsv(
        ["1", "DCEF434660c272fb27b49b6d4576db55", "2019-06-19 12:45:00", "Título", BODY, "jn"],
        ["2", "0123456789abcdef0123456789abcdef", "", "Sem data", BODY, "cm"],  # no site date
        ["3", "fedcba9876543210fedcba9876543210", "2019-06-20 10:00:00", "Curta", "Só isto.", "dn"],
        ["4", "abababababababababababababababab", "2019-06-21 10:00:00", "Longa", "x" * 6001, "dn"],
        ["5", "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd", "2019-06-22 10:00:00", "Título", BODY, "dn"],
    )
    articles = ptpt_news.fav_articles(rows)
    assert [(a.id, a.date, a.source) for a in articles] == [
        ("ptnews-fav-dcef434660", "19/06/2019", "jn")  # row 5 repeats row 1's text
    ]
    assert articles[0].text == "Título\n\n" + BODY


def test_the_corpus_file_reads_back_as_claimx_documents(tmp_path: Path) -> None:
    article = ptpt_news.Article("ptnews-fav-dcef434660", "Título\n\nCorpo.", "19/06/2019", "jn")
    assert ptpt_news.write([article], tmp_path) == (0, 1)
    docs = list(ptpt_news_documents(tmp_path))
    assert [(d.id, d.text, d.published, d.meta["source"]) for d in docs] == [
        ("ptnews-fav-dcef434660", "Título\n\nCorpo.", "19/06/2019", "jn")
    ]
    assert "ptpt_news.py" in (tmp_path / "ptpt-news" / "README.md").read_text(encoding="utf-8")
