"""The review app over HTTP: the token, two tabs saving at once, decisions kept across restarts."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from claimx.review.decisions import REVIEWS_FILE, read_decisions
from claimx.review.outputs import load_extraction
from claimx.review.server import ReviewSession, make_review_server, serve_in_thread


@contextmanager
def running(folder: Path) -> Iterator[tuple[str, ReviewSession]]:
    session = ReviewSession.open(load_extraction(folder), folder, "tester")
    server = make_review_server(session)
    serve_in_thread(server)
    try:
        yield f"http://127.0.0.1:{server.server_port}", session
    finally:
        server.shutdown()
        server.server_close()


def call(base: str, path: str, token: str, body: object = None) -> tuple[int, object]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        base + path,
        data=data,
        headers={"X-Claimx-Token": token, "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_every_request_needs_the_token(review_folder: Path) -> None:
    with running(review_folder) as (base, session):
        assert call(base, "/api/articles", "wrong")[0] == 403
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(base + "/", timeout=30)
        status, data = call(base, "/api/articles", session.token)
        assert status == 200 and len(data["articles"]) == len(session.extraction.articles)
        assert session.token in review_url_of(base, session)


def review_url_of(base: str, session: ReviewSession) -> str:
    with urllib.request.urlopen(f"{base}/?token={session.token}", timeout=30) as response:
        page = response.read().decode()
    assert "claimx review" in page and "Content-Security-Policy" in page
    return f"{base}/?token={session.token}"


def test_bad_decisions_are_refused_and_nothing_is_written(review_folder: Path) -> None:
    with running(review_folder) as (base, session):
        for body in (
            {"decisions": [{"claim": "x", "doc": "nope", "field": "status", "new": "accepted"}]},
            {"decisions": [{"claim": "x", "doc": "000", "field": "colour", "new": "red"}]},
            {"nothing": 1},
        ):
            status, message = call(base, "/api/decisions", session.token, body)
            assert status == 400 and message
    assert not (review_folder / REVIEWS_FILE).exists()


def test_two_tabs_saving_at_once_lose_nothing_and_a_restart_keeps_them(review_folder) -> None:
    with running(review_folder) as (base, session):
        article = next(a for a in session.extraction.articles if len(a.claims) >= 2)
        doc, claims = article.doc.id, article.claims

        def tab(claim_index: int, verdict: str) -> None:
            claim = claims[claim_index]
            for n in range(25):
                body = {
                    "reviewer": f"tab{claim_index}",
                    "decisions": [
                        {"claim": claim.id, "doc": doc, "field": "item.text", "new": f"{n}"},
                        {"claim": claim.id, "doc": doc, "field": "status", "new": verdict},
                    ],
                }
                assert call(base, "/api/decisions", session.token, body)[0] == 200

        tabs = [
            threading.Thread(target=tab, args=(0, "accepted")),
            threading.Thread(target=tab, args=(1, "rejected")),
        ]
        for t in tabs:
            t.start()
        for t in tabs:
            t.join()
    log = read_decisions(review_folder / REVIEWS_FILE)
    assert len(log.decisions) == 100 and log.skipped_lines == []
    assert {d.reviewer for d in log.decisions} == {"tab0", "tab1"}
    assert all(d.timestamp and d.claimx_version for d in log.decisions)
    with running(review_folder) as (base, session):  # a restart
        _, data = call(base, f"/api/articles/{doc}", session.token)
        views = {c["id"]: c for c in data["claims"]}
        assert views[claims[0].id]["status"] == "accepted"
        assert views[claims[1].id]["status"] == "rejected"
        assert views[claims[0].id]["item"]["text"] == "24"


def test_a_claim_added_by_selection_reads_its_quantity(review_folder: Path) -> None:
    with running(review_folder) as (base, session):
        article = next(a for a in session.extraction.articles if a.doc.id.startswith("000_"))
        text = session.extraction.texts[article.doc.id]
        start = text.index("Mais de 200 veículos")
        span = [start, start + len("Mais de 200")]
        claim = f"{article.doc.id}:{span[0]}-{span[1]}"
        body = {
            "decisions": [
                {
                    "claim": claim,
                    "doc": article.doc.id,
                    "field": "claim",
                    "new": {"span": span, "text": "Mais de 200"},
                }
            ]
        }
        assert call(base, "/api/decisions", session.token, body)[0] == 200
        _, data = call(base, f"/api/articles/{article.doc.id}", session.token)
        [added] = [c for c in data["claims"] if c["added"]]
        assert added["quantity"]["value"] == 200 and added["quantity"]["relation"] == ">"
