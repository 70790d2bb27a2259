"""Rules that read figures: number words, qualifiers, ranges, vague amounts, units, filters."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from claimx.rulebook.models.base import Rule


class NumberRule(Rule):
    words: dict[str, float] = Field(default_factory=dict)
    scales: dict[str, float] = Field(default_factory=dict)
    fractions: dict[str, float] = Field(default_factory=dict)
    decimal_words: list[str] = Field(default_factory=list, description="sete vírgula cinco")
    sign_words: list[str] = Field(default_factory=list, description="menos dez (only at the start)")
    over_words: list[str] = Field(default_factory=list, description="dois sobre onze")
    part_words: list[str] = Field(default_factory=list, description="dois onze avos")
    partitive: list[str] = Field(
        default_factory=list, description="what a fraction quantifies follows these: um terço dos"
    )
    shared_unit_links: list[str] = Field(
        default_factory=list, description="a unit after the second counts for both: 1.065 e 690 km"
    )
    compared_links: list[str] = Field(
        default_factory=list,
        description="a bare figure right after these takes the unit of the figure it is compared "
        "with: 53 por cento dos franceses, contra 47",
    )
    elided_scales: list[str] = Field(
        default_factory=list,
        description="a figure ending in one of these with no partitive after it left its noun "
        "out: it has the currency of the money figure before it (27 milhões de contos (mais seis "
        "milhões …))",
    )
    change_from: list[str] = Field(
        default_factory=list, description="before the figure a change starts from: de 65 para 62"
    )
    change_to: list[str] = Field(
        default_factory=list, description="between the two figures of a change: de 65 para 62 anos"
    )


class QualifierRule(Rule):
    relation: Literal["=", ">", ">=", "<", "<=", "~", "or_equal"]
    """'or_equal' (only after the number) makes a strict bound inclusive: maior que 5 ou igual."""
    phrases: list[str] = Field(default_factory=list, description="words before the number")
    trailing: list[str] = Field(default_factory=list, description="words after the number")


class RangeRule(Rule):
    opening: list[str] = Field(description="words before the first number ('' for none)")
    joining: list[str] = Field(min_length=1)
    needs_scale_or_unit: bool = False
    articles: list[str] = Field(default_factory=list)
    """Articles allowed after the opening and the joining word ('entre os cinco e os dez')."""
    per: list[str] = Field(default_factory=list)
    """Words after the joining word that make the two numbers a proportion, part of a whole
    ('oito em cada dez'): the value is their ratio, not a range."""
    bounds: bool = False
    """Joins a lower and an upper bound, each with its qualifier (maior que 10 e menor que 20)."""
    year: str | None = None
    """A regex for a year as written: a year opening the range joins only another year
    (2010 - 2012), never a count ('mesmo período de 2016 - 170.535 casos')."""


class VagueRule(Rule):
    words: dict[str, float] = Field(min_length=1)
    connectors: list[str] = Field(min_length=1)


class UnitRule(Rule):
    unit: str
    prefix: list[str] = Field(default_factory=list)
    suffix: list[str] = Field(default_factory=list)
    multiplier: float = 1.0
    length_minutes: float | None = None
    context_before: str | None = None
    context_after: str | None = None
    either_context: bool = False
    """True: the unit is read where either context matches (by default, every context given)."""


class FilterRule(Rule):
    before: str | None = None
    number: str | None = None
    quantity: str | None = None
    after: str | None = None
