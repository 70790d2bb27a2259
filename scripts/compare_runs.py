"""What a rule change did on real text: two ``claimx extract --jsonl`` outputs of the same input,
claim by claim (matched by id), one field at a time, with a random sample of the changes to read.

    .venv/bin/claimx extract corpus.jsonl --jsonl before.jsonl   # on the old rules
    .venv/bin/claimx extract corpus.jsonl --jsonl after.jsonl    # on the new rules
    .venv/bin/python scripts/compare_runs.py before.jsonl after.jsonl source [--show 30]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any


def claims_by_id(path: Path) -> dict[str, dict[str, Any]]:
    out = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            for claim in json.loads(line)["claims"]:
                out[claim["id"]] = claim
    return out


def shown(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("text") if "text" in value and "value" not in value else value
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("field", help="a claim field: source, time, item, hedged, quantity, ...")
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    before, after = claims_by_id(args.before), claims_by_id(args.after)
    print(f"claims {len(before)} -> {len(after)}; only before {len(set(before) - set(after))}, "
          f"only after {len(set(after) - set(before))}")
    key = lambda c: json.dumps(c.get(args.field), sort_keys=True)  # noqa: E731
    changed = [(before[i], after[i]) for i in sorted(set(before) & set(after))
               if key(before[i]) != key(after[i])]
    print(f"{args.field} changed on {len(changed)} claims")
    random.Random(0).shuffle(changed)
    for old, new in changed[: args.show]:
        print(f"{shown(old.get(args.field))!r} -> {shown(new.get(args.field))!r} :: {old['text']}"
              f" :: {old['sentence']['text'][:220]}")
    gone = [before[i] for i in set(before) - set(after)]
    new = [after[i] for i in set(after) - set(before)]
    for label, group in (("lost", gone), ("new", new)):
        for claim in sorted(group, key=lambda c: c["id"])[: args.show]:
            print(f"{label}: {claim['text']} :: {claim['sentence']['text'][:200]}")


if __name__ == "__main__":
    main()
