"""What a quantity counts: the noun phrase after it (``13 mil contêineres de munições``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimx.rulebook import ItemRule, Rulebook
from claimx.schema import Quantity, TextSpan

COORDINATORS = {",", "e"}


class ItemFinder:
    def __init__(self, rulebook: Rulebook) -> None:
        rules: list[ItemRule] = rulebook.rules(ItemRule)
        if not rules:
            raise ValueError("no item rule in the rule files")
        rule = rules[0]
        self.rule_id = rule.id
        self.skip, self.genitive = set(rule.skip), set(rule.genitive)
        self.money_link, self.stop = set(rule.money_link), set(rule.stop)
        self.stop_pattern = re.compile(rule.stop_pattern or r"(?!)")
        self.modifier = re.compile(rule.modifier_pattern or r"(?!)")
        self.max_tokens = rule.max_tokens

    def find(self, doc: Doc, end: int, quantity: Quantity) -> tuple[TextSpan, int] | None:
        """The item after the quantity's last token ``end``: its span and its token end."""
        head = self._head_index(doc, end, quantity)
        if head is None:
            return None
        last = self._extend(doc, head)
        span = doc[head:last]
        return TextSpan(text=span.text, span=[span.start_char, span.end_char]), last

    def _head_index(self, doc: Doc, i: int, quantity: Quantity) -> int | None:
        if i >= len(doc):
            return None
        word = doc[i].lower_
        if quantity.unit is not None:
            links = self.genitive | (self.money_link if _is_money(quantity.unit) else set())
            if word not in links:
                return None
            i += 1
        elif word in self.skip:
            i += 1
        return i if i < len(doc) and self._is_content(doc[i], head=True) else None

    def _is_content(self, token: Token, head: bool = False) -> bool:
        if not (token.is_alpha or ("-" in token.text and token.text[0].isalpha())):
            return False
        if token.lower_ in self.stop:
            return False
        # A head is never a capitalised word (a name, a new sentence); complements may be.
        return not (head and self.stop_pattern.match(token.text))

    def _extend(self, doc: Doc, head: int) -> int:
        """Modifiers, then at most one 'de' complement with its coordinated nouns."""
        last, limit = head + 1, min(len(doc), head + self.max_tokens)
        last = self._modifiers(doc, last, limit)
        complement = last + 1 < limit and doc[last].lower_ in self.genitive
        if complement and self._is_content(doc[last + 1]):
            last = self._complement(doc, last + 1, limit)
        return last

    def _modifiers(self, doc: Doc, i: int, limit: int) -> int:
        while i < limit and self.modifier.match(doc[i].lower_) and doc[i].lower_ not in self.stop:
            i += 1
        return i

    def _complement(self, doc: Doc, i: int, limit: int) -> int:
        """From the first noun: a name (Coreia do Norte) or a list (armas e mísseis)."""
        i = (
            self._modifiers(doc, i + 1, limit)
            if doc[i].text[0].islower()
            else self._name(doc, i, limit)
        )
        while (
            i + 1 < limit
            and doc[i].lower_ in COORDINATORS
            and self._is_content(doc[i + 1], head=True)
        ):
            i = self._modifiers(doc, i + 2, limit)
        return i

    def _name(self, doc: Doc, i: int, limit: int) -> int:
        i += 1
        while i < limit:
            if doc[i].text[:1].isupper() and doc[i].is_alpha:
                i += 1
            elif doc[i].lower_ in self.genitive and i + 1 < limit and doc[i + 1].text[:1].isupper():
                i += 2
            else:
                break
        return i


def _is_money(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()
