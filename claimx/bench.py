"""``make bench``: throughput and memory of extraction against spaCy's bare Portuguese tokenizer.

Prints MB/s, articles/s, peak RSS and the ratio to ``spacy.blank("pt")`` through ``nlp.pipe``
over the same texts. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections.abc import Iterator
from pathlib import Path

import spacy

from claimx.extractor import Extractor
from claimx.parallel import extract_parallel
from claimx.reader import InputRecord, read_inputs


def texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)["text"]


def tokenizer_seconds(path: Path) -> float:
    nlp = spacy.blank("pt")
    start = time.perf_counter()
    for _ in nlp.pipe(texts(path), batch_size=64):
        pass
    return time.perf_counter() - start


def claimx_seconds(path: Path, workers: int) -> tuple[float, float, int, int]:
    """(startup, extraction) seconds, articles and claims. With one worker the pipeline is
    loaded before the clock starts, as the tokenizer's is; with more, the workers load theirs
    inside the run (their startup is part of it)."""
    start = time.perf_counter()
    extractor = Extractor() if workers == 1 else None
    startup = time.perf_counter() - start
    start = time.perf_counter()
    articles = claims = 0
    if extractor is None:
        results = extract_parallel([path], workers)
    else:
        records = (r for r in read_inputs([path]) if isinstance(r, InputRecord))
        results = extractor.extract_records(records)
    for article in results:
        articles += 1
        claims += len(getattr(article, "claims", []))
    return startup, time.perf_counter() - start, articles, claims


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path, help="A .jsonl file with a 'text' field per line.")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"bench: {args.corpus} is absent (the shared corpora are needed)")
    megabytes = sum(len(t.encode("utf-8")) for t in texts(args.corpus)) / 1e6
    base = tokenizer_seconds(args.corpus)
    startup, seconds, articles, claims = claimx_seconds(args.corpus, args.workers)
    print(f"corpus      {args.corpus} ({megabytes:.1f} MB, {articles} articles, {claims} claims)")
    print(f"tokenizer   {megabytes / base:.2f} MB/s  (spacy.blank('pt') through nlp.pipe)")
    print(f"claimx      {megabytes / seconds:.2f} MB/s  {articles / seconds:.0f} articles/s  "
          f"workers={args.workers}")
    if args.workers == 1:
        print(f"startup     {startup:.2f} s to load the pipeline (not in the throughput)")
    print(f"ratio       {base / seconds:.2f} of the bare tokenizer's throughput (target >= 0.5)")
    print(f"peak RSS    {peak_rss_mb():.0f} MB (this process; target < 400 MB)")
    if args.workers > 1:
        print(f"            {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB (the largest worker)")


if __name__ == "__main__":
    main()
