"""What a quantity counts: the item stage's logic, as ``quantity``, ``time`` and ``attribution``.

``finder`` holds ``ItemFinder``: the noun phrase after the quantity (``after``), else the one
before it (``before``), else the item of the figure it continues or leaves its noun to; ``words``
holds the word lists of the item rules of ``rules/pt/items.yaml`` and the tests of one word.
The spaCy component that runs it is ``claimx.components.items``.
"""
