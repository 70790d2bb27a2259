"""Case-insensitive regexes, run fast: compiled case-sensitively and searched in lowercase text.

Under IGNORECASE the ``re`` engine loses its literal checks, so an alternation of words is
tried whole at every character (three times slower on our rule regexes). On the lowercase of
a text whose characters lowercase one to one (:func:`case_free`), a pattern written in lower
case finds the same spans without the flag.
"""

from __future__ import annotations

import re

_NOT_LATIN1 = re.compile("[^\x00-\xff]")
_ESCAPES_AND_NAMES = re.compile(r"\\.|\(\?P[<=]\w+")
_GLOBAL_IGNORECASE = "(?i)"
_INLINE_FLAGS = re.compile(r"\(\?(?:[aiLmsux]+(?:-[imsx]+)?|-[imsx]+)[:)]")


def folded(regex: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """The case-insensitive ``regex`` compiled case-sensitively: on the lowercase of a
    :func:`case_free` text it finds the same spans. None if ``regex`` is not case-insensitive,
    or has an uppercase letter (outside escapes such as ``\\S`` and group names) or inline
    flags other than a leading ``(?i)``."""
    if regex is None or not regex.flags & re.IGNORECASE:
        return None
    pattern = regex.pattern.removeprefix(_GLOBAL_IGNORECASE)
    letters = _ESCAPES_AND_NAMES.sub("", pattern)
    if letters != letters.lower() or _INLINE_FLAGS.search(letters):
        return None
    return re.compile(pattern, regex.flags & ~re.IGNORECASE)


def case_free(text: str) -> bool:
    """Whether ``text.lower()`` may stand for ``text`` under IGNORECASE: every character is
    Latin-1 (whose lowercase is one Latin-1 character) or has no case at all. Characters such as
    'ſ' or the Kelvin sign, which IGNORECASE matches to 's' and 'k', are neither."""
    try:
        text.encode("latin-1")
        return True
    except UnicodeEncodeError:
        rest = set(_NOT_LATIN1.findall(text))
    return all(c.lower() == c == c.upper() == c.casefold() for c in rest)


def lowercase(text: str) -> str | None:
    """``text.lower()`` where it may stand for ``text`` (:func:`case_free`), else None."""
    return text.lower() if case_free(text) else None


DOCUMENTS_KEPT = 256
"""More than a batch of Docs: each component asks for the lowercase of every Doc of a batch."""
_documents: dict[int, tuple[str, str | None]] = {}


def document_lowercase(text: str) -> str | None:
    """:func:`lowercase`, kept for the texts asked for lately: the components of a pipeline
    ask for the same documents' in turn. Keyed by identity (the entry holds the text, so its
    id is not reused while it is kept)."""
    kept = _documents.get(id(text))
    if kept is None or kept[0] is not text:
        if len(_documents) >= DOCUMENTS_KEPT:
            del _documents[next(iter(_documents))]  # the oldest
        kept = _documents[id(text)] = (text, lowercase(text))
    return kept[1]
