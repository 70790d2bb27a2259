from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import claimx
from claimx.io.corpora import CORPORA_ENV, corpus_roots
from claimx.review.bench import CHROMIUM as BENCH_CHROMIUM
from claimx.review.bench import CHROMIUM_ARGS

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a clean skip when this environment does not have it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


def corpus_path(*parts: str) -> Path:
    """A file of a corpus, under ../shared/corpora or a directory of ``$CLAIMX_CORPORA`` (where
    ``make corpora`` rebuilds what ../shared cannot hold), or a clean skip where it is in none."""
    roots = corpus_roots(SHARED / "corpora")
    for path in (root.joinpath(*parts) for root in roots):
        if path.exists():
            return path
    pytest.skip(f"{Path(*parts)} is in no corpus root ({CORPORA_ENV}: make corpora)")


@pytest.fixture(scope="session")
def extractor() -> claimx.Extractor:
    return claimx.Extractor()


@pytest.fixture(scope="session")
def seed_output(tmp_path_factory: pytest.TempPathFactory, extractor: claimx.Extractor) -> Path:
    """``claimx extract corpus/ -o OUT``, run once: a copy of the seed corpus and its output."""
    from claimx.io.writer import output_name, write_text

    root = tmp_path_factory.mktemp("seeds")
    corpus = root / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    out, taken = root / "out", set()
    for article in extractor.extract_paths([corpus]):
        write_text(out / output_name(article.doc.id, taken), article.model_dump_json(indent=2))
    return out


@pytest.fixture
def review_folder(seed_output: Path, tmp_path: Path) -> Path:
    """A fresh copy of the seed output, for tests that write ``reviews.jsonl`` into it."""
    return Path(shutil.copytree(seed_output, tmp_path / "out"))


CHROMIUM = Path(BENCH_CHROMIUM)  # Debian's Chromium, started as the review bench starts it


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (``make test`` / ``.ci/run`` install it)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests skipped: the playwright package is not installed")
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests skipped: {CHROMIUM} is absent (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh page that records script errors and dialogs (a dialog means injected code ran).

    The pages' Content-Security-Policy is bypassed: the tests check the escaping itself, not the
    policy that backs it up (and Playwright's waits evaluate strings, which the policy forbids).
    """
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    tab = context.new_page()
    tab.problems = []
    tab.on("pageerror", lambda error: tab.problems.append(f"page error: {error}"))

    def on_dialog(dialog) -> None:
        tab.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    yield tab
    context.close()
