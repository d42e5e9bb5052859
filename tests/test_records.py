import pickle

import attrs
import pytest

from newsfacts.records import Span


def test_span_slices_the_text_it_points_at() -> None:
    assert Span(start=7, end=11).of("SEOUL, July 3") == "July"


def test_span_rejects_an_end_before_its_start() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Span(start=5, end=4)


def test_span_is_frozen_hashable_and_picklable() -> None:
    span = Span(start=1, end=3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]
    assert {span, Span(start=1, end=3)} == {span}
    assert pickle.loads(pickle.dumps(span)) == span
