"""Purpose: what a trip is for (*to meet with X*, *for talks*), and whom it meets."""

from __future__ import annotations

import re

from newsfacts.extractors._travel_context import TravelContext, outermost
from newsfacts.extractors._travel_records import Clue
from newsfacts.extractors._travel_triggers import TRIGGER
from newsfacts.records import Span

__all__ = ["read_purpose"]


_PURPOSE = re.compile(
    r"(?:in\sorder\s)?to\s(?!the\b|a\b|an\b|[A-Z])(?P<verb>[a-z]+)\b"
    r"|for\s(?:(?:a|an|the)\s(?:[\w-]+\s){0,3}?)?(?:talks|meetings?|consultations|discussions|"
    r"negotiations|summit|conference|ceremony|funeral|session|celebrations?|forum)\b",
)
_PURPOSE_END = re.compile(
    r",|;|\.(?:\s|$)|\s(?:according\sto|before|after|where|while|when|and\sthen)\s|"
    r"\s(?:the\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*\s(?:said|says|added)\b"
)
_COUNTERPART_CUE = re.compile(
    r"\b(?:meet|meets|meeting|met|talks|meetings|discussions|consultations|negotiations|"
    r"confer)(?:\swith)?\s"
)
_COUNTERPART_END = re.compile(
    r"\s(?:on|about|to|in|at|over|for|and\scontinue|and\sdiscuss|regarding)\s|,|;|$"
)


_NOT_VERBS = frozenset({"be", "date", "do", "and", "or"})

#: A presence trigger that is its own purpose (*hold similar discussions in X*, *attend a summit
#: in X*): the words before the preposition.
_TALKS_TRIGGER = re.compile(
    r"(?:hold|holds|held|holding|have|has|had|attend|attends|attended|attending)\s.*?"
    r"(?:talks|discussions|meetings|consultations|negotiations|summit|conference|meeting|forum|"
    r"ceremony|funeral|session)\b"
)


def read_purpose(context: TravelContext, clue: Clue, limit: int) -> None:
    text = context.text
    anchor = clue.stops[-1].span.end if clue.stops else clue.trigger.end
    anchor = max(anchor, clue.trigger.end)
    window_end = min(limit, anchor + 60)
    match = _PURPOSE.search(text, anchor, window_end)
    if match is None or (match["verb"] and match["verb"] in _NOT_VERBS):
        if clue.kind == "stay":
            talks = _TALKS_TRIGGER.match(text, clue.trigger.start, clue.trigger.end)
            if talks is not None:
                clue.purpose = (talks[0], Span(start=talks.start(), end=talks.end()))
            if text.startswith(" with ", anchor):
                _read_counterparts(context, clue, anchor + 1, min(limit, anchor + 200))
        return
    if TRIGGER.search(text, anchor, match.start()) or text[anchor : match.start()].count(",") > 1:
        return
    window_end = min(limit, match.end() + 200)
    end_match = _PURPOSE_END.search(text, match.end(), window_end)
    # A comma inside quotation marks (on their "shared commitment to the final, fully verified
    # denuclearization") is the quoted words' own, not the end of the purpose.
    while end_match is not None:
        quotation_end = context.quotation_end(end_match.start())
        if quotation_end is None or quotation_end >= window_end:
            break
        end_match = _PURPOSE_END.search(text, quotation_end, window_end)
    end = end_match.start() if end_match else window_end
    while end > match.start() and text[end - 1] in " .":
        end -= 1
    clue.purpose = (text[match.start() : end], Span(start=match.start(), end=end))
    cue = _COUNTERPART_CUE.search(text, match.start(), end)
    if cue is not None:
        _read_counterparts(context, clue, cue.end(), end)


def _read_counterparts(context: TravelContext, clue: Clue, start: int, end: int) -> None:
    """The people met: the named ones in the phrase from ``start``, else the phrase."""
    text = context.text
    if text.startswith("with ", start):
        start += len("with ")
    stop = _COUNTERPART_END.search(text, start, end)
    phrase_end = stop.start() if stop and stop.start() < end else end
    while phrase_end > start and text[phrase_end - 1] in " .":
        phrase_end -= 1
    inside = [m for m in context.actors_in(start, phrase_end) if m.category != "pronoun"]
    inside = outermost(inside)
    if inside:
        clue.counterparts = [(m.text, m.span) for m in inside]
    elif phrase_end > start:
        clue.counterparts = [(text[start:phrase_end], Span(start=start, end=phrase_end))]
