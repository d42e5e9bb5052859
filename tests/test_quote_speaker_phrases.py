"""The phrase naming a quotation's speaker before its cue (issue #5's quote-side speakers)."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.extractors.quotes import find_quotes

BODY = "Harbor plan\n\nPORTVILLE (AP) \u2014 The council met on Monday.\n\n"


def speaker(paragraph: str) -> str | None:
    (quote,) = find_quotes(newsfacts.parse(BODY + paragraph + "\n"), use_entities=False)
    return quote.speaker


@pytest.mark.parametrize(
    ("paragraph", "named"),
    [
        (
            "As one veteran of the city harbor dredging projects commented: "
            "\u201cNone of them ever came in on time.\u201d",
            "one veteran of the city harbor dredging projects",
        ),
        (
            "One veteran of the city harbor dredging projects commented: "
            "\u201cNone of them ever came in on time.\u201d",
            "One veteran of the city harbor dredging projects",
        ),
    ],
)
def test_a_description_with_a_long_of_phrase_names_the_speaker(paragraph: str, named: str) -> None:
    assert speaker(paragraph) == named


def test_a_long_phrase_before_a_comma_is_no_speaker() -> None:
    paragraph = (
        "Mayor Ines Okafor called for the fastest possible repair of the harbor wall, "
        'saying it would "protect every family on the pier."'
    )
    assert speaker(paragraph) == "Ines Okafor"
