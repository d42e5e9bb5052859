"""Leg order from the text's sequence words and dates, not from the order of mention."""

from __future__ import annotations

import newsfacts
from newsfacts.extractors.itineraries import find_itineraries

PUBLISHED = "2018-03-06"


def _places(text: str) -> list[str]:
    (trip,) = find_itineraries(newsfacts.parse(text, published=PUBLISHED))
    for leg in trip.legs:
        assert leg.place_span.of(text) == leg.place
    return [leg.place for leg in trip.legs]


def _story(body: str) -> str:
    return f"OSLO, March 6 (AP) -- Foreign Minister Ana Ruiz {body}\n"


def test_a_fronted_before_clause_names_the_later_stop() -> None:
    text = _story("will tour Asia next week. Before arriving in Tokyo, she will stop in Manila.")
    assert _places(text)[-2:] == ["Manila", "Tokyo"]


def test_after_visiting_puts_its_stop_first() -> None:
    assert _places(_story("will end the trip in Seoul after visiting Hanoi.")) == [
        "Hanoi",
        "Seoul",
    ]


def test_after_a_stop_in_puts_its_stop_first() -> None:
    assert _places(_story("will fly to Seoul after a stop in Manila.")) == ["Manila", "Seoul"]


def test_before_that_puts_the_stop_before_the_one_told_before() -> None:
    text = _story("will visit Seoul. Before that, she will visit Manila.")
    assert _places(text) == ["Manila", "Seoul"]


def test_after_talks_in_keeps_the_text_order() -> None:
    text = _story("arrived in Hanoi on Monday. After talks in Hanoi, she heads to Bangkok.")
    assert _places(text) == ["Hanoi", "Bangkok"]


def test_a_stop_named_first_opens_the_journey() -> None:
    text = _story("will travel to Seoul, her last stop, on Friday. She will visit Tokyo first.")
    assert _places(text) == ["Tokyo", "Seoul"]


def test_will_first_visit_opens_the_journey() -> None:
    text = _story("will visit Seoul on a tour of Asia. She will first travel to Manila.")
    assert _places(text) == ["Manila", "Seoul"]


def test_his_first_visit_is_no_order_word() -> None:
    text = _story("will visit Seoul. It will be her first visit to Manila.")
    assert _places(text) == ["Seoul", "Manila"]


def test_a_day_in_a_stop_orders_it_among_dated_stops() -> None:
    text = _story("will visit Seoul on Friday. She will be in Tokyo on Wednesday.")
    assert _places(text) == ["Tokyo", "Seoul"]


def test_ending_a_trip_told_in_the_past_is_no_last_stop() -> None:
    text = _story("ended her visit in Hanoi on Monday and flew to Bangkok.")
    assert _places(text) == ["Hanoi", "Bangkok"]


def test_the_trip_ending_in_a_stop_puts_it_last() -> None:
    text = _story("will visit Seoul and Tokyo next week. The trip will end in Seoul.")
    assert _places(text) == ["Tokyo", "Seoul"]


def test_the_last_stop_named_in_a_sentence_of_its_own_goes_last() -> None:
    text = _story("will visit Seoul, Tokyo and Manila next week. Her last stop will be Tokyo.")
    assert _places(text) == ["Seoul", "Manila", "Tokyo"]


def test_beginning_the_tour_in_a_stop_puts_it_first() -> None:
    text = _story("will visit Seoul next week. She will begin the tour in Manila.")
    assert _places(text) == ["Manila", "Seoul"]


def test_prior_to_that_is_a_plan_before_the_stop_told_before() -> None:
    text = _story("will visit Seoul on Thursday and Friday. Prior to that she will visit Tokyo.")
    found = find_itineraries(newsfacts.parse(text, published=PUBLISHED))
    assert [(trip.status, [leg.place for leg in trip.legs]) for trip in found] == [
        ("planned", ["Tokyo", "Seoul"])
    ]


def test_earlier_in_the_week_puts_the_stop_before() -> None:
    text = _story("will visit Seoul on Thursday. Earlier in the week she will be in Tokyo.")
    assert _places(text) == ["Tokyo", "Seoul"]


def test_ending_a_visit_and_leaving_keeps_the_departure_order() -> None:
    text = _story("ended her visit to Vietnam and left Hanoi for Bangkok on Wednesday.")
    assert _places(text)[-1] == "Bangkok"
