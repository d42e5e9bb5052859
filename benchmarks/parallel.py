"""Throughput and memory of ``newsfacts extract --jobs N`` on a stream of Reuters-21578 stories.

For each size (10,000 and 100,000 stories by default) and each ``--jobs`` value (1 and 2), the
command line reads the stories as JSON Lines from its standard input, fed by this script from
/work/shared/eval/reuters21578.jsonl, repeated as often as needed: the stories are streamed,
never held, on either side. Output goes to /dev/null. Reported: wall time, stories per second,
the speed-up of each ``--jobs`` over ``--jobs 1``, the peak RSS of the main process (``VmHWM``)
and the peak RSS of the whole process tree (main process and workers, sampled every 50 ms).
The summary line of the run checks that every story came out. Skips (exit 0) when the data is
absent.

Run: ``python benchmarks/parallel.py`` (``--quick`` for 2,000 and 10,000 stories).
"""

from __future__ import annotations

import argparse
import itertools
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

DEFAULT_REUTERS = Path("/work/shared/eval/reuters21578.jsonl")
SAMPLE_SECONDS = 0.05
_SUMMARY = re.compile(r"newsfacts: ([\d,]+) stories in .*?, ([\d,]+) failed")


def _status(pid: int) -> dict[str, str]:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return dict(line.split(":", 1) for line in text.splitlines() if ":" in line)


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _kb(fields: dict[str, str], name: str) -> int:
    try:
        return int(fields[name].split()[0])
    except (KeyError, ValueError, IndexError):
        return 0


class _Sampler(threading.Thread):
    """Samples the RSS of a process and its children until told to stop."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.tree_peak_kb = 0
        self.main_peak_kb = 0
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            main = _status(self.pid)
            if not main:
                return
            self.main_peak_kb = max(self.main_peak_kb, _kb(main, "VmHWM"))
            tree = _kb(main, "VmRSS") + sum(
                _kb(_status(child), "VmRSS") for child in _children(self.pid)
            )
            self.tree_peak_kb = max(self.tree_peak_kb, tree)
            time.sleep(SAMPLE_SECONDS)


def _feed(stream: object, source: Path, count: int) -> None:
    """Write ``count`` lines of ``source`` to ``stream``, from the top again as needed."""
    assert hasattr(stream, "write")
    try:
        with source.open("rb") as lines:
            for _ in range(count):
                line = lines.readline()
                if not line:
                    lines.seek(0)
                    line = lines.readline()
                stream.write(line)
        stream.close()  # type: ignore[attr-defined]
    except BrokenPipeError:
        pass


def run_once(source: Path, count: int, jobs: int) -> dict[str, float]:
    """One run of the command line over ``count`` stories with ``jobs`` workers."""
    command = [sys.executable, "-m", "newsfacts", "extract", "--jobs", str(jobs), "--summary"]
    command += ["--format", "jsonl", "--jsonl", "-"]
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    ) as process:
        sampler = _Sampler(process.pid)
        sampler.start()
        feeder = threading.Thread(target=_feed, args=(process.stdin, source, count), daemon=True)
        feeder.start()
        assert process.stderr is not None
        err = process.stderr.read().decode("utf-8", "replace")
        process.wait()
        sampler.stopping.set()
        sampler.join()
        feeder.join()
    elapsed = time.perf_counter() - started
    match = _SUMMARY.search(err)
    if process.returncode != 0 or match is None:
        raise SystemExit(f"the run failed ({process.returncode}):\n{err}")
    done = int(match[1].replace(",", ""))
    if done != count:
        raise SystemExit(f"{done} stories came out of {count}")
    return {
        "seconds": elapsed,
        "rate": count / elapsed,
        "main_mb": sampler.main_peak_kb / 1024,
        "tree_mb": sampler.tree_peak_kb / 1024,
        "failed": int(match[2].replace(",", "")),
    }


def main() -> int:
    """Run the comparison and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters", type=Path, default=DEFAULT_REUTERS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--quick", action="store_true", help="2,000 and 10,000 stories")
    args = parser.parse_args()
    if not args.reuters.exists():
        print(f"skipped: {args.reuters} is absent")
        return 0
    sizes = [2_000, 10_000] if args.quick else args.sizes
    print(f"source: {args.reuters.name}, repeated as needed; output to /dev/null")
    header = f"{'stories':>8}  {'jobs':>4}  {'time':>8}  {'stories/s':>9}  {'speed-up':>8}"
    print(header + f"  {'main peak RSS':>13}  {'tree peak RSS':>13}  failed")
    for count, jobs in itertools.product(sizes, args.jobs):
        result = run_once(args.reuters, count, jobs)
        if jobs == args.jobs[0]:
            base = result["rate"]
        print(
            f"{count:>8,}  {jobs:>4}  {result['seconds']:>7.1f}s  {result['rate']:>9,.0f}  "
            f"{result['rate'] / base:>7.2f}x  {result['main_mb']:>10.0f} MB  "
            f"{result['tree_mb']:>10.0f} MB  {result['failed']:>6.0f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
