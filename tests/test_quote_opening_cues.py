"""A verb of saying that opens a sentence names its speaker after it: ``Replied Roe, "..."``."""

from __future__ import annotations

import pytest

from newsfacts import parse
from newsfacts.extractors.quotes import find_quotes
from newsfacts.records import Quote


def _quotes(body: str, *, use_entities: bool = True) -> dict[str, Quote]:
    text = "Story headline\n\n" + body
    quotes = find_quotes(parse(text), use_entities=use_entities)
    for quote in quotes:
        if quote.speaker_span is not None:
            assert text[quote.speaker_span.start : quote.speaker_span.end]
        if quote.cue_span is not None:
            assert text[quote.cue_span.start : quote.cue_span.end] == quote.cue
    return {quote.text: quote for quote in quotes}


def test_description_then_name_after_an_opening_cue_names_the_person() -> None:
    quotes = _quotes(
        "The council met on Monday to vote on the budget.\n\n"
        '"We will win." Added the mayor, Jane Doe: "We have the votes."\n'
    )
    second = quotes["We have the votes."]
    assert second.speaker == "Jane Doe"
    assert second.cue == "Added"


# (With the entity layer, ``Replied Okafor`` is still read as one name by the recognizer.)
@pytest.mark.parametrize(
    ("opening", "cue", "use_entities"),
    [
        ("Replied Okafor, ", "Replied", False),
        ("Said Okafor: ", "Said", True),
        ("Said Okafor: ", "Said", False),
        ("Asked Okafor, ", "Asked", True),
        ("Asked Okafor, ", "Asked", False),
    ],
)
def test_name_after_an_opening_cue_speaks(opening: str, cue: str, use_entities: bool) -> None:
    quotes = _quotes(
        "Tunde Okafor, a fisherman, and Vera Lind, a port official, met on the dock.\n\n"
        '"The nets are empty," said Lind.\n\n'
        f'{opening}"Then where have the fish gone?"\n',
        use_entities=use_entities,
    )
    quote = quotes["Then where have the fish gone?"]
    assert quote.speaker == "Tunde Okafor"
    assert quote.cue == cue


def test_relative_after_an_opening_cue_with_a_comma_speaks() -> None:
    quotes = _quotes(
        "Ann Weller spoke first at the hearing.\n\n"
        '"We are tired," said Ann Weller. Added her husband, Tom Weller, "We want the road."\n'
    )
    assert quotes["We are tired,"].speaker == "Ann Weller"
    assert quotes["We want the road."].speaker == "Tom Weller"


def test_opening_participle_clause_names_no_one_after_it() -> None:
    # ``Asked about ...`` opens an adverbial clause: its subject comes after the comma.
    quotes = _quotes(
        "Mayor Jane Doe faced reporters on Friday.\n\n"
        'Asked about the plan, Doe laughed: "It is not finished yet."\n'
    )
    assert quotes["It is not finished yet."].speaker == "Jane Doe"


def test_said_inside_a_name_is_no_opening_cue() -> None:
    quotes = _quotes(
        "Scholars gathered in Boston on Friday.\n\n"
        'Professor Amira Said said: "The archive must stay open."\n'
    )
    assert quotes["The archive must stay open."].speaker == "Amira Said"


def test_opening_cue_after_a_question_belongs_to_the_next_quotation() -> None:
    quotes = _quotes(
        "Vera Lind and Tunde Okafor argued on the dock.\n\n"
        '"Is this the end?" asked Lind. Replied Okafor, "Not at all."\n',
        use_entities=False,
    )
    assert quotes["Is this the end?"].speaker == "Vera Lind"
    assert quotes["Not at all."].speaker == "Tunde Okafor"
