"""Sentence bounds found in windows agree with a scan of the whole text."""

from __future__ import annotations

from bisect import bisect_right

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.text import sentences
from claimx.text.sentences import _BOUNDARY, Sentences


def whole_text_bounds(text: str, pos: int) -> tuple[int, int]:
    starts, ends = [0], []
    for match in _BOUNDARY.finditer(text):
        ends.append(match.start() if match.group("quote") is None else match.end("quote"))
        starts.append(match.end())
    ends.append(len(text))
    k = max(0, bisect_right(starts, pos) - 1)
    begin, end = starts[k], ends[k]
    chunk = text[begin:end]
    begin += len(chunk) - len(chunk.lstrip())
    end -= len(chunk) - len(chunk.rstrip())
    return begin, max(end, begin)


PIECES = st.sampled_from(
    ["Foram 300 mortos", ". ", "! ", "\n", "  ", "”", "A", "e", "1.500", " ", "•"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join), st.data())
def test_windowed_bounds_equal_whole_text_bounds(text: str, data: st.DataObject) -> None:
    if not text:
        return
    pos = data.draw(st.integers(0, len(text) - 1))
    if text[pos].isspace():
        return
    old = sentences.WINDOW
    sentences.WINDOW = 3  # tiny windows: every edge case of the growing window is exercised
    try:
        assert Sentences(text).around(pos) == whole_text_bounds(text, pos)
    finally:
        sentences.WINDOW = old


@pytest.mark.parametrize(
    ("text", "pos", "sentence"),
    [
        ('Ele disse: "Foram 300." Depois saiu.', 18, 'Ele disse: "Foram 300."'),
        ("Nova linha.\n  • Mais de 9 milhões de munições\n", 20, "• Mais de 9 milhões de munições"),
        ("O PIB cresceu 1.500 vezes. Fim.", 14, "O PIB cresceu 1.500 vezes."),
    ],
)
def test_sentence_examples(text: str, pos: int, sentence: str) -> None:
    begin, end = Sentences(text).around(pos)
    assert text[begin:end] == sentence


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join), st.data())
def test_bounds_asked_in_order_of_one_text_equal_whole_text_bounds(
    text: str, data: st.DataObject
) -> None:
    """Positions asked in order reuse the last sentence where they fall in it."""
    if not text:
        return
    positions = sorted(data.draw(st.lists(st.integers(0, len(text) - 1), max_size=8)))
    old = sentences.WINDOW
    sentences.WINDOW = data.draw(st.sampled_from([3, 512]))  # scanning on, or a new window
    try:
        found = Sentences(text)
        for pos in positions:
            if not text[pos].isspace():
                assert found.around(pos) == whole_text_bounds(text, pos), pos
    finally:
        sentences.WINDOW = old
