"""Field-by-field comparison of a matched prediction with its gold claim (annotation guide).

Choices the guide leaves open:
- numbers are equal within a relative tolerance of 1e-9 (``1,5 bilhão`` as a float);
- lengths convert before comparison: decade/year/month to months, week/day/hour/minute to
  minutes; the unit is then right when both land in the same one;
- item head: the first word, case-insensitive; item exact: equal strings after trimming;
- source: where gold has a ``canonical``, the same name: the predicted canonical or text equals
  it or holds it as whole words, or it holds the predicted canonical (case-insensitive) — the
  guide fixes no list of short names, so 'Barcelona' and 'FC Barcelona', 'MPF' and 'Ministério
  Público Federal (MPF)' name one source; else the texts overlap, i.e. one contains the other,
  or gold's text is the predicted canonical or whole words of it (gold writes the name where
  the sentence has 'Ele afirma' or 'a prefeita', and the prediction keeps those words with the
  name as canonical); a missing source matches only a missing source;
- time: ``value`` equal (the texts overlap where gold has no value); actor: texts overlap.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from claimx.schema import Claim, GoldClaim, Number, Quantity

MONTHS = {"decade": 120, "year": 12, "month": 1}
MINUTES = {"week": 7 * 24 * 60, "day": 24 * 60, "hour": 60, "minute": 1}
WORD = re.compile(r"[\w-]+")


def _scale(value: Number | None, factor: int) -> Number | None:
    return None if value is None else value * factor


def in_common_units(quantity: Quantity) -> Quantity:
    """A length in months (years and longer) or minutes (weeks and shorter); others unchanged."""
    for target, table in (("month", MONTHS), ("minute", MINUTES)):
        factor = table.get(quantity.unit or "")
        if factor is not None:
            return quantity.model_copy(
                update={
                    "unit": target,
                    "value": _scale(quantity.value, factor),
                    "low": _scale(quantity.low, factor),
                    "high": _scale(quantity.high, factor),
                }
            )
    return quantity


def same_number(a: Number | None, b: Number | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def overlaps(a: str, b: str) -> bool:
    """One text contains the other, ignoring case and surrounding space."""
    a, b = a.strip().casefold(), b.strip().casefold()
    return bool(a and b) and (a in b or b in a)


def head(text: str) -> str:
    """The first word, lower-cased (``Veículos de guerra`` → ``veículos``)."""
    word = WORD.search(text)
    return word.group().casefold() if word else text.strip().casefold()


def bounds(gold: GoldClaim, pred: Claim) -> bool:
    g, p = in_common_units(gold.quantity), in_common_units(pred.quantity)
    return same_number(g.low, p.low) and same_number(g.high, p.high)


def value(gold: GoldClaim, pred: Claim) -> bool:
    """The stated number; for a range, its bounds."""
    if gold.quantity.relation == "range":
        return bounds(gold, pred)
    g, p = in_common_units(gold.quantity), in_common_units(pred.quantity)
    return same_number(g.value, p.value)


def relation(gold: GoldClaim, pred: Claim) -> bool:
    return gold.quantity.relation == pred.quantity.relation


def unit(gold: GoldClaim, pred: Claim) -> bool:
    return in_common_units(gold.quantity).unit == in_common_units(pred.quantity).unit


def item_head(gold: GoldClaim, pred: Claim) -> bool | None:
    if gold.item is None:
        return None
    return pred.item is not None and head(gold.item) == head(pred.item.text)


def item_exact(gold: GoldClaim, pred: Claim) -> bool | None:
    if gold.item is None:
        return None
    return pred.item is not None and gold.item.strip() == pred.item.text.strip()


def names_one(short: str, long: str) -> bool:
    """``short`` is ``long`` or whole words of it, ignoring case ('Barcelona', 'FC Barcelona')."""
    short, long = short.strip().casefold(), long.strip().casefold()
    return bool(short) and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long) is not None


def source(gold: GoldClaim, pred: Claim) -> bool:
    g, p = gold.source, pred.source
    if g is None or p is None:
        return g is None and p is None
    if g.canonical:
        said = [x for x in (p.canonical, p.text) if x]
        held = p.canonical is not None and names_one(p.canonical, g.canonical)
        return held or any(names_one(g.canonical, x) for x in said)
    return overlaps(g.text, p.text) or _names_person(g.text, p.canonical)


def _names_person(gold_text: str, canonical: str | None) -> bool:
    """Gold writes a person by name where the sentence says 'Ele afirma' or 'a prefeita', and the
    prediction keeps those words with the name as its canonical: the same person (the guide
    leaves the choice between the name and the words of the sentence open). Gold's words must be
    the name or part of it: 'assessoria de Amaral' is not Amaral."""
    return canonical is not None and names_one(gold_text, canonical)


def hedged(gold: GoldClaim, pred: Claim) -> bool:
    return gold.hedged == pred.hedged


def time(gold: GoldClaim, pred: Claim) -> bool:
    g, p = gold.time, pred.time
    if g is None or p is None:
        return g is None and p is None
    return p.value == g.value if g.value else overlaps(g.text, p.text)


def actor(gold: GoldClaim, pred: Claim) -> bool:
    if gold.actor is None or pred.actor is None:
        return gold.actor is None and pred.actor is None
    return overlaps(gold.actor, pred.actor.text)


FieldCheck = Callable[[GoldClaim, Claim], bool | None]
FIELDS: dict[str, FieldCheck] = {
    "value": value,
    "relation": relation,
    "bounds": bounds,
    "unit": unit,
    "item_head": item_head,
    "item_exact": item_exact,
    "source": source,
    "hedged": hedged,
    "time": time,
    "actor": actor,
}
"""Each check returns whether the prediction is right, or None where the field is not judged."""
