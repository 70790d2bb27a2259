"""Rule regexes are checked when a rule file loads: each compiles, and none can take
exponential time.

A user rule such as ``(\\w+\\s?)+$`` made a 62-character sentence take 14.5 s: an unbounded
repeat whose body can match the same text in many ways (it holds another unbounded repeat, and
nothing else of the body is required) makes Python's backtracking ``re`` try every way. Such
patterns are refused at load, naming the rule; ``(?:\\w+\\s+)*`` (a required separator that the
inner repeat cannot match) and bounded repeats (``(\\w+\\s?){1,5}``) are fine.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parser's own names for its node kinds
from re import _parser
from typing import Any

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)
CATASTROPHIC = (
    "catastrophic regex: an unbounded repeat of a part that itself repeats without bound "
    "and needs nothing else (such as '(\\w+\\s?)+') can take exponential time; bound the "
    "outer repeat ({1,10}) or require a separator the inner one cannot match ('(\\w+\\s+)*')"
)


def regex_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot be a rule regex, or None when it can."""
    try:
        parsed = _parser.parse(pattern)
    except re.error as exc:
        return f"invalid regex: {exc}"
    return CATASTROPHIC if _has_nested_unbounded(list(parsed), parsed.state) else None


def _has_nested_unbounded(items: list[Any], state: Any) -> bool:
    for op, av in items:
        if op in _REPEATS:
            _, high, body = av
            if high == sre.MAXREPEAT and _ambiguous(list(body), state):
                return True
            if _has_nested_unbounded(list(body), state):
                return True
        elif any(_has_nested_unbounded(list(sub), state) for sub in _children(op, av)):
            return True
    return False


def _children(op: Any, av: Any) -> list[Any]:
    """The sub-patterns of a group, an alternation, an assertion or an atomic group."""
    if op == sre.SUBPATTERN:
        return [av[-1]]
    if op == sre.BRANCH:
        return list(av[1])
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]
    if op == sre.ATOMIC_GROUP:
        return [av]
    return []


def _ambiguous(items: list[Any], state: Any) -> bool:
    """Whether a repeated body can match one stretch of text in many ways: it holds an
    unbounded repeat (at any depth of groups) and nothing else in it is required."""
    for i, (op, av) in enumerate(items):
        others = items[:i] + items[i + 1 :]
        if not all(_parser.SubPattern(state, [item]).getwidth()[0] == 0 for item in others):
            continue
        if op in _REPEATS and av[1] == sre.MAXREPEAT:
            return True
        if any(_ambiguous(list(sub), state) for sub in _children(op, av)):
            return True
    return False
