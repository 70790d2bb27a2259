"""Issue 14 §5: ``claimx show`` reads every form of output (article files, a folder, its
index.json, a --jsonl file, several at once), picks articles with ``--doc``, shows each claim's
id, sentence and source text, tells a missing file from a wrong one, and loads no spaCy."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.io.report import in_sentence
from claimx.schema import Claim, TextSpan

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()
SEED = "001_27982f4bef5f8a80"  # Pyongyang 'já teria enviado mais de 14 mil soldados' (MSMT)


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus and one bad JSON line, extracted to a folder and to JSON lines."""
    root = tmp_path_factory.mktemp("show")
    corpus = Path(shutil.copytree(REPO / "corpus", root / "corpus"))
    (corpus / "extra.jsonl").write_text(
        '{"id": "n1", "text": "Ao menos 100 mísseis foram disparados, disse a polícia."}\n'
        "{not json}\n",
        encoding="utf-8",
    )
    assert run("extract", str(corpus), "-o", str(root / "out"), "-q").exit_code == 1
    assert run("extract", str(corpus), "--jsonl", str(root / "out.jsonl"), "-q").exit_code == 1
    return root


def heads(output: str) -> list[str]:
    return [line.split()[0] for line in output.splitlines() if "  claims=" in line]


def test_a_folder_its_index_and_json_lines_show_every_article_in_order(outputs) -> None:
    index = json.loads((outputs / "out" / "index.json").read_text(encoding="utf-8"))
    ids = [entry["id"] for entry in index["articles"] if entry["error"] is None]
    assert len(ids) == 6
    for target in (outputs / "out", outputs / "out" / "index.json", outputs / "out.jsonl"):
        result = run("show", str(target))
        assert result.exit_code == 0, result.output
        assert heads(result.output) == ids
    folder = run("show", str(outputs / "out")).output
    assert "extra.jsonl:2  error: malformed JSON" in folder  # the index's failed input


def test_doc_picks_articles_from_any_output(outputs) -> None:
    for target in (outputs / "out", outputs / "out.jsonl"):
        result = run("show", str(target), "--doc", SEED, "--doc", "n1")
        assert result.exit_code == 0, result.output
        assert heads(result.output) == [SEED, "n1"]


def test_several_files_show_one_after_the_other(outputs) -> None:
    files = [outputs / "out" / f"{SEED}.json", outputs / "out" / "n1.json"]
    result = run("show", *map(str, files))
    assert result.exit_code == 0 and heads(result.output) == [SEED, "n1"]


def test_the_table_shows_claim_id_source_text_and_sentence(outputs) -> None:
    result = run("show", str(outputs / "out"), "--doc", SEED)
    lines = result.output.splitlines()
    assert lines[1].split() == [
        "#", "quantity", "value", "rel", "unit", "item", "source", "canonical", "hedged", "time"
    ]  # fmt: skip
    row = lines[3]
    assert row.startswith("1  mais de 14 mil  14000")
    assert "Grupo Multilateral de Monitoramen…  MSMT       yes" in row  # text, then canonical
    assert lines[4].split() == ["id", f"{SEED}:804-827"]
    sentence = lines[5].strip()
    assert sentence.startswith("…") and sentence.endswith("…")  # shortened
    assert "Pyongyang já teria enviado [mais de 14 mil soldados] à Rússia" in sentence
    assert len(sentence) < 140
    n1 = run("show", str(outputs / "out.jsonl"), "--doc", "n1").output
    assert "[Ao menos 100 mísseis] foram disparados, disse a polícia." in n1


def test_a_missing_file_and_a_wrong_file_say_different_things(outputs, tmp_path) -> None:
    missing = run("show", str(tmp_path / "nada.json"))
    assert missing.exit_code == 2
    assert missing.stderr == f"claimx show: {tmp_path / 'nada.json'}: no such file or directory\n"
    wrong_files = {
        "gold.jsonl": (REPO / "gold" / "dev.jsonl").read_text(encoding="utf-8"),
        "input.json": '{"id": "x", "text": "Foram 3 mil."}',
        "article.txt": (REPO / "corpus" / "000_c5cf9ba5d14aea33.txt").read_text(encoding="utf-8"),
        "binary.json": "\udcff",
    }
    for name, content in wrong_files.items():
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8", "surrogateescape"))
        result = run("show", str(path))
        assert result.exit_code == 2, name
        where = re.escape(str(path)) + (":1" if name.endswith(".jsonl") else "")
        assert re.match(f"claimx show: {where}: not claimx output", result.stderr), result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_folder_without_index_and_a_lost_file_are_named(outputs, tmp_path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    result = run("show", str(plain))
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimx show: {plain}: not a claimx output folder (it has no index.json)\n"
    )
    copy = Path(shutil.copytree(outputs / "out", tmp_path / "copy"))
    (copy / "n1.json").unlink()
    result = run("show", str(copy))
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimx show: {copy / 'n1.json'}: no such file or directory "
        f"(listed in {copy / 'index.json'})\n"
    )


def test_an_unknown_doc_is_named(outputs) -> None:
    result = run("show", str(outputs / "out.jsonl"), "--doc", "fakebr-999999")
    assert result.exit_code == 2
    assert result.stderr == f"claimx show: no article 'fakebr-999999' in {outputs / 'out.jsonl'}\n"


def test_show_loads_no_spacy(outputs) -> None:
    code = (
        "import sys\nfrom claimx.cli import main\n"
        f"sys.argv = ['claimx', 'show', {str(outputs / 'out')!r}, '--doc', {SEED!r}]\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "heavy = sorted(m for m in ('spacy', 'thinc', 'yaml', 'dateparser') if m in sys.modules)\n"
        "print('loaded:', heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "mais de 14 mil" in result.stdout
    assert result.stdout.splitlines()[-1] == "loaded: []"


def _claim(sentence: str, mention: str) -> Claim:
    start = sentence.index(mention)
    return Claim(
        id=f"d:{start}-{start + len(mention)}", span=[start, start + len(mention)], text=mention,
        sentence=TextSpan(text=sentence[:1000], span=[0, len(sentence)]),
        quantity={"value": 3, "relation": "="},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "mention", "shown"),
    [
        ("Foram 3 mil.", "3 mil", "Foram [3 mil]."),
        (
            "Segundo a pasta, o número de casos confirmados de dengue no estado chegou a 3 mil "
            "nesta semana, o maior desde o início da série histórica em 1998, iniciada pela "
            "secretaria.",
            "3 mil",
            "…o número de casos confirmados de dengue no estado chegou a [3 mil] nesta semana, "
            "o maior desde o início da série histórica em…",
        ),
        ("Linha\n\nquebrada: 3 mil\tcasos.", "3 mil", "Linha quebrada: [3 mil] casos."),
    ],
)
def test_in_sentence_marks_the_claim_and_shortens_at_words(sentence, mention, shown) -> None:
    assert in_sentence(_claim(sentence, mention)) == shown


def test_a_claim_past_the_stored_sentence_text_still_shows() -> None:
    sentence = "1, " * 600 + "e 3 mil casos."
    claim = _claim(sentence, "3 mil casos")
    assert len(claim.sentence.text) == 1000
    assert in_sentence(claim) == "…[3 mil casos]…"
