"""What a scorer returns: counts of right and wrong items, and the errors behind them.

Kept apart from :mod:`newsfacts.evaluation.scoring` so that the scorers of each field family
(:mod:`~newsfacts.evaluation.speech`, :mod:`~newsfacts.evaluation.trips`) can use them without
importing the registry of scorers that imports them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from newsfacts.evaluation.gold import GoldStory

__all__ = ["Counts", "Error", "ErrorKind", "FieldScore", "accuracy_row", "snippet"]


@attrs.frozen(kw_only=True)
class Counts:
    """True positives, false positives and false negatives, with P, R and F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    @property
    def precision(self) -> float:
        """Share of predicted items that are right (1.0 when nothing was predicted)."""
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items that were found (1.0 when gold has none)."""
        gold = self.tp + self.fn
        return self.tp / gold if gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


ErrorKind = Literal["missed", "spurious", "wrong"]


@attrs.frozen(kw_only=True)
class Error:
    """One item the library got wrong in one story.

    ``context`` says which item a ``wrong`` value belongs to (the quote whose speaker is wrong)
    or why an item could not be matched (a gold quote not found in the story's text).
    """

    story: str
    field: str
    kind: ErrorKind
    gold: str | None = None
    predicted: str | None = None
    context: str | None = None


@attrs.frozen(kw_only=True)
class FieldScore:
    """The result of scoring one field of one story."""

    field: str
    counts: Counts
    errors: tuple[Error, ...] = ()


_SNIPPET_LENGTH = 80


def snippet(text: str, length: int = _SNIPPET_LENGTH) -> str:
    """``text`` on one line, cut to ``length`` characters with an ellipsis, for error listings.

    >>> snippet("We are making progress,\\n she said", 16)
    'We are making p…'
    """
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


def accuracy_row(
    story: GoldStory, field: str, checks: Iterable[tuple[bool, str, str | None, str]]
) -> FieldScore:
    """An accuracy row: right values count as ``tp``, wrong ones as ``fn`` (recall = accuracy).

    ``checks`` are ``(right, gold, predicted, context)``; each wrong one is listed as an error.
    """
    right = wrong = 0
    errors = []
    for ok, gold, predicted, context in checks:
        if ok:
            right += 1
            continue
        wrong += 1
        errors.append(
            Error(
                story=story.name,
                field=field,
                kind="wrong",
                gold=gold,
                predicted=predicted,
                context=context,
            )
        )
    return FieldScore(field=field, counts=Counts(tp=right, fn=wrong), errors=tuple(errors))
