"""``Model.assemble``: the fast ``model_construct`` builds the same models, JSON and all."""

from __future__ import annotations

from claimx.schema import Claim, Predicate, Quantity, Source, TextSpan, TimeRef

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
        id="a:10-33", span=[10, 33], text="mais de 14 mil soldados",
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
