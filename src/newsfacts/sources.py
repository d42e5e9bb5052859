"""Find the agency credits of the story itself (placeholder, being written)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.records import Byline, Dateline, SourceTag

__all__ = ["find_source_tags"]


def find_source_tags(
    text: str, *, dateline: Dateline | None = None, bylines: Sequence[Byline] = ()
) -> tuple[SourceTag, ...]:
    """Return the story's own agency credits, in text order."""
    return ()
