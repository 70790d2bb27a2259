"""What a quantity counts: the noun phrase after it (``13 mil contêineres de munições``),
else the one before it (``indenização de R$ 1 milhão``, ``o lucro somou R$ 4 bilhões``), else the
item of the figure it continues (``de R$ 969 para R$ 965``, ``11.163 rublos (cerca de R$ 640)``).

The three readings are the item rules of ``rules/pt/items.yaml`` (``direction``: after, before,
previous); the word lists of the ``after`` rule (stop words, genitives, …) serve all three.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimx.attribution.lemmas import is_verb_form
from claimx.drafts import text_of
from claimx.rulebook.loader import Rulebook
from claimx.rulebook.models import ItemRule
from claimx.schema import Quantity, TextSpan

COORDINATORS = {",", "e"}
Found = tuple[TextSpan, int]


QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
QUOTED_WORDS = 3
CLAUSE_MARKS = {",", ";", ":", "(", "–", "—", "-"}
ASIDE_WORDS = 10
SPELLED_WORDS = 8
LABEL_OPENERS = {"(", "\n", "[", "–", "-", "—", "•", ";"}

def _rule(rules: list[ItemRule], direction: str) -> ItemRule:
    for rule in rules:
        if rule.direction == direction:
            return rule
    raise ValueError(f"no item rule with direction {direction!r} in the rule files")


def verb_forms(rule: ItemRule) -> set[str]:
    """The listed forms, and every stem of a conjugation with every ending of it."""
    forms = set(rule.verb_forms)
    for conjugation, stems in rule.verb_stems.items():
        forms.update(s + e for s in stems for e in rule.verb_endings.get(conjugation, []))
    return forms


def _span(doc: Doc, first: int, end: int) -> TextSpan:
    span = doc[first:end]
    start, stop = span.start_char, span.end_char
    # the text's own characters: Span.text joins its tokens anew
    return TextSpan.assemble(text=text_of(doc)[start:stop], span=[start, stop])


class ItemFinder:
    def __init__(self, rulebook: Rulebook) -> None:
        rules: list[ItemRule] = rulebook.rules(ItemRule)
        if not rules:
            raise ValueError("no item rule in the rule files")
        rule, before, previous = (_rule(rules, d) for d in ("after", "before", "previous"))
        self.rule_id, self.before_id, self.previous_id = rule.id, before.id, previous.id
        self.skip, self.genitive = set(rule.skip), set(rule.genitive)
        self.money_link, self.stop = set(rule.money_link), set(rule.stop)
        self.link_units, self.determiners = set(rule.link_units), set(rule.determiners)
        self.pre_nominal, self.transparent = set(rule.pre_nominal), set(rule.transparent)
        self.counted_measures = set(rule.counted_measures)
        self.demonstratives, self.pronouns = set(rule.demonstratives), set(rule.pronouns)
        self.not_items, self.time_words = set(rule.not_items), set(rule.time_words)
        self.never_items = set(rule.never_items) | self.time_words
        self.stop_pattern = re.compile(rule.stop_pattern or r"(?!)")
        self.modifier = re.compile(rule.modifier_pattern or r"(?!)")
        self.list_stop = re.compile(rule.list_stop_pattern or r"(?!)")
        self.plural_verb = re.compile(rule.plural_verb_pattern or r"(?!)")
        self.max_tokens = rule.max_tokens
        self.links, self.bridge = set(before.links), set(before.bridge)
        self.verbs = verb_forms(before)
        self.continues, self.opens = set(previous.links), set(previous.bridge)
        self.elision_window, self.frames = previous.window, set(before.frames)
        self.comparatives = set(previous.comparatives)
        self.bounds = set(before.bounds)
        self.articles = set(before.articles)
        self.complement_links = set(before.complement_links)
        self.openers, self.possessives = set(before.openers), set(before.possessives)
        self.forecasts, self.indefinites = set(before.forecasts), set(before.indefinites)
        self.aside_openers = set(before.aside_openers)
        self.postposed_articles = set(before.postposed_articles)
        self.recipient_articles = set(before.recipient_articles)
        self.measured_units = set(before.measured_units)
        self.not_measured = set(before.not_measured)
        self.size_locutions = set(before.size_locutions)
        self.place_links = set(before.place_links)
        self.not_modifiers = self.stop | self.time_words

    # -- after the quantity ------------------------------------------------------------------

    def find(self, doc: Doc, end: int, quantity: Quantity) -> Found | None:
        """The item after the quantity's last token ``end``: its span and its token end."""
        quoted = self._quoted(doc, end) if quantity.unit is None else None
        if quoted is not None:
            return quoted
        if end < len(doc) and doc[end].lower_ in self.pronouns:
            return _span(doc, end, end + 1), end + 1  # 'quatro deles', '30% delas'
        end = self._past_spelled(doc, end)
        head = self._head_index(doc, end, quantity)
        if head is None:
            return None
        return self._phrase(doc, head, self._extend(doc, head))

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
                return _span(doc, i, j + 1), j + 1
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
        return None if last <= first else (_span(doc, first, last), last)

    def _phrase(self, doc: Doc, head: int, last: int, measured: bool = False) -> Found | None:
        """``doc[head:last]`` as the item, or its 'de' complement where the head is a measure;
        ``measured``: the phrase is the noun the amount measures ('queda de'), which may be one
        of the 'not_items'."""
        word = doc[head].lower_
        if word in self.transparent:
            first = self._complement_start(doc, head, last)
            if first is not None:
                return _span(doc, first, last), last
            # 'um total de 230', 'uma média de três': the noun measured is the item (guide)
            measures = measured and word not in self.size_locutions
            if word in self.counted_measures or measures:
                return _span(doc, head, head + 1), head + 1
            return None
        if word in self.never_items or (word in self.not_items and not measured):
            return None
        return _span(doc, head, last), last

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
        if quantity.unit is not None:
            if word not in self._links(quantity.unit) | self.demonstratives:
                return None
            i, linked = i + 1, True
        elif word in self.skip | self.demonstratives:
            i, linked = i + 1, True
        i = self._skip_words(doc, i, linked)
        if linked and word in self.genitive:
            i = self._skip_whole(doc, i, quantity)
        # after a count or a measure, 'de Goiás' says where from; money and shares are of it
        places = quantity.unit is None or not self._links(quantity.unit) - self.genitive
        # '3% do PIB', '6,1 por cento do Produto Interno Bruto': a share of what is named
        share = linked and word in self.genitive and quantity.unit in self.link_units
        if i >= len(doc):
            return None
        if not (self._is_head(doc, i, places) or (share and self._names(doc, i))):
            return None
        counted = quantity.unit is None and quantity.value != 1 and not linked
        return None if counted and self.plural_verb.match(doc[i].lower_) else i

    def _skip_whole(self, doc: Doc, i: int, quantity: Quantity) -> int:
        """Past the number of a partitive's whole ('quatro dos nove réus', '4,5% de um
        salário'); 'de um' after money says where from ('US$ 4 milhões de um fornecedor')."""
        while i + 1 < len(doc) and doc[i].like_num:
            if is_money(quantity.unit) and doc[i].lower_ in self.indefinites:
                break
            i = self._skip_words(doc, i + 1, linked=True)
        return i

    def _links(self, unit: str) -> set[str]:
        linked = is_money(unit) or unit in self.link_units
        return self.genitive | (self.money_link if linked else set())

    def _skip_words(self, doc: Doc, i: int, linked: bool) -> int:
        """Determiners after a link (de todos os gastos), then pre-nominal adjectives (5 mil
        novos vigias)."""
        while linked and i < len(doc) and doc[i].lower_ in self.determiners:
            i += 1
        while i < len(doc) and doc[i].lower_ in self.pre_nominal:
            i += 1
        return i

    def _is_content(self, token: Token, head: bool = False) -> bool:
        if not (token.is_alpha or ("-" in token.text and token.text[0].isalpha())):
            return False
        if token.lower_ in self.stop:
            return False
        # A head is never a capitalised word (a name, a new sentence); complements may be.
        return not (head and self.stop_pattern.match(token.text))

    def _is_head(self, doc: Doc, i: int, places: bool = False) -> bool:
        """A content word, not a number (os sete primeiros meses); capitalised only as a common
        plural (oito Estados), not a name."""
        token = doc[i]
        if not self._is_content(token) or token.like_num:
            return False
        text = token.lower_ if _common_capitalised(doc, i, places) else token.text
        return not self.stop_pattern.match(text)

    def _names(self, doc: Doc, i: int) -> bool:
        """A capitalised word or an acronym, not a number nor a stop word."""
        token = doc[i]
        return token.text[:1].isupper() and self._is_content(token) and not token.like_num

    def _extend(self, doc: Doc, head: int) -> int:
        """Modifiers, then at most one 'de' complement with its coordinated nouns."""
        last, limit = head + 1, min(len(doc), head + self.max_tokens)
        last = self._modifiers(doc, last, limit)
        complement = last + 1 < limit and doc[last].lower_ in self.genitive | self.demonstratives
        timed = complement and self._skip_words(doc, last + 1, False) < limit and (
            doc[self._skip_words(doc, last + 1, False)].lower_ in self.time_words
        )  # 'quatro feitos norte-coreanos deste ano'
        if complement and not timed and self._is_content(doc[last + 1]):
            last = self._complement(doc, last + 1, limit)
        return last

    def _modifiers(self, doc: Doc, i: int, limit: int) -> int:
        while i < limit and self._modifier(doc[i].lower_):
            i += 1
        return i

    def _modifier(self, word: str) -> bool:
        """An adjective by its ending; not a time word that ends like one ('sábado')."""
        return bool(self.modifier.match(word)) and word not in self.not_modifiers

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
            and not (doc[i].text == "," and self.list_stop.match(doc[i + 1].lower_))
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

    # -- before the quantity -----------------------------------------------------------------

    def find_before(self, doc: Doc, start: int, end: int, lo: int) -> Found | None:
        """The noun phrase that the quantity ``doc[start:end]`` is the amount of, written before
        it in the sentence starting at character ``lo``: ``NP de Q``, ``NP (Q)``, ``NP, Q,``,
        ``NP [, que] VERB [a|de|em] Q``."""
        ending = self._phrase_end(doc, start, end, lo)
        if ending is None:
            return None
        stop, subject = self._trim_tail(doc, ending[0]), ending[1]
        first = self._phrase_start(doc, stop, lo, subject)
        # 'queda de 20%', 'um corte de R$ 1,2 bilhão': the noun the amount measures through
        # 'de' is the item, even a word of change that heads no item after a figure (guide)
        measured = (stop == start - 1 and doc[start - 1].lower_ == "de") or (
            stop == start and doc[start].lower_ in self.genitive
        )
        # the subject of a verb of amount is its item, a word of change or a total too ('a
        # diferença chega a R$ 827,6 mil', 'o total foi de R$ 2,6 milhões')
        return self._item_before(doc, first, stop, lo, measured or subject)

    def find_frame(self, doc: Doc, start: int, lo: int) -> Found | None:
        """The group named by the frame that opens the sentence starting at character ``lo``
        and ends right before the quantity at ``start``: 'Entre os brasileiros, 54% defendem'
        → brasileiros, 'Do total de servidores, 42 têm' → servidores."""
        comma = start - 1
        if comma < 1 or doc[comma].text != "," or doc[comma - 1].idx < lo:
            return None
        first = comma - 1
        while first > 0 and doc[first - 1].idx >= lo:
            first -= 1
        if doc[first].lower_ not in self.frames or any(t.text == "," for t in doc[first:comma]):
            return None  # the frame is the sentence's first clause
        head = self._skip_words(doc, first + 1, linked=True)
        while head < comma and doc[head].like_num:  # 'Dos 14 ministros'
            head = self._skip_words(doc, head + 1, linked=True)
        if head >= comma or not self._is_head(doc, head):
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
        if k < 0 or doc[k].idx < lo or doc[k].lower_ not in self.verbs:
            return None
        head = self._skip_words(doc, end + 1, linked=False)
        if head >= len(doc) or not self._is_head(doc, head):
            return None
        return self._phrase(doc, head, self._extend(doc, head), measured=True)

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

    def placed(self, doc: Doc, end: int, found: Found) -> bool:
        """Whether the item ``found`` after the quantity's last token ``end`` follows one of the
        'place_links' ('44% no repasse', 'R$ 300 milhões em propina'), not 'de' ('cinco anos de
        prisão', '5% dos entrevistados')."""
        return end < len(doc) and doc[end].idx < found[0].span[0] and (
            doc[end].lower_ in self.place_links
        )

    def find_measured(
        self, doc: Doc, start: int, end: int, lo: int, unit: str | None
    ) -> Found | None:
        """The noun right before ``de`` that the quantity ``doc[start:end]``, in a unit of
        'measured_units', measures ('pena de 22 anos de prisão' → pena), or None."""
        money = is_money(unit) and "money" in self.measured_units
        if not (money or unit in self.measured_units):
            return None
        if start < 2 or doc[start - 1].lower_ != "de" or doc[start - 1].idx < lo:
            return None
        if doc[start - 2].lower_ in self.not_measured:
            return None
        found = self.find_before(doc, start, end, lo)
        if found is None or found[1] != start - 1 or any(c.isdigit() for c in found[0].text):
            return None  # 'pena de cinco anos de prisão e de 10 milhões': another figure's
        return found

    def _phrase_end(self, doc: Doc, start: int, end: int, lo: int) -> tuple[int, bool] | None:
        """Where the phrase ends, and whether it is the subject of a verb of amount."""
        j = start - 1
        if j < 0 or doc[j].idx < lo:
            return None
        if doc[j].text == "(" or (doc[j].text == "," and end < len(doc) and doc[end].text == ","):
            return j, False
        j = j - 1 if doc[j].lower_ in self.links else j
        aside = self._aside_start(doc, j, lo)  # 'As descidas oscilam, consoante os produtos, entre'
        if aside is not None and doc[aside - 1].lower_ in self.verbs:
            j = aside - 1
        verbs = doc[start].lower_ in self.verbs
        while j >= 0 and doc[j].idx >= lo and (
            doc[j].lower_ in self.verbs | self.bridge or self._verb_colon(doc, j)
        ):
            verbs, j = verbs or doc[j].lower_ in self.verbs, j - 1
        # 'a suspensão dos direitos políticos de 3 a 5 anos', 'ganhos da ordem dos 0,95%': the
        # quantity opens with the 'de' that links it to the noun it measures, not a verb's
        # ('que desembolsam de R$ 500 mil a R$ 2 milhões', 'para viajar de 3 mil a 4 mil km')
        opened = doc[start].lower_ in self.genitive or (
            doc[start].lower_ in self.bounds and self._noun_before(doc, start - 1)
        )  # 'os salários até R$ 4.340', not 'estimou que gastaria até R$ 1,4 bilhão'
        opened = opened and not self._verb_before(doc, start - 1)
        if not (verbs or opened or doc[start - 1].lower_ in self.skip):
            return None
        j = self._before_clause(doc, j, verbs, end)
        # 'uma bolsa do Fundo de Amparo ao Trabalhador (FAT) de cerca de R$ 1,6 mil'
        aside = self._aside_start(doc, j, lo) if verbs or doc[j].text == ")" else None
        return (j if aside is None else aside - 1) + 1, verbs

    def _noun_before(self, doc: Doc, j: int) -> bool:
        """Whether ``doc[j]`` reads as a noun: after a determiner or a preposition ('com
        alcance', 'uma renda anual'), an adjective, or no verb form of the lemma table."""
        word = doc[j].lower_
        opened = j >= 1 and doc[j - 1].lower_ in self.articles | self.openers | self.genitive
        placed = j >= 1 and doc[j - 1].lower_ in self.complement_links
        return opened or placed or bool(self.modifier.match(word)) or not _verb_like(word)

    def _verb_colon(self, doc: Doc, j: int) -> bool:
        """A colon between two verbs of amount ('a receita também aumentou: passou de')."""
        verb = doc[j - 1].lower_ if j >= 1 else ""
        return doc[j].text == ":" and verb in self.verbs and not self.list_stop.match(verb)

    def _verb_before(self, doc: Doc, j: int) -> bool:
        """Whether ``doc[j]`` reads as a verb: an infinitive, a plural or a past form."""
        word = doc[j].lower_
        forms = self.plural_verb.match(word) or self.stop_pattern.match(word)
        return _infinitive(word) or bool(forms)

    def _aside_start(self, doc: Doc, j: int, lo: int) -> int | None:
        """Where an aside that ends at ``doc[j]`` opens: a parenthesis ('A taxa de fiscalização
        (Fistel), que custa'), or a few words between commas after a word ('A carteira de
        crédito do Itaú, incluindo avais e fianças, saltou'; '…, segundo a CNI, é de'), none
        of them a figure or a verb of amount."""
        if j < 1 or doc[j].text not in (",", ")"):
            return None
        opening = "(" if doc[j].text == ")" else ","
        for k in range(j - 1, max(0, j - ASIDE_WORDS) - 1, -1):
            if doc[k].idx < lo:
                return None
            if doc[k].text == opening:
                before = doc[k - 1] if k >= 1 and doc[k - 1].idx >= lo else None
                word = before is not None and (before.is_alpha or before.text == ")")
                return k if word and k < j - 1 and self._opens_aside(doc, k) else None
            digits = any(c.isdigit() for c in doc[k].text)  # 'segundo a CNI' is no figure
            if digits or doc[k].lower_ in self.verbs or not (
                doc[k].is_alpha or doc[k].is_space or opening == "(" or "-" in doc[k].text
            ):
                return None
        return None

    def _opens_aside(self, doc: Doc, k: int) -> bool:
        """Whether the words after the mark at ``doc[k]`` are an aside: in parentheses, or
        after a comma not a stop word, unless one of 'aside_openers' ('segundo a CNI', 'o juro
        básico', 'corrigido pela inflação', 'diz ele'); not 'como no projeto', 'haverá…'."""
        first = doc[k + 1] if not doc[k + 1].is_space else doc[k + 2]
        word = first.lower_
        return doc[k].text == "(" or word in self.aside_openers or word not in self.stop

    def _before_clause(self, doc: Doc, j: int, verbs: bool, end: int) -> int:
        """Step back over ``, que`` or ``que`` after a noun (NP, que cresceu; a propina que
        somam), the comma of a gerund or participle (NP, recuando de; NP, avaliado em) or of an
        apposition (A escultura, de dois metros,)."""
        if verbs and j >= 1 and doc[j].lower_ == "que" and doc[j - 1].text == ",":
            return j - 2
        if verbs and j >= 2 and doc[j].lower_ == "que" and self._in_phrase(doc, j - 1):
            noun = doc[j - 2].lower_ in self.articles | self.genitive | self.complement_links
            return j - 1 if noun else j  # 'uma dívida que chegou', not 'o estudo aponta que'
        after = doc[j + 1].lower_.split("-")[0]
        # 'NP, recuando de', 'um imóvel de alto valor, avaliado em': the noun before the comma
        gerund = verbs and (after.endswith("ndo") or bool(self.list_stop.match(after.rstrip("s"))))
        apposition = not verbs and end < len(doc) and doc[end].text == ","
        if not (j >= 1 and doc[j].text == "," and (gerund or apposition)):
            return j
        # 'A taxa de cobertura melhorou, situando-se em': past the verb the gerund goes on from
        past = gerund and j >= 2 and bool(self.stop_pattern.match(doc[j - 1].lower_))
        return j - 2 if past and doc[j - 1].is_alpha else j - 1

    def _trim_tail(self, doc: Doc, stop: int) -> int:
        """Drop a trailing time (``em 2018``, ``no período``) from the phrase's end."""
        if stop >= 2 and doc[stop - 2].lower_ in self.genitive | self.money_link:
            last = doc[stop - 1]
            if last.lower_ in self.time_words or (last.like_num and last.text[:1].isdigit()):
                return stop - 2
        return stop

    def _phrase_start(self, doc: Doc, stop: int, lo: int, subject: bool) -> int:
        """The first word of the phrase ending before ``stop``; in the ``subject`` of a verb of
        amount, with the noun that a complement after a preposition belongs to ('o investimento
        no projeto', 'as vendas ao Japão', 'a multa por dirigir embriagado'): a noun or
        adjective before the preposition, not a verb ('investiu em ações'). Before 'de' the
        preposition is the verb's ('vive num apartamento de 68 metros quadrados')."""
        first = candidate = self._segment_start(doc, stop, lo)
        while subject and candidate < stop:
            link = self._link_before(doc, candidate, lo)
            if link is None or not self._in_phrase(doc, link - 1):
                break
            candidate = self._segment_start(doc, link, lo)
            if candidate >= link or stop - candidate > 2 * self.max_tokens:
                break
            # 'a receita líquida com publicidade nas linhas': the noun that opens the phrase;
            # not 'previa isenção para salários', 'uma alta no salário mínimo'
            opens = self._opens_phrase(doc, candidate, lo)
            if opens and self._heads_item(doc, candidate, link, lo):
                first = candidate
        return first

    def _heads_item(self, doc: Doc, i: int, link: int, lo: int) -> bool:
        """Whether the words from ``doc[i]`` to the preposition at ``link`` are a noun phrase
        that names an item: its head not a name, a word of change or of forecast ('a previsão
        para o salário mínimo recuou de' → salário mínimo), no infinitive in it ('o valor que
        o partido queria destinar à campanha', 'as empresas a trabalhar na Guiné-Bissau')."""
        leading = self.genitive | self.pre_nominal | self.articles | self.complement_links
        while i < link and (doc[i].lower_ in leading or doc[i].like_num):
            i += 1
        if i >= link or any(_infinitive(t.lower_) for t in doc[i:link]):
            return False
        word = doc[i].lower_
        if word in self.not_items | self.never_items | self.forecasts:
            return False
        return self._names_thing(doc, i, lo)

    def _link_before(self, doc: Doc, first: int, lo: int) -> int | None:
        """The preposition right before ``doc[first]``, an article between them ('com o Metrô',
        'do seu país'; not 'de um', which opens another noun: 'a execução de uma punição'), or
        None."""
        k = first - 1
        if k >= 1 and doc[k].lower_ in self.openers:
            if doc[k].lower_ in self.indefinites:
                return None  # 'o marido em um apartamento': another noun phrase
            if doc[k - 1].lower_ in self.genitive and doc[k].lower_ not in self.possessives:
                return None
            k -= 1
        if doc[k].lower_ in self.indefinites:
            return None  # 'num prazo', 'numa casa'
        words = self.complement_links | self.genitive
        return k if k >= 1 and doc[k].idx >= lo and doc[k].lower_ in words else None

    def _opens_phrase(self, doc: Doc, i: int, lo: int) -> bool:
        """Whether ``doc[i]`` starts a noun phrase: after a determiner ('as melhorias no imóvel')
        or first in its clause ('Número de passageiros transportados pelo Metrô')."""
        if i == 0 or doc[i].idx == lo:
            return True
        before = doc[i - 1]
        return before.lower_ in self.openers or before.text in CLAUSE_MARKS

    def _segment_start(self, doc: Doc, stop: int, lo: int) -> int:
        j, limit = stop - 1, max(0, stop - self.max_tokens)
        while j >= limit and doc[j].idx >= lo and self._in_phrase(doc, j):
            if j + 1 < stop and not self._joins(doc, j):
                break
            j -= 1
        return j + 1

    def _joins(self, doc: Doc, j: int) -> bool:
        """Whether ``doc[j]`` belongs with the phrase word after it: through a 'de' (margem de
        erro) or as the noun of the adjective after it (lucro líquido); a word before a noun is
        a verb or a pre-nominal adjective (registra inflação, a mesma alíquota), not the item."""
        word, after = doc[j].lower_, doc[j + 1].lower_
        if word in self.genitive or after in self.genitive or "não" in (word, after):
            return True
        if self.modifier.match(after) or (j >= 1 and doc[j - 1].lower_ in self.articles):
            return True
        return not _verb_like(word)

    def _in_phrase(self, doc: Doc, j: int) -> bool:
        token = doc[j]
        if token.lower_ in self.genitive:
            return True
        if token.lower_ == "não":  # os efeitos não recorrentes
            return j >= 1 and doc[j - 1].is_alpha and doc[j - 1].lower_ not in self.stop
        if token.lower_ in self.verbs or self.stop_pattern.match(token.lower_):
            return False
        return self._is_content(token)

    def _item_before(
        self, doc: Doc, first: int, stop: int, lo: int, measured: bool = False
    ) -> Found | None:
        """The item in ``doc[first:stop]``."""
        leading = self.genitive | self.pre_nominal | self.articles | self.complement_links
        # 'oito pagamentos de R$ 500 mil', 'nossa multinha é de': a count or a determiner
        while first < stop and (doc[first].lower_ in leading or doc[first].like_num):
            first += 1
        if first >= stop or not self._names_thing(doc, first, lo):
            return None
        found = self._phrase(doc, first, stop, measured)
        return None if found is None else (found[0], stop)

    def _names_thing(self, doc: Doc, i: int, lo: int) -> bool:
        """Not a name: lower case, an acronym (PIB, IPCA), or the sentence's first word with a
        'de' complement (a title: 'Conta de água de R$ 1,1 milhão', 'Descida de 20 por cento')."""
        text = doc[i].text
        if text[:1].islower() or (text.isupper() and len(text) > 1):
            return True
        opening = doc[i].idx == lo and i + 2 < len(doc) and doc[i + 1].lower_ in self.genitive
        noun = text[1:].islower() and not self.modifier.match(doc[i].lower_)
        return opening and noun and not doc[i + 2].text[:1].isupper()

    # -- the figure it continues -------------------------------------------------------------

    def compares(self, doc: Doc, end: int) -> bool:
        """Whether the figure ending before token ``end`` is a difference: '44% maior que',
        '27% a mais que', '31,7% superior'."""
        i = end + 1 if end < len(doc) and doc[end].lower_ == "a" else end
        return i < len(doc) and doc[i].lower_ in self.comparatives

    def continued(self, doc: Doc, start: int, previous: tuple[int, int] | None) -> bool:
        """Whether the quantity at ``start`` continues the one at ``previous`` (token start and
        end): ``de X para Y`` or ``X (Y)``."""
        if previous is None or start < 1:
            return False
        before = doc[start - 1]
        if before.text == "(":
            return 0 <= start - 1 - previous[1] <= 1  # X (Y), X rublos (Y)
        opened = previous[0] >= 1 and doc[previous[0] - 1].lower_ in self.opens
        return before.lower_ in self.continues and opened and previous[1] < start


def _verb_like(word: str) -> bool:
    """A verb form the lemma table knows, or an infinitive."""
    return is_verb_form(word) or _infinitive(word)


def _infinitive(word: str) -> bool:
    return len(word) > 3 and word.endswith(("ar", "er", "ir"))


def is_money(unit: str | None) -> bool:
    """An ISO 4217 code (the units of money): three capitals."""
    return unit is not None and len(unit) == 3 and unit.isupper()


def _common_capitalised(doc: Doc, i: int, places: bool = False) -> bool:
    """``Estados`` in ``oito Estados``: a capitalised plural that does not start a name, nor,
    where ``places``, follows a bare 'de' (a place: '51 de Goiás', 'a 135 km de Manaus')."""
    text = doc[i].text
    plural = text[:1].isupper() and text[1:].islower() and text.endswith("s")
    place = places and i >= 1 and doc[i - 1].lower_ == "de"
    return plural and not place and (i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper())
