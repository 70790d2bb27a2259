"""Text utilities every stage shares, none of them specific to one kind of claim.

Sentence bounds from the text alone (``sentences``), every Unicode space read as a plain space
(``spaces``), articles too long for spaCy read in parts (``long_texts``), and fast regex search
over news text: case-insensitive patterns searched in lowercase text (``casefold``), word
alternations as prefix trees (``regexes``) and scans that start only at a match's leading
characters (``leads``).
"""
