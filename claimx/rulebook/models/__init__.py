"""The rule files' models: every kind of rule, what its examples expect, and the files.

Strict pydantic models (unknown keys are errors); ``claimx.rulebook.loader`` loads files into them.
One module per family of rules (``quantities``, ``items``, ``time``, ``attribution``,
``sentences``), what they all share in ``base``, and the files in ``files``.
"""

from claimx.rulebook.models.attribution import CueRule, GazetteerEntry, HedgeRule, SourceRule
from claimx.rulebook.models.base import (
    REGEX_FIELDS,
    Example,
    ExpectedClaim,
    Rule,
    Strict,
    checked_regex,
)
from claimx.rulebook.models.files import (
    RULE_FILE,
    CueFile,
    FilterFile,
    HedgeFile,
    ItemFile,
    NumberFile,
    QualifierFile,
    RangeFile,
    RuleFile,
    RuleFileBase,
    SentenceFile,
    SourceFile,
    TimeFile,
    UnitFile,
    VagueFile,
)
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

__all__ = [
    "REGEX_FIELDS",
    "RULE_FILE",
    "CueFile",
    "CueRule",
    "Example",
    "ExpectedClaim",
    "FilterFile",
    "FilterRule",
    "GazetteerEntry",
    "HedgeFile",
    "HedgeRule",
    "ItemFile",
    "ItemRule",
    "NumberFile",
    "NumberRule",
    "QualifierFile",
    "QualifierRule",
    "RangeFile",
    "RangeRule",
    "Rule",
    "RuleFile",
    "RuleFileBase",
    "SentenceFile",
    "SentenceRule",
    "SourceFile",
    "SourceRule",
    "Strict",
    "TimeFile",
    "TimeRule",
    "UnitFile",
    "UnitRule",
    "VagueFile",
    "VagueRule",
    "checked_regex",
]
