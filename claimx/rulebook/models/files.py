"""The rule files: one model per ``kind``, and the adapter that picks it."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, TypeAdapter

from claimx.rulebook.models.attribution import CueRule, HedgeRule, SourceRule
from claimx.rulebook.models.base import Strict
from claimx.rulebook.models.items import ItemRule
from claimx.rulebook.models.quantities import (
    FilterRule,
    NumberRule,
    QualifierRule,
    RangeRule,
    UnitRule,
    VagueRule,
)
from claimx.rulebook.models.sentences import SentenceRule
from claimx.rulebook.models.time import TimeRule


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


class SentenceFile(RuleFileBase):
    kind: Literal["sentences"]
    rules: list[SentenceRule]


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
    | SourceFile
    | SentenceFile,
    Field(discriminator="kind"),
]
RULE_FILE = TypeAdapter(RuleFile)
"""Validates a rule file's content, choosing the model by its ``kind``."""
