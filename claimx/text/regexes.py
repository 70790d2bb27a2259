"""Word alternations for the rule compilers, written as prefix trees.

``re`` tries the branches of an alternation one by one at every position it reaches, so
``(?:janeiro|junho|julho|...)`` costs a comparison per word; the same words as a tree,
``(?:j(?:aneiro|u(?:lho|nho)))``, cost a few character tests. At any position the words that
match are prefixes of one another, and the tree tries them longest first, as an alternation
sorted longest first does: both find the same matches. (Under IGNORECASE give the words in one
case: 'A' and 'ab' would sit in different branches and be tried out of length order.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Node = dict[str, "Node"]
_END = ""
"""The key that marks a word's end in a tree (no character is the empty string)."""


def word_tree(words: Iterable[str]) -> str:
    """The words as one regex group, the spaces between a word's parts matching any run of
    whitespace; ``(?!)`` (never matches) for none."""
    root: Node = {}
    for word in {" ".join(w.split()) for w in words if w.strip()}:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return f"(?:{_branches(root)})" if root else "(?!)"


def _branches(node: Node) -> str:
    alternatives = [
        (r"\s+" if ch == " " else re.escape(ch)) + _branches(child)
        for ch, child in sorted(node.items())
        if ch != _END
    ]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if _END in node else body
