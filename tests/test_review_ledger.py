"""The ledger on real extracted output: one figure across articles, and where they disagree."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.review.ledger import bounds, build_ledger, canonical_name, select_groups, singular
from claimx.review.outputs import load_articles

runner = CliRunner()


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("soldados", "soldado"),
        ("soldado", "soldado"),
        ("milhões", "milhão"),
        ("hospitais", "hospital"),
        ("homens", "homem"),
        ("mulheres", "mulher"),
        ("vezes", "vez"),
        ("mísseis", "míssil"),
        ("dólares", "dólar"),
        ("eleitores", "eleitor"),
        ("mês", "mês"),
    ],
)
def test_singular(plural: str, single: str) -> None:
    assert singular(plural) == single


def test_actor_names_meet_through_the_gazetteer_aliases() -> None:
    assert canonical_name("Pyongyang") == canonical_name("a Coreia do Norte") == "Coreia do Norte"
    assert canonical_name("o Supremo Tribunal Federal") == "STF"
    assert canonical_name("a Prefeitura de Osasco") == "Prefeitura de Osasco"


@pytest.mark.parametrize(
    ("first", "second", "exclusive"),
    [
        (("~", 12000, None, None), (">", 14000, 14000, None), True),
        ((">", 10000, 10000, None), ("~", 12000, None, None), False),
        (("=", 5, 5, 5), ("=", 5, 5, 5), False),
        (("<=", 5, None, 5), (">", 5, 5, None), True),
        (("<", 5, None, 5), (">=", 5, 5, None), True),
        (("range", 10, 10, 12), ("=", 11, 11, 11), False),
        (("range", 10, 10, 12), ("=", 13, 13, 13), True),
    ],
)
def test_bounds_that_cannot_both_be_true(first, second, exclusive) -> None:
    a, b = bounds(*first), bounds(*second)
    assert a is not None and b is not None
    assert a.excludes(b) is exclusive and b.excludes(a) is exclusive


def test_vague_figures_have_no_bounds_to_compare() -> None:
    assert bounds("vague", None, 1000, None) is None


def soldiers(groups):
    [group] = [g for g in groups if g.item == "soldado" and g.actor == "Coreia do Norte"]
    return group


def test_the_seed_soldier_figures_form_one_group_with_their_disagreement(seed_output) -> None:
    group = soldiers(build_ledger(load_articles(seed_output)))
    figures = {(f.value, f.relation, f.source, f.hedged, f.time) for f in group.figures}
    assert (12000, "~", None, False, "2024-10") in figures
    assert (14000, ">", "MSMT", True, None) in figures
    assert (10000, ">", "inteligência sul-coreana", False, None) in figures
    assert group.articles >= 3
    by_claim = {f.claim: f for f in group.figures}
    pairs = {(by_claim[d.first].value, by_claim[d.second].value) for d in group.disagreements}
    assert {tuple(sorted(p)) for p in pairs} == {(12000, 14000)}
    assert [f.when for f in group.figures] == sorted(f.when for f in group.figures)


def test_one_source_giving_two_figures_is_flagged(extractor) -> None:
    articles = [
        extractor.extract("Segundo o IBGE, a cidade tem mais de 200 mil habitantes.", doc_id="a"),
        extractor.extract("Segundo o IBGE, a cidade tem 300 mil habitantes.", doc_id="b"),
        extractor.extract("A cidade tem 300 mil habitantes, diz a prefeitura.", doc_id="c"),
    ]
    [group] = build_ledger(articles)
    assert group.item == "habitante" and len(group.figures) == 3
    assert [d.reason for d in group.disagreements] == ["IBGE gives two figures"]


def test_select_groups_by_item_source_and_article_count(seed_output) -> None:
    groups = build_ledger(load_articles(seed_output))
    assert soldiers(select_groups(groups, "soldados", None, 1))
    assert soldiers(select_groups(groups, None, "msmt", 3))
    assert select_groups(groups, "soldados", "Banco Central", 1) == []
    assert select_groups(groups, None, None, 99) == []


def test_ledger_cli_json_csv_and_table(seed_output) -> None:
    result = runner.invoke(app, ["ledger", str(seed_output), "--json", "--item", "soldado"])
    assert result.exit_code == 0, result.output
    [group] = [g for g in json.loads(result.stdout) if g["actor"] == "Coreia do Norte"]
    assert group["label"] == "soldado / Coreia do Norte" and group["disagreements"]
    result = runner.invoke(app, ["ledger", str(seed_output), "--csv", "--source", "MSMT"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["group"] for r in rows} >= {"soldado / Coreia do Norte"}
    assert any(r["disagrees"] == "True" for r in rows)
    result = runner.invoke(app, ["ledger", str(seed_output), "--item", "soldado"])
    assert "soldado / Coreia do Norte" in result.stdout and "disagreement" in result.stdout


def test_ledger_cli_bad_input_is_a_usage_error(tmp_path) -> None:
    result = runner.invoke(app, ["ledger", str(tmp_path / "absent")])
    assert result.exit_code == 2 and "absent: no such file" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"claims": []}\n', encoding="utf-8")
    result = runner.invoke(app, ["ledger", str(bad)])
    assert result.exit_code == 2 and "bad.jsonl:1: not a claimx article" in result.output
