"""``newsfacts.extract_many``: order, failure isolation, timeouts and dead workers.

Worker processes are fresh interpreters, so the misbehaving plugin they load must be importable
there: it is written as a module into a temporary folder put on ``sys.path`` (which spawned
workers inherit) and loaded through ``host_factory``.
"""

from __future__ import annotations

import functools
import os
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import newsfacts
from newsfacts import batch, plugins
from newsfacts.batch import StoryResult, extract_many

# Each story says what the plugin should do with it; the plugin counts words otherwise.
PLUGIN = '''
"""A plugin that misbehaves on demand, for the batch tests."""

import os
import signal
import time

import attrs

import newsfacts
from newsfacts.records import Span


@attrs.frozen(kw_only=True)
class Words:
    span: Span
    count: int
    extractor: str = "words"


class WordsExtractor:
    name = "words"
    requires = ()

    def extract(self, article, upstream):
        text = article.text
        if "RAISE" in text:
            raise RuntimeError("asked to raise")
        if "HANG" in text:
            time.sleep(60)
        if "STUCK" in text:  # like C code that signals cannot interrupt
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(60)
        if "EXIT" in text:
            os._exit(3)
        return [Words(span=Span(start=0, end=len(text)), count=len(text.split()))]


@newsfacts.hookimpl
def newsfacts_extractors():
    return [WordsExtractor()]


@newsfacts.hookimpl
def newsfacts_record_types():
    return [Words]
'''

MODULE = "newsfacts_batch_test_plugin"
HostFactory = Callable[[], plugins.PluginHost]


@pytest.fixture
def host_factory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> HostFactory:
    """A picklable factory of a host holding only the misbehaving plugin."""
    (tmp_path / f"{MODULE}.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return functools.partial(
        plugins.build_host, strict=True, builtins=(MODULE,), entry_points=(), environ={}
    )


def _story(number: int, word: str = "calm") -> tuple[str, str]:
    return f"s{number}", f"PARIS (Reuters) - Story {number} was {word} today.\n"


def _counts(results: list[StoryResult]) -> list[object]:
    return [r.error or [getattr(record, "count", None) for record in r.records] for r in results]


def test_jobs_2_keeps_input_order_and_matches_jobs_1(host_factory: HostFactory) -> None:
    # Uneven sizes, so that chunks finish out of order in the workers.
    stories = [(f"s{n}", "Talks went on. " * (1 + (n * 37) % 400)) for n in range(100)]
    parallel = list(extract_many(stories, jobs=2, host_factory=host_factory))
    serial = list(extract_many(stories, jobs=1, host_factory=host_factory))
    assert [r.id for r in parallel] == [f"s{n}" for n in range(100)]
    assert parallel == serial
    assert parallel[5].records[0].count == 3 * (1 + (5 * 37) % 400)  # type: ignore[attr-defined]


def test_items_of_every_kind() -> None:
    article = newsfacts.parse("Rain fell.", published="2020-01-02")
    items = [
        "Snow fell.",
        article,
        ("t1", "Hail fell."),
        ("t2", "Fog lay.", "2021-03-04"),
        {"id": 7, "text": "Wind blew.", "published": "1999-12-31"},
        {"text": "Sun shone."},
    ]
    results = list(extract_many(items, jobs=1))
    assert [r.id for r in results] == ["0", "1", "t1", "t2", "7", "5"]
    assert [str(r.published) for r in results] == [
        "None",
        "2020-01-02",
        "None",
        "2021-03-04",
        "1999-12-31",
        "None",
    ]
    assert all(r.ok for r in results)


def test_a_bad_published_date_fails_that_story_only() -> None:
    results = list(extract_many([("a", "Rain.", "soon"), ("b", "Rain.")], jobs=1))
    assert results[0].error is not None
    assert "not an ISO date" in results[0].error
    assert results[1].ok


def test_unknown_extractor_names_fail_before_any_work(
    host_factory: HostFactory,
) -> None:
    with pytest.raises(ValueError, match=r"'nope'.*known extractors: words"):
        extract_many(["Rain."], only="nope", jobs=2, host_factory=host_factory)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_plugin_that_raises_fails_its_story_only_with_a_warning(
    host_factory: HostFactory, jobs: int
) -> None:
    stories = [_story(0), _story(1, "RAISE"), _story(2)]
    with pytest.warns(plugins.PluginWarning, match="asked to raise"):
        results = list(extract_many(stories, jobs=jobs, host_factory=host_factory))
    # The host skips a plugin that raises: the story goes through with no records from it.
    assert _counts(results) == [[8], [], [8]]
    assert "asked to raise" in results[1].warnings[0][1]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_story_past_its_timeout_fails_and_the_run_goes_on(
    host_factory: HostFactory, jobs: int
) -> None:
    stories = [_story(0), _story(1, "HANG"), _story(2)]
    started = time.monotonic()
    results = list(extract_many(stories, jobs=jobs, timeout=0.5, host_factory=host_factory))
    assert time.monotonic() - started < 20
    assert _counts(results) == [[8], "timed out after 0.5 s", [8]]


def test_a_story_that_signals_cannot_stop_is_stopped_by_the_parent(
    host_factory: HostFactory,
) -> None:
    stories = [_story(n, "STUCK" if n == 3 else "calm") for n in range(6)]
    results = list(extract_many(stories, jobs=2, timeout=0.3, host_factory=host_factory))
    assert _counts(results) == [[8], [8], [8], "timed out after 0.3 s (worker stopped)", [8], [8]]


def test_a_plugin_that_kills_its_worker_loses_that_story_only(
    host_factory: HostFactory,
) -> None:
    stories = [_story(n, "EXIT" if n in (3, 40) else "calm") for n in range(50)]
    results = list(extract_many(stories, jobs=2, host_factory=host_factory))
    assert [r.id for r in results] == [f"s{n}" for n in range(50)]
    lost = {r.id: r.error for r in results if not r.ok}
    assert lost == {
        "s3": "worker process died (exit code 3) while on this story",
        "s40": "worker process died (exit code 3) while on this story",
    }
    assert all(r.records[0].count == 8 for r in results if r.ok)  # type: ignore[attr-defined]


def test_strict_mode_stops_the_run_with_the_plugin_error(
    host_factory: HostFactory,
) -> None:
    stories = [_story(0), _story(1, "RAISE"), _story(2)]
    results = extract_many(stories, jobs=2, strict=True, host_factory=host_factory)
    with pytest.raises(newsfacts.PluginError, match="asked to raise"):
        list(results)


@pytest.mark.parametrize(
    ("factory", "message"),
    [
        (functools.partial(sys.exit, 5), "cannot build their plugin host: 5"),
        (functools.partial(os._exit, 4), r"die while starting \(exit code 4\)"),
    ],
)
def test_workers_that_cannot_start_end_the_run(factory: object, message: str) -> None:
    with pytest.raises(newsfacts.NewsfactsError, match=message):
        list(extract_many(["Rain."] * 3, jobs=2, host_factory=factory))  # type: ignore[arg-type]


def test_leaving_early_stops_the_workers(host_factory: HostFactory) -> None:
    results = extract_many((_story(n) for n in range(10_000)), jobs=2, host_factory=host_factory)
    assert next(results).id == "s0"
    results.close()  # type: ignore[attr-defined]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="jobs"):
        extract_many([], jobs=0)
    with pytest.raises(ValueError, match="timeout"):
        extract_many([], timeout=0)
    assert batch.default_jobs() >= 1
