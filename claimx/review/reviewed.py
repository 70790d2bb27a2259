"""The reviewed state: the extraction with every decision applied, the orphans, and gold."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimx.review.decisions import Decision
from claimx.review.outputs import Extraction
from claimx.schema import Article, GoldClaim

ClaimView = dict[str, Any]
"""A claim as JSON (``Claim.model_dump``) plus ``status``, ``corrected`` and ``added``."""


@dataclass
class ReviewedArticle:
    article: Article
    claims: list[ClaimView]

    @property
    def reviewed(self) -> bool:
        return any(c["status"] or c["corrected"] or c["added"] for c in self.claims)


@dataclass
class ReviewState:
    articles: dict[str, ReviewedArticle]
    orphans: list[Decision] = field(default_factory=list)
    """Decisions whose claim no longer exists (re-extraction moved or dropped its span)."""


def claim_view(claim: dict[str, Any]) -> ClaimView:
    return {**claim, "status": None, "corrected": [], "added": False}


def added_claim(decision: Decision) -> ClaimView | None:
    """The claim a reviewer added by selecting its text; None when the decision is malformed."""
    new = decision.new if isinstance(decision.new, dict) else {}
    span, text = new.get("span"), new.get("text")
    if not (isinstance(span, list) and len(span) == 2 and isinstance(text, str)):
        return None
    quantity = new.get("quantity") or {"text": text, "value": None, "relation": "="}
    view = claim_view(
        {
            "id": decision.claim,
            "doc": decision.doc,
            "span": span,
            "text": text,
            "sentence": None,
            "quantity": {"low": None, "high": None, "unit": None, **quantity},
            "item": None,
            "source": None,
            "hedged": False,
            "time": None,
            "actor": None,
            "predicate": None,
            "rule": ["review.added"],
        }
    )
    view["added"] = True
    return view


def _set_field(view: ClaimView, path: str, value: Any) -> None:
    head, _, tail = path.partition(".")
    if not tail:
        view[head] = value
        return
    if view.get(head) is None:
        if value is None:
            return
        view[head] = {"text": value if isinstance(value, str) else "", "span": None}
    view[head][tail] = value
    if head != "quantity" and tail == "text" and value in (None, ""):
        view[head] = None


def apply(view: ClaimView, decision: Decision) -> None:
    if decision.field == "status":
        view["status"] = decision.new
    elif decision.field != "claim":
        _set_field(view, decision.field, decision.new)
        if decision.field not in view["corrected"]:
            view["corrected"].append(decision.field)


def _views(article: Article) -> dict[str, ClaimView]:
    return {c.id: claim_view(c.model_dump()) for c in article.claims}


def review_state(
    extraction: Extraction, decisions: Iterable[Decision], docs: set[str] | None = None
) -> ReviewState:
    """Decisions applied in order to the claims they name, by claim id (only the articles in
    ``docs``, when given: the others' decisions are neither applied nor orphans)."""
    chosen = [a for a in extraction.articles if docs is None or a.doc.id in docs]
    by_doc = {a.doc.id: _views(a) for a in chosen}
    orphans = []
    for decision in decisions:
        views = by_doc.get(decision.doc)
        if views is None:
            if docs is None or decision.doc in docs:
                orphans.append(decision)
            continue
        if decision.field == "claim" and decision.claim not in views:
            added = added_claim(decision)
            if added is not None:
                views[decision.claim] = added
            continue
        view = views.get(decision.claim)
        stale = decision.claim_text is not None and view and view["text"] != decision.claim_text
        if view is None or stale:
            orphans.append(decision)
            continue
        apply(view, decision)
    articles = {}
    for article in chosen:
        views = sorted(by_doc[article.doc.id].values(), key=lambda v: tuple(v["span"]))
        articles[article.doc.id] = ReviewedArticle(article, views)
    return ReviewState(articles, orphans)


def _gold_quantity(view: ClaimView) -> dict[str, Any]:
    q = copy.deepcopy(view["quantity"])
    q.pop("span", None)
    return q


def _text_of(part: dict[str, Any] | None) -> str | None:
    return part["text"] if part else None


def gold_claim(doc: str, view: ClaimView) -> GoldClaim:
    source, time = view.get("source"), view.get("time")
    return GoldClaim(
        doc=doc,
        span=view["span"],
        text=view["text"],
        quantity=_gold_quantity(view),
        item=_text_of(view.get("item")),
        source=source
        and {
            "text": source["text"],
            "canonical": source.get("canonical"),
            "cue": source.get("cue"),
        },
        hedged=bool(view.get("hedged")),
        time=time
        and {"text": time.get("text") or time.get("value") or "", "value": time.get("value")},
        actor=_text_of(view.get("actor")),
    )


def gold_claims(state: ReviewState) -> list[GoldClaim]:
    """The reviewed claims as gold: accepted, corrected or added, never rejected or unseen."""
    gold = []
    for doc, reviewed in sorted(state.articles.items()):
        for view in reviewed.claims:
            kept = view["status"] == "accepted" or view["corrected"] or view["added"]
            if kept and view["status"] != "rejected":
                gold.append(gold_claim(doc, view))
    return gold


@dataclass
class Progress:
    claims: int
    reviewed: int


def review_progress(extraction: Extraction, decisions: Iterable[Decision]) -> dict[str, Progress]:
    """Claims and reviewed claims per article, without building every article's claims."""
    decided: dict[str, set[str]] = {}
    added: dict[str, set[str]] = {}
    for d in decisions:
        decided.setdefault(d.doc, set()).add(d.claim)
        if d.field == "claim":
            added.setdefault(d.doc, set()).add(d.claim)
    progress = {}
    for article in extraction.articles:
        doc = article.doc.id
        ids = {c.id for c in article.claims}
        new = added.get(doc, set()) - ids
        reviewed = len(decided.get(doc, set()) & ids) + len(new)
        progress[doc] = Progress(len(ids) + len(new), reviewed)
    return progress
