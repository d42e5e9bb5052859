"""The hand-written rules behind :mod:`newsfacts.dates` (private).

Each rule reads an expression already normalised by :func:`newsfacts.dates.normalise` (lower
case, single spaces, abbreviation dots and possessives dropped, a leading preposition removed)
and returns the inclusive range of days it means with the unit it names, or ``None``. The
rules, not ``dateparser``, decide the direction of weekdays and year-less dates, because
``dateparser`` cannot be told that "Thursday" in a past-tense sentence lies behind the story.

Every pattern is anchored and free of nested quantifiers, so a match is linear in the input.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable, Iterable
from typing import Literal

Granularity = Literal["day", "week", "month", "year"]
Tense = Literal["past", "future", "auto"]
Direction = Literal["past", "future", "nearest"]
Range = tuple[datetime.date, datetime.date, Granularity]

_DAY = datetime.timedelta(days=1)

WEEKDAYS: dict[str, int] = {}
for _index, _names in enumerate(
    (
        ("monday", "mon"),
        ("tuesday", "tues", "tue"),
        ("wednesday", "wed"),
        ("thursday", "thurs", "thur", "thu"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    )
):
    WEEKDAYS.update(dict.fromkeys(_names, _index))

MONTHS: dict[str, int] = {}
for _index, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    MONTHS.update(dict.fromkeys(_names, _index))

_NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
NUMBERS: dict[str, int] = {word: value for value, word in enumerate(_NUMBER_WORDS)}
NUMBERS.update({"a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2})

_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
ORDINALS: dict[str, int] = {word: value for value, word in enumerate(_ORDINAL_WORDS, start=1)}
ORDINALS.update({f"twenty-{word}": 20 + value for word, value in list(ORDINALS.items())[:9]})
ORDINALS.update({"thirtieth": 30, "thirty-first": 31})


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so that "thursday" is tried before "thu".
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


_WD = _alternation(WEEKDAYS)
_MON = _alternation(MONTHS)
_NUM = _alternation(NUMBERS) + r"|\d{1,3}"
_ORD = _alternation(ORDINALS)
_PART = r"morning|afternoon|evening|night|overnight|noon|midday"
# "early Tuesday", "late on Friday", "earlier Sunday": still that day.
_SHADE = r"(?:(?:early|late|earlier|later|mid-afternoon|midday)\s(?:on\s)?)?"
_YEAR = r"(?P<year>1[6-9]\d\d|2[01]\d\d)"
_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# Words that only stand in front: "about two weeks ago", "nearly four years ago".
_HEDGE = r"(?:(?:about|around|nearly|almost|some|roughly|approximately|just|only|over)\s)?"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_WEEKDAY_RE = _compile(
    rf"{_SHADE}(?:(?P<rel>last|next|this|this coming|this past|coming|past|previous"
    rf"|the previous|following|the following)\s)?(?P<wd>{_WD})(?:\s(?:{_PART}))?"
)
_RELATIVE_DAY_RE = _compile(
    rf"{_SHADE}(?P<word>today|tonight|yesterday|tomorrow|the day before yesterday"
    rf"|the day after tomorrow)(?:\s(?:{_PART}))?"
    rf"|(?P<this>this|last|tomorrow|yesterday)\s(?P<part>{_PART})"
)
_QUANTITY_RE = _compile(
    rf"{_HEDGE}(?P<n>{_NUM})\s(?P<unit>day|week|month|year)s?(?:\sor\sso)?"
    r"\s(?P<dir>ago|from now|hence|before now)"
    rf"|in\s{_HEDGE}(?P<n2>{_NUM})\s(?P<unit2>day|week|month|year)s?(?:'|'s)?(?:\stime)?"
)
_PERIOD_RE = _compile(
    r"(?:(?P<shade>early|mid|late|earlier|later)[\s-])?"
    r"(?P<rel>last|next|this|the past|the coming|the current|the previous)\s"
    r"(?P<unit>week|month|year)"
)
_ISO_RE = _compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?")
_WEEKDAY_PREFIX = rf"(?:(?P<wd>{_WD}),?\s)?"
_MONTH_DAY_RE = _compile(
    rf"{_WEEKDAY_PREFIX}(?:the\s)?(?P<month>{_MON})\s(?:the\s)?"
    rf"(?:{_DAYNUM}|(?P<ordinal>{_ORD}))(?:,?\s{_YEAR})?"
)
_DAY_MONTH_RE = _compile(
    rf"{_WEEKDAY_PREFIX}(?:the\s)?(?:{_DAYNUM}|(?P<ordinal>{_ORD}))\s(?:of\s)?"
    rf"(?P<month>{_MON}),?(?:\s{_YEAR})?"
)
_DAY_OF_MONTH_RE = _compile(rf"the\s(?:{_DAYNUM}|(?P<ordinal>{_ORD}))")
_MONTH_RE = _compile(
    r"(?:(?P<shade>early|mid|late)[\s-])?"
    r"(?:(?P<rel>last|next|this|this past|this coming|the coming|past|coming)\s)?"
    rf"(?P<month>{_MON})(?:,?\s{_YEAR}|\s(?P<yrel>this|last|next)\syear)?"
)
_YEAR_RE = _compile(rf"(?:(?P<shade>early|mid|late)[\s-])?(?:the\syear\s)?{_YEAR}")


def direction_of(tense: Tense) -> Direction:
    """The way a bare expression points under ``tense``: ``auto`` means the nearest."""
    return "nearest" if tense == "auto" else tense


def _shift_months(day: datetime.date, months: int) -> datetime.date:
    """The first day of the month ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _month_range(year: int, month: int) -> Range:
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, 1), datetime.date(year, month, last), "month"


def _week_range(day: datetime.date) -> Range:
    monday = day - datetime.timedelta(days=day.weekday())
    return monday, monday + 6 * _DAY, "week"


def _year_range(year: int) -> Range:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year"


def _day(day: datetime.date) -> Range:
    return day, day, "day"


def _shade(found: Range, shade: str | None, reference: datetime.date) -> Range:
    """Narrow a week, month or year to its early, middle or late third, or to before/after.

    ``earlier``/``later`` cut at the reference day ("earlier this month" ends the day before
    the story) but never leave an empty range.
    """
    start, end, unit = found
    if not shade:
        return found
    if shade == "earlier":
        return start, max(start, min(end, reference - _DAY)), unit
    if shade == "later":
        return min(end, max(start, reference + _DAY)), end, unit
    thirds = _thirds(start, end, unit)
    low, high = thirds[("early", "mid", "late").index(shade)]
    return low, high, unit


def _thirds(
    start: datetime.date, end: datetime.date, unit: Granularity
) -> list[tuple[datetime.date, datetime.date]]:
    if unit == "year":  # Jan-Apr, May-Aug, Sep-Dec
        year = start.year
        return [
            (datetime.date(year, 1, 1), datetime.date(year, 4, 30)),
            (datetime.date(year, 5, 1), datetime.date(year, 8, 31)),
            (datetime.date(year, 9, 1), datetime.date(year, 12, 31)),
        ]
    if unit == "month":  # 1-10, 11-20, 21-end: "mid-July" is July 11-20
        return [
            (start, start.replace(day=10)),
            (start.replace(day=11), start.replace(day=20)),
            (start.replace(day=21), end),
        ]
    # A week: Monday-Tuesday, Wednesday-Thursday, Friday-Sunday.
    return [(start, start + _DAY), (start + 2 * _DAY, start + 3 * _DAY), (start + 4 * _DAY, end)]


def _pick(
    candidates: Iterable[datetime.date], reference: datetime.date, direction: Direction
) -> datetime.date | None:
    """The candidate closest to ``reference`` on the side ``direction`` says (ties: the past)."""
    ordered = sorted(candidates)
    if direction == "past":
        behind = [day for day in ordered if day <= reference]
        return behind[-1] if behind else None
    if direction == "future":
        ahead = [day for day in ordered if day >= reference]
        return ahead[0] if ahead else None
    if not ordered:
        return None
    return min(ordered, key=lambda day: (abs((day - reference).days), day > reference))


def weekday_on(
    weekday: int, reference: datetime.date, direction: Direction, *, strict: bool = False
) -> datetime.date:
    """The day of ``weekday`` nearest ``reference`` in ``direction``.

    The reference's own weekday is the reference itself unless ``strict`` ("last Tuesday" in a
    Tuesday story is a week back). ``nearest`` means forward: a bare weekday in a story with no
    sign of tense is read as the coming one, the convention documented in
    :func:`newsfacts.dates.resolve`.
    """
    ahead = (weekday - reference.weekday()) % 7
    if direction == "past":
        behind = (reference.weekday() - weekday) % 7
        if strict and behind == 0:
            behind = 7
        return reference - behind * _DAY
    if strict and ahead == 0:
        ahead = 7
    return reference + ahead * _DAY


def _number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBERS[text]


_PAST_WORDS = {"last", "this past", "past", "previous", "the previous"}
_FUTURE_WORDS = {"next", "this coming", "coming", "following", "the following"}


def _weekday(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    match = _WEEKDAY_RE.fullmatch(text)
    if match is None:
        return None
    weekday = WEEKDAYS[match["wd"]]
    relation = match["rel"]
    if relation in _PAST_WORDS:
        return _day(weekday_on(weekday, reference, "past", strict=True))
    if relation in _FUTURE_WORDS:
        return _day(weekday_on(weekday, reference, "future", strict=True))
    return _day(weekday_on(weekday, reference, direction_of(tense)))


_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "this": 0,
    "yesterday": -1,
    "last": -1,  # "last night"
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _relative_day(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    match = _RELATIVE_DAY_RE.fullmatch(text)
    if match is None:
        return None
    return _day(reference + _OFFSETS[match["word"] or match["this"]] * _DAY)


def _quantity(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    """``N days/weeks ago`` and ``in N days``: days and weeks give a day, months and years
    give the month or year that many back or ahead ("a year ago" is last year)."""
    match = _QUANTITY_RE.fullmatch(text)
    if match is None:
        return None
    if match["n"] is not None:
        count, unit = _number(match["n"]), match["unit"]
        sign = -1 if match["dir"] in ("ago", "before now") else 1
    else:
        count, unit, sign = _number(match["n2"]), match["unit2"], 1
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        try:
            return _day(reference + sign * days * _DAY)
        except OverflowError:
            return None
    if unit == "month":
        first = _shift_months(reference, sign * count)
        return _month_range(first.year, first.month)
    return _year_range(reference.year + sign * count)


_PERIOD_OFFSETS = {
    "last": -1,
    "the past": -1,
    "the previous": -1,
    "this": 0,
    "the current": 0,
    "next": 1,
    "the coming": 1,
}


def _period(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    match = _PERIOD_RE.fullmatch(text)
    if match is None:
        return None
    offset = _PERIOD_OFFSETS[match["rel"]]
    unit = match["unit"]
    if unit == "week":
        found = _week_range(reference + 7 * offset * _DAY)
    elif unit == "month":
        first = _shift_months(reference, offset)
        found = _month_range(first.year, first.month)
    else:
        found = _year_range(reference.year + offset)
    return _shade(found, match["shade"], reference)


def _iso(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    match = _ISO_RE.fullmatch(text)
    if match is None:
        return None
    year, month = int(match["year"]), int(match["month"])
    try:
        if match["day"] is None:
            return _month_range(year, month)
        return _day(datetime.date(year, month, int(match["day"])))
    except (ValueError, calendar.IllegalMonthError):
        return None


def _month_day_in(
    month: int,
    day: int,
    year: str | None,
    weekday: str | None,
    reference: datetime.date,
    tense: Tense,
) -> Range | None:
    """A month and day, in ``year`` or else in the year nearest the reference in the tense
    direction; a weekday, if given, picks among the candidate years."""
    if year is not None:
        try:
            return _day(datetime.date(int(year), month, day))
        except ValueError:
            return None
    if not 1 <= day <= calendar.monthrange(2000, month)[1]:
        return None  # not a day of that month in any year
    candidates = []
    for candidate_year in range(reference.year - 4, reference.year + 5):
        try:
            candidates.append(datetime.date(candidate_year, month, day))
        except ValueError:  # February 29 outside a leap year
            continue
    # Only February 29 needs years further off than the neighbours of the reference year.
    candidates = [day for day in candidates if abs(day.year - reference.year) <= 1] or candidates
    if weekday is not None:
        # A weekday pins the year by itself ("Saturday, April 25"), whatever the tense.
        matching = [day for day in candidates if day.weekday() == WEEKDAYS[weekday]]
        if matching:
            return _day(min(matching, key=lambda day: abs((day - reference).days)))
    picked = _pick(candidates, reference, direction_of(tense))
    return None if picked is None else _day(picked)


def _month_day(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    match = _MONTH_DAY_RE.fullmatch(text) or _DAY_MONTH_RE.fullmatch(text)
    if match is None:
        return None
    month = MONTHS[match["month"]]
    day = int(match["day"]) if match["day"] else ORDINALS[match["ordinal"]]
    return _month_day_in(month, day, match["year"], match["wd"], reference, tense)


def _day_of_month(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    """``the 4th``: that day of this month, the last or the next, by tense."""
    match = _DAY_OF_MONTH_RE.fullmatch(text)
    if match is None:
        return None
    day = int(match["day"]) if match["day"] else ORDINALS[match["ordinal"]]
    candidates = []
    for months in (-1, 0, 1):
        first = _shift_months(reference, months)
        if 1 <= day <= calendar.monthrange(first.year, first.month)[1]:
            candidates.append(first.replace(day=day))
    picked = _pick(candidates, reference, direction_of(tense))
    return None if picked is None else _day(picked)


def _month(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    """``July``, ``last July``, ``mid-July``, ``July 2018``: month granularity."""
    match = _MONTH_RE.fullmatch(text)
    if match is None:
        return None
    month = MONTHS[match["month"]]
    if match["year"] is not None or match["yrel"] is not None:
        offsets = {None: 0, "this": 0, "last": -1, "next": 1}
        year = int(match["year"] or reference.year + offsets[match["yrel"]])
        return _shade(_month_range(year, month), match["shade"], reference)
    relation = match["rel"]
    this_month = reference.replace(day=1)
    candidates = [
        _shift_months(reference, offset)
        for offset in range(-12, 13)
        if _shift_months(reference, offset).month == month
    ]
    if relation in ("last", "this past", "past"):
        picked = _pick([day for day in candidates if day < this_month], this_month, "past")
    elif relation in ("next", "this coming", "the coming", "coming"):
        picked = _pick([day for day in candidates if day > this_month], this_month, "future")
    elif relation == "this":
        picked = datetime.date(reference.year, month, 1)
    else:
        picked = _pick(candidates, this_month, direction_of(tense))
    if picked is None:
        return None
    return _shade(_month_range(picked.year, picked.month), match["shade"], reference)


def _year(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    match = _YEAR_RE.fullmatch(text)
    if match is None:
        return None
    return _shade(_year_range(int(match["year"])), match["shade"], reference)


# "the end of the month" is read as "late this month", "the beginning of 1990" as "early 1990".
_SHADE_PHRASE_RE = _compile(
    r"(?:the\s)?(?P<where>end|beginning|start|middle)\sof\s(?:(?P<the>the)\s)?(?P<rest>.+)"
)
_SHADE_WORDS = {"end": "late", "beginning": "early", "start": "early", "middle": "mid"}


def rewrite_shade_phrase(text: str) -> str:
    """``the end of the month`` -> ``late this month``; other text unchanged."""
    match = _SHADE_PHRASE_RE.fullmatch(text)
    if match is None:
        return text
    rest = match["rest"]
    if match["the"] and rest in ("week", "month", "year"):
        rest = f"this {rest}"
    return f"{_SHADE_WORDS[match['where']]} {rest}"


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> datetime.date:
    """The ``nth`` ``weekday`` of a month; ``nth=-1`` is the last."""
    if nth > 0:
        first = datetime.date(year, month, 1)
        return first + ((weekday - first.weekday()) % 7 + 7 * (nth - 1)) * _DAY
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    return last - ((last.weekday() - weekday) % 7) * _DAY


# US holidays that American wire copy names without a date. Keys are normalised: the
# possessive "'s" is already gone ("new year day" arrives as "new year day").
HOLIDAYS: dict[str, Callable[[int], datetime.date]] = {
    "new year day": lambda year: datetime.date(year, 1, 1),
    "new year eve": lambda year: datetime.date(year, 12, 31),
    "valentine day": lambda year: datetime.date(year, 2, 14),
    "independence day": lambda year: datetime.date(year, 7, 4),
    "halloween": lambda year: datetime.date(year, 10, 31),
    "veterans day": lambda year: datetime.date(year, 11, 11),
    "christmas eve": lambda year: datetime.date(year, 12, 24),
    "christmas": lambda year: datetime.date(year, 12, 25),
    "christmas day": lambda year: datetime.date(year, 12, 25),
    "memorial day": lambda year: _nth_weekday(year, 5, 0, -1),
    "labor day": lambda year: _nth_weekday(year, 9, 0, 1),
    "thanksgiving": lambda year: _nth_weekday(year, 11, 3, 4),
    "thanksgiving day": lambda year: _nth_weekday(year, 11, 3, 4),
    # The Tuesday after the first Monday of November.
    "election day": lambda year: _nth_weekday(year, 11, 0, 1) + _DAY,
}
_HOLIDAY_RE = _compile(
    r"(?:(?P<rel>last|next|this)\s)?(?P<name>" + _alternation(HOLIDAYS) + r")(?:\s(?P<year>\d{4}))?"
)


def _holiday(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    """``Thanksgiving``, ``last Christmas``, ``Election Day 1998``: year as for month-days."""
    match = _HOLIDAY_RE.fullmatch(text)
    if match is None:
        return None
    day_in = HOLIDAYS[match["name"]]
    if match["year"]:
        return _day(day_in(int(match["year"])))
    candidates = [day_in(year) for year in range(reference.year - 1, reference.year + 2)]
    if match["rel"] == "last":
        candidates = [day for day in candidates if day < reference]
        direction: Direction = "past"
    elif match["rel"] == "next":
        candidates = [day for day in candidates if day > reference]
        direction = "future"
    else:
        direction = direction_of(tense)
    picked = _pick(candidates, reference, direction)
    return None if picked is None else _day(picked)


Rule = Callable[[str, datetime.date, Tense], "Range | None"]

#: Tried in order; the first rule that matches the whole expression decides.
RULES: tuple[Rule, ...] = (
    _relative_day,
    _weekday,
    _quantity,
    _period,
    _iso,
    _month_day,
    _day_of_month,
    _month,
    _year,
    _holiday,
)


def apply_rules(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    """The range the first matching rule gives, or ``None`` when no rule matches."""
    text = rewrite_shade_phrase(text)
    for rule in RULES:
        found = rule(text, reference, tense)
        if found is not None:
            return found
    return None


def matches_any_rule(text: str) -> bool:
    """Whether some rule's pattern covers ``text`` (even if its values are impossible)."""
    patterns = (
        _RELATIVE_DAY_RE,
        _WEEKDAY_RE,
        _QUANTITY_RE,
        _PERIOD_RE,
        _ISO_RE,
        _MONTH_DAY_RE,
        _DAY_MONTH_RE,
        _DAY_OF_MONTH_RE,
        _MONTH_RE,
        _YEAR_RE,
        _HOLIDAY_RE,
    )
    text = rewrite_shade_phrase(text)
    return any(pattern.fullmatch(text) for pattern in patterns)
