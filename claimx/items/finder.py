"""What a quantity counts: the noun phrase after it (``13 mil contêineres de munições``),
else the one before it (``indenização de R$ 1 milhão``, ``o lucro somou R$ 4 bilhões``), else the
item of the figure it continues (``de R$ 969 para R$ 965``, ``11.163 rublos (cerca de R$ 640)``)
or whose noun it leaves out.

The readings after and before a quantity are :mod:`claimx.items.after` and
:mod:`claimx.items.before`; this module adds the ones that look further: a frame that opens the
sentence, a noun phrase after the verb, a label before a colon, and the figure before.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimx.items.before import BeforeReading
from claimx.items.words import Found, verb_forms, verb_like
from claimx.quantity.units import is_money

__all__ = ["Found", "ItemFinder", "is_money", "verb_forms"]

BULLETS = {"–", "-", "—", "•", "*"}
LABEL_OPENERS = {"(", "\n", "[", "–", "-", "—", "•", ";"}
MAX_FRAME_TOKENS = 24
"""The longest opening frame read ('Do total de servidores da administração federal, 42 têm')."""


class ItemFinder(BeforeReading):
    """Every reading of an item, as the ``claimx_items`` component uses them."""

    def find_frame(self, doc: Doc, start: int, lo: int) -> Found | None:
        """The group named by the frame that opens the sentence starting at character ``lo``
        and ends right before the quantity at ``start``: 'Entre os brasileiros, 54% defendem'
        → brasileiros, 'Do total de servidores, 42 têm' → servidores; past an adverb of the
        'bridge' ('Das mulheres que sofreram violência, apenas 11% procuraram')."""
        comma = start - 1
        adverb = comma >= 1 and doc[comma].lower_ in self.bridge and doc[comma].is_lower
        comma = comma - 1 if adverb else comma
        if comma < 1 or doc[comma].text != "," or doc[comma - 1].idx < lo:
            return None
        # Back to the sentence's start, stopping at a comma (the frame is the sentence's first
        # clause) or past a frame's length: a figure in a long list reads a few tokens, not the
        # whole sentence before it.
        first = comma - 1
        if doc[first].text == ",":
            return None
        while first > 0 and doc[first - 1].idx >= lo:
            if doc[first - 1].text == "," or comma - first >= MAX_FRAME_TOKENS:
                return None
            first -= 1
        # '– Das 2.002 mulheres entrevistadas, 13% já fez': a list's dash or bullet opens it
        if doc[first].text in BULLETS and first + 1 < comma:
            first += 1
        if doc[first].lower_ not in self.frames:
            return None
        head = self._skip_words(doc, first + 1, linked=True)
        while head < comma and doc[head].like_num:  # 'Dos 14 ministros'
            head = self._skip_words(doc, head + 1, linked=True)
        if head >= comma or not self._is_head(doc, head):
            return None
        # past an adverb only a group's plural: not a collective ('Do acervo de …, só 35')
        if adverb and not doc[head].lower_.endswith("s"):
            return None
        found = self._phrase(doc, head, min(self._extend(doc, head), comma))
        return None if found is None else (found[0], start)

    def find_postposed(
        self, doc: Doc, start: int, end: int, lo: int, unit: str | None
    ) -> Found | None:
        """The subject or object after a verb of amount and its figure, opened by an article:
        'chegou a 137 o número de mortes', 'Também foi de 49% a parcela dos que…', 'reduziu em
        10% o orçamento'."""
        if end + 1 >= len(doc) or doc[end].lower_ not in self.postposed_articles:
            return None
        if is_money(unit) and doc[end].lower_ in self.recipient_articles:
            return None  # 'rendeu R$ 29 milhões a quadrilha': whom it went to
        k = start - 1
        k = k - 1 if k >= 0 and doc[k].lower_ in self.links else k
        if k < 0 or doc[k].idx < lo:
            return None
        if not (self._verb_at(doc, k) or self._changed_by(doc, start, k, unit)):
            return None
        head = self._skip_words(doc, end + 1, linked=False)
        if head >= len(doc) or not self._is_head(doc, head):
            return None
        return self._phrase(doc, head, self._extend(doc, head), measured=True)

    def _changed_by(self, doc: Doc, start: int, k: int, unit: str | None) -> bool:
        """Whether any verb at ``k`` changes or sets the noun phrase after an amount in a unit
        that one of 'object_links' opens: 'agravará em 17 por cento o custo', 'a financiar em
        90 por cento a construção', 'estima em R$ 25 bilhões os novos investimentos'."""
        if unit is None or doc[start - 1].lower_ not in self.object_links:
            return False
        word = doc[k].text
        return word.islower() and (self._verb_before(doc, k) or verb_like(word))

    def find_label(self, doc: Doc, start: int, lo: int) -> Found | None:
        """The label before a colon that the figure at ``start`` is the value of, a noun phrase
        that opens its clause: 'Entrada: R$ 3,00', '(custo: 38 contos)', 'Valor da propina:
        US$ 8 milhões'; not a clause ('Não sabe: 2%', 'diz o documento: R$ 248 milhões')."""
        colon = start - 1
        if colon < 1 or doc[colon].text != ":" or doc[colon - 1].idx < lo:
            return None
        first = self._segment_start(doc, colon, lo)
        opening = first == 0 or doc[first].idx == lo or doc[first - 1].text in LABEL_OPENERS
        if first >= colon or not opening or self._verb_before(doc, first):
            return None
        return self._item_before(doc, first, colon, lo)

    def find_compared(self, doc: Doc, start: int, end: int, lo: int) -> Found | None:
        """The noun phrase right before a difference that qualifies it, which the comparative
        agrees with: 'tinha índices de aprovação 10% maiores que' → índices de aprovação, 'com
        consumo 15% menor do que' → consumo; not after a verb or a comma ('cresceu 2% mais
        que', 'R$ 309 milhões, 44% maior')."""
        k = start - 1
        # an adjective of comparison right after it, not 'a mais' nor 'mais'/'menos', which
        # follow verbs ('serão cobrados 25% a mais', 'uma bateria que dura 2 horas a mais')
        adjective = end < len(doc) and doc[end].lower_ in self.comparatives - self.signs
        if k < 0 or doc[k].idx < lo or not adjective:
            return None
        # a noun, not a participle ('um galpão construído 3,5 metros abaixo da terra')
        if self._participle(doc[k]) or not (self._in_phrase(doc, k) and self._noun_before(doc, k)):
            return None
        if doc[k].lower_ in self.genitive:
            return None
        return self._item_before(doc, self._segment_start(doc, start, lo), start, lo)

    def compares(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the figure ``doc[start:end]`` is a difference: '44% maior que', '27% a mais
        que', '31,7% superior', 'mais 48% do que no ano anterior', 'mais 1,66 por cento face
        à semana anterior'."""
        i = end + 1 if end < len(doc) and doc[end].lower_ == "a" else end
        if i < len(doc) and doc[i].lower_ in self.comparatives:
            return True
        signed = start >= 1 and doc[start - 1].lower_ in self.signs
        return signed and end < len(doc) and doc[end].lower_ in self.comparison_links

    def continued(self, doc: Doc, start: int, previous: tuple[int, int] | None) -> bool:
        """Whether the quantity at ``start`` continues the one at ``previous`` (token start and
        end): ``de X para Y`` or ``X (Y)``."""
        if previous is None or start < 1:
            return False
        before = doc[start - 1]
        if before.text == "(":
            # X (Y), X rublos (Y), 'X de francos (Y contos)': a currency word no unit rule reads
            gap = doc[previous[1] : start - 1]
            return len(gap) <= 2 and all(t.is_alpha for t in gap)
        opened = previous[0] >= 1 and doc[previous[0] - 1].lower_ in self.opens
        return before.lower_ in self.continues and opened and previous[1] < start
