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


@pytest.mark.parametrize(
    ("text", "cue", "lemma", "kind"),
    [
        ("She repeated that the plant would close.", "repeated", "repeat", "speech"),
        (
            "The board gave no details about the sale.",
            "gave no details about",
            "decline to comment",
            "refusal",
        ),
        ("The court made it clear that time was short.", "made it clear", "make clear", "speech"),
        ("The mayor made clear the vote would go ahead.", "made clear", "make clear", "speech"),
        ("Officials spoke of a breakthrough.", "spoke of", "speak of", "speech"),
        (
            "Bankers held out little hope that rates would fall.",
            "held out little hope",
            "hold out hope",
            "speech",
        ),
        ("Lawyers raised accusations that he lied.", "raised accusations", "accuse", "speech"),
        (
            "Ministers sent strong new signals that talks may resume.",
            "sent strong new signals",
            "signal",
            "speech",
        ),
        (
            "The ministry sent a clear signal it would act.",
            "sent a clear signal",
            "signal",
            "speech",
        ),
        ("The plan has been rejected by the union.", "has been rejected by", "reject", "source"),
    ],
)
def test_phrase_classes(text: str, cue: str, lemma: str, kind: str) -> None:
    assert found(text) == [(cue, lemma, kind)]


def test_plural_nouns_of_cue_verbs_are_no_cues() -> None:
    assert found("The swing states heard his remarks and comments on the orders.") == []


def test_wide_stances_only_on_request() -> None:
    text = "The union wants to strike and has called for a vote."
    assert "wants" not in [cue for cue, _, _ in found(text, broad=True)]
    matches = [(m.text, m.lemma, m.kind) for m in cues.find_cues(text, wide=True)]
    assert matches == [("wants", "want", "belief"), ("called for", "call for", "belief")]


def test_a_form_inside_a_hyphenated_compound_is_no_cue() -> None:
    assert found("The internationally-agreed plan and the self-declared zone held.") == []
    assert found("He said--and meant it--that the pier was shut.") == [("said", "say", "speech")]


def test_plural_present_forms_are_broad_only() -> None:
    text = "Dock workers insist the cranes are safe."
    assert found(text) == []
    assert found(text, broad=True) == [("insist", "insist", "speech")]


def test_remarks_is_a_verb_after_its_subject_only() -> None:
    assert found("The pier, she remarks, is old.") == [("remarks", "remark", "speech")]
    assert found("Ines Okafor remarks that the pier is old.") == [("remarks", "remark", "speech")]
    assert found("In his remarks, the mayor spoke.") == []
    assert found("Okafor's remarks drew applause.") == []


def test_a_verb_whose_object_stands_before_its_subject_is_no_cue() -> None:
    assert found("The film shows an ordeal Ines Okafor described at length.") == []
    assert found("the storm he described.") == []
    assert found("Okafor described the storm.") == [("described", "describe", "speech")]
    assert found('"It was cold," he described.') == [("described", "describe", "speech")]


def test_called_with_its_object_and_a_quotation_is_a_cue() -> None:
    assert found('Okafor called the ruling "unjust."') == [("called", "call", "speech")]


def test_lemma_of_a_phrase_printed_over_a_line_break() -> None:
    assert cues.lemma_of("told\nreporters") == "tell"
    assert cues.lemma_of("made  clear") == "make clear"
    assert cues.lemma_of("said") == "say"
    assert cues.lemma_of("U.S.") is None


def test_wide_show_is_a_finding_and_stances_are_views() -> None:
    kinds = {
        cue.text: cue.kind
        for cue in cues.find_cues("Polls show she wants to win.", broad=True, wide=True)
    }
    assert kinds == {"show": "evidence", "wants": "belief"}
