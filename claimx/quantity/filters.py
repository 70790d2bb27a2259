"""Filter rules: numbers that are not quantity claims (dates, years, scores, law numbers, …)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from claimx.rulebook.models import FilterRule
from claimx.text.casefold import lowercase
from claimx.text.leads import LeadScan, folded_scan

# The written parts (number, quantity) repeat across a corpus (2014, 10, dois): which filters
# they leave open is remembered, so a candidate's context is tested against those few only.
MEMORY_LIMIT = 8192
Texts = tuple[str, str | None]
"""A context text and its :func:`~claimx.casefold.lowercase`."""
Search = Callable[[str], "re.Match[str] | None"]


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

    @property
    def on_lower(self) -> Search | None:
        """The search that answers for the text on its lowercase, if there is one."""
        return None if self.folded is None else self.folded.finder

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

    def matches_number(self, number: str) -> bool:
        return self.number is None or self.number.search(number) is not None

    def matches_written(self, number: str, quantity: str) -> bool:
        return self.matches_number(number) and (
            self.quantity is None or self.quantity.search(quantity) is not None
        )

    def matches_context(self, before: Texts, after: Texts) -> bool:
        return (self.after is None or self.after.search(*after)) and (
            self.before is None or self.before.search(*before)
        )


@dataclass(frozen=True)
class _Check:
    """A filter's contexts as the searches ``Filters.first_veto`` runs, looked up once: the
    search on the lowercase where a context has one, else on the text (None: no context)."""

    id: str
    after_lower: Search | None
    after_text: Search | None
    before_lower: Search | None
    before_text: Search | None

    @classmethod
    def of(cls, rule: Filter) -> _Check:
        after, before = rule.after, rule.before
        return cls(
            rule.id,
            after.on_lower if after else None,
            after.regex.search if after else None,
            before.on_lower if before else None,
            before.regex.search if before else None,
        )


class Filters:
    """The filter rules in file order; a candidate is vetoed by the first whose parts all match."""

    def __init__(self, rules: Iterable[FilterRule]) -> None:
        self.filters = tuple(Filter.compile(rule) for rule in rules)
        self._checks = tuple((rule, _Check.of(rule)) for rule in self.filters)
        self._by_number: dict[str, tuple[tuple[Filter, _Check], ...]] = {}
        self._open: dict[tuple[str, str], tuple[_Check, ...]] = {}
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
        candidates = self._open.get((number, quantity))
        if candidates is None:
            candidates = self._open_for(number, quantity)
        if not candidates:
            return None
        if lowered is not None:
            before_lower, after_lower = lowered
        else:
            before_lower = lowercase(before) if self._fold_before else None
            after_lower = lowercase(after) if self._fold_after else None
        # Each context's search is called here, not through Filter.matches_context: some ten
        # filters are open to a figure, and the calls between cost as much as the searches.
        for check in candidates:
            if check.after_text is not None:
                if check.after_lower is not None and after_lower is not None:
                    if check.after_lower(after_lower) is None:
                        continue
                elif check.after_text(after) is None:
                    continue
            if check.before_text is not None:
                if check.before_lower is not None and before_lower is not None:
                    if check.before_lower(before_lower) is None:
                        continue
                elif check.before_text(before) is None:
                    continue
            return check.id
        return None

    def _open_for(self, number: str, quantity: str) -> tuple[_Check, ...]:
        """The filters whose number and quantity parts match, remembered. A number (2014, dois)
        comes with many quantity texts: the filters its number leaves open are remembered too."""
        by_number = self._by_number.get(number)
        if by_number is None:
            if len(self._by_number) > MEMORY_LIMIT:
                self._by_number.clear()
            by_number = tuple(pair for pair in self._checks if pair[0].matches_number(number))
            self._by_number[number] = by_number
        if len(self._open) > MEMORY_LIMIT:
            self._open.clear()
        candidates = tuple(
            check
            for rule, check in by_number
            if rule.quantity is None or rule.quantity.search(quantity) is not None
        )
        self._open[(number, quantity)] = candidates
        return candidates
