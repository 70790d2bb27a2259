"""Which cues of a sentence can frame a figure at a given place: clear of it, and facing it (a
subject + verb cue reports what follows it, '..., disse X' what precedes it, 'e, segundo X,' the
clause it opens); not a verb whose object or a clause describing it holds the figure."""

from __future__ import annotations

import re
from dataclasses import replace

from claimx.attribution.attributions import Attribution
from claimx.attribution.clauses import LAST_WORD
from claimx.attribution.frames import COMPLEMENT, reports_clause
from claimx.attribution.lexicon import Lexicon
from claimx.attribution.speakers import after_adjuncts
from claimx.attribution.subjects import AFTER_QUOTE
from claimx.text.sentences import Sentences

# a gerund that reports a clause after a speaker ('…, disse X, acrescentando que', 'lembrando
# que, no mercado negro, …')
GERUND_REPORT = re.compile(r"\s*,\s*[a-záéíóúâêôãõç]+ndo\s+(?:[^\s,.;:]+\s+){0,2}?que\b")
# a verb's object right after it, past a time adverb ('anunciou ontem o programa'); not 'a',
# which may be the preposition of whom it was told ('informou a seus leitores que'), unless
# the article of a possessive follows ('confirmou ontem a sua subida de forma')
DIRECT_OBJECT = re.compile(
    r"(?:\s+(?:ontem|hoje|ainda|também|já|agora))*\s+(?:o|os|as|um|uma|uns|umas|a(?=\s+sua\s))\s"
)
OBJECT_ASIDE = re.compile(r",\s*(?:que|[a-záéíóúâêôãõç]{3,}ndo)(?![\w-])")
RELATIVE_END = re.compile(r",(?!\s*(?:além\s+d[eoa]s?|bem\s+como|e|mais)\s)")
RELATIVE_CLAUSE_END = re.compile(r",|;|:\s|\s[—–]\s|[.!?]\s")
# a frame that opens a coordinated clause ('…, e, segundo aliados, quer …'), and what ends it
COORDINATED = re.compile(r"(?<![\w-])(?:e|ou|mas)\s*,\s*$", re.IGNORECASE)
CLAUSE_END = re.compile(r";|:\s|\s[—–]\s|[.!?]\s")
# a bare tag set between commas inside a sentence, after a word or a word quoted after another
# ('A palavra “inst”, disse, significava …'), not after a quotation that opens the sentence
BARE_ASIDE_BEFORE = re.compile(
    r"(?:[^\W\d_]|[^\W\d_]\s+[“\"«‘'][^“”\"«»,.;:]{1,30}[”\"»’'])\s*,\s*$"
)
BARE_ASIDE_AFTER = re.compile(r"\s*,")
# what else reports after a verb that names a speaker: a quotation in single marks ('Ele falou
# ‘não é R$ 300 milhões’') and an indirect question ('explicaram como a compra de lugares …')
REPORTED_AFTER = re.compile(
    r"\s*[:,]?\s*[‘']|\s+(?:como|por\s+que|porque|quanto|quantos|quantas|onde|quando)(?![\w-])",
    re.IGNORECASE,
)


def facing_cues(
    text: str,
    found: list[Attribution],
    start: int,
    end: int,
    lex: Lexicon,
    sentences: Sentences,
) -> list[Attribution]:
    """The cues of ``found`` clear of the figure at ``[start, end)`` and facing it."""

    def clear(a: Attribution) -> bool:
        spans = [a.cue] + ([a.source] if a.source else [])
        return all(s[1] <= start or s[0] >= end for s in spans)

    def faces(a: Attribution) -> bool:
        """A subject + verb cue reports what follows it; '..., disse X' what precedes it."""
        if a.kind == "verb" and a.source is None and fronted(a):
            a = replace(a, kind="verb_before")  # 'No ministério, anunciou': as 'Disse que'
        if a.kind in ("verb_before", "verb_relative") and _object_unreported(
            text, a, lex, sentences
        ):
            return False
        if a.kind == "preposition" and COORDINATED.search(text, a.cue[0] - 8, a.cue[0]):
            # 'e, segundo X, …' frames the clause it opens: not the one before it, nor one
            # after a semicolon ('… e, segundo seu empresário, não teme ataques; em 2017,
            # artista cresceu mais de 50%')
            return start >= a.cue[1] and not CLAUSE_END.search(text, a.cue[1], start)
        if a.kind == "verb_before":
            # a verb with an object reports no act coordinated after it ('O DIS os acusou de
            # fraude e pediu uma sentença de cinco anos'); one with a clause does ('disse que
            # … e pediu')
            return start >= a.cue[1] and (
                reports_clause(text, a)
                or not (
                    lex.coordinated_act.search(text, a.cue[1], start)
                    or _object_described(text, a, start)
                )
            )
        if a.kind == "relative_preposition":  # 'dados de economistas segundo os quais …'
            # its own relative clause only, to the first comma or clause end: no list goes on
            return start >= a.cue[1] and not RELATIVE_CLAUSE_END.search(text, a.cue[1], start)
        if a.kind == "verb_relative":  # 'a parcela que afirma ter candidato, 87% estão'
            # up to the comma that closes the clause; a list goes on past ', além de'
            return start >= a.cue[1] and not RELATIVE_END.search(text, a.cue[1], start)
        if a.kind == "verb":
            if end <= a.cue[0]:
                return True
            # after its subject: what it reports ('Disse o ministro que', 'Segundo informou
            # a polícia, 30'), not the speaker's description after a tag ('…», contou X,
            # presidente de uma das seis associações')
            if a.source is None:
                return _bare_aside(text, a, start)
            return a.source[1] <= start and not _describes_speaker(text, a, lex)
        return True

    def fronted(a: Attribution) -> bool:
        return after_adjuncts(text, sentences.around(a.cue[0])[0], a.cue[0], lex)

    return [a for a in found if clear(a) and faces(a)]


def _bare_aside(text: str, a: Attribution, start: int) -> bool:
    """A tag with no subject set between commas after a word, inside its sentence ('A palavra
    “inst”, disse, significava Instituto Lula e “4m”, o valor de R$ 4 milhões'): its speaker,
    named before, reports the whole sentence, the rest of it too, as 'A média, diz ele, é de'
    does; not a tag after a quotation ('“…”, disse, ao lado de'), whose figures are before it."""
    return (
        BARE_ASIDE_BEFORE.search(text, max(0, a.cue[0] - 48), a.cue[0]) is not None
        and BARE_ASIDE_AFTER.match(text, a.cue[1]) is not None
        and not CLAUSE_END.search(text, a.cue[1], start)
    )


def _object_unreported(text: str, a: Attribution, lex: Lexicon, sentences: Sentences) -> bool:
    """A verb that reports only a clause or the figure it takes as its object, with another
    object after it ('os advogados explicaram as assinaturas de apenas 10', 'o cantor falou
    por 45 minutos a mil fãs'): it names a speaker but reports nothing here."""
    verb = LAST_WORD.search(text, a.cue[0], a.cue[1])
    if verb is None or verb.group(1).lower() not in lex.object_no_report:
        return False
    end = sentences.around(a.cue[0])[1]
    reports = lex.clause_after.match(text, a.cue[1], end) or REPORTED_AFTER.match(
        text, a.cue[1], end
    )
    return not (reports or lex.reported_object.match(text, verb.start(1), end))


def _describes_speaker(text: str, a: Attribution, lex: Lexicon) -> bool:
    """Whether what follows the subject of a verb after what it reports tells who the speaker
    is, not what was said: after a quotation ('«…», contou X, presidente de uma das seis
    associações', '”, disse Fred, que tem quatro armas'), or a relative clause after any tag;
    a tag inside a sentence reports the rest of it ('A média, diz ele, é de 550 veículos')."""
    assert a.source is not None
    if COMPLEMENT.match(text, a.source[1]) or GERUND_REPORT.match(text, a.source[1]):
        return False  # '…, disse X, acrescentando que a magnitude foi de 5,8': what X said
    quoted = AFTER_QUOTE.search(text, max(0, a.cue[0] - 4), a.cue[0])
    return bool(quoted or lex.relative_after.match(text, a.source[1]))


def _object_described(text: str, a: Attribution, start: int) -> bool:
    """Whether a figure stands in a relative or gerund clause that describes the object the verb
    takes right after it ('anunciou o pré-programa da celebração, que terá sete «poses»',
    'confirmou ontem a sua subida de forma, vencendo com um cesto de três pontos'): what the
    article says of the object, not what was reported; a gerund that reports a clause still
    reports ('…, acrescentando que')."""
    if not DIRECT_OBJECT.match(text, a.cue[1]):
        return False
    aside = OBJECT_ASIDE.search(text, a.cue[1], start)
    return aside is not None and not GERUND_REPORT.match(text, aside.start())
