"""Travel phrasings and statuses the itineraries extractor reads, on invented wire copy."""

from __future__ import annotations

import datetime

import newsfacts
from newsfacts.records import Itinerary
from newsfacts.testing import isolated_host

D = datetime.date
# 2018-03-06 is a Tuesday.
PUBLISHED = "2018-03-06"


def trips(text: str) -> list[Itinerary]:
    """The itineraries of ``text``; every leg's place span reads back its place."""
    with isolated_host(builtins=True):
        found = newsfacts.extract(newsfacts.parse(text, published=PUBLISHED), only="itineraries")
    result = [record for record in found if isinstance(record, Itinerary)]
    assert len(result) == len(found)
    for trip in result:
        for leg in trip.legs:
            assert leg.place_span.of(text) == leg.place
    return result


def places(trip: Itinerary) -> list[tuple[str, str | None]]:
    return [(leg.place, leg.country) for leg in trip.legs]


def test_a_manner_word_may_stand_between_the_verb_and_its_destination() -> None:
    story = (
        "LIMA, March 6 (AP) -- Trade Minister Rosa Quispe will travel alone today to Chile "
        "to sign the accord, her office said.\n"
    )
    (trip,) = trips(story)
    assert (trip.traveler, trip.status) == ("Rosa Quispe", "planned")
    assert places(trip) == [("Chile", "CL")]
    assert trip.legs[0].start == D(2018, 3, 6)


def test_travel_back_to_a_place_is_a_return_leg() -> None:
    story = (
        "MADRID, March 6 (AP) -- Economy Minister Pablo Ortega traveled back to Lisbon on "
        "Monday for a second round of talks, officials said.\n"
    )
    (trip,) = trips(story)
    assert trip.traveler == "Pablo Ortega"
    assert places(trip) == [("Lisbon", "PT")]


def test_the_subject_of_an_if_clause_travels_only_in_thought() -> None:
    story = (
        "HAVANA (AP) -- Senator Luis Pena said he would sign the papers. Relatives have said "
        "they would hand over the deeds to Pena if he came to Mexico.\n"
    )
    statuses = {trip.status for trip in trips(story) if trip.traveler == "Luis Pena"}
    assert statuses == {"hypothetical"}


def test_the_subject_of_a_longer_if_clause_keeps_its_trip() -> None:
    story = (
        "ROME, March 6 (AP) -- Cardinal Paolo Neri arrived in Warsaw on Monday. If Neri "
        "was ready to come to Warsaw in the snow, pilgrims said, so were they.\n"
    )
    statuses = {trip.status for trip in trips(story) if trip.traveler == "Paolo Neri"}
    assert "hypothetical" not in statuses


def test_should_is_an_opinion_not_a_plan() -> None:
    story = (
        "MIAMI (AP) -- Judge Ann Cole ruled that teacher Marta Ruiz should go back to Peru, "
        "a decision her lawyers will appeal.\n"
    )
    statuses = {trip.status for trip in trips(story) if trip.traveler == "Marta Ruiz"}
    assert statuses == {"hypothetical"}


def test_could_with_an_earliest_date_is_a_plan() -> None:
    story = (
        "QUITO, March 6 (AP) -- Foreign Minister Jorge Vela could travel to Peru as early as "
        "Thursday, his spokesman said.\n"
    )
    (trip,) = trips(story)
    assert (trip.traveler, trip.status) == ("Jorge Vela", "planned")


def test_could_without_a_date_stays_hypothetical() -> None:
    story = (
        "QUITO, March 6 (AP) -- Foreign Minister Jorge Vela could travel to Peru, his "
        "spokesman said.\n"
    )
    (trip,) = trips(story)
    assert (trip.traveler, trip.status) == ("Jorge Vela", "hypothetical")


def test_a_possessed_return_is_the_possessors_planned_trip() -> None:
    story = (
        "HAVANA (AP) -- Lawyers for the family of sailor Tomas Rivas are trying to block "
        "Rivas's return to Honduras, court papers show.\n"
    )
    (trip,) = trips(story)
    assert (trip.traveler, trip.status, places(trip)) == (
        "Tomas Rivas",
        "planned",
        [("Honduras", "HN")],
    )


def test_a_return_that_dates_something_else_is_done() -> None:
    story = (
        "SEOUL, March 6 (AP) -- Prime Minister Kenji Sato has met the cabinet twice since his "
        "return to Tokyo, aides said.\n"
    )
    statuses = {trip.status for trip in trips(story) if trip.traveler == "Kenji Sato"}
    assert statuses == {"completed"}


def test_a_refused_request_to_travel_is_not_a_trip() -> None:
    story = (
        "HAVANA (AP) -- Fisherman Raul Soto for months refused requests by his cousins to go "
        "to Mexico to collect the boat.\n"
    )
    statuses = {trip.status for trip in trips(story) if trip.traveler == "Raul Soto"}
    assert statuses <= {"hypothetical"}


def test_the_speaker_does_not_take_the_trip_of_an_unnamed_subject() -> None:
    story = (
        "ATHENS, March 6 (AFP) -- Defence Minister Yannis Karras said the soldiers would "
        "travel to Tirana in a transport plane.\n"
    )
    assert [trip for trip in trips(story) if trip.traveler == "Yannis Karras"] == []


def test_an_offer_to_travel_is_planned() -> None:
    story = (
        "HANOI, March 6 (AP) -- Trade Minister Minh Tran has offered to fly to Seoul on "
        "Friday to resume the talks, officials said.\n"
    )
    (trip,) = trips(story)
    assert (trip.traveler, trip.status, places(trip)) == (
        "Minh Tran",
        "planned",
        [("Seoul", "KR")],
    )


def test_the_person_a_possessive_goes_back_to_makes_the_visit() -> None:
    story = (
        "OSLO, March 6 (AP) -- Amina Yusuf, a student, won a science prize in Boston last week. "
        "The founder of the fair, Erik Berg, met with Yusuf during her visit to Canada on "
        "Monday.\n"
    )
    travelers = {trip.traveler for trip in trips(story)}
    assert "Erik Berg" not in travelers
    assert "Amina Yusuf" in travelers


def test_a_warning_against_travel_is_no_trip() -> None:
    story = (
        "NAIROBI (AP) -- Foreign Minister Jane Otieno flew to Tanzania on Monday. The "
        "ministry also issued a warning against travel to Somalia.\n"
    )
    (trip,) = trips(story)
    assert places(trip) == [("Tanzania", "TZ")]


def test_a_date_after_an_unrecognised_place_is_no_part_of_its_name() -> None:
    story = (
        "WASHINGTON, March 6 (Reuter) - Secretary of State Paul Grant is set to arrive in "
        "Lusaka April 13.\n"
    )
    (trip,) = trips(story)
    assert places(trip)[0][1] == "ZM"


def test_a_time_phrase_may_stand_between_a_visit_and_its_place() -> None:
    story = (
        "WASHINGTON, March 6 (Reuter) - Talk of a trade deal grew ahead of Secretary of State "
        "Paul Grant's visit later this month to Warsaw.\n"
    )
    (trip,) = trips(story)
    assert (trip.traveler, places(trip)) == ("Paul Grant", [("Warsaw", "PL")])


def test_the_traveller_of_a_visit_may_follow_it_after_by() -> None:
    story = (
        "ANKARA, March 6 (AFP) -- A trip by Defence Minister Murat Aksoy to Greece has been "
        "put off, officials said.\n"
    )
    (trip,) = trips(story)
    assert (trip.traveler, places(trip)) == ("Murat Aksoy", [("Greece", "GR")])


def test_the_traveller_may_follow_the_places_of_a_visit() -> None:
    story = (
        "LONDON, March 6 (Reuter) - Officials hope for progress during next week's visit to "
        "Tokyo by Trade Minister Alan Pike, sources said.\n"
    )
    (trip,) = trips(story)
    assert (trip.traveler, places(trip)) == ("Alan Pike", [("Tokyo", "JP")])


def test_who_greets_an_arrival_is_a_host() -> None:
    story = (
        "ALGIERS, March 6 (Reuter) - Trade Minister Alan Pike arrived here on Monday. He was "
        "greeted on arrival by Energy Minister Karim Haddad.\n"
    )
    assert "Karim Haddad" not in {trip.traveler for trip in trips(story)}


def test_an_organisation_that_qualifies_a_noun_does_not_travel() -> None:
    story = (
        "BAGHDAD, March 6 (AFP) -- Washington failed to secure UN condemnation of Iraq for "
        "the flight to Saudi Arabia.\n"
    )
    assert [trip.traveler for trip in trips(story)] == []


def test_an_organisation_team_travels() -> None:
    story = "GENEVA, March 6 (AFP) -- A WHO team flew to Laos on Monday to study the outbreak.\n"
    assert [trip.traveler for trip in trips(story)] == ["WHO"]


def test_the_guest_of_a_host_at_home_travels() -> None:
    story = (
        "SEOUL, March 6 (Yonhap) -- President Lee Min-ho and Japanese Prime Minister Kenji "
        "Sato will hold talks in Tokyo on Friday.\n"
    )
    assert [(trip.traveler, trip.status, places(trip)) for trip in trips(story)] == [
        ("Lee Min-ho", "planned", [("Tokyo", "JP")])
    ]


def test_a_visit_to_a_company_stops_at_its_seat() -> None:
    story = (
        "Tuesday, March 6, 2018\n\n"
        "Lina Haddad, a student, won a robotics prize at an event held at Nordvik Corp.'s "
        "headquarters located in Palo Alto, California. The founder met with Haddad during "
        "her visit to Nordvik Corp.\n"
    )
    found = [(trip.traveler, trip.status, places(trip)) for trip in trips(story)]
    assert found == [("Lina Haddad", "completed", [("Palo Alto", "US")])]


def test_travel_to_an_organisation_goes_to_its_headquarters_city() -> None:
    story = (
        "Tuesday, March 6, 2018\n\n"
        "On Friday, the student Lina Haddad will travel to the United Nations. Delegates at "
        "the U.N. headquarters in New York want to meet her.\n"
    )
    found = [(trip.traveler, trip.status, places(trip)) for trip in trips(story)]
    assert found == [("Lina Haddad", "planned", [("New York", "US")])]


def test_a_company_that_shares_a_towns_name_is_no_stop() -> None:
    story = (
        "Tuesday, March 6, 2018\n\nInventor Lina Haddad paid a visit to Google, the company said.\n"
    )
    assert [places(trip) for trip in trips(story)] == []


def test_willing_to_travel_is_not_yet_a_trip() -> None:
    story = (
        "HAVANA (AP) -- Senator Rosa Diaz said Monday she is willing to go to Miami to meet "
        "the family.\n"
    )
    statuses = {trip.status for trip in trips(story) if trip.traveler == "Rosa Diaz"}
    assert statuses == {"hypothetical"}


def test_a_persons_name_is_no_town() -> None:
    story = (
        "HONG KONG, March 6 (Xinhua) -- Chief Executive Donald Tsang will visit Macao on "
        "Monday. During the trip, Tsang will tour local schools.\n"
    )
    assert [places(trip) for trip in trips(story)] == [[("Macao", "MO")]]


def test_flying_into_a_place_arrives_there() -> None:
    story = "LONDON (AP) -- Prince Henry flew into Kabul on Sunday, his office said.\n"
    (trip,) = trips(story)
    assert (trip.traveler, places(trip)) == ("Prince Henry", [("Kabul", "AF")])


def test_flying_into_a_rage_is_no_trip() -> None:
    assert trips("LONDON (AP) -- Prince Henry flew into a rage on Sunday, aides said.\n") == []


def test_the_visiting_premier_in_apposition_is_the_visitor() -> None:
    story = (
        "NAIROBI (Reuters) - The visiting Chinese premier, Li Wen, held talks with President "
        "Joseph Kamau on Tuesday.\n"
    )
    (trip,) = trips(story)
    assert (trip.traveler, trip.status, places(trip)) == ("Li Wen", "ongoing", [("NAIROBI", "KE")])
