"""Agency credits: dateline, byline, service line and foot; never an agency named in a sentence."""

from __future__ import annotations

import pytest

from newsfacts.agencies import AGENCIES, canonical_agency
from newsfacts.dateline import find_dateline
from newsfacts.records import Byline, SourceTag, Span
from newsfacts.sources import credited_agency, find_source_tags


def tags_of(text: str, bylines: tuple[Byline, ...] = ()) -> list[tuple[str, str, str]]:
    tags = find_source_tags(text, dateline=find_dateline(text, published=None), bylines=bylines)
    assert_exact(text, tags)
    return [(tag.text, tag.agency, tag.position) for tag in tags]


def assert_exact(text: str, tags: tuple[SourceTag, ...]) -> None:
    for tag in tags:
        assert tag.span.of(text) == tag.text
    assert list(tags) == sorted(tags, key=lambda tag: tag.span)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("(AP)", "AP"),
        ("The Associated Press", "AP"),
        ("Reuter", "Reuters"),
        ("REUTERS", "Reuters"),
        ("Agence France-Presse", "AFP"),
        ("(Xinhau)", "Xinhua"),
        ("Yonhap News Agency", "Yonhap"),
        ("United Press International", "UPI"),
        ("Kyodo News", "Kyodo"),
        ("ITAR-TASS", "TASS"),
        ("N.Y. Times News Service", "NYT"),
        ("The New York Times", "NYT"),
        ("The Wall Street Journal", "WSJ"),
        ("Cox News Service", "Cox News Service"),
        ("Bloomberg News", "Bloomberg"),
        ("Deutsche Presse-Agentur", "dpa"),
        ("ANSA", "ANSA"),
        ("EFE", "EFE"),
        ("Press Trust of India", "PTI"),
        ("Houston Chronicle", "Houston Chronicle"),
        ("Acme Widgets", None),
        ("", None),
    ],
)
def test_canonical_agency(raw: str, canonical: str | None) -> None:
    assert canonical_agency(raw) == canonical


def test_every_canonical_name_finds_itself() -> None:
    assert all(canonical_agency(name) == name for name in AGENCIES)


@pytest.mark.parametrize(
    ("org", "agency"),
    [
        ("Associated Press Writer", "AP"),
        ("Staff Reporter of The Wall Street Journal", "WSJ"),
        ("Staff Reporters of The Wall Street Journal", "WSJ"),
        ("Reuters", "Reuters"),
        ("Chief Economist", None),
    ],
)
def test_credited_agency(org: str, agency: str | None) -> None:
    assert credited_agency(org) == agency


def test_dateline_agency() -> None:
    text = "Dam opens\n\nCHENGDU, Nov. 2 (Xinhau) -- A dam opened on Wednesday.\n"
    assert tags_of(text) == [("Xinhau", "Xinhua", "dateline")]


def test_reuters_trailer_and_dateline_credit() -> None:
    text = (
        "STEEL OUTPUT RISES\n    PITTSBURGH, March 11, Reuter - Steel output rose\n"
        "in February, an industry group said.\n Reuter\n"
    )
    assert tags_of(text) == [("Reuter", "Reuters", "dateline"), ("Reuter", "Reuters", "foot")]


@pytest.mark.parametrize(
    ("foot", "printed", "agency"),
    [
        ("\n REUTER\n", "REUTER", "Reuters"),
        ("\n reuter...\n", "reuter", "Reuters"),
        ("\n REUTER E\n", "REUTER", "Reuters"),
        (" REUTER\n", "REUTER", "Reuters"),
        ("\n(Yonhap)\n", "Yonhap", "Yonhap"),
        (" (Yonhap)\n", "Yonhap", "Yonhap"),
        (" -- Xinhua\n", "Xinhua", "Xinhua"),
        ("\n-- Xinhua\n", "Xinhua", "Xinhua"),
        (" (AFP) (END)\n", "AFP", "AFP"),
    ],
)
def test_foot_trailers(foot: str, printed: str, agency: str) -> None:
    text = "Harvest ends\n\nFarmers finished the harvest early this year." + foot
    assert tags_of(text) == [(printed, agency, "foot")]


def test_end_marker_is_not_an_agency() -> None:
    text = "Harvest ends\n\nFarmers finished the harvest early this year. (END)\n"
    assert tags_of(text) == []


def test_trailer_below_an_end_marker() -> None:
    text = "Harvest ends\n\nFarmers finished the harvest.\n(Yonhap)\n(END)\n"
    assert tags_of(text) == [("Yonhap", "Yonhap", "foot")]


def test_agency_named_in_the_body_is_not_a_credit() -> None:
    text = (
        "Talks stall\n\nThe talks stalled on Monday, the Associated Press reported.\n\n"
        "Officials told Reuters the next round was off, AP said.\n"
    )
    assert tags_of(text) == []


def test_agency_at_the_end_of_a_sentence_is_not_a_trailer() -> None:
    text = "Talks stall\n\nThe minister said so in an interview with\nReuters.\n"
    assert tags_of(text) == []


def test_role_lines_in_the_head() -> None:
    text = "By JANE ROE\nAssociated Press Writer\n\nThe rain stopped on Friday.\n"
    assert tags_of(text) == [("Associated Press", "AP", "byline")]
    text = "By Jo Poe\nStaff Reporter of The Wall Street Journal\n\nStocks rose.\n"
    assert tags_of(text) == [("The Wall Street Journal", "WSJ", "byline")]


def test_service_lines_known_and_unknown() -> None:
    text = "BOY STAYS\n\nBy AL DOE\nc.2000 N.Y. Times News Service\n\nMIAMI _ The boy stays.\n"
    assert tags_of(text) == [("N.Y. Times News Service", "NYT", "service")]
    text = "BOY STAYS\n\nBy AL DOE\nc. 2000 The Tampa Ledger\n\nMIAMI _ The boy stays.\n"
    assert tags_of(text) == [("The Tampa Ledger", "Tampa Ledger", "service")]


def test_a_headline_opening_with_an_initial_is_not_a_service_line() -> None:
    text = "C. ITOH UNIT SETS PLAN\n    TOKYO, March 3 - A unit set a plan.\n"
    assert tags_of(text) == []


def test_byline_organisation_from_the_bylines_module() -> None:
    text = "By JANE ROE, Associated Press\n\nWASHINGTON (AP) -- Rain.\n"
    start = text.index("Associated")
    byline = Byline(
        span=Span(start=0, end=text.index("\n")),
        text=text[: text.index("\n")],
        organization="Associated Press",
        organization_span=Span(start=start, end=start + len("Associated Press")),
    )
    assert tags_of(text, (byline,)) == [
        ("Associated Press", "AP", "byline"),
        ("AP", "AP", "dateline"),
    ]


def test_service_line_given_as_a_byline_is_not_counted_twice() -> None:
    text = "By AL DOE\nc.2000 Cox News Service\n\nMIAMI _ The boy stays.\n"
    line_start = text.index("c.2000")
    org_start = text.index("Cox")
    byline = Byline(
        span=Span(start=line_start, end=text.index("\n", line_start)),
        text="c.2000 Cox News Service",
        organization="Cox News Service",
        organization_span=Span(start=org_start, end=org_start + len("Cox News Service")),
    )
    assert tags_of(text, (byline,)) == [("Cox News Service", "Cox News Service", "service")]


def test_no_credit_at_all() -> None:
    assert tags_of("Shares fell on Monday.\n") == []
    assert tags_of("") == []


def test_long_text_is_read_only_at_head_and_foot() -> None:
    text = "Notes\n\n" + "Reuter\n" * 50_000 + ("word " * 400) + "the end.\n"
    assert tags_of(text) == []
