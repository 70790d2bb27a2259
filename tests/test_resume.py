"""``--resume``: whatever state a run stopped in, resuming gives an uninterrupted run's bytes."""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

import pytest
from scale_corpus import REPO, claimx_process, snapshot, write_corpus
from typer.testing import CliRunner

from claimx import __version__
from claimx.cli import app
from claimx.io.output import IndexWriter
from claimx.schema import Index, IndexEntry

runner = CliRunner()
ARTICLES = 300


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("scale") / "in", ARTICLES)


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """One uninterrupted run into a folder."""
    out = tmp_path_factory.mktemp("reference") / "out"
    assert run("extract", str(corpus), "-o", str(out), "-q").exit_code == 1  # the bad line
    return snapshot(out)


@pytest.fixture(scope="module")
def reference_lines(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("reference") / "out.jsonl"
    run("extract", str(corpus), "--jsonl", str(out), "-q")
    return out.read_bytes()


@pytest.mark.parametrize("count", [0, 1, 3])
def test_the_streamed_index_has_the_bytes_of_the_pydantic_model(tmp_path: Path, count: int) -> None:
    entries = [IndexEntry(id=f"a{n}", output=f"a{n}.json", claims=n) for n in range(count)]
    entries[-1:] = [IndexEntry(id="x:2", path="x", error="malformed")] if count else []
    with (tmp_path / "i.json").open("w", encoding="utf-8") as handle:
        writer = IndexWriter(handle)
        for entry in entries:
            writer.add(entry)
        writer.close()
    expected = Index(claimx_version=__version__, articles=entries).model_dump_json(indent=2) + "\n"
    assert (tmp_path / "i.json").read_text(encoding="utf-8") == expected


def test_resume_redoes_exactly_what_is_missing_or_damaged(corpus, reference, tmp_path) -> None:
    out = tmp_path / "out"
    run("extract", str(corpus), "-o", str(out), "-q")
    (out / "index.json").unlink()
    (out / "s0010.json").unlink()
    (out / "s0011.json").write_text('{"claimx_version": "0.1.0", "doc": {', encoding="utf-8")
    (out / ".s0012.json.abc123.tmp").write_text("{half", encoding="utf-8")
    result = run("extract", str(corpus), "-o", str(out), "--resume")
    assert "resume: 298 unchanged (kept); 2 extracted: 1 damaged, 1 new" in result.output
    assert snapshot(out) == reference


def test_resume_redoes_what_changed_and_says_why(corpus, reference, tmp_path) -> None:
    out, changed = tmp_path / "out", tmp_path / "in"
    shutil.copytree(corpus, changed)
    run("extract", str(changed), "-o", str(out), "-q")
    lines = (changed / "news.jsonl").read_text(encoding="utf-8").splitlines()
    lines[0] = lines[0].replace('"T0"', '"Another title"')
    lines[1] = lines[1].replace("Segundo", "Conforme", 1)
    (changed / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("extract", str(changed), "-o", str(out), "--resume")
    assert "298 unchanged (kept); 2 extracted: 1 metadata changed, 1 text changed" in result.output
    rules = tmp_path / "rules"
    rules.mkdir()
    hedges = (REPO / "rules" / "pt" / "hedges.yaml").read_text(encoding="utf-8")
    (rules / "hedges.yaml").write_text(hedges + "# the same rules: only the digest changes\n")
    result = run("extract", str(changed), "-o", str(out), "--resume", "--rules", str(rules))
    assert "0 unchanged (kept); 300 extracted: 300 rules changed" in result.output


def test_jsonl_resume_redoes_a_torn_last_line(corpus, reference_lines, tmp_path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(reference_lines[: len(reference_lines) // 2])  # mid-line
    result = run("extract", str(corpus), "--jsonl", str(out), "--resume")
    assert "1 damaged" in result.output
    assert out.read_bytes() == reference_lines
    result = run("extract", str(corpus), "--jsonl", str(out), "--resume")
    assert "300 unchanged (kept); 0 extracted" in result.output
    assert out.read_bytes() == reference_lines


def test_resume_to_standard_output_is_a_usage_error(corpus) -> None:
    assert run("extract", str(corpus), "--jsonl", "-", "--resume").exit_code == 2


def _stop_when(process, ready, sig: int) -> None:
    """Send ``sig`` to the run's process group once ``ready()``; the run must not have ended."""
    while not ready():
        assert process.poll() is None, process.stderr.read().decode()
        time.sleep(0.005)
    os.killpg(process.pid, sig)
    process.wait(timeout=60)


def _json_files(folder: Path) -> int:
    return sum(1 for _ in folder.glob("*.json")) if folder.exists() else 0


@pytest.mark.parametrize(
    ("sig", "written", "workers"),
    [
        (signal.SIGKILL, 1, "1"),  # at the first file
        (signal.SIGKILL, ARTICLES // 3, "2"),
        (signal.SIGINT, ARTICLES // 3, "1"),
    ],
)
def test_a_killed_run_resumed_gives_the_uninterrupted_bytes(
    corpus, reference, tmp_path, sig, written, workers
) -> None:
    out = tmp_path / "out"
    process = claimx_process("extract", str(corpus), "-o", str(out), "--workers", workers)
    _stop_when(process, lambda: _json_files(out) >= written, sig)
    if sig == signal.SIGINT:
        assert process.returncode == 130
        assert b"run again with --resume" in process.stderr.read()
        # Issue 16: an interrupted run's index lists what it wrote; stopped before the end
        index = Index.model_validate_json((out / "index.json").read_bytes())
        assert 0 < len(index.articles) < ARTICLES
    else:
        assert not (out / "index.json").exists()  # stopped before the end
    result = run("extract", str(corpus), "-o", str(out), "--resume")
    assert result.exit_code == 1, result.output  # only the malformed line fails
    assert snapshot(out) == reference  # nothing lost, nothing twice, no temporary file


def test_a_killed_jsonl_run_resumed_gives_the_uninterrupted_bytes(
    corpus, reference_lines, tmp_path
) -> None:
    out = tmp_path / "out.jsonl"
    process = claimx_process("extract", str(corpus), "--jsonl", str(out), "--resume")
    _stop_when(process, lambda: out.exists() and out.stat().st_size > 100_000, signal.SIGKILL)
    run("extract", str(corpus), "--jsonl", str(out), "--resume")
    assert out.read_bytes() == reference_lines
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
