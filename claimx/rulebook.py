"""Load the rule files (``rules/pt/*.yaml``) into validated pydantic models.

Every file has a ``kind`` and a list of ``rules``; every rule has an ``id``, a ``description``,
``examples`` (text → the exact claims expected) and ``counter_examples`` (text → no claim).
Unknown keys are rejected with the file, the rule id and the field named.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from claimx.schema import Quantity, SourceType, TimeRelation

LANG = "pt"


class RuleError(ValueError):
    """A rule file that cannot be used; the message names file, rule and field."""


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
        "date", "period", "day", "weekday_day", "weekday", "relative", "ago", "prepositions",
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
    NumberFile | QualifierFile | RangeFile | VagueFile | UnitFile | FilterFile | ItemFile
    | TimeFile | CueFile | HedgeFile | SourceFile,
    Field(discriminator="kind"),
]
_rule_file = TypeAdapter(RuleFile)


class _Loader(yaml.SafeLoader):
    """YAML with 1.2 booleans: in YAML 1.1 'no' (the Portuguese word em + o) would be false."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf")
)


def default_rules_dir() -> Path:
    """The rule files shipped with the package."""
    return Path(str(resources.files("claimx.rules") / LANG))


def _describe(error: ValidationError, raw: dict[str, Any]) -> str:
    problems = []
    for err in error.errors():
        loc = list(err["loc"])
        if loc and loc[0] == raw.get("kind"):
            loc = loc[1:]  # the discriminator's tag
        where = ""
        if len(loc) >= 3 and loc[0] == "rules" and isinstance(loc[1], int):
            # loc is ("rules", index, kind-tag?, field...): name the rule by its id.
            rules = raw.get("rules") or []
            rule = rules[loc[1]] if loc[1] < len(rules) else {}
            rule_id = rule.get("id", f"#{loc[1]}") if isinstance(rule, dict) else f"#{loc[1]}"
            fields = [str(x) for x in loc[2:]]
            where = f"rule {rule_id!r}, field {'.'.join(fields) or '?'}"
        else:
            where = "field " + ".".join(str(x) for x in loc)
        problems.append(f"{where}: {err['msg']}")
    return "; ".join(problems)


def load_rule_file(path: Path) -> RuleFile:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from None
    if not isinstance(raw, dict) or not raw.get("rules"):
        raise RuleError(f"{path}: a rule file needs a 'kind' and a non-empty list of 'rules'")
    try:
        return _rule_file.validate_python(raw)
    except ValidationError as exc:
        raise RuleError(f"{path}: {_describe(exc, raw)}") from None


class Rulebook:
    """All rule files of one language, keyed by file name; later directories override."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.paths = dict(sorted(files.items()))
        self.files = {name: load_rule_file(path) for name, path in self.paths.items()}
        ids = [rule.id for rule in self.rules()]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise RuleError(f"duplicate rule ids: {', '.join(duplicates)}")

    @classmethod
    def load(cls, extra_dirs: Iterable[Path | str] = ()) -> Rulebook:
        files = {p.name: p for p in default_rules_dir().glob("*.yaml")}
        for directory in extra_dirs:
            directory = Path(directory)
            if not directory.is_dir():
                raise RuleError(f"{directory}: not a directory of rule files")
            files.update({p.name: p for p in directory.glob("*.yaml")})
        return cls(files)

    def rules(self, kind: type[Rule] = Rule) -> list[Any]:
        return [r for f in self.files.values() for r in f.rules if isinstance(r, kind)]

    @cached_property
    def digest(self) -> str:
        sha = hashlib.sha256()
        for name, path in self.paths.items():
            sha.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
        return "sha256:" + sha.hexdigest()[:16]


@lru_cache(maxsize=8)
def cached_rulebook(extra_dirs: tuple[str, ...] = ()) -> Rulebook:
    """One Rulebook per set of directories, shared by all components of a pipeline."""
    return Rulebook.load(extra_dirs)
