"""From travel clues to itineraries: journeys, merged legs, order and dates (private).

Decisions, applied to every story:

- A clue without a traveller takes the traveller of a clue in the two sentences before; one
  without any is dropped. A clue without a stop lends its dates, length and purpose to the clue
  before it in the same sentence (*arrived here Saturday for a three-day visit*).
- Journeys: a traveller's ``cancelled`` and ``hypothetical`` clues form journeys of their own,
  apart from the real ones; so does each earlier trip (*his previous visit*, *made two trips*,
  and the trips a *third visit* implies). The other clues are one journey when any of them is
  ``ongoing`` (the planned next stops and the stops just done belong to the trip under way),
  else one ``planned`` and one ``completed`` journey. A past-tense clue about the dateline's
  country, or dated within two days of the story, is ``ongoing``: the story reports the trip
  while it lasts.
- Legs: a country and a city in it are the same stop, named by the city (the most specific);
  two cities are two stops. A region with no country is dropped when the journey has other
  stops. *from X* on an arrival adds X before, unless X is in the traveller's own country.
- Order: first mention, then *after X*, *first stop*, *final stop*, and a return home last.
- Dates: see :mod:`newsfacts.extractors._travel_dates` for what a date next to each kind of
  trigger means; a length of stay ends a dated start; *leave X on D for Y* ends X on D; a leg
  with no start of its own starts the day the leg before ends.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re

import attrs

from newsfacts import gazetteer
from newsfacts.article import Article
from newsfacts.extractors._travel_context import dateline_stop
from newsfacts.extractors._travel_dates import TravelDate
from newsfacts.extractors._travel_records import Clue, Stop
from newsfacts.gazetteer import normalize_name
from newsfacts.records import Itinerary, Leg, Mention, Span, TripStatus

__all__ = ["build_itineraries"]

_DAY = datetime.timedelta(days=1)
_MONTH = datetime.timedelta(days=31)
_WEEK = datetime.timedelta(days=7)
#: Journeys longer than this keep the text's order (date moves are quadratic).
_ORDERED_LEGS = 60
# In a trip under way, the stops already done come first, then the current one, then the
# planned ones.
_RANKS = {"completed": 0, "ongoing": 1, "planned": 2}


@attrs.define
class _LegDraft:
    stop: Stop
    span: Span
    first_clue: int
    start: datetime.date | None = None
    end: datetime.date | None = None
    start_span: Span | None = None
    end_span: Span | None = None
    leave: tuple[datetime.date, Span] | None = None
    duration: int | None = None
    purpose: tuple[str, Span] | None = None
    counterparts: list[tuple[str, Span]] = attrs.Factory(list)
    mentions: list[Span] = attrs.Factory(list)
    after: Stop | None = None
    before: Stop | None = None
    position: str | None = None
    #: a day the traveller is there, when no start is given (*will be in X on Wednesday*):
    #: it orders the stop, and is no date of the leg
    seen: datetime.date | None = None
    home: bool = False
    rank: int = 9
    #: named by a city a later clue travels to, for a stop first named by its country
    narrowed: bool = False


def build_itineraries(article: Article, clues: list[Clue]) -> list[Itinerary]:
    """Merge ``clues`` (in text order) into itineraries, one per traveller and journey."""
    clues = _with_travelers(clues)
    moving = {clue.traveler for clue in clues if clue.kind not in ("present", "engage")}
    clues = [clue for clue in clues if clue.traveler in moving]
    clues = _folded(clues)
    reference = article.reference_date
    here = _dateline_country(clues, article)
    known = _KnownStatuses(clues)
    for clue in clues:
        _settle_status(clue, known, reference, here)
    journeys: list[tuple[TripStatus, list[Clue]]] = []
    by_traveler: dict[int, list[Clue]] = {}
    for clue in clues:
        if clue.traveler is not None:
            by_traveler.setdefault(clue.traveler, []).append(clue)
    for group in by_traveler.values():
        journeys.extend(_journeys(group, reference))
    dateline = _dateline_stop(clues, article)
    cities = _cities_with(article, set(by_traveler))
    # who has a journey of which status of their own: a companion's copy never replaces it
    own = {(clue.traveler, status) for status, group in journeys for clue in group if clue.traveler}
    trips: list[Itinerary] = []
    for status, group in journeys:
        if status == "ongoing" and reference is not None:
            _date_the_news(group, reference)
        trip = _itinerary(status, group, dateline, cities)
        if trip is not None:
            trips.append(trip)
            trips.extend(_companion_trips(article, trip, group, own, dateline))
        else:
            trips.extend(_guests_of_a_host(article, status, group, dateline, own))
    return trips


def _date_the_news(group: list[Clue], reference: datetime.date) -> None:
    """In a trip under way, an undated departure told in the past (*left for Hanoi*, *wrapped
    up his visit to Israel*) is the story's news: it happened on the story's day. The trigger
    stands for the date's span."""
    for clue in group:
        told_past = clue.tense == "past" and not clue.earlier and not clue.anterior
        if clue.kind in ("leave", "depart") and told_past and not clue.dates:
            clue.dates.append(
                TravelDate(span=clue.trigger, role="on", start=reference, end=reference)
            )


def _companion_trips(
    article: Article,
    trip: Itinerary,
    group: list[Clue],
    own: set[tuple[int, TripStatus]],
    dateline: Stop | None,
) -> list[Itinerary]:
    """The same journey for each person travelling with the traveller (*accompanied by X*,
    *X and Y left for*), unless that person has a journey of this status of their own. A
    person the text puts on only some of its stops (*flew to X with Y; he went on alone to
    Z*) travels those stops only."""
    escorts = {m.entity: m for clue in group for m in clue.companions if m.entity is not None}
    copies = []
    for entity_id, mention in escorts.items():
        if entity_id == trip.traveler_entity or (entity_id, trip.status) in own:
            continue
        entity = article.entity_index.entity(entity_id)
        role = entity.titles[0] if entity.titles else None
        legs = trip.legs
        named = [c for c in group if _names_companion(c, entity_id, text=article.text)]
        partial = _itinerary(trip.status, named, dateline) if named != group else None
        if partial is not None:
            countries = {leg.country for leg in partial.legs}
            # the stops of the whole journey (as merged and dated there) in those countries
            legs = tuple(leg for leg in trip.legs if leg.country in countries) or trip.legs
        copies.append(
            attrs.evolve(
                trip,
                traveler=entity.name,
                traveler_entity=entity_id,
                traveler_span=mention.span,
                role=role,
                legs=legs,
            )
        )
    return copies


# "They will fly to", "their visit to": a plural subject just before the trigger
_PLURAL_SUBJECT = re.compile(r"\b(?:[Tt]hey|[Tt]heir)\s(?:[\w'-]+\s){0,3}$")


def _names_companion(clue: Clue, entity_id: int, *, text: str) -> bool:
    """Whether ``clue`` puts the companion on its stops: it names them along, or its
    subject is a plural pronoun (*they flew on to Tokyo*) that takes them in."""
    if any(m.entity == entity_id for m in clue.companions):
        return True
    start = clue.trigger.start
    return _PLURAL_SUBJECT.search(text, max(0, start - 40), start) is not None


def _guests_of_a_host(
    article: Article,
    status: TripStatus,
    group: list[Clue],
    dateline: Stop | None,
    own: set[tuple[int, TripStatus]],
) -> list[Itinerary]:
    """*Moon and Abe will hold talks in Tokyo*: the clue's traveller is at home there, a host
    with no trip; the people named with them are the guests and make the journey."""
    escorts = {m.entity: m for clue in group for m in clue.companions if m.entity is not None}
    trips = []
    for entity_id, mention in escorts.items():
        if entity_id == group[0].traveler or (entity_id, status) in own:
            continue
        entity = article.entity_index.entity(entity_id)
        if entity.category != "person":
            continue
        home = next((m.country for m in entity.mentions if m.country), None)
        guest = [
            attrs.evolve(
                clue,
                traveler=entity_id,
                traveler_name=entity.name,
                traveler_span=mention.span,
                role=entity.titles[0] if entity.titles else None,
                home=home,
                companions=[],
            )
            for clue in group
        ]
        trip = _itinerary(status, guest, dateline)
        if trip is not None:
            trips.append(trip)
    return trips


def _dateline_stop(clues: list[Clue], article: Article) -> Stop | None:
    return dateline_stop(article)


def _dateline_country(clues: list[Clue], article: Article) -> str | None:
    if article.dateline is None or article.dateline.city is None:
        return None
    from newsfacts import gazetteer

    region = article.dateline.region
    place = gazetteer.resolve(article.dateline.city, country_hint=region) if region else None
    place = (
        place
        or gazetteer.resolve(article.dateline.city)
        or gazetteer.resolve(article.dateline.city.title())
    )
    return place.country if place else None


def _with_travelers(clues: list[Clue]) -> list[Clue]:
    kept: list[Clue] = []
    for clue in clues:
        if clue.traveler is None:
            donor = _donor(kept, clue.sentence, reach=_GROUP_REACH if clue.group_subject else 2)
            if donor is None:
                continue
            clue.traveler, clue.traveler_name = donor.traveler, donor.traveler_name
            clue.role, clue.home = donor.role, donor.home
        kept.append(clue)
    return kept


#: How many sentences back *the delegation* may go for the group it stands for.
_GROUP_REACH = 8


def _donor(kept: list[Clue], sentence: int, *, reach: int) -> Clue | None:
    """The last clue with a traveller in the ``reach`` sentences before (or this one)."""
    for clue in reversed(kept):
        if sentence - clue.sentence > reach:
            return None
        if clue.traveler:
            return clue
    return None


def _folded(clues: list[Clue]) -> list[Clue]:
    """Clues without stops hand their dates, length and purpose to the clue before them."""
    kept: list[Clue] = []
    tour_days: dict[int | None, TravelDate] = {}
    for clue in clues:
        if clue.stops:
            if clue.traveler in tour_days:
                clue.tour_day = tour_days.pop(clue.traveler)
            kept.append(clue)
            continue
        host = kept[-1] if kept and kept[-1].sentence == clue.sentence else None
        if host is None or host.traveler != clue.traveler:
            one_day = [d for d in clue.dates if d.role == "on" and d.start == d.end]
            if clue.one_day and clue.to_region and len(one_day) == 1:
                tour_days[clue.traveler] = one_day[0]  # "a whirlwind visit to East Africa"
            continue
        host.dates.extend(d for d in clue.dates if d.role != "on" or not host.dates)
        host.duration = host.duration or clue.duration
        host.purpose = host.purpose or clue.purpose
        host.counterparts = host.counterparts or clue.counterparts
        host.one_day = host.one_day or clue.one_day
        if host.status is None:
            host.status = clue.status
        if clue.count and not host.count:
            host.count = clue.count
    return kept


class _KnownStatuses:
    """The clues that have a status, by traveller and by traveller and country, in text order
    (kept up to date as statuses are settled, so each look-up is short)."""

    def __init__(self, clues: list[Clue]) -> None:
        self.order = {id(clue): index for index, clue in enumerate(clues)}
        self.by_traveler: dict[int | None, list[tuple[int, Clue]]] = {}
        self.by_country: dict[tuple[int | None, str | None], list[tuple[int, Clue]]] = {}
        for clue in clues:
            if clue.status is not None:
                self.add(clue)

    def add(self, clue: Clue) -> None:
        entry = (self.order[id(clue)], clue)
        key = lambda item: item[0]  # noqa: E731
        bisect.insort(self.by_traveler.setdefault(clue.traveler, []), entry, key=key)
        if clue.status in ("planned", "ongoing", "completed"):
            for country in {stop.country for stop in clue.stops}:
                bucket = self.by_country.setdefault((clue.traveler, country), [])
                bisect.insort(bucket, entry, key=key)

    def inherited(self, clue: Clue) -> TripStatus:
        """The status of the first other clue of this traveller about a country of this one,
        else of any other clue of theirs, else ``completed``."""
        firsts = [
            next(
                (
                    c
                    for _, c in self.by_country.get((clue.traveler, s.country), ())
                    if c is not clue
                ),
                None,
            )
            for s in clue.stops
        ]
        same = [c for c in firsts if c is not None]
        if same:
            return min(same, key=lambda c: self.order[id(c)]).status or "completed"
        near = next((c for _, c in self.by_traveler.get(clue.traveler, ()) if c is not clue), None)
        return (near.status if near is not None else None) or "completed"


def _settle_status(
    clue: Clue, known: _KnownStatuses, reference: datetime.date | None, here: str | None
) -> None:
    if clue.status is None:
        clue.status = known.inherited(clue)
        if clue.status in ("cancelled", "hypothetical"):
            clue.status = "completed"
        ahead = [d for d in clue.dates if d.role in ("on", "start", "range")]
        if reference is not None and ahead and all(d.start > reference for d in ahead):
            clue.status = "planned"  # "when he visits Washington on Friday"
        known.add(clue)
    if clue.status != "completed" or clue.earlier or clue.count > 0:
        return
    dated = [d for d in clue.dates if d.role in ("on", "start", "range")]
    if reference is not None and dated:
        if any(reference - 2 * _DAY <= d.start <= reference for d in dated):
            clue.status = "ongoing"
        return
    if here is not None and any(stop.country == here for stop in clue.stops):
        clue.status = "ongoing"
    elif clue.kind == "leave":
        clue.status = "ongoing"  # "left for Hanoi", undated: the news is the trip begun


def _journeys(
    clues: list[Clue], reference: datetime.date | None
) -> list[tuple[TripStatus, list[Clue]]]:
    journeys: list[tuple[TripStatus, list[Clue]]] = []
    main: list[Clue] = []
    unreal: tuple[TripStatus, ...] = ("cancelled", "hypothetical")
    for status in unreal:
        group = [c for c in clues if c.status == status]
        if group:
            journeys.append((status, group))
    for clue in clues:
        if clue.status in ("cancelled", "hypothetical"):
            continue
        if clue.earlier or clue.count > 0:
            journeys.extend(("completed", [clue]) for _ in range(max(1, clue.count)))
            continue
        if clue.count < 0:
            bare = attrs.evolve(clue, dates=[], duration=None, purpose=None, counterparts=[])
            journeys.extend(("completed", [bare]) for _ in range(-clue.count))
        main.append(clue)
    if any(c.status == "ongoing" for c in main):
        old = [c for c in main if c.status == "completed" and _long_ago(c, reference)]
        done = {id(c) for c in old}
        current = [c for c in main if id(c) not in done]
        journeys.append(("ongoing", current))
        if old:
            journeys.append(("completed", old))
    else:
        real: tuple[TripStatus, ...] = ("planned", "completed")
        for status in real:
            group = [c for c in main if c.status == status]
            if group:
                journeys.append((status, group))
    return journeys


def _long_ago(clue: Clue, reference: datetime.date | None) -> bool:
    if reference is None:
        return False
    return any(d.end < reference - 14 * _DAY for d in clue.dates)


def _same_stop(leg: _LegDraft, stop: Stop) -> bool:
    if leg.stop.entity is not None and leg.stop.entity == stop.entity:
        return True
    if normalize_name(leg.stop.name) == normalize_name(stop.name):
        return True
    if leg.stop.latitude is not None and leg.stop.category == stop.category != "country":
        # "Ankara" and "the Turkish capital": one place by the gazetteer's coordinates
        return (leg.stop.latitude, leg.stop.longitude) == (stop.latitude, stop.longitude)
    if leg.stop.country is None or leg.stop.country != stop.country:
        return False
    return leg.stop.category == "country" or stop.category == "country"


def _legs_of(group: list[Clue]) -> list[_LegDraft]:
    legs: list[_LegDraft] = []
    for number, clue in enumerate(group):
        placed: list[_LegDraft] = []
        for stop in clue.stops:
            known = len(legs)
            leg = _merge_stop(legs, stop, clue, number)
            if placed and len(legs) == known and legs.index(leg) < legs.index(placed[-1]):
                # A list (*a trip to X, Y and Z*) gives the order: a stop an earlier clue
                # named (*is in Rome today* for Italy) takes its place in the list.
                legs.remove(leg)
                legs.insert(legs.index(placed[-1]) + 1, leg)
            placed.append(leg)
        if not placed:
            continue
        _origin(legs, clue, placed[0], number)
        _apply_dates(clue, placed)
        last = placed[-1]
        if clue.purpose and last.purpose is None:
            last.purpose = clue.purpose
        if clue.counterparts and not last.counterparts:
            last.counterparts = list(clue.counterparts)
        # "the first stop of a visit to X and Y" is X; "final stop" the last one named
        ends = {"first": placed[0], "last": placed[-1]}
        if clue.position in ends and ends[clue.position].position is None:
            ends[clue.position].position = clue.position
        for leg in placed:
            leg.after = leg.after or clue.after
            leg.before = leg.before or clue.before
            rank = _RANKS.get(clue.status or "", 1)
            if clue.kind == "depart" and clue.tense == "past":
                rank = 0  # "ended her visit to X": a stop left is done, whatever the trip's state
            leg.rank = min(leg.rank, rank)
            going_home = clue.kind in ("leave", "arrive") and leg.stop.country == clue.home
            if clue.kind == "return" or going_home:
                leg.home = True
    return legs


def _merge_stop(legs: list[_LegDraft], stop: Stop, clue: Clue, number: int) -> _LegDraft:
    matches = [leg for leg in legs if _same_stop(leg, stop)]
    exact = [
        leg for leg in matches if leg.stop.category == stop.category or leg.stop.name == stop.name
    ]
    if len(matches) > 1 and stop.category == "country":
        matches = matches[:1]
    if matches and (len(matches) == 1 or exact):
        leg = (exact or matches)[0]
        if leg.stop.category == "country" and stop.category not in ("country", None):
            leg.stop = stop  # the most specific name wins
            # travelling on to a city of the country: from somewhere else in it
            leg.narrowed = clue.kind == "arrive" and leg.first_clue != number
        elif leg.stop.category is None and stop.category is not None and stop.country:
            leg.stop = stop
        leg.mentions.append(clue.span)
        return leg
    leg = _LegDraft(stop=stop, span=clue.span, first_clue=number, mentions=[clue.span])
    legs.append(leg)
    return leg


def _origin(legs: list[_LegDraft], clue: Clue, arrival: _LegDraft, number: int) -> None:
    origin = clue.origin
    if origin is None or clue.kind not in ("arrive", "visit", "leave") or origin.country is None:
        return
    if origin.country in (clue.home, arrival.stop.country):
        return
    known = next((leg for leg in legs if _same_stop(leg, origin)), None)
    if known is not None:
        if clue.kind == "leave" and known.end is None:
            _end_on_departure(known, clue)
        return
    leg = _LegDraft(
        stop=origin, span=origin.span, first_clue=number, mentions=[origin.span], rank=0
    )
    legs.insert(legs.index(arrival), leg)
    _end_on_departure(leg, clue)


def _end_on_departure(leg: _LegDraft, clue: Clue) -> None:
    for date in clue.dates:
        if date.role in ("on", "start"):
            leg.end, leg.end_span = date.start, date.span
            break


def _apply_dates(clue: Clue, placed: list[_LegDraft]) -> None:
    first, last = placed[0], placed[-1]
    for date in clue.dates:
        if date.role == "range":
            _set(first, "start", date.start, date.span)
            _set(last, "end", date.end, date.span)
        elif date.role == "start":
            _set(first, "start", date.start, date.span)
        elif date.role == "end":
            _set(last, "end", date.end, date.span)
        elif clue.kind == "leave":
            _set(first, "start", date.start, date.span)
            if first.leave is None:
                first.leave = (date.start, date.span)
        elif clue.kind == "depart":
            _set(last, "end", date.start, date.span)
        elif clue.kind == "engage" and len(placed) == 1:
            _set(first, "start", date.start, date.span)
            _set(first, "end", date.end, date.span)
        elif clue.kind in ("arrive", "visit", "return", "send"):
            given = first.start
            arrived_before = given is not None and date.start < given <= date.start + _WEEK
            if clue.kind == "arrive" and arrived_before:
                # "visited X on Sunday ... arrived in X on Saturday": the stop began on arrival
                first.start, first.start_span = date.start, date.span
            _set(first, "start", date.start, date.span)
            if clue.kind == "visit" and clue.one_day and len(placed) == 1:
                _set(first, "end", date.start, date.span)
        elif len(placed) == 1 and first.seen is None:
            first.seen = date.start  # "will be in Tokyo on Wednesday"
    if clue.duration and len(placed) == 1 and first.duration is None:
        first.duration = clue.duration


def _set(leg: _LegDraft, end: str, day: datetime.date, span: Span) -> None:
    if end == "start" and leg.start is None:
        leg.start, leg.start_span = day, span
    elif end == "end" and leg.end is None:
        leg.end, leg.end_span = day, span


def _ordered(legs: list[_LegDraft]) -> list[_LegDraft]:
    ordered = sorted(legs, key=lambda leg: leg.rank)
    for leg in list(ordered):
        if leg.after is None:
            continue
        anchor = next(
            (other for other in ordered if other is not leg and _same_stop(other, leg.after)), None
        )
        if anchor is not None and ordered.index(anchor) > ordered.index(leg):
            ordered.remove(leg)
            ordered.insert(ordered.index(anchor) + 1, leg)
    for leg in [leg for leg in ordered if leg.before is not None]:
        following = leg.before
        anchor = next(
            (o for o in ordered if o is not leg and following and _same_stop(o, following)), None
        )
        if anchor is not None and ordered.index(anchor) < ordered.index(leg):
            ordered.remove(leg)
            ordered.insert(ordered.index(anchor), leg)
    _group_last_by_country(ordered)
    for leg in list(ordered) if len(ordered) <= _ORDERED_LEGS else ():
        # a stop dated before one placed ahead of it came first
        day = _day(leg)
        later = next(
            (
                other
                for other in ordered[: ordered.index(leg)]
                if day and (other_day := _day(other)) and other_day > day
            ),
            None,
        )
        if later is not None:
            ordered.remove(leg)
            ordered.insert(ordered.index(later), leg)
    for leg in [leg for leg in ordered if leg.position == "first"]:
        ordered.remove(leg)
        ordered.insert(0, leg)
    for leg in [leg for leg in ordered if leg.position == "last" or leg.home]:
        ordered.remove(leg)
        ordered.append(leg)
    return ordered


def _day(leg: _LegDraft) -> datetime.date | None:
    """The day that orders a leg: its start, else a day the text has the traveller there."""
    return leg.start or leg.seen


def _group_last_by_country(ordered: list[_LegDraft]) -> None:
    """An undated city told last, in a country the tour left before the stop ahead of it,
    was seen on that visit (*met leaders in Baghdad ... He also flew to Basra*)."""
    if len(ordered) < 3:
        return
    last, before = ordered[-1], ordered[-2]
    country = last.stop.country
    if last.start or last.end or last.after or last.home or last.position or not country:
        return
    if last.stop.category == "country":
        return
    if before.stop.country == country:
        return
    same = [index for index, leg in enumerate(ordered[:-2]) if leg.stop.country == country]
    if same:
        ordered.insert(same[-1] + 1, ordered.pop())


def _fill_dates(legs: list[_LegDraft]) -> None:
    for leg in legs:
        if leg.duration and leg.start and leg.end is None:
            leg.end = leg.start + (leg.duration - 1) * _DAY
            leg.end_span = leg.start_span
    for before, after in itertools.pairwise(legs):
        if after.leave is not None and before.end is None:
            before.end, before.end_span = after.leave
        if _moves_on(before, after) and after.start and after.start_span:
            # Travelling on to the next stop on a day ends the stop before on that day (the
            # gold convention for "leaves Thursday for Y", applied to "arrived in Y Thursday").
            before.end, before.end_span = after.start, after.start_span
        if after.start is None and before.end is not None:
            after.start, after.start_span = before.end, before.end_span


def _moves_on(before: _LegDraft, after: _LegDraft) -> bool:
    if before.end is not None or after.start is None:
        return False
    return before.start is None or before.start <= after.start <= before.start + _MONTH


_IN_BEFORE = re.compile(r"\b(?:in|at|to)\s$", re.IGNORECASE)


def _cities_with(article: Article, travelers: set[int]) -> dict[tuple[int, str], list[Stop]]:
    """The cities each traveller is put in (*In Dar es Salaam, she laid a wreath*): a city
    mention after *in*/*at*/*to* in a sentence that names the traveller, by country."""
    if not travelers or not article.sentences:
        return {}
    starts = [sentence.span.start for sentence in article.sentences]
    present: dict[int, set[int]] = {}
    cities: dict[int, list[Mention]] = {}
    text = article.text
    for mention in article.mentions:
        index = bisect.bisect_right(starts, mention.span.start) - 1
        if mention.entity in travelers:
            present.setdefault(index, set()).add(mention.entity)
        elif (
            mention.category == "place"
            and mention.country
            and _IN_BEFORE.search(text, max(0, mention.span.start - 4), mention.span.start)
        ):
            cities.setdefault(index, []).append(mention)
    found: dict[tuple[int, str], list[Stop]] = {}
    for index, mentions in cities.items():
        for mention in mentions:
            place = gazetteer.resolve(mention.name or mention.text, country_hint=mention.country)
            if place is None or place.category == "country" or not mention.country:
                continue
            stop = Stop(
                name=mention.text,
                span=mention.span,
                country=mention.country,
                latitude=place.latitude,
                longitude=place.longitude,
                category=place.category,
                entity=mention.entity,
            )
            for traveler in present.get(index, ()):
                found.setdefault((traveler, mention.country), []).append(stop)
    return found


def _name_by_city(legs: list[_LegDraft], cities: list[Stop]) -> None:
    """A stop named only by its country takes the one city there the story puts the
    traveller in, unless another stop already is that city."""
    names = {normalize_name(stop.name) for stop in cities}
    if len(names) != 1:
        return
    city = cities[0]
    if any(leg.stop.category != "country" and _same_stop(leg, city) for leg in legs):
        return
    for leg in legs:
        if leg.stop.category == "country" and leg.stop.country == city.country:
            leg.stop = attrs.evolve(city)


def _itinerary(
    status: TripStatus,
    group: list[Clue],
    dateline: Stop | None,
    cities: dict[tuple[int, str], list[Stop]] | None = None,
) -> Itinerary | None:
    legs = _legs_of(group)
    traveler = group[0].traveler
    # Only for the journey the story follows: an earlier trip's city is not said, and a stop
    # in the dateline's country is named by the dateline.
    current = not any(clue.earlier or clue.count for clue in group)
    dateline_country = dateline.country if dateline is not None else None
    for leg in legs:
        country = leg.stop.country
        named_by_country = leg.stop.category == "country" and country != dateline_country
        if cities and current and traveler is not None and country and named_by_country:
            _name_by_city(legs, cities.get((traveler, country), []))
    home = next((clue.home for clue in group if clue.home), None)
    if home is not None:
        # A host is no traveller: a stop in the traveller's own country is travel only as
        # the named way home.
        legs = [leg for leg in legs if leg.stop.country != home or leg.home]
    if status == "ongoing" and dateline is not None and dateline.country:
        _name_by_dateline(legs, dateline)
        _dateline_before_narrowed(legs, dateline)
        leaving = any(clue.kind == "leave" for clue in group)
        if (
            leaving
            and home not in (None, dateline.country)
            and legs[0].stop.country != dateline.country
            and not any(_same_stop(leg, dateline) for leg in legs)
        ):
            # "leaves Thursday for Y" in a story from abroad: the stop left is the dateline's.
            here = _LegDraft(stop=attrs.evolve(dateline), span=dateline.span, first_clue=-1)
            here.mentions.append(dateline.span)
            legs.insert(0, here)
    if any(leg.stop.country for leg in legs):
        legs = [leg for leg in legs if leg.stop.country]
    if not legs:
        return None
    legs = _ordered(legs) if legs[0].first_clue >= 0 else [legs[0], *_ordered(legs[1:])]
    _fill_dates(legs)
    _one_day_tour(legs, group)
    first = group[0]
    records = tuple(_leg(leg) for leg in legs)
    triggers = tuple(clue.trigger for clue in group)
    spans = [*triggers, *(leg.span for leg in records)]
    span = Span(start=min(s.start for s in spans), end=max(s.end for s in spans))
    traveler_span = next((c.traveler_span for c in group if c.traveler_span), None)
    return Itinerary(
        span=span,
        traveler=first.traveler_name,
        traveler_entity=first.traveler,
        traveler_span=traveler_span,
        role=first.role,
        status=status,
        legs=records,
        triggers=triggers,
    )


def _name_by_dateline(legs: list[_LegDraft], dateline: Stop) -> None:
    """A trip under way, reported from a city of a country it names only as a country: the
    stop there is the dateline's city."""
    same = [leg for leg in legs if leg.stop.country == dateline.country]
    if len(same) == 1 and same[0].stop.category == "country" and dateline.category != "country":
        same[0].stop = attrs.evolve(dateline)


def _one_day_tour(legs: list[_LegDraft], group: list[Clue]) -> None:
    """A dated one-day visit to a region that names no country (*paid tribute Tuesday on a
    whirlwind visit to East Africa*): every stop of the journey was that day."""
    days = [clue.tour_day for clue in group if clue.tour_day is not None]
    if len({date.start for date in days}) != 1:
        return
    day, span = days[0].start, days[0].span
    if any(leg.start not in (None, day) or leg.end not in (None, day) for leg in legs):
        return
    for leg in legs:
        _set(leg, "start", day, span)
        _set(leg, "end", day, span)


def _dateline_before_narrowed(legs: list[_LegDraft], dateline: Stop) -> None:
    """A trip under way, reported from a city of a country whose stop a later clue names by
    another city (*a visit to Japan*, dateline TOKYO, *was traveling to the base at
    Yokosuka*): the dateline's city was a stop of its own before that one."""
    if dateline.category == "country" or any(_same_stop(leg, dateline) for leg in legs):
        return
    narrowed = next(
        (
            leg
            for leg in legs
            if leg.narrowed and leg.stop.country == dateline.country and not leg.home
        ),
        None,
    )
    if narrowed is None:
        return
    here = _LegDraft(
        stop=attrs.evolve(dateline),
        span=narrowed.span,
        first_clue=narrowed.first_clue,
        mentions=[dateline.span],
        rank=narrowed.rank,
        position=narrowed.position if narrowed.position == "first" else None,
    )
    if here.position:
        narrowed.position = None  # "the first stop of a visit to Japan" was the dateline's
    legs.insert(legs.index(narrowed), here)


def _leg(draft: _LegDraft) -> Leg:
    stop = draft.stop
    start, end = draft.start, draft.end
    if start is not None and end is not None and end < start:
        # "through Wednesday" read from the story's day, when the stop starts after it: the
        # Wednesday after the start.
        end = end + 7 * _DAY if (start - end).days < 7 else None
    mentions = tuple(sorted(set(draft.mentions)))
    span = Span(
        start=min(draft.span.start, stop.span.start), end=max(draft.span.end, stop.span.end)
    )
    return Leg(
        span=span,
        place=stop.name,
        place_span=stop.span,
        country=stop.country,
        latitude=stop.latitude,
        longitude=stop.longitude,
        start=start,
        end=end,
        start_precision="day" if start else None,
        end_precision="day" if end else None,
        start_span=draft.start_span if start else None,
        end_span=draft.end_span if end else None,
        purpose=draft.purpose[0] if draft.purpose else None,
        purpose_span=draft.purpose[1] if draft.purpose else None,
        counterparts=tuple(text for text, _ in draft.counterparts),
        counterpart_spans=tuple(span for _, span in draft.counterparts),
        mentions=mentions,
    )
