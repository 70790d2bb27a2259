"""Every example and counter-example written in the rule files, run through the extractor."""

from __future__ import annotations

import pytest

from claimx.examples import Case, cases, check
from claimx.rulebook import cached_rulebook

CASES = list(cases(cached_rulebook()))


def test_every_rule_has_examples() -> None:
    assert CASES
    rules_with_cases = {c.rule for c in CASES if c.expected is not None}
    assert rules_with_cases == {r.id for r in cached_rulebook().rules()}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule_example(extractor, case: Case) -> None:
    problem = check(extractor, case)
    assert problem is None, f"{case.rule}: {case.text!r}\n{problem}"
