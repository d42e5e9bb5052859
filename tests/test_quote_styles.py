"""The same story in another quotation style gives the same quotes (text, kind, speaker)."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.extractors.quotes import find_quotes

# Two sentences, the second opening with a quotation that a comma and a cue after it make
# direct; then a sentence in marks alone in its paragraph that continues the speaker.
STORY = (
    "Harbor plan\n\nPORTVILLE (AP) \u2014 The council met on Monday to vote on the plan.\n\n"
    "Mayor Ines Okafor spoke first. {o}We are ready to build the new pier,{c} Okafor said.\n\n"
    "{o}The harbor will reopen in May. Nobody here doubts that.{c}\n"
)

STYLES = {
    "straight": ('"', '"'),
    "curly": ("\u201c", "\u201d"),
    "curly single": ("\u2018", "\u2019"),
    "guillemets": ("\u00ab", "\u00bb"),
    "guillemets with thin spaces": ("\u00ab\u2009", "\u2009\u00bb"),
    "guillemets with no-break spaces": ("\u00ab\u00a0", "\u00a0\u00bb"),
    "German": ("\u201e", "\u201c"),
    "curly with thin spaces": ("\u201c\u2009", "\u2009\u201d"),
}


def _read(opening: str, closing: str) -> list[tuple[str, str, str | None]]:
    text = STORY.format(o=opening, c=closing)
    found = find_quotes(newsfacts.parse(text), use_entities=False)
    return [(quote.text, quote.type, quote.speaker) for quote in found]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_style_reads_the_same_quotes(style: str) -> None:
    assert _read(*STYLES[style]) == [
        ("We are ready to build the new pier,", "direct", "Ines Okafor"),
        ("The harbor will reopen in May. Nobody here doubts that.", "direct", "Ines Okafor"),
    ]


@pytest.mark.parametrize("marks", [("\u2018", "\u2019"), ("\u201c", "\u201d"), ('"', '"')])
def test_a_subheading_in_marks_is_no_speech(marks: tuple[str, str]) -> None:
    # A short phrase in marks with no stop and no cue, alone in its paragraph, is a
    # subheading in headline style; the same words as a whole sentence are speech.
    opening, closing = marks
    text = (
        "Harbor plan\n\nPORTVILLE (AP) \u2014 The council met on Monday.\n\n"
        f"{opening}Ready to build the new pier{closing}\n\n"
        "Mayor Ines Okafor spoke first.\n\n"
        f"{opening}Ready to build the new pier.{closing}\n"
    )
    found = find_quotes(newsfacts.parse(text), use_entities=False)
    assert [(quote.text, quote.type) for quote in found] == [
        ("Ready to build the new pier.", "direct")
    ]


def test_a_no_break_space_after_the_closing_mark() -> None:
    # Web copy often sets a no-break space after a mark: the cue after it still speaks.
    text = (
        "Harbor plan\n\nPORTVILLE (AP) \u2014 The council met on Monday.\n\n"
        "\u201cThe harbor will reopen in May.\u201d\u00a0said Ines Okafor, the mayor.\n"
    )
    (quote,) = find_quotes(newsfacts.parse(text), use_entities=False)
    assert (quote.text, quote.speaker, quote.cue) == (
        "The harbor will reopen in May.",
        "Ines Okafor",
        "said",
    )
