"""Filter rules: numbers that are not quantity claims (dates, years, scores, law numbers, …)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.rulebook import FilterRule

# The order parts are tested in: short texts first, so most filters fail cheaply.
PARTS = ("number", "quantity", "after", "before")


@dataclass(frozen=True)
class Filter:
    id: str
    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def compile(cls, rule: FilterRule) -> Filter:
        patterns = tuple(
            (part, re.compile(rx)) for part in PARTS if (rx := getattr(rule, part)) is not None
        )
        return cls(rule.id, patterns)

    def vetoes(self, texts: dict[str, str]) -> bool:
        return all(rx.search(texts[part]) is not None for part, rx in self.patterns)


def first_veto(filters: list[Filter], texts: dict[str, str]) -> str | None:
    """The id of the first filter that vetoes, given the four texts of a candidate."""
    for candidate in filters:
        if candidate.vetoes(texts):
            return candidate.id
    return None
