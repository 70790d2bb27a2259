"""Which of the cues around a figure governs it (annotation guide, outermost frame): the nearest,
unless an earlier frame reports the clause that holds it; and which of a sentence's speakers is
carried to the next sentence."""

from __future__ import annotations

import re

from claimx.attribution.attributions import Attribution

# What ends a reporting frame's clause: a frame before it does not reach a cue after it
# ('O ministro disse que haverá cortes, e o secretário afirmou que 300 vagas serão abertas').
COMPLEMENT = re.compile(
    r"\s*(?:,[^,.;:]{1,60},\s*)?(?::|(?:ter|terem|haver)\s|(?:[^\s,.;:]+\s+){0,4}?que\b)"
)  # past an aside: 'disse, em depoimento ao juiz, que'
# what ends a frame before a cue of its own: also a colon ('Segundo o IML, morreram no ataque:
# Segundo balanço dos Bombeiros, 26 pessoas …'; 'informou: "O ex-presidente reafirma que …"'),
# as a sentence or a quotation with a cue of its own does (annotation guide); a conjunction
# between commas too ('afirma que 50% …, mas, em 2016, dados do TC Educa mostram'), not one set
# inside the frame ('Ele alerta, porém, que')
FRAME_BREAK = re.compile(
    r";|:\s|\s[—–]\s|,\s+(?:e|mas|enquanto|porém|já|ou)(?:\s|,(?!\s*que\b))|[.!?]\s"
)


def outermost(
    text: str, found: list[Attribution], start: int, end: int
) -> Attribution | None:
    """The frame that governs a figure (annotation guide, outermost frame): the cue nearest to
    it, unless an earlier frame reports the clause that holds that cue ('O TCU afirma que o
    prefeito pediu R$ 3 milhões' → TCU; 'Segundo a pesquisa, o país registrou' → pesquisa). A
    cue after the figure ('…, disse o ministro') frames the whole clause before it."""
    near = nearest(found, start, end)
    if near is None or near.cue[0] >= end:
        return near
    inner = min(near.cue[0], near.source[0] if near.source else near.cue[0])
    for frame in sorted(found, key=lambda a: a.cue[0]):
        if frame is near or frame.cue[1] > inner or not reports_clause(text, frame):
            continue
        if frame.source is None:
            continue  # 'De acordo com isso, o estudo previa': a pronoun names no one here
        if not FRAME_BREAK.search(text, frame.cue[1], inner):
            return frame
    return near


# an aside that describes the document a frame names ('No áudio, com duração de cerca de 30
# minutos, Aécio …', 'No áudio gravado por Joesley, com duração de …', 'Na sentença, de 218
# páginas, o juiz …'): what it counts is the document, not what the document says
FRAME_ASIDE = re.compile(r"[^,.;:]*,\s*(?:com|de|em que|que|onde|cujo|cuja)\s[^,]*")


def in_frame_aside(text: str, frame: Attribution, start: int) -> bool:
    """Whether a figure at ``start`` lies in the aside right after a frame's document."""
    return (
        frame.kind == "frame"
        and frame.source is not None
        and frame.source[1] <= start
        and FRAME_ASIDE.fullmatch(text, frame.source[1], start) is not None
    )


def yielded(found: list[Attribution]) -> list[Attribution]:
    """A survey named as a frame ('Num estudo de julho,') gives way to a cue after it in its
    sentence ('analistas do Bernstein projetam'), not to one before it ('A pesquisa avaliou:')."""
    return [
        a for a in found
        if a.kind != "frame" or not any(o.kind != "frame" and o.cue[0] > a.cue[0] for o in found)
    ]


def outer_frames(text: str, named: list[Attribution]) -> list[Attribution]:
    """The cues of a sentence that no earlier cue of it reports ('Ronan Marinho informou que o
    Ministério da Justiça comunicou …': Ronan Marinho speaks, the ministry is what he says), so
    that the speaker carried to the next sentence is the one its outermost frame names; all of
    them where every one is reported."""
    outer = [
        a
        for a in named
        if not any(
            frame is not a
            and frame.source is not None
            and frame.cue[1] <= min(a.cue[0], a.source[0])  # type: ignore[index]
            and reports_clause(text, frame)
            and not FRAME_BREAK.search(text, frame.cue[1], min(a.cue[0], a.source[0]))  # type: ignore[index]
            for frame in named
        )
    ]
    return outer or named


def reports_clause(text: str, frame: Attribution) -> bool:
    """Whether a frame reports a whole clause after it: 'Segundo X,' or a verb with 'que', ':' or
    'ter' + participle ('afirma que', 'disse à reportagem que', 'disse ter pedido'); not a verb
    with an object ('ter estimado a contratação em')."""
    if frame.kind in ("preposition", "frame"):
        return True
    return frame.kind == "verb_before" and bool(COMPLEMENT.match(text, frame.cue[1]))


def nearest(found: list[Attribution], start: int, end: int) -> Attribution | None:
    def distance(a: Attribution) -> int:
        lo, hi = a.cue
        return max(lo - end, start - hi, 0)

    return min(found, key=distance, default=None)
