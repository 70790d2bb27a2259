"""The item after a quantity: the noun phrase right after it (``13 mil contêineres de munições``),
after 'de' for scales, units and vague words (``30% dos eleitores``), with its modifiers and one
'de' complement (rule ``item.noun_phrase``)."""

from __future__ import annotations

from spacy.tokens import Doc

from claimx.items.words import COORDINATORS, Found, ItemWords, infinitive, span_of
from claimx.quantity.units import is_money
from claimx.schema import Quantity

QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "‘": "’", "'": "'"}
QUOTED_WORDS = 3
SPELLED_WORDS = 8


class AfterReading(ItemWords):
    """The noun phrase after a quantity."""

    def find(self, doc: Doc, end: int, quantity: Quantity) -> Found | None:
        """The item after the quantity's last token ``end``: its span and its token end."""
        # 'nove «market makers»', and after a scale's or a vague word's 'de': 'centenas de
        # «jineteras»'
        at = end + 1 if end < len(doc) and doc[end].lower_ in self.skip else end
        quoted = self._quoted(doc, at) if quantity.unit is None else None
        if quoted is not None:
            return quoted
        if end < len(doc) and doc[end].lower_ in self.pronouns:
            return span_of(doc, end, end + 1), end + 1  # 'quatro deles', '30% delas'
        end = self._past_spelled(doc, end)
        if self._framed(doc, end):
            return None
        head = self._head_index(doc, end, quantity)
        if head is None:
            return None
        # '30% do total', 'um terço do total': a share of the whole, which is then its item
        share = quantity.unit in self.link_units or 0 < (quantity.value or 0) < 1
        whole = share and doc[head - 1].lower_ in self.genitive
        return self._phrase(doc, head, self._extend(doc, head), whole=whole)

    def _framed(self, doc: Doc, i: int) -> bool:
        """Whether a frame opens at ``i``, right after the figure: 'no caso das restantes
        ex-repúblicas' says which case the figure is of, not what it counts."""
        framed = i + 1 < len(doc) and doc[i].lower_ in self.place_links
        return framed and doc[i + 1].lower_ in self.frame_nouns

    def _past_spelled(self, doc: Doc, i: int) -> int:
        """Past the number spelled out in parentheses after a figure ('104 (cento e quatro)
        programas'): words of numbers and 'e' only."""
        if i >= len(doc) or doc[i].text != "(":
            return i
        for j in range(i + 1, min(len(doc), i + 1 + SPELLED_WORDS)):
            if doc[j].text == ")":
                return j + 1 if j > i + 1 else i
            if not (doc[j].like_num or doc[j].lower_ in COORDINATORS):
                return i
        return i

    def _quoted(self, doc: Doc, i: int) -> Found | None:
        """A term in quotation marks right after a count ('nove «market makers»', 'cinco
        «birdies»'): a few words, none of them a number."""
        if i >= len(doc) or doc[i].text not in QUOTE_PAIRS or not doc[i - 1].whitespace_:
            return None  # 'dose dupla 2" e "Dona Flor"': a title's closing mark, no opening one
        close = QUOTE_PAIRS[doc[i].text]
        for j in range(i + 2, min(len(doc), i + 2 + QUOTED_WORDS)):
            if doc[j].text == close:
                words = doc[i + 1 : j]
                plain = all(t.is_alpha or "-" in t.text for t in words)
                if not (plain and self._is_head(doc, i + 1)):
                    return None
                return span_of(doc, i, j + 1), j + 1
        return None

    def cut(self, doc: Doc, found: Found, end: int) -> Found | None:
        """``found``, which token ``end`` starts another quantity inside of, ended before it
        without the links left at its end; kept where it starts with that quantity and goes on;
        None where nothing is left."""
        first = end
        while first > 0 and doc[first - 1].idx >= found[0].span[0]:
            first -= 1
        if first == end:
            return found if found[1] > end + 1 else None
        links = self.genitive | self.money_link | COORDINATORS
        last = end
        while last > first and (doc[last - 1].lower_ in links or not doc[last - 1].is_alpha):
            last -= 1
        return None if last <= first else (span_of(doc, first, last), last)

    def _phrase(
        self, doc: Doc, head: int, last: int, measured: bool = False, whole: bool = False
    ) -> Found | None:
        """``doc[head:last]`` as the item, or its 'de' complement where the head is a measure;
        ``measured``: the phrase is the noun the amount measures ('queda de'), which may be one
        of the 'not_items'; ``whole``: the phrase is what a share is of ('30% do total')."""
        word = doc[head].lower_
        if word in self.transparent:
            first = self._complement_start(doc, head, last)
            if first is not None and word in self.counted_measures:
                # '10 pontos de vantagem' → vantagem; '81 pontos de coleta', 'a três pontos do
                # líder', '21 pontos de Steve Kerr' count points
                lead = doc[first].lower_ in self.measure_leads
                return span_of(doc, first if lead else head, last), last
            if first is not None:
                return span_of(doc, first, last), last
            # 'um total de 230', 'uma média de três': the noun measured is the item (guide)
            measures = measured and word not in self.size_locutions
            if word in self.counted_measures or measures:
                return span_of(doc, head, head + 1), head + 1
            if whole and word in self.share_wholes:  # '52% do total captado no ano'
                return span_of(doc, head, last), last
            return None
        never = word in self.time_words or (
            word in self.never_items and not self._named_noun(doc, head)
        )
        if never or (word in self.not_items and not measured):
            return None
        return span_of(doc, head, last), last

    def _complement_start(self, doc: Doc, head: int, last: int) -> int | None:
        for i in range(head + 1, last - 1):
            if doc[i].lower_ in self.genitive | self.demonstratives:
                first = self._skip_words(doc, i + 1, linked=True)
                while first < last and doc[first].like_num:  # 'do total de seis lançamentos'
                    first = self._skip_words(doc, first + 1, linked=True)
                return first if first < last else None
        return None

    def _head_index(self, doc: Doc, i: int, quantity: Quantity) -> int | None:
        if i >= len(doc):
            return None
        word = doc[i].lower_
        linked = False
        # 'metade do orçamento', 'um terço da população': a fraction is a share of what it is
        # of, as a percentage is, through any 'de' (a count's 'do'/'da' says where from)
        fraction = quantity.unit is None and 0 < (quantity.value or 0) < 1
        if quantity.unit is not None:
            if word not in self._links(quantity.unit) | self.demonstratives:
                return None
            i, linked = i + 1, True
        elif word in self.skip | self.demonstratives or (fraction and word in self.genitive):
            i, linked = i + 1, True
        i = self._skip_words(doc, i, linked)
        if linked and word in self.genitive:
            i = self._past_superlative(doc, self._skip_whole(doc, i, quantity))
        # after a count or a measure, 'de Goiás' says where from; money and shares are of it
        places = quantity.unit is None or not self._links(quantity.unit) - self.genitive
        # '3% do PIB', '6,1 por cento do Produto Interno Bruto': a share of what is named
        share = linked and word in self.genitive and (quantity.unit in self.link_units or fraction)
        if i >= len(doc):
            return None
        counted = quantity.unit is None and quantity.value != 1 and not linked
        acronym = counted and self._counted_acronym(doc, i)
        if not (self._is_head(doc, i, places) or (share and self._names(doc, i)) or acronym):
            return None
        return None if counted and self.plural_verb.match(doc[i].lower_) else i

    def _skip_whole(self, doc: Doc, i: int, quantity: Quantity) -> int:
        """Past the number of a partitive's whole ('quatro dos nove réus', '4,5% de um
        salário'); 'de um' after money says where from ('US$ 4 milhões de um fornecedor')."""
        while i + 1 < len(doc) and doc[i].like_num:
            if is_money(quantity.unit) and doc[i].lower_ in self.indefinites:
                break
            i = self._skip_words(doc, i + 1, linked=True)
        return i

    def _past_superlative(self, doc: Doc, i: int) -> int:
        """Past a superlative before the noun of a partitive, one of 'signs' and an adjective:
        'três dos mais respeitados peritos' → peritos, '30 dos mais aguardados shows'; not
        where no noun follows ('5% dos mais pobres do país'); through a bare 'de' to the whole
        ('duas das mais importantes de nossas bancadas' → bancadas)."""
        if i + 2 >= len(doc) or doc[i].lower_ not in self.signs:
            return i
        adjective = doc[i + 1].is_alpha and doc[i + 1].text.islower()
        j = i + 2
        if doc[j].lower_ == "de":
            j = self._skip_words(doc, j + 1, linked=True)
        return j if adjective and j < len(doc) and self._is_head(doc, j) else i

    def _links(self, unit: str) -> set[str]:
        linked = is_money(unit) or unit in self.link_units
        return self.genitive | (self.money_link if linked else set())

    def _extend(self, doc: Doc, head: int) -> int:
        """Modifiers, then at most one 'de' complement with its coordinated nouns."""
        limit = min(len(doc), head + self.max_tokens)
        # a name runs on through its capitalised words ('3% do Produto Interno Bruto')
        last = self._name(doc, head, limit) if doc[head].text[:1].isupper() else head + 1
        last = self._modifiers(doc, last, limit, head)
        complement = last + 1 < limit and doc[last].lower_ in self.genitive | self.demonstratives
        # 'quatro feitos norte-coreanos deste ano': a time is no complement of the item
        first = self._skip_words(doc, last + 1, False) if complement else limit
        timed = first < limit and doc[first].lower_ in self.time_words
        # 'dois homens suspeitos de planejar um atentado': after an adjective, an infinitive is
        # its complement, not the item's ('formas de restringir' keeps it: the noun's)
        adjective = complement and last > head + 1 and doc[last + 1].text.islower()
        verb = adjective and infinitive(doc[last + 1].lower_)
        if complement and not timed and not verb and self._is_content(doc[last + 1]):
            last = self._complement(doc, last + 1, limit, head)
        return last

    def _modifiers(self, doc: Doc, i: int, limit: int, head: int | None = None) -> int:
        while i < limit and (self._modifier(doc[i].lower_) or self._post_nominal(doc, i, head)):
            i += 1
        return i

    def _post_nominal(self, doc: Doc, i: int, head: int | None) -> bool:
        """One of 'post_nominal', in the number of the word before it or of the item's
        ``head``: not 'R$ 500 mil em propina pagos' (it agrees with the amount)."""
        word = doc[i].lower_
        if word not in self.post_nominal:
            return False
        nouns = {i - 1} if head is None else {i - 1, head}
        return any(word.endswith("s") == doc[k].lower_.endswith("s") for k in nouns)

    def _complement(self, doc: Doc, i: int, limit: int, head: int) -> int:
        """From the first noun: a name (Coreia do Norte) or a list (armas e mísseis), past
        the adjectives before it (de curto e médio alcance)."""
        i = self._complement_noun(doc, i, limit)
        i = (
            self._modifiers(doc, i + 1, limit, head)
            if doc[i].text[0].islower()
            else self._name(doc, i, limit)
        )
        while (
            i + 1 < limit
            and doc[i].lower_ in COORDINATORS
            and self._is_content(doc[i + 1], head=True)
            and not (doc[i].text == "," and self.list_stop.match(doc[i + 1].lower_))
            and not self._infinitive(doc, i + 1)  # 'casas cheias de X e deixar'
        ):
            i = self._modifiers(doc, i + 2, limit, head)
        return i

    def _complement_noun(self, doc: Doc, i: int, limit: int) -> int:
        """The noun of a complement that opens with 'complement_adjectives' ('de baixa
        complexidade', 'de curto e médio alcance'); ``i`` where no noun follows them."""
        j = i
        while j < limit and doc[j].lower_ in self.complement_adjectives:
            pair = j + 2 < limit and doc[j + 1].lower_ == "e"
            j += 3 if pair and doc[j + 2].lower_ in self.complement_adjectives else 1
        noun = j < limit and doc[j].text.islower() and self._is_content(doc[j], head=True)
        return j if j > i and noun else i

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
