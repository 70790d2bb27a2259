"""Cardinal numbers, in digits or Portuguese words, and the short-string API over them.

``reader`` reads the longest number starting at a word (``NumberReader``, lexicons from
``rules/pt/numbers.yaml``); ``digits`` parses numbers written in digits, Portuguese style first
(``13.000``, ``1,5``); ``parsing`` holds the public ``claimx.parse_number`` and
``claimx.parse_quantity``, the quantity engine run on a short string.
"""
