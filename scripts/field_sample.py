"""A field sample: many fresh articles, a few figures each, for blind annotation of their fields.

Whole-article blind batches (``select_test_articles.py``) give about 65 attributed figures per
twenty articles; the fields that miss their targets (source, time, hedges, item) need more fresh
figures than that to show which error classes are frequent. Here an annotator reads each article
whole but annotates only the figures listed for it, so the same effort covers three times as many
articles.

Selection, independent of every field claimx reads (only the figures' positions come from
claimx, whose claim finding generalises: test F1 0.956):

- the pools: ``fakebr``, Fake.br articles above ``FRESH_LAST_ID``, outside gold, outside the
  reserved ones and outside every pool of ``select_test_articles.py`` (so future dev slices never
  meet it), of at most ``MAX_CHARS`` characters, with at least ``MIN_CUED`` sentences that hold a
  reporting cue and a digit; ``publico``, the Público documents of the Bosque treebank outside
  gold (the short ones that the dev and test pools, of three figures or more, left) with at least
  one such sentence, cues of European Portuguese added; ``ptnews``, the articles of
  ``ptpt-news`` (rebuilt by ``make corpora``) outside gold and outside the next dev slices of
  its pools (``select_test_articles.py`` takes its pools' first articles; this pool takes them
  from the end), with at least one such sentence; ``dev11``, the development slice DEV11 of
  ``select_test_articles.py`` (tuning material drawn as a field sample); each sorted by id and
  shuffled with ``random.Random(f"{SEED}-{pool}")``;
- per article at most ``CUED_FIGURES`` figures whose sentence, or the sentence before it, holds a
  reporting cue or a quotation mark, and ``PLAIN_FIGURES`` others, drawn with a seeded generator.

    .venv/bin/python scripts/field_sample.py select START END --pool fakebr --parts 2 --out DIR
    # annotators fill DIR/partK.yaml (one mapping per listed figure, with ``fig: K``)
    .venv/bin/python scripts/field_sample.py gold DIR/partK.yaml --out DIR/partK_gold.yaml
    .venv/bin/python scripts/build_gold.py DIR/partK_gold.yaml DIR/partK.jsonl

Scores on such a file count only the fields of matched figures (its claim precision means
nothing: unlisted figures are not annotated).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_test_articles as slices

from claimx import Extractor
from claimx.io.corpora import CorpusDocument, all_documents

SEED = 20261207
MAX_CHARS = 9000
MIN_CUED = 2
CUED_FIGURES, PLAIN_FIGURES = 3, 1
PTNEWS_FOR_FIELD = 25
QUOTES = "\"“”«»"
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# Reporting verbs of European Portuguese news beside select_test_articles' list (a selection
# weight only, not a rule of claimx).
_CUE_PT = re.compile(
    r"\b(referiu|adiantou|sublinhou|salientou|frisou|acrescentou|indicou|considerou|garantiu|"
    r"admitiu|defendeu|explicou|afirma|refere|adianta|estimou|calcula|revela)\b",
    re.IGNORECASE,
)


def gold_ids() -> set[str]:
    ids = set()
    for name in ("dev.jsonl", "test.jsonl"):
        with (slices.ROOT / "gold" / name).open(encoding="utf-8") as handle:
            ids |= {json.loads(line)["doc"] for line in handle if line.strip()}
    return ids


def cued_pt_sentences(text: str) -> int:
    return sum(
        1
        for s in slices._SENTENCE.findall(text)
        if (slices._CUE.search(s) or _CUE_PT.search(s)) and any(c.isdigit() for c in s)
    )


def in_pool(doc: CorpusDocument, pool: str) -> bool:
    if pool == "fakebr":
        return (
            doc.id.startswith("fakebr-")
            and int(doc.id.removeprefix("fakebr-")) > slices.FRESH_LAST_ID
            and len(doc.text) <= MAX_CHARS
            and slices.cued_sentences(doc.text) >= MIN_CUED
        )
    prefix = "bosque-" if pool == "publico" else "ptnews-"
    return doc.id.startswith(prefix) and cued_pt_sentences(doc.text) >= 1


def pool(name: str) -> list[CorpusDocument]:
    if name == "dev11":
        wanted = {doc_id for _, doc_id in slices.select("dev11")}
        docs = sorted((d for d in all_documents(slices.CORPORA) if d.id in wanted),
                      key=lambda d: d.id)
        random.Random(f"{SEED}-{name}").shuffle(docs)
        return docs
    pools = slices.pools()
    skip = slices.excluded() | gold_ids()
    if name == "ptnews":
        # ptpt-news has too few articles to leave its dev pools whole: this pool takes their
        # last PTNEWS_FOR_FIELD articles, which dev slices, taken from the front, reach last.
        # Articles of ptpt-news outside both pools (fewer than three figures) are in it too.
        skip |= {i for p in ("ptnews-lusa", "ptnews-fav") for i in pools[p][:-PTNEWS_FOR_FIELD]}
        skip |= {i for p, ids in pools.items() if not p.startswith("ptnews") for i in ids}
    else:
        skip |= {i for ids in pools.values() for i in ids}
    docs = [d for d in all_documents(slices.CORPORA) if d.id not in skip and in_pool(d, name)]
    docs.sort(key=lambda d: d.id)
    # The first sample (field1) was drawn with the seed "-field"; kept so that it reproduces.
    random.Random(f"{SEED}-field" if name == "fakebr" else f"{SEED}-{name}").shuffle(docs)
    return docs


def sentence_bounds(text: str, start: int) -> tuple[int, int, int]:
    """The start of the sentence before the one holding ``start``, that sentence's start, its end
    (a plain punctuation split: a selection weight only, not claimx's sentence splitter)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    before = [e for e in ends if e <= start]
    own = before[-1] if before else 0
    previous = before[-2] if len(before) > 1 else 0
    after = next((e for e in ends if e > start), len(text))
    return previous, own, after


def cued(text: str, start: int, european: bool) -> bool:
    previous, _, end = sentence_bounds(text, start)
    window = text[previous:end]
    cue = slices._CUE.search(window) or (european and _CUE_PT.search(window))
    return bool(cue) or any(q in window for q in QUOTES)


def chosen_figures(doc: CorpusDocument, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    rng = random.Random(f"{SEED}-{doc.id}")
    european = doc.id.startswith(("bosque-", "ptnews-"))
    with_cue = [s for s in spans if cued(doc.text, s[0], european)]
    plain = [s for s in spans if s not in with_cue]
    picked = rng.sample(with_cue, min(CUED_FIGURES, len(with_cue)))
    picked += rng.sample(plain, min(PLAIN_FIGURES, len(plain)))
    return sorted(picked)


def marked_sentence(text: str, start: int, end: int) -> str:
    _, own, after = sentence_bounds(text, start)
    line = text[own:start] + "⟦" + text[start:end] + "⟧" + text[end:after]
    return " ".join(line.split())


def select(name: str, start: int, end: int, parts: int, out: Path) -> None:
    docs = pool(name)[start:end]
    extractor = Extractor()
    (out / "texts").mkdir(parents=True, exist_ok=True)
    listing: list[list[str]] = [[] for _ in range(parts)]
    tsv: list[list[str]] = [[] for _ in range(parts)]
    figures_total = 0
    for index, doc in enumerate(docs):
        article = extractor.extract(doc.text, doc.id, doc.published)
        spans = sorted({tuple(c.quantity.span) for c in article.claims if c.quantity.span})
        picked = chosen_figures(doc, spans)
        if not picked:
            continue
        part = index % parts
        (out / "texts" / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
        tsv[part].append(f"{doc.id}\t{doc.published or ''}")
        listing[part].append(f"## {doc.id} (published {doc.published or 'undated'})")
        for number, (s, e) in enumerate(picked, 1):
            listing[part].append(f"- fig {number}: «{doc.text[s:e]}» at offset {s}: "
                                 f"{marked_sentence(doc.text, s, e)}")
        listing[part].append("")
        figures_total += len(picked)
    for part in range(parts):
        (out / f"part{part + 1}.tsv").write_text("\n".join(tsv[part]) + "\n", encoding="utf-8")
        (out / f"part{part + 1}_figures.md").write_text("\n".join(listing[part]), encoding="utf-8")
    print(f"{sum(map(len, tsv))} articles, {figures_total} figures, {parts} parts in {out}")


def occurrence(text: str, mention: str, start: int) -> int | None:
    """The 1-based occurrence of ``mention`` whose span holds the figure starting at ``start``."""
    found = [m.start() for m in re.finditer(re.escape(mention), text)]
    for number, at in enumerate(found, 1):
        if at <= start < at + len(mention):
            return number
    return None


def to_gold(annotations: Path, out: Path, figures_md: Path) -> None:
    """Resolves each ``fig: K`` to the occurrence of its mention (``n``) for build_gold.py."""
    listed: dict[tuple[str, int], int] = {}
    doc = ""
    for line in figures_md.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            doc = line.split()[1]
        elif match := re.match(r"- fig (\d+): «.*» at offset (\d+):", line):
            listed[(doc, int(match[1]))] = int(match[2])
    wanted = {doc_id for doc_id, _ in listed}
    texts = {d.id: d.text for d in all_documents(slices.CORPORA) if d.id in wanted}
    data: dict[str, list[dict[str, Any]]] = yaml.safe_load(annotations.read_text(encoding="utf-8"))
    problems = []
    for doc_id, claims in data.items():
        # A listed figure the guide does not count as a claim is written {fig: K, skip: why}.
        data[doc_id] = claims = [c for c in claims or [] if "skip" not in c]
        for claim in claims:
            fig = claim.pop("fig", None)
            if fig is None or (doc_id, fig) not in listed:
                problems.append(f"{doc_id}: claim {claim.get('m')!r} names no listed figure")
                continue
            if "ctx" in claim or "n" in claim:
                continue
            number = occurrence(texts[doc_id], claim["m"], listed[(doc_id, fig)])
            if number is None:
                problems.append(f"{doc_id} fig {fig}: {claim['m']!r} does not hold the figure")
            elif len(re.findall(re.escape(claim["m"]), texts[doc_id])) > 1:
                claim["n"] = number
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{sum(len(c or []) for c in data.values())} claims → {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    picking = commands.add_parser("select")
    picking.add_argument("start", type=int)
    picking.add_argument("end", type=int)
    picking.add_argument(
        "--pool", choices=("fakebr", "publico", "ptnews", "dev11"), default="fakebr"
    )
    picking.add_argument("--parts", type=int, default=2)
    picking.add_argument("--out", type=Path, required=True)
    converting = commands.add_parser("gold")
    converting.add_argument("annotations", type=Path)
    converting.add_argument("--figures", type=Path, required=True)
    converting.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "select":
        select(args.pool, args.start, args.end, args.parts, args.out)
    else:
        to_gold(args.annotations, args.out, args.figures)


if __name__ == "__main__":
    main()
