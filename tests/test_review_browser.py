"""The report and the review app in a real browser (Debian's Chromium through Playwright).

What is checked is what a person sees: rows, highlights, counts, links, saved decisions.
Timings of the 3,600-article report are printed, never asserted (``make bench`` prints them too).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from typer.testing import CliRunner

from claimx.cli import app
from claimx.io.writer import write_text
from claimx.review.decisions import REVIEWS_FILE, read_decisions
from claimx.review.ledger import build_ledger
from claimx.review.outputs import Extraction, load_extraction
from claimx.review.report import report_html
from claimx.review.server import ReviewSession, make_review_server, review_url, serve_in_thread

runner = CliRunner()
QUANTITY_COLOUR = "rgb(253, 230, 138)"
SOURCE_COLOUR = "rgb(187, 247, 208)"


def build_report(output: Path, target: Path) -> str:
    result = runner.invoke(app, ["report", str(output), "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target.as_uri()


def open_report(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready]")


def source_names(article) -> set[str]:
    return {c.source.canonical or c.source.text for c in article.claims if c.source}


def test_the_index_lists_filters_and_searches_articles(seed_output, page, tmp_path) -> None:
    extraction = load_extraction(seed_output)
    open_report(page, build_report(seed_output, tmp_path / "report.html"))
    rows = page.locator("#articles tbody tr")
    assert rows.count() == len(extraction.articles)
    counts = page.locator("#articles td.claim-count").all_inner_texts()
    assert counts == [str(len(a.claims)) for a in extraction.articles]
    page.select_option("#source-filter", "MSMT")
    expected = [a for a in extraction.articles if "MSMT" in source_names(a)]
    assert 0 < rows.count() == len(expected) < len(extraction.articles)
    page.select_option("#source-filter", "")
    page.check("#hedged-filter")
    hedged = [a for a in extraction.articles if any(c.hedged for c in a.claims)]
    assert rows.count() == len(hedged)
    page.uncheck("#hedged-filter")
    page.check("#time-filter")
    timed = [a for a in extraction.articles if any(c.time for c in a.claims)]
    assert rows.count() == len(timed)
    page.uncheck("#time-filter")
    page.fill("#item-filter", "mísseis")
    with_item = [
        a for a in extraction.articles if any(c.item and "mísseis" in c.item.text for c in a.claims)
    ]
    assert rows.count() == len(with_item)
    page.fill("#item-filter", "")
    page.fill("#search", "lavrov")
    lavrov = [a for a in extraction.articles if "lavrov" in extraction.texts[a.doc.id].lower()]
    page.wait_for_function(
        f"document.querySelectorAll('#articles tbody tr').length === {len(lavrov)}"
    )
    assert page.locator("#match-count").inner_text().startswith(f"{len(lavrov)} of ")
    assert page.problems == []


def test_an_article_shows_its_claims_highlighted_and_linked(seed_output, page, tmp_path) -> None:
    extraction = load_extraction(seed_output)
    n, article = next(
        (n, a) for n, a in enumerate(extraction.articles) if a.doc.id.startswith("000_")
    )
    open_report(page, build_report(seed_output, tmp_path / "report.html") + f"#/a/{n}")
    text_box = page.locator("#article-text")
    assert text_box.text_content() == extraction.texts[article.doc.id]
    assert page.locator("#article-text .claim[id^='claim-']").count() == len(article.claims)
    assert page.locator("#claims tbody tr").count() == len(article.claims)
    first = article.claims[0]
    assert (
        page.locator("#claim-0").text_content()
        == first.text[: len(page.locator("#claim-0").text_content())]
    )
    colour = "el => getComputedStyle(el).backgroundColor"
    assert page.locator("#article-text .q").first.evaluate(colour) == QUANTITY_COLOUR
    assert page.locator("#article-text .s").first.evaluate(colour) == SOURCE_COLOUR
    page.click("#row-2 a")  # table → text
    focused = page.locator("#article-text .claim.focus")
    assert focused.count() >= 1 and set(
        focused.evaluate_all("els => els.map(e => e.dataset.claim)")
    ) == {"2"}
    assert page.url.endswith(f"#/a/{n}/c/2")
    page.click("#claim-3")  # text → table
    assert page.locator("#row-3").get_attribute("class") == "claim-row current"
    shot = tmp_path / "article.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert page.problems == []


def test_the_ledger_page_charts_each_group(seed_output, page, tmp_path) -> None:
    groups = build_ledger(load_extraction(seed_output).articles)
    open_report(page, build_report(seed_output, tmp_path / "report.html") + "#/ledger")
    sections = page.locator("section.group")
    assert sections.count() == len(groups)
    soldiers = sections.filter(has_text="soldado / Coreia do Norte")
    [group] = [g for g in groups if g.label == "soldado / Coreia do Norte"]
    assert soldiers.locator("svg.chart g.figure").count() == len(group.figures)
    assert soldiers.locator("li.disagreement").count() == len(group.disagreements) > 0
    assert soldiers.locator("tr.figure-row").count() == len(group.figures)
    soldiers.locator("tr.figure-row a").first.click()
    page.wait_for_selector("#article-text .claim.focus")
    assert page.problems == []


HOSTILE_TITLE = '</script><img src=x onerror="window.__pwned=3;alert(3)">'
HOSTILE_ITEM = '"><img src=x onerror="window.__pwned=4;alert(4)"></textarea>'
HOSTILE_TEXT = (
    '<script>window.__pwned = 1; alert("script")</script> Segundo o IBGE, "><img src=x '
    'onerror="window.__pwned=2;alert(2)"> a cidade tem 300 mil habitantes. </textarea>'
    "</script><!-- \u202eRTL override\u202c, \u200fmarca RTL\u200f, NUL \u0000 aqui. "
    "Foram vendidos 12 mil carros " + "palavra " * 12_500 + "y" * 4_000 + " e 5 mil motos.\n"
)  # a 100 kB line (of words: spaCy's tokenizer takes a minute over one 100 kB token)


def test_hostile_text_is_shown_as_written_and_never_runs(extractor, page, tmp_path) -> None:
    source = tmp_path / "hostile.jsonl"
    record = {"id": "h1", "title": HOSTILE_TITLE, "text": HOSTILE_TEXT}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = list(extractor.extract_paths([source]))
    assert len(article.claims) >= 2
    k, claim = next((k, c) for k, c in enumerate(article.claims) if c.item)
    claim.item.text = HOSTILE_ITEM  # output files are untrusted input too
    out = tmp_path / "out"
    write_text(out / "h1.json", article.model_dump_json())
    open_report(page, build_report(out, tmp_path / "report.html"))
    assert page.locator("#articles tbody a").inner_text() == HOSTILE_TITLE
    page.click("#articles tbody a")
    page.wait_for_selector("#article-text")
    assert page.locator("#article-text").text_content() == HOSTILE_TEXT
    assert page.locator("#article-title").text_content() == HOSTILE_TITLE
    assert page.locator(f"#row-{k} td.i").text_content() == HOSTILE_ITEM
    page.wait_for_timeout(200)  # let any injected handler fire, if one had got in
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img, textarea, #app script").count() == 0
    assert page.locator("script").count() == 4  # data, texts and the page's two: none was closed
    assert page.problems == []


def test_a_3600_article_report_builds_and_opens(seed_output, page, tmp_path, capsys) -> None:
    seeds = load_extraction(seed_output)
    articles, texts = [], {}
    for n in range(3600):
        source = seeds.articles[n % len(seeds.articles)]
        doc = source.doc.model_copy(update={"id": f"{source.doc.id}-{n}"})
        articles.append(source.model_copy(update={"doc": doc}))
        texts[doc.id] = seeds.texts[source.doc.id]
    started = time.perf_counter()
    html = report_html(Extraction(articles, texts))
    built = time.perf_counter() - started
    target = tmp_path / "big.html"
    target.write_text(html, encoding="utf-8")
    started = time.perf_counter()
    open_report(page, target.as_uri())
    page.wait_for_selector("#articles tbody tr")
    opened = time.perf_counter() - started
    assert page.locator("#articles tbody tr").count() == 50
    assert page.locator("#match-count").inner_text().startswith("3600 of 3600")
    page.click("#next-page")
    assert page.locator("#articles tbody tr").first.inner_text().startswith(articles[50].doc.id)
    with capsys.disabled():
        print(
            f"\nreport of 3,600 articles ({len(html) / 1e6:.1f} MB): built in {built:.2f} s, "
            f"usable in Chromium after {opened:.2f} s"
        )


def select_text(page, needle: str) -> None:
    page.evaluate(
        """needle => {
            const box = document.getElementById('article-text');
            const start = box.textContent.indexOf(needle), end = start + needle.length;
            const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            let seen = 0, node;
            while ((node = walker.nextNode())) {
                const length = node.data.length;
                if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
                if (end >= seen && end <= seen + length) { range.setEnd(node, end - seen); break; }
                seen += length;
            }
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }""",
        needle,
    )


def start_review(folder: Path) -> tuple[object, str]:
    session = ReviewSession.open(load_extraction(folder), folder, "tester")
    server = make_review_server(session)
    serve_in_thread(server)
    return server, review_url(server, session)


def saved(page, count: int) -> None:
    page.wait_for_function(
        f"document.getElementById('status').textContent === '{count} decision(s) saved'"
    )
    page.evaluate("document.getElementById('status').textContent = ''")


def test_review_click_through_accept_reject_correct_add_export(review_folder, page) -> None:
    extraction = load_extraction(review_folder)
    article = extraction.articles[0]
    claims = article.claims
    server, url = start_review(review_folder)
    try:
        page.goto(url)
        page.wait_for_selector("body[data-ready]")
        assert page.locator(".card").count() == len(claims)
        page.keyboard.press("a")
        saved(page, 1)
        page.keyboard.press("r")
        saved(page, 1)
        page.keyboard.press("e")
        page.fill("form.edit-form input[name='item.text']", "veículos blindados")
        page.fill("form.edit-form input[name='quantity.value']", "201")
        page.keyboard.press("Enter")
        saved(page, 2)
        select_text(page, "vastas quantidades de munições")
        page.keyboard.press("c")
        saved(page, 1)

        def card(claim_id: str):
            return page.locator(f".card[data-claim='{claim_id}']")

        assert card(claims[0].id).locator(".status").inner_text() == "accepted"
        assert card(claims[1].id).locator(".status").inner_text() == "rejected"
        assert card(claims[2].id).locator("dd.corrected").count() == 2
        assert page.locator(".card.added .status").inner_text() == "added"
        assert "added" in page.locator(".card.current").get_attribute("class")
        assert page.locator("#progress").inner_text().startswith("4 of ")
    finally:
        server.shutdown()
        server.server_close()
    log = read_decisions(review_folder / REVIEWS_FILE)
    assert [(d.claim, d.field, d.new) for d in log.decisions[:4]] == [
        (claims[0].id, "status", "accepted"),
        (claims[1].id, "status", "rejected"),
        (claims[2].id, "quantity.value", 201),
        (claims[2].id, "item.text", "veículos blindados"),
    ]
    added = log.decisions[4]
    text = extraction.texts[article.doc.id]
    assert text[slice(*added.new["span"])] == "vastas quantidades de munições"
    assert all(
        (d.reviewer == "tester" and d.old is None) or d.field != "status" for d in log.decisions
    )
    server, url = start_review(review_folder)  # a restart shows the reviewed state
    try:
        page.goto(url)
        page.wait_for_selector("body[data-ready]")
        assert (
            page.locator(f".card[data-claim='{claims[0].id}'] .status").inner_text() == "accepted"
        )
        assert page.locator(".card.added").count() == 1
    finally:
        server.shutdown()
        server.server_close()
    gold = review_folder.parent / "gold.jsonl"
    result = runner.invoke(app, ["review", str(review_folder), "--export-gold", str(gold)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
    assert [(g["span"], g["item"]) for g in lines] == [
        (claims[0].span, claims[0].item.text),
        (added.new["span"], None),
        (claims[2].span, "veículos blindados"),
    ]
    assert lines[2]["quantity"]["value"] == 201
    result = runner.invoke(app, ["eval", str(gold), str(review_folder)])
    assert result.exit_code == 0, result.output
    assert page.problems == []


def test_two_tabs_see_each_others_decisions(review_folder, browser) -> None:
    server, url = start_review(review_folder)
    context = browser.new_context(bypass_csp=True)
    try:
        first, second = context.new_page(), context.new_page()
        for tab in (first, second):
            tab.goto(url)
            tab.wait_for_selector("body[data-ready]")
        first.keyboard.press("a")
        second.keyboard.press("j")
        second.keyboard.press("r")
        saved(first, 1)
        saved(second, 1)
        first.reload()
        first.wait_for_selector("body[data-ready]")
        assert first.locator(".card .status").all_inner_texts()[:2] == ["accepted", "rejected"]
    finally:
        context.close()
        server.shutdown()
        server.server_close()
    assert len(read_decisions(review_folder / REVIEWS_FILE).decisions) == 2
