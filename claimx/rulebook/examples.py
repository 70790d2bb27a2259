"""Run the examples and counter-examples of the rule files (for tests and ``rules validate``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from claimx.extractor import Extractor
from claimx.rulebook.loader import Rulebook
from claimx.rulebook.models import ExpectedClaim, Rule
from claimx.schema import Claim


@dataclass(frozen=True)
class Case:
    rule: str
    text: str
    expected: tuple[ExpectedClaim, ...] | None
    """None for a counter-example: no claim at all."""
    published: str | None = None

    @property
    def name(self) -> str:
        kind = "counter" if self.expected is None else "example"
        return f"{self.rule}:{kind}:{self.text[:40]}"


def cases(rulebook: Rulebook) -> Iterator[Case]:
    for rule in rulebook.rules(Rule):
        for example in rule.examples:
            yield Case(rule.id, example.text, tuple(example.claims), example.published)
        for text in rule.counter_examples:
            yield Case(rule.id, text, None)


def observed(claim: Claim, expected: ExpectedClaim) -> dict[str, Any]:
    """The claim's fields in the example's terms, only those the example gives."""
    q = claim.quantity.model_dump(exclude={"span"})
    if expected.quantity.text == "":
        q["text"] = ""
    values: dict[str, Any] = {"quantity": q}
    given = expected.model_fields_set - {"quantity"}
    source = claim.source and (claim.source.canonical or claim.source.text)
    available = {
        "text": claim.text,
        "item": claim.item and claim.item.text,
        "source": source,
        "no_source": claim.source is None,
        "hedged": claim.hedged,
        "time": claim.time and claim.time.value,
        "actor": claim.actor and claim.actor.text,
        "predicate": claim.predicate and claim.predicate.text,
    }
    values.update({k: v for k, v in available.items() if k in given})
    return values


def wanted(expected: ExpectedClaim) -> dict[str, Any]:
    values = expected.model_dump(include=expected.model_fields_set)
    values["quantity"] = expected.quantity.model_dump(exclude={"span"})
    return values


def check(extractor: Extractor, case: Case) -> str | None:
    """None when the case holds; otherwise what differs."""
    claims = extractor.extract(case.text, doc_id="example", published=case.published).claims
    if case.expected is None:
        return None if not claims else f"expected no claim, got {[c.text for c in claims]}"
    got = [observed(c, e) for c, e in zip(claims, case.expected, strict=False)]
    want = [wanted(e) for e in case.expected]
    if len(claims) != len(case.expected) or got != want:
        seen = [observed(c, case.expected[0]) for c in claims]
        return f"expected {want}\n     got {seen}"
    return None
