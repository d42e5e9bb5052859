"""Plain dicts and JSON for every record, kept out of the record classes.

:func:`to_dict` turns a record into JSON-ready data: a ``kind`` naming the record type, dates as
ISO strings, tuples as lists. :func:`from_dict` rebuilds the exact record, so
``from_dict(to_dict(r)) == r`` for every record, built-in or a plugin's. :func:`to_json` adds the
``schema_version`` of the format.

>>> from newsfacts.records import Headline, Span
>>> headline = Headline(span=Span(start=0, end=11), text="Talks begin")
>>> to_dict(headline)
{'kind': 'headline', 'span': {'start': 0, 'end': 11}, 'text': 'Talks begin'}
>>> from_json(to_json(headline)) == headline
True
"""

from __future__ import annotations

import datetime
import functools
import importlib
import json
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar, Union

import attrs

from newsfacts import records
from newsfacts.errors import SerializationError

__all__ = [
    "SCHEMA_VERSION",
    "from_dict",
    "from_json",
    "iter_json",
    "kind_of",
    "register_record",
    "to_dict",
    "to_json",
]

#: Version of the JSON layout; bumped whenever a field is renamed or removed.
SCHEMA_VERSION = 1

_KIND_BY_CLASS: dict[type, str] = {}
# Built-in record kinds whose modules are not imported by ``import newsfacts``.
_LAZY_KINDS = {"place": "newsfacts.gazetteer"}
_CLASS_BY_KIND: dict[str, type] = {}

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

T = TypeVar("T", bound=type)


def register_record(cls: T, *, kind: str | None = None) -> T:
    """Make an ``attrs`` record class known to :func:`from_dict` under ``kind``.

    ``kind`` defaults to the class name in snake case (``MoneyAmount`` -> ``money_amount``).
    Registering the same class twice is harmless; two classes under one kind are an error.
    Usable as a decorator. Plugins usually return their classes from the
    ``newsfacts_record_types`` hook instead of calling this.
    """
    record_class: type = cls  # a copy for attrs.has() to narrow, so ``cls`` keeps its type
    if not attrs.has(record_class):
        raise TypeError(f"{cls!r} is not an attrs class")
    if any(field.name == "kind" for field in attrs.fields(record_class)):
        # "kind" names the record type in every serialized record; a field of that name
        # would overwrite it and the record could not be rebuilt.
        raise SerializationError(
            f"{_qualified_name(cls)} has a field named 'kind', which is reserved"
        )
    name = kind or _CAMEL_BOUNDARY.sub("_", cls.__name__).lower()
    existing = _CLASS_BY_KIND.get(name)
    # The same class imported twice (pytest's importlib mode, reloads) re-registers harmlessly.
    if existing is not None and _qualified_name(existing) != _qualified_name(cls):
        raise SerializationError(
            f"record kind {name!r} is taken by {_qualified_name(existing)}; "
            f"cannot register {_qualified_name(cls)} under it"
        )
    _CLASS_BY_KIND[name] = cls
    _KIND_BY_CLASS[cls] = name
    return cls


def _qualified_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def kind_of(record_or_class: object) -> str:
    """The ``kind`` string a record (or record class) is serialized under."""
    cls = record_or_class if isinstance(record_or_class, type) else type(record_or_class)
    try:
        return _KIND_BY_CLASS[cls]
    except KeyError:
        register_record(cls)
        return _KIND_BY_CLASS[cls]


def to_dict(record: object) -> dict[str, Any]:
    """Return ``record`` as JSON-ready data with a ``kind`` key naming its type."""
    if not attrs.has(type(record)):
        raise TypeError(f"to_dict() takes an attrs record, not {type(record).__name__}")
    result = _unstructure(record)
    assert isinstance(result, dict)
    return result


def to_json(record: object, **dumps_options: Any) -> str:
    """Return ``record`` as a JSON document carrying ``schema_version``.

    Keyword arguments go to :func:`json.dumps` (``indent=2`` for example).
    """
    if not dumps_options:
        # The compact default is written piece by piece: no dict of the whole record is built.
        return "".join(iter_json(record, schema_version=True))
    document = {"schema_version": SCHEMA_VERSION, **to_dict(record)}
    dumps_options.setdefault("ensure_ascii", False)
    return json.dumps(document, **dumps_options)


# Long strings (a story's text) are escaped this many characters at a time.
_STRING_PIECE = 1 << 20
# How deep records and lists are written piece by piece; what lies deeper is written whole.
_PIECE_DEPTH = 2
# Records written whole are encoded this many at a time.
_BATCH = 256


def iter_json(record: object, *, schema_version: bool = False) -> Iterator[str]:
    """The JSON text of ``record`` in pieces, each record of its lists serialized on its own.

    The pieces join to ``json.dumps(to_dict(record), ensure_ascii=False)`` (to :func:`to_json`'s
    document with ``schema_version=True``), but neither that dict nor that string is ever
    built, and a long text is escaped a megabyte at a time: writing the pieces as they come
    keeps the memory of serializing a 50 MB story small beside the story itself.

    >>> from newsfacts.records import Headline, Span
    >>> "".join(iter_json(Headline(span=Span(start=0, end=4), text="Talk")))
    '{"kind": "headline", "span": {"start": 0, "end": 4}, "text": "Talk"}'
    """
    if not attrs.has(type(record)):
        raise TypeError(f"iter_json() takes an attrs record, not {type(record).__name__}")
    if isinstance(record, records.Span):
        yield _dumps(_unstructure(record))
        return
    yield f'{{"schema_version": {SCHEMA_VERSION}, "kind": ' if schema_version else '{"kind": '
    yield _dumps(kind_of(record))
    yield from _field_pieces(record, _PIECE_DEPTH - 1)
    yield "}"


def _field_pieces(record: object, depth: int) -> Iterator[str]:
    cls: type = type(record)
    for name in _data_fields(cls):
        yield f", {_dumps(name)}: "
        yield from _pieces(getattr(record, name), depth)


def _pieces(value: Any, depth: int) -> Iterator[str]:
    if type(value) is str:
        if len(value) <= _STRING_PIECE:
            yield _dumps(value)
            return
        # Escaping works character by character, so the pieces' escapes join to the whole's.
        yield '"'
        for start in range(0, len(value), _STRING_PIECE):
            yield _dumps(value[start : start + _STRING_PIECE])[1:-1]
        yield '"'
    elif depth > 0 and isinstance(value, (tuple, list)):
        if not value:
            yield "[]"
        elif depth == 1:
            # Items written whole are encoded a batch at a time: one encoder call per record
            # would cost more than the encoding. The batch's brackets are cut off.
            for start in range(0, len(value), _BATCH):
                batch = [_unstructure(item) for item in value[start : start + _BATCH]]
                yield ("[" if start == 0 else ", ") + _dumps(batch)[1:-1]
            yield "]"
        else:
            separator = "["
            for item in value:
                yield separator
                yield from _pieces(item, depth - 1)
                separator = ", "
            yield "]"
    elif depth > 0 and attrs.has(type(value)) and not isinstance(value, records.Span):
        yield '{"kind": '
        yield _dumps(kind_of(value))
        yield from _field_pieces(value, depth - 1)
        yield "}"
    else:
        yield _dumps(_unstructure(value))


# What json.dumps(data, ensure_ascii=False) uses, made once: dumps makes one per call.
_dumps: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False).encode


def from_json(document: str | bytes) -> Any:
    """Rebuild the record serialized by :func:`to_json`."""
    try:
        data = json.loads(document)
    except json.JSONDecodeError as error:
        raise SerializationError(f"not a JSON document: {error}") from error
    if not isinstance(data, dict):
        raise SerializationError("a newsfacts JSON document is an object")
    return from_dict(data)


def from_dict(data: Mapping[str, Any], cls: type | None = None) -> Any:
    """Rebuild a record from :func:`to_dict` output.

    The class comes from the ``kind`` key unless ``cls`` is given. Unknown kinds are looked up
    among the installed plugins' record types before giving up.
    """
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise SerializationError(
            f"schema_version {version!r} is newer than this newsfacts understands "
            f"({SCHEMA_VERSION})"
        )
    target = cls if cls is not None else _class_for_kind(data.get("kind"))
    try:
        return _structure_record(data, target)
    except SerializationError:
        raise
    except (TypeError, ValueError) as error:
        raise SerializationError(f"cannot rebuild {target.__name__}: {error}") from error


def _class_for_kind(kind: object) -> type:
    if not isinstance(kind, str):
        raise SerializationError("the data has no 'kind' naming its record type")
    if kind in _LAZY_KINDS and kind not in _CLASS_BY_KIND:
        # Record types of modules that load data are registered when the module is imported.
        importlib.import_module(_LAZY_KINDS[kind])
    if kind not in _CLASS_BY_KIND:
        # Plugin record types are registered when the plugin manager starts.
        from newsfacts import plugins

        plugins.get_manager()
    try:
        return _CLASS_BY_KIND[kind]
    except KeyError:
        raise SerializationError(f"unknown record kind {kind!r}") from None


_PLAIN = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _data_fields(cls: type) -> tuple[str, ...]:
    # Fields that are not init arguments are caches, never data.
    return tuple(field.name for field in attrs.fields(cls) if field.init)


def _unstructure(value: Any) -> Any:
    cls = type(value)
    if cls in _PLAIN:  # the common case first; these are returned as they are below too
        return value
    if cls is records.Span or isinstance(value, records.Span):
        return {"start": value.start, "end": value.end}
    if attrs.has(cls):
        data: dict[str, Any] = {"kind": kind_of(value)}
        for name in _data_fields(cls):
            data[name] = _unstructure(getattr(value, name))
        return data
    if isinstance(value, (tuple, list)):
        return [_unstructure(item) for item in value]
    if isinstance(value, (frozenset, set)):
        return sorted(_unstructure(item) for item in value)
    if isinstance(value, Mapping):
        return {str(key): _unstructure(item) for key, item in value.items()}
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


@functools.cache
def _field_types(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple(
        (field.name, hints.get(field.name, Any)) for field in attrs.fields(cls) if field.init
    )


def _structure_record(data: Mapping[str, Any], cls: type) -> Any:
    if not isinstance(data, Mapping):
        raise SerializationError(f"expected an object for {cls.__name__}, got {data!r}")
    kind = data.get("kind")
    if kind is not None and cls is not records.Span and kind != kind_of(cls):
        cls = _class_for_kind(kind)
    known = _field_types(cls)
    unexpected = set(data) - {name for name, _ in known} - {"kind", "schema_version"}
    if unexpected:
        raise SerializationError(f"{cls.__name__} has no field(s) {sorted(unexpected)}")
    values = {
        name: _structure(data[name], field_type) for name, field_type in known if name in data
    }
    return cls(**values)


_SCALARS: dict[Any, Callable[[Any], Any]] = {
    datetime.date: datetime.date.fromisoformat,
    datetime.datetime: datetime.datetime.fromisoformat,
}


def _structure(value: Any, field_type: Any) -> Any:
    origin = typing.get_origin(field_type)
    if origin in (Union, types.UnionType):
        options = typing.get_args(field_type)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _structure(value, option)
            except (TypeError, ValueError) as error:
                errors.append(str(error))
        raise SerializationError(f"{value!r} fits none of {field_type}: {'; '.join(errors)}")
    if origin is tuple:
        args = typing.get_args(field_type)
        if not isinstance(value, (list, tuple)):
            raise SerializationError(f"expected a list, got {value!r}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_structure(item, args[0]) for item in value)
        return tuple(_structure(item, arg) for item, arg in zip(value, args, strict=True))
    if origin is typing.Literal:
        if value not in typing.get_args(field_type):
            raise SerializationError(f"{value!r} is not one of {typing.get_args(field_type)}")
        return value
    if field_type in _SCALARS:
        if not isinstance(value, str):
            raise SerializationError(f"expected an ISO date string, got {value!r}")
        return _SCALARS[field_type](value)
    if isinstance(field_type, type) and attrs.has(field_type):
        return _structure_record(value, field_type)
    if isinstance(value, Mapping) and "kind" in value:
        return _structure_record(value, _class_for_kind(value["kind"]))
    if field_type in (int, float, str, bool) and not _fits_scalar(value, field_type):
        raise SerializationError(f"expected {field_type.__name__}, got {value!r}")
    return value


def _fits_scalar(value: Any, field_type: type) -> bool:
    if field_type is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if field_type is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, field_type)


for _record_class in (
    records.Span,
    records.Headline,
    records.Dateline,
    records.Author,
    records.Byline,
    records.Credit,
    records.SourceTag,
    records.Paragraph,
    records.Sentence,
    records.Mention,
    records.Entity,
    records.Quote,
    records.Attribution,
    records.Leg,
    records.Itinerary,
):
    register_record(_record_class)
