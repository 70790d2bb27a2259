from __future__ import annotations

from pathlib import Path

import pytest

import claimx

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a clean skip when this environment does not have it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture(scope="session")
def extractor() -> claimx.Extractor:
    return claimx.Extractor()
