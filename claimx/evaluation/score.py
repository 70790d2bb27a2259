"""Scoring predictions against gold, document by document, as the annotation guide's last section.

Optional gold claims are removed with whatever matches them: the prediction paired with one, and
any other prediction left unpaired that overlaps one (extracting them is never penalised).
Every article named in the gold or in ``docs`` counts, also one without gold claims.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from claimx.evaluation.fields import FIELDS
from claimx.evaluation.gold import GoldLine
from claimx.evaluation.match import align, overlap
from claimx.evaluation.report import PRF, Accuracy, ErrorCase, Report, RuleCount
from claimx.schema import Article, Claim, GoldClaim, TextSpan

NO_RULE = "(no rule)"
SOURCE_OUTCOMES = ("one, right", "one, another given", "one, none given", "none, one given")
TIME_OUTCOMES = SOURCE_OUTCOMES
SENTENCE_END = re.compile(r"[.!?…]+[\"'”»)]*\s+|\n")


@dataclass
class _Tally:
    tp: int = 0
    optional_removed: int = 0
    predictions_removed: int = 0
    correct: Counter[str] = field(default_factory=Counter)
    judged: Counter[str] = field(default_factory=Counter)
    hedged: Counter[str] = field(default_factory=Counter)
    source_outcomes: Counter[str] = field(default_factory=Counter)
    time_outcomes: Counter[str] = field(default_factory=Counter)
    rules: defaultdict[str, RuleCount] = field(default_factory=lambda: defaultdict(RuleCount))
    misses: list[ErrorCase] = field(default_factory=list)
    spurious: list[ErrorCase] = field(default_factory=list)

    def match(self, gold: GoldClaim, pred: Claim) -> None:
        self.tp += 1
        verdicts = {name: check(gold, pred) for name, check in FIELDS.items()}
        for name, verdict in verdicts.items():
            if verdict is not None:
                self.judged[name] += 1
                self.correct[name] += verdict
        source_right, time_right = verdicts["source"] is True, verdicts["time"] is True
        if gold.source is not None:
            self.judged["source_attributed"] += 1
            self.correct["source_attributed"] += source_right
        self.source_outcomes[_outcome(gold.source, pred.source, source_right)] += 1
        self.time_outcomes[_outcome(gold.time, pred.time, time_right)] += 1
        for name, present in (("time_attributed", gold.time), ("time_predicted", pred.time)):
            if present is not None:
                self.judged[name] += 1
                self.correct[name] += time_right
        self.hedged[f"{int(gold.hedged)}{int(pred.hedged)}"] += 1
        for rule in pred.rule or [NO_RULE]:
            self.rules[rule].matched += 1

    def spurious_claim(self, doc: str, pred: Claim) -> None:
        self.spurious.append(
            ErrorCase(
                kind="spurious",
                doc=doc,
                span=pred.span,
                text=pred.text,
                sentence=pred.sentence,
                rule=pred.rule,
                claim_id=pred.id,
            )
        )
        for rule in pred.rule or [NO_RULE]:
            self.rules[rule].spurious += 1

    def accuracy(self, name: str) -> Accuracy:
        return Accuracy.of(self.correct[name], self.judged[name])


def _outcome(gold: object | None, pred: object | None, right: bool) -> str:
    """How a matched claim's source or time came out: counts that say what kind of error
    dominates (a missed one, a wrong one, an extra one)."""
    if gold is None:
        return "none, none" if pred is None else "none, one given"
    if pred is None:
        return "one, none given"
    return "one, right" if right else "one, another given"


def sentence_in_text(text: str, start: int, end: int) -> TextSpan:
    """The sentence (or line) of ``text`` around ``[start, end)``, by punctuation and newlines."""
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    after = SENTENCE_END.search(text, end)
    sentence = text[left : after.start() + 1 if after else len(text)].rstrip()
    return TextSpan(text=sentence, span=[left, left + len(sentence)])


def miss_context(gold: GoldClaim, claims: Sequence[Claim], text: str | None) -> TextSpan | None:
    """A predicted claim's sentence covering the gold span, else one cut from the text."""
    start, end = gold.span
    for claim in claims:
        s_start, s_end = claim.sentence.span
        if s_start <= start and end <= s_end:
            return claim.sentence
    return sentence_in_text(text, start, end) if text is not None else None


def _score_doc(
    doc: str, golds: Sequence[GoldLine], claims: Sequence[Claim], text: str | None, tally: _Tally
) -> None:
    alignment = align([g.claim.span for g in golds], [c.span for c in claims])
    optional = [g.claim.span for g in golds if g.claim.optional]
    tally.optional_removed += len(optional)
    for gi, pi in alignment.pairs:
        if golds[gi].claim.optional:
            tally.predictions_removed += 1
        else:
            tally.match(golds[gi].claim, claims[pi])
    for gi in alignment.missed:
        gold = golds[gi]
        if not gold.claim.optional:
            context = miss_context(gold.claim, claims, text)
            tally.misses.append(
                ErrorCase(
                    kind="miss",
                    doc=doc,
                    span=gold.claim.span,
                    text=gold.claim.text,
                    sentence=context,
                    gold_line=gold.where,
                )
            )
    for pi in alignment.spurious:
        if any(overlap(claims[pi].span, span) for span in optional):
            tally.predictions_removed += 1
        else:
            tally.spurious_claim(doc, claims[pi])


def evaluate(
    gold: Sequence[GoldLine],
    articles: Iterable[Article],
    docs: Iterable[str] = (),
    texts: Mapping[str, str] | None = None,
    name: str | None = None,
) -> Report:
    """Score the articles' claims against the gold; ``texts`` only give misses their context."""
    by_doc: defaultdict[str, list[GoldLine]] = defaultdict(list)
    for line in gold:
        by_doc[line.claim.doc].append(line)
    predicted = {article.doc.id: article for article in articles}
    scored = sorted(set(by_doc) | set(docs))
    tally = _Tally()
    for doc in scored:
        article = predicted.get(doc)
        claims = article.claims if article else []
        _score_doc(doc, by_doc.get(doc, []), claims, (texts or {}).get(doc), tally)
    return _report(tally, scored, sorted(set(predicted) - set(scored)), name)


def _report(tally: _Tally, docs: list[str], unscored: list[str], name: str | None) -> Report:
    h = tally.hedged
    return Report(
        gold=name,
        docs=docs,
        unscored_docs=unscored,
        optional_removed=tally.optional_removed,
        predictions_removed=tally.predictions_removed,
        claims=PRF.of(tally.tp, len(tally.spurious), len(tally.misses)),
        fields={field_name: tally.accuracy(field_name) for field_name in FIELDS},
        source_attributed=tally.accuracy("source_attributed"),
        time_attributed=tally.accuracy("time_attributed"),
        time_predicted=tally.accuracy("time_predicted"),
        source_outcomes={k: tally.source_outcomes[k] for k in SOURCE_OUTCOMES},
        time_outcomes={k: tally.time_outcomes[k] for k in TIME_OUTCOMES},
        hedged=PRF.of(h["11"], h["01"], h["10"]),
        by_rule=dict(sorted(tally.rules.items())),
        misses=tally.misses,
        spurious=tally.spurious,
    )
