"""Filter rules: numbers that are not quantity claims (dates, years, scores, law numbers, …)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimx.rule_models import FilterRule

# The order parts are tested in: short texts first, so most filters fail cheaply.
PARTS = ("number", "quantity", "after", "before")
# The short parts repeat across a corpus (2014, 10, dois): their results are remembered.
REMEMBERED = frozenset({"number", "quantity"})
MEMORY_LIMIT = 4096  # per filter: small numbers and years repeat; the rest need not be kept


@dataclass(frozen=True)
class Filter:
    id: str
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    memory: dict[tuple[str, str], bool] = field(default_factory=dict, compare=False)

    @classmethod
    def compile(cls, rule: FilterRule) -> Filter:
        patterns = tuple(
            (part, re.compile(rx)) for part in PARTS if (rx := getattr(rule, part)) is not None
        )
        return cls(rule.id, patterns)

    def vetoes(self, texts: dict[str, str]) -> bool:
        return all(self._matches(part, rx, texts[part]) for part, rx in self.patterns)

    def _matches(self, part: str, rx: re.Pattern[str], text: str) -> bool:
        if part not in REMEMBERED:
            return rx.search(text) is not None
        key = (part, text)
        known = self.memory.get(key)
        if known is None:
            if len(self.memory) > MEMORY_LIMIT:
                self.memory.clear()
            known = self.memory[key] = rx.search(text) is not None
        return known


def first_veto(filters: list[Filter], texts: dict[str, str]) -> str | None:
    """The id of the first filter that vetoes, given the four texts of a candidate."""
    for candidate in filters:
        if candidate.vetoes(texts):
            return candidate.id
    return None
