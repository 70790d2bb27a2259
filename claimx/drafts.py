"""The working record of one claim while the pipeline's components fill it in.

``claimx_quantities`` creates a :class:`ClaimDraft` per quantity mention in ``doc._.claimx_drafts``;
each later component fills its own fields (item, time, source/hedged/actor/predicate);
``claimx_claims`` turns the drafts into :class:`claimx.schema.Claim` models in ``doc._.claims``.
All offsets are character offsets into ``doc.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from claimx.schema import Predicate, Quantity, Source, TextSpan, TimeRef


@dataclass
class ClaimDraft:
    quantity: Quantity
    """With ``text`` and ``span`` set."""
    token_start: int
    token_end: int
    """Tokens of the quantity (``doc[token_start:token_end]``)."""
    sentence: tuple[int, int]
    rules: list[str] = field(default_factory=list)
    item: TextSpan | None = None
    item_token_end: int | None = None
    item_in_mention: bool = True
    """Whether the mention runs on to the item: not where another figure stands between them
    ('24 dos 26 Estados': the mention of 24 is '24')."""
    source: Source | None = None
    hedged: bool = False
    time: TimeRef | None = None
    actor: TextSpan | None = None
    predicate: Predicate | None = None

    @property
    def start(self) -> int:
        assert self.quantity.span is not None
        return self.quantity.span[0]

    @property
    def end(self) -> int:
        """End of the mention: the item's end where there is one, else the quantity's."""
        assert self.quantity.span is not None
        item_end = self.item.span[1] if self.item and self.item_in_mention else 0
        return max(self.quantity.span[1], item_end)


EXTENSIONS: dict[str, object] = {
    "claimx_drafts": None,
    "claims": None,
    "claimx_doc_id": None,
    "claimx_published": None,
    "claimx_body_start": 0,
}
"""Doc attributes claimx reads and writes (``doc._.<name>``), with their defaults."""


def register_extensions() -> None:
    """The :data:`EXTENSIONS`; idempotent."""
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def _key(name: str) -> tuple[str, str, None, None]:
    return ("._.", name, None, None)  # where spaCy's ``doc._`` keeps a Doc attribute


def get_value(doc: Doc, name: str) -> Any:
    """``doc._.<name>``, read where spaCy keeps it (``doc.user_data``): the components read their
    attributes many times per Doc, and the ``doc._`` proxy costs 2 µs a read. The tests check
    that both agree."""
    return doc.user_data.get(_key(name), EXTENSIONS[name])


def set_value(doc: Doc, name: str, value: Any) -> None:
    """``doc._.<name> = value`` (see :func:`get_value`)."""
    doc.user_data[_key(name)] = value


def drafts_of(doc: Doc) -> list[ClaimDraft]:
    drafts = get_value(doc, "claimx_drafts")
    if drafts is None:
        drafts = []
        set_value(doc, "claimx_drafts", drafts)
    return drafts


def text_of(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins the tokens anew on every ``doc.text``."""
    text = doc.user_data.get("claimx_text")
    if text is None:
        text = doc.user_data["claimx_text"] = doc.text
    return text
