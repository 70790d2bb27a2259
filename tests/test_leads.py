"""A regex searched by its leading characters (claimx.text.leads) finds what the regex finds."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from claimx.rulebook.loader import cached_rulebook
from claimx.text.leads import LeadScan, WordRunScan, leading_class
from claimx.time.grammar import Grammar


@pytest.mark.parametrize(
    ("pattern", "leads"),
    [
        (r"\b(?:1[89]|20)\d\d\b", "[12]"),
        (r"(?<![\d,./])\d{1,2}/\d", r"[\d]"),
        (r"\bcaixa\s+$", "[c]"),
        (r"(\b(lei|art)\.?|§)\s*$", "[al§]"),
        (r"(?:n?os\s+)?pr[óo]ximos", "[nop]"),  # an optional part: its first and what follows
        (r"\s*-x", r"[\-\s]"),
        (r"(?>ab|c)+d", "[ac]"),
        (r"x?", None),  # a match may be empty
        (r"\b", None),
        (r"(?i:ab)", None),  # under IGNORECASE re does not skip by a class
        (r"[^a]b", None),  # nearly every character
        (r".b", None),
        (r"\Wb", None),
    ],
)
def test_leading_class(pattern: str, leads: str | None) -> None:
    assert leading_class(re.compile(pattern)) == leads


def test_no_scan_for_ignorecase_or_a_backreference() -> None:
    assert leading_class(re.compile("ab", re.IGNORECASE)) is None
    # a group referred to cannot sit in the lookbehind of the scan: searched as it is
    scan = LeadScan(re.compile(r"(?P<s>[/.-])\d+(?P=s)"))
    assert scan.leads is None
    assert [m.span() for m in scan.finditer("1/2/3 4.5.6")] == [(1, 4), (7, 10)]


def _rule_regexes() -> list[re.Pattern[str]]:
    grammar = Grammar.from_rulebook(cached_rulebook(()))
    scans = [f.folded for f in grammar.forms] + [f.folded_requires for f in grammar.forms]
    scans += [grammar.boundary_lower, grammar.embedded_lower]
    regexes = [s.regex for s in scans if s is not None]
    assert len(regexes) >= 20
    return regexes


PIECES = [
    *"aeiouçé 0123456789(),.-/:\n",
    " de ", " em ", "abril ", "2019", ", que ", " quando ", "; ", " em relação a ", ", e ",
    "1998", "12/08", " dia ", " dias ", "há ", "ano ",
    "primeiro trimestre", "sexta-feira", "sábado", "próximos ", "entre ", " e ", "mesmo período",
    "neste ", "ontem", "hoje", "de 2020", "segunda", "mil", " anos", "semana passada",
]


@pytest.mark.parametrize("seed", range(4))
def test_the_scan_finds_what_the_regex_finds(seed: int) -> None:
    rng = random.Random(seed)
    regexes = [*_rule_regexes(), re.compile(r"\b(?:de|em)\s+\d+"), re.compile(r"[ae]\w*o\b")]
    scans = [LeadScan(rx) for rx in regexes]
    assert sum(s.leads is not None for s in scans) >= 15
    for _ in range(400):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))).lower()
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        for scan, rx in zip(scans, regexes, strict=True):
            expected = [m.span() for m in rx.finditer(text, pos, end)]
            assert [m.span() for m in scan.finditer(text, pos, end)] == expected, rx.pattern
            first = rx.search(text, pos, end)
            found = scan.search(text, pos, end)
            assert (found and found.span()) == (first and first.span())
            assert scan.found(text, pos, end) == (first is not None)


WORD_RUN_PIECES = [
    *PIECES, "divulgada ", "feita ", "publicado ", "a pesquisa", "o levantamento", "Ibope",
    "pelo ", "(", ")", "-", "ex-ministro ", "realizada", "mortos ", "foram",
]


@pytest.mark.parametrize("seed", range(4))
def test_the_word_run_scan_finds_what_the_regex_finds(seed: int) -> None:
    rng = random.Random(seed)
    grammar = Grammar.from_rulebook(cached_rulebook(()))
    scans = [grammar.attributive, grammar.frame_participle]
    scans = [s for s in scans if s is not None] + [WordRunScan(re.compile(r"(?P<w>[\w-]+)o\s+$"))]
    assert len(scans) == 3 and all(s._at_run_start is not None for s in scans)
    matched = 0
    for _ in range(200):
        text = "".join(rng.choice(WORD_RUN_PIECES) for _ in range(rng.randint(0, 20)))
        # the rules' patterns end in a space at the search's end: every such end is tried
        ends = [e for e in range(len(text) + 1) if text[e - 1 : e].isspace()] + [len(text)]
        for end, scan in itertools.product(ends, scans):
            pos = rng.randint(0, end)
            expected = scan.regex.search(text, pos, end)
            found = scan.search(text, pos, end)
            matched += expected is not None
            assert (found and (found.span(), found.groupdict())) == (
                expected and (expected.span(), expected.groupdict())
            ), scan.regex.pattern
    assert matched >= 100


@pytest.mark.parametrize("pattern", [r"\w+o", r"(?P<w>[\w-]*)o", r"[\w-]+?o", r"a[\w-]+"])
def test_a_pattern_of_another_shape_is_searched_as_it_is(pattern: str) -> None:
    scan = WordRunScan(re.compile(pattern))
    assert scan._at_run_start is None
    assert scan.search("xx ab-co yo").span() == re.search(pattern, "xx ab-co yo").span()
