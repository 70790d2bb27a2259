"""The schema: ``Model.assemble`` builds what ``model_construct`` builds, JSON and all; every
field says its meaning in the JSON Schema and in ``help()``."""

from __future__ import annotations

import json
import pydoc

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.schema import (
    Article,
    Claim,
    GoldClaim,
    Index,
    Predicate,
    Quantity,
    Source,
    TextSpan,
    TimeRef,
)

QUANTITY = dict(
    text="mais de 14 mil", span=[10, 24], value=14000, relation=">", low=14000, high=None,
    unit=None,
)
PARTS = [
    (TextSpan, dict(text="MSMT", span=[0, 4])),
    (Quantity, QUANTITY),
    (Source, dict(text="MSMT", span=[0, 4], canonical="MSMT", cue="Segundo", type="other")),
    (TimeRef, dict(text="em 2024", span=[30, 37], value="2024", relation="at")),
    (Predicate, dict(text="forneceu", lemma="fornecer")),
]


def test_assemble_builds_what_model_construct_builds() -> None:
    for model, fields in PARTS:
        fast, slow = model.assemble(**fields), model.model_construct(**fields)
        assert fast == slow
        assert fast.model_fields_set == slow.model_fields_set
        assert fast.model_dump_json() == slow.model_dump_json()
        assert model.model_validate_json(fast.model_dump_json()) == slow


def test_assemble_nests_and_validates() -> None:
    claim_fields = dict(
        id="a:10-33", doc="a", span=[10, 33], text="mais de 14 mil soldados",
        sentence=TextSpan.assemble(text="x", span=[0, 1]),
        quantity=Quantity.assemble(**QUANTITY), item=None, source=None, hedged=False,
        time=None, actor=None, predicate=None, rule=["number.digits"],
    )
    claim = Claim.assemble(**claim_fields)
    assert claim == Claim.model_construct(**claim_fields)
    assert Claim.model_validate_json(claim.model_dump_json()) == claim


def test_assemble_with_a_field_left_out_keeps_the_default() -> None:
    quantity = Quantity.assemble(value=3, relation="=")
    assert quantity.unit is None and quantity.model_fields_set == {"value", "relation"}


def _properties(schema: dict) -> list[tuple[str, dict]]:
    """(model.property, its schema) for every property of every model in a JSON Schema."""
    models = {"(top)": schema, **schema.get("$defs", {})}
    return [
        (f"{name}.{prop}", spec)
        for name, model in models.items()
        for prop, spec in model.get("properties", {}).items()
    ]


@pytest.mark.parametrize("model", [Article, Index, GoldClaim], ids=lambda m: m.__name__)
def test_every_field_of_the_json_schema_says_what_it_means(model) -> None:
    properties = _properties(model.model_json_schema())
    assert len(properties) >= 9
    undescribed = [where for where, spec in properties if len(spec.get("description", "")) < 10]
    assert undescribed == []


def test_the_cli_schema_is_the_described_one() -> None:
    result = CliRunner().invoke(app, ["schema"])
    schema = json.loads(result.output)
    assert schema == Article.model_json_schema()
    claim = schema["$defs"]["Claim"]
    assert "A/B" in schema["$defs"]["TimeRef"]["properties"]["value"]["description"]
    assert "hypothetical" in claim["properties"]["hedged"]["description"]
    assert "decoded" in claim["properties"]["span"]["description"]
    assert "'>=' ao menos" in schema["$defs"]["Quantity"]["properties"]["relation"]["description"]
    assert "Fields" not in claim["description"]  # the model's own summary, no field list


@pytest.mark.parametrize("model", [Claim, Quantity, Source, TimeRef, Article])
def test_help_lists_every_field_with_its_meaning(model) -> None:
    text = pydoc.render_doc(model, renderer=pydoc.plaintext)
    for name, info in model.model_fields.items():
        first_words = " ".join(info.description.split()[:4])
        assert f"{name}: {first_words}" in " ".join(text.replace("|", " ").split())
