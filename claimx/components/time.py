"""``claimx_time``: the time each claim refers to, as ``draft.time`` (a :class:`TimeRef`).

Only sentences that hold a claim are searched (:class:`claimx.time.TimeFinder`), once each; the
expression that governs the claim's clause is resolved against ``doc._.claimx_published``.
A distance that places something (``a 45 km da capital``: block ``location`` before a quantity
whose unit is in block ``location_units``) gets no time, nor does a claim whose governing
expression cannot be resolved exactly (:attr:`TimeMention.void`), or at all (``ontem``, ``em
Abril`` in an article with no publication date: the guide's time is a calendar value).
Time rule ids are not added to ``draft.rules`` (that list names the quantity's rules); the rule
that found a time is available from :meth:`TimeResolver.find`.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc

from claimx.components.batching import BatchComponent
from claimx.drafts import ClaimDraft, drafts_of, get_value, register_extensions, text_of
from claimx.rulebook.loader import Rulebook, cached_rulebook
from claimx.time import Base, Grammar, TimeFinder, TimeMention, resolve
from claimx.time.anaphora import anchored_base, referred
from claimx.time.clause_bounds import sentence_breaks
from claimx.time.governing import governing_time


class TimeResolver(BatchComponent):
    def __init__(self, rulebook: Rulebook) -> None:
        self.grammar = Grammar.from_rulebook(rulebook)
        self.finder = TimeFinder(self.grammar)

    def __call__(self, doc: Doc) -> Doc:
        drafts = drafts_of(doc)
        if not drafts:
            return doc
        base = Base.parse(get_value(doc, "claimx_published"))
        by_sentence: dict[tuple[int, int], list[ClaimDraft]] = defaultdict(list)
        for draft in drafts:
            by_sentence[tuple(draft.sentence)].append(draft)  # type: ignore[index]
        for sentence, group in by_sentence.items():
            times = self.find(text_of(doc), sentence)
            if times:
                self.set_annotations(text_of(doc), sentence, group, times, base)
        return doc

    def find(self, text: str, sentence: tuple[int, int]) -> list[TimeMention]:
        return self.finder.find(text, *sentence)

    def set_annotations(
        self,
        text: str,
        sentence: tuple[int, int],
        drafts: list[ClaimDraft],
        times: list[TimeMention],
        base: Base | None,
    ) -> None:
        breaks = sentence_breaks(self.grammar, text, sentence)
        for draft in drafts:
            if self.is_location(text, sentence, draft):
                continue
            quantity = (draft.start, draft.quantity.span[1])  # type: ignore[index]
            mention = (draft.start, draft.end)
            time = governing_time(
                self.grammar, text, sentence, quantity, mention, times, breaks
            )
            if time is None or time.void:
                continue
            if time.rule.resolve == "refer_back":  # 'À época', 'no mesmo ano'
                ref = time.ref_valued(referred(self.finder, text, time, base))
            else:
                ref = time.ref(anchored_base(self.finder, text, time, base))
            if ref.value is not None:  # 'ontem' in an undated article: no calendar time to give
                draft.time = ref

    def is_location(self, text: str, sentence: tuple[int, int], draft: ClaimDraft) -> bool:
        grammar = self.grammar
        if grammar.location is None or draft.quantity.unit not in grammar.location_units:
            return False
        before = max(sentence[0], draft.start - 30)
        return grammar.location.search(text, before, draft.start) is not None


@Language.factory("claimx_time", default_config={"rules_dirs": []})
def make_time_resolver(nlp: Language, name: str, rules_dirs: list[str]) -> TimeResolver:
    register_extensions()
    resolve.prepare()  # with the pipeline, not on the first article with a date
    return TimeResolver(cached_rulebook(tuple(rules_dirs)))
