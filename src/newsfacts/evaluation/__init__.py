"""Score newsfacts against gold answers in the newsfacts gold format.

>>> from newsfacts.evaluation import evaluate
>>> report = evaluate([])
>>> report.stories
0

See :func:`evaluate`; the matching rules are in :mod:`newsfacts.evaluation.matching`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsfacts.evaluation.gold import ALL_FIELDS, GoldStory, load_gold
from newsfacts.evaluation.report import Report
from newsfacts.evaluation.scoring import SCORERS, Counts, Error, FieldScore, score_story

__all__ = [
    "ALL_FIELDS",
    "SCORERS",
    "Counts",
    "Error",
    "FieldScore",
    "GoldStory",
    "Report",
    "evaluate",
    "gold_files",
    "load_gold",
]


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into the gold ``*.json`` files they hold (sorted); keep files as given."""
    found: list[Path] = []
    for path in map(Path, paths):
        found.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    return found


def evaluate(
    paths: Iterable[str | Path],
    *,
    only: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
) -> Report:
    """Parse and extract every story that a gold file describes and score the result.

    ``paths`` are gold files or folders of them. ``only``/``exclude`` select extractors as in
    :func:`newsfacts.extract`. A gold file that cannot be read is listed in
    ``Report.failures`` and the others are still scored.
    """
    from newsfacts.article import parse
    from newsfacts.errors import InputError
    from newsfacts.extraction import extract

    scores: list[FieldScore] = []
    failures: list[str] = []
    stories = 0
    for path in gold_files(paths):
        try:
            story = load_gold(path)
        except InputError as error:
            failures.append(str(error))
            continue
        stories += 1
        article = parse(story.text, published=story.published)
        facts = extract(article, only=only, exclude=exclude)
        scores.extend(score_story(story, article, facts))
    return Report.from_scores(stories, scores, failures)
