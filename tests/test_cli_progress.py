"""Issue 14 §4: ``claimx extract`` shows progress (articles, articles/s, claims, errors) on a
terminal's standard error, and nothing when standard error is not a terminal or with ``-q``.

The terminal is a real pseudo-terminal (``pty``): the CLI runs in a process of its own and
decides for itself whether its standard error is one."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from claimx.cli.extract_cmd import PARTITION_SIZE
from claimx.cli.progress import count_articles

REPO = Path(__file__).resolve().parents[1]
COMMAND = [sys.executable, "-c", "from claimx.cli import main; main()"]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
ARTICLES = [
    "Segundo o Grupo Multilateral de Monitoramento de Sanções (MSMT), a Coreia do Norte teria "
    "enviado mais de 14 mil soldados à Rússia desde agosto de 2023.",
    "A Prefeitura informou que 325 famílias foram atendidas e que R$ 16 milhões foram gastos.",
    "O time venceu por 3 a 1 no domingo.",
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two seed articles (.txt) and a JSON-lines file of three articles and one bad line."""
    folder = tmp_path_factory.mktemp("inputs")
    for path in sorted((REPO / "corpus").glob("*.txt"))[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    lines = [json.dumps({"id": f"a{n}", "text": t}, ensure_ascii=False) for n, t in
             enumerate(ARTICLES)]
    (folder / "news.jsonl").write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")
    (folder / "notes.md").write_text("not an input", encoding="utf-8")
    return folder


def environment() -> dict[str, str]:
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="160")
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        env.pop(name, None)
    return env


def on_terminal(*args: str, cwd: Path, stdout_too: bool = False) -> tuple[int, str]:
    """``claimx ARGS`` with standard error (and with ``stdout_too`` standard output) on a
    pseudo-terminal; its exit status and what the terminal received (escapes removed, each
    redraw on a line of its own)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    with open(cwd / "stdout.txt", "wb") as stdout:
        process = subprocess.Popen(
            [*COMMAND, *args], stdin=subprocess.DEVNULL, stdout=slave if stdout_too else stdout,
            stderr=slave, cwd=cwd, env=environment(),
        )  # fmt: skip
    os.close(slave)
    received = bytearray()
    while True:  # read as it comes: a full terminal buffer would stop the process
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: every process holding the terminal is gone
            break
        if not data:
            break
        received += data
    os.close(master)
    status = process.wait(timeout=120)
    text = ANSI.sub("", received.decode("utf-8", "replace")).replace("\r\n", "\n")
    return status, text.replace("\r", "\n")


def claims_in_folder(out: Path) -> int:
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return sum(entry["claims"] for entry in index["articles"])


def last_progress(screen: str) -> str:
    lines = [line for line in screen.splitlines() if "articles/s" in line]
    assert lines, f"no progress drawn:\n{screen}"
    return lines[-1]


def test_a_terminal_sees_articles_rate_claims_and_errors(inputs, tmp_path) -> None:
    status, screen = on_terminal("extract", str(inputs), "-o", "out", cwd=tmp_path)
    assert status == 1  # the bad line
    final = last_progress(screen)
    claims = claims_in_folder(tmp_path / "out")
    assert claims > 5
    # 2 .txt + 3 articles + 1 bad line; notes.md is a note, not an article
    assert "6/6 articles" in final and f"· {claims} claims · 1 errors" in final
    assert re.search(r"\d+\.\d articles/s", final)
    assert "━" in final  # the bar
    assert "5 article(s) extracted" in screen  # the summary still follows


@pytest.mark.parametrize(
    "extra", [["--workers", "2", "-o", "out"], ["--jsonl", "out.jsonl"]], ids=["workers", "jsonl"]
)
def test_every_mode_shows_progress(inputs, tmp_path, extra) -> None:
    status, screen = on_terminal("extract", str(inputs / "news.jsonl"), *extra, cwd=tmp_path)
    assert status == 1
    final = last_progress(screen)
    if "--jsonl" in extra:
        lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
        claims = sum(len(json.loads(line)["claims"]) for line in lines)
    else:
        claims = claims_in_folder(tmp_path / "out")
    assert claims >= 3
    assert "4/4 articles" in final and f"· {claims} claims · 1 errors" in final


def test_quiet_draws_nothing_on_a_terminal(inputs, tmp_path) -> None:
    status, screen = on_terminal("extract", str(inputs), "-o", "out", "-q", cwd=tmp_path)
    assert status == 1
    assert "articles/s" not in screen and "━" not in screen
    assert "extracted" not in screen and "news.jsonl:4" in screen  # only the error


def test_no_progress_when_standard_error_is_not_a_terminal(inputs, tmp_path) -> None:
    result = subprocess.run(
        [*COMMAND, "extract", str(inputs), "-o", str(tmp_path / "out")],
        capture_output=True, text=True, env=environment(), timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "articles/s" not in result.stderr and "\x1b" not in result.stderr
    assert "━" not in result.stderr
    assert result.stderr.splitlines()[-2:] == [
        "claimx: 5 article(s) extracted → " + str(tmp_path / "out"),
        "claimx: 1 input(s) failed; the others were written",
    ]


def test_json_lines_to_a_terminal_get_no_bar_over_them(inputs, tmp_path) -> None:
    """``--jsonl -`` with standard output on the same terminal: the bar would overwrite them."""
    status, screen = on_terminal(
        "extract", str(inputs / "news.jsonl"), "--jsonl", "-", cwd=tmp_path, stdout_too=True
    )
    assert status == 1
    assert "articles/s" not in screen and '"claims"' in screen


def test_the_total_counts_articles_and_bad_lines(inputs) -> None:
    assert count_articles([str(inputs)]) == 6
    assert count_articles([str(inputs / "*.txt")]) == 2
    assert count_articles(["s3://bucket/news/"]) is None


def test_the_partition_default_is_the_clusters() -> None:
    from claimx.engines.cluster import PARTITION_SIZE as CLUSTER_PARTITION_SIZE

    assert PARTITION_SIZE == CLUSTER_PARTITION_SIZE


def test_articles_kept_by_resume_count_with_their_claims(inputs, tmp_path) -> None:
    on_terminal("extract", str(inputs), "-o", "out", cwd=tmp_path)
    status, screen = on_terminal("extract", str(inputs), "-o", "out", "--resume", cwd=tmp_path)
    assert status == 1  # the bad line, again
    claims = claims_in_folder(tmp_path / "out")
    final = last_progress(screen)
    assert "6/6 articles · 0.0 articles/s" in final  # nothing extracted again
    assert f"· {claims} claims · 1 errors" in final
