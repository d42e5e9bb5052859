"""Scoring one story's predictions against its gold answer, field by field.

Each scorer returns the :class:`Counts` of true positives, false positives and false negatives
for its field, and an :class:`Error` for every missed, spurious or wrong item so that users can
see what went wrong. Fields outside a gold file's ``scope`` are not scored.

The scorers of the extractors' fields live beside this module: quotes and attributions in
:mod:`newsfacts.evaluation.speech`, trips in :mod:`newsfacts.evaluation.trips`. The result
types are in :mod:`newsfacts.evaluation.counts` and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from newsfacts.article import Article
from newsfacts.evaluation.counts import Counts, Error, ErrorKind, FieldScore
from newsfacts.evaluation.gold import GoldStory
from newsfacts.evaluation.matching import match_multisets, place_matches
from newsfacts.evaluation.speech import score_attributions, score_quotes
from newsfacts.evaluation.trips import score_trips
from newsfacts.records import Fact

__all__ = ["SCORERS", "Counts", "Error", "FieldScore", "score_story"]


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


#: Scorers by gold field, in the order :data:`~newsfacts.evaluation.gold.ALL_FIELDS` lists them.
SCORERS: dict[str, Scorer] = {
    "dateline": score_dateline,
    "bylines": score_bylines,
    "sources": score_sources,
    "quotes": score_quotes,
    "attributions": score_attributions,
    "trips": score_trips,
}


def score_story(story: GoldStory, article: Article, facts: Sequence[Fact]) -> list[FieldScore]:
    """Score every field in the story's scope that has a scorer."""
    return [
        result
        for field in story.scope
        if field in SCORERS
        for result in SCORERS[field](story, article, facts)
    ]
