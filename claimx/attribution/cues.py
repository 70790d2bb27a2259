"""Attribution cues in a stretch of text: prepositional ('Segundo o MSMT'), with a nominal chain
('Segundo estimativas do'), nominal ('A expectativa do Ministério é ...') and reporting verbs with
their subject before or after them, in a relative clause ('pelo MPF, que pede') or after 'ter'
('diz ter identificado', 'o Barcelona ter estimado')."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimx.attribution.lemmas import is_verb_form
from claimx.attribution.lexicon import WORD, Lexicon, PrepositionCue
from claimx.attribution.phrases import (
    NONFINITE,
    PARTICIPLE,
    PAST,
    backward_phrase,
    forward_phrase,
)

ADJACENT_WORD = re.compile(r"(\w+)[^\w,]*$")
LAST_WORD = re.compile(r"([\w-]+)\s*$")
AFTER_QUOTE = re.compile(r"[\"”»’],?\s*$")  # '“…”, lamenta o pescador'
QUOTE_OPENERS = {"”": "“", "»": "«", "’": "‘"}
POSTPOSED = re.compile(r"[,\"”»’—–-]\s*$")
# a reported clause after a verb, past a few words ('disse em seu acordo de delação que': five,
# one more than sources.COMPLEMENT reads for a frame, whose reach it must not widen)
COMPLEMENT_AFTER = re.compile(r"(?:\s+[^\s,.;:]+){0,5}?\s+que\b|\s*:")
CLAUSE_HEAD = re.compile(r"(?:^|[,;:\"“«(—–-])\s*$")
GAP_WORD = re.compile(r"\S+")
FIGURE_END = re.compile(r"\d(?:\s+\w+)?\s*$|\d\s")  # the phrase is, or follows, a figure
# ', conduzido pelo Pew Research Center,' right before a verb
PARTICIPLE_ASIDE = re.compile(r",\s*(?P<participle>[a-záéíóúâêôãõç]+)\s[^,.;:]{1,80},\s*$")
RELATIVE_REACH = 30
"""Characters at most between a relative pronoun's start and its verb ('que ontem também')."""
CLOSING_QUOTES = "»”\"’"
SUBJECT_GAP = 7
"""Words at most between a subject and its verb in a participle phrase ('Pesquisa feita pelo
instituto no fim de novembro mostra') or a relative clause."""
MANNER = re.compile(r"[a-záéíóúâêôãõç]+(?:os[oa]s?|mente)")
SENTENCE_TAIL = " \t\n.!?\"”»’)"  # what may follow the last word of a sentence
VERB_ASIDE = re.compile(r"(?:\s+[a-záéíóúâêôãõç]+)?\s*,\s*[^,.;:«»\"“”]{1,60}?(?:«[^»]{1,30}»)?,")
"""After a verb: a word ('ontem', 'recentemente') and an aside between commas ('em nota')."""
NAME_LIST = re.compile(r",\s*[A-ZÁÉÍÓÚ][\w'-]*(?:\s+[A-ZÁÉÍÓÚ][\w'-]*)*\s*,")
SPEAKER_CLOSED = re.compile(r"\s*(?:[,.;:!?)»”\"’]|[—–-]\s|$)")


@dataclass(frozen=True)
class Attribution:
    """A cue and its source phrase; ``source`` None means 'the speaker named before' (or, for a
    coordinated verb, 'the subject of this sentence'). ``kind``: preposition, frame (a
    preposition that yields to any other cue: 'Na pesquisa feita em julho,'), verb (its subject
    after it), verb_before (before it) or verb_relative (the antecedent of 'que': it reports
    only up to the comma that closes its clause)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    rule: str
    kind: str
    antecedent: tuple[int, int] | None = None
    """For a source that is a personal pronoun ('disse ele'): the person named before."""


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
        if low in lex.survey_forms and _reports(text, start, ws, we, lex):
            survey = _survey_subject(text, start, (ws, we), lex)
            if survey is not None:
                found.append(survey)
        elif low in lex.verbs and _reports(text, start, ws, we, lex):
            verbal = _verb_source(text, start, end, ws, we, ws, lex)
            if verbal is not None:
                found.append(verbal)
        elif low in lex.participles:
            prev = LAST_WORD.search(text, max(start, ws - 12), ws)
            if prev and prev.group(1).lower() in lex.auxiliaries:
                verbal = _verb_source(text, start, end, prev.start(1), we, ws, lex)
                if verbal is not None:
                    found.append(verbal)
        elif low in lex.infinitives:  # 'chegou a dizer que', 'costumava afirmar que'
            aux = lex.aspect.search(text, max(start, ws - 20), ws)
            if aux is not None and _reports(text, start, ws, we, lex):
                verbal = _verb_source(text, start, end, aux.start(), we, ws, lex)
                if verbal is not None:
                    found.append(verbal)
        for cue in lex.prepositions:
            if low in cue.first_words:
                m = cue.rx.match(text, ws, end)
                if m and _is_cue(text, start, end, m, cue, lex) and not _verb_next(text, m, lex):
                    attribution = _with_source(text, m.start(), m.end(), end, cue.rule, lex)
                    if cue.yields:
                        attribution = replace(attribution, kind="frame")
                    phrase = attribution.source or forward_phrase(text, m.end(), end, lex)
                    if not _clause_after(text, m.end(), phrase, end, lex):
                        found.append(attribution)
        if low in lex.noun_first:
            det = LAST_WORD.search(text, max(start, ws - 5), ws)
            if det and det.group(1).lower() in lex.noun_determiners:
                noun = _noun_cue(text, det.start(1), end, lex)
                if noun is not None:
                    found.append(noun)
    return found


def _is_cue(
    text: str, start: int, end: int, m: re.Match[str], cue: PrepositionCue, lex: Lexicon
) -> bool:
    """Whether the preposition matched at ``m`` is ``cue``. Every test must hold, and none has a
    side effect: those of the few characters around the preposition run first, as they rule out
    most candidates ('em', 'na', 'para' are mostly plain prepositions), and those that read the
    phrase after it last."""
    if (cue.only_before is not None or cue.needs_comma) and not _at_clause_head(
        text, start, m.start()
    ):
        return False
    if cue.only_before is not None and not cue.only_before.match(text, m.end(), end):
        return False
    if cue.not_after:  # the word before, read only where a rule lists words it may not follow
        # the word right before it: after a comma 'e' opens a clause ('E, segundo dados da UE, …')
        prev = ADJACENT_WORD.search(text, max(start, m.start() - 30), m.start())
        if prev and prev.group(1).lower() in cue.not_after:
            return False
    if cue.not_before and cue.not_before.match(text, m.end(), end):
        return False
    if cue.agents is not None and not _names_agent(text, m.end(), end, cue.agents, lex):
        return False
    return not cue.needs_comma or _comma_phrase(text, m.end(), end, lex)


def _at_clause_head(text: str, start: int, at: int) -> bool:
    """Whether ``at`` opens the stretch from ``start`` or follows a clause mark there."""
    return at == start or CLAUSE_HEAD.search(text, max(start, at - 3), at) is not None


def _names_agent(text: str, pos: int, end: int, agents: frozenset[str], lex: Lexicon) -> bool:
    """Whether the phrase after ``pos`` names someone: a name, a noun of persons or a body."""
    phrase = forward_phrase(text, pos, end, lex)
    if phrase is None:
        return False
    words = [w for w in text[phrase[0] : phrase[1]].split() if w.lower() not in lex.determiners]
    if not words:
        return False
    head = words[0].strip(",;:").lower().removeprefix("ex-")  # 'outro ex-executivo'
    singular = head[:-1] if head.endswith("s") else head
    return (
        words[0][:1].isupper()
        or head in lex.personal_pronouns
        or head in agents
        or head in lex.roles
        or singular in lex.roles
        or lex.role_pattern.fullmatch(head) is not None
    )


def _reports(text: str, start: int, ws: int, we: int, lex: Lexicon) -> bool:
    """Not 'conta com' (has), not 'levando em conta' (considering)."""
    if lex.verb_not_before.match(text, we):
        return False
    prev = LAST_WORD.search(text, max(start, ws - 16), ws)
    return prev is None or prev.group(1).lower() not in lex.verb_not_after


def _verb_next(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """A reporting verb right after a prepositional cue ('conforme informou a polícia'): the verb
    is the cue, and its subject the source."""
    nxt = WORD.search(text, m.end(), m.end() + 30)
    return nxt is not None and not text[m.end() : nxt.start()].strip() and (
        nxt.group().lower() in lex.verbs
    )


def _clause_after(
    text: str, cue_end: int, phrase: tuple[int, int] | None, end: int, lex: Lexicon
) -> bool:
    """'conforme ele planejou', 'conforme a lei determina': a phrase and a verb that does not
    report make the preposition a conjunction ('as'), not a cue."""
    if phrase is None or "," in text[cue_end : phrase[1]]:
        return False
    nxt = WORD.match(text, _lstrip_at(text, phrase[1], end))
    if nxt is None or nxt.start() == phrase[1]:
        return False
    word = nxt.group().lower()
    if word in lex.verbs or word in lex.participles or NONFINITE.fullmatch(word):
        return False
    if word in lex.not_verbs or word in lex.phrase_links or word in lex.stop:
        return False  # 'para', 'pela', 'entre': the lemma table reads them as verbs too
    return bool(PAST.fullmatch(word)) or is_verb_form(word)


def _lstrip_at(text: str, pos: int, end: int) -> int:
    """``pos`` moved right over whitespace (not past ``end``)."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


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
    phrase = _named(text, forward_phrase(text, cue_end, end, lex), lex)
    return Attribution((cue_start, cue_end), phrase, rule, "preposition")


def _noun_cue(text: str, pos: int, end: int, lex: Lexicon) -> Attribution | None:
    """'A expectativa do Ministério do Planejamento é economizar ...'."""
    m = lex.noun_cue.match(text, pos, end) if lex.noun_cue else None
    if m is None:
        return None
    phrase = forward_phrase(text, m.end(), end, lex)
    if phrase is None or not lex.noun_then.match(text, phrase[1], end):
        return None
    if not _names_agent(text, m.end(), end, _agent_heads(lex), lex):
        return None  # 'a expectativa de vida é', 'a conta de água foi', 'a estimativa da receita'
    return Attribution(m.span(), phrase, lex.noun_rule, "preposition")


def _agent_heads(lex: Lexicon) -> frozenset[str]:
    """The bodies that prepositional cues take as someone ('governo', 'mercado'), all rules."""
    return frozenset().union(*(c.agents for c in lex.prepositions if c.agents))


def _verb_source(
    text: str, start: int, end: int, cue_start: int, cue_end: int, verb_start: int, lex: Lexicon
) -> Attribution | None:
    cue, rule = (cue_start, cue_end), lex.verb_rule
    if _last_word(text, cue_start, cue_end) in lex.quote_tags:
        if AFTER_QUOTE.search(text, max(0, cue_start - 4), cue_start):
            rule = lex.quote_tag_rule
        elif not _tag_clause(text, cue_start, cue_end, end, lex):
            return None  # 'O governo prometeu 300 casas': an act, not a report
    prev = LAST_WORD.search(text, max(start, cue_start - 12), cue_start)
    if prev and prev.group(1).lower() in lex.introducers:
        # 'Conforme informou a polícia', 'Segundo disse fonte da empresa': the subject follows
        subject = _subject_after(text, cue_end, end, lex, bare=True)
        return _checked(text, Attribution(cue, _named(text, subject, lex), rule, "verb"), lex)
    postposed = bool(POSTPOSED.search(text, max(start, cue_start - 3), cue_start))
    # the subject before the verb, read once: the apposition test and the fall-back below ask
    subject_before = _subject_before(text, start, cue_start, lex) if postposed else None
    if subject_before is not None and _apposed_subject(text, start, cue_start, subject_before, lex):
        postposed = False  # 'O ministro da Saúde, Paulo Mendo, anunciou a criação de 50 centros'
    if postposed and _last_word(text, cue_start, cue_end) in lex.clause_only:
        # postposed, a 'clause_only' verb tags a quotation ('…”, conta a gerente'); after a
        # mere comma it may take an object ('Fátima, 21, defende o engajamento')
        postposed = bool(AFTER_QUOTE.search(text, max(0, cue_start - 4), cue_start)) or (
            _speaker_closes(text, cue_end, end, lex)
        )
    if not postposed and _needs_clause(text, cue_start, cue_end, end, lex):
        return None  # 'conta, à partida, com nove', 'o inquérito que apura o pagamento de'
    relative = _relative_subject(text, start, cue_start, lex)
    if relative is not None:
        return _checked(text, Attribution(cue, relative, rule, "verb_relative"), lex)
    after = forward_phrase(text, cue_end, end, lex)
    if after is not None and not _subject_like(text, cue_end, after, lex):
        after = None
    if postposed:
        subject = after or _subject_after(text, cue_end, end, lex)
        subject = subject or _closing(text, cue_end, end, lex)
        subject = subject or _subject_past_aside(text, cue_end, end, lex)
        if subject and not lex.verb_object.match(text, subject[1], end):
            return _checked(text, Attribution(cue, _named(text, subject, lex), rule, "verb"), lex)
        split = _subject_split_by_comma(text, start, cue_start, cue_end, lex)
        if split is not None:
            return _checked(text, Attribution(cue, _named(text, split, lex), rule, "verb"), lex)
    before, phrase_start = subject_before or _subject_before(text, start, cue_start, lex)
    if before is not None and _quoted_subject(text, before, cue_start):
        before = None  # '“… O frete é caríssimo …”, diz.': no subject inside the quotation
    if before is not None and (
        lex.after_verb.match(text, cue_end, end) or _heads_clause(text, start, phrase_start, lex)
    ):
        found = Attribution(cue, _named(text, before, lex), rule, "verb_before")
        return _checked(text, found, lex)
    if after and lex.after_verb.match(text, after[1], end):
        return _checked(text, Attribution(cue, _named(text, after, lex), rule, "verb"), lex)
    if before is None and _coordinated(text, start, cue_start, lex):
        return Attribution(cue, None, rule, "verb_before")  # 'O DIS os acusou ... e estimou'
    if (
        before is None
        and not postposed
        and _heads_clause(text, start, cue_start, lex)
        and lex.clause_after.match(text, cue_end, end)
    ):
        # 'Disse ainda que …' with no subject: that of the sentences before reports what follows
        return Attribution(cue, None, rule, "verb_before")
    if postposed or lex.after_verb.match(text, cue_end, end):
        return Attribution(cue, None, rule, "verb")
    return None


def _survey_subject(
    text: str, start: int, cue: tuple[int, int], lex: Lexicon
) -> Attribution | None:
    """A survey that heads its clause as the subject of a verb that gives figures ('A última
    sondagem dá-lhe 53 por cento', 'Uma sondagem da Católica atribui ao PS 42 por cento'): the
    survey is the source (annotation guide: documents and data); any other subject gives,
    it does not report ('O Governo deu 300 mil contos')."""
    before, phrase_start = _subject_before(text, start, cue[0], lex)
    if before is None or not _heads_clause(text, start, phrase_start, lex):
        return None
    skip = lex.determiners | lex.premodifiers
    head = next((w for w in text[before[0] : before[1]].lower().split() if w not in skip), "")
    if head not in lex.survey_heads:
        return None
    return Attribution(cue, before, lex.survey_rule, "verb_before")


def _quoted_subject(text: str, subject: tuple[int, int], cue_start: int) -> bool:
    """Whether a subject read back from a verb right after a closing quotation mark stands inside
    the quotation ('“… O frete é caríssimo …”, diz.'), not before a title in quotes that ends
    it ('O jornal "Le Monde" informa', 'Reportagem … no site do jornal "O Globo" revelou')."""
    close = AFTER_QUOTE.search(text, max(0, cue_start - 4), cue_start)
    if close is None:
        return False
    mark = text[close.start()]
    opening = text.rfind(QUOTE_OPENERS.get(mark, mark), 0, close.start())
    return opening < subject[0]


def _subject_split_by_comma(
    text: str, start: int, cue_start: int, cue_end: int, lex: Lexicon
) -> tuple[int, int] | None:
    """The subject a stray comma cuts from its verb, where nothing after the verb names a
    speaker and a clause follows it ('O ex-presidente da Odebrecht Márcio Faria da Silva, disse
    em seu acordo de delação que'): the noun phrase that opens the sentence, alone before the
    comma (not 'Na ocasião, disse que', an adverbial, nor a clause with its own verb)."""
    comma = text.rfind(",", start, cue_start)
    if comma < 0 or text[comma + 1 : cue_start].strip() or "," in text[start:comma]:
        return None
    if not COMPLEMENT_AFTER.match(text, cue_end):
        return None
    subject, phrase_start = _subject_before(text, start, comma, lex)
    if subject is None or subject[1] != len(text[:comma].rstrip()):
        return None
    opening = text[start:phrase_start].lower().split()
    if any(w not in lex.determiners or w in lex.phrase_links for w in opening):
        return None  # 'Na ocasião, disse que': an adverbial, not a subject
    # an article opens it, or it is a name ('Além disso, disse que' is neither)
    words = text[subject[0] : subject[1]].split()
    named = all(w[:1].isupper() or w in lex.phrase_links for w in words)
    return subject if opening or named else None


def _subject_after(
    text: str, pos: int, end: int, lex: Lexicon, bare: bool = False
) -> tuple[int, int] | None:
    """The subject after a verb at ``pos``, past adverbs and whom it was told ('disse ontem ao
    PÚBLICO o presidente', 'explicou ao G1 Marcus Villander'), or past adverbs only ('disse
    ontem a Polícia Federal': 'a' is an article there); with ``bare``, one without a determiner
    too ('disse fonte da empresa')."""
    for aside in (lex.verb_aside, lex.verb_short_aside, lex.verb_adverbs):
        m = aside.match(text, pos, end)
        at = m.end() if m else pos
        subject = forward_phrase(text, at, end, lex)
        if subject is not None and (bare or _subject_like(text, at, subject, lex)):
            return subject
    return None


def _subject_past_aside(text: str, pos: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject after a postposed verb and an aside between commas ('«…», contou
    recentemente, ao enviado do «Le Monde», Cornel Balint.', '…, disse ontem, no Porto, o patrão
    da Sonae'), where it closes the clause; else the aside may be the start of the clause."""
    aside = VERB_ASIDE.match(text, pos, end)
    if aside is None:
        return None
    subject = forward_phrase(text, aside.end(), end, lex)
    if subject is None or not _subject_like(text, aside.end(), subject, lex):
        return None
    closed = subject[1] >= end or SPEAKER_CLOSED.match(text, subject[1], end)
    return subject if closed else None


def _apposed_subject(
    text: str, start: int, pos: int, before: tuple[tuple[int, int] | None, int], lex: Lexicon
) -> bool:
    """Whether the comma before a verb at ``pos`` closes a name in apposition to the subject
    that heads the clause ('O ministro da Saúde, Paulo Mendo, anunciou'): the subject is before
    the verb, and what follows the verb is its object, not its subject. ``before``: what
    :func:`_subject_before` finds before the verb."""
    subject, at = before
    if subject is None or "," not in text[subject[0] : subject[1]]:
        return False
    return text[subject[1] : pos].strip() == "," and _heads_clause(text, start, at, lex)


def _speaker_closes(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """A speaker after the verb that closes its clause ('…, avançou ontem o ministro.', '…,
    garantiu o sindicato, que'): who reported it. A phrase that runs on or holds a figure is the
    verb's object ('Fátima, 21, defende o engajamento de 30 moradores')."""
    subject = _subject_after(text, pos, end, lex)
    if subject is None or any(c.isdigit() for c in text[subject[0] : subject[1]]):
        return False
    if not (SPEAKER_CLOSED.match(text, subject[1], end) or subject[1] >= end):
        return False
    # someone who speaks: 'Fux, dois dos que votaram, defenderam a decisão da Turma,' has none
    return _names_agent(text, subject[0], end, _agent_heads(lex), lex)
def _tag_clause(text: str, cue_start: int, cue_end: int, end: int, lex: Lexicon) -> bool:
    """A quote tag that reports the clause after it ('Temer responde que', 'o ministério avisa
    que', 'Leonardo, que responde: R$ 12 mil'): one of the 'clause_only' forms of its rule, right
    before 'que' or a colon (not 'responde a três denúncias que', whom it answers)."""
    if _last_word(text, cue_start, cue_end) not in lex.tag_clauses:
        return False
    m = lex.verb_adverbs.match(text, cue_end, end)  # 'responde ainda que'
    after = text[m.end() if m else cue_end : end].lstrip()
    return after.startswith((":", "que ")) and not after.startswith(":", 1)


def _last_word(text: str, start: int, end: int) -> str:
    words = text[start:end].lower().split()
    return words[-1] if words else ""


def _needs_clause(text: str, cue_start: int, cue_end: int, end: int, lex: Lexicon) -> bool:
    """A 'clause_only' verb with no clause after it: no report ('contar com', 'concluir o
    inquérito')."""
    words = text[cue_start:cue_end].lower().split()
    return bool(words) and words[-1] in lex.clause_only and not lex.clause_after.match(
        text, cue_end, end
    )


def _closing(text: str, pos: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """A subject with no determiner that closes the sentence after a postposed verb, as headlines
    write it ('..., diz relatório.', '..., afirma ministro'); anywhere else a bare noun after
    the verb is its object ('diz respeito a')."""
    subject = _subject_after(text, pos, end, lex, bare=True)
    if subject is None or text[subject[1] : end].strip(SENTENCE_TAIL):
        return None
    if MANNER.fullmatch(text[subject[0] : subject[1]]):
        return None  # 'contou orgulhoso': how it was said, not who said it
    return subject


def _subject_before(
    text: str, start: int, pos: int, lex: Lexicon
) -> tuple[tuple[int, int] | None, int]:
    """The subject before a verb at ``pos``, and where its whole phrase starts: a clitic pronoun
    ('os acusou') is skipped, and so is a participle phrase ('Pesquisa do Datafolha divulgada
    neste domingo informa'), whose named agent is the source ('Uma auditoria realizada pelo TCE
    apontou' → TCE, the phrase starting at 'Uma')."""
    last = LAST_WORD.search(text, max(start, pos - 8), pos)
    if last and last.group(1).lower() in lex.clitics:
        pos = last.start()
    aside = _participle_aside(text, start, pos, lex)
    if aside is not None:
        return aside
    before = backward_phrase(text, start, pos, lex)
    gap = list(GAP_WORD.finditer(text, max(start, pos - 90), before[0] if before else pos))
    # a figure is no subject: the noun before a relative clause that holds it is ('Pesquisa do
    # Cetic que analisou 19 milhões de internautas mostra')
    figure = before is None or bool(FIGURE_END.search(text, max(start, before[0] - 12), before[1]))
    for w in reversed(gap[-SUBJECT_GAP:]):
        if "," in w.group() or w.group()[:1].isupper():
            break
        word = w.group().lower()
        participle = PARTICIPLE.fullmatch(word) or word in lex.irregular_participles
        if participle:
            # 'Levantamento feito pela Folha indica': the agent made it (as 'Segundo levantamento
            # feito pelo Instituto X')
            head = backward_phrase(text, start, w.start(), lex)
            agent = _agent_in(text, w.end(), pos, lex)
            subject = agent or head or before
            return subject, (head or subject or (pos, pos))[0]
        if figure and word in lex.relatives:
            subject = backward_phrase(text, start, w.start(), lex) or before
            return subject, subject[0] if subject else pos
    return before, before[0] if before else pos


def _participle_aside(
    text: str, start: int, pos: int, lex: Lexicon
) -> tuple[tuple[int, int], int] | None:
    """A participle phrase between commas after the subject, with a named agent: the agent and
    where the subject starts ('O levantamento, conduzido pelo Pew Research Center, mostra' →
    Pew Research Center, as 'Levantamento feito pela Folha indica' → Folha)."""
    m = PARTICIPLE_ASIDE.search(text, max(start, pos - 120), pos)
    if m is None:
        return None
    word = m.group("participle").lower()
    if not (PARTICIPLE.fullmatch(word) or word in lex.irregular_participles):
        return None
    agent = _agent_in(text, m.end("participle"), m.end(), lex)
    head = backward_phrase(text, start, m.start(), lex)
    if agent is None or head is None or not _heads_clause(text, start, head[0], lex):
        return None
    noun = text[head[0] : head[1]].split()[0].lower()
    if noun in lex.roles or lex.role_pattern.fullmatch(noun):
        return None  # 'O ministro, acompanhado pelo secretário, anunciou': the person speaks
    return agent, head[0]


def _agent_in(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """A named agent ('pela Folha', 'pelo instituto Datafolha') in a participle phrase (the
    chain rule's 'agents')."""
    for m in lex.chain_agent.finditer(text, start, end):
        phrase = forward_phrase(text, m.end(), end, lex)
        if phrase is not None and any(w[:1].isupper() for w in text[phrase[0] : phrase[1]].split()):
            return phrase
    return None


def _relative_subject(text: str, start: int, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    """'pelo Ministério Público, que pede ...', 'contra o jornal «Semanário», que ontem
    titulou que': the antecedent of 'que' before the verb, adverbs between them; a name in
    quotation marks too."""
    m = lex.relative_before.search(text, max(start, pos - RELATIVE_REACH), pos)
    if m is None:
        return None
    head_end = _rstrip_at(text, start, m.start())
    if text[head_end - 1 : head_end] == ",":
        head_end = _rstrip_at(text, start, head_end - 1)
    if head_end <= start:
        return None
    word_end = head_end - 1 if text[head_end - 1] in CLOSING_QUOTES else head_end
    prev = LAST_WORD.search(text, max(start, word_end - 30), word_end)
    if prev is None or prev.group(1).lower() in lex.stop or prev.group(1).lower() in lex.verbs:
        return None
    return backward_phrase(text, start, head_end, lex)


def _rstrip_at(text: str, start: int, pos: int) -> int:
    """``pos`` moved left over whitespace (not before ``start``)."""
    while pos > start and text[pos - 1].isspace():
        pos -= 1
    return pos


def _coordinated(text: str, start: int, pos: int, lex: Lexicon) -> bool:
    """'... e estimou': a verb that shares the subject of the clause before it."""
    last = LAST_WORD.search(text, max(start, pos - 6), pos)
    return last is not None and last.group(1) in lex.coordinators


def _checked(text: str, found: Attribution, lex: Lexicon) -> Attribution | None:
    """Not a report: 'A proposta prevê isenção ...' (a provision, not a source)."""
    if found.source is None:
        return found
    words = text[found.source[0] : found.source[1]].lower().split()
    if words and words[0] in lex.determiners:
        words = words[1:]
    if words and words[0] in lex.not_sources:
        return None
    return found


def _heads_clause(text: str, start: int, pos: int, lex: Lexicon) -> bool:
    """Nothing but determiners, adverbs or a word that opens a clause ('mas', 'onde') between
    the clause start (or a comma) and ``pos``."""
    for _ in range(4):
        last = LAST_WORD.search(text, max(start, pos - 40), pos)
        if last is None:
            break
        low = last.group(1).lower()
        if low in lex.openers:
            return True
        if low not in lex.determiners and low not in lex.adverbs:
            break
        pos = last.start()
    if pos <= start or not text[start:pos].strip():
        return True
    return bool(CLAUSE_HEAD.search(text, max(start, pos - 5), pos))


def _subject_like(text: str, pos: int, phrase: tuple[int, int], lex: Lexicon) -> bool:
    """A subject after its verb starts with a determiner or a capital ('disse o ministro')."""
    first = text[pos : phrase[0]].split()
    if text[phrase[0] : phrase[1]].lower() in lex.personal_pronouns:
        return True  # 'disse ele'
    return bool(first and first[-1].lower() in lex.determiners) or text[phrase[0]].isupper()


def _named(text: str, phrase: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    if phrase is None or text[phrase[0] : phrase[1]].lower() in lex.pronouns:
        return None
    return phrase
