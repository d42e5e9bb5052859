"""Quotations that are nobody's speech (names, terms, the wording of rules) and their near
misses that are speech: the classes of issue #5's precision work."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.extractors.quotes import find_quotes
from newsfacts.records import Quote

BODY = "Harbor plan\n\nPORTVILLE (AP) \u2014 The council met on Monday.\n\n"


def quotes(text: str) -> list[Quote]:
    found = find_quotes(newsfacts.parse(text), use_entities=False)
    for quote in found:
        assert quote.text == " ".join(part.of(text) for part in quote.parts)
    return found


@pytest.mark.parametrize(
    "sentence",
    [
        # a name given in the passive or in an aside
        'The old ferry was called "Miss Tilly", a 40-foot boat with a red hull.',
        'Their son, Leo - referred to as "our harbor boy" - was born at sea.',
        # ``called`` after a noun names a thing
        'The city withdrew a parking app called "Pier Pass" last week.',
        # a term the sentence defines
        'A "double berth sale" is when an owner sells a berth twice in one season.',
        'To "pull the tide" in sailing slang refers to leaving before dawn.',
        'Ferries must now register as "coastal freight carriers" - a term which worries owners.',
        # a short term opening a sentence, nobody said to say it
        '"Floating homes" have become common along the coast.',
        # a law named after someone
        'The group said it will press the council to pass "Lena\'s amendment," a ferry rule.',
        # every sign of a list a sign noun introduces, not only the first
        'They marched, carrying banners saying "We don\'t want tolls" and "Save our pier".',
        # the wording of a law or a standard, no verb of saying near it
        'The Harbor Act of 1952 barred mooring by "any vessel of unknown owner."',
        'The port standard has goals including the ability to handle "heavy cargo in all seasons,"'
        " and more.",
    ],
)
def test_names_terms_and_rule_texts_are_no_quotes(sentence: str) -> None:
    assert quotes(BODY + sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # ``called`` with a person as subject reports that person's words
        ('Okafor opposed the plan, which he called "Operation Sink the Port."',
         "Operation Sink the Port."),
        ('Brandt called the ruling "outrageous."', "outrageous."),
        # a law's fragment that someone is said to say is speech
        ('Okafor said the harbor law would "ruin every family on the pier."',
         "ruin every family on the pier."),
        # a short opener with a cue is speech
        ('"Never again," Okafor said.', "Never again,"),
        # a one-word answer with its speaker named after it
        ('"Absolutely," Okafor said.', "Absolutely,"),
        ('Okafor was asked twice. "Never," she said.', "Never,"),
        # a term-like word followed by ``is`` that is no definition
        ('Okafor said the "new deal" is a good start for the port.', "new deal"),
    ],
)  # fmt: skip
def test_near_misses_stay_quotes(sentence: str, words: str) -> None:
    assert [quote.text for quote in quotes(BODY + sentence + "\n")] == [words]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # lower case after a comma that ends the reporter's words: a fragment woven in
        ('Okafor described Brandt as a man, "facing ruin for the sake of the pier."', "partial"),
        ('The mayor, in a call with Brandt, "agreed to reopen the pier by spring."', "partial"),
        # lower case after a cue and its comma: the speech the cue introduces
        ('Today, Okafor says, "every gull in Portville knows my name."', "direct"),
        ('Still, Brandt added, "nobody sails on a Sunday here."', "direct"),
        # a capital after the comma, as ever
        ('Okafor said, "We will reopen the pier by spring."', "direct"),
    ],
)
def test_lower_case_after_a_comma_is_woven_into_the_sentence(sentence: str, kind: str) -> None:
    (quote,) = quotes(BODY + sentence + "\n")
    assert quote.type == kind


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are", she said, "making progress".',  # British: the comma after the mark
        "\u201cWe are \u2014\u201d she said \u2014 \u201cmaking progress.\u201d",  # dashes
        '"We are," she said, "making progress."',
    ],
)
def test_a_quotation_broken_off_for_its_attribution_is_one_quote(sentence: str) -> None:
    (quote,) = quotes(BODY + sentence + "\n")
    assert (len(quote.parts), quote.type, quote.speaker) == (2, "direct", "she")


def test_two_fragments_joined_by_and_are_two_quotes() -> None:
    sentence = 'Roe said the cook "burned the soup", and told the guests, "twice in one week".'
    assert [quote.text for quote in quotes(BODY + sentence + "\n")] == [
        "burned the soup",
        "twice in one week",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a work's title with a number, or a long one with a subtitle
        'On its new site, "Harbor Tides 24 Live", the port shows the water level.',
        'Jo Roe, who chose the works for "Gulls: Drawings and Etchings of the Old Port" at '
        "the gallery, spoke on Monday.",
        # a theme or motto named as such
        'The mayors gathered under the theme of "clean water in every village," on Friday.',
    ],
)
def test_titles_and_themes_are_no_quotes(sentence: str) -> None:
    assert quotes(BODY + sentence + "\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Captain Jo Roe 's boat ran aground near Lima, the coast guard said.",
        "The cook didn 't mind the long queue at lunch.",
    ],
)
def test_an_apostrophe_typed_apart_opens_no_quotation(text: str) -> None:
    article = newsfacts.parse(BODY + text + "\n")
    assert article.quotations == ()


def test_a_capitalised_word_in_marks_with_no_cue_is_still_no_quote() -> None:
    assert quotes(BODY + 'The ferry was renamed. "Tilly," the old name, is gone.\n') == []
