"""Times from outside a claim's clause, for a claim whose clause has none: the clause before it
that it goes on with, a time that opens the sentence, or the date of a survey the sentence cites."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimx.time.clause_bounds import Breaks, Span, clause_of, sentence_breaks
from claimx.time.grammar import Grammar
from claimx.time.mention import TimeMention
from claimx.time.verb_phrases import WORD, verb_follows

_O_QUE = re.compile(r"(?:^|[\s,(])o\s*$", re.IGNORECASE)


def carried(
    grammar: Grammar,
    text: str,
    sentence: Span,
    clause_start: int,
    times: Sequence[TimeMention],
    breaks: Breaks | None,
) -> TimeMention | None:
    """The time of the clause before the claim's, where the claim's clause (with no time of its
    own) goes on with it: a relative clause on it (``, o que representa``), what a colon opens
    (``decresceu em 2010 e a inflação foi uma das maiores do mundo: 27%``), or the same
    subject's next verb (``, mas decidiu``); not what a reporting verb introduces (the comment
    above block ``carry_conjunctions`` in ``rules/pt/time.yaml``)."""
    breaks = breaks or sentence_breaks(grammar, text, sentence)
    boundary = next(((s, e) for s, e in breaks[1] if e == clause_start), None)
    if boundary is None:
        return None
    spans = [(t.start, t.end) for t in times]
    at = (boundary[0], boundary[0])
    (start, _), embedded = clause_of(grammar, text, sentence, at, spans, breaks)
    word = text[boundary[0] : boundary[1]].strip(" ,").casefold()
    before = text[start : boundary[0]]
    if word == "que":
        if not _relative(grammar, before):
            return None
    elif word == ":":  # what the colon opens details the clause before it
        if reports(grammar, before):
            return None
    elif word not in grammar.carry_conjunctions or not verb_follows(grammar, text, boundary[1]):
        return None
    earlier = [
        t for t in times
        if start <= t.start and t.end <= boundary[0]
        and not any(s <= t.start < e for s, e in embedded)
    ]
    return earlier[-1] if earlier else None


def _relative(grammar: Grammar, before: str) -> bool:
    """``que`` after ``before`` (its clause's text) opens a relative clause on that clause
    (``, o que representa``), not one on a noun of it: those describe the noun (``o inquérito
    que apura o pagamento de R$ 12 milhões``, ``o grupo que reúne as 20 maiores economias``)
    more often than they go on with the event (on 2,000 fresh Fake.br articles)."""
    return bool(_O_QUE.search(before)) and not reports(grammar, before)


def reports(grammar: Grammar, clause: str) -> bool:
    """The clause holds a reporting verb: what it introduces is a report, whose time is not
    the figures' (``anunciou no domingo que``, ``disse nesta terça:``)."""
    return any(w.casefold() in grammar.reporting_forms for w in WORD.findall(clause))


def frame(
    grammar: Grammar,
    text: str,
    sentence: Span,
    quantity: Span,
    times: Sequence[TimeMention],
    breaks: Breaks | None,
) -> TimeMention | None:
    """The date of a survey or report the sentence cites (``De acordo com a pesquisa divulgada
    nesta quinta, 6% ...``, block ``frame``): the time of its figures that have none of their
    own, in any clause of the sentence; the nearest one before the quantity, else after it.
    One cited in an embedded clause (``Na comparação com a pesquisa divulgada há nove dias,``)
    is the base compared with, not the figures'."""
    if any(t.void for t in times):  # 'se a eleição fosse hoje': no real time in the sentence
        return None
    embedded = (breaks or sentence_breaks(grammar, text, sentence))[0]
    framed = [
        t for t in times
        if _framing(grammar, text, sentence, t) and not any(s <= t.start < e for s, e in embedded)
    ]
    before = [t for t in framed if t.end <= quantity[0]]
    after = [t for t in framed if t.start >= quantity[1]]
    return before[-1] if before else next(iter(after), None)


def _framing(grammar: Grammar, text: str, sentence: Span, time: TimeMention) -> bool:
    if grammar.frame_participle is None or grammar.frame is None:
        return False
    ends = []  # where the survey's noun phrase may end
    match = grammar.frame_participle.search(text, max(sentence[0], time.start - 80), time.start)
    if match is not None and match["before"].casefold() not in grammar.auxiliaries:
        ends.append(match.end("before"))
    if time.text[:3].casefold() == "de ":  # the survey's own date: 'o levantamento, de julho'
        ends.append(len(text[: time.start].rstrip(" ,")))
    return any(
        grammar.frame.search(text, max(sentence[0], end - 60), end) is not None for end in ends
    )


def fronted(
    grammar: Grammar, text: str, sentence: Span, clause_start: int, times: Sequence[TimeMention]
) -> TimeMention | None:
    """A time that opens the sentence before a comma (``Em 29 de setembro, o MPT pediu que ...``),
    or follows only an attribution that opens it (``Segundo a denúncia, entre 2011 e 2014, eles
    fizeram com que US$ 3 milhões ...``; block ``opening_frame``), covers the later clauses that
    have none of their own, up to a ``;``."""
    first = times[0] if times else None
    if first is None or first.end > clause_start:
        return None
    lead = text[sentence[0] : first.start]
    frame = grammar.opening_frame
    if lead.strip() and (frame is None or not frame.fullmatch(lead)):
        return None
    # a word for now at the sentence's very start (block 'now_words') often goes without its
    # comma ('Hoje Joana trabalha fora para manter a casa onde mora com os quatro filhos'); other
    # times there ('Há cerca de um mês o ministro negou ...') open only their own clause
    bare_now = not lead.strip() and _now_word(grammar, first)
    if not bare_now and not text[first.end : clause_start].lstrip().startswith(","):
        return None
    return None if ";" in text[first.end : clause_start] else first


def _now_word(grammar: Grammar, time: TimeMention) -> bool:
    """The time is a single word for now (``Hoje``, ``Atualmente``, ``Agora``)."""
    now = grammar.now_words
    return now is not None and now.fullmatch(time.text.strip()) is not None
