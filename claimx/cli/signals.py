"""SIGTERM ends a run as Ctrl-C does: through ``KeyboardInterrupt``, so that temporary files
are removed and a folder's index lists what was written (Python's default for SIGTERM ends the
process at once, leaving a hidden ``.tmp`` behind)."""

from __future__ import annotations

import signal
from types import FrameType


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def interrupt_on_sigterm() -> None:
    """For the CLI's own process only: a library leaves its host's signals alone."""
    signal.signal(signal.SIGTERM, _interrupt)
