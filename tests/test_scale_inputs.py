"""Inputs at scale: globs and fsspec URLs, the default worker count, bounded work in flight."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.engines.parallel import ordered_map
from claimx.engines.run import RunSpec, cores, worker_count
from claimx.io.locations import input_size, read_locations
from claimx.io.reader import InputError, InputRecord

runner = CliRunner()


def _jsonl(path: Path, ids: list[str]) -> None:
    lines = [json.dumps({"id": i, "text": f"Foram {n + 2} mil votos."}) for n, i in enumerate(ids)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_glob_reads_its_matches_in_sorted_order_and_names_an_empty_one(tmp_path) -> None:
    _jsonl(tmp_path / "b.jsonl", ["b1"])
    _jsonl(tmp_path / "a.jsonl", ["a1", "a2"])
    items = list(read_locations([str(tmp_path / "*.jsonl"), str(tmp_path / "*.none")]))
    assert [i.id for i in items if isinstance(i, InputRecord)] == ["a1", "a2", "b1"]
    [error] = [i for i in items if isinstance(i, InputError)]
    assert "no file matches" in str(error) and error.path.endswith("*.none")


def test_an_fsspec_url_reads_like_a_local_file_and_keeps_its_url(tmp_path) -> None:
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    fs.pipe("/claimx-test/news/one.jsonl", b'{"text": "Foram 3 mil votos."}\n')
    fs.pipe("/claimx-test/news/two.txt", "Segundo o IBGE, 14 mil.".encode("cp1252"))
    try:
        items = list(read_locations(["memory://claimx-test/news/"]))
        assert [(i.id, i.path) for i in items] == [
            ("one:1", "memory:///claimx-test/news/one.jsonl"),
            ("two", "memory:///claimx-test/news/two.txt"),
        ]
        out = tmp_path / "out.jsonl"
        result = runner.invoke(app, ["extract", "memory://claimx-test/news/*.jsonl", "--jsonl",
                                     str(out)])  # fmt: skip
        assert result.exit_code == 0, result.output
        assert json.loads(out.read_text(encoding="utf-8"))["claims"][0]["quantity"]["value"] == 3000
    finally:
        fs.rm("/claimx-test", recursive=True)


def test_a_missing_url_is_an_input_error_not_a_traceback() -> None:
    pytest.importorskip("fsspec")
    [error] = list(read_locations(["memory://claimx-test-absent/x.jsonl"]))
    assert isinstance(error, InputError) and error.path.startswith("memory://")


def test_workers_default_to_one_per_core_only_for_large_inputs(tmp_path) -> None:
    _jsonl(tmp_path / "small.jsonl", ["s"])
    assert worker_count(RunSpec([str(tmp_path)], tmp_path / "out")) == 1
    assert worker_count(RunSpec([str(tmp_path)], tmp_path / "out", workers=3)) == 3
    assert worker_count(RunSpec([str(tmp_path)], tmp_path / "out", engine="dask")) == cores()
    assert input_size([str(tmp_path)], enough=10) == 10 or input_size([str(tmp_path)]) < 10**6


def test_ordered_map_keeps_the_order_and_reads_only_a_window_ahead() -> None:
    pulled: list[int] = []

    def tasks():
        for n in range(100):
            pulled.append(n)
            yield n

    with ThreadPoolExecutor(2) as pool:
        results = ordered_map(pool, lambda n: n * n, tasks(), window=4)
        assert next(results) == 0
        assert len(pulled) == 4  # not the whole input, as Pool.imap would read
        assert list(results) == [n * n for n in range(1, 100)]


def test_an_unknown_engine_is_a_usage_error(tmp_path) -> None:
    _jsonl(tmp_path / "a.jsonl", ["a"])
    result = runner.invoke(app, ["extract", str(tmp_path), "--engine", "spark"])
    assert result.exit_code == 2 and "--engine" in result.output
