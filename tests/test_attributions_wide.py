"""The wide (PolNeAR) scope of the attributions extractor: its classes of construction, on
invented copy. The default news scope must not take any of them."""

from __future__ import annotations

import pytest

import newsfacts
from attribution_checks import HEAD, by_cue, news_cues, wide
from newsfacts.records import Attribution


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        ("The harbor board plans to close the north pier in June.", "plans", "The harbor board"),
        ("Norland and Vesta support the port authority.", "support", "Norland and Vesta"),
        ("The guild backed the mayor in the spring race.", "backed", "The guild"),
    ],
)
def test_stances_that_are_nouns_too_count_as_verbs(body: str, cue: str, source: str) -> None:
    text, item = by_cue(body, cue)
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == source
    assert cue not in news_cues(body)


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("Her harbor plans drew a crowd of fishermen to the hall.", "plans"),
        ("The mayor has strong support from dock workers.", "support"),
        ("The guild backed out of the deal at the last minute.", "backed"),
    ],
)
def test_the_noun_or_phrasal_reading_is_no_cue(body: str, cue: str) -> None:
    _, item = by_cue(body, cue)
    assert item is None


def test_a_passive_without_agent_has_no_source() -> None:
    text, item = by_cue("The ferry chief is expected to resign before the vote.", "is expected")
    assert item is not None
    assert item.source is None
    assert item.source_span is None
    assert [part.of(text) for part in item.content_parts] == [
        "The ferry chief",
        "to resign before the vote",
    ]
    assert "is expected" not in news_cues("The ferry chief is expected to resign before the vote.")


def test_a_passive_with_its_agent_takes_the_agent_as_source() -> None:
    text, item = by_cue("The harbor levy was endorsed by the dockers' union.", "was endorsed by")
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == "the dockers' union"
    assert item.content == "The harbor levy"


def test_a_relative_pronoun_is_the_source_span_named_after_its_antecedent() -> None:
    body = "Fishermen cheered the Tidewater Guild, which opposes the new levy on catches."
    text, item = by_cue(body, "opposes")
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == "which"
    assert item.source is not None
    assert "Tidewater Guild" in item.source


def test_called_an_object_something_without_quotation_marks() -> None:
    _, item = by_cue("Councillor Ana Vidal has called dredging a waste of money.", "called")
    assert item is not None
    assert item.content.startswith("dredging a waste")


def test_an_infinitive_after_a_catenative_verb_takes_the_subject_before() -> None:
    text, item = by_cue("Vidal went on to explain that the levy would fund dredging.", "explain")
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == "Vidal"
    assert item.content == "that the levy would fund dredging"  # PolNeAR keeps ``that``


def test_a_long_subject_whose_modifiers_stand_before_the_verb() -> None:
    body = (
        "The average of harbor polls conducted over the past three busy summer weeks shows a tie."
    )
    text, item = by_cue(body, "shows")
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text).startswith("The average of harbor polls")


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        ("The mayor spoke about the flood at the hall.", "spoke", True),
        ("The mayor spoke to reporters for five minutes.", "spoke", False),
        ("The pier board sees the levy as a mistake.", "sees", True),
        ("The pier board sees many ships each week.", "sees", False),
        ("The city released a letter from the harbor master.", "released", True),
        ("The city released the detained fishermen on Friday.", "released", False),
        ("Many dockers feel the levy is unfair.", "feel", True),
        ("There is no doubt the levy is unpopular.", "doubt", False),
    ],
)
def test_verbs_that_attribute_only_with_their_complement(
    body: str, cue: str, expected: bool
) -> None:
    _, item = by_cue(body, cue)
    assert (item is not None) is expected


def test_a_headline_in_the_present_tense_of_a_stance() -> None:
    text, found = wide("The council met again.", headline="Senator Questions Cost Of New Pier")
    heads = [item for item in found if item.cue_span is not None and item.cue_span.start < 40]
    assert [item.cue for item in heads] == ["Questions"]
    assert heads[0].source_span is not None
    assert heads[0].source_span.of(text) == "Senator"


def test_a_colon_that_ends_a_paragraph_takes_the_quoted_paragraph_after_it() -> None:
    body = 'Harbor master Ines Okafor continued:\n\n"The pier is older than the town itself."'
    text = HEAD + body + "\n"
    found = [f for f in newsfacts.extract(text) if isinstance(f, Attribution)]
    assert [(item.cue, item.content) for item in found] == [
        ("continued", "The pier is older than the town itself.")
    ]


def test_a_subject_before_a_modal_or_a_negation() -> None:
    text, item = by_cue("The pilots could not explain why the channel silted.", "explain")
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == "The pilots"
    assert item.content == "why the channel silted"


def test_the_antecedent_of_a_relative_after_a_preposition_names_the_source() -> None:
    body = "Reporters turned to the Portville Harbor Police which reported nine thefts."
    text, item = by_cue(body, "reported")
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == "which"


def test_a_view_that_opens_a_coordinate_clause_is_its_own_attribution() -> None:
    body = "Dockers want a new pier, and fishermen want a wider channel."
    _, found = wide(body)
    assert [item.cue for item in found if item.cue == "want"] == ["want", "want"]


def test_a_negated_passive_reports_nothing() -> None:
    _, item = by_cue("The harbor master has not been charged with any crime.", "been charged")
    assert item is None


def test_a_passive_with_an_adverb_before_its_participle_has_no_source() -> None:
    text, item = by_cue("The mayor has been harshly criticized for the pier plan.", "criticized")
    assert item is not None
    assert item.source_span is None
    assert item.content_parts[0].of(text) == "The mayor"


def test_passives_in_one_endless_sentence_are_read_in_linear_time() -> None:
    unit = "The mayor is expected to resign and has been harshly criticized, "
    counts = []
    for repeat in (200, 400):
        _, found = wide(unit * repeat + "she said.")
        counts.append(sum(1 for item in found if item.cue == "is expected"))
        assert all(len(item.content) <= 4000 for item in found)
    assert counts == [200, 400]
