"""Run every benchmark in benchmarks/ and write the results to benchmarks/results.md.

Each benchmark runs in its own interpreter; its output goes into the Markdown report under a
heading, after a table of how long each took and whether it succeeded, and a header giving the
date, the newsfacts version and commit, Python and the machine (CPU cores). The documentation
includes this file (docs/explanation/accuracy.md), so a new run updates the published tables.

``--quick`` passes the quick options (fewer runs, smaller inputs) and leaves out the benchmarks
that only make sense at full size (``parallel.py``, ``dask_overhead.py``): a few minutes on two
cores. The full run takes a quarter of an hour or more (``parallel.py`` streams 100,000
stories). ``peer_textacy.py`` runs only when its separate virtualenv exists
(``/tmp/peer-venv``, see benchmarks/peer-requirements.txt), under that venv's Python. Scripts
that find no data skip themselves.

Run: ``python benchmarks/run_all.py [--quick] [--output benchmarks/results.md] [--only NAME ...]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import newsfacts

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PEER_PYTHON = Path("/tmp/peer-venv/bin/python")
# Files in benchmarks/ that are imported by the scripts, not run.
LIBRARIES = {"ggt_metric.py"}


@dataclasses.dataclass(frozen=True)
class Benchmark:
    """One command of the report: a script of benchmarks/ (or, with ``program``, a command)."""

    script: str
    full: tuple[str, ...] = ()
    quick: tuple[str, ...] = ()
    full_only: bool = False  # too slow, or meaningless, at quick size
    python: Path | None = None  # another interpreter (the peer's venv); None: this one
    program: tuple[str, ...] = ()  # run this instead of a script (the newsfacts command)

    def command(self, quick: bool) -> list[str]:
        options = list(self.quick if quick else self.full)
        if self.program:
            return [*self.program, *options]
        return [str(self.python or sys.executable), str(HERE / self.script), *options]

    def shown(self, quick: bool) -> str:
        """The command as a reader would type it from the repository root."""
        options = " ".join(self.quick if quick else self.full)
        if self.program:
            return f"newsfacts {options}".strip()
        python = str(self.python) if self.python else "python"
        return f"{python} benchmarks/{self.script} {options}".strip()


NEWSFACTS = (sys.executable, "-m", "newsfacts")

# Every script in benchmarks/ must be listed here (the run names any that is not).
BENCHMARKS: list[Benchmark] = [
    # Accuracy first: these numbers do not depend on the machine.
    Benchmark(
        "evaluate",
        full=("evaluate", "/work/shared/corpus"),
        quick=("evaluate", "/work/shared/corpus"),
        program=NEWSFACTS,
    ),
    Benchmark("reuters21578.py", full=("--split", "all"), quick=("--split", "test")),
    Benchmark("corpus_structure.py"),
    Benchmark("timeml.py"),
    Benchmark("ggt.py", full=("--split", "both"), quick=("--split", "test")),
    Benchmark("polnear.py", full=("--split", "both"), quick=("--split", "both")),
    Benchmark("polnear_quotes.py", full=("--split", "both"), quick=("--split", "both")),
    Benchmark("travel_logs.py"),
    Benchmark("entities.py", quick=("--limit", "1000", "--repeat", "1")),
    Benchmark(
        "peer_textacy.py", full=("--repeat", "3"), quick=("--repeat", "1"), python=PEER_PYTHON
    ),
    # Speed.
    # CPU time of the one process, fastest of the runs: the steady state a long corpus run
    # sees (caches warm), and not disturbed by other work on the machine.
    Benchmark(
        "throughput.py",
        full=("--limit", "3000", "--clock", "cpu", "--repeat", "5"),
        quick=("--limit", "3000", "--clock", "cpu", "--repeat", "3"),
    ),
    Benchmark("startup.py", full=("--runs", "15"), quick=("--runs", "5")),
    Benchmark("memory.py", full=("--big-mb", "10"), quick=("--stories", "2000")),
    Benchmark("scaling.py", quick=("--quick", "--repeat", "1")),
    Benchmark("parallel.py", full_only=True),
    Benchmark("dask_overhead.py", full_only=True),
]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _commit() -> str:
    done = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or "unknown"


def run(command: list[str]) -> tuple[int, float, str]:
    """Run one benchmark from the repository root: (exit code, seconds, its output)."""
    started = time.perf_counter()
    process = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    seconds = time.perf_counter() - started
    output = process.stdout + (f"\n[stderr]\n{process.stderr}" if process.returncode else "")
    return process.returncode, seconds, output.strip("\n")


def skip_reason(benchmark: Benchmark, quick: bool) -> str | None:
    """Why ``benchmark`` is left out of this run, or None when it runs."""
    if benchmark.full_only and quick:
        return "full run only"
    if benchmark.python is not None and not benchmark.python.exists():
        return f"no {benchmark.python} (see benchmarks/peer-requirements.txt)"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and smaller inputs")
    parser.add_argument("--output", type=Path, default=HERE / "results.md")
    parser.add_argument("--only", nargs="*", default=None, help="run only these scripts")
    args = parser.parse_args(argv)

    listed = {benchmark.script for benchmark in BENCHMARKS}
    unlisted = sorted(
        path.name
        for path in HERE.glob("*.py")
        if path.name not in listed | LIBRARIES
        and path.name != Path(__file__).name
        and not path.name.startswith("_")
    )
    if unlisted:
        print(f"not run (add them to BENCHMARKS): {', '.join(unlisted)}", file=sys.stderr)

    sections = []
    rows = []
    failed = 0
    for benchmark in BENCHMARKS:
        if args.only and benchmark.script not in args.only:
            continue
        shown = benchmark.shown(args.quick)
        reason = skip_reason(benchmark, args.quick)
        if reason:
            rows.append(f"| `{shown}` | - | skipped: {reason} |")
            continue
        print(f"running {shown}", file=sys.stderr, flush=True)
        code, seconds, output = run(benchmark.command(args.quick))
        failed += code != 0
        status = "ok" if code == 0 else f"failed (exit {code})"
        rows.append(f"| `{shown}` | {seconds:.1f} s | {status} |")
        sections.append(f"### {benchmark.script}\n\n`{shown}`\n\n```text\n{output}\n```\n")

    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    mode = "quick" if args.quick else "full"
    header = (
        "# Benchmark results\n\n"
        "<!-- The documentation includes this file from here on. -->\n\n"
        f"- date: {now}\n"
        f"- newsfacts: {newsfacts.__version__} (commit {_commit()})\n"
        f"- python: {platform.python_implementation()} {platform.python_version()}\n"
        f"- machine: {os.cpu_count()} cores, {_cpu_model()}, {platform.system()}"
        f" {platform.machine()}\n"
        f"- mode: {mode} (`python benchmarks/run_all.py{' --quick' if args.quick else ''}`)\n\n"
        "Throughput and scaling run on a single core. Timings vary with the load on the"
        " machine; accuracy numbers do not. Data: /work/shared (see each script's docstring);"
        " a script whose data is absent says so and skips.\n\n"
        "| benchmark | time | status |\n| --- | --- | --- |\n"
    )
    args.output.write_text(header + "\n".join(rows) + "\n\n" + "\n".join(sections))
    print(f"wrote {args.output}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
