"""Issue 14 §5: ``claimx rules explain`` shows, for each claim, the source (text, canonical,
cue, rule), whether it is hedged (and by which rule) and its time (text, value, rule), as the
extractor computes them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.rulebook.explain import describe_claim, time_rule
from claimx.rulebook.loader import cached_rulebook

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()
MSMT = (
    "Segundo o Grupo Multilateral de Monitoramento de Sanções (MSMT), a Coreia do Norte teria "
    "enviado mais de 14 mil soldados à Rússia desde agosto de 2023."
)


def explain(*args: str) -> list[str]:
    result = runner.invoke(app, ["rules", "explain", *args])
    assert result.exit_code == 0, result.output
    return [line.strip() for line in result.output.splitlines()]


def test_source_hedge_time_and_actor_with_their_rules() -> None:
    lines = explain(MSMT)
    assert "vetoed  '2023' by filter.year" in lines
    at = lines.index(
        "claim   'mais de 14 mil soldados' [97:120] value=14000 relation=> low=14000 high=None "
        "unit=None item='soldados'"
    )
    assert lines[at + 1 : at + 6] == [
        "rules: item.noun_phrase, number.digits, number.scales, qualifier.more_than",
        "source: 'Grupo Multilateral de Monitoramento de Sanções (MSMT)' [10:63] "
        "canonical='MSMT' cue='Segundo' type=intergovernmental (rule cue.according_to)",
        "hedged: yes (rule hedge.conditional)",
        "time: 'desde agosto de 2023' [130:150] value=2023-08 relation=since "
        "(rule time.month_year)",
        "actor: 'Coreia do Norte'",
    ]


def test_two_claims_two_sources_and_a_relative_time_resolved_with_published() -> None:
    text = (
        "A Prefeitura informou que 325 famílias foram atendidas em 2024. Ontem, a polícia "
        "estimou que cerca de 3 mil pessoas estiveram no ato."
    )
    lines = explain(text, "--published", "2025-03-10")
    sources = [line for line in lines if line.startswith("source:")]
    assert sources == [
        "source: 'Prefeitura' [2:12] canonical='Prefeitura' cue='informou' type=government "
        "(rule cue.reporting_verb)",
        "source: 'polícia' [73:80] canonical=None cue='estimou' type=police "
        "(rule cue.reporting_verb)",
    ]
    assert [line for line in lines if line.startswith("time:")] == [
        "time: 'em 2024' [55:62] value=2024 relation=at (rule time.year)",
        "time: 'Ontem' [64:69] value=2025-03-09 relation=at (rule time.relative_day)",
    ]
    undated = explain(text)  # no publication date: 'Ontem' is no time (a time is a value)
    assert [line for line in undated if line.startswith("time:")] == [
        "time: 'em 2024' [55:62] value=2024 relation=at (rule time.year)",
        "time: none",
    ]


def test_a_bare_figure_has_no_source_hedge_or_time() -> None:
    lines = explain("Foram 3 mil casos de dengue.")
    assert lines[-4:] == ["source: none", "hedged: no", "time: none", "actor: none"]


def test_a_bad_published_is_a_usage_error() -> None:
    result = runner.invoke(app, ["rules", "explain", "3 mil", "--published", "ontem"])
    assert result.exit_code == 2 and "not a date" in result.output


def seed_claims(extractor):
    for path in sorted((REPO / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        article = extractor.extract(text, doc_id=path.stem)
        for claim in article.claims:
            yield text, claim


def test_every_seed_time_has_the_rule_that_found_it(extractor) -> None:
    """The time rule is read from the time component's own search: on the seeds, each claim's
    time is one of its mentions, and the rule is a time rule of the rule files."""
    time_ids = {rule.id for rule in cached_rulebook(()).rules() if rule.id.startswith("time.")}
    timed = [(text, claim) for text, claim in seed_claims(extractor) if claim.time]
    assert len(timed) >= 3
    for text, claim in timed:
        assert time_rule(extractor, text, claim) in time_ids, claim.id


@pytest.mark.parametrize("part", ["source", "hedged"])
def test_every_seed_source_and_hedge_names_its_rule(extractor, part) -> None:
    found = 0
    for _, claim in seed_claims(extractor):
        line = next(x for x in describe_claim(claim, None) if x.strip().startswith(part))
        if getattr(claim, part):
            found += 1
            assert "(rule cue." in line or "(rule hedge." in line, line
        else:
            assert line.strip() in ("source: none", "hedged: no")
    assert found >= 2
