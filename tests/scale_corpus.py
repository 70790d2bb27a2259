"""A corpus for the scale tests: the seed articles many times over, as JSON lines, with the
cases a run must carry through (a malformed line, two articles with one id, a .txt file)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "corpus").glob("*.txt"))]


def write_corpus(folder: Path, articles: int) -> Path:
    """``folder/news.jsonl`` (``articles`` lines, one of them malformed) and ``folder/a.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = seed_texts()
    lines = [
        json.dumps({"id": f"s{n:04d}", "text": texts[n % len(texts)], "title": f"T{n}"})
        for n in range(articles)
    ]
    lines[3] = "{not json"
    lines[5] = json.dumps({"id": "s0004", "text": texts[0]})  # the id of line 5 again
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copy(REPO / "corpus" / "000_c5cf9ba5d14aea33.txt", folder / "a.txt")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden temporary files included) and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def claimx_process(*args: str) -> subprocess.Popen[bytes]:
    """``claimx`` in a process group of its own (a signal reaches its workers too)."""
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "claimx"), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
