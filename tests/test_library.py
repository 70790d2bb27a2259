"""The library route: claims that name their article, articles that carry their text when
asked (``include_text``), DataFrames, and the README's examples run as written."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import pytest
from scale_corpus import snapshot
from typer.testing import CliRunner

import claimx
from claimx.cli import app
from claimx.review.export import COLUMNS
from claimx.review.outputs import find_texts, load_articles
from claimx.schema import SCHEMA_MINOR, SCHEMA_VERSION, Article

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()
TEXT = "Segundo o MSMT, a Coreia do Norte teria enviado mais de 14 mil soldados à Rússia."


def readme_examples() -> list[tuple[str, str]]:
    """The README's ``pycon`` blocks, each with the line it starts on."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return [
        (f"README.md:{readme[: m.start()].count(chr(10)) + 2}", m.group(1))
        for m in re.finditer(r"```pycon\n(.*?)```", readme, re.S)
    ]


@pytest.mark.parametrize(("where", "block"), readme_examples())
def test_readme_examples_run_as_written(where: str, block: str) -> None:
    if "import pandas" in block:
        pytest.importorskip("pandas", reason="pandas is not installed (claimx[dask] brings it)")
    parser, runner_ = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    globs = {"claimx": claimx}
    for _, earlier in readme_examples():  # later blocks use the names earlier ones made
        if earlier == block:
            break
        if "import pandas" not in earlier:
            exec(compile("\n".join(_sources(parser, earlier)), where, "exec"), globs)
    test = parser.get_doctest(block, globs, where, "README.md", 0)
    result = runner_.run(test, out=lambda text: pytest.fail(f"{where}:\n{text}"))
    assert result.attempted > 0 and result.failed == 0


def _sources(parser: doctest.DocTestParser, block: str) -> list[str]:
    return [example.source for example in parser.get_examples(block)]


def test_readme_documents_every_doc_extension() -> None:
    from claimx.drafts import EXTENSIONS

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in EXTENSIONS:
        assert f"`doc._.{name}`" in readme


def test_every_claim_names_its_article(extractor: claimx.Extractor) -> None:
    article = extractor.extract(TEXT, doc_id="a:1")
    assert article.claims and article.text is None
    for claim in article.claims:
        assert claim.doc == "a:1" == article.doc.id and claim.id.startswith("a:1:")
    data = json.loads(article.model_dump_json())
    assert "text" not in data and data["schema_minor"] == SCHEMA_MINOR
    assert [c["doc"] for c in data["claims"]] == ["a:1"] * len(article.claims)


def test_include_text_carries_the_text_the_offsets_index() -> None:
    text = "\r\nForam 300 mortos em 2024.\r\n"  # CRLF stays two characters
    article = claimx.Extractor(include_text=True).extract(text, doc_id="a1")
    assert article.text == text
    claim = article.claims[0]
    assert article.text[claim.span[0] : claim.span[1]] == claim.text == "300 mortos"
    data = json.loads(article.model_dump_json())
    assert list(data)[-1] == "text" and data["text"] == text
    assert Article.model_validate_json(article.model_dump_json()) == article


def test_output_of_schema_1_0_is_read_and_its_claims_take_the_article_id(seed_output) -> None:
    outputs = [json.loads(p.read_bytes()) for p in sorted(seed_output.glob("*.json"))]
    old = next(output for output in outputs if output["claims"])
    del old["schema_minor"]
    for claim in old["claims"]:
        del claim["doc"]
    article = Article.model_validate(old)
    assert article.schema_version == SCHEMA_VERSION
    assert all(c.doc == article.doc.id for c in article.claims)


def test_review_tools_use_the_text_the_output_carries(tmp_path: Path) -> None:
    article = claimx.Extractor(include_text=True).extract(TEXT, doc_id="a1", path="gone.txt")
    assert find_texts([article]) == {"a1": TEXT}
    tampered = article.model_copy(update={"text": TEXT + " "})  # the digest no longer matches
    assert find_texts([tampered]) == {}


def test_cli_include_text_in_folders_and_json_lines(tmp_path: Path) -> None:
    corpus = REPO / "corpus"
    plain, with_text = tmp_path / "plain", tmp_path / "text"
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(plain), "-q"]).exit_code == 0
    args = ["extract", str(corpus), "-o", str(with_text), "-q", "--include-text"]
    assert runner.invoke(app, args).exit_code == 0
    for path in sorted(corpus.glob("*.txt")):
        out = json.loads((with_text / f"{path.stem}.json").read_bytes())
        assert out["text"] == path.read_bytes().decode("utf-8-sig")  # newlines untranslated
        without = json.loads((plain / f"{path.stem}.json").read_bytes())
        assert "text" not in without and without == {k: v for k, v in out.items() if k != "text"}
    lines = tmp_path / "out.jsonl"
    args = ["extract", str(corpus), "--jsonl", str(lines), "-q", "--include-text"]
    assert runner.invoke(app, args).exit_code == 0
    assert all(json.loads(line)["text"] for line in lines.read_text(encoding="utf-8").splitlines())


def test_resume_redoes_outputs_of_another_schema_or_text_option(tmp_path: Path) -> None:
    corpus, out = REPO / "corpus", tmp_path / "out"
    runner.invoke(app, ["extract", str(corpus), "-o", str(out), "-q"])
    reference = snapshot(out)
    first = sorted(out.glob("0*.json"))[0]
    old = json.loads(first.read_bytes())
    del old["schema_minor"]  # as schema 1.0 wrote it
    first.write_text(json.dumps(old, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--resume"])
    assert "4 unchanged (kept); 1 extracted: 1 schema changed" in result.output
    assert snapshot(out) == reference
    args = ["extract", str(corpus), "-o", str(out), "--resume", "--include-text"]
    result = runner.invoke(app, args)
    assert "0 unchanged (kept); 5 extracted: 5 include-text changed" in result.output
    result = runner.invoke(app, args)
    assert "5 unchanged (kept); 0 extracted" in result.output


def test_index_names_the_schema_minor(tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner.invoke(app, ["extract", str(REPO / "corpus"), "-o", str(out), "-q"])
    index = json.loads((out / "index.json").read_bytes())
    assert (index["schema_version"], index["schema_minor"]) == (SCHEMA_VERSION, SCHEMA_MINOR)


def test_records_make_a_flat_dataframe(seed_output) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (claimx[dask] brings it)")
    articles = load_articles(seed_output)
    frame = pd.DataFrame(claimx.to_records(articles))
    assert tuple(frame.columns) == COLUMNS and frame.columns.is_unique
    assert len(frame) == sum(len(a.claims) for a in articles)
    assert not any("." in column for column in frame.columns)  # nothing nested beside itself
    cells = frame.map(lambda v: isinstance(v, dict | list)).to_numpy()
    assert not cells.any()
    ids = [c.id for a in articles for c in a.claims]
    assert frame["claim_id"].tolist() == ids
    assert frame["doc_id"].tolist() == [c.doc for a in articles for c in a.claims]
    msmt = frame[(frame.source_canonical == "MSMT") & (frame["item"] == "soldados")]
    assert not msmt.empty and (msmt["value"] == 14000).all() and msmt["hedged"].any()
