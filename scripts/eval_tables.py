"""``make eval``: the seeds, the development gold and the test split, scored side by side.

The test split (``gold/test.jsonl``) is scored, never read for errors: this script prints its
figures only, never its misses. The next table gives the dev-test gap of the headline figures;
the last one the field samples (``scripts/field_sample.py``): fresh articles of which only a few
listed figures are annotated, so that only the fields of matched figures are scored. ``field
dev`` is tuning material; ``field test``, like the test split, is scored and never read.

    .venv/bin/python scripts/eval_tables.py [--shared ../shared] [--model NAME] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from claimx.evaluate import evaluate, load_gold
from claimx.evaluation.gold import GoldLine, parse_doc_ids
from claimx.evaluation.intervals import RATIOS, gap_interval, interval, per_article
from claimx.evaluation.render import render_table
from claimx.evaluation.report import Accuracy, Report
from claimx.extractor import Extractor
from claimx.io.corpora import CORPORA_ENV, documents_by_id
from claimx.schema import Article

REPO = Path(__file__).resolve().parents[1]
VARIANTS = {"pt-BR": ("fakebr-", "factnews-"), "pt-PT": ("bosque-", "ptnews-")}



def _headline(counts: Callable[[Report], tuple[int, int]]) -> Callable[[Report], float | None]:
    def figure(report: Report) -> float | None:
        top, bottom = counts(report)
        return top / bottom if bottom else None

    return figure


# The headline figures are the ratios whose counts the intervals resample (one list of them).
HEADLINES: dict[str, Callable[[Report], float | None]] = {
    label: _headline(counts) for label, counts in RATIOS.items()
}


@dataclass(frozen=True)
class Split:
    """A gold split with its articles extracted: scored whole (``report``) and, for the
    bootstrap intervals, article by article (``per_article``)."""

    name: str
    gold: list[GoldLine]
    articles: list[Article]
    ids: list[str]

    def report(self) -> Report:
        return evaluate(self.gold, self.articles, docs=self.ids, name=self.name)

    def per_article(self) -> list[Report]:
        return per_article(self.gold, self.articles, self.ids)


def extract_split(
    gold_path: Path, extractor: Extractor, corpora: Path, variant: str | None = None
) -> Split:
    """Extract every document of a gold split (claims or not)."""
    gold = load_gold(gold_path)
    docs_file = gold_path.with_suffix(".docs")
    ids = parse_doc_ids(str(docs_file)) if docs_file.exists() else []
    ids = sorted(set(ids) | {g.claim.doc for g in gold})
    if variant:
        ids = [i for i in ids if i.startswith(VARIANTS[variant])]
        gold = [g for g in gold if g.claim.doc in set(ids)]
    documents = documents_by_id(corpora, set(ids))
    absent = sorted(set(ids) - set(documents))
    if absent:
        # A corpus missing from this machine: score what is there, and say what is not, rather
        # than count its gold claims as misses.
        print(f"{gold_path.name}: {len(absent)} documents not under {corpora} nor "
              f"${CORPORA_ENV} (first: {absent[0]}): left out of this score", file=sys.stderr)
        ids = [i for i in ids if i in documents]
        gold = [g for g in gold if g.claim.doc in documents]
    articles = [
        extractor.extract(d.text, doc_id=i, published=d.published)
        for i, d in sorted(documents.items())
    ]
    return Split(gold_path.name, gold, articles, ids)


def score_split(
    gold_path: Path, extractor: Extractor, corpora: Path, variant: str | None = None
) -> Report:
    """Extract every document of a gold split (claims or not) and score it."""
    return extract_split(gold_path, extractor, corpora, variant).report()


FIELD_SPLITS = {"field dev": "field_dev.jsonl", "field test": "field_test.jsonl"}


def _count(figure: Accuracy | None) -> str:
    if figure is None or figure.accuracy is None:
        return "—"
    return f"{figure.accuracy:.3f} ({figure.correct}/{figure.total})"


def render_fields(reports: dict[str, Report]) -> str:
    """The headline fields (not claim F1: unlisted figures are not annotated) of field samples."""
    rows: dict[str, Callable[[Report], Accuracy | None]] = {
        "source, gold has one": lambda r: r.source_attributed,
        "source, all matched": lambda r: r.fields.get("source"),
        "time, gold has one": lambda r: r.time_attributed,
        "time precision": lambda r: r.time_predicted,
        "hedged precision": lambda r: Accuracy.of(r.hedged.tp, r.hedged.tp + r.hedged.fp),
        "hedged recall": lambda r: Accuracy.of(r.hedged.tp, r.hedged.tp + r.hedged.fn),
        "item head": lambda r: r.fields.get("item_head"),
    }
    reports = {name: r for name, r in reports.items() if r.docs}  # a variant with no article
    lines = [f"{'field samples':24}" + "".join(f"{name:>18}" for name in reports)]
    for label, figure in rows.items():
        lines.append(f"{label:24}" + "".join(f"{_count(figure(r)):>18}" for r in reports.values()))
    return "\n".join(lines)


def _bounds(found: tuple[float, float] | None, sign: str = "") -> str:
    return f"{found[0]:{sign}.3f} – {found[1]:{sign}.3f}" if found else "—"


def render_gap(
    dev: Report, test: Report, per_dev: list[Report], per_test: list[Report]
) -> str:
    """Dev, test and their gap, with 95% bootstrap intervals (articles resampled) for the test
    figure and the gap: on 56 articles one figure's interval is often wider than the 0.05 that
    the gap target allows, and the table should say so."""
    lines = [
        f"{'':24}{'dev':>8}{'test':>8}{'test 95% interval':>20}{'gap':>8}{'gap 95% interval':>20}"
    ]
    for label, figure in HEADLINES.items():
        d, t = figure(dev), figure(test)
        gap = f"{d - t:+.3f}" if d is not None and t is not None else "—"
        show = [f"{x:.3f}" if x is not None else "—" for x in (d, t)]
        test_ci = _bounds(interval(per_test, label)) if per_test else "—"
        gap_ci = _bounds(gap_interval(per_dev, per_test, label), "+") if per_test else "—"
        lines.append(f"{label:24}{show[0]:>8}{show[1]:>8}{test_ci:>20}{gap:>8}{gap_ci:>20}")
    return "\n".join(lines)


def render_field_intervals(per_field: list[Report]) -> str:
    """The held-out field sample's headline figures with their 95% bootstrap intervals."""
    lines = [f"{'field test':24}{'95% interval':>20}"]
    for label in ("source, gold has one", "time, gold has one", "item head"):
        lines.append(f"{label:24}{_bounds(interval(per_field, label)):>20}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--model", default=None, help="a trained spaCy pipeline (name or path)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    corpora = args.shared / "corpora"
    corpus = REPO / "corpus"
    extractor = Extractor(model=args.model)
    seeds = list(extractor.extract_paths([corpus]))
    seeds_gold = load_gold(args.shared / "gold" / "seeds.jsonl")
    reports = {"seeds": evaluate(seeds_gold, seeds, docs=[a.doc.id for a in seeds], name="seeds")}
    dev = extract_split(REPO / "gold" / "dev.jsonl", extractor, corpora)
    reports["dev"] = dev.report()
    test = REPO / "gold" / "test.jsonl"
    # per-article reports of the held-out splits, for their intervals
    held_out: dict[str, list[Report]] = {}
    if test.exists():
        test_split = extract_split(test, extractor, corpora)
        reports["test"], held_out["test"] = test_split.report(), test_split.per_article()
        for variant in VARIANTS:
            reports[f"test {variant}"] = score_split(test, extractor, corpora, variant)
    print(f"model: {args.model or 'blank pt + rules'}")
    print(render_table(reports))
    if "test" in reports:
        gap = render_gap(reports["dev"], reports["test"], dev.per_article(), held_out["test"])
        print("\n" + gap)
    splits = {
        f"{name} {variant or ''}".strip(): extract_split(
            REPO / "gold" / path, extractor, corpora, variant
        )
        for name, path in FIELD_SPLITS.items()
        if (REPO / "gold" / path).exists()
        for variant in (None, *VARIANTS)
    }
    fields = {name: split.report() for name, split in splits.items()}
    if fields:
        print("\n" + render_fields(fields))
        if "field test" in splits:
            held_out["field test"] = splits["field test"].per_article()
            print("\n" + render_field_intervals(held_out["field test"]))
        reports |= fields
    if args.json:
        figures: dict[str, dict[str, object]] = {
            name: {k: f(r) for k, f in HEADLINES.items()} for name, r in reports.items()
        }
        for split, per in held_out.items():
            figures[f"{split} 95% interval"] = {k: interval(per, k) for k in HEADLINES}
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

