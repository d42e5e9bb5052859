"""Find and read the dateline at the head of a story (placeholder, being written)."""

from __future__ import annotations

import datetime

from newsfacts.records import Dateline

__all__ = ["find_dateline"]


def find_dateline(text: str, *, published: datetime.date | None = None) -> Dateline | None:
    """Return the story's dateline, or ``None`` when it prints none."""
    return None
