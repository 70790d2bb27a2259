"""Search a regex only where its matches can start: at the characters that lead them.

``re`` looks for a pattern that opens with a literal or a character class by skipping, in C, to
the next character that can begin a match; a pattern that opens with ``\\b`` or a lookbehind (as
rule regexes do) is instead tried whole at every character. :class:`LeadScan` reads which
characters can begin a match of a case-sensitive regex from ``re``'s own parse, and searches
``[leads](?<=(?=PATTERN).)``: a class first, so ``re`` skips to the leading characters, and there
the pattern itself, in a lookahead. It finds what the regex finds, match for match.

The parse is ``re``'s internal module (stable since Python 3.11, and what ``re.compile`` itself
runs); a pattern it cannot read, or whose lead it cannot tell, is searched as it is.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

from claimx.text.casefold import folded

try:
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - a Python whose re is laid out otherwise
    sre = sre_parse = None  # type: ignore[assignment]

Item = tuple[object, object]


class _Unknown(Exception):
    """A part of a pattern whose first characters are not told (any character, a backreference,
    a negated class...)."""


class LeadScan:
    """``search`` and ``finditer`` of ``regex`` (same matches), fast where its leading characters
    can be told."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.leads = leading_class(regex)
        self._scan: re.Pattern[str] | None = None
        if self.leads is not None and not _opens_with_a_character(regex):
            try:
                self._scan = re.compile(f"{self.leads}(?<=(?={regex.pattern}).)", regex.flags)
            except re.error:  # e.g. a backreference, which a lookbehind may not hold
                self.leads = None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._scan is None:
            return self.regex.search(text, pos, endpos)
        lead = self._scan.search(text, pos, endpos)
        return None if lead is None else self.regex.match(text, lead.start(), endpos)

    def found(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``search`` finds a match (without making it)."""
        return self.finder(text, pos, endpos) is not None

    @property
    def finder(self) -> Callable[..., re.Match[str] | None]:
        """The fastest search that is None exactly where ``search`` finds nothing (what
        ``found`` asks), for callers that call it many times over."""
        return (self._scan or self.regex).search

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._scan is None:
            yield from self.regex.finditer(text, pos, endpos)
            return
        while (match := self.search(text, pos, endpos)) is not None:
            yield match
            pos = match.end()  # never empty: a match with leading characters has one


class WordRunScan:
    r"""``search`` of a regex that opens with a run of word characters (``[\w-]+``, as the time
    rules' blocks read the word before a participle), finding what the regex finds without
    trying it inside words. ``re`` tries such a pattern at every character, each time running
    the greedy run to the word's end and back. A match that starts inside a run also starts at
    the run's first character (the run can cover the same characters, and nothing after it
    depends on where it started), which is further left: so the leftmost match starts at the
    search's first position or at a character no run character precedes, the only positions
    tried. A pattern of another shape is searched as it is."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._at_run_start: re.Pattern[str] | None = None
        if _opens_with_word_run(regex):
            self._at_run_start = re.compile(rf"(?<![\w-])(?:{regex.pattern})", regex.flags)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._at_run_start is None:
            return self.regex.search(text, pos, endpos)
        found = self.regex.match(text, pos, endpos)
        if found is None and pos < endpos:
            found = self._at_run_start.search(text, pos + 1, endpos)
        return found


def _opens_with_word_run(regex: re.Pattern[str]) -> bool:
    r"""Whether the pattern's first item (or its first group's) is ``[\w-]+`` (greedy)."""
    if sre_parse is None or not isinstance(regex.pattern, str):
        return False
    try:
        items = sre_parse.parse(regex.pattern, regex.flags)
    except re.error:
        return False
    while items.data and items.data[0][0] is sre.SUBPATTERN:
        items = items.data[0][1][3]
    if not items.data or items.data[0][0] is not sre.MAX_REPEAT:
        return False
    least, _most, item = items.data[0][1]
    word_run = [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD), (sre.LITERAL, ord("-"))])]
    return least >= 1 and list(item) == word_run


def leading_class(regex: re.Pattern[str]) -> str | None:
    """A character class of the characters that every match of a case-sensitive ``regex``
    starts with; None where that cannot be told (also for IGNORECASE, under which ``re`` would
    not skip by the class)."""
    if sre_parse is None or regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return None
    try:
        chars, may_be_empty = _first(sre_parse.parse(regex.pattern, regex.flags))
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    if may_be_empty or not chars:
        return None
    return "[" + "".join(sorted(chars)) + "]"


def folded_scan(regex: re.Pattern[str] | None) -> LeadScan | None:
    """A case-insensitive ``regex`` compiled for lowercase text
    (:func:`~claimx.text.casefold.folded`) and searched by its leading characters; None where it
    does not fold."""
    lower_regex = folded(regex)
    return None if lower_regex is None else LeadScan(lower_regex)


def _opens_with_a_character(regex: re.Pattern[str]) -> bool:
    """Whether the pattern starts with a literal or a class: ``re`` skips by it itself."""
    items = sre_parse.parse(regex.pattern, regex.flags)
    return bool(items.data) and items.data[0][0] in (sre.LITERAL, sre.IN)


def _first(items: object) -> tuple[set[str], bool]:
    """The leading characters of a sequence of parsed items (as class members), and whether it
    can match the empty string."""
    chars: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        first, may_be_empty = _first_of(op, av)
        chars |= first
        if not may_be_empty:
            return chars, False
    return chars, True


_CATEGORIES = (
    {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"} if sre else {}
)


def _first_of(op: object, av: object) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {re.escape(chr(av))}, False  # type: ignore[arg-type]
    if op is sre.IN:
        return _class_members(av), False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero-width: the next item leads
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = av  # type: ignore[misc]
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _first(items)
    if op is sre.ATOMIC_GROUP:
        return _first(av)
    if op is sre.BRANCH:
        chars, may_be_empty = set(), False
        for alternative in av[1]:  # type: ignore[index]
            first, empty = _first(alternative)
            chars |= first
            may_be_empty |= empty
        return chars, may_be_empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _most, item = av  # type: ignore[misc]
        first, may_be_empty = _first(item)
        return first, may_be_empty or least == 0
    raise _Unknown


def _class_members(members: object) -> set[str]:
    out = set()
    for op, av in members:  # type: ignore[attr-defined]
        if op is sre.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # a negated class or category: nearly every character
            raise _Unknown
    return out
