"""Dates of clues: each date and length of stay of a sentence goes to the clue it belongs to.

:mod:`._travel_dates` finds and resolves the dates; this module decides whose they are.
"""

from __future__ import annotations

import bisect
import datetime
import re

from newsfacts.extractors import _travel_dates
from newsfacts.extractors._travel_context import NEAR_CLUES, TravelContext
from newsfacts.extractors._travel_records import Clue, Tense
from newsfacts.records import Span

__all__ = ["attach_dates"]


_REPORTING = re.compile(
    r"\b(?:announced|announces|said|says|told|reported|confirmed|added|disclosed|revealed)\b"
)
# "..., diplomats said Thursday": the day of the saying, not of the travel.
_SAID_ON = re.compile(
    r"\b(?:announced|said|says|told\s(?:[\w.]+\s){0,2}?|reported|confirmed|added|disclosed|"
    r"revealed|stated|quoted\sas\ssaying)\s(?:(?:early|late|on)\s)?$",
    re.IGNORECASE,
)


def attach_dates(context: TravelContext, sentence_index: int, clues: list[Clue]) -> None:
    """Give each date and length of stay of the sentence to the nearest clue before it."""
    if not clues or context.reference is None:
        return
    sentence = context.sentences[sentence_index]
    text = context.text
    tense: Tense = next((c.tense for c in clues if c.tense != "auto"), "auto")
    found = _travel_dates.find_dates(
        text, sentence.span.start, sentence.span.end, context.reference, tense
    )
    starts = [clue.trigger.start for clue in clues]
    for date in found:
        index = bisect.bisect_right(starts, date.span.start) - 1
        if index < 0 and _REPORTING.search(text, date.span.end, clues[0].trigger.start):
            continue
        if _SAID_ON.search(text, max(sentence.span.start, date.span.start - 40), date.span.start):
            continue
        owner = clues[max(index, 0)]
        if _other_clause(context, owner, date.span):
            continue
        if owner.tense != tense:
            redone = _travel_dates.find_dates(
                text, date.span.start, date.span.end, context.reference, owner.tense
            )
            date = redone[0] if redone else date
        owner.dates.append(date)
    _attach_offsets(context, sentence.span.start, sentence.span.end, clues)
    for duration in _travel_dates.find_durations(text, sentence.span.start, sentence.span.end):
        after = bisect.bisect_left(starts, duration.span.end)
        if after < len(clues) and clues[after].trigger.start - duration.span.end < 40:
            owner = clues[after]
        else:
            owner = clues[max(bisect.bisect_right(starts, duration.span.start) - 1, 0)]
        if owner.duration is None:
            owner.duration = duration.days


def _other_clause(context: TravelContext, clue: Clue, date: Span) -> bool:
    """Whether someone's verb stands between a trigger and a date: *Just ahead of X's
    trip, the State Department on Sunday issued*, *On Friday, when X set aside plans for the
    trip*: the day is the other verb's, not the trip's. A possessor of the trip (*X's visit*)
    is no such actor."""
    if date.start >= clue.trigger.end:
        start, end = clue.span.end, date.start
    else:
        start, end = date.end, clue.trigger.start
    text = context.text
    for actor in context.actors_in(start, end):
        if actor.category not in ("person", "organization") or actor.entity == clue.traveler:
            continue  # "the arrival of X at Y on Friday": the traveller's own day
        owner_of_trip = text.startswith(("'s ", "\u2019s "), actor.span.end)
        if owner_of_trip:
            continue
        # after a verb trigger, only an actor that opens a clause of its own has the day
        # ("to visit Japan since Reagan announced ... on April 17"), not one met or
        # taken along ("flew to Tokyo with Y on Monday")
        opening = max(start, actor.span.start - 30)
        if clue.noun or _CLAUSE_OPENER.search(text, opening, actor.span.start):
            return True
    return False


_CLAUSE_OPENER = re.compile(
    r"(?:[,;]|\b(?:since|when|while|because|although|as|but|after|before|until))\s"
    r"(?:[\w'\u2019-]+\s){0,3}$"
)


_OFFSET = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s"
    r"(?P<unit>days?|weeks?)\s(?P<relation>after|before)\s",
    re.IGNORECASE,
)
_OFFSET_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_OFFSET_NUMBERS.update({"seven": 7, "eight": 8, "nine": 9, "ten": 10})


def _attach_offsets(context: TravelContext, start: int, end: int, clues: list[Clue]) -> None:
    """*arrived in Y Sunday, three days after kicking off a tour in X*: X started three days
    before the dated clue; the clue after the phrase gets that day as its start."""
    for match in _OFFSET.finditer(context.text, start, end):
        index = bisect.bisect_left(clues, match.end(), key=lambda clue: clue.trigger.start)
        base = next(
            (
                date
                for clue in reversed(clues[max(0, index - NEAR_CLUES) : index])
                if clue.trigger.end <= match.start()
                for date in clue.dates
                if date.role in ("on", "start")
            ),
            None,
        )
        target = clues[index] if index < len(clues) else None
        if base is None or target is None or target.trigger.start - match.end() > 60:
            continue
        number = match["n"].lower()
        count = int(number) if number.isdigit() else _OFFSET_NUMBERS[number]
        days = count * (7 if match["unit"].lower().startswith("week") else 1)
        sign = -1 if match["relation"].lower() == "after" else 1
        day = base.start + datetime.timedelta(days=sign * days)
        span = Span(start=match.start(), end=match.end() - 1)
        target.dates.append(_travel_dates.TravelDate(span=span, role="start", start=day, end=day))
