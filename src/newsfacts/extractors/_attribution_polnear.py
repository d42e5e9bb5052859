"""PolNeAR's conventions for span edges (content, source, cue), applied in the wide scope
after reading.

The news gold guide and PolNeAR mark the same claim with different edges. PolNeAR keeps the
complementizer (``said [that the talks failed]``) and a quotation's own marks and the
punctuation inside them (``[“The talks failed,”] she said``), and a source's closing
comma after its appositive (``[Jane Doe, a spokeswoman,] said``), and a cue's whole verb
group (``[has also said]``); the news guide keeps none of them. :func:`with_polnear_edges`
widens each span by those few characters: it reads a bounded stretch around each span,
linear in the number of spans.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsfacts.extractors._attribution_reader import QUOTE_MARKS
from newsfacts.extractors._attribution_sources import is_adverb_in_ly
from newsfacts.extractors._attribution_words import words
from newsfacts.records import Attribution, Span

__all__ = ["with_polnear_edges"]

_OPENING_MARKS = frozenset("\"'\u201c\u2018\u00ab`")
_CLOSING_MARKS = frozenset("\"'\u201d\u2019\u00bb")
# Punctuation that a quotation holds before its closing mark (``“The talks failed,”``).
_INNER_PUNCTUATION = frozenset(",.?!;:\u2026")
# The most characters of marks and punctuation read on either side of a part (``,''``).
_EDGE = 3
_THAT = "that"
# The words of a verb group before its verb: auxiliaries, modals, negations and the adverbs
# that stand between subject and verb (``has also``, ``would not``, ``then``).
_VERB_GROUP = frozenset(
    """has have had is are was were be been being will would could should can may might must
    shall do does did not n't never didn't doesn't don't won't wouldn't couldn't can't isn't
    wasn't hasn't haven't also often then further first later still already again even
    just once now only repeatedly 's 've 'd 'll""".split()  # noqa: SIM905
)
# An auxiliary contracted onto the source (``She's claiming``), then adverbs and spaces.
_CONTRACTION = regex.compile(r"['\u2019](?:s|re|ve|d|ll|m)(?:\s+[a-z]+ly)?\s+")
# How far before a cue its verb group is read (``has also repeatedly``).
_VERB_GROUP_REACH = 40


def with_polnear_edges(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` with each content part widened to PolNeAR's edges (a leading ``that``
    after the cue, and the quotation marks with the punctuation inside them around it) and
    each source to the comma that closes its appositive."""
    widened = []
    for item in found:
        parts = tuple(_widened(text, part, item.cue_span) for part in item.content_parts)
        source = item.source_span
        if source is not None:
            source = _with_closing_comma(text, source)
        cue = item.cue_span
        if cue is not None:
            cue = _with_verb_group(text, cue, item.source_span)
        if parts == item.content_parts and source == item.source_span and cue == item.cue_span:
            widened.append(item)
            continue
        spans = [part for part in (source, cue, *parts) if part is not None]
        widened.append(
            attrs.evolve(
                item,
                source_span=source,
                cue_span=cue,
                cue=item.cue if cue is None else cue.of(text),
                span=Span(
                    start=min(item.span.start, *(s.start for s in spans)),
                    end=max(item.span.end, *(s.end for s in spans)),
                ),
                content=" ".join(part.of(text) for part in parts),
                content_parts=parts,
            )
        )
    return widened


def _widened(text: str, part: Span, cue: Span | None) -> Span:
    start, end = part.start, part.end
    if cue is not None and cue.end <= start:
        start = _with_that(text, start, cue.end)
    # An opening mark right before the part, and the closing mark (past the punctuation
    # inside it) right after: the quotation whole, as PolNeAR marks it.
    if start > 0 and text[start - 1] in _OPENING_MARKS and _opens(text, start - 1):
        close = end
        while close < min(len(text), end + _EDGE) and text[close] in _INNER_PUNCTUATION:
            close += 1
        if close < len(text) and text[close] in _CLOSING_MARKS:
            mark_end = close + 1
            if text[close] == "'" and mark_end < len(text) and text[mark_end] == "'":
                mark_end += 1  # ``''``: a closing mark of two apostrophes
            opening = start - 1
            if text[opening] == "'" and opening > 0 and text[opening - 1] == "'":
                opening -= 1
            return Span(start=opening, end=mark_end)
    return Span(start=start, end=end)


def _with_verb_group(text: str, cue: Span, source: Span | None) -> Span:
    """``cue`` with the auxiliaries, negations and adverbs of its verb group before it
    (``[has also said]``, ``[didn't deny]``, ``[repeatedly called for]``), up to its source,
    and a colon right after it (``[added:]``): PolNeAR's cue is the verb group."""
    floor = max(0, cue.start - _VERB_GROUP_REACH)
    if source is not None and source.end <= cue.start:
        floor = max(floor, source.end)
    start = cue.start
    contraction = _CONTRACTION.fullmatch(text, floor, cue.start)
    if contraction is not None and source is not None and floor == source.end:
        return _with_colon(text, Span(start=floor, end=cue.end))  # ``She['s claiming]``
    for word, low, _ in reversed(words(text, floor, cue.start)):
        lower = word.lower().replace("\u2019", "'")
        if not (lower in _VERB_GROUP or is_adverb_in_ly(word)):
            break
        start = low
    return _with_colon(text, cue if start == cue.start else Span(start=start, end=cue.end))


def _with_colon(text: str, cue: Span) -> Span:
    """``added:``: the colon that opens what was said is the cue's."""
    if text[cue.end : cue.end + 1] == ":" and text[cue.start : cue.end] != ":":
        return Span(start=cue.start, end=cue.end + 1)
    return cue


def _with_closing_comma(text: str, source: Span) -> Span:
    """``source`` with the comma that closes its appositive (``[Jane Doe, a spokeswoman for
    the port,] said``): PolNeAR's source runs to it."""
    if "," not in text[source.start : source.end]:
        return source
    end = source.end
    while end < min(len(text), source.end + _EDGE) and text[end] == " ":
        end += 1
    if end < len(text) and text[end] == ",":
        return Span(start=source.start, end=end + 1)
    return source


def _opens(text: str, mark: int) -> bool:
    """Whether the mark at ``mark`` opens a quotation: at the text's start or after a space
    or an opening bracket, not an apostrophe inside a word."""
    return mark == 0 or not text[mark - 1].isalnum() or text[mark - 1] in QUOTE_MARKS


def _with_that(text: str, start: int, cue_end: int) -> int:
    """``start`` moved back over a ``that`` that opens the content (``said that ...``), when
    only white space stands between ``that`` and the content."""
    before = start
    while before > cue_end and text[before - 1].isspace():
        before -= 1
    word_start = before - len(_THAT)
    if word_start < cue_end or text[word_start:before] != _THAT:
        return start
    if word_start > 0 and text[word_start - 1].isalnum():
        return start  # ``what``: no ``that`` of its own
    return word_start
