"""Agreement between two independent annotation passes of the same documents (gold/NOTES.md).

Each pass is a gold file built by ``scripts/build_gold.py``. Pass B is scored against pass A with
claimx's own evaluation (spans matched by overlap, fields compared as for a prediction), and A
against B, so that every figure of ``make eval`` has its ceiling: the figure on which two careful
annotators agree. B's optional claims that A did not annotate at all are left out of B's side
(an optional claim is "neither required nor penalised").

    .venv/bin/python scripts/gold_agreement.py A.jsonl B.jsonl [DOC_IDS_FILE]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from claimx.evaluate import evaluate, load_gold
from claimx.evaluation.gold import GoldLine, parse_doc_ids
from claimx.evaluation.match import overlap
from claimx.evaluation.render import render_table
from claimx.evaluation.report import Report
from claimx.schema import Article, Claim, DocInfo, Provenance, Source, TextSpan, TimeRef


def as_claim(line: GoldLine) -> Claim:
    """A gold claim in the shape of a prediction (only the fields the evaluation reads)."""
    g = line.claim
    source = g.source and Source(text=g.source.text, canonical=g.source.canonical, cue=g.source.cue)
    return Claim(
        id=f"{g.doc}:{g.span[0]}-{g.span[1]}",
        span=g.span,
        text=g.text,
        sentence=TextSpan(text=g.text, span=g.span),
        quantity=g.quantity,
        item=TextSpan(text=g.item, span=g.span) if g.item else None,
        source=source,
        hedged=g.hedged,
        time=g.time and TimeRef(text=g.time.text, value=g.time.value),
        actor=TextSpan(text=g.actor, span=g.span) if g.actor else None,
    )


def as_articles(pred: list[GoldLine], other: list[GoldLine]) -> list[Article]:
    spans = defaultdict(list)
    for line in other:
        spans[line.claim.doc].append(line.claim.span)
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for line in pred:
        touches = any(overlap(line.claim.span, s) for s in spans[line.claim.doc])
        if not line.claim.optional or touches:
            by_doc[line.claim.doc].append(as_claim(line))
    provenance = Provenance(pipeline=[], model="annotator", rules_digest="")
    return [
        Article(claimx_version="", doc=DocInfo(id=doc, sha256="", chars=0),
                provenance=provenance, claims=claims)
        for doc, claims in by_doc.items()
    ]


def agreement(a: list[GoldLine], b: list[GoldLine], docs: list[str], name: str) -> Report:
    return evaluate(a, as_articles(b, a), docs=docs, name=name)


def main() -> int:
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    a, b = load_gold(Path(sys.argv[1])), load_gold(Path(sys.argv[2]))
    docs = parse_doc_ids(sys.argv[3]) if len(sys.argv) == 4 else []
    reports = {"B scored against A": agreement(a, b, docs, "A"),
               "A scored against B": agreement(b, a, docs, "B")}
    print(render_table(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
