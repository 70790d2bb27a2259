"""A debug view: which rules fired on a text, which filters vetoed which numbers, and what the
extractor gives each claim — source, hedge, time and actor — with the rule behind each.

Everything shown is the pipeline's own output (``Extractor.extract``); the only look-up is the
time rule, which the time component does not record in ``Claim.rule``: it is read from the
mentions :meth:`claimx.components.time.TimeResolver.find` gives the claim's sentence (the
search the component made), the one at the claim's time span.
"""

from __future__ import annotations

from claimx.extractor import Extractor
from claimx.schema import Claim
from claimx.text.spaces import with_plain_spaces

SOURCE_RULES = "cue."
HEDGE_RULES = "hedge."


def explain(text: str, rules_dirs: list[str], published: str | None = None) -> str:
    """``published``: the date relative times resolve against (``ontem``, ``no ano passado``)."""
    extractor = Extractor(rules_dirs=rules_dirs, published=published)
    finder = extractor.nlp.get_pipe("claimx_quantities").finder
    doc = extractor.nlp.make_doc(text)
    lines = [f"tokens: {' | '.join(t.text for t in doc)}"]
    for hit in finder.find(doc, explain=True):
        if hit.vetoed_by and hit.quantity is not None:
            lines.append(f"vetoed  {hit.quantity.text!r} by {hit.vetoed_by}")
    for claim in extractor.extract(text).claims:
        lines += describe_claim(claim, time_rule(extractor, text, claim))
    if len(lines) == 1:
        lines.append("no quantity found")
    return "\n".join(lines)


def describe_claim(claim: Claim, time_rule: str | None) -> list[str]:
    q = claim.quantity
    quantity_rules = [r for r in claim.rule if not r.startswith((SOURCE_RULES, HEDGE_RULES))]
    return [
        f"claim   {claim.text!r} [{claim.span[0]}:{claim.span[1]}] value={q.value} "
        f"relation={q.relation} low={q.low} high={q.high} unit={q.unit} "
        f"item={claim.item and claim.item.text!r}",
        f"        rules: {', '.join(quantity_rules)}",
        f"        source: {_source(claim)}",
        f"        hedged: {_hedge(claim)}",
        f"        time: {_time(claim, time_rule)}",
        f"        actor: {_actor(claim)}",
    ]


def _rules(claim: Claim, prefix: str) -> str:
    return ", ".join(r for r in claim.rule if r.startswith(prefix)) or "?"


def _source(claim: Claim) -> str:
    source = claim.source
    if source is None:
        return "none"
    return (
        f"{source.text!r} [{source.span[0]}:{source.span[1]}] canonical={source.canonical!r} "
        f"cue={source.cue!r} type={source.type} (rule {_rules(claim, SOURCE_RULES)})"
        if source.span
        else f"{source.text!r} canonical={source.canonical!r} cue={source.cue!r}"
    )


def _hedge(claim: Claim) -> str:
    return f"yes (rule {_rules(claim, HEDGE_RULES)})" if claim.hedged else "no"


def _time(claim: Claim, rule: str | None) -> str:
    time = claim.time
    if time is None:
        return "none"
    where = f" [{time.span[0]}:{time.span[1]}]" if time.span else ""
    return (
        f"{time.text!r}{where} value={time.value} relation={time.relation} (rule {rule or '?'})"
    )


def _actor(claim: Claim) -> str:
    return repr(claim.actor.text) if claim.actor else "none"


def time_rule(extractor: Extractor, text: str, claim: Claim) -> str | None:
    """The id of the time rule whose mention became ``claim.time``."""
    if claim.time is None or claim.time.span is None:
        return None
    resolver = extractor.nlp.get_pipe("claimx_time")
    sentence = (claim.sentence.span[0], claim.sentence.span[1])
    for mention in resolver.find(with_plain_spaces(text), sentence):
        if [mention.start, mention.end] == claim.time.span:
            return mention.rule.id
    return None
