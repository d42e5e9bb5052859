"""Measure datelines, bylines and sources on Reuters-21578 (1987 wire copy).

Reads /work/shared/eval/reuters21578.jsonl (see its README.md), parses every story with
``newsfacts.parse(text, published=...)`` and scores exact match per story of:

* dateline place (case-insensitive, whitespace collapsed; no dateline counts as place None),
* dateline date (ISO date, or None),
* authors (the list of ``Author.name`` over ``article.bylines``, case-insensitive, in order),
* source (``article.agencies`` against the gold source; gold holds one agency).

Tune on ``dev``; report ``test``. Run: ``python benchmarks/reuters21578.py --split test``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsfacts

DEFAULT_PATH = Path("/work/shared/eval/reuters21578.jsonl")
FIELDS = ("place", "date", "authors", "source")


def _collapse(value: str | None) -> str | None:
    return " ".join(value.split()).lower() if value else None


def predicted(article: Any) -> dict[str, Any]:
    """The four scored fields of a parsed article, in the gold's shape."""
    dateline = article.dateline
    return {
        "place": _collapse(dateline.place) if dateline is not None else None,
        "date": dateline.date.isoformat() if dateline and dateline.date else None,
        "authors": [author.name.lower() for line in article.bylines for author in line.authors],
        "source": list(article.agencies),
    }


def expected(gold: dict[str, Any]) -> dict[str, Any]:
    """The gold answer in the same shape as :func:`predicted`."""
    source = gold.get("source")
    return {
        "place": _collapse(gold.get("dateline_place")),
        "date": gold.get("dateline_date"),
        "authors": [name.lower() for name in gold.get("authors") or []],
        "source": [source] if source else [],
    }


def stories(path: Path, split: str) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            story = json.loads(line)
            if split == "all" or story["split"] == split:
                yield story


def score(path: Path, split: str, limit: int | None, show_errors: int) -> dict[str, float]:
    total = 0
    correct = dict.fromkeys(FIELDS, 0)
    shown = dict.fromkeys(FIELDS, 0)
    started = time.perf_counter()
    for story in stories(path, split):
        if limit is not None and total >= limit:
            break
        total += 1
        article = newsfacts.parse(story["text"], published=story["published"])
        got, want = predicted(article), expected(story["gold"])
        for field in FIELDS:
            if got[field] == want[field]:
                correct[field] += 1
            elif shown[field] < show_errors:
                shown[field] += 1
                head = story["text"][:300].replace("\n", "\n    | ")
                print(f"--- {field} {story['id']} got={got[field]!r} want={want[field]!r}")
                print(f"    | {head}")
    elapsed = time.perf_counter() - started
    print(f"\n{split}: {total} stories in {elapsed:.1f}s")
    accuracy = {field: correct[field] / total if total else 0.0 for field in FIELDS}
    for field in FIELDS:
        print(f"  {field:8s} {correct[field]:6d}/{total}  {accuracy[field]:.2%}")
    return accuracy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N stories")
    parser.add_argument(
        "--show-errors", type=int, default=0, metavar="N", help="print N mismatches per field"
    )
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"{args.path} not found: nothing to measure, skipping.")
        return 0
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    for split in splits:
        score(args.path, split, args.limit, args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
