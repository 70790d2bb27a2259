"""Recognizers-Text's Portuguese date specs (../shared/conformance): extraction and resolution.

A case passes the extractor when the set of date texts found equals the spec's (our text keeps a
leading preposition, so either the expression or the expression with it may match); it passes
the parser when, moreover, each value equals the spec's resolution against its
``ReferenceDateTime`` (past or future reading). The measured rate is printed.
"""

from __future__ import annotations

import json

import pytest
from conftest import shared_path

from claimx.components.time import TimeResolver
from claimx.rulebook.loader import Rulebook, default_rules_dir
from claimx.time import Base, TimeMention

FINDER = TimeResolver(Rulebook({"time.yaml": default_rules_dir() / "time.yaml"})).finder
FLOORS = {"DateExtractor.json": 0.85, "DateParser.json": 0.83}


def load(name: str) -> list[dict]:
    path = shared_path("conformance", "recognizers-text", "DateTime", "Portuguese", name)
    return json.loads(path.read_text("utf-8-sig"))


def texts(mention: TimeMention, text: str) -> set[str]:
    return {mention.text, text[mention.core[0] : mention.core[1]]}


def extracted(case: dict) -> list[TimeMention] | None:
    """Our mentions aligned with the spec's results, or None when the texts differ."""
    found = FINDER.find(case["Input"])
    wanted = [r["Text"] for r in case["Results"]]
    if len(found) != len(wanted):
        return None
    ok = all(w in texts(m, case["Input"]) for m, w in zip(found, wanted, strict=True))
    return found if ok else None


def parsed(case: dict) -> bool:
    found = extracted(case)
    if found is None:
        return False
    base = Base.parse(case.get("Context", {}).get("ReferenceDateTime", "")[:10] or None)
    for mention, result in zip(found, case["Results"], strict=True):
        value = result.get("Value", {})
        allowed = {value.get(k, {}).get("date") for k in ("PastResolution", "FutureResolution")}
        if mention.value(base) not in allowed:
            return False
    return True


@pytest.mark.parametrize(
    ("name", "passes"),
    [
        ("DateExtractor.json", lambda c: extracted(c) is not None),
        ("DateParser.json", parsed),
    ],
)
def test_pass_rate(name: str, passes, capsys: pytest.CaptureFixture[str]) -> None:
    cases = load(name)
    passed = [c for c in cases if passes(c)]
    rate = len(passed) / len(cases)
    with capsys.disabled():  # the rate is a figure people read in `make test`
        print(f"\n[conformance] Recognizers-Text {name}: {len(passed)}/{len(cases)} = {rate:.1%}")
    assert rate >= FLOORS[name]
