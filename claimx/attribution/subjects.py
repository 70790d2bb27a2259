"""The subject of a reporting verb: before it ('O ministro disse', past a participle phrase or a
relative clause), after it ('disse ontem ao PÚBLICO o presidente'), cut from it by a comma, or
the antecedent of 'que' ('pelo MPF, que pede')."""

from __future__ import annotations

import re
from itertools import pairwise

from claimx.attribution.agent_phrases import agent_in
from claimx.attribution.clauses import LAST_WORD, heads_clause, rstrip_at
from claimx.attribution.lexicon import Lexicon
from claimx.attribution.phrases import PARTICIPLE, backward_phrase, forward_phrase

AFTER_QUOTE = re.compile(r"[\"”»’],?\s*$")  # '“…”, lamenta o pescador'
QUOTE_OPENERS = {"”": "“", "»": "«", "’": "‘"}
# a reported clause after a verb, past a few words ('disse em seu acordo de delação que': five,
# one more than frames.COMPLEMENT reads for a frame, whose reach it must not widen)
COMPLEMENT_AFTER = re.compile(r"(?:\s+[^\s,.;:]+){0,5}?\s+que\b|\s*:")
GAP_WORD = re.compile(r"\S+")
FIGURE_END = re.compile(r"\d(?:\s+\w+)?\s*$|\d\s")  # the phrase is, or follows, a figure
# ', conduzido pelo Pew Research Center,' right before a verb
PARTICIPLE_ASIDE = re.compile(r",\s*(?P<participle>[a-záéíóúâêôãõç]+)\s[^,.;:]{1,80},\s*$")
ASIDE_OPENER = re.compile(r"(?:,|\s(?:--|—|–))$")
RELATIVE_REACH = 30
"""Characters at most between a relative pronoun's start and its verb ('que ontem também')."""
CLOSING_QUOTES = '»”"’'
SUBJECT_GAP = 7
"""Words at most between a subject and its verb in a participle phrase ('Pesquisa feita pelo
instituto no fim de novembro mostra') or a relative clause."""
MANNER = re.compile(r"[a-záéíóúâêôãõç]+(?:os[oa]s?|mente)")
SENTENCE_TAIL = ' \t\n.!?"”»’)'  # what may follow the last word of a sentence
VERB_ASIDE = re.compile(r"(?:\s+[a-záéíóúâêôãõç]+)?\s*,\s*[^,.;:«»\"“”]{1,60}?(?:«[^»]{1,30}»)?,")
"""After a verb: a word ('ontem', 'recentemente') and an aside between commas ('em nota')."""
SPEAKER_CLOSED = re.compile(r"\s*(?:[,.;:!?)»”\"’]|[—–-]\s|$)")


def subject_before_verb(
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
            agent = agent_in(text, w.end(), pos, lex)
            subject = agent or head or before
            return subject, (head or subject or (pos, pos))[0]
        if figure and word in lex.relatives:
            subject = backward_phrase(text, start, w.start(), lex) or before
            return subject, subject[0] if subject else pos
    adjunct = _adjunct_start(text, start, before, lex)
    if adjunct is not None and before is not None:
        comma = text.rfind(",", before[0], before[1])
        if comma >= 0:
            # 'o líder do governo na Câmara, Aguinaldo Ribeiro, disse', 'Na terça, o PT disse':
            # the adjunct ends at the comma, the subject (or the name apposed to it) follows
            named = _after_determiners(text, comma + 1, before[1], lex)
            return named, named[0] if named else pos
        return subject_before_verb(text, start, adjunct, lex)
    return before, before[0] if before else pos


# what may stand between a document's noun and its verb without ending its phrase: a
# parenthesis ('(descobertas por meio de canais de denúncia, auditorias ou outras fontes)') and an
# aside between dashes ('- com 2 mil entrevistados -'), read as blanks; a decimal comma ('4,6 mil')
DOCUMENT_ASIDE = re.compile(r"\([^()]*\)|\s(?:--|[-–—])\s[^-–—]*?\s(?:--|[-–—])(?=\s)")
DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
DOCUMENT_GAP_STOP = re.compile(r"[.;:!?\"“”«»]")
# a coordinated clause with a subject of its own ('O estudo saiu em maio e o ministro disse que')
OWN_SUBJECT = re.compile(
    r"(?<![\w-])e\s+(?:o|a|os|as|ele|ela|eles|elas|este|esta)\s", re.IGNORECASE
)
DOCUMENT_GAP = 30
"""Words at most between a document's noun that opens the sentence and its reporting verb."""


def document_subject(
    text: str, start: int, pos: int, lex: Lexicon
) -> tuple[tuple[int, int], int] | None:
    """The survey, study or document that opens the sentence as the subject of the verb at
    ``pos``, however long what describes it before the verb ('Uma pesquisa feita pelo Busuu no
    ano passado com 4,6 mil usuários brasileiros mostrou que' → Busuu; 'Outro estudo feito pela
    consultoria (descobertas por meio de canais de denúncia, auditorias) revelou que' → estudo;
    'Uma pesquisa divulgada pelo Instituto Datafolha, indica que'), and where its phrase starts.
    :func:`subject_before_verb` reads back at most a few words and stops at a figure or a name;
    a document's noun at the head of the sentence is its subject unless a sentence mark, a
    second aside or a clause with its own subject ('e o ministro') comes between. A named
    agent ('feita pelo Busuu') is the source, as in 'Levantamento feito pela Folha indica'."""
    words = list(GAP_WORD.finditer(text, start, pos))
    skip = lex.determiners | lex.premodifiers
    i = 0
    while i < len(words) and i < 3 and words[i].group().lower() in skip:
        i += 1
    if i >= len(words) or words[i].group().lower() not in lex.document_subjects:
        return None
    noun = words[i]
    gap = DECIMAL_COMMA.sub("", DOCUMENT_ASIDE.sub(" ", text[noun.end() : pos])).rstrip()
    if DOCUMENT_GAP_STOP.search(gap) or OWN_SUBJECT.search(gap):
        return None
    if any(w.group().lower() in lex.verbs and lex.clause_after.match(text, w.end(), pos)
           for w in GAP_WORD.finditer(text, noun.end(), pos)):
        return None  # 'O levantamento mostra que 49% declaram': the document is the first's
    closed = gap.endswith(",")  # a stray comma, or the end of an aside ('…, divulgada hoje,')
    if gap.count(",") > (2 if closed else 0) or len(gap.split()) > DOCUMENT_GAP:
        return None
    subject = agent_in(text, noun.end(), pos, lex)
    subject = subject or forward_phrase(text, words[0].start(), pos, lex)
    return None if subject is None else (subject, words[0].start())


def _after_determiners(
    text: str, pos: int, end: int, lex: Lexicon
) -> tuple[int, int] | None:
    """``text[pos:end]`` past its determiners ('o Partido dos Trabalhadores (PT)'), or None."""
    for word in GAP_WORD.finditer(text, pos, end):
        if word.group().lower() not in lex.determiners:
            return word.start(), end
    return None


def _named_person(words: list[str], lex: Lexicon) -> bool:
    """Whether a phrase ends in a name after a lower-case word that is no link ('segurança
    empresarial Igor Pipolo'): a description and the name of whom it describes."""
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].startswith("(")):
        k -= 1
    return 0 < k < len(words) and words[k - 1].lower() not in lex.phrase_links


def _run_on(before: str, word: str, lex: Lexicon) -> bool:
    """A capitalised noun of speakers or documents right after a name, with no link or comma
    between them ('STF Relatório'): a new sentence, its headline's full stop lost."""
    return (
        word[:1].isupper()
        and word.lower() in lex.speaker_heads
        and before[:1].isupper()
        and not before.endswith(",")
    )


def _adjunct_start(
    text: str, start: int, phrase: tuple[int, int] | None, lex: Lexicon
) -> int | None:
    """Where an adjunct of place or time that ends in ``phrase`` starts ('no Pacífico', 'em
    junho', 'Em um deles'): the phrase is what the preposition governs, not the subject; not a
    relative pronoun's ('no qual ele disse')."""
    if phrase is None:
        return None
    held = text[phrase[0] : phrase[1]].split()
    if held[0].lower() in lex.pronouns or held[0].lower() in lex.relatives:
        return None
    if "," not in text[phrase[0] : phrase[1]] and _named_person(held, lex):
        return None  # 'o consultor em segurança empresarial Igor Pipolo revelou': his name
    if any(_run_on(before, word, lex) for before, word in pairwise(held)):
        return None  # a headline run on: 'contra Maia no STF Relatório da PF chegou a apontar'
    words = list(GAP_WORD.finditer(text, max(start, phrase[0] - 40), phrase[0]))
    while words and words[-1].group().lower() in lex.determiners:
        words.pop()
    if not words or words[-1].group().lower() not in lex.adjunct_prepositions:
        return None
    return words[-1].start()


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
    agent = agent_in(text, m.end("participle"), m.end(), lex)
    head = backward_phrase(text, start, m.start(), lex)
    if agent is None or head is None or not heads_clause(text, start, head[0], lex):
        return None
    noun = text[head[0] : head[1]].split()[0].lower()
    if noun in lex.roles or lex.role_pattern.fullmatch(noun):
        return None  # 'O ministro, acompanhado pelo secretário, anunciou': the person speaks
    return agent, head[0]


def relative_subject(text: str, start: int, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    """'pelo Ministério Público, que pede ...', 'contra o jornal «Semanário», que ontem
    titulou que': the antecedent of 'que' before the verb, adverbs between them; a name in
    quotation marks too."""
    m = lex.relative_before.search(text, max(start, pos - RELATIVE_REACH), pos)
    if m is None:
        return None
    head_end = rstrip_at(text, start, m.start())
    # the clause set off by a comma or opening a dash aside ('O ministro -- que referiu')
    mark = ASIDE_OPENER.search(text, max(start, head_end - 3), head_end)
    if mark is not None:
        head_end = rstrip_at(text, start, mark.start())
    if head_end <= start:
        return None
    word_end = head_end - 1 if text[head_end - 1] in CLOSING_QUOTES else head_end
    prev = LAST_WORD.search(text, max(start, word_end - 30), word_end)
    if prev is None or prev.group(1).lower() in lex.stop or prev.group(1).lower() in lex.verbs:
        return None
    return backward_phrase(text, start, head_end, lex)


def subject_after_verb(
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
        if subject is not None and m and _name_split(text, m.start(), at, subject):
            continue
        if subject is not None and (bare or subject_like(text, at, subject, lex)):
            return subject
    return None


# an aside that ends in the article 'a' and a capitalised word ('disse ontem a Polícia')
ARTICLE_NAME_END = re.compile(r"(?<![\w-])a\s+[A-ZÁÉÍÓÚ][^\s,.;:]*$")


def _name_split(text: str, start: int, at: int, subject: tuple[int, int]) -> bool:
    """'disse ontem a Polícia Judiciária': 'a' there is the name's article, not whom it was
    told, so the capitalised words right after it go on with the same name ('Judiciária' is no
    subject of its own); 'à Lusa a PSP' and 'ao G1 Marcus Villander' are told to someone."""
    gap = text[at : subject[0]]
    return (
        not gap.strip()
        and text[subject[0]].isupper()
        and ARTICLE_NAME_END.search(text, start, at) is not None
    )


def subject_past_aside(text: str, pos: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject after a postposed verb and an aside between commas ('«…», contou
    recentemente, ao enviado do «Le Monde», Cornel Balint.', '…, disse ontem, no Porto, o patrão
    da Sonae'), where it closes the clause; else the aside may be the start of the clause."""
    aside = VERB_ASIDE.match(text, pos, end)
    if aside is None:
        return None
    subject = forward_phrase(text, aside.end(), end, lex)
    if subject is None or not subject_like(text, aside.end(), subject, lex):
        return None
    closed = subject[1] >= end or SPEAKER_CLOSED.match(text, subject[1], end)
    return subject if closed else None


def closing_subject(text: str, pos: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """A subject with no determiner that closes the sentence after a postposed verb, as headlines
    write it ('..., diz relatório.', '..., afirma ministro'); anywhere else a bare noun after
    the verb is its object ('diz respeito a')."""
    subject = subject_after_verb(text, pos, end, lex, bare=True)
    if subject is None or text[subject[1] : end].strip(SENTENCE_TAIL):
        return None
    if MANNER.fullmatch(text[subject[0] : subject[1]]):
        return None  # 'contou orgulhoso': how it was said, not who said it
    return subject


def subject_split_by_comma(
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
    subject, phrase_start = subject_before_verb(text, start, comma, lex)
    if subject is None or subject[1] != len(text[:comma].rstrip()):
        return None
    opening = text[start:phrase_start].lower().split()
    if any(w not in lex.determiners or w in lex.phrase_links for w in opening):
        return None  # 'Na ocasião, disse que': an adverbial, not a subject
    # an article opens it, or it is a name ('Além disso, disse que' is neither)
    words = text[subject[0] : subject[1]].split()
    named = all(w[:1].isupper() or w in lex.phrase_links for w in words)
    return subject if opening or named else None


def apposed_subject(
    text: str, start: int, pos: int, before: tuple[tuple[int, int] | None, int], lex: Lexicon
) -> bool:
    """Whether the comma before a verb at ``pos`` closes a name in apposition to the subject
    that heads the clause ('O ministro da Saúde, Paulo Mendo, anunciou'): the subject is before
    the verb, and what follows the verb is its object, not its subject. ``before``: what
    :func:`subject_before_verb` finds before the verb."""
    subject, at = before
    if subject is None or "," not in text[subject[0] : subject[1]]:
        return False
    return text[subject[1] : pos].strip() == "," and heads_clause(text, start, at, lex)


def quoted_subject(text: str, subject: tuple[int, int], cue_start: int) -> bool:
    """Whether a subject read back from a verb right after a closing quotation mark stands inside
    the quotation ('“… O frete é caríssimo …”, diz.'), not before a title in quotes that ends
    it ('O jornal "Le Monde" informa', 'Reportagem … no site do jornal "O Globo" revelou')."""
    close = AFTER_QUOTE.search(text, max(0, cue_start - 4), cue_start)
    if close is None:
        return False
    mark = text[close.start()]
    opening = text.rfind(QUOTE_OPENERS.get(mark, mark), 0, close.start())
    return opening < subject[0]


def subject_like(text: str, pos: int, phrase: tuple[int, int], lex: Lexicon) -> bool:
    """A subject after its verb starts with a determiner or a capital ('disse o ministro')."""
    first = text[pos : phrase[0]].split()
    if text[phrase[0] : phrase[1]].lower() in lex.personal_pronouns:
        return True  # 'disse ele'
    return bool(first and first[-1].lower() in lex.determiners) or text[phrase[0]].isupper()
