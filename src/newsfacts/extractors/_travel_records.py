"""The records a travel clue is read into: :class:`Clue` and the :class:`Stop` it names."""

from __future__ import annotations

import attrs

from newsfacts.extractors import _travel_dates
from newsfacts.records import Mention, Span, TripStatus

__all__ = ["Clue", "Stop", "Tense"]

Tense = _travel_dates.Tense


@attrs.define
class Stop:
    """A place a clue names as a stop, with what the gazetteer knows of it."""

    name: str
    span: Span
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    category: str | None = None
    entity: int | None = None


@attrs.define
class Clue:
    """One trigger and everything its sentence says about that piece of travel."""

    trigger: Span
    kind: str
    sentence: int
    #: the trigger is a noun (*visit*, *trip*, *Elian's return to*), owned by its traveller
    noun: bool = False
    traveler: int | None = None
    traveler_name: str | None = None
    traveler_span: Span | None = None
    role: str | None = None
    home: str | None = None
    status: TripStatus | None = None
    tense: Tense = "auto"
    stops: list[Stop] = attrs.Factory(list)
    origin: Stop | None = None
    after: Stop | None = None
    #: its subject is a travelling group the story named before (*The delegation will fly*)
    group_subject: bool = False
    #: a stop this clue's stops come before (*Before that, she will visit X*)
    before: Stop | None = None
    position: str | None = None
    count: int = 0
    earlier: bool = False
    #: told as done before another event (*after having completed a trip to X*)
    anterior: bool = False
    dates: list[_travel_dates.TravelDate] = attrs.Factory(list)
    duration: int | None = None
    one_day: bool = False
    #: names a place the gazetteer has no country for (*a visit to East Africa*)
    to_region: bool = False
    #: the day of a one-day visit to such a region, carried by a later clue
    tour_day: _travel_dates.TravelDate | None = None
    purpose: tuple[str, Span] | None = None
    counterparts: list[tuple[str, Span]] = attrs.Factory(list)
    companions: list[Mention] = attrs.Factory(list)

    @property
    def span(self) -> Span:
        """From the trigger to the end of its last stop."""
        end = max([self.trigger.end, *(stop.span.end for stop in self.stops)])
        start = min([self.trigger.start, *(stop.span.start for stop in self.stops)])
        return Span(start=start, end=end)
