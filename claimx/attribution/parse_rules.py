"""Rules over a trained pipeline's dependency parse and entities (used only where present)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
AGENTS = ("obl:agent",)
DROP_AT_START = frozenset({"det", "punct", "case", "cc", "mark"})


def has_parse(doc: Doc) -> bool:
    """Whether a parser labelled the Doc: it labels every token, so the first one says (the
    whole Doc need not be read)."""
    return len(doc) > 0 and doc[0].dep != 0


def _phrase(token: Token) -> tuple[int, int]:
    """Character span of a token's subtree, without a leading determiner or punctuation."""
    words = [t for t in token.subtree]
    while len(words) > 1 and words[0].dep_ in DROP_AT_START:
        words.pop(0)
    while len(words) > 1 and words[-1].dep_ == "punct" and words[-1].text not in ")":
        words.pop()
    return words[0].idx, words[-1].idx + len(words[-1])


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def subject_of_verb(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The subject phrase of the verb at ``[start, end)`` by the parse."""
    verb = _token_at(doc, start, end)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return _phrase(subject) if subject is not None else None


def governing_verb(doc: Doc, token_start: int, token_end: int) -> Token | None:
    """The verb the quantity's phrase depends on (climbing through nouns it modifies)."""
    root = Span(doc, token_start, max(token_end, token_start + 1)).root
    head = root.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") or head.i == head.head.i:
            break
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != root.i else None


def actor_by_parse(
    doc: Doc, token_start: int, token_end: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(actor span, predicate span): the subject or agent of the verb governing the figure."""
    verb = governing_verb(doc, token_start, token_end)
    if verb is None:
        return None, None
    who = next((c for c in verb.children if c.dep_ in AGENTS), None)
    if who is None:
        who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    actor = _phrase(who) if who is not None else None
    return actor, (verb.idx, verb.idx + len(verb))


def expand_to_entities(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """Widen a phrase to whole entities it cuts through ('Coreia' → 'Coreia do Norte')."""
    start, end = span
    for ent in doc.ents:
        if ent.start_char < end and ent.end_char > start:
            start, end = min(start, ent.start_char), max(end, ent.end_char)
    return start, end
