"""The subject a sentence opens with, read where no cue names the speaker: a person ('O ministro
criticou o TST.'), a body named ('O Tribunal de Contas reviu …'), a personal pronoun ('Em maio,
ele escreveu: “…”') or a noun phrase after a determiner, each before the sentence's first verb."""

from __future__ import annotations

import re

from claimx.attribution.clauses import LAST_WORD, lstrip_at
from claimx.attribution.gazetteer import PERSON, source_type
from claimx.attribution.lemmas import is_verb_form, lemma_table
from claimx.attribution.lexicon import Lexicon
from claimx.attribution.phrases import NONFINITE, PAST, backward_phrase, forward_phrase

# between a subject and its verb: an apposition between commas ('O ministro, de 54 anos, criticou')
APPOSITION = re.compile(r"\s*,[^,.;:]{1,60},")
FINITE = re.compile(r"[a-záéíóúâêôãõç]+(?:ou|iu|eu|a|e|am|em)")  # 3rd person, present or past
WORD = re.compile(r"[\w-]+")


def is_role(text: str, span: tuple[int, int], lex: Lexicon, by_ending: bool = True) -> bool:
    """A description headed by a noun of persons ('o secretário', 'outro oficial da PM'), by
    the 'roles' or, ``by_ending``, by the 'role_pattern' ('a cientista'), which 'maior' and
    'dinheiro' match too: a phrase that no cue made a source is read by the list only."""
    words = text[span[0] : span[1]].lower().split()
    skip = lex.determiners | lex.adverbs
    head = next((w for w in words if w not in skip), "")
    if head in lex.roles:
        return True
    return by_ending and lex.role_pattern.fullmatch(head) is not None


def is_pronoun(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    return text[span[0] : span[1]].strip().lower() in lex.personal_pronouns


def pronoun_subject(text: str, sent: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """A personal pronoun that opens a clause, past leading adverbial phrases, as the subject
    of the verb right after it ('Em maio, ele escreveu: “…”')."""
    starts = [sent[0]]
    comma = text.find(", ", sent[0], min(sent[1], sent[0] + 80))
    if comma > 0:
        starts.append(comma + 2)
    for at in starts:
        word = WORD.match(text, at, sent[1])
        if word is None or not is_pronoun(text, word.span(), lex):
            continue
        if _first_verb(text, word.end(), sent[1], lex) == lstrip_at(text, word.end(), len(text)):
            return word.span()
    return None


def _verb_follows(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """Whether a finite verb comes next, past an apposition and adverbs ('já', 'não')."""
    apposition = APPOSITION.match(text, pos, end)
    for word in WORD.finditer(text, apposition.end() if apposition else pos, end):
        low = word.group()
        if low.lower() in lex.adverbs:
            continue
        return FINITE.fullmatch(low) is not None
    return False


def person_subject(text: str, sent: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The person a sentence opens with as its subject ('O ministro criticou o TST. “…”,
    afirmou.'; 'Ao falar dos tribunais, o ministro criticou …'): a noun of persons or a
    name followed by its verb; a body or a document is no speaker."""
    starts = [sent[0]]
    comma = text.find(", ", sent[0], min(sent[1], sent[0] + 80))
    if comma > 0:
        starts.append(comma + 2)  # after a leading adverbial phrase
    for at in starts:
        phrase = forward_phrase(text, at, sent[1], lex)
        if phrase is None or not _verb_follows(text, phrase[1], sent[1], lex):
            continue
        words = text[phrase[0] : phrase[1]]
        if is_role(text, phrase, lex, by_ending=False) or (
            PERSON.match(words) and source_type(words, None, lex) in (None, "person")
        ):
            return phrase
    return None


def opening_subject(
    text: str, sent: tuple[int, int], end: int, lex: Lexicon, persons_only: bool = True
) -> tuple[int, int] | None:
    """The subject a sentence opens with, before ``end``: the phrase before its first verb
    ('O Tribunal de Contas reviu …', 'Ao depor, o ex-ministro Antonio Palocci disse …'),
    a person (``persons_only``: a noun of persons or a name), or also a body named."""
    starts = [sent[0]]
    for _ in range(3):  # after leading adverbial phrases ('Em vídeo, no domingo, 30, Jucá')
        comma = text.find(", ", starts[-1], min(end, sent[0] + 120))
        if comma < 0:
            break
        starts.append(comma + 2)
    for at in starts:
        verb = _first_verb(text, at, end, lex)
        phrase = backward_phrase(text, at, verb, lex) if verb is not None else None
        clitic = phrase and LAST_WORD.search(text, phrase[0], phrase[1])
        if clitic and clitic.group(1).lower() in lex.clitics:
            phrase = backward_phrase(text, at, clitic.start(), lex)  # 'O Temer me deu'
        if phrase is None or not _opens(text, at, phrase, lex) or is_pronoun(text, phrase, lex):
            continue
        if text[phrase[0] : phrase[1]].lower() in lex.pronouns:
            continue
        named = any(w[:1].isupper() for w in text[phrase[0] : phrase[1]].split())
        person = persons_only and is_role(text, phrase, lex, by_ending=False)
        if not (named or person) or _common_head(text, phrase, lex):
            continue
        words = text[phrase[0] : phrase[1]]
        if not persons_only or source_type(words, None, lex) in (None, "person"):
            return phrase
    return None


def determined_subject(
    text: str, sent: tuple[int, int], end: int, lex: Lexicon
) -> tuple[int, int] | None:
    """The noun phrase after a determiner that opens the sentence, before its first verb, as
    the subject a coordinated verb shares ('A polícia segue fazendo buscas e anunciou a
    prisão de mais quatro suspeitos'); not a figure, not a pronoun."""
    verb = _first_verb(text, sent[0], end, lex)
    phrase = backward_phrase(text, sent[0], verb, lex) if verb is not None else None
    if phrase is None or is_pronoun(text, phrase, lex):
        return None
    opening = text[sent[0] : phrase[0]].split()
    if not opening or not _opens(text, sent[0], phrase, lex):
        return None
    return None if any(c.isdigit() for c in text[phrase[0] : phrase[1]]) else phrase


def _opens(text: str, at: int, phrase: tuple[int, int], lex: Lexicon) -> bool:
    """Whether ``phrase`` starts at ``at``, past determiners ('O ministro')."""
    before = text[at : phrase[0]].lower().split()
    return all(w in lex.determiners for w in before)


def _common_head(text: str, phrase: tuple[int, int], lex: Lexicon) -> bool:
    """A phrase whose only capital is a common word's, opening a sentence ('Muitas pessoas',
    'Você', 'Senão', 'Extinção de fundações'), and no noun of persons: no name."""
    words = text[phrase[0] : phrase[1]].split()
    if any(w[:1].isupper() for w in words[1:]) or is_role(text, phrase, lex, by_ending=False):
        return False
    if any(w not in lex.phrase_links for w in words[1:]):
        return True  # 'Extinção de fundações': a noun that opens a sentence, then lower case
    table = lemma_table()
    return table is None or table.entry(words[0].lower()) is not None


def _first_verb(text: str, pos: int, end: int, lex: Lexicon) -> int | None:
    """Where the first finite verb after ``pos`` starts: a lower-case word the lemma table
    reads as a verb, not a function word it also reads so ('para', 'da')."""
    skip = lex.phrase_links | lex.determiners | lex.not_verbs | lex.adverbs | lex.stop
    for word in WORD.finditer(text, pos, min(end, pos + 160)):
        low = word.group()
        if not low[:1].islower() or low in skip or NONFINITE.fullmatch(low):
            continue
        if low in lex.verbs or PAST.fullmatch(low) or is_verb_form(low):
            return word.start()
    return None
