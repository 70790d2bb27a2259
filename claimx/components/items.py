"""``claimx_items``: what each quantity counts (``draft.item``)."""

from __future__ import annotations

from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from claimx.components.batching import BatchComponent
from claimx.drafts import ClaimDraft, drafts_of, register_extensions
from claimx.items.finder import Found, ItemFinder
from claimx.items.words import span_of
from claimx.rulebook.loader import cached_rulebook


class ItemComponent(BatchComponent):
    def __init__(self, rules_dirs: list[str]) -> None:
        register_extensions()
        self.finder = ItemFinder(cached_rulebook(tuple(rules_dirs)))

    def __call__(self, doc: Doc) -> Doc:
        drafts = drafts_of(doc)
        previous: ClaimDraft | None = None
        for k, draft in enumerate(drafts):
            nxt = drafts[k + 1] if k + 1 < len(drafts) else None
            following = nxt.token_start if nxt is not None else len(doc)
            self.set_item(doc, draft, previous, following)
            if previous is not None:
                self.elided_adjective(doc, draft, previous)
            if draft.item is None and nxt is not None:
                self.past_conversion(doc, draft, nxt)
            previous = draft
        for draft, nxt in reversed(list(pairwise(drafts))):
            self.shared_noun(doc, draft, nxt)
        return doc

    def shared_noun(self, doc: Doc, draft: ClaimDraft, nxt: ClaimDraft) -> None:
        """'20, 30 comentários', 'cerca de 50, 60 fuzis', '20 ou 30 pessoas': a count with no
        item, one of 'list_links' before the next count of a list, counts the noun written once
        after the last (read from the last back). Not a measure: '20, 30 anos' is a unit's."""
        if draft.item is not None or nxt.item is None or draft.sentence != nxt.sentence:
            return
        if draft.quantity.unit is not None or nxt.quantity.unit is not None:
            return
        gap = doc[draft.token_end : nxt.token_start]
        if len(gap) != 1 or gap[0].lower_ not in self.finder.list_links:
            return
        if nxt.item.span[0] < nxt.quantity.span[1]:  # its item before it: elided, not shared
            return
        self._set(draft, (nxt.item, nxt.item_token_end or nxt.token_end), self.finder.previous_id)
        draft.item_in_mention = False  # another figure stands between: the mention is the count

    def elided_adjective(self, doc: Doc, draft: ClaimDraft, previous: ClaimDraft) -> None:
        """'15 mulheres abatidas a tiro, nove esfaqueadas, quatro espancadas', '35 penas
        aumentadas, 20 mantidas e 16 reduzidas', '1.286 casos notificados, sendo 510
        descartados': a count whose item read is a lone adjective or participle, in a list
        after a count of a noun with an adjective that it agrees with, counts that noun, left
        out. Not after a participle used as a noun ('8 mortos e 11 feridos'), nor after a noun
        alone ('três pistolas, duas granadas')."""
        finder = self.finder
        if draft.quantity.unit is not None or previous.quantity.unit is not None:
            return
        if draft.sentence != previous.sentence or draft.item is None or previous.item is None:
            return
        at = draft.token_end
        if at >= len(doc) or draft.item.span != [doc[at].idx, doc[at].idx + len(doc[at])]:
            return
        word = doc[at].lower_
        if not (doc[at].text.islower() and self._adjective(word)):
            return
        found = self._list_noun(doc, previous)
        if found is None:
            return
        head, adjective = found
        gap = [t.lower_ for t in doc[adjective + 1 : draft.token_start]]
        while gap and gap[-1] in finder.elided_openers:
            gap.pop()
        if not gap or gap[-1] not in finder.list_links or len(gap) > finder.elided_gap:
            return
        other = doc[adjective].lower_
        agrees = other != word and any(
            word.endswith(e) and other.endswith(e) for e in finder.agreement_endings
        )
        # a participle ('mantidas'), or an adjective of the same ending ('27 parques municipais,
        # quatro estaduais'); not a noun the pattern reads as one ('pistolas, duas granadas',
        # '6 homicídios e 4 tentativas': no adjective before)
        participle = finder.list_stop.match(word.rstrip("s")) is not None
        if agrees and (participle or word[-3:] == other[-3:]):
            self._set(draft, (span_of(doc, head, head + 1), at + 1), finder.previous_id)

    def _adjective(self, word: str) -> bool:
        return bool(self.finder.modifier.match(word)) or word in self.finder.post_nominal

    def _list_noun(self, doc: Doc, previous: ClaimDraft) -> tuple[int, int] | None:
        """The noun the count ``previous`` counts, and the adjective after it: the item
        right after the count ('15 mulheres abatidas'), or one it took by this rule (the
        list goes on: 'nove esfaqueadas, quatro espancadas')."""
        assert previous.item is not None
        at = previous.token_end
        if at >= len(doc):
            return None
        if previous.item.span[0] == doc[at].idx:
            head = at
            after = head + 1
            end = previous.item_token_end or after
            if not (after < end and self._adjective(doc[after].lower_)):
                return None
            adjective = after
        elif previous.item.span[0] < previous.quantity.span[0]:  # type: ignore[index]
            # the token the item starts at, by spaCy's binary search over character offsets
            # (not a scan from the document's start, which a long list would make quadratic)
            first = doc.char_span(previous.item.span[0], previous.item.span[0] + 1,
                                  alignment_mode="expand")
            head = first.start if first is not None else -1
            if head < 0 or doc[head].idx != previous.item.span[0]:
                return None
            if not self._adjective(doc[at].lower_):
                return None
            adjective = at
        else:
            return None
        noun = doc[head]
        if not (noun.is_alpha and noun.text.islower() and noun.lower_.endswith("s")):
            return None
        return None if self._adjective(noun.lower_) else (head, adjective)

    def past_conversion(self, doc: Doc, draft: ClaimDraft, conversion: ClaimDraft) -> None:
        """'seis milhões de dólares (cerca de 840 mil contos) em prémios': the item after the
        amount converted in parentheses is the amount's."""
        at = draft.token_end
        if at + 1 != conversion.token_start or doc[at].text != "(":
            return
        close = conversion.token_end
        if close >= len(doc) or doc[close].text != ")":
            return
        found = self.finder.find(doc, close + 1, draft.quantity)
        if found is not None and found[0].span[1] <= draft.sentence[1]:
            self._set(draft, found, self.finder.rule_id)

    def set_item(
        self, doc: Doc, draft: ClaimDraft, previous: ClaimDraft | None, following: int
    ) -> None:
        """After the quantity, else the figure it continues, else before the quantity. An item
        does not run into the next quantity (from token ``following``): it is cut before it
        ('18 armas de fogo, três granadas' → 'armas de fogo'); one that is only the next number
        leaves the quantity without an item ('R$ 30 milhões em três negócios', 'quatro dos
        nove'); one that starts with it or after it keeps it ('quatro dos cinco hospitais')."""
        finder = self.finder
        # 'de magnitude 7,3 no Irã': a scale named right before a bare figure is its item,
        # over anything after it
        scale = finder.find_scale(doc, draft.token_start, draft.sentence[0], draft.quantity.unit)
        if scale is not None:
            return self._set(draft, scale, finder.before_id)
        # 'um poço com 25 metros de profundidade': the dimension a measure gives, where no
        # noun before it is measured through 'de'
        dimension = finder.find_dimension(
            doc, draft.token_start, draft.token_end, draft.sentence[0], draft.quantity.unit
        )
        if dimension is not None:
            return self._set(draft, dimension, finder.rule_id)
        found = finder.find(doc, draft.token_end, draft.quantity)
        if found is not None and previous is not None and self.partitive(draft, previous, found):
            inherited = (previous.item, previous.item_token_end or previous.token_end)
            return self._set(draft, inherited, finder.previous_id)
        # 'redução de 82% na quantidade de larvas': the noun a measure measures through 'de' is
        # its item (guide, items before 'de'), over a noun after it that only says where
        unit = draft.quantity.unit
        # ... or that only says where the money came from ('bloqueio de R$ 24 milhões do réu')
        over_after = (
            found is None
            or finder.placed(doc, draft.token_end, found)
            or finder.owned(doc, draft.token_end, found, unit)
        )
        if over_after or unit in finder.measured_first_units:
            measured = finder.find_measured(
                doc, draft.token_start, draft.token_end, draft.sentence[0], draft.quantity.unit
            )
            # a length measures the sanction before it over the kind after ('pena de 22 anos de
            # prisão' → pena), not any noun ('pedido de 5 anos de prisão' → prisão)
            if measured is not None and (
                over_after or measured[0].text.split()[0].lower() in finder.sanctions
            ):
                return self._set(draft, measured, finder.before_id)
        # 'os assassinatos caíram 21,97% no estado': the subject of a verb of amount, over a
        # place or time after the figure
        start, lo = draft.token_start, draft.sentence[0]
        if found is not None and finder.adverbial(doc, start, draft.token_end, lo, found):
            subject = finder.find_before(doc, start, draft.token_end, lo)
            if subject is not None:
                return self._set(draft, subject, finder.before_id)
        if found is not None and found[1] > following:
            found = finder.cut(doc, found, following)
            if found is None:
                return None
            draft.item_in_mention = found[0].span[0] < doc[following].idx
        if found is not None and found[0].span[1] <= draft.sentence[1]:
            return self._set(draft, found, finder.rule_id)
        if previous and previous.sentence == draft.sentence:
            item_end = previous.item_token_end or 0
            if item_end > draft.token_start:  # its item is after this one: X (Y) em prémios
                item_end = 0
            bounds = (previous.token_start, max(previous.token_end, item_end))
            if finder.continued(doc, draft.token_start, bounds):
                if previous.item is None:
                    return None  # the figure it continues has none: neither has this one
                inherited = (previous.item, previous.item_token_end or previous.token_end)
                return self._set(draft, inherited, finder.previous_id)
        start, end, lo = draft.token_start, draft.token_end, draft.sentence[0]
        found = finder.find_postposed(doc, start, end, lo, unit) or finder.find_before(
            doc, start, end, lo
        )
        for other in (finder.find_frame, finder.find_label):
            found = found or other(doc, start, lo)
        found = found or finder.find_compared(doc, start, end, lo)
        if found is not None:
            return self._set(draft, found, finder.before_id)
        if previous and self.elided(doc, draft, previous):
            inherited = (previous.item, previous.item_token_end or previous.token_end)
            self._set(draft, inherited, finder.previous_id)

    def elided(self, doc: Doc, draft: ClaimDraft, previous: ClaimDraft) -> bool:
        """Whether ``draft``, with no item of its own, counts what the figure before it in its
        sentence counts, in the same unit: its noun left out ('Raquel recebeu 587 votos e Mario
        Bonsaglia ficou com 564', 'com 36% das intenções de voto, e Bolsonaro, com 18%', 'a
        rede tinha nove estações no continente, 11 nos Açores')."""
        unit = previous.quantity.unit == draft.quantity.unit
        # 'o prejuízo foi de R$ 309 milhões, 44% maior que em 2016': how much more, of it
        compared = self.finder.compares(doc, draft.token_start, draft.token_end)
        same = previous.sentence == draft.sentence and (unit or compared)
        near = draft.token_start - previous.token_end <= self.finder.elision_window
        # 'a TVI detém 55% do capital e a TDF 45%': a name before an amount in a unit is whose
        # share it is, no label
        labelled = draft.quantity.unit is None and self.labels(doc, draft)
        return same and near and previous.item is not None and not labelled

    def partitive(self, draft: ClaimDraft, previous: ClaimDraft, found: Found) -> bool:
        """Whether the item read is a partitive pronoun ('quatro deles', '30% delas') that refers
        to what the count before it in the sentence counts, a plural noun of the pronoun's gender
        ('Sete franceses foram hospitalizados, quatro deles com ferimentos graves' → franceses):
        the guide's item is what is counted, not the pronoun."""
        pronoun = found[0].text.lower()
        if pronoun not in self.finder.pronouns or previous.item is None:
            return False
        if previous.sentence != draft.sentence or previous.quantity.unit is not None:
            return False
        head = previous.item.text.split()[0].lower()
        if not head.endswith("s") or head in self.finder.pronouns:
            return False
        feminine = head.endswith(tuple(self.finder.feminine_plurals))
        return feminine == (pronoun in self.finder.feminine_pronouns)

    @staticmethod
    def labels(doc: Doc, draft: ClaimDraft) -> bool:
        """A number after a name labels it ('o TPP 11', 'Palmeira 1'): no figure left out."""
        before = doc[draft.token_start - 1] if draft.token_start else None
        named = before is not None and before.idx > draft.sentence[0]
        return named and before.text[:1].isupper()

    @staticmethod
    def _set(draft: ClaimDraft, found: Found, rule_id: str) -> None:
        draft.item, draft.item_token_end = found
        draft.rules.append(rule_id)


@Language.factory("claimx_items", default_config={"rules_dirs": []})
def make_item_finder(nlp: Language, name: str, rules_dirs: list[str]) -> ItemComponent:
    return ItemComponent(rules_dirs)
