"""The seed articles against their gold: every required claim found with exact numbers."""

from __future__ import annotations

import json

import pytest
from conftest import REPO, shared_path

from claimx.schema import GoldClaim


@pytest.fixture(scope="module")
def gold() -> list[GoldClaim]:
    path = shared_path("gold", "seeds.jsonl")
    return [
        GoldClaim.model_validate(json.loads(line)) for line in path.read_text("utf-8").splitlines()
    ]


@pytest.fixture(scope="module")
def predicted(extractor):
    return {a.doc.id: a for a in extractor.extract_paths([REPO / "corpus"])}


def overlaps(a: list[int], b: list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_every_required_claim_is_found_exactly(gold, predicted) -> None:
    for g in (g for g in gold if not g.optional):
        matches = [c for c in predicted[g.doc].claims if overlaps(c.span, g.span)]
        assert len(matches) == 1, g.text
        q = matches[0].quantity
        assert (q.value, q.relation, q.low, q.high, q.unit) == (
            g.quantity.value,
            g.quantity.relation,
            g.quantity.low,
            g.quantity.high,
            g.quantity.unit,
        ), g.text
        assert matches[0].item is not None and g.item is not None
        assert matches[0].item.text.split()[0] == g.item.split()[0]


def test_no_spurious_claims(gold, predicted) -> None:
    for doc_id, article in predicted.items():
        spans = [g.span for g in gold if g.doc == doc_id]
        spurious = [c.text for c in article.claims if not any(overlaps(c.span, s) for s in spans)]
        assert spurious == [], doc_id
