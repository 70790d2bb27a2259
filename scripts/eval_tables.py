"""``make eval``: the seeds and the development gold, scored side by side in one table."""

from __future__ import annotations

import argparse
from pathlib import Path

from claimx.cli.eval_cmd import run
from claimx.evaluation.render import render_table

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    corpora = args.shared / "corpora"
    corpus = REPO / "corpus"
    seeds = run(args.shared / "gold" / "seeds.jsonl", None, corpus, str(corpus), corpora)
    dev = run(REPO / "gold" / "dev.jsonl", None, None, None, corpora)
    print(render_table({"seeds": seeds, "dev": dev}))


if __name__ == "__main__":
    main()
