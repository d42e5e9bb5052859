"""Cue forms used as nouns or adjectives (``the pledges``, ``a proposed merger``) are no cues."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import cues
from newsfacts.extractors.attributions import find_attributions


def cue_texts(text: str) -> list[str]:
    matches = list(cues.find_cues(text, wide=True))
    for match in matches:
        assert match.span.of(text) == match.text
    return [match.text for match in matches]


@pytest.mark.parametrize(
    "text",
    [
        "The pledges made in March were soon forgotten.",
        "His claims were false.",
        "Their demands went unanswered.",
        "Amid reports of looting, the shops stayed shut.",
        "Despite claims to the contrary, the road is open.",
        "Many promises came to nothing.",
        "The mill's promises were empty.",
        "A warning went up on the board.",
        "Riders get a say in the matter.",
        "The planned summit fell through.",
        "The council's proposed budget grew.",
    ],
)
def test_a_cue_word_after_a_determiner_is_a_noun(text: str) -> None:
    assert cue_texts(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Mr Orme pledges to cut fares.", "pledges"),
        ("The union claims the mill is unsafe.", "claims"),
        ("Some say the mill is unsafe.", "say"),
        ("Many expected a strike.", "expected"),
        ("He won the vote by saying little.", "saying"),
        ("Hallam's said the mill is unsafe.", "said"),
        ("He's admitted the mistake.", "admitted"),
        # A noun with its content clause is a report of the wide scope.
        ("She repeated her claim that the mill is unsafe.", "claim"),
        ("His promises to cut fares were popular.", "promises"),
    ],
)
def test_a_verb_or_a_reporting_noun_stays_a_cue(text: str, cue: str) -> None:
    assert cue in cue_texts(text)


def test_a_noun_cue_gives_no_attribution() -> None:
    text = (
        "Fares rose again on Monday. The pledges made in March were broken, "
        "and his claims were false. Riders were angry."
    )
    found = find_attributions(newsfacts.parse(text))
    assert [attribution.cue for attribution in found] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Hallam's warns investors of a loss.", "warns"),
        ("Hallam's says the mill is unsafe.", "says"),
    ],
)
def test_a_firm_named_in_the_possessive_speaks(text: str, cue: str) -> None:
    assert cue_texts(text) == [cue]


def test_a_plural_noun_after_a_possessive_is_no_cue() -> None:
    assert cue_texts("The mill's pledges were broken and Labour's promises, too.") == []
