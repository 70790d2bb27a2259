"""Reproducible selection of the development gold articles (see gold/NOTES.md).

Rule: among shared-corpus documents of 1,000-5,000 characters that contain at least
MIN_FIGURES figures (digit groups that are not years, dates, times or law numbers), shuffle
each stratum with random.Random(SEED) (candidates sorted by id first) and take the first N:
Fake.br strata politica / economia / sociedade_cotidiano / ciencia_tecnologia (N_FAKEBR each),
FactNews one stratum (N_FACTNEWS). Printed in stratum order; the annotated set is this list.

    .venv/bin/python scripts/select_dev_articles.py
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from claimx.io.corpora import shared_documents

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
SEED = 20250
MIN_LEN, MAX_LEN = 1000, 5000
MIN_FIGURES = 4
N_FAKEBR = 7
N_FACTNEWS = 16
CATEGORIES = ("politica", "economia", "sociedade_cotidiano", "ciencia_tecnologia")

_NUM = re.compile(r"(?<![\w/.,:])\d[\d.,]*(?![\w/:])")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_LAW = re.compile(r"(?:[Ll]ei|[Aa]rt(?:igo|\.)|n[º°o]\.?|PEC|PL|MP)\s*$")


def figures(text: str) -> int:
    n = 0
    for m in _NUM.finditer(text):
        tok = m.group().rstrip(".,")
        if _YEAR.match(tok) or _LAW.search(text[max(0, m.start() - 8): m.start()]):
            continue
        n += 1
    return n


def candidates(docs, prefix, category=None):
    out = []
    for d in docs:
        if not d.id.startswith(prefix):
            continue
        if category is not None and d.meta.get("category") != category:
            continue
        if MIN_LEN <= len(d.text) <= MAX_LEN and figures(d.text) >= MIN_FIGURES:
            out.append(d.id)
    return sorted(out)


def select() -> list[tuple[str, str]]:
    docs = list(shared_documents(CORPORA))
    chosen = []
    for cat in CATEGORIES:
        ids = candidates(docs, "fakebr-", cat)
        random.Random(f"{SEED}-{cat}").shuffle(ids)
        chosen += [(cat, i) for i in ids[:N_FAKEBR]]
    ids = candidates(docs, "factnews-")
    random.Random(f"{SEED}-factnews").shuffle(ids)
    chosen += [("factnews", i) for i in ids[:N_FACTNEWS]]
    return chosen


if __name__ == "__main__":
    for stratum, doc_id in select():
        print(stratum, doc_id)
