"""Inputs named as local paths, globs (``news/*.jsonl``) or fsspec URLs (``s3://bucket/news/``).

Local files are read in place (:mod:`claimx.io.reader`). A URL's files are copied one at a time
to a temporary folder and read from there, so every format and encoding reads as it does
locally; the records keep the URL as their path. URLs need ``fsspec`` (installed with the dask
extra) and the filesystem's own package (``s3fs`` for ``s3://``).
"""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from claimx.io.reader import InputError, InputRecord, iter_files, read_inputs

LARGE_INPUT = 8_000_000
"""Bytes of input above which ``--workers`` defaults to one per core: starting a worker and
loading its pipeline takes about two seconds, the time one core extracts ~2.5 MB in."""


def is_url(spec: str) -> bool:
    return "://" in spec


def read_locations(specs: Iterable[str]) -> Iterator[InputRecord | InputError]:
    """Records of every input, in the order given (each glob's and folder's matches sorted)."""
    for spec in specs:
        if is_url(spec):
            yield from _read_url(spec)
        elif glob.has_magic(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                yield InputError(spec, "no file matches this pattern")
            yield from read_inputs(matches)
        else:
            yield from read_inputs([spec])


def _read_url(spec: str) -> Iterator[InputRecord | InputError]:
    try:
        import fsspec
    except ImportError:
        yield InputError(spec, "reading URLs needs fsspec: pip install 'claimx[dask]'")
        return
    try:
        fs, _, paths = fsspec.get_fs_token_paths(spec)
        files = sorted(_expand(fs, paths))
    except (ImportError, OSError, ValueError) as exc:
        yield InputError(spec, f"cannot list: {exc}")
        return
    if not files:
        yield InputError(spec, "no such file or directory")
    for path in files:
        yield from _read_remote_file(fs, path)


def _expand(fs: Any, paths: list[str]) -> Iterator[str]:
    for path in paths:
        yield from (fs.find(path) if fs.isdir(path) else [path])


def _read_remote_file(fs: Any, path: str) -> Iterator[InputRecord | InputError]:
    url = fs.unstrip_protocol(path)
    with tempfile.TemporaryDirectory(prefix="claimx-") as folder:
        local = Path(folder) / Path(path).name
        try:
            fs.get_file(path, str(local))
        except OSError as exc:
            yield InputError(url, f"cannot read: {exc}")
            return
        for item in read_inputs([local]):
            item.path = url if item.path == str(local) else item.path
            yield item


def input_size(specs: Iterable[str], enough: int = LARGE_INPUT) -> int:
    """Bytes of the local inputs, counted until ``enough`` (a folder of millions is not walked
    to its end to decide how many workers to start)."""
    total = 0
    for spec in specs:
        if is_url(spec):
            return enough
        names = glob.glob(spec, recursive=True) if glob.has_magic(spec) else [spec]
        for item in iter_files(names):
            total += os.path.getsize(item) if isinstance(item, Path) else 0
            if total >= enough:
                return total
    return total
