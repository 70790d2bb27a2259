"""The fresh text every rule change is counted and read on, written as one claimx input file.

    .venv/bin/python scripts/counting_corpus.py OUT.jsonl [--only fakebr|factnews|publico|ptnews]

Before a rule changes, the error class it fixes is counted here; after, the figures it changed
are read (or judged blind with ``blind_ab.py``) here. It is none of the scored text:

- ``fakebr``: the Fake.br articles up to ``FRESH_LAST_ID`` outside every gold file and outside
  the reserved ones (the articles above it feed the blind field samples and dev slices);
- ``factnews``: every FactNews document (none is in gold);
- ``publico``: the Público documents of the Bosque treebank outside every gold file;
- ``ptnews``: the ptpt-news articles outside every gold file, outside the field pool's tail
  (``field_sample.PTNEWS_FOR_FIELD`` of each pool, where field4 was drawn) and outside the dev
  slices taken so far.

The file is rebuilt from the corpora (``../shared/corpora``, then ``$CLAIMX_CORPORA``); nothing
of it is kept in the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import field_sample
import select_test_articles as slices

from claimx.io.corpora import all_documents

KINDS = ("fakebr", "factnews", "publico", "ptnews")


def gold_ids() -> set[str]:
    ids: set[str] = set()
    for path in (slices.ROOT / "gold").glob("*.jsonl"):
        with path.open(encoding="utf-8") as handle:
            ids |= {json.loads(line)["doc"] for line in handle if line.strip()}
    return ids


def kind(doc_id: str) -> str | None:
    if doc_id.startswith("fakebr-"):
        return "fakebr" if int(doc_id.removeprefix("fakebr-")) <= slices.FRESH_LAST_ID else None
    prefix = doc_id.split("-", 1)[0]
    return {"factnews": "factnews", "bosque": "publico", "ptnews": "ptnews"}.get(prefix)


def taken_ptnews() -> set[str]:
    """ptpt-news articles some selection holds: every dev slice so far, and the field tail."""
    pools = slices.pools()
    taken = {doc_id for split in slices.SLICES for pool, doc_id in slices.select(split)
             if pool.startswith("ptnews")}
    for name in ("ptnews-lusa", "ptnews-fav"):
        taken |= set(pools[name][-field_sample.PTNEWS_FOR_FIELD:])
    return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", choices=KINDS, action="append")
    args = parser.parse_args()
    wanted = set(args.only or KINDS)
    skip = gold_ids() | slices.excluded() | taken_ptnews()
    counts = dict.fromkeys(sorted(wanted), 0)
    with args.out.open("w", encoding="utf-8") as handle:
        for doc in all_documents(slices.CORPORA):
            doc_kind = kind(doc.id)
            if doc_kind in wanted and doc.id not in skip:
                handle.write(json.dumps(doc.as_record(), ensure_ascii=False) + "\n")
                counts[doc_kind] += 1
    print(f"{args.out}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))


if __name__ == "__main__":
    main()
