"""newsfacts.dask on a real local Dask cluster: worker processes build their own plugin host."""

from __future__ import annotations

import datetime
import functools
import importlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest

import newsfacts
from newsfacts import dask as nfdask
from newsfacts.records import Quote

# Tiny stories in wire styles: a quotation, none, and the trigger of the test plugin below.
QUOTED = 'LONDON (Reuters) - "We will not give up," Prime Minister John Smith said on Monday.'
PLAIN = "PARIS (AFP) - Rain fell over the capital on Tuesday."
BOOMING = 'BERLIN (dpa) - BOOM! "It was loud," Mayor Anna Weber told reporters.'

# A plugin that the workers import from a file the test sends them, as a user ships theirs
# with ``Client.upload_file``: its extractor marks every "!" and raises on "BOOM".
PLUGIN_MODULE = "newsfacts_dask_test_plugin"
PLUGIN_SOURCE = textwrap.dedent(
    '''
    import attrs
    import newsfacts
    from newsfacts import plugins
    from newsfacts.records import Span


    @attrs.frozen(kw_only=True)
    class Exclamation:
        span: Span
        extractor: str = "shouts"


    class Shouts:
        name, requires = "shouts", ()

        def extract(self, article, upstream):
            if "BOOM" in article.text:
                raise RuntimeError("cannot stand a BOOM")
            return [Exclamation(span=Span(start=i, end=i + 1))
                    for i, char in enumerate(article.text) if char == "!"]


    class ShoutPlugin:
        @newsfacts.hookimpl
        def newsfacts_extractors(self):
            return [Shouts()]

        @newsfacts.hookimpl
        def newsfacts_record_types(self):
            return [Exclamation]


    def make_host(builtins=True):
        """The built-in extractors and the shouts plugin; no entry point, no environment."""
        host = plugins.build_host(
            builtins=None if builtins else (), entry_points=(), environ={}
        )
        host.register(ShoutPlugin(), name="shout-plugin")
        return host
    '''
)


def _in_process(text: str, only: str = "quotes") -> list[Any]:
    """What newsfacts.extract gives in this process: the reference for the workers' rows."""
    return list(newsfacts.extract(newsfacts.parse(text), only=only))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",  # a free port: never the default 8787 another run holds
            scheduler_port=0,
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture(scope="module")
def plugin_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The test plugin, importable in this process (one module: its record kind is global)."""
    folder = tmp_path_factory.mktemp("plugin")
    (folder / f"{PLUGIN_MODULE}.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(PLUGIN_MODULE)
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop(PLUGIN_MODULE, None)


@pytest.fixture(scope="module")
def uploaded_plugin(client: Any, plugin_module: Any) -> Any:
    """The test plugin, also sent to every worker as a user ships theirs."""
    assert plugin_module.__file__ is not None
    client.upload_file(plugin_module.__file__)
    return plugin_module


def test_bag_rows_from_worker_processes_are_real_quotes(client: Any) -> None:
    import dask.bag as db

    stories = [
        {"id": "q1", "text": QUOTED, "published": "2024-03-04"},
        {"id": "p1", "text": PLAIN},
        {"id": "q2", "text": QUOTED},
    ]
    rows = nfdask.extract_bag(db.from_sequence(stories, npartitions=2), only="quotes")
    computed = client.compute(rows).result()

    expected = _in_process(QUOTED)
    assert expected, "the fixture story must hold a quote"
    assert [row["id"] for row in computed] == ["q1"] * len(expected) + ["q2"] * len(expected)
    for row in computed:
        assert set(row) == set(nfdask.COLUMNS)
        assert (row["kind"], row["extractor"], row["error"]) == ("quote", "quotes", None)
        assert QUOTED[row["start"] : row["end"]] == row["text"]
        assert row["text"].startswith('"We will not give up,')
    rebuilt = [newsfacts.from_dict(row["record"]) for row in computed if row["id"] == "q1"]
    assert rebuilt == expected
    assert all(isinstance(record, Quote) for record in rebuilt)
    assert rebuilt[0].speaker == "John Smith"


def test_frame_has_one_row_per_fact_and_the_stated_schema(client: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd

    stories = pd.DataFrame(
        {
            "guid": ["q1", "p1", "n1", "q2"],
            "body": [QUOTED, PLAIN, None, QUOTED],
            "published": pd.to_datetime(["2024-03-04", None, None, "2024-03-05"]),
            "ignored": [1, 2, 3, 4],
        }
    )
    frame = dd.from_pandas(stories, npartitions=2)
    facts = nfdask.extract_frame(frame, text_field="body", id_field="guid", only="quotes")

    assert list(facts.columns) == list(nfdask.COLUMNS)
    result = client.compute(facts).result()
    assert dict(result.dtypes) == dict(nfdask.frame_meta().dtypes)

    quotes = result[result["kind"] == "quote"]
    expected = _in_process(QUOTED)
    assert list(quotes["id"]) == ["q1"] * len(expected) + ["q2"] * len(expected)
    assert [newsfacts.from_json(doc) for doc in quotes["record"][quotes["id"] == "q1"]] == expected
    for row in quotes.itertuples():
        assert QUOTED[row.start : row.end] == row.text

    errors = result[result["kind"] == "error"]
    assert list(errors["id"]) == ["n1"]
    assert errors["error"].iloc[0] == "story has no text in field 'body'"
    assert errors["start"].isna().all()
    assert errors["record"].isna().all()


def test_frame_takes_the_index_as_id_and_checks_its_columns(client: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd

    stories = pd.DataFrame({"text": [QUOTED]}, index=pd.Index(["idx-7"], name="key"))
    frame = dd.from_pandas(stories, npartitions=1)
    result = client.compute(nfdask.extract_frame(frame, id_field=None)).result()
    assert set(result["id"]) == {"idx-7"}
    assert (result["kind"] == "quote").sum() == len(_in_process(QUOTED))

    with pytest.raises(ValueError, match="no column 'body'"):
        nfdask.extract_frame(frame, text_field="body")
    with pytest.raises(ValueError, match="no id column 'id'"):
        nfdask.extract_frame(frame)


def test_an_extractor_that_raises_costs_only_its_rows(client: Any, uploaded_plugin: Any) -> None:
    import dask.bag as db

    fire = "ROME (ANSA) - Fire! Firefighters came at once."
    stories = [{"id": "boom", "text": BOOMING}, {"id": "fire", "text": fire}]
    factory = functools.partial(uploaded_plugin.make_host)
    rows = nfdask.extract_bag(db.from_sequence(stories, npartitions=2), host_factory=factory)
    computed = client.compute(rows).result()

    by_story: dict[str, list[dict[str, Any]]] = {}
    for row in computed:
        by_story.setdefault(row["id"], []).append(row)
    boom = by_story["boom"]
    errors = [row for row in boom if row["kind"] == "error"]
    assert len(errors) == 1
    assert errors[0]["extractor"] == "shouts"
    assert "cannot stand a BOOM" in errors[0]["error"]
    # The other extractors of the same story still ran, in the worker.
    assert [row["record"] for row in boom if row["kind"] == "quote"] == [
        newsfacts.to_dict(record) for record in _in_process(BOOMING)
    ]
    shouts = [row for row in by_story["fire"] if row["kind"] == "exclamation"]
    assert [(row["start"], row["text"]) for row in shouts] == [(fire.index("!"), "!")]


def test_strict_mode_stops_the_computation(client: Any, uploaded_plugin: Any) -> None:
    import dask.bag as db

    factory = functools.partial(uploaded_plugin.make_host, builtins=False)
    bag = db.from_sequence([{"id": "boom", "text": BOOMING}], npartitions=1)
    rows = nfdask.extract_bag(bag, only="shouts", strict=True, host_factory=factory)
    with pytest.raises(newsfacts.PluginError, match="cannot stand a BOOM"):
        client.compute(rows).result()


def test_unknown_extractor_fails_before_any_work() -> None:
    pytest.importorskip("dask.bag")
    import dask.bag as db

    with pytest.raises(ValueError, match=r"unknown extractor.*'qoutes'"):
        nfdask.extract_bag(db.from_sequence([{"text": PLAIN}]), only="qoutes")


def test_fact_rows_reads_fields_dates_and_formats() -> None:
    stories = [
        {"meta": {"guid": "a"}, "body": QUOTED, "when": datetime.datetime(2024, 3, 4, 12, 30)},
        {"meta": {"guid": "b"}, "body": QUOTED, "when": "4 March"},
        {"meta": {}, "body": 42},
    ]
    rows = list(
        nfdask.fact_rows(
            stories,
            text_field="body",
            id_field="meta.guid",
            published_field="when",
            only="quotes",
            record_format="json",
        )
    )
    quotes = [row for row in rows if row["kind"] == "quote"]
    assert [newsfacts.from_json(row["record"]) for row in quotes] == _in_process(QUOTED)
    assert {row["id"] for row in quotes} == {"a"}
    assert [(row["id"], row["error"]) for row in rows if row["kind"] == "error"] == [
        ("b", "published date '4 March' is not an ISO date (YYYY-MM-DD)"),
        (None, "story has no text in field 'body'"),
    ]
    with pytest.raises(ValueError, match="record_format"):
        list(nfdask.fact_rows([], record_format="xml"))  # type: ignore[arg-type]


def test_fact_rows_with_a_host_factory_leaves_the_callers_host_alone(plugin_module: Any) -> None:
    host = newsfacts.plugins.get_host()
    rows = list(nfdask.fact_rows([{"text": "Go!"}], host_factory=plugin_module.make_host))
    assert [(row["kind"], row["start"], row["text"]) for row in rows] == [("exclamation", 2, "!")]
    assert newsfacts.plugins.get_host() is host
    assert "shouts" not in host.extractors


def test_import_newsfacts_dask_does_not_import_dask() -> None:
    code = (
        "import sys, newsfacts, newsfacts.dask; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'pandas'}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
