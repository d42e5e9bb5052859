"""The built-in ``itineraries`` extractor (placeholder, being written)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsfacts.article import Article
from newsfacts.hookspecs import hookimpl
from newsfacts.records import Fact, Itinerary

__all__ = ["ItineraryExtractor", "newsfacts_extractors"]


class ItineraryExtractor:
    """The ``itineraries`` extractor."""

    name = "itineraries"
    requires: tuple[str, ...] = ()

    def extract(
        self, article: Article, upstream: Mapping[str, tuple[Fact, ...]]
    ) -> Iterable[Itinerary]:
        """Return the article's itineraries."""
        return ()


@hookimpl
def newsfacts_extractors() -> list[ItineraryExtractor]:
    """The itineraries extractor, offered through the same hook a third-party plugin uses."""
    return [ItineraryExtractor()]
