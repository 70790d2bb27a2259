"""Whether the article distances itself from a figure (``rules/pt/hedges.yaml``), in the figure's
clause and a relative clause after it (the 'cue.clause' rule of ``rules/pt/cues.yaml``)."""

from __future__ import annotations

import re

from claimx.attribution.context import clause_of, sentence_before
from claimx.attribution.lemmas import is_conditional
from claimx.attribution.lexicon import Hedge, Lexicon
from claimx.text.sentences import Sentences

Matches = list[list[tuple[int, int, str]]]
CHARGE_REACH = 20
"""Characters after a figure read for the noun that makes it a count of charges ('dois crimes
contra a modelo', 'sete vezes o crime')."""
ENDS_IN_RIA = re.compile(r"(?<![\w-])[a-záéíóúâêôãõç]{2,}riam?(?![\w-])")
PLACE_BEFORE = re.compile(r",\s*a\s+$")
PLACE_AFTER = re.compile(r"\s+d[eoa]s?\s")
"""An apposition that places a town by its distance from another ('contraído a doença em
Mairiporã, a 45 quilômetros de São Paulo'): a fact of the place, not what a hedge reports."""
SCOPES = {  # where a hedge word speaks of the figure starting at 'start'
    "clause": lambda sent, clause, start: clause,
    "governs": lambda sent, clause, start: (sent[0], start),
    "clause_before": lambda sent, clause, start: (clause[0], start),
}


class HedgeFinder:
    """Hedges of one text; each sentence's clause breaks and hedge words are read once."""

    def __init__(self, text: str, lex: Lexicon, sentences: Sentences | None = None) -> None:
        self.text, self.lex, self.sentences = text, lex, sentences
        self._clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._matches: dict[tuple[int, int], Matches] = {}
        self._scenarios: dict[tuple[str, tuple[int, int]], bool] = {}

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

    def _kept(
        self, hedge: Hedge, sent: tuple[int, int], matches: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """The matches that hedge here: not the rule's ``scenario_words`` in a sentence where
        another verb is in the conditional."""
        if not hedge.scenario_words or not matches or not self._scenario(sent, hedge):
            return matches
        return [m for m in matches if m[2] not in hedge.scenario_words]

    def _scenario(self, sent: tuple[int, int], hedge: Hedge) -> bool:
        """Whether a verb other than the rule's auxiliaries is in the conditional in ``sent`` or
        in the sentence before it, which a scenario goes on from ('O instituto estima que 65 mil
        habitantes morreriam no primeiro dia. O balanço seria de 80 mil mortos em uma semana')."""
        key = (hedge.rule, sent)
        if key not in self._scenarios:
            spans = [sent]
            before = sentence_before(self.sentences, sent[0]) if self.sentences else None
            if before is not None and before[0] < sent[0]:  # the finder's sentences may run on
                spans.append((before[0], sent[0]))  # over a quotation's closing mark: up to ours
            words = (m.group().lower() for lo, hi in spans
                     for m in ENDS_IN_RIA.finditer(self.text, lo, hi))
            self._scenarios[key] = any(
                w not in hedge.scenario_words and is_conditional(w) for w in words
            )
        return self._scenarios[key]

    def _speaks_of(
        self,
        hedge: Hedge,
        sent: tuple[int, int],
        match: tuple[int, int, str],
        start: int,
        end: int,
        clause_start: int,
    ) -> bool:
        """Whether a hedge word found in the figure's scope speaks of the figure at
        ``[start, end)``, or of something else in its clause (which starts at
        ``clause_start``)."""
        text, lex = self.text, self.lex
        m_start, m_end, low = match
        if m_start >= end:
            if "," in text[end:m_start]:
                return False  # 'Para uma renda de até R$ 1.640, a compensação seria feita'
            if hedge.stops is not None and hedge.stops.search(text, end, m_start):
                return False  # '50 perguntas sobre supostas irregularidades': another noun's
            if hedge.verb and self._finite_verb(clause_start, start):
                return False  # 'o acordo que envolveu 77 executivos e Lula seria alvo'
            # on a noun after a preposition: after the figure's own verb ('61 mortes aconteceram
            # em supostos confrontos', 'foram retirados de um saldo supostamente acertado'); a
            # word (not a verb, which may report the figure in a relative clause) also with no
            # verb between ('dois homicídios por supostos motivos passionais')
            verb_between = lex.finite_verb.search(text, end, m_start) is not None
            return not (
                (verb_between or not hedge.verb)
                and lex.hedged_complement.search(text, max(end, m_start - 40), m_start)
            )
        if hedge.stops is not None and hedge.stops.search(text, m_end, start):
            return False  # 'Estima-se que existam 1.500 muçulmanos - a Islândia tinha 334 mil'
        charges = hedge.charges
        if charges is not None and charges.search(text, start, min(end + CHARGE_REACH, sent[1])):
            return False  # 'acusado de ter cometido dois crimes': the count of the charges
        if hedge.scope == "clause_before":
            # a suspicion reaches no clause with a verb of its own ('acusados de integrar a
            # quadrilha e as penas podem chegar a 12 anos', 'acusado de matar, foi condenado a')
            return not lex.finite_verb.search(text, m_end, start)
        if hedge.scope == "clause":
            if PLACE_BEFORE.search(text, max(m_end, start - 6), start) and PLACE_AFTER.match(
                text, end
            ):
                return False
            if hedge.verb and self._later_verb(sent, m_start, m_end, start):
                return False  # 'teria recebido US$ 1,5 milhão e a pena foi reduzida para 14 anos'
            # 'no imóvel que seria usado por Geddel chegou a R$ 51 milhões'
            return not self._in_complement(sent, m_start, m_end, low, start)
        return True

    def _later_verb(self, sent: tuple[int, int], m_start: int, m_end: int, start: int) -> bool:
        """Whether a finite verb of the clause's own, in lower case ('Moscou' is a name), stands
        between a hedging verb and the figure. Not where the hedge is the verb of a relative
        clause on the subject, whose main verb gives the figure it speaks of ('a quantia que
        teria sido paga chegou a US$ 11,4 milhões')."""
        if self.lex.relative_before.search(self.text, max(sent[0], m_start - 12), m_start):
            return False
        return self._finite_verb(m_end, start)

    def _finite_verb(self, lo: int, hi: int) -> bool:
        """Whether a finite verb in lower case ('Moscou' is a name) stands in ``[lo, hi)``."""
        found = self.lex.finite_verb.finditer(self.text, lo, hi)
        return any(m.group()[0].islower() for m in found)

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
        if low.endswith("mente"):
            modifier = lex.complement_adverb
        elif " " in low or low.endswith(("ria", "riam")):
            modifier = lex.complement_modifier  # a verb: in a relative clause on the noun
        else:  # an adjective on the noun itself ('foram alvo de supostos ataques e retirou 60%')
            modifier = lex.hedged_complement
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
        found = [self._kept(h, sent, m) if self._applies(h, sent, source) else [] for h, m in
                 zip(self.lex.hedges, found, strict=True)]
        for hedge, matches in zip(self.lex.hedges, found, strict=True):
            lo, hi = SCOPES[hedge.scope](sent, clause, start)
            for m_start, m_end, low in matches:
                if not _within(hedge, m_start, m_end, lo, hi) or low in hedge.exceptions:
                    continue
                if self._speaks_of(hedge, sent, (m_start, m_end, low), start, end, clause[0]):
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
                if hedge.verb and self._finite_verb(m_end, hi):
                    continue  # '17 presos que teriam organizado o crime foram transferidos'
                if hedge.scope == "clause_before" and "," in text[lo:m_start]:
                    continue  # '42 jornalistas que pertencem ao grupo de Gülen, o teólogo
                    # acusado por Ancara de ser o cérebro do golpe': an apposition's suspicion
                return hedge.rule
        return None


def _within(hedge: Hedge, m_start: int, m_end: int, lo: int, hi: int) -> bool:
    """Whether a hedge match lies in its scope ``[lo, hi)``. A suspicion may start before the
    figure's clause where its agent holds a break ('acusado pelo Ministério Público Federal (MPF)
    de receber R$ 3 milhões'): its last word, which takes the figure, is in the clause."""
    if hedge.scope == "clause_before":
        return m_end > lo and m_end <= hi
    return m_start >= lo and m_end <= hi


def hedge_rule(text: str, sent: tuple[int, int], start: int, end: int, lex: Lexicon) -> str | None:
    """The id of the hedge rule that distances the figure at ``[start, end)``, or None."""
    return HedgeFinder(text, lex).rule(sent, start, end)

