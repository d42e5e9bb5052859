"""Run the extractors over a Dask bag or data frame: one row per fact, on a cluster.

Install the extra: ``pip install 'newsfacts[dask]'``. Dask is imported only when
:func:`extract_bag` or :func:`extract_frame` is called: ``import newsfacts`` (and even
``import newsfacts.dask``) never loads it, and :func:`fact_rows`, the function that does the
work in each partition, needs no Dask at all (it is what a Spark ``mapPartitions`` runs).

Every fact becomes one row with the same eight fields, whatever its extractor:

``id``
    The story's id (``None`` when the story has none).
``kind``
    The record kind (``"quote"``, ``"attribution"``, a plugin's own), or ``"error"``.
``extractor``
    The extractor that made the record (or whose failure an error row reports, when known).
``start``, ``end``
    The record's span in the story: ``story_text[start:end] == text``.
``text``
    The words of the story the span covers.
``record``
    The whole record as :func:`newsfacts.to_dict` gives it (a dict, in a bag) or as
    :func:`newsfacts.to_json` gives it (a JSON string, in a data frame, so that its nested
    fields keep one column type); :func:`newsfacts.from_dict` / :func:`newsfacts.from_json`
    rebuild the record.
``error``
    ``None`` for a fact. An error row (``kind == "error"``, no span, no record) says why a story
    gave nothing (no text, a bad ``published`` date, an unexpected exception), or why one
    extractor was skipped on it (it raised, or returned something that is not a record); the
    other extractors' facts of that story are still there.

Failures stay in their story, as with :func:`newsfacts.extract_many`: only a
:class:`~newsfacts.PluginError` (``strict=True``, or ``only`` naming an extractor that cannot
run) fails the Dask task, and so the computation. There is no per-story ``timeout``: Dask runs
tasks in worker threads, where the ``SIGALRM`` that :func:`~newsfacts.extract_many` relies on
cannot reach.

Each worker process builds its plugin host once, on first use: the installed entry points and
the ``NEWSFACTS_*`` environment variables of *the worker*, or ``host_factory`` when it is given
(a picklable callable that the workers can import: see the how-to guide on clusters).

>>> stories = [{"id": "s1", "text": 'PARIS (AFP) - "We agree," Jean Dupont said.'}]
>>> for row in fact_rows(stories, only="quotes"):
...     print(row["id"], row["kind"], row["start"], row["end"], row["text"])
s1 quote 14 25 "We agree,"
"""

from __future__ import annotations

import collections
import datetime
import pickle
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

import attrs
import regex

import newsfacts
from newsfacts import extraction, plugins
from newsfacts.errors import NewsfactsError, PluginError
from newsfacts.records import Fact
from newsfacts.serialize import kind_of, to_dict, to_json

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas  # type: ignore[import-untyped,unused-ignore]

__all__ = ["COLUMNS", "extract_bag", "extract_frame", "fact_rows", "frame_meta", "warm_up"]

#: The fields of every row, in the order of the data frame's columns.
COLUMNS: tuple[str, ...] = ("id", "kind", "extractor", "start", "end", "text", "record", "error")

#: The ``kind`` of a row that reports a failure instead of a fact.
ERROR_KIND = "error"

# The pandas dtype of each column: strings that may be missing, and nullable integers (an
# error row has no span). Arrow-backed strings are what Dask turns object columns into anyway.
_DTYPES: dict[str, str] = {
    "id": "string[pyarrow]",
    "kind": "string[pyarrow]",
    "extractor": "string[pyarrow]",
    "start": "Int64",
    "end": "Int64",
    "text": "string[pyarrow]",
    "record": "string[pyarrow]",
    "error": "string[pyarrow]",
}

# Where extraction._report names the extractor it skipped: "newsfacts extractor 'NAME' (...".
_SKIPPED_EXTRACTOR = regex.compile(r"^newsfacts extractor '([^'\n]{1,200})' \(")

# Hosts built from a ``host_factory``, one per factory, kept for the life of the process so
# that a worker builds each host once, not once per partition. A few at most.
_HOST_CACHE_SIZE = 8
_hosts: collections.OrderedDict[object, tuple[object, plugins.PluginHost]] = (
    collections.OrderedDict()
)
_hosts_lock = threading.Lock()
# Held while one story runs. Catching warnings swaps process-wide state, as does installing
# a factory-made host as the process-wide one (entity recognition reads that one), so threads
# of one process take turns, as the GIL would have them do for this pure-Python work anyway.
_story_lock = threading.RLock()

RecordFormat = Literal["dict", "json"]


@attrs.frozen(kw_only=True)
class _Options:
    """What each partition needs; small, and pickled once into the task graph."""

    text_field: str = "text"
    id_field: str | None = "id"
    published_field: str | None = "published"
    only: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    strict: bool = False
    host_factory: Callable[[], plugins.PluginHost] | None = None


def fact_rows(
    stories: Iterable[Mapping[str, Any]],
    *,
    text_field: str = "text",
    id_field: str | None = "id",
    published_field: str | None = "published",
    only: Iterable[str] | str | None = None,
    exclude: Iterable[str] | str = (),
    strict: bool = False,
    host_factory: Callable[[], plugins.PluginHost] | None = None,
    record_format: RecordFormat = "dict",
) -> Iterator[dict[str, Any]]:
    """Yield a row per fact (and per failure) of each story: the work of one partition.

    ``stories`` are mappings (a JSON object, a Spark ``Row.asDict()``); ``text_field``,
    ``id_field`` and ``published_field`` name their fields, and a dotted name (``meta.guid``)
    reaches into nested mappings. A missing id or date is ``None``; ``published`` may be an ISO
    date string, a :class:`datetime.date` or :class:`datetime.datetime` (a pandas ``Timestamp``
    is one). ``only``, ``exclude`` and ``strict`` are those of :func:`newsfacts.extract`.
    ``record_format`` is ``"dict"`` (:func:`newsfacts.to_dict`) or ``"json"``
    (:func:`newsfacts.to_json`). The rows are described in the module documentation.

    Needs no Dask: this is the function to give Spark's ``mapPartitions``.

    >>> rows = list(fact_rows([{"id": "x"}, {"id": "y", "text": "Rain.", "published": "May 1"}]))
    >>> [(row["id"], row["kind"], row["error"]) for row in rows]  # doctest: +NORMALIZE_WHITESPACE
    [('x', 'error', "story has no text in field 'text'"),
     ('y', 'error', "published date 'May 1' is not an ISO date (YYYY-MM-DD)")]
    """
    options = _options(
        text_field=text_field,
        id_field=id_field,
        published_field=published_field,
        only=only,
        exclude=exclude,
        strict=strict,
        host_factory=host_factory,
    )
    if record_format not in ("dict", "json"):
        raise ValueError(f"record_format is 'dict' or 'json', not {record_format!r}")
    serialize = to_dict if record_format == "dict" else to_json
    host = _host_of(options)
    for story in stories:
        yield from _rows(
            _field(story, options.id_field),
            _field(story, options.text_field),
            _field(story, options.published_field),
            options,
            host,
            serialize,
        )


def extract_bag(
    bag: dask.bag.Bag,
    *,
    text_field: str = "text",
    id_field: str | None = "id",
    published_field: str | None = "published",
    only: Iterable[str] | str | None = None,
    exclude: Iterable[str] | str = (),
    strict: bool = False,
    host_factory: Callable[[], plugins.PluginHost] | None = None,
) -> dask.bag.Bag:
    """A bag of fact rows, one plain dict per fact, from a bag of stories (mappings).

    Lazy, as Dask is: nothing runs until the result is computed or written. The arguments are
    those of :func:`fact_rows`; rows hold their record as a dict (:func:`newsfacts.to_dict`).
    An unknown extractor name raises :class:`ValueError` here, before any work is sent.

    >>> import dask.bag as db
    >>> stories = db.from_sequence(
    ...     [{"id": "s1", "text": 'PARIS (AFP) - "We agree," Jean Dupont said.'}], npartitions=1
    ... )
    >>> rows = extract_bag(stories, only="quotes").compute(scheduler="sync")
    >>> [(row["id"], row["record"]["speaker"]) for row in rows]
    [('s1', 'Jean Dupont')]
    """
    options = _options(
        text_field=text_field,
        id_field=id_field,
        published_field=published_field,
        only=only,
        exclude=exclude,
        strict=strict,
        host_factory=host_factory,
    )
    _check_names(options)
    rows: dask.bag.Bag = bag.map_partitions(_bag_partition, options)  # type: ignore[no-untyped-call,unused-ignore]
    return rows


def extract_frame(
    frame: dask.dataframe.DataFrame,
    *,
    text_field: str = "text",
    id_field: str | None = "id",
    published_field: str | None = "published",
    only: Iterable[str] | str | None = None,
    exclude: Iterable[str] | str = (),
    strict: bool = False,
    host_factory: Callable[[], plugins.PluginHost] | None = None,
) -> dask.dataframe.DataFrame:
    """A data frame with one row per fact, from a data frame with one row per story.

    The columns are :data:`COLUMNS`, with the dtypes of :func:`frame_meta` whatever the
    input; ``record`` holds each record as a JSON string (:func:`newsfacts.from_json` rebuilds
    it). ``text_field`` must be a column; ``id_field=None`` takes the index as the story id;
    without a ``published_field`` column, stories are parsed without a date. Only these columns
    are read. Other arguments are those of :func:`fact_rows`. The result's index counts rows
    within each partition (its divisions are unknown).

    >>> import dask.dataframe as dd, pandas as pd
    >>> stories = pd.DataFrame(
    ...     {"id": ["s1"], "text": ['PARIS (AFP) - "We agree," Jean Dupont said.']}
    ... )
    >>> facts = extract_frame(dd.from_pandas(stories, npartitions=1), only="quotes")
    >>> facts.compute(scheduler="sync")[["id", "kind", "start", "end", "text"]]
       id   kind  start  end         text
    0  s1  quote     14   25  "We agree,"
    """
    columns = list(frame.columns)
    if text_field not in columns:
        raise ValueError(f"no column {text_field!r} holds the stories' text; columns: {columns}")
    if id_field is not None and id_field not in columns:
        raise ValueError(f"no id column {id_field!r} (id_field=None takes the index); {columns}")
    if published_field not in columns:
        published_field = None
    options = _options(
        text_field=text_field,
        id_field=id_field,
        published_field=published_field,
        only=only,
        exclude=exclude,
        strict=strict,
        host_factory=host_factory,
    )
    _check_names(options)
    wanted = [name for name in (text_field, id_field, published_field) if name is not None]
    facts: dask.dataframe.DataFrame = frame[list(dict.fromkeys(wanted))].map_partitions(
        _frame_partition, options, meta=frame_meta()
    )
    return facts


def frame_meta() -> pandas.DataFrame:
    """An empty pandas frame with the columns and dtypes of :func:`extract_frame`'s result."""
    import pandas as pd

    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in _DTYPES.items()})


def warm_up(host_factory: Callable[[], plugins.PluginHost] | None = None) -> bool:
    """Build the plugin host and run the extractors once on a tiny story, in this process.

    Everything that loads on first use (plugins, the gazetteer, compiled tables) is then
    loaded, so the first partition costs no more than the others: run it on every worker
    with ``client.run(newsfacts.dask.warm_up)`` before timing a run. Returns ``True``.
    """
    story = 'PARIS, May 2 (AFP) - "We will go to Berlin," Prime Minister Jean Dupont said.'
    list(fact_rows([{"text": story, "published": "2024-05-02"}], host_factory=host_factory))
    return True


# --- inside a partition ---------------------------------------------------------------------


def _bag_partition(stories: Iterable[Mapping[str, Any]], options: _Options) -> list[dict[str, Any]]:
    host = _host_of(options)
    return [
        row
        for story in stories
        for row in _rows(
            _field(story, options.id_field),
            _field(story, options.text_field),
            _field(story, options.published_field),
            options,
            host,
            to_dict,
        )
    ]


def _frame_partition(stories: pandas.DataFrame, options: _Options) -> pandas.DataFrame:
    import pandas as pd

    texts = stories[options.text_field].tolist()
    ids = (stories.index if options.id_field is None else stories[options.id_field]).tolist()
    dates = (
        stories[options.published_field].tolist()
        if options.published_field is not None
        else [None] * len(texts)
    )
    rows: list[dict[str, Any]] = []
    host = _host_of(options)
    for story_id, text, published in zip(ids, texts, dates, strict=True):
        rows.extend(_rows(story_id, text, published, options, host, to_json))
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype(_DTYPES)


def _rows(
    story_id: object,
    text: object,
    published: object,
    options: _Options,
    host: plugins.PluginHost | None,
    serialize: Callable[[Any], Any],
) -> list[dict[str, Any]]:
    """The rows of one story: its facts, then an error row per problem met."""
    story_id = None if _missing(story_id) else str(story_id)
    if not isinstance(text, str):
        return [_error_row(story_id, f"story has no text in field {options.text_field!r}")]
    with _story_lock, _installed(host), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", plugins.PluginWarning)
        try:
            article = newsfacts.parse(text, published=_date(published))
            records = newsfacts.extract(
                article,
                only=options.only,
                exclude=options.exclude,
                strict=options.strict,
                host=host,
            )
        except PluginError:
            raise  # strict mode or an impossible request: the computation stops
        except NewsfactsError as failure:
            return [_error_row(story_id, str(failure))]
        except Exception as failure:
            return [_error_row(story_id, f"internal error: {type(failure).__name__}: {failure}")]
    rows = [_fact_row(story_id, text, record, serialize) for record in records]
    for warning in caught:
        if isinstance(warning.message, plugins.PluginWarning):
            message = str(warning.message)
            skipped = _SKIPPED_EXTRACTOR.match(message)
            rows.append(_error_row(story_id, message, skipped.group(1) if skipped else None))
        else:  # not ours to turn into rows: let it go on its way
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    return rows


def _fact_row(
    story_id: str | None, text: str, record: Fact, serialize: Callable[[Any], Any]
) -> dict[str, Any]:
    span = record.span
    return {
        "id": story_id,
        "kind": kind_of(record),
        "extractor": record.extractor,
        "start": span.start,
        "end": span.end,
        "text": text[span.start : span.end],
        "record": serialize(record),
        "error": None,
    }


def _error_row(story_id: str | None, error: str, extractor: str | None = None) -> dict[str, Any]:
    return {
        "id": story_id,
        "kind": ERROR_KIND,
        "extractor": extractor,
        "start": None,
        "end": None,
        "text": None,
        "record": None,
        "error": error,
    }


def _field(story: Mapping[str, Any], name: str | None) -> object:
    """``story[name]``; a dotted name reaches into nested mappings. ``None`` when absent."""
    if name is None:
        return None
    if not isinstance(story, Mapping):
        raise TypeError(f"stories are mappings (dicts), not {type(story).__name__}")
    if name in story or "." not in name:
        return story.get(name)
    value: object = story
    for part in name.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _missing(value: object) -> bool:
    # None, and the float NaN / pandas NaT / NA that a data frame puts in an empty cell
    # (each is unequal to itself, or refuses to say).
    if value is None:
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return True


def _date(value: object) -> datetime.date | str | None:
    """What :func:`newsfacts.parse` takes from a field: a date, an ISO string or nothing."""
    if _missing(value):
        return None
    if isinstance(value, datetime.datetime):  # also a pandas Timestamp
        return value.date()
    if isinstance(value, (datetime.date, str)):
        return value
    return str(value)  # parse() rejects it with an InputError, which names the value


# --- plugin hosts ---------------------------------------------------------------------------


def _options(
    *,
    text_field: str,
    id_field: str | None,
    published_field: str | None,
    only: Iterable[str] | str | None,
    exclude: Iterable[str] | str,
    strict: bool,
    host_factory: Callable[[], plugins.PluginHost] | None,
) -> _Options:
    if host_factory is not None and not callable(host_factory):
        raise TypeError(f"host_factory must be callable, not {type(host_factory).__name__}")
    return _Options(
        text_field=text_field,
        id_field=id_field,
        published_field=published_field,
        only=None if only is None else _names(only),
        exclude=_names(exclude),
        strict=strict,
        host_factory=host_factory,
    )


def _names(value: Iterable[str] | str) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _check_names(options: _Options) -> None:
    """Fail in the caller, before any task is sent, on a name no extractor has."""
    if options.only is None and not options.exclude:
        return
    host = _factory_host(options.host_factory) if options.host_factory else plugins.get_host()
    extraction.select(host.extractors, options.only, options.exclude)


def _host_of(options: _Options) -> plugins.PluginHost | None:
    """The host to run a partition with: ``None`` (the process-wide one) or the factory's.

    Built here, before any story, so that a plugin that fails to load is reported as a
    warning of the process, once, and not as an error row of whichever story came first.
    """
    if options.host_factory is None:
        plugins.get_host()
        return None
    return _factory_host(options.host_factory)


@contextmanager
def _installed(host: plugins.PluginHost | None) -> Iterator[None]:
    """Make ``host`` the process-wide host for a while, as in :func:`extract_many`'s workers.

    Entity recognition asks the process-wide host for its recognizers, so a factory's host
    must be that one too while a story runs.
    """
    if host is None:
        yield
        return
    previous = plugins.set_host(host)
    try:
        yield
    finally:
        plugins.set_host(previous)


def _factory_host(factory: Callable[[], plugins.PluginHost]) -> plugins.PluginHost:
    """The host ``factory`` builds, built once per process and factory."""
    try:
        # Equal factories (the same function, or partials of it with equal arguments) pickle
        # alike, whereas each task a worker runs may hold a fresh copy of the object.
        key: object = pickle.dumps(factory, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        key = id(factory)  # the entry keeps the factory alive, so the id is not reused
    with _hosts_lock:
        entry = _hosts.get(key)
        if entry is not None:
            _hosts.move_to_end(key)
            return entry[1]
    host = factory()
    if not isinstance(host, plugins.PluginHost):
        raise TypeError(f"host_factory returned {type(host).__name__}, not a PluginHost")
    with _hosts_lock:
        _hosts[key] = (factory, host)
        while len(_hosts) > _HOST_CACHE_SIZE:
            _hosts.popitem(last=False)
    return host
