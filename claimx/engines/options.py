"""Options of an extraction run, checked before any work starts (and before any worker process
is spawned: a worker that cannot start must not be the first to find out)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimx.io.published import parse_date
from claimx.pipeline import BLANK, ModelError, model_error
from claimx.rulebook.loader import cached_rulebook


def checked_published(published: str | None) -> str | None:
    """``published`` as an ISO date at its precision; ValueError when it is not a date."""
    if published is None:
        return None
    value = parse_date(published)
    if value is None:
        raise ValueError(
            f"published date {published!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or dd/mm/yyyy)"
        )
    return value


def check_model(model: str | None) -> None:
    """ModelError unless ``model`` is blank, an installed package or a pipeline directory.

    Cheap: nothing is loaded (a worker loads it; one that then fails still ends the run)."""
    import spacy.util

    if model is None or model == BLANK:
        return
    if not (spacy.util.is_package(model) or (Path(model) / "config.cfg").is_file()):
        raise model_error(model)


def check_options(
    model: str | None,
    rules_dirs: Iterable[str | Path],
    published: str | None,
    include_text: bool = False,
) -> None:
    """Every option of a run: ValueError (RuleError for rule files) or ModelError, naming what
    is wrong."""
    checked_published(published)
    cached_rulebook(tuple(str(d) for d in rules_dirs))  # loads and checks every rule regex
    check_model(model)


__all__ = ["ModelError", "check_model", "check_options", "checked_published"]
