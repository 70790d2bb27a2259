"""Claims as flat records: one row per claim, for spreadsheets, pandas and ``claimx export``."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from claimx.io.output_files import temporary_path
from claimx.io.writer import atomic_writer
from claimx.schema import Article

COLUMNS = (
    "doc_id", "title", "published", "claim_id", "start", "end", "text", "quantity", "value",
    "relation", "low", "high", "unit", "item", "source_text", "source_canonical", "source_cue",
    "source_type", "hedged", "time_text", "time_value", "time_relation", "actor", "rule",
)  # fmt: skip
FORMATS = ("csv", "jsonl", "parquet")
# Parquet column types, so that a column with no value in any row still has one.
_NUMBERS = {"value", "low", "high"}
_INTEGERS = {"start", "end"}


class ExportError(RuntimeError):
    """An export that cannot be written as asked (Parquet without pyarrow)."""


def _records_of(article: Article) -> Iterator[dict[str, Any]]:
    doc = article.doc
    for claim in article.claims:
        q, source, time = claim.quantity, claim.source, claim.time
        yield {
            "doc_id": doc.id,
            "title": doc.title,
            "published": doc.published,
            "claim_id": claim.id,
            "start": claim.span[0],
            "end": claim.span[1],
            "text": claim.text,
            "quantity": q.text,
            "value": q.value,
            "relation": q.relation,
            "low": q.low,
            "high": q.high,
            "unit": q.unit,
            "item": claim.item.text if claim.item else None,
            "source_text": source.text if source else None,
            "source_canonical": source.canonical if source else None,
            "source_cue": source.cue if source else None,
            "source_type": source.type if source else None,
            "hedged": claim.hedged,
            "time_text": time.text if time else None,
            "time_value": time.value if time else None,
            "time_relation": time.relation if time else None,
            "actor": claim.actor.text if claim.actor else None,
            "rule": " ".join(claim.rule),
        }


def to_records(articles: Iterable[Article]) -> list[dict[str, Any]]:
    """One flat dict per claim (``pandas.DataFrame(to_records(articles))`` gives one column per
    field, none nested, none duplicated)."""
    return [record for article in articles for record in _records_of(article)]


def write_records(records: list[dict[str, Any]], target: Path, fmt: str) -> None:
    """CSV (UTF-8 without BOM, empty cells for missing values), JSON lines or Parquet (with
    pyarrow: ``pip install 'claimx[parquet]'``), atomically."""
    if fmt == "parquet":
        _write_parquet(records, target)
        return
    with atomic_writer(target) as handle:
        if fmt == "jsonl":
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(records)


def _write_parquet(records: list[dict[str, Any]], target: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("Parquet needs pyarrow: pip install 'claimx[parquet]'") from None

    def kind(column: str) -> Any:
        if column in _NUMBERS:
            return pa.float64()
        if column in _INTEGERS:
            return pa.int64()
        return pa.bool_() if column == "hedged" else pa.string()

    schema = pa.schema([(column, kind(column)) for column in COLUMNS])
    table = pa.Table.from_pylist(records, schema=schema)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_path(target)
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
