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


# -- what is in marks but nobody's speech ------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "READ MORE: \u2018Still in shock\u2019: dock workers face a long winter\n",
        "WATCH: Mayor calls the vote \u201ca disgrace\u201d\n",
        'A worker walks the pier in a scene from "The Quiet Harbor." (Jo Marsh / AP)\n',
        'Lena Varga says: "Just listen to us." (Tom Reyes/Harbor News)\n',
    ],
)
def test_links_and_captions_hold_no_quotes(paragraph: str) -> None:
    assert quotes(BODY + paragraph + "\nThe port reopened.\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        'With signs reading "Save the pier," "No tolls" and "Fix the road," 50 people marched.',
        'Marchers carried a banner that read "Hands off our harbor."',
        'Words on the list include "synergy," "pivot," "bandwidth" and "deep dive."',
    ],
)
def test_signs_and_lists_of_terms_are_no_speech(sentence: str) -> None:
    assert quotes(BODY + sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Okafor played a pilot in a scene from "The Quiet Harbor."',
        'Brandt said on Harbor TV\u2019s "Morning Tide." The port reopened.',
        'Ines Okafor told the "Morning Tide" show on Monday that the port would reopen.',
    ],
)
def test_titles_of_works_are_no_quotes(sentence: str) -> None:
    assert quotes(BODY + sentence + "\n") == []


def test_two_chants_are_still_quotes() -> None:
    found = quotes(BODY + 'Varga said she heard them shout, "Go home!" and "Shame on you!"\n')
    assert [quote.text for quote in found] == ["Go home!", "Shame on you!"]


# -- speakers ------------------------------------------------------------------------------------


def test_the_owner_of_a_possessive_does_not_speak() -> None:
    text = (
        BODY + 'The team lost again.\n\n"That was not good enough," Portville\'s Ana Ruiz said.\n'
    )
    for use_entities in (True, False):
        (quote,) = find_quotes(newsfacts.parse(text), use_entities=use_entities)
        assert quote.speaker == "Ana Ruiz"


def test_a_possessive_owner_is_no_pronoun_antecedent() -> None:
    text = BODY + "It was a claim B.C.'s premier rejected. 'We will see,' she said.\n"
    (quote,) = find_quotes(newsfacts.parse(text))
    assert quote.speaker != "British Columbia"


def test_a_relative_clause_between_speaker_and_cue() -> None:
    quote = one(BODY + '"This is an outrage," a resident, whose name was withheld, wrote.\n')
    assert (quote.speaker, quote.cue) == ("a resident", "wrote")


def test_a_long_appositive_after_the_quotation() -> None:
    text = (
        BODY + '"Prices will rise," Mara Lind, director of trade studies at the Northern '
        "Institute for Policy Research, said on Monday.\n"
    )
    assert one(text).speaker == "Mara Lind"


def test_a_pronoun_goes_on_with_the_last_speaker() -> None:
    # The engineer is named last, but not as anyone's subject: "he" is still the speaker.
    text = (
        BODY + 'Tomas Brandt runs the port.\n\n"We are ready," Brandt said.\n\n'
        "The plan was drawn up in 2019 by the engineer Paul Weber.\n\n"
        '"It will work," he said.\n'
    )
    found = find_quotes(newsfacts.parse(text))
    assert [(quote.speaker, quote.speaker_resolution) for quote in found] == [
        ("Tomas Brandt", "alias"),
        ("Tomas Brandt", "pronoun"),
    ]


def test_a_description_names_the_person_of_that_role() -> None:
    text = (
        BODY
        + 'Senator Ada Holm spoke after the vote.\n\n"We will appeal," the Vermont Democrat said.\n'
    )
    (quote,) = find_quotes(newsfacts.parse(text))
    assert (quote.speaker, quote.speaker_resolution) == ("Ada Holm", "description")


def test_a_title_before_the_speaker_does_not_end_the_sentence() -> None:
    text = (
        "HARARE (AP) — The union met again on Monday.\n\n"
        '"We will not give up," Mr. Moyo said. "The strike goes on."\n'
    )
    quotes = [q for q in newsfacts.extract(text, only=["quotes"]) if isinstance(q, Quote)]
    # Both quotes have their speaker and cue: the point of "Mr." ends no sentence.
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("We will not give up,", "Moyo", "said"),
        ("The strike goes on.", "Moyo", "said"),
    ]


def test_paragraphs_of_a_quote_run_together_are_one_quote() -> None:
    # Each paragraph of a long quotation reopens and only the last closes; when the copy has
    # lost the paragraph breaks, the reopening marks still part the quotation's paragraphs.
    quote = one(
        BODY + 'Ines Okafor said: "The pier is unsafe. "We will rebuild it by May." '
        "The council agreed.\n"
    )
    assert quote.text == "The pier is unsafe. We will rebuild it by May."
    assert len(quote.parts) == 2
    assert quote.speaker == "Ines Okafor"


def test_a_new_opener_ends_a_quotation_left_open_mid_sentence() -> None:
    found = quotes(
        BODY + "\u201cWe had no names,\u201d says Ines Okafor. \u201cWhen they said, "
        "\u2018Hey you\u2019 \u2014 it meant we were nobody \u201cWe were just a number.\u201d\n"
    )
    assert [quote.text[:14] for quote in found] == [
        "We had no name",
        "When they said",
        "We were just a",
    ]
    assert [quote.speaker for quote in found] == ["Ines Okafor"] * 3


def test_a_fragment_without_a_cue_continues_the_last_speaker() -> None:
    found = quotes(
        BODY + '"The pier is unsafe," said Ines Okafor.\n\n'
        'Crews left early. The old dock had become "a danger to every crew" over the years.\n'
    )
    assert [(quote.type, quote.speaker) for quote in found] == [
        ("direct", "Ines Okafor"),
        ("partial", "Ines Okafor"),
    ]


def test_a_clause_cut_short_names_no_speaker() -> None:
    # ``more gently`` before the cue is no speaker: the quote continues the last one.
    found = quotes(
        BODY + '"We will rebuild," said Ines Okafor.\n\n'
        'The old crews were, put more gently, "not ready for change," she recalled.\n\n'
        'Its berths were what people more gently called "the quiet end."\n'
    )
    assert [quote.speaker for quote in found] == ["Ines Okafor"] * 3


def test_a_caption_subject_does_not_take_over_a_pronoun() -> None:
    text = (
        BODY + '"The pier is unsafe," says Ines Okafor, the harbor engineer.\n\n'
        "Tomas Brandt looks at the pier in 1999. ( Jan Roe / Portville Post )\n\n"
        'Crews worked there for decades. "We will rebuild it by May," she says.\n'
    )
    found = find_quotes(newsfacts.parse(text))
    assert [quote.speaker for quote in found] == ["Ines Okafor", "Ines Okafor"]


def test_a_person_introduced_in_the_paragraph_takes_the_pronoun() -> None:
    text = (
        BODY + '"We are ready," said Tomas Brandt, who runs the port.\n\n'
        "The plan also won praise from the engineer Paul Weber, 50. "
        '"It will work," he said.\n'
    )
    found = find_quotes(newsfacts.parse(text))
    assert [quote.speaker for quote in found] == ["Tomas Brandt", "Paul Weber"]
