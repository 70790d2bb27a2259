"""Whether the article distances itself from a figure (``rules/pt/hedges.yaml``)."""

from __future__ import annotations

from claimx.attribution.context import clause_of
from claimx.attribution.lexicon import Lexicon


def hedge_rule(text: str, sent: tuple[int, int], start: int, end: int, lex: Lexicon) -> str | None:
    """The id of the hedge rule that distances the figure at ``[start, end)``, or None."""
    clause = clause_of(text, sent, start, end)
    for hedge in lex.hedges:
        span = clause if hedge.scope == "clause" else (sent[0], start)
        for m in hedge.rx.finditer(text, *span):
            if m.group().lower() in hedge.exceptions:
                continue
            if m.start() >= end and "," in text[end : m.start()]:
                continue  # 'Para uma renda de até R$ 1.640, a compensação seria feita'
            return hedge.rule
    return None
