"""Seed 003's two dated claims get their times; no other seed claim gets a wrong one."""

from __future__ import annotations

import json

import pytest
from conftest import shared_path

from claimx.schema import GoldClaim


@pytest.fixture(scope="module")
def articles(extractor):
    folder = shared_path("seeds")
    return {a.doc.id: a for a in extractor.extract_paths(sorted(folder.glob("*.txt")))}


@pytest.fixture(scope="module")
def gold() -> list[GoldClaim]:
    lines = shared_path("gold", "seeds.jsonl").read_text("utf-8").splitlines()
    return [GoldClaim.model_validate(json.loads(line)) for line in lines if line.strip()]


def test_published(articles) -> None:
    published = {k[:3]: a.doc.published for k, a in articles.items()}
    assert (published.get("001"), published.get("003")) == ("2025-07", "2025-02-27")


@pytest.mark.parametrize(
    ("span_start", "text", "value", "relation"),
    [
        (1517, "Em outubro de 2024", "2024-10", "at"),
        (1836, "desde agosto de 2023", "2023-08", "since"),
    ],
)
def test_seed_003_times(articles, span_start: int, text: str, value: str, relation: str) -> None:
    article = next((a for k, a in articles.items() if k.startswith("003_")), None)
    if article is None:
        pytest.skip("seed 003 is absent")
    claims = [c for c in article.claims if c.span[0] <= span_start < c.span[1]]
    assert len(claims) == 1
    time = claims[0].time
    assert time is not None
    assert (time.text, time.value, time.relation) == (text, value, relation)


def test_no_wrong_time_on_gold_claims(articles, gold) -> None:
    """Every predicted claim overlapping a gold claim has the gold's time value (or none)."""
    for g in gold:
        article = articles.get(g.doc)
        if article is None:
            continue
        for claim in (c for c in article.claims if c.span[0] < g.span[1] and g.span[0] < c.span[1]):
            got = claim.time and claim.time.value
            assert got == (g.time and g.time.value), (g.doc, g.text, claim.time)
