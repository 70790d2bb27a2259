"""Issue 16, defects 2 and 7 (reading): one stray byte garbles only its own line, and a folder
that cannot be read is named, never passed over."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimx.io.reader import InputError, InputRecord, read_inputs


def records(path: Path) -> list[InputRecord]:
    return [r for r in read_inputs([path]) if isinstance(r, InputRecord)]


def test_one_cp1252_line_in_a_utf8_jsonl_garbles_nothing_else(tmp_path: Path) -> None:
    good = ["A desaprovação subiu para 48%.", "A aprovação caiu: são 3 milhões."]
    lines = [json.dumps({"id": f"u{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(good)]
    stray = '{"id": "c", "text": "Ela é a ministra"}'.encode("cp1252")
    path = tmp_path / "news.jsonl"
    path.write_bytes(b"\n".join([lines[0].encode(), stray, lines[1].encode()]) + b"\n")
    read = records(path)
    assert [r.text for r in read] == [good[0], "Ela é a ministra", good[1]]
    assert [r.meta.get("encoding") for r in read][0::2] == [None, None]
    assert read[1].meta["encoding"] not in (None, "utf-8")


def test_a_jsonl_wholly_in_cp1252_is_decoded_whole(tmp_path: Path) -> None:
    texts = ["A população de São João recebeu três milhões.", "Ação e reação são iguais."]
    data = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in texts).encode("cp1252")
    path = tmp_path / "legacy.jsonl"
    path.write_bytes(data)
    read = records(path)
    assert [r.text for r in read] == texts
    assert all(r.meta["encoding"] != "utf-8" for r in read)


def test_a_bom_on_the_first_line_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"id": "a", "text": "ol\xc3\xa1"}\n')
    assert [(r.id, r.text, r.meta) for r in records(path)] == [("a", "olá", {})]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_subfolder_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Foram 300 mortos.", encoding="utf-8")
    locked = tmp_path / "sub"
    locked.mkdir()
    (locked / "b.txt").write_text("Foram 400 mortos.", encoding="utf-8")
    locked.chmod(0)
    try:
        out = list(read_inputs([tmp_path]))
    finally:
        locked.chmod(0o755)
    errors = [e for e in out if isinstance(e, InputError)]
    assert [r.id for r in out if isinstance(r, InputRecord)] == ["a"]
    assert len(errors) == 1 and not errors[0].skipped
    assert errors[0].path == str(locked) and "cannot read folder" in errors[0].message


def test_a_folder_whose_listing_fails_is_named_even_for_root(tmp_path: Path, monkeypatch) -> None:
    """As above where the tests run as root (who reads every folder): the listing fails."""
    (tmp_path / "a.txt").write_text("Foram 300 mortos.", encoding="utf-8")
    broken = tmp_path / "sub"
    broken.mkdir()
    (broken / "b.txt").write_text("Foram 400 mortos.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == broken:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = list(read_inputs([tmp_path]))
    errors = [e for e in out if isinstance(e, InputError)]
    assert [r.id for r in out if isinstance(r, InputRecord)] == ["a"]
    assert [e.path for e in errors] == [str(broken)]
    assert "Permission denied" in errors[0].message


def test_offsets_index_the_file_read_as_the_readme_says(extractor, tmp_path: Path) -> None:
    """CRLF kept, a BOM dropped: the two lines of the README give back every claim's text."""
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfT\xc3\xadtulo\r\n\r\nForam 300 mortos.\r\nE 14 mil feridos.\r\n")
    [article] = extractor.extract_paths([path])
    with open(path, encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    assert [text[c.span[0] : c.span[1]] for c in article.claims] == [
        c.text for c in article.claims
    ]
    assert len(article.claims) == 2 and article.doc.chars == len(text)


def test_the_cli_names_an_unreadable_folder_and_exits_1(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from claimx.cli import app

    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    (source / "a.txt").write_text("Foram 300 mortos.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == source / "sub":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = CliRunner().invoke(app, ["extract", str(source), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert f"{source / 'sub'}: cannot read folder" in result.output
    assert (tmp_path / "o" / "a.json").exists()
