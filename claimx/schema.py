"""The JSON contract: pydantic models for extracted articles, their claims and gold files.

Field names and meanings are public (tools outside the project read them) and follow
``annotation-guide.md``; every field says its meaning in ``Field(description=...)``, which the
JSON Schema (``claimx schema``) and ``help()`` of each model show. A change of meaning bumps
``SCHEMA_VERSION``; added optional fields bump ``SCHEMA_MINOR``, and readers of older output
keep working.
"""

from __future__ import annotations

import inspect
import textwrap
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1
"""The schema's major version: it changes when the meaning of a field changes."""
SCHEMA_MINOR = 1
"""Fields added without a change of meaning since ``SCHEMA_VERSION`` began (absent: 0).
1: ``Claim.doc`` (the article's id) and ``Article.text`` (opt-in, ``include_text``)."""
_set = object.__setattr__

Number = int | float


def offsets_of(what: str) -> str:
    """The description of a span: what it covers, and what its offsets index."""
    return (
        f"Half-open [start, end) character offsets of {what} into the article text exactly as "
        "decoded: a UTF-8 BOM dropped, newlines untranslated (CRLF is two characters)."
    )


Offsets = Annotated[
    list[int], Field(min_length=2, max_length=2, description=offsets_of("a piece of text"))
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

FIELDS_HEADING = "\n\nFields (as in the JSON Schema, ``claimx schema``):\n"


def _summary(schema: dict[str, Any], model: type[BaseModel]) -> None:
    """The JSON Schema describes a model by its own docstring, without the field list that
    ``help()`` gets (the fields carry their own descriptions there)."""
    doc = inspect.cleandoc((model.__doc__ or "").split(FIELDS_HEADING)[0])
    if doc:
        schema["description"] = doc
    else:
        schema.pop("description", None)


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_summary)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Each model's docstring lists its fields with their descriptions, for ``help()``."""
        super().__pydantic_init_subclass__(**kwargs)
        lines = [
            textwrap.fill(
                f"{name}: {info.description}",
                96,
                initial_indent="    ",
                subsequent_indent="        ",
            )
            for name, info in cls.model_fields.items()
            if info.description
        ]
        own = inspect.cleandoc((cls.__doc__ or "").split(FIELDS_HEADING)[0])
        if lines:
            cls.__doc__ = own + FIELDS_HEADING + "\n".join(lines) + "\n"

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


def _described(text: str) -> Any:
    return Field(description=text)


class TextSpan(Model):
    """A piece of the article: its text as written and where it is."""

    text: str = _described("The words as written in the article: text[span[0]:span[1]].")
    span: Offsets = _described(offsets_of("'text'"))


class Quantity(Model):
    """A normalised amount: ``mais de 14 mil`` → value 14000, relation ``>``, low 14000."""

    text: str = Field(
        "",
        description=(
            "The quantity words as written, qualifier included ('Mais de 9 milhões'); empty "
            "for a quantity parsed without its text."
        ),
    )
    span: Offsets | None = Field(
        None, description=offsets_of("'text'") + " Null where the quantity was parsed alone."
    )
    value: Number | None = _described(
        "The stated number as a plain number ('14 mil' → 14000, '1,5 milhão' → 1500000, "
        "'13.000' → 13000; 'bilhão' (pt-BR) and 'mil milhões' (pt-PT) → 10^9, pt-PT 'bilião' → "
        "10^12); null for a vague quantity; for a range, its low bound; a length in two units "
        "in the smaller one ('9 anos e seis meses' → 114, unit 'month')."
    )
    relation: Relation = _described(
        "How the value is stated: '=' exact; '>' mais de, acima de, superior a; '>=' ao menos, "
        "pelo menos, no mínimo; '<' menos de, abaixo de; '<=' até, no máximo; '~' cerca de, "
        "aproximadamente, quase, em torno de; 'range' entre X e Y, de X a Y; 'vague' dezenas, "
        "centenas, milhares, milhões de."
    )
    low: Number | None = Field(
        None,
        description=(
            "The lower bound the claim implies, or null: 'mais de 14 mil' → 14000; a range → "
            "its low end; '=' → the value; '~' → null; 'vague' → the scale ('milhares' → 1000)."
        ),
    )
    high: Number | None = Field(
        None,
        description=(
            "The upper bound the claim implies, or null: 'até 300' → 300; a range → its high "
            "end; '=' → the value; '>' and '~' → null."
        ),
    )
    unit: str | None = Field(
        None,
        description=(
            "Null for a count; '%' for percentages, 'p.p.' for percentage points; the ISO 4217 "
            "code for money ('BRL', 'USD', 'EUR'; 'contos' → 'PTE'); a symbol for a measure "
            "('t', 'kg', 'km', 'ha', 'l', 'm2'); 'decade', 'year', 'month', 'week', 'day', "
            "'hour', 'minute' for lengths; 'per 100000' for rates."
        ),
    )


class Source(Model):
    """Who the article says a figure comes from."""

    text: str = _described(
        "The source as written: 'Grupo Multilateral de Monitoramento de Sanções (MSMT)', "
        "'inteligência sul-coreana'; a person's name rather than their description."
    )
    span: Offsets | None = Field(None, description=offsets_of("'text'"))
    canonical: str | None = Field(
        None,
        description=(
            "The source's short name where one is known (from the gazetteer of sources or an "
            "acronym the article defines): 'MSMT'; else null."
        ),
    )
    cue: str | None = Field(
        None,
        description=(
            "The words that attribute the figure to the source, as written: 'Segundo', "
            "'Segundo estimativas do', 'Conforme', 'apontam', 'disse'."
        ),
    )
    type: SourceType | None = Field(
        None, description="What kind of source it is, where known: 'government', 'person', …"
    )


class TimeRef(Model):
    """When a claim applies."""

    text: str = _described("The time expression as written: 'desde agosto de 2023'.")
    span: Offsets | None = Field(None, description=offsets_of("'text'"))
    value: str | None = Field(
        None,
        description=(
            "The time as ISO 8601 calendar dates, resolved against the article's publication "
            "date where relative: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', or an interval 'A/B' of "
            "them ('2017-07/2017-12'); null where the expression cannot be resolved exactly."
        ),
    )
    relation: TimeRelation | None = Field(
        None,
        description=(
            "How the claim relates to the time: 'at' (em, no, durante: 'em outubro de 2024'), "
            "'since' (desde), 'until' (até), 'during' (a period read as an interval: 'entre "
            "fevereiro e maio de 2017', 'em 2012 e 2013', 'nos próximos anos')."
        ),
    )


class Predicate(Model):
    """The verb that says what was done with what is counted."""

    text: str = _described("The verb as written: 'forneceu', 'teria enviado'.")
    lemma: str = _described("Its lemma: 'fornecer', 'enviar'.")


class Claim(Model):
    """One quantity claim: a number attached to what it counts, with its source, hedge, time and
    actor (see the annotation guide)."""

    id: str = _described(
        "Stable across runs and versions: '<doc id>:<start>-<end>', the article's id and the "
        "mention's offsets."
    )
    doc: str | None = Field(
        None,
        description=(
            "The article's id (Article.doc.id), so that a claim taken out of its article still "
            "names it. Added in schema 1.1: an Article read from older output fills it in."
        ),
    )
    span: Offsets = _described(
        offsets_of("the mention (the quantity and its item)")
        + " article_text[span[0]:span[1]] == text."
    )
    text: str = _described("The mention as written: 'mais de 14 mil soldados'.")
    sentence: TextSpan = Field(
        description=(
            "The claim's sentence. 'span' always covers the whole sentence; 'text' is the text "
            "at 'span' cut to its first 1,000 characters (SENTENCE_TEXT_LIMIT), so that a claim "
            "in a 'sentence' of thousands of figures does not repeat all of it: "
            "article_text[span[0] : span[0] + len(text)] == text always holds."
        )
    )
    quantity: Quantity = _described("The number, normalised: value, relation, bounds and unit.")
    item: TextSpan | None = Field(
        None,
        description=(
            "What is counted, as written: the head noun with the complements that say what it "
            "is ('veículos de guerra'), without determiners; for money, percentages and "
            "measures the noun phrase the amount is of ('30% dos eleitores' → 'eleitores', "
            "'queda de 20%' → 'queda'); null where the text names none."
        ),
    )
    source: Source | None = Field(
        None,
        description=(
            "Who the article says the figure comes from (text, canonical short name, cue), "
            "or null; the outermost reporting frame governs."
        ),
    )
    hedged: bool = Field(
        False,
        description=(
            "True where the article distances itself from the figure as a fact it has not "
            "confirmed: the reportive conditional ('teria enviado'), 'supostamente', "
            "'alegadamente', 'estima-se' with no one named. A hypothetical or projected "
            "scenario ('venceria por 52% se…'), an estimate credited to a named source, and "
            "'cerca de' (relation '~') are not hedged."
        ),
    )
    time: TimeRef | None = Field(
        None,
        description="The time the claim refers to, where its clause gives one; else null.",
    )
    actor: TextSpan | None = Field(
        None,
        description=(
            "Who did what is counted, where the sentence says ('Coreia do Norte', "
            "'Pyongyang'); not the source."
        ),
    )
    predicate: Predicate | None = Field(
        None, description="The verb of what the actor did ('forneceu'), where found."
    )
    rule: list[str] = Field(
        default_factory=list,
        description="The ids of the rules (rules/pt/*.yaml) that built the claim, sorted.",
    )


class DocInfo(Model):
    """The input article the claims come from."""

    id: str = _described(
        "The article's id: the record's 'id', else the file name without its extension "
        "('stem:line' for JSON lines without ids)."
    )
    path: str | None = Field(None, description="The input file it was read from, where any.")
    title: str | None = Field(None, description="The record's title, where it has one.")
    published: str | None = Field(
        None,
        description=(
            "The publication date, 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': the metadata, else the "
            "first-line date marker, else a byline near the top; null where none is found."
        ),
    )
    url: str | None = Field(None, description="The record's URL, where it has one.")
    sha256: str = _described(
        "SHA-256 (hex) of the article text as decoded, encoded in UTF-8: what the offsets index."
    )
    chars: int = _described("Length of the article text in characters (code points).")
    meta: dict[str, Any] = Field(
        default_factory=dict,
        description="The record's other fields, and 'encoding' where the text was not UTF-8.",
    )


class Provenance(Model):
    """What produced the output, so that it can be reproduced."""

    pipeline: list[str] = _described("The spaCy pipeline's components, in order.")
    model: str = _described(
        "The spaCy pipeline whose tokenizer (and parse, entities) was used: 'blank:pt', or "
        "the installed model's name (--model)."
    )
    rules_digest: str = _described(
        "'sha256:' and 16 hex digits: a digest of the rule files used (shipped and --rules)."
    )


class Article(Model):
    """What ``claimx extract`` writes for one article: its document, provenance and claims."""

    claimx_version: str = _described("The claimx version that wrote the output.")
    schema_version: int = Field(
        SCHEMA_VERSION,
        description="The schema's major version: it changes with the meaning of a field.",
    )
    schema_minor: int = Field(
        SCHEMA_MINOR,
        description=(
            "Fields added since the major version began (output without it is 0): "
            "1 added Claim.doc and Article.text."
        ),
    )
    doc: DocInfo = _described("The input article.")
    provenance: Provenance = _described("The pipeline, model and rules that extracted it.")
    claims: list[Claim] = Field(
        default_factory=list, description="The article's claims, in text order."
    )
    text: str | None = Field(
        None,
        exclude_if=lambda text: text is None,
        description=(
            "The article text the offsets index, exactly as decoded; only when asked for "
            "(Extractor(include_text=True), claimx extract --include-text), else absent."
        ),
    )

    @model_validator(mode="after")
    def _claims_name_their_article(self) -> Article:
        """Output from before schema 1.1 has claims without ``doc``: they take the article's."""
        for claim in self.claims:
            if claim.doc is None:
                claim.doc = self.doc.id
        return self


class IndexEntry(Model):
    """One input article (or input error) of a run: ``index.json``'s entry."""

    id: str = _described("The article's id (or, for an input error, where it happened).")
    path: str | None = Field(None, description="The input file.")
    output: str | None = Field(
        None, description="The article's output file in the folder; null for an error."
    )
    claims: int = Field(0, description="How many claims the article has.")
    error: str | None = Field(None, description="Why the input could not be extracted.")


class Index(Model):
    """``index.json`` of an output folder: every article of the run, in input order."""

    claimx_version: str = _described("The claimx version that wrote the output.")
    schema_version: int = Field(SCHEMA_VERSION, description="As Article.schema_version.")
    schema_minor: int = Field(SCHEMA_MINOR, description="As Article.schema_minor.")
    articles: list[IndexEntry] = _described("The articles and input errors, in input order.")


class GoldSource(Model):
    """A gold claim's source (the annotation guide's ``source``)."""

    text: str = _described("The source as written.")
    canonical: str | None = Field(None, description="Its short name, where one is known.")
    cue: str | None = Field(None, description="The words that attribute the figure.")


class GoldTime(Model):
    """A gold claim's time (the annotation guide's ``time``)."""

    text: str = _described("The time expression as written.")
    value: str | None = Field(
        None, description="'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or an interval 'A/B' of them."
    )
    relation: TimeRelation | None = Field(None, description="'at', 'since', 'until' or 'during'.")


class GoldClaim(Model):
    """One line of a gold file (``gold/*.jsonl``), as the annotation guide defines it."""

    doc: str = _described("The article's id: its file name without extension.")
    span: Offsets = _described(offsets_of("the mention (quantity and item)"))
    text: str = _described("The mention as written.")
    quantity: Quantity = _described("The number, normalised, as in Claim.quantity.")
    item: str | None = Field(None, description="What is counted, as written.")
    source: GoldSource | None = Field(None, description="Who the figure comes from.")
    hedged: bool = Field(False, description="As Claim.hedged.")
    time: GoldTime | None = Field(None, description="When the claim applies.")
    actor: str | None = Field(None, description="Who did what is counted.")
    optional: bool = Field(
        False,
        description=(
            "A borderline claim (a count inside a description, an age, a term of office): "
            "extracting it is neither required nor penalised."
        ),
    )
    note: str | None = Field(None, description="The annotator's note.")

    @model_validator(mode="after")
    def _span_is_ordered(self) -> GoldClaim:
        start, end = self.span
        if not 0 <= start < end:
            raise ValueError(f"span {self.span} is not a non-empty [start, end) range")
        return self
