"""The gold splits: valid, rebuilt byte for byte from their annotations, chosen by their rule,
and apart from each other and from the articles reserved for outside evaluation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import corpus_path, shared_path

from claimx.evaluate import load_gold
from claimx.io.corpora import corpus_roots

REPO = Path(__file__).resolve().parents[1]
SPLITS = {
    "dev": "dev_annotations.yaml",
    "test": "test_annotations.yaml",
    "field_dev": "field_dev_annotations.yaml",
    "field_test": "field_test_annotations.yaml",
}


def doc_ids(split: str) -> set[str]:
    return set((REPO / "gold" / f"{split}.docs").read_text(encoding="utf-8").split())


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_every_gold_claim_is_valid_and_its_document_listed(split: str) -> None:
    gold = load_gold(REPO / "gold" / f"{split}.jsonl")
    assert gold, f"gold/{split}.jsonl is empty"
    assert {g.claim.doc for g in gold} <= doc_ids(split)


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_gold_is_rebuilt_from_its_annotations(split: str, tmp_path: Path) -> None:
    shared_path("corpora", "fakebr", "true.jsonl")  # skips where ../shared is absent
    if any(d.startswith("ptnews-") for d in doc_ids(split)):  # dev10, field4: make corpora
        corpus_path("ptpt-news", "articles.jsonl")
    out = tmp_path / f"{split}.jsonl"
    annotations = REPO / "gold" / SPLITS[split]
    cmd = [sys.executable, str(REPO / "scripts" / "build_gold.py"), str(annotations), str(out)]
    subprocess.run(cmd, check=True, capture_output=True, cwd=REPO)
    assert out.read_bytes() == (REPO / "gold" / f"{split}.jsonl").read_bytes()
    assert out.with_suffix(".docs").read_bytes() == (REPO / "gold" / f"{split}.docs").read_bytes()


def test_the_splits_share_no_article_and_hold_no_reserved_one() -> None:
    reserved = shared_path("corpora", "fakebr", "reserved.json")
    held_out = {f"fakebr-{i}" for i in json.loads(reserved.read_text(encoding="utf-8"))}
    dev, test = doc_ids("dev"), doc_ids("test")
    field, field_test = doc_ids("field_dev"), doc_ids("field_test")
    assert not dev & test
    assert not field & field_test
    field |= field_test
    assert not field & (dev | test)
    assert not (dev | test | field) & held_out
    assert not any(d.startswith("harem") for d in dev | test | field)


def chosen(split: str) -> set[str]:
    script = REPO / "scripts" / "select_test_articles.py"
    done = subprocess.run([sys.executable, str(script), split], check=True,
                          capture_output=True, text=True, cwd=REPO)
    return {line.split()[1] for line in done.stdout.splitlines()}


def test_the_splits_are_the_selection_rule_s_choice() -> None:
    shared_path("corpora", "bosque-publico", "sentences.jsonl")
    corpus_path("ptpt-news", "articles.jsonl")
    assert chosen("test") == doc_ids("test")
    # the extensions; the first 43 have their own rule
    extensions = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")
    assert set().union(*(chosen(split) for split in extensions)) <= doc_ids("dev")


def test_the_field_samples_are_the_selection_rule_s_choice() -> None:
    shared_path("corpora", "bosque-publico", "sentences.jsonl")
    sys.path.insert(0, str(REPO / "scripts"))
    import field_sample

    fakebr_pool = field_sample.pool("fakebr")
    fakebr = {d.id for d in fakebr_pool[:60] + fakebr_pool[120:180]}  # field1, field5
    publico = {d.id for d in field_sample.pool("publico")}  # field2: the whole pool (with figures)
    field = doc_ids("field_dev")
    assert {d for d in field if d.startswith("fakebr-")} <= fakebr
    assert {d for d in field if d.startswith("bosque-")} <= publico
    field6 = {d for d in field if d.startswith("ptnews-")}
    assert field == {d for d in field if d.startswith(("fakebr-", "bosque-"))} | field6
    field_test = doc_ids("field_test")
    field3_7_8 = {d.id for d in fakebr_pool[60:120] + fakebr_pool[180:300]}
    assert {d for d in field_test if d.startswith("fakebr-")} <= field3_7_8
    ptnews = {d for d in field_test if d.startswith("ptnews-")}  # field4: the ptnews pool
    assert field_test == {d for d in field_test if d.startswith("fakebr-")} | ptnews
    if any((root / "ptpt-news").is_dir() for root in corpus_roots(REPO.parent / "shared")):
        assert ptnews <= {d.id for d in field_sample.pool("ptnews")}
        assert field6 <= {d.id for d in field_sample.pool("dev11")}  # DEV11, drawn as field6
