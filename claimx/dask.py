"""claimx on Dask: extract a bag (or DataFrame) of articles, a partition per task.

Each worker process loads the pipeline once, on its first partition, and keeps it for the next
ones (:func:`worker_extractor`). Needs the dask extra: ``pip install 'claimx[dask]'``.

>>> import dask.bag as db, claimx.dask
>>> articles = db.from_sequence([{"id": "a1", "text": "..."}], npartitions=1)
>>> claimx.dask.extract_bag(articles).compute()          # article dicts, as claimx writes them
>>> claimx.dask.extract_bag(articles, claims=True)       # one dict per claim, with its doc_id
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from claimx.engines.jobs import Job, render_serial, write_outputs
from claimx.extractor import Extractor
from claimx.io.reader import KNOWN_FIELDS, InputError, InputRecord

_extractors: dict[str, Extractor] = {}


def worker_extractor(options: dict[str, Any]) -> Extractor:
    """This process's Extractor for ``options``, loaded on first use and kept."""
    key = json.dumps(options, sort_keys=True)
    if key not in _extractors:
        _extractors[key] = Extractor(**options)
    return _extractors[key]


def extract_partition(
    items: list[Any], options: dict[str, Any], indent: int | None, folder: str | None
) -> list[Any]:
    """One partition of planned items (:mod:`claimx.io.resume`), rendered; with ``folder``, each
    article's file is written here, on the worker, and only its index entry travels back.

    A partition run twice (its worker was lost) writes the same bytes to the same files.
    """
    results = list(render_serial(worker_extractor(options), items, indent))
    return write_outputs(results, folder) if folder is not None else results


def record_of(obj: dict[str, Any], position: int) -> InputRecord:
    """A bag element (a dict with ``text`` and optional ``id``, ``title``, ``date``…) as a
    record; the id defaults to its position in the partition, as ``part:N``."""
    date = obj.get("published") or obj.get("date")
    return InputRecord(
        id=str(obj["id"]) if obj.get("id") not in (None, "") else f"part:{position}",
        text=str(obj["text"]),
        title=_text_or_none(obj.get("title")),
        date=_text_or_none(date),
        url=_text_or_none(obj.get("url")),
        meta={k: v for k, v in obj.items() if k not in KNOWN_FIELDS},
    )


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _partition_articles(objs: Iterable[dict[str, Any]], options: dict[str, Any]) -> list[Any]:
    jobs = [Job(record_of(obj, n)) for n, obj in enumerate(objs)]
    out: list[Any] = []
    for result in render_serial(worker_extractor(options), jobs, None):
        if isinstance(result, InputError):
            out.append({"error": str(result)})
        else:
            out.append(json.loads(result.text or "null"))
    return out


def _claims_of(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"doc_id": a["doc"]["id"], **claim} for a in articles if "doc" in a for claim in a["claims"]
    ]


def extract_bag(bag: Any, claims: bool = False, **options: Any) -> Any:
    """A bag of article dicts (schema of ``claimx schema``; ``{"error": …}`` for an article
    that failed), or with ``claims=True`` a bag of claim dicts. ``options``: ``model``,
    ``rules_dirs``, ``published``, ``include_text``, as for :class:`claimx.Extractor`."""
    options = {"model": None, "rules_dirs": [], "published": None, **options}
    articles = bag.map_partitions(_partition_articles, options)
    return articles.map_partitions(_claims_of) if claims else articles


def extract_dataframe(frame: Any, **options: Any) -> Any:
    """A dask DataFrame of articles (a ``text`` column, optional ``id``, ``title``, ``date``,
    ``url``) → a DataFrame of claims, one row per claim; nested fields stay dicts."""
    bag = frame.to_bag(format="dict")
    return extract_bag(bag, claims=True, **options).to_dataframe()
