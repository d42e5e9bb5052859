"""Pairing quotation marks: every style, apostrophes, odd marks, quotations over paragraphs."""

from __future__ import annotations

import pytest

from newsfacts.quotemarks import Quotation, find_quotations
from newsfacts.records import Span


def quotations(text: str) -> list[Quotation]:
    """The quotations of ``text``, paragraphs separated by blank lines."""
    paragraphs, offset = [], 0
    for block in text.split("\n\n"):
        paragraphs.append(Span(start=offset, end=offset + len(block)))
        offset += len(block) + 2
    return find_quotations(text, paragraphs)


def parts(text: str) -> list[list[str]]:
    return [[part.of(text) for part in quotation.parts] for quotation in quotations(text)]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('The mayor said "the bridge will open" soon.', "the bridge will open"),
        ("The mayor said \u201cthe bridge will open\u201d soon.", "the bridge will open"),
        ("The mayor said \u2018the bridge will open\u2019 soon.", "the bridge will open"),
        ("The mayor said ``the bridge will open'' soon.", "the bridge will open"),
        ("The mayor said ''the bridge will open'' soon.", "the bridge will open"),
        ("The mayor said \u00abthe bridge will open\u00bb soon.", "the bridge will open"),
        ("The mayor said \u201ethe bridge will open\u201c soon.", "the bridge will open"),
        ("The mayor said 'the bridge will open' soon.", "the bridge will open"),
    ],
)
def test_every_style_is_paired(text: str, inside: str) -> None:
    assert parts(text) == [[inside]]


def test_apostrophes_inside_words_are_not_marks() -> None:
    text = "\u201cWe don't know if Okafor\u2019s plan from the \u201990s works,\u201d she said."
    assert parts(text) == [["We don't know if Okafor\u2019s plan from the \u201990s works,"]]


def test_plural_possessive_does_not_close_a_single_quotation() -> None:
    text = "The growers' union called it 'a fair deal for the farmers' today."
    assert parts(text) == [["a fair deal for the farmers"]]


def test_nested_quotation_stays_inside_the_outer_one() -> None:
    text = "``The captain told us `stay put,''' the sailor said."
    assert parts(text) == [["The captain told us `stay put,'"]]


def test_marks_are_paired_by_type() -> None:
    # A curly apostrophe inside straight double quotes never closes them.
    text = '"It\u2019s the ferry\u2019s last run," said Ruiz.'
    assert parts(text) == [["It\u2019s the ferry\u2019s last run,"]]


def test_split_quotation_gives_two_pairs() -> None:
    text = '"The lake is rising," Ortega said, "and the dam is old."'
    assert parts(text) == [["The lake is rising,"], ["and the dam is old."]]


def test_multi_paragraph_quotation_is_one_with_a_part_per_paragraph() -> None:
    text = '"First we close the road.\n\n"Then we wait.\n\n"Then we rebuild," Ortega said.'
    (quotation,) = quotations(text)
    assert [part.of(text) for part in quotation.parts] == [
        "First we close the road.",
        "Then we wait.",
        "Then we rebuild,",
    ]
    assert quotation.closed
    assert quotation.span == Span(start=0, end=text.index(" Ortega"))


def test_odd_marks_degrade_per_paragraph() -> None:
    text = (
        'The "first paragraph has a stray mark, "and one more\n\n'
        'Then "the second is fine," she said.\n\n'
        'A closer" without an opener, then "a pair" here.'
    )
    found = quotations(text)
    assert [[part.of(text) for part in q.parts] for q in found if q.closed] == [
        ["the second is fine,"],
        ["a pair"],
    ]
    # Each opener left open holds its own paragraph up to the next opener, no more, and says
    # it is open (double quotations do not nest: a second opener ends the first).
    strays = [[part.of(text) for part in q.parts] for q in found if not q.closed]
    assert strays == [["first paragraph has a stray mark,"], ["and one more"]]


def test_a_double_opener_ends_the_double_quotation_left_open() -> None:
    text = (
        "\u201cNo one knew us,\u201d says Jo Park. \u201cWhen they said, \u2018Hey you\u2019"
        " \u2014 we had no name. \u201cWe were nobody.\u201d"
    )
    found = quotations(text)
    assert [([part.of(text) for part in q.parts], q.closed) for q in found] == [
        (["No one knew us,"], True),
        (["When they said, \u2018Hey you\u2019 \u2014 we had no name."], False),
        (["We were nobody."], True),
    ]


def test_an_unclosed_quotation_runs_to_its_paragraph_end() -> None:
    text = 'She said: "We will rebuild the pier.\n\nThe council met on Monday.'
    (quotation,) = quotations(text)
    assert not quotation.closed
    assert [part.of(text) for part in quotation.parts] == ["We will rebuild the pier."]


def test_spans_point_inside_the_marks() -> None:
    text = "Ahead: \u201cOne.\u201d and ``Two.'' and \u00abThree.\u00bb"
    for quotation in quotations(text):
        for part in quotation.parts:
            assert text[part.start - 1] in "\u201c`\u00ab"
            assert text[part.end] in "\u201d'\u00bb"


def test_a_hundred_thousand_marks() -> None:
    # Linear behaviour: a line of 100,000 marks pairs into 50,000 empty quotations (dropped)
    # and in a long run of openers each ends the one before (the last opener holds nothing).
    text = "x " + '"' * 100_000
    assert quotations(text) == []
    openers = "say \u201c" * 100_000
    found = quotations(openers)
    assert len(found) == 99_999
    assert {part.of(openers) for quotation in found for part in quotation.parts} == {"say"}
    assert not any(quotation.closed for quotation in found)


@pytest.mark.parametrize("owner", ["B.C.'s", "Acme Inc.\u2019s", "the U.S.'s"])
def test_the_possessive_of_an_abbreviation_is_no_mark(owner: str) -> None:
    text = f"It was a claim {owner} premier rejected. 'We will see,' she said."
    assert parts(text) == [["We will see,"]]
