"""``claimx_claims``: the drafts as :class:`claimx.schema.Claim` models, in ``doc._.claims``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimx.components.batching import BatchComponent
from claimx.drafts import (
    ClaimDraft,
    drafts_of,
    get_value,
    register_extensions,
    set_value,
    text_of,
)
from claimx.schema import SENTENCE_TEXT_LIMIT, Claim, TextSpan


def claim_id(doc_id: str, start: int, end: int) -> str:
    """Stable across runs and versions: the document and the mention's offsets."""
    return f"{doc_id}:{start}-{end}"


def sentence_text(text: str, start: int, end: int) -> str:
    """The sentence as a claim repeats it: whole up to :data:`SENTENCE_TEXT_LIMIT` characters,
    else its first ones (a list of thousands of figures in one 'sentence' would otherwise be
    repeated by each of its claims: output quadratic in the input)."""
    return text[start : min(end, start + SENTENCE_TEXT_LIMIT)]


def build_claim(text: str, doc_id: str, draft: ClaimDraft) -> Claim:
    start, end = draft.start, draft.end
    s_start, s_end = draft.sentence
    # Built without validation: every part was validated or computed from validated rules
    # (the tests check the output against the schema).
    return Claim.assemble(
        id=claim_id(doc_id, start, end),
        doc=doc_id,
        span=[start, end],
        text=text[start:end],
        sentence=TextSpan.assemble(
            text=sentence_text(text, s_start, s_end), span=[s_start, s_end]
        ),
        quantity=draft.quantity,
        item=draft.item,
        source=draft.source,
        hedged=draft.hedged,
        time=draft.time,
        actor=draft.actor,
        predicate=draft.predicate,
        rule=sorted(set(draft.rules)),
    )


class ClaimComponent(BatchComponent):
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text, doc_id = text_of(doc), get_value(doc, "claimx_doc_id") or "doc"
        set_value(doc, "claims", [build_claim(text, doc_id, d) for d in drafts_of(doc)])
        return doc


@Language.factory("claimx_claims")
def make_claim_builder(nlp: Language, name: str) -> ClaimComponent:
    return ClaimComponent()
