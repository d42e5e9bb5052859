"""The built-in ``attributions`` extractor (placeholder, being written)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsfacts.article import Article
from newsfacts.hookspecs import hookimpl
from newsfacts.records import Attribution, Fact

__all__ = ["AttributionExtractor", "newsfacts_extractors"]


class AttributionExtractor:
    """The ``attributions`` extractor."""

    name = "attributions"
    requires: tuple[str, ...] = ("quotes",)

    def extract(
        self, article: Article, upstream: Mapping[str, tuple[Fact, ...]]
    ) -> Iterable[Attribution]:
        """Return the article's attributions."""
        return ()


@hookimpl
def newsfacts_extractors() -> list[AttributionExtractor]:
    """The attributions extractor, offered through the same hook a third-party plugin uses."""
    return [AttributionExtractor()]
