"""Split a story's body into paragraphs and sentences (placeholder, being written)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.records import Paragraph, Sentence, Span

__all__ = ["split_paragraphs", "split_sentences"]


def split_paragraphs(text: str, *, exclude: Sequence[Span] = ()) -> tuple[Paragraph, ...]:
    """Return the paragraphs of ``text`` outside the ``exclude`` spans (furniture)."""
    return ()


def split_sentences(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Sentence, ...]:
    """Return the sentences of the given paragraphs, in text order."""
    return ()
