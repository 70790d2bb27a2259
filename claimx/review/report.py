"""``claimx report``: one self-contained HTML file (no network) to read extracted claims."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimx import __version__
from claimx.review.ledger import build_ledger
from claimx.review.outputs import Extraction
from claimx.review.pages import fill
from claimx.writer import write_text

CLAIM_FIELDS = (
    "id",
    "span",
    "text",
    "sentence",
    "quantity",
    "item",
    "source",
    "hedged",
    "time",
    "actor",
)


def article_data(extraction: Extraction) -> list[dict[str, Any]]:
    rows = []
    for article in extraction.articles:
        doc = article.doc
        rows.append(
            {
                "id": doc.id,
                "title": doc.title,
                "published": doc.published,
                "url": doc.url,
                "text": extraction.texts.get(doc.id),
                "claims": [c.model_dump(include=set(CLAIM_FIELDS)) for c in article.claims],
            }
        )
    return rows


def report_html(extraction: Extraction) -> str:
    data = {
        "claimx_version": __version__,
        "articles": article_data(extraction),
        "ledger": [g.to_json() for g in build_ledger(extraction.articles)],
    }
    return fill("report.html", "report.js", data)


def write_report(extraction: Extraction, target: Path) -> None:
    write_text(target, report_html(extraction))
