"""An interrupt that lands between an article's file and its index entry loses neither."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimx.engines.jobs
from claimx.engines.jobs import Rendered
from claimx.io.output import INDEX, write_folder
from claimx.schema import Index


def rendered(n: int) -> Rendered:
    return Rendered(id=f"a{n}", path=None, output=f"a{n}.json", claims=n, text=f'{{"n": {n}}}\n')


def test_a_file_written_just_before_the_interrupt_is_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = claimx.engines.jobs.write_text
    calls = {"n": 0}

    def write_then_interrupt(path: Path, text: str) -> None:
        real_write(path, text)  # the file is whole: renamed into place
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # SIGTERM arrives before its entry is written

    monkeypatch.setattr(claimx.engines.jobs, "write_text", write_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_folder(iter([rendered(0), rendered(1), rendered(2)]), tmp_path)
    index = Index.model_validate_json((tmp_path / INDEX).read_bytes())
    files = sorted(p.name for p in tmp_path.glob("a*.json"))
    assert [e.output for e in index.articles] == files == ["a0.json", "a1.json"]
