"""Plain-text views of extracted articles (for the terminal; no colours, no escapes needed)."""

from __future__ import annotations

from claimx.schema import Article, Claim

COLUMNS = ("#", "quantity", "value", "rel", "unit", "item", "source", "hedged", "time")
MAX_WIDTH = 34


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_WIDTH else text[: MAX_WIDTH - 1] + "…"


def _row(n: int, claim: Claim) -> list[str]:
    q = claim.quantity
    value = q.value if q.relation != "range" else f"{q.low}..{q.high}"
    if q.relation == "vague":
        value = f"≥{q.low}"
    source = claim.source and (claim.source.canonical or claim.source.text)
    return [
        _cell(x)
        for x in (
            n,
            q.text,
            value,
            q.relation,
            q.unit,
            claim.item and claim.item.text,
            source,
            "yes" if claim.hedged else "",
            claim.time and (claim.time.value or claim.time.text),
        )
    ]


def claims_table(article: Article) -> str:
    doc = article.doc
    head = f"{doc.id}  published={doc.published or '?'}  claims={len(article.claims)}"
    if not article.claims:
        return head + "\n(no claims)"
    rows = [list(COLUMNS)] + [_row(n, c) for n, c in enumerate(article.claims, start=1)]
    widths = [max(len(r[k]) for r in rows) for k in range(len(COLUMNS))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return head + "\n" + "\n".join(lines)
