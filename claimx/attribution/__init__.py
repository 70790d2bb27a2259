"""Attribution: who a figure comes from (source), whether it is hedged, who did what (actor).

Rules read plain text around the sentences that hold drafts, with data from ``rules/pt/cues.yaml``,
``sources.yaml`` and ``hedges.yaml``; where the ``Doc`` has a dependency parse or entities,
:mod:`claimx.attribution.parse_rules` refines subjects and phrase edges.

The modules, by job:

- compiling the rules: ``lexicon`` (the record) with ``lexicon_loaders``, ``word_patterns``,
  ``cue_patterns``, ``hedge_patterns``, ``lemmas``, ``gazetteer`` (canonical names);
- finding cues: ``cues`` (one pass over the words) with ``verb_cues``, ``preposition_cues``,
  ``subjects``, ``phrases``, ``agent_phrases``, ``clauses``, ``attributions`` (the record);
- choosing a figure's source: ``sources`` (the entry point), ``facing`` and ``frames`` (which
  cue governs), ``speakers`` and ``sentence_subjects`` (a quotation's or a sentence's speaker
  where no cue names one), ``context`` (lead-ins and earlier sentences);
- the other fields: ``hedges``, ``actors``; ``parse_rules`` where a trained pipeline parses.
"""

from claimx.attribution.lexicon import Lexicon

__all__ = ["Lexicon"]
