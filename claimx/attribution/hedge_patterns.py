"""Hedge rules compiled: each rule's words and pattern as one regex read where a word starts, the
words that cancel it, and where it stops."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.attribution.word_patterns import WORD_START, alternation, trie_body
from claimx.rulebook.models import HedgeRule


@dataclass(frozen=True)
class Hedge:
    rule: str
    scope: str
    rx: re.Pattern[str]
    exceptions: frozenset[str]
    unless: re.Pattern[str] | None = None
    unless_sourced: bool = False
    unnamed: frozenset[str] = frozenset()
    verb: bool = False
    scenario_words: frozenset[str] = frozenset()
    stops: re.Pattern[str] | None = None
    charges: re.Pattern[str] | None = None


def hedge_body(rule: HedgeRule) -> str:
    r"""The hedge's alternatives, each to be read where a word starts (``(?<![\w-])``)."""
    parts = [f"(?i:{trie_body(rule.words)})"] if rule.words else []
    if rule.pattern:
        parts.append(rf"(?:{rule.pattern})(?![\w-])")
    return "|".join(parts) or r"(?!)"


def compiled_hedge(rule: HedgeRule) -> Hedge:
    return Hedge(
        rule=rule.id,
        scope=rule.scope,
        rx=re.compile(f"{WORD_START}(?:{hedge_body(rule)})"),
        exceptions=frozenset(w.lower() for w in rule.exceptions),
        unless=re.compile(rule.unless) if rule.unless else None,
        unless_sourced=rule.unless_sourced,
        unnamed=frozenset(w.lower() for w in rule.unnamed),
        verb=rule.verb,
        scenario_words=frozenset(w.lower() for w in rule.scenario_words),
        stops=_stops(rule.stops),
        charges=_charges(rule.charges),
    )


def _charges(words: list[str]) -> re.Pattern[str] | None:
    """Read in a figure or right after it: one of ``words`` after a space (the count of the
    charges themselves, 'dois crimes', 'sete vezes o crime')."""
    return re.compile(rf"(?<=\S)\s+(?i:{alternation(words)})(?![\w-])") if words else None


def _stops(words: list[str]) -> re.Pattern[str] | None:
    """Where a hedge stops: one of ``words``, ';', a dash (none where no words are given)."""
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])|[;—–]|\s-{{1,2}}\s")
