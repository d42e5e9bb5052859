"""The communication-verb classes of the cue lexicon: inflection, tiers, gates and the
capitalised cue that opens a sentence before its speaker."""

from __future__ import annotations

import pytest

import newsfacts
from attribution_checks import assert_spans_consistent
from newsfacts import cues
from newsfacts.records import Attribution, Quote

HEAD = "Harbor plan\n\nPORTVILLE (AP) \u2014 The council met on Monday.\n\n"


def lemmas(text: str, *, broad: bool = False, wide: bool = False) -> list[str]:
    matches = list(cues.find_cues(text, broad=broad, wide=wide))
    for match in matches:
        assert match.span.of(text) == match.text
    return [match.lemma for match in matches]


def attributions(body: str) -> list[Attribution]:
    text = HEAD + body + "\n"
    found = [fact for fact in newsfacts.extract(text) if isinstance(fact, Attribution)]
    assert_spans_consistent(text, found)
    return found


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("The sergeant sang along.", "sing"),
        ("The coach shot back at once.", "shoot back"),
        ("Her lawyer fired back on Friday.", "fire back"),
        ("The analyst cautioned against it.", "caution"),
        ("The clerk elaborated on it.", "elaborate"),
        ("The minister rebutted it.", "rebut"),
        ("The driver quipped nothing.", "quip"),
        ("The pilot muttered something.", "mutter"),
        ("The senator clarified it.", "clarify"),
    ],
)
def test_class_verbs_are_inflected_speech_cues(sentence: str, lemma: str) -> None:
    assert lemmas(sentence) == [lemma]


def test_classes_measured_to_lose_precision_are_left_out() -> None:
    sentence = "Traders reckoned the port emailed its clients about projected growth."
    assert lemmas(sentence, broad=True, wide=True) == []


def test_the_ing_form_joins_only_the_wide_scope() -> None:
    sentence = "The union is cautioning members."
    assert lemmas(sentence, broad=True) == []
    assert lemmas(sentence, wide=True) == ["caution"]


def test_the_base_form_is_no_cue() -> None:
    assert lemmas("They read a reply and a sigh.", broad=True, wide=True) == ["read"]


@pytest.mark.parametrize("noun", ["reasons", "details", "cries", "sighs"])
def test_a_third_person_that_is_a_noun_needs_its_subject(noun: str) -> None:
    assert lemmas(f"There are many {noun} to wait.", broad=True) == []
    assert len(lemmas(f"Doe {noun} that it will wait.", broad=True)) == 1


def test_capitalised_cues_open_a_sentence() -> None:
    assert lemmas('Said the mayor: "Wait."') == ["say"]
    assert lemmas('Added Doe, "Soon."') == ["add"]
    assert cues.lemma_of("Replied") == "reply"


def test_a_gated_verb_of_an_act_is_no_attribution() -> None:
    assert attributions("The choir sang the anthem before the vote.") == []
    assert attributions("The clerk outlined the plan to the council.") == []


def test_a_gated_verb_before_that_is_an_attribution() -> None:
    (item,) = attributions("Jane Okafor outlined that the harbor would reopen in May.")
    assert (item.source, item.cue_lemma) == ("Jane Okafor", "outline")
    assert item.content == "the harbor would reopen in May"


def test_a_cue_opening_the_sentence_takes_the_speaker_after_it() -> None:
    found = attributions('Added the harbor master, "Nobody should worry about the piers."')
    assert [(item.cue, item.content) for item in found] == [
        ("Added", "Nobody should worry about the piers.")
    ]
    assert found[0].source_span is not None
    text = HEAD + 'Added the harbor master, "Nobody should worry about the piers."\n'
    assert found[0].source_span.of(text) == "the harbor master"


def test_a_sung_quotation_has_its_singer() -> None:
    text = HEAD + '"Not one more," sang Jane Okafor, the union steward.\n'
    quotes = [fact for fact in newsfacts.extract(text) if isinstance(fact, Quote)]
    assert [(quote.speaker, quote.cue) for quote in quotes] == [("Jane Okafor", "sang")]


def test_every_form_opens_with_a_letter() -> None:
    # The cue pattern reads ``(?<!\w)`` as the word boundary before a form.
    forms = {**cues.LEXICON, **cues.BROAD_LEXICON, **cues.WIDE_LEXICON}
    assert all(form[:1].isalpha() for form in forms)


def test_a_compound_is_no_cue() -> None:
    assert lemmas("A much-sang tune, a sang-froid and self-declared aims.") == []
