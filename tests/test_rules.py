"""Every example and counter-example written in the rule files, run through the extractor."""

from __future__ import annotations

import pytest

from claimx.rulebook.examples import Case, cases, check
from claimx.rulebook.loader import cached_rulebook

CASES = list(cases(cached_rulebook()))


def test_every_rule_has_examples() -> None:
    assert CASES
    rules_with_cases = {c.rule for c in CASES if c.expected is not None}
    assert rules_with_cases == {r.id for r in cached_rulebook().rules()}


QUANTITY_KINDS = ("numbers", "qualifiers", "ranges", "vague", "units", "filters")


def test_quantity_rules_have_counter_examples() -> None:
    """Each rule that finds or vetoes a number also says what it must not take."""
    missing = [
        rule.id
        for rule_file in cached_rulebook().files.values()
        if rule_file.kind in QUANTITY_KINDS
        for rule in rule_file.rules
        if not rule.counter_examples
    ]
    assert missing == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule_example(extractor, case: Case) -> None:
    problem = check(extractor, case)
    assert problem is None, f"{case.rule}: {case.text!r}\n{problem}"
