"""Field errors on the development gold, to read while tuning (never on the test split).

    .venv/bin/python scripts/dev_errors.py source|time|item_head|hedged|... [--model NAME]
        [--docs FILE]   # only the articles listed in FILE (one id a line, or 'pool id' lines
                        # as scripts/select_test_articles.py prints them: the blind batches)

Prints, for every matched required claim whose field is wrong, the gold and predicted values
and the sentence. The held-out gold (the test split gold/test.jsonl, and gold/field_test.jsonl)
is scored by ``make eval`` and never read for errors: this script refuses it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimx.evaluate import load_gold
from claimx.evaluation.fields import FIELDS
from claimx.evaluation.match import align
from claimx.extractor import Extractor
from claimx.io.corpora import documents_by_id

REPO = Path(__file__).resolve().parents[1]


def brief(value: object) -> object:
    if hasattr(value, "model_dump"):
        data = value.model_dump(exclude_none=True)  # type: ignore[attr-defined]
        return {k: v for k, v in data.items() if k in ("text", "value", "canonical", "cue")}
    return value


def shown(claim: object, name: str) -> object:
    """The field to print: a claim's own, else its quantity's (value, relation, unit; bounds
    as the quantity itself)."""
    if hasattr(claim, name):
        return getattr(claim, name)
    quantity = claim.quantity
    return getattr(quantity, name, quantity)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("field", choices=sorted(FIELDS))
    parser.add_argument("--model", default=None)
    parser.add_argument("--gold", type=Path, default=REPO / "gold" / "dev.jsonl")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--docs", type=Path, default=None, help="only these articles' errors")
    args = parser.parse_args()
    if args.gold.name.startswith(("test", "field_test")):
        parser.error("held-out gold is scored, never read for errors (gold/NOTES.md)")
    gold = load_gold(args.gold)
    if args.docs is not None:
        wanted = {line.split()[-1] for line in args.docs.read_text().splitlines() if line.strip()}
        gold = [line for line in gold if line.claim.doc in wanted]
    by_doc: dict[str, list] = {}
    for line in gold:
        by_doc.setdefault(line.claim.doc, []).append(line.claim)
    docs = documents_by_id(args.shared / "corpora", set(by_doc))
    absent = sorted(set(by_doc) - set(docs))
    if absent:  # a corpus not on this machine (ptpt-news: `make corpora`)
        print(f"{len(absent)} documents absent, left out (first: {absent[0]})", file=sys.stderr)
    extractor, errors = Extractor(model=args.model), 0
    for doc_id, golds in sorted(by_doc.items()):
        if doc_id not in docs:
            continue
        doc = docs[doc_id]
        claims = extractor.extract(doc.text, doc_id=doc_id, published=doc.published).claims
        for gi, pi in align([g.span for g in golds], [c.span for c in claims]).pairs:
            g, c = golds[gi], claims[pi]
            if g.optional or FIELDS[args.field](g, c) is not False:
                continue
            errors += 1
            name = args.field.split("_")[0]
            print(f"{doc_id} [[{g.text}]] gold={brief(shown(g, name))} "
                  f"pred={brief(shown(c, name))}\n    :: {c.sentence.text[:300]}")
    print(f"{errors} errors in {args.field}")


if __name__ == "__main__":
    main()
