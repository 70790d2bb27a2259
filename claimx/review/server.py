"""``claimx review``: a local web app to accept, reject and correct claims.

Bottle (one module, no dependencies) routes the requests; the standard library's WSGI server,
one thread per request, serves them on 127.0.0.1 only. Every request carries the token printed
in the URL (``?token=`` for the page, the ``X-Claimx-Token`` header for the API).
"""

from __future__ import annotations

import hmac
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import bottle
from pydantic import ValidationError

from claimx.review.decisions import (
    REVIEWS_FILE,
    Decision,
    append_decisions,
    now,
    read_decisions,
)
from claimx.review.outputs import Extraction
from claimx.review.pages import fill
from claimx.review.reviewed import ReviewedArticle, review_progress, review_state

HOST = "127.0.0.1"
MAX_BODY = 1_000_000


@dataclass
class ReviewSession:
    """What the app serves: one extraction folder, its decisions file, who reviews."""

    extraction: Extraction
    reviews: Path
    reviewer: str
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    @classmethod
    def open(cls, extraction: Extraction, folder: Path, reviewer: str) -> ReviewSession:
        return cls(extraction, folder / REVIEWS_FILE, reviewer)

    def reviewed(self, doc: str) -> ReviewedArticle | None:
        decisions = [d for d in read_decisions(self.reviews).decisions if d.doc == doc]
        return review_state(self.extraction, decisions, docs={doc}).articles.get(doc)

    def summaries(self) -> list[dict[str, Any]]:
        progress = review_progress(self.extraction, read_decisions(self.reviews).decisions)
        return [
            {
                "id": a.doc.id,
                "title": a.doc.title,
                "published": a.doc.published,
                "claims": progress[a.doc.id].claims,
                "reviewed": progress[a.doc.id].reviewed,
            }
            for a in self.extraction.articles
        ]


def article_detail(session: ReviewSession, reviewed: ReviewedArticle) -> dict[str, Any]:
    doc = reviewed.article.doc
    return {
        "id": doc.id,
        "title": doc.title,
        "published": doc.published,
        "text": session.extraction.texts.get(doc.id),
        "claims": reviewed.claims,
    }


def _with_quantity(decision: Decision) -> Decision:
    """A claim added by selection gets the quantity its text reads as, when it reads as one."""
    if decision.field != "claim" or not isinstance(decision.new, dict):
        return decision
    if decision.new.get("quantity") is None and isinstance(decision.new.get("text"), str):
        from claimx.numbers.parsing import parse_quantity

        quantity = parse_quantity(decision.new["text"])
        if quantity is not None:
            new = {**decision.new, "quantity": quantity.model_dump(exclude={"span"})}
            return decision.model_copy(update={"new": new})
    return decision


def parse_decisions(session: ReviewSession, body: Any) -> list[Decision]:
    """The decisions of a POST body, stamped with reviewer, time and version."""
    if not isinstance(body, dict) or not isinstance(body.get("decisions"), list):
        raise ValueError('expected {"decisions": [...]}')
    stamp = {"reviewer": str(body.get("reviewer") or session.reviewer), "timestamp": now()}
    decisions = []
    for raw in body["decisions"]:
        if not isinstance(raw, dict):
            raise ValueError("each decision must be an object")
        decision = Decision.model_validate({**raw, **stamp})
        if session.extraction.article(decision.doc) is None:
            raise ValueError(f"no article {decision.doc!r}")
        decisions.append(_with_quantity(decision))
    return decisions


def build_app(session: ReviewSession) -> bottle.Bottle:
    app = bottle.Bottle()
    app.config["autojson"] = True
    bottle.BaseRequest.MEMFILE_MAX = MAX_BODY

    def authorised() -> bool:
        given = bottle.request.get_header("X-Claimx-Token") or bottle.request.query.get("token")
        return bool(given) and hmac.compare_digest(str(given), session.token)

    @app.hook("before_request")
    def _check_token() -> None:
        if not authorised():
            bottle.abort(403, "missing or wrong token: use the URL claimx review printed")

    @app.get("/")
    def page() -> str:
        bottle.response.content_type = "text/html; charset=utf-8"
        data = {"token": session.token, "reviewer": session.reviewer}
        return fill("review.html", "review.js", data, connect="'self'")

    @app.get("/api/articles")
    def articles() -> dict[str, Any]:
        return {"articles": session.summaries()}

    @app.get("/api/articles/<doc:path>")
    def article(doc: str) -> dict[str, Any]:
        reviewed = session.reviewed(doc)
        if reviewed is None:
            bottle.abort(404, f"no article {doc!r}")
        return article_detail(session, reviewed)

    @app.post("/api/decisions")
    def decide() -> dict[str, Any]:
        try:
            decisions = parse_decisions(session, bottle.request.json)
        except (ValueError, ValidationError) as exc:
            bottle.abort(400, " ".join(str(exc).split())[:300])
        append_decisions(session.reviews, decisions)
        return {"saved": len(decisions)}

    @app.error(400)
    @app.error(403)
    @app.error(404)
    def _error(error: bottle.HTTPError) -> str:
        bottle.response.content_type = "text/plain; charset=utf-8"
        return str(error.body)

    return app


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Library code never prints; the CLI reports what matters."""


def make_review_server(session: ReviewSession, port: int = 0) -> WSGIServer:
    """A server on 127.0.0.1 (``port`` 0: any free port); call ``serve_forever`` on it."""
    return make_server(
        HOST, port, build_app(session), server_class=_ThreadingServer, handler_class=_QuietHandler
    )


def review_url(server: WSGIServer, session: ReviewSession) -> str:
    return f"http://{HOST}:{server.server_port}/?token={session.token}"


def serve_in_thread(server: WSGIServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
