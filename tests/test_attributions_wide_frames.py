"""Frames of the wide (PolNeAR) scope read in session 4: raising verbs without a source,
findings placed *in* a poll, participles of phrasal cues, and the verb readings that are
acts, not stances (deliberating, settling, talking to an audience). Invented copy."""

from __future__ import annotations

import pytest

import newsfacts
from attribution_checks import HEAD, assert_spans_consistent, by_cue, news_cues, wide
from newsfacts.extractors.attributions import find_attributions


@pytest.mark.parametrize(
    ("body", "cue", "subject"),
    [
        ("Harbor pilots seem confident that the channel will reopen.", "seem", "Harbor pilots"),
        ("The new toll seems too steep for most ferry riders.", "seems", "The new toll"),
        ("The dock strike can seem endless to the fishermen.", "seem", "The dock strike"),
    ],
)
def test_a_raising_verb_has_no_source_and_its_subject_is_content(
    body: str, cue: str, subject: str
) -> None:
    text, item = by_cue(body, cue)
    assert item is not None
    assert item.source_span is None
    assert item.content_parts[0].of(text) == subject
    assert len(item.content_parts) == 2  # the subject, then what it seems


def test_a_negated_raising_verb_still_reports_its_subject() -> None:
    text, item = by_cue("The harbor master never seems to tire of the pier story.", "seems")
    assert item is not None
    assert item.content_parts[0].of(text) == "The harbor master"


@pytest.mark.parametrize(
    ("body", "source", "content"),
    [
        (
            "In the latest Portville Gazette poll, the mayor leads her rival by six points.",
            "the latest Portville Gazette poll",
            "the mayor leads her rival by six points",
        ),
        (
            "In the harbor survey, conducted in early May, most dockers backed the plan.",
            "the harbor survey",
            "most dockers backed the plan",
        ),
        (
            "The mayor fared well in online and phone polls taken after the debate.",
            "online and phone polls",
            "The mayor fared well",
        ),
        (
            "The mayor got no bump in one of the first polls after the debate.",
            "one of the first polls",
            "The mayor got no bump",
        ),
    ],
)
def test_a_finding_placed_in_a_poll_is_the_polls(body: str, source: str, content: str) -> None:
    text, item = by_cue(body, "In" if body.startswith("In") else "in")
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == source
    assert item.content == content
    assert item.type == "report"
    assert item.cue not in news_cues(body)


@pytest.mark.parametrize(
    "body",
    [
        "Few dockers have faith in polls taken before a strike.",
        "The mayor did better than in other polls this spring.",
        "Her rating fell from 58 percent in the last poll to 51 percent now.",
        "Turnout in polling places was low across the harbor district.",
        "In the spring, the mayor opened the new pier.",
    ],
)
def test_a_poll_that_reports_nothing_is_no_source(body: str) -> None:
    _, found = wide(body)
    assert all(item.cue_lemma != "in" for item in found)


def test_a_phrasal_participle_takes_the_sentences_subject() -> None:
    text, item = by_cue(
        "The teachers met the board on Monday, calling for a new harbor school.", "calling for"
    )
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == "The teachers"
    assert item.content == "a new harbor school"


def test_a_subject_after_an_opening_adverbial_and_an_adverb_is_found() -> None:
    text, item = by_cue(
        "On Friday, however, the mayor met the farm leaders, promising to cut local taxes.",
        "promising",
    )
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == "the mayor"


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("The two captains spoke for about five minutes on the quay.", "spoke"),
        ("The mayor spoke to a gathering of fishermen at the hall.", "spoke"),
        ("The mayor spoke at a meeting of the guild on Monday.", "spoke"),
        ("The harbor board considered the matter.", "considered"),
        ("The board should consider raising the toll next year.", "consider"),
        ("A ruling in the pier case could decide the race.", "decide"),
    ],
)
def test_acts_of_talking_deliberating_and_settling_are_no_stances(body: str, cue: str) -> None:
    _, item = by_cue(body, cue)
    assert item is None


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("The mayor spoke about the new pier at the hall.", "spoke"),
        ("The mayor spoke on Monday of the need for a new pier.", "spoke"),
        ("The guild does not consider the mayor a friend of the docks.", "consider"),
    ],
)
def test_talking_of_a_topic_and_judging_stay_stances(body: str, cue: str) -> None:
    _, item = by_cue(body, cue)
    assert item is not None


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("The guild will back the party's preferred nominee for the harbor seat.", "preferred"),
        ("After the 2019 attacks, the port hired more guards.", "attacks"),
        ("The mayor began taking calls from dockers on the radio.", "calls"),
        ("Prices fell as demand from the mills cooled.", "demand"),
        ("The ad concludes with footage of the new pier.", "concludes"),
        ("Fishermen pressed against the fence to hear the mayor.", "pressed"),
    ],
)
def test_modifiers_and_nouns_are_no_cues(body: str, cue: str) -> None:
    _, item = by_cue(body, cue)
    assert item is None


def test_a_verb_of_knowing_before_of_stays_a_cue() -> None:
    text, item = by_cue("The best harbor plan I know of is the one the guild drew up.", "know")
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == "I"


def test_polnear_content_keeps_the_complementizer() -> None:
    text, item = by_cue("The harbor master said that the channel will reopen in May.", "said")
    assert item is not None
    assert item.content == "that the channel will reopen in May"
    news = find_attributions(newsfacts.parse(HEAD + text[len(HEAD) :]))
    assert [a.content for a in news if a.cue == "said"] == ["the channel will reopen in May"]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("\u201cThe pier is safe,\u201d the harbor master said.", "\u201cThe pier is safe,\u201d"),
        ('"The pier is safe," the harbor master said.', '"The pier is safe,"'),
        ("''The pier is safe,'' the harbor master said.", "''The pier is safe,''"),
    ],
)
def test_polnear_content_keeps_a_quotations_marks(body: str, content: str) -> None:
    _, item = by_cue(body, "said")
    assert item is not None
    assert item.content == content


def test_a_mark_that_closes_nothing_is_left_out() -> None:
    _, item = by_cue("The harbor master said the pier is 'safe enough for now.", "said")
    assert item is not None
    assert item.content == "the pier is 'safe enough for now"


def test_polnear_source_runs_to_the_comma_after_its_appositive() -> None:
    body = "Jane Doe, a spokeswoman for the port, said the pier would reopen."
    text, item = by_cue(body, "said")
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == "Jane Doe, a spokeswoman for the port,"
    news = find_attributions(newsfacts.parse(HEAD + body + "\n"))
    assert [a.source_span.of(text) for a in news if a.source_span] == [
        "Jane Doe, a spokeswoman for the port"
    ]


@pytest.mark.parametrize("scope", ["news", "polnear"])
def test_a_source_after_a_closing_double_apostrophe_leaves_the_marks_out(scope: str) -> None:
    text = HEAD + "''We will rebuild the pier this year,'' Mr. Doe said on Monday.\n"
    found = find_attributions(newsfacts.parse(text), scope=scope)  # type: ignore[arg-type]
    sources = [item.source_span.of(text) for item in found if item.source_span is not None]
    assert sources == ["Mr. Doe"]
    assert all("'" not in (item.source or "") for item in found)


@pytest.mark.parametrize(
    ("body", "cue", "news_cue"),
    [
        ("The mayor has also said the pier will reopen.", "has also said", "said"),
        ("The guild repeatedly called for a new pier.", "repeatedly called for", None),
        ("The harbor master didn't deny that the pier was unsafe.", "didn't deny", None),
        ("The harbor master added: the pier is unsafe.", "added:", "added"),
    ],
)
def test_polnear_cue_is_the_verb_group(body: str, cue: str, news_cue: str | None) -> None:
    _, found = wide(body)
    cues = [item.cue for item in found]
    assert cue in cues
    item = found[cues.index(cue)]
    assert item.source_span is not None
    assert item.cue_span is not None
    assert item.source_span.end <= item.cue_span.start
    if news_cue is not None:  # the news scope's cue is the verb alone
        assert news_cue in news_cues(body)


@pytest.mark.parametrize("scope", ["news", "polnear"])
def test_as_x_said_attributes_the_clause_before_it(scope: str) -> None:
    text = HEAD + "The pier will close in May, as the mayor said last week.\n"
    found = find_attributions(newsfacts.parse(text), scope=scope)  # type: ignore[arg-type]
    said = [item for item in found if item.cue_lemma == "say"]
    assert len(said) == 1
    assert said[0].source_span is not None
    assert said[0].source_span.of(text) == "the mayor"
    assert said[0].content == "The pier will close in May"


def test_a_pronoun_that_ends_a_source_phrase_is_the_source() -> None:
    text, item = by_cue("The target it pledged to reach is far off.", "pledged")
    assert item is not None
    assert item.source_span is not None
    assert item.source_span.of(text) == "it"


@pytest.mark.parametrize(
    ("body", "source", "cue"),
    [
        ("She\u2019s claiming that the pier is unsafe.", "She", "\u2019s claiming"),
        ("They've argued that the pier is unsafe.", "They", "'ve argued"),
    ],
)
def test_a_contracted_auxiliary_is_the_cues_not_the_sources(
    body: str, source: str, cue: str
) -> None:
    text, found = wide(body)
    assert [(item.source_span.of(text), item.cue) for item in found if item.source_span] == [
        (source, cue)
    ]
    news = find_attributions(newsfacts.parse(HEAD + body + "\n"))
    assert [item.source_span.of(text) for item in news if item.source_span] in ([], [source])


@pytest.mark.parametrize(
    ("body", "cue", "asker", "content"),
    [
        ("Asked about the pier, the mayor said it was safe.", "Asked about", None, "the pier"),
        (
            "Asked to describe the damage, the harbor master declined.",
            "Asked",
            None,
            "to describe the damage",
        ),
        (
            "When pressed by reporters about how the pier would be paid for, the mayor left.",
            "pressed",
            "reporters",
            "how the pier would be paid for",
        ),
    ],
)
def test_a_question_put_to_the_subject_is_a_relation(
    body: str, cue: str, asker: str | None, content: str
) -> None:
    text, item = by_cue(body, cue)
    assert item is not None
    assert (None if item.source_span is None else item.source_span.of(text)) == asker
    assert item.content == content
    assert cue not in news_cues(body)


@pytest.mark.parametrize(
    "body",
    [
        "The reporter asked about the pier on Monday, and the mayor left.",
        "When asked, the mayor left the hall.",
    ],
)
def test_asking_with_its_own_subject_or_nothing_asked_is_no_question_frame(body: str) -> None:
    _, found = wide(body)
    assert all(item.source_span is not None for item in found if item.cue_lemma == "asked")
    assert all(item.cue != "asked" or item.source_span is not None for item in found)


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("The mayor apparently disagrees with the harbor board.", "disagrees"),
        ("The guild has championed the new pier for years.", "championed"),
        ("The mayor implied that the pier would close.", "implied"),
    ],
)
def test_statement_and_opinion_verbs_of_the_wide_scope(body: str, cue: str) -> None:
    _, item = by_cue(body, cue)
    assert item is not None
    assert item.source_span is not None
    assert cue not in news_cues(body)


def test_champions_and_suspects_are_nouns() -> None:
    _, found = wide("Defending champions Portville face the suspects' team on Monday.")
    assert found == []


def test_the_new_frames_read_one_endless_sentence_in_linear_time() -> None:
    unit = "in the harbor poll , Asked about the pier , the mayor has also said that "
    counts = []
    for repeat in (300, 600):
        text = HEAD + "But " + unit * repeat + "it is safe.\n"
        found = find_attributions(newsfacts.parse(text), scope="polnear")
        assert_spans_consistent(text, found)
        counts.append(len(found))
    # Twice the line, twice the claims; the time it takes is measured in benchmarks/scaling.py
    # (pytest-timeout stops a quadratic reading).
    assert counts[1] == 2 * counts[0] > 0


@pytest.mark.parametrize(
    ("body", "has_source"),
    [
        ("The fair goes on, with the mayor and her husband expected to visit on Monday.", False),
        ("Talks expected to resume next week were called off.", False),
        ("The mayor had expected to win the race easily.", True),
        ("He expected to sell the pier by May.", True),
    ],
)
def test_expected_to_without_its_auxiliary_is_a_passive(body: str, has_source: bool) -> None:
    _, item = by_cue(body, "expected")
    assert item is not None
    assert (item.source_span is not None) == has_source


def test_a_raising_verb_before_a_view_keeps_its_holder() -> None:
    text, found = wide("The harbor master seemed to think the pier plan was a mistake.")
    assert [
        (item.source_span.of(text), item.cue, item.content) for item in found if item.source_span
    ] == [("The harbor master", "seemed to think", "the pier plan was a mistake")]
    assert len(found) == 1


@pytest.mark.parametrize("scope", ["news", "polnear"])
def test_a_view_inside_anothers_claim_is_part_of_that_claim(scope: str) -> None:
    text = HEAD + "Dock officials believed the pier was sound, the harbor master said.\n"
    found = find_attributions(newsfacts.parse(text), scope=scope)  # type: ignore[arg-type]
    assert [item.cue_lemma for item in found] == ["say"]
