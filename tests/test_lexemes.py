"""The Extractor's lean vocabulary (claimx.pipeline.lean_vocab) computes only the lexical
attributes claimx reads: no component may read another, and the output must not change."""

from __future__ import annotations

import re
from pathlib import Path

import claimx
from claimx.pipeline import LEXEME_ATTRS_READ, lean_vocab

REPO = Path(__file__).resolve().parents[1]
# Token/Lexeme properties backed by a lexical attribute the lean vocabulary leaves unset.
UNSET = [
    "is_ascii", "is_digit", "is_punct", "is_title", "is_upper", "like_url", "like_email",
    "is_stop", "is_bracket", "is_quote", "is_left_punct", "is_right_punct", "is_currency",
    "norm", "norm_", "shape", "shape_", "prefix_", "suffix_",
]
READ = re.compile(r"\.({})\b".format("|".join(UNSET)))
# The same attributes named in a Matcher pattern or a to_array call.
NAMED = re.compile(r"[\"']({})[\"']".format("|".join({a.rstrip("_").upper() for a in UNSET})))


def test_lean_vocab_keeps_what_claimx_reads() -> None:
    from spacy import attrs

    read = {attrs.LOWER, attrs.IS_ALPHA, attrs.IS_LOWER, attrs.IS_SPACE, attrs.LIKE_NUM}
    assert read == LEXEME_ATTRS_READ


def test_no_component_reads_an_unset_lexical_attribute() -> None:
    found = [
        f"{path.relative_to(REPO)}:{n}: {line.strip()}"
        for path in sorted((REPO / "claimx").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if READ.search(line) or NAMED.search(line)
    ]
    assert found == [], "read by claimx: add it to claimx.pipeline.LEXEME_ATTRS_READ"


def test_lean_vocab_changes_no_output() -> None:
    lean = claimx.Extractor()
    full = claimx.Extractor()
    full.nlp = claimx.pipeline.load()  # every lexical attribute, as spacy.blank("pt") has
    assert lean.nlp.vocab.lex_attr_getters.keys() < full.nlp.vocab.lex_attr_getters.keys()
    records = [
        claimx.io.reader.InputRecord(id=p.stem, text=p.read_text(encoding="utf-8"))
        for p in sorted((REPO / "corpus").glob("*.txt"))
    ]
    for a, b in zip(lean.extract_records(records), full.extract_records(records), strict=True):
        assert a.model_dump_json() == b.model_dump_json()
    lean_vocab(full.nlp)
    assert full.nlp.vocab.lex_attr_getters.keys() == lean.nlp.vocab.lex_attr_getters.keys()
