"""A blind judgement of what a set of changes did on fresh text: two ``claimx extract --jsonl``
outputs of the same corpus (before and after), a seeded sample of the figures whose field changed,
each shown with its context and the two readings in a random order, for a judge who cannot tell
which reading is the new one.

    .venv/bin/python scripts/blind_ab.py sample before.jsonl after.jsonl --corpus fresh.jsonl \\
        --field source --field time --per-field 40 --out ab/
    # the judge fills ab/answers.tsv (1, 2, both or neither per line), reading only ab/task.md
    .venv/bin/python scripts/blind_ab.py score ab/

Figures are paired by document and quantity span, so a change of the item that moves the claim's
span (``queda de 20%``) is still one figure. ``score`` prints, per field, how often only the new
reading was right, only the old one, both, neither: the share of changes that were improvements,
measured by someone who did not make them.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

FigureKey = tuple[str, int, int]
CONTEXT_BEFORE, CONTEXT_AFTER = 400, 160
ANSWERS = ("1", "2", "both", "neither")


def figures(path: Path) -> tuple[dict[FigureKey, dict[str, Any]], dict[str, str | None]]:
    """Claims keyed by (document, quantity span), and each document's publication date."""
    claims: dict[FigureKey, dict[str, Any]] = {}
    published: dict[str, str | None] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            doc = record["doc"]["id"]
            published[doc] = record["doc"].get("published")
            for claim in record["claims"]:
                start, end = claim["quantity"]["span"]
                claims[(doc, start, end)] = claim
    return claims, published


def corpus_texts(paths: list[Path]) -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                texts[str(record["id"])] = record["text"]
    return texts


def reading(claim: dict[str, Any], field: str) -> str:
    """A field as a judge reads it."""
    value = claim.get(field)
    if value is None or value is False:
        return "(none)" if field != "hedged" else "not hedged"
    if value is True:
        return "hedged"
    if field == "source":
        canonical = f" [{value['canonical']}]" if value.get("canonical") else ""
        return f"{value['text']}{canonical} (cue: {value.get('cue')})"
    if field == "time":
        return f"{value['text']} → {value['value']}"
    return str(value)


def sample(args: argparse.Namespace) -> None:
    before, published = figures(args.before)
    after, _ = figures(args.after)
    texts = corpus_texts(args.corpus)
    rng = random.Random(args.seed)
    tasks, key = [], {}
    for field in args.field:
        changed = sorted(
            k
            for k in before.keys() & after.keys()
            if reading(before[k], field) != reading(after[k], field)
        )
        print(f"{field}: {len(changed)} figures changed")
        for k in rng.sample(changed, min(args.per_field, len(changed))):
            tasks.append((field, k, before[k], after[k]))
    rng.shuffle(tasks)
    lines = [
        "# Which reading is right? (by /work/shared/annotation-guide.md)\n",
        "For each figure: the field named, two readings. Answer `1`, `2`, `both` (both "
        "acceptable) or `neither`, in answers.tsv.\n",
    ]
    template = []
    for n, (field, (doc, start, end), old, new) in enumerate(tasks, 1):
        text = texts[doc]
        sentence_start, sentence_end = old["sentence"]["span"]
        left = max(0, sentence_start - CONTEXT_BEFORE)
        right = min(len(text), sentence_end + CONTEXT_AFTER)
        shown = (text[left:start] + "⟦" + text[start:end] + "⟧" + text[end:right]).replace(
            "\n", " ⏎ "
        )
        new_first = rng.random() < 0.5
        options = (new, old) if new_first else (old, new)
        key[str(n)] = {
            "field": field,
            "after_is": "1" if new_first else "2",
            "figure": [doc, start, end],
        }
        lines += [
            f"## {n}. {field} of ⟦{text[start:end]}⟧ ({doc}, published {published.get(doc)})\n",
            f"…{shown}…\n",
            f"1. {reading(options[0], field)}",
            f"2. {reading(options[1], field)}\n",
        ]
        template.append(f"{n}\t{field}\t")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "task.md").write_text("\n".join(lines), encoding="utf-8")
    (args.out / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    (args.out / "answers.tsv").write_text("\n".join(template) + "\n", encoding="utf-8")
    print(f"{len(tasks)} figures to judge in {args.out / 'task.md'}")


def score(args: argparse.Namespace) -> None:
    key = json.loads((args.dir / "key.json").read_text(encoding="utf-8"))
    counts: dict[str, Counter[str]] = {}
    for number, line in enumerate(
        (args.dir / "answers.tsv").read_text(encoding="utf-8").splitlines(), 1
    ):
        if not line.strip():
            continue
        n, field, answer = [*line.split("\t"), "", ""][:3]
        answer = answer.strip().lower()
        if answer not in ANSWERS:
            raise SystemExit(f"answers.tsv:{number}: answer {answer!r} is not one of {ANSWERS}")
        verdict = (
            answer
            if answer in ("both", "neither")
            else "after"
            if answer == key[n]["after_is"]
            else "before"
        )
        counts.setdefault(field, Counter())[verdict] += 1
    print(f"{'field':8} {'judged':>6} {'after':>6} {'before':>6} {'both':>5} {'neither':>7}  net")
    for field, c in counts.items():
        judged = sum(c.values())
        print(
            f"{field:8} {judged:6} {c['after']:6} {c['before']:6} {c['both']:5} {c['neither']:7}"
            f"  {c['after'] - c['before']:+d}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("sample", help="draw the figures to judge")
    make.add_argument("before", type=Path)
    make.add_argument("after", type=Path)
    make.add_argument("--corpus", type=Path, action="append", required=True)
    make.add_argument("--field", action="append", required=True)
    make.add_argument("--per-field", type=int, default=40)
    make.add_argument("--seed", type=int, default=0)
    make.add_argument("--out", type=Path, required=True)
    judge = commands.add_parser("score", help="count the judge's answers")
    judge.add_argument("dir", type=Path)
    args = parser.parse_args()
    sample(args) if args.command == "sample" else score(args)


if __name__ == "__main__":
    main()
