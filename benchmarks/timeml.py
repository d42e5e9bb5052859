"""Measure :mod:`newsfacts.dates` on TimeML time expressions (TimeBank, AQUAINT, TempEval-3).

Reads ``/work/shared/eval/timeml.jsonl`` (see the README beside it); exits 0 with a message when
the file is absent. Each DATE expression is resolved against its document's creation date
(``dct``) and compared with the gold ``value``:

- ``day``: gold is a full day (YYYY-MM-DD); split into ``weekday`` (a weekday name, no month),
  ``relative`` (today, yesterday, 3 days ago... no month, no weekday) and ``calendar`` (a month
  name or digits: "Feb. 26", "July 3, 2018").
- ``coarse``: gold is a week, month or year (``1998-W08``, ``1998-02``, ``1998``), compared with
  :attr:`~newsfacts.dates.DateValue.timeml` ("last month", "a year ago", "1992").

Three columns: tense ``auto``; the tense guessed from the words around the expression by
:func:`guess_tense` (nearest cue wins; see there); and that guess passed for weekday
expressions only (see :func:`tense_for`). Tune on ``--split dev`` only.

    python benchmarks/timeml.py [--split dev|test|both] [--show-errors N] [--path FILE]
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from newsfacts import dates
from newsfacts._relative_dates import MONTHS, WEEKDAYS

DEFAULT_PATH = Path("/work/shared/eval/timeml.jsonl")
Tense = Literal["past", "future", "auto"]

_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_COARSE_VALUE = re.compile(r"\d{4}(?:-\d\d|-W\d\d)?")
_WORD = re.compile(r"[A-Za-z']+")
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b\.?", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)

# Cues for guess_tense, matched on lower-cased words. "will"/"'ll" attach to the word before
# them ("he'll"), so they are looked for as suffixes too.
_FUTURE_CUES = frozenset(
    [
        "will",
        "shall",
        "'ll",
        "wo",
        "would",
        "going",
        "plans",
        "plan",
        "planned",
        "scheduled",
        "expected",
        "due",
        "next",
        "upcoming",
        "coming",
        "soon",
        "later",
        "tomorrow",
    ]
)
_PAST_CUES = frozenset(
    [
        "said",
        "says",
        "was",
        "were",
        "had",
        "did",
        "ago",
        "last",
        "earlier",
        "yesterday",
        "went",
        "came",
        "told",
        "met",
        "took",
        "made",
        "gave",
        "began",
        "left",
        "held",
        "fell",
        "rose",
        "won",
        "lost",
        "got",
        "saw",
        "became",
        "found",
        "sent",
        "spoke",
        "wrote",
        "struck",
        "fought",
        "sold",
        "bought",
        "paid",
        "led",
        "ran",
        "shot",
        "brought",
        "thought",
        "kept",
        "hit",
        "quit",
        "set",
        "put",
        "cut",
    ]
)
# Words ending in -ed that are not past-tense verbs.
_NOT_PAST = frozenset(
    [
        "hundred",
        "red",
        "bed",
        "feed",
        "speed",
        "seed",
        "united",
        "limited",
        "based",
        "indeed",
        "proceed",
        "exceed",
        "succeed",
    ]
)
_WINDOW = 80  # characters each side, cut at sentence ends
_SENTENCE_END = re.compile(r"[.!?;\n]\s")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|The)\s$")


def guess_tense(text: str, start: int, end: int) -> Tense:
    """Guess the tense of the clause around ``text[start:end]`` from nearby words.

    A possessive or attributive weekday ("Friday's vote", "the Friday blasts") is past. Else
    look at up to 80 characters each side within the sentence for cues. Future: ``will``,
    ``'ll``, ``would``, ``is to``, ``going``, ``plans``, ``scheduled``, ``expected``, ``due``,
    ``next``, ``soon``... Past: ``said``, ``was``, ``had``, ``ago``, ``last``, common irregular
    past forms, and any other word ending in ``-ed``. The cue nearest the expression decides,
    a word after it counting double (the verb that governs a date mostly comes first). With no
    cue: past, since news mostly reports what happened.
    """
    after = text[end : end + _WINDOW]
    before = text[max(0, start - _WINDOW) : start]
    if _POSSESSIVE_AFTER.match(after) or _ARTICLE_BEFORE.search(before):
        return "past"
    before = _SENTENCE_END.split(before)[-1]
    after = _SENTENCE_END.split(after)[0]
    left = [word.lower() for word in _WORD.findall(before)][::-1]
    right = [word.lower() for word in _WORD.findall(after)]
    best: tuple[int, Tense] | None = None
    for words, weight in ((left, 1), (right, 2)):
        for distance, word in enumerate(words):
            following = words[distance - 1] if weight == 1 and distance else None
            if weight == 2 and distance + 1 < len(words):
                following = words[distance + 1]
            cue = _cue(word, following)
            if cue is not None:
                candidate = (distance * weight + weight - 1, cue)
                best = candidate if best is None or candidate[0] < best[0] else best
                break
    return "past" if best is None else best[1]


def _cue(word: str, following: str | None) -> Tense | None:
    if following == "to" and word in {"is", "are", "was", "were"}:
        return "future"
    if word in _FUTURE_CUES or word.endswith("'ll"):
        return "future"
    if word in _PAST_CUES or (word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST):
        return "past"
    return None


def category(expression: str, value: str) -> str | None:
    """The row an expression counts in, or ``None`` when it is not measured."""
    if _DAY_VALUE.fullmatch(value):
        if _MONTH_WORD.search(expression) or re.search(r"\d", expression):
            return "calendar"
        if _WEEKDAY_WORD.search(expression):
            return "weekday"
        return "relative"
    if _COARSE_VALUE.fullmatch(value):
        return "coarse"
    return None


def timexes(path: Path, split: str) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            document = json.loads(line)
            if document["split"] != split:
                continue
            for timex in document["timexes"]:
                if timex["type"] == "DATE":
                    yield document, timex


def predict(expression: str, reference: datetime.date, tense: Tense, coarse: bool) -> str | None:
    value = dates.resolve_value(expression, reference, tense=tense)
    if value is None:
        return None
    if coarse:
        return value.timeml
    day = dates.resolve(expression, reference, tense=tense)
    return None if day is None else day.isoformat()


MODES = ("auto", "tense", "weekday tense")


def tense_for(mode: str, row: str, guessed: Tense) -> Tense:
    """The tense passed to the resolver: ``auto`` always; the guess always (``tense``); or the
    guess for weekdays only (``weekday tense``), since the cues around a word tell its
    direction within a week, not the year of a month-day or a month."""
    if mode == "tense" or (mode == "weekday tense" and row == "weekday"):
        return guessed
    return "auto"


def evaluate(path: Path, split: str, show_errors: int) -> None:
    totals: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    for document, timex in timexes(path, split):
        row = category(timex["text"], timex["value"])
        if row is None:
            continue
        reference = datetime.date.fromisoformat(document["dct"])
        guessed = guess_tense(document["text"], timex["start"], timex["end"])
        rows = [row] if row == "coarse" else [row, "day (all)"]
        for name in rows:
            totals[(name, "n")] += 1
        for mode in MODES:
            tense = tense_for(mode, row, guessed)
            got = predict(timex["text"], reference, tense, row == "coarse")
            for name in rows:
                totals[(name, mode)] += got == timex["value"]
                totals[(name, mode + " answered")] += got is not None
            if mode == MODES[-1] and got != timex["value"] and len(errors) < show_errors:
                snippet = document["text"][max(0, timex["start"] - 60) : timex["end"] + 40]
                errors.append(
                    f"  [{row}] {timex['text']!r} dct={document['dct']} tense={tense} "
                    f"gold={timex['value']} got={got}\n      ...{' '.join(snippet.split())}..."
                )
    print(f"\nsplit: {split}  (accuracy; 'answered' = not None, weekday-tense mode)")
    print(f"{'row':<12}{'n':>6}{'answered':>10}" + "".join(f"{mode:>15}" for mode in MODES))
    for name in ("day (all)", "weekday", "relative", "calendar", "coarse"):
        count = totals[(name, "n")]
        if not count:
            continue
        answered = totals[(name, MODES[-1] + " answered")]
        cells = "".join(f"{totals[(name, mode)] / count:>15.1%}" for mode in MODES)
        print(f"{name:<12}{count:>6}{answered:>10}{cells}")
    if errors:
        print(f"\nfirst {len(errors)} errors (weekday-tense mode):")
        print("\n".join(errors))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"{args.path} not found: nothing to measure, skipping.")
        return 0
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    for split in splits:
        evaluate(args.path, split, args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
