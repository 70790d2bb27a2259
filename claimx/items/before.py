"""The item before a quantity: the noun it measures through 'de' (``indenização de R$ 1 milhão``),
the subject of a verb of amount (``o lucro líquido somou R$ 4 bilhões``), ``NP (Q)`` and ``NP, Q,``
(rule ``item.before_quantity``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimx.items.after import QUOTE_PAIRS, QUOTED_WORDS, AfterReading
from claimx.items.words import Found, infinitive, span_of, verb_like
from claimx.quantity.units import is_money

CLAUSE_MARKS = {",", ";", ":", "(", "–", "—", "-"}
NUMBERED_NAME = re.compile(r"^[A-Z][A-Z]+-\d+$")
YEAR = re.compile(r"^(1[89]|20)\d\d$")
ASIDE_WORDS = 10


class BeforeReading(AfterReading):
    """The noun phrase before a quantity."""

    def find_before(self, doc: Doc, start: int, end: int, lo: int) -> Found | None:
        """The noun phrase that the quantity ``doc[start:end]`` is the amount of, written before
        it in the sentence starting at character ``lo``: ``NP de Q``, ``NP (Q)``, ``NP, Q,``,
        ``NP [, que] VERB [a|de|em] Q``."""
        ending = self._phrase_end(doc, start, end, lo)
        if ending is None:
            return None
        stop, subject = self._trim_tail(doc, ending[0]), ending[1]
        if doc[start - 1].text == "(" and self._ends_in_name(doc, stop, lo):
            return None
        # 'queda de 20%', 'um corte de R$ 1,2 bilhão': the noun the amount measures through
        # 'de' is the item, even a word of change that heads no item after a figure (guide)
        measured = (stop == start - 1 and doc[start - 1].lower_ == "de") or (
            stop == start and (doc[start].lower_ in self.genitive or self._sized(doc, start))
        )
        if measured and stop == start - 1:
            quoted = self._quoted_before(doc, stop, lo)
            if quoted is not None:
                return quoted
            dimension = self._dimension_before(doc, stop, lo)
            if dimension is not None:
                return span_of(doc, dimension, stop), stop
        # a coordination's head is its first conjunct ('moda e acessórios (14,8%)'); not through
        # the 'de' of a measured amount, where the last conjunct is measured alone ('um ano de
        # prisão e multa de US$ 1.000' → multa)
        conjoined = not (measured and stop == start - 1)
        first = self._phrase_start(doc, stop, lo, subject, conjoined)
        if measured and not subject and stop == start - 1:
            first = self._measured_start(doc, first, stop)
        # the subject of a verb of amount is its item, a word of change or a total too ('a
        # diferença chega a R$ 827,6 mil', 'o total foi de R$ 2,6 milhões')
        # 'a redução da tarifa em 18%': the noun of change itself, as before 'de'
        changed = self._change_by(doc, start, lo)
        return self._item_before(doc, first, stop, lo, measured or subject or changed)

    def _quoted_before(self, doc: Doc, de: int, lo: int) -> Found | None:
        """A term in quotation marks right before the 'de' at ``de``, which the amount
        measures as it would the bare noun ('recebeu o que chamou de ‘mensalinho’ de R$ 300
        mil' → mensalinho, 'tinha um "crédito" de R$ 10 milhões' → crédito): a few words,
        none a number; the item is the words, without their marks."""
        close = de - 1
        if close < 2 or not doc[close].whitespace_:
            return None
        for i in range(close - 2, max(-1, close - 2 - QUOTED_WORDS), -1):
            if doc[i].idx < lo:
                return None
            if QUOTE_PAIRS.get(doc[i].text) == doc[close].text:
                words = doc[i + 1 : close]
                plain = all(t.is_alpha or "-" in t.text for t in words)
                if not (plain and self._is_head(doc, i + 1)):
                    return None
                return span_of(doc, i + 1, close), de
        return None

    def _dimension_before(self, doc: Doc, de: int, lo: int) -> int | None:
        """Where a dimension that the amount measures through ``doc[de]`` ('de') starts, with
        one modifier after it ('uma altura máxima de 2.802 km', 'comprimento de 12,2 metros');
        dimensions stop every other phrase (they are no item after a measure)."""
        for k in (de - 1, de - 2):
            if k < 0 or doc[k].idx < lo:
                return None
            if doc[k].lower_ in self.dimensions:
                return k
            if not self.modifier.match(doc[k].lower_):
                return None
        return None

    def find_dimension(
        self, doc: Doc, start: int, end: int, lo: int, unit: str | None
    ) -> Found | None:
        """The dimension that a measure gives through 'de' right after it, where no noun before
        is measured through 'de' ('um poço com cerca de 25 metros de profundidade' →
        profundidade, 'um submarino de 170 metros de comprimento' → comprimento; not 'uma
        barreira de 12 metros de altura' → barreira)."""
        if unit is None or is_money(unit) or unit in self.measured_units:
            return None
        if end + 1 >= len(doc) or doc[end].lower_ != "de":
            return None
        if doc[end + 1].lower_ not in self.dimensions:
            return None
        k = start - 1
        measured = k >= 1 and doc[k].lower_ == "de" and doc[k - 1].idx >= lo
        if measured and doc[k - 1].is_alpha and self._noun_before(doc, k - 1):
            return None  # the noun before 'de' is the one measured
        return span_of(doc, end + 1, end + 2), end + 2

    def find_scale(self, doc: Doc, start: int, lo: int, unit: str | None) -> Found | None:
        """The scale that a bare figure is read on, named right before it with no 'de': the
        figure measures that noun whatever follows it ('um terremoto de magnitude 7,3 no Irã',
        'um tremor de magnitude 6,3 ser detectado' → magnitude; 'tirou nota 1000' → nota)."""
        k = start - 1
        if unit is not None or k < 0 or doc[k].idx < lo or doc[k].lower_ not in self.named_scales:
            return None
        return span_of(doc, k, start), start

    def _ends_in_name(self, doc: Doc, stop: int, lo: int) -> bool:
        """Whether the phrase ending before ``stop`` ends in a name that is not a 'de'
        complement: the figure in parentheses after it is that one's, of nothing it names
        ('o governador Geraldo Alckmin (7%)', 'Bill Clinton (54%)', 'o espanhol Carlos Sainz
        (5º)', 'BTG (33,73%)'); not 'eleitores de Lula (34%)', 'polícias do Amapá (5)', nor a
        place after a noun's complement ('têm mais notificações de microcefalia Colômbia (24)')."""
        k = stop - 1
        while k >= 0 and doc[k].idx >= lo and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k -= 1
        if k == stop - 1:
            return False
        if k < 0 or doc[k].idx < lo:
            return True
        complement = k >= 1 and doc[k - 1].lower_ in self.genitive
        return doc[k].lower_ not in self.genitive | self.links and not complement

    def _measured_start(self, doc: Doc, first: int, stop: int) -> int:
        """Where the noun the amount measures through 'de' starts: after a genitive with an
        article before a common noun, that noun ('o cumprimento da pena de 12 anos' → pena,
        'detalhes da cela de 15 m²' → cela, 'a prorrogação do limite de R$ 1,5 milhão' →
        limite); not a person it is of ('a pena do petista de 9 anos'), nor a size ('propina da
        ordem de'), nor through a bare 'de' ('margem de erro de dois pontos')."""
        while first < stop and doc[first].lower_ in self.genitive:  # 'sabia [da] existência'
            first += 1
        # a forecast of what is measured: 'têm previsão de salário de R$ 1.195' → salário
        lead = self._skip_words(doc, first, linked=True)
        if lead + 2 < stop and doc[lead].lower_ in self.forecasts and doc[lead + 1].lower_ == "de":
            return lead + 2
        for k in range(first, stop - 1):  # 'a redução do centro da meta de 4,5%'
            if doc[k].lower_ not in self.genitive - {"de"}:
                continue
            noun = self._skip_words(doc, k + 1, linked=True)
            word = doc[noun].lower_ if noun < stop else ""
            common = noun < stop and doc[noun].text[:1].islower()
            if common and word not in self.size_locutions and not self.possessor.match(word):
                return k + 1
            return first
        return first

    def placed(self, doc: Doc, end: int, found: Found) -> bool:
        """Whether the item ``found`` after the quantity's last token ``end`` follows one of the
        'place_links' ('44% no repasse', 'R$ 300 milhões em propina'), not 'de' ('cinco anos de
        prisão', '5% dos entrevistados')."""
        return end < len(doc) and doc[end].idx < found[0].span[0] and (
            doc[end].lower_ in self.place_links
        )

    def adverbial(self, doc: Doc, start: int, end: int, lo: int, found: Found) -> bool:
        """Whether the item ``found`` after the figure ``doc[start:end]`` follows one of
        'adverbial_links' while the figure is a verb of amount's: the phrase after says where
        or when ('os assassinatos caíram 21,97% no estado', 'o orçamento, que cresceu 16,5% no
        biênio'), and the verb's subject is what changed; not a bare 'em', which says in what
        ('cresceu 90% em receita')."""
        if end >= len(doc) or doc[end].lower_ not in self.adverbial_links:
            return False
        if not self.placed(doc, end, found):
            return False
        ending = self._phrase_end(doc, start, end, lo)
        return ending is not None and ending[1]

    def owned(self, doc: Doc, end: int, found: Found, unit: str | None) -> bool:
        """Whether the item ``found`` after an amount of money ending at token ``end`` follows
        'do'/'da' (whose money it is or where it came from: 'o bloqueio de R$ 24 milhões do
        ex-presidente', 'uma doação de US$ 450 mil da ex-mulher'), not a bare 'de' ('R$ 12
        milhões de propina')."""
        owner = end < len(doc) and doc[end].lower_ in self.genitive - {"de"}
        return is_money(unit) and owner and doc[end].idx < found[0].span[0]

    def find_measured(
        self, doc: Doc, start: int, end: int, lo: int, unit: str | None
    ) -> Found | None:
        """The noun right before ``de`` that the quantity ``doc[start:end]``, in a unit of
        'measured_units', measures ('pena de 22 anos de prisão' → pena), or None."""
        money = is_money(unit) and "money" in self.measured_units
        if not (money or unit in self.measured_units):
            return None
        # 'pena de 1 a 4 anos de detenção': a range's 'de' is the link too, after a noun (not
        # 'que desviava de 1% a 3% em contratos')
        link = start if doc[start].lower_ == "de" else start - 1
        if link < 1 or doc[link].lower_ != "de" or doc[link - 1].idx < lo:
            return None
        if link == start and not self._noun_before(doc, link - 1):
            return None
        if doc[link - 1].lower_ in self.not_measured and not self._paid_in(doc, end):
            return None
        found = self.find_before(doc, start, end, lo)
        if found is None or found[1] != link or any(c.isdigit() for c in found[0].text):
            return None  # 'pena de cinco anos de prisão e de 10 milhões': another figure's
        return self._named_complement(doc, link, lo, found)

    def _named_complement(self, doc: Doc, link: int, lo: int, found: Found) -> Found:
        """Where ``found``, right before the 'de' at ``link``, is only a name ('exportações
        para a UE de 15,5 mil milhões de ecus'), the noun phrase that the name complements: an
        amount measures no name, the noun before its preposition is the item, as in a subject
        (exportações para a UE)."""
        words = found[0].text.split()
        if not all(w[:1].isupper() for w in words):
            return found
        first = self._phrase_start(doc, link, lo, True)
        if doc[first].idx >= found[0].span[0]:
            return found
        return self._item_before(doc, first, link, lo, True) or found

    def _paid_in(self, doc: Doc, end: int) -> bool:
        """Whether the amount ending at token ``end`` is followed by how it was paid ('o
        pagamento de 1.600 contos em cheque'): a means of payment says nothing of what the
        money is, so the noun measured through 'de' stays the item."""
        linked = end + 1 < len(doc) and doc[end].lower_ in self.place_links
        return linked and doc[end + 1].lower_ in self.payment_means

    def _phrase_end(self, doc: Doc, start: int, end: int, lo: int) -> tuple[int, bool] | None:
        """Where the phrase ends, and whether it is the subject of a verb of amount."""
        j = start - 1
        if j < 0 or doc[j].idx < lo:
            return None
        if doc[j].text == "(" or (doc[j].text == "," and end < len(doc) and doc[end].text == ","):
            return j, False
        # not through a link ('chegou ao ritmo de 20%', 'rende à milícia um valor de'): the
        # noun before it is the one measured
        j = j - 1 if doc[j].lower_ in self.links else self._past_dative(doc, j, lo)
        aside = self._aside_start(doc, j, lo)  # 'As descidas oscilam, consoante os produtos, entre'
        if aside is not None and doc[aside - 1].lower_ in self.verbs:
            j = aside - 1
        verbs = doc[start].lower_ in self.verbs
        while j >= 0 and doc[j].idx >= lo and (
            self._verb_at(doc, j) or doc[j].lower_ in self.bridge or self._verb_colon(doc, j)
        ):
            verbs, j = verbs or self._verb_at(doc, j), j - 1
        # 'a suspensão dos direitos políticos de 3 a 5 anos', 'ganhos da ordem dos 0,95%': the
        # quantity opens with the 'de' that links it to the noun it measures, not a verb's
        # ('que desembolsam de R$ 500 mil a R$ 2 milhões', 'para viajar de 3 mil a 4 mil km')
        opened = doc[start].lower_ in self.genitive or (
            (doc[start].lower_ in self.bounds or self._sized(doc, start))
            and self._noun_before(doc, start - 1)
        )  # 'os salários até R$ 4.340', not 'estimou que gastaria até R$ 1,4 bilhão'
        opened = opened and not self._verb_before(doc, start - 1)
        # 'a redução da tarifa em 18%', 'a desvalorização da lira em 3,5 por cento': a noun of
        # change measures its amount through 'em' as through 'de'
        opened = opened or self._change_by(doc, start, lo)
        # 'o BC reduziu a taxa de juros para 7%': the object of a verb of amount before 'para'
        verbs = verbs or self._changed_object(doc, start, j, lo)
        if not (verbs or opened or doc[start - 1].lower_ in self.skip):
            return None
        j = self._before_clause(doc, j, verbs, end, lo)
        # 'uma bolsa do Fundo de Amparo ao Trabalhador (FAT) de cerca de R$ 1,6 mil'
        aside = self._aside_start(doc, j, lo) if verbs or doc[j].text == ")" else None
        return (j if aside is None else aside - 1) + 1, verbs

    def _past_dative(self, doc: Doc, j: int, lo: int) -> int:
        """The verb of amount before whom the amount went to or fell on, where that phrase
        ends at ``doc[j]`` right before the figure ('o negócio custou à Petrobras US$ 1,2
        bilhão', 'a falta de sono custa à economia até US$ 40 bilhões'), else ``j``; not a
        gerund's ('já havia enfraquecido, chegando às categorias 3 e 4': a class's number)."""
        for k in range(j, max(0, j - self.max_tokens), -1):
            if doc[k].idx < lo or not (doc[k].is_alpha or doc[k].lower_ in self.datives):
                return j
            if self._amount_verb(doc, k):  # the figure's own verb ('estão à venda e custam')
                return j
            if doc[k].lower_ in self.datives:
                verb = k >= 1 and doc[k - 1].idx >= lo and self._amount_verb(doc, k - 1)
                verb = verb and not doc[k - 1].lower_.endswith("ndo")
                return k - 1 if verb and k < j else j
        return j

    def _change_by(self, doc: Doc, start: int, lo: int) -> bool:
        """Whether the quantity at ``start`` follows 'em' after a noun phrase that a noun of
        'change_nouns' opens, after a determiner ('a redução das despesas de custeio em R$ 800
        milhões'; not 'A inflação encerrou 2017 em 2,95%')."""
        link = start - 1
        if link < 2 or doc[link].lower_ != "em" or doc[link - 1].idx < lo:
            return False
        first = self._segment_start(doc, link, lo)
        opened = first >= 1 and doc[first - 1].lower_ in self.openers
        return first < link and opened and doc[first].lower_ in self.change_nouns

    def _changed_object(self, doc: Doc, start: int, j: int, lo: int) -> bool:
        """Whether the noun phrase ending at ``doc[j]`` is the object of a verb of amount that
        the quantity at ``start`` is its new amount of, after one of 'object_links': 'o BC
        reduziu a taxa de juros para 7%', 'aumentou sua pena para 12 anos'."""
        if doc[start - 1].lower_ not in self.object_links or j < 1 or not self._in_phrase(doc, j):
            return False
        # opened by a determiner: a noun phrase, not an adjective ('ficou negativo em 21 mil')
        k = self._segment_start(doc, j + 1, lo) - 1
        if k < 1 or doc[k].lower_ not in self.openers:
            return False
        while k >= 0 and doc[k].idx >= lo and doc[k].lower_ in self.openers:
            k -= 1
        return k >= 0 and doc[k].idx >= lo and self._amount_verb(doc, k)

    def _sized(self, doc: Doc, start: int) -> bool:
        """Whether the quantity at ``start`` opens with a size locution after a place link
        ('uma injecção de capital na ordem dos 937 milhões', 'o crescimento em torno de 1%')."""
        sized = start + 1 < len(doc) and doc[start + 1].lower_ in self.size_locutions
        return sized and doc[start].lower_ in self.place_links

    def _verb_at(self, doc: Doc, j: int) -> bool:
        """A verb of amount, or a participle after one and before one of 'object_links' or
        'de' or 'em' ('O número foi ampliado para 2,8 mil', 'Foi revisado para 7 o número de
        mortos', 'a multa foi estipulada em'; not 'teria recebido R$ 15 milhões', whose subject
        is who received it, nor 'foi localizado a 18 metros')."""
        if self._amount_verb(doc, j):
            return True
        participle = bool(self.list_stop.match(doc[j].lower_.rstrip("s")))
        linked = j + 1 < len(doc) and doc[j + 1].lower_ in self.object_links | {"de", "em"}
        return participle and linked and j >= 1 and self._amount_verb(doc, j - 1)

    def _amount_verb(self, doc: Doc, j: int) -> bool:
        """Whether ``doc[j]`` is a verb of amount; not a noun of the same form right after a
        determiner ('a soma dos percentuais totaliza', 'o cálculo da cifra de R$ 1 bilhão')."""
        if doc[j].lower_ not in self.verbs:
            return False
        noun = j >= 1 and doc[j - 1].lower_ in self.noun_determiners | {"a", "à"}
        return not noun or doc[j].lower_.endswith("r")  # 'passou a custar': an infinitive

    def _noun_before(self, doc: Doc, j: int) -> bool:
        """Whether ``doc[j]`` reads as a noun: after a determiner or a preposition ('com
        alcance', 'uma renda anual'), an adjective, or no verb form of the lemma table."""
        word = doc[j].lower_
        opened = j >= 1 and doc[j - 1].lower_ in self.articles | self.openers | self.genitive
        placed = j >= 1 and doc[j - 1].lower_ in self.complement_links
        return opened or placed or bool(self.modifier.match(word)) or not verb_like(word)

    def _verb_colon(self, doc: Doc, j: int) -> bool:
        """A colon between two verbs of amount ('a receita também aumentou: passou de')."""
        verb = doc[j - 1].lower_ if j >= 1 else ""
        return doc[j].text == ":" and verb in self.verbs and not self.list_stop.match(verb)

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
            # 'segundo a CNI' is no figure; a year is none either ('O valor, até novembro de
            # 2012, foi de', 'pagamentos ilícitos, entre 2011 e 2014, que totalizaram')
            year = bool(YEAR.match(doc[k].text))
            digits = any(c.isdigit() for c in doc[k].text) and not year
            if digits or doc[k].lower_ in self.verbs or not (
                doc[k].is_alpha or doc[k].is_space or opening == "(" or "-" in doc[k].text or year
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

    def _before_clause(self, doc: Doc, j: int, verbs: bool, end: int, lo: int) -> int:
        """Step back over ``, que`` or ``que`` after a noun (NP, que cresceu; a propina que
        somam), the comma of a gerund or participle (NP, recuando de; NP, avaliado em) or of an
        apposition (A escultura, de dois metros,)."""
        if verbs and j >= 1 and doc[j].lower_ == "que" and doc[j - 1].text == ",":
            return j - 2
        if verbs and j >= 1 and doc[j].lower_ == "que" and self._in_phrase(doc, j - 1):
            return j - 1 if self._relative_noun(doc, j - 1) else j
        after = doc[j + 1].lower_.split("-")[0]
        # 'NP, recuando de', 'um imóvel de alto valor, avaliado em': the noun before the comma
        gerund = verbs and (after.endswith("ndo") or bool(self.list_stop.match(after.rstrip("s"))))
        # 'A escultura, de dois metros,'; 'abaixo do piso da meta, de 3%.': an apposition 'de Q'
        closed = end < len(doc) and doc[end].text == ","
        # not after a name: 'o teto pago pelo INSS, de R$ 5.189' (its noun is further back)
        named = j >= 1 and doc[j - 1].text[:1].isupper()
        apposition = not verbs and (closed or (doc[j + 1].lower_ == "de" and not named))
        if not (j >= 1 and doc[j].text == "," and (gerund or apposition)):
            return j
        aside = self._aside_start(doc, j, lo) if apposition else None
        # 'um excedente comercial, face aos europeus, de quatro mil milhões'; not a noun phrase
        # between the commas, which is the one measured ('Quando concluída, a hidrelétrica, de')
        if aside is not None and doc[aside + 1].lower_ not in self.openers:
            return aside - 1
        # 'A taxa de cobertura melhorou, situando-se em': past the verb the gerund goes on from
        past = gerund and j >= 2 and bool(self.stop_pattern.match(doc[j - 1].lower_))
        return j - 2 if past and doc[j - 1].is_alpha else j - 1

    def _relative_noun(self, doc: Doc, k: int) -> bool:
        """Whether ``doc[k]``, right before a relative 'que', ends a noun phrase: after a
        determiner ('uma dívida que chegou'), or a word no verb form ('gastos que podem
        superar', 'bens físicos que totalizam'), an adjective only after a noun ('é provável
        que' is no noun phrase); not a verb ('o estudo aponta que')."""
        if k >= 1 and doc[k - 1].lower_ in self.articles | self.genitive | self.complement_links:
            return True
        word = doc[k].lower_
        if not doc[k].text.islower() or word in self.stop or self.person_verb.match(word):
            return False  # a name ('ao grupo do Senador Renan Calheiros que giram'), a verb
        if verb_like(word) or self._conjugated(word):
            return False
        return not self._modifier(word) or (k >= 1 and self._in_phrase(doc, k - 1))

    def _trim_tail(self, doc: Doc, stop: int) -> int:
        """Drop a trailing time (``em 2018``, ``no período``) from the phrase's end."""
        if stop >= 2 and doc[stop - 2].lower_ in self.genitive | self.money_link:
            last = doc[stop - 1]
            if last.lower_ in self.time_words or (last.like_num and last.text[:1].isdigit()):
                return stop - 2
        return stop

    def _phrase_start(
        self, doc: Doc, stop: int, lo: int, subject: bool, conjoined: bool = False
    ) -> int:
        """The first word of the phrase ending before ``stop``; in the ``subject`` of a verb of
        amount, with the noun that a complement after a preposition belongs to ('o investimento
        no projeto', 'as vendas ao Japão', 'a multa por dirigir embriagado'): a noun or
        adjective before the preposition, not a verb ('investiu em ações'). Before 'de' the
        preposition is the verb's ('vive num apartamento de 68 metros quadrados')."""
        first = candidate = self._segment_start(doc, stop, lo)
        segment = conjoint = first
        if conjoined:
            first = candidate = conjoint = self._conjoined_start(doc, first, stop, lo, subject)
        while subject and candidate < stop:
            link = self._link_before(doc, candidate, lo)
            if link is None:
                break
            # 'a receita estimada para o próximo ano é de': a participle after a noun modifies it
            modifier = self._noun_participle(doc, link - 1, lo)
            if not (modifier or self._in_phrase(doc, link - 1)):
                break
            candidate = self._segment_start(doc, link - 1 if modifier else link, lo)
            if candidate >= link or stop - candidate > 2 * self.max_tokens:
                break
            # 'a receita líquida com publicidade nas linhas': the noun that opens the phrase;
            # not 'previa isenção para salários', 'uma alta no salário mínimo'
            opens = self._opens_phrase(doc, candidate, lo)
            if opens and self._heads_item(doc, candidate, link, lo):
                first = candidate
        # a coordination after a preposition is a subject's complement only where the subject
        # reads past it ('os votos em brancos ou nulos'; not 'licenciado em direito e antigo
        # recordista', nor a name it cannot read: 'Votos em branco ou nulo somam')
        placed = first >= 1 and doc[first - 1].lower_ in self.complement_links
        if first == conjoint != segment and placed:
            return segment
        return first

    def _conjoined_start(self, doc: Doc, first: int, stop: int, lo: int, subject: bool) -> int:
        """Where the coordination that the phrase ``doc[first:stop]`` ends starts: its head is
        the first conjunct, as in the guide's 'contêineres de munições, armas e mísseis'. Only
        bare conjuncts, a noun and its adjectives each, joined by one of 'conjunctions', commas
        or a slash between two words ('moda e acessórios (14,8%)', 'saúde, cosméticos e
        perfumaria (12,2%)', 'Os votos brancos e nulos somaram 10%' → votos brancos e nulos,
        'telefonia/celulares (9,5%)'); ``first`` where the last conjunct has a complement of
        its own ('loja especializada e escolinha de skate (R$ 70, a aula)'), or the one before
        it is no lower-case word ('no ES e número de mortos chega a 147'), ends a longer list,
        follows a count ('um ano e multa'), a participle ('seguido de patrimônio e memória
        (45)') or a word of a clause ('há poucas opções e produto custou', 'sem religião ou
        agnóstico (8%)'; a preposition opens a subject's complement: 'os votos em brancos ou
        nulos somaram')."""
        link = first - 1
        if link < 2 or doc[link - 1].idx < lo or first >= stop:
            return first
        slash = doc[link].text == "/" and not (doc[link - 1].whitespace_ or doc[link].whitespace_)
        if not (slash or doc[link].lower_ in self.conjunctions):
            return first
        words = doc[first:stop]
        if not all(self._is_content(t) and t.text.islower() and not t.like_num for t in words):
            return first
        j = link - 1
        while True:
            word = doc[j]
            if not (word.text.islower() and self._is_content(word) and not word.like_num):
                return first
            # 'saúde, cosméticos e perfumaria': a list of bare words before the last link
            listed = j >= 2 and doc[j - 1].text == "," and doc[j - 2].idx >= lo
            if not (listed and doc[j - 2].text.islower() and self._is_content(doc[j - 2])):
                break
            if doc[j - 2].lower_ in self.clause_words:  # 'juntas, alimentação e bebidas'
                break
            # not a noun after a determiner, which a frame's comma ends ('Entre os setores,
            # eletrônicos e informática (21,3%)')
            if j >= 3 and doc[j - 3].lower_ in self.openers | self.articles:
                break
            j -= 2
        start = self._segment_start(doc, j + 1, lo)
        never = doc[start].lower_ in self.never_items  # 'a 22a semana de gravidez ou feto'
        if never or self._participle(doc[start]) or not self._names_thing(doc, start, lo):
            return first
        # a longer list whose members are not all bare ('cosméticos, produtos de perfumaria e
        # higiene pessoal cresceram 550%': the subject is further back)
        listed = start >= 2 and doc[start - 1].text == "," and doc[start - 2].idx >= lo
        if listed and doc[start - 2].text.islower() and self._is_content(doc[start - 2]):
            return first
        if start == 0 or doc[start - 1].idx < lo or not doc[start - 1].is_alpha:
            return start
        before = doc[start - 1]
        if before.like_num:
            return first
        if before.lower_ in self.openers | self.articles | self.genitive:
            return start
        if before.lower_ in self.complement_links:
            return start if subject else first
        return first if before.lower_ in self.clause_words else start

    def _noun_participle(self, doc: Doc, j: int, lo: int) -> bool:
        """Whether ``doc[j]`` is a participle of a verb of amount right after a common noun or
        adjective, inside a subject: its modifier ('A receita primária total estimada no
        orçamento é de', 'os gastos previstos para 2018 somam'), not the verb."""
        participle = self._participle(doc[j])
        before = j >= 1 and doc[j - 1].idx >= lo and doc[j - 1].text.islower()
        return participle and before and self._in_phrase(doc, j - 1)

    def _heads_item(self, doc: Doc, i: int, link: int, lo: int) -> bool:
        """Whether the words from ``doc[i]`` to the preposition at ``link`` are a noun phrase
        that names an item: its head not a name, a word of change or of forecast ('a previsão
        para o salário mínimo recuou de' → salário mínimo), no infinitive in it ('o valor que
        o partido queria destinar à campanha', 'as empresas a trabalhar na Guiné-Bissau')."""
        leading = self.genitive | self.pre_nominal | self.articles | self.complement_links
        while i < link and (doc[i].lower_ in leading or doc[i].like_num):
            i += 1
        if i >= link or any(infinitive(t.lower_) for t in doc[i:link]):
            return False
        word = doc[i].lower_
        never = word in self.never_items and not self._named_noun(doc, i)
        if never or word in self.not_items | self.forecasts:
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
        before = doc[i - 1]  # 'Com exportações para a UE de'
        words = self.openers | self.complement_links
        return before.lower_ in words or before.text in CLAUSE_MARKS

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
        adjective = self.modifier.match(after) and not doc[j + 1].like_num  # not 'fez dois'
        if adjective or (j >= 1 and doc[j - 1].lower_ in self.articles):
            return True
        return not verb_like(word)

    def _in_phrase(self, doc: Doc, j: int) -> bool:
        token = doc[j]
        if token.lower_ in self.genitive:
            return True
        if token.lower_ == "não":  # os efeitos não recorrentes
            return j >= 1 and doc[j - 1].is_alpha and doc[j - 1].lower_ not in self.stop
        noun = j >= 1 and doc[j - 1].text.islower() and self._is_content(doc[j - 1])
        if NUMBERED_NAME.match(token.text) and noun:
            return True  # a name with a number after a noun: 'o índice FTSE-100 da Bolsa'
        if self._amount_verb(doc, j) or self.stop_pattern.match(token.lower_):
            return False
        return self._is_content(token)

    def _item_before(
        self, doc: Doc, first: int, stop: int, lo: int, measured: bool = False
    ) -> Found | None:
        """The item in ``doc[first:stop]``."""
        first = self._past_verbs(doc, first, stop)
        if first < stop and not self._names_thing(doc, first, lo):
            first = self._past_subject(doc, first, stop)
        if first >= stop or not self._names_thing(doc, first, lo):
            return None
        found = self._phrase(doc, first, stop, measured)
        return None if found is None else (found[0], stop)

    def _past_subject(self, doc: Doc, first: int, stop: int) -> int:
        """Past a name and the verb after it, in a phrase that opens with a name: 'Câmara de
        SP paga salário de R$ 15 mil' → salário; ``stop`` where no verb form is in it."""
        for k in range(stop - 2, first, -1):
            # its object a noun, not a 'de' complement ('Pegamos taxa de juros de 14,75%')
            noun = doc[k + 1].text[:1].islower() and doc[k + 1].lower_ not in self.genitive
            if noun and (verb_like(doc[k].lower_) or self._conjugated(doc[k].lower_)):
                return k + 1
        return stop

    def _past_verbs(self, doc: Doc, first: int, stop: int) -> int:
        """The phrase's first word past a count or a determiner ('oito pagamentos de R$ 500
        mil', 'nossa multinha é de') and past the last infinitive in it, whose object the
        item is ('pagar multa de' → multa, 'acusado de receber propina de' → propina, 'deverá
        sair de 24' → none)."""
        leading = self.genitive | self.pre_nominal | self.articles | self.complement_links
        while first < stop and (doc[first].lower_ in leading or doc[first].like_num):
            first += 1
        links = {"de", "a"}  # not 'a multa por dirigir embriagado'
        for k in range(stop - 1, first - 1, -1):
            # first or after a preposition: not an adjective after a noun ('programa alimentar')
            verb = k == first or doc[k - 1].lower_ in links
            if verb and self._infinitive(doc, k):
                return self._past_verbs(doc, k + 1, stop)
        return first
