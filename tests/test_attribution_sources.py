"""Sources and coordinated cues of the attributions extractor, on invented wire copy."""

from __future__ import annotations

import newsfacts
from attribution_checks import assert_spans_consistent
from newsfacts.extractors._attribution_sources import subject_before
from newsfacts.extractors._attribution_words import words
from newsfacts.extractors.attributions import find_attributions
from newsfacts.records import Attribution

HEAD = "Harbor plan\n\nPORTVILLE (AP) \u2014 The council met on Monday.\n\n"


def found(body: str, *, scope: str = "news") -> tuple[str, list[Attribution]]:
    text = HEAD + body + "\n"
    items = find_attributions(newsfacts.parse(text), scope=scope)  # type: ignore[arg-type]
    assert_spans_consistent(text, items)
    return text, items


def test_a_title_without_a_period_names_the_person() -> None:
    _, items = found(
        "Mahmoud Okafor arrived in Portville on Sunday. After talks, Mr Okafor said the "
        "pier would reopen in May."
    )
    assert [(item.source, item.content) for item in items] == [
        ("Mahmoud Okafor", "the pier would reopen in May")
    ]


def test_a_second_verb_after_but_shares_the_subject() -> None:
    _, items = found(
        "Jane Doe acknowledged some repairs were late, but said the pier would open in May."
    )
    assert [(item.source, item.cue, item.content) for item in items] == [
        ("Jane Doe", "acknowledged", "some repairs were late"),
        ("Jane Doe", "said", "the pier would open in May"),
    ]


def test_a_party_parenthesis_belongs_to_the_name() -> None:
    text, items = found("Sen. Jane Doe (D-Ore.) said the bill would pass.")
    assert len(items) == 1
    assert items[0].source_span is not None
    assert items[0].source_span.of(text) == "Sen. Jane Doe (D-Ore.)"
    assert items[0].source == "Jane Doe"


def test_an_adverb_or_a_negation_is_no_part_of_the_subject() -> None:
    _, items = found("Parents still insist the school must stay open.")
    assert [(item.source, item.cue) for item in items] == [("Parents", "insist")]


def test_a_bare_verb_after_to_or_a_determiner_is_no_cue() -> None:
    _, items = found("The port plans to maintain its lead. Every claim will be checked.")
    assert [item.cue for item in items] == []


def test_the_wide_scope_reads_progressive_and_base_forms() -> None:
    _, news = found("The union is demanding higher pay. The mayor would explain the delay.")
    _, wide = found(
        "The union is demanding higher pay. The mayor would explain the delay.", scope="polnear"
    )
    assert news == []
    assert [(item.source, item.cue) for item in wide] == [
        ("The union", "is demanding"),  # PolNeAR's cue is the verb group
        ("The mayor", "would explain"),
    ]


def test_an_act_is_no_claim() -> None:
    _, items = found(
        "Acme Freight agreed to sell its ferries. The mayor hopes to win in May. "
        "Police questioned the skipper. Jane Doe read the files."
    )
    assert items == []


def test_a_claim_after_the_same_verbs_is_kept() -> None:
    _, items = found(
        "The unions agreed that the pier was unsafe. Jane Doe questioned whether it was."
    )
    assert [(item.source, item.cue) for item in items] == [
        ("The unions", "agreed"),
        ("Jane Doe", "questioned"),
    ]


def test_a_person_named_at_the_end_of_a_description_is_the_source() -> None:
    _, items = found("The head of the harbor inquiry, Jane Doe, said the pier was unsafe.")
    assert [item.source for item in items] == ["Jane Doe"]


def test_a_description_names_the_person_with_that_title() -> None:
    _, items = found(
        "The talks were led by Craig Doe, UN special envoy to Portland. "
        "The special envoy said all problems could be solved."
    )
    assert [(item.source, item.type) for item in items] == [("Craig Doe", "statement")]


def test_the_wide_scope_reads_the_title() -> None:
    text = "Port Chief Says Pier Will Reopen In May\n\nThe council met on Monday.\n"
    article = newsfacts.parse(text)
    assert find_attributions(article) == []
    wide = find_attributions(article, scope="polnear")
    assert [(item.source, item.cue, item.content) for item in wide] == [
        ("Port Chief", "Says", "Pier Will Reopen In May")
    ]
    colon = newsfacts.parse("Jane Doe: The Pier Is Unsafe\n\nThe council met on Monday.\n")
    assert [
        (item.source, item.cue, item.content) for item in find_attributions(colon, scope="polnear")
    ] == [("Jane Doe", ":", "The Pier Is Unsafe")]


def test_participles_after_while_by_and_with_some() -> None:
    _, items = found(
        "Dock workers vowed to block the pier, with some predicting chaos if police come. "
        "Jane Doe defended the record whilst promising a full update is coming. "
        "By Monday, harbor officials hardened their stance, insisting the ferry would sail."
    )
    assert [(item.source, item.cue, item.content) for item in items] == [
        ("Dock workers", "vowed", "to block the pier"),
        ("Dock workers", "predicting", "chaos if police come"),
        ("Jane Doe", "defended", "the record"),
        ("Jane Doe", "promising", "a full update is coming"),
        ("harbor officials", "insisting", "the ferry would sail"),
    ]


def test_an_order_with_its_infinitive_is_reported() -> None:
    _, items = found("The judge ordered the relatives to hand over the boat. Police ordered pizza.")
    assert [(item.source, item.cue) for item in items] == [("The judge", "ordered")]


def test_the_wide_scope_reads_transcripts_and_signed_quotes() -> None:
    text = (
        "Harbor talk\n\nThe council met on Monday.\n\n"
        "DOE: The pier will reopen in May.\n\n"
        "\u201cThe ferry is our lifeline.\u201d \u2015 Ines Okafor\n"
    )
    article = newsfacts.parse(text)
    assert find_attributions(article) == []
    wide = find_attributions(article, scope="polnear")
    assert [(item.source, item.cue, item.content) for item in wide] == [
        ("DOE", ":", "The pier will reopen in May"),
        # PolNeAR's content keeps the quotation's marks.
        ("Ines Okafor", "\u2015", "\u201cThe ferry is our lifeline.\u201d"),
    ]


def test_a_short_adjunct_of_time_between_subject_and_verb_is_passed_over() -> None:
    for text, subject in (
        ("The harbor court this month rejected", "The harbor court"),
        ("Dockers in 2010 said", "Dockers"),
        ("Mayor Ortiz has often cited", "Mayor Ortiz"),
    ):
        cue = text.rsplit(" ", 1)[1]
        span = subject_before(words(text, 0, text.index(" " + cue)))
        assert span is not None
        assert span.of(text) == subject


def test_a_party_and_state_appositive_keeps_its_period() -> None:
    text = "Senator Ana Ruiz, R-Ky., said the levy would pass."
    spans = [token for token, _, _ in words(text, 0, len(text))]
    assert "R-Ky." in spans
    found = find_attributions(newsfacts.parse("Harbor plan\n\n" + text + "\n"))
    assert [(item.source, item.cue) for item in found] == [("Ana Ruiz", "said")]
