"""``claimx_quantities``: one ClaimDraft per quantity mention, in ``doc._.claimx_drafts``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimx.components.batching import BatchComponent
from claimx.drafts import ClaimDraft, get_value, register_extensions, set_value, text_of
from claimx.quantity import Found, QuantityFinder
from claimx.rulebook.loader import cached_rulebook
from claimx.text.sentences import Sentences


class QuantityComponent(BatchComponent):
    def __init__(self, nlp: Language, rules_dirs: list[str]) -> None:
        register_extensions()
        rulebook = cached_rulebook(tuple(rules_dirs))
        self.finder = QuantityFinder(nlp, rulebook)
        self.boundary = rulebook.sentence_boundary

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Found]:
        return self.finder.find(doc, begin=get_value(doc, "claimx_body_start") or 0)

    def set_annotations(self, doc: Doc, found: list[Found]) -> Doc:
        sentences = Sentences(text_of(doc), self.boundary) if found else None
        drafts = []
        for hit in found:
            assert sentences is not None and hit.quantity.span is not None
            bounds = sentences.around(hit.quantity.span[0])
            drafts.append(ClaimDraft(hit.quantity, hit.start, hit.end, bounds, list(hit.rules)))
        set_value(doc, "claimx_drafts", drafts)
        doc.spans["claimx_quantities"] = [Span(doc, d.token_start, d.token_end) for d in drafts]
        return doc


@Language.factory("claimx_quantities", default_config={"rules_dirs": []})
def make_quantity_finder(nlp: Language, name: str, rules_dirs: list[str]) -> QuantityComponent:
    return QuantityComponent(nlp, rules_dirs)
