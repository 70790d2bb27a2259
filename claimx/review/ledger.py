"""The ledger: figures that count the same thing, across articles, and where they disagree.

Claims are grouped by the lemma of their item's head word (singular and plural together), their
unit and their actor, named through the gazetteer (``rules/pt/sources.yaml``: ``Pyongyang`` is
``Coreia do Norte``). A claim whose actor is unknown joins its item's only actor, if it has one.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from claimx.attribution.lemmas import lemma_table
from claimx.rulebook.loader import default_rules_dir, load_rule_file
from claimx.rulebook.models import SourceRule
from claimx.schema import Article, Claim

MAX_DISAGREEMENTS = 25
"""Disagreements listed per group and kind: enough to see them, few enough to read."""
APPROXIMATE_SPREAD = 0.1
"""``cerca de 12 mil`` is read as 12 mil ± 10% when figures are compared."""
LEADING_DETERMINER = re.compile(r"^(?:[oa]s?|um|uma|uns|umas)\s+", re.IGNORECASE)
VERB_ENDINGS = ("ar", "er", "ir", "or", "ôr")
"""A table lemma with these endings is a verb's (``soldados`` → ``soldar``): not a noun's."""
PLURAL_ENDINGS = (
    ("ões", "ão"),
    ("ães", "ão"),
    ("ais", "al"),
    ("éis", "el"),
    ("óis", "ol"),
    ("ns", "m"),
    ("res", "r"),
    ("zes", "z"),
    ("ses", "s"),
)


def fold(text: str) -> str:
    """Lower case, accents off, spaces squeezed: the form names and lemmas are compared in."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def singular(word: str) -> str:
    """The singular of a Portuguese noun (``soldados`` → ``soldado``): the lemma table where it
    gives a noun (``mísseis`` → ``míssil``), else by the word's ending."""
    table = lemma_table()
    lemma = table.entry(word) if table is not None and word.endswith("s") else None
    if lemma and not lemma.endswith(VERB_ENDINGS):
        return lemma
    for plural, single in PLURAL_ENDINGS:
        if word.endswith(plural) and len(word) > len(plural) + 1:
            return word[: -len(plural)] + single
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def item_lemma(item: str) -> str | None:
    words = LEADING_DETERMINER.sub("", item.strip()).split()
    return fold(singular(words[0].lower().strip(",.;:()\"'«»"))) if words else None


@lru_cache(maxsize=1)
def gazetteer_names() -> dict[str, str]:
    """Folded canonical names and aliases of the gazetteer → canonical name."""
    names: dict[str, str] = {}
    gazetteer = load_rule_file(default_rules_dir() / "sources.yaml")
    for rule in gazetteer.rules:
        for entry in rule.entries if isinstance(rule, SourceRule) else ():
            for name in (entry.canonical, *entry.aliases):
                names.setdefault(fold(name), entry.canonical)
    return names


@lru_cache(maxsize=65536)
def canonical_name(name: str) -> str:
    """The gazetteer's canonical name of ``name``, else ``name`` without its determiner."""
    bare = LEADING_DETERMINER.sub("", name.strip())
    return gazetteer_names().get(fold(bare), bare)


@dataclass(frozen=True)
class Bounds:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def excludes(self, other: Bounds) -> bool:
        """Whether the two cannot both be true."""
        below = self.high < other.low or (
            self.high == other.low and (self.high_open or other.low_open)
        )
        above = other.high < self.low or (
            other.high == self.low and (other.high_open or self.low_open)
        )
        return below or above


def bounds(
    relation: str, value: float | None, low: float | None, high: float | None
) -> Bounds | None:
    """What a figure asserts, as an interval; None for vague figures and missing values."""
    inf = math.inf
    if relation == "range" and low is not None and high is not None:
        return Bounds(low, high)
    if value is None:
        return None
    shapes = {
        "=": Bounds(value, value),
        ">": Bounds(value, inf, low_open=True),
        ">=": Bounds(value, inf),
        "<": Bounds(-inf, value, high_open=True),
        "<=": Bounds(-inf, value),
        "~": Bounds(value * (1 - APPROXIMATE_SPREAD), value * (1 + APPROXIMATE_SPREAD)),
    }
    return shapes.get(relation)


@dataclass
class Figure:
    claim: str
    doc: str
    title: str | None
    published: str | None
    text: str
    quantity: str
    value: float | None
    relation: str
    low: float | None
    high: float | None
    unit: str | None
    item: str
    actor: str | None
    source: str | None
    source_text: str | None
    hedged: bool
    time: str | None

    @property
    def when(self) -> str:
        return self.time or self.published or ""

    @property
    def bounds(self) -> Bounds | None:
        return bounds(self.relation, self.value, self.low, self.high)


@dataclass
class Disagreement:
    first: str
    second: str
    reason: str


@dataclass
class LedgerGroup:
    item: str
    unit: str | None
    actor: str | None
    figures: list[Figure]
    disagreements: list[Disagreement] = field(default_factory=list)

    @property
    def label(self) -> str:
        parts = [self.item, self.unit, self.actor]
        return " / ".join(p for p in parts if p)

    @property
    def articles(self) -> int:
        return len({f.doc for f in self.figures})

    def to_json(self) -> dict[str, object]:
        return {
            "label": self.label,
            "item": self.item,
            "unit": self.unit,
            "actor": self.actor,
            "articles": self.articles,
            "figures": [vars(f) for f in self.figures],
            "disagreements": [vars(d) for d in self.disagreements],
        }


def figure(article: Article, claim: Claim) -> Figure:
    q, source = claim.quantity, claim.source
    return Figure(
        claim=claim.id,
        doc=article.doc.id,
        title=article.doc.title,
        published=article.doc.published,
        text=claim.text,
        quantity=q.text,
        value=q.value,
        relation=q.relation,
        low=q.low,
        high=q.high,
        unit=q.unit,
        item=claim.item.text if claim.item else "",
        actor=canonical_name(claim.actor.text) if claim.actor else None,
        source=source and (source.canonical or canonical_name(source.text)),
        source_text=source and source.text,
        hedged=claim.hedged,
        time=claim.time.value if claim.time else None,
    )


def _excluding_pairs(figures: list[Figure], limit: int) -> list[tuple[Figure, Figure]]:
    """Up to ``limit`` pairs whose bounds cannot both hold, in O(n log n + limit): for each
    figure by its upper bound, the figures whose lower bound lies above it, highest first."""
    bounded = [(f, b) for f in figures if (b := f.bounds) is not None]
    by_high = sorted(bounded, key=lambda fb: fb[1].high)
    by_low = sorted(bounded, key=lambda fb: -fb[1].low)
    pairs: list[tuple[Figure, Figure]] = []
    for a, bounds_a in by_high:
        for b, bounds_b in by_low:
            if bounds_b.low < bounds_a.high or len(pairs) >= limit:
                break
            if bounds_a.excludes(bounds_b):
                pairs.append((a, b))
        if len(pairs) >= limit:
            break
    return pairs


def _same_source_pairs(figures: list[Figure], limit: int) -> list[tuple[Figure, Figure]]:
    """One source, one time, two different figures: each against the first it gave."""
    first: dict[tuple[str, str], Figure] = {}
    pairs = []
    for f in figures:
        if not f.source:
            continue
        earlier = first.setdefault((f.source, f.when), f)
        if earlier is not f and earlier.bounds != f.bounds and len(pairs) < limit:
            pairs.append((earlier, f))
    return pairs


def _by_year(figures: list[Figure]) -> list[list[Figure]]:
    """The figures of each year (of their time, else their article's date), each year with the
    undated ones: figures years apart count different moments, not a disagreement."""
    years: dict[str, list[Figure]] = defaultdict(list)
    undated = []
    for f in figures:
        if f.when[:4].isdigit():
            years[f.when[:4]].append(f)
        else:
            undated.append(f)
    return [members + undated for members in years.values()] or [undated]


def disagreements(figures: list[Figure], limit: int = MAX_DISAGREEMENTS) -> list[Disagreement]:
    """Pairs of the same year (or undated) whose bounds cannot both hold, and one source giving
    two figures for one time (at most ``limit`` of each)."""
    found: list[Disagreement] = []
    seen: set[frozenset[str]] = set()
    for members in _by_year(figures):
        for a, b in _excluding_pairs(members, limit - len(found)):
            if frozenset((a.claim, b.claim)) not in seen:
                seen.add(frozenset((a.claim, b.claim)))
                found.append(Disagreement(a.claim, b.claim, "bounds cannot both be true"))
    for a, b in _same_source_pairs(figures, limit):
        if frozenset((a.claim, b.claim)) not in seen:
            found.append(Disagreement(a.claim, b.claim, f"{a.source} gives two figures"))
    return found


def _keyed_figures(articles: Iterable[Article]) -> dict[tuple[str, str | None], list[Figure]]:
    keyed: dict[tuple[str, str | None], list[Figure]] = defaultdict(list)
    for article in articles:
        for claim in article.claims:
            lemma = item_lemma(claim.item.text) if claim.item else None
            if lemma:
                keyed[lemma, claim.quantity.unit].append(figure(article, claim))
    return keyed


def _split_by_actor(figures: list[Figure]) -> dict[str | None, list[Figure]]:
    by_actor: dict[str | None, list[Figure]] = defaultdict(list)
    for f in figures:
        by_actor[f.actor].append(f)
    known = [a for a in by_actor if a is not None]
    if len(known) == 1 and None in by_actor:
        by_actor[known[0]].extend(by_actor.pop(None))
    return by_actor


def build_ledger(articles: Iterable[Article], min_figures: int = 2) -> list[LedgerGroup]:
    """Groups of at least ``min_figures`` figures, biggest first; figures ordered by time."""
    groups = []
    for (lemma, unit), figures in _keyed_figures(articles).items():
        for actor, members in _split_by_actor(figures).items():
            if len(members) < min_figures:
                continue
            members.sort(key=lambda f: (f.when, f.doc, f.claim))
            groups.append(LedgerGroup(lemma, unit, actor, members, disagreements(members)))
    groups.sort(key=lambda g: (-g.articles, -len(g.figures), g.label))
    return groups


def select_groups(
    groups: list[LedgerGroup], item: str | None, source: str | None, min_articles: int
) -> list[LedgerGroup]:
    """``--item`` (in the lemma or any item), ``--source`` (any figure's), ``--min-articles``."""

    def matches(group: LedgerGroup) -> bool:
        if group.articles < min_articles:
            return False
        if item and not any(
            fold(item) in fold(t) for t in [group.item, *(f.item for f in group.figures)]
        ):
            return False
        names = {fold(n) for f in group.figures for n in (f.source, f.source_text) if n}
        return not source or any(fold(source) in n for n in names)

    return [g for g in groups if matches(g)]
