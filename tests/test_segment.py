"""Paragraphs and sentences, on invented fixtures in the styles of real wire copy."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsfacts.records import Paragraph, Sentence, Span
from newsfacts.segment import split_paragraphs, split_sentences


def paragraphs(text: str, exclude: Sequence[Span] = ()) -> list[str]:
    found = split_paragraphs(text, exclude=exclude)
    assert_exact(text, found)
    return [paragraph.text for paragraph in found]


def sentences(text: str) -> list[str]:
    found = split_sentences(text, split_paragraphs(text))
    assert_exact(text, found)
    return [sentence.text for sentence in found]


def assert_exact(text: str, records: Sequence[Paragraph | Sentence]) -> None:
    previous_end = 0
    for record in records:
        assert text[record.span.start : record.span.end] == record.text
        assert record.text == record.text.strip()
        assert record.text
        assert record.span.start >= previous_end
        previous_end = record.span.end


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part))


# --- paragraph styles -------------------------------------------------------------------------

BLANK_LINES = """\
Ministers meet on fishing quotas

BRUSSELS, May 4 (AFP) - Fisheries ministers met on Tuesday to settle quotas.

"We are close," a diplomat said.

Talks resume on Wednesday.
"""

ONE_PER_LINE = (
    "Envoy to visit the capital for talks on the border dispute between the two neighbours\n"
    "The special envoy will travel to the capital on Friday to hold talks with the foreign"
    " minister on the long-running border dispute, the ministry said in a statement.\n"
    "The visit is the first by a senior official since the ceasefire agreed in the spring"
    " and follows weeks of shuttle diplomacy by regional mediators.\n"
    "\u201cWe expect frank discussions,\u201d a spokeswoman said, adding that no agreement"
    " was expected before the end of the month.\n"
)

HARD_WRAPPED = """\
GRAIN STOCKS SEEN LOWER
    CHICAGO, March 3 - Grain stocks held by farmers fell in
the latest quarter as exports picked up and feed use rose,
private analysts said in a survey released today.
    The survey put corn stocks at 5.93 billion bushels, down
from 6.21 billion a year earlier, and wheat at 1.87 billion.
    "Demand has surprised everyone," one analyst said.
 Reuter
"""


def test_blank_line_separated_paragraphs() -> None:
    assert paragraphs(BLANK_LINES) == [
        "Ministers meet on fishing quotas",
        "BRUSSELS, May 4 (AFP) - Fisheries ministers met on Tuesday to settle quotas.",
        '"We are close," a diplomat said.',
        "Talks resume on Wednesday.",
    ]


def test_one_paragraph_per_long_line_without_blank_lines() -> None:
    found = paragraphs(ONE_PER_LINE)
    assert len(found) == 4
    assert found[1].startswith("The special envoy")
    assert found[1].endswith("in a statement.")
    assert found[3].endswith("end of the month.")


def test_hard_wrapped_paragraphs_open_with_an_indent_and_keep_inner_newlines() -> None:
    found = paragraphs(HARD_WRAPPED)
    assert found[1] == (
        "CHICAGO, March 3 - Grain stocks held by farmers fell in\n"
        "the latest quarter as exports picked up and feed use rose,\n"
        "private analysts said in a survey released today."
    )
    assert found[2].startswith("The survey put corn")
    assert found[2].endswith("wheat at 1.87 billion.")
    assert found[3] == '"Demand has surprised everyone," one analyst said.'
    assert found[4] == "Reuter"


def test_tab_indented_hard_wrapped_copy() -> None:
    text = HARD_WRAPPED.replace("\n    ", "\n\t")
    assert [p.split("\n")[0] for p in paragraphs(text)] == [
        p.split("\n")[0] for p in paragraphs(HARD_WRAPPED)
    ]


def test_crlf_line_ends() -> None:
    for text in (BLANK_LINES, HARD_WRAPPED, ONE_PER_LINE):
        crlf = text.replace("\n", "\r\n")
        expected = [p.replace("\n", "\r\n") for p in paragraphs(text)]
        assert paragraphs(crlf) == expected
        assert not any(p.endswith("\r") for p in paragraphs(crlf))


def test_each_block_chooses_its_own_style() -> None:
    text = (
        "The first paragraph is a long line that was never wrapped by the wire service and"
        " it runs on well past the width of any hard-wrapped copy, as web copy does.\n\n"
        + HARD_WRAPPED.split("\n", 1)[1]
    )
    found = paragraphs(text)
    assert found[0].startswith("The first paragraph")
    assert found[1].startswith("CHICAGO, March 3")
    assert found[1].count("\n") == 2


def test_short_lines_are_not_mistaken_for_wrapped_copy() -> None:
    assert paragraphs("Talks resume\nOfficials met today.\n") == [
        "Talks resume",
        "Officials met today.",
    ]
    listing = "Wheat 2.55 down\nCorn 1.35 up\nOats 1.24 flat\n"
    assert paragraphs(listing) == ["Wheat 2.55 down", "Corn 1.35 up", "Oats 1.24 flat"]


def test_lines_ending_sentences_are_one_paragraph_each() -> None:
    text = (
        "The minister arrived in the capital on Monday for talks.\n"
        "She met the prime minister and the foreign minister there.\n"
        "The two sides signed an agreement on trade and transport.\n"
    )
    assert len(paragraphs(text)) == 3


# --- furniture --------------------------------------------------------------------------------


def test_furniture_is_left_out_and_the_dateline_opens_the_first_paragraph() -> None:
    text = (
        "Envoy to visit Pyongyang\n"
        "By Jane Roe\n"
        "SEOUL, July 3 (Yonhap) -- The envoy will travel on Thursday.\n"
        "He will meet officials there. (Yonhap)\n"
    )
    exclude = [
        span_of(text, "Envoy to visit Pyongyang"),
        span_of(text, "By Jane Roe"),
        span_of(text, "SEOUL, July 3 (Yonhap) --"),
        span_of(text, "(Yonhap) --"),  # overlaps the dateline
        span_of(text, "(Yonhap)\n"),
    ]
    found = split_paragraphs(text, exclude=exclude)
    assert [p.text for p in found] == [
        "The envoy will travel on Thursday.",
        "He will meet officials there.",
    ]
    assert found[0].span.start == text.index("The envoy")


def test_furniture_in_hard_wrapped_copy() -> None:
    exclude = [
        span_of(HARD_WRAPPED, "GRAIN STOCKS SEEN LOWER"),
        span_of(HARD_WRAPPED, "CHICAGO, March 3 -"),
        span_of(HARD_WRAPPED, "Reuter"),
    ]
    found = paragraphs(HARD_WRAPPED, exclude)
    assert found[0].startswith("Grain stocks held by farmers fell in\nthe latest")
    assert found[-1] == '"Demand has surprised everyone," one analyst said.'
    assert len(found) == 3


def test_furniture_inside_a_line_splits_it() -> None:
    text = "First part of the line. CREDIT LINE Second part of the line."
    assert paragraphs(text, [span_of(text, "CREDIT LINE")]) == [
        "First part of the line.",
        "Second part of the line.",
    ]


def test_exclude_spans_past_the_end_are_clipped() -> None:
    text = "One paragraph here."
    assert paragraphs(text, [Span(start=3, end=500)]) == ["One"]


# --- degenerate input -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\r\n \u00a0\n", "\r\n\r\n"])
def test_empty_and_white_space_text_has_no_paragraphs(text: str) -> None:
    assert split_paragraphs(text) == ()
    assert split_sentences(text, ()) == ()


@pytest.mark.parametrize("text", ['"', '""""', "``''", "\u201c\u201d\n\n\u2018", "* * *", " -- "])
def test_text_without_letters_has_no_paragraphs(text: str) -> None:
    assert split_paragraphs(text) == ()


def test_unbalanced_quotes() -> None:
    text = '"We will win. They cannot stop us, he said. Nobody answered.\n\nLater "he left.'
    assert sentences(text) == [
        '"We will win.',
        "They cannot stop us, he said.",
        "Nobody answered.",
        'Later "he left.',
    ]


def test_sentences_never_cross_paragraphs() -> None:
    text = "He said the talks\n\nwould go on. They did."
    found = split_sentences(text, split_paragraphs(text))
    assert [(s.text, s.paragraph) for s in found] == [
        ("He said the talks", 0),
        ("would go on.", 1),
        ("They did.", 1),
    ]


def test_sentences_follow_the_paragraph_index_given() -> None:
    text = "A. Skip me. Then this one. And this."
    chosen = (Paragraph(span=Span(start=12, end=36), text=text[12:36]),)
    found = split_sentences(text, chosen)
    assert [(s.text, s.paragraph) for s in found] == [("Then this one.", 0), ("And this.", 0)]


@pytest.mark.parametrize(
    ("text", "paragraph_count", "sentence_count"),
    [
        ("x" * 1_000_000, 1, 1),
        ("." * 1_000_000, 0, 0),  # no word: nothing to read
        ("a." * 500_000, 1, 1),
        ("A. " * 300_000, 1, 300_000),  # initials, but no name after them: each ends one
        ('"' * 1_000_000, 0, 0),
        ("U.S. " * 200_000, 1, 1),  # an abbreviation before another never ends a sentence
        (" " * 1_000_000 + "end.", 1, 1),
        ("\n" * 500_000, 0, 0),
        (("    " + "word " * 12 + "\n" + ("word " * 13 + "\n") * 5) * 2_000, 2_000, 2_000),
    ],
)
def test_long_and_pathological_input_gives_exact_spans(
    text: str, paragraph_count: int, sentence_count: int
) -> None:
    # pytest-timeout guards against a hang; here only the answer is checked.
    found = split_paragraphs(text)
    found_sentences = split_sentences(text, found)
    assert_exact(text, found)
    assert_exact(text, found_sentences)
    assert (len(found), len(found_sentences)) == (paragraph_count, sentence_count)
    if found:
        assert found[-1].span.end == len(text.rstrip())


def test_one_very_long_unwrapped_line_is_one_paragraph() -> None:
    text = "It rained. " * 100_000
    found = split_paragraphs(text)
    assert len(found) == 1
    assert len(split_sentences(text, found)) == 100_000


# --- sentences --------------------------------------------------------------------------------


def test_plain_sentences_and_question_and_exclamation_marks() -> None:
    assert sentences("Who won? Nobody knows! The count goes on. It will end soon.") == [
        "Who won?",
        "Nobody knows!",
        "The count goes on.",
        "It will end soon.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. envoy met U.N. officials on Monday.",
        "Mr. Smith and Mrs. Jones met Dr. Brown.",
        "Gen. Ray and Lt. Gen. Kay met Sen. Moe, Rep. Fox and Gov. Ames in St. Louis.",
        "Lt.-Gen. Ray spoke.",
        "The talks opened on Feb. 26 and end on Sept. 3.",
        "Acme Corp. and Beta Inc. bought Gamma Co. and Delta Ltd. last year.",
        "Acme Co. Chairman John Doe said so.",
        "The team is ranked No. 1 in the league.",
        "He landed at 10:30 a.m. (0230 GMT) and left at 1 p.m. Tuesday.",
        "It was Smith vs. Jones in the final.",
        "By Gerald F. Seib and Walter S. Mossberg.",
        "J.R.R. Tolkien wrote it.",
        "Output rose to 5.93 mln tonnes from 5.1 mln.",
        "He moved to Austin, Tex., last year.",
        '"Why?" he asked.',
        '"Why?" Smith asked.',
        "Wait... and see.",
        "The U.S. Embassy said so.",
        "It was the Clinton vs. Dole race.",
    ],
)
def test_one_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Troops moved to the U.S. They arrived on Monday.", "Troops moved to the U.S."),
        ("He works for Acme Corp. The firm makes tools.", "He works for Acme Corp."),
        ("It opens at 9 a.m. The doors close at 5.", "It opens at 9 a.m."),
        ("They bought it from Acme Ltd. Mr. Doe said so.", "They bought it from Acme Ltd."),
        ('He works at Acme Co. "We are busy," he said.', "He works at Acme Co."),
        ("He has visited the U.S. In June he went again.", "He has visited the U.S."),
        ("I waited... Then he came.", "I waited..."),
        ("I waited\u2026 Then he came.", "I waited\u2026"),
        ("Did it work? Yes.", "Did it work?"),
        ("Rates rose 0.5 pct. 12 banks agreed.", "Rates rose 0.5 pct."),
    ],
)
def test_two_sentences(text: str, first: str) -> None:
    found = sentences(text)
    assert len(found) == 2
    assert found[0] == first


def test_closing_quotes_and_brackets_belong_to_the_sentence() -> None:
    text = (
        '"We are continuing to make progress," she said. '
        "\u201cWe met yesterday.\u201d She left. "
        "``We will return home.'' He agreed. "
        "(It was late.) They slept. "
        "He called it \u2018fine.\u2019 Nobody agreed."
    )
    assert sentences(text) == [
        '"We are continuing to make progress," she said.',
        "\u201cWe met yesterday.\u201d",
        "She left.",
        "``We will return home.''",
        "He agreed.",
        "(It was late.)",
        "They slept.",
        "He called it \u2018fine.\u2019",
        "Nobody agreed.",
    ]


@pytest.mark.parametrize(
    ("opener", "closer"),
    [
        ("\u201e", "\u201c"),  # German double low mark
        ("\u201a", "\u2018"),  # German single low mark
        ("\u2033", "\u2033"),  # a double prime typed for a straight mark
        ("\u2039", "\u203a"),  # single guillemets
        ("\u00ab", "\u00bb"),  # guillemets
    ],
)
def test_every_closing_mark_belongs_to_the_sentence(opener: str, closer: str) -> None:
    text = f"Roe said: {opener}We will win.{closer} The vote is Monday."
    assert sentences(text) == [f"Roe said: {opener}We will win.{closer}", "The vote is Monday."]


@pytest.mark.parametrize(
    ("opener", "closer"), [("\u201e", "\u201c"), ("\u2033", "\u2033"), ("\u201c", "\u201d")]
)
def test_a_quotation_after_an_abbreviation_opens_a_sentence(opener: str, closer: str) -> None:
    text = f"He joined Acme Co. {opener}We grow fast,{closer} he said."
    assert sentences(text)[0] == "He joined Acme Co."


def test_a_stop_inside_a_quotation_splits_before_a_new_sentence() -> None:
    text = '"We are continuing to make progress. We had good meetings yesterday," she said.'
    assert sentences(text) == [
        '"We are continuing to make progress.',
        'We had good meetings yesterday," she said.',
    ]


def test_ap_wire_quotes() -> None:
    text = "``I want a vote,'' Smith said. ``The people must decide.''"
    assert sentences(text) == ["``I want a vote,'' Smith said.", "``The people must decide.''"]


def test_spaced_ellipsis_and_lowercase_after_it() -> None:
    text = "It was a sad day . . . and a long one. Then it ended . . . The end."
    assert sentences(text) == [
        "It was a sad day . . . and a long one.",
        "Then it ended . . .",
        "The end.",
    ]


def test_hard_wrapped_sentences_keep_their_line_breaks() -> None:
    found = split_sentences(HARD_WRAPPED, split_paragraphs(HARD_WRAPPED))
    assert found[1].text == (
        "CHICAGO, March 3 - Grain stocks held by farmers fell in\n"
        "the latest quarter as exports picked up and feed use rose,\n"
        "private analysts said in a survey released today."
    )
    assert found[1].paragraph == 1


def test_a_sentence_needs_a_letter() -> None:
    assert sentences("1. Buy low. 2. Sell high.") == ["1. Buy low.", "2. Sell high."]
    assert sentences("... And then silence.") == ["... And then silence."]


def test_text_without_a_stop_is_one_sentence() -> None:
    assert sentences("  The summit yielded a joint statement  ") == [
        "The summit yielded a joint statement"
    ]
