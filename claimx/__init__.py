"""claimx: checkable quantity claims from Portuguese news.

>>> import claimx
>>> claimx.parse_number("catorze mil")
14000

The names below are imported when first used (PEP 562): ``import claimx`` alone, as each
``claimx`` command does, does not load spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from claimx.extractor import Extractor
    from claimx.numbers.parsing import parse_number, parse_quantity
    from claimx.pipeline import load
    from claimx.review.export import to_records
    from claimx.schema import SCHEMA_VERSION, Article, Claim, Quantity

_LAZY = {
    "Extractor": "claimx.extractor",
    "parse_number": "claimx.numbers.parsing",
    "parse_quantity": "claimx.numbers.parsing",
    "load": "claimx.pipeline",
    "to_records": "claimx.review.export",
    "SCHEMA_VERSION": "claimx.schema",
    "Article": "claimx.schema",
    "Claim": "claimx.schema",
    "Quantity": "claimx.schema",
}

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Claim",
    "Extractor",
    "Quantity",
    "__version__",
    "load",
    "parse_number",
    "parse_quantity",
    "to_records",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'claimx' has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name]), name)
    globals()[name] = value  # imported once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
