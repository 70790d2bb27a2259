"""Scoring extracted claims against gold files (``claimx eval``); see :mod:`claimx.evaluate`."""
