"""A debug view: which rules fired on a text, and which filters vetoed which numbers."""

from __future__ import annotations

from claimx.extractor import Extractor


def explain(text: str, rules_dirs: list[str]) -> str:
    extractor = Extractor(rules_dirs=rules_dirs)
    finder = extractor.nlp.get_pipe("claimx_quantities").finder
    doc = extractor.nlp.make_doc(text)
    lines = [f"tokens: {' | '.join(t.text for t in doc)}"]
    for hit in finder.find(doc, explain=True):
        if hit.vetoed_by and hit.quantity is not None:
            lines.append(f"vetoed  {hit.quantity.text!r} by {hit.vetoed_by}")
    for claim in extractor.extract(text).claims:
        q = claim.quantity
        lines.append(
            f"claim   {claim.text!r} [{claim.span[0]}:{claim.span[1]}] value={q.value} "
            f"relation={q.relation} low={q.low} high={q.high} unit={q.unit} "
            f"item={claim.item and claim.item.text!r}"
        )
        lines.append(f"        rules: {', '.join(claim.rule)}")
    if len(lines) == 1:
        lines.append("no quantity found")
    return "\n".join(lines)
