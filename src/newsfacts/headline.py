"""Decide whether the first line of a story is its headline (placeholder, being written)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.records import Byline, Dateline, Headline

__all__ = ["find_headline"]


def find_headline(
    text: str, *, dateline: Dateline | None = None, bylines: Sequence[Byline] = ()
) -> Headline | None:
    """Return the headline, or ``None`` when the first line is not one."""
    return None
