"""``make bench``: throughput and memory of extraction against spaCy's bare Portuguese tokenizer.

Prints MB/s, articles/s, peak RSS and the ratio to ``spacy.blank("pt")`` through ``nlp.pipe``
over the same texts. A benchmark, not a test: it asserts nothing.

On one core the tokenizer and claimx take turns over the corpus, a round of articles each:
these machines are shared, and a slowdown partway through a run then slows both alike instead
of whichever ran at the time. Reading the input is counted in claimx's time. The process is
set up as the CLI sets up its own (:mod:`claimx.engines.process`).
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import spacy

from claimx.engines import bench_engines
from claimx.engines.process import tune_garbage_collector
from claimx.extractor import Extractor
from claimx.io.reader import InputRecord, read_inputs


def texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)["text"]


ROUND = 300
"""Articles per turn (as a list: a round, not the corpus, is in memory at once)."""


@dataclass
class Timing:
    """Wall-clock seconds, and the process's CPU seconds beside them: on one core and a machine
    to itself the two agree; where other work shares the machine, waiting for a core inflates
    the wall clock of whichever side ran at the time, and CPU time is the steadier measure."""

    tokenizer: float = 0.0
    claimx: float = 0.0
    tokenizer_cpu: float = 0.0
    claimx_cpu: float = 0.0
    startup: float = 0.0
    articles: int = 0
    claims: int = 0


def one_core(path: Path) -> Timing:
    """The tokenizer and claimx in turns, each with its pipeline loaded before its clock."""
    timing = Timing()
    nlp = spacy.blank("pt")
    start = time.perf_counter()
    extractor = Extractor()
    tune_garbage_collector()  # as the CLI does
    timing.startup = time.perf_counter() - start
    records = (r for r in read_inputs([path]) if isinstance(r, InputRecord))
    while True:
        start, cpu = time.perf_counter(), time.process_time()
        batch = list(islice(records, ROUND))
        timing.claimx += time.perf_counter() - start
        timing.claimx_cpu += time.process_time() - cpu
        if not batch:
            return timing
        start, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe((r.text for r in batch), batch_size=64):
            pass
        timing.tokenizer += time.perf_counter() - start
        timing.tokenizer_cpu += time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time()
        for article in extractor.extract_records(batch):
            timing.articles += 1
            timing.claims += len(article.claims)
        timing.claimx += time.perf_counter() - start
        timing.claimx_cpu += time.process_time() - cpu


LONG_SENTENCE_SIZES = (1_000, 10_000, 100_000)


def long_sentence(count: int) -> str:
    """One 'sentence' of ``count`` comma-separated figures (a table pasted as prose)."""
    return "Os números foram " + ", ".join(str(100 + i % 800) for i in range(count)) + "."


def long_sentence_rates(sizes: Iterable[int] = LONG_SENTENCE_SIZES) -> list[tuple[int, float, int]]:
    """(figures, microseconds per figure, bytes of JSON output) for each size: flat time and
    output per figure mean that extraction stays linear however long the sentence."""
    extractor = Extractor()
    tune_garbage_collector()
    rows = []
    for count in sizes:
        text = long_sentence(count)
        start = time.perf_counter()
        article = extractor.extract(text, doc_id="long")
        seconds = time.perf_counter() - start
        rows.append((count, 1e6 * seconds / count, len(article.model_dump_json())))
    return rows


def print_long_sentence() -> None:
    print("one sentence of N comma-separated figures (time and output per figure stay flat):")
    for count, micros, size in long_sentence_rates():
        print(f"  N={count:>7,}  {micros:6.0f} µs/figure  {size / count:7.0f} bytes of JSON/figure")


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "corpus", type=Path, nargs="?", help="A .jsonl file with a 'text' field per line."
    )
    parser.add_argument("--workers", type=int, default=2, help="For the engines' comparison.")
    parser.add_argument(
        "--long-sentence", action="store_true", help="Only the long-sentence bench (no corpus)."
    )
    args = parser.parse_args()
    if args.long_sentence:
        print_long_sentence()
        return
    if args.corpus is None or not args.corpus.exists():
        raise SystemExit(f"bench: {args.corpus} is absent (the shared corpora are needed)")
    megabytes = sum(len(t.encode("utf-8")) for t in texts(args.corpus)) / 1e6
    timing = one_core(args.corpus)
    base, seconds = timing.tokenizer, timing.claimx
    print(f"corpus      {args.corpus} ({megabytes:.1f} MB, {timing.articles} articles, "
          f"{timing.claims} claims)")
    print(f"tokenizer   {megabytes / base:.2f} MB/s  (spacy.blank('pt') through nlp.pipe)")
    rate = timing.articles / seconds
    print(f"claimx      {megabytes / seconds:.2f} MB/s  {rate:.0f} articles/s  one core")
    print(f"startup     {timing.startup:.2f} s to load the pipeline (not in the throughput)")
    print(f"ratio       {base / seconds:.3f} of the bare tokenizer's throughput, wall clock "
          "(target >= 0.5)")
    cpu_ratio = timing.tokenizer_cpu / timing.claimx_cpu
    print(f"            {cpu_ratio:.3f} by CPU time (the steadier of the two where other work "
          "shares the machine)")
    print(f"peak RSS    {peak_rss_mb():.0f} MB (this process; target < 400 MB)")
    engines(args.corpus, args.workers, megabytes, megabytes / base)


def engines(corpus: Path, workers: int, megabytes: float, tokenizer_mb_s: float) -> None:
    """The engines as ``claimx extract`` runs them, output written
    (claimx.engines.bench_engines)."""
    print("\nengines     JSON rendered and written to a temporary folder, as claimx extract does")
    runs = [bench_engines.one_worker(corpus), bench_engines.pool_workers(corpus, workers)]
    try:
        runs.append(bench_engines.dask_workers(corpus, workers))
    except ImportError:
        print("            (dask is not installed: pip install 'claimx[dask]')")
    for line in bench_engines.report(runs, megabytes, tokenizer_mb_s):
        print(line)
    alone = bench_engines.driver_alone(corpus)
    print(f"driver alone {megabytes / alone.cpu_seconds:.1f} MB per CPU second (reading, "
          "planning, writing the index; what --workers and Dask's driver do)")


if __name__ == "__main__":
    main()
