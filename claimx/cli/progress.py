"""``claimx extract``'s progress on a terminal: a bar, articles done (of how many, once they
are counted), articles per second, claims and errors, drawn on standard error.

Drawn with rich (installed with typer already): it redraws from a thread of its own at a fixed
rate, fits the terminal's width, hides the cursor and leaves the last state on screen when the
run ends or is interrupted — what a hand-written ``\\r`` line would each have to redo. Nothing
is drawn when standard error is not a terminal (a log, a pipe, CI) or with ``-q``; the library
never draws (the run only calls :meth:`Progress.count` with each result).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

JSONL_CHUNK = 1 << 20


def wanted(quiet: bool, jsonl: str | None) -> bool:
    """A bar only on a terminal, and not over JSON lines written to that same terminal."""
    if quiet or not sys.stderr.isatty():
        return False
    return not (jsonl == "-" and sys.stdout.isatty())


def _lines(path: Path) -> int:
    """Articles of a JSON-lines file: its non-blank lines."""
    count = 0
    with path.open("rb") as handle:
        for line in handle:
            count += bool(line.strip())
    return count


def count_articles(specs: Iterable[str]) -> int | None:
    """How many articles (and bad lines) the local inputs hold; ``None`` for URLs."""
    import glob

    from claimx.io.locations import is_url
    from claimx.io.reader import iter_files

    total = 0
    for spec in specs:
        if is_url(spec):
            return None
        names = sorted(glob.glob(spec, recursive=True)) if glob.has_magic(spec) else [spec]
        for item in iter_files(names):
            if not isinstance(item, Path):
                continue
            suffix = item.suffix.lower()
            total += _lines(item) if suffix == ".jsonl" else suffix in (".txt", ".json")
    return total


class Progress:
    """Counts the results of a run and shows them in a rich progress bar."""

    def __init__(self, bar: Any, task: Any) -> None:
        from claimx.engines.jobs import Rendered
        from claimx.io.reader import InputError

        self.bar, self.task = bar, task
        self.rendered, self.error = Rendered, InputError
        self.extracted = self.kept = self.claims = self.errors = 0
        self.started = time.monotonic()

    def count(self, result: Any) -> None:
        """One result of the run (see :data:`claimx.engines.run.Observer`)."""
        if isinstance(result, self.error):
            if result.skipped:
                return
            self.errors += 1
        elif isinstance(result, self.rendered):
            self.extracted += 1
            self.claims += result.claims
        else:  # kept by --resume
            self.kept += 1
            self.claims += result.claims
        elapsed = max(time.monotonic() - self.started, 1e-9)
        self.bar.update(
            self.task, advance=1, claims=self.claims, errors=self.errors,
            rate=self.extracted / elapsed,
        )  # fmt: skip

    def set_total(self, total: int | None) -> None:
        if total is not None:
            total = max(total, self.done)
            self.bar.update(self.task, total=total, of=total)

    @property
    def done(self) -> int:
        return self.extracted + self.kept + self.errors

    def finish(self) -> None:
        """A bar whose count was off (a folder that could not be read) ends full."""
        task = self.bar.tasks[0]
        if task.total is not None and task.total != self.done:
            self.bar.update(self.task, total=self.done, of=self.done)


def _columns() -> list[Any]:
    """``━━━━━━━━━━ 1500/3600 articles · 61.0 articles/s · 34512 claims · 0 errors``: fits an
    80-column terminal."""
    from rich.progress import BarColumn, TextColumn

    return [
        BarColumn(bar_width=10),
        TextColumn(
            "{task.completed}/{task.fields[of]} articles · {task.fields[rate]:.1f} articles/s · "
            "{task.fields[claims]} claims · {task.fields[errors]} errors"
        ),
    ]


@contextmanager
def shown(inputs: list[str]) -> Iterator[Progress]:
    """A progress bar on standard error while the block runs; the inputs' articles are
    counted meanwhile in a thread (a large corpus starts at once, its total comes later)."""
    from rich.console import Console
    from rich.progress import Progress as Bar

    console = Console(stderr=True)
    bar = Bar(
        *_columns(), console=console, refresh_per_second=4,
        redirect_stdout=False, redirect_stderr=False,  # JSON lines may go to standard output
    )  # fmt: skip
    task = bar.add_task("extract", total=None, of="?", claims=0, errors=0, rate=0.0)
    progress = Progress(bar, task)
    counter = threading.Thread(
        target=lambda: progress.set_total(_safe_count(inputs)), daemon=True, name="claimx-count"
    )
    with bar:
        counter.start()
        yield progress
        counter.join(timeout=0.1)
        progress.finish()


def _safe_count(inputs: list[str]) -> int | None:
    try:
        return count_articles(inputs)
    except OSError:  # the run itself names what cannot be read
        return None
