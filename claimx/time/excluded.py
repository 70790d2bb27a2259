"""Times inside a claim's clause that are not the claim's: set apart in parentheses, dashes, a
relative clause or an apposition on one member of the counted set, dating a report after the
figure, describing another noun through a participle, or saying how far back a record reaches."""

from __future__ import annotations

import re

from claimx.time.clause_bounds import Span
from claimx.time.grammar import Grammar
from claimx.time.mention import TimeMention

# an aside's dash, not a hyphen or a minus; group 1: the punctuation that may close the aside
RECORD_REACH = 60
"""Characters before a ``desde`` time read for the record it follows (``o menor valor desde``)."""
_DASH = re.compile(r"(?<=\s)[–—-](?:\s|([,.;:]))")


def set_apart(
    grammar: Grammar, text: str, sentence: Span, time: TimeMention, mention: Span
) -> bool:
    """The time is inside parentheses, a pair of dashes or a relative clause after a preposition
    between commas that do not hold the claim's mention: an aside about something else
    (``citado por 17% (tinha 18% em setembro deste ano)``, ``R$ 122 bilhões – patamar autorizado
    em 2017, já considerado baixo – teriam de recuar para R$ 101 bilhões``, ``Segundo o acórdão,
    a que a agência Lusa teve hoje acesso, o arguido foi condenado a 20 anos``) or an
    apposition on one member of the counted set (``seis atentados, sendo o último em 2015``),
    unless they give the dates of a length of time named right before them (block ``gloss``:
    ``em nove anos (de 2005 a 2014)``) or say what the figure right before them is (block
    ``figure_note``)."""
    parenthesis = _parenthesis(text, sentence, time)
    aside = (
        parenthesis
        or _dashes(text, sentence, time)
        or _clause_aside(grammar.relative_aside, text, sentence, time, closed=True)
        or _clause_aside(grammar.member_aside, text, sentence, time, closed=False)
    )
    if aside is None:
        return False
    opening, closing = aside
    if opening < mention[0] <= closing:
        return False
    # dashes gloss a length only with the dates right away ('Em três anos da lei – de março de
    # 2015 até março de 2018 –'), not an aside after a time ('para o próximo ano – patamar
    # autorizado em 2017 –')
    glossing = parenthesis is not None or not text[opening + 1 : time.start].strip()
    gloss, note = grammar.gloss, grammar.figure_note
    if glossing and gloss and gloss.search(text, max(sentence[0], opening - 40), opening):
        return False
    noted = not text[mention[1] : opening].strip() and note is not None
    return not (noted and note.match(text, opening, closing))  # type: ignore[union-attr]


def _parenthesis(text: str, sentence: Span, time: TimeMention) -> Span | None:
    """Where the parentheses around the time open and close, if it is inside a pair."""
    opening = text.rfind("(", sentence[0], time.start)
    if opening == -1 or text.find(")", opening, time.start) != -1:
        return None
    closing = text.find(")", time.end, sentence[1])
    return None if closing == -1 else (opening, closing)


def _dashes(text: str, sentence: Span, time: TimeMention) -> Span | None:
    """Where the pair of dashes around the time opens and closes (a dash between spaces, the
    closing one maybe before a comma: ``desde 1979 – quando foi inaugurado o sistema –, houve``),
    if it is inside a pair. Of an odd number of dashes, one is alone: the last one, opening an
    aside to the sentence's end (``– patamar autorizado em 2017 – teriam de recuar para R$ 101
    bilhões – o que poderia ...``), unless punctuation follows it, which closes an aside: then
    the first one, whose aside holds a pair (``– governador, segundo nas eleições de 2014 –
    ditas fraudadas –, com 34.897.211 votos``)."""
    dashes = list(_DASH.finditer(text, *sentence))
    if len(dashes) % 2:
        dashes = dashes[1:] if dashes[-1].group(1) else dashes[:-1]
    starts = [m.start() for m in dashes]
    pairs = zip(starts[::2], starts[1::2], strict=True)
    return next(((a, b) for a, b in pairs if a < time.start and time.end <= b), None)


def _clause_aside(
    aside: re.Pattern[str] | None, text: str, sentence: Span, time: TimeMention, closed: bool
) -> Span | None:
    """Where the aside of a block around the time starts and ends, if it is inside one: a
    relative clause after a preposition (block ``relative_aside``, ``closed`` by its last comma)
    or an apposition on one member of the counted set (block ``member_aside``, to its end)."""
    if aside is None:
        return None
    return next(
        (
            (m.start(), m.end() - 1 if closed else m.end())
            for m in aside.finditer(text, *sentence)
            if m.start() < time.start and time.end <= m.end()
        ),
        None,
    )


def reported(grammar: Grammar, text: str, quantity: Span, time: TimeMention) -> bool:
    """The time follows a reporting verb that opens a clause after the figure (``Foram 75
    bilhões, informou o serviço nesta quinta-feira (4)``, ``”, disse Marina na ocasião``): it
    dates the report, not the figure (guide 'Scope of time': the time of the figure's own
    clause)."""
    return (
        grammar.reporting is not None
        and time.start >= quantity[1]
        and grammar.reporting.search(text, quantity[1], time.start) is not None
    )


def record_since(grammar: Grammar, text: str, sentence: Span, time: TimeMention) -> bool:
    """The time is a ``desde`` after a record (block ``record``: ``o menor valor desde 2015``,
    ``a maior desde 2006``): it says how far back the comparison reaches, not when the figure
    holds."""
    return (
        time.relation == "since"
        and grammar.record is not None
        and grammar.record.search(text, max(sentence[0], time.start - RECORD_REACH), time.start)
        is not None
    )


def attributive(
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
