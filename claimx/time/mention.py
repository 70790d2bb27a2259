"""A time expression found in a sentence, with its relation and the rule that found it; its
value comes from the resolver its rule names (:mod:`claimx.time.values`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.rulebook.models import TimeRule
from claimx.schema import TimeRef, TimeRelation
from claimx.time import resolve as r
from claimx.time.values import RESOLVERS


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    text: str
    relation: TimeRelation
    rule: TimeRule
    match: re.Match[str]
    core: tuple[int, int]
    """The expression without its preposition (``outubro de 2024`` of ``Em outubro de 2024``)."""
    period_end: bool = False
    """Stands for the end of the period it names: a relative clause after a period named by its
    ends refers to the last (``entre 2010 e o ano passado, quando houve 2,5 mil registros``), and
    so does the second figure of a change over it (:mod:`claimx.time.change`)."""
    period_start: bool = False
    """Stands for the start of the period it names: the first figure of a change over it
    (``Entre 2012 e 2016, a porcentagem cresceu de 8% para 19%``: 8% is 2012's)."""

    @property
    def void(self) -> bool:
        """A time the sentence gives that cannot be resolved exactly (a group ``void...`` of the
        rule: ``em igual período do ano anterior``): it governs the claim, which gets no time."""
        return any(
            name.startswith("void") and self.match[name] is not None
            for name in self.match.re.groupindex
        )

    def value(self, base: r.Base | None) -> str | None:
        if self.void:
            return None
        value = RESOLVERS[self.rule.resolve](self, base)
        if value and self.period_end:
            return value.rpartition("/")[2]
        if value and self.period_start:
            return value.partition("/")[0]
        return value

    def ref(self, base: r.Base | None) -> TimeRef:
        return self.ref_valued(self.value(base))

    def ref_valued(self, value: str | None) -> TimeRef:
        """The mention with a value found elsewhere (:func:`claimx.time.anaphora.referred`)."""
        return TimeRef.assemble(
            text=self.text, span=[self.start, self.end], value=value, relation=self.relation
        )
