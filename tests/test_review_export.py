"""``claimx export`` and ``claimx.to_records``: one flat row per claim."""

from __future__ import annotations

import csv
import json

import pytest
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
    assert result.exit_code == 2 and "--format must be one of csv, jsonl, parquet" in result.output


def test_export_parquet_holds_the_same_rows_with_typed_columns(seed_output, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet export needs pyarrow")
    articles = load_articles(seed_output)
    target = tmp_path / "claims.parquet"
    result = runner.invoke(
        app, ["export", str(seed_output), "--format", "parquet", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    table = pq.read_table(target)
    assert tuple(table.column_names) == COLUMNS
    assert str(table.schema.field("value").type) == "double"
    assert str(table.schema.field("hedged").type) == "bool"
    assert table.to_pylist() == claimx.to_records(articles)
    assert not list(tmp_path.glob("*.tmp*"))


def test_export_parquet_without_pyarrow_is_a_clear_error(
    seed_output, tmp_path, monkeypatch
) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    target = tmp_path / "claims.parquet"
    result = runner.invoke(
        app, ["export", str(seed_output), "--format", "parquet", "-o", str(target)]
    )
    assert result.exit_code == 2
    assert "Parquet needs pyarrow" in result.output and "Traceback" not in result.output
    assert not target.exists()
