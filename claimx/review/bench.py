"""``make bench``: the report and the ledger on a whole corpus (Fake.br: 3,600 articles).

Extracts the corpus into a temporary folder, then times loading the output, the ledger, the
report's build, and (where Chromium and Playwright are installed) how long the report takes to
become usable and to open an article. A benchmark: it prints and asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from claimx.review.ledger import build_ledger
from claimx.review.outputs import load_extraction

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def seconds(started: float) -> str:
    return f"{time.perf_counter() - started:.2f} s"


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_command(command: list[str]) -> str:
    """Run a command; its wall-clock time and CPU time (on a shared machine, the steadier one)."""
    started, cpu = time.perf_counter(), child_cpu()
    subprocess.run(command, check=True)
    return f"{seconds(started)} ({child_cpu() - cpu:.2f} s CPU)"


def browser_times(report: Path) -> str:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "not measured: playwright is not installed"
    if not Path(CHROMIUM).exists():
        return f"not measured: {CHROMIUM} is absent"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        started = time.perf_counter()
        page.goto(report.as_uri(), wait_until="commit")
        page.wait_for_selector("#articles tbody tr")
        usable = seconds(started)
        started = time.perf_counter()
        page.click("#articles tbody a")
        page.wait_for_selector("#article-text")
        article = seconds(started)
        browser.close()
    return f"usable after {usable}; an article opens in {article}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimx-bench-") as tmp:
        out, report = Path(tmp) / "out", Path(tmp) / "report.html"
        claimx = [sys.executable, "-c", "from claimx.cli import main; main()"]
        took = timed_command([*claimx, "extract", str(args.corpus), "-o", str(out), "-q"])
        print(f"review      extract {args.corpus.name}: {took}")
        started = time.perf_counter()
        extraction = load_extraction(out)
        print(f"review      load {len(extraction.articles)} articles and texts: {seconds(started)}")
        started = time.perf_counter()
        groups = build_ledger(extraction.articles)
        print(f"review      ledger: {len(groups)} groups in {seconds(started)}")
        took = timed_command([*claimx, "report", str(out), "-o", str(report), "-q"])
        size = report.stat().st_size / 1e6
        print(f"review      claimx report: {took}, {size:.1f} MB (target < 15 s)")
        print(f"review      in Chromium: {browser_times(report)} (target < 3 s)")


if __name__ == "__main__":
    main()
