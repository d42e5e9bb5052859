"""The cue lexicon: forms, lemmas, kinds, longest phrase first, broad cues on request."""

from __future__ import annotations

import pytest

from newsfacts import cues


def found(text: str, *, broad: bool = False) -> list[tuple[str, str, str]]:
    matches = list(cues.find_cues(text, broad=broad))
    for match in matches:
        assert match.span.of(text) == match.text
    return [(match.text, match.lemma, match.kind) for match in matches]


def test_phrase_wins_over_its_head_word() -> None:
    assert found("She told reporters so.") == [("told reporters", "tell", "speech")]


@pytest.mark.parametrize(
    "phrase",
    [
        "declined to comment",
        "did not respond to requests for comment",
        "did not immediately respond to a request for comment",
        "could not be reached for comment",
        "would not elaborate",
        "had no comment",
    ],
)
def test_refusals(phrase: str) -> None:
    assert found(f"The mayor {phrase}.") == [(phrase, "decline to comment", "refusal")]


def test_denials_and_sources() -> None:
    assert found("He denied it, citing the ministry.") == [
        ("denied", "deny", "denial"),
        ("citing", "cite", "source"),
    ]


def test_broad_cues_only_when_asked() -> None:
    text = "Analysts believe the poll found support."
    assert found(text) == []
    assert found(text, broad=True) == [
        ("believe", "believe", "belief"),
        ("found", "find", "evidence"),
    ]


def test_lemma_of_spaces_and_breadth() -> None:
    assert cues.lemma_of("told\n reporters") == "tell"
    assert cues.lemma_of("believes") is None
    assert cues.lemma_of("believes", broad=True) == "believe"


def test_spaces_inside_a_phrase_may_be_a_line_break() -> None:
    text = "The mayor declined\nto comment."
    assert found(text) == [("declined\nto comment", "decline to comment", "refusal")]
