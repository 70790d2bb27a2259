"""The speaker where no cue of a figure's own sentence names one: the speaker of the quotation
around it (its closing or opening reporting verb, a colon that opens it, the subject of the
clause that colon closes), and for a cue with no named subject, the speaker named before."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from claimx.attribution.attributions import Attribution
from claimx.attribution.clauses import lstrip_at
from claimx.attribution.context import ParagraphBreaks, quote_around, sentence_before
from claimx.attribution.frames import outer_frames
from claimx.attribution.gazetteer import NAMES, source_type
from claimx.attribution.lexicon import Lexicon
from claimx.attribution.sentence_subjects import (
    WORD,
    determined_subject,
    is_pronoun,
    is_role,
    opening_subject,
    person_subject,
    pronoun_subject,
)
from claimx.text.sentences import Sentences

CARRY_SENTENCES = 3
QUOTE_MARKS = "\"“”«»"
SENTENCE_RESTART = re.compile(r"(?<=[.!?…][\"”»])\s+(?=[A-ZÁÉÍÓÚÂÊÔÃÕÇ])")
"""A quotation closed after its sentence's stop, with a capital after it: a new sentence."""
TAGGED = re.compile(r"[\"”»]\s*,?\s*$")
"""A quotation's closing mark right before a tag ('”, afirmou', '» disse')."""
ARTICLE_BEFORE = re.compile(r"(?<![\w-])(\w+)\s+$")
NAMED_LEAD = re.compile(
    rf"\s*(?:[-–•]\s*)?(?P<name>{NAMES.pattern})(?:\s*\([^()]{{1,20}}\))?(?:,\s+[a-záéíóúâêôãõç][^:;.,“”\"«»]{{0,80}})?\s*"
)
"""A lead-in that is a name alone, with its party and a description ('Lindbergh Farias (PT-RJ),
senador e líder do partido no Senado: "…"'), as reactions are listed in the news."""
Finder = Callable[[int, int], list[Attribution]]


class Speakers:
    """Speakers of one text, read through the cues of its sentences (``cues``, cached by the
    :class:`~claimx.attribution.sources.SourceFinder` that owns this)."""

    def __init__(self, text: str, lex: Lexicon, sentences: Sentences, cues: Finder) -> None:
        self.text = text
        self.lex = lex
        self.sentences = sentences
        self.cues = cues
        self._quotes: dict[int, list[tuple[int, int]]] = {}
        self._breaks: ParagraphBreaks | None = None
        self._lower_words: set[str] | None = None
        self._spoken: dict[tuple[int, int], Attribution | None] = {}
        """Each quotation's speaker, once read (a bare tag reads the one before it)."""

    def _has_name(self, span: tuple[int, int], by_name: bool = False) -> bool:
        """A speaker a later bare verb can refer to: a name, or a person described ('o
        secretário disse que …. “…”, afirmou.'); not a pronoun, not a document."""
        words = self.text[span[0] : span[1]].split()
        if len(words) == 1 and words[0].lower() in self.lex.personal_pronouns:
            return False  # 'Ele' at a sentence's start is no name
        return any(w[:1].isupper() for w in words) or (
            not by_name and is_role(self.text, span, self.lex)
        )

    def _speaks(self, found: Attribution, by_name: bool = False) -> bool:
        """Whether a bare verb after it ('“…”, afirmou.') can be this source's: one named by a
        reporting verb, or a person a frame names ('De acordo com o governador, …'); not a body
        or a document a frame cites ('…, de acordo com a Associated Press. “Eu acho…”')."""
        assert found.source is not None
        if found.kind == "frame":  # 'Pelo anuário, …', 'Na pesquisa, …': a document
            return False
        if not self._has_name(found.source, by_name):
            return False
        if by_name or found.kind.startswith("verb") or is_role(self.text, found.source, self.lex):
            return True
        source = self.text[found.source[0] : found.source[1]]
        return source_type(source, None, self.lex) in (None, "person")

    def quoted(self, start: int, end: int) -> Attribution | None:
        """The speaker of the quotation around ``[start, end)``, if any."""
        if self._breaks is None:
            self._breaks = ParagraphBreaks(self.text)
        quote = quote_around(self.text, start, end, self._quotes, self._breaks)
        if quote is None:
            return None
        if quote not in self._spoken:
            self._spoken[quote] = None  # a quotation never reads itself back
            self._spoken[quote] = self._quote_speaker(quote)
        return self._spoken[quote]

    def _quote_speaker(self, quote: tuple[int, int]) -> Attribution | None:
        after = self.sentences.around(quote[1])
        closing = [a for a in self.cues(quote[1], after[1]) if a.kind.startswith("verb")]
        restart = SENTENCE_RESTART.match(self.text, quote[1])
        following: list[Attribution] = []
        if restart is not None:
            # '“… Não houve nenhum aditivo.” O advogado X disse que …': a quotation that ends
            # its own sentence has no tag after it; the sentence after it speaks for itself,
            # and gives the speaker only where no one is named before the quotation
            following = [a for a in closing if a.cue[0] != restart.end()]
            closing = [a for a in closing if a.cue[0] == restart.end()]
        before = self.sentences.around(max(quote[0] - 1, 0))
        framed = self.cues(before[0], quote[0])
        opening = [a for a in framed if a.kind.startswith("verb")]
        found = closing[0] if closing else (opening[-1] if opening else None)
        if found is None:
            colon = self._colon_speaker(quote[0], framed, before)
            if colon is not None or not following:
                return colon
            found = following[0]
        tags_another = TAGGED.search(self.text, before[0], found.cue[0]) is not None
        if found.source is None and not closing and tags_another:
            # '“… R$ 30 milhões …”, afirmou. “Sérgio Guerra concordou …”': a quotation with no
            # tag of its own after the bare tag of another goes on with that one's speaker,
            # not with someone its words name
            chained = self._tagged_before(before)
            return None if chained is None else replace(found, source=chained)
        if found.source is None:
            # a bare closing verb ('“…”, afirmou.') speaks for the speaker of the sentence that
            # opens the quote ('Parente enfatizou a redução. “…”, apontou.'), else for one
            # named before
            speaker = next((a for a in reversed(framed) if a.source and self._speaks(a)), None)
            if speaker is not None:
                return Attribution(found.cue, speaker.source, found.rule, found.kind)
            opening_sentence = sentence_before(self.sentences, quote[0])
            if opening_sentence is not None and opening_sentence[1] <= quote[0]:
                subject = person_subject(self.text, opening_sentence, self.lex)
                # past several adjuncts ('Ainda assim, dez anos depois, aos 57 anos, Franco
                # sofreria outro infarto. “…”, avalia.')
                subject = subject or self._named_subject(opening_sentence)
                if subject is not None:
                    return Attribution(found.cue, subject, found.rule, found.kind)
            pronoun = self._pronoun_speaker(framed, opening_sentence, quote[0])
            named = self.resolved(
                found, (min(before[0], quote[0]), after[1]), quoted=True, carry=pronoun is None
            )
            if named is None and pronoun is not None:
                # 'Ele disse que ‘não se lembra’. “Milhares …”, declarou.': he speaks on, where
                # no one is named in the sentences before
                bare = Attribution(found.cue, pronoun, found.rule, found.kind)
                return self.resolved(bare, (min(before[0], quote[0]), after[1]))
            return named
        return self.resolved(found, (min(before[0], quote[0]), after[1]))

    def _named_subject(self, sent: tuple[int, int]) -> tuple[int, int] | None:
        """A person the sentence opens with past several adjuncts, headed by a name or a noun of
        persons ('Ainda assim, dez anos depois, aos 57 anos, Franco sofreria outro infarto.'); not
        a thing ('Os diagnósticos de Hélio Luz ficaram', 'o Curiosity pesaria': one word after an
        article names a body or a thing, as in the name rule)."""
        text, lex = self.text, self.lex
        subject = opening_subject(text, sent, sent[1], lex)
        if subject is None:
            return None
        words = text[subject[0] : subject[1]].split()
        article = ARTICLE_BEFORE.search(text, max(sent[0], subject[0] - 6), subject[0])
        if len(words) == 1 and article and article.group(1).lower() in lex.determiners:
            return None
        if not words[0][:1].isupper() and not is_role(text, subject, lex, by_ending=False):
            return None
        return subject

    def _pronoun_speaker(
        self, framed: list[Attribution], opening: tuple[int, int] | None, at: int
    ) -> tuple[int, int] | None:
        """The personal pronoun that speaks in the sentence right before a quotation with a bare
        closing verb: the subject of its cue ('Ele disse que …. “…”, declarou.') or of the
        sentence, with no cue ('Ela faz peregrinações às ruínas. "Há duas fases …", diz.')."""
        text, lex = self.text, self.lex
        spoken = [
            a.source
            for a in framed
            if a.source
            and is_pronoun(text, a.source, lex)
            and self._unquoted(a.source)  # not '“… que eles dizem …”, completou.'
        ]
        if spoken:
            return spoken[-1]
        if opening is None or opening[1] > at or any(a.source for a in framed):
            return None
        # a pronoun that opens a sentence before a lower-case word is its subject, whatever
        # verb follows ('Ela faz', 'Ele continua'), which the lemma table may not read
        first = WORD.match(text, opening[0], opening[1])
        after = first and WORD.search(text, first.end(), opening[1])
        if first and after and is_pronoun(text, first.span(), lex) and after.group()[:1].islower():
            return first.span()
        return None

    def _unquoted(self, span: tuple[int, int]) -> bool:
        if self._breaks is None:
            self._breaks = ParagraphBreaks(self.text)
        return quote_around(self.text, span[0], span[1], self._quotes, self._breaks) is None

    def _colon_speaker(
        self, at: int, framed: list[Attribution], before: tuple[int, int]
    ) -> Attribution | None:
        """The speaker of a quotation that a colon opens, with no reporting verb ('O director do
        hospital, João Lobo, não tem dúvidas: «Faltam 200 enfermeiros.»', 'Para o deputado X, a
        Atea peca num ponto: "…"'): one a cue names before the colon, else the person the
        sentence opens with as its subject (guide: a lead-in that ends in ':')."""
        head = self.text[before[0] : at].rstrip()
        if not head.endswith(":"):
            return None
        colon = before[0] + len(head) - 1
        named = (a for a in reversed(framed) if a.source and a.source[1] <= colon)
        speaker = next((a for a in named if self._speaks(a)), None)
        if speaker is not None:
            return Attribution((colon, colon + 1), speaker.source, speaker.rule, speaker.kind)
        subject = person_subject(self.text, (before[0], colon), self.lex)
        if subject is None:
            lead = NAMED_LEAD.fullmatch(self.text, before[0], colon)
            subject = lead.span("name") if lead else None
        if subject is None:
            return self._clause_speaker((before[0], colon), before)
        return Attribution((colon, colon + 1), subject, self.lex.verb_rule, "verb")

    def _clause_speaker(
        self, lead: tuple[int, int], sent: tuple[int, int]
    ) -> Attribution | None:
        """The subject of the clause a colon closes before a quotation, where no reporting verb
        names the speaker: a person or a body named ('A diplomacia dos EUA levanta questões sobre
        a parceria: “…”', 'Temer evoca o fato …: “…”'), or a personal pronoun, which stands for
        the speaker named before ('Ele continua: “…”'). Not a colon inside an aside ('(… melhor
        tradução: «…»)')."""
        text, lex = self.text, self.lex
        colon = (lead[1], lead[1] + 1)
        if text.count("(", *lead) > text.count(")", *lead):
            return None
        opener = WORD.match(text, lead[0], lead[1])
        if opener and opener.group().lower() in lex.openers:  # 'Mas a diplomacia dos EUA'
            lead = (lstrip_at(text, opener.end(), len(text)), lead[1])
        subject = opening_subject(text, lead, lead[1], lex) or opening_subject(
            text, lead, lead[1], lex, persons_only=False
        )
        if subject is not None:
            return Attribution(colon, subject, lex.verb_rule, "verb")
        pronoun = pronoun_subject(text, lead, lex)
        if pronoun is None:
            return None
        return self.resolved(Attribution(colon, pronoun, lex.verb_rule, "verb"), sent)

    def resolved(
        self, found: Attribution, sent: tuple[int, int], quoted: bool = False, carry: bool = False
    ) -> Attribution | None:
        """A cue with no named subject takes the source of the sentences just before; a personal
        pronoun ('disse ele') stays the source as written, with that speaker as its antecedent.
        ``quoted``: the bare tag of a quotation, which may take a pronoun that reports in the
        sentences before ('Segundo ela, …. “…”, conta.')."""
        if found.source is not None and not is_pronoun(self.text, found.source, self.lex):
            return found
        if found.source is not None:  # a pronoun's antecedent gives its name: a name is wanted
            return replace(found, antecedent=self._named_before(found, sent, by_name=True))
        named = self._named_before(found, sent, pronouns=quoted, carry=carry)
        if named is None:
            return None
        carried = Attribution(found.cue, named, found.rule, found.kind)
        if is_pronoun(self.text, named, self.lex):  # its antecedent names it
            return replace(carried, antecedent=self._named_before(carried, sent, by_name=True))
        return carried

    def _named_before(
        self,
        found: Attribution,
        sent: tuple[int, int],
        by_name: bool = False,
        pronouns: bool = False,
        carry: bool = False,
    ) -> tuple[int, int] | None:
        """The speaker named last before ``found``: in its own sentence for a coordinated verb,
        else in one of the sentences just before (``by_name``: only one given a name)."""
        text, lex = self.text, self.lex
        heads = (found.kind == "verb_before" and self._heads_sentence(sent, found.cue[0])) or (
            found.kind == "verb" and after_adjuncts(text, sent[0], found.cue[0], lex)
        )
        if found.kind == "verb_before":  # 'O DIS os acusou ... e estimou': the clause's subject
            same = [a for a in self.cues(*sent) if a.source and a.cue[1] <= found.cue[0]]
            if same and not is_pronoun(text, same[-1].source, lex):
                return same[-1].source
            # 'O TCU reviu a apuração e concluiu que': the subject of the verb it is joined to
            subject = None
            if not heads:
                subject = opening_subject(text, sent, found.cue[0], lex, persons_only=False)
                subject = subject or determined_subject(text, sent, found.cue[0], lex)
            if subject is not None:
                return subject
        cursor = self._quotation_start(sent, found)
        pronoun: tuple[int, int] | None = None
        for _ in range(CARRY_SENTENCES):
            prev = sentence_before(self.sentences, cursor)
            if prev is None:
                break
            found_there = [a for a in self.cues(*prev) if a.source]
            named = [a for a in found_there if self._speaks(a, by_name)]
            if named:
                return outer_frames(text, named)[-1].source
            if carry and not found_there and pronoun is None:
                # the bare tag of a quotation ('“…”, conta.') speaks for the person a sentence
                # before it opens with ('Ingrid Carvajal, de 32 anos, também achou …. Ela lava
                # …. “… R$ 30 por semana”, diz.'), or goes on with the speaker of a quotation
                # that a bare tag closed just before ('“…”, avalia. “… US$ 600 …”, conta.')
                chained = self._narrated(prev) or self._tagged_before(prev)
                if chained is not None:
                    return chained
                # not past narration that names someone else ('Patrícia também adotou …')
                carry = not self._names_someone(prev)
            spoken = [a.source for a in found_there if a.source and is_pronoun(text, a.source, lex)]
            if pronoun is None and spoken:
                pronoun = spoken[-1]
            # 'Palocci depôs ontem. Disse que …': a verb that opens its sentence with no subject
            # has the person the sentence before speaks of as its subject, named by no cue; not
            # where that sentence reports for a pronoun ('Segundo ele, a Odebrecht repassou R$ 30
            # milhões. Disse ainda que …': he speaks on, named further back)
            quoting = any(is_pronoun(text, a.source, lex) for a in found_there)
            subject = opening_subject(text, prev, prev[1], lex) if heads and not by_name else None
            if quoting:
                subject = None
            if subject is not None:
                return subject
            if heads and not by_name and found_there and not quoting:
                # 'A oposição venezuelana disse que …. Além disso, alega que …': it speaks on
                # for a source that is no name to carry, not for one named further back
                return None
            cursor = prev[0]
        # 'Segundo ela, cada depiladora recebe 4%. … “… 50% do salário …”, conta.': no one is
        # named in the sentences before a quotation's bare tag, but one of them reports for a
        # person by a pronoun, who speaks on (``pronouns``)
        return pronoun if pronouns and not by_name else None

    def _names_someone(self, sent: tuple[int, int]) -> bool:
        """Whether a sentence of narration opens with a name ('Patrícia também adotou …'), not
        with a function word or a pronoun ('Porém até viajar ficou difícil.', 'Ela tem …')."""
        lex = self.lex
        word = WORD.search(self.text, *sent)
        if word is None or not word.group()[:1].isupper():
            return False
        if self._lower_words is None:  # words the text writes in lower case: no names
            self._lower_words = {w for w in WORD.findall(self.text) if w[:1].islower()}
        low = word.group().lower()
        common = lex.determiners | lex.openers | lex.adverbs | lex.fronted_adjuncts | lex.stop
        return low not in self._lower_words and low not in common | lex.personal_pronouns

    def _narrated(self, sent: tuple[int, int]) -> tuple[int, int] | None:
        """The named person a sentence of narration opens with; not a sentence in or with a
        quotation, whose words name others ('“Sérgio Guerra solicitou …”')."""
        if any(m in self.text[sent[0] : sent[1]] for m in QUOTE_MARKS):
            return None
        if not self._unquoted((sent[0], sent[0] + 1)):
            return None
        subject = self._named_subject(sent)
        if subject is None:
            return None
        first = self.text[subject[0] : subject[1]].split()[0].lower()
        common = self.lex.openers | self.lex.adverbs | self.lex.stop | self.lex.personal_pronouns
        return None if first in common or first in self.lex.sentence_conjunctions else subject

    def _tagged_before(self, sent: tuple[int, int]) -> tuple[int, int] | None:
        """The speaker of the quotation whose bare tag is in ``sent`` ('“…”, afirma.'), if any."""
        for bare in self.cues(*sent):
            if bare.source is not None or not bare.kind.startswith("verb"):
                continue
            closing = TAGGED.search(self.text, sent[0], bare.cue[0])
            if closing is None:
                continue
            mark = closing.start()  # the closing mark, found without slicing the text before
            speaker = self.quoted(mark - 1, mark)
            if speaker is not None and speaker.source is not None:
                return speaker.source
        return None

    def _quotation_start(self, sent: tuple[int, int], found: Attribution) -> int:
        """Where the search for a cue's speaker starts: its sentence, or, for a figure in a
        quotation of several sentences that a cue after it tags ('"Na época, o estado fez … .
        Deste grupo, 120 pessoas …", afirmou.'), the quotation's opening mark: the sentences
        inside are the speaker's words, the speaker is named before them. Not for a verb joined
        to a clause after the quotation ('…" Em seguida, Saud diz que … e disse que'): its
        subject is named there."""
        if found.kind == "verb_before":
            return sent[0]
        if self._breaks is None:
            self._breaks = ParagraphBreaks(self.text)
        quote = quote_around(self.text, sent[0], sent[0] + 1, self._quotes, self._breaks)
        if quote is None or quote[0] >= sent[0] or quote[1] > found.cue[0]:
            return sent[0]
        return quote[0]

    def _heads_sentence(self, sent: tuple[int, int], pos: int) -> bool:
        """Nothing but adverbs and conjunctions before ``pos`` in its sentence ('Disse ainda',
        'Também informou', 'Mas acusa'), or fronted adjuncts closed by commas ('No ministério,
        anunciou', 'Em um deles, por exemplo, diz que')."""
        skip = self.lex.adverbs | self.lex.openers
        words = list(WORD.finditer(self.text, sent[0], pos))
        if all(w.group().lower() in skip for w in words):
            return True
        return after_adjuncts(self.text, sent[0], pos, self.lex)


def after_adjuncts(text: str, start: int, pos: int, lex: Lexicon) -> bool:
    """Only adjuncts between ``start`` and ``pos``, each opened by one of the 'fronted_adjuncts'
    and closed by a comma, then adverbs ('No ministério, anunciou', 'Em um deles, por exemplo,
    diz que'): a verb there has no subject of its own and heads its sentence. Not after a clause
    ('…, onde anunciou') or a quotation ('“…”, disse')."""
    head = text[start:pos]
    if any(mark in head for mark in QUOTE_MARKS) or "," not in head:
        return False
    *adjuncts, tail = head.split(",")
    if any(w.lower() not in lex.adverbs for w in WORD.findall(tail)):
        return False
    lead = lex.openers | lex.adverbs
    for adjunct in adjuncts:
        words = WORD.findall(adjunct)
        while words and words[0].lower() in lead:
            words = words[1:]  # 'Mas, no dia seguinte,'
        if words and words[0].lower() not in lex.fronted_adjuncts:
            return False
        if len(words) > 1 and words[1][:1].isupper():
            return False  # 'No Japão, afirmaram que': others there, the subject unsaid
    # inside a quotation the speaker is the quotation's ('“Ele começou a contar. Inicialmente,
    # falou que matou 42 pessoas”'), not the subject of the sentence before
    return quote_around(text, pos, pos + 1) is None
