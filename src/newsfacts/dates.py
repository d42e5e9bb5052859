"""Resolve date expressions against a reference date (placeholder, being written)."""

from __future__ import annotations

import datetime
from typing import Literal

__all__ = ["resolve"]


def resolve(
    expression: str,
    reference: datetime.date,
    *,
    tense: Literal["past", "future", "auto"] = "auto",
) -> datetime.date | None:
    """Resolve ``expression`` against ``reference``; ``None`` when it is not a date."""
    return None
