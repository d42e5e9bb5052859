"""The span checks every attributions test runs on what it gets back (one copy for all), and
the invented harbor story the wide-scope tests read their sentences in."""

from __future__ import annotations

from collections.abc import Iterable

import newsfacts
from newsfacts.extractors.attributions import find_attributions
from newsfacts.records import Attribution

HEAD = "Harbor plan\n\nPORTVILLE (AP) \u2014 The council met on Monday.\n\n"


def assert_spans_consistent(text: str, found: Iterable[Attribution]) -> None:
    """Each attribution's fields print from its spans, and its span holds all of them."""
    for item in found:
        assert item.content == " ".join(part.of(text) for part in item.content_parts)
        if item.cue_span is not None:
            assert item.cue_span.of(text) == item.cue
        for span in (item.source_span, item.cue_span, *item.content_parts):
            if span is not None:
                assert item.span.contains(span)


def wide(body: str, *, headline: str | None = None) -> tuple[str, list[Attribution]]:
    """The story made of ``body`` and its wide-scope attributions, spans checked."""
    head = HEAD if headline is None else headline + "\n\n"
    text = head + body + "\n"
    found = find_attributions(newsfacts.parse(text), scope="polnear")
    assert_spans_consistent(text, found)
    return text, found


def by_cue(body: str, cue: str, **kwargs: str) -> tuple[str, Attribution | None]:
    """The wide-scope attribution whose cue is ``cue`` or ends with it (PolNeAR's cue is the
    verb group: ``has been harshly criticized``)."""
    text, found = wide(body, **kwargs)
    return text, next(
        (item for item in found if item.cue == cue or (item.cue or "").endswith(" " + cue)), None
    )


def news_cues(body: str) -> list[str | None]:
    """The cues the default news scope finds in the story made of ``body``."""
    text = HEAD + body + "\n"
    return [item.cue for item in find_attributions(newsfacts.parse(text))]
