"""Reporting verbs as cues, with their subject before or after them, in a relative clause
('pelo MPF, que pede') or after 'ter' ('diz ter identificado'), and surveys that give figures
('A última sondagem dá-lhe 53 por cento')."""

from __future__ import annotations

import re

from claimx.attribution.agent_phrases import agent_heads, names_agent
from claimx.attribution.attributions import Attribution, checked_source, named_source
from claimx.attribution.clauses import LAST_WORD, heads_clause, last_word
from claimx.attribution.lexicon import Lexicon
from claimx.attribution.phrases import forward_phrase
from claimx.attribution.subjects import (
    AFTER_QUOTE,
    SPEAKER_CLOSED,
    apposed_subject,
    closing_subject,
    document_subject,
    quoted_subject,
    relative_subject,
    subject_after_verb,
    subject_before_verb,
    subject_like,
    subject_past_aside,
    subject_split_by_comma,
)

POSTPOSED = re.compile(r"[,\"”»’—–-]\s*$")


def reports(text: str, start: int, ws: int, we: int, lex: Lexicon) -> bool:
    """Not 'conta com' (has), not 'levando em conta' (considering)."""
    if lex.verb_not_before.match(text, we):
        return False
    prev = LAST_WORD.search(text, max(start, ws - 16), ws)
    return prev is None or prev.group(1).lower() not in lex.verb_not_after


def verb_source(
    text: str, start: int, end: int, cue_start: int, cue_end: int, verb_start: int, lex: Lexicon
) -> Attribution | None:
    cue, rule = (cue_start, cue_end), lex.verb_rule
    if last_word(text, cue_start, cue_end) in lex.quote_tags:
        if AFTER_QUOTE.search(text, max(0, cue_start - 4), cue_start):
            rule = lex.quote_tag_rule
        elif not _tag_clause(text, cue_start, cue_end, end, lex):
            return None  # 'O governo prometeu 300 casas': an act, not a report
    prev = LAST_WORD.search(text, max(start, cue_start - 12), cue_start)
    if prev and prev.group(1).lower() in lex.introducers:
        # 'Conforme informou a polícia', 'Segundo disse fonte da empresa': the subject follows
        subject = subject_after_verb(text, cue_end, end, lex, bare=True)
        return checked_source(
            text, Attribution(cue, named_source(text, subject, lex), rule, "verb"), lex
        )
    postposed = bool(POSTPOSED.search(text, max(start, cue_start - 3), cue_start))
    # the subject before the verb, read once: the apposition test and the fall-back below ask
    subject_before = subject_before_verb(text, start, cue_start, lex) if postposed else None
    if (
        subject_before is not None
        and apposed_subject(text, start, cue_start, subject_before, lex)
        and not _speaker_closes(text, cue_end, end, lex, channel=True)
    ):
        postposed = False  # 'O ministro da Saúde, Paulo Mendo, anunciou a criação de 50 centros'
    if postposed and last_word(text, cue_start, cue_end) in lex.clause_only:
        # postposed, a 'clause_only' verb tags a quotation ('…”, conta a gerente'); after a
        # mere comma it may take an object ('Fátima, 21, defende o engajamento')
        postposed = bool(AFTER_QUOTE.search(text, max(0, cue_start - 4), cue_start)) or (
            _speaker_closes(text, cue_end, end, lex)
        )
    if not postposed and _needs_clause(text, cue_start, cue_end, end, lex):
        return None  # 'conta, à partida, com nove', 'o inquérito que apura o pagamento de'
    relative = relative_subject(text, start, cue_start, lex)
    if relative is not None:
        return checked_source(text, Attribution(cue, relative, rule, "verb_relative"), lex)
    after = forward_phrase(text, cue_end, end, lex)
    if after is not None and not subject_like(text, cue_end, after, lex):
        after = None
    aside = lex.verb_adverbs.match(text, cue_end, end)
    if after is not None and aside and aside.end() > after[0]:
        after = None  # 'informou esta sexta-feira o Ministério': the day is an aside
    if postposed:
        subject = after or subject_after_verb(text, cue_end, end, lex)
        subject = subject or closing_subject(text, cue_end, end, lex)
        subject = subject or subject_past_aside(text, cue_end, end, lex)
        quoted = AFTER_QUOTE.search(text, max(0, cue_start - 4), cue_start) is not None
        if (
            subject
            and not lex.verb_object.match(text, subject[1], end)
            and (quoted or reporter(text, subject, end, lex))
        ):
            return checked_source(
                text, Attribution(cue, named_source(text, subject, lex), rule, "verb"), lex
            )
        split = subject_split_by_comma(text, start, cue_start, cue_end, lex)
        if split is not None:
            return checked_source(
                text, Attribution(cue, named_source(text, split, lex), rule, "verb"), lex
            )
    before, phrase_start = subject_before or subject_before_verb(text, start, cue_start, lex)
    if before is not None and quoted_subject(text, before, cue_start):
        before = None  # '“… O frete é caríssimo …”, diz.': no subject inside the quotation
    if (
        before is None
        or not (heads_clause(text, start, phrase_start, lex) or _named(text, before))
    ) and lex.clause_after.match(text, cue_end, end):
        # 'Uma pesquisa feita pelo Busuu com 4,6 mil usuários mostrou que': read back, the
        # subject is a figure or nothing; the document that opens the sentence reports. A name
        # read back stays: the document's owner ('Dados de 2014 do CNJ mostram' → CNJ)
        document = document_subject(text, start, cue_start, lex)
        if document is not None:
            found = Attribution(cue, document[0], rule, "verb_before")
            return checked_source(text, found, lex)
    if before is not None and (
        lex.after_verb.match(text, cue_end, end) or heads_clause(text, start, phrase_start, lex)
    ):
        found = Attribution(cue, named_source(text, before, lex), rule, "verb_before")
        return checked_source(text, found, lex)
    if after and lex.after_verb.match(text, after[1], end) and reporter(text, after, end, lex):
        return checked_source(
            text, Attribution(cue, named_source(text, after, lex), rule, "verb"), lex
        )
    if before is None and _coordinated(text, start, cue_start, lex):
        return Attribution(cue, None, rule, "verb_before")  # 'O DIS os acusou ... e estimou'
    if (
        before is None
        and not postposed
        and heads_clause(text, start, cue_start, lex)
        and lex.clause_after.match(text, cue_end, end)
    ):
        # 'Disse ainda que …' with no subject: that of the sentences before reports what follows
        return Attribution(cue, None, rule, "verb_before")
    if postposed or lex.after_verb.match(text, cue_end, end):
        return Attribution(cue, None, rule, "verb")
    return None


def _named(text: str, phrase: tuple[int, int]) -> bool:
    """A phrase with a capitalised word and no figure ('CNJ', 'animais Humane Research
    Council'), not 'mil usuários brasileiros' or 'dezembro'."""
    held = text[phrase[0] : phrase[1]]
    return any(w[:1].isupper() for w in held.split()) and not any(c.isdigit() for c in held)


def reporter(text: str, phrase: tuple[int, int], end: int, lex: Lexicon) -> bool:
    """Whether a phrase after a verb may be its subject: someone (a name, a person, a body, a
    pronoun, 'o rival Marcelo Freixo') or a document, data or an instrument ('…, diz o
    relatório'). Any other noun phrase there is what the verb shows or announces, its object
    ('No ministério, anunciou a criação de uma Força com 12 mil homens', 'Um vídeo … mostra
    uma enorme fila, com 50 homens'). A phrase that is never a source ('o projeto') passes,
    for :func:`checked_source` to drop the cue."""
    agents = agent_heads(lex)
    if names_agent(text, phrase[0], end, agents, lex):
        return True
    skip = lex.determiners | lex.premodifiers
    words = [w.strip(",;:") for w in text[phrase[0] : phrase[1]].split()]
    words = [w for w in words if w.lower() not in skip]
    if len(words) > 1 and words[1][:1].isupper():
        return True  # a noun of persons before a name: 'o rival Marcelo Freixo'
    return any(
        form in lex.speaker_heads
        or form in agents
        or form in lex.not_sources
        or lex.role_pattern.fullmatch(form)
        or any(rx.fullmatch(form) for _, rx in lex.type_words)  # 'a estatal', 'o banco'
        for form in singulars(words[0].lower() if words else "")
    )


def singulars(word: str) -> set[str]:
    """A noun and its singular forms: 'denunciantes' → 'denunciante', 'associações' →
    'associação'."""
    forms = {word}
    if word.endswith("ões"):
        forms.add(word[:-3] + "ão")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


def survey_subject(text: str, start: int, cue: tuple[int, int], lex: Lexicon) -> Attribution | None:
    """A survey that heads its clause as the subject of a verb that gives figures ('A última
    sondagem dá-lhe 53 por cento', 'Uma sondagem da Católica atribui ao PS 42 por cento'): the
    survey is the source (annotation guide: documents and data); any other subject gives,
    it does not report ('O Governo deu 300 mil contos')."""
    before, phrase_start = subject_before_verb(text, start, cue[0], lex)
    if before is None or not heads_clause(text, start, phrase_start, lex):
        return None
    skip = lex.determiners | lex.premodifiers
    head = next((w for w in text[before[0] : before[1]].lower().split() if w not in skip), "")
    if head not in lex.survey_heads:
        return None
    return Attribution(cue, before, lex.survey_rule, "verb_before")


def _speaker_closes(text: str, pos: int, end: int, lex: Lexicon, channel: bool = False) -> bool:
    """A speaker after the verb that closes its clause ('…, avançou ontem o ministro.', '…,
    garantiu o sindicato, que'): who reported it. A phrase that runs on or holds a figure is the
    verb's object ('Fátima, 21, defende o engajamento de 30 moradores'). With ``channel``, the
    speaker may be followed by where it said so ('…, indicou a polícia num comunicado
    publicado pela agência BNA': 'comunicado' is one of the 'speaker_heads')."""
    subject = subject_after_verb(text, pos, end, lex)
    if subject is None or any(c.isdigit() for c in text[subject[0] : subject[1]]):
        return False
    said_in = channel and _channel_after(text, subject[1], end, lex)
    if not (SPEAKER_CLOSED.match(text, subject[1], end) or subject[1] >= end or said_in):
        return False
    # someone who speaks: 'Fux, dois dos que votaram, defenderam a decisão da Turma,' has none;
    # or a document, data or a person the roles leave out ('…, descreve a nota de imprensa.',
    # 'Após o homicídio, conta o acórdão, «…»')
    return names_agent(text, subject[0], end, agent_heads(lex), lex) or _speaker_head(
        text, subject, lex
    )


CHANNEL = re.compile(
    r"\s+(?:em|num|numa|no|na|através\s+d[eoa])\s+(?:(?:um|uma|o|a)\s+)?(?P<noun>[\w-]+)"
)
"""'num comunicado', 'em nota', 'através de um comunicado': where a speaker said it."""


def _channel_after(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """Whether a document a statement was made in follows ``pos`` ('num comunicado')."""
    m = CHANNEL.match(text, pos, end)
    return m is not None and bool(singulars(m.group("noun").lower()) & lex.speaker_heads)


def _speaker_head(text: str, phrase: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a phrase's noun (past determiners) is one of the 'speaker_heads'."""
    words = [w.strip(",;:").lower() for w in text[phrase[0] : phrase[1]].split()]
    head = next((w for w in words if w not in lex.determiners), "")
    return bool(singulars(head) & lex.speaker_heads)


def _tag_clause(text: str, cue_start: int, cue_end: int, end: int, lex: Lexicon) -> bool:
    """A quote tag that reports the clause after it ('Temer responde que', 'o ministério avisa
    que', 'Leonardo, que responde: R$ 12 mil'): one of the 'clause_only' forms of its rule, right
    before 'que' or a colon (not 'responde a três denúncias que', whom it answers)."""
    if last_word(text, cue_start, cue_end) not in lex.tag_clauses:
        return False
    m = lex.verb_adverbs.match(text, cue_end, end)  # 'responde ainda que'
    after = text[m.end() if m else cue_end : end].lstrip()
    # 'que' before its clause or an aside that opens it ('ressalva que, além dos 29 …')
    return after.startswith((":", "que ", "que,")) and not after.startswith(":", 1)


def _needs_clause(text: str, cue_start: int, cue_end: int, end: int, lex: Lexicon) -> bool:
    """A 'clause_only' verb with no clause after it: no report ('contar com', 'concluir o
    inquérito')."""
    words = text[cue_start:cue_end].lower().split()
    return (
        bool(words)
        and words[-1] in lex.clause_only
        and not lex.clause_after.match(text, cue_end, end)
    )


def _coordinated(text: str, start: int, pos: int, lex: Lexicon) -> bool:
    """'... e estimou': a verb that shares the subject of the clause before it."""
    last = LAST_WORD.search(text, max(start, pos - 6), pos)
    return last is not None and last.group(1) in lex.coordinators
