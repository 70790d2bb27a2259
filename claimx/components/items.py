"""``claimx_items``: what each quantity counts (``draft.item``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimx.drafts import drafts_of, register_extensions
from claimx.items import ItemFinder
from claimx.rulebook import cached_rulebook


class ItemComponent:
    def __init__(self, rules_dirs: list[str]) -> None:
        register_extensions()
        self.finder = ItemFinder(cached_rulebook(tuple(rules_dirs)))

    def __call__(self, doc: Doc) -> Doc:
        for draft in drafts_of(doc):
            found = self.finder.find(doc, draft.token_end, draft.quantity)
            if found is not None and found[0].span[1] <= draft.sentence[1]:
                draft.item, draft.item_token_end = found
                draft.rules.append(self.finder.rule_id)
        return doc


@Language.factory("claimx_items", default_config={"rules_dirs": []})
def make_item_finder(nlp: Language, name: str, rules_dirs: list[str]) -> ItemComponent:
    return ItemComponent(rules_dirs)
