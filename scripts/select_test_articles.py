"""Reproducible selection of the test split and of the development extension (gold/NOTES.md).

Neither list depends on any tool's output. Pools, after removing the 43 articles of the first
development set (the choice of scripts/select_dev_articles.py) and the Fake.br articles reserved
for outside evaluation:

- pt-BR: Fake.br articles of 1,000-4,000 characters with at least MIN_FIGURES figures, split
  into "attributed" (at least MIN_CUED sentences that hold both a reporting cue and a digit) and
  "plain";
- pt-BR, "attributed-long" (from dev6 on): the same for articles of 4,000-6,000 characters with
  an id above FRESH_LAST_ID;
- pt-PT: Público documents of the Bosque treebank of at least 600 characters with at least 3
  figures;
- pt-PT, from dev10 on: the articles of ``ptpt-news`` with at least 3 figures, in two pools by
  collection ("ptnews-lusa": Lusa agency, mixed topics, undated; "ptnews-fav": dated newspaper
  articles of one topic, crimes against women and their trials).

Each pool is sorted by id and shuffled with random.Random(f"{SEED}-{pool}"). The test split takes
the first N of each pool; the development extension takes the next ones, so the two never meet.

    .venv/bin/python scripts/select_test_articles.py test|dev|dev2 … dev10
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_dev_articles

from claimx.io.corpora import all_documents

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
SEED = 20261206
MIN_FIGURES, MIN_CUED = 4, 3
TEST = {"attributed": 22, "plain": 12, "pt-PT": 22}
DEV = {"attributed": 16, "plain": 0, "pt-PT": 24}
# The second development extension (2026-12-07): the next slice of the same pools.
DEV2 = {"attributed": 24, "plain": 0, "pt-PT": 12}
DEV3 = {"attributed": 24, "plain": 0, "pt-PT": 12}
DEV4 = {"attributed": 24, "plain": 0, "pt-PT": 12}
# DEV5: the attributed pool has 8 left; plain articles (fewer than MIN_CUED cued sentences) fill it.
DEV5 = {"attributed": 8, "plain": 16, "pt-PT": 12}
# DEV6 (2026-12-07): the attributed pool is spent; a pool of longer attributed articles opens.
DEV6 = {"attributed-long": 12, "pt-PT": 12}
# DEV7 (2026-12-07, fourth session): the last six Público documents of the pool.
DEV7 = {"attributed-long": 14, "pt-PT": 6}
# DEV8 (2026-12-07, fifth session): pt-BR only, the Público pool being spent.
DEV8 = {"attributed-long": 20}
# DEV9 (2026-12-07, sixth session): the next twenty of the same pool.
DEV9 = {"attributed-long": 20}
# DEV10 (2026-12-07, sixth session): fresh pt-PT from ptpt-news, mostly the mixed-topic Lusa pool.
DEV10 = {"ptnews-lusa": 14, "ptnews-fav": 8}
# DEV11 (2026-12-07, ninth session): the next forty of the newspaper pool, annotated as a field
# sample (``field_sample.py select 0 40 --pool dev11``): a few figures each, tuning material.
DEV11 = {"ptnews-fav": 40}
SLICES = {
    "test": TEST, "dev": DEV, "dev2": DEV2, "dev3": DEV3, "dev4": DEV4, "dev5": DEV5, "dev6": DEV6,
    "dev7": DEV7, "dev8": DEV8, "dev9": DEV9, "dev10": DEV10, "dev11": DEV11,
}
# Longer articles, and only above FRESH_LAST_ID: the first 2,000 Fake.br articles outside gold
# (ids up to 2065) are the fresh text every rule change is counted and read on, so none of them
# is unseen any more.
LONG = (4000, 6000)
FRESH_LAST_ID = 2065
# DEV's 16: two more than first annotated, replacing the two first-set articles (fakebr-351, -961)
# that turned out to be reserved for outside evaluation.

# Reporting cues that hand a figure its source (a selection weight only, not a rule of claimx).
_CUE = re.compile(
    r"\b(segundo|de acordo com|conforme|disse|afirmou|informou|declarou|explicou|apontou|"
    r"revelou|mostra|mostram|diz|dizem|estima|divulgou|anunciou)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def cued_sentences(text: str) -> int:
    return sum(
        1 for s in _SENTENCE.findall(text) if _CUE.search(s) and any(c.isdigit() for c in s)
    )


def excluded() -> set[str]:
    """The first development set and the reserved articles: fixed, so that the lists do not move
    when the development set grows."""
    first_dev = {doc_id for _, doc_id in select_dev_articles.select()}
    reserved = json.loads((CORPORA / "fakebr" / "reserved.json").read_text(encoding="utf-8"))
    return first_dev | {f"fakebr-{i}" for i in reserved}


def pools() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {
        "attributed": [], "plain": [], "pt-PT": [], "attributed-long": [],
        "ptnews-lusa": [], "ptnews-fav": [],
    }
    skip = excluded()
    figures = select_dev_articles.figures
    for d in all_documents(CORPORA):  # ../shared/corpora, then $CLAIMX_CORPORA
        if d.id in skip:
            continue
        if d.id.startswith("fakebr-") and 1000 <= len(d.text) <= 4000:
            if figures(d.text) >= MIN_FIGURES:
                pool = "attributed" if cued_sentences(d.text) >= MIN_CUED else "plain"
                out[pool].append(d.id)
        elif (
            d.id.startswith("fakebr-")
            and LONG[0] < len(d.text) <= LONG[1]
            and int(d.id.removeprefix("fakebr-")) > FRESH_LAST_ID
            and figures(d.text) >= MIN_FIGURES
            and cued_sentences(d.text) >= MIN_CUED
        ):
            out["attributed-long"].append(d.id)
        elif d.id.startswith("bosque-") and len(d.text) >= 600 and figures(d.text) >= 3:
            out["pt-PT"].append(d.id)
        elif d.id.startswith(("ptnews-lusa-", "ptnews-fav-")) and figures(d.text) >= 3:
            out["ptnews-lusa" if d.id.startswith("ptnews-lusa-") else "ptnews-fav"].append(d.id)
    for name, ids in out.items():
        ids.sort()
        random.Random(f"{SEED}-{name}").shuffle(ids)
    return out


def select(split: str) -> list[tuple[str, str]]:
    """One split (``test``, ``dev``, ``dev2`` … ``dev5``): disjoint slices of the shuffled pools."""
    slices = SLICES
    chosen = []
    for name, ids in pools().items():
        start = sum(slices[s].get(name, 0) for s in list(slices)[: list(slices).index(split)])
        count = slices[split].get(name, 0)
        chosen += [(name, i) for i in ids[start: start + count]]
    return chosen


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in SLICES:
        sys.exit(f"usage: select_test_articles.py {'|'.join(SLICES)}")
    for pool, doc_id in select(sys.argv[1]):
        print(pool, doc_id)
