"""The built-in ``itineraries`` extractor: who travels where, when, why, and in what state.

The work is split in three private steps: :mod:`._travel_clues` reads each travel phrase
with its traveller, status, stops, purpose and counterparts (one small module per question);
:mod:`._travel_dates` finds and resolves the dates around it against the dateline (or
``published``); :mod:`._travel_legs` merges the phrases into journeys and legs, orders them and
fills the dates one leg gives the next. The words live in :mod:`newsfacts.travel_words`.

Unreal travel is kept apart, never merged into a real trip: a trip called off or put off has
status ``cancelled``; one that is only supposed, wished, refused or denied (*would*, *if*,
*refused to*, *no plans to*) has status ``hypothetical``. Filter on ``status`` to keep only
the journeys that happen.

>>> import newsfacts
>>> story = (
...     "OSLO, March 6 (AP) -- Foreign Minister Ana Ruiz will travel to Japan on Monday "
...     "to meet with trade officials. Ruiz will be in Japan through Wednesday.\\n"
... )
>>> (trip,) = newsfacts.extract(newsfacts.parse(story, published="2018-03-06"),
...                             only="itineraries")
>>> trip.traveler, trip.status, trip.legs[0].country, str(trip.legs[0].start), str(trip.legs[0].end)
('Ana Ruiz', 'planned', 'JP', '2018-03-12', '2018-03-14')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsfacts.article import Article
from newsfacts.extractors._travel_clues import find_clues
from newsfacts.extractors._travel_legs import build_itineraries
from newsfacts.hookspecs import hookimpl
from newsfacts.records import Fact, Itinerary

__all__ = ["ItineraryExtractor", "find_itineraries", "newsfacts_extractors"]


def find_itineraries(article: Article) -> list[Itinerary]:
    """The itineraries of ``article``, in text order of their first trigger."""
    clues = find_clues(article)
    if not clues:
        return []
    itineraries = build_itineraries(article, clues)
    return sorted(itineraries, key=lambda trip: (trip.span.start, trip.span.end))


class ItineraryExtractor:
    """The ``itineraries`` extractor: one :class:`~newsfacts.records.Itinerary` per journey."""

    name = "itineraries"
    requires: tuple[str, ...] = ()

    def extract(
        self, article: Article, upstream: Mapping[str, tuple[Fact, ...]]
    ) -> Iterable[Itinerary]:
        """Return the article's itineraries."""
        return find_itineraries(article)


@hookimpl
def newsfacts_extractors() -> list[ItineraryExtractor]:
    """The itineraries extractor, offered through the same hook a third-party plugin uses."""
    return [ItineraryExtractor()]
