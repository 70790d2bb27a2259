"""Time expressions: find them (:mod:`claimx.time.finder`), resolve them against the publication
date (:mod:`claimx.time.resolve`), and scope them to a claim's clause
(:mod:`claimx.time.governing`).
"""

from claimx.time.finder import TimeFinder
from claimx.time.grammar import Grammar
from claimx.time.mention import TimeMention
from claimx.time.resolve import Base

__all__ = ["Base", "Grammar", "TimeFinder", "TimeMention"]
