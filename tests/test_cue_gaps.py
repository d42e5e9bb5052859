"""Cue classes closed this session: loud speech, going on, translated as saying, and the
lemma of a capitalised cue."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import cues
from newsfacts.extractors.attributions import find_attributions
from newsfacts.extractors.quotes import find_quotes

LEAD = "The ferry left Dunmore late on Monday. "


def quoted(text: str) -> list[tuple[str | None, str | None]]:
    article = newsfacts.parse(LEAD + text)
    for quote in find_quotes(article):
        if quote.cue_span is not None:
            assert quote.cue_span.of(article.text) == quote.cue
    return [(quote.speaker, quote.cue) for quote in find_quotes(article)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"Stop the boat," Ada Penrose cried out.', "cried out"),
        ('Ada Penrose shouted out: "Stop the boat."', "shouted out"),
        ('"Stop the boat," Ada Penrose blurted out.', "blurted out"),
        ('"The sea is rough," Ada Penrose went on.', "went on"),
        ('Ada Penrose went on: "The sea is rough."', "went on"),
        ('Ada Penrose went on to say that "the sea is rough."', "went on to say"),
        ('"The sea is rough," Ada Penrose was translated as saying.', "was translated as saying"),
    ],
)
def test_a_cue_of_the_class_gives_the_speaker(text: str, cue: str) -> None:
    assert quoted(text) == [("Ada Penrose", cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The skipper went on leave in June.",
        "The skipper went on to win the race.",
        "The race went on.",
        "The crew carried on regardless.",
    ],
)
def test_going_on_without_speech_is_no_cue(text: str) -> None:
    assert [cue.text for cue in cues.find_cues(text, wide=True)] == []


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ('Added the harbour master: "The sea is rough."', "add"),
        ('Shouted the harbour master: "The sea is rough."', "shout"),
    ],
)
def test_a_capitalised_cue_has_its_lemma(text: str, lemma: str) -> None:
    found = find_attributions(newsfacts.parse(LEAD + text))
    assert [(found_one.cue_lemma, found_one.source) for found_one in found] == [
        (lemma, "the harbour master")
    ]


def test_lemma_of_reads_the_wide_scope_on_request() -> None:
    assert cues.lemma_of("worries") is None
    assert cues.lemma_of("worries", wide=True) == "worry"


def test_a_sentence_opening_participle_cue_has_its_lemma() -> None:
    text = (
        LEAD
        + "\n\n"
        + (
            'Saying "nothing is settled" about the timetable, the harbour board closed '
            "the quay for the night."
        )
    )
    found = find_attributions(newsfacts.parse(text))
    assert [(one.cue, one.cue_lemma) for one in found if one.type == "quote"] == [("Saying", "say")]


@pytest.mark.parametrize("verb", ["worries", "fears", "believes", "thinks", "frets", "hoped"])
def test_a_view_inverted_after_a_quotation_reports_it(verb: str) -> None:
    text = f'"The fares will rise again," {verb} former port adviser Ada Penrose.'
    assert quoted(text) == [("Ada Penrose", verb)]


def test_a_view_not_inverted_after_a_quotation_is_no_quotation_cue() -> None:
    text = "Ada Penrose fears the fares will rise again."
    assert list(cues.find_quotation_cues(text)) == []
    assert [cue.text for cue in cues.find_cues(text)] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"The fares will rise," the Dunmore Courier quoted Ada Penrose as saying.', "saying"),
        (
            '"The fares will rise," a port newsletter quoted Ada Penrose as telling staff.',
            "telling",
        ),
    ],
)
def test_quoted_as_saying_after_a_quotation_names_the_one_quoted(text: str, cue: str) -> None:
    assert quoted(text) == [("Ada Penrose", cue)]


def test_a_fronted_participle_before_a_quotation_closed_by_its_comma() -> None:
    text = 'Saying "the timetable is settled," Ada Penrose closed the quay for the night.'
    assert quoted(text) == [("Ada Penrose", "Saying")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"The fares are a scandal," harbour pilot Ada Penrose sniffed.', "sniffed"),
        ('"We won the vote," Ada Penrose crowed on Tuesday.', "crowed"),
        ('"It was never about the money," laughed Ada Penrose.', "laughed"),
        ('"I d-did not know," Ada Penrose stammered.', "stammered"),
        ('"Nobody will starve," Ada Penrose shrugged.', "shrugged"),
        ('"Never," Ada Penrose blurted.', "blurted"),
        ('"The fares were never fair," as Ada Penrose put it.', "put it"),
        (
            '"We stay," Ada Penrose, a pilot who has worked the strait for years, sniffed.',
            "sniffed",
        ),
    ],
)
def test_a_manner_of_speaking_next_to_a_quotation_names_its_speaker(text: str, cue: str) -> None:
    assert quoted(text) == [("Ada Penrose", cue)]


def test_a_manner_of_speaking_before_a_quotation_reports_it() -> None:
    text = 'Ada Penrose scolded the crew: "You were late again."'
    found = list(cues.find_quotation_cues(LEAD + text))
    assert [(cue.text, cue.lemma, cue.kind) for cue in found] == [("scolded", "scold", "speech")]
    assert quoted(text)[0][0] == "Ada Penrose"


def test_a_manner_of_speaking_away_from_a_quotation_is_no_cue() -> None:
    text = "The harbour dog barked at dawn. Ada Penrose sniffed the salt air and smiled."
    assert list(cues.find_quotation_cues(text)) == []
    assert list(cues.find_cues(text)) == []
