"""Folded regexes (claimx.text.casefold) find what their case-insensitive originals find."""

from __future__ import annotations

import random
import re

import pytest

from claimx.quantity.filters import Filters
from claimx.rulebook.loader import cached_rulebook
from claimx.rulebook.models import FilterRule
from claimx.text.casefold import case_free, folded, lowercase


@pytest.mark.parametrize(
    ("pattern", "flags", "folds"),
    [
        (r"\blei\s*$", re.IGNORECASE, True),
        (r"(?i)\b(lei|artigo)\.?\s*$", 0, True),
        (r"\bdias?\s+\d", re.IGNORECASE, True),
        (r"\blei\b", 0, False),  # case-sensitive: nothing to fold
        (r"\bLei\b", re.IGNORECASE, False),  # an uppercase letter
        (r"\b(?i:lei)\s+\d", 0, False),  # a scoped flag
        (r"(?-i:lei)", re.IGNORECASE, False),
        (r"(?P<n>\S+)\s(?:(?=x)|(?!y))", re.IGNORECASE, True),  # escapes and groups are not letters
    ],
)
def test_what_folds(pattern: str, flags: int, folds: bool) -> None:
    result = folded(re.compile(pattern, flags))
    assert (result is not None) == folds
    if result is not None:
        assert not result.flags & re.IGNORECASE


def test_case_free_and_lowercase() -> None:
    assert case_free("Às 10h, o Ministério — “Ç” — disse") and lowercase("ÀS") == "às"
    assert not case_free("Neſta") and lowercase("Neſta") is None  # 'ſ' matches 's' under (?i)
    assert not case_free("5 \u212a")  # the Kelvin sign matches 'k'


def test_filter_contexts_search_the_same_folded() -> None:
    filters = Filters(cached_rulebook(()).rules(FilterRule)).filters
    contexts = [c for f in filters for c in (f.before, f.after) if c is not None]
    assert any(c.folded is not None for c in contexts)
    pieces = [
        *"aAeÉçÇ 0123(),.-/\n",
        " Lei ", "LEIS", "art.", "Nº ", "Dia ", "dias ", "Terça-feira, ", "SÁBADO", " de ",
        "Julho", "às ", "Décadas de ", " anos", "entre ", "OS ", "nota de ", "§ ", "x ", "–",
    ]
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        lower = lowercase(text)
        for context in contexts:
            assert context.search(text, lower) == bool(context.regex.search(text)), (
                context.regex.pattern,
                text,
            )


def test_first_veto_is_the_first_filter_whose_parts_all_match() -> None:
    """``first_veto`` runs the contexts' searches itself (and remembers what a number leaves
    open): it names the filter that ``matches_written`` and ``matches_context`` name first."""
    filters = Filters(cached_rulebook(()).rules(FilterRule))
    numbers = ["2017", "1999", "12", "3", "dois", "zero", "um", "40", "1.500", "15h30", "7"]
    pieces = [
        "em ", "de ", "dia ", "Lei ", "nº ", "às ", "anos ", "(", ")", " de março", " anos",
        " a 2", "'", "º", " e ", ", ", "x ", "A ", "Capítulo ", "rua X, ", "\n", "/SP", " ",
    ]
    rng = random.Random(7)
    for _ in range(3000):
        number = rng.choice(numbers)
        quantity = rng.choice([number, f"R$ {number}", f"{number}%", f"mais de {number}"])
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        after = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        lowered = (lowercase(before), lowercase(after))
        texts = ((before, lowered[0]), (after, lowered[1]))
        expected = next(
            (
                f.id
                for f in filters.filters
                if f.matches_written(number, quantity) and f.matches_context(*texts)
            ),
            None,
        )
        given = None if None in lowered else lowered
        assert filters.first_veto(number, quantity, before, after, given) == expected
        assert filters.first_veto(number, quantity, before, after) == expected
