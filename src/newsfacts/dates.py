"""Resolve date expressions ("Thursday", "last month", "Feb. 26") against a story's date.

Two functions:

- :func:`resolve_value` gives a :class:`DateValue`: the inclusive range of days an expression
  means and the unit it names (``day``, ``week``, ``month`` or ``year``). "last month" is a
  month, "mid-July" is a month narrowed to July 11-20, "two weeks ago" is a day.
- :func:`resolve` gives a :class:`datetime.date` only when the expression names one day, and
  ``None`` for wider expressions ("last month"), so a caller never mistakes a month for its
  first day.
- :func:`resolve_range` reads a stretch of days written as two ends ("from Thursday to
  Saturday", "April 8-9", "between May 2 and May 5"): the second end is resolved forward from
  the first, so a range never runs backwards.

Tense says which way a bare expression points. ``"past"`` (*met Thursday*) takes the latest
match on or before the reference, ``"future"`` (*will meet Thursday*) the earliest on or after.
``"auto"`` reads a bare weekday forward (the coming one, or the reference day itself), and a
month or month-day without a year as the one nearest the reference either way. Words in the
expression overrule the tense: "last Thursday" is behind, "next Thursday" ahead, whatever the
sentence says.

The module's own rules (:mod:`newsfacts._relative_dates`) handle weekdays, relative days,
counts ("3 days ago"), periods, months, month-days and full dates; anything else that looks
like a date goes to ``dateparser`` with fixed settings. ``dateparser`` is imported only then:
``import newsfacts`` never loads it. Results are cached.
"""

from __future__ import annotations

import datetime
import functools
import re
import warnings
from typing import TYPE_CHECKING, Literal

import attrs

from newsfacts._relative_dates import (
    MONTHS,
    WEEKDAYS,
    Granularity,
    Range,
    Tense,
    apply_rules,
    matches_any_rule,
)

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = [
    "DateValue",
    "Granularity",
    "Tense",
    "normalise",
    "resolve",
    "resolve_range",
    "resolve_value",
]

_TENSES = ("past", "future", "auto")
# Date expressions are short; anything longer is a sentence or garbage, refused unread.
_MAX_RAW_LENGTH = 200
_MAX_LENGTH = 80

_SPACES = re.compile(r"\s+")
_ABBREVIATION_DOT = re.compile(r"(?<=[a-z])\.")
_POSSESSIVE = re.compile(r"'s\b")
_LEADING_PREPOSITION = re.compile(
    r"(?:on|in|by|until|till|through|since|from|at|during|as of|of|for|around|about|circa)\s"
)
_DATE_WORD = re.compile(
    r"\b(?:"
    + "|".join(sorted({*MONTHS, *WEEKDAYS}, key=len, reverse=True))
    + r"|today|tonight|tomorrow|yesterday|ago|days?|weeks?|weekend|fortnight|months?|years?"
    r"|decades?)\b"
)
# Bare numbers and clock times: dateparser would make a date of them, the story never does.
_NOT_A_DATE = re.compile(r"\d+|\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}:\d\d")
_HAS_DIGIT = re.compile(r"\d")


@attrs.frozen(kw_only=True)
class DateValue:
    """What a date expression means: the days from ``start`` to ``end`` (both included), and
    the unit the expression names.

    >>> value = resolve_value("mid-July", datetime.date(2018, 7, 3))
    >>> value.start, value.end, value.granularity, value.timeml
    (datetime.date(2018, 7, 11), datetime.date(2018, 7, 20), 'month', '2018-07')
    """

    start: datetime.date
    end: datetime.date = attrs.field()
    granularity: Granularity

    @end.validator
    def _end_not_before_start(
        self, attribute: attrs.Attribute[datetime.date], value: object
    ) -> None:
        if not isinstance(value, datetime.date) or value < self.start:
            raise ValueError(f"DateValue end {value!r} lies before its start {self.start}")

    @property
    def day(self) -> datetime.date | None:
        """The day, when the expression names one; else ``None``."""
        return self.start if self.granularity == "day" else None

    @property
    def timeml(self) -> str:
        """The TimeML-style value of the unit holding ``start``.

        ``2018-07-05`` (day), ``2018-W27`` (ISO week), ``2018-07`` (month), ``2018`` (year).
        """
        if self.granularity == "day":
            return self.start.isoformat()
        if self.granularity == "week":
            year, week, _ = self.start.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.granularity == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return f"{self.start.year:04d}"


def normalise(expression: str) -> str:
    """The form the rules read and the cache keys on.

    Lower case, single spaces, curly quotes straightened, abbreviation dots and possessives
    dropped, surrounding punctuation removed.

    >>> normalise("  Feb. 26. ")
    'feb 26'
    >>> normalise("Friday\\u2019s")
    'friday'
    """
    text = expression.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = _SPACES.sub(" ", text)
    text = _ABBREVIATION_DOT.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return text.strip(" .,;:!?()[]{}\"'")


def resolve(
    expression: str,
    reference: datetime.date,
    *,
    tense: Literal["past", "future", "auto"] = "auto",
) -> datetime.date | None:
    """The day ``expression`` names, resolved against ``reference``.

    ``None`` when the expression is not a date, or names something wider than a day
    ("last month", "2018": use :func:`resolve_value` for those). See the module docstring
    for how ``tense`` directs bare weekdays and year-less dates.

    >>> tuesday = datetime.date(2018, 7, 3)
    >>> resolve("Thursday", tuesday), resolve("Thursday", tuesday, tense="past")
    (datetime.date(2018, 7, 5), datetime.date(2018, 6, 28))
    >>> resolve("the day before yesterday", tuesday), resolve("last month", tuesday)
    (datetime.date(2018, 7, 1), None)
    """
    value = resolve_value(expression, reference, tense=tense)
    return None if value is None else value.day


def resolve_value(
    expression: str,
    reference: datetime.date,
    *,
    tense: Literal["past", "future", "auto"] = "auto",
    rules_only: bool = False,
) -> DateValue | None:
    """The :class:`DateValue` ``expression`` means, resolved against ``reference``.

    ``rules_only`` keeps to the module's own rules and never asks (or imports) ``dateparser``:
    for callers on the parse path.

    >>> tuesday = datetime.date(2018, 7, 3)
    >>> resolve_value("last week", tuesday)
    DateValue(start=datetime.date(2018, 6, 25), end=datetime.date(2018, 7, 1), granularity='week')
    >>> resolve_value("Feb. 26", tuesday, tense="future").timeml
    '2019-02-26'
    >>> resolve_value("banana", tuesday) is None
    True
    """
    if not isinstance(expression, str):
        raise TypeError(f"expression must be str, not {type(expression).__name__}")
    if not isinstance(reference, datetime.date):
        raise TypeError(f"reference must be a date, not {type(reference).__name__}")
    if tense not in _TENSES:
        raise ValueError(f"tense must be one of {_TENSES}, not {tense!r}")
    if len(expression) > _MAX_RAW_LENGTH:
        return None
    if isinstance(reference, datetime.datetime):
        reference = reference.date()
    text = normalise(expression)
    if not text or len(text) > _MAX_LENGTH:
        return None
    return _resolve_normalised(text, reference, tense, rules_only)


@functools.lru_cache(maxsize=4096)
def _resolve_normalised(
    text: str, reference: datetime.date, tense: Tense, rules_only: bool = False
) -> DateValue | None:
    try:
        return _resolve_uncached(text, reference, tense, rules_only)
    except (OverflowError, ValueError):  # a day before 0001-01-01 or after 9999-12-31
        return None


def _resolve_uncached(
    text: str, reference: datetime.date, tense: Tense, rules_only: bool = False
) -> DateValue | None:
    found = apply_rules(text, reference, tense)
    covered = found is not None or matches_any_rule(text)
    if found is None and not covered:
        without = _LEADING_PREPOSITION.sub("", text, count=1)
        if without != text:
            found = apply_rules(without, reference, tense)
            covered = found is not None or matches_any_rule(without)
            text = without
    if found is None and not covered and not rules_only and _worth_parsing(text):
        found = _dateparser_range(text, reference, tense)
    if found is None:
        return None
    start, end, granularity = found
    return DateValue(start=start, end=end, granularity=granularity)


def _worth_parsing(text: str) -> bool:
    """Whether ``dateparser`` could find a date here: a digit or a date word, and not a
    bare number or clock time."""
    if _NOT_A_DATE.fullmatch(text):
        return False
    return bool(_HAS_DIGIT.search(text) or _DATE_WORD.search(text))


_PREFERENCE = {"past": "past", "future": "future", "auto": "current_period"}


@functools.lru_cache(maxsize=64)
def _parser(reference: datetime.date, tense: Tense) -> DateDataParser:
    # Imported here, not at module import: dateparser is slow to load and most stories never
    # need it.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime.datetime.combine(reference, datetime.time()),
            "PREFER_DATES_FROM": _PREFERENCE[tense],
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


def _dateparser_range(text: str, reference: datetime.date, tense: Tense) -> Range | None:
    """Ask ``dateparser``; map its period onto a :data:`Granularity` range."""
    parser = _parser(reference, tense)
    with warnings.catch_warnings():
        # Python 3.13+ warns from time.strptime, which dateparser calls, whenever a format has
        # a day of month but no year; the rules above already settle the year for such text.
        warnings.filterwarnings(
            "ignore", message=".*day of month without a year", category=DeprecationWarning
        )
        try:
            data = parser.get_date_data(text)
        except (ValueError, OverflowError, TypeError):
            return None
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period
    if period == "week":
        monday = day - datetime.timedelta(days=day.weekday())
        return monday, monday + datetime.timedelta(days=6), "week"
    if period == "month":
        first = day.replace(day=1)
        following = (first + datetime.timedelta(days=32)).replace(day=1)
        return first, following - datetime.timedelta(days=1), "month"
    if period == "year":
        return datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31), "year"
    return day, day, "day"


# Two ends of a stretch of days. The parts are short date phrases; the joiners are fixed
# words, so the pattern has no nested quantifier.
_RANGE_WORDS = re.compile(
    r"(?:from\s|between\s)?(?P<first>[^-\u2013]{1,40}?)"
    r"\s?(?:\sto\s|\sthrough\s|\sthru\s|\suntil\s|\still\s|\sand\s|-|\u2013)\s?"
    r"(?P<second>[^-\u2013]{1,40})"
)
_MONTH_DAYS = re.compile(
    r"(?P<month>[a-z]{3,9})\s(?P<first>\d{1,2})\s?[-\u2013]\s?(?P<second>\d{1,2})"
    r"(?P<year>,?\s\d{4})?"
)
_DAYS_MONTH = re.compile(
    r"(?P<first>\d{1,2})\s?[-\u2013]\s?(?P<second>\d{1,2})\s(?P<month>[a-z]{3,9})"
    r"(?P<year>,?\s\d{4})?"
)


def resolve_range(
    expression: str,
    reference: datetime.date,
    *,
    tense: Literal["past", "future", "auto"] = "auto",
) -> DateValue | None:
    """The days from the first to the second end of a range expression, both included.

    The first end is resolved against ``reference`` under ``tense``; the second against the
    first end, forward. A single day (no joiner) gives that day. ``None`` when either end is
    not a day or the range would run backwards.

    >>> tuesday = datetime.date(2018, 7, 3)
    >>> value = resolve_range("from Thursday to Saturday", tuesday, tense="future")
    >>> value.start, value.end, value.granularity
    (datetime.date(2018, 7, 5), datetime.date(2018, 7, 7), 'day')
    >>> resolve_range("April 8-9", tuesday, tense="future").end
    datetime.date(2019, 4, 9)
    """
    if not isinstance(expression, str) or len(expression) > _MAX_RAW_LENGTH:
        return None
    text = normalise(expression)
    compact = _MONTH_DAYS.fullmatch(text) or _DAYS_MONTH.fullmatch(text)
    if compact is not None:
        year = compact["year"] or ""
        first = f"{compact['month']} {compact['first']}{year}"
        second = f"{compact['month']} {compact['second']}{year}"
    else:
        match = _RANGE_WORDS.fullmatch(text)
        if match is None:
            single = resolve_value(text, reference, tense=tense, rules_only=True)
            return single if single is not None and single.granularity == "day" else None
        first, second = match["first"], match["second"]
    start = _day_by_rules(first, reference, tense)
    if start is None:
        return None
    end = _day_by_rules(second, start, "future")
    if end is None or end < start:
        return None
    return DateValue(start=start, end=end, granularity="day")


def _day_by_rules(expression: str, reference: datetime.date, tense: Tense) -> datetime.date | None:
    value = resolve_value(expression, reference, tense=tense, rules_only=True)
    return None if value is None else value.day
