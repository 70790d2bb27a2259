"""Bootstrap intervals of the headline figures: per-article counts that add up to the split's,
intervals that hold the figure and narrow with more articles, on real dev articles."""

from __future__ import annotations

import pytest
from conftest import REPO, SHARED

import claimx
from claimx.evaluate import evaluate, load_gold
from claimx.evaluation.intervals import RATIOS, gap_interval, interval, per_article
from claimx.evaluation.report import Report
from claimx.io.corpora import documents_by_id

ARTICLES = 40


@pytest.fixture(scope="module")
def scored(extractor: claimx.Extractor) -> tuple[Report, list[Report]]:
    """The first 40 dev articles (by id) that this machine's corpora hold, extracted and scored."""
    gold = load_gold(REPO / "gold" / "dev.jsonl")
    ids = sorted({g.claim.doc for g in gold})
    documents = documents_by_id(SHARED / "corpora", set(ids))
    if len(documents) < ARTICLES:
        pytest.skip("the dev articles' corpora are absent")
    chosen = sorted(documents)[:ARTICLES]
    gold = [g for g in gold if g.claim.doc in set(chosen)]
    articles = [
        extractor.extract(documents[i].text, doc_id=i, published=documents[i].published)
        for i in chosen
    ]
    return evaluate(gold, articles, docs=chosen), per_article(gold, articles, chosen)


def test_article_counts_add_up_to_the_split(scored: tuple[Report, list[Report]]) -> None:
    whole, per = scored
    assert len(per) == ARTICLES
    for name, counts in RATIOS.items():
        top, bottom = counts(whole)
        assert sum(counts(r)[0] for r in per) == top, name
        assert sum(counts(r)[1] for r in per) == bottom, name


def test_interval_holds_the_figure_and_narrows_with_more_articles(
    scored: tuple[Report, list[Report]],
) -> None:
    whole, per = scored
    top, bottom = RATIOS["claim F1"](whole)
    low, high = interval(per, "claim F1")  # type: ignore[misc]
    assert low <= top / bottom <= high
    assert low < high  # forty real articles do not all score alike
    wide = interval(per, "source, gold has one")
    narrow = interval(per * 4, "source, gold has one")
    assert wide is not None and narrow is not None
    assert narrow[1] - narrow[0] < wide[1] - wide[0]


def test_interval_is_seeded(scored: tuple[Report, list[Report]]) -> None:
    _, per = scored
    assert interval(per, "item head") == interval(per, "item head")
    assert interval(per, "item head", seed=1) != interval(per, "item head", seed=2)


def test_gap_of_a_split_with_itself_straddles_zero(scored: tuple[Report, list[Report]]) -> None:
    _, per = scored
    low, high = gap_interval(per, per, "source, all matched")  # type: ignore[misc]
    assert low < 0 < high


def test_no_interval_where_nothing_is_judged(scored: tuple[Report, list[Report]]) -> None:
    _, per = scored
    empty = [r for r in per if RATIOS["hedged recall"](r)[1] == 0]
    assert empty, "some dev article has no hedged gold claim"
    assert interval(empty, "hedged recall") is None
    assert gap_interval(per, empty, "hedged recall") is None


def test_intervals_need_no_corpus() -> None:
    """Per-article scoring of an article with no gold claims counts its spurious claims."""
    article = claimx.Extractor().extract("O governo anunciou 300 vagas.", doc_id="x")
    (report,) = per_article([], [article], ["x"])
    assert RATIOS["claim F1"](report) == (0, 1)
