"""Issue 16, defects 3, 4, 9 and 10: bad options and output targets are usage errors named in
one line; no run with workers waits forever; one article's output error is its own."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.schema import Article, Index

REPO = Path(__file__).resolve().parents[1]
COMMAND = [sys.executable, "-c", "from claimx.cli import main; main()"]
"""``claimx`` in a process of its own, from this environment whatever the PATH."""
runner = CliRunner()

BAD_REGEX_RULES = """kind: hedges
rules:
  - id: hedge.user_bad
    description: a user rule with a broken regex
    scope: clause
    pattern: '{pattern}'
    examples:
      - text: "Foram 3 mil."
        claims: []
"""


def run(*args: str):
    return runner.invoke(app, list(args))


def claimx(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The installed command in a process of its own (workers, signals)."""
    return subprocess.run(
        [*COMMAND, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted((REPO / "corpus").glob("*.txt"))[:2]:
        shutil.copy(path, folder / path.name)
    return folder


def rules_dir(tmp_path: Path, pattern: str) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "user.yaml").write_text(BAD_REGEX_RULES.format(pattern=pattern), encoding="utf-8")
    return folder


def one_line_error(result, status: int, *words: str) -> None:
    assert result.exit_code == status, result.output
    message = result.output.strip()
    assert "Traceback" not in message and len(message.splitlines()) == 1
    for word in words:
        assert word in message


def test_published_that_is_no_date_is_a_usage_error(corpus, tmp_path) -> None:
    result = run("extract", str(corpus), "-o", str(tmp_path / "o"), "--published", "banana")
    one_line_error(result, 2, "'banana'", "not a date")
    assert not (tmp_path / "o" / "index.json").exists()


def test_the_library_refuses_a_published_that_is_no_date() -> None:
    import claimx as library

    with pytest.raises(ValueError, match="banana"):
        library.Extractor(published="banana")


@pytest.mark.parametrize(
    ("pattern", "problem"), [("(teria", "invalid regex"), (r"(\w+\s?)+$", "catastrophic")]
)
def test_a_bad_rule_regex_names_file_and_rule(corpus, tmp_path, pattern, problem) -> None:
    rules = rules_dir(tmp_path, pattern)
    result = run("extract", str(corpus), "-o", str(tmp_path / "o"), "--rules", str(rules))
    one_line_error(result, 2, str(rules / "user.yaml"), "hedge.user_bad", problem)
    validated = run("rules", "validate", str(rules))
    one_line_error(validated, 2, "hedge.user_bad", problem)


def test_output_folder_that_is_a_file_and_jsonl_that_is_a_folder(corpus, tmp_path) -> None:
    a_file = tmp_path / "afile"
    a_file.write_text("keep me", encoding="utf-8")
    one_line_error(run("extract", str(corpus), "-o", str(a_file)), 2, str(a_file), "not a folder")
    assert a_file.read_text(encoding="utf-8") == "keep me"
    one_line_error(run("extract", str(corpus), "--jsonl", str(tmp_path)), 2, str(tmp_path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")
def test_read_only_output_folder(corpus, tmp_path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run("extract", str(corpus), "-o", str(locked))
    finally:
        locked.chmod(0o700)
    one_line_error(result, 2, str(locked), "cannot write")


def test_a_long_document_id_gets_a_bounded_unique_name(tmp_path) -> None:
    ids = ["x" * 300, "x" * 299 + "y", "é" * 200, "short"]
    lines = [json.dumps({"id": i, "text": "Foram 300 mortos."}) for i in ids]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "o"
    result = run("extract", str(tmp_path / "in.jsonl"), "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    index = Index.model_validate_json((out / "index.json").read_text(encoding="utf-8"))
    assert [e.id for e in index.articles] == ids
    names = [e.output for e in index.articles]
    assert len(set(names)) == 4 and names[-1] == "short.json"
    for entry in index.articles:
        assert entry.output is not None and len(entry.output.encode()) < 160
        article = Article.model_validate_json((out / entry.output).read_text(encoding="utf-8"))
        assert article.doc.id == entry.id


def test_a_write_error_on_one_article_is_that_articles_error(tmp_path, monkeypatch) -> None:
    """A full disk for one article (injected): the others and index.json are still written."""
    from claimx.engines import (
        jobs,  # every engine writes an article's file through jobs.write_article
    )

    lines = [json.dumps({"id": i, "text": "Foram 300 mortos."}) for i in ("a", "b", "c")]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    real_write = jobs.write_text

    def write_text(path: Path, text: str) -> None:
        if path.name == "b.json":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real_write(path, text)

    monkeypatch.setattr(jobs, "write_text", write_text)
    out = tmp_path / "o"
    result = run("extract", str(tmp_path / "in.jsonl"), "-o", str(out))
    assert result.exit_code == 1
    assert "b.json" in result.output and "No space left" in result.output
    index = Index.model_validate_json((out / "index.json").read_text(encoding="utf-8"))
    assert [(e.id, e.error is None) for e in index.articles] == [
        ("a", True),
        (str(tmp_path / "in.jsonl"), False),
        ("c", True),
    ]
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "c.json", "index.json"]


def test_a_full_disk_under_jsonl_keeps_the_previous_file_whole(tmp_path, monkeypatch) -> None:
    from claimx.io import output  # JSON lines are written by output.write_lines

    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "Foram 3 mil."}\n', "utf-8")
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n", encoding="utf-8")

    def full(results, handle, tally=None):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output, "write_lines", full)
    result = run("extract", str(tmp_path / "in.jsonl"), "--jsonl", str(target))
    one_line_error(result, 1, str(target), "No space left")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_stale_temporary_file_of_a_dead_run_is_removed(corpus, tmp_path) -> None:
    target = tmp_path / "out.jsonl"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    stale = tmp_path / f".out.jsonl.{dead.stdout.strip()}.abc123.tmp"
    stale.write_text('{"half', encoding="utf-8")
    alive = tmp_path / f".out.jsonl.{os.getpid()}.def456.tmp"  # a live writer's: kept
    alive.write_text("", encoding="utf-8")
    assert run("extract", str(corpus), "--jsonl", str(target), "-q").exit_code == 0
    assert not stale.exists() and alive.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--published", "banana"],
        ["--model", "pt_not_installed"],
        ["--rules", "RULES"],
    ],
)
def test_workers_never_hang_on_a_start_up_error(corpus, tmp_path, args) -> None:
    args = [str(rules_dir(tmp_path, "(teria")) if a == "RULES" else a for a in args]
    done = claimx("extract", str(corpus), "-o", str(tmp_path / "o"), "--workers", "2", *args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_workers_end_the_run_when_a_worker_cannot_start(corpus, tmp_path) -> None:
    """A time block that breaks its pattern only once expanded: only a worker finds it."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "usertime.yaml").write_text(
        "kind: time\nblocks:\n  broken: '(ano'\nrules:\n  - id: time.user_broken\n"
        "    description: x\n    resolve: date\n    pattern: '{broken}'\n    examples:\n"
        "      - text: 'Foram 3 mil.'\n        claims: []\n",
        encoding="utf-8",
    )
    done = claimx(
        "extract", str(corpus), "-o", str(tmp_path / "o"), "--workers", "2", "--rules", str(rules)
    )
    assert done.returncode == 2
    assert "could not start" in done.stderr and "time.user_broken" in done.stderr
    assert "Traceback" not in done.stderr


def _workers_of(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = []
    for child in children.read_text().split():
        cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        if b"spawn_main" in cmdline:
            found.append(int(child))
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_a_worker_killed_mid_run_ends_the_run(tmp_path) -> None:
    lines = [json.dumps({"id": f"a{i}", "text": "Foram 300 mortos. " * 50}) for i in range(4000)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [*COMMAND, "extract", str(tmp_path / "in.jsonl"),
               "--jsonl", str(tmp_path / "out.jsonl"), "--workers", "2"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        workers: list[int] = []
        for _ in range(600):
            workers = _workers_of(process.pid)
            if len(workers) == 2 or process.poll() is not None:
                break
            time.sleep(0.1)
        assert len(workers) == 2, "the workers never started"
        time.sleep(1.0)
        os.kill(workers[0], 9)
        _, stderr = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 1
    assert "worker process died" in stderr and "Traceback" not in stderr
    assert not (tmp_path / "out.jsonl").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
