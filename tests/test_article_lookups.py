"""``Article.sentences_in``: the sentences overlapping a span, found by bisection."""

from __future__ import annotations

import attrs

import newsfacts
from newsfacts.records import Sentence, Span

STORY = (
    "LONDON (AP) -- Talks resumed on Monday. The minister left early.\n\n"
    "Officials said little. A vote is due on Friday.\n"
)


def _scan(article: newsfacts.Article, span: Span) -> tuple[Sentence, ...]:
    return tuple(s for s in article.sentences if s.span.overlaps(span))


def test_sentences_in_matches_a_scan_of_every_sentence_for_every_span() -> None:
    article = newsfacts.parse(STORY)
    assert len(article.sentences) == 4
    for start in range(len(STORY) + 1):
        for end in range(start, min(len(STORY), start + 70) + 1):
            span = Span(start=start, end=end)
            assert article.sentences_in(span) == _scan(article, span), span


def test_sentences_in_gives_the_sentences_a_span_touches_in_order() -> None:
    article = newsfacts.parse(STORY)
    start = STORY.index("left")
    end = STORY.index("little")
    found = article.sentences_in(Span(start=start, end=end))
    assert [s.text for s in found] == ["The minister left early.", "Officials said little."]
    assert article.sentences_in(Span(start=len(STORY), end=len(STORY))) == ()


def test_sentences_given_out_of_order_are_still_all_found() -> None:
    article = newsfacts.parse(STORY)
    shuffled = attrs.evolve(article, sentences=tuple(reversed(article.sentences)))
    span = Span(start=0, end=len(STORY))
    assert shuffled.sentences_in(span) == tuple(reversed(article.sentences))
