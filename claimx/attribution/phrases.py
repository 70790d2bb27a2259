"""Noun phrases read over plain text: a source after a cue, a subject before a verb."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from claimx.attribution.lexicon import TOKEN, Lexicon

MAX_WORDS = 14
RELATIVE_COMMAS = 3
"""Commas at most inside a relative clause between a subject and its verb."""
SENTENCE_MARKS = frozenset(".;:!?")
CLOSERS = {")": ("(", 12), "]": ("[", 12), "»": ("«", 6), "”": ("“", 8), '"': ('"', 8)}
"""Closing marks a phrase may hold with their opener within so many tokens: a parenthesis, and
a title in guillemets or quotes ('o jornal «Bild» anunciou', 'a revista «Business Week»', 'o
jornal “O Estado de S. Paulo” tinha informado', 'O jornal "Le Monde" informa')."""
COORDINATORS = frozenset({"e", "ou"})
TITLE_TOKENS = 6
"""Tokens at most in a title in guillemets that a phrase holds ('o jornal «China Daily»')."""
TITLE_MARKS = {"«": "»", "“": "”", '"': '"'}
"""Quotation marks around a title, each with its closer (pt-BR writes titles in quotes)."""
# What may close a name in apposition ('o relator, Randolfe Rodrigues (Rede-AP), disse').
APPOSITION_CLOSERS = frozenset(',.;:!?()-–—"”»')
PARTICIPLE = re.compile(r"[a-záéíóúâêôãõç]{3,}(?:ad|id)[oa]s?")
"""Lower-case participles: after 'e' they open a clause, not a second name."""
NONFINITE = re.compile(r"\w+(?:ad|id|íd)[oa]s?|\w+ndo")
YEAR = re.compile(r"(?:1[89]|20)\d\d")
INFINITIVE = re.compile(r"[a-záéíóúâêôãõç]+(?:ar|er|ir)")
"""A lower-case word that may be an infinitive: after a name and 'de' it says what the named
did ('o MPF de atuar', 'a Polícia Federal de ser'); a name's own complements are capitalised."""
PAST = re.compile(r"[a-záéíóúâêôãõç]{2,}(?:ou|iu|aram|eram|iram|íram|ava|avam)")
"""Lower-case past forms of verbs ('planejou', 'publicaram'), which the lemma table may lack."""


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


_new_tuple = tuple.__new__


def _tok(match: re.Match[str]) -> Tok:
    word = match.group()
    # tuple.__new__ skips NamedTuple's generated __new__: this runs for every token read
    return _new_tuple(Tok, (match.start(), match.end(), word, word.lower()))


# Tokens read backwards: the token language is its own mirror image (words joined by single
# marks), so matching the reversed text finds the same tokens, last first, without an
# end-anchored search, which ``re`` would try at every character.
_TOKEN_REVERSED = re.compile(r"\s*(\w+(?:[-.'’/]\w+)*|[^\w\s])")


def last_token(text: str, start: int, end: int) -> Tok | None:
    """The last token of ``text[start:end]`` (trailing spaces skipped), or None."""
    m = _TOKEN_REVERSED.match(text[start:end][::-1])
    if m is None:
        return None
    first, last = end - m.end(1), end - m.start(1)
    word = text[first:last]
    return Tok(first, last, word, word.lower())


class _LazyTokens:
    """Tokens from a match iterator, read only as far as they are asked for."""

    def __init__(self, matches: Iterator[re.Match[str]]) -> None:
        self._matches = matches
        self._read: list[Tok] = []

    def _token(self, match: re.Match[str]) -> Tok:
        return _tok(match)

    def has(self, k: int) -> bool:
        read = self._read
        while len(read) <= k:
            match = next(self._matches, None)
            if match is None:
                return False
            read.append(self._token(match))
        return True

    def __getitem__(self, k: int) -> Tok:
        read = self._read
        if k < len(read):  # already read (most reads): no call to ``has``
            return read[k]
        if not self.has(k):
            raise IndexError(k)
        return read[k]


class BackwardTokens(_LazyTokens):
    """The tokens of ``text[start:end]`` counted from its end (``[0]`` is the last), read only
    as far back as they are asked for (a subject before a verb is a few words of a long window)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        super().__init__(TOKEN.finditer(text[start:end][::-1]))
        self._text, self._end = text, end

    def _token(self, match: re.Match[str]) -> Tok:
        first, last = self._end - match.end(), self._end - match.start()
        word = self._text[first:last]
        return _new_tuple(Tok, (first, last, word, word.lower()))


class TokenStream(_LazyTokens):
    """The tokens of a stretch of text, read only as far as they are asked for (a phrase after
    a cue is a few words of a long window)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        super().__init__(TOKEN.finditer(text, start, end))


def _content(tok: Tok, lex: Lexicon) -> bool:
    if not tok.is_word or tok.text[0].isdigit():
        return False
    return tok.low not in lex.stop and tok.low not in lex.phrase_links


def _name_or_content(toks: TokenStream, i: int, lex: Lexicon) -> bool:
    """Content word, or a capitalised stop word inside a name ('São Paulo Transportes')."""
    if _content(toks[i], lex):
        return True
    nxt = toks[i + 1] if toks.has(i + 1) else None
    return toks[i].is_cap and nxt is not None and nxt.is_word and nxt.is_cap


def forward_phrase(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase that starts at ``start`` (determiner dropped), or None."""
    toks = TokenStream(text, start, min(end, start + 240))
    i = _past_determiners(toks, 0, lex)
    if i > 0 and toks.has(i + 1) and f"{toks[i - 1].low} {toks[i].low}" in lex.partitives:
        i = _past_determiners(toks, i + 1, lex)  # 'um dos (outros) comerciantes'
    first = i
    while toks.has(i + 1) and _premodifier(toks, i, lex):  # 'a mais recente pesquisa', kept
        i += 1
    if toks.has(i) and toks[i].text in TITLE_MARKS:
        close = _title_end(toks, i)  # a title alone: 'segundo a «Newsweek»', 'segundo a "Veja"'
        return None if close is None else (toks[first].start, toks[close].end)
    if not toks.has(i) or not _name_or_content(toks, i, lex):
        return None
    last = i
    while toks.has(i) and i - first < MAX_WORDS:
        tok = toks[i]
        if tok.text == "(":
            close = next((j for j in range(i, i + 12) if toks.has(j) and toks[j].text == ")"), None)
            if close is None:
                break
            last = i = close
        elif tok.text in TITLE_MARKS:
            # 'o jornal «China Daily»', 'o semanário «Expresso»', 'a revista "National Geographic"'
            close = _title_end(toks, i)
            if close is None:
                break
            last = i = close
        elif tok.low in lex.phrase_links:
            if not toks.has(i + 1) or not _content(toks[i + 1], lex):
                break
            if tok.low in COORDINATORS and PARTICIPLE.fullmatch(toks[i + 1].text):
                break  # 'dados obtidos pelo Estado e corrigidos pela inflação'
            named = toks[i - 1].is_cap or toks[i - 1].text == ")"
            if named and tok.low == "de" and INFINITIVE.fullmatch(toks[i + 1].text):
                break  # 'acusado pelo MPF de atuar num esquema': what is told, not the name
        elif tok.text == "." and _initial_dot(toks, i - 1, i + 1):
            last = i  # an initial inside a name: 'O Estado de S. Paulo', 'J. P. Morgan'
        elif i > first and PAST.fullmatch(tok.text):
            break  # a verb ends the phrase: 'conforme ele planejou', 'a reportagem publicou'
        elif toks[i - 1].is_cap and PARTICIPLE.fullmatch(tok.text):
            break  # a participle after a name: 'dados da editora Capcom citados na revista'
        elif _name_or_content(toks, i, lex):
            last = i
        else:
            break
        i += 1
    end_at = _apposition(toks, first, last, lex)
    return toks[first].start, toks[end_at].end


def _noun_before(toks: BackwardTokens, k: int, lex: Lexicon) -> bool:
    """A content word at ``k`` (counted from the end), the noun an adjective after 'mais' is
    said of ('análise' in 'uma análise mais profunda'), as 'mais' before a premodifier is read
    forwards (``_premodifier``)."""
    return toks.has(k) and _content(toks[k], lex) and toks[k].low not in lex.determiners


def _initial_dot(toks: _LazyTokens, before: int, after: int) -> bool:
    """A dot between a capital letter alone and a capitalised word: an initial inside a name
    ('S. Paulo'), not the end of a sentence."""
    if before < 0 or after < 0 or not (toks.has(before) and toks.has(after)):
        return False
    initial = toks[before].text
    return len(initial) == 1 and initial.isupper() and toks[after].is_cap


def _past_determiners(toks: TokenStream, i: int, lex: Lexicon) -> int:
    """Where the phrase goes on after at most two determiners from ``i``."""
    at = i
    while toks.has(at) and at - i < 2 and toks[at].low in lex.determiners:
        at += 1
    return at


def _title_end(toks: TokenStream, i: int) -> int | None:
    """The closing guillemet of a short capitalised title opened at ``i`` (a newspaper's name
    after its noun), or None: a quotation runs longer or starts a clause after a comma."""
    if not (toks.has(i + 1) and toks[i + 1].is_cap):
        return None
    closer = TITLE_MARKS[toks[i].text]
    return next(
        (j for j in range(i + 2, i + TITLE_TOKENS + 2) if toks.has(j) and toks[j].text == closer),
        None,
    )


def _premodifier(toks: TokenStream, i: int, lex: Lexicon) -> bool:
    low = toks[i].low
    if low == "mais":
        return toks.has(i + 1) and toks[i + 1].low in lex.premodifiers
    return low in lex.premodifiers


def _apposition(toks: TokenStream, first: int, last: int, lex: Lexicon) -> int:
    """Extend a description over the name in apposition after it: a role phrase ('o delegado
    da Polícia Civil, João Tardin'), or a description headed by a noun of person ('role_pattern')
    whose name is closed by a comma or the sentence end ('o tenente-coronel do Bope, Hudson
    Teixeira, disse'; 'afirmou o ex-executivo da empreiteira, Alexandrino Alencar.'): the
    guide's source is the name. 'Segundo a denúncia, Paulo Souza, ...' is no apposition."""
    i = last + 1
    if not toks.has(i) or toks[i].text != ",":
        return last
    j = i + 1
    while toks.has(j + 1) and _rank(toks[j], lex) and toks[j + 1].is_cap:
        j += 1  # a rank before the name: 'o porta-voz da PSP, subcomissário Rui Lopes'
    if not (toks.has(j) and toks[j].is_cap):
        return last  # ', do Instituto Argonauta': where from, not who
    while toks.has(j) and toks[j].is_word and (toks[j].is_cap or toks[j].low in lex.phrase_links):
        j += 1
    if not toks[j - 1].is_cap:
        return last
    head = toks[first].low.removeprefix("ex-")
    person = head in lex.roles or lex.role_pattern.fullmatch(head)
    # closed by a comma, the sentence end or the cue ('A relatora, Ana Souza disse'): in
    # 'Segundo o coronel, Rodrigues pilotava' the name starts a clause
    closed = not toks.has(j) or toks[j].text in APPOSITION_CLOSERS or toks[j].low in lex.verbs
    return j - 1 if person and closed else last


def _rank(tok: Tok, lex: Lexicon) -> bool:
    """A lower-case noun of persons right before a name ('subcomissário', 'inspector')."""
    low = tok.low.removeprefix("ex-")
    return not tok.is_cap and (low in lex.roles or lex.role_pattern.fullmatch(low) is not None)


def backward_phrase(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject phrase that ends just before ``end`` (adverbs skipped), or None."""
    toks = BackwardTokens(text, max(start, end - 240), end)
    k = 0
    while toks.has(k) and toks[k].low in lex.adverbs:
        k += 1
    # an adverb between commas: 'Temer, então, responde'
    aside = toks.has(k + 2) and toks[k].text == toks[k + 2].text == ","
    if aside and toks[k + 1].low in lex.adverbs:
        k += 3
    if toks.has(k) and toks[k].text == ",":
        return _backward_apposition(toks, k, lex)
    return _backward_words(toks, k, lex)


def _backward_words(toks: BackwardTokens, k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The phrase whose last token is ``toks[k]`` (``k`` counts from the end)."""
    last = k
    first = None
    while toks.has(k) and k - last < MAX_WORDS:
        tok = toks[k]
        if tok.text in CLOSERS:
            mark, reach = CLOSERS[tok.text]
            back = (j for j in range(k + 1, k + reach) if toks.has(j))
            opener = next((j for j in back if toks[j].text == mark), None)
            if opener is None:
                break
            if tok.text == "»" and first is None:
                first = opener  # a title alone: 'O «Expresso» noticia'
            k = opener
            if tok.text not in ")]":  # a title in quotes ends the phrase: 'pesquisa do “WSJ”'
                first = k
        elif tok.low in lex.phrase_links:
            if first is None or not toks.has(k + 1) or not _content(toks[k + 1], lex):
                break
        elif tok.text == "." and first == k - 1 and _initial_dot(toks, k + 1, k - 1):
            pass  # 'O Estado de S. Paulo revelou': the initial and what comes before it
        elif tok.low == "mais" and first == k - 1 and _noun_before(toks, k + 1, lex):
            pass  # 'uma análise mais profunda mostra', 'a pesquisa mais recente aponta'
        elif tok.low in lex.verbs:
            break  # 'O delator afirmou ter dito': a reporting verb is no part of a subject
        elif YEAR.fullmatch(tok.text) and _year_of_name(toks, k, lex):
            first = k  # a year inside a name: 'o comitê da Rio 2016', 'o relatório de 2016'
        elif _content(tok, lex) and tok.low not in lex.determiners:
            first = k
        elif first == k - 1 and _opens_name(toks, k, lex):
            first = k  # 'a Secretaria da Segurança de São Paulo afirma': not 'Paulo' alone
        else:
            break
        k += 1
    if first is None:
        return None
    return toks[first].start, toks[last].end


def _opens_name(toks: BackwardTokens, k: int, lex: Lexicon) -> bool:
    """A function word that opens a name ('São Paulo', 'Santa Casa'), right before the
    capitalised rest of it: the 'cue.name' rule's 'name_openers', as written."""
    return toks[k].text in lex.name_openers and toks[k - 1].is_cap


def _year_of_name(toks: BackwardTokens, k: int, lex: Lexicon) -> bool:
    """A year after a name ('Rio 2016') or after 'de' and a noun that no preposition opens
    ('o relatório de 2016'; not 'em dezembro de 2013', a date)."""
    if not toks.has(k + 1):
        return False
    if toks[k + 1].is_cap:
        return True
    if toks[k + 1].low not in lex.phrase_links or not toks.has(k + 2):
        return False
    before = toks[k + 3].low if toks.has(k + 3) else ""
    return _content(toks[k + 2], lex) and (before in lex.determiners or before not in lex.stop)


def _before_relative(toks: BackwardTokens, comma: int, lex: Lexicon) -> int:
    """Where the subject ends before an aside that closes at ``comma``: a relative clause may
    hold commas of its own ('Lee Jong-heung, que mantinha uma cervejaria, um restaurante e uma
    loja, diz' → Lee Jong-heung); without one, right before ``comma``."""
    j, commas = comma, 0
    while toks.has(j) and commas <= RELATIVE_COMMAS:
        if toks[j].text in SENTENCE_MARKS:
            break
        if toks[j].text == ",":
            commas += 1
            if j > 0 and toks[j - 1].low in lex.relatives:
                return j + 1
        j += 1
    return comma + 1


def _backward_apposition(toks: BackwardTokens, comma: int, lex: Lexicon) -> tuple[int, int] | None:
    """'O delegado da Polícia Civil, João Tardin, disse': both parts; ', em nota,': skip it."""
    inner = _backward_words(toks, comma + 1, lex)
    before = comma + 1
    while toks.has(before) and toks[before].text != ",":
        before += 1
    if not toks.has(before):
        return None
    head = before - 1
    while head > comma and toks[head].low in lex.determiners:
        head -= 1
    if inner is None or toks[head].start != inner[0]:
        return _backward_words(toks, _before_relative(toks, before, lex), lex)
    outer = _backward_words(toks, before + 1, lex)
    if outer is None:
        return inner
    return outer[0], inner[1]
