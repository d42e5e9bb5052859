"""Check that parse + every extractor takes time linear in the size of one story.

Real text: one story of 1 KB, 10 KB, 100 KB, 1 MB and 10 MB, made by joining the stories of
/work/shared/corpus with blank lines (skipped with a message when absent). Each story is written
to a temporary directory and read back, as a caller would read a file. For each size the table
gives the CPU seconds of :func:`newsfacts.parse` alone and of parse + :func:`newsfacts.extract`
with every installed extractor (the entity layer included), the seconds per MB, and the growth
against the size before: the ratio of times divided by the ratio of sizes. Linear work keeps the
growth near 1 (below it at the small sizes, where fixed costs weigh); a growth above
:data:`SUPERLINEAR_GROWTH` is flagged SUPERLINEAR, naming the part (parse or extract) that grew.

Adversarial inputs (invented, generated here), each at two sizes four times apart, go through
the same workload: their growth is flagged the same way.

A size whose projected time (the last time, times the size ratio, times the last growth) is
over ``--budget`` seconds is skipped with a message, so that a superlinear step reports itself
instead of running for hours. CPU time (``--clock cpu``, the default) is disturbed far less than
the wall clock by other work on the machine; each time is the fastest of ``--repeat`` runs (one
run at 10 MB).

Run: ``python benchmarks/scaling.py`` (``--quick`` stops real text at 1 MB and uses 125 KB and
500 KB adversarial inputs; ``--strict`` exits 1 when anything is superlinear).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import newsfacts

DEFAULT_CORPUS = Path("/work/shared/corpus")
KB = 1000
#: Above this growth (ratio of times over ratio of sizes) a step is reported as superlinear.
SUPERLINEAR_GROWTH = 1.5
#: Below this many seconds a time is mostly fixed cost and noise: its growth is not judged.
NOISE_FLOOR = 0.005
#: A run from this size up is done once whatever ``--repeat`` says.
SINGLE_RUN_SIZE = 10_000 * KB

ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "quote marks": lambda size: '"' * size,
    "one line, no spaces": lambda size: "x" * size,
    "said said said": lambda size: "said " * (size // 5),
    "unbalanced brackets": lambda size: "(" * (size // 2) + "[" * (size // 2),
    "only newlines": lambda size: "\n" * size,
    "A. A. A.": lambda size: "A. " * (size // 3),
    "dateline-like lines": lambda size: "WASHINGTON, March 3 (AP) --\n" * (size // 28),
    "By-lines": lambda size: "By John Smith\n" * (size // 14),
    "indented short lines": lambda size: "    a\n" * (size // 6),
    "credit labels": lambda size: "Reporting by Ann Lee; " * (size // 22),
    "capitalised names": lambda size: "Mr. John Smith met Ann Lee in Paris. " * (size // 37),
    "quoted speech": lambda size: '"We will go," Smith said. ' * (size // 26),
    # One endless sentence: every per-sentence step sees all of it.
    "one sentence of cues": lambda size: "The minister said " * (size // 18),
    "one sentence of sources": lambda size: "according to officials in Tokyo " * (size // 32),
    "one sentence of trips": lambda size: "The minister will visit Paris and " * (size // 34),
    "one sentence of pronouns": lambda size: "he said she told them " * (size // 22),
}

CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}


@dataclasses.dataclass(frozen=True)
class Timing:
    """The seconds of one story: parse alone, and parse + every extractor."""

    size: int
    parse: float
    total: float

    @property
    def seconds_per_mb(self) -> float:
        return self.total * 1_000_000 / self.size


def time_story(text: str, repeat: int, clock: Callable[[], float]) -> Timing:
    """The fastest of ``repeat`` runs of parse, and of parse + extract, over ``text``."""
    best_parse = best_total = float("inf")
    for _ in range(repeat):
        gc.collect()  # the garbage of the run before is not this run's to collect
        started = clock()
        article = newsfacts.parse(text, published="2019-01-01")
        parsed = clock()
        newsfacts.extract(article)
        done = clock()
        best_parse = min(best_parse, parsed - started)
        best_total = min(best_total, done - started)
    return Timing(len(text), best_parse, best_total)


def growth(later: float, earlier: float, size_ratio: float) -> float | None:
    """How much faster than the size a time grew (1 is linear), or None below the noise."""
    if earlier < NOISE_FLOOR and later < NOISE_FLOOR * size_ratio:
        return None
    return later / max(earlier, 1e-9) / size_ratio


def judge(timing: Timing, previous: Timing | None) -> tuple[str, list[str]]:
    """The growth column for ``timing`` against the size before, and the parts that grew."""
    if previous is None:
        return "", []
    ratio = timing.size / previous.size
    parts = {
        "parse": growth(timing.parse, previous.parse, ratio),
        "extract": growth(timing.total - timing.parse, previous.total - previous.parse, ratio),
        "total": growth(timing.total, previous.total, ratio),
    }
    shown = " ".join(
        f"{name} x{value:4.2f}" if value is not None else f"{name}   -  "
        for name, value in parts.items()
    )
    grew = [
        name
        for name, value in parts.items()
        if name != "total" and value is not None and value > SUPERLINEAR_GROWTH
    ]
    return shown, grew


def projected(last: Timing, size: int, last_growth: float) -> float:
    """The seconds ``size`` characters should take if the last growth goes on."""
    return last.total * size / last.size * max(1.0, last_growth)


def real_text(corpus: Path, size: int) -> str | None:
    """``size`` characters of corpus stories joined by blank lines, or None without a corpus."""
    stories = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    if not stories:
        return None
    joined = "\n\n".join(stories)
    return ("\n\n".join([joined] * (size // len(joined) + 1)))[:size]


def _row(label: str, timing: Timing, shown: str, grew: list[str]) -> str:
    flag = f"  SUPERLINEAR ({', '.join(grew)})" if grew else ""
    return (
        f"  {label:>34s} {timing.parse:8.3f} {timing.total:9.3f} {timing.seconds_per_mb:9.2f}"
        f"  {shown}{flag}"
    )


HEADER = f"  {'':>34s} {'parse s':>8s} {'total s':>9s} {'total s/MB':>9s}  growth vs size before"


def run_real_text(args: argparse.Namespace, clock: Callable[[], float]) -> list[str]:
    """The real-text table; returns the sizes found superlinear."""
    sizes = [1 * KB, 10 * KB, 100 * KB, 1000 * KB] + ([] if args.quick else [10_000 * KB])
    if real_text(args.corpus, KB) is None:
        print(f"skipped real text: no corpus at {args.corpus}")
        return []
    print(f"real text, one story of corpus stories joined ({args.clock} clock):")
    print(HEADER)
    superlinear: list[str] = []
    previous: Timing | None = None
    last_growth = 1.0
    with tempfile.TemporaryDirectory(prefix="newsfacts-scaling-") as directory:
        for size in sizes:
            label = f"{size // KB} KB" if size < 1000 * KB else f"{size // (1000 * KB)} MB"
            if previous is not None and projected(previous, size, last_growth) > args.budget:
                estimate = projected(previous, size, last_growth)
                print(f"  {label:>34s} skipped: projected {estimate:.0f} s > --budget")
                superlinear.append(f"real text {label} (skipped)")
                break
            path = Path(directory) / f"story-{size}.txt"
            path.write_text(real_text(args.corpus, size) or "", encoding="utf-8")
            text = path.read_text(encoding="utf-8")
            timing = time_story(text, 1 if size >= SINGLE_RUN_SIZE else args.repeat, clock)
            shown, grew = judge(timing, previous)
            print(_row(label, timing, shown, grew), flush=True)
            if grew:
                superlinear.append(f"real text {label} ({', '.join(grew)})")
            if previous is not None:
                last_growth = timing.total / max(previous.total, 1e-9) * previous.size / size
            previous = timing
    return superlinear


def run_adversarial(args: argparse.Namespace, clock: Callable[[], float]) -> list[str]:
    """The adversarial table; returns the inputs found superlinear."""
    small = 125 * KB if args.quick else 250 * KB
    print(f"adversarial inputs ({small // KB} KB, then {4 * small // KB} KB):")
    print(HEADER)
    superlinear = []
    for name, make in ADVERSARIAL.items():
        first = time_story(make(small), args.repeat, clock)
        print(_row(f"{name} {small // KB} KB", first, "", []), flush=True)
        if projected(first, 4 * small, 1.0) > args.budget:
            print(f"  {name:>34s} skipped the larger size: projected over --budget")
            continue
        second = time_story(make(4 * small), args.repeat, clock)
        shown, grew = judge(second, first)
        print(_row(f"{name} {4 * small // KB} KB", second, shown, grew), flush=True)
        if grew:
            superlinear.append(f"{name} ({', '.join(grew)})")
    return superlinear


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=2, help="runs per size; fastest kept")
    parser.add_argument("--quick", action="store_true", help="smaller inputs")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu")
    parser.add_argument(
        "--budget", type=float, default=600.0, help="skip a size projected to take longer (s)"
    )
    parser.add_argument("--no-adversarial", action="store_true", help="real text only")
    parser.add_argument("--strict", action="store_true", help="exit 1 when superlinear")
    args = parser.parse_args(argv)
    clock = CLOCKS[args.clock]
    newsfacts.extract(newsfacts.parse("Warm up. Lazy patterns compile here, Mr. Kim said."))
    plugins = [info.name for info in newsfacts.plugin_info()]
    print(f"single core; installed extractors: {', '.join(plugins) or 'none'}")
    superlinear = run_real_text(args, clock)
    if not args.no_adversarial:
        superlinear += run_adversarial(args, clock)
    if superlinear:
        print(f"superlinear: {'; '.join(superlinear)}")
    else:
        print(f"linear: no growth above x{SUPERLINEAR_GROWTH} the size")
    return 1 if superlinear and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
