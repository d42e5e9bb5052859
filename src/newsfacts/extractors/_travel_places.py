"""Stops: the places a trigger names, and its origin and order hints.

The place mentions right after the trigger, joined by commas and *and*, are its stops; *here*
is the dateline's city, *there* the last place named before. *from X* right after an arrival
is the origin; *after X* an order hint. A place followed by a common noun (*US troops*) is a
modifier, not a stop.
"""

from __future__ import annotations

import re

import attrs

from newsfacts import gazetteer
from newsfacts.extractors._travel_context import TravelContext, outermost
from newsfacts.extractors._travel_records import Clue, Stop
from newsfacts.extractors._travel_triggers import NOUN_TRIGGER
from newsfacts.gazetteer import normalize_name
from newsfacts.records import Span

__all__ = ["MODIFIER_AFTER", "find_stops", "is_modifier", "read_origin_and_order"]


_FIRST_GAP = re.compile(
    r"[\s,]*(?:(?:the|a|an|his|her|their|its|neighboring|neighbouring|nearby|southern|"
    r"northern|eastern|western|central|(?:south|north)(?:east|west)ern|capital|city|town|port|province|region|state|"
    r"island|islands|of|to|in|at|on|early|late|briefly|again|next|this|on\s\w+day|"
    r"\w+day|today|tomorrow|tonight|yesterday|here|home|back|directly|\w+-day|"
    r"\w+-hour|official|state|working|goodwill|first|second|third|two|three|several|"
    r"seaport|resort|border|disputed|troubled|war-torn|Israeli-occupied|"
    # "a visit later this month to Moscow"
    r"later|week|weekend|month|year)[\s,]+)*",
    re.IGNORECASE,
)
_JOINER = re.compile(
    r"(?:,\s|,?\sand\s(?:then\s|on\sto\s|also\s)?|\s(?:then|and\son)\sto\s"
    # "an orphanage in X and a credit union in Y", "before chairing a meeting in Z"
    r"|\s(?:in|at)\s(?:the\s)?(?:[\w'/-]+\s){0,3}?|,\swhere\s(?:[\w'/-]+\s){1,5}?(?:in|at)\s"
    r"|,?\s(?:and|before\s[a-z]+ing)\s(?:[\w'/-]+\s){1,7}?(?:in|at)\s(?:the\s)?(?:[\w-]+\s){0,2}?)"
)


MODIFIER_AFTER = re.compile(r"\s(?P<word>[a-z][a-z-]{2,})\b")
_FOLLOWERS = frozenset(
    (
        "to",
        "for",
        "on",
        "in",
        "at",
        "and",
        "from",
        "with",
        "this",
        "next",
        "last",
        "since",
        "after",
        "before",
        "early",
        "late",
        "later",
        "then",
        "where",
        "when",
        "until",
        "through",
        "till",
        "during",
        "over",
        "as",
        "twice",
        "again",
        "by",
        "of",
        "is",
        "was",
        "were",
        "will",
        "amid",
        "between",
        "from",
        "following",
        "earlier",
        "ahead",
        "via",
        "the",
        "that",
        "which",
        "who",
        "while",
        "are",
        "has",
        "have",
        "had",
        "said",
        "says",
        "would",
        "could",
        "told",
        "but",
        "or",
        "so",
        "if",
        "because",
        "than",
        "starting",
        "beginning",
        "later",
        "tomorrow",
        "today",
        "yesterday",
        "tonight",
        "briefly",
        "instead",
        "also",
        "again",
        "accompanied",
        "aboard",
        "late-night",
        "en",
        "route",
        "within",
        "around",
        "about",
        "last",
        # adverbs after a destination: "will go to Venice only days after"
        "only",
        "just",
        "soon",
        "shortly",
        "immediately",
        "together",
        "alone",
        "already",
        "now",
        "once",
        "too",
        # order words after a destination: "will visit Tokyo first", "Seoul afterwards"
        "first",
        "afterwards",
        "afterward",
    )
)
_ORIGIN = re.compile(r"\s(?:directly\s|straight\s)?from\s(?:the\s)?(?:neighbou?ring\s|nearby\s)?$")
_AFTER = re.compile(r"\s(?:after|following)\s$")
# "visited slums in the Kenyan capital X", "visit an HIV/Aids orphanage in X"
_LOOSE_OBJECT = re.compile(
    r"[\s,]*(?:[\w'/-]+\s){1,6}?(?:in|at|near)\s(?:the\s)?(?:[\w-]+\s){0,3}?"
)
# "to the US air base at Yakota and the US navy base at": a facility named by where it is
_FACILITY = (
    r"(?:the\s|a\s|an\s|its\s|his\s|her\s|their\s)(?:[\w'/-]+\s){0,4}?"
    r"(?:base|bases|airbase|headquarters|airport|camp|camps|compound|facility|plant|site|"
    r"building|offices?|hospital|embassy|prison|hotel|residence|estate|ranch|centre|center)"
    # "a management building for the organization in": whose it is, before where
    r"(?:\s(?:for|of)\s(?:the\s)?[\w'-]+)?"
    r"\s(?:at|in|near|outside)\s"
)
_FACILITY_GAP = re.compile(
    rf"[\s,]*(?:back\s|and\s)?{_FACILITY}"
    rf"(?:[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){{0,2}},?\s(?:and\s)?{_FACILITY})?"
)
_FACILITY_OPENING = re.compile(r"[\s,]*(?:back\s|and\s)?(?:the|a|an|its|his|her|their)\s")
# "due to meet with youths at the cultural centre in": the place ends the engagement's object
_ENGAGEMENT_GAP = re.compile(r"\s(?:[\w'/-]+\s){1,10}?(?:in|at)\s")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}")
# "arrive in Moscow April 13": a date after the place is no part of its name
_TRAILING_DAY = re.compile(
    r"\s(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\.?$"
)
_HERE = re.compile(r"\bhere\b")
_THERE = re.compile(r"\bthere\b")


def _stop_here_or_there(context: TravelContext, start: int, end: int, before: int) -> Stop | None:
    text = context.text
    gap = text[start:end]
    here = _HERE.search(gap)
    if here is not None and context.here is not None and _FIRST_GAP.fullmatch(gap[: here.start()]):
        return attrs.evolve(context.here)
    there = _THERE.search(gap)
    if there is not None and _FIRST_GAP.fullmatch(gap[: there.start()]):
        earlier = context.places_in(max(0, before - 400), before)
        if earlier:
            return context.stop_of(earlier[-1])
    return None


def find_stops(context: TravelContext, clue: Clue, limit: int, after: int | None = None) -> None:
    """The places the trigger names, from its end (or from ``after``: *a visit by X to*)."""
    text = context.text
    trigger = clue.trigger
    start = trigger.end if after is None else after
    window_end = min(limit, start + 200)
    candidates = context.places_in(start, window_end)
    cursor = start
    possessor = False
    for mention in candidates:
        gap = text[cursor : mention.span.start]
        if possessor:
            possessor = False
            owned = _unrecognised_place(context, cursor, mention.span.start, gap_allowed=False)
            if owned is not None:
                clue.stops[-1] = owned
                break
            if gap == "":
                # "central China's Hunan Province": the place owned is the more specific stop.
                clue.stops[-1] = context.stop_of(mention)
                cursor = mention.span.end
                continue
            break
        facility = clue.kind in ("arrive", "visit", "return")
        if facility and is_modifier(text, mention.span.end) and _FACILITY_OPENING.match(gap):
            continue  # "to the US air base at X": US names the base, X is the stop
        if facility and _FACILITY_GAP.fullmatch(gap) is not None:
            clue.stops.append(context.stop_of(mention))  # "to the navy base at Yokosuka"
            cursor = mention.span.end
            continue
        if not clue.stops:
            loose = clue.kind == "visit" and _LOOSE_OBJECT.fullmatch(gap) is not None
            if clue.kind == "engage":
                loose = _ENGAGEMENT_GAP.fullmatch(gap) is not None
            if (not _FIRST_GAP.fullmatch(gap) or len(gap) > 60) and not loose:
                spot = _stop_here_or_there(context, cursor, mention.span.start, trigger.start)
                if spot is not None:
                    clue.stops.append(spot)
                break
        elif not _JOINER.fullmatch(gap):
            if _ORIGIN.search(text, cursor - 1, mention.span.start + 1) or gap in (" from ",):
                clue.origin = context.stop_of(mention)
            break
        stop = context.stop_of(mention)
        if text.startswith(("'s ", "\u2019s "), mention.span.end):
            # "landed at Beijing's airport": the owner is the stop unless a place follows.
            clue.stops.append(stop)
            cursor, possessor = mention.span.end + 3, True
            continue
        if is_modifier(text, mention.span.end):
            break
        previous = clue.stops[-1] if clue.stops else None
        if (
            previous is not None
            and stop.category == "country"
            and previous.country == stop.country
            and previous.category != "country"
        ):
            cursor = mention.span.end  # "Dar es Salaam, Tanzania": the country qualifies
            continue
        clue.stops.append(stop)
        cursor = mention.span.end
    if possessor and clue.stops:
        owned = _unrecognised_place(context, cursor, window_end, gap_allowed=False)
        if owned is not None:
            clue.stops[-1] = owned
    if not clue.stops:
        spot = _unrecognised_place(context, start, window_end)
        if spot is not None:
            clue.stops.append(spot)
            cursor = spot.span.end
    if not clue.stops and NOUN_TRIGGER.match(text, trigger.start):
        before = context.places_in(max(0, trigger.start - 40), trigger.start)
        if before and text[before[-1].span.end : trigger.start] == " ":
            clue.stops.append(context.stop_of(before[-1]))  # "his third China trip"
            cursor = trigger.end
    if not clue.stops:
        spot = _stop_here_or_there(context, start, min(window_end, start + 30), 0)
        if spot is not None:
            clue.stops.append(spot)
            cursor = start + 1
    if not clue.stops and clue.kind in ("arrive", "visit"):
        seat = _organisation_seat(context, start, window_end)
        if seat is not None:
            clue.stops.append(seat)
    if clue.stops:
        read_origin_and_order(context, clue, cursor, window_end)


# "Google's headquarters located in", "the U.N. headquarters in", "the IMF office in"
_SEAT_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s(?:(?:world|global|main|regional|new|local)\s)?"
    r"(?:headquarters|head\soffice|offices?|campus|base|seat)\s(?:(?:located|based)\s)?(?:in|at)\s"
    r"|\s(?:headquartered|based)\sin\s"
)
_TO_AN_ORGANISATION = re.compile(r"\s(?:to\s)?(?:the\s)?")


def _organisation_seat(context: TravelContext, start: int, limit: int) -> Stop | None:
    """*a visit to Google*, *travel to the United Nations*: the place the story gives as the
    organisation's seat (*Google's headquarters located in Mountain View*), if it gives one."""
    gap = _TO_AN_ORGANISATION.match(context.text, start, limit)
    position = gap.end() if gap else start
    named = outermost(context.actors_in(start, min(limit, position + 80)))
    # the organisation is the object itself ("the" may open its name or stand before it)
    if not named or named[0].category != "organization" or named[0].entity is None:
        return None
    if named[0].span.start > position:
        return None
    if named[0].entity not in context.seats:
        context.seats[named[0].entity] = _seat_of(context, named[0].entity)
    seat = context.seats[named[0].entity]
    return attrs.evolve(seat) if seat is not None else None


def _seat_of(context: TravelContext, entity_id: int) -> Stop | None:
    entity = context.article.entity_index.entity(entity_id)
    seats = []
    for mention in entity.mentions:
        seat = _SEAT_AFTER.match(context.text, mention.span.end)
        if seat is None:
            continue
        places = context.places_in(seat.end(), seat.end() + 40)
        if places and places[0].span.start == seat.end():
            seats.append(context.stop_of(places[0]))
            continue
        unmarked = _unrecognised_place(context, seat.end(), seat.end() + 40, gap_allowed=False)
        if unmarked is not None:
            seats.append(unmarked)
    # the city rather than the state: "headquarters in California", "located in Mountain View"
    return next((stop for stop in seats if stop.category == "city"), seats[0] if seats else None)


def _unrecognised_place(
    context: TravelContext, start: int, limit: int, *, gap_allowed: bool = True
) -> Stop | None:
    """A capitalised place name right after the trigger that the recognizer left out: a
    known name (*Hunan Province* as *Hunan*) or a capital described (*the Turkish capital*)."""
    text = context.text
    described = _CAPITAL_DESCRIBED.match(text, start, limit) if gap_allowed else None
    if described is not None:
        return _described_capital(context, described)
    gap = _FIRST_GAP.match(text, start, limit) if gap_allowed else None
    position = gap.end() if gap else start
    run = _CAPITALISED_RUN.match(text, position, min(limit, position + 40))
    if run is None or position - start > 40:
        return None
    name = _TRAILING_DAY.sub("", run.group()).rstrip(".")
    if is_modifier(text, run.start() + len(name)):
        return None
    if any(
        m.span.start == run.start() and m.text == name and m.category in ("person", "organization")
        for m in context.actors_in(run.start(), run.end())
    ):
        return None  # "a visit to Google": a company (or a person), whatever town shares its name
    place = gazetteer.resolve(name)
    if place is None:
        bare = _REGION_WORD.sub("", name)
        place = gazetteer.resolve(bare) if bare != name else None
    if place is None or place.category == "continent":
        return None
    span = Span(start=run.start(), end=run.start() + len(name))
    return Stop(
        name=name,
        span=span,
        country=place.country,
        latitude=place.latitude,
        longitude=place.longitude,
        category=place.category,
    )


_CAPITAL_DESCRIBED = re.compile(
    r"[\s,]*(?:(?:in|to|at|for|on)\s)?the\s(?P<people>[A-Z][a-z]+)\scapital\b"
)
_REGION_WORD = re.compile(r"\s(?:Province|Prefecture|Region|State|County|District)$")


def _described_capital(context: TravelContext, match: re.Match[str]) -> Stop | None:
    """*the Turkish capital*: the capital of the country the adjective names, called by the
    name the article gives it elsewhere (the dateline's city, an earlier mention) if any."""
    country = gazetteer.demonym(match["people"])
    if country is None or country.capital is None or country.category != "country":
        return None
    place = gazetteer.resolve(country.capital, country_hint=country.country)
    if place is None:
        return None
    key = normalize_name(place.name)
    named = context.last_place_named(key, match.start())
    if named is not None:
        return context.stop_of(named)
    here = context.here
    if here is not None and here.country == place.country and normalize_name(here.name) == key:
        return attrs.evolve(here)
    start = match.start("people") - len("the ")
    return Stop(
        name=match.string[start : match.end()],
        span=Span(start=start, end=match.end()),
        country=place.country,
        latitude=place.latitude,
        longitude=place.longitude,
        category=place.category,
    )


def read_origin_and_order(context: TravelContext, clue: Clue, cursor: int, limit: int) -> None:
    text = context.text
    last = clue.stops[-1].span.end if clue.stops[-1].span.end > clue.trigger.end else cursor
    for mention in context.places_in(last, min(limit, last + 80)):
        before = text[max(last, mention.span.start - 25) : mention.span.start]
        if clue.origin is None and _ORIGIN.search(" " + before):
            clue.origin = context.stop_of(mention)
        elif clue.after is None and _AFTER.search(" " + before):
            clue.after = context.stop_of(mention)
        break


def is_modifier(text: str, end: int) -> bool:
    """Whether the place at ``end`` modifies a noun (*US troops*, *Japan's parliament*)."""
    if text[end : end + 2] in ("'s", "\u2019s"):
        return True
    follow = MODIFIER_AFTER.match(text, end)
    if follow is None:
        return False
    return follow["word"] not in _FOLLOWERS and not follow["word"].endswith("day")
