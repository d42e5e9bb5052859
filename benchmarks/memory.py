"""Measure the peak memory (RSS) of the command line over many stories, and of one big story.

Streaming: ``python -m newsfacts extract --format jsonl`` over ``--stories`` stories (10,000 by
default) read from Reuters-21578 JSONL (/work/shared/eval/reuters21578.jsonl, repeated when it
holds fewer) must keep a flat memory profile: the peak RSS (target <= 150 MB) and the RSS
sampled at the start and end of the run are reported. With ``--big-mb N`` one story of N MB,
made of the corpus stories (/work/shared/corpus, else the Reuters stories) joined, is also run
through ``parse --format json``, ``extract --format json`` and ``extract --format jsonl``, to
show the memory one large story costs: the output is written record by record, so the peak is
that of the article (and, for ``extract``, of the entity layer), not of its JSON. Skips with a
message (exit 0) when the data is absent. The temporary files go to the system's temporary
folder, never into the repository.

Run: ``python benchmarks/memory.py`` (``--stories 2000`` for a quick run; ``--stories 0
--big-mb 50 --big-commands "parse json"`` for the big story alone).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_REUTERS = Path("/work/shared/eval/reuters21578.jsonl")
DEFAULT_CORPUS = Path("/work/shared/corpus")
BIG_COMMANDS = ("parse json", "extract json", "extract jsonl")
TARGET_MB = 150.0
SAMPLE_SECONDS = 0.05


def _memory_mb(pid: int) -> tuple[float, float] | None:
    """(RSS now, peak RSS so far) of a running process, from /proc; None once it is gone.

    The peak is ``VmHWM``, which starts afresh at ``exec``: ``ru_maxrss`` of a child would
    also count the memory of this (forked) process before the exec.
    """
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    try:
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024
    except (KeyError, ValueError, IndexError):
        return None  # a zombie has no memory lines


def run_cli(
    arguments: list[str], *, command_name: str = "extract", output_format: str = "jsonl"
) -> tuple[float, float, list[float]]:
    """Run the CLI on ``arguments``: (seconds, peak RSS MB, RSS samples MB).

    The peak is the largest of the process's and its workers' (``extract`` hands stories to
    worker processes).
    """
    command = [sys.executable, "-m", "newsfacts", command_name, "--format", output_format]
    command.append("--no-progress")
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    samples: list[float] = []
    peak = 0.0
    while True:
        memory = _memory_mb(process.pid)
        if memory is not None:
            samples.append(memory[0])
            peak = max(peak, memory[1])
        for child in _children(process.pid):
            child_memory = _memory_mb(child)
            if child_memory is not None:
                peak = max(peak, child_memory[1])
        if process.poll() is not None:
            break
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"newsfacts exited with {process.returncode}")
    return seconds, peak, samples


def _children(pid: int) -> list[int]:
    """The ids of a process's children, from /proc (empty when it has none or is gone)."""
    try:
        listing = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in listing.split()]


def big_story(corpus: Path, reuters: Path, megabytes: int, target: Path) -> bool:
    """Write one story of ``megabytes`` MB of corpus (else Reuters) stories joined to ``target``."""
    if corpus.is_dir() and any(corpus.glob("*.txt")):
        texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    elif reuters.exists():
        with reuters.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for line in lines if line.strip()]
    else:
        return False
    joined = "\n\n".join(texts)
    size = megabytes * 1_000_000
    target.write_text((joined * (size // len(joined) + 1))[:size], encoding="utf-8")
    return True


def write_stories(source: Path, count: int, target: Path) -> int:
    """Write ``count`` JSONL stories from ``source`` (repeated as needed) to ``target``."""
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    written = 0
    with target.open("w", encoding="utf-8") as out:
        while written < count:
            for line in lines[: count - written]:
                story = json.loads(line)
                story["id"] = f"{story['id']}-{written}"
                out.write(json.dumps(story) + "\n")
                written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters", type=Path, default=DEFAULT_REUTERS)
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--big-mb", type=int, default=0, help="also one story of this many MB")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--big-commands",
        default=",".join(BIG_COMMANDS),
        help=f"comma-separated 'command format' runs for the big story (default: all of "
        f"{', '.join(BIG_COMMANDS)})",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        if args.stories and not args.reuters.exists():
            print(f"skipped: no Reuters-21578 JSONL at {args.reuters}")
        elif args.stories:
            stories = Path(folder) / "stories.jsonl"
            count = write_stories(args.reuters, args.stories, stories)
            seconds, peak, samples = run_cli([str(stories)])
            quarter = max(1, len(samples) // 4)
            early = max(samples[:quarter], default=0.0)
            late = max(samples[-quarter:], default=0.0)
            verdict = "within" if peak <= TARGET_MB else "OVER"
            print(
                f"extract --format jsonl, {count} stories: {seconds:.1f} s,"
                f" peak RSS {peak:.0f} MB ({verdict} the {TARGET_MB:.0f} MB target);"
                f" RSS first quarter {early:.0f} MB, last quarter {late:.0f} MB"
            )
        if args.big_mb:
            big = Path(folder) / "big.txt"
            if not big_story(args.corpus, args.reuters, args.big_mb, big):
                print("skipped the big story: no corpus and no Reuters-21578 JSONL")
                return 0
            for run in args.big_commands.split(","):
                command_name, output_format = run.split()
                seconds, peak, _ = run_cli(
                    [str(big)], command_name=command_name, output_format=output_format
                )
                print(
                    f"{command_name} --format {output_format}, one {args.big_mb} MB story:"
                    f" {seconds:.1f} s, peak RSS {peak:.0f} MB"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
