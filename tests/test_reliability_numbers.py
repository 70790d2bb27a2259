"""Issue 16, defects 1 and 5: separate figures are never read as one, values stay finite, and a
sentence of thousands of figures costs time and output in proportion to it."""

from __future__ import annotations

import math

import pytest

from claimx.numbers.parsing import parse_number
from claimx.schema import SENTENCE_TEXT_LIMIT


def values(extractor, text: str) -> list[float | None]:
    return [c.quantity.value for c in extractor.extract(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resultado:\n\n312\n\n455\n\n128", [312, 455, 128]),  # a column of figures
        ("Resultado:\n312\n455", [312, 455]),
        ("Foram 312  455 votos.", [312, 455]),  # two spaces: two figures
    ],
)
def test_figures_on_separate_lines_or_far_apart_are_separate(extractor, text, expected) -> None:
    assert values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foram 1 234 567 pessoas.", 1234567),
        ("Foram 40 000 pessoas.", 40000),
        ("Foram 1\u00a0234 pessoas.", 1234),  # a no-break space groups thousands too
        ("Foram 1\u202f234\u202f567 pessoas.", 1234567),  # and a narrow one
        ("Foram 12 345 678 901 234 pessoas.", 12345678901234),  # five groups: the most
    ],
)
def test_thousands_grouped_by_one_space_on_one_line_still_join(extractor, text, expected) -> None:
    assert values(extractor, text) == [expected]


@pytest.mark.parametrize("groups", [6, 60, 105])
def test_a_long_run_of_three_digit_groups_is_a_list_not_one_huge_number(
    extractor, groups
) -> None:
    text = "Foram " + " ".join(["123"] * groups) + " votos."
    found = values(extractor, text)
    assert found and all(v == 123 for v in found)


def test_counting_to_500_is_read_and_every_value_is_finite(extractor) -> None:
    text = "Contagem: " + " ".join(str(i) for i in range(1, 501)) + "."
    found = values(extractor, text)
    assert found and all(v is not None and math.isfinite(v) and v <= 500 for v in found)


@pytest.mark.parametrize("text", ["9" * 400, "9" * 400 + " mil", "1" + "0" * 320 + " bilhões"])
def test_parse_number_refuses_what_no_float_holds(text) -> None:
    assert parse_number(text) is None


def test_an_enormous_figure_with_a_unit_is_refused_not_infinite(extractor) -> None:
    text = "Custou R$ " + "9" * 305 + " bilhões de reais."
    for claim in extractor.extract(text).claims:
        assert all(
            v is None or math.isfinite(v)
            for v in (claim.quantity.value, claim.quantity.low, claim.quantity.high)
        )


def test_a_claim_repeats_at_most_the_bound_of_its_sentence_and_spans_all_of_it(
    extractor,
) -> None:
    text = "Os números foram " + ", ".join(str(100 + i % 800) for i in range(2000)) + "."
    article = extractor.extract(text)
    assert len(article.claims) == 2000
    for claim in article.claims[:: 97]:
        start, end = claim.sentence.span
        assert (start, end) == (0, len(text))
        assert len(claim.sentence.text) == SENTENCE_TEXT_LIMIT
        assert text[start : start + len(claim.sentence.text)] == claim.sentence.text
    assert len(article.model_dump_json()) < 2_000 * (SENTENCE_TEXT_LIMIT + 1_000)


def test_a_short_sentence_is_repeated_whole(extractor) -> None:
    text = "Foram 14 mil soldados."
    claim = extractor.extract(text).claims[0]
    assert claim.sentence.text == text


def test_a_number_reading_looks_at_a_bounded_number_of_words() -> None:
    """Linear time: each reading stops after MAX_NUMBER_WORDS words, however long the list
    (before, each number of a list read the whole rest of it)."""
    from claimx.numbers.reader import MAX_NUMBER_WORDS, NumberReader
    from claimx.rulebook.loader import cached_rulebook

    reader = NumberReader(cached_rulebook())
    words = [w for i in range(5000) for w in (str(100 + i % 800), ",")]
    seen, _ = reader._view(words, 0)
    assert len(seen) == MAX_NUMBER_WORDS
    assert reader.read(words, 0).value == 100


@pytest.mark.parametrize(
    "words",
    [
        ["2017", ",", "o"],
        ["30", ",", "5", "%"],
        ["1.500", ",", "e", "mais"],
        ["14", ",", "mil"],
        ["2", ",", "dois"],
        ["1/3", ",", "x"],
        ["007", ","],
        ["13,5", ",", "de"],
        ["-3", ",", "a"],
        ["14mil", ",", "a"],
    ],
)
def test_digits_before_a_comma_are_read_as_the_full_reading_reads_them(words, monkeypatch) -> None:
    """The shortcut for digits followed by a comma gives what the full reading gives."""
    from claimx.numbers.reader import NumberReader
    from claimx.rulebook.loader import cached_rulebook

    reader = NumberReader(cached_rulebook())
    shortcut = reader.read(words, 0)
    monkeypatch.setattr(reader, "_alone", lambda words, start: None)
    assert reader.read(words, 0) == shortcut
