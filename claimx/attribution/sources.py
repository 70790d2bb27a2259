"""Which attribution covers a figure: its own sentence first, then the lead-in of its list,
then the quotation around it; a cue with no named subject takes the speaker named before."""

from __future__ import annotations

import re

from claimx.attribution.attributions import Attribution
from claimx.attribution.clauses import LAST_WORD
from claimx.attribution.context import lead_in
from claimx.attribution.cues import find_cues
from claimx.attribution.facing import facing_cues
from claimx.attribution.frames import in_frame_aside, nearest, outermost, yielded
from claimx.attribution.lexicon import Lexicon
from claimx.attribution.speakers import Speakers
from claimx.text.casefold import document_lowercase
from claimx.text.sentences import Sentences


def without_enclitics(text: str, lex: Lexicon) -> str:
    """``text`` with the pronoun of whom it was told that a reporting verb takes after a hyphen
    blanked ('«…», disse-nos o director' is read as 'disse     o director', 'O autarca garantiu-nos
    que' as 'garantiu     que'), so that the verb finds its subject and clause as without it;
    every offset stays. Not after other words, nor the reflexive 'se' ('refere-se a')."""

    def blank(m: re.Match[str]) -> str:
        verb = LAST_WORD.search(text, max(0, m.start() - 24), m.start())
        if verb is not None and verb.group(1).lower() in lex.verbs:
            return " " * len(m.group())
        return m.group()

    return lex.enclitic.sub(blank, text)


class SourceFinder:
    """Attributions of one text, cached per sentence span."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        # spans index the text as given: the component reads every phrase from its own copy
        text = without_enclitics(text, lex)
        self.text = text
        self.lower = document_lowercase(text)
        self.lex = lex
        self.sentences = Sentences(text, lex.sentence_boundary)
        self._cache: dict[tuple[int, int], list[Attribution]] = {}
        self.speakers = Speakers(text, lex, self.sentences, self.cues)

    def cues(self, start: int, end: int) -> list[Attribution]:
        key = (start, end)
        if key not in self._cache:
            self._cache[key] = find_cues(self.text, start, end, self.lex, self.lower)
        return self._cache[key]

    def covering(
        self, sent: tuple[int, int], start: int, end: int
    ) -> tuple[Attribution | None, tuple[int, int]]:
        """The attribution of the figure at ``[start, end)`` and the sentence it came from."""
        facing = facing_cues(self.text, self.cues(*sent), start, end, self.lex, self.sentences)
        own = outermost(self.text, yielded(facing), start, end)
        if own is not None and in_frame_aside(self.text, own, start):
            own = None  # 'No áudio, com duração de cerca de 30 minutos, …'
        if own is not None and own.kind == "frame":
            # a quotation is one unit and its speaker the outermost frame: inside '"… Pelo
            # anuário, R$ 81 bilhões …", disse' the document is what the speaker cites
            quoted = self.speakers.quoted(start, end)
            if quoted is not None and quoted.source is not None:
                return quoted, sent
        if own is not None:
            resolved = self.speakers.resolved(own, sent)
            if resolved is None and own.source is None:  # '… 13 milhões”, afirmou.'
                resolved = self.speakers.quoted(start, end)
            return resolved, sent
        lead = lead_in(self.sentences, start)
        if lead is not None:
            found = nearest(self.cues(*lead), lead[1], lead[1])
            if found is not None:
                return self.speakers.resolved(found, lead), lead
        return self.speakers.quoted(start, end), sent
