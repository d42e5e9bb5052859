"""A reporting verb that opens a sentence is no part of the name after it (*Replied Doe*)."""

from __future__ import annotations

import pytest

import newsfacts


def _people(body: str) -> list[str]:
    article = newsfacts.parse("Strike talks\n\nLYON (Reuters) - " + body + "\n")
    return [mention.text for mention in article.mentions if mention.category == "person"]


@pytest.mark.parametrize(
    "body",
    [
        'Talks broke off at noon. Said Mara Velk, the union leader: "We are done."',
        'Talks broke off at noon. Said Mara Velk, "We are done."',
        '"We are done." Said Mara Velk, who leads the union.',
        "``We are done.'' Said Mara Velk, who leads the union.",
        'Talks broke off.\n    Said Mara Velk, head of the Lyon\nDockers Union, "We are done."',
        "Talks broke off at noon. Replied Mara Velk: \u201cWe are done.\u201d",
        "Talks broke off at noon. Explained Mara Velk, a steward, that pay was the issue.",
    ],
)
def test_a_cue_verb_opening_the_sentence_is_dropped_from_the_name(body: str) -> None:
    assert _people(body) == ["Mara Velk"]


def test_said_is_a_given_name_away_from_a_quotation() -> None:
    body = "Talks broke off at noon, the company said. Said Hamdan, a steward, voted no."
    assert _people(body) == ["Said Hamdan"]


def test_said_as_a_given_name_before_his_own_verb() -> None:
    assert _people("Said Hamdan said talks would resume.") == ["Said Hamdan"]


def test_an_added_name_after_a_cue_verb_is_the_speaker_of_the_quote() -> None:
    text = 'Fares rise\n\nLYON (Reuters) - Fares will rise. Added Mara Velk: "It is fair."\n'
    (quote,) = newsfacts.extract(newsfacts.parse(text), only="quotes")
    assert quote.speaker == "Mara Velk"
