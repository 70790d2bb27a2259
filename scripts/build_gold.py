"""Build a gold file from its annotations (offsets are computed, never typed).

    .venv/bin/python scripts/build_gold.py [ANNOTATIONS.yaml [OUT.jsonl]] [--check]

Defaults: gold/dev_annotations.yaml -> gold/dev.jsonl. The test split:
``scripts/build_gold.py gold/test_annotations.yaml gold/test.jsonl``. Every annotated document
is also listed, claims or not, in ``OUT.docs`` (one id a line) so that documents without claims
still count against spurious predictions (``claimx eval --docs``).

Annotation file: a mapping doc id -> list of claims. Each claim is a mapping with
  m      the mention (quantity + item where they are contiguous) exactly as in the text
  ctx    optional longer snippet, unique in the text, that contains m (disambiguates repeats)
  n      optional 1-based occurrence of m (or of m inside ctx) when it repeats
  q      quantity.text (default: m); must occur inside m
  v      quantity.value (null for vague)          rel  relation (default "=")
  lo/hi  bounds where they cannot be derived (vague: lo = the scale; range: hi)
  unit   quantity.unit (default null)             item  item (default null)
  src    [text, canonical, cue] or null           hedged  bool (default false)
  time   [text, iso value] or null                actor   (default null)
  opt    optional (default false)                 note    free text
  xsent  true when src/item legitimately lie outside the claim's sentence (lead-in lists)
Bounds follow the guide: = -> low=high=value; > >= -> low=value; < <= -> high=value;
~ -> both null; range -> value=low, low, high; vague -> value null, low = scale.
The script fails loudly (naming doc and mention) when a mention is missing or ambiguous, or a
field does not occur in the claim's sentence. The project keeps no article text: only ids,
offsets and the short mention strings.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from claimx.io.corpora import documents_by_id  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
SRC = Path(ARGS[0]).resolve() if ARGS else ROOT / "gold" / "dev_annotations.yaml"
OUT = Path(ARGS[1]).resolve() if len(ARGS) > 1 else ROOT / "gold" / "dev.jsonl"
RELATIONS = {"=", ">", ">=", "<", "<=", "~", "range", "vague"}
KEYS = {"m", "ctx", "n", "q", "v", "rel", "lo", "hi", "unit", "item", "src", "hedged", "time",
        "actor", "opt", "note", "xsent"}
_BOUNDARY = re.compile(r"\n|(?<=[.!?…])[\"”’)\]]*\s+")


class GoldError(Exception):
    pass


def occurrences(hay: str, needle: str) -> list[int]:
    """Start offsets of needle in hay, not counting hits inside a longer word or number."""
    out, i = [], hay.find(needle)
    while i >= 0:
        j = i + len(needle)
        left_ok = i == 0 or not (needle[0].isalnum() and hay[i - 1].isalnum())
        right_ok = j == len(hay) or not (needle[-1].isalnum() and hay[j].isalnum())
        if left_ok and right_ok:
            out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(doc_id: str, text: str, c: dict) -> int:
    m = c["m"]
    base, hay = 0, text
    if "ctx" in c:
        ctx = c["ctx"]
        hits = occurrences(text, ctx)
        if len(hits) != 1:
            raise GoldError(f"{doc_id}: context {ctx!r} occurs {len(hits)} times (need 1)")
        base, hay = hits[0], ctx
    hits = occurrences(hay, m)
    if not hits:
        raise GoldError(f"{doc_id}: mention {m!r} not found" + (" in ctx" if base else ""))
    if "n" in c:
        if not 1 <= c["n"] <= len(hits):
            raise GoldError(f"{doc_id}: mention {m!r} has {len(hits)} occurrences, n={c['n']}")
        return base + hits[c["n"] - 1]
    if len(hits) > 1:
        raise GoldError(f"{doc_id}: mention {m!r} is ambiguous ({len(hits)} occurrences); "
                        "give n or ctx")
    return base + hits[0]


def sentence_of(text: str, start: int, end: int) -> str:
    s = 0
    for b in _BOUNDARY.finditer(text):
        if b.end() <= start:
            s = b.end()
        elif b.start() >= end:
            return text[s:b.start()]
    return text[s:]


def bounds(doc_id: str, c: dict) -> tuple:
    rel, v = c.get("rel", "="), c.get("v")
    if rel not in RELATIONS:
        raise GoldError(f"{doc_id}: {c['m']!r}: bad relation {rel!r}")
    if rel == "=":
        return v, v
    if rel in (">", ">="):
        return v, None
    if rel in ("<", "<="):
        return None, v
    if rel == "~":
        return None, None
    if rel == "range":
        if v is None or "hi" not in c:
            raise GoldError(f"{doc_id}: {c['m']!r}: range needs v (low) and hi")
        return v, c["hi"]
    if v is not None or "lo" not in c:
        raise GoldError(f"{doc_id}: {c['m']!r}: vague needs v null and lo (the scale)")
    return c["lo"], None


def build_claim(doc_id: str, text: str, c: dict) -> dict:
    unknown = set(c) - KEYS
    if unknown:
        raise GoldError(f"{doc_id}: {c.get('m')!r}: unknown keys {sorted(unknown)}")
    m = c["m"]
    start = locate(doc_id, text, c)
    end = start + len(m)
    assert text[start:end] == m, (doc_id, m)
    q = c.get("q", m)
    if q not in m:
        raise GoldError(f"{doc_id}: quantity {q!r} not inside mention {m!r}")
    low, high = bounds(doc_id, c)
    sentence = sentence_of(text, start, end)
    src = c.get("src")
    source = None
    if src is not None:
        if len(src) != 3:
            raise GoldError(f"{doc_id}: {m!r}: src must be [text, canonical, cue]")
        source = {"text": src[0], "canonical": src[1], "cue": src[2]}
    time = c.get("time")
    if time is not None:
        if len(time) != 2 or not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?(/\d{4}(-\d\d(-\d\d)?)?)?",
                                              str(time[1])):
            raise GoldError(f"{doc_id}: {m!r}: time must be [text, ISO value], got {time!r}")
        time = {"text": time[0], "value": str(time[1])}
    must = [("quantity.text", q)]
    if not c.get("xsent"):
        must += [("item", c.get("item")), ("source.text", src and src[0]),
                 ("source.cue", src and src[2]), ("time.text", time and time["text"])]
    for name, val in must:
        if val and val not in sentence:
            raise GoldError(f"{doc_id}: {m!r}: {name} {val!r} not in its sentence: {sentence!r}")
    claim = {
        "doc": doc_id, "span": [start, end], "text": m,
        "quantity": {"text": q, "value": c.get("v"), "relation": c.get("rel", "="),
                     "low": low, "high": high, "unit": c.get("unit")},
        "item": c.get("item"), "source": source, "hedged": bool(c.get("hedged", False)),
        "time": time, "actor": c.get("actor"), "optional": bool(c.get("opt", False)),
    }
    if c.get("note"):
        claim["note"] = c["note"]
    return claim


def main() -> int:
    ann = yaml.safe_load(SRC.read_text(encoding="utf-8"))
    docs = documents_by_id(CORPORA, set(ann))
    missing = set(ann) - set(docs)
    if missing:
        raise GoldError(f"documents not in the corpora: {sorted(missing)}")
    claims, errors = [], []
    for doc_id, items in ann.items():
        for c in items or []:
            try:
                claims.append(build_claim(doc_id, docs[doc_id].text, c))
            except GoldError as exc:
                errors.append(str(exc))
    if errors:
        raise GoldError("\n".join(errors))
    claims.sort(key=lambda x: (x["doc"], x["span"][0], x["span"][1]))
    seen = set()
    for x in claims:
        key = (x["doc"], tuple(x["span"]))
        if key in seen:
            raise GoldError(f"{x['doc']}: duplicate span {x['span']} ({x['text']!r})")
        seen.add(key)
    if "--check" not in sys.argv:
        with OUT.open("w", encoding="utf-8") as fh:
            for x in claims:
                fh.write(json.dumps(x, ensure_ascii=False) + "\n")
        OUT.with_suffix(".docs").write_text("".join(f"{d}\n" for d in sorted(ann)),
                                            encoding="utf-8")
    req = [x for x in claims if not x["optional"]]
    corpora = ("fakebr", "factnews", "bosque", "ptnews")
    by_corpus = {p: sum(1 for d in ann if d.startswith(p)) for p in corpora}
    print(f"{len(ann)} docs ({', '.join(f'{n} {p}' for p, n in by_corpus.items())}); "
          f"{len(claims)} claims: {len(req)} required, {len(claims) - len(req)} optional; "
          f"required with source {sum(1 for x in req if x['source'])}, "
          f"hedged {sum(1 for x in req if x['hedged'])}, time {sum(1 for x in req if x['time'])}"
          + ("" if "--check" in sys.argv else f" -> {OUT}"))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except GoldError as exc:
        sys.exit(f"build_gold: {exc}")
