"""The quantity engine: numbers, qualifiers, ranges, units and filters over spaCy tokens."""

from claimx.quantity.finder import Found, QuantityFinder, bounds

__all__ = ["Found", "QuantityFinder", "bounds"]
