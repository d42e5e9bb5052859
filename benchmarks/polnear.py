"""Measure the ``attributions`` extractor on PolNeAR (political news attribution relations).

Reads ``/work/shared/eval/polnear-dev.jsonl`` and ``polnear-test.jsonl`` (see the README beside
them); a missing file is skipped with a message, and with neither the script exits 0. An
article annotated twice (two annotators) is scored against its first annotation only.

Each article's ``text`` is parsed whole (its first line is the title, which the parser takes
as the headline: headlines are not annotated). Source, cue and content are scored separately,
each as its own set of spans, P/R/F1 with two matchings:

* ``exact``: a predicted span list equals a gold one (content may be discontinuous: the whole
  list must be equal);
* ``overlap``: greedy one-to-one matching, largest shared character count first; a pair counts
  when the two share any character.

PolNeAR writes ``"A," X said. "B."`` as one relation whose content has two spans, where this
library makes one attribution a quote part: predicted attributions that share a cue span are
merged into one unit (content spans unioned) before scoring. Gold relations without a source
have no source span to score (their cue and content are scored).

    python benchmarks/polnear.py [--split dev|test|both] [--show-errors N] [--narrow]
                                 [--scope polnear|news]

``--narrow`` leaves out the broad cues (views and findings: ``believes``, ``found``);
``--scope news`` measures the default scope of the project's gold guide instead of
PolNeAR's wider one (stances: ``wants``, ``called for``; verbs with a ``that`` clause;
passives, some without a source: ``X is expected to``).
Reference: a CRF system reports F1 0.82 (source, exact), 0.82 (cue), 0.59 exact / 0.83
overlap (content). Tune on ``dev`` only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import newsfacts
from newsfacts.extractors.attributions import find_attributions
from newsfacts.records import Attribution

DEFAULT_DIR = Path("/work/shared/eval")
FIELDS = ("source", "cue", "content")
Spans = tuple[tuple[int, int], ...]


def load(path: Path) -> list[dict[str, Any]]:
    """The articles of one file, first annotation of each."""
    seen: set[str] = set()
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["filename"] in seen:
                continue
            seen.add(article["filename"])
            articles.append(article)
    return articles


def gold_units(article: dict[str, Any]) -> dict[str, list[Spans]]:
    """Gold span lists by field."""
    units: dict[str, list[Spans]] = {field: [] for field in FIELDS}
    for relation in article["attributions"]:
        for field in FIELDS:
            value = relation.get(field)
            if value and value.get("spans"):
                units[field].append(tuple((int(s), int(e)) for s, e in value["spans"]))
    return units


def predicted_units(attributions: Sequence[Attribution]) -> dict[str, list[Spans]]:
    """Predicted span lists by field, attributions sharing a cue merged into one."""
    merged: dict[tuple[int, int], list[Attribution]] = {}
    loose: list[list[Attribution]] = []
    for item in attributions:
        if item.cue_span is None:
            loose.append([item])
        else:
            merged.setdefault((item.cue_span.start, item.cue_span.end), []).append(item)
    units: dict[str, list[Spans]] = {field: [] for field in FIELDS}
    for group in [*merged.values(), *loose]:
        first = group[0]
        if first.source_span is not None:
            units["source"].append(((first.source_span.start, first.source_span.end),))
        if first.cue_span is not None:
            units["cue"].append(((first.cue_span.start, first.cue_span.end),))
        parts = sorted({(p.start, p.end) for item in group for p in item.content_parts})
        if parts:
            units["content"].append(tuple(parts))
    return units


def _shared(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def match(gold: list[Spans], predicted: list[Spans], *, exact: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index)."""
    if exact:
        free = {span: [] for span in predicted}  # type: dict[Spans, list[int]]
        for index, span in enumerate(predicted):
            free[span].append(index)
        pairs = []
        for index, span in enumerate(gold):
            if free.get(span):
                pairs.append((index, free[span].pop()))
        return pairs
    candidates = sorted(
        (
            (-_shared(g, p), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if _shared(g, p) > 0
        ),
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gi, pi))
    return pairs


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / predicted if predicted else 1.0
    r = tp / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(path: Path, *, show_errors: int, broad: bool, scope: str = "polnear") -> None:
    """Score one split and print its table."""
    articles = load(path)
    counts = {(f, m): [0, 0, 0] for f in FIELDS for m in ("exact", "overlap")}
    errors: list[str] = []
    words = 0
    started = time.perf_counter()
    for article in articles:
        text = article["text"]
        words += len(text.split())
        parsed = newsfacts.parse(text)
        found = find_attributions(parsed, broad=broad, scope=scope)  # type: ignore[arg-type]
        gold, predicted = gold_units(article), predicted_units(found)
        for field in FIELDS:
            for mode in ("exact", "overlap"):
                pairs = match(gold[field], predicted[field], exact=mode == "exact")
                row = counts[(field, mode)]
                row[0] += len(pairs)
                row[1] += len(predicted[field])
                row[2] += len(gold[field])
                if field == "source" and mode == "overlap" and len(errors) < show_errors:
                    matched_gold = {g for g, _ in pairs}
                    matched_pred = {p for _, p in pairs}
                    for index, spans in enumerate(gold[field]):
                        if index not in matched_gold:
                            errors.append("missed   " + _context(text, spans))
                    for index, spans in enumerate(predicted[field]):
                        if index not in matched_pred:
                            errors.append("spurious " + _context(text, spans))
    seconds = time.perf_counter() - started
    print(f"\n{path.name}: {len(articles)} articles, {words} words, {seconds:.1f} s")
    print(f"{'field':<10}{'match':<9}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for (field, mode), (tp, npred, ngold) in counts.items():
        p, r, f = prf(tp, npred, ngold)
        print(f"{field:<10}{mode:<9}{ngold:>6}{npred:>6}{tp:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    for line in errors[:show_errors]:
        print(line)


def _context(text: str, spans: Spans) -> str:
    start, end = spans[0][0], spans[-1][1]
    before = text[max(0, start - 60) : start].replace("\n", " ")
    after = text[end : end + 60].replace("\n", " ")
    return f"{before}[[{text[start:end]}]]{after}"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--narrow", action="store_true", help="leave out views and findings")
    parser.add_argument(
        "--scope",
        choices=("polnear", "news"),
        default="polnear",
        help="which predicates attribute (default: PolNeAR's own, wider scope)",
    )
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    ran = False
    for split in splits:
        path = args.dir / f"polnear-{split}.jsonl"
        if not path.is_file():
            print(f"{path} not found: skipped")
            continue
        run(path, show_errors=args.show_errors, broad=not args.narrow, scope=args.scope)
        ran = True
    if not ran:
        print("no PolNeAR data: nothing measured")
    return 0


if __name__ == "__main__":
    sys.exit(main())
