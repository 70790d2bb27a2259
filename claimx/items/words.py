"""The word lists of the item rules (``rules/pt/items.yaml``) and the tests of single words that
every reading of an item makes: a content word, a head, a name, a modifier, a verb form.

The rules are three (``direction``: after, before, previous); the word lists of the ``after``
rule (stop words, genitives, …) serve all three readings.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimx.attribution.lemmas import is_verb_form, lemma_table
from claimx.drafts import text_of
from claimx.rulebook.loader import Rulebook
from claimx.rulebook.models import ItemRule
from claimx.schema import TextSpan

COORDINATORS = {",", "e"}
Found = tuple[TextSpan, int]
"""An item: its span and the token it ends before."""


def rule_of(rules: list[ItemRule], direction: str) -> ItemRule:
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


def span_of(doc: Doc, first: int, end: int) -> TextSpan:
    span = doc[first:end]
    start, stop = span.start_char, span.end_char
    # the text's own characters: Span.text joins its tokens anew
    return TextSpan.assemble(text=text_of(doc)[start:stop], span=[start, stop])


class ItemWords:
    """The word lists of the three item rules, and the tests of one word."""

    def __init__(self, rulebook: Rulebook) -> None:
        rules: list[ItemRule] = rulebook.rules(ItemRule)
        if not rules:
            raise ValueError("no item rule in the rule files")
        rule, before, previous = (rule_of(rules, d) for d in ("after", "before", "previous"))
        self.rule_id, self.before_id, self.previous_id = rule.id, before.id, previous.id
        self.skip, self.genitive = set(rule.skip), set(rule.genitive)
        self.dimensions = set(rule.dimensions)
        self.money_link, self.stop = set(rule.money_link), set(rule.stop) | self.dimensions
        self.link_units, self.determiners = set(rule.link_units), set(rule.determiners)
        self.pre_nominal, self.transparent = set(rule.pre_nominal), set(rule.transparent)
        self.post_nominal = set(rule.post_nominal)
        self.complement_adjectives = set(rule.complement_adjectives)
        self.counted_measures = set(rule.counted_measures)
        self.share_wholes = set(rule.share_wholes)
        self.measure_leads = set(rule.measure_leads)
        self.demonstratives, self.pronouns = set(rule.demonstratives), set(rule.pronouns)
        self.feminine_pronouns = set(rule.feminine_pronouns)
        self.feminine_plurals = list(rule.feminine_plurals)
        self.not_items, self.time_words = set(rule.not_items), set(rule.time_words)
        self.never_items = set(rule.never_items) | self.time_words
        self.frame_nouns = set(rule.frame_nouns)
        self.stop_pattern = re.compile(rule.stop_pattern or r"(?!)")
        self.modifier = re.compile(rule.modifier_pattern or r"(?!)")
        self.list_stop = re.compile(rule.list_stop_pattern or r"(?!)")
        self.plural_verb = re.compile(rule.plural_verb_pattern or r"(?!)")
        self.max_tokens = rule.max_tokens
        self.acronym = re.compile(rule.acronym_pattern or r"(?!)")
        self.acronym_not_items = set(rule.acronym_not_items)
        self.links, self.bridge = set(before.links), set(before.bridge)
        self.verbs = verb_forms(before)
        self.verb_endings = before.verb_endings
        self.continues, self.opens = set(previous.links), set(previous.bridge)
        self.list_links = set(previous.list_links)
        self.elided_openers, self.elided_gap = set(previous.elided_openers), previous.elided_gap
        self.agreement_endings = tuple(previous.agreement_endings)
        self.elision_window, self.frames = previous.window, set(before.frames)
        self.comparatives = set(previous.comparatives)
        self.signs, self.comparison_links = set(previous.signs), set(previous.comparison_links)
        self.bounds = set(before.bounds)
        self.articles = set(before.articles)
        # before an infinitive 'a' and 'ao' are prepositions ('passou a custar', 'ao pagar')
        self.noun_determiners = (self.articles | set(before.openers)) - {"a", "ao", "à"}
        self.complement_links = set(before.complement_links)
        self.openers, self.possessives = set(before.openers), set(before.possessives)
        self.forecasts, self.indefinites = set(before.forecasts), set(before.indefinites)
        self.change_nouns = set(before.change_nouns)
        self.aside_openers = set(before.aside_openers)
        self.postposed_articles = set(before.postposed_articles)
        self.recipient_articles = set(before.recipient_articles)
        self.datives = set(before.datives)
        self.measured_units = set(before.measured_units)
        self.measured_first_units = set(before.measured_first_units)
        self.sanctions = set(before.sanctions)
        self.named_scales = set(before.named_scales)
        self.conjunctions = set(before.conjunctions)
        self.clause_words = set(before.clause_words)
        self.not_measured = set(before.not_measured)
        self.payment_means = set(before.payment_means)
        self.size_locutions = set(before.size_locutions)
        self.place_links = set(before.place_links)
        self.adverbial_links = set(before.adverbial_links)
        self.object_links = set(before.object_links)
        self.possessor = re.compile(before.possessor_pattern or r"(?!)")
        self.person_verb = re.compile(before.person_verb_pattern or r"(?!)")
        self.not_modifiers = self.stop | self.time_words

    def _participle(self, token: Token) -> bool:
        """A participle of a verb of amount ('estimada', 'previstos', 'construído'), singular
        or plural: the 'list_stop_pattern' words, which end a list after a comma."""
        return self.list_stop.match(token.lower_.rstrip("s")) is not None

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
        text = token.lower_ if self._common_capitalised(doc, i, places) else token.text
        return not self.stop_pattern.match(text)

    def _common_capitalised(self, doc: Doc, i: int, places: bool = False) -> bool:
        """``Estados`` in ``oito Estados``: a capitalised plural that does not start a name, nor,
        where ``places``, follows a bare 'de' (a place: '51 de Goiás', 'a 135 km de Manaus');
        an acronym's plural ('18 UPPs')."""
        text = doc[i].text
        if self._acronym_plural(text):
            return True
        plural = text[:1].isupper() and text[1:].islower() and text.endswith("s")
        place = places and i >= 1 and doc[i - 1].lower_ == "de"
        return plural and not place and (i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper())

    def _counted_acronym(self, doc: Doc, i: int) -> bool:
        """An acronym a count counts ('cerca de 145 mil LP', 'seis LP', 'dois CD duplos', '794
        PMs'): not a unit ('2,7 MB'), nor a word of a headline in capitals ('3 QUE DECEPÇÃO',
        'SONORA 2208 MAIA As'), where a capital follows it."""
        if not self._acronym(doc[i].text):
            return False
        return i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper()

    def _acronym(self, text: str) -> bool:
        """An acronym that may be a common noun: not a unit or a time ('MB', 'AM')."""
        return bool(self.acronym.fullmatch(text)) and text not in self.acronym_not_items

    def _acronym_plural(self, text: str) -> bool:
        """An acronym's plural, a common noun wherever it stands ('18 UPPs', 'dois PMs', 'as
        PECs'), not a name."""
        return text.endswith("s") and self._acronym(text)

    def _names(self, doc: Doc, i: int) -> bool:
        """A capitalised word or an acronym, not a number nor a stop word."""
        token = doc[i]
        return token.text[:1].isupper() and self._is_content(token) and not token.like_num

    def _modifier(self, word: str) -> bool:
        """An adjective by its ending; not a time word that ends like one ('sábado')."""
        return bool(self.modifier.match(word)) and word not in self.not_modifiers

    def _names_thing(self, doc: Doc, i: int, lo: int) -> bool:
        """Not a name: lower case, an acronym (PIB, IPCA), or the sentence's first word with a
        'de' complement (a title: 'Conta de água de R$ 1,1 milhão', 'Descida de 20 por cento')."""
        text = doc[i].text
        acronym = (text.isupper() and len(text) > 1) or self._acronym_plural(text)
        if text[:1].islower() or acronym:
            return True
        opening = doc[i].idx == lo and i + 2 < len(doc) and doc[i + 1].lower_ in self.genitive
        # not an adjective, but a noun of action may end like a participle ('Descida de 20 por
        # cento registada em Abril', 'Subida de 5%')
        word = doc[i].lower_
        action = word.endswith(("ada", "ida"))
        noun = text[1:].islower() and (action or not self.modifier.match(word))
        return opening and noun and not doc[i + 2].text[:1].isupper()

    def _verb_before(self, doc: Doc, j: int) -> bool:
        """Whether ``doc[j]`` reads as a verb: an infinitive, a plural or a past form."""
        word = doc[j].lower_
        forms = self.plural_verb.match(word) or self.stop_pattern.match(word)
        return infinitive(word) or bool(forms)

    def _infinitive(self, doc: Doc, i: int) -> bool:
        """Whether ``doc[i]`` is a verb's infinitive, personal ones too ('pagar multa', 'a
        declararem doações'): a word whose conjugated forms the lemma table reads as its forms;
        not a noun after a determiner ('o placar', 'do olhar')."""
        word = doc[i].lower_
        for person in ("em", "mos"):  # declararem, pagarmos
            if word.endswith(("ar" + person, "er" + person, "ir" + person)):
                word = word[: -len(person)]
        table, endings = lemma_table(), self.verb_endings.get(word[-2:])
        if table is None or not endings or len(word) < 3:
            return False
        if i >= 1 and doc[i - 1].lower_ in self.noun_determiners:
            return False
        return any(table.lemma(word[:-2] + ending) == word for ending in endings)

    def _named_noun(self, doc: Doc, i: int) -> bool:
        """Whether a noun of a locution ('com idade de', 'a gente') is a noun phrase's head
        here: after a determiner, before an adjective ('a idade mínima de aposentadoria')."""
        opened = i >= 1 and doc[i - 1].lower_ in self.openers
        return opened and i + 1 < len(doc) and self._modifier(doc[i + 1].lower_)

    def _conjugated(self, word: str) -> bool:
        """Whether ``word`` is a form of a verb of the lemma table by one of 'verb_endings'
        ('paga', which the table reads as the adjective 'pago', of 'pagar' as 'pagou' is)."""
        table = lemma_table()
        if table is None or is_verb_form(word):
            return table is not None
        past = {"ar": "ou", "er": "eu", "ir": "iu"}
        for conjugation, endings in self.verb_endings.items():
            for ending in endings:
                stem = word[: -len(ending)]
                known = word.endswith(ending) and len(stem) > 1 and conjugation in past
                if known and table.lemma(stem + past[conjugation]) == stem + conjugation:
                    return True
        return False

    def _skip_words(self, doc: Doc, i: int, linked: bool) -> int:
        """Determiners after a link (de todos os gastos), then pre-nominal adjectives (5 mil
        novos vigias)."""
        while linked and i < len(doc) and doc[i].lower_ in self.determiners:
            i += 1
        while i < len(doc) and doc[i].lower_ in self.pre_nominal:
            i += 1
        return i


def verb_like(word: str) -> bool:
    """A verb form the lemma table knows, or an infinitive."""
    return is_verb_form(word) or infinitive(word)


def infinitive(word: str) -> bool:
    return len(word) > 3 and word.endswith(("ar", "er", "ir"))


