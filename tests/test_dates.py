"""Tests for newsfacts.dates: relative date expressions resolved against a story's date."""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest

from newsfacts import dates
from newsfacts.dates import DateValue, resolve, resolve_value

D = datetime.date
TUESDAY = D(2018, 7, 3)  # a Tuesday


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    dates._resolve_normalised.cache_clear()


# --- weekdays -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "tense", "expected"),
    [
        ("Thursday", "future", D(2018, 7, 5)),
        ("Thursday", "auto", D(2018, 7, 5)),
        ("Thursday", "past", D(2018, 6, 28)),
        ("on Thursday", "past", D(2018, 6, 28)),
        ("Thursday night", "past", D(2018, 6, 28)),
        ("Thursday morning", "future", D(2018, 7, 5)),
        ("early Thursday", "past", D(2018, 6, 28)),
        ("Thursday's", "past", D(2018, 6, 28)),
        ("Thurs.", "future", D(2018, 7, 5)),
        ("Monday", "future", D(2018, 7, 9)),
        ("Monday", "past", D(2018, 7, 2)),
        ("Sunday", "past", D(2018, 7, 1)),
        ("this Thursday", "auto", D(2018, 7, 5)),
        ("this Thursday", "past", D(2018, 6, 28)),
    ],
)
def test_weekday_follows_tense(expression: str, tense: dates.Tense, expected: D) -> None:
    assert resolve(expression, TUESDAY, tense=tense) == expected


@pytest.mark.parametrize("tense", ["past", "future", "auto"])
def test_reference_weekday_is_the_reference_day(tense: dates.Tense) -> None:
    assert resolve("Tuesday", TUESDAY, tense=tense) == TUESDAY
    assert resolve("on Tuesday afternoon", TUESDAY, tense=tense) == TUESDAY


@pytest.mark.parametrize("tense", ["past", "future", "auto"])
def test_last_and_next_overrule_tense(tense: dates.Tense) -> None:
    assert resolve("last Thursday", TUESDAY, tense=tense) == D(2018, 6, 28)
    assert resolve("next Thursday", TUESDAY, tense=tense) == D(2018, 7, 5)
    # On the reference's own weekday, last/next step a whole week.
    assert resolve("last Tuesday", TUESDAY, tense=tense) == D(2018, 6, 26)
    assert resolve("next Tuesday", TUESDAY, tense=tense) == D(2018, 7, 10)
    assert resolve("this coming Sunday", TUESDAY, tense=tense) == D(2018, 7, 8)
    assert resolve("the previous Friday", TUESDAY, tense=tense) == D(2018, 6, 29)


def test_weekday_across_month_and_year_boundaries() -> None:
    new_year = D(2019, 1, 1)  # a Tuesday
    assert resolve("Friday", new_year, tense="past") == D(2018, 12, 28)
    assert resolve("Friday", D(2018, 12, 30), tense="future") == D(2019, 1, 4)
    assert resolve("Wednesday", D(2018, 2, 27), tense="future") == D(2018, 2, 28)
    assert resolve("Thursday", D(2018, 2, 27), tense="future") == D(2018, 3, 1)
    assert resolve("Thursday", D(2016, 2, 27), tense="future") == D(2016, 3, 3)
    assert resolve("Monday", D(2016, 3, 1), tense="past") == D(2016, 2, 29)


# --- relative days, counts, periods ---------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("today", TUESDAY),
        ("Today", TUESDAY),
        ("tonight", TUESDAY),
        ("this morning", TUESDAY),
        ("yesterday", D(2018, 7, 2)),
        ("late yesterday", D(2018, 7, 2)),
        ("yesterday afternoon", D(2018, 7, 2)),
        ("last night", D(2018, 7, 2)),
        ("tomorrow", D(2018, 7, 4)),
        ("tomorrow night", D(2018, 7, 4)),
        ("the day before yesterday", D(2018, 7, 1)),
        ("the day after tomorrow", D(2018, 7, 5)),
        ("3 days ago", D(2018, 6, 30)),
        ("three days ago", D(2018, 6, 30)),
        ("a day ago", D(2018, 7, 2)),
        ("two weeks ago", D(2018, 6, 19)),
        ("about two weeks ago", D(2018, 6, 19)),
        ("a week or so ago", D(2018, 6, 26)),
        ("in 10 days", D(2018, 7, 13)),
        ("in two weeks' time", D(2018, 7, 17)),
        ("5 days from now", D(2018, 7, 8)),
    ],
)
def test_relative_days(expression: str, expected: D) -> None:
    for tense in ("past", "future", "auto"):
        assert resolve(expression, TUESDAY, tense=tense) == expected


def test_relative_days_cross_month_year_and_leap_day() -> None:
    assert resolve("yesterday", D(2018, 3, 1)) == D(2018, 2, 28)
    assert resolve("yesterday", D(2016, 3, 1)) == D(2016, 2, 29)
    assert resolve("tomorrow", D(2018, 12, 31)) == D(2019, 1, 1)
    assert resolve("10 days ago", D(2018, 1, 5)) == D(2017, 12, 26)


@pytest.mark.parametrize(
    ("expression", "start", "end", "granularity", "timeml"),
    [
        ("last week", D(2018, 6, 25), D(2018, 7, 1), "week", "2018-W26"),
        ("this week", D(2018, 7, 2), D(2018, 7, 8), "week", "2018-W27"),
        ("next week", D(2018, 7, 9), D(2018, 7, 15), "week", "2018-W28"),
        ("last month", D(2018, 6, 1), D(2018, 6, 30), "month", "2018-06"),
        ("next month", D(2018, 8, 1), D(2018, 8, 31), "month", "2018-08"),
        ("earlier this month", D(2018, 7, 1), D(2018, 7, 2), "month", "2018-07"),
        ("later this month", D(2018, 7, 4), D(2018, 7, 31), "month", "2018-07"),
        ("last year", D(2017, 1, 1), D(2017, 12, 31), "year", "2017"),
        ("next year", D(2019, 1, 1), D(2019, 12, 31), "year", "2019"),
        ("early next year", D(2019, 1, 1), D(2019, 4, 30), "year", "2019"),
        ("a year ago", D(2017, 1, 1), D(2017, 12, 31), "year", "2017"),
        ("two months ago", D(2018, 5, 1), D(2018, 5, 31), "month", "2018-05"),
        ("the end of the month", D(2018, 7, 21), D(2018, 7, 31), "month", "2018-07"),
    ],
)
def test_periods(expression: str, start: D, end: D, granularity: str, timeml: str) -> None:
    value = resolve_value(expression, TUESDAY)
    assert value == DateValue(start=start, end=end, granularity=granularity)  # type: ignore[arg-type]
    assert value.timeml == timeml
    # resolve() only answers with a day: a week, month or year is not one.
    assert resolve(expression, TUESDAY) is None


def test_periods_across_year_boundary() -> None:
    january = D(2019, 1, 15)
    assert resolve_value("last month", january) == DateValue(
        start=D(2018, 12, 1), end=D(2018, 12, 31), granularity="month"
    )
    december = D(2018, 12, 27)
    assert resolve_value("next month", december).timeml == "2019-01"  # type: ignore[union-attr]
    # ISO weeks: the week from Monday 2018-12-31 is week 1 of 2019.
    assert resolve_value("next week", december).timeml == "2019-W01"  # type: ignore[union-attr]


# --- month-days, months, full dates --------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "tense", "expected"),
    [
        ("July 4", "future", D(2018, 7, 4)),
        ("July 4", "auto", D(2018, 7, 4)),
        ("July 4", "past", D(2017, 7, 4)),
        ("July 3", "past", TUESDAY),
        ("July 3", "future", TUESDAY),
        ("Feb. 26", "past", D(2018, 2, 26)),
        ("Feb. 26", "future", D(2019, 2, 26)),
        ("Feb. 26", "auto", D(2018, 2, 26)),  # four months back is nearer than eight ahead
        ("Sept. 30", "auto", D(2018, 9, 30)),
        ("July 4th", "future", D(2018, 7, 4)),
        ("4 July", "future", D(2018, 7, 4)),
        ("the fourth of July", "future", D(2018, 7, 4)),
        ("March eighth", "past", D(2018, 3, 8)),
        ("the 4th", "future", D(2018, 7, 4)),
        ("the 4th", "past", D(2018, 6, 4)),
        ("Tuesday, April 25", "future", D(2017, 4, 25)),  # the weekday picks the year
        ("Saturday, April 25", "past", D(2018, 4, 25)),  # no year near fits: weekday ignored
    ],
)
def test_month_day_without_year(expression: str, tense: dates.Tense, expected: D) -> None:
    assert resolve(expression, TUESDAY, tense=tense) == expected


def test_month_day_year_boundary_and_leap_day() -> None:
    assert resolve("Jan. 5", D(2018, 12, 20), tense="auto") == D(2019, 1, 5)
    assert resolve("Dec. 28", D(2019, 1, 3), tense="auto") == D(2018, 12, 28)
    assert resolve("Dec. 28", D(2019, 1, 3), tense="future") == D(2019, 12, 28)
    assert resolve("Feb. 29", D(2018, 7, 3), tense="past") == D(2016, 2, 29)
    assert resolve("Feb. 29", D(2018, 7, 3), tense="future") == D(2020, 2, 29)
    assert resolve("Feb. 29", D(2016, 3, 10), tense="auto") == D(2016, 2, 29)
    assert resolve("Feb. 30", TUESDAY) is None
    assert resolve("Feb. 29, 2018", TUESDAY) is None


@pytest.mark.parametrize(
    "expression",
    [
        "July 3, 2018",
        "July 3 2018",
        "2018-07-03",
        "3 July 2018",
        "3rd of July, 2018",
        "Jul. 3, 2018",
    ],
)
def test_full_dates(expression: str) -> None:
    for tense in ("past", "future", "auto"):
        assert resolve(expression, D(2020, 1, 1), tense=tense) == TUESDAY


@pytest.mark.parametrize(
    ("expression", "tense", "timeml", "start", "end"),
    [
        ("mid-July", "auto", "2018-07", D(2018, 7, 11), D(2018, 7, 20)),
        ("late November", "past", "2017-11", D(2017, 11, 21), D(2017, 11, 30)),
        ("late November", "future", "2018-11", D(2018, 11, 21), D(2018, 11, 30)),
        ("in March", "auto", "2018-03", D(2018, 3, 1), D(2018, 3, 31)),
        ("last July", "future", "2017-07", D(2017, 7, 1), D(2017, 7, 31)),
        ("next March", "past", "2019-03", D(2019, 3, 1), D(2019, 3, 31)),
        ("March 2018", "future", "2018-03", D(2018, 3, 1), D(2018, 3, 31)),
        ("June last year", "auto", "2017-06", D(2017, 6, 1), D(2017, 6, 30)),
        ("1992", "auto", "1992", D(1992, 1, 1), D(1992, 12, 31)),
        ("early 1990", "auto", "1990", D(1990, 1, 1), D(1990, 4, 30)),
        ("2018-02", "auto", "2018-02", D(2018, 2, 1), D(2018, 2, 28)),
    ],
)
def test_months_and_years(
    expression: str, tense: dates.Tense, timeml: str, start: D, end: D
) -> None:
    value = resolve_value(expression, TUESDAY, tense=tense)
    assert value is not None
    assert (value.timeml, value.start, value.end) == (timeml, start, end)
    assert resolve(expression, TUESDAY, tense=tense) is None


def test_holidays() -> None:
    january = D(2000, 1, 7)
    assert resolve("Thanksgiving Day", january, tense="past") == D(1999, 11, 25)
    assert resolve("last Thanksgiving", january) == D(1999, 11, 25)
    assert resolve("Election Day", D(1998, 10, 26), tense="future") == D(1998, 11, 3)
    assert resolve("New Year\u2019s Day", january, tense="past") == D(2000, 1, 1)
    assert resolve("Christmas 2001", january) == D(2001, 12, 25)


# --- fallback, garbage, inputs ----------------------------------------------------------


def test_fallback_to_dateparser_for_other_forms() -> None:
    assert resolve("12/07/2018", TUESDAY) == D(2018, 12, 7)
    value = resolve_value("a fortnight ago", TUESDAY)
    assert value is not None
    assert value.granularity == "week"
    assert value.start <= D(2018, 6, 19) <= value.end


@pytest.mark.parametrize(
    "expression", ["", "   ", "banana", "the day", "then", "5pm", "12", "Sunday school teacher"]
)
def test_not_a_date(expression: str) -> None:
    assert resolve_value(expression, TUESDAY) is None


def test_garbage_is_refused_without_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise AssertionError("dateparser must not be asked")

    monkeypatch.setattr(dates, "_dateparser_range", fail)
    assert resolve("x" * 10_000, TUESDAY) is None
    assert resolve("Thursday " * 2_000, TUESDAY) is None
    assert resolve("9" * 10_000, TUESDAY) is None
    assert resolve("banana", TUESDAY) is None
    assert resolve("the cat sat on the mat", TUESDAY) is None


def test_datetime_reference_and_bad_arguments() -> None:
    moment = datetime.datetime(2018, 7, 3, 23, 30)
    assert resolve("tomorrow", moment) == D(2018, 7, 4)
    assert type(resolve("tomorrow", moment)) is D
    with pytest.raises(ValueError, match="tense"):
        resolve("Thursday", TUESDAY, tense="present")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        resolve(None, TUESDAY)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        resolve("Thursday", "2018-07-03")  # type: ignore[arg-type]


def test_calendar_edges_give_none_not_errors() -> None:
    assert resolve("tomorrow", D.max) is None
    assert resolve("last week", D.min) is None
    assert resolve_value("next year", D.max) is None
    assert resolve("yesterday", D.max) == D.max - datetime.timedelta(days=1)


def test_date_value_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="before its start"):
        DateValue(start=TUESDAY, end=D(2018, 7, 1), granularity="day")


# --- caching and lazy import ----------------------------------------------------------


def test_results_are_cached_on_the_normalised_expression() -> None:
    first = resolve_value("Thursday", TUESDAY, tense="past")
    second = resolve_value("  THURSDAY. ", TUESDAY, tense="past")
    assert first is second
    info = dates._resolve_normalised.cache_info()
    assert (info.hits, info.misses) == (1, 1)
    assert resolve_value("Thursday", TUESDAY, tense="future") != first


def test_dateparser_is_called_once_per_key(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = dates._dateparser_range

    def counting(text: str, reference: D, tense: dates.Tense) -> object:
        calls.append(text)
        return real(text, reference, tense)

    monkeypatch.setattr(dates, "_dateparser_range", counting)
    for _ in range(3):
        assert resolve("12/07/2018", TUESDAY) == D(2018, 12, 7)
    assert resolve("Thursday", TUESDAY) == D(2018, 7, 5)  # the rules answer, no fallback
    assert calls == ["12/07/2018"]


def test_import_newsfacts_does_not_import_dateparser() -> None:
    code = (
        "import newsfacts, newsfacts.dates, datetime, sys\n"
        "assert 'dateparser' not in sys.modules\n"
        "newsfacts.dates.resolve('Thursday', datetime.date(2018, 7, 3))\n"
        "assert 'dateparser' not in sys.modules, 'rules alone must not load dateparser'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_article_resolve_date_uses_the_resolver() -> None:
    from newsfacts.article import Article

    article = Article(text="Talks resumed.", published=TUESDAY)
    assert article.resolve_date("Thursday", tense="past") == D(2018, 6, 28)
    assert article.resolve_date("last month") is None


@pytest.mark.parametrize(
    ("expression", "tense", "start", "end"),
    [
        ("from Thursday to Saturday", "future", D(2018, 7, 5), D(2018, 7, 7)),
        ("Thursday through Saturday", "future", D(2018, 7, 5), D(2018, 7, 7)),
        ("between Friday and Monday", "future", D(2018, 7, 6), D(2018, 7, 9)),
        ("July 5-7", "auto", D(2018, 7, 5), D(2018, 7, 7)),
        ("5-7 July 2018", "auto", D(2018, 7, 5), D(2018, 7, 7)),
        ("from Monday until Wednesday", "past", D(2018, 7, 2), D(2018, 7, 4)),
        ("Dec. 30 to Jan. 2", "future", D(2018, 12, 30), D(2019, 1, 2)),
        ("Thursday", "future", D(2018, 7, 5), D(2018, 7, 5)),
    ],
)
def test_resolve_range(expression: str, tense: dates.Tense, start: D, end: D) -> None:
    value = dates.resolve_range(expression, TUESDAY, tense=tense)
    assert value is not None
    assert (value.start, value.end, value.granularity) == (start, end, "day")


@pytest.mark.parametrize("expression", ["last month", "banana", "Saturday to Thursday x y z" * 20])
def test_resolve_range_refuses_what_is_not_days(expression: str) -> None:
    assert dates.resolve_range(expression, TUESDAY) is None


def test_rules_only_never_loads_dateparser() -> None:
    code = (
        "import sys, datetime\n"
        "from newsfacts import dates\n"
        "dates.resolve_value('the first of the fiscal quarter 2018', datetime.date(2018, 7, 3),"
        " rules_only=True)\n"
        "dates.resolve_range('from Monday until Wednesday', datetime.date(2018, 7, 3))\n"
        "assert 'dateparser' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
