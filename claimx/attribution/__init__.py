"""Attribution: who a figure comes from (source), whether it is hedged, who did what (actor).

Rules read plain text around the sentences that hold drafts, with data from ``rules/pt/cues.yaml``,
``sources.yaml`` and ``hedges.yaml``; where the ``Doc`` has a dependency parse or entities,
:mod:`claimx.attribution.parse_rules` refines subjects and phrase edges.
"""

from claimx.attribution.lexicon import Lexicon

__all__ = ["Lexicon"]
