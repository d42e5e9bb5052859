"""Check that parsing time grows linearly with the size of a story, whatever its shape.

Real text: one story of 1 KB, 10 KB, 100 KB, 1 MB and 10 MB made by joining the stories of
/work/shared/corpus (skipped with a message when absent); the time per KB should stay about
flat. Adversarial inputs (invented, generated here), each at two sizes, four times apart: the
ratio of their times should be near 4 (linear), far above it means superlinear work. Each time
is the fastest of ``--repeat`` runs.

Run: ``python benchmarks/scaling.py`` (``--quick`` stops real text at 1 MB and halves the
adversarial sizes).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import newsfacts

DEFAULT_CORPUS = Path("/work/shared/corpus")
KB = 1000
# Above this ratio of times for 4x the input, the growth is reported as superlinear.
SUPERLINEAR_RATIO = 6.0

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
}


def best_time(text: str, repeat: int) -> float:
    """Fastest of ``repeat`` parses of ``text``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        newsfacts.parse(text, published="2019-01-01")
        best = min(best, time.perf_counter() - started)
    return best


def real_text(corpus: Path, size: int) -> str | None:
    """``size`` characters of corpus stories joined by blank lines, or None without a corpus."""
    stories = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    if not stories:
        return None
    joined = "\n\n".join(stories)
    return (joined * (size // len(joined) + 1))[:size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="smaller inputs")
    args = parser.parse_args(argv)
    newsfacts.parse("Warm up. Lazy patterns compile here.")
    superlinear = []

    sizes = [1, 10, 100, 1000] + ([] if args.quick else [10_000])
    if args.corpus.is_dir() and real_text(args.corpus, KB) is not None:
        print("real text (corpus stories joined):")
        for kilobytes in sizes:
            text = real_text(args.corpus, kilobytes * KB)
            assert text is not None
            seconds = best_time(text, 1 if kilobytes >= 10_000 else args.repeat)
            print(
                f"  {kilobytes:6d} KB {seconds * 1000:9.1f} ms"
                f" {seconds * 1e6 / kilobytes:7.1f} us/KB"
            )
    else:
        print(f"skipped real text: no corpus at {args.corpus}")

    small = 125 * KB if args.quick else 250 * KB
    print(f"adversarial inputs ({small // KB} KB and {4 * small // KB} KB):")
    for name, make in ADVERSARIAL.items():
        times = [best_time(make(size), args.repeat) for size in (small, 4 * small)]
        ratio = times[1] / max(times[0], 1e-9)
        flag = "  SUPERLINEAR" if ratio > SUPERLINEAR_RATIO else ""
        if flag:
            superlinear.append(name)
        print(
            f"  {name:22s} {times[0] * 1000:8.1f} ms {times[1] * 1000:8.1f} ms"
            f"  ratio {ratio:4.1f}  {times[1] * 1e6 / (4 * small / KB):7.1f} us/KB{flag}"
        )
    if superlinear:
        print(f"superlinear: {', '.join(superlinear)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
