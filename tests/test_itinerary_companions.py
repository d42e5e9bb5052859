"""Companions of a traveller: on the stops the text puts them on, not on the whole journey."""

from __future__ import annotations

import newsfacts
from newsfacts.extractors.itineraries import find_itineraries
from newsfacts.records import Itinerary

PUBLISHED = "2018-03-06"


def _legs(text: str) -> dict[str | None, list[str]]:
    found: list[Itinerary] = find_itineraries(newsfacts.parse(text, published=PUBLISHED))
    for trip in found:
        for leg in trip.legs:
            assert leg.place_span.of(text) == leg.place
    return {trip.traveler: [leg.place for leg in trip.legs] for trip in found}


def test_a_companion_named_on_one_stop_travels_that_stop_only() -> None:
    legs = _legs(
        "TOKYO, March 6 (AP) -- Trade Minister Ana Ruiz, accompanied by Deputy Minister Bo Li, "
        "arrived in Tokyo on Monday. Ruiz will travel to Seoul on Wednesday.\n"
    )
    assert legs == {"Ana Ruiz": ["Tokyo", "Seoul"], "Bo Li": ["Tokyo"]}


def test_they_takes_the_companion_on_to_the_next_stop() -> None:
    legs = _legs(
        "TOKYO, March 6 (AP) -- Trade Minister Ana Ruiz and Deputy Minister Bo Li arrived in "
        "Tokyo on Monday. They will fly to Seoul on Wednesday.\n"
    )
    assert legs == {"Ana Ruiz": ["Tokyo", "Seoul"], "Bo Li": ["Tokyo", "Seoul"]}


def test_a_companion_of_the_whole_tour_gets_all_of_it() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- Trade Minister Ana Ruiz and Deputy Minister Bo Li left on "
        "Monday for a tour of Japan, South Korea and China.\n"
    )
    assert legs["Bo Li"] == legs["Ana Ruiz"] == ["Japan", "South Korea", "China"]


def test_an_escort_in_apposition_goes_along_with_the_subject() -> None:
    for cue in ("accompanied by", "along with", "together with", "joined by"):
        legs = _legs(
            f"OSLO, March 6 (AP) -- Trade Minister Ana Ruiz, {cue} Deputy Minister Bo Li, "
            "will visit Japan next week.\n"
        )
        assert legs == {"Ana Ruiz": ["Japan"], "Bo Li": ["Japan"]}, cue


def test_every_escort_of_a_list_goes_along() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- Trade Minister Ana Ruiz, accompanied by Deputy Minister Bo Li "
        "and Finance Minister Tom Hale, will visit Japan next week.\n"
    )
    assert legs == {"Ana Ruiz": ["Japan"], "Bo Li": ["Japan"], "Tom Hale": ["Japan"]}


def test_a_spouse_named_after_the_traveller_goes_along() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- President Karl Berg and his wife Helga Berg will visit Japan "
        "next week.\n"
    )
    assert legs == {"Karl Berg": ["Japan"], "Helga Berg": ["Japan"]}


def test_a_delegation_in_apposition_leaves_the_leader_the_traveller() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- Trade Minister Ana Ruiz, with a delegation of 40 business "
        "leaders, arrived in Tokyo on Monday.\n"
    )
    assert legs == {"Ana Ruiz": ["Tokyo"]}


def test_a_person_met_along_with_others_is_no_companion() -> None:
    legs = _legs(
        "TOKYO, March 6 (AP) -- Trade Minister Ana Ruiz arrived in Tokyo on Monday and met "
        "Premier Ken Sato, along with Deputy Minister Bo Li.\n"
    )
    assert legs == {"Ana Ruiz": ["Tokyo"]}


def test_a_kin_in_apposition_after_the_escort_cue_goes_along() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- President Karl Berg, accompanied by his wife, Helga Berg, "
        "arrived in Tokyo on Monday.\n"
    )
    assert legs == {"Karl Berg": ["Tokyo"], "Helga Berg": ["Tokyo"]}


def test_a_fronted_escort_phrase_leaves_the_subject_after_it_the_traveller() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- Accompanied by Deputy Minister Bo Li, President Karl Berg "
        "arrived in Tokyo on Monday.\n"
    )
    assert legs == {"Karl Berg": ["Tokyo"], "Bo Li": ["Tokyo"]}


def test_with_right_after_the_journey_names_a_companion() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- President Karl Berg arrived in Tokyo on Monday with his wife "
        "Helga Berg.\n"
    )
    assert legs == {"Karl Berg": ["Tokyo"], "Helga Berg": ["Tokyo"]}


def test_with_after_a_purpose_names_a_counterpart() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- President Karl Berg flew to Tokyo on Monday to meet with "
        "Premier Ken Sato.\n"
    )
    assert legs == {"Karl Berg": ["Tokyo"]}


def test_a_counterpart_described_before_the_name_goes_along() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- President Karl Berg, along with his Finnish counterpart Lena "
        "Virtanen, will visit Japan next week.\n"
    )
    assert legs == {"Karl Berg": ["Japan"], "Lena Virtanen": ["Japan"]}


def test_travelling_with_someone_to_a_place_takes_them_along() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- President Karl Berg traveled with his wife Helga Berg to Tokyo "
        "on Monday.\n"
    )
    assert legs == {"Karl Berg": ["Tokyo"], "Helga Berg": ["Tokyo"]}


def test_accompanying_someone_to_a_place_is_a_journey_for_both() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- Deputy Minister Bo Li will accompany President Karl Berg to "
        "Tokyo next week.\n"
    )
    assert legs == {"Bo Li": ["Tokyo"], "Karl Berg": ["Tokyo"]}


def test_going_with_a_plan_is_no_journey() -> None:
    legs = _legs(
        "OSLO, March 6 (AP) -- President Karl Berg went with the plan to Tokyo talks, Deputy "
        "Minister Bo Li said.\n"
    )
    assert legs == {}
