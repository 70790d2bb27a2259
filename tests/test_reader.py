from __future__ import annotations

import json
from pathlib import Path

from claimx.io.reader import InputError, InputRecord, read_inputs


def records(*paths: Path) -> list[InputRecord | InputError]:
    return list(read_inputs(paths))


def test_txt_with_date_marker_keeps_offsets_into_the_whole_text(tmp_path: Path) -> None:
    text = " date 2025-07 Título\n\nForam 300 mortos."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [record] = records(tmp_path / "a.txt")
    assert isinstance(record, InputRecord)
    assert (record.id, record.text) == ("a", text)
    assert text[record.body_start :].startswith("Título")


def test_json_and_jsonl_fields_ids_and_meta(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(
        json.dumps({"text": "x", "title": "T", "date": "13/12/2017", "category": "economia"}),
        encoding="utf-8",
    )
    lines = [json.dumps({"id": 7, "text": "a"}), json.dumps({"text": "b"})]
    (tmp_path / "many.jsonl").write_text("\n".join(lines), encoding="utf-8")
    out = records(tmp_path)
    assert [r.id for r in out if isinstance(r, InputRecord)] == ["7", "many:2", "one"]
    one = out[-1]
    assert isinstance(one, InputRecord)
    assert (one.title, one.date, one.meta) == ("T", "13/12/2017", {"category": "economia"})


def test_malformed_json_line_names_file_and_line_and_keeps_the_others(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        '{"text": "ok"}\n{"text": broken\n{"id": "z"}\n{"text": "fim"}\n', encoding="utf-8"
    )
    out = records(path)
    errors = [str(e) for e in out if isinstance(e, InputError)]
    assert errors[0].startswith(f"{path}:2: malformed JSON")
    assert errors[1].startswith(f"{path}:3: expected a JSON object")
    assert [r.text for r in out if isinstance(r, InputRecord)] == ["ok", "fim"]


def test_legacy_encoding_is_detected_and_recorded(tmp_path: Path) -> None:
    text = "A população de São João recebeu três milhões de reais em doações públicas."
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    [record] = records(tmp_path / "latin.txt")
    assert isinstance(record, InputRecord)
    assert record.text == text
    assert record.meta["encoding"]


def test_missing_path_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    out = records(tmp_path / "nope.txt", tmp_path)
    assert isinstance(out[0], InputError) and "no such file" in out[0].message
    assert isinstance(out[1], InputError) and out[1].skipped


def test_json_lines_are_read_line_by_line(tmp_path: Path) -> None:
    """Streamed, not split with str.splitlines: a raw U+2028 inside a JSON string (valid JSON)
    stays in its record instead of breaking the line in two."""
    from claimx.io.reader import read_inputs

    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a", "text": "um\u2028dois"}\n{"id": "b", "text": "três"}\n', "utf-8")
    records = list(read_inputs([path]))
    assert [(r.id, r.text, r.line) for r in records] == [("a", "um\u2028dois", 1), ("b", "três", 2)]
