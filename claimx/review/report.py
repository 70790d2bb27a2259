"""``claimx report``: one self-contained HTML file (no network) to read extracted claims.

The page's data is compact so that 3,600 articles open in a few seconds: claims without their
empty fields, sentences as offsets when the text is there, ledger figures as references to
claims, and the article texts in a second element that the page parses on first need.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimx import __version__
from claimx.io.writer import write_text
from claimx.review.ledger import LedgerGroup, build_ledger
from claimx.review.outputs import Extraction
from claimx.review.pages import fill
from claimx.schema import Article

CLAIM_FIELDS = {"id", "span", "text", "sentence", "quantity", "item", "source", "hedged", "time"}
CLAIM_FIELDS |= {"actor"}


def claim_data(article: Article, with_sentences: bool) -> list[dict[str, Any]]:
    claims = []
    for claim in article.claims:
        data = claim.model_dump(include=CLAIM_FIELDS, exclude_none=True)
        if not with_sentences:
            data["sentence"] = {"span": data["sentence"]["span"]}
        claims.append(data)
    return claims


def article_data(extraction: Extraction) -> list[dict[str, Any]]:
    rows = []
    for article in extraction.articles:
        doc = article.doc
        has_text = doc.id in extraction.texts
        rows.append(
            {
                "id": doc.id,
                "title": doc.title,
                "published": doc.published,
                "url": doc.url,
                "has_text": has_text,
                "claims": claim_data(article, with_sentences=not has_text),
            }
        )
    return rows


def ledger_data(groups: list[LedgerGroup], articles: list[Article]) -> list[dict[str, Any]]:
    """Each group with its figures as ``[article index, claim index, source name]``."""
    where = {c.id: (n, k) for n, a in enumerate(articles) for k, c in enumerate(a.claims)}
    return [
        {
            "label": group.label,
            "articles": group.articles,
            "figures": [[*where[f.claim], f.source] for f in group.figures],
            "disagreements": [[d.first, d.second, d.reason] for d in group.disagreements],
        }
        for group in groups
    ]


def report_html(extraction: Extraction) -> str:
    articles = extraction.articles
    data = {
        "claimx_version": __version__,
        "articles": article_data(extraction),
        "ledger": ledger_data(build_ledger(articles), articles),
    }
    texts = [extraction.texts.get(a.doc.id) for a in articles]
    return fill("report.html", "report.js", data, extra={"__CLAIMX_TEXTS__": texts})


def write_report(extraction: Extraction, target: Path) -> None:
    write_text(target, report_html(extraction))
