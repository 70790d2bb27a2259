"""Filter rules: numbers that are not quantity claims (dates, years, scores, law numbers, …)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimx.rulebook.models import FilterRule
from claimx.text.casefold import lowercase
from claimx.text.leads import LeadScan, folded_scan

# The written parts (number, quantity) repeat across a corpus (2014, 10, dois): which filters
# they leave open is remembered, so a candidate's context is tested against those few only.
MEMORY_LIMIT = 8192
Texts = tuple[str, str | None]
"""A context text and its :func:`~claimx.casefold.lowercase`."""


@dataclass(frozen=True)
class Context:
    """A 'before' or 'after' regex; a case-insensitive one is also run folded
    (:mod:`claimx.casefold`) on the lowercase of the text, which is faster."""

    regex: re.Pattern[str]
    folded: LeadScan | None

    @classmethod
    def compile(cls, rx: str | None) -> Context | None:
        if rx is None:
            return None
        regex = re.compile(rx)
        return cls(regex, folded_scan(regex))

    def search(self, text: str, lower: str | None) -> bool:
        if self.folded is not None and lower is not None:
            return self.folded.found(lower)
        return self.regex.search(text) is not None


@dataclass(frozen=True)
class Filter:
    """One filter rule, compiled. A part it does not give matches anything."""

    id: str
    number: re.Pattern[str] | None
    quantity: re.Pattern[str] | None
    before: Context | None
    after: Context | None

    @classmethod
    def compile(cls, rule: FilterRule) -> Filter:
        def pattern(rx: str | None) -> re.Pattern[str] | None:
            return None if rx is None else re.compile(rx)

        return cls(
            rule.id,
            pattern(rule.number),
            pattern(rule.quantity),
            Context.compile(rule.before),
            Context.compile(rule.after),
        )

    def matches_written(self, number: str, quantity: str) -> bool:
        return (self.number is None or self.number.search(number) is not None) and (
            self.quantity is None or self.quantity.search(quantity) is not None
        )

    def matches_context(self, before: Texts, after: Texts) -> bool:
        return (self.after is None or self.after.search(*after)) and (
            self.before is None or self.before.search(*before)
        )


class Filters:
    """The filter rules in file order; a candidate is vetoed by the first whose parts all match."""

    def __init__(self, rules: Iterable[FilterRule]) -> None:
        self.filters = tuple(Filter.compile(rule) for rule in rules)
        self._open: dict[tuple[str, str], tuple[Filter, ...]] = {}
        # the lowercase of a context is only made where a folded regex reads it
        self._fold_before = any(f.before and f.before.folded for f in self.filters)
        self._fold_after = any(f.after and f.after.folded for f in self.filters)

    def first_veto(
        self,
        number: str,
        quantity: str,
        before: str,
        after: str,
        lowered: tuple[str, str] | None = None,
    ) -> str | None:
        """The id of the first filter that vetoes, given a candidate's four texts (and the
        lowercase of ``before`` and ``after`` where the caller has it)."""
        key = (number, quantity)
        candidates = self._open.get(key)
        if candidates is None:
            if len(self._open) > MEMORY_LIMIT:
                self._open.clear()
            candidates = tuple(f for f in self.filters if f.matches_written(number, quantity))
            self._open[key] = candidates
        if not candidates:
            return None
        if lowered is not None:
            before_texts, after_texts = (before, lowered[0]), (after, lowered[1])
        else:
            before_texts = (before, lowercase(before) if self._fold_before else None)
            after_texts = (after, lowercase(after) if self._fold_after else None)
        for rule in candidates:
            if rule.matches_context(before_texts, after_texts):
                return rule.id
        return None
