"""The span checks every attributions test runs on what it gets back (one copy for all)."""

from __future__ import annotations

from collections.abc import Iterable

from newsfacts.records import Attribution


def assert_spans_consistent(text: str, found: Iterable[Attribution]) -> None:
    """Each attribution's fields print from its spans, and its span holds all of them."""
    for item in found:
        assert item.content == " ".join(part.of(text) for part in item.content_parts)
        if item.cue_span is not None:
            assert item.cue_span.of(text) == item.cue
        for span in (item.source_span, item.cue_span, *item.content_parts):
            if span is not None:
                assert item.span.contains(span)
