"""Issue 16, defect 6: a no-break or narrow no-break space next to a figure is a space to the
rules; offsets and the claims' texts are the article's own."""

from __future__ import annotations

import pytest

from claimx.numbers.parsing import parse_number, parse_quantity
from claimx.text.spaces import OTHER_SPACES, with_plain_spaces


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u3000"])
def test_the_unit_after_an_other_space_is_kept(extractor, space) -> None:
    text = f"O governo gastou R${space}16{space}milhões em obras."
    claim = extractor.extract(text).claims[0]
    assert (claim.quantity.value, claim.quantity.unit) == (16_000_000, "BRL")
    assert text[claim.span[0] : claim.span[1]] == claim.text
    assert space in claim.text and space in claim.sentence.text


def test_qualifier_and_item_across_no_break_spaces(extractor) -> None:
    text = "Foram mais de\u00a014\u202fmil soldados."
    plain = extractor.extract(text.replace("\u00a0", " ").replace("\u202f", " ")).claims[0]
    claim = extractor.extract(text).claims[0]
    assert claim.quantity.relation == ">" and claim.item is not None
    assert claim.item.text == plain.item.text
    assert (claim.span, claim.quantity.value) == (plain.span, plain.quantity.value)
    for part in (claim.quantity, claim.item, claim.sentence):
        assert text[part.span[0] : part.span[1]] == part.text


def test_parse_number_and_parse_quantity_read_other_spaces() -> None:
    assert parse_number("16\u00a0milhões") == 16_000_000
    quantity = parse_quantity("mais de\u00a014\u202fmil")
    assert quantity is not None and (quantity.value, quantity.relation) == (14000, ">")
    assert quantity.text == "mais de\u00a014\u202fmil"


def test_plain_spacing_keeps_every_offset() -> None:
    text = "a\u00a0b\u202fc\u3000d e\nf\tg"
    assert len(with_plain_spaces(text)) == len(text)
    assert with_plain_spaces(text) == "a b c d e\nf\tg"
    assert "\u00a0" in OTHER_SPACES and " " not in OTHER_SPACES and "\n" not in OTHER_SPACES
