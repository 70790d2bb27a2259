"""Issue 16, 'keep it true': the public entry points on arbitrary input. Brief in ``make test``;
``make fuzz`` runs the same properties for minutes (CLAIMX_FUZZ_EXAMPLES).

Asserted everywhere: no exception but the documented ones, ``text[start:end] == claim.text``,
finite values, output size linear in the input.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.evaluate import EvaluationError, check_spans, evaluate, load_gold
from claimx.io.reader import InputError, InputRecord, read_inputs
from claimx.numbers.parsing import parse_number, parse_quantity
from claimx.schema import SENTENCE_TEXT_LIMIT, Article
from claimx.text.spaces import OTHER_SPACES

EXAMPLES = int(os.environ.get("CLAIMX_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PER_CLAIM_BYTES = 6 * SENTENCE_TEXT_LIMIT + 12_000
"""The most one claim may take in JSON: its sentence is cut at SENTENCE_TEXT_LIMIT characters
(6 bytes each at worst, escaped), its other parts are phrases around the figure."""

WORDS = st.sampled_from(
    ["mais de", "14", "mil", "R$", "1,5", "milhões", "de", "soldados", "cerca", "%", "entre",
     "e", "123", "456", "999", "(12)", "2027", "dois", "meio", "anos", ",", ".", "\n", "\n\n",
     "“", "segundo o IBGE", "teria", "9" * 40, "bilhões", "-", "1/3", "\r\n", "\ufeff"]
)
SPACES = st.sampled_from([" ", " ", " ", "  ", "\n", "\t", *OTHER_SPACES])
NUMBERISH = st.lists(st.tuples(WORDS, SPACES), max_size=60).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)
LISTS = st.tuples(st.integers(1, 2500), st.sampled_from([", ", " ", "\n", " e "])).map(
    lambda shape: "Foram " + shape[1].join(str(100 + i % 900) for i in range(shape[0])) + "."
)
TEXTS = st.one_of(st.text(max_size=300), NUMBERISH, LISTS)


def finite(*values: float | None) -> bool:
    return all(v is None or math.isfinite(v) for v in values)


@FUZZ
@given(TEXTS)
def test_extract_any_text(extractor, text: str) -> None:
    article = extractor.extract(text, doc_id="f")
    assert len(article.claims) <= len(text)
    for claim in article.claims:
        assert text[claim.span[0] : claim.span[1]] == claim.text
        q = claim.quantity
        assert finite(q.value, q.low, q.high)
        for part in (q, claim.item, claim.source, claim.time, claim.actor):
            if part is not None and part.span is not None:
                assert text[part.span[0] : part.span[1]] == part.text
        start = claim.sentence.span[0]
        assert text[start : start + len(claim.sentence.text)] == claim.sentence.text
        assert len(claim.model_dump_json()) <= PER_CLAIM_BYTES
    assert Article.model_validate_json(article.model_dump_json()) == article


@FUZZ
@given(st.one_of(st.text(max_size=80), NUMBERISH.map(lambda t: t[:80])))
def test_parse_number_and_parse_quantity(text: str) -> None:
    number = parse_number(text)
    assert number is None or finite(number)
    quantity = parse_quantity(text)
    if quantity is not None:
        assert finite(quantity.value, quantity.low, quantity.high)
        assert quantity.span is not None
        assert text[quantity.span[0] : quantity.span[1]] == quantity.text


JSON_LINE = st.fixed_dictionaries(
    {"text": st.one_of(st.text(max_size=60), NUMBERISH.map(lambda t: t[:60]))},
    optional={"id": st.one_of(st.text(max_size=300), st.integers()), "date": st.text(max_size=12)},
).map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8"))
LINES = st.one_of(
    JSON_LINE,
    st.binary(max_size=80),
    JSON_LINE.map(lambda b: b.replace("é".encode(), "é".encode("cp1252"))),
    st.text(max_size=40).map(lambda t: t.encode("cp1252", "replace")),
)


@FUZZ
@given(st.lists(LINES, max_size=8), st.sampled_from([".jsonl", ".txt", ".json"]))
def test_reader_on_any_bytes(tmp_path: Path, lines: list[bytes], suffix: str) -> None:
    path = tmp_path / f"in{suffix}"
    path.write_bytes(b"\n".join(lines))
    for item in read_inputs([path]):
        assert isinstance(item, InputRecord | InputError)
        if isinstance(item, InputRecord):
            assert isinstance(item.text, str) and isinstance(item.id, str)


VALID_GOLD = json.dumps(
    {"doc": "a", "span": [6, 9], "text": "300", "quantity": {"value": 300, "relation": "="}}
)
GOLD_LINE = st.one_of(
    st.just(VALID_GOLD),
    st.text(max_size=60),
    st.fixed_dictionaries(
        {
            "doc": st.sampled_from(["a", "b"]),
            "span": st.lists(st.integers(-3, 40), min_size=0, max_size=3),
            "text": st.text(max_size=10),
            "quantity": st.fixed_dictionaries(
                {"value": st.one_of(st.none(), st.floats(), st.integers()),
                 "relation": st.sampled_from(["=", ">", "range", "x"])}
            ),
        }
    ).map(json.dumps),
)


@FUZZ
@given(st.lists(GOLD_LINE, max_size=5))
def test_eval_on_any_gold_lines(extractor, tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    text = "Foram 300 mortos em 2020, segundo o IBGE."
    articles = [extractor.extract(text, doc_id="a")]
    try:
        gold = load_gold(path)
        check_spans(gold, {"a": text})
    except EvaluationError:
        return
    report = evaluate(gold, articles, texts={"a": text})
    for score in (report.claims.precision, report.claims.recall):
        assert score is None or 0 <= score <= 1  # None: undefined (nothing to divide by)
    assert report.claims.tp <= len(gold)


@FUZZ
@given(st.text(alphabet="a\n ", max_size=40), st.integers(0, 45))
def test_paragraph_breaks_answer_as_find_and_rfind(text: str, pos: int) -> None:
    from claimx.attribution.context import ParagraphBreaks

    breaks = ParagraphBreaks(text)
    assert breaks.last_before(pos) == text.rfind("\n\n", 0, pos)
    assert breaks.first_from(pos) == text.find("\n\n", pos)
