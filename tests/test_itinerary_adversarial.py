"""Inputs built to make the escort, kin, order and description readers backtrack: they
finish (pytest-timeout guards the time) and give the plain answer."""

from __future__ import annotations

import newsfacts
from newsfacts.extractors.itineraries import find_itineraries

PUBLISHED = "2018-03-06"


def _travellers(text: str) -> list[str | None]:
    return [trip.traveler for trip in find_itineraries(newsfacts.parse(text, published=PUBLISHED))]


def test_a_long_run_of_possessive_kin_words_names_no_traveller() -> None:
    text = "OSLO, March 6 (AP) -- " + "the boy's father " * 5_000 + "will travel to Japan.\n"
    assert _travellers(text) == []


def test_a_long_run_of_escort_cues_names_no_companion() -> None:
    text = (
        "OSLO, March 6 (AP) -- Trade Minister Ana Ruiz, "
        + "accompanied by his wife, " * 5_000
        + "will visit Japan.\n"
    )
    assert _travellers(text) == []  # the subject is out of reach: nobody, and no escort


def test_a_long_trailing_with_run_adds_no_companion() -> None:
    text = (
        "OSLO, March 6 (AP) -- Trade Minister Ana Ruiz flew to Tokyo on Monday "
        + "with his wife " * 5_000
        + ".\n"
    )
    assert _travellers(text) == ["Ana Ruiz"]


def test_many_order_words_keep_one_journey() -> None:
    text = (
        "OSLO, March 6 (AP) -- Trade Minister Ana Ruiz will visit Seoul. "
        + "Before that she will visit Tokyo. Earlier in the week she will be in Manila. " * 300
    )
    assert _travellers(text) == ["Ana Ruiz"]


def test_a_name_of_many_words_after_arrival_of_is_no_traveller() -> None:
    text = "OSLO, March 6 (AP) -- With the arrival of " + "Ana " * 20_000 + "in Tokyo, all came.\n"
    assert _travellers(text) == []
