"""Write results atomically: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from claimx.io.output_files import bounded_stem, temporary_path

_UNSAFE = re.compile(r"[^\w.\-]+")


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """Write to ``path`` so that readers see the old file or the whole new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Named before it is made, so that a signal arriving while it is made still removes it
    # (with mkstemp, one arriving as it returned left the file behind).
    tmp = temporary_path(path)
    try:
        with open(tmp, "x", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    with atomic_writer(path) as handle:
        handle.write(text)


def output_name(doc_id: str, taken: set[str]) -> str:
    """A file name for a document id, unique among ``taken`` (which it extends)."""
    base = bounded_stem(_UNSAFE.sub("_", doc_id).strip("._") or "doc", doc_id)
    name, n = f"{base}.json", 1
    while name in taken or name == "index.json":
        n += 1
        name = f"{base}~{n}.json"
    taken.add(name)
    return name
