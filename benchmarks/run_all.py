"""Run every benchmark in benchmarks/ and write the results to benchmarks/results.md.

Each script runs in its own interpreter; its output goes into the Markdown report under a
heading, with a table of how long each took and whether it succeeded, and a header giving the
date, the newsfacts version, Python and the machine (CPU cores). ``--quick`` passes the quick
options (fewer runs, smaller inputs, the Reuters dev split only) so the whole run takes about a
minute; the full run takes a few minutes. Scripts that find no data skip themselves.

Run: ``python benchmarks/run_all.py [--quick] [--output benchmarks/results.md]``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import newsfacts

HERE = Path(__file__).resolve().parent

# Script -> (full options, quick options). Every script in benchmarks/ must be listed here.
BENCHMARKS: dict[str, tuple[list[str], list[str]]] = {
    "reuters21578.py": (["--split", "all"], ["--split", "dev", "--limit", "3000"]),
    "corpus_structure.py": ([], []),
    "timeml.py": ([], []),
    "throughput.py": ([], ["--repeat", "1", "--limit", "3000"]),
    "startup.py": (["--runs", "15"], ["--runs", "5"]),
    "memory.py": (["--big-mb", "10"], ["--stories", "2000"]),
    "scaling.py": ([], ["--quick", "--repeat", "1"]),
}


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def run(script: str, options: list[str]) -> tuple[int, float, str]:
    """Run one benchmark script: (exit code, seconds, its output)."""
    started = time.perf_counter()
    process = subprocess.run(
        [sys.executable, str(HERE / script), *options],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    output = process.stdout + (f"\n[stderr]\n{process.stderr}" if process.returncode else "")
    return process.returncode, seconds, output.strip("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and smaller inputs")
    parser.add_argument("--output", type=Path, default=HERE / "results.md")
    parser.add_argument("--only", nargs="*", default=None, help="run only these scripts")
    args = parser.parse_args(argv)

    unlisted = sorted(
        path.name
        for path in HERE.glob("*.py")
        if path.name not in BENCHMARKS and path.name != Path(__file__).name
        and not path.name.startswith("_")
    )  # fmt: skip
    if unlisted:
        print(f"not run (add them to BENCHMARKS): {', '.join(unlisted)}", file=sys.stderr)

    sections = []
    rows = []
    failed = 0
    for script, (full, quick) in BENCHMARKS.items():
        if args.only and script not in args.only:
            continue
        options = quick if args.quick else full
        print(f"running {script} {' '.join(options)}", file=sys.stderr, flush=True)
        code, seconds, output = run(script, options)
        failed += code != 0
        status = "ok" if code == 0 else f"failed (exit {code})"
        command = f"python benchmarks/{script} {' '.join(options)}".strip()
        rows.append(f"| `{command}` | {seconds:.1f} s | {status} |")
        sections.append(f"## {script}\n\n`{command}`\n\n```text\n{output}\n```\n")

    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    mode = "quick" if args.quick else "full"
    header = (
        "# Benchmark results\n\n"
        f"- date: {now}\n"
        f"- newsfacts: {newsfacts.__version__}\n"
        f"- python: {platform.python_implementation()} {platform.python_version()}\n"
        f"- machine: {os.cpu_count()} cores, {_cpu_model()}, {platform.system()}"
        f" {platform.machine()}\n"
        f"- mode: {mode} (`python benchmarks/run_all.py{' --quick' if args.quick else ''}`)\n\n"
        "Throughput and scaling run on a single core. Timings vary with the load on the"
        " machine; accuracy numbers do not.\n\n"
        "| benchmark | time | status |\n| --- | --- | --- |\n"
    )
    args.output.write_text(header + "\n".join(rows) + "\n\n" + "\n".join(sections))
    print(f"wrote {args.output}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
