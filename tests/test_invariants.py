"""Properties that hold for any input text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.schema import Article

NUMBERISH = st.sampled_from(
    [
        "mais de",
        "14",
        "mil",
        "R$",
        "1,5",
        "milhões",
        "de",
        "soldados",
        "cerca",
        "%",
        "entre",
        "e",
        "12",
        "(12)",
        "2027",
        "dois",
        "meio",
        "anos",
        ",",
        ".",
        "\n",
        "“",
        "a",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(NUMBERISH, max_size=40).map(" ".join))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(TEXTS)
def test_spans_slice_back_and_json_round_trips(extractor, text: str) -> None:
    article = extractor.extract(text, doc_id="h")
    for claim in article.claims:
        start, end = claim.span
        assert text[start:end] == claim.text
        for part in (
            claim.quantity,
            claim.item,
            claim.sentence,
            claim.source,
            claim.time,
            claim.actor,
        ):
            if part is not None and part.span is not None:
                assert text[part.span[0] : part.span[1]] == part.text
        assert (
            claim.sentence.span[0] <= start and end <= claim.sentence.span[1]
        ) or "\n" in claim.text
    dumped = article.model_dump_json()
    assert Article.model_validate_json(dumped) == article
    assert extractor.extract(text, doc_id="h").model_dump_json() == dumped
