"""Articles longer than spaCy takes at once (``nlp.max_length``, 1,000,000 characters) are read
in parts cut at paragraph ends, and their claims' offsets moved back into the whole text.

A part ends at the last blank line before :data:`PART_CHARS` (else the last line end, else the
last space, else at the bound itself), so sentences, and the claims in them, stay whole. Beyond
:data:`MAX_ARTICLE_CHARS` an article is refused: its error names it, and the others go on.
"""

from __future__ import annotations

from claimx.schema import Claim

PART_CHARS = 500_000
"""The longest part of a long article (spaCy's tokenizer needs about 1 GB per 100,000
characters only for a parser or NER; the blank pipeline's parts stay far below that)."""
MAX_ARTICLE_CHARS = 50_000_000
"""The longest article extracted (50 million characters, some 100 parts)."""


def paragraph_parts(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """``[start, end)`` parts of ``text`` that cover it in order, each at most ``size`` long
    (:data:`PART_CHARS` unless given)."""
    size = size or PART_CHARS
    parts, start = [], 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        parts.append((start, end))
        start = end
    parts.append((start, len(text)))
    return parts


def _cut(text: str, start: int, limit: int) -> int:
    """Where a part that starts at ``start`` ends, at ``limit`` at the latest."""
    lo = start + 1  # never an empty part
    for separator in ("\n\n", "\n", " "):
        at = text.rfind(separator, lo, limit)
        if at >= 0:
            return at + len(separator)
    return limit


def too_long(text: str) -> str | None:
    """Why an article cannot be extracted for its length, or None."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return None
    return f"{len(text):,} characters: longer than the {MAX_ARTICLE_CHARS:,} claimx extracts"


def shift_claims(claims: list[Claim], offset: int, doc_id: str) -> None:
    """Claims of a part read alone, moved to the part's place in the whole text."""
    from claimx.components.claims import claim_id

    if not offset:
        return
    for claim in claims:
        claim.span = [claim.span[0] + offset, claim.span[1] + offset]
        claim.id = claim_id(doc_id, *claim.span)
        claim.sentence.span = [s + offset for s in claim.sentence.span]
        for part in (claim.quantity, claim.item, claim.source, claim.time, claim.actor):
            if part is not None and part.span is not None:
                part.span = [s + offset for s in part.span]
