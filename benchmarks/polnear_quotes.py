"""Measure the speakers of the ``quotes`` extractor against PolNeAR's sources.

PolNeAR (``/work/shared/eval/polnear-{dev,test}.jsonl``, see the README beside them) marks the
source of every attribution relation in 168 political stories, quotations among them, by its
span in the text. That makes a second, larger check of quote speakers than GGT's, on American
copy (party tags, ``Mr.`` style, lists of signed reactions) where GGT's is Canadian.

Each direct quote the extractor finds is paired with the first gold relation that has a source
and whose content holds the quote's first part. The gold source is then read by kind:

* ``name`` (a capitalised phrase): the quote is right when its speaker names that person or
  body (the speaker rule of :mod:`ggt_metric`, on the source's head: the words before its
  first comma, parenthesis, ``who`` or ``of the``, or those of the appositive after them,
  without a title such as ``Mr.`` or ``Rep.``);
* ``pronoun`` and ``description`` (``he``, ``the report``): PolNeAR names no one behind them,
  so only the place is scored, whether the quote's ``speaker_span`` overlaps the gold source.

Rows give the place accuracy of every kind and the naming accuracy of named sources. A quote
with no gold relation around it is not scored (PolNeAR skips some quotations). An article
annotated twice is scored against its first annotation, as in ``polnear.py``.

    python benchmarks/polnear_quotes.py [--split dev|test|both] [--show-errors N]

``--show-errors`` lists the named sources whose quotes went to someone else, on dev only.

Tune on ``dev`` only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# The benchmarks folder is not a package: its neighbours are imported by path.
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ggt_metric
import polnear

import newsfacts
from newsfacts.extractors.quotes import find_quotes
from newsfacts.records import Quote

KINDS = ("name", "pronoun", "description")
_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "his",
        "their",
        "its",
        "who",
        "which",
        "that",
    ]
)
# Where the head of a source phrase ends: ``Jo Roe, a lawyer``, ``Rep. Jo Roe (D-Wis.)``,
# ``Jo Roe, who ...``, ``Mr. Roe of the Sierra Club``.
_HEAD_END = re.compile(r"[,(]| who | of the ")
_TITLE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Del|Gov|Gen|Rev|Sgt|Lt|Col|Capt|Prof)\.?\s+)+")


def source_kind(source: str) -> str:
    """``name``, ``pronoun`` or ``description`` for a gold source as printed.

    >>> source_kind("He"), source_kind("the report"), source_kind("Rep. Jo Roe (D-Wis.)")
    ('pronoun', 'description', 'name')
    """
    lowered = source.lower()
    if lowered in _PRONOUNS:
        return "pronoun"
    if source[:1].islower() or lowered.startswith(("the ", "a ", "an ")):
        return "description"
    return "name"


def source_heads(source: str) -> list[str]:
    """The names a source phrase may be headed by: the words before its first comma or
    parenthesis, and those of the appositive after it (``Clinton's communications director,
    Jo Roe``), each without a title.

    >>> source_heads("Rep. Jo Roe (D-Wis.), a member of the panel,")
    ['Jo Roe']
    >>> source_heads("Clinton's communications director, Jo Roe")
    ["Clinton's communications director", 'Jo Roe']
    """
    chunks = [chunk.strip() for chunk in _HEAD_END.split(source, maxsplit=2)[:2]]
    return [_TITLE.sub("", chunk) for chunk in chunks if chunk and not chunk.endswith(")")]


def _holder(relations: Sequence[dict[str, Any]], quote: Quote) -> dict[str, Any] | None:
    """The first relation with a source whose content holds the quote's first part."""
    part = quote.parts[0]
    for relation in relations:
        if not relation.get("has_source") or "source" not in relation:
            continue
        if any(
            start <= part.start and part.end <= end + 2
            for start, end in relation["content"]["spans"]
        ):
            return relation
    return None


def score_article(article: dict[str, Any], counts: Counter[str], errors: list[str]) -> None:
    """Add one article's pairs to ``counts`` (``KIND total``, ``KIND place``, ``name named``)."""
    text = article["text"]
    quotes = [quote for quote in find_quotes(newsfacts.parse(text)) if quote.type == "direct"]
    relations = article["attributions"]
    taken: set[int] = set()
    for quote in quotes:
        relation = _holder(relations, quote)
        if relation is None or id(relation) in taken:
            continue
        taken.add(id(relation))
        printed = relation["source"]["text"].strip()
        spans = relation["source"]["spans"]
        kind = source_kind(printed)
        found = quote.speaker_span
        placed = found is not None and any(
            found.start < end and start < found.end for start, end in spans
        )
        counts[f"{kind} total"] += 1
        counts[f"{kind} place"] += placed
        if kind == "name":
            named = any(
                ggt_metric.speaker_matches(head, quote.speaker) for head in source_heads(printed)
            )
            counts["name named"] += named
            if not named:
                at = min(spans[0][0], quote.span.start)
                context = text[max(0, at - 60) : max(spans[-1][1], quote.span.end) + 30]
                errors.append(f"{printed!r} -> {quote.speaker!r}: {context!r}")


def run(split: str, show_errors: int) -> None:
    path = polnear.DEFAULT_DIR / f"polnear-{split}.jsonl"
    if not path.exists():
        print(f"{path} not found: skipped")
        return
    counts: Counter[str] = Counter()
    errors: list[str] = []
    articles = polnear.load(path)
    for article in articles:
        score_article(article, counts, errors)
    print(f"## Quote speakers against PolNeAR sources, split {split}: {len(articles)} articles\n")
    print("| gold source | quotes | speaker on the source | speaker names it |")
    print("| --- | --- | --- | --- |")
    for kind in KINDS:
        total = counts[f"{kind} total"]
        if not total:
            continue
        placed = counts[f"{kind} place"] / total
        named = f"{counts['name named'] / total:.3f}" if kind == "name" else "-"
        print(f"| {kind} | {total} | {placed:.3f} | {named} |")
    print()
    if split == "dev":  # never the test half's errors: it is for reporting only
        for line in errors[:show_errors]:
            print("-", line[:400])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    for split in ("dev", "test") if args.split == "both" else (args.split,):
        run(split, args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
