"""The headline: the first line when it is a title, on fixtures in the wire styles."""

from __future__ import annotations

import pytest

from newsfacts.bylines import find_bylines
from newsfacts.headline import find_headline
from newsfacts.records import Dateline, Span


def _headline(text: str, dateline: Dateline | None = None) -> str | None:
    found = find_headline(text, dateline=dateline, bylines=find_bylines(text, dateline=dateline))
    if found is None:
        return None
    assert found.span.of(text) == found.text
    return found.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ferry service resumes\n\nOSLO (AP) -- Ferries ran again.\n", "Ferry service resumes"),
        (
            "COFFEE QUOTA TALKS RESUME\n    LONDON, March 2 - Talks resumed.\n",
            "COFFEE QUOTA TALKS RESUME",
        ),
        ("coffee talks resume\n    london, march 2 - talks resumed.\n", "coffee talks resume"),
        ("LOAN TALKS STALL.\n    PARIS, May 2 - Talks stalled.\n", "LOAN TALKS STALL."),
        ("\n\n  Ferry service resumes  \n\nFerries ran.\n", "Ferry service resumes"),
        ("Ferries return to U.S.\n\nFerries ran.\n", "Ferries return to U.S."),
        ("Ferry chief to visit Oslo Tues.\n\nFerries ran.\n", "Ferry chief to visit Oslo Tues."),
        ("Ferries run again (pictures)\n\nFerries ran.\n", "Ferries run again (pictures)"),
        ("Ferries run\nBy Ana Ruiz, Reuters\n\nOSLO - Ferries ran.\n", "Ferries run"),
        ("Ferry strike ends\n\nMonday, May 4, 2015\n\nThe strike ended.\n", "Ferry strike ends"),
    ],
)
def test_title_lines(text: str, expected: str) -> None:
    assert _headline(text) == expected


def test_afp_headline_stops_before_its_byline() -> None:
    text = (
        "Fishermen fear new rules on northern coast by Lucie Marchand\n\n"
        "BREST, France, April 3, 1997 (AFP) - Fishermen protested on Thursday.\n"
    )
    assert _headline(text) == "Fishermen fear new rules on northern coast"


@pytest.mark.parametrize(
    "text",
    [
        "By ANA RUIZ\nAssociated Press Writer\n\nOSLO (AP) _ Ferries ran.\n",
        "July 3, 2018\n\nSEOUL -- Talks resumed.\n",
        "Sunday, January 20, 2008\n\nTalks resumed.\n",
        "ATTENTION - ADDS details ///\nPARIS, Dec 7, 2005 - Talks resumed.\n",
        "= (PICTURE) =\nPARIS, Dec 7, 2005 - Talks resumed.\n",
        "Talks resumed on Tuesday, officials said.\n\nThey met again.\n",
        "Talks resumed. Officials met\n\nThey met again.\n",
        "Officials met on Tuesday and talked about the\nferry service, which had stopped.\n",
        "WASHINGTON _\nOfficials met on Tuesday.\n",
        "",
        "\n\n\n",
    ],
)
def test_not_a_headline(text: str) -> None:
    assert _headline(text) is None


def test_all_capitals_dateline_is_not_a_headline() -> None:
    text = "SEOUL, JULY 3 (YONHAP)\nTalks resumed on Tuesday.\n"
    dateline = Dateline(span=Span(start=0, end=22), text="SEOUL, JULY 3 (YONHAP)")
    assert _headline(text, dateline) is None


def test_headline_above_the_dateline_line() -> None:
    text = "TALKS RESUME\nSEOUL, JULY 3 (YONHAP) -- Talks resumed on Tuesday.\n"
    dateline = Dateline(span=Span(start=13, end=38), text=text[13:38])
    assert _headline(text, dateline) == "TALKS RESUME"


def test_long_first_line_without_spaces_is_no_headline() -> None:
    # pytest-timeout guards against a hang; here only the answer is checked.
    text = "x" * 1_000_000 + "\n\nBody.\n"
    assert _headline(text) is None


def test_headline_above_a_long_body_is_found() -> None:
    text = "Talks resume in Geneva\n\n" + "Talks went on. " * 200_000 + "\n"
    assert _headline(text) == "Talks resume in Geneva"
