"""Run extractors over an article (placeholder, being written)."""

from __future__ import annotations

from collections.abc import Iterable

from newsfacts.article import Article
from newsfacts.records import Fact

__all__ = ["extract"]


def extract(
    article: Article,
    *,
    only: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    strict: bool = False,
) -> tuple[Fact, ...]:
    """Run the selected extractors over ``article`` and return their records, by span."""
    return ()
