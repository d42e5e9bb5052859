"""The Dask path's overhead against the plain multiprocess path, on the same stories.

The first ``--stories`` stories (5,000 by default) of /work/shared/eval/reuters21578.jsonl, held
in memory, go through:

- ``extract_many(stories, jobs=2)``: newsfacts' own worker pool (its start-up included, as a
  user pays it on every call);
- :func:`newsfacts.dask.extract_bag` on a ``LocalCluster(n_workers=2, threads_per_worker=1)``,
  for a few partition counts, and :func:`newsfacts.dask.extract_frame` on the same cluster.

The cluster is started once (its start-up is reported apart). The first Dask run is *cold*:
each worker process then imports newsfacts and builds its plugin host, as the pool's workers do
on every call. The paths run in ``--repeat`` rounds, each path once a round, so that a busy
spell of the machine slows them alike; the fastest run of each is kept, and the overhead is
that time over ``extract_many``'s. Every path must give the same facts:
the script checks that the (story, kind, start, end) of every row match the records of
``extract_many``, and says so. Skips (exit 0) when the data or Dask is absent.

Run: ``python benchmarks/dask_overhead.py`` (``--stories 1000`` for a quick look). In a
checkout that others edit while it runs, run it on a snapshot, so that every path runs the same
code: ``git archive HEAD src | tar -x -C /tmp/snap`` and ``PYTHONPATH=/tmp/snap/src``.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import newsfacts
import newsfacts.dask

DEFAULT_REUTERS = Path("/work/shared/eval/reuters21578.jsonl")
Key = tuple[str, str, int, int]


def _stories(path: Path, count: int) -> list[dict[str, Any]]:
    stories = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            stories.append(
                {"id": item["id"], "text": item["text"], "published": item.get("published")}
            )
            if len(stories) == count:
                break
    return stories


def _best(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best, result


def _pool_keys(stories: list[dict[str, Any]]) -> tuple[collections.Counter[Key], int]:
    keys: collections.Counter[Key] = collections.Counter()
    failed = 0
    for result in newsfacts.extract_many(stories, jobs=2):
        failed += not result.ok
        for record in result.records:
            key = (result.id, newsfacts.serialize.kind_of(record))
            keys[(*key, record.span.start, record.span.end)] += 1
    return keys, failed


def _row_keys(rows: Iterable[Any]) -> tuple[collections.Counter[Key], int]:
    keys: collections.Counter[Key] = collections.Counter()
    errors = 0
    for story_id, kind, start, end in rows:
        if kind == newsfacts.dask.ERROR_KIND:
            errors += 1
        else:
            keys[(story_id, kind, int(start), int(end))] += 1
    return keys, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_REUTERS)
    parser.add_argument("--stories", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--partitions", type=int, nargs="+", default=[4, 20, 100])
    options = parser.parse_args(argv)
    if not options.data.exists():
        print(f"skipped: {options.data} is absent")
        return 0
    try:
        import dask.bag as db
        import dask.dataframe as dd
        import distributed
        import pandas as pd
    except ImportError:
        print("skipped: Dask is not installed (pip install 'newsfacts[dask]')")
        return 0

    stories = _stories(options.data, options.stories)
    chars = sum(len(story["text"]) for story in stories)
    print(f"{len(stories):,} stories, {chars / 1e6:.1f} M characters, best of {options.repeat}")

    started = time.perf_counter()
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        start_up = time.perf_counter() - started

        def bag_keys(partitions: int) -> tuple[collections.Counter[Key], int]:
            bag = db.from_sequence(stories, npartitions=partitions)
            rows = newsfacts.dask.extract_bag(bag).map(
                lambda row: (row["id"], row["kind"], row["start"], row["end"])
            )
            return _row_keys(client.compute(rows).result())

        frame = dd.from_pandas(pd.DataFrame(stories), npartitions=max(options.partitions))

        def frame_keys() -> tuple[collections.Counter[Key], int]:
            facts = newsfacts.dask.extract_frame(frame)[["id", "kind", "start", "end"]]
            result = client.compute(facts).result()
            return _row_keys(result.itertuples(index=False, name=None))

        runs: dict[str, Callable[[], Any]] = {"extract_many(jobs=2)": lambda: _pool_keys(stories)}
        first = options.partitions[0]
        runs[f"extract_bag, {first} partitions, cold workers"] = lambda: bag_keys(first)
        for partitions in options.partitions:
            runs[f"extract_bag, {partitions} partitions"] = lambda p=partitions: bag_keys(p)
        runs[f"extract_frame, {max(options.partitions)} partitions"] = frame_keys

        # Rounds, each running every path once, so that a slow spell of the machine weighs
        # on all of them alike; the cold run happens once, in the first round.
        best: dict[str, float] = {}
        keys: dict[str, collections.Counter[Key]] = {}
        for round_number in range(options.repeat):
            for label, run in runs.items():
                if "cold" in label and round_number:
                    continue
                seconds, (found, _) = _best(run, 1)
                best[label] = min(best.get(label, seconds), seconds)
                keys[label] = found

    pool = "extract_many(jobs=2)"
    expected = keys[pool]
    print(f"{sum(expected.values()):,} facts per path; LocalCluster start-up {start_up:.2f} s")
    print(f"{'path':<44} {'seconds':>8} {'stories/s':>10} {'overhead':>9}  same facts")
    for label, seconds in best.items():
        differing = sum(((keys[label] - expected) + (expected - keys[label])).values())
        same = "" if label == pool else ("yes" if not differing else f"NO ({differing} differ)")
        print(
            f"{label:<44} {seconds:8.2f} {len(stories) / seconds:10,.0f} "
            f"{seconds / best[pool]:8.2f}x  {same}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
