"""The phrase naming a quotation's speaker before its cue (issue #5's quote-side speakers)."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.extractors.quotes import find_quotes

BODY = "Harbor plan\n\nPORTVILLE (AP) \u2014 The council met on Monday.\n\n"


def speaker(paragraph: str) -> str | None:
    """The speaker of the last quotation of ``paragraph``."""
    found = find_quotes(newsfacts.parse(BODY + paragraph + "\n"), use_entities=False)
    return found[-1].speaker


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


@pytest.mark.parametrize(
    ("paragraph", "named"),
    [
        # a pronoun right before its cue, after a phrase set before the subject
        (
            "Mayor Ines Okafor spoke on Monday. But standing next to the governor she added "
            'that the port needed "a new breakwater before winter."',
            "Ines Okafor",
        ),
        # a document a possessive name owns speaks for its owner (named in full)
        (
            "Portville Rovers sacked their coach. Rovers' statement added: "
            "\u201cThe club thanks him for his work.\u201d",
            "Portville Rovers",
        ),
        # a relative clause with commas of its own between the subject and the cue; a noun
        # capitalised as it opens the sentence is no name
        (
            "Organisers of the march, which included dock workers, ferry crews and other "
            'unions, said they would not accept "this insult to the harbor."',
            "Organisers of the march",
        ),
        # a participle phrase in apposition to a description
        (
            "\u201cIt looks as though they panicked,\u201d a detective, speaking on condition "
            "of anonymity, said of the robbers.",
            "a detective",
        ),
        # a participle of saying after a comma, read from after an earlier quotation: the
        # subject opens the sentence before it
        (
            'Harbor Chairman Jo Roe said the "good" result came from higher fees and new '
            'routes, noting that traffic "remains strong" this spring.',
            "Jo Roe",
        ),
        # a firm's name holding ``and`` after ``of``
        (
            "\u201cWe need a pause here,\u201d Jo Roe of Baker and Finch said.",
            "Jo Roe",
        ),
        (
            "\u201cWe need a pause here,\u201d analyst Jo Roe of Hale Baker and Co told reporters.",
            "Jo Roe",
        ),
        # an appositive opened by an owner's possessive describes the name before it
        (
            "Protests grew on Monday after Jo Roe, Peru\u2019s envoy to Chile, told reporters "
            "the port had \u201ca very strong case\u201d against the fee.",
            "Jo Roe",
        ),
        # a common noun capitalised as it opens the sentence is no name
        (
            "Ferry experts familiar with the flaws, found in the new hulls, say the boats "
            'will be safe as long as their "pumps" keep working.',
            "Ferry experts familiar with the flaws",
        ),
        # a participle of saying inside the phrase does not end it
        (
            "A statement from Portville Rovers explaining the decision read: "
            "\u201cThe club thanks him for his work.\u201d",
            "Portville Rovers",
        ),
    ],
)
def test_the_subject_of_the_cue_speaks(paragraph: str, named: str) -> None:
    assert speaker(paragraph) == named


def test_a_sentence_opening_with_a_participle_of_saying_names_its_subject() -> None:
    paragraph = (
        "Saying \u201cnothing is settled\u201d about the ferry, the harbor board urged "
        "crews to keep working, after owners in Lima said they would appeal."
    )
    (quote,) = find_quotes(newsfacts.parse(BODY + paragraph + "\n"), use_entities=False)
    assert (quote.speaker, quote.cue) == ("the harbor board", "Saying")


def test_an_adverb_before_the_verb_is_no_part_of_the_opening_subject() -> None:
    from newsfacts.extractors._quote_phrases import _opening_subject

    text = "Harbor Watch also has an online guide for owners."
    subject = _opening_subject(text, 0, len(text))
    assert subject is not None
    assert subject.of(text) == "Harbor Watch"


def test_a_letter_read_out_is_its_signer_s_words() -> None:
    paragraph = (
        "\u201cI will come alone,\u201d Mayor Ines Okafor read from a letter signed by "
        "Tomas Brandt.\n\n"
        "\u201cOnly the council can decide,\u201d continued the letter, which Okafor read on "
        "the radio."
    )
    found = find_quotes(newsfacts.parse(BODY + paragraph + "\n"), use_entities=False)
    assert [quote.speaker for quote in found] == ["Tomas Brandt", "Tomas Brandt"]


def test_the_release_speaks_for_the_body_that_issued_it() -> None:
    paragraph = (
        "According to a press release from the Harbor Ministry, the ferry will run.\n\n"
        "\u201cThe purpose of the trip is to inspect the pier,\u201d the release said."
    )
    (quote,) = find_quotes(newsfacts.parse(BODY + paragraph + "\n"), use_entities=False)
    assert quote.speaker == "Harbor Ministry"


@pytest.mark.parametrize(
    ("paragraph", "named"),
    [
        # a cue after ``and`` reports a clause of its own, not the fragment before it
        (
            "Inspector Jo Roe found the pier was \u201cbadly built\u201d and all three "
            "unions have said the port must close.",
            "Jo Roe",
        ),
        # a cue after a comma reports the whole sentence, ``and`` or not
        (
            "Jo Roe had a check-up \u201cdue to a bad fall\u201d and was later sent home "
            "on the advice of doctors, the harbor office said.",
            "the harbor office",
        ),
    ],
)
def test_a_cue_in_a_clause_of_its_own(paragraph: str, named: str) -> None:
    found = find_quotes(newsfacts.parse(BODY + paragraph + "\n"), use_entities=True)
    assert found[-1].speaker == named


def test_a_long_chain_of_titles_before_a_name_still_names_the_speaker() -> None:
    paragraph = (
        "\u201cThe meeting has ended well,\u201d Peru\u2019s Deputy Prime Minister and "
        "Foreign Minister Jo Marta Roe told a press conference."
    )
    assert speaker(paragraph) == "Jo Marta Roe"


def test_a_sentence_adverb_is_no_part_of_a_name() -> None:
    paragraph = (
        "Certainly Tomas Brandt wants the strike to go on. "
        "\u201cHold the line,\u201d he urged the crews on the radio."
    )
    assert speaker(paragraph) == "Tomas Brandt"


def test_a_place_qualifying_a_title_does_not_speak_for_the_name_after_it() -> None:
    text = (
        BODY + "Peru won again on Sunday.\n\n"
        "\u201cThe team was excellent,\u201d said Peru head coach Karim Ramadan. "
        "\u201cWe rested the starters.\u201d\n"
    )
    found = find_quotes(newsfacts.parse(text))
    assert [quote.speaker for quote in found] == ["Karim Ramadan"] * 2


def test_a_place_in_the_complement_of_a_description_does_not_speak() -> None:
    text = (
        BODY + "A synod on Peru, which met in 1995 in Rome at the pope's request, called for "
        'the "end of the occupation" of the port.\n'
    )
    (quote,) = find_quotes(newsfacts.parse(text))
    assert quote.speaker == "A synod on Peru"


@pytest.mark.parametrize("use_entities", [True, False])
def test_he_goes_on_with_an_unnamed_speaker_just_described(use_entities: bool) -> None:
    text = (
        BODY + "A dealer with Harbor Securities said the move had not hurt the market.\n\n"
        "\u201cThe market is struggling on weaker earnings,\u201d he said.\n"
    )
    found = find_quotes(newsfacts.parse(text), use_entities=use_entities)
    assert [quote.speaker for quote in found] == ["A dealer with Harbor Securities"]


def test_a_person_the_lede_describes_is_the_one_the_next_paragraph_names() -> None:
    text = (
        "Ferry row\n\nPORTVILLE (AP) \u2014 Peru's harbor minister has told dock workers that "
        'a strike is fine "once in a while".\n\n'
        "Ines Okafor was speaking to more than 100 workers at the pier on Monday.\n"
    )
    (quote,) = find_quotes(newsfacts.parse(text))
    assert quote.speaker == "Ines Okafor"


def test_a_placed_description_of_a_company_is_the_company_named_last() -> None:
    text = (
        BODY + "Harbor Holdings cut its forecast on Monday.\n\n"
        'The Lima-based shipping company said it needed "a long pause" to recover.\n'
    )
    (quote,) = find_quotes(newsfacts.parse(text))
    assert quote.speaker == "Harbor Holdings"
