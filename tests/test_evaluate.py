"""claimx eval: gold loading, overlap matching, scoring by the annotation guide, reports, CLI."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from claimx.cli.eval_cmd import eval_cli
from claimx.evaluate import (
    GoldError,
    GoldLine,
    Report,
    align,
    check_spans,
    evaluate,
    in_common_units,
    load_gold,
    parse_doc_ids,
    render_by_rule,
    render_errors,
    render_table,
)
from claimx.evaluation.score import sentence_in_text
from claimx.schema import (
    Article,
    Claim,
    DocInfo,
    GoldClaim,
    Provenance,
    Quantity,
    Source,
    TextSpan,
    TimeRef,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_GOLD = SHARED / "gold" / "seeds.jsonl"
SEEDS = SHARED / "seeds"


def quantity(value: float | None = 10, relation: str = "=", **kw: Any) -> Quantity:
    bounds = {"low": value, "high": value} if relation == "=" else {}
    return Quantity(value=value, relation=relation, **{**bounds, **kw})


def gold(span: list[int], doc: str = "d", line: int = 1, **kw: Any) -> GoldLine:
    kw.setdefault("quantity", quantity())
    claim = GoldClaim(doc=doc, span=span, text=kw.pop("text", "x" * (span[1] - span[0])), **kw)
    return GoldLine(claim, "gold.jsonl", line)


def predicted(span: list[int], rule: tuple[str, ...] = ("r1",), **kw: Any) -> Claim:
    kw.setdefault("quantity", quantity())
    sentence = TextSpan(text="s" * 200, span=[0, 200])
    text = kw.pop("text", "x" * (span[1] - span[0]))
    return Claim(id=f"c{span[0]}", span=span, text=text, sentence=sentence, rule=list(rule), **kw)


def article(doc: str, *claims: Claim) -> Article:
    info = DocInfo(id=doc, sha256="0" * 64, chars=1000)
    provenance = Provenance(pipeline=["claimx_quantities"], model="blank", rules_digest="x")
    return Article(claimx_version="0", doc=info, provenance=provenance, claims=list(claims))


def score(golds: list[GoldLine], *articles: Article, docs: tuple[str, ...] = ()) -> Report:
    return evaluate(golds, list(articles), docs=docs)


# --- matching -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_spans", "pred_spans", "pairs", "missed", "spurious"),
    [
        ([[0, 10]], [[0, 10]], [(0, 0)], [], []),
        ([[0, 10]], [[5, 20]], [(0, 0)], [], []),
        ([[0, 10]], [[10, 20]], [], [0], [0]),  # half-open: touching is not overlapping
        ([[0, 10], [12, 30]], [[0, 30]], [(1, 0)], [0], []),  # goes to the larger overlap
        ([[0, 10]], [[0, 4], [2, 10]], [(0, 1)], [], [0]),  # one-to-one: the other is spurious
        ([[0, 10], [20, 30]], [[25, 28], [1, 3]], [(0, 1), (1, 0)], [], []),
        ([], [[0, 5]], [], [], [0]),
    ],
)
def test_align_pairs_by_largest_overlap(gold_spans, pred_spans, pairs, missed, spurious) -> None:
    result = align(gold_spans, pred_spans)
    assert (result.pairs, result.missed, result.spurious) == (pairs, missed, spurious)


# --- counting -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("golds", "preds", "counts", "removed"),
    [
        # an optional gold matched by a prediction: both go
        ([gold([0, 10], optional=True)], [predicted([0, 10])], (0, 0, 0), (1, 1)),
        # an optional gold nobody found is no miss
        ([gold([0, 10], optional=True)], [], (0, 0, 0), (1, 0)),
        # a second prediction overlapping the optional gold goes too
        (
            [gold([0, 10], optional=True)],
            [predicted([0, 5]), predicted([5, 10])],
            (0, 0, 0),
            (1, 2),
        ),
        # a required gold beside an optional one still counts
        (
            [gold([0, 10], optional=True), gold([20, 30])],
            [predicted([0, 10]), predicted([40, 50])],
            (0, 1, 1),
            (1, 1),
        ),
        ([gold([0, 10]), gold([20, 30])], [predicted([2, 8])], (1, 0, 1), (0, 0)),
    ],
)
def test_counts_with_optional_gold_removed(golds, preds, counts, removed) -> None:
    report = score(golds, article("d", *preds))
    assert (report.claims.tp, report.claims.fp, report.claims.fn) == counts
    assert (report.optional_removed, report.predictions_removed) == removed


def test_articles_without_gold_count_when_named() -> None:
    golds = [gold([0, 10])]
    articles = [
        article("d", predicted([0, 10])),
        article("nogold", predicted([0, 3]), predicted([5, 9])),
        article("unnamed", predicted([0, 3])),
    ]
    named = evaluate(golds, articles, docs=["nogold"])
    assert (named.claims.tp, named.claims.fp, named.claims.fn) == (1, 2, 0)
    assert named.docs == ["d", "nogold"]
    assert named.unscored_docs == ["unnamed"]
    assert named.claims.precision == pytest.approx(1 / 3)
    assert evaluate(golds, articles).claims.fp == 0


def test_gold_article_without_predictions_is_all_misses() -> None:
    report = score([gold([0, 10]), gold([20, 30])])
    assert (report.claims.tp, report.claims.fn, report.claims.precision) == (0, 2, None)
    assert report.claims.recall == 0 and report.claims.f1 == 0


# --- fields -------------------------------------------------------------------------------

MSMT = {"text": "Grupo Multilateral (MSMT)", "canonical": "MSMT", "cue": "Segundo"}


@pytest.mark.parametrize(
    ("field", "gold_kw", "pred_kw", "right"),
    [
        ("value", {}, {}, True),
        ("value", {}, {"quantity": quantity(11)}, False),
        ("value", {"quantity": quantity(1.5e9)}, {"quantity": quantity(1500000000)}, True),
        (
            "value",
            {"quantity": quantity(None, "vague", low=1000)},
            {"quantity": quantity(None, "vague", low=1000)},
            True,
        ),
        (
            "relation",
            {"quantity": quantity(10, ">", low=10)},
            {"quantity": quantity(10, ">=")},
            False,
        ),
        (
            "bounds",
            {"quantity": quantity(10, ">", low=10)},
            {"quantity": quantity(10, ">", low=10)},
            True,
        ),
        ("bounds", {"quantity": quantity(10, ">", low=10)}, {"quantity": quantity(10, ">")}, False),
        ("unit", {"quantity": quantity(unit="USD")}, {"quantity": quantity(unit="BRL")}, False),
        (
            "item_head",
            {"item": "soldados norte-coreanos"},
            {"item": TextSpan(text="Soldados", span=[0, 8])},
            True,
        ),
        ("item_head", {"item": "soldados"}, {}, False),
        (
            "item_exact",
            {"item": "soldados norte-coreanos"},
            {"item": TextSpan(text="soldados", span=[0, 8])},
            False,
        ),
        (
            "item_exact",
            {"item": "munições"},
            {"item": TextSpan(text="munições", span=[0, 8])},
            True,
        ),
        ("source", {"source": MSMT}, {"source": Source(text="MSMT", canonical="msmt")}, True),
        # the same name as whole words of the predicted text or canonical, either way round
        ("source", {"source": MSMT}, {"source": Source(text="Grupo Multilateral (MSMT)")}, True),
        ("source", {"source": MSMT}, {"source": Source(text="Grupo Multilateral")}, False),
        ("source", {"source": MSMT}, {"source": Source(text="MSMTX", canonical="MSMTX")}, False),
        (
            "source",
            {"source": {"text": "o FC Barcelona", "canonical": "Barcelona"}},
            {"source": Source(text="FC Barcelona", canonical="FC Barcelona")},
            True,
        ),
        (
            "source",
            {"source": {"text": "Donald Trump", "canonical": "Donald Trump"}},
            {"source": Source(text="Trump", canonical="Trump")},
            True,
        ),
        (
            "source",
            {"source": {"text": "inteligência sul-coreana"}},
            {"source": Source(text="a inteligência sul-coreana")},
            True,
        ),
        ("source", {"source": {"text": "inteligência sul-coreana"}}, {}, False),
        # gold writes the name, the prediction the sentence's words with the name as canonical
        (
            "source",
            {"source": {"text": "Alckmin"}},
            {"source": Source(text="governador", canonical="Geraldo Alckmin")},
            True,
        ),
        (
            "source",
            {"source": {"text": "assessoria de Amaral"}},
            {"source": Source(text="ele", canonical="Amaral")},
            False,
        ),
        ("source", {}, {"source": Source(text="Reuters")}, False),
        ("source", {}, {}, True),
        ("hedged", {"hedged": True}, {"hedged": True}, True),
        ("hedged", {"hedged": True}, {}, False),
        (
            "time",
            {"time": {"text": "Em outubro de 2024", "value": "2024-10"}},
            {"time": TimeRef(text="outubro de 2024", value="2024-10")},
            True,
        ),
        (
            "time",
            {"time": {"text": "Em outubro de 2024", "value": "2024-10"}},
            {"time": TimeRef(text="outubro", value="2025-10")},
            False,
        ),
        ("time", {"time": {"text": "desde agosto de 2023", "value": "2023-08"}}, {}, False),
        (
            "actor",
            {"actor": "Coreia do Norte"},
            {"actor": TextSpan(text="coreia do norte", span=[0, 15])},
            True,
        ),
        (
            "actor",
            {"actor": "Coreia do Norte"},
            {"actor": TextSpan(text="Pyongyang", span=[0, 9])},
            False,
        ),
    ],
)
def test_field_accuracy(field: str, gold_kw: dict, pred_kw: dict, right: bool) -> None:
    report = score([gold([0, 10], **gold_kw)], article("d", predicted([0, 10], **pred_kw)))
    assert report.fields[field].total == 1
    assert report.fields[field].correct == int(right)


def test_item_judged_only_where_gold_has_one() -> None:
    report = score([gold([0, 10])], article("d", predicted([0, 10])))
    assert report.fields["item_head"].total == 0 and report.fields["item_head"].accuracy is None
    assert report.fields["value"].accuracy == 1.0


@pytest.mark.parametrize(
    ("gold_q", "pred_q", "value", "unit"),
    [
        (quantity(114, unit="month"), quantity(9.5, unit="year"), True, True),
        (quantity(2, unit="decade"), quantity(20, unit="year"), True, True),
        (quantity(2, unit="week"), quantity(14, unit="day"), True, True),
        (quantity(3, unit="hour"), quantity(180, unit="minute"), True, True),
        (quantity(1, unit="year"), quantity(365, unit="day"), False, False),
        (quantity(9, unit="year"), quantity(9, unit="month"), False, True),
        (quantity(9, unit="year"), quantity(9), False, False),
    ],
)
def test_lengths_compare_across_units(gold_q, pred_q, value: bool, unit: bool) -> None:
    report = score(
        [gold([0, 10], quantity=gold_q)], article("d", predicted([0, 10], quantity=pred_q))
    )
    assert report.fields["value"].correct == int(value)
    assert report.fields["unit"].correct == int(unit)
    assert report.fields["bounds"].correct == int(value)


def test_common_units() -> None:
    months = in_common_units(quantity(9, ">", low=9, unit="year"))
    assert (months.value, months.low, months.high, months.unit) == (108, 108, None, "month")
    assert in_common_units(quantity(1, unit="week")).value == 7 * 24 * 60
    assert in_common_units(quantity(3, unit="km")).unit == "km"


RANGE = quantity(10000, "range", low=10000, high=12000)


@pytest.mark.parametrize(
    ("pred_q", "right"),
    [
        (RANGE, True),
        (quantity(10000, "range", low=10000, high=13000), False),  # same value, other bounds
        (quantity(11000, "range", low=10000, high=12000), True),  # judged by bounds, not value
        (quantity(10000, "="), False),
    ],
)
def test_range_value_is_judged_by_its_bounds(pred_q: Quantity, right: bool) -> None:
    report = score(
        [gold([0, 10], quantity=RANGE)], article("d", predicted([0, 10], quantity=pred_q))
    )
    assert report.fields["value"].correct == int(right)


def test_source_attributed_counts_only_gold_with_a_source() -> None:
    golds = [
        gold([0, 10], source=MSMT),
        gold([20, 30]),
        gold([40, 50]),
        gold([60, 70], source=MSMT),
    ]
    preds = [
        predicted([0, 10], source=Source(text="MSMT", canonical="MSMT")),
        predicted([20, 30]),
        predicted([40, 50]),
        predicted([60, 70]),
    ]
    report = score(golds, article("d", *preds))
    assert (report.fields["source"].correct, report.fields["source"].total) == (3, 4)
    sa = report.source_attributed
    assert (sa.correct, sa.total, sa.accuracy) == (1, 2, 0.5)


def test_time_attributed_and_time_precision() -> None:
    oct24 = {"text": "Em outubro de 2024", "value": "2024-10"}
    golds = [
        gold([0, 10], time=oct24),  # right
        gold([20, 30], time=oct24),  # wrong value
        gold([40, 50], time=oct24),  # no time predicted
        gold([60, 70]),  # a time predicted where gold has none
        gold([80, 90]),  # neither: judged by the plain field only
    ]
    preds = [
        predicted([0, 10], time=TimeRef(text="outubro de 2024", value="2024-10")),
        predicted([20, 30], time=TimeRef(text="outubro", value="2025-10")),
        predicted([40, 50]),
        predicted([60, 70], time=TimeRef(text="ontem", value="2024-10-01")),
        predicted([80, 90]),
    ]
    report = score(golds, article("d", *preds))
    assert (report.fields["time"].correct, report.fields["time"].total) == (2, 5)
    ta, tp = report.time_attributed, report.time_predicted
    assert (ta.correct, ta.total, ta.accuracy) == (1, 3, pytest.approx(1 / 3))
    assert (tp.correct, tp.total, tp.accuracy) == (1, 3, pytest.approx(1 / 3))
    table = render_table(report)
    lines = [line for line in table.splitlines() if line.startswith("  ")]
    rows = {line.split("  ")[1].strip(): line for line in lines}
    assert rows["time_attributed"].endswith("0.333 (1/3)")
    assert rows["time precision"].endswith("0.333 (1/3)")
    # Each kind of time error counted apart: right / another value / none given / one extra.
    assert report.time_outcomes == {
        "one, right": 1,
        "one, another given": 1,
        "one, none given": 1,
        "none, one given": 1,
    }
    (outcomes,) = [line for line in lines if "time right / other / none / extra" in line]
    assert outcomes.endswith("1 / 1 / 1 / 1")
    assert Report.model_validate_json(report.model_dump_json()) == report


def test_hedged_precision_and_recall() -> None:
    pairs = [(True, True), (True, False), (False, True), (False, False), (True, True)]
    golds = [gold([i * 10, i * 10 + 5], hedged=g) for i, (g, _) in enumerate(pairs)]
    preds = [predicted([i * 10, i * 10 + 5], hedged=p) for i, (_, p) in enumerate(pairs)]
    h = score(golds, article("d", *preds)).hedged
    assert (h.tp, h.fp, h.fn) == (2, 1, 1)
    assert h.precision == pytest.approx(2 / 3) and h.recall == pytest.approx(2 / 3)


def test_by_rule_counts_matched_and_spurious() -> None:
    preds = [
        predicted([0, 10], rule=("qty.mais_de", "item.np")),
        predicted([50, 60], rule=("qty.digits",)),
        predicted([70, 80], rule=()),
    ]
    report = score([gold([0, 10])], article("d", *preds))
    counts = {rule: (n.matched, n.spurious) for rule, n in report.by_rule.items()}
    assert counts == {
        "qty.mais_de": (1, 0),
        "item.np": (1, 0),
        "qty.digits": (0, 1),
        "(no rule)": (0, 1),
    }
    assert render_by_rule(report).splitlines()[1].split()[0] in {"(no", "qty.digits"}


# --- gold files ---------------------------------------------------------------------------

GOOD = {
    "doc": "d",
    "span": [4, 12],
    "text": "14 mil x",
    "quantity": {"value": 14000, "relation": "="},
}


def write_gold(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"doc": "d", "span": [0, 3]', "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        (
            json.dumps({**GOOD, "quantity": {"value": 1, "relation": "about"}}),
            "field quantity.relation",
        ),
        (json.dumps({**GOOD, "span": [5, 2]}), "not a non-empty"),
        (json.dumps({**GOOD, "extra": 1}), "field extra"),
        (json.dumps(GOOD), "same doc and span as line 1"),
    ],
)
def test_gold_errors_name_the_line(tmp_path: Path, bad_line: str, message: str) -> None:
    path = write_gold(tmp_path, json.dumps(GOOD), "", bad_line)
    with pytest.raises(GoldError, match=message) as caught:
        load_gold(path)
    assert str(caught.value).startswith(f"{path}:3: ")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("um  14 mil x.", None),
        ("um  14 mil y.", "reads '14 mil y', not '14 mil x'"),
        ("um", "past the end"),
    ],
)
def test_gold_spans_must_slice_back(tmp_path: Path, text: str, message: str | None) -> None:
    other = {**GOOD, "doc": "elsewhere"}
    lines = load_gold(write_gold(tmp_path, json.dumps(other), json.dumps(GOOD)))
    if message is None:
        check_spans(lines, {"d": text})
        return
    with pytest.raises(GoldError, match=message) as caught:
        check_spans(lines, {"d": text})
    assert ":2: span [4, 12) " in str(caught.value)


def test_empty_gold_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no claims"):
        load_gold(write_gold(tmp_path, ""))


def test_doc_ids_from_list_or_file(tmp_path: Path) -> None:
    assert parse_doc_ids("a, b,,c") == ["a", "b", "c"]
    path = tmp_path / "ids.txt"
    path.write_text("# seeds\na\n\nb\n", encoding="utf-8")
    assert parse_doc_ids(str(path)) == ["a", "b"]


# --- reports ------------------------------------------------------------------------------


def test_report_round_trips_through_json() -> None:
    golds = [
        gold([0, 10], source=MSMT, hedged=True),
        gold([20, 30], line=2),
        gold([40, 50], optional=True),
    ]
    report = score(golds, article("d", predicted([0, 10]), predicted([60, 70])), docs=("empty",))
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report
    assert json.loads(report.model_dump_json())["claims"] == {
        "tp": 1,
        "fp": 1,
        "fn": 1,
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
    }


def test_errors_show_the_sentence_with_the_span_marked() -> None:
    text = "Primeira frase. Segundo o MSMT, mais de 14 mil soldados foram enviados. Fim."
    start = text.index("mais de")
    span = [start, start + len("mais de 14 mil soldados")]
    sentence = sentence_in_text(text, *span)
    assert sentence.text == "Segundo o MSMT, mais de 14 mil soldados foram enviados."
    spurious = predicted([0, 8], text="Primeira", rule=("qty.bad",))
    spurious = spurious.model_copy(update={"sentence": sentence_in_text(text, 0, 8)})
    report = evaluate(
        [gold(span, text=text[span[0] : span[1]], line=7)],
        [article("d", spurious)],
        texts={"d": text},
    )
    shown = render_errors(report)
    assert "Segundo o MSMT, ⟦mais de 14 mil soldados⟧ foram enviados." in shown
    assert "(gold gold.jsonl:7)" in shown
    assert "⟦Primeira⟧ frase." in shown and "rules: qty.bad" in shown


def test_table_has_a_column_per_report() -> None:
    report = score([gold([0, 10])], article("d", predicted([0, 10])))
    table = render_table({"seeds": report, "dev": report})
    assert table.splitlines()[0].split() == ["seeds", "dev"]
    assert "source_attributed" in table and "hedged recall" in table
    assert any(line.split()[:3] == ["F1", "1.000", "1.000"] for line in table.splitlines())


# --- the real seed gold -------------------------------------------------------------------


def seed_texts() -> dict[str, str]:
    if not SEED_GOLD.is_file() or not SEEDS.is_dir():
        pytest.skip("../shared/gold and ../shared/seeds are not here")
    return {p.stem: p.read_bytes().decode("utf-8-sig") for p in SEEDS.glob("*.txt")}


def as_prediction(g: GoldClaim, text: str) -> Claim:
    """A prediction that says exactly what the gold says."""
    src = g.source
    return Claim(
        id=f"{g.doc}:{g.span[0]}",
        span=g.span,
        text=g.text,
        quantity=g.quantity,
        sentence=sentence_in_text(text, *g.span),
        item=TextSpan(text=g.item, span=g.span) if g.item else None,
        source=Source(text=src.text, canonical=src.canonical, cue=src.cue) if src else None,
        hedged=g.hedged,
        time=TimeRef(text=g.time.text, value=g.time.value) if g.time else None,
        actor=TextSpan(text=g.actor, span=g.span) if g.actor else None,
        rule=["gold"],
    )


def test_seed_gold_loads_and_slices_back() -> None:
    texts = seed_texts()
    lines = load_gold(SEED_GOLD)
    check_spans(lines, texts)
    assert all(line.line == n for n, line in enumerate(lines, 1))  # no blank lines in the file


def test_seed_gold_scored_against_itself_is_perfect() -> None:
    texts = seed_texts()
    lines = load_gold(SEED_GOLD)
    articles = [
        article(doc, *(as_prediction(g.claim, text) for g in lines if g.claim.doc == doc))
        for doc, text in texts.items()
    ]
    report = evaluate(lines, articles, docs=list(texts), texts=texts)
    assert len(report.docs) == 5
    required = sum(not g.claim.optional for g in lines)
    assert (report.claims.tp, report.claims.fp, report.claims.fn) == (required, 0, 0)
    assert report.optional_removed == sum(g.claim.optional for g in lines)
    assert all(acc.accuracy == 1.0 for acc in report.fields.values())
    assert report.source_attributed.accuracy == 1.0 and report.hedged.f1 == 1.0


# --- the command --------------------------------------------------------------------------


def run_cli(*args: str) -> Any:
    app = typer.Typer()
    app.command("eval")(eval_cli)
    app.command("other")(lambda: None)  # a second command keeps "eval" a subcommand
    return CliRunner().invoke(app, ["eval", *args])


def test_cli_scores_a_claims_folder_as_json(tmp_path: Path) -> None:
    gold_path = write_gold(tmp_path, json.dumps(GOOD))
    claims = tmp_path / "claims"
    claims.mkdir()
    for art in (article("d", predicted([4, 12])), article("x", predicted([0, 2]))):
        (claims / f"{art.doc.id}.json").write_text(art.model_dump_json(), encoding="utf-8")
    # a folder made by hand, without the index a run writes: every article file is scored
    result = run_cli(str(gold_path), str(claims), "--json", "--docs", "x")
    assert result.exit_code == 0, result.output
    report = Report.model_validate_json(result.stdout)
    assert (report.claims.tp, report.claims.fp, report.docs) == (1, 1, ["d", "x"])
    shown = run_cli(str(gold_path), str(claims), "--errors", "--by-rule", "--docs", "x")
    assert "SPURIOUS  x [0, 2)" in shown.stdout and "r1" in shown.stdout


@pytest.mark.parametrize(
    ("lines", "extra_args", "message"),
    [
        (["{oops"], [], "gold.jsonl:1: not valid JSON"),
        ([json.dumps(GOOD)], [], "no predictions for d"),
        ([json.dumps(GOOD)], ["--extract", "missing-folder"], "missing-folder: no such file"),
    ],
)
def test_cli_usage_and_gold_errors_exit_2(tmp_path, lines, extra_args, message) -> None:
    result = run_cli(str(write_gold(tmp_path, *lines)), *extra_args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_cli_checks_gold_spans_against_the_extracted_text(tmp_path: Path) -> None:
    text = "Há  14 mil y na cidade."
    source = tmp_path / "d.txt"
    source.write_text(text, encoding="utf-8")
    art = article("d", predicted([4, 12]))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    art.doc = art.doc.model_copy(update={"path": str(source), "sha256": digest})
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "d.json").write_text(art.model_dump_json(), encoding="utf-8")
    result = run_cli(str(write_gold(tmp_path, json.dumps(GOOD))), str(claims))
    assert result.exit_code == 2
    assert "gold.jsonl:1: span [4, 12) of d reads '14 mil y', not '14 mil x'" in result.stderr
