"""Which time expression governs a claim: the nearest one in the claim's own clause.

A clause is the stretch of the sentence between two boundaries of the ``time.clause`` rule
(``;``, ``que``, ``, e`` ...; a boundary inside a time expression, as in ``no ano que vem``, is
none); a comma-delimited clause inside it (``, que foi fundada em 1990,``) belongs to neither side.
Within the clause, in order: an expression right after the quantity's mention (``R$ 1,4 bilhão no
segundo trimestre de 2006``); the nearest one before the quantity; the time a relative clause
refers back to (``uma segunda-feira em que ...``, ``o ano de 2016, quando ...``); the first one
after the quantity; a time that opens the sentence before a comma (``Em 29 de setembro, o MPT
pediu que ...``). An expression after a participle that describes another noun (``a pesquisa
divulgada há nove dias``, block ``attributive``) governs no claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimx.attribution.lemmas import is_verb_form
from claimx.text.casefold import document_lowercase
from claimx.text.leads import LeadScan
from claimx.time.finder import TimeMention
from claimx.time.grammar import Grammar

Span = tuple[int, int]
ADJACENT = ("at", "during")
"""Relations of an expression that, right after a quantity, is that quantity's own time."""


Breaks = tuple[list[Span], list[Span]]
"""A sentence's embedded comma clauses and its clause boundaries (found once per sentence)."""


def sentence_breaks(grammar: Grammar, text: str, sentence: Span) -> Breaks:
    lower = document_lowercase(text)
    return (
        _spans(grammar.embedded, grammar.embedded_lower, text, lower, sentence),
        _spans(grammar.boundary, grammar.boundary_lower, text, lower, sentence),
    )


def _spans(
    regex: re.Pattern[str] | None,
    lower_scan: LeadScan | None,
    text: str,
    lower: str | None,
    sentence: Span,
) -> list[Span]:
    """The matches of ``regex`` in the sentence, found in the text's lowercase where it can."""
    if regex is None:
        return []
    if lower is not None and lower_scan is not None:
        return [m.span() for m in lower_scan.finditer(lower, *sentence)]
    return [m.span() for m in regex.finditer(text, *sentence)]


def clause_of(
    grammar: Grammar,
    text: str,
    sentence: Span,
    at: Span,
    times: Sequence[Span] = (),
    breaks: Breaks | None = None,
) -> tuple[Span, list[Span]]:
    """The clause around ``at`` inside ``sentence``, and the embedded clauses it must skip;
    boundaries inside ``times`` do not count. ``breaks``: the sentence's, if already found."""
    start, end = sentence
    embedded, boundaries = breaks or sentence_breaks(grammar, text, sentence)
    inside = next(((s, e) for s, e in embedded if s <= at[0] and at[1] <= e), None)
    if inside is not None:
        start, end = inside[0] + 1, inside[1] - 1
        embedded, boundaries = [], sentence_breaks(grammar, text, (start, end))[1]
    for b_start, b_end in boundaries:
        if _embedded_boundary(grammar, text, (b_start, b_end), embedded) or any(
            s < b_end and b_start < e for s, e in times
        ):
            continue
        if b_end <= at[0]:
            start = b_end
        elif b_start >= at[1]:
            end = b_start
            break
    return (start, end), embedded


def _embedded_boundary(grammar: Grammar, text: str, boundary: Span, embedded: list[Span]) -> bool:
    """A boundary wholly inside an embedded clause is that clause's; one that only starts at its
    closing comma ends the clause (', enquanto ...'), except a list word that goes on with what
    came before it (', que foi prefeito, e outros R$ 100 mil')."""
    b_start, b_end = boundary
    for s, e in embedded:
        if s <= b_start and b_end <= e:
            return True
        if s <= b_start < e:
            return text[b_start:b_end].strip(" ,").casefold() in grammar.embedded_continues
    return False


def governing_time(
    grammar: Grammar,
    text: str,
    sentence: Span,
    quantity: Span,
    mention: Span,
    times: Sequence[TimeMention],
    breaks: Breaks | None = None,
) -> TimeMention | None:
    """The time of the claim whose quantity is ``quantity`` (its whole mention ``mention``);
    ``breaks``: the sentence's (:func:`sentence_breaks`), if already found."""
    (start, end), embedded = clause_of(
        grammar, text, sentence, quantity, [(t.start, t.end) for t in times], breaks
    )
    times = [t for t in times if not _set_apart(grammar, text, sentence, t, mention)]
    candidates = [
        t for t in times
        if start <= t.start and t.end <= end
        and (t.end <= quantity[0] or t.start >= quantity[1])
        and not any(s <= t.start < e for s, e in embedded)
        and not _attributive(grammar, text, sentence, t, quantity, mention)
        and not _reported(grammar, text, quantity, t)
    ]
    own = adjacent(text, quantity, mention, candidates, grammar.adjacent_links)
    if own is not None:
        return own
    before = [t for t in candidates if t.end <= min(mention[0], quantity[0])]
    after = [t for t in candidates if t.start >= quantity[1]]
    if (
        before
        and not (after and _coordinated(grammar, text, before[-1], mention))
        and not _present_state(grammar, text, before[-1], mention[0])
    ):
        return before[-1]
    antecedent = _antecedent(grammar, text, start, times)
    if antecedent is not None:
        return antecedent
    if (
        after
        and not _next_predicate(grammar, text, (start, mention[0]), mention[1], after[0])
        and not _opening_phrase(grammar, text, sentence, mention, after[0])
    ):
        return after[0]
    return (
        _carried(grammar, text, sentence, start, times, breaks)
        or _fronted(grammar, text, sentence, start, times)
        or _frame(grammar, text, sentence, quantity, times, breaks)
    )


def _set_apart(
    grammar: Grammar, text: str, sentence: Span, time: TimeMention, mention: Span
) -> bool:
    """The time is inside parentheses that do not hold the claim's mention: an aside about
    something else (``citado por 17% (tinha 18% em setembro deste ano)``), unless they give the
    dates of a length of time named right before them (block ``gloss``: ``em nove anos (de 2005 a
    2014)``) or say what the figure right before them is (block ``figure_note``)."""
    opening = text.rfind("(", sentence[0], time.start)
    if opening == -1 or text.find(")", opening, time.start) != -1:
        return False
    closing = text.find(")", time.end, sentence[1])
    if closing == -1 or opening < mention[0] <= closing:
        return False
    gloss, note = grammar.gloss, grammar.figure_note
    if gloss is not None and gloss.search(text, max(sentence[0], opening - 40), opening):
        return False
    noted = not text[mention[1] : opening].strip() and note is not None
    return not (noted and note.match(text, opening, closing))  # type: ignore[union-attr]


_WORD = re.compile(r"[\w-]+")
_O_QUE = re.compile(r"(?:^|[\s,(])o\s*$", re.IGNORECASE)


def _carried(
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
        if _reports(grammar, before):
            return None
    elif word not in grammar.carry_conjunctions or not _verb_follows(grammar, text, boundary[1]):
        return None
    earlier = [
        t for t in times
        if start <= t.start and t.end <= boundary[0]
        and not any(s <= t.start < e for s, e in embedded)
    ]
    return earlier[-1] if earlier else None


_AND = re.compile(r"\se\s+")
_COMMA = re.compile(r",(?!\d)")  # not a decimal comma ('1,99%')


def _next_predicate(
    grammar: Grammar, text: str, lead: Span, mention_end: int, time: TimeMention
) -> bool:
    """The figure is the object of a verb (one stands before it in its clause) and the time
    closes the next verb phrase after ``e`` (``armazena 300 petabytes de dados, possui quase dois
    bilhões de usuários e arrecadou US$ 28 bilhões somente em 2016``): it is that verb's time,
    not the figure's (guide 'Scope of time'). A figure that is the subject (``Seis empresários
    cumprem prisão preventiva e foram denunciados em 7 de dezembro``) does both, and so does
    every verb before a time that a comma sets off from the next verb phrase (``exportou 265,2
    milhões de contos e importou 521 milhões de contos, durante os primeiros cinco meses de
    1995``)."""
    if not any(_verb(grammar, w) for w in _WORD.findall(text, *lead)):
        return False
    return any(
        _verb_follows(grammar, text, m.end()) and not _COMMA.search(text, m.end(), time.start)
        for m in _AND.finditer(text, mention_end, time.start)
    )


def _opening_phrase(
    grammar: Grammar, text: str, sentence: Span, mention: Span, time: TimeMention
) -> bool:
    """The figure is in a phrase that opens the sentence before a comma (block
    ``opening_phrase``: ``Dos 28 ministros, 18 podem ser candidatos em 2018``, ``Após passar duas
    noites sob cuidados intensivos, Elton saiu do centro no sábado``, ``Condenado a 30 anos de
    prisão, o petista foi cassado em 2005``) and the time follows the main clause's verb after
    it: that clause's, not the figure's. A time with no verb between it and the comma still
    closes the phrase (``Após a morte ... de mais quatro pessoas na queda de um avião ..., na
    tarde de quinta-feira (19), várias questões ...``)."""
    phrase = grammar.opening_phrase
    if phrase is None or not phrase.match(text, sentence[0], mention[0]):
        return False
    if _COMMA.search(text, sentence[0], mention[0]):
        return False
    comma = _COMMA.search(text, mention[1], time.start)
    return comma is not None and any(
        _verb(grammar, w) for w in _WORD.findall(text, comma.end(), time.start)
    )


def _present_state(grammar: Grammar, text: str, time: TimeMention, figure: int) -> bool:
    """Between a past time and the figure, ``e`` opens a present state (block ``present_states``,
    past adverbs: ``foi criada em 1984 e tem mais de 4 milhões de hectares``), with no comma:
    the figure holds now, not at that time."""
    if not grammar.present_states or _COMMA.search(text, time.end, figure):
        return False
    if grammar.now_words is not None and grammar.now_words.search(time.text):
        return False
    for match in _AND.finditer(text, time.end, figure):
        words = [w.casefold() for w in _WORD.findall(text, match.end(), figure)]
        words = [w for w in words if w not in grammar.carry_skip]
        if words and words[0] in grammar.present_states:
            return True
    return False


def _verb(grammar: Grammar, word: str) -> bool:
    lower = word.casefold()
    skipped = lower in grammar.not_verbs or lower in grammar.carry_skip
    return not skipped and is_verb_form(lower)


def _relative(grammar: Grammar, before: str) -> bool:
    """``que`` after ``before`` (its clause's text) opens a relative clause on that clause
    (``, o que representa``), not one on a noun of it: those describe the noun (``o inquérito
    que apura o pagamento de R$ 12 milhões``, ``o grupo que reúne as 20 maiores economias``)
    more often than they go on with the event (on 2,000 fresh Fake.br articles)."""
    return bool(_O_QUE.search(before)) and not _reports(grammar, before)


def _reports(grammar: Grammar, clause: str) -> bool:
    """The clause holds a reporting verb: what it introduces is a report, whose time is not
    the figures' (``anunciou no domingo que``, ``disse nesta terça:``)."""
    return any(w.casefold() in grammar.reporting_forms for w in _WORD.findall(clause))


def _verb_follows(grammar: Grammar, text: str, at: int) -> bool:
    """The first word after ``at`` (past adverbs and clitics) is a verb form, not a noun
    phrase's start: the same subject goes on (``, e provocou``)."""
    for match in _WORD.finditer(text, at, min(len(text), at + 60)):
        word = match[0].casefold()
        if word in grammar.carry_skip:
            continue
        return word not in grammar.not_verbs and is_verb_form(word)
    return False


def _frame(
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


def _fronted(
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
    if not text[first.end : clause_start].lstrip().startswith(","):
        return None
    return None if ";" in text[first.end : clause_start] else first


def adjacent(
    text: str,
    quantity: Span,
    mention: Span,
    times: Sequence[TimeMention],
    links: frozenset[str] = frozenset(),
) -> TimeMention | None:
    """The time right after the mention (only spaces or one of ``links`` between, or inside the
    item), if any."""
    after = [t for t in times if t.start >= quantity[1]]
    if not after or after[0].relation not in ADJACENT:
        return None
    between = text[mention[1] : after[0].start].strip()
    if after[0].start < mention[1] or not between or between.lower() in links:
        return after[0]
    return None


def _coordinated(grammar: Grammar, text: str, time: TimeMention, mention: Span) -> bool:
    """The time closes the conjunct before the claim's (``... em 2008 e duas parcelas``): it is
    that conjunct's figure's, and the claim takes the one after it (guide 'Scope of time')."""
    return grammar.coordination is not None and bool(
        grammar.coordination.fullmatch(text, time.end, mention[0])
    )


def _reported(grammar: Grammar, text: str, quantity: Span, time: TimeMention) -> bool:
    """The time follows a reporting verb that opens a clause after the figure (``Foram 75
    bilhões, informou o serviço nesta quinta-feira (4)``, ``”, disse Marina na ocasião``): it
    dates the report, not the figure (guide 'Scope of time': the time of the figure's own
    clause)."""
    return (
        grammar.reporting is not None
        and time.start >= quantity[1]
        and grammar.reporting.search(text, quantity[1], time.start) is not None
    )


def _attributive(
    grammar: Grammar, text: str, sentence: Span, time: TimeMention, quantity: Span, mention: Span
) -> bool:
    """The expression follows a participle describing a noun (not after an auxiliary verb); one
    set off by a comma describes the claim where the claim follows in its phrase."""
    # after a comma, the claim may follow in the participle's phrase ('condenados em 1990 a 13
    # anos')
    own_phrase = time.end <= quantity[0] and "," not in text[time.end : quantity[0]]
    if grammar.opening is not None and grammar.opening.fullmatch(text, sentence[0], time.start):
        return not own_phrase
    if grammar.attributive is None:
        return False
    match = grammar.attributive.search(text, max(sentence[0], time.start - 60), time.start)
    if match is None or match["before"].casefold() in grammar.auxiliaries:
        return False
    # the participle may describe the claim's own noun ('30 notícias publicadas entre janeiro e
    # dezembro', 'dois cheques, compensados em ...')
    own_noun = mention[0] <= match.start("before") < mention[1] or (
        grammar.complement is not None
        and mention[1] <= match.start("before")
        and grammar.complement.fullmatch(text, mention[1], match.end("before")) is not None
    )
    if not match["comma"]:
        return not own_noun
    return not (own_noun or own_phrase)


def _antecedent(
    grammar: Grammar, text: str, clause_start: int, times: Sequence[TimeMention]
) -> TimeMention | None:
    """The time a relative clause starting at ``clause_start`` refers back to, if any: of a
    period named by its two ends, the last one (:attr:`TimeMention.period_end`)."""
    if grammar.antecedent is None:
        return None
    for t in times:
        if t.end <= clause_start and grammar.antecedent.fullmatch(text, t.end, clause_start):
            return replace(t, period_end=_two_ends(t))
    return None


def _two_ends(time: TimeMention) -> bool:
    """The expression names a period by its two ends (``entre 2010 e o ano passado``, groups
    ``a`` and ``b`` or ``byear``), not as one (``o primeiro trimestre``)."""
    groups = time.match.groupdict()
    return bool(groups.get("a")) and bool(groups.get("b") or groups.get("byear"))
