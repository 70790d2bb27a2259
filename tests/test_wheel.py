"""The installed wheel works from any directory (rules ship inside the package)."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest
from conftest import REPO

from claimx.schema import Article


@pytest.mark.slow
def test_wheel_installs_and_extracts_from_another_directory(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)],
        check=True,
    )
    [wheel] = dist.glob("claimx-*.whl")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    subprocess.run([bin_dir / "pip", "install", "-q", str(wheel)], check=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "a.txt").write_text("Foram enviados mais de 14 mil soldados.", encoding="utf-8")
    subprocess.run([bin_dir / "claimx", "--help"], check=True, cwd=work, capture_output=True)
    subprocess.run([bin_dir / "claimx", "extract", "a.txt", "-o", "out"], check=True, cwd=work)
    article = Article.model_validate_json((work / "out" / "a.json").read_text(encoding="utf-8"))
    assert article.claims[0].quantity.value == 14000
    subprocess.run([bin_dir / "claimx", "report", "out", "-o", "r.html"], check=True, cwd=work)
    assert "soldados" in (work / "r.html").read_text(encoding="utf-8")  # templates ship too
    validated = subprocess.run(
        [bin_dir / "claimx", "rules", "validate"], cwd=work, capture_output=True, text=True
    )
    assert " 0 failed" in validated.stdout, validated.stdout
