"""The built-in ``quotes`` extractor (placeholder, being written)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsfacts.article import Article
from newsfacts.hookspecs import hookimpl
from newsfacts.records import Fact, Quote

__all__ = ["QuoteExtractor", "newsfacts_extractors"]


class QuoteExtractor:
    """Finds every quotation in an article, with its speaker and cue."""

    name = "quotes"
    requires: tuple[str, ...] = ()

    def extract(
        self, article: Article, upstream: Mapping[str, tuple[Fact, ...]]
    ) -> Iterable[Quote]:
        """Return the article's quotes."""
        return ()


@hookimpl
def newsfacts_extractors() -> list[QuoteExtractor]:
    """The quotes extractor, offered through the same hook a third-party plugin uses."""
    return [QuoteExtractor()]
