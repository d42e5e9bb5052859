"""Measure datelines and sources against the hand-made gold in /work/shared/corpus.

Each ``NAME.json`` beside ``NAME.txt`` holds gold per /work/shared/gold/GUIDE.md; ``meta.jsonl``
gives each story's ``published`` date. Scored per story, following the guide's conventions:

* dateline place: case-insensitive; the city alone or the printed form with region accepted;
  a gold ``null`` dateline expects no place and no date;
* dateline date: ISO date, or None;
* sources: the set of canonical agencies (``article.agencies``).

Fields outside a file's ``scope`` (when it has one) are not scored.
Run: ``python benchmarks/corpus_structure.py --show-errors 20``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import newsfacts

DEFAULT_DIR = Path("/work/shared/corpus")
FIELDS = ("place", "date", "sources")
SCOPE_OF = {"place": "dateline", "date": "dateline", "sources": "sources"}


def _fold(value: str | None) -> str | None:
    return " ".join(value.split()).lower() if value else None


def place_matches(article: Any, gold_place: str | None) -> bool:
    """Whether the parsed place is the gold one, as printed or as the city alone."""
    dateline = article.dateline
    if gold_place is None:
        return dateline is None or dateline.place is None
    if dateline is None:
        return False
    wanted = _fold(gold_place)
    return wanted in {_fold(dateline.place), _fold(dateline.city)} or _fold(
        gold_place.split(",")[0]
    ) == _fold(dateline.place)


def outcomes(article: Any, gold: dict[str, Any]) -> dict[str, tuple[bool, Any, Any]]:
    """Per field: (correct, predicted, expected)."""
    line = gold.get("dateline") or {}
    dateline = article.dateline
    got_date = dateline.date.isoformat() if dateline and dateline.date else None
    got_sources = sorted(article.agencies)
    want_sources = sorted(gold.get("sources") or [])
    return {
        "place": (
            place_matches(article, line.get("place")),
            dateline.place if dateline else None,
            line.get("place"),
        ),
        "date": (got_date == line.get("date"), got_date, line.get("date")),
        "sources": (got_sources == want_sources, got_sources, want_sources),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    meta_path = args.dir / "meta.jsonl"
    if not meta_path.exists():
        print(f"{meta_path} not found: nothing to measure, skipping.")
        return 0
    published = {}
    with meta_path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            published[record["file"]] = record.get("published")
    correct = dict.fromkeys(FIELDS, 0)
    scored = dict.fromkeys(FIELDS, 0)
    shown = 0
    for gold_path in sorted(args.dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_suffix(".txt")
        text = text_path.read_text(encoding="utf-8")
        article = newsfacts.parse(text, published=published.get(text_path.name))
        scope = gold.get("scope")
        for field, (ok, got, want) in outcomes(article, gold).items():
            if scope is not None and SCOPE_OF[field] not in scope:
                continue
            scored[field] += 1
            correct[field] += ok
            if not ok and shown < args.show_errors:
                shown += 1
                print(f"--- {field} {text_path.name} got={got!r} want={want!r}")
    for field in FIELDS:
        total = scored[field]
        share = correct[field] / total if total else 0.0
        print(f"  {field:8s} {correct[field]:4d}/{total}  {share:.2%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
