"""Datelines: every wire style, exact spans, year inference, and the traps that are not one."""

from __future__ import annotations

import datetime

import pytest

from newsfacts.dateline import find_dateline, month_number
from newsfacts.records import Dateline

D = datetime.date


def assert_spans(text: str, line: Dateline) -> None:
    assert line.span.of(text) == line.text
    for span, value in (
        (line.place_span, line.place),
        (line.date_span, line.date_text),
        (line.agency_span, None),
    ):
        if span is not None and value is not None:
            assert span.of(text) == value
    if line.place_span is not None:
        assert line.span.contains(line.place_span)
    if line.agency_span is not None:
        assert line.span.contains(line.agency_span)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "SEOUL, July 3 (Yonhap) -- Envoys met on Tuesday.",
            D(2018, 7, 3),
            ("SEOUL, July 3 (Yonhap) --", "SEOUL", None, D(2018, 7, 3), "Yonhap"),
        ),
        (
            "Ports reopen\n\nWASHINGTON (AP) — The ports reopened.",
            None,
            ("WASHINGTON (AP) —", "WASHINGTON", None, None, "AP"),
        ),
        (
            "By MARY ROE\nAssociated Press Writer\n\nNAIROBI, Kenya (AP) _ Rain fell.",
            D(1998, 8, 18),
            ("NAIROBI, Kenya (AP) _", "NAIROBI, Kenya", "Kenya", None, "AP"),
        ),
        (
            "Fair opens\n\nBEIJING, Nov. 26, 2005 (Xinhua) -- A fair opened.",
            D(2005, 11, 27),
            ("BEIJING, Nov. 26, 2005 (Xinhua) --", "BEIJING", None, D(2005, 11, 26), "Xinhua"),
        ),
        (
            "Talks end\n\nTOKYO, April 3, 1997 (AFP) - Talks ended.",
            None,
            ("TOKYO, April 3, 1997 (AFP) -", "TOKYO", None, D(1997, 4, 3), "AFP"),
        ),
        (
            "NEW MILL OPENS\n    By Jan Kos, Reuters\n    WARSAW, March 26 - A mill opened\nin the"
            " south.\n Reuter\n",
            D(1987, 3, 26),
            ("WARSAW, March 26 -", "WARSAW", None, D(1987, 3, 26), None),
        ),
        (
            "MIAMI _ The crowd waited outside the court.",
            D(2000, 4, 3),
            ("MIAMI _", "MIAMI", None, None, None),
        ),
        (
            "SAN FRANCISCO, Sept. 9 (UPI) -- Fog rolled in.",
            D(1990, 9, 10),
            ("SAN FRANCISCO, Sept. 9 (UPI) --", "SAN FRANCISCO", None, D(1990, 9, 9), "UPI"),
        ),
        (
            "RIO DE JANEIRO, Feb 3 - Samba schools rehearsed.",
            D(1987, 2, 3),
            ("RIO DE JANEIRO, Feb 3 -", "RIO DE JANEIRO", None, D(1987, 2, 3), None),
        ),
        (
            "    ST. LOUIS, Mo., Feb. 3 - A brewer said it grew.",
            D(1987, 2, 3),
            ("ST. LOUIS, Mo., Feb. 3 -", "ST. LOUIS, Mo.", "Mo.", D(1987, 2, 3), None),
        ),
        (
            "PORT-AU-PRINCE, Haiti (AP) -- Crowds gathered.",
            None,
            ("PORT-AU-PRINCE, Haiti (AP) --", "PORT-AU-PRINCE, Haiti", "Haiti", None, "AP"),
        ),
        (
            "SAN JOSE, Calif., Friday, May 5 (AP) -- Chips sold.",
            D(2000, 5, 5),
            (
                "SAN JOSE, Calif., Friday, May 5 (AP) --",
                "SAN JOSE, Calif.",
                "Calif.",
                D(2000, 5, 5),
                "AP",
            ),
        ),
        (
            "    OSLO, 2 March - The central bank held rates.",
            D(1987, 3, 2),
            ("OSLO, 2 March -", "OSLO", None, D(1987, 3, 2), None),
        ),
        (
            "    DENVER, Colo. March 11, Reuter - A mine closed.",
            D(1987, 3, 11),
            (
                "DENVER, Colo. March 11, Reuter -",
                "DENVER, Colo.",
                "Colo.",
                D(1987, 3, 11),
                "Reuters",
            ),
        ),
    ],
)
def test_wire_styles(
    text: str,
    published: datetime.date | None,
    expected: tuple[str, str, str | None, datetime.date | None, str | None],
) -> None:
    line = find_dateline(text, published=published)
    assert line is not None
    assert (line.text, line.place, line.region, line.date, line.agency) == expected
    assert_spans(text, line)


def test_fields_and_spans_of_a_full_line() -> None:
    text = "Headline here\n\nNAIROBI, Kenya, Aug. 7 (AP) -- Blasts shook the city."
    line = find_dateline(text, published=D(1998, 8, 7))
    assert line is not None
    assert (line.city, line.region, line.month, line.day) == ("NAIROBI", "Kenya", 8, 7)
    assert line.date_text == "Aug. 7"
    assert line.year_source == "published"
    assert line.agency_span is not None
    assert line.agency_span.of(text) == "AP"
    assert line.span.start == text.index("NAIROBI")
    assert text[line.span.end - 2 : line.span.end] == "--"


def test_undated_line_is_a_dateline_without_place_or_date() -> None:
    text = "BOY STAYS\n\nBy KIM ROE\nc.2000 Houston Chronicle\n\n(Undated)\n\nThe boy stays."
    line = find_dateline(text, published=D(2000, 6, 1))
    assert line is not None
    assert (line.text, line.place, line.date) == ("(Undated)", None, None)
    assert_spans(text, line)


@pytest.mark.parametrize(
    ("text", "date_text", "expected"),
    [
        ("July 3, 2018\nThe minister will travel on Thursday.", "July 3, 2018", D(2018, 7, 3)),
        (
            "Comet seen\n\nFriday, August 21, 2015\n\nA comet was seen.",
            "Friday, August 21, 2015",
            D(2015, 8, 21),
        ),
    ],
)
def test_date_alone_on_its_line(text: str, date_text: str, expected: datetime.date) -> None:
    line = find_dateline(text, published=None)
    assert line is not None
    assert (line.place, line.date_text, line.date, line.year_source) == (
        None,
        date_text,
        expected,
        "dateline",
    )
    assert_spans(text, line)


def test_relay_header_on_the_same_line_gives_way_to_the_inner_dateline() -> None:
    text = "BEIJING, Nov. 15, 2006 (Xinhua) -- QINGDAO, Shandong, Nov. 15 (Xinhua) --A ship docked."
    line = find_dateline(text, published=D(2006, 11, 15))
    assert line is not None
    assert (line.place, line.region, line.text) == (
        "QINGDAO, Shandong",
        "Shandong",
        "QINGDAO, Shandong, Nov. 15 (Xinhua) --",
    )
    assert_spans(text, line)


def test_relay_header_above_the_story_gives_way_to_the_inner_dateline() -> None:
    text = (
        "monks' band\n\nGAZA, Nov. 14, 2005 (Xinhua) -- Feature: Monks revive a temple band\n\n"
        "By Li Wen\n\nLUOYANG, Henan, Nov. 14 (Xinhua) -- The monks rehearse daily.\n"
    )
    line = find_dateline(text, published=D(2005, 11, 14))
    assert line is not None
    assert line.city == "LUOYANG"
    assert line.date == D(2005, 11, 14)


def test_headline_that_looks_like_a_bare_dateline_yields_to_the_real_one() -> None:
    text = "MARKET WATCH - SHARES EASE\n    LONDON, March 4 - Shares eased on\nprofit taking.\n"
    line = find_dateline(text, published=D(1987, 3, 4))
    assert line is not None
    assert line.place == "LONDON"


class TestYear:
    def test_from_the_line_itself(self) -> None:
        line = find_dateline("OSLO, Jan. 2, 1999 (AFP) - Snow.", published=D(2005, 6, 1))
        assert line is not None
        assert (line.date, line.year_source) == (D(1999, 1, 2), "dateline")

    def test_from_published_when_the_line_has_none(self) -> None:
        line = find_dateline("OSLO, Jan. 2 (AFP) - Snow.", published=D(2005, 1, 3))
        assert line is not None
        assert (line.date, line.year_source) == (D(2005, 1, 2), "published")

    def test_december_dateline_published_in_january_is_the_year_before(self) -> None:
        line = find_dateline("OSLO, Dec 31 - Fireworks.", published=D(1988, 1, 1))
        assert line is not None
        assert line.date == D(1987, 12, 31)

    def test_january_dateline_published_in_december_is_the_year_after(self) -> None:
        line = find_dateline("OSLO, Jan 1 - Fireworks.", published=D(1987, 12, 31))
        assert line is not None
        assert line.date == D(1988, 1, 1)

    def test_without_published_month_and_day_are_kept(self) -> None:
        line = find_dateline("SEOUL, July 3 (Yonhap) -- Talks.", published=None)
        assert line is not None
        assert (line.date, line.month, line.day, line.year_source) == (None, 7, 3, None)

    def test_impossible_day_keeps_what_was_printed(self) -> None:
        text = "    BOSTON, Feb 30 - A bank said it grew."
        line = find_dateline(text, published=D(1987, 2, 28))
        assert line is not None
        assert (line.date, line.month, line.day, line.date_text) == (None, 2, 30, "Feb 30")
        assert line.place == "BOSTON"

    def test_month_without_day(self) -> None:
        line = find_dateline("    CHICAGO, April - Jobs grew.", published=D(1987, 4, 1))
        assert line is not None
        assert (line.place, line.month, line.day, line.date) == ("CHICAGO", 4, None, None)

    def test_misspelt_month_is_read(self) -> None:
        line = find_dateline("    DALLAS, Marhc 9 - Oil rose.", published=D(1987, 3, 9))
        assert line is not None
        assert line.date == D(1987, 3, 9)


@pytest.mark.parametrize(
    "text",
    [
        "MALAYSIA's push into the information age comes at a good time for its firms.",
        "Tokyo, the capital, said on Monday it would widen its roads.",
        "Ports reopen\n\nThe ports reopened on Monday, officials said, after a long strike"
        " that lasted for weeks and cost the region dearly.\n\nWASHINGTON (AP) -- Late item.",
        "Shares fall\n\nShares fell on Monday.\n",
        "",
        "GRAIN PRICES - APR 7\n    WHEAT - 129.50 up 1.50 Jly 130.00\n",
        "U.S. ANALYST MEETINGS - March 3\n Acme Corp - New York\n",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text, published=D(1987, 4, 7)) is None


def test_a_capitalised_place_in_the_body_is_not_a_dateline() -> None:
    text = "Ports reopen\n\nOfficials said on Monday that NEW YORK - and other ports - reopened."
    assert find_dateline(text, published=None) is None


def test_only_a_bounded_head_is_read() -> None:
    text = "x" * 2_000_000 + "\nLONDON, March 3 - Late.\n"
    assert find_dateline(text, published=None) is None
    many_lines = "Notes\n" * 100 + "LONDON, March 3 - Late.\n"
    assert find_dateline(many_lines, published=None) is None


def test_month_number() -> None:
    assert [month_number(word) for word in ("Jan", "sept.", "December", "Foo")] == [1, 9, 12, None]
