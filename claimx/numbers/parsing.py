"""``parse_number`` and ``parse_quantity``: the quantity engine on a short string."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from claimx.numbers.digits import tidy
from claimx.numbers.reader import NumberReader
from claimx.quantity import QuantityFinder
from claimx.rulebook.loader import cached_rulebook
from claimx.schema import Quantity
from claimx.text.spaces import with_plain_spaces


@lru_cache(maxsize=1)
def _engine() -> tuple[Language, NumberReader, QuantityFinder]:
    nlp = spacy.blank("pt")
    rulebook = cached_rulebook()
    return nlp, NumberReader(rulebook), QuantityFinder(nlp, rulebook)


def parse_number(text: str) -> int | float | None:
    """A number written in digits or Portuguese words: ``"catorze mil"`` → 14000; else None."""
    nlp, reader, _ = _engine()
    # the reader lower-cases; M ≠ m
    words = [t.text for t in nlp.make_doc(with_plain_spaces(text).strip())]
    if len(words) > 1 and words[-1].lower() in reader.partitive:
        words.pop()  # "um par de", "duas dúzias de": the number, before what it counts
    if not words:
        return None
    number = reader.read(words, 0)
    return tidy(number.value) if number is not None and number.end == len(words) else None


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in ``text``: ``"mais de 14 mil"`` → value 14000, relation '>'.

    Unlike extraction, no filter applies: ``"até 2027"`` parses, though it is never a claim.
    """
    nlp, _, finder = _engine()
    found = finder.find(nlp.make_doc(with_plain_spaces(text)), explain=True)
    if not found or found[0].quantity is None:
        return None
    quantity = found[0].quantity
    if quantity.span is not None:  # its text as written, other spaces and all
        quantity.text = text[quantity.span[0] : quantity.span[1]]
    return quantity
