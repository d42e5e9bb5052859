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
            "\u201cThe tides always win in the end.\u201d",
            "one veteran of the city harbor dredging projects",
        ),
        (
            "One veteran of the city harbor dredging projects commented: "
            "\u201cThe tides always win in the end.\u201d",
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
            "Mayor Ines Okafor toured the docks. But sitting beside two skippers she added "
            'that the fleet deserved "a warmer shed for the nets."',
            "Ines Okafor",
        ),
        # a document a possessive name owns speaks for its owner (named in full)
        (
            "Portville Rovers sold their goalkeeper. Rovers' statement added: "
            "\u201cWe wish him luck up north.\u201d",
            "Portville Rovers",
        ),
        # a relative clause with commas of its own between the subject and the cue; a noun
        # capitalised as it opens the sentence is no name
        (
            "Organisers of the regatta, which drew sailors, rowers, kayakers and their "
            'families, said the new fee was "a tax on sunshine."',
            "Organisers of the regatta",
        ),
        # a participle phrase in apposition to a description
        (
            "\u201cThe nets were cut on purpose,\u201d a warden, speaking on condition "
            "of anonymity, said of the damage.",
            "a warden",
        ),
        # a participle of saying after a comma, read from after an earlier quotation: the
        # subject opens the sentence before it
        (
            'Harbor Chairman Jo Roe said the "decent" catch came from calmer seas and new '
            'nets, noting that demand "looks lively" for the autumn.',
            "Jo Roe",
        ),
        # a firm's name holding ``and`` after ``of``
        (
            "\u201cThe ropes are fraying,\u201d Jo Roe of Baker and Finch said.",
            "Jo Roe",
        ),
        (
            "\u201cThe ropes are fraying,\u201d analyst Jo Roe of Hale Baker and Co told us.",
            "Jo Roe",
        ),
        # an appositive opened by an owner's possessive describes the name before it
        (
            "Fishermen cheered on Monday after Jo Roe, Peru\u2019s envoy to Chile, told them "
            "the quota was \u201cfar too stingy\u201d for the season.",
            "Jo Roe",
        ),
        # a common noun capitalised as it opens the sentence is no name
        (
            "Hull inspectors aware of the cracks, spotted in the old barges, say the fleet "
            'can sail while its "patches" hold.',
            "Hull inspectors aware of the cracks",
        ),
        # a participle of saying inside the phrase does not end it
        (
            "A statement from Portville Rovers explaining the sale read: "
            "\u201cWe wish him luck up north.\u201d",
            "Portville Rovers",
        ),
    ],
)
def test_the_subject_of_the_cue_speaks(paragraph: str, named: str) -> None:
    assert speaker(paragraph) == named


def test_a_sentence_opening_with_a_participle_of_saying_names_its_subject() -> None:
    paragraph = (
        "Saying \u201cthe lamp must stay lit\u201d for the fishermen, the harbor board asked "
        "painters to volunteer, while owners in Lima said they would sue."
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
        "\u201cMy boat is ready to sail,\u201d Mayor Ines Okafor read from a letter signed by "
        "Tomas Brandt.\n\n"
        "\u201cThe harbor master has the last word,\u201d continued the letter, which Okafor "
        "read at the town hall."
    )
    found = find_quotes(newsfacts.parse(BODY + paragraph + "\n"), use_entities=False)
    assert [quote.speaker for quote in found] == ["Tomas Brandt", "Tomas Brandt"]


def test_the_release_speaks_for_the_body_that_issued_it() -> None:
    paragraph = (
        "A press release from the Harbor Ministry announced a new ferry.\n\n"
        "\u201cThe boat will carry forty cars a crossing,\u201d the release said."
    )
    (quote,) = find_quotes(newsfacts.parse(BODY + paragraph + "\n"), use_entities=False)
    assert quote.speaker == "Harbor Ministry"


@pytest.mark.parametrize(
    ("paragraph", "named"),
    [
        # a cue after ``and`` reports a clause of its own, not the fragment before it
        (
            "Inspector Jo Roe judged the crane \u201cunfit to lift a dinghy\u201d and two "
            "skippers have said the quay should shut.",
            "Jo Roe",
        ),
        # a cue after a comma reports the whole sentence, ``and`` or not
        (
            "Jo Roe left the regatta \u201cwith a sprained wrist\u201d and will skip the "
            "next race as a precaution, the harbor office said.",
            "the harbor office",
        ),
    ],
)
def test_a_cue_in_a_clause_of_its_own(paragraph: str, named: str) -> None:
    found = find_quotes(newsfacts.parse(BODY + paragraph + "\n"), use_entities=True)
    assert found[-1].speaker == named


def test_a_long_chain_of_titles_before_a_name_still_names_the_speaker() -> None:
    paragraph = (
        "\u201cOur fleet is bigger than ever,\u201d Peru\u2019s Deputy Prime Minister and "
        "Fisheries Minister Jo Marta Roe told cadets at the naval school."
    )
    assert speaker(paragraph) == "Jo Marta Roe"


def test_a_sentence_adverb_is_no_part_of_a_name() -> None:
    paragraph = (
        "Apparently Tomas Brandt prefers the night shift. "
        "\u201cThe stars keep me awake,\u201d he joked to the crew."
    )
    assert speaker(paragraph) == "Tomas Brandt"


def test_a_place_qualifying_a_title_does_not_speak_for_the_name_after_it() -> None:
    text = (
        BODY + "Peru lost a rowing final on Sunday.\n\n"
        "\u201cThe wind turned against us,\u201d said Peru rowing coach Karim Ramadan. "
        "\u201cNext year we train in storms.\u201d\n"
    )
    found = find_quotes(newsfacts.parse(text))
    assert [quote.speaker for quote in found] == ["Karim Ramadan"] * 2


def test_a_place_in_the_complement_of_a_description_does_not_speak() -> None:
    text = (
        BODY + "A council on Peru, which gathered in Lima last spring, called for "
        'a "quieter night for the gulls" along the port.\n'
    )
    (quote,) = find_quotes(newsfacts.parse(text))
    assert quote.speaker == "A council on Peru"


@pytest.mark.parametrize("use_entities", [True, False])
def test_he_goes_on_with_an_unnamed_speaker_just_described(use_entities: bool) -> None:
    text = (
        BODY + "A trader with the Lima Seafood Exchange said the fog had kept buyers away.\n\n"
        "\u201cNobody buys a fish they cannot see,\u201d he said.\n"
    )
    found = find_quotes(newsfacts.parse(text), use_entities=use_entities)
    assert [quote.speaker for quote in found] == ["A trader with the Lima Seafood Exchange"]


def test_a_person_the_lede_describes_is_the_one_the_next_paragraph_names() -> None:
    text = (
        "Ferry row\n\nPORTVILLE (AP) \u2014 Peru's harbor minister has told ferry crews that "
        'a nap on deck is "perfectly healthy".\n\n'
        "Ines Okafor was answering questions from sailors at the marina on Monday.\n"
    )
    (quote,) = find_quotes(newsfacts.parse(text))
    assert quote.speaker == "Ines Okafor"


def test_a_placed_description_of_a_company_is_the_company_named_last() -> None:
    text = (
        BODY + "Harbor Holdings cut its forecast on Monday.\n\n"
        'The Lima-based shipping company said it wanted "calmer seas" before sailing.\n'
    )
    (quote,) = find_quotes(newsfacts.parse(text))
    assert quote.speaker == "Harbor Holdings"
