"""Canonical names and types of sources: in-article acronym definitions, then the gazetteer.

The small words read inside and before names are the 'cue.name' rule of ``rules/pt/cues.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimx.attribution.lemmas import lemma_of
from claimx.attribution.lexicon import Lexicon

ACRONYM_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z]{1,9})\s*\)")
# 'ACR (Long Name)', found from its parenthesis (a text has few, and many capitals): the long
# name in parentheses, then the acronym right before them.
LONG_NAME_IN_PARENTHESES = re.compile(r"\(([A-ZÁÉÍÓÚ][^()\n]{5,120})\)")
ACRONYM_AT_END = re.compile(r"(?<![\w-])([A-Z]{2,10})$")
_NAME = r"[A-ZÁÉÍÓÚ][a-záéíóúâêôãõç]+"
ACRONYM_LEADING = re.compile(r"([A-Z]{2,10})\s+\(")
# Two or more capitalised words, with the particles of Portuguese names between them.
PERSON = re.compile(
    r"[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w'’-]+(?:\s+(?:(?:d[aeo]s?|e)\s+)?[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w'’.-]*)+"
)
TRAILING_NAME = re.compile(
    r"(?<![\w-])[A-ZÁÉÍÓÚ][\w/&.-]*(?:\s+(?:d[aeo]s?\s+)?[A-ZÁÉÍÓÚ][\w/&.-]*)*$"
)
ACRONYM = re.compile(r"[A-Z]{2,10}")
QUOTED_TITLE = re.compile(r"[\"“«]([A-ZÁÉÍÓÚ][^\"“”«»]{0,40}?)[\"”»]")
PARTY_AFTER = re.compile(r"\s*\([^()]{2,12}\)$")
PARTY_STATE_AFTER = re.compile(r"\s*\([A-Z][\w]{1,12}-[A-Z]{2}\)$")  # '(PMDB-RR)', '(Rede-AP)'
PERSON = re.compile(rf"^{_NAME}(?:\s+(?:d[aeo]s?\s+)?{_NAME})+$")
NAME_RUN = re.compile(
    rf"[A-ZÁÉÍÓÚ](?<![\w-].)[a-záéíóúâêôãõç]+(?:\s+(?:d[aeo]s?\s+)?{_NAME})+(?![\w-])"
)


def acronyms(text: str, lex: Lexicon) -> dict[str, str]:
    """Long names and acronyms defined in the article, lowercased, each mapped to the acronym."""
    found: dict[str, str] = {}
    for m in ACRONYM_AFTER.finditer(text):
        long = _name_before(text, m.start(), lex)
        if long:
            found.setdefault(long.lower(), m.group(1))
            # a sentence's first word: 'A Secretaria da Segurança Pública (SSP)'
            found.setdefault(lex.leading_determiner.sub("", long).lower(), m.group(1))
            found.setdefault(m.group(1).lower(), m.group(1))
    for acronym, long in acronyms_before(text):
        found.setdefault(lex.leading_determiner.sub("", long).lower(), acronym)
        found.setdefault(acronym.lower(), acronym)
    return found


def acronyms_before(text: str) -> list[tuple[str, str]]:
    r"""(acronym, long name) of each 'ACR (Long Name)': the matches of
    ``(?<![\w-])([A-Z]{2,10})\s+\(([A-ZÁÉÍÓÚ][^()\n]{5,120})\)``, found from the parentheses."""
    found = []
    for m in LONG_NAME_IN_PARENTHESES.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == m.start():
            continue
        acronym = ACRONYM_AT_END.search(text, max(0, end - 10), end)
        if acronym is not None:
            found.append((acronym.group(1), m.group(1)))
    return found


def _name_before(text: str, end: int, lex: Lexicon) -> str | None:
    """The run of capitalised words (with 'de', 'da' ...) that ends at ``end``."""
    words: list[str] = []
    for word in reversed(text[max(0, end - 300) : end].split()):
        if len(words) >= 12 or not lex.name_token.fullmatch(word):
            break
        words.append(word)
    words.reverse()
    while words and words[0] in lex.name_connectors:
        words.pop(0)
    if len(words) < 2 and not (words and len(words[0]) > 3):
        return None
    return " ".join(words)


def canonical(
    source: str, defined: dict[str, str], lex: Lexicon, text: str = "", pos: int | None = None
) -> str | None:
    """The short name of a source: a person named in apposition to a description (the guide's
    source is the name: 'Ricardo Saud, diretor do frigorífico JBS' → 'Ricardo Saud'), else its
    acronym, gazetteer entry, else the proper name it holds (``pos``: where the source is, to
    prefer names used before it)."""
    source = _without_party(source, lex)
    person = person_in_apposition(source) or person_after_description(source, text, lex)
    if person is not None:
        return person
    m = ACRONYM_AFTER.search(source) or ACRONYM_LEADING.match(source)
    name = m.group(1) if m else defined.get(lex.leading_determiner.sub("", source).lower())
    if name is None:
        entry = lex.gazetteer.get(source.lower())
        if entry:
            return entry.canonical
        body = body_named_in(source, defined, lex)
        if body is not None:
            return body
        return quoted_title(source, lex) or _known_suffix(proper_name(source, text, lex, pos), lex)
    entry = lex.gazetteer.get(name.lower())
    return entry.canonical if entry else name


# 'de/da/do/dos/das' before a capitalised word: where a body's name may end and its place or
# owner's name begin ('Secretaria da Segurança Pública | de São Paulo')
_PLACE_LINK = re.compile(r"\s+d[aeo]s?\s+(?=[A-ZÁÉÍÓÚ])")


def body_named_in(source: str, defined: dict[str, str], lex: Lexicon) -> str | None:
    """The short name of a known body that a longer source names: a name the article gave an
    acronym, followed by its place ('Secretaria da Segurança Pública de São Paulo' after
    'Secretaria da Segurança Pública (SSP)' → 'SSP'; not a gazetteer name, whose place says
    which of many bodies it is: 'Ministério Público do Rio'), or a document or description
    whose complement is a known body's full name ('denúncia do Ministério Público Federal' →
    'MPF', as 'relatório da UBS' → 'UBS'). Only names of two words or more."""
    bare = lex.leading_determiner.sub("", source)
    if "(" in bare:  # its own acronym after it: 'Ministério Público do Espírito Santo (MP-ES)'
        return None
    cuts = [m.start() for m in _PLACE_LINK.finditer(bare)]
    for cut in reversed(cuts):  # the longest name first
        found = _known_body(bare[:cut], defined, lex, gazetteer=False)
        if found is not None:
            return found
    run = TRAILING_NAME.search(bare)
    if run is not None and run.start() > 0 and lex.name_genitive.search(bare, 0, run.start()):
        return _known_body(run.group(), defined, lex)
    return None


def _known_body(
    name: str, defined: dict[str, str], lex: Lexicon, gazetteer: bool = True
) -> str | None:
    if len(name.split()) < 2:
        return None
    key = name.lower()
    entry = lex.gazetteer.get(key) if gazetteer else None
    if entry is not None:
        return entry.canonical
    acronym = defined.get(key)
    if acronym is None:
        return None
    entry = lex.gazetteer.get(acronym.lower())
    return entry.canonical if entry else acronym


def quoted_title(source: str, lex: Lexicon) -> str | None:
    """The title in quotation marks of a newspaper or broadcaster described ('jornal popular
    alemão «Bild»' → 'Bild', 'jornal "Le Monde"' → 'Le Monde', a title alone: '"Veja"'): its
    short name; not a title of another kind of source ('relatório "Brasil em Números"' names a
    document)."""
    m = QUOTED_TITLE.search(source)
    before = source[: m.start()].strip() if m else ""
    if m is None or (before and source_type(before, None, lex) != "news media"):
        return None  # a title alone is a publication's ('segundo a "Veja"')
    entry = lex.gazetteer.get(m.group(1).lower())
    return entry.canonical if entry else m.group(1)


def _without_party(source: str, lex: Lexicon) -> str:
    """A politician's party and state after his name is no part of it ('relator Randolfe
    Rodrigues (Rede-AP)'); a body's acronym with a state is ('Tribunal de Justiça do Espírito
    Santo (TJ-ES)', 'Polícia Militar do Acre (PM-AC)')."""
    bare = PARTY_STATE_AFTER.sub("", source)
    if bare == source or source_type(bare, None, lex) not in (None, "person"):
        return source
    return bare


def person_in_apposition(source: str) -> str | None:
    """The name of 'Name, description' or 'description, Name': the one part of two that is
    all capitalised words (two at least), beside a part that starts in lower case."""
    # a party after a politician's name is no part of it ('Geraldo Alckmin (PSDB)')
    parts = [PARTY_AFTER.sub("", p.strip()) for p in source.split(",")]
    if len(parts) != 2:
        return None
    names = [p for p in parts if PERSON.fullmatch(p)]
    described = [p for p in parts if p[:1].islower()]
    return names[0] if len(names) == 1 and len(described) == 1 else None


def person_after_description(source: str, text: str, lex: Lexicon) -> str | None:
    """The name after a description headed by a noun of persons and its complement, with no
    comma between them ('ministro da Integração Nacional Helder Barbalho', 'ex-executivo da
    Odebrecht Márcio Faria da Silva'): the guide's source is the name. Where the complement
    ends and the name starts: the longest tail of the capitalised run that the text uses on its
    own elsewhere, else the last two names, three across a particle ('Márcio Faria da Silva')
    or before a 'name_suffixes' word ('Cláudio Melo Filho')."""
    words = source.split()
    head = words[0].lower().removeprefix("ex-") if words else ""
    if head in lex.name_owners or not (head in lex.roles or lex.role_pattern.fullmatch(head)):
        return None  # 'procuradores do Ministério Público Federal' speak for the MPF
    run = TRAILING_NAME.search(source)
    if run is None or not lex.name_genitive.search(source, 0, run.start()):
        return None  # 'delegado Fabiano Oliveira': the proper name is the whole run
    if run.group().lower() in lex.gazetteer:
        return None  # 'porta-voz do Ministério Público Federal': a body's name
    names = run.group().split()
    # a name right after 'de' is the complement's ('especialista da Universidade de Angelo
    # State'), and the name has two words at least
    starts = [
        i
        for i in range(1, len(names) - 1)
        if names[i] not in lex.name_connectors and names[i - 1] not in lex.name_connectors
    ]
    used = [i for i in starts if text.count(" ".join(names[i:])) > text.count(run.group())]
    start = used[0] if used else _last_names(names, lex)
    return " ".join(names[start:]) if start in starts else None


def _last_names(names: list[str], lex: Lexicon) -> int | None:
    """Where the last two names of a run start, three across a particle or before a
    'name_suffixes' word."""
    wanted, taken = 2, 0
    for i in range(len(names) - 1, -1, -1):
        word = names[i]
        if word in lex.name_connectors:
            wanted = 3
            continue
        if word in lex.name_suffixes:
            wanted = 3
        taken += 1
        if taken == wanted:
            return i
    return None


def _known_suffix(name: str | None, lex: Lexicon) -> str | None:
    """'TV CNN' → 'CNN' where a trailing part of the name is in the gazetteer."""
    words = (name or "").split()
    for i in range(len(words)):
        entry = lex.gazetteer.get(" ".join(words[i:]).lower())
        if entry:
            return entry.canonical
    return name


def proper_name(source: str, text: str, lex: Lexicon, pos: int | None = None) -> str | None:
    """'secretário do Samu, José Zanardi' → 'José Zanardi'; 'consultoria Economática' →
    'Economática'; 'Zanardi' → the full name used earlier in the text; None if all lowercase."""
    if ", " in source:
        source = source.rsplit(", ", 1)[1]
    if source[:1].isupper():
        if " " not in source and text:
            return full_name(source, text, lex, pos)
        return source
    m = TRAILING_NAME.search(source)
    if m is None:
        return None
    last = m.group().split()[-1]
    genitive = lex.name_genitive.search(source, 0, m.start())
    if genitive and not ACRONYM.fullmatch(last):
        head = source[: genitive.start()].split()
        if not head or head[-1].lower() not in lex.name_owners:
            return None  # 'polícia de Wiesbaden' is the police, not the city
    return m.group()


@lru_cache(maxsize=4)
def name_runs(text: str, lead_words: re.Pattern[str]) -> list[tuple[int, str]]:
    """Every run of two or more capitalised words ('José Márcio Zanardi'), with its offset
    (``lead_words``: the lexicon's, hashable where the lexicon is not)."""
    return [(m.start(), _without_lead(m.group(), lead_words)) for m in NAME_RUN.finditer(text)]


def full_name(word: str, text: str, lex: Lexicon, pos: int | None = None) -> str | None:
    """A one-word source: the 'First ... word' name used last before ``pos`` (else the longest
    in the text), or the word itself when it is a proper noun or an acronym (a common noun
    capitalised at a sentence start gives None)."""
    if ACRONYM.fullmatch(word):
        return word
    # with an article the word names a body ('a Odebrecht', 'o Sebrae'), not a person
    article = pos is not None and lex.body_article.search(text, max(0, pos - 6), pos)
    names = [
        (at, name)
        for at, name in name_runs(text, lex.lead_words)
        if " " in name and word in name.split() and _long_form(word, name, bool(article), lex)
    ]
    if names:
        before = [n for n in names if pos is not None and n[0] < pos]
        return before[-1][1] if before else max((n[1] for n in names), key=len)
    return None if lemma_of(word.lower()) != word.lower() else word


def _long_form(word: str, name: str, article: bool, lex: Lexicon) -> bool:
    """Whether a run of names is the full form of a one-word source: one that starts with it
    ('Receita' → 'Receita Federal', 'Guido' → 'Guido Mantega'), or one that ends with it: a
    person's name where the word is a bare surname ('Mantega' → 'Guido Mantega', 'Moraes' →
    'Alexandre de Moraes'), a body's where an article makes the word a body's ('a Federal' →
    'Polícia Federal'). Not a person for a body ('a Odebrecht' is no 'Emílio Odebrecht'), nor a
    body that the word's body owns ('o Sebrae' is no 'Regional Sul do Sebrae'), nor a body
    named after a person ('Lula' is no 'Instituto Lula')."""
    if name.startswith(word):
        return True
    if not name.endswith(word):
        return False
    words = name.split()
    kind = source_type(name, None, lex)
    if article:
        return words[-2] not in lex.name_connectors and kind not in (None, "person")
    return words[0].lower() not in lex.name_owners and kind in (None, "person")


def source_type(source: str, name: str | None, lex: Lexicon) -> str | None:
    entry = lex.gazetteer.get((name or source).lower())
    if entry:
        return entry.type
    for kind, rx in lex.type_words:
        if rx.search(source):
            return kind
    first = source.split()[0].lower() if source.split() else ""
    if first in lex.roles or PERSON.match(source):
        return "person"
    return None


def _without_lead(name: str, lead_words: re.Pattern[str]) -> str:
    """'No Paraná' → 'Paraná': a capitalised preposition or article is not part of a name."""
    return lead_words.sub("", name)


_NAMES = rf"{_NAME}(?:\s+(?:d[aeo]s?\s+)?(?:{_NAME}|[A-Z]{{2,10}}))*"
NAMES = re.compile(_NAMES)
"""Capitalised words linked by 'de/da/do/dos/das' ('Luiz Inácio Lula da Silva', 'Arthur Maia')."""
_LOWER_WORD = r"[a-záéíóúâêôãõç-]+"
COREF_WINDOW = 6000


# after the description, its complement and a comma ('governador de Minas Gerais, Fernando
# Pimentel'), or up to two words and no comma ('O artista plástico Jorge Rivasplata'); a name right
# after a preposition is the complement, not the person ('procuradora-geral da República')
_COMPLEMENT_WORD = rf"(?:{_LOWER_WORD}|{_NAME}|[A-Z]{{2,10}})"
_COMPLEMENT = rf"(?:\s+(?:d[aeo]s?|em|n[ao]s?)(?:\s+{_COMPLEMENT_WORD}){{1,5}}?)?"
_NOT_AFTER_PREPOSITION = r"(?<!\sd[aeo])(?<!\sd[ao]s)(?<!\sn[ao])(?<!\sn[ao]s)(?<!\sem)"
APPOSED_AFTER = re.compile(
    rf"{_COMPLEMENT},\s+(?P<name>{_NAMES})"
    rf"|(?:\s+{_LOWER_WORD}){{0,2}}?{_NOT_AFTER_PREPOSITION}\s+(?P<direct>{_NAMES})"
)
APPOSED_BEFORE = re.compile(rf"(?P<name>{_NAMES}),\s+(?:(?:o|a)\s+)?$")


def coreferent(source: str, pos: int, text: str, lex: Lexicon) -> str | None:
    """A source named by a common noun ('o artista', 'o ministro da Fazenda') takes the name it
    was given in apposition earlier in the text ('O artista plástico Jorge Rivasplata', 'O
    ministro da Fazenda, Henrique Meirelles', 'Henrique Meirelles, o ministro da Fazenda')."""
    words = source.split()
    if words and words[0].lower() in lex.determiners:
        words = words[1:]
    if not words or not words[0][:1].islower() or len(words) > 5:
        return None
    phrase = " ".join(words)
    lo = max(0, pos - COREF_WINDOW)
    at = text.rfind(phrase, lo, pos)
    while at >= 0:
        after = at + len(phrase)
        bounded = (at == 0 or not text[at - 1].isalnum()) and (
            after >= len(text) or not (text[after].isalnum() or text[after] == "-")
        )
        if bounded:
            m = APPOSED_AFTER.match(text, after) or APPOSED_BEFORE.search(
                text, max(0, at - 80), at
            )
            if m:
                name = _without_lead(m.group("name") or m.group("direct"), lex.lead_words)
                if name[:1].isupper():
                    return name
        at = text.rfind(phrase, lo, at)
    return described_body(words, pos, text, lex)


DESCRIBED_WINDOW = 3000
"""How far back a description ('o instituto') looks for the body it stands for."""
ACRONYM_NEXT = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,9})\s*\)")


def described_body(words: list[str], pos: int, text: str, lex: Lexicon) -> str | None:
    """A body referred back to by a description of its kind ('Segundo o instituto' after the
    Datafolha, 'de acordo com o mesmo instituto', 'informou hoje aquela força policial' after
    the GNR): the last name of that kind before it ('described_bodies' of sources.yaml), as its
    acronym, gazetteer entry or as written."""
    kind = lex.described_bodies.get(description(words, lex))
    if kind is None:
        return None
    names, defined = kind
    found = None
    for m in names.finditer(text, max(0, pos - DESCRIBED_WINDOW), pos):
        acronym = ACRONYM_NEXT.match(text, m.end())
        name = acronym.group(1) if acronym else m.group()
        entry = lex.gazetteer.get(name.lower())
        known = entry.canonical if entry else _known_suffix(name, lex)
        if defined and m.group("headed") and not acronym and known == name:
            continue  # 'Instituto Lula' is no research institute; 'Instituto Datafolha' is
        found = known
    return found


def description(words: list[str], lex: Lexicon) -> str:
    """A description as 'described_bodies' lists it: lower case, after determiners and
    'anaphors' ('aquela força policial', 'o mesmo instituto')."""
    while words and words[0].lower() in lex.anaphors | lex.determiners:
        words = words[1:]
    return " ".join(words).lower()
