"""The reviewing side: an HTML report, a review web app, the ledger across articles, exports.

Each module is a silent library function; the ``claimx`` commands print.
"""
