"""``claimx export`` and ``claimx.to_records``: one flat row per claim."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

import claimx
from claimx.cli import app
from claimx.review.export import COLUMNS
from claimx.review.outputs import load_articles

runner = CliRunner()


def test_records_are_flat_with_one_column_per_field(seed_output) -> None:
    articles = load_articles(seed_output)
    records = claimx.to_records(articles)
    assert len(records) == sum(len(a.claims) for a in articles)
    assert all(tuple(r) == COLUMNS for r in records)
    assert all(not isinstance(v, dict | list) for r in records for v in r.values())
    msmt = [r for r in records if r["source_canonical"] == "MSMT" and r["item"] == "soldados"]
    assert msmt and all(r["value"] == 14000 and r["relation"] == ">" for r in msmt)


def test_export_csv_and_jsonl(seed_output, tmp_path) -> None:
    articles = load_articles(seed_output)
    target = tmp_path / "claims.csv"
    result = runner.invoke(app, ["export", str(seed_output), "-o", str(target)])
    assert result.exit_code == 0, result.output
    raw = target.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines()))
    assert [r["claim_id"] for r in rows] == [c.id for a in articles for c in a.claims]
    target = tmp_path / "claims.jsonl"
    result = runner.invoke(
        app, ["export", str(seed_output), "--format", "jsonl", "-o", str(target)]
    )
    lines = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines()]
    assert lines == claimx.to_records(articles)
    result = runner.invoke(app, ["export", str(seed_output), "--format", "xls", "-o", str(target)])
    assert result.exit_code == 2 and "--format must be one of csv, jsonl" in result.output
