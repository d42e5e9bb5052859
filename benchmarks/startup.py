"""Measure start-up: ``import newsfacts`` and the time to the first parsed story.

Every number comes from a fresh interpreter (``python -c ...`` in a subprocess), so nothing is
cached between runs; the median of ``--runs`` runs is reported, with the fastest run beside it
(the machine's noise floor). Three measures:

* **import**: wall time of ``import newsfacts`` (target <= 100 ms);
* **first result**: wall time from before ``import newsfacts`` to the end of the first
  ``parse`` of a story, lazy loads included (target <= 300 ms), and the first ``parse`` alone;
* **import offenders**: the modules with the largest own import time under ``-X importtime``
  (median over the runs), to show where the import time goes.

The story parsed is the first of /work/shared/corpus when it is there, else a short invented
wire story, so the script always runs. Run: ``python benchmarks/startup.py --runs 15``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

DEFAULT_CORPUS = Path("/work/shared/corpus")
IMPORT_TARGET_MS = 100.0
FIRST_RESULT_TARGET_MS = 300.0

# Invented, in wire style: used when the corpus is absent.
FALLBACK_STORY = (
    "Ministers to meet on port plan\n\n"
    "By Ana Lima, Associated Press\n\n"
    "LISBON, March 12 (AP) -- Transport ministers will meet Thursday to discuss the port plan,"
    ' officials said. "We expect progress," Mr. Costa told reporters.\n'
)

_IMPORT_PROBE = """
import time
started, cpu = time.perf_counter(), time.process_time()
import newsfacts
print(time.perf_counter() - started, time.process_time() - cpu)
"""

_FIRST_RESULT_PROBE = """
import sys, time
started = time.perf_counter()
import newsfacts
imported = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
article = newsfacts.parse(text, published=sys.argv[2] or None)
done = time.perf_counter()
assert article.text == text
print(done - started, done - imported)
"""


def _environment() -> dict[str, str]:
    """The probes' environment: bytecode (``.pyc``) may be written and reused.

    An installed package has its bytecode compiled at install time; a checkout gets it on its
    first import. A shell that sets ``PYTHONDONTWRITEBYTECODE`` makes every import of an
    editable checkout compile all its modules from source (some 20-30 ms more), which is not
    what users of the library see, so it is dropped here.
    """
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
        env=_environment(),
    )


def import_times(runs: int) -> list[tuple[float, float]]:
    """(wall, CPU) seconds to ``import newsfacts`` in ``runs`` fresh interpreters.

    CPU time is the steadier number on a busy machine; wall time is what a user waits.
    """
    times = []
    for _ in range(runs):
        wall, cpu = _run(["-c", _IMPORT_PROBE]).stdout.split()
        times.append((float(wall), float(cpu)))
    return times


def first_result_times(runs: int, story: Path, published: str) -> list[tuple[float, float]]:
    """(import + first parse, first parse alone) in seconds, per fresh interpreter."""
    results = []
    for _ in range(runs):
        total, parse = _run(["-c", _FIRST_RESULT_PROBE, str(story), published]).stdout.split()
        results.append((float(total), float(parse)))
    return results


def import_offenders(runs: int, top: int) -> list[tuple[str, float, float]]:
    """(module, own ms, cumulative ms) with the largest own import time, median over runs."""
    own: dict[str, list[float]] = {}
    cumulative: dict[str, list[float]] = {}
    for _ in range(runs):
        report = _run(["-X", "importtime", "-c", "import newsfacts"]).stderr
        for line in report.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            self_us, cumulative_us, name = line[len("import time:") :].split("|")
            module = name.strip()
            own.setdefault(module, []).append(int(self_us) / 1000)
            cumulative.setdefault(module, []).append(int(cumulative_us) / 1000)
    rows = [
        (module, statistics.median(values), statistics.median(cumulative[module]))
        for module, values in own.items()
    ]
    return sorted(rows, key=lambda row: row[1], reverse=True)[:top]


def _story(corpus: Path) -> tuple[Path, str, str]:
    """The story to parse (path, published date, description)."""
    stories = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    if stories:
        published = ""
        meta = corpus / "meta.jsonl"
        if meta.exists():
            for line in meta.read_text(encoding="utf-8").splitlines():
                if line.strip() and json.loads(line).get("file") == stories[0].name:
                    published = json.loads(line).get("published") or ""
        return stories[0], published, f"corpus story {stories[0].name}"
    fallback = Path(__file__).with_name(".startup-story.txt")
    fallback.write_text(FALLBACK_STORY, encoding="utf-8")
    return fallback, "2019-03-12", "invented wire story (corpus absent)"


@dataclasses.dataclass(frozen=True)
class Startup:
    """The start-up numbers, in milliseconds."""

    runs: int
    story: str
    import_ms: float
    import_min_ms: float
    import_cpu_ms: float
    first_result_ms: float
    first_result_min_ms: float
    first_parse_ms: float
    offenders: list[tuple[str, float, float]]


def measure(runs: int, top: int, corpus: Path) -> Startup:
    """Run every probe in fresh interpreters and return the numbers."""
    _run(["-c", "import newsfacts"])  # a warm-up run writes the bytecode
    imports = [(wall * 1000, cpu * 1000) for wall, cpu in import_times(runs)]
    story, published, described = _story(corpus)
    firsts = [
        (total * 1000, parse * 1000) for total, parse in first_result_times(runs, story, published)
    ]
    if story.name == ".startup-story.txt":
        story.unlink()
    return Startup(
        runs=runs,
        story=described,
        import_ms=statistics.median(wall for wall, _ in imports),
        import_min_ms=min(wall for wall, _ in imports),
        import_cpu_ms=statistics.median(cpu for _, cpu in imports),
        first_result_ms=statistics.median(total for total, _ in firsts),
        first_result_min_ms=min(total for total, _ in firsts),
        first_parse_ms=statistics.median(parse for _, parse in firsts),
        offenders=import_offenders(max(3, runs // 3), top),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters per measure")
    parser.add_argument("--top", type=int, default=12, help="import offenders to list")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    numbers = measure(args.runs, args.top, args.corpus)
    if args.json:
        print(json.dumps(dataclasses.asdict(numbers)))
        return 0
    print(f"python {sys.version.split()[0]}, {args.runs} fresh interpreters each")
    print(
        f"import newsfacts  median {numbers.import_ms:6.1f} ms"
        f" (fastest {numbers.import_min_ms:.1f}, CPU {numbers.import_cpu_ms:.1f})"
        f"  target <= {IMPORT_TARGET_MS:.0f} ms"
    )
    print(
        f"first result      median {numbers.first_result_ms:6.1f} ms"
        f" (fastest {numbers.first_result_min_ms:.1f})  target <= {FIRST_RESULT_TARGET_MS:.0f} ms"
    )
    print(f"first parse alone median {numbers.first_parse_ms:6.1f} ms ({numbers.story})")
    print("largest own import times (-X importtime, median):")
    for module, own, cumulative in numbers.offenders:
        print(f"  {own:7.1f} ms own {cumulative:8.1f} ms cumulative  {module}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
