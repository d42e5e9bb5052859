"""Each quotation in its sentence: the text around it, joined parts, and lists of terms.

A quotation split by its attribution or reopened at each paragraph becomes one of several
parts; a run of quoted items is a list of terms, signs or chants. What kind of speech each
quotation is, is :mod:`_quote_kinds`' job.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import regex

from newsfacts import cues as _cues
from newsfacts import quotemarks
from newsfacts.extractors._quote_phrases import _CueIndex
from newsfacts.extractors._quote_words import (
    _SENTENCE_END,
    _WINDOW,
    _WORD,
    _vocabulary,
)
from newsfacts.records import Span

# Capitalised words that often open a sentence (after an initialism that may end one).
_SENTENCE_OPENERS = _vocabulary(
    """The A An He She It They We I You In On At By For But And Or So Yet This That These
    Those There His Her Its Their Our My Some Many Most One Two Three If When While After
    Before Since As Although Though What Who Why How Officials Police"""
)

# An initialism's last point (``U.S.``), read as it ends a sentence.
_INITIALISM = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.){2,}\Z")

# A given name and a middle initial before a point (``Harry J. Kazianis``): no sentence end.
_MIDDLE_INITIAL = regex.compile(r"(?<![\p{L}\p{M}.'\u2019\-])\p{Lu}\p{Ll}+[ ]\p{Lu}\Z")

_NAME_REACH = 24  # characters read back for the given name

# A sentence going on in lower case after a closing mark: ``"We will rebuild." said Jo Roe``.
_LOWER_NEXT = regex.compile(r"[^\S\n]*+\p{Ll}")

_STOP_INSIDE = regex.compile(r"[.?!\u2026][)\]]*\Z")

_FULL_STOP_INSIDE = regex.compile(r"(?<!\.)\.[)\]]*\Z")

# What breaks a quotation off for its attribution: ``"We are," she said, "making progress."``,
# ``"We are -" she said - "making progress."``.
_SPLIT_MARKS = (",", "\u2014", "\u2013", "-")

_JOINED_GAP = regex.compile(r"[\s,\u2014\u2013-]*(?:and|but|or|then)\b")

# Two quotations are neighbours in a list when only commas and a conjunction part them.
_LIST_GAP = regex.compile(r"[\s,;]*(?:(?:and|or)\s+)?\Z")

_LIST_LENGTH = 3  # a run of this many quoted items is a list of terms, signs or chants


@attrs.frozen
class _Found:
    quotation: quotemarks.Quotation
    parts: tuple[Span, ...]
    span: Span
    before: Span  # the quotation's sentence before its opening mark
    after: Span  # the sentence after its closing mark (to the next quotation at most)
    middle: Span | None = None  # between the parts of a split quotation: its attribution


def _contexts(
    text: str, quotations: Sequence[quotemarks.Quotation], paragraphs: Sequence[Span]
) -> list[_Found]:
    starts = [paragraph.start for paragraph in paragraphs]
    found: list[_Found] = []
    for index, quotation in enumerate(quotations):
        paragraph = paragraphs[max(0, bisect.bisect_right(starts, quotation.span.start) - 1)]
        last = paragraphs[max(0, bisect.bisect_right(starts, quotation.span.end - 1) - 1)]
        low = max(paragraph.start, quotation.span.start - _WINDOW)
        if index and quotations[index - 1].span.end > low:
            low = quotations[index - 1].span.end
        high = min(last.end, quotation.span.end + _WINDOW)
        if index + 1 < len(quotations) and quotations[index + 1].span.start < high:
            high = quotations[index + 1].span.start
        before_start = low
        # Read a little past the mark: the lookahead for a capital needs to see the quotation.
        for match in _SENTENCE_END.finditer(text, low, quotation.span.start + 3):
            if match.end() <= quotation.span.start and not _in_name(text, match):
                before_start = match.end()
        after_end = high
        stop = _SENTENCE_END.search(text, quotation.span.end, high)
        if stop is not None and _in_name(text, stop):
            stop = _SENTENCE_END.search(text, stop.end(), high)
        if stop is not None:
            after_end = stop.start() + 1
        if _FULL_STOP_INSIDE.search(
            text, quotation.parts[-1].start, quotation.parts[-1].end
        ) and not _LOWER_NEXT.match(text, quotation.span.end, high):
            # ``"We will rebuild." The council met.``: a full stop inside the marks ends the
            # sentence (a cue would follow a comma), so what comes next is not its attribution
            # - unless the sentence goes on in lower case (``"We will rebuild." said Jo Roe``).
            after_end = quotation.span.end
        found.append(
            _Found(
                quotation=quotation,
                parts=quotation.parts,
                span=quotation.span,
                before=Span(start=before_start, end=quotation.span.start),
                after=Span(start=quotation.span.end, end=max(after_end, quotation.span.end)),
            )
        )
    return found


# Searched from a position, these stop at the first character that is not blank: a long
# paragraph is not copied for each quotation in it.
_NOT_BLANK = regex.compile(r"\S")


def _blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only white space."""
    return _NOT_BLANK.search(text, start, end) is None


def _in_name(text: str, stop: regex.Match[str]) -> bool:
    """Whether a sentence end is an initialism's point inside a name or a title: ``said the
    U.S. Deputy Ambassador``, ``U.S. Trust's``, a middle initial (``Harry J. Kazianis``),
    where a word that opens sentences follows a real end (``in the U.S. The firm``)."""
    if not text[stop.start() - 1 : stop.start()].isupper() or not (
        _INITIALISM.search(text, max(0, stop.start() - 4), stop.start() + 1)
        or _MIDDLE_INITIAL.search(text, max(0, stop.start() - _NAME_REACH), stop.start())
    ):
        return False
    following = _WORD.match(text, stop.end())
    return following is not None and following.group() not in _SENTENCE_OPENERS


def _join_reopened(text: str, found: list[_Found]) -> list[_Found]:
    """Join ``"We are here. "We stay."`` into one quotation of two parts.

    A quotation left open at a full stop, with the next opener right after it, is one speech
    whose paragraphs were run together (each paragraph of a long quotation reopens, only the
    last closes): the parts are the quotation's paragraphs.
    """

    def reopens(previous: _Found, item: _Found) -> bool:
        return (
            not previous.quotation.closed
            and _blank(text, previous.span.end, item.span.start)
            and bool(_STOP_INSIDE.search(previous.parts[-1].of(text)))
            and item.quotation.family == previous.quotation.family
        )

    return [
        run[0] if len(run) == 1 else _joined(run, quotation=run[-1].quotation)
        for run in _runs(found, reopens)
    ]


def _merge_split(text: str, found: list[_Found], cues: _CueIndex) -> list[_Found]:
    """Join ``"We are," she said, "making progress."`` into one quotation of two parts."""

    def continues(previous: _Found, item: _Found) -> bool:
        gap = text[previous.span.end : item.span.start]
        return (
            previous.after.end >= item.span.start
            and gap.rstrip().endswith(_SPLIT_MARKS)
            # the comma or dash that breaks off the first part, inside its marks or (British
            # style) right after them: ``"We are", she said, "making progress".``
            and (
                previous.parts[-1].of(text).rstrip().endswith(_SPLIT_MARKS)
                or gap.lstrip().startswith(_SPLIT_MARKS)
            )
            # (``"walked in", and told the police, "everything"``: two fragments of one
            # sentence, not one quotation broken off for its attribution)
            and not _JOINED_GAP.match(gap)
            and _cues.lemma_of(gap.strip(" ,")) is None
            and bool(cues.between(previous.span.end, item.span.start))
            and not text[item.parts[0].start : item.parts[0].start + 1].isupper()
            and item.quotation.family == previous.quotation.family
        )

    return [
        run[0]
        if len(run) == 1
        else _joined(run, middle=Span(start=run[-2].span.end, end=run[-1].span.start))
        for run in _runs(found, continues)
    ]


def _runs(found: list[_Found], continues: Callable[[_Found, _Found], bool]) -> list[list[_Found]]:
    """``found`` cut into runs of neighbours that ``continues`` says belong together."""
    # Each run is collected first and joined once: joining quotations one by one would copy
    # the growing tuple of parts each time (quadratic on a long run).
    runs: list[list[_Found]] = []
    for item in found:
        if runs and continues(runs[-1][-1], item):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _joined(run: list[_Found], **changes: Any) -> _Found:
    """One quotation made of the parts of ``run``, with ``changes`` to its other fields."""
    first, last = run[0], run[-1]
    return attrs.evolve(
        first,
        parts=tuple(part for item in run for part in item.parts),
        span=Span(start=first.span.start, end=last.span.end),
        after=last.after,
        **changes,
    )


def _in_lists(text: str, found: Sequence[_Found]) -> set[int]:
    """The quotations that stand in a list of quoted items (``"A," "B" and "C"``).

    Speech is not listed that way: such runs are words under discussion, signs, or slogans.
    """
    listed: set[int] = set()
    run = [0]
    for index in range(1, len(found) + 1):
        if index < len(found):
            previous, item = found[index - 1], found[index]
            gap = text[previous.span.end : item.span.start]
            if len(gap) <= 12 and _LIST_GAP.match(gap) and len(item.parts) == 1:
                run.append(index)
                continue
        if len(run) >= _LIST_LENGTH:
            listed.update(run)
        run = [index]
    return listed
