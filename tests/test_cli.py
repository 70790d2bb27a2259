from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.extractor import Extractor
from claimx.schema import Article, Index

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted((REPO / "corpus").glob("*.txt"))[:3]:
        shutil.copy(path, folder / path.name)
    (folder / "extra.jsonl").write_text(
        '{"id": "n1", "text": "Ao menos 100 mísseis foram disparados.", "date": "13/12/2017"}\n'
        "{not json}\n",
        encoding="utf-8",
    )
    return folder


def run(*args: str):
    return runner.invoke(app, list(args))


def test_extract_folder_writes_articles_and_index_and_reports_the_bad_line(
    corpus, tmp_path
) -> None:
    out = tmp_path / "claims"
    result = run("extract", str(corpus), "-o", str(out))
    assert result.exit_code == 1
    assert f"{corpus / 'extra.jsonl'}:2: malformed JSON" in result.output
    index = Index.model_validate_json((out / "index.json").read_text(encoding="utf-8"))
    ok = [e for e in index.articles if e.error is None]
    assert [e.id for e in ok][-1] == "n1"
    assert any(e.error and e.id.endswith("extra.jsonl:2") for e in index.articles)
    article = Article.model_validate_json((out / "n1.json").read_text(encoding="utf-8"))
    assert article.doc.published == "2017-12-13"
    assert article.claims[0].quantity.relation == ">="
    assert not list(out.glob("*.tmp"))


def test_extract_is_byte_identical_across_runs(corpus, tmp_path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    run("extract", str(corpus), "-o", str(first))
    run("extract", str(corpus), "-o", str(second))
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_jsonl_to_stdout(corpus) -> None:
    result = run("extract", str(corpus / "extra.jsonl"), "--jsonl", "-", "-q")
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert json.loads(lines[0])["doc"]["id"] == "n1"


def test_missing_path_is_a_usage_error(tmp_path) -> None:
    result = run("extract", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "no such file or directory" in result.output


def test_missing_model_is_a_clear_error(corpus, tmp_path) -> None:
    result = run("extract", str(corpus), "-o", str(tmp_path / "o"), "--model", "pt_not_installed")
    assert result.exit_code == 2
    assert "never downloads" in result.output


def test_show_schema_and_rules(corpus, tmp_path) -> None:
    out = tmp_path / "claims"
    run("extract", str(corpus), "-o", str(out))
    shown = run("show", str(out / "000_c5cf9ba5d14aea33.json"))
    assert shown.exit_code == 0 and "Mais de 14 mil" in shown.output
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert run("show", str(bad)).exit_code == 2
    schema = json.loads(run("schema").stdout)
    assert "claims" in schema["properties"]
    explained = run("rules", "explain", "mais de 14 mil soldados")
    assert "qualifier.more_than" in explained.output and "value=14000" in explained.output


def test_workers_give_the_same_output_as_one_process(corpus, tmp_path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    run("extract", str(corpus), "-o", str(one), "-q")
    run("extract", str(corpus), "-o", str(two), "-q", "--workers", "2")
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir())
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes()


def test_the_cli_freezes_its_loaded_pipeline_and_the_library_does_not(corpus, tmp_path) -> None:
    gc.unfreeze()
    before = gc.get_threshold()  # the CLI tests above ran in this process
    gc.set_threshold(700, 10, 10)  # Python's default
    threshold = gc.get_threshold()
    try:
        Extractor()
        # a library leaves its host's collector alone
        assert gc.get_freeze_count() == 0 and gc.get_threshold() == threshold
        result = run("extract", str(corpus / "extra.jsonl"), "--jsonl", str(tmp_path / "o.jsonl"))
        assert result.exit_code == 1  # the bad line
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] > threshold[0]
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
