"""What a quantity counts: the item stage's logic, as ``quantity``, ``time`` and ``attribution``.

``finder`` holds ``ItemFinder``: the noun phrase after the quantity, else the one before it,
else the item of the figure it continues, read by the item rules of ``rules/pt/items.yaml``.
The spaCy component that runs it is ``claimx.components.items``.
"""
