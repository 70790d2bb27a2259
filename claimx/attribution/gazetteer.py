"""Canonical names and types of sources: in-article acronym definitions, then the gazetteer."""

from __future__ import annotations

import re

from claimx.attribution.actors import lemma_of
from claimx.attribution.lexicon import Lexicon

ACRONYM_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z]{1,9})\s*\)")
ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,10})\s+\(([A-ZÁÉÍÓÚ][^()\n]{5,120})\)")
NAME_WORD = re.compile(r"(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w'’-]*|de|do|da|dos|das|e|para|a)\s*$")
CONNECTORS = {"de", "do", "da", "dos", "das", "e", "para", "a"}
LEADING_DET = re.compile(r"^(?:o|a|os|as)\s+", re.IGNORECASE)
_NAME = r"[A-ZÁÉÍÓÚ][a-záéíóúâêôãõç]+"
ACRONYM_LEADING = re.compile(r"([A-Z]{2,10})\s+\(")
TRAILING_NAME = re.compile(
    r"(?<![\w-])[A-ZÁÉÍÓÚ][\w/&.-]*(?:\s+(?:d[aeo]s?\s+)?[A-ZÁÉÍÓÚ][\w/&.-]*)*$"
)
ACRONYM = re.compile(r"[A-Z]{2,10}")
GENITIVE_BEFORE = re.compile(r"(?<![\w-])(?:de|do|da|dos|das)\s+$")
LEAD_WORD = re.compile(
    r"^(?:(?:No|Na|Nos|Nas|Para|Em|O|A|Os|As|Do|Da|Segundo|Conforme|Com|Por|Pelo|Pela|Ao)\s+)+"
)
PERSON = re.compile(rf"^{_NAME}(?:\s+(?:d[aeo]s?\s+)?{_NAME})+$")


def acronyms(text: str) -> dict[str, str]:
    """Long names and acronyms defined in the article, lowercased, each mapped to the acronym."""
    found: dict[str, str] = {}
    for m in ACRONYM_AFTER.finditer(text):
        long = _name_before(text, m.start())
        if long:
            found.setdefault(long.lower(), m.group(1))
            found.setdefault(m.group(1).lower(), m.group(1))
    for m in ACRONYM_BEFORE.finditer(text):
        found.setdefault(LEADING_DET.sub("", m.group(2)).lower(), m.group(1))
        found.setdefault(m.group(1).lower(), m.group(1))
    return found


def _name_before(text: str, end: int) -> str | None:
    """The run of capitalised words (with 'de', 'da' ...) that ends at ``end``."""
    words: list[str] = []
    pos = end
    for _ in range(12):
        m = NAME_WORD.search(text, max(0, pos - 40), pos)
        if not m:
            break
        words.insert(0, m.group().strip())
        pos = m.start()
    while words and words[0] in CONNECTORS:
        words.pop(0)
    if len(words) < 2 and not (words and len(words[0]) > 3):
        return None
    return " ".join(words)


def canonical(source: str, defined: dict[str, str], lex: Lexicon, text: str = "") -> str | None:
    """The short name of a source: acronym, gazetteer entry, else the proper name it holds."""
    m = ACRONYM_AFTER.search(source) or ACRONYM_LEADING.match(source)
    name = m.group(1) if m else defined.get(LEADING_DET.sub("", source).lower())
    if name is None:
        entry = lex.gazetteer.get(source.lower())
        return entry.canonical if entry else _known_suffix(proper_name(source, text), lex)
    entry = lex.gazetteer.get(name.lower())
    return entry.canonical if entry else name


def _known_suffix(name: str | None, lex: Lexicon) -> str | None:
    """'TV CNN' → 'CNN' where a trailing part of the name is in the gazetteer."""
    words = (name or "").split()
    for i in range(len(words)):
        entry = lex.gazetteer.get(" ".join(words[i:]).lower())
        if entry:
            return entry.canonical
    return name


def proper_name(source: str, text: str) -> str | None:
    """'secretário do Samu, José Zanardi' → 'José Zanardi'; 'consultoria Economática' →
    'Economática'; 'Zanardi' → the full name used earlier in the text; None if all lowercase."""
    if ", " in source:
        source = source.rsplit(", ", 1)[1]
    if source[:1].isupper():
        if " " not in source and text:
            return full_name(source, text)
        return source
    m = TRAILING_NAME.search(source)
    if m is None:
        return None
    last = m.group().split()[-1]
    if GENITIVE_BEFORE.search(source, 0, m.start()) and not ACRONYM.fullmatch(last):
        return None  # 'polícia de Wiesbaden' is the police, not the city
    return m.group()


def full_name(word: str, text: str) -> str | None:
    """A one-word source: the longest 'First ... word' name in the text, or the word itself
    when it is a proper noun (a common noun capitalised at a sentence start gives None)."""
    word_rx = re.escape(word)
    names = re.findall(
        rf"(?:{_NAME}\s+(?:d[aeo]s?\s+)?)+{word_rx}(?![\w-])"
        rf"|(?<![\w-]){word_rx}(?:\s+(?:d[aeo]s?\s+)?{_NAME})+",
        text,
    )
    names = [_without_lead(n) for n in names]
    if any(" " in n for n in names):
        return max(names, key=len)
    return None if lemma_of(word.lower()) != word.lower() else word


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


def _without_lead(name: str) -> str:
    """'No Paraná' → 'Paraná': a capitalised preposition or article is not part of a name."""
    return LEAD_WORD.sub("", name)
