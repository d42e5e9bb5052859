"""Run the installed extractors over an article: :func:`extract`.

The extractors come from the plugin host (:func:`newsfacts.plugins.get_host`). Each one runs
after the extractors it ``requires``, whose records it receives in ``upstream``; everything an
extractor returns is checked before it reaches the caller, and the output is sorted by span, so
neither the order in which plugins were installed nor the order of hooks changes the result.
"""

from __future__ import annotations

import functools
import graphlib
import warnings
import weakref
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import cast

import attrs

from newsfacts import plugins
from newsfacts._collector import collector_paused
from newsfacts.article import Article, parse
from newsfacts.errors import PluginError
from newsfacts.extractor import Extractor
from newsfacts.records import Fact, Span

__all__ = ["extract", "run_one", "select"]

Upstream = Mapping[str, tuple[Fact, ...]]
# The extractors to run in order, and the reason each unrunnable one cannot run.
_Plan = tuple[tuple[str, ...], dict[str, str]]


class _ExtractorFailure(Exception):
    """Internal: an extractor raised, or returned something that is not a list of records."""


def extract(
    article_or_text: Article | str,
    *,
    only: Iterable[str] | str | None = None,
    exclude: Iterable[str] | str = (),
    strict: bool = False,
    host: plugins.PluginHost | None = None,
) -> tuple[Fact, ...]:
    """Run the selected extractors over a story and return their records, sorted by span.

    ``article_or_text`` is an :class:`~newsfacts.Article` or the plain text of a story (parsed
    with :func:`newsfacts.parse`). ``only`` names the extractors to run (default: all);
    ``exclude`` names extractors to leave out, and wins over ``only``. A single name may be
    given as a string. An unknown name raises :class:`ValueError` listing the known ones.

    Requirements run first, whatever the selection: an extractor that a selected one
    ``requires`` runs even if it was excluded or not named in ``only``, but only the records of
    the selected extractors are returned. Records come back sorted by ``(span.start, span.end,
    extractor name)``, ties keeping the order the extractor gave them; each record's
    ``extractor`` field names the extractor that made it.

    Problems are named in a :class:`~newsfacts.plugins.PluginWarning` and the extractor is
    skipped (its dependents too): an extractor that raises, or returns something other than
    ``attrs`` records with a ``span`` inside the text and an ``extractor`` field. A missing or
    circular requirement is reported the same way, except that it is a
    :class:`~newsfacts.PluginError` when the extractor was named in ``only``: a request that
    can never be met is a configuration error, whereas one article that trips an extractor
    should not stop a batch. With ``strict=True`` every problem raises
    :class:`~newsfacts.PluginError` (chained to the original exception), including plugins
    that failed to load.

    ``host`` defaults to the process-wide :func:`~newsfacts.plugins.get_host`.

    >>> from newsfacts.plugins import PluginHost
    >>> extract("WASHINGTON (AP) — Talks resumed.", host=PluginHost())
    ()
    """
    if not isinstance(article_or_text, (Article, str)):
        raise TypeError(f"extract() takes an Article or str, not {type(article_or_text).__name__}")
    host = plugins.get_host() if host is None else host
    if strict:
        _raise_load_failures(host)
    known = host.extractors
    if not known and only is None and not exclude:
        return ()  # nothing installed: do not even parse the text
    selected = select(known, only, exclude)
    if not selected:
        return ()
    explicit = set(selected) if only is not None else set()
    order, problems = _cached_plan(host, selected)
    for name in sorted(problems):
        _report(host, name, problems[name], strict=strict or name in explicit, stacklevel=3)
    if not order:
        return ()
    with collector_paused():
        article = (
            article_or_text if isinstance(article_or_text, Article) else parse(article_or_text)
        )
        results = _run_all(host, article, order, strict=strict)
    records = [record for name in sorted(selected) for record in results.get(name, ())]
    records.sort(key=_sort_key)
    return tuple(records)


def run_one(extractor: Extractor, article: Article, upstream: Upstream) -> tuple[Fact, ...]:
    """Run one extractor and return its records, checked as :func:`extract` checks them.

    The records keep the order the extractor gave them. Raises :class:`~newsfacts.PluginError`
    (chained to the cause) when the extractor raises or returns something other than records.
    :func:`newsfacts.testing.run_extractor` builds on this.
    """
    try:
        return _run_checked(extractor, article, MappingProxyType(dict(upstream)))
    except _ExtractorFailure as failure:
        raise PluginError(f"extractor {extractor.name!r} {failure}") from failure.__cause__


def _sort_key(record: Fact) -> tuple[int, int, str]:
    return (record.span.start, record.span.end, record.extractor)


def _as_names(value: Iterable[str] | str) -> list[str]:
    names = [value] if isinstance(value, str) else list(value)
    for name in names:
        if not isinstance(name, str):
            raise TypeError(f"extractor names are strings, not {name!r}")
    return list(dict.fromkeys(names))


def select(
    known: Mapping[str, Extractor],
    only: Iterable[str] | str | None,
    exclude: Iterable[str] | str,
) -> list[str]:
    """The names of the extractors to run, sorted; ``ValueError`` naming any unknown name.

    Shared by :func:`extract` and the batch and Dask paths, which check the names in the
    caller before any work is sent.
    """
    wanted = sorted(known) if only is None else _as_names(only)
    unwanted = _as_names(exclude)
    unknown = [name for name in [*wanted, *unwanted] if name not in known]
    if unknown:
        listing = ", ".join(sorted(known)) if known else "none are installed"
        raise ValueError(
            f"unknown extractor(s): {', '.join(map(repr, dict.fromkeys(unknown)))}; "
            f"known extractors: {listing}"
        )
    excluded = set(unwanted)
    return sorted(name for name in wanted if name not in excluded)


# Plans per host, dropped with the host and recomputed when its plugins change.
_PLANS: weakref.WeakKeyDictionary[plugins.PluginHost, tuple[int, dict[tuple[str, ...], _Plan]]]
_PLANS = weakref.WeakKeyDictionary()


def _cached_plan(host: plugins.PluginHost, selected: list[str]) -> _Plan:
    generation, plans = _PLANS.get(host, (-1, {}))
    if generation != host.generation:
        plans = {}
        _PLANS[host] = (host.generation, plans)
    key = tuple(selected)
    if key not in plans:
        plans[key] = _plan(host, selected)
    return plans[key]


def _plan(host: plugins.PluginHost, selected: list[str]) -> _Plan:
    """The extractors to run, requirements first, and why the others cannot run."""
    known = host.extractors
    needed: set[str] = set()
    pending = list(selected)
    while pending:
        name = pending.pop()
        if name not in needed:
            needed.add(name)
            pending.extend(r for r in host.requirements(name) if r in known)

    problems: dict[str, str] = {}
    for name in sorted(needed):
        missing = [r for r in host.requirements(name) if r not in known]
        if missing:
            problems[name] = (
                f"requires {', '.join(map(repr, missing))}, which no loaded plugin provides"
            )
    graph = {name: [r for r in host.requirements(name) if r in known] for name in sorted(needed)}
    problems.update(_cycles(graph))
    _spread_to_dependents(graph, problems)
    runnable = {name: reqs for name, reqs in graph.items() if name not in problems}
    return graph_order(runnable), problems


def graph_order(graph: Mapping[str, list[str]]) -> tuple[str, ...]:
    """Names in an order where each comes after those it requires; ties in name order.

    >>> graph_order({"b": ["a"], "a": [], "c": []})
    ('a', 'c', 'b')
    """
    sorter = graphlib.TopologicalSorter(graph)
    sorter.prepare()
    order: list[str] = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        order.extend(ready)
        sorter.done(*ready)
    return tuple(order)


def _cycles(graph: Mapping[str, list[str]]) -> dict[str, str]:
    problems: dict[str, str] = {}
    remaining = {name: list(reqs) for name, reqs in graph.items()}
    while True:
        try:
            graphlib.TopologicalSorter(remaining).prepare()
        except graphlib.CycleError as error:
            cycle: list[str] = error.args[1]
            path = " -> ".join(map(repr, reversed(cycle)))
            for name in set(cycle):
                problems[name] = f"is part of a circular requirement: {path}"
                remaining.pop(name, None)
            remaining = {n: [r for r in reqs if r in remaining] for n, reqs in remaining.items()}
            continue
        return problems


def _spread_to_dependents(graph: Mapping[str, list[str]], problems: dict[str, str]) -> None:
    changed = True
    while changed:
        changed = False
        for name, reqs in graph.items():
            if name in problems:
                continue
            broken = [r for r in reqs if r in problems]
            if broken:
                problems[name] = f"requires {broken[0]!r}, which cannot run"
                changed = True


def _run_all(
    host: plugins.PluginHost, article: Article, order: Iterable[str], *, strict: bool
) -> dict[str, tuple[Fact, ...]]:
    results: dict[str, tuple[Fact, ...]] = {}
    for name in order:
        requires = host.requirements(name)
        failed = [r for r in requires if r not in results]
        if failed:
            _report(host, name, f"requires {failed[0]!r}, which failed", strict=strict)
            continue
        upstream = MappingProxyType({r: results[r] for r in requires})
        try:
            results[name] = _run_checked(host.extractors[name], article, upstream)
        except _ExtractorFailure as failure:
            cause = failure.__cause__
            _report(host, name, str(failure), strict=strict, error=cause)
    return results


def _run_checked(extractor: Extractor, article: Article, upstream: Upstream) -> tuple[Fact, ...]:
    name = extractor.name
    try:
        # tuple() inside the try: a generator raises only while it is being consumed.
        raw = extractor.extract(article, upstream)
        if raw is None or isinstance(raw, (str, bytes)):
            raise TypeError(f"extract() returned {raw!r}, not an iterable of records")
        produced = tuple(raw)
    except Exception as error:
        raise _ExtractorFailure(f"failed: {type(error).__name__}: {error}") from error
    try:
        return tuple(_checked_record(record, name, len(article.text)) for record in produced)
    except (TypeError, ValueError) as error:
        raise _ExtractorFailure(f"returned a bad record: {error}") from error


@functools.cache
def _record_fields(cls: type) -> frozenset[str] | None:
    """The field names of an attrs class, or None for any other class."""
    return frozenset(attrs.fields_dict(cls)) if attrs.has(cls) else None


def _checked_record(record: object, name: str, text_length: int) -> Fact:
    cls: type = type(record)
    fields = _record_fields(cls)
    if fields is None:
        raise TypeError(f"{record!r} is not an attrs record")
    span = getattr(record, "span", None)
    if not isinstance(span, Span):
        raise TypeError(f"{record!r} has no Span in its 'span' field")
    if span.end > text_length:
        raise ValueError(f"{span!r} of {record!r} lies beyond the text ({text_length} chars)")
    if "extractor" not in fields:
        raise TypeError(f"{cls.__qualname__} has no 'extractor' field")
    if getattr(record, "extractor", None) != name:
        record = attrs.evolve(record, extractor=name)  # type: ignore[misc]
    return cast(Fact, record)


def _raise_load_failures(host: plugins.PluginHost) -> None:
    for info in host.failures():
        raise PluginError(
            f"newsfacts plugin {info.name!r} failed to load ({info.status})"
        ) from info.error


def _report(
    host: plugins.PluginHost,
    name: str,
    problem: str,
    *,
    strict: bool,
    error: BaseException | None = None,
    stacklevel: int = 4,
) -> None:
    plugin = host.info(host.provider(name))
    parts = [p for p in (plugin.distribution, plugin.version) if p]
    where = f"plugin {plugin.name!r}" + (f", {' '.join(parts)}" if parts else "")
    message = f"newsfacts extractor {name!r} ({where}) {problem}; it was skipped"
    if strict:
        raise PluginError(message) from error
    warnings.warn(
        plugins.PluginWarning(
            message,
            plugin=plugin.name,
            distribution=plugin.distribution,
            version=plugin.version,
            error=error,
        ),
        stacklevel=stacklevel,  # the caller of extract()
    )
