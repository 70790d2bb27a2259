"""claimx: checkable quantity claims from Portuguese news.

>>> import claimx
>>> claimx.parse_number("catorze mil")
14000
"""

from __future__ import annotations

__version__ = "0.1.0"

from claimx.extractor import Extractor
from claimx.numbers.parsing import parse_number, parse_quantity
from claimx.pipeline import load
from claimx.review.export import to_records
from claimx.schema import SCHEMA_VERSION, Article, Claim, Quantity

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
