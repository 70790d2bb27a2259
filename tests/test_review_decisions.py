"""Review decisions: appended whole, never lost, applied by claim id, exported as gold."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from claimx.cli import app
from claimx.evaluation.gold import load_gold
from claimx.review.decisions import REVIEWS_FILE, Decision, append_decisions, read_decisions
from claimx.review.outputs import load_extraction
from claimx.review.reviewed import gold_claims, review_state

runner = CliRunner()


def decision(n: int, doc: str = "d", field: str = "status", new: object = "accepted") -> Decision:
    return Decision(claim=f"{doc}:{n}-{n + 1}", doc=doc, field=field, new=new, reviewer=f"r{n}")


def test_decisions_round_trip_in_order(tmp_path: Path) -> None:
    path = tmp_path / REVIEWS_FILE
    append_decisions(path, [decision(1), decision(2, new="rejected")])
    append_decisions(path, [decision(3, field="quantity.value", new=14000)])
    log = read_decisions(path)
    assert [(d.claim, d.new) for d in log.decisions] == [
        ("d:1-2", "accepted"),
        ("d:2-3", "rejected"),
        ("d:3-4", 14000),
    ]
    assert log.skipped_lines == []
    assert read_decisions(tmp_path / "absent.jsonl").decisions == []


def test_a_torn_last_line_is_skipped_and_the_next_write_starts_a_new_line(tmp_path) -> None:
    path = tmp_path / REVIEWS_FILE
    append_decisions(path, [decision(1)])
    whole = decision(2).model_dump_json()
    with path.open("a", encoding="utf-8") as handle:
        handle.write(whole[: len(whole) // 2])  # a crash in the middle of a write
    log = read_decisions(path)
    assert [d.claim for d in log.decisions] == ["d:1-2"] and log.skipped_lines == [2]
    append_decisions(path, [decision(3)])
    log = read_decisions(path)
    assert [d.claim for d in log.decisions] == ["d:1-2", "d:3-4"] and log.skipped_lines == [2]


def _append_many(path: str, writer: int, count: int) -> None:
    for n in range(count):
        append_decisions(Path(path), [decision(writer * 1000 + n, new="x" * (n * 37 % 5000))])


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / REVIEWS_FILE
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_append_many, args=(str(path), w, 60)) for w in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    log = read_decisions(path)
    assert log.skipped_lines == []
    assert sorted(d.claim for d in log.decisions) == sorted(
        decision(w * 1000 + n).claim for w in range(4) for n in range(60)
    )


KILLED_WRITER = """
import sys
from pathlib import Path
from claimx.review.decisions import Decision, append_decisions
n = 0
while True:
    big = Decision(claim=f"d:{n}-{n + 1}", doc="d", field="item.text", new="x" * 20000)
    append_decisions(Path(sys.argv[1]), [big])
    n += 1
    print(n, flush=True)
"""


def test_a_writer_killed_mid_run_leaves_only_whole_decisions(tmp_path: Path) -> None:
    path = tmp_path / REVIEWS_FILE
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    while int(writer.stdout.readline() or 0) < 20:
        pass
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    log = read_decisions(path)
    assert len(log.decisions) >= 20 and len(log.skipped_lines) <= 1
    assert [d.claim for d in log.decisions] == [f"d:{n}-{n + 1}" for n in range(len(log.decisions))]


def claims_of(extraction, doc_prefix: str):
    article = next(a for a in extraction.articles if a.doc.id.startswith(doc_prefix))
    return article.doc.id, article.claims


def test_the_reviewed_state_applies_decisions_by_claim_id(review_folder: Path) -> None:
    extraction = load_extraction(review_folder)
    doc, claims = claims_of(extraction, "000_")
    first, second, third = claims[:3]
    decisions = [
        Decision(claim=first.id, doc=doc, field="status", new="accepted", claim_text=first.text),
        Decision(claim=second.id, doc=doc, field="status", new="rejected"),
        Decision(claim=third.id, doc=doc, field="item.text", old=None, new="blindados"),
        Decision(claim=f"{doc}:1-2", doc=doc, field="status", new="accepted"),
    ]
    state = review_state(extraction, decisions)
    views = {v["id"]: v for v in state.articles[doc].claims}
    assert views[first.id]["status"] == "accepted" and views[second.id]["status"] == "rejected"
    assert views[third.id]["item"]["text"] == "blindados"
    assert views[third.id]["corrected"] == ["item.text"]
    assert [o.claim for o in state.orphans] == [f"{doc}:1-2"]
    gold = gold_claims(state)
    assert [(g.span, g.item) for g in gold] == [
        (first.span, first.item and first.item.text),
        (third.span, "blindados"),
    ]


def test_re_extraction_keeps_reviews_whose_span_remains_and_lists_orphans(
    review_folder: Path, extractor
) -> None:
    extraction = load_extraction(review_folder)
    doc, claims = claims_of(extraction, "000_")
    kept, lost = claims[0], claims[-1]
    append_decisions(
        review_folder / REVIEWS_FILE,
        [
            Decision(claim=c.id, doc=doc, field="status", new="accepted", claim_text=c.text)
            for c in (kept, lost)
        ],
    )
    source = Path(extraction.article(doc).doc.path)
    corpus = review_folder.parent / "edited"
    shutil.copytree(source.parent, corpus)
    text = source.read_text(encoding="utf-8")
    cut = text.rfind("\n", 0, lost.sentence.span[0])  # the text ends before the last claim
    (corpus / source.name).write_text(text[:cut] + "\n", encoding="utf-8")
    for article in extractor.extract_paths([corpus / source.name]):
        name = next(p for p in review_folder.glob("*.json") if p.stem == article.doc.id)
        name.write_text(article.model_dump_json(), encoding="utf-8")
    state = review_state(
        load_extraction(review_folder), read_decisions(review_folder / REVIEWS_FILE).decisions
    )
    views = {v["id"]: v for v in state.articles[doc].claims}
    assert views[kept.id]["status"] == "accepted" and lost.id not in views
    assert [o.claim for o in state.orphans] == [lost.id]
    result = runner.invoke(
        app, ["review", str(review_folder), "--export-gold", str(corpus / "g.jsonl")]
    )
    assert result.exit_code == 0 and f"orphan: {lost.id}" in result.output


def test_exported_gold_is_what_claimx_eval_scores(review_folder: Path) -> None:
    extraction = load_extraction(review_folder)
    doc, claims = claims_of(extraction, "000_")
    accepted, rejected, corrected = claims[0], claims[1], claims[2]
    append_decisions(
        review_folder / REVIEWS_FILE,
        [
            Decision(claim=accepted.id, doc=doc, field="status", new="accepted"),
            Decision(claim=rejected.id, doc=doc, field="status", new="rejected"),
            Decision(
                claim=corrected.id,
                doc=doc,
                field="quantity.value",
                old=corrected.quantity.value,
                new=(corrected.quantity.value or 0) + 1,
            ),
        ],
    )
    gold = review_folder.parent / "gold.jsonl"
    result = runner.invoke(app, ["review", str(review_folder), "--export-gold", str(gold)])
    assert result.exit_code == 0, result.output
    lines = load_gold(gold)
    assert [line.claim.span for line in lines] == [accepted.span, corrected.span]
    result = runner.invoke(app, ["eval", str(gold), str(review_folder), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["docs"] == [doc]
    assert report["claims"]["tp"] == 2 and report["claims"]["fn"] == 0
    assert report["claims"]["fp"] == len(claims) - 2  # the rejected and the unreviewed
    assert report["fields"]["value"]["correct"] == 1 and report["fields"]["value"]["total"] == 2


def test_review_cli_usage_errors(tmp_path: Path) -> None:
    result = runner.invoke(app, ["review", str(tmp_path / "absent")])
    assert result.exit_code == 2 and "absent: not an output folder" in result.output
