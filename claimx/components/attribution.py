"""``claimx_attribution``: source, hedged, actor and predicate of each claim draft.

Reads only the sentences that hold drafts (plus the sentences before them for speaker carry, list
lead-ins and quotations). Rules are in ``rules/pt/cues.yaml``, ``sources.yaml`` and ``hedges.yaml``;
entities widen a source to the entity it cuts where the ``Doc`` has them. The dependency parse
(the subject of a reporting verb, the actor of a figure) is used only with ``use_parse``: on the
development gold it lost to the rules (README, "A trained pipeline"), so it is off by default.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc

from claimx.attribution.actors import continues_list, find_actor, predicate_lemma
from claimx.attribution.attributions import Attribution
from claimx.attribution.gazetteer import NAMES, acronyms, canonical, coreferent, source_type
from claimx.attribution.hedges import HedgeFinder
from claimx.attribution.lemmas import lemma_table
from claimx.attribution.lexicon import Lexicon
from claimx.attribution.parse_rules import (
    actor_by_parse,
    expand_to_entities,
    has_parse,
    subject_of_verb,
)
from claimx.attribution.sources import SourceFinder
from claimx.components.batching import BatchComponent
from claimx.drafts import ClaimDraft, drafts_of, register_extensions, text_of
from claimx.quantity.units import is_money
from claimx.rulebook.loader import cached_rulebook
from claimx.schema import Predicate, Source, TextSpan

Span2 = tuple[int, int] | None
CONVERSION_GAP = 4
"""Words at most between a figure and its conversion's '(' (its item, a rate: 'por ano')."""



@Language.factory("claimx_attribution", default_config={"rules_dirs": [], "use_parse": False})
def make_attributor(
    nlp: Language, name: str, rules_dirs: list[str], use_parse: bool
) -> Attributor:
    lemma_table()  # read with the pipeline, not on the first article
    lexicon = Lexicon.from_rulebook(cached_rulebook(tuple(rules_dirs)))
    return Attributor(lexicon, name=name, use_parse=use_parse)


class Attributor(BatchComponent):
    """Fills ``source``, ``hedged``, ``actor`` and ``predicate`` of ``doc._.claimx_drafts``."""

    def __init__(
        self, lexicon: Lexicon, name: str = "claimx_attribution", use_parse: bool = False
    ) -> None:
        self.lex = lexicon
        self.name = name
        self.use_parse = use_parse
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        drafts = drafts_of(doc)
        if drafts:
            _DocAttributor(doc, self.lex, self.use_parse).run(drafts)
        return doc


class _DocAttributor:
    def __init__(self, doc: Doc, lex: Lexicon, use_parse: bool = False) -> None:
        self.doc, self.text, self.lex = doc, text_of(doc), lex
        self.finder = SourceFinder(self.text, lex)
        self.hedges = HedgeFinder(self.text, lex, self.finder.sentences)
        self.parsed = use_parse and has_parse(doc)
        self._acronyms: dict[str, str] | None = None
        self.previous: ClaimDraft | None = None
        self._sources: dict[tuple[object, object], Source] = {}
        self.quantity_starts: list[int] = []
        self.reach: list[int] = []
        """The furthest end of the quantities up to each one (their starts are in order)."""
        self._has_entities: bool | None = None

    def run(self, drafts: list[ClaimDraft]) -> None:
        spans = [d.quantity.span for d in drafts if d.quantity.span]
        self.quantity_starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))
        for draft in drafts:
            self.attribute(draft)
            self.previous = draft

    def attribute(self, draft: ClaimDraft) -> None:
        if self._converts_previous(draft):
            prev = self.previous
            assert prev is not None
            draft.source = prev.source.model_copy() if prev.source else None
            draft.hedged, draft.actor, draft.predicate = prev.hedged, prev.actor, prev.predicate
            draft.rules.extend(r for r in prev.rules if r.startswith(("cue.", "hedge.")))
            return
        start, end = draft.start, draft.end
        found, sent = self.finder.covering(draft.sentence, start, end)
        if found is not None and found.source is not None and not self._in_quantity(found.source):
            draft.source = self.source(found)
            draft.rules.append(found.rule)
        scope = sent if sent != draft.sentence else draft.sentence
        source = draft.source.text if draft.source else None
        rule = self.hedges.rule(draft.sentence, start, end, source)
        if rule is None and scope != draft.sentence:
            rule = self.hedges.rule(scope, scope[1] - 1, scope[1] - 1, source)
        if rule is not None:
            draft.hedged = True
            draft.rules.append(rule)
        self.actor(draft, scope)

    def _converts_previous(self, draft: ClaimDraft) -> bool:
        """'1 bilhão de libras (R$ 3,8 bilhões)': the same figure in another unit, said by the
        same source, as hedged as it."""
        prev = self.previous
        if prev is None or prev.sentence != draft.sentence or prev.quantity.span is None:
            return False
        units = (prev.quantity.unit, draft.quantity.unit)
        if not all(is_money(u) for u in units) or units[0] == units[1]:
            return False  # '48% a 35% (44% a 36% no levantamento anterior)': another figure
        # its item and a rate may stand between; an item after the conversion may not
        after = prev.end if prev.end <= draft.start else prev.quantity.span[1]
        gap = self.text[after : draft.start].strip()
        return gap.endswith("(") and len(gap.split()) <= CONVERSION_GAP and "," not in gap

    def has_entities(self) -> bool:
        """``doc.ents`` builds every entity anew on each read: read once a Doc, when needed."""
        if self._has_entities is None:
            self._has_entities = bool(self.doc.ents)
        return self._has_entities

    def _in_quantity(self, span: tuple[int, int]) -> bool:
        """A source is never part of a figure ('57 por cento das empresas declara')."""
        # a look-up, not a scan of every quantity: a Doc of thousands of figures stays linear
        before = bisect_left(self.quantity_starts, span[1])
        return before > 0 and self.reach[before - 1] > span[0]

    def source(self, found: Attribution) -> Source:
        key = (found.cue, found.source)
        if key not in self._sources:
            self._sources[key] = self._make_source(found)
        return self._sources[key].model_copy()  # a copy per claim

    def _make_source(self, found: Attribution) -> Source:
        assert found.source is not None
        span = found.source
        if found.kind == "verb_before" and self.parsed:
            span = subject_of_verb(self.doc, *found.cue) or span
        if self.has_entities():
            span = expand_to_entities(self.doc, span)
        text = self.text[span[0] : span[1]]
        named = found.antecedent or span  # 'disse ele': canonical is the person named before
        named_text = self.text[named[0] : named[1]]
        if text.lower() in self.lex.personal_pronouns and found.antecedent is None:
            name, named_text = None, text  # a pronoun with no one named before: no name
        else:
            name = canonical(named_text, self.acronyms, self.lex, self.text, named[0])
            if name is None:
                name = coreferent(named_text, named[0], self.text, self.lex)
            if name is None and found.antecedent is not None:
                name = self._bare_name(named_text)
        # Built without validation, as every claim part: the fields come from validated rules.
        return Source.assemble(
            text=text,
            span=list(span),
            canonical=name,
            cue=self.text[found.cue[0] : found.cue[1]].strip(),
            type=source_type(named_text, name, self.lex),
        )

    def _bare_name(self, text: str) -> str | None:
        """The longest name in an antecedent ('deputado Arthur Maia (PPS-BA)' → 'Arthur Maia',
        'a Polícia Federal' → 'Polícia Federal'); a description ('o empresário') has none."""
        names = [m.group() for m in NAMES.finditer(text)]
        return max(names, key=len) if names else None

    @property
    def acronyms(self) -> dict[str, str]:
        if self._acronyms is None:
            self._acronyms = acronyms(self.text, self.lex)
        return self._acronyms

    def actor(self, draft: ClaimDraft, scope: tuple[int, int]) -> None:
        actor, predicate = self._actor_spans(draft, scope)
        if actor is None and predicate is None and self.previous is not None:
            prev = self.previous
            same_sentence = prev.sentence == draft.sentence
            if same_sentence and continues_list(self.text, prev.end, draft.start, self.lex):
                draft.actor, draft.predicate = prev.actor, prev.predicate
                return
        if actor is not None:
            draft.actor = TextSpan.assemble(
                text=self.text[actor[0] : actor[1]], span=list(actor)
            )
        text = self.text[predicate[0] : predicate[1]] if predicate else ""
        if text.strip():  # a parse can hand back a whitespace token ('\n') as the verb
            draft.predicate = Predicate.assemble(text=text, lemma=predicate_lemma(text))

    def _actor_spans(self, draft: ClaimDraft, scope: tuple[int, int]) -> tuple[Span2, Span2]:
        if self.parsed:
            found = actor_by_parse(self.doc, draft.token_start, draft.token_end)
            if found[1] is not None:
                return found
        if scope != draft.sentence:
            end = scope[1] - 1  # the ':' that ends a lead-in
            clause = self.hedges.clause(scope, end, end)
            return find_actor(self.text, clause, (end, end, end), self.lex)
        clause = self.hedges.clause(scope, draft.start, draft.end)
        assert draft.quantity.span is not None
        mention = (draft.start, draft.quantity.span[1], draft.end)
        return find_actor(self.text, clause, mention, self.lex)

