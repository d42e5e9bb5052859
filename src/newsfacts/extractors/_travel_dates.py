"""Dates around a travel trigger (private to the itineraries extractor).

:func:`find_dates` finds the day expressions of a stretch of text (*Thursday*, *through
Saturday*, *from April 8 to 10*, *July 5-7*, *tomorrow*) with the word before them that says
which end of a stop they give; :func:`find_durations` finds *two-day visit* and *for three
days*. Resolution uses :func:`newsfacts.dates.resolve_range` with its rules only, so the parse
path never loads ``dateparser``.
"""

from __future__ import annotations

import datetime
import re
from typing import Literal

import attrs

from newsfacts import dates
from newsfacts.records import DatePrecision, Span

__all__ = ["DateRole", "Duration", "TravelDate", "find_dates", "find_durations"]

DateRole = Literal["start", "end", "on", "range"]
Tense = Literal["past", "future", "auto"]

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_PART = r"(?:\s(?:morning|afternoon|evening|night))?"
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?(?:\s?[-\u2013]\s?\d{1,2}|\s(?:to|and|through|until)\s\d{1,2}\b)?"
_CORE = (
    rf"(?:(?:next|last|this|early|late|earlier|later)\s)?{_WEEKDAY}{_PART}"
    rf"(?:,?\s{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?)?"
    rf"|{_MONTH}\s{_DAYS}\b(?:,?\s\d{{4}})?"
    rf"|\b{_DAYS}\s{_MONTH}(?:\s\d{{4}})?"
    rf"|\b(?:today|tonight|tomorrow|yesterday)\b{_PART}"
)
_PREP = r"from|between|through|thru|until|till|to|since|on|by|and|before|after|in"
_DATE = re.compile(rf"(?:\b(?P<prep>{_PREP})\s)?(?:(?:early|late)\s)?(?P<core>{_CORE})")
# Every date of ``_DATE`` holds a weekday (``...day``), *today*, *tonight*, *tomorrow*,
# *yesterday* or a month name, whose first three letters are one of these.
_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def _may_hold_date(segment: str) -> bool:
    """Whether ``segment`` has what every date :data:`_DATE` finds has (a quick test)."""
    return (
        "day" in segment
        or "tonight" in segment
        or "tomorrow" in segment
        or _MONTH_START.search(segment) is not None
    )


_LEADING_RELATION = re.compile(r"(?:next|last|this)\s(?=\w+,?\s[A-Z])")
_CLOCK_PREFIX = re.compile(r"(?:early|late|earlier|later)\s")

_NUMBER = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
}
_DURATION = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen"
    r"|\d{1,2})[-\s]?(?P<unit>day|week)(?:-long|\slong)?\b"
    r"|\bfor\s(?P<n2>two|three|four|five|six|seven|\d{1,2})\s(?P<unit2>days|weeks)\b"
    r"|\b(?P<weeklong>week-long|weeklong)\b"
    r"|\b(?P<hours>24|48|72|96)-hour\b",
    re.IGNORECASE,
)

_ROLES: dict[str | None, DateRole] = {
    "from": "start",
    "since": "start",
    "through": "end",
    "thru": "end",
    "until": "end",
    "till": "end",
    "to": "end",
}


@attrs.frozen(kw_only=True)
class TravelDate:
    """A day or a range of days near a trigger, resolved, with the end of a stop it gives."""

    span: Span
    role: DateRole
    start: datetime.date
    end: datetime.date
    precision: DatePrecision = "day"


@attrs.frozen(kw_only=True)
class Duration:
    """A length of stay: *five-day visit*, *for two days*."""

    span: Span
    days: int


_DAY_PAIR = re.compile(r"(\d{1,2})\s(?:to|and|through|until)\s(\d{1,2})\b")


def _expression(core: str) -> str:
    # "next Wednesday, March 11": the month-day pins the day, the relation word would only
    # confuse the rules. "April 7 and 9" is the range "April 7-9".
    core = _DAY_PAIR.sub(r"\1-\2", core)
    return _CLOCK_PREFIX.sub("", _LEADING_RELATION.sub("", core, count=1), count=1)


def find_dates(
    text: str, start: int, end: int, reference: datetime.date, tense: Tense
) -> list[TravelDate]:
    """The resolved day expressions in ``text[start:end]``, ranges joined, in text order.

    >>> text = "She was in Oslo a week ago."
    >>> [(d.role, str(d.start)) for d in find_dates(
    ...     text, 0, len(text), datetime.date(2018, 7, 3), "past")]
    [('on', '2018-06-26')]
    >>> text = "She will be in Oslo from Thursday to Saturday."
    >>> [(d.role, str(d.start), str(d.end)) for d in find_dates(
    ...     text, 0, len(text), datetime.date(2018, 7, 3), "future")]
    [('range', '2018-07-05', '2018-07-07')]
    """
    found: list[tuple[Span, str | None, str]] = []
    # Most sentences hold no date: the whole pattern need not be tried at every position.
    expressions = _DATE.finditer(text, start, end) if _may_hold_date(text[start:end]) else ()
    for match in expressions:
        prep = match["prep"].lower() if match["prep"] else None
        core_start = match.start("core")
        found.append((Span(start=match.start(), end=match.end()), prep, match["core"]))
        del core_start
    results: list[TravelDate] = []
    index = 0
    while index < len(found):
        span, prep, core = found[index]
        if index + 1 < len(found) and prep in (None, "from", "between"):
            next_span, next_prep, next_core = found[index + 1]
            joined = text[span.end : next_span.start].strip() == "" and next_prep in (
                "to",
                "through",
                "thru",
                "until",
                "till",
                "and",
            )
            if joined:
                value = dates.resolve_range(
                    f"{_expression(core)} to {_expression(next_core)}", reference, tense=tense
                )
                if value is not None:
                    whole = Span(start=span.start, end=next_span.end)
                    results.append(
                        TravelDate(span=whole, role="range", start=value.start, end=value.end)
                    )
                    index += 2
                    continue
        value = dates.resolve_range(_expression(core), reference, tense=tense)
        if _attributive(text, span):
            value = None  # "the Aug. 7 blasts", "Sunday's talks": a date of something else
        if value is not None and prep not in ("before", "after", "by", "in"):
            role: DateRole = "range" if value.start != value.end else _ROLES.get(prep, "on")
            results.append(TravelDate(span=span, role=role, start=value.start, end=value.end))
        index += 1
    # Each *ago* holds the word (in any case: no other letter folds to these three).
    counted_back = _AGO.finditer(text, start, end) if "ago" in text[start:end].lower() else ()
    for match in counted_back:
        number = match["n"].lower()
        count = 1 if number in ("a", "one") else _NUMBER.get(number) or int(number)
        days = count * (7 if match["unit"].lower().startswith("week") else 1)
        day = reference - datetime.timedelta(days=days)
        span = Span(start=match.start(), end=match.end())
        results.append(TravelDate(span=span, role="on", start=day, end=day))
    return sorted(results, key=lambda date: date.span.start)


# "a week ago", "three days ago": counted back from the story's day.
_AGO = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s"
    r"(?P<unit>days?|weeks?)\sago\b",
    re.IGNORECASE,
)

# "the Aug. 7 blasts"; not the end of a name (*Xi'an on Nov. 25*)
_THE_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:the|a|an|this|that|since|of)\s$", re.IGNORECASE)


def _attributive(text: str, span: Span) -> bool:
    if text[span.end : span.end + 2] in ("'s", "\u2019s"):
        return True
    return _THE_BEFORE.search(text, max(0, span.start - 6), span.start) is not None


def find_durations(text: str, start: int, end: int) -> list[Duration]:
    """The lengths of stay named in ``text[start:end]``.

    >>> [d.days for d in find_durations("a three-day visit", 0, 17)]
    [3]
    """
    found: list[Duration] = []
    # Every length names a day, a week or hours; letters that fold to these (the Kelvin sign)
    # are folded by ``lower`` too.
    lowered = text[start:end].lower()
    if "day" not in lowered and "week" not in lowered and "-hour" not in lowered:
        return found
    for match in _DURATION.finditer(text, start, end):
        if match["weeklong"]:
            days = 7
        elif match["hours"]:
            days = int(match["hours"]) // 24  # "a 48-hour stay": two days
        else:
            number = (match["n"] or match["n2"]).lower()
            count = int(number) if number.isdigit() else _NUMBER[number]
            unit = (match["unit"] or match["unit2"]).lower()
            days = count * (7 if unit.startswith("week") else 1)
        if 0 < days <= 60:
            found.append(Duration(span=Span(start=match.start(), end=match.end()), days=days))
    return found
