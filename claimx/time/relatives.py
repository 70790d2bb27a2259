"""Times of a relative clause that is about the claim: one on the counted thing right after its
mention (``cinco repasses que ultrapassam meio milhão de dólares feitos em 2013``), and the
claim's own clause when it is a relative on a noun that a time right before it dates (``o ataque
contra a redação da revista em janeiro de 2015, que deixou 12 mortos``).

Both are read only where the claim's own clause has no time (:func:`claimx.time.governing.
governing_time`): a relative on a noun in general describes the noun and keeps its own time
(the comment above block ``carry_conjunctions`` in ``rules/pt/time.yaml``); these two are the
shapes where what it says is the counted thing's event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimx.attribution.lemmas import is_verb_form
from claimx.time.carried import reports
from claimx.time.clause_bounds import Breaks, Span, clause_of, sentence_breaks
from claimx.time.grammar import Grammar
from claimx.time.mention import TimeMention

_COMMA = re.compile(r",(?!\d)")  # not a decimal comma ('1,99%')
_LAST_WORD = re.compile(r"([\w-]+)\W*$")
_WORD = re.compile(r"[\w-]+")
REPORT_REACH = 5
"""Words before a time that a reporting verb whose object ``que`` opens is read in (``pediu ao
juiz Sérgio Moro, nesta sexta-feira (3), que``); one farther off is another clause's."""


def figure_relative(
    grammar: Grammar,
    text: str,
    sentence: Span,
    clause_end: int,
    mention: Span,
    times: Sequence[TimeMention],
    breaks: Breaks | None,
) -> TimeMention | None:
    """The first time of the relative clause that opens right after the mention (block
    ``figure_relative``: ``os R$ 54,6 milhões que recebeu do Fundo na última semana de 2016``,
    ``Dois doleiros que operavam contas no Uruguai foram extraditados ontem``) with no comma
    before it: the counted thing's time. Not where the figure completes another noun through a
    preposition (block ``figure_relative_not_after``: ``um general de três estrelas que foi ...
    em 2015``, ``24 policiais em 18 Estados que a Fenapef pretende lançar em 2018``): there the
    relative is that noun's; nor a time that completes a noun of the relative (block
    ``noun_complement``: ``os cinco ministros que compõem o colegiado devem rever a decisão de
    2010``, ``32% das promessas que fizeram durante a campanha eleitoral de 2014``)."""
    opening = grammar.figure_relative
    if opening is None or clause_end < mention[1]:
        return None
    breaks = breaks or sentence_breaks(grammar, text, sentence)
    boundary = next(((s, e) for s, e in breaks[1] if s == clause_end), None)
    if boundary is None or not opening.fullmatch(text, mention[1], boundary[1]):
        return None
    word = _LAST_WORD.search(text, sentence[0], mention[0])
    if word is not None and word[1].casefold() in grammar.figure_relative_not_after:
        return None
    complement = grammar.noun_complement
    spans = [(t.start, t.end) for t in times]
    at = (boundary[1], boundary[1])
    (start, end), embedded = clause_of(grammar, text, sentence, at, spans, breaks)
    inside = [
        t for t in times
        if start <= t.start and t.end <= end
        and not any(s <= t.start < e for s, e in embedded)
        and not _COMMA.search(text, boundary[1], t.start)
        and not (complement is not None and complement.match(t.text))
    ]
    return inside[0] if inside else None


def dated_relative(
    grammar: Grammar,
    text: str,
    sentence: Span,
    clause_start: int,
    times: Sequence[TimeMention],
    breaks: Breaks | None,
) -> TimeMention | None:
    """The time right before the relative clause the claim is in, set off from it by a comma
    (block ``dated_relative``: ``pagamentos ilícitos, entre 2011 e 2014, que totalizaram mais de
    US$ 7 milhões``, ``o sábado (23), que registrou 11 mortos``): it dates the noun the clause
    is about, whose event the figure counts; the whole period, not its last end (unlike
    ``antecedent``: ``o ano de 2016, quando ...``). Not where the time follows a verb, or a
    reporting verb or one of block ``object_clause_verbs`` a few words before it: then ``que``
    opens that verb's object (``disse, no sábado, que``, ``impede, neste momento, que``,
    ``pediu ao juiz, nesta sexta-feira (3), que``), not a relative."""
    if grammar.dated_relative is None:
        return None
    dated = next(
        (t for t in times
         if t.end <= clause_start and grammar.dated_relative.fullmatch(text, t.end, clause_start)),
        None,
    )
    if dated is None:
        return None
    spans = [(t.start, t.end) for t in times]
    (start, _), _ = clause_of(grammar, text, sentence, (dated.start, dated.end), spans, breaks)
    words = _WORD.findall(text, start, dated.start)[-REPORT_REACH:]
    if words and is_verb_form(words[-1].casefold()):
        return None
    if any(w.casefold() in grammar.object_clause_forms for w in words):
        return None
    return None if reports(grammar, " ".join(words)) else dated
