"""Travellers and statuses the wire phrasings hide: kin named elsewhere, time clauses,
readiness reported in the past."""

from __future__ import annotations

import newsfacts
from newsfacts.extractors.itineraries import find_itineraries

PUBLISHED = "2018-03-06"


def _trips(text: str) -> dict[str | None, tuple[str, list[str]]]:
    found = find_itineraries(newsfacts.parse(text, published=PUBLISHED))
    for trip in found:
        for leg in trip.legs:
            assert leg.place_span.of(text) == leg.place
    return {trip.traveler: (trip.status, [leg.place for leg in trip.legs]) for trip in found}


def test_a_kin_named_elsewhere_goes_along() -> None:
    text = (
        "NEW YORK, March 6 (AP) -- Ali Hassan, 14, won the science prize last week. On "
        "Wednesday, Hassan and his father are to travel to Geneva. His father Omar Hassan "
        "said the family was proud.\n"
    )
    trips = _trips(text)
    assert trips["Omar Hassan"] == trips["Ali Hassan"] == ("planned", ["Geneva"])


def test_a_kin_the_story_never_names_adds_nobody() -> None:
    text = (
        "NEW YORK, March 6 (AP) -- Ali Hassan, 14, won the science prize last week. On "
        "Wednesday, Hassan and his father are to travel to Geneva.\n"
    )
    assert list(_trips(text)) == ["Ali Hassan"]


def test_a_kin_subject_after_a_reporting_verb_is_the_kin_named_elsewhere() -> None:
    text = (
        "HAVANA, March 6 (AP) -- President Luis Ortega said the boy's father has offered to "
        "travel alone to Spain to pick up his son. Ortega read a letter from the boy's "
        "father, Carlos Ruiz.\n"
    )
    assert _trips(text) == {"Carlos Ruiz": ("planned", ["Spain"])}


def test_a_kin_subject_with_two_candidates_is_nobody() -> None:
    text = (
        "HAVANA, March 6 (AP) -- President Luis Ortega said the boy's father has offered to "
        "travel alone to Spain. His father, Carlos Ruiz, and her father, Juan Gil, met.\n"
    )
    assert "Luis Ortega" not in _trips(text)
    assert "Carlos Ruiz" not in _trips(text)


def test_a_present_verb_in_a_time_clause_under_would_is_planned() -> None:
    text = (
        "MIAMI, March 6 (AP) -- Officials said the boy would be handed over once Carlos Ruiz "
        "arrives in Spain.\n"
    )
    assert _trips(text)["Carlos Ruiz"][0] == "planned"


def test_a_present_verb_without_a_time_clause_is_under_way() -> None:
    text = "MIAMI, March 6 (AP) -- Trade Minister Carlos Ruiz arrives in Spain today.\n"
    assert _trips(text)["Carlos Ruiz"][0] == "ongoing"


def test_readiness_reported_in_the_past_is_a_plan() -> None:
    text = (
        "MIAMI, March 6 (AP) -- Ortega announced last week that Trade Minister Carlos Ruiz "
        "was ready to travel to Spain.\n"
    )
    assert _trips(text)["Carlos Ruiz"] == ("planned", ["Spain"])


def test_readiness_in_a_condition_is_no_plan() -> None:
    text = (
        "MADRID, March 6 (AP) -- If Trade Minister Carlos Ruiz was ready to travel to Spain, "
        "he would have said so.\n"
    )
    assert _trips(text).get("Carlos Ruiz", ("hypothetical",))[0] != "planned"


def test_the_arrival_of_a_person_names_the_traveller_by_of() -> None:
    text = (
        "BEIJING, March 6 (AP) -- With the arrival of Zambian President Tom Banda in Harbin "
        "on Monday, all 40 delegations have arrived for the summit.\n"
    )
    assert _trips(text) == {"Tom Banda": ("ongoing", ["Harbin"])}


def test_the_touchdown_of_the_plane_carrying_a_person_is_their_arrival() -> None:
    text = (
        "BEIJING, March 6 (AP) -- With the touchdown of the airplane carrying Zambian President "
        "Tom Banda at Beijing airport on Monday evening, all 40 delegations have arrived.\n"
    )
    trip = find_itineraries(newsfacts.parse(text, published=PUBLISHED))[0]
    assert (trip.traveler, trip.status, trip.legs[0].country) == ("Tom Banda", "ongoing", "CN")
    assert str(trip.legs[0].start) == "2018-03-05"


def test_a_fronted_arrival_takes_the_future_of_its_main_clause() -> None:
    text = (
        "BEIJING, March 6 (AP) -- After the arrival of Zambian President Tom Banda in Harbin "
        "on Monday, he will meet Premier Li Wen.\n"
    )
    assert _trips(text)["Tom Banda"][0] == "planned"


def test_the_arrival_of_a_season_is_no_trip() -> None:
    text = "BEIJING, March 6 (AP) -- With the arrival of spring in Harbin, tourists came back.\n"
    assert _trips(text) == {}


def test_the_owner_of_a_plane_that_lands_travels() -> None:
    text = (
        "BEIJING, March 6 (AP) -- Zambian President Tom Banda's plane touched down in Harbin "
        "on Monday.\n"
    )
    assert _trips(text) == {"Tom Banda": ("ongoing", ["Harbin"])}


def test_a_building_for_an_organisation_names_its_place() -> None:
    text = (
        "OSLO, March 6 (AP) -- Trade Minister Carlos Ruiz traveled back to a management "
        "building for the company in Lyon on Monday.\n"
    )
    assert _trips(text)["Carlos Ruiz"][1] == ["Lyon"]


def test_going_back_to_work_is_no_trip() -> None:
    text = (
        "OSLO, March 6 (AP) -- Embassy staff in Bergen have gone back to work, Trade "
        "Minister Carlos Ruiz said.\n"
    )
    assert _trips(text) == {}


def test_a_name_ending_in_an_is_no_article_before_a_date() -> None:
    text = (
        "BEIJING, March 6 (AP) -- Prime Minister Bat Erdene arrived in Xi'an on March 4 after "
        "visits to Harbin and Urumqi.\n"
    )
    (trip,) = find_itineraries(newsfacts.parse(text, published=PUBLISHED))
    assert [(leg.place, str(leg.start)) for leg in trip.legs][-1] == ("Xi'an", "2018-03-04")


def test_the_arrival_day_starts_a_stop_a_later_visit_day_was_given_for() -> None:
    text = (
        "HARBIN, March 6 (AP) -- Prime Minister Bat Erdene on Monday visited Harbin, the "
        "provincial capital. The prime minister arrived in Harbin on Sunday.\n"
    )
    (trip,) = find_itineraries(newsfacts.parse(text, published=PUBLISHED))
    assert [(leg.place, str(leg.start)) for leg in trip.legs] == [("Harbin", "2018-03-04")]


def _starts(text: str) -> dict[str | None, list[str]]:
    found = find_itineraries(newsfacts.parse(text, published=PUBLISHED))
    return {trip.traveler: [str(leg.start) for leg in trip.legs] for trip in found}


def test_a_day_of_another_actors_verb_after_a_trip_noun_is_not_the_trips() -> None:
    text = (
        "OSLO, March 6 (AP) -- Just ahead of Trade Minister Carlos Ruiz's trip to Lyon, the "
        "Foreign Ministry on Sunday issued a travel warning.\n"
    )
    assert _starts(text) == {"Carlos Ruiz": ["None"]}


def test_a_day_after_the_travellers_own_name_is_the_trips() -> None:
    text = (
        "OSLO, March 6 (AP) -- The visit of Trade Minister Carlos Ruiz to Lyon on March 2 was "
        "a success.\n"
    )
    assert _starts(text) == {"Carlos Ruiz": ["2018-03-02"]}
