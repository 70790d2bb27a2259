"""Plain-text views of extracted articles (for the terminal; no colours, no escapes needed)."""

from __future__ import annotations

from claimx.schema import Article, Claim

COLUMNS = (
    "#", "quantity", "value", "rel", "unit", "item", "source", "canonical", "hedged", "time"
)  # fmt: skip
MAX_WIDTH = 34
CONTEXT = 60
"""Characters of the sentence shown on each side of a claim (cut at a word)."""


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_WIDTH else text[: MAX_WIDTH - 1] + "…"


def _row(n: int, claim: Claim) -> list[str]:
    q = claim.quantity
    value = q.value if q.relation != "range" else f"{q.low}..{q.high}"
    if q.relation == "vague":
        value = f"≥{q.low}"
    source = claim.source
    return [
        _cell(x)
        for x in (
            n,
            q.text,
            value,
            q.relation,
            q.unit,
            claim.item and claim.item.text,
            source and source.text,
            source and source.canonical,
            "yes" if claim.hedged else "",
            claim.time and (claim.time.value or claim.time.text),
        )
    ]


def in_sentence(claim: Claim, context: int = CONTEXT) -> str:
    """The claim in its sentence, marked ``[…]``, with at most ``context`` characters on each
    side (cut at a word, ``…`` where cut), on one line."""
    text, base = claim.sentence.text, claim.sentence.span[0]
    start, end = claim.span[0] - base, claim.span[1] - base
    if not 0 <= start < len(text):  # past the sentence text the output keeps (1,000 chars)
        return f"…[{' '.join(claim.text.split())}]…"
    before, after = text[max(0, start - context) : start], text[end : end + context]
    if start > context:
        before = "…" + (before.split(" ", 1)[1] if " " in before else before)
    if end + context < claim.sentence.span[1] - base:
        after = (after.rsplit(" ", 1)[0] if " " in after else after) + "…"
    return " ".join(f"{before}[{claim.text}]{after}".split())


def claims_table(article: Article) -> str:
    """A row of fields per claim, and under it the claim's id and its sentence."""
    doc = article.doc
    head = f"{doc.id}  published={doc.published or '?'}  claims={len(article.claims)}"
    if doc.title:
        head += f"\n{' '.join(doc.title.split())}"
    if not article.claims:
        return head + "\n(no claims)"
    rows = [list(COLUMNS)] + [_row(n, c) for n, c in enumerate(article.claims, start=1)]
    widths = [max(len(r[k]) for r in rows) for k in range(len(COLUMNS))]
    lines = [_line(rows[0], widths), "  ".join("-" * w for w in widths)]
    indent = " " * (widths[0] + 2)
    for claim, row in zip(article.claims, rows[1:], strict=True):
        lines.append(_line(row, widths))
        lines.append(f"{indent}id {claim.id}")
        lines.append(f"{indent}{in_sentence(claim)}")
    return head + "\n" + "\n".join(lines)


def _line(row: list[str], widths: list[int]) -> str:
    return "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
