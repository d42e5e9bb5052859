"""Group mentions into entities and resolve pronouns and descriptions (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsfacts.records import Entity, Mention

if TYPE_CHECKING:
    from newsfacts.article import Article

__all__ = ["resolve"]


def resolve(
    article: Article, mentions: Sequence[Mention]
) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    """Return the entities and the mentions with ``entity`` and ``resolution`` filled in."""
    return (), tuple(mentions)
