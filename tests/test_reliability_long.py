"""Issue 16, rough edge: an article longer than spaCy's 1,000,000 characters is read in parts
cut at paragraph ends, with every offset into the whole text."""

from __future__ import annotations

from itertools import pairwise

import pytest

from claimx.text import long_texts
from claimx.text.long_texts import paragraph_parts

FILLER = "Um parágrafo sem figura alguma, só texto corrido de notícia.\n\n"
CLAIMS = "Segundo o IBGE, mais de 14 mil soldados chegaram.\u00a0Foram R$\u00a016 milhões.\n\n"


def test_parts_cover_the_text_and_end_at_paragraphs() -> None:
    text = (FILLER * 3 + CLAIMS) * 50
    parts = paragraph_parts(text, size=500)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(parts))
    assert all(0 < end - start <= 500 for start, end in parts)
    assert all(text[start:end].endswith("\n\n") for start, end in parts[:-1])


def test_a_text_without_breaks_is_cut_at_the_bound() -> None:
    assert paragraph_parts("x" * 25, size=10) == [(0, 10), (10, 20), (20, 25)]


def test_an_article_longer_than_spacy_takes_is_extracted_whole(extractor) -> None:
    blocks = 1_100_000 // len(FILLER)
    text = CLAIMS + FILLER * (blocks // 2) + CLAIMS + FILLER * (blocks // 2) + CLAIMS
    assert len(text) > extractor.nlp.max_length
    article = extractor.extract(text, doc_id="long")
    alone = extractor.extract(CLAIMS, doc_id="long").claims
    assert len(article.claims) == 3 * len(alone)
    for claim in article.claims:
        assert text[claim.span[0] : claim.span[1]] == claim.text
        assert claim.id == f"long:{claim.span[0]}-{claim.span[1]}"
        for part in (claim.quantity, claim.item, claim.source, claim.sentence):
            if part is not None:
                assert text[part.span[0] : part.span[1]] == part.text
    last = article.claims[-len(alone) :]
    offset = len(text) - len(CLAIMS)
    for got, want in zip(last, alone, strict=True):
        assert got.span == [want.span[0] + offset, want.span[1] + offset]
        assert got.quantity.value == want.quantity.value and got.quantity.unit == want.quantity.unit
        assert (got.source and got.source.canonical) == (want.source and want.source.canonical)


def test_an_article_beyond_the_maximum_is_its_own_error(extractor, tmp_path, monkeypatch) -> None:
    import json

    from claimx.io.reader import InputError

    monkeypatch.setattr(long_texts, "MAX_ARTICLE_CHARS", 1_200_000)
    monkeypatch.setattr(extractor.nlp, "max_length", 1_000_000)
    path = tmp_path / "in.jsonl"
    huge = "Foram 3 mil. " * 100_000
    lines = [{"id": "a", "text": "Foram 3 mil."}, {"id": "huge", "text": huge}, {"id": "b",
             "text": "Foram 4 mil."}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    results = list(extractor.iter_results([path]))
    errors = [r for r in results if isinstance(r, InputError)]
    assert [r.doc.id for r in results if not isinstance(r, InputError)] == ["a", "b"]
    assert len(errors) == 1 and errors[0].line == 2 and "1,200,000" in errors[0].message


@pytest.mark.parametrize("size", [7, 64])
def test_parts_are_never_empty(size) -> None:
    text = "\n\n\n\n" * 40 + "fim"
    parts = paragraph_parts(text, size=size)
    assert all(end > start for start, end in parts) and parts[-1][1] == len(text)
