"""Names and temporary files of the output, kept safe for any document id and any ending of a
run (a full disk, a signal, a kill).

File names: a document id can be longer than a file name may be (255 bytes on most file
systems, less the temporary name's additions), so a long one is cut and the digest of the whole
id added, which keeps names unique. Temporary files carry the writing process's id, so that the
next run can remove those whose writer is gone (SIGKILL leaves no chance to clean up).
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import tempfile
from pathlib import Path

MAX_STEM_BYTES = 120
"""The longest output file stem, in UTF-8 bytes: far below the 255 of a name, with room for
``~N``, ``.json`` and a temporary file's prefix and suffix."""
DIGEST_CHARS = 16
_TEMPORARY = re.compile(r"\A\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp\Z")


def bounded_stem(stem: str, doc_id: str) -> str:
    """``stem`` itself when short enough; else its start and the digest of the full ``doc_id``."""
    if len(stem.encode("utf-8")) <= MAX_STEM_BYTES:
        return stem
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:DIGEST_CHARS]
    room = MAX_STEM_BYTES - DIGEST_CHARS - 1
    head = stem.encode("utf-8")[:room].decode("utf-8", "ignore")
    return f"{head}-{digest}"


def temporary_prefix(path: Path) -> str:
    """The start of a temporary file's name for ``path``: hidden, with this process's id."""
    return f".{path.name}.{os.getpid()}."


def temporary_path(path: Path) -> Path:
    """A new temporary file name beside ``path`` (``.<name>.<pid>.<random>.tmp``)."""
    return path.with_name(f"{temporary_prefix(path)}{secrets.token_hex(6)}.tmp")


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files in ``folder`` whose writing process no longer runs."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return removed
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if match and not _running(int(match["pid"])):
            try:
                entry.unlink()
                removed.append(entry)
            except OSError:
                pass
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


class OutputError(Exception):
    """The output cannot be written where the options say; the message names the path."""


def check_folder(folder: Path) -> None:
    """That ``folder`` is (or can become) a folder this process can write in."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: not a folder (-o names an existing file)")
    _check_writable(folder)


def check_file(path: Path) -> None:
    """That ``path`` can be written as a file (its folder made if need be)."""
    if path.is_dir():
        raise OutputError(f"{path}: a folder (--jsonl names the file to write)")
    _check_writable(path.parent)


def _check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=temporary_prefix(folder)):
            pass
    except OSError as exc:
        raise OutputError(f"{exc.filename or folder}: cannot write: {exc.strerror}") from None
