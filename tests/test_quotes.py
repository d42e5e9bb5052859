"""The built-in quotes extractor: quotations, their kind, speaker and cue, on invented copy."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import cues
from newsfacts.extractors.quotes import QuoteExtractor, find_quotes
from newsfacts.records import Quote
from newsfacts.testing import isolated_host


def quotes(text: str) -> list[Quote]:
    """The quotes of ``text``, speakers named as printed (no entity layer)."""
    found = find_quotes(newsfacts.parse(text), use_entities=False)
    for quote in found:
        assert quote.span.start <= quote.parts[0].start
        assert quote.parts[-1].end <= quote.span.end
        assert quote.text == " ".join(part.of(text) for part in quote.parts)
        if quote.speaker_span is not None:
            assert quote.speaker_span.end <= len(text)
        if quote.cue_span is not None:
            assert quote.cue_span.of(text) == quote.cue
    return found


def one(text: str) -> Quote:
    (quote,) = quotes(text)
    return quote


BODY = "Harbor plan\n\nPORTVILLE (AP) \u2014 The council met on Monday.\n\n"


def test_speaker_before_with_a_colon() -> None:
    quote = one(BODY + 'Mayor Ines Okafor said: "The harbor will reopen in May."\n')
    assert quote.text == "The harbor will reopen in May."
    assert quote.type == "direct"
    assert (quote.speaker, quote.speaker_resolution, quote.cue) == ("Ines Okafor", "name", "said")
    assert quote.speaker_span is not None
    assert "Ines Okafor" in quote.speaker_span.of(BODY + "Mayor Ines Okafor said")


def test_speaker_after_the_quotation() -> None:
    text = BODY + 'Ines Okafor spoke first.\n\n"We are ready to build," Okafor said.\n'
    quote = one(text)
    assert quote.speaker == "Ines Okafor"  # the surname completed from the fuller name
    assert quote.speaker_resolution == "alias"
    assert quote.speaker_span is not None
    assert quote.speaker_span.of(text) == "Okafor"


def test_inverted_speaker_with_an_appositive() -> None:
    text = BODY + '"The budget is sound," said Tomas Brandt, a spokesman for the port.\n'
    quote = one(text)
    assert (quote.speaker, quote.cue) == ("Tomas Brandt", "said")


def test_speaker_behind_an_appositive() -> None:
    text = BODY + '"We will not stop," Lena Varga, a dock worker, told reporters.\n'
    quote = one(text)
    assert (quote.speaker, quote.cue) == ("Lena Varga", "told reporters")


def test_pronoun_continues_the_last_person() -> None:
    text = (
        BODY + "Lena Varga has worked the docks for years.\n\n" + '"It is hard work," she said.\n'
    )
    quote = one(text)
    assert (quote.speaker, quote.speaker_resolution) == ("Lena Varga", "pronoun")
    assert quote.speaker_span is not None
    assert quote.speaker_span.of(text) == "she"


def test_an_organisation_can_speak() -> None:
    text = BODY + '"The vote was fair," the Harbor Commission added in a statement.\n'
    quote = one(text)
    assert (quote.speaker, quote.cue) == ("Harbor Commission", "added")


def test_split_quote_is_one_record_with_two_parts() -> None:
    text = BODY + '"We are," Ines Okafor said, "making progress."\n'
    quote = one(text)
    assert [part.of(text) for part in quote.parts] == ["We are,", "making progress."]
    assert quote.text == "We are, making progress."
    assert quote.speaker == "Ines Okafor"
    assert quote.span.of(text) == '"We are," Ines Okafor said, "making progress."'


def test_multi_paragraph_quote_is_one_record() -> None:
    text = (
        BODY + 'Ines Okafor said: "First we dredge the channel.\n\n'
        '"Then we rebuild the piers.\n\n"Then we open," she said.\n'
    )
    quote = one(text)
    assert [part.of(text) for part in quote.parts] == [
        "First we dredge the channel.",
        "Then we rebuild the piers.",
        "Then we open,",
    ]
    assert quote.speaker == "Ines Okafor"


def test_floating_quote_continues_the_last_speaker() -> None:
    text = (
        BODY + '"The water is rising," said Tomas Brandt.\n\n'
        '"Nobody listened to us for a decade."\n'
    )
    first, second = quotes(text)
    assert first.speaker == second.speaker == "Tomas Brandt"
    assert second.cue is None
    assert second.speaker_span is None


def test_speaker_in_the_sentence_before() -> None:
    text = BODY + 'Tomas Brandt spoke to reporters on the pier. "We need a new wall."\n'
    quote = one(text)
    assert quote.speaker == "Tomas Brandt"


def test_partial_quote_woven_into_reported_speech() -> None:
    text = BODY + 'Okafor said the deal committed the port to a "complete overhaul" of safety.\n'
    quote = one(text)
    assert (quote.text, quote.type, quote.speaker) == ("complete overhaul", "partial", "Okafor")


def test_direct_quote_by_punctuation_inside_the_marks() -> None:
    text = BODY + 'Brandt said that "The port will never close again." Nobody objected.\n'
    assert one(text).type == "direct"


@pytest.mark.parametrize(
    "sentence",
    [
        'The film "Harbor Lights" opened on Friday.',  # a title of a work
        'The smuggler Ray "The Eel" Norris was caught.',  # a nickname
        'The so-called "harbor tax" was dropped.',  # so-called
        'The storm left a "disaster zone" along the coast.',  # a scare quote
    ],
)
def test_titles_nicknames_and_scare_quotes_are_no_quotes(sentence: str) -> None:
    assert quotes(BODY + sentence + "\n") == []


def test_headline_is_not_searched() -> None:
    text = '"We will rebuild," mayor vows\n\nPORTVILLE (AP) \u2014 The council met on Monday.\n'
    assert newsfacts.parse(text).headline is not None
    assert quotes(text) == []


def test_every_mark_style() -> None:
    for opener, closer in [('"', '"'), ("\u201c", "\u201d"), ("``", "''"), ("\u00ab", "\u00bb")]:
        text = BODY + f"{opener}We are ready,{closer} Okafor said.\n"
        quote = one(text)
        assert quote.text == "We are ready,"
        assert quote.speaker == "Okafor"


def test_odd_marks_never_fail_the_article() -> None:
    text = (
        BODY + 'Brandt said "the wall is weak.\n\nThe council voted.\n\n'
        '"We will fix it," Okafor said.\n\nThe mayor said "nothing else\n'
    )
    found = quotes(text)
    assert ("We will fix it,", "Okafor") in [(quote.text, quote.speaker) for quote in found]
    assert all("council" not in quote.text for quote in found)


def test_many_marks_do_not_hang() -> None:
    text = BODY + ('"a" ' * 50_000) + "\n"
    assert isinstance(quotes(text), list)


def test_extract_returns_quote_records_through_the_plugin_host() -> None:
    text = BODY + '"We are ready," said Tomas Brandt.\n'
    with isolated_host(builtins=True):
        records = newsfacts.extract(text, only="quotes")
    assert [type(record) for record in records] == [Quote]
    (quote,) = records
    assert quote.extractor == "quotes"
    assert quote.parts[0].of(text) == "We are ready,"


def test_extractor_protocol() -> None:
    extractor = QuoteExtractor()
    assert extractor.name == "quotes"
    assert extractor.requires == ()


def test_cue_lexicon_lemmas() -> None:
    assert cues.lemma_of("said") == "say"
    assert cues.lemma_of("told reporters") == "tell"
    assert cues.lemma_of("declined to comment") == "decline to comment"
    assert cues.LEXICON["according to"].kind == "source"
    assert cues.lemma_of("walked") is None
    found = list(cues.find_cues("She denied it, then added more."))
    assert [(cue.text, cue.lemma, cue.kind) for cue in found] == [
        ("denied", "deny", "denial"),
        ("added", "add", "speech"),
    ]
