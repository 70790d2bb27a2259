"""Whether a phrase names someone who can report (a name, a noun of persons, a body), and the named
agent of a participle phrase ('feito pela Folha')."""

from __future__ import annotations

from claimx.attribution.lexicon import Lexicon
from claimx.attribution.phrases import forward_phrase


def names_agent(text: str, pos: int, end: int, agents: frozenset[str], lex: Lexicon) -> bool:
    """Whether the phrase after ``pos`` names someone: a name, a noun of persons or a body."""
    phrase = forward_phrase(text, pos, end, lex)
    if phrase is None:
        return False
    words = [w for w in text[phrase[0] : phrase[1]].split() if w.lower() not in lex.determiners]
    if not words:
        return False
    head = words[0].strip(",;:").lower().removeprefix("ex-")  # 'outro ex-executivo'
    singular = head[:-1] if head.endswith("s") else head
    return (
        words[0][:1].isupper()
        or head in lex.personal_pronouns
        or head in agents
        or head in lex.roles
        or singular in lex.roles
        or lex.role_pattern.fullmatch(head) is not None
    )


def agent_heads(lex: Lexicon) -> frozenset[str]:
    """The bodies that prepositional cues take as someone ('governo', 'mercado'), all rules."""
    return frozenset().union(*(c.agents for c in lex.prepositions if c.agents))


def agent_in(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """A named agent ('pela Folha', 'pelo instituto Datafolha') in a participle phrase (the
    chain rule's 'agents')."""
    for m in lex.chain_agent.finditer(text, start, end):
        phrase = forward_phrase(text, m.end(), end, lex)
        if phrase is not None and any(w[:1].isupper() for w in text[phrase[0] : phrase[1]].split()):
            return phrase
    return None
