"""Agreement between two independent annotation passes of the same documents (gold/NOTES.md).

Each pass is a gold file built by ``scripts/build_gold.py``. Pass B is scored against pass A with
claimx's own evaluation (spans matched by overlap, fields compared as for a prediction), and A
against B, so that every figure of ``make eval`` has its ceiling: the figure on which two careful
annotators agree. B's optional claims that A did not annotate at all are left out of B's side
(an optional claim is "neither required nor penalised").

    .venv/bin/python scripts/gold_agreement.py A.jsonl B.jsonl [DOC_IDS_FILE] [--list]

``--list`` prints every disagreement (a claim one pass has and the other lacks or marks
optional, and every field on which matched claims differ): the worklist for reconciling.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from claimx.evaluate import evaluate, load_gold
from claimx.evaluation.gold import GoldLine, parse_doc_ids
from claimx.evaluation.match import align, overlap
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


COMPARED = ("quantity", "item", "source", "hedged", "time", "actor", "optional")


def _show(line: GoldLine | None) -> str:
    if line is None:
        return "—"
    return line.claim.model_dump_json(include=set(COMPARED) | {"text"}, exclude_none=True)


def disagreements(a: list[GoldLine], b: list[GoldLine]) -> list[str]:
    """Each claim on which the passes differ, as 'doc: A … / B …' lines."""
    by_doc: dict[str, tuple[list[GoldLine], list[GoldLine]]] = defaultdict(lambda: ([], []))
    for line in a:
        by_doc[line.claim.doc][0].append(line)
    for line in b:
        by_doc[line.claim.doc][1].append(line)
    out = []
    for doc, (ga, gb) in sorted(by_doc.items()):
        found = align([g.claim.span for g in ga], [g.claim.span for g in gb])
        pairs = [(ga[i], gb[j]) for i, j in found.pairs]
        pairs += [(ga[i], None) for i in found.missed] + [(None, gb[j]) for j in found.spurious]
        for x, y in pairs:
            if x and y and all(getattr(x.claim, f) == getattr(y.claim, f) for f in COMPARED):
                continue
            out.append(f"{doc}\n  A {_show(x)}\n  B {_show(y)}")
    return out


def main() -> int:
    args = [x for x in sys.argv[1:] if x != "--list"]
    if len(args) not in (2, 3):
        sys.exit(__doc__)
    a, b = load_gold(Path(args[0])), load_gold(Path(args[1]))
    if "--list" in sys.argv:
        print("\n".join(disagreements(a, b)))
        return 0
    docs = parse_doc_ids(args[2]) if len(args) == 3 else []
    reports = {"B scored against A": agreement(a, b, docs, "A"),
               "A scored against B": agreement(b, a, docs, "B")}
    print(render_table(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
