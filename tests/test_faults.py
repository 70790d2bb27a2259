"""Issue 16, 'keep it true': ``claimx extract`` killed (SIGKILL, SIGTERM, SIGINT) at several
points of a real run, in both output modes. Afterwards every output file present is whole
JSON, a folder's index agrees with its files, and what a kill left behind (a hidden temporary
file) is removed by the next run's clean-up.

The corpus: the seed articles, generated articles, and Fake.br articles where ``../shared``
is present (the test does not need them).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimx.io.output_files import remove_stale_temporaries
from claimx.schema import Article, Index

REPO = Path(__file__).resolve().parents[1]
SHARED_FAKEBR = REPO.parent / "shared" / "corpora" / "fakebr" / "true.jsonl"
COMMAND = [sys.executable, "-c", "from claimx.cli import main; main()"]
GENERATED = 1500
SENTENCES = [
    "Segundo o IBGE, mais de {n} mil pessoas perderam o emprego em 2020.",
    "O governo gastou R$ {n},5 milhões em obras, disse o ministro.",
    "Cerca de {n}% dos eleitores aprovam o governo, segundo o Datafolha.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faults")
    for path in sorted((REPO / "corpus").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    with (folder / "generated.jsonl").open("w", encoding="utf-8") as out:
        for i in range(GENERATED):
            text = " ".join(s.format(n=(i * 7 + k) % 97 + 2) for k, s in enumerate(SENTENCES))
            out.write(json.dumps({"id": f"gen-{i:04d}", "text": text * 4}) + "\n")
    if SHARED_FAKEBR.is_file():
        with SHARED_FAKEBR.open(encoding="utf-8") as source:
            lines = [line for _, line in zip(range(300), source, strict=False)]
        (folder / "zz_fakebr.jsonl").write_text("".join(lines), encoding="utf-8")
    return folder


def start(corpus: Path, target: Path, mode: str) -> subprocess.Popen[str]:
    where = ["-o", str(target)] if mode == "folder" else ["--jsonl", str(target)]
    return subprocess.Popen(
        [*COMMAND, "extract", str(corpus), *where, "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def written(target: Path, mode: str) -> int:
    """How far the run has come: article files, or bytes of the temporary JSON lines file."""
    folder = target if mode == "folder" else target.parent
    if not folder.is_dir():
        return 0
    if mode == "folder":
        return sum(1 for p in folder.glob("*.json"))
    return sum(p.stat().st_size for p in folder.glob(f".{target.name}.*.tmp"))


def kill_at(process: subprocess.Popen[str], target: Path, mode: str, point: int, sig) -> str:
    """Send ``sig`` once the run has written ``point`` (0: as soon as it started); its stderr."""
    deadline = time.monotonic() + 120
    while point and written(target, mode) < point and process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.02)
    process.send_signal(sig)
    return process.communicate(timeout=120)[1]


def check_folder(folder: Path) -> None:
    if not folder.exists():
        return
    remove_stale_temporaries(folder)  # what the next run does first
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    files = {p.name: p for p in folder.glob("*.json") if p.name != "index.json"}
    articles = {n: Article.model_validate_json(p.read_bytes()) for n, p in files.items()}
    index_path = folder / "index.json"
    if index_path.exists():
        index = Index.model_validate_json(index_path.read_bytes())
        listed = {e.output: e for e in index.articles if e.output}
        assert set(listed) == set(articles)  # a fresh folder: the index lists every file
        for name, entry in listed.items():
            assert articles[name].doc.id == entry.id
            assert len(articles[name].claims) == entry.claims


def check_jsonl(target: Path) -> None:
    remove_stale_temporaries(target.parent)
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]
    if target.exists():  # the run finished before the signal: whole
        for line in target.read_text(encoding="utf-8").splitlines():
            Article.model_validate_json(line)


BRIEF = [
    ("folder", signal.SIGKILL, 40),
    ("folder", signal.SIGTERM, 20),
    ("jsonl", signal.SIGKILL, 30),
    ("jsonl", signal.SIGINT, 50),
]
"""Each case is a run of its own (some seconds of start-up): ``make test`` kills these,
``make fuzz`` (CLAIMX_FAULTS=all) every signal at every point in both modes."""
ALL = [
    (mode, sig, point)
    for mode in ("folder", "jsonl")
    for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT)
    for point in (0, 1, 40, 400)
]
CASES = ALL if os.environ.get("CLAIMX_FAULTS") == "all" else BRIEF


@pytest.mark.parametrize(("mode", "sig", "point"), CASES, ids=str)
def test_a_killed_run_leaves_only_whole_files(corpus, tmp_path, mode, sig, point) -> None:
    target = tmp_path / ("claims" if mode == "folder" else "out.jsonl")
    point = point if mode == "folder" else point * 2_000  # bytes of JSON lines
    process = start(corpus, target, mode)
    stderr = kill_at(process, target, mode, point, sig)
    if sig != signal.SIGKILL:  # a signal a run can answer: it cleans up itself
        assert process.returncode in (130, -sig), stderr
        assert "Traceback" not in stderr
        folder = target if mode == "folder" else target.parent
        assert not [p for p in folder.glob("*.tmp")] + [p for p in folder.glob(".*.tmp")]
        if mode == "folder" and point and process.returncode == 130:
            assert (target / "index.json").exists()  # listing what was written
    if mode == "folder":
        check_folder(target)
    else:
        check_jsonl(target)


def test_a_folder_run_ends_without_the_temporary_file_of_a_dead_writer(tmp_path: Path) -> None:
    # a Dask worker killed mid-write leaves '.<name>.<pid>.<random>.tmp'; its partition is
    # extracted again elsewhere, so the run that ends removes the leftover (not a live one's)
    from claimx.io.output import write_folder

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    left = tmp_path / f".a1.json.{int(dead.stdout)}.84fd2e2ea029.tmp"
    live = tmp_path / f".a2.json.{os.getpid()}.0a1b2c3d4e5f.tmp"
    left.write_text("{", encoding="utf-8")
    live.write_text("{", encoding="utf-8")
    write_folder([], tmp_path)
    assert not left.exists()
    assert live.exists()
    assert (tmp_path / "index.json").exists()
