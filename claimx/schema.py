"""The JSON contract: pydantic models for extracted articles, their claims and gold files.

Field names and meanings are public (tools outside the project read them) and follow
``annotation-guide.md``. Any change of meaning bumps ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1
_set = object.__setattr__

Number = int | float
Offsets = Annotated[
    list[int],
    Field(
        min_length=2,
        max_length=2,
        description=(
            "Half-open [start, end) character offsets into the article text exactly as decoded: "
            "a UTF-8 BOM dropped, newlines untranslated (CRLF is two characters)."
        ),
    ),
]
"""Half-open ``[start, end)`` character offsets into the article text exactly as decoded (a
UTF-8 BOM dropped, newlines untranslated: read a file with ``encoding="utf-8-sig",
newline=""``)."""

SENTENCE_TEXT_LIMIT = 1000
"""At most this many characters of a sentence are repeated in ``Claim.sentence.text``."""

Relation = Literal["=", ">", ">=", "<", "<=", "~", "range", "vague"]
TimeRelation = Literal["at", "since", "until", "during"]
SourceType = Literal[
    "government",
    "intergovernmental",
    "intelligence",
    "police",
    "court",
    "prosecutor",
    "statistics agency",
    "company",
    "NGO",
    "news media",
    "person",
    "other",
]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @classmethod
    def assemble(cls, **fields: Any) -> Self:
        """``model_construct`` (no validation) for parts computed from validated rules, at half
        its cost when every field is given: pydantic's loop over fields, aliases and defaults
        is skipped. The tests check that both build the same model."""
        if len(fields) != _field_count(cls):
            return cls.model_construct(**fields)
        model = cls.__new__(cls)
        _set(model, "__dict__", fields)
        _set(model, "__pydantic_fields_set__", set(fields))
        _set(model, "__pydantic_extra__", None)
        _set(model, "__pydantic_private__", None)
        return model


_FIELD_COUNTS: dict[type[Model], int] = {}


def _field_count(model: type[Model]) -> int:
    count = _FIELD_COUNTS.get(model)
    if count is None:
        count = _FIELD_COUNTS[model] = len(model.model_fields)
    return count


class TextSpan(Model):
    text: str
    span: Offsets


class Quantity(Model):
    """A normalised amount: ``mais de 14 mil`` → value 14000, relation ``>``, low 14000."""

    text: str = ""
    span: Offsets | None = None
    value: Number | None
    relation: Relation
    low: Number | None = None
    high: Number | None = None
    unit: str | None = None


class Source(Model):
    text: str
    span: Offsets | None = None
    canonical: str | None = None
    cue: str | None = None
    type: SourceType | None = None


class TimeRef(Model):
    text: str
    span: Offsets | None = None
    value: str | None = None
    relation: TimeRelation | None = None


class Predicate(Model):
    text: str
    lemma: str


class Claim(Model):
    id: str
    span: Offsets
    text: str
    sentence: TextSpan = Field(
        description=(
            "The claim's sentence. 'span' always covers the whole sentence; 'text' is the text "
            "at 'span' cut to its first 1,000 characters (SENTENCE_TEXT_LIMIT), so that a claim "
            "in a 'sentence' of thousands of figures does not repeat all of it: "
            "article_text[span[0] : span[0] + len(text)] == text always holds."
        )
    )
    quantity: Quantity
    item: TextSpan | None = None
    source: Source | None = None
    hedged: bool = False
    time: TimeRef | None = None
    actor: TextSpan | None = None
    predicate: Predicate | None = None
    rule: list[str] = Field(default_factory=list)


class DocInfo(Model):
    id: str
    path: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    sha256: str
    chars: int
    meta: dict[str, Any] = Field(default_factory=dict)


class Provenance(Model):
    pipeline: list[str]
    model: str
    rules_digest: str


class Article(Model):
    claimx_version: str
    schema_version: int = SCHEMA_VERSION
    doc: DocInfo
    provenance: Provenance
    claims: list[Claim] = Field(default_factory=list)


class IndexEntry(Model):
    id: str
    path: str | None = None
    output: str | None = None
    claims: int = 0
    error: str | None = None


class Index(Model):
    claimx_version: str
    schema_version: int = SCHEMA_VERSION
    articles: list[IndexEntry]


class GoldSource(Model):
    text: str
    canonical: str | None = None
    cue: str | None = None


class GoldTime(Model):
    text: str
    value: str | None = None
    relation: TimeRelation | None = None


class GoldClaim(Model):
    """One line of a gold file (``gold/*.jsonl``), as the annotation guide defines it."""

    doc: str
    span: Offsets
    text: str
    quantity: Quantity
    item: str | None = None
    source: GoldSource | None = None
    hedged: bool = False
    time: GoldTime | None = None
    actor: str | None = None
    optional: bool = False
    note: str | None = None

    @model_validator(mode="after")
    def _span_is_ordered(self) -> GoldClaim:
        start, end = self.span
        if not 0 <= start < end:
            raise ValueError(f"span {self.span} is not a non-empty [start, end) range")
        return self
