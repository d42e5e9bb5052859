"""Measure the ``quotes`` extractor on the Gender Gap Tracker annotations (GGT).

Reads ``/work/shared/eval/ggt.jsonl`` (see the README beside it); exits 0 with a message when
the file is absent. Paragraphs in its texts are separated by a line holding `` .``: those two
characters are replaced by spaces, so the line is blank and every gold offset stays valid.

The metric is the one the GGT authors publish. Each quote record is cut into its parts (a split
or multi-paragraph quotation is annotated as one gold quote per piece). Gold quotes and parts are
matched one to one, greedily, best coverage first; a gold quote is found when a part covers more
than the threshold (0.3, and 0.8) of its characters. Gold spans include the quote marks and
predicted parts do not, so marks and spaces at the ends of a gold span are not counted.
Precision = matched / parts, recall = matched / gold.

Speaker accuracy, over the quotes matched at 0.3: the predicted speaker equals the gold
``reference`` (case-insensitive, spaces collapsed), or its last word equals the reference's
last word (``Lonechild`` for ``Darian Lonechild``; the surname rule).

Two gold sets: ``direct`` (``has_quote_marks`` true) and ``all`` (indirect speech too, which an
extractor of quotations in marks cannot find: its recall is bounded). Tune on ``--split dev``.

    python benchmarks/ggt.py [--split dev|test|both] [--show-errors N] [--path FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import newsfacts
from newsfacts.extractors.quotes import find_quotes
from newsfacts.records import Quote

DEFAULT_PATH = Path("/work/shared/eval/ggt.jsonl")
THRESHOLDS = (0.3, 0.8)
_SEPARATOR_LINE = re.compile(r"(?m)^ \.$")
_MARKS = " \t\n\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"

Unit = tuple[int, int, str | None]  # start, end, speaker
Gold = tuple[int, int, str]  # start, end (marks trimmed), reference


def clean_text(text: str) -> str:
    """The text with each `` .`` separator line blanked, offsets unchanged."""
    return _SEPARATOR_LINE.sub("  ", text)


def gold_quotes(article: dict[str, Any], *, direct_only: bool) -> list[Gold]:
    """The anchored gold quotes, with their ends trimmed of marks and spaces."""
    text = article["text"]
    found: list[Gold] = []
    for quote in article["quotes"]:
        if quote["quote_start"] is None or (direct_only and not quote["has_quote_marks"]):
            continue
        start, end = quote["quote_start"], quote["quote_end"]
        while start < end and text[start] in _MARKS:
            start += 1
        while end > start and text[end - 1] in _MARKS:
            end -= 1
        if end > start:
            found.append((start, end, quote["reference"] or ""))
    return found


def units(quotes: Iterable[Quote]) -> list[Unit]:
    """Each part of each quote, with the quote's speaker."""
    return [(part.start, part.end, quote.speaker) for quote in quotes for part in quote.parts]


def match(gold: list[Gold], predicted: list[Unit], threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best coverage of the gold quote first."""
    pairs = []
    for gold_index, (g_start, g_end, _) in enumerate(gold):
        for unit_index, (p_start, p_end, _) in enumerate(predicted):
            overlap = min(g_end, p_end) - max(g_start, p_start)
            coverage = overlap / (g_end - g_start)
            if coverage > threshold:
                pairs.append((coverage, gold_index, unit_index))
    pairs.sort(key=lambda pair: -pair[0])
    used_gold: set[int] = set()
    used_unit: set[int] = set()
    matched = []
    for _, gold_index, unit_index in pairs:
        if gold_index in used_gold or unit_index in used_unit:
            continue
        used_gold.add(gold_index)
        used_unit.add(unit_index)
        matched.append((gold_index, unit_index))
    return matched


def _normal(name: str) -> str:
    return " ".join(name.lower().replace("\u2019", "'").split())


def same_speaker(predicted: str | None, reference: str) -> bool:
    """The speaker rule: equal names, or equal last words (surname against the full name)."""
    if not predicted or not reference:
        return False
    left, right = _normal(predicted), _normal(reference)
    return left == right or left.split()[-1] == right.split()[-1]


class Score:
    """Counts for one gold set over one split."""

    def __init__(self) -> None:
        self.gold = 0
        self.predicted = 0
        self.matched = dict.fromkeys(THRESHOLDS, 0)
        self.speaker_right = 0

    def add(self, gold: list[Gold], predicted: list[Unit]) -> list[tuple[int, int]]:
        self.gold += len(gold)
        self.predicted += len(predicted)
        result: list[tuple[int, int]] = []
        for threshold in THRESHOLDS:
            matched = match(gold, predicted, threshold)
            self.matched[threshold] += len(matched)
            if threshold == THRESHOLDS[0]:
                result = matched
                self.speaker_right += sum(
                    same_speaker(predicted[u][2], gold[g][2]) for g, u in matched
                )
        return result

    def row(self, label: str) -> str:
        cells = [label, str(self.gold), str(self.predicted)]
        for threshold in THRESHOLDS:
            matched = self.matched[threshold]
            precision = matched / self.predicted if self.predicted else 0.0
            recall = matched / self.gold if self.gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            cells.append(f"{precision:.3f} / {recall:.3f} / {f1:.3f}")
        first = self.matched[THRESHOLDS[0]]
        cells.append(f"{self.speaker_right / first:.3f}" if first else "-")
        return "| " + " | ".join(cells) + " |"


def run(path: Path, split: str, show_errors: int, *, use_entities: bool = True) -> None:
    """Score one split and print a Markdown table."""
    articles = [json.loads(line) for line in path.open(encoding="utf-8")]
    articles = [article for article in articles if split in ("both", article["split"])]
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
        predicted = units(quotes)
        gold = gold_quotes(article, direct_only=True)
        matched = direct.add(gold, predicted)
        every.add(gold_quotes(article, direct_only=False), predicted)
        if len(errors) < show_errors:
            errors.extend(_errors(text, gold, predicted, matched))
    seconds = time.perf_counter() - started
    entities = "with entities" if use_entities else "without entities"
    print(
        f"## GGT quotes, split {split} ({entities}): {len(articles)} articles, {failures} failed\n"
    )
    print("| gold | quotes | parts | P / R / F1 at 0.3 | P / R / F1 at 0.8 | speaker |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(direct.row("direct (in marks)"))
    print(every.row("all"))
    print(f"\n{words / seconds:,.0f} words/s (parse + quotes, one core)\n")
    for error in errors[:show_errors]:
        print(error)


def _errors(
    text: str, gold: list[Gold], predicted: list[Unit], matched: list[tuple[int, int]]
) -> list[str]:
    found_gold = {g for g, _ in matched}
    found_unit = {u for _, u in matched}
    lines = []
    for index, (start, end, reference) in enumerate(gold):
        if index not in found_gold:
            lines.append(f"MISSED {text[start:end][:100]!r} ({reference})")
    for index, (start, end, speaker) in enumerate(predicted):
        if index not in found_unit:
            lines.append(f"EXTRA  {text[start:end][:100]!r} ({speaker})")
    for g, u in matched:
        if not same_speaker(predicted[u][2], gold[g][2]):
            quoted = text[gold[g][0] : gold[g][1]][:70]
            lines.append(f"SPEAKER {predicted[u][2]!r} for {gold[g][2]!r}: {quoted!r}")
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
