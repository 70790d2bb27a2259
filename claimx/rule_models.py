"""The rule files' models: every kind of rule, what its examples expect, and the files.

Strict pydantic models (unknown keys are errors); ``claimx.rulebook`` loads files into them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from claimx.schema import Quantity, SourceType, TimeRelation


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


class QualifierRule(Rule):
    relation: Literal["=", ">", ">=", "<", "<=", "~", "or_equal"]
    """'or_equal' (only after the number) makes a strict bound inclusive: maior que 5 ou igual."""
    phrases: list[str] = Field(default_factory=list, description="words before the number")
    trailing: list[str] = Field(default_factory=list, description="words after the number")


class RangeRule(Rule):
    opening: list[str] = Field(description="words before the first number ('' for none)")
    joining: list[str] = Field(min_length=1)
    needs_scale_or_unit: bool = False
    bounds: bool = False
    """Joins a lower and an upper bound, each with its qualifier (maior que 10 e menor que 20)."""


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


class FilterRule(Rule):
    before: str | None = None
    number: str | None = None
    quantity: str | None = None
    after: str | None = None


class ItemRule(Rule):
    """Where an item is read (``direction``) and the word lists that read it (``items.yaml``)."""

    direction: Literal["after", "before", "previous"] = "after"
    skip: list[str] = Field(default_factory=list)
    genitive: list[str] = Field(default_factory=list)
    money_link: list[str] = Field(default_factory=list)
    link_units: list[str] = Field(default_factory=list)
    determiners: list[str] = Field(default_factory=list)
    pre_nominal: list[str] = Field(default_factory=list)
    transparent: list[str] = Field(default_factory=list)
    not_items: list[str] = Field(default_factory=list)
    time_words: list[str] = Field(default_factory=list)
    stop: list[str] = Field(default_factory=list)
    stop_pattern: str | None = None
    modifier_pattern: str | None = None
    max_tokens: int = 8
    links: list[str] = Field(default_factory=list)
    bridge: list[str] = Field(default_factory=list)
    verb_stems: dict[str, list[str]] = Field(default_factory=dict)
    verb_endings: dict[str, list[str]] = Field(default_factory=dict)
    verb_forms: list[str] = Field(default_factory=list)


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
        "relative",
        "ago",
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


class CueRule(Rule):
    """An attribution cue (``rules/pt/cues.yaml``); ``role`` says how its fields are read."""

    role: Literal["preposition", "chain", "verb", "phrase", "noun"]
    phrases: list[str] = Field(default_factory=list)
    needs_comma: bool = False
    not_after: list[str] = Field(default_factory=list)
    not_before: list[str] = Field(default_factory=list)
    links: list[str] = Field(default_factory=list)
    verbs: list[str] = Field(default_factory=list)
    forms: list[str] = Field(default_factory=list)
    determiners: list[str] = Field(default_factory=list)
    stop: list[str] = Field(default_factory=list)
    pronouns: list[str] = Field(default_factory=list)
    adverbs: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    openers: list[str] = Field(default_factory=list)
    """Words after which a subject heads its clause ('mas', 'onde', 'que')."""
    auxiliaries: list[str] = Field(default_factory=list)
    """Forms of 'ter' before a participle or infinitive cue ('tem ressaltado', 'ter estimado')."""
    not_sources: list[str] = Field(default_factory=list)
    """Heads of phrases that are never a source ('A proposta prevê ...': a provision)."""
    then: list[str] = Field(default_factory=list)
    """Noun cues: what must follow the source ('A expectativa do Ministério é ...')."""


class HedgeRule(Rule):
    """A hedge (``rules/pt/hedges.yaml``): words or a regex, over the figure's clause or after."""

    scope: Literal["clause", "governs"]
    words: list[str] = Field(default_factory=list)
    pattern: str | None = None
    exceptions: list[str] = Field(default_factory=list)


class GazetteerEntry(Strict):
    canonical: str
    type: SourceType
    aliases: list[str] = Field(default_factory=list)


class SourceRule(Rule):
    """Known sources (``rules/pt/sources.yaml``) and words that tell a source's type."""

    entries: list[GazetteerEntry] = Field(default_factory=list)
    type_words: dict[SourceType, list[str]] = Field(default_factory=dict)
    name_owners: list[str] = Field(default_factory=list)
    """Heads whose 'da/do <Name>' names the source ('força-tarefa da Lava Jato' → 'Lava Jato')."""


class RuleFileBase(Strict):
    description: str = ""


class NumberFile(RuleFileBase):
    kind: Literal["numbers"]
    rules: list[NumberRule]


class QualifierFile(RuleFileBase):
    kind: Literal["qualifiers"]
    rules: list[QualifierRule]


class RangeFile(RuleFileBase):
    kind: Literal["ranges"]
    rules: list[RangeRule]


class VagueFile(RuleFileBase):
    kind: Literal["vague"]
    rules: list[VagueRule]


class UnitFile(RuleFileBase):
    kind: Literal["units"]
    rules: list[UnitRule]


class FilterFile(RuleFileBase):
    kind: Literal["filters"]
    rules: list[FilterRule]


class ItemFile(RuleFileBase):
    kind: Literal["items"]
    rules: list[ItemRule]


class TimeFile(RuleFileBase):
    kind: Literal["time"]
    blocks: dict[str, str | list[str]] = Field(
        default_factory=dict, description="named regex parts; a list is a set of words"
    )
    rules: list[TimeRule]


class CueFile(RuleFileBase):
    kind: Literal["cues"]
    rules: list[CueRule]


class HedgeFile(RuleFileBase):
    kind: Literal["hedges"]
    rules: list[HedgeRule]


class SourceFile(RuleFileBase):
    kind: Literal["sources"]
    rules: list[SourceRule]


RuleFile = Annotated[
    NumberFile
    | QualifierFile
    | RangeFile
    | VagueFile
    | UnitFile
    | FilterFile
    | ItemFile
    | TimeFile
    | CueFile
    | HedgeFile
    | SourceFile,
    Field(discriminator="kind"),
]
RULE_FILE = TypeAdapter(RuleFile)
"""Validates a rule file's content, choosing the model by its ``kind``."""
