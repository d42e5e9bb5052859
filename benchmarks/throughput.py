"""Measure throughput: words and articles per second, single core.

Two workloads, each over two data sets:

* ``parse``: :func:`newsfacts.parse` alone;
* ``parse+extract``: ``parse`` then :func:`newsfacts.extract` with every installed extractor
  (there may be none yet: the number still shows the cost of the plugin host).

Data sets: the stories in /work/shared/corpus (published dates from its meta.jsonl) and
Reuters-21578 (/work/shared/eval/reuters21578.jsonl). A missing data set is skipped with a
message; with none the script exits 0. Texts are read into memory first, so only the library
is timed; words are white-space separated tokens. Each workload runs ``--repeat`` times and the
fastest run is reported (the least disturbed by other work on the machine). On a busy machine
``--clock cpu`` times the process's CPU time instead of the wall clock, which other processes
disturb far less.

Run: ``python benchmarks/throughput.py`` (``--limit N`` reads only the first N Reuters stories).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import newsfacts

DEFAULT_CORPUS = Path("/work/shared/corpus")
DEFAULT_REUTERS = Path("/work/shared/eval/reuters21578.jsonl")

Story = tuple[str, str | None]  # text, published date


@dataclasses.dataclass(frozen=True)
class Throughput:
    """One workload over one data set."""

    dataset: str
    workload: str
    articles: int
    words: int
    seconds: float

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


def corpus_stories(directory: Path) -> list[Story]:
    """The corpus stories with their published dates, or [] when the corpus is absent."""
    if not directory.is_dir():
        return []
    published: dict[str, str | None] = {}
    meta = directory / "meta.jsonl"
    if meta.exists():
        for line in meta.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                published[entry["file"]] = entry.get("published")
    return [
        (path.read_text(encoding="utf-8"), published.get(path.name))
        for path in sorted(directory.glob("*.txt"))
    ]


def reuters_stories(path: Path, limit: int | None = None) -> list[Story]:
    """The Reuters-21578 stories (all splits), or [] when the file is absent."""
    if not path.exists():
        return []
    stories: list[Story] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(stories) >= limit:
                break
            story = json.loads(line)
            stories.append((story["text"], story.get("published")))
    return stories


def _parse_only(text: str, published: str | None) -> None:
    newsfacts.parse(text, published=published)


def _parse_and_extract(text: str, published: str | None) -> None:
    newsfacts.extract(newsfacts.parse(text, published=published))


WORKLOADS: dict[str, Callable[[str, str | None], None]] = {
    "parse": _parse_only,
    "parse+extract": _parse_and_extract,
}


CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}


def measure(
    dataset: str, stories: list[Story], workload: str, repeat: int, clock: str = "wall"
) -> Throughput:
    """The fastest of ``repeat`` runs of ``workload`` over ``stories``."""
    run = WORKLOADS[workload]
    now = CLOCKS[clock]
    words = sum(len(text.split()) for text, _ in stories)
    best = float("inf")
    for _ in range(repeat):
        started = now()
        for text, published in stories:
            run(text, published)
        best = min(best, now() - started)
    return Throughput(dataset, workload, len(stories), words, best)


def run(
    corpus: Path, reuters: Path, limit: int | None, repeat: int, clock: str = "wall"
) -> list[Throughput]:
    """Every workload over every data set that is present."""
    newsfacts.parse("Warm up. Lazy patterns compile here, outside the timings.")
    newsfacts.extract(newsfacts.parse("Warm up the plugin host too."))
    datasets = {
        "corpus": corpus_stories(corpus),
        "reuters21578": reuters_stories(reuters, limit),
    }
    results = []
    for name, stories in datasets.items():
        if not stories:
            print(f"skipped {name}: no data at {corpus if name == 'corpus' else reuters}")
            continue
        for workload in WORKLOADS:
            results.append(measure(name, stories, workload, repeat, clock))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--reuters", type=Path, default=DEFAULT_REUTERS)
    parser.add_argument("--limit", type=int, default=None, help="first N Reuters stories only")
    parser.add_argument("--repeat", type=int, default=3, help="runs per workload; fastest kept")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument(
        "--clock", choices=sorted(CLOCKS), default="wall", help="wall clock or CPU time"
    )
    args = parser.parse_args(argv)
    results = run(args.corpus, args.reuters, args.limit, args.repeat, args.clock)
    if args.json:
        rows = [
            {**dataclasses.asdict(result), "articles_per_second": result.articles_per_second,
             "words_per_second": result.words_per_second}
            for result in results
        ]  # fmt: skip
        print(json.dumps(rows))
        return 0
    plugins = [info.name for info in newsfacts.plugin_info()]
    print(f"single core, {args.clock} clock; installed extractors: {', '.join(plugins) or 'none'}")
    for result in results:
        print(
            f"{result.dataset:13s} {result.workload:14s} {result.articles:6d} articles"
            f" {result.words:9d} words {result.seconds:7.2f} s"
            f"  {result.articles_per_second:8.0f} articles/s"
            f" {result.words_per_second:10.0f} words/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
