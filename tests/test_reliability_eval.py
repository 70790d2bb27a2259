"""Issue 16, defects 7 and 8 (scoring): eval scores only what the run wrote, says when inputs
failed or no gold document was predicted, and reads each input once."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from claimx.cli import eval_cmd
from claimx.cli.eval_cmd import eval_cli
from claimx.evaluation import inputs

TEXT = "Foram 300 mortos em 2020."
GOLD = {
    "doc": "a",
    "span": [6, 9],
    "text": "300",
    "quantity": {"text": "300", "value": 300, "relation": "="},
}


def run_eval(*args: str):
    app = typer.Typer()
    app.command("eval")(eval_cli)
    app.command("other")(lambda: None)
    return CliRunner().invoke(app, ["eval", *args])


def write(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def extract_to(folder: Path, source: Path) -> None:
    from claimx.cli import app

    CliRunner().invoke(app, ["extract", str(source), "-o", str(folder), "-q"])


def test_a_stale_file_in_a_reused_output_folder_is_not_scored(tmp_path) -> None:
    """Run 1 wrote a.json; in run 2 article 'a' fails: its old file is still in the folder,
    and must not be scored as if run 2 had written it."""
    gold = write(tmp_path, "gold.jsonl", json.dumps(GOLD))
    out = tmp_path / "claims"
    old = json.dumps({"id": "a", "text": TEXT + " E 7 gatos."})
    extract_to(out, write(tmp_path, "old.jsonl", old))
    extract_to(out, write(tmp_path, "new.jsonl", "{broken", json.dumps({"id": "b", "text": TEXT})))
    assert (out / "a.json").exists()  # left over from the first run
    result = run_eval(str(gold), str(out), "--json")
    report = json.loads(result.stdout)
    assert (report["claims"]["tp"], report["claims"]["fp"]) == (0, 0)
    assert result.exit_code == 1 and "could not be extracted" in result.stderr


def test_inputs_that_failed_extraction_are_named_and_exit_1(tmp_path) -> None:
    gold = write(tmp_path, "gold.jsonl", json.dumps(GOLD))
    source = write(tmp_path, "in.jsonl", json.dumps({"id": "a", "text": TEXT}), "{broken")
    result = run_eval(str(gold), "--extract", str(source))
    assert result.exit_code == 1
    assert f"{source}:2" in result.stderr and "could not be extracted" in result.stderr
    out = tmp_path / "claims"
    extract_to(out, source)
    from_folder = run_eval(str(gold), str(out))
    assert from_folder.exit_code == 1 and "could not be extracted" in from_folder.stderr


def test_no_gold_id_among_the_predictions_is_warned(tmp_path) -> None:
    gold = write(tmp_path, "gold.jsonl", json.dumps(GOLD))
    source = write(tmp_path, "in.jsonl", json.dumps({"id": "a", "text": TEXT}))
    assert "warning" not in run_eval(str(gold), "--extract", str(source)).stderr
    other = write(tmp_path, "other.jsonl", json.dumps({"id": "b", "text": TEXT}))
    out = tmp_path / "claims"
    extract_to(out, other)
    result = run_eval(str(gold), str(out))
    assert "no gold document id matches a prediction" in result.stderr


def test_extract_reads_the_input_once(tmp_path, monkeypatch) -> None:
    lines = [json.dumps({"id": "a", "text": TEXT})]
    lines += [json.dumps({"id": f"n{i}", "text": "Foram 3 mil."}) for i in range(40)]
    source = write(tmp_path, "in.jsonl", *lines)
    gold = write(tmp_path, "gold.jsonl", json.dumps(GOLD))
    reads: list[object] = []
    real = eval_cmd.read_inputs

    def counted(paths):
        reads.append(paths)
        return real(paths)

    monkeypatch.setattr(eval_cmd, "read_inputs", counted)
    monkeypatch.setattr(inputs, "read_inputs", counted)
    assert run_eval(str(gold), "--extract", str(source)).exit_code == 0
    assert len(reads) == 1


def test_a_claims_folder_from_one_jsonl_reads_it_once(tmp_path, monkeypatch) -> None:
    lines = [json.dumps({"id": "a", "text": TEXT})]
    lines += [json.dumps({"id": f"n{i}", "text": "Foram 3 mil."}) for i in range(40)]
    source = write(tmp_path, "in.jsonl", *lines)
    out = tmp_path / "claims"
    extract_to(out, source)
    gold = write(tmp_path, "gold.jsonl", json.dumps(GOLD))
    reads: list[object] = []
    real = inputs.read_inputs

    def counted(paths):
        reads.append(paths)
        return real(paths)

    monkeypatch.setattr(inputs, "read_inputs", counted)
    result = run_eval(str(gold), str(out), "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["claims"]["tp"] == 1
    assert len(reads) == 1
