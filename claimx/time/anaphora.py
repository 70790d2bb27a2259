"""Times said relative to another time of the text, not to the publication (``no ano anterior``,
``no dia seguinte``, block ``anaphoric``): they resolve against the nearest time written before
them (``em 2017 foram 1,095 bilhão ..., no ano anterior foram 1,107 bilhão`` → 2016), else,
where the text gives none, against the publication date as before.
"""

from __future__ import annotations

from claimx.time.finder import TimeFinder, TimeMention
from claimx.time.resolve import Base

WINDOW = 400
"""How far before the expression (in characters) its anchor may be written."""


def anchored_base(
    finder: TimeFinder, text: str, time: TimeMention, base: Base | None
) -> Base | None:
    """The base ``time`` resolves against: the value of the last time before it that resolves
    (the end of a period for what follows it, the start for what precedes it), else ``base``."""
    anaphoric = finder.grammar.anaphoric
    if anaphoric is None or not anaphoric.search(time.text):
        return base
    start = max(0, time.start - WINDOW)
    start = text.find(" ", start) + 1 if start else 0  # from a word's start
    earlier = [t for t in finder.find(text, start, time.start) if t.end <= time.start]
    for anchor in reversed(earlier):
        if anaphoric.search(anchor.text):
            continue
        value = anchor.value(base)
        if value is not None:
            first, _, last = value.partition("/")
            ahead = finder.grammar.anaphoric_ahead
            after = ahead is not None and ahead.search(time.text) is not None
            return Base.parse(last if after and last else first)
    return base
