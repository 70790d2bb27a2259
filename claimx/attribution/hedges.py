"""Whether the article distances itself from a figure (``rules/pt/hedges.yaml``), in the figure's
clause and a relative clause after it (the 'cue.clause' rule of ``rules/pt/cues.yaml``)."""

from __future__ import annotations

from claimx.attribution.context import clause_of
from claimx.attribution.lexicon import Hedge, Lexicon

Matches = list[list[tuple[int, int, str]]]
SCOPES = {  # where a hedge word speaks of the figure starting at 'start'
    "clause": lambda sent, clause, start: clause,
    "governs": lambda sent, clause, start: (sent[0], start),
    "clause_before": lambda sent, clause, start: (clause[0], start),
}


class HedgeFinder:
    """Hedges of one text; each sentence's clause breaks and hedge words are read once."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text, self.lex = text, lex
        self._clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._matches: dict[tuple[int, int], Matches] = {}

    def clause(self, sent: tuple[int, int], start: int, end: int) -> tuple[int, int]:
        lex = self.lex
        return clause_of(
            self.text, sent, start, end, lex.clause_break, self._clauses, lex.relative_clause
        )

    def _found(self, sent: tuple[int, int]) -> Matches:
        found = self._matches.get(sent)
        if found is None:
            found = [[] for _ in self.lex.hedges]
            for at in self.lex.hedge_starts.starts(self.text, *sent):
                for k, hedge in enumerate(self.lex.hedges):  # each rule's own matches here
                    hit = hedge.rx.match(self.text, at, sent[1])
                    if hit is None:
                        continue
                    found[k].append((hit.start(), hit.end(), hit.group().lower()))
            self._matches[sent] = found
        return found

    def _applies(self, hedge: Hedge, sent: tuple[int, int], source: str | None) -> bool:
        """Whether a hedge rule may speak in this sentence, for a figure credited to
        ``source`` or to no one (the rule's ``unless`` and ``unless_sourced``)."""
        if source and hedge.unless_sourced:
            words = source.lower().split()
            named = words[-1] not in hedge.unnamed or len(words) > 2
            if named:  # 'as estimativas' names no one; 'estimativas da ONU' does
                return False
        return hedge.unless is None or hedge.unless.search(self.text, *sent) is None

    def _speaks_of(
        self, hedge: Hedge, sent: tuple[int, int], match: tuple[int, int, str], start: int, end: int
    ) -> bool:
        """Whether a hedge word found in the figure's scope speaks of the figure at
        ``[start, end)``, or of something else in its clause."""
        text, lex = self.text, self.lex
        m_start, m_end, low = match
        if m_start >= end:
            if "," in text[end:m_start]:
                return False  # 'Para uma renda de até R$ 1.640, a compensação seria feita'
            # after the figure's own verb, on a noun after a preposition ('61 mortes aconteceram
            # em supostos confrontos', 'foram retirados de um saldo supostamente acertado')
            return not (
                lex.finite_verb.search(text, end, m_start)
                and lex.hedged_complement.search(text, max(end, m_start - 40), m_start)
            )
        if hedge.scope == "clause_before":
            # a suspicion reaches no clause with a verb of its own ('acusados de integrar a
            # quadrilha e as penas podem chegar a 12 anos', 'acusado de matar, foi condenado a')
            return not lex.finite_verb.search(text, m_end, start)
        if hedge.scope == "clause":
            # 'no imóvel que seria usado por Geddel chegou a R$ 51 milhões'
            return not self._in_complement(sent, m_start, m_end, low, start)
        return True

    def _in_complement(
        self, sent: tuple[int, int], m_start: int, m_end: int, low: str, start: int
    ) -> bool:
        """Whether a hedge before a figure sits in a modifier of a noun after a preposition,
        with the clause's own verb between it and the figure ('A contagem do dinheiro no imóvel
        que seria usado por Geddel terminou ontem e chegou a R$ 51 milhões', 'as práticas do
        grupo supostamente comandado por Pimentel resultaram em repasses de R$ 6 milhões'): it
        speaks of that noun. On the subject's head it speaks of the figure ('a quantia que
        teria sido paga chegou a US$ 11,4 milhões')."""
        lex = self.lex
        if not lex.finite_verb.search(self.text, m_end, start):
            return False
        modifier = lex.complement_adverb if low.endswith("mente") else lex.complement_modifier
        return modifier.search(self.text, max(sent[0], m_start - 80), m_start) is not None

    def rule(
        self, sent: tuple[int, int], start: int, end: int, source: str | None = None
    ) -> str | None:
        """The id of the hedge rule that distances the figure at ``[start, end)``, or None; a
        relative clause right after the figure speaks of it too ('US$ 1,2 milhão, que seria
        ...', 'os 35 milhões de euros que estima ter perdido'). ``source``: the text of the
        figure's source, which silences the rules that an attribution answers (estimates)."""
        text, found = self.text, self._found(sent)
        if not any(found):
            return None
        clause = self.clause(sent, start, end)
        found = [m if self._applies(h, sent, source) else [] for h, m in
                 zip(self.lex.hedges, found, strict=True)]
        for hedge, matches in zip(self.lex.hedges, found, strict=True):
            lo, hi = SCOPES[hedge.scope](sent, clause, start)
            for m_start, m_end, low in matches:
                if m_start < lo or m_end > hi or low in hedge.exceptions:
                    continue
                if self._speaks_of(hedge, sent, (m_start, m_end, low), start, end):
                    return hedge.rule
        rel = self.lex.relative_after.match(text, end, sent[1])
        if rel is None:
            return None
        stop = self.lex.clause_break.search(text, rel.end(), sent[1])
        lo, hi = rel.end(), (stop.start() if stop else sent[1])
        for hedge, matches in zip(self.lex.hedges, found, strict=True):
            for m_start, m_end, low in matches:
                if m_start < lo or m_end > hi or low in hedge.exceptions:
                    continue
                if self.lex.passive_after.match(text, m_end):
                    continue  # 'R$ 1 milhão, que seriam destinados ...': a future in the past
                return hedge.rule
        return None


def hedge_rule(text: str, sent: tuple[int, int], start: int, end: int, lex: Lexicon) -> str | None:
    """The id of the hedge rule that distances the figure at ``[start, end)``, or None."""
    return HedgeFinder(text, lex).rule(sent, start, end)

