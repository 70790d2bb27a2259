"""What every rule has: an id, a description, examples that are tests, usable regexes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from claimx.rulebook.regex_check import regex_problem
from claimx.schema import Quantity

REGEX_FIELDS = (
    "context_before",
    "context_after",
    "before",
    "number",
    "quantity",
    "after",
    "stop_pattern",
    "modifier_pattern",
    "list_stop_pattern",
    "plural_verb_pattern",
    "not_before_pattern",
    "object_pattern",
    "reported_object",
    "time_asides",
    "pattern",
    "requires",
)
"""The fields of any rule kind that hold a regex (time rules' with ``{block}`` references)."""


def checked_regex(pattern: str | None) -> str | None:
    """A rule regex that compiles and cannot take exponential time
    (:mod:`claimx.rulebook.regex_check`)."""
    problem = None if pattern is None else regex_problem(pattern)
    if problem:
        raise ValueError(problem)
    return pattern


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExpectedClaim(Strict):
    """What one example expects; fields left out are not checked, ``quantity`` always is."""

    text: str | None = None
    quantity: Quantity
    item: str | None = None
    source: str | None = None
    no_source: bool = False
    """True: the claim must have no source (an ordinal 'segundo', a photo credit, plain 'para')."""
    hedged: bool | None = None
    time: str | None = None
    actor: str | None = None
    predicate: str | None = None
    """The predicate as written ('teria enviado'); null: none."""

    @model_validator(mode="after")
    def _one_source_expectation(self) -> ExpectedClaim:
        if self.no_source and self.source is not None:
            raise ValueError("give 'source' or 'no_source: true', not both")
        return self


class Example(Strict):
    text: str
    claims: list[ExpectedClaim]
    published: str | None = None
    """The article's publication date for this example (ISO at its precision), if it matters."""


class Rule(Strict):
    id: str
    description: str
    examples: list[Example] = Field(min_length=1)
    counter_examples: list[str] = Field(default_factory=list)

    @field_validator(*REGEX_FIELDS, check_fields=False)
    @classmethod
    def _regex_is_usable(cls, pattern: str | None) -> str | None:
        return checked_regex(pattern)
