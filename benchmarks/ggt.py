"""Measure the ``quotes`` extractor on the Gender Gap Tracker annotations (GGT).

Reads ``/work/shared/eval/ggt.jsonl`` (see the README beside it); exits 0 with a message when
the file is absent. Paragraphs in its texts are separated by a line holding `` .``: those two
characters are replaced by spaces, so the line is blank and every gold offset stays valid.

The metric, its unit rule (each part of a quote is one unit: GGT annotates a split quote as
two quotes and never lets one run over a paragraph) and its speaker rule are those of
:mod:`ggt_metric`, shared with ``benchmarks/peer_textacy.py``.

Two gold sets: ``direct`` (``has_quote_marks`` true) and ``all`` (indirect speech too, which an
extractor of quotations in marks cannot find: its recall is bounded). Tune on ``--split dev``,
report ``--split test``. ``--show-errors N`` lists missed, extra and wrong-speaker quotes.

    python benchmarks/ggt.py [--split dev|test|both] [--show-errors N] [--path FILE]
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Iterable
from pathlib import Path

# The benchmarks folder is not a package: ggt_metric is imported by path.
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ggt_metric
from ggt_metric import (
    DEFAULT_PATH,
    THRESHOLDS,
    GoldQuote,
    Predicted,
    clean_text,
    gold_quotes,
    load_articles,
    match_article,
    speaker_matches,
)

import newsfacts
from newsfacts.extractors.quotes import find_quotes
from newsfacts.records import Quote


def predicted_of(quotes: Iterable[Quote]) -> list[Predicted]:
    """newsfacts' quotes in the metric's terms: each quote's parts, with its speaker."""
    return [
        Predicted(
            pieces=tuple((part.start, part.end) for part in quote.parts), speaker=quote.speaker
        )
        for quote in quotes
    ]


class Score:
    """Counts for one gold set over one split, at every threshold."""

    def __init__(self) -> None:
        self.scores = dict.fromkeys(THRESHOLDS, ggt_metric.Score())

    def add(
        self, text: str, gold: list[GoldQuote], predicted: list[Predicted]
    ) -> ggt_metric.Matching:
        """Add one article; return its matching at the first threshold."""
        first = None
        for threshold in THRESHOLDS:
            matching = match_article(text, gold, predicted, threshold)
            self.scores[threshold] += matching.score
            first = first or matching
        assert first is not None
        return first

    def row(self, label: str) -> str:
        first = self.scores[THRESHOLDS[0]]
        cells = [label, str(first.gold), str(first.predicted)]
        for threshold in THRESHOLDS:
            score = self.scores[threshold]
            cells.append(f"{score.precision:.3f} / {score.recall:.3f} / {score.f1:.3f}")
        cells.append(f"{first.speaker_accuracy:.3f}" if first.matched else "-")
        return "| " + " | ".join(cells) + " |"


def run(path: Path, split: str, show_errors: int, *, use_entities: bool = True) -> None:
    """Score one split and print a Markdown table."""
    articles = load_articles(path, None if split == "both" else split)
    direct, every = Score(), Score()
    failures = 0
    words = 0
    errors: list[str] = []
    started = time.perf_counter()
    for article in articles:
        text = clean_text(article["text"])
        words += len(text.split())
        try:
            quotes = find_quotes(newsfacts.parse(text), use_entities=use_entities)
        except Exception:
            failures += 1
            traceback.print_exc(file=sys.stderr)
            continue
        predicted = predicted_of(quotes)
        gold = gold_quotes(article, marks_only=True)
        matching = direct.add(text, gold, predicted)
        every.add(text, gold_quotes(article, marks_only=False), predicted)
        if len(errors) < show_errors:
            errors.extend(_errors(text, article["id"], gold, matching))
    seconds = time.perf_counter() - started
    entities = "with entities" if use_entities else "without entities"
    print(
        f"## GGT quotes, split {split} ({entities}): {len(articles)} articles, {failures} failed\n"
    )
    print("| gold | quotes | units | P / R / F1 at 0.3 | P / R / F1 at 0.8 | speaker |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(direct.row("direct (in marks)"))
    print(every.row("all"))
    print(f"\n{words / seconds:,.0f} words/s (parse + quotes, one core)\n")
    for error in errors[:show_errors]:
        print(error)


def _errors(
    text: str, name: str, gold: list[GoldQuote], matching: ggt_metric.Matching
) -> list[str]:
    found_gold = {g for g, _ in matching.pairs}
    found_unit = {u for _, u in matching.pairs}
    lines = []
    for index, (start, end) in enumerate(matching.gold):
        if index not in found_gold:
            lines.append(f"{name} MISSED {text[start:end][:100]!r} ({gold[index].speaker})")
    for index, ((start, end), speaker) in enumerate(matching.units):
        if index not in found_unit:
            lines.append(f"{name} EXTRA  {text[start:end][:100]!r} ({speaker})")
    for g, u in matching.pairs:
        speaker = matching.units[u][1]
        if not speaker_matches(gold[g].speaker, speaker):
            start, end = matching.gold[g]
            lines.append(
                f"{name} SPEAKER {speaker!r} for {gold[g].speaker!r}: {text[start:end][:70]!r}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
    parser.add_argument(
        "--no-entities", action="store_true", help="name speakers as printed (no entity layer)"
    )
    options = parser.parse_args(argv)
    if not options.path.is_file():
        print(f"GGT data not found at {options.path}: skipped.")
        return 0
    splits = ("dev", "test") if options.split == "both" else (options.split,)
    for split in splits:
        run(options.path, split, options.show_errors, use_entities=not options.no_entities)
    return 0


if __name__ == "__main__":
    sys.exit(main())
