"""A change from one figure to another over a period (``Entre 2012 e 2016, a porcentagem cresceu
de 8% para 19%``, ``subiu de 10 para 25 entre 2015 e 2016``, ``passou de 34% para 39,8% nos
últimos quinze anos``): the first figure is the period's start and the second its end, each a
figure of its own time (guide 'Scope of time'); only ``de X para Y``, never the range ``de X a
Y`` (blocks ``change_from`` and ``change_to`` of ``rules/pt/time.yaml``)."""

from __future__ import annotations

from dataclasses import replace

from claimx.time.clause_bounds import Span
from claimx.time.grammar import Grammar
from claimx.time.mention import TimeMention

CHANGE_WINDOW = 80
"""How far before a figure its ``de`` (and before the second, the first figure) is looked for."""


def change_end(
    grammar: Grammar, text: str, quantity: Span, mention: Span, time: TimeMention
) -> TimeMention:
    """``time`` as the start or the end of its period where the figure is the first or the second
    of a change ``de X para Y`` and ``time`` names a period by its ends or as the last N years
    (``entre 2012 e 2016``, ``nos últimos 15 anos``); else ``time`` itself."""
    if grammar.change_from is None or grammar.change_to is None or not _has_ends(time):
        return time
    first = min(quantity[0], mention[0])
    lead = max(0, first - CHANGE_WINDOW)
    if grammar.change_to.search(text, lead, first) is not None:
        return replace(time, period_end=True)
    if grammar.change_from.search(text, lead, first) is not None and (
        grammar.change_next is not None
        and grammar.change_next.match(text, max(quantity[1], mention[1])) is not None
    ):
        return replace(time, period_start=True)
    return time


def _has_ends(time: TimeMention) -> bool:
    """A period said by its two ends (groups ``a`` and ``b`` or ``byear``) or counted back from
    now (group ``back``: ``nos últimos 15 anos``), not a named unit (``na semana passada``)."""
    groups = time.match.groupdict()
    two = bool(groups.get("a")) and bool(groups.get("b") or groups.get("byear"))
    return two or bool(groups.get("back"))


def first_of_change(grammar: Grammar, text: str, time: TimeMention, mention: Span) -> bool:
    """The time closes the first figure of a change whose second is the claim's (``de 3%, em
    setembro, para 6%``): it is the first's, and the claim takes the one after it."""
    return grammar.change_then is not None and bool(
        grammar.change_then.fullmatch(text, time.end, mention[0])
    )
