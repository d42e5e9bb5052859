"""Scorers of the extractors' fields: quotes, attributions and trips, on hand-made records."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from newsfacts.evaluation import evaluate, load_gold
from newsfacts.evaluation.matching import (
    coverage,
    locate,
    person_matches,
    source_matches,
)
from newsfacts.evaluation.report import Report
from newsfacts.evaluation.scoring import FieldScore, score_story
from newsfacts.evaluation.trips import align_legs, leg_matches
from newsfacts.records import Attribution, Quote, Span

STORY = (
    "WELLINGTON, March 4 (Reuters) - The finance minister said on Tuesday the budget would "
    "balance next year.\n\n"
    "\u201cWe have done the hard work,\u201d Ruth Kahu told reporters. \u201cNow the numbers "
    "follow.\u201d\n\n"
    "Kahu said officials had \u201cno plans\u201d to raise taxes, according to a statement.\n\n"
    "\u201cThe surplus is real.\n\n"
    "\u201cIt will grow,\u201d she added.\n"
)

PEOPLE = [{"name": "Ruth Kahu", "aliases": ["Kahu", "the finance minister", "she"]}]


def _find(text: str, part: str) -> Span:
    start = STORY.index(part)
    return Span(start=start, end=start + len(part))


def _quote(*parts: str, speaker: str | None = "Ruth Kahu", kind: Any = "direct") -> Quote:
    spans = [_find(STORY, part) for part in parts]
    return Quote(
        span=Span(start=spans[0].start - 1, end=spans[-1].end + 1),
        text=" ".join(parts),
        parts=spans,
        type=kind,
        speaker=speaker,
    )


def _story(tmp_path: Path, answer: dict[str, Any], text: str = STORY) -> Any:
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "story.json"
    payload = {"file": "story.txt", "published": "2025-03-04", "people": PEOPLE, **answer}
    path.write_text(json.dumps(payload), encoding="utf-8")
    return load_gold(path)


def _rows(story: Any, facts: list[Any]) -> dict[str, FieldScore]:
    import newsfacts

    article = newsfacts.parse(story.text, published=story.published)
    return {score.field: score for score in score_story(story, article, facts)}


GOLD_QUOTES = [
    {"text": "We have done the hard work,", "speaker": "Ruth Kahu", "kind": "direct"},
    {"text": "Now the numbers follow.", "speaker": "Ruth Kahu", "kind": "direct"},
    {"text": "no plans", "speaker": "Ruth Kahu", "kind": "partial"},
    {"text": "The surplus is real. It will grow,", "speaker": "Ruth Kahu", "kind": "direct"},
]


# --- matching helpers ---------------------------------------------------------------------------


def test_a_person_matches_by_name_or_any_alias_only() -> None:
    assert person_matches("ruth kahu", "Ruth Kahu", PEOPLE)
    assert person_matches("The Finance Minister", "Ruth Kahu", PEOPLE)
    assert not person_matches("Kahu", "Ruth Kahu")  # no people given: the name alone
    assert not person_matches("Anna Kahu", "Ruth Kahu", PEOPLE)
    assert not person_matches(None, "Ruth Kahu", PEOPLE)


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Ruth Kahu", "Kahu", True),
        ("US intelligence sources", "intelligence sources", True),
        ("a senior official", "a senior official in Wellington", True),
        ("the FBI and Kenyan police", "Kenyan police and the FBI", True),
        ("US intelligence sources", "sources", True),
        ("US intelligence sources", "police", False),
        ("Ruth Kahu", "Ruth", False),
        ("police", None, False),
    ],
)
def test_attribution_sources_match_by_alias_or_word_containment(
    gold: str, predicted: str | None, expected: bool
) -> None:
    assert source_matches(gold, predicted, PEOPLE) is expected


def test_gold_text_is_located_exactly_then_with_straight_marks_and_spaces() -> None:
    [(start, end)] = locate(STORY, "Now the numbers follow.")
    assert STORY[start:end] == "Now the numbers follow."
    # Straight apostrophe and doubled spaces in gold against the story's curly marks.
    text = "He said \u201cit\u2019s  over\u201d today."
    [(start, end)] = locate(text, "it's over")
    assert text[start:end] == "it\u2019s  over"
    assert locate(STORY, "words that are nowhere") == ()


def test_a_quote_over_paragraphs_is_located_piece_by_piece() -> None:
    pieces = locate(STORY, "The surplus is real. It will grow,")
    assert [STORY[start:end] for start, end in pieces] == ["The surplus is real.", "It will grow,"]


def test_the_search_starts_at_the_cursor_then_wraps() -> None:
    text = "Kahu: budget. Later: budget."
    assert locate(text, "budget", cursor=10) == ((21, 27),)
    assert locate(text, "Kahu", cursor=10) == ((0, 4),)


def test_coverage_counts_each_covered_character_once() -> None:
    assert coverage([(0, 10)], [(0, 6), (4, 8)]) == 0.8
    assert coverage([(0, 4), (10, 14)], [(2, 12)]) == 0.5
    assert coverage([], [(0, 5)]) == 0.0


def test_stray_words_found_here_and_there_are_not_the_gold_text() -> None:
    assert locate(STORY, "Never said this in the budget speech") == ()


def test_locating_in_a_long_text_without_spaces_gives_up_quickly() -> None:
    text = "x" * 1_000_000
    assert locate(text, "x y " * 200) == ()
    assert locate(text, "y" * 50) == ()
    [(start, end)] = locate(text + " tail", "x tail")
    assert (start, end) == (999_999, 1_000_005)


# --- quotes -------------------------------------------------------------------------------------


def test_quotes_found_with_speakers_and_types(tmp_path: Path) -> None:
    story = _story(tmp_path, {"quotes": GOLD_QUOTES})
    facts = [
        _quote("We have done the hard work,", "Now the numbers follow."),  # split by its cue
        _quote("no plans", kind="partial", speaker="Kahu"),
        # The paragraphs of one quote: one predicted unit against one gold quote.
        _quote("The surplus is real.", "It will grow,", speaker="Tim Ward"),
    ]
    rows = _rows(story, facts)
    assert rows["quotes"].counts == rows["quotes"].counts.__class__(tp=4)
    speaker = rows["quotes.speaker"]
    assert (speaker.counts.tp, speaker.counts.fn) == (3, 1)
    [wrong] = speaker.errors
    assert (wrong.kind, wrong.gold, wrong.predicted) == ("wrong", "Ruth Kahu", "Tim Ward")
    assert wrong.context is not None
    assert wrong.context.startswith("The surplus")
    assert rows["quotes.type"].counts.tp == 4


def test_quotes_missed_and_spurious_are_listed_with_their_text(tmp_path: Path) -> None:
    story = _story(tmp_path, {"quotes": GOLD_QUOTES[:2]})
    facts = [_quote("We have done the hard work,"), _quote("no plans", kind="partial")]
    rows = _rows(story, facts)
    counts = rows["quotes"].counts
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    kinds = {(e.kind, e.gold or e.predicted) for e in rows["quotes"].errors}
    assert kinds == {("missed", "Now the numbers follow."), ("spurious", "no plans")}


def test_a_quote_must_cover_more_than_half_of_the_gold_characters(tmp_path: Path) -> None:
    gold = [{"text": "We have done the hard work,", "speaker": "Ruth Kahu", "kind": "direct"}]
    story = _story(tmp_path, {"quotes": gold})
    rows = _rows(story, [_quote("We have done the")])  # 16 of 27 characters
    assert rows["quotes"].counts.tp == 1
    assert rows["quotes@0.3"].counts.tp == 1
    assert rows["quotes@0.8"].counts.tp == 0
    rows = _rows(story, [_quote("We have")])  # 7 of 27
    assert rows["quotes"].counts.tp == 0


def test_one_predicted_quote_matches_one_gold_quote_only(tmp_path: Path) -> None:
    # A whole sentence predicted as one quote against gold that repeats it.
    story = _story(tmp_path, {"quotes": [GOLD_QUOTES[1], GOLD_QUOTES[1]]})
    rows = _rows(story, [_quote("Now the numbers follow.")])
    counts = rows["quotes"].counts
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)


def test_a_gold_quote_not_in_the_story_is_missed_with_a_note(tmp_path: Path) -> None:
    story = _story(tmp_path, {"quotes": [{"text": "Never said this", "speaker": None}]})
    [missed] = _rows(story, [])["quotes"].errors
    assert missed.kind == "missed"
    assert missed.context == "gold text not found in the story"


def test_fields_the_gold_file_leaves_out_are_not_scored(tmp_path: Path) -> None:
    story = _story(tmp_path, {"dateline": None, "bylines": [], "sources": []})
    assert not {"quotes", "attributions", "trips"} & set(_rows(story, [_quote("no plans")]))
    # An empty list is an answer: every predicted quote is then spurious.
    story = _story(tmp_path, {"quotes": []})
    assert _rows(story, [_quote("no plans")])["quotes"].counts.fp == 1


# --- attributions -------------------------------------------------------------------------------


def _attribution(source: str | None, cue: str | None, content: str) -> Attribution:
    span = _find(STORY, content)
    return Attribution(span=span, source=source, cue=cue, content=content, content_parts=[span])


GOLD_ATTRIBUTIONS = [
    {
        "source": "Ruth Kahu",
        "cue": "said",
        "content": "the budget would balance next year",
    },
    {
        "source": "Ruth Kahu",
        "cue": "said",
        "content": "officials had \u201cno plans\u201d to raise taxes",
    },
]


def test_attributions_need_content_and_source(tmp_path: Path) -> None:
    story = _story(tmp_path, {"attributions": GOLD_ATTRIBUTIONS})
    facts = [
        _attribution("the finance minister", "said on Tuesday", "the budget would balance"),
        _attribution("a statement", "according to", "officials had \u201cno plans\u201d to raise"),
    ]
    rows = _rows(story, facts)
    assert (rows["attributions"].counts.tp, rows["attributions"].counts.fn) == (1, 1)
    assert rows["attributions.content"].counts.tp == 2
    [wrong] = rows["attributions"].errors  # one mistake, listed once: the source
    assert (wrong.kind, wrong.gold, wrong.predicted) == ("wrong", "Ruth Kahu", "a statement")
    assert rows["attributions.cue"].counts.tp == 1  # "said on Tuesday" contains "said"


def test_attribution_content_needs_half_of_the_gold_characters(tmp_path: Path) -> None:
    story = _story(tmp_path, {"attributions": GOLD_ATTRIBUTIONS[:1]})
    rows = _rows(story, [_attribution("Kahu", "said", "the budget")])
    assert rows["attributions"].counts.tp == 0
    kinds = sorted(error.kind for error in rows["attributions"].errors)
    assert kinds == ["missed", "spurious"]


def test_a_wrong_cue_is_listed(tmp_path: Path) -> None:
    story = _story(tmp_path, {"attributions": GOLD_ATTRIBUTIONS[:1]})
    rows = _rows(story, [_attribution("Kahu", "denied", "the budget would balance next year")])
    cue = rows["attributions.cue"]
    assert (cue.counts.tp, cue.counts.fn) == (0, 1)
    assert (cue.errors[0].gold, cue.errors[0].predicted) == ("said", "denied")


# --- trips --------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Leg:
    place: str
    country: str | None
    start: datetime.date | None = None
    end: datetime.date | None = None
    purpose: str | None = None


@attrs.frozen(kw_only=True)
class Itinerary:
    """The shape the itineraries extractor will give, as the trip scorer reads it."""

    span: Span
    traveler: str
    status: str
    legs: tuple[Leg, ...]
    extractor: str = "itineraries"


def _trip(traveler: str, status: str, *legs: Leg) -> Itinerary:
    return Itinerary(span=Span(start=0, end=10), traveler=traveler, status=status, legs=legs)


GOLD_TRIP = {
    "traveler": "Ruth Kahu",
    "status": "planned",
    "legs": [
        {"place": "Canberra", "country": "AU", "start": "2025-03-06", "end": "2025-03-07"},
        {"place": "Tokyo", "country": "JP", "start": "2025-03-07", "end": None},
        {"place": "Europe", "country": None, "start": None, "end": None},
    ],
}


def test_trips_legs_and_dates(tmp_path: Path) -> None:
    story = _story(tmp_path, {"trips": [GOLD_TRIP]})
    predicted = _trip(
        "Kahu",
        "planned",
        Leg(place="CANBERRA", country="AU", start=datetime.date(2025, 3, 6)),
        Leg(place="Sydney", country="AU"),
        Leg(place="Tokyo", country="jp", start=datetime.date(2025, 3, 8)),
    )
    rows = _rows(story, [predicted])
    assert rows["trips"].counts.tp == 1
    legs = rows["trips.legs"].counts
    assert (legs.tp, legs.fp, legs.fn) == (2, 1, 1)
    assert {(e.kind, e.gold or e.predicted) for e in rows["trips.legs"].errors} == {
        ("missed", "Europe"),
        ("spurious", "Sydney"),
    }
    dates = rows["trips.leg_dates"]
    # Canberra start right, Canberra end missing, Tokyo start wrong; gold gives no Tokyo end.
    assert (dates.counts.tp, dates.counts.fn) == (1, 2)
    assert {(e.gold, e.predicted) for e in dates.errors} == {
        ("2025-03-07", None),
        ("2025-03-07", "2025-03-08"),
    }


def test_a_trip_with_the_wrong_status_is_wrong_but_its_legs_still_count(tmp_path: Path) -> None:
    story = _story(tmp_path, {"trips": [GOLD_TRIP]})
    rows = _rows(story, [_trip("Ruth Kahu", "completed", Leg(place="Canberra", country="AU"))])
    trips = rows["trips"]
    assert (trips.counts.tp, trips.counts.fp, trips.counts.fn) == (0, 1, 1)
    assert [(e.kind, e.gold, e.predicted) for e in trips.errors] == [
        ("wrong", "planned", "completed")
    ]
    assert rows["trips.legs"].counts.tp == 1


def test_trips_of_other_travelers_are_missed_and_spurious(tmp_path: Path) -> None:
    story = _story(tmp_path, {"trips": [GOLD_TRIP]})
    rows = _rows(story, [_trip("Tim Ward", "planned", Leg(place="Canberra", country="AU"))])
    legs = rows["trips.legs"].counts
    assert (rows["trips"].counts.fp, rows["trips"].counts.fn) == (1, 1)
    assert (legs.tp, legs.fp, legs.fn) == (0, 1, 3)


def test_legs_align_in_order_and_places_match_through_the_gazetteer() -> None:
    gold = [{"place": "Washington", "country": "US"}, {"place": "Tokyo", "country": "JP"}]
    predicted = [
        {"place": "Tokyo", "country": "JP"},
        {"place": "Washington, D.C.", "country": "US"},
    ]
    assert len(align_legs(gold, predicted)) == 1  # order matters
    assert leg_matches({"place": "Washington", "country": "US"}, predicted[1]) is (
        _same_place("Washington", "Washington, D.C.")
    )
    assert not leg_matches({"place": "Tokyo", "country": "JP"}, {"place": "Tokyo", "country": None})


def _same_place(a: str, b: str) -> bool:
    from newsfacts.gazetteer import resolve

    found = resolve(a, country_hint="US")
    return a.casefold() == b.casefold() or (
        found is not None and found == resolve(b, country_hint="US")
    )


# --- the report ---------------------------------------------------------------------------------


def test_the_table_keeps_its_columns_with_long_row_names(tmp_path: Path) -> None:
    _story(tmp_path, {"attributions": GOLD_ATTRIBUTIONS, "quotes": GOLD_QUOTES})
    report = evaluate([tmp_path], only=[])
    table = report.table().splitlines()
    assert {len(line) for line in table[:-1]} == {len(table[0])}
    assert any(line.startswith("attributions.content ") for line in table)
    names = [line.split()[0] for line in table[1:-1]]
    assert names.index("quotes") < names.index("quotes.speaker") < names.index("attributions")


def test_error_listing_shows_what_a_wrong_value_belongs_to() -> None:
    from newsfacts.evaluation.counts import Error

    error = Error(
        story="s.txt",
        field="quotes.speaker",
        kind="wrong",
        gold="Ruth Kahu",
        predicted="Tim Ward",
        context="We have done",
    )
    listing = Report(stories=1, fields={}, errors=(error,)).error_listing()
    assert (
        listing == "s.txt: quotes.speaker: wrong: gold 'Ruth Kahu', got 'Tim Ward' (We have done)"
    )


def test_cancelled_and_hypothetical_trips_are_not_scored(tmp_path: Path) -> None:
    story = _story(tmp_path, {"trips": [GOLD_TRIP]})
    called_off = _trip("Tim Ward", "cancelled", Leg(place="Paris", country="FR"))
    maybe = _trip("Tim Ward", "hypothetical", Leg(place="Rome", country="IT"))
    real = _trip("Ruth Kahu", "planned", Leg(place="Canberra", country="AU"))
    rows = _rows(story, [called_off, maybe, real])
    trips = rows["trips"].counts
    assert (trips.tp, trips.fp, trips.fn) == (1, 0, 0)
    assert rows["trips.legs"].counts.fp == 0
