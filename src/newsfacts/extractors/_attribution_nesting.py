"""Views nested in another source's claim: ``X said [officials felt the plan was sound]``.

A view or a finding whose cue stands inside the content of someone else's claim is part of
that claim, not one the reporter attributes (the sentence reader applies the same rule to a
source it meets after the claim; this pass applies it in either order, also when the claim's
cue comes later: ``officials felt the plan was sound, X said``). Speech stays: ``X said Y
told him`` reports two acts of saying.

One sort and one pass: O(n log n) in the number of attributions.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from newsfacts import cues as _cues
from newsfacts.records import Attribution

__all__ = ["without_nested_views"]

_VIEW_KINDS = frozenset(["belief", "evidence"])
# A comma (or semicolon) and a conjunction right before a source: a clause of its own.
_CLAUSE_OPENING = regex.compile(
    r"[,;]\s*(?:and|but|or|although|though|while|whereas|yet|because|since)\s+$"
)
_CLAUSE_REACH = 16


def without_nested_views(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` without the views and findings whose cue lies in another source's content,
    unless the view opens a clause of its own (``A want X, and B want Y``)."""
    views = [
        index
        for index, item in enumerate(found)
        if item.cue_span is not None and item.source_span is not None and _is_view(item)
    ]
    if not views or len(found) < 2:
        return list(found)  # most stories: nothing to check, nothing sorted
    parts = sorted(
        (part.start, part.end, index)
        for index, item in enumerate(found)
        if item.quote is None
        for part in item.content_parts
    )
    starts = [start for start, _, _ in parts]
    # For each part in start order, the part reaching furthest among it and those before.
    furthest: list[tuple[int, int]] = []
    for _, end, index in parts:
        if not furthest or end > furthest[-1][0]:
            furthest.append((end, index))
        else:
            furthest.append(furthest[-1])
    nested = set()
    for index in views:
        item = found[index]
        cue = item.cue_span
        assert cue is not None
        position = bisect.bisect_right(starts, cue.start) - 1
        if position < 0:
            continue
        end, owner = furthest[position]
        if (
            owner != index
            and end >= cue.end
            and not _same_source(found[owner], item)
            and not _opens_a_clause(text, item)
        ):
            nested.add(index)
    return [item for index, item in enumerate(found) if index not in nested]


def _opens_a_clause(text: str, item: Attribution) -> bool:
    """Whether the view's source opens a coordinate or subordinate clause of its own after a
    comma (``..., and fishermen want``, ``..., although he believes``)."""
    assert item.source_span is not None
    start = item.source_span.start
    return _CLAUSE_OPENING.search(text, max(0, start - _CLAUSE_REACH), start) is not None


def _same_source(outer: Attribution, inner: Attribution) -> bool:
    """Whether both name one source: the same span, entity or name (``They believe A, the
    federal officials said``: ``they`` named after the officials)."""
    if outer.source_span == inner.source_span:
        return True
    if outer.source_entity is not None and outer.source_entity == inner.source_entity:
        return True
    return _bare_name(outer.source) == _bare_name(inner.source)


def _bare_name(name: str | None) -> str:
    lower = (name or "").lower()
    return lower[4:] if lower.startswith("the ") else lower


def _is_view(item: Attribution) -> bool:
    printed = (item.cue or "").lower()
    word = (
        _cues.WIDE_LEXICON.get(printed)
        or _cues.LEXICON.get(printed)
        or _cues.BROAD_LEXICON.get(printed)
    )
    return word is not None and word.kind in _VIEW_KINDS
