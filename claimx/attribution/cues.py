"""Attribution cues in a stretch of text, in one pass over its words: reporting verbs and surveys
(:mod:`~claimx.attribution.verb_cues`), prepositional and nominal cues
(:mod:`~claimx.attribution.preposition_cues`)."""

from __future__ import annotations

from claimx.attribution.attributions import Attribution
from claimx.attribution.clauses import LAST_WORD
from claimx.attribution.lexicon import WORD, Lexicon
from claimx.attribution.preposition_cues import noun_cue, preposition_cues
from claimx.attribution.verb_cues import reports, survey_subject, verb_source

ASPECT_REACH = 24
"""Characters before an infinitive cue that its auxiliary may take ('fizeram questão de ')."""
LIGHT_REACH = 8
"""... and before a verb cue, its light verb ('davam ')."""


def find_cues(
    text: str, start: int, end: int, lex: Lexicon, lower: str | None = None
) -> list[Attribution]:
    """All cues in ``text[start:end]``, in one pass over its words (over ``lower``, the text's
    :func:`~claimx.casefold.lowercase`, where given)."""
    found = []
    for ws in lex.cue_starts.starts(text, start, end, lower):
        first = WORD.match(text, ws)
        assert first is not None
        low, we = first.group().lower(), first.end()
        if low in lex.survey_forms and reports(text, start, ws, we, lex):
            survey = survey_subject(text, start, (ws, we), lex)
            if survey is not None:
                found.append(survey)
        elif low in lex.verbs and reports(text, start, ws, we, lex):
            # 'dá conta de que': the light verb and the cue are one verb, its subject theirs
            light = lex.light_verb.search(text, max(start, ws - LIGHT_REACH), ws)
            cue_start = ws if light is None else light.start()
            if light is None or reports(text, start, cue_start, we, lex):  # not 'se dá conta'
                verbal = verb_source(text, start, end, cue_start, we, ws, lex)
                if verbal is not None:
                    found.append(verbal)
        elif low in lex.participles:
            prev = LAST_WORD.search(text, max(start, ws - 12), ws)
            if prev and prev.group(1).lower() in lex.auxiliaries:
                verbal = verb_source(text, start, end, prev.start(1), we, ws, lex)
                if verbal is not None:
                    found.append(verbal)
        elif low in lex.infinitives:  # 'chegou a dizer que', 'costumava afirmar que'
            aux = lex.aspect.search(text, max(start, ws - ASPECT_REACH), ws)
            if aux is not None and reports(text, start, ws, we, lex):
                verbal = verb_source(text, start, end, aux.start(), we, ws, lex)
                if verbal is not None:
                    found.append(verbal)
        found.extend(preposition_cues(text, start, end, ws, low, lex))
        if low in lex.noun_first:
            det = LAST_WORD.search(text, max(start, ws - 5), ws)
            if det and det.group(1).lower() in lex.noun_determiners:
                noun = noun_cue(text, det.start(1), end, lex)
                if noun is not None:
                    found.append(noun)
    return found
