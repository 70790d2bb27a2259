"""Time expression forms and their resolvers."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from claimx.rulebook.models.base import Rule
from claimx.schema import TimeRelation


class TimeRule(Rule):
    """A time expression form (``pattern``: a regex with ``{block}`` references) and its resolver.

    ``resolve`` names the resolver in :mod:`claimx.time.resolve`; ``words`` maps words of the
    match to offsets, ``units`` words to calendar units, ``replace`` rewrites words before
    dateparser, ``prepositions`` lists the words before a time that give its relation, and
    ``embedded`` (clause rule only) finds comma-delimited clauses inside a sentence.
    """

    resolve: Literal[
        "date",
        "period",
        "day",
        "weekday_day",
        "weekday",
        "weekend",
        "relative",
        "ago",
        "offset",
        "month_of_year",
        "edge_day",
        "weekdays",
        "refer_back",
        "prepositions",
        "clause",
    ]
    pattern: str | None = None
    requires: str | None = None
    """A cheap regex the sentence must contain before ``pattern`` is tried (speed, not meaning)."""
    relation: TimeRelation | None = None
    needs_preposition: bool = False
    words: dict[str, int] = Field(default_factory=dict)
    units: dict[str, Literal["day", "week", "month", "year"]] = Field(default_factory=dict)
    replace: dict[str, str] = Field(default_factory=dict)
    prepositions: dict[TimeRelation, list[str]] = Field(default_factory=dict)
    embedded: str | None = None
    future: str | None = None
    """A regex of future-tense words: where the sentence of a month without a year holds one, the
    month is the next one on or after the publication month, not the last one before it."""
