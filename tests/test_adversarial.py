"""Adversarial inputs parse and give sane results (behaviour only: timings live in benchmarks/).

The inputs are the shapes that break naive regexes and loops: runs of quote marks, a long line
without spaces, one word repeated, unbalanced brackets, nothing but newlines, initials
without end, and a text made only of dateline-like lines. Sizes are kept small enough for the
whole module to run in about a second; benchmarks/scaling.py runs the same shapes at 1 MB.
"""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import Article

SIZE = 100_000

ADVERSARIAL = {
    "quote marks": '"' * SIZE,
    "curly quotes": "\u201c\u201d" * (SIZE // 2),
    "one line without spaces": "x" * SIZE,
    "said repeated": "said " * (SIZE // 5),
    "unbalanced brackets": "(" * (SIZE // 2) + "[" * (SIZE // 2),
    "only newlines": "\n" * SIZE,
    "initials": "A. " * (SIZE // 3),
    "dateline-like lines": "WASHINGTON, March 3 (AP) --\n" * (SIZE // 28),
    "stops and spaces": ". " * (SIZE // 2),
    "by-lines": "By John Smith\n" * (SIZE // 14),
}


def _check_spans(article: Article) -> None:
    """Every part lies inside the text and carries exactly the text it spans."""
    text = article.text
    parts: list[object] = [*article.paragraphs, *article.sentences, *article.bylines]
    parts += [*article.credits, *article.sources, article.headline, article.dateline]
    for part in parts:
        if part is None:
            continue
        span = part.span  # type: ignore[attr-defined]
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == part.text  # type: ignore[attr-defined]
    starts = [sentence.span.start for sentence in article.sentences]
    assert starts == sorted(starts)


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_parses_with_spans_inside_the_text(name: str) -> None:
    article = newsfacts.parse(ADVERSARIAL[name], published="2019-03-12")
    _check_spans(article)


def test_quote_marks_alone_give_no_sentence() -> None:
    article = newsfacts.parse('"' * SIZE)
    assert article.sentences == ()
    assert article.dateline is None


def test_only_newlines_give_no_structure() -> None:
    article = newsfacts.parse("\n" * SIZE)
    assert article.paragraphs == ()
    assert article.sentences == ()
    assert article.headline is None
    assert article.dateline is None


def test_a_line_without_spaces_is_one_sentence() -> None:
    text = "x" * SIZE
    article = newsfacts.parse(text)
    assert [sentence.text for sentence in article.sentences] == [text]


def test_initials_split_before_the_determiner_a() -> None:
    # "A." is an initial and "A" a sentence opener (the article): after an initial a sentence
    # ends only before an opener, so every "A." is a sentence of its own, in order.
    text = "A. " * (SIZE // 3)
    article = newsfacts.parse(text)
    assert len(article.sentences) == SIZE // 3
    assert {sentence.text for sentence in article.sentences} == {"A."}
    assert article.sentences[-1].span.end == len(text.rstrip())


def test_initials_before_a_name_stay_in_one_sentence() -> None:
    text = "B. " * (SIZE // 3) + "Smith spoke."
    article = newsfacts.parse(text)
    assert [sentence.span.start for sentence in article.sentences] == [0]


def test_dateline_of_many_dateline_lines_is_the_first() -> None:
    line = "WASHINGTON, March 3 (AP) --\n"
    article = newsfacts.parse(line * (SIZE // len(line)), published="2019-03-12")
    assert article.dateline is not None
    assert article.dateline.span.start == 0
    assert article.dateline.text == line.rstrip("\n")
    assert article.dateline.place == "WASHINGTON"
    assert str(article.dateline.date) == "2019-03-03"
    assert article.agencies == ("AP",)


def test_dateline_after_a_long_blank_run_is_not_looked_for() -> None:
    # Only a bounded head is read: a dateline far down is body text, not furniture.
    article = newsfacts.parse("\n" * SIZE + "WASHINGTON, March 3 (AP) -- Talks resumed.\n")
    assert article.dateline is None
    assert [sentence.text for sentence in article.sentences] == [
        "WASHINGTON, March 3 (AP) -- Talks resumed."
    ]


def test_repeated_word_is_one_sentence_and_no_byline() -> None:
    article = newsfacts.parse("said " * (SIZE // 5))
    assert len(article.sentences) == 1
    assert article.bylines == ()
    assert article.credits == ()


def test_stops_between_spaces_make_no_sentence_without_a_letter() -> None:
    article = newsfacts.parse(". " * (SIZE // 2))
    assert article.sentences == ()
