"""Scoring one story's predictions against its gold answer, field by field.

Each scorer returns the :class:`Counts` of true positives, false positives and false negatives
for its field, and an :class:`Error` for every missed, spurious or wrong item so that users can
see what went wrong. Fields outside a gold file's ``scope`` are not scored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

import attrs

from newsfacts.article import Article
from newsfacts.evaluation.gold import GoldStory
from newsfacts.evaluation.matching import match_multisets, place_matches
from newsfacts.records import Fact

__all__ = ["SCORERS", "Counts", "Error", "FieldScore", "score_story"]


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
    """One item the library got wrong in one story."""

    story: str
    field: str
    kind: ErrorKind
    gold: str | None = None
    predicted: str | None = None


@attrs.frozen(kw_only=True)
class FieldScore:
    """The result of scoring one field of one story."""

    field: str
    counts: Counts
    errors: tuple[Error, ...] = ()


Scorer = Callable[[GoldStory, Article, Sequence[Fact]], list[FieldScore]]


def _score_value(
    story: GoldStory, field: str, gold: str | None, predicted: str | None, same: bool
) -> FieldScore:
    if gold is None and predicted is None:
        return FieldScore(field=field, counts=Counts())
    if gold is not None and predicted is not None and same:
        return FieldScore(field=field, counts=Counts(tp=1))
    errors = []
    counts = Counts()
    if gold is not None:
        counts += Counts(fn=1)
    if predicted is not None:
        counts += Counts(fp=1)
    kind: ErrorKind = "wrong" if gold and predicted else "missed" if gold else "spurious"
    errors.append(Error(story=story.name, field=field, kind=kind, gold=gold, predicted=predicted))
    return FieldScore(field=field, counts=counts, errors=tuple(errors))


def score_dateline(story: GoldStory, article: Article, facts: Sequence[Fact]) -> list[FieldScore]:
    """Dateline place and date, scored as two fields (``dateline.place``, ``dateline.date``)."""
    gold: Mapping[str, Any] = story.answer.get("dateline") or {}
    dateline = article.dateline
    gold_place, gold_date = gold.get("place"), gold.get("date")
    place = dateline.place if dateline else None
    date = dateline.date.isoformat() if dateline and dateline.date else None
    city = dateline.city if dateline else None
    place_ok = bool(gold_place and place_matches(gold_place, place, city))
    return [
        _score_value(story, "dateline.place", gold_place, place, place_ok),
        _score_value(story, "dateline.date", gold_date, date, gold_date == date),
    ]


def _score_names(story: GoldStory, field: str, gold: list[str], predicted: list[str]) -> FieldScore:
    matched, missed, spurious = match_multisets(gold, predicted)
    errors = [Error(story=story.name, field=field, kind="missed", gold=name) for name in missed]
    errors += [
        Error(story=story.name, field=field, kind="spurious", predicted=name) for name in spurious
    ]
    counts = Counts(tp=len(matched), fp=len(spurious), fn=len(missed))
    return FieldScore(field=field, counts=counts, errors=tuple(errors))


def score_bylines(story: GoldStory, article: Article, facts: Sequence[Fact]) -> list[FieldScore]:
    """The names of the writers credited, matched one to one."""
    predicted = [author.name for byline in article.bylines for author in byline.authors]
    return [_score_names(story, "bylines", list(story.answer.get("bylines") or ()), predicted)]


def score_sources(story: GoldStory, article: Article, facts: Sequence[Fact]) -> list[FieldScore]:
    """The agencies credited by the story's own furniture, by canonical name."""
    gold = list(story.answer.get("sources") or ())
    return [_score_names(story, "sources", gold, list(article.agencies))]


#: Scorers by gold field. Extractor fields (quotes, attributions, trips) join as they land.
SCORERS: dict[str, Scorer] = {
    "dateline": score_dateline,
    "bylines": score_bylines,
    "sources": score_sources,
}


def score_story(story: GoldStory, article: Article, facts: Sequence[Fact]) -> list[FieldScore]:
    """Score every field in the story's scope that has a scorer."""
    return [
        result
        for field in story.scope
        if field in SCORERS
        for result in SCORERS[field](story, article, facts)
    ]
