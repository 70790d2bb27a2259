"""Which attribution covers a figure: its own sentence first, then the lead-in of its list,
then the quotation around it; a cue with no named subject takes the speaker named before."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from claimx.attribution.attributions import Attribution
from claimx.attribution.context import (
    ParagraphBreaks,
    lead_in,
    quote_around,
    sentence_before,
)
from claimx.attribution.cues import find_cues
from claimx.attribution.gazetteer import NAMES, PERSON, source_type
from claimx.attribution.lemmas import is_verb_form, lemma_table
from claimx.attribution.lexicon import Lexicon
from claimx.attribution.phrases import NONFINITE, PAST, backward_phrase, forward_phrase
from claimx.attribution.subjects import AFTER_QUOTE
from claimx.text.casefold import document_lowercase
from claimx.text.sentences import Sentences

CARRY_SENTENCES = 3
# What ends a reporting frame's clause: a frame before it does not reach a cue after it
# ('O ministro disse que haverá cortes, e o secretário afirmou que 300 vagas serão abertas').
COMPLEMENT = re.compile(
    r"\s*(?:,[^,.;:]{1,60},\s*)?(?::|(?:ter|terem|haver)\s|(?:[^\s,.;:]+\s+){0,4}?que\b)"
)  # past an aside: 'disse, em depoimento ao juiz, que'

# a gerund that reports a clause after a speaker ('…, disse X, acrescentando que', 'lembrando
# que, no mercado negro, …')
GERUND_REPORT = re.compile(r"\s*,\s*[a-záéíóúâêôãõç]+ndo\s+(?:[^\s,.;:]+\s+){0,2}?que\b")
# a verb's object right after it, past a time adverb ('anunciou ontem o programa'); not 'a',
# which may be the preposition of whom it was told ('informou a seus leitores que')
DIRECT_OBJECT = re.compile(
    r"(?:\s+(?:ontem|hoje|ainda|também|já|agora))*\s+(?:o|os|as|um|uma|uns|umas)\s"
)
OBJECT_ASIDE = re.compile(r",\s*(?:que|[a-záéíóúâêôãõç]{3,}ndo)(?![\w-])")
RELATIVE_END = re.compile(r",(?!\s*(?:além\s+d[eoa]s?|bem\s+como|e|mais)\s)")
# what ends a frame before a cue of its own: also a colon ('Segundo o IML, morreram no ataque:
# Segundo balanço dos Bombeiros, 26 pessoas …'; 'informou: "O ex-presidente reafirma que …"'),
# as a sentence or a quotation with a cue of its own does (annotation guide); a conjunction
# between commas too ('afirma que 50% …, mas, em 2016, dados do TC Educa mostram'), not one set
# inside the frame ('Ele alerta, porém, que')
FRAME_BREAK = re.compile(
    r";|:\s|\s[—–]\s|,\s+(?:e|mas|enquanto|porém|já|ou)(?:\s|,(?!\s*que\b))|[.!?]\s"
)
# a frame that opens a coordinated clause ('…, e, segundo aliados, quer …'), and what ends it
COORDINATED = re.compile(r"(?<![\w-])(?:e|ou|mas)\s*,\s*$", re.IGNORECASE)
CLAUSE_END = re.compile(r";|:\s|\s[—–]\s|[.!?]\s")
# between a subject and its verb: an apposition between commas ('O ministro, de 54 anos, criticou')
APPOSITION = re.compile(r"\s*,[^,.;:]{1,60},")
FINITE = re.compile(r"[a-záéíóúâêôãõç]+(?:ou|iu|eu|a|e|am|em)")  # 3rd person, present or past
# what else reports after a verb that names a speaker: a quotation in single marks ('Ele falou
# ‘não é R$ 300 milhões’') and an indirect question ('explicaram como a compra de lugares …')
REPORTED_AFTER = re.compile(
    r"\s*[:,]?\s*[‘']|\s+(?:como|por\s+que|porque|quanto|quantos|quantas|onde|quando)(?![\w-])",
    re.IGNORECASE,
)
WORD = re.compile(r"[\w-]+")
LAST_WORD = re.compile(r"([\w-]+)\s*$")
Finder = Callable[[int, int], list[Attribution]]


class SourceFinder:
    """Attributions of one text, cached per sentence span."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lower = document_lowercase(text)
        self.lex = lex
        self.sentences = Sentences(text, lex.sentence_boundary)
        self._cache: dict[tuple[int, int], list[Attribution]] = {}
        self._quotes: dict[int, list[tuple[int, int]]] = {}
        self._breaks: ParagraphBreaks | None = None

    def cues(self, start: int, end: int) -> list[Attribution]:
        key = (start, end)
        if key not in self._cache:
            self._cache[key] = find_cues(self.text, start, end, self.lex, self.lower)
        return self._cache[key]

    def covering(
        self, sent: tuple[int, int], start: int, end: int
    ) -> tuple[Attribution | None, tuple[int, int]]:
        """The attribution of the figure at ``[start, end)`` and the sentence it came from."""
        found = _yielded(self._outside(self.cues(*sent), start, end))
        own = _outermost(self.text, found, start, end)
        if own is not None:
            resolved = self._resolved(own, sent)
            if resolved is None and own.source is None:  # '… 13 milhões”, afirmou.'
                resolved = self._quoted(start, end)
            return resolved, sent
        lead = lead_in(self.sentences, start)
        if lead is not None:
            found = _nearest(self.cues(*lead), lead[1], lead[1])
            if found is not None:
                return self._resolved(found, lead), lead
        return self._quoted(start, end), sent

    def _has_name(self, span: tuple[int, int], by_name: bool = False) -> bool:
        """A speaker a later bare verb can refer to: a name, or a person described ('o
        secretário disse que …. “…”, afirmou.'); not a pronoun, not a document."""
        words = self.text[span[0] : span[1]].split()
        if len(words) == 1 and words[0].lower() in self.lex.personal_pronouns:
            return False  # 'Ele' at a sentence's start is no name
        return any(w[:1].isupper() for w in words) or (not by_name and self._is_role(span))

    def _is_role(self, span: tuple[int, int], by_ending: bool = True) -> bool:
        """A description headed by a noun of persons ('o secretário', 'outro oficial da PM'), by
        the 'roles' or, ``by_ending``, by the 'role_pattern' ('a cientista'), which 'maior' and
        'dinheiro' match too: a phrase that no cue made a source is read by the list only."""
        words = self.text[span[0] : span[1]].lower().split()
        skip = self.lex.determiners | self.lex.adverbs
        head = next((w for w in words if w not in skip), "")
        if head in self.lex.roles:
            return True
        return by_ending and self.lex.role_pattern.fullmatch(head) is not None

    def _speaks(self, found: Attribution, by_name: bool = False) -> bool:
        """Whether a bare verb after it ('“…”, afirmou.') can be this source's: one named by a
        reporting verb, or a person a frame names ('De acordo com o governador, …'); not a body
        or a document a frame cites ('…, de acordo com a Associated Press. “Eu acho…”')."""
        assert found.source is not None
        if not self._has_name(found.source, by_name):
            return False
        if by_name or found.kind.startswith("verb") or self._is_role(found.source):
            return True
        source = self.text[found.source[0] : found.source[1]]
        return source_type(source, None, self.lex) in (None, "person")

    def _is_pronoun(self, span: tuple[int, int]) -> bool:
        return self.text[span[0] : span[1]].strip().lower() in self.lex.personal_pronouns

    def _outside(self, found: list[Attribution], start: int, end: int) -> list[Attribution]:
        def clear(a: Attribution) -> bool:
            spans = [a.cue] + ([a.source] if a.source else [])
            return all(s[1] <= start or s[0] >= end for s in spans)

        def faces(a: Attribution) -> bool:
            """A subject + verb cue reports what follows it; '..., disse X' what precedes it."""
            if a.kind in ("verb_before", "verb_relative") and self._object_unreported(a):
                return False
            if a.kind == "preposition" and COORDINATED.search(self.text, a.cue[0] - 8, a.cue[0]):
                # 'e, segundo X, …' frames the clause it opens: not the one before it, nor one
                # after a semicolon ('… e, segundo seu empresário, não teme ataques; em 2017,
                # artista cresceu mais de 50%')
                return start >= a.cue[1] and not CLAUSE_END.search(self.text, a.cue[1], start)
            if a.kind == "verb_before":
                # a verb with an object reports no act coordinated after it ('O DIS os acusou de
                # fraude e pediu uma sentença de cinco anos'); one with a clause does ('disse que
                # … e pediu')
                return start >= a.cue[1] and (
                    _reports_clause(self.text, a)
                    or not (
                        self.lex.coordinated_act.search(self.text, a.cue[1], start)
                        or _object_described(self.text, a, start)
                    )
                )
            if a.kind == "verb_relative":  # 'a parcela que afirma ter candidato, 87% estão'
                # up to the comma that closes the clause; a list goes on past ', além de'
                return start >= a.cue[1] and not RELATIVE_END.search(self.text, a.cue[1], start)
            if a.kind == "verb":
                if end <= a.cue[0]:
                    return True
                # after its subject: what it reports ('Disse o ministro que', 'Segundo informou
                # a polícia, 30'), not the speaker's description after a tag ('…», contou X,
                # presidente de uma das seis associações')
                return (
                    a.source is not None
                    and a.source[1] <= start
                    and not self._describes_speaker(a)
                )
            return True

        return [a for a in found if clear(a) and faces(a)]

    def _object_unreported(self, a: Attribution) -> bool:
        """A verb that reports only a clause or the figure it takes as its object, with another
        object after it ('os advogados explicaram as assinaturas de apenas 10', 'o cantor falou
        por 45 minutos a mil fãs'): it names a speaker but reports nothing here."""
        verb = LAST_WORD.search(self.text, a.cue[0], a.cue[1])
        if verb is None or verb.group(1).lower() not in self.lex.object_no_report:
            return False
        end = self.sentences.around(a.cue[0])[1]
        reports = self.lex.clause_after.match(self.text, a.cue[1], end) or REPORTED_AFTER.match(
            self.text, a.cue[1], end
        )
        return not (reports or self.lex.reported_object.match(self.text, verb.start(1), end))

    def _describes_speaker(self, a: Attribution) -> bool:
        """Whether what follows the subject of a verb after what it reports tells who the speaker
        is, not what was said: after a quotation ('«…», contou X, presidente de uma das seis
        associações', '”, disse Fred, que tem quatro armas'), or a relative clause after any tag;
        a tag inside a sentence reports the rest of it ('A média, diz ele, é de 550 veículos')."""
        assert a.source is not None
        if COMPLEMENT.match(self.text, a.source[1]) or GERUND_REPORT.match(self.text, a.source[1]):
            return False  # '…, disse X, acrescentando que a magnitude foi de 5,8': what X said
        quoted = AFTER_QUOTE.search(self.text, max(0, a.cue[0] - 4), a.cue[0])
        return bool(quoted or self.lex.relative_after.match(self.text, a.source[1]))

    def _quoted(self, start: int, end: int) -> Attribution | None:
        if self._breaks is None:
            self._breaks = ParagraphBreaks(self.text)
        quote = quote_around(self.text, start, end, self._quotes, self._breaks)
        if quote is None:
            return None
        after = self.sentences.around(quote[1])
        closing = [a for a in self.cues(quote[1], after[1]) if a.kind.startswith("verb")]
        before = self.sentences.around(max(quote[0] - 1, 0))
        framed = self.cues(before[0], quote[0])
        opening = [a for a in framed if a.kind.startswith("verb")]
        found = closing[0] if closing else (opening[-1] if opening else None)
        if found is None:
            return self._colon_speaker(quote[0], framed, before)
        if found.source is None:
            # a bare closing verb ('“…”, afirmou.') speaks for the speaker of the sentence that
            # opens the quote ('Parente enfatizou a redução. “…”, apontou.'), else for one
            # named before
            speaker = next((a for a in reversed(framed) if a.source and self._speaks(a)), None)
            if speaker is not None:
                return Attribution(found.cue, speaker.source, found.rule, found.kind)
            opening_sentence = sentence_before(self.sentences, quote[0])
            if opening_sentence is not None and opening_sentence[1] <= quote[0]:
                subject = self._person_subject(opening_sentence)
                if subject is not None:
                    return Attribution(found.cue, subject, found.rule, found.kind)
        return self._resolved(found, (min(before[0], quote[0]), after[1]))

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
        subject = self._person_subject((before[0], colon))
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
        colon = (lead[1], lead[1] + 1)
        if self.text.count("(", *lead) > self.text.count(")", *lead):
            return None
        opener = WORD.match(self.text, lead[0], lead[1])
        if opener and opener.group().lower() in self.lex.openers:  # 'Mas a diplomacia dos EUA'
            lead = (_lstrip(self.text, opener.end()), lead[1])
        subject = self._subject(lead, lead[1]) or self._subject(lead, lead[1], persons_only=False)
        if subject is not None:
            return Attribution(colon, subject, self.lex.verb_rule, "verb")
        pronoun = self._pronoun_subject(lead)
        if pronoun is None:
            return None
        return self._resolved(Attribution(colon, pronoun, self.lex.verb_rule, "verb"), sent)

    def _pronoun_subject(self, sent: tuple[int, int]) -> tuple[int, int] | None:
        """A personal pronoun that opens a clause, past leading adverbial phrases, as the subject
        of the verb right after it ('Em maio, ele escreveu: “…”')."""
        starts = [sent[0]]
        comma = self.text.find(", ", sent[0], min(sent[1], sent[0] + 80))
        if comma > 0:
            starts.append(comma + 2)
        for at in starts:
            word = WORD.match(self.text, at, sent[1])
            if word is None or not self._is_pronoun(word.span()):
                continue
            if self._first_verb(word.end(), sent[1]) == _lstrip(self.text, word.end()):
                return word.span()
        return None

    def _verb_follows(self, pos: int, end: int) -> bool:
        """Whether a finite verb comes next, past an apposition and adverbs ('já', 'não')."""
        apposition = APPOSITION.match(self.text, pos, end)
        for word in WORD.finditer(self.text, apposition.end() if apposition else pos, end):
            low = word.group()
            if low.lower() in self.lex.adverbs:
                continue
            return FINITE.fullmatch(low) is not None
        return False

    def _person_subject(self, sent: tuple[int, int]) -> tuple[int, int] | None:
        """The person a sentence opens with as its subject ('O ministro criticou o TST. “…”,
        afirmou.'; 'Ao falar dos tribunais, o ministro criticou …'): a noun of persons or a
        name followed by its verb; a body or a document is no speaker."""
        text = self.text
        starts = [sent[0]]
        comma = text.find(", ", sent[0], min(sent[1], sent[0] + 80))
        if comma > 0:
            starts.append(comma + 2)  # after a leading adverbial phrase
        for at in starts:
            phrase = forward_phrase(text, at, sent[1], self.lex)
            if phrase is None or not self._verb_follows(phrase[1], sent[1]):
                continue
            words = text[phrase[0] : phrase[1]]
            if self._is_role(phrase, by_ending=False) or (
                PERSON.match(words) and source_type(words, None, self.lex) in (None, "person")
            ):
                return phrase
        return None

    def _subject(
        self, sent: tuple[int, int], end: int, persons_only: bool = True
    ) -> tuple[int, int] | None:
        """The subject a sentence opens with, before ``end``: the phrase before its first verb
        ('O Tribunal de Contas reviu …', 'Ao depor, o ex-ministro Antonio Palocci disse …'),
        a person (``persons_only``: a noun of persons or a name), or also a body named."""
        text = self.text
        starts = [sent[0]]
        for _ in range(3):  # after leading adverbial phrases ('Em vídeo, no domingo, 30, Jucá')
            comma = text.find(", ", starts[-1], min(end, sent[0] + 120))
            if comma < 0:
                break
            starts.append(comma + 2)
        for at in starts:
            verb = self._first_verb(at, end)
            phrase = backward_phrase(text, at, verb, self.lex) if verb is not None else None
            clitic = phrase and LAST_WORD.search(text, phrase[0], phrase[1])
            if clitic and clitic.group(1).lower() in self.lex.clitics:
                phrase = backward_phrase(text, at, clitic.start(), self.lex)  # 'O Temer me deu'
            if phrase is None or not self._opens(at, phrase) or self._is_pronoun(phrase):
                continue
            if text[phrase[0] : phrase[1]].lower() in self.lex.pronouns:
                continue
            named = any(w[:1].isupper() for w in text[phrase[0] : phrase[1]].split())
            person = persons_only and self._is_role(phrase, by_ending=False)
            if not (named or person) or self._common_head(phrase):
                continue
            words = text[phrase[0] : phrase[1]]
            if not persons_only or source_type(words, None, self.lex) in (None, "person"):
                return phrase
        return None

    def _determined_subject(self, sent: tuple[int, int], end: int) -> tuple[int, int] | None:
        """The noun phrase after a determiner that opens the sentence, before its first verb, as
        the subject a coordinated verb shares ('A polícia segue fazendo buscas e anunciou a
        prisão de mais quatro suspeitos'); not a figure, not a pronoun."""
        verb = self._first_verb(sent[0], end)
        phrase = backward_phrase(self.text, sent[0], verb, self.lex) if verb is not None else None
        if phrase is None or self._is_pronoun(phrase):
            return None
        opening = self.text[sent[0] : phrase[0]].split()
        if not opening or not self._opens(sent[0], phrase):
            return None
        return None if any(c.isdigit() for c in self.text[phrase[0] : phrase[1]]) else phrase

    def _opens(self, at: int, phrase: tuple[int, int]) -> bool:
        """Whether ``phrase`` starts at ``at``, past determiners ('O ministro')."""
        before = self.text[at : phrase[0]].lower().split()
        return all(w in self.lex.determiners for w in before)

    def _common_head(self, phrase: tuple[int, int]) -> bool:
        """A phrase whose only capital is a common word's, opening a sentence ('Muitas pessoas',
        'Você', 'Senão', 'Extinção de fundações'), and no noun of persons: no name."""
        words = self.text[phrase[0] : phrase[1]].split()
        if any(w[:1].isupper() for w in words[1:]) or self._is_role(phrase, by_ending=False):
            return False
        if any(w not in self.lex.phrase_links for w in words[1:]):
            return True  # 'Extinção de fundações': a noun that opens a sentence, then lower case
        table = lemma_table()
        return table is None or table.entry(words[0].lower()) is not None

    def _first_verb(self, pos: int, end: int) -> int | None:
        """Where the first finite verb after ``pos`` starts: a lower-case word the lemma table
        reads as a verb, not a function word it also reads so ('para', 'da')."""
        lex = self.lex
        skip = lex.phrase_links | lex.determiners | lex.not_verbs | lex.adverbs | lex.stop
        for word in WORD.finditer(self.text, pos, min(end, pos + 160)):
            low = word.group()
            if not low[:1].islower() or low in skip or NONFINITE.fullmatch(low):
                continue
            if low in lex.verbs or PAST.fullmatch(low) or is_verb_form(low):
                return word.start()
        return None

    def _resolved(self, found: Attribution, sent: tuple[int, int]) -> Attribution | None:
        """A cue with no named subject takes the source of the sentences just before; a personal
        pronoun ('disse ele') stays the source as written, with that speaker as its antecedent."""
        if found.source is not None and not self._is_pronoun(found.source):
            return found
        if found.source is not None:  # a pronoun's antecedent gives its name: a name is wanted
            return replace(found, antecedent=self._named_before(found, sent, by_name=True))
        named = self._named_before(found, sent)
        if named is None:
            return None
        return Attribution(found.cue, named, found.rule, found.kind)

    def _named_before(
        self, found: Attribution, sent: tuple[int, int], by_name: bool = False
    ) -> tuple[int, int] | None:
        """The speaker named last before ``found``: in its own sentence for a coordinated verb,
        else in one of the sentences just before (``by_name``: only one given a name)."""
        heads = found.kind == "verb_before" and self._heads_sentence(sent, found.cue[0])
        if found.kind == "verb_before":  # 'O DIS os acusou ... e estimou': the clause's subject
            same = [a for a in self.cues(*sent) if a.source and a.cue[1] <= found.cue[0]]
            if same and not self._is_pronoun(same[-1].source):
                return same[-1].source
            # 'O TCU reviu a apuração e concluiu que': the subject of the verb it is joined to
            subject = None
            if not heads:
                subject = self._subject(sent, found.cue[0], persons_only=False)
                subject = subject or self._determined_subject(sent, found.cue[0])
            if subject is not None:
                return subject
        cursor = sent[0]
        for _ in range(CARRY_SENTENCES):
            prev = sentence_before(self.sentences, cursor)
            if prev is None:
                break
            found_there = [a for a in self.cues(*prev) if a.source]
            named = [a for a in found_there if self._speaks(a, by_name)]
            if named:
                return _outer_frames(self.text, named)[-1].source
            # 'Palocci depôs ontem. Disse que …': a verb that opens its sentence with no subject
            # has the person the sentence before speaks of as its subject, named by no cue; not
            # where that sentence reports for a pronoun ('Segundo ele, a Odebrecht repassou R$ 30
            # milhões. Disse ainda que …': he speaks on, named further back)
            quoting = any(self._is_pronoun(a.source) for a in found_there)
            subject = self._subject(prev, prev[1]) if heads and not by_name else None
            if quoting:
                subject = None
            if subject is not None:
                return subject
            cursor = prev[0]
        return None

    def _heads_sentence(self, sent: tuple[int, int], pos: int) -> bool:
        """Nothing but adverbs and conjunctions before ``pos`` in its sentence ('Disse ainda',
        'Também informou', 'Mas acusa')."""
        skip = self.lex.adverbs | self.lex.openers
        return all(
            w.group().lower() in skip for w in WORD.finditer(self.text, sent[0], pos)
        )


def _outermost(
    text: str, found: list[Attribution], start: int, end: int
) -> Attribution | None:
    """The frame that governs a figure (annotation guide, outermost frame): the cue nearest to
    it, unless an earlier frame reports the clause that holds that cue ('O TCU afirma que o
    prefeito pediu R$ 3 milhões' → TCU; 'Segundo a pesquisa, o país registrou' → pesquisa). A
    cue after the figure ('…, disse o ministro') frames the whole clause before it."""
    near = _nearest(found, start, end)
    if near is None or near.cue[0] >= end:
        return near
    inner = min(near.cue[0], near.source[0] if near.source else near.cue[0])
    for frame in sorted(found, key=lambda a: a.cue[0]):
        if frame is near or frame.cue[1] > inner or not _reports_clause(text, frame):
            continue
        if frame.source is None:
            continue  # 'De acordo com isso, o estudo previa': a pronoun names no one here
        if not FRAME_BREAK.search(text, frame.cue[1], inner):
            return frame
    return near


def _yielded(found: list[Attribution]) -> list[Attribution]:
    """A survey named as a frame ('Num estudo de julho,') gives way to a cue after it in its
    sentence ('analistas do Bernstein projetam'), not to one before it ('A pesquisa avaliou:')."""
    return [
        a for a in found
        if a.kind != "frame" or not any(o.kind != "frame" and o.cue[0] > a.cue[0] for o in found)
    ]


def _outer_frames(text: str, named: list[Attribution]) -> list[Attribution]:
    """The cues of a sentence that no earlier cue of it reports ('Ronan Marinho informou que o
    Ministério da Justiça comunicou …': Ronan Marinho speaks, the ministry is what he says), so
    that the speaker carried to the next sentence is the one its outermost frame names; all of
    them where every one is reported."""
    outer = [
        a
        for a in named
        if not any(
            frame is not a
            and frame.source is not None
            and frame.cue[1] <= min(a.cue[0], a.source[0])  # type: ignore[index]
            and _reports_clause(text, frame)
            and not FRAME_BREAK.search(text, frame.cue[1], min(a.cue[0], a.source[0]))  # type: ignore[index]
            for frame in named
        )
    ]
    return outer or named


def _reports_clause(text: str, frame: Attribution) -> bool:
    """Whether a frame reports a whole clause after it: 'Segundo X,' or a verb with 'que', ':' or
    'ter' + participle ('afirma que', 'disse à reportagem que', 'disse ter pedido'); not a verb
    with an object ('ter estimado a contratação em')."""
    if frame.kind in ("preposition", "frame"):
        return True
    return frame.kind == "verb_before" and bool(COMPLEMENT.match(text, frame.cue[1]))


def _object_described(text: str, a: Attribution, start: int) -> bool:
    """Whether a figure stands in a relative or gerund clause that describes the object the verb
    takes right after it ('anunciou o pré-programa da celebração, que terá sete «poses»',
    'confirmou ontem a sua subida de forma, vencendo com um cesto de três pontos'): what the
    article says of the object, not what was reported; a gerund that reports a clause still
    reports ('…, acrescentando que')."""
    if not DIRECT_OBJECT.match(text, a.cue[1]):
        return False
    aside = OBJECT_ASIDE.search(text, a.cue[1], start)
    return aside is not None and not GERUND_REPORT.match(text, aside.start())


NAMED_LEAD = re.compile(
    rf"\s*(?:[-–•]\s*)?(?P<name>{NAMES.pattern})(?:\s*\([^()]{{1,20}}\))?(?:,\s+[a-záéíóúâêôãõç][^:;.,“”\"«»]{{0,80}})?\s*"
)
"""A lead-in that is a name alone, with its party and a description ('Lindbergh Farias (PT-RJ),
senador e líder do partido no Senado: "…"'), as reactions are listed in the news."""


def _nearest(found: list[Attribution], start: int, end: int) -> Attribution | None:
    def distance(a: Attribution) -> int:
        lo, hi = a.cue
        return max(lo - end, start - hi, 0)

    return min(found, key=distance, default=None)


def _lstrip(text: str, pos: int) -> int:
    """``pos`` moved right over whitespace."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
