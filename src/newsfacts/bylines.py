"""Find bylines and trailing credits (placeholder, being written)."""

from __future__ import annotations

from newsfacts.records import Byline, Credit, Dateline

__all__ = ["find_bylines", "find_credits"]


def find_bylines(text: str, *, dateline: Dateline | None = None) -> tuple[Byline, ...]:
    """Return the bylines of the story, in text order."""
    return ()


def find_credits(text: str) -> tuple[Credit, ...]:
    """Return trailing credits (``Reporting by ...; Editing by ...``), in text order."""
    return ()
