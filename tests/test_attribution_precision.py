"""The wide (PolNeAR) scope's guards against spurious attributions: a verb and the infinitive
that completes it make one claim, an editor's label before a colon is no speaker, and a plural
noun is no verb of saying."""

from __future__ import annotations

from attribution_checks import assert_spans_consistent
from newsfacts import parse
from newsfacts.extractors.attributions import find_attributions
from newsfacts.records import Attribution

_HEADLINE = "Port Talks Stall\n\n"


def _wide(body: str, headline: str = _HEADLINE) -> list[Attribution]:
    story = headline + body + "\n"
    found = find_attributions(parse(story), scope="polnear")
    for item in found:
        for part in item.content_parts:
            assert part.of(story)  # no empty content part
    assert_spans_consistent(story, found)
    return found


def test_a_verb_and_its_infinitive_make_one_claim() -> None:
    found = _wide("HARBORTON (AP) — The dockers' union refused to endorse the new contract.")
    assert [item.cue for item in found] == ["refused"]
    assert "the new contract" in found[0].content


def test_continues_to_insist_is_one_claim() -> None:
    found = _wide("HARBORTON (AP) — The mayor continues to insist the pier is safe.")
    assert [item.cue for item in found] == ["continues"]


def test_a_second_claim_after_and_is_kept() -> None:
    found = _wide(
        "HARBORTON (AP) — The mayor said the pier is safe and insisted that it will reopen."
    )
    assert [item.cue for item in found] == ["said", "insisted"]


def test_an_editors_label_is_no_speaker() -> None:
    found = _wide(
        "HARBORTON (AP) — The Latest on the pier.", "The Latest: Mayor says pier is safe\n\n"
    )
    assert [item.cue for item in found] == ["says"]
    assert found[0].source == "Mayor"


def test_a_correction_notice_is_no_speaker() -> None:
    found = _wide(
        "HARBORTON (AP) — The pier reopened on Monday.\n\n"
        "CORRECTION: An earlier version of this story misstated the date of the vote."
    )
    assert all(item.cue != ":" for item in found)


def test_a_speaker_before_a_colon_is_kept() -> None:
    found = _wide("HARBORTON (AP) — Talk of the port.", "Jane Doe: Pier Is Unsafe\n\n")
    assert [(item.source, item.cue) for item in found] == [("Jane Doe", ":")]


def test_a_plural_noun_before_that_is_no_verb() -> None:
    found = _wide(
        "HARBORTON (AP) — The fund has few Main Street investors that the city could press."
    )
    assert all(item.cue != "investors" for item in found)


def test_a_verb_before_that_is_still_read() -> None:
    found = _wide("HARBORTON (AP) — Doe insinuates that the pier is unsafe.")
    assert [item.cue for item in found] == ["insinuates"]


def test_a_plural_after_an_adjective_is_a_noun() -> None:
    found = _wide(
        "HARBORTON (AP) — The mayor criticized a flurry of late-night tweets targeting the "
        "harbor board."
    )
    assert all(item.cue != "tweets" for item in found)


def test_a_possessors_claim_that_is_an_attribution() -> None:
    story = "HARBORTON (AP) — Inspectors checked Jane Doe's claim that the pier is unsafe."
    found = _wide(story)
    assert [(item.source, item.cue) for item in found] == [("Jane Doe's", "claim")]
    assert found[0].content == "that the pier is unsafe"


def test_a_possessive_pronoun_is_named_after_the_last_source() -> None:
    found = _wide(
        "HARBORTON (AP) — Jane Doe said the pier is unsafe. Contrary to her claim that the "
        "vote was rigged, the count was fair."
    )
    assert [(item.source, item.cue) for item in found] == [
        ("Jane Doe", "said"),
        ("Jane Doe", "claim"),
    ]


def test_a_claim_without_a_possessor_is_no_attribution() -> None:
    found = _wide("HARBORTON (AP) — The claim that the pier is unsafe was false.")
    assert found == []


def test_a_headline_colon_before_a_quotation_names_who_is_quoted() -> None:
    found = _wide(
        "HARBORTON (AP) — The pier closed.", "A lesson from Jane Doe: 'Mind the pier.'\n\n"
    )
    assert [(item.source, item.cue, item.content) for item in found] == [
        ("Jane Doe", ":", "'Mind the pier.'")
    ]


def test_a_bare_tell_needs_a_plural_subject() -> None:
    found = _wide(
        "HARBORTON (AP) — The mayor would tell the board nothing. Dockers tell visitors the "
        "pier is unsafe."
    )
    assert [(item.source, item.cue) for item in found] == [("Dockers", "tell")]


def test_learned_from_and_maintains_a_are_acts() -> None:
    found = _wide(
        "HARBORTON (AP) — The mayor learned from the flood. The port maintains a fleet of tugs."
    )
    assert found == []


def test_learned_that_is_still_read() -> None:
    found = _wide("HARBORTON (AP) — The mayor learned that the pier was unsafe.")
    assert [(item.source, item.cue) for item in found] == [("The mayor", "learned")]


def test_a_view_in_a_clause_of_its_own_is_kept() -> None:
    found = _wide(
        "HARBORTON (AP) — The mayor said the pier was safe, although she believes the cranes "
        "are too old."
    )
    assert [item.cue for item in found] == ["said", "believes"]


def test_a_view_inside_a_claim_is_part_of_it() -> None:
    found = _wide(
        "HARBORTON (AP) — The mayor acknowledged some dockers believe the pier is unsafe."
    )
    assert [item.cue for item in found] == ["acknowledged"]


def test_a_clause_after_said_is_its_content_not_an_inverted_source() -> None:
    story = (
        "HARBORTON (AP) — In a statement, one of the family's lawyers, Jon Banda, said the "
        "videos show the man calmly leaving his car."
    )
    found = _wide(story)
    assert [(item.source, item.cue) for item in found] == [("Jon Banda", "said")]
    assert found[0].content == "the videos show the man calmly leaving his car"


def test_an_inverted_source_after_a_claim_is_kept() -> None:
    found = _wide("HARBORTON (AP) — The talks failed, said the mayor.")
    assert [(item.source, item.cue, item.content) for item in found] == [
        ("the mayor", "said", "The talks failed")
    ]


def test_a_source_must_end_in_a_noun() -> None:
    found = _wide(
        "HARBORTON (AP) — If you live near the pier, please read the two notices the port "
        "posted. Her plans were more detailed than his."
    )
    assert all(item.cue not in ("read", "detailed") for item in found)


def test_acts_that_look_like_claims() -> None:
    found = _wide(
        "HARBORTON (AP) — The port claimed a loss of $9 million. Jane Doe reported from the "
        "pier. The mayor called in to a radio show."
    )
    assert found == []


def test_a_pronoun_right_after_said_opens_the_reported_clause() -> None:
    found = _wide("HARBORTON (AP) — The mayor said she recalls the pier being unsafe.")
    assert [(item.source, item.cue) for item in found] == [("The mayor", "said")]


def test_a_pronoun_after_what_is_no_source_of_a_claim() -> None:
    found = _wide("HARBORTON (AP) — The union attacked what it describes as a bad deal.")
    assert [item.cue for item in found] == ["attacked"]


def test_a_clause_that_modifies_a_plural_is_no_claim() -> None:
    found = _wide("HARBORTON (AP) — The notices she wrote in 2014 were torn down.")
    assert found == []


def test_a_pronoun_after_a_span_of_time_is_still_a_source() -> None:
    found = _wide("HARBORTON (AP) — For years they claimed that the pier was unsafe.")
    assert [(item.source_span is not None, item.cue) for item in found] == [(True, "claimed")]
