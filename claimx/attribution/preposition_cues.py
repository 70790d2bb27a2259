"""Prepositional cues ('Segundo o MSMT'), with a nominal chain ('Segundo estimativas do'), and
nominal ones ('A expectativa do Ministério é ...'): the cue and the phrase after it."""

from __future__ import annotations

import re
from dataclasses import replace

from claimx.attribution.agent_phrases import agent_heads, names_agent
from claimx.attribution.attributions import Attribution, checked_source, named_source
from claimx.attribution.clauses import at_clause_head, lstrip_at, rstrip_at
from claimx.attribution.lemmas import is_verb_form
from claimx.attribution.lexicon import WORD, Lexicon, PrepositionCue
from claimx.attribution.phrases import NONFINITE, PAST, forward_phrase
from claimx.attribution.subjects import subject_before_verb
from claimx.attribution.verb_cues import reporter

ADJACENT_WORD = re.compile(r"(\w+)[^\w,]*$")
SENTENCE_OPENERS = " \t\n\"“'«(—–-"
"""What may stand before a cue that must open its sentence: space, an opening quote or dash."""
NAME_LIST = re.compile(r",\s*[A-ZÁÉÍÓÚ][\w'-]*(?:\s+[A-ZÁÉÍÓÚ][\w'-]*)*\s*,")


def preposition_cues(
    text: str, start: int, end: int, ws: int, low: str, lex: Lexicon
) -> list[Attribution]:
    """The prepositional cues that start at the word at ``ws`` (``low``, lowercased)."""
    found = []
    for cue in lex.prepositions:
        if low in cue.first_words:
            m = cue.rx.match(text, ws, end)
            if m and cue.antecedent and _is_cue(text, start, end, m, cue, lex):
                relative = _antecedent_source(text, start, m, cue.rule, lex)
                if relative is not None:
                    found.append(relative)
                continue
            if m and _is_cue(text, start, end, m, cue, lex) and not _verb_next(text, m, lex):
                attribution = _with_source(text, m.start(), m.end(), end, cue.rule, lex)
                if cue.yields:
                    attribution = replace(attribution, kind="frame")
                phrase = attribution.source or forward_phrase(text, m.end(), end, lex)
                if not _clause_after(text, m.end(), phrase, end, lex):
                    found.append(attribution)
    return found


def _antecedent_source(
    text: str, start: int, m: re.Match[str], rule: str, lex: Lexicon
) -> Attribution | None:
    """'segundo o qual': the noun phrase before the cue, past a comma, is the source ('o
    documento do OVV, segundo o qual …' → documento do OVV); the relative clause it opens is
    what it reports (kind 'relative_preposition': up to the comma that closes it)."""
    before = rstrip_at(text, start, m.start())
    if before > start and text[before - 1] == ",":
        before = rstrip_at(text, start, before - 1)
    phrase = named_source(text, subject_before_verb(text, start, before, lex)[0], lex)
    if phrase is None or phrase[1] != before or not reporter(text, phrase, before, lex):
        return None  # 'uma lei de 2016, segundo a qual', 'a versão da defesa segundo a qual'
    return checked_source(text, Attribution(m.span(), phrase, rule, "relative_preposition"), lex)


def _is_cue(
    text: str, start: int, end: int, m: re.Match[str], cue: PrepositionCue, lex: Lexicon
) -> bool:
    """Whether the preposition matched at ``m`` is ``cue``. Every test must hold, and none has a
    side effect: those of the few characters around the preposition run first, as they rule out
    most candidates ('em', 'na', 'para' are mostly plain prepositions), and those that read the
    phrase after it last."""
    if (cue.only_before is not None or cue.needs_comma) and not at_clause_head(
        text, start, m.start()
    ):
        return False
    if cue.only_before is not None and not cue.only_before.match(text, m.end(), end):
        return False
    if cue.sentence_head and text[start : m.start()].strip(SENTENCE_OPENERS):
        return False
    if cue.not_after:  # the word before, read only where a rule lists words it may not follow
        # the word right before it: after a comma 'e' opens a clause ('E, segundo dados da UE, …')
        prev = ADJACENT_WORD.search(text, max(start, m.start() - 30), m.start())
        low = prev.group(1).lower() if prev else ""
        if low in cue.not_after and not (
            low in cue.one_word_not_after and _source_next(text, m, end, lex)
        ):
            return False
    if cue.not_before and cue.not_before.match(text, m.end(), end):
        return False
    if cue.agents is not None and not names_agent(text, m.end(), end, cue.agents, lex):
        return False
    return not cue.needs_comma or _comma_phrase(text, m.end(), end, lex)


def _source_next(text: str, m: re.Match[str], end: int, lex: Lexicon) -> bool:
    """A multi-word cue ('e de acordo com'), or a one-word one before what names a source: a
    determiner, a personal pronoun, a name or a document's noun ('e segundo os delatores', 'E
    segundo ele', 'E segundo Cury', 'e segundo informações da assessoria'); not an ordinal
    before its noun ('primeiro e segundo turnos', 'e segundo nome do regime')."""
    if " " in m.group().strip():
        return True
    nxt = WORD.match(text, lstrip_at(text, m.end(), end))
    if nxt is None or nxt.start() == m.end():
        return False
    word = nxt.group()
    low = word.lower()
    if low in lex.determiners or low in lex.personal_pronouns or word[:1].isupper():
        return True
    return bool(lex.chain and lex.chain.match(text, m.end(), end))


def _verb_next(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """A reporting verb right after a prepositional cue ('conforme informou a polícia'): the verb
    is the cue, and its subject the source."""
    nxt = WORD.search(text, m.end(), m.end() + 30)
    return (
        nxt is not None
        and not text[m.end() : nxt.start()].strip()
        and (nxt.group().lower() in lex.verbs)
    )


def _clause_after(
    text: str, cue_end: int, phrase: tuple[int, int] | None, end: int, lex: Lexicon
) -> bool:
    """'conforme ele planejou', 'conforme a lei determina': a phrase and a verb that does not
    report make the preposition a conjunction ('as'), not a cue."""
    if phrase is None or "," in text[cue_end : phrase[1]]:
        return False
    nxt = WORD.match(text, lstrip_at(text, phrase[1], end))
    if nxt is None or nxt.start() == phrase[1]:
        return False
    word = nxt.group().lower()
    if word in lex.verbs or word in lex.participles or NONFINITE.fullmatch(word):
        return False
    if word in lex.not_verbs or word in lex.phrase_links or word in lex.stop:
        return False  # 'para', 'pela', 'entre': the lemma table reads them as verbs too
    return bool(PAST.fullmatch(word)) or is_verb_form(word)


def _comma_phrase(text: str, cue_end: int, end: int, lex: Lexicon) -> bool:
    """'Para o ministro,': the phrase after the cue (which heads a clause) is closed by a comma."""
    phrase = forward_phrase(text, cue_end, end, lex)
    if phrase is None or text[phrase[1] : phrase[1] + 1] != ",":
        return False
    # the first of a list of names is a destination ('para o Afeganistão, Qatar, Gâmbia ou
    # Brunei'), not whose view it is
    return not NAME_LIST.match(text, phrase[1], end)


def _with_source(
    text: str, cue_start: int, cue_end: int, end: int, rule: str, lex: Lexicon
) -> Attribution:
    chain = lex.chain.match(text, cue_end, end) if lex.chain else None
    if chain:
        phrase = forward_phrase(text, chain.end(), end, lex)
        if phrase is not None:
            # 'levantamento feito a pedido do Estado pelo aplicativo X': the agent made it
            # (unless the chain named its agent already: 'dados obtidos pelo Estado e ...')
            by_agent = chain.group().split()[-1].lower() in lex.chain_agent_words
            agent = None if by_agent else lex.chain_agent.match(text, phrase[1], end)
            by = forward_phrase(text, agent.end(), end, lex) if agent else None
            phrase = by or phrase
        else:
            phrase = chain.span("noun")
        return Attribution((cue_start, chain.end()), phrase, rule, "preposition")
    phrase = named_source(text, forward_phrase(text, cue_end, end, lex), lex)
    return Attribution((cue_start, cue_end), phrase, rule, "preposition")


def noun_cue(text: str, pos: int, end: int, lex: Lexicon) -> Attribution | None:
    """'A expectativa do Ministério do Planejamento é economizar ...'."""
    m = lex.noun_cue.match(text, pos, end) if lex.noun_cue else None
    if m is None:
        return None
    phrase = forward_phrase(text, m.end(), end, lex)
    if phrase is None or not lex.noun_then.match(text, phrase[1], end):
        return None
    if not names_agent(text, m.end(), end, agent_heads(lex), lex):
        return None  # 'a expectativa de vida é', 'a conta de água foi', 'a estimativa da receita'
    return Attribution(m.span(), phrase, lex.noun_rule, "preposition")
