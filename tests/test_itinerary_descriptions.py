"""Travellers named by description in wire copy: *the secretary*, *the visiting minister*."""

from __future__ import annotations

import newsfacts
from newsfacts.extractors.itineraries import find_itineraries

PUBLISHED = "2018-03-06"
_FILLER = "Sato said ties were strong. He praised the trade deal. Exports rose 5 percent. "


def _trips(text: str) -> dict[str | None, list[str]]:
    found = find_itineraries(newsfacts.parse(text, published=PUBLISHED))
    for trip in found:
        for leg in trip.legs:
            assert leg.place_span.of(text) == leg.place
    return {trip.traveler: [leg.place for leg in trip.legs] for trip in found}


def test_the_visiting_minister_is_the_guest_not_the_host() -> None:
    text = (
        "TOKYO, March 6 (AP) -- Premier Ken Sato welcomed Foreign Minister Ana Ruiz of Norway "
        f"on Monday. {_FILLER}The visiting minister will fly to Osaka on Wednesday.\n"
    )
    assert _trips(text) == {"Ana Ruiz": ["Osaka"]}


def test_a_title_head_picks_the_person_with_that_title() -> None:
    text = (
        "TOKYO, March 6 (AP) -- Foreign Minister Ana Ruiz of Norway met Premier Ken Sato on "
        f"Monday. {_FILLER}The minister will fly to Osaka on Wednesday.\n"
    )
    assert _trips(text) == {"Ana Ruiz": ["Osaka"]}


def test_the_top_diplomat_is_the_titled_person_named_last() -> None:
    text = (
        "WASHINGTON, March 6 (AP) -- Secretary of State Ana Ruiz met reporters on Monday. "
        "The top US diplomat will travel to Tokyo on Friday.\n"
    )
    assert _trips(text) == {"Ana Ruiz": ["Tokyo"]}


def test_a_description_nobody_holds_names_no_traveller() -> None:
    text = (
        "TOKYO, March 6 (AP) -- Premier Ken Sato said on Monday that exports rose. "
        "The minister will fly to Osaka on Wednesday.\n"
    )
    assert _trips(text) == {}


def test_the_delegation_is_the_group_that_travelled_before() -> None:
    text = (
        "TOKYO, March 6 (AP) -- A Norwegian trade delegation led by Trade Minister Ana Ruiz "
        f"arrived in Tokyo on Monday. {_FILLER}The delegation will travel to Seoul on Thursday.\n"
    )
    assert _trips(text) == {"Ana Ruiz": ["Tokyo", "Seoul"]}


def test_a_far_delegation_with_no_group_before_is_nobody() -> None:
    text = (
        "TOKYO, March 6 (AP) -- Premier Ken Sato opened a trade fair on Monday. "
        f"{_FILLER}The delegation will travel to Seoul on Thursday.\n"
    )
    assert _trips(text) == {}


def test_a_description_after_a_fronted_phrase_is_the_subject() -> None:
    text = (
        "TOKYO, March 6 (AP) -- Foreign Minister Ana Ruiz of Norway held talks with Premier "
        "Ken Sato on Monday. On Tuesday, the visiting minister flew to Osaka.\n"
    )
    assert _trips(text) == {"Ana Ruiz": ["Osaka"]}


def test_a_description_reported_after_said_is_the_subject() -> None:
    text = (
        "TOKYO, March 6 (AP) -- Foreign Minister Ana Ruiz of Norway held talks with Premier "
        "Ken Sato on Monday. Sato said the visiting minister will fly to Osaka on Wednesday.\n"
    )
    assert _trips(text) == {"Ana Ruiz": ["Osaka"]}
