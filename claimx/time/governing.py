"""Which time expression governs a claim: the nearest one in the claim's own clause
(:mod:`claimx.time.clause_bounds`).

Within the clause, in order: an expression right after the quantity's mention (``R$ 1,4 bilhão no
segundo trimestre de 2006``); the nearest one before the quantity; the time a relative clause
refers back to (``uma segunda-feira em que ...``, ``o ano de 2016, quando ...``); the first one
after the quantity; a time that opens the sentence before a comma (``Em 29 de setembro, o MPT
pediu que ...``). An expression after a participle that describes another noun (``a pesquisa
divulgada há nove dias``, block ``attributive``) or a ``desde`` after a record (``o menor valor
desde 2015``, block ``record``) governs no claim (:mod:`claimx.time.excluded`).
The two figures of a change ``de X para Y`` take the start and the end of a period said over it,
and the second one its own time after it (:mod:`claimx.time.change`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimx.time.carried import carried, frame, fronted
from claimx.time.change import change_end, first_of_change
from claimx.time.clause_bounds import Breaks, Span, clause_of
from claimx.time.excluded import attributive, record_since, reported, set_apart
from claimx.time.grammar import Grammar
from claimx.time.mention import TimeMention
from claimx.time.relatives import dated_relative, figure_relative
from claimx.time.verb_phrases import next_predicate, opening_phrase, present_state

_ASIDE = re.compile(r"\s-\s|[–—()]")  # a dash or parenthesis: what follows is another aside
ADJACENT = ("at", "during")
"""Relations of an expression that, right after a quantity, is that quantity's own time."""


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
    ``breaks``: the sentence's (:func:`sentence_breaks`), if already found; of a period, its start
    or end for the figures of a change over it (:func:`~claimx.time.change.change_end`)."""
    time = _governing(grammar, text, sentence, quantity, mention, times, breaks)
    return None if time is None else change_end(grammar, text, quantity, mention, time)


def _governing(
    grammar: Grammar,
    text: str,
    sentence: Span,
    quantity: Span,
    mention: Span,
    times: Sequence[TimeMention],
    breaks: Breaks | None,
) -> TimeMention | None:
    (start, end), embedded = clause_of(
        grammar, text, sentence, quantity, [(t.start, t.end) for t in times], breaks
    )
    times = [
        t for t in times
        if not set_apart(grammar, text, sentence, t, mention)
        and not _now_of_earlier(grammar, text, (start, quantity[0]), t)
    ]
    candidates = [
        t for t in times
        if start <= t.start and t.end <= end
        and (t.end <= quantity[0] or t.start >= quantity[1])
        and not any(s <= t.start < e for s, e in embedded)
        and not attributive(grammar, text, sentence, t, quantity, mention)
        and not reported(grammar, text, quantity, t)
        and not record_since(grammar, text, sentence, t)
    ]
    own = adjacent(text, quantity, mention, candidates, grammar.adjacent_links)
    if own is not None:
        return own
    before = [t for t in candidates if t.end <= min(mention[0], quantity[0])]
    after = [t for t in candidates if t.start >= quantity[1]]
    if (
        before
        and not (after and _coordinated(grammar, text, before[-1], mention))
        and not (after and first_of_change(grammar, text, before[-1], mention))
        and not present_state(grammar, text, before[-1], mention[0])
    ):
        return before[-1]
    antecedent = _antecedent(grammar, text, start, times)
    if antecedent is not None:
        return antecedent
    if (
        after
        and not next_predicate(grammar, text, (start, mention[0]), mention[1], after[0])
        and not opening_phrase(grammar, text, sentence, mention, after[0])
    ):
        return after[0]
    return (
        figure_relative(grammar, text, sentence, end, mention, times, breaks)
        or dated_relative(grammar, text, sentence, start, times, breaks)
        or carried(grammar, text, sentence, start, times, breaks)
        or fronted(grammar, text, sentence, start, times)
        or frame(grammar, text, sentence, quantity, times, breaks)
    )


def adjacent(
    text: str,
    quantity: Span,
    mention: Span,
    times: Sequence[TimeMention],
    links: frozenset[str] = frozenset(),
) -> TimeMention | None:
    """The time right after the mention (only spaces, an opening parenthesis or one of ``links``
    between, or inside the item), if any: a parenthesis left for it by ``set_apart`` holds the
    figure's own year (``R$ 500 mil (2014)``)."""
    after = [t for t in times if t.start >= quantity[1]]
    if not after or after[0].relation not in ADJACENT:
        return None
    between = text[mention[1] : after[0].start].strip().removesuffix("(").strip()
    if after[0].start < mention[1] or not between or between.lower() in links:
        return after[0]
    return None


def _coordinated(grammar: Grammar, text: str, time: TimeMention, mention: Span) -> bool:
    """The time closes the conjunct before the claim's (``... em 2008 e duas parcelas``): it is
    that conjunct's figure's, and the claim takes the one after it (guide 'Scope of time')."""
    return grammar.coordination is not None and bool(
        grammar.coordination.fullmatch(text, time.end, mention[0])
    )


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


def _now_of_earlier(grammar: Grammar, text: str, lead: Span, time: TimeMention) -> bool:
    """The time is now (block ``now_words``) and the figure's clause says, before the figure and
    past any dash or parenthesis (``lead``: from the clause's start to the figure), that it was
    earlier (block ``earlier_words``: ``Agora, cada passageiro leva até 10 kg – antes, o limite
    era 5 kg``, ``Antes eu recebia de cinco a dez pacientes por semana, hoje recebo o dobro``):
    the figure is of that earlier time, which the sentence does not date."""
    earlier, now = grammar.earlier_words, grammar.now_words
    if earlier is None or now is None or not now.search(time.text):
        return False
    start = max((m.end() for m in _ASIDE.finditer(text, *lead)), default=lead[0])
    return earlier.search(text, start, lead[1]) is not None
