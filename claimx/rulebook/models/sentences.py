"""Where a sentence does not end."""

from __future__ import annotations

from pydantic import Field

from claimx.rulebook.models.base import Rule


class SentenceRule(Rule):
    """Where a sentence does not end (``sentences.yaml``)."""

    abbreviations: list[str] = Field(default_factory=list)
    """Words written with a stop that a capital may follow inside a sentence ('o Dr. Silva',
    'Av. Paulista'); an initial ('João S. Silva') ends no sentence either."""
