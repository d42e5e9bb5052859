"""The recognizer on words that look like names and are not: web furniture and photo
credits, dates, adjectives of peoples and faiths, products, titles across *and*, and the
parts of a firm's name."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.entities.mentions import RuleRecognizer
from newsfacts.records import Mention


def _mentions(body: str) -> list[Mention]:
    article = newsfacts.parse("Headline\n\n" + body + "\n")
    return list(RuleRecognizer().recognize(article))


def _found(body: str, category: str) -> list[str]:
    return [m.text for m in _mentions(body) if m.category == category]


@pytest.mark.parametrize(
    "line",
    [
        "Article Continued Below",
        "Story continues below advertisement",
        "FILE PHOTO",
        "WATCH: Crews battle the fire",
        "READ MORE: Council votes again",
    ],
)
def test_web_furniture_is_no_one(line: str) -> None:
    body = f"Mayor Ann Reid opened the rink on Monday.\n\n{line}\n\nThe rink cost $4 million."
    found = _mentions(body)
    assert [m.text for m in found if m.category in {"person", "organization"}] == ["Mayor Ann Reid"]


def test_a_photographer_credited_after_an_agency_is_no_one_of_the_story() -> None:
    body = (
        "Premier Lou Hart speaks in Regina, Jan. 5, 2019. THE CANADIAN PRESS/Dale Moss\n\n"
        "Hart said the budget would balance. (Instagram/Kira Bell)"
    )
    people = _found(body, "person")
    assert "Premier Lou Hart" in people
    assert "Dale Moss" not in people
    assert "Kira Bell" not in people


def test_the_subject_of_a_file_photo_is_a_person() -> None:
    body = "FILE PHOTO: Tom Rowe speaks in Halifax on Monday."
    assert _found(body, "person") == ["Tom Rowe"]


def test_a_label_inside_a_run_ends_before_the_name() -> None:
    body = "(Pat Lynn / AFP via Getty Images Omar Sayed at the ceremony)"
    assert "Omar Sayed" in _found(body, "person")
    assert not any("Images" in name for name in _found(body, "person"))


def test_months_that_are_given_names_are_dates_before_a_number_or_after_a_preposition() -> None:
    body = (
        "The envoy will arrive in Lisbon April 13 for the June Berlin summit. "
        "Since May Dublin has waited. June Carter, a singer, disagreed."
    )
    assert _found(body, "person") == ["June Carter"]
    assert _found(body, "place") == ["Lisbon", "Berlin", "Dublin"]


def test_adjectives_of_peoples_and_faiths_open_no_name() -> None:
    body = (
        "Black Rail Porters unionised in 1917, Rev. Ada Nune said. Black workers were "
        "barred. Buddhist Temple Guards marched. Indigenous Studies grew. Actor Jack Black "
        "was there."
    )
    people = _found(body, "person")
    assert "Rev. Ada Nune" in people
    assert "Actor Jack Black" in people
    assert not any(name.startswith(("Black", "Buddhist", "Indigenous")) for name in people)


def test_products_and_titles_of_works_are_no_people() -> None:
    body = (
        "Shoppers earn Club Plus Points on every visit. The film Would Be King opened, and "
        "Got Me Fired followed."
    )
    assert _found(body, "person") == []


def test_a_title_does_not_reach_across_and_into_the_name_before_it() -> None:
    body = "King Faisal III of Jordan and Queen Maria II opened the bridge."
    people = [(m.text, m.titles) for m in _mentions(body) if m.category == "person"]
    assert people == [("King Faisal III", ("King",)), ("Queen Maria II", ("Queen",))]
    body = "Jane Roe and Minister of Trade and Industry Sam Ode spoke."
    titled = [m for m in _mentions(body) if m.name == "Sam Ode"]
    assert titled[0].titles == ("Minister of Trade and Industry",)


def test_a_word_of_a_firm_named_after_people_is_the_firm_not_a_town() -> None:
    body = "Analyst Lee Moss of Kidder Peabody said the bid was low. Peabody declined to comment."
    found = _mentions(body)
    assert ("organization", "Peabody") in [(m.category, m.text) for m in found]
    assert ("place", "Peabody") not in [(m.category, m.text) for m in found]
