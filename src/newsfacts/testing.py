"""Helpers for testing newsfacts plugins.

Run one extractor over a story you wrote for the test, with :func:`run_extractor`; check that
your plugin loads and works next to the others with :func:`register_plugin`; or give each test
a host of its own with :func:`isolated_host`, which leaves out every installed third-party
plugin and ignores the ``NEWSFACTS_*`` environment variables. In a ``conftest.py``::

    import pytest
    from newsfacts.testing import isolated_host

    import my_plugin

    @pytest.fixture
    def host():
        with isolated_host(my_plugin) as host:
            yield host

    def test_money(host):
        facts = newsfacts.extract("It cost $5 million.", only=["money"])
        ...

Every helper here is strict: a plugin that fails to load, or an extractor that raises or returns
something other than records, raises :class:`~newsfacts.PluginError` with the cause chained,
so your test fails with the real traceback instead of a warning.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping

from newsfacts import plugins
from newsfacts.article import Article, parse
from newsfacts.extraction import extract, run_one
from newsfacts.extractor import Extractor
from newsfacts.hookspecs import hookimpl
from newsfacts.records import Fact

__all__ = ["isolated_host", "make_plugin", "register_plugin", "run_extractor"]


class _Plugin:
    """A plugin made of given extractors and record types (see :func:`make_plugin`)."""

    def __init__(self, name: str, extractors: tuple[object, ...], record_types: tuple[type, ...]):
        self.__name__ = name  # pluggy's canonical name for the plugin
        self._extractors = extractors
        self._record_types = record_types

    def __repr__(self) -> str:
        return f"<plugin {self.__name__!r}>"

    @hookimpl
    def newsfacts_extractors(self) -> list[object]:
        return list(self._extractors)

    @hookimpl
    def newsfacts_record_types(self) -> list[type]:
        return list(self._record_types)


def make_plugin(
    *extractors: object, record_types: Iterable[type] = (), name: str | None = None
) -> object:
    """Make a plugin object that provides ``extractors`` and ``record_types``.

    Handy for tests that need a plugin without writing hook functions; the objects are
    returned as given, so a broken one is reported exactly as a real plugin's would be.
    ``name`` defaults to ``plugin:`` followed by the extractors' names.

    >>> class Nothing:
    ...     name, requires = "nothing", ()
    ...     def extract(self, article, upstream):
    ...         return ()
    >>> with isolated_host(make_plugin(Nothing()), builtins=False) as host:
    ...     [(info.name, info.extractors, info.status) for info in host.plugin_info()]
    [('plugin:nothing', ('nothing',), 'ok')]
    """
    label = name or "plugin:" + ",".join(str(getattr(e, "name", "?")) for e in extractors)
    return _Plugin(label, tuple(extractors), tuple(record_types))


@contextlib.contextmanager
def register_plugin(
    plugin: object, name: str | None = None, *, strict: bool = True
) -> Iterator[plugins.PluginHost]:
    """Register ``plugin`` on the process-wide host for the duration of a ``with`` block.

    Yields the host. The plugin is unregistered when the block ends, even on error; record
    types it registered stay known to :func:`newsfacts.from_dict`, which is harmless.

    >>> import attrs, newsfacts
    >>> from newsfacts.records import Span
    >>> @attrs.frozen(kw_only=True)
    ... class Shout:
    ...     span: Span
    ...     extractor: str = ""
    >>> class Shouts:
    ...     name, requires = "shouts", ()
    ...     def extract(self, article, upstream):
    ...         start = article.text.find("!")
    ...         return [Shout(span=Span(start=start, end=start + 1))] if start >= 0 else []
    >>> class ShoutPlugin:
    ...     @newsfacts.hookimpl
    ...     def newsfacts_extractors(self):
    ...         return [Shouts()]
    >>> with isolated_host(), register_plugin(ShoutPlugin(), name="shout-plugin"):
    ...     newsfacts.extract("Fire!", only="shouts")
    (Shout(span=Span(start=4, end=5), extractor='shouts'),)
    """
    host = plugins.get_host()
    registered = host.register(plugin, name, strict=strict)
    try:
        yield host
    finally:
        if registered is not None:
            host.unregister(registered)


@contextlib.contextmanager
def isolated_host(*extra_plugins: object, builtins: bool = True) -> Iterator[plugins.PluginHost]:
    """Make a fresh host the process-wide one for the duration of a ``with`` block.

    The host has the built-in extractors (unless ``builtins=False``) and ``extra_plugins``,
    registered strictly under their canonical names; no installed entry point is loaded and
    the environment is not read. The previous process-wide host is put back afterwards.

    >>> from newsfacts import plugins
    >>> with isolated_host(builtins=False) as host:
    ...     plugins.get_host() is host, dict(host.extractors)
    (True, {})
    """
    host = plugins.build_host(
        strict=True, builtins=None if builtins else (), entry_points=(), environ={}
    )
    for plugin in extra_plugins:
        host.register(plugin, strict=True)
    previous = plugins.set_host(host)
    try:
        yield host
    finally:
        plugins.set_host(previous)


def run_extractor(
    extractor: Extractor,
    text_or_article: str | Article,
    *,
    upstream: Mapping[str, Iterable[Fact]] | None = None,
    requirement_plugins: Iterable[object] = (),
) -> tuple[Fact, ...]:
    """Run one extractor over a story, as :func:`newsfacts.extract` would, and return its records.

    The extractor is checked against the :class:`~newsfacts.Extractor` protocol, its records
    are checked and their ``extractor`` field filled, and they come back sorted by span. The
    records of the extractors it ``requires`` are taken from ``upstream`` when given, and
    otherwise computed by the built-in extractors and ``requirement_plugins``. Problems raise
    :class:`~newsfacts.PluginError`.

    >>> import attrs
    >>> from newsfacts.records import Span
    >>> @attrs.frozen(kw_only=True)
    ... class Word:
    ...     span: Span
    ...     extractor: str = ""
    >>> class FirstWord:
    ...     name, requires = "first-word", ()
    ...     def extract(self, article, upstream):
    ...         return [Word(span=Span(start=0, end=article.text.find(" ")))]
    >>> run_extractor(FirstWord(), "Talks resumed.")
    (Word(span=Span(start=0, end=5), extractor='first-word'),)
    """
    requires = plugins.check_extractor(extractor)
    article = text_or_article if isinstance(text_or_article, Article) else parse(text_or_article)
    if upstream is None:
        given = _upstream_records(article, requires, requirement_plugins)
    else:
        missing = [name for name in requires if name not in upstream]
        if missing:
            raise ValueError(f"upstream lacks the records of required extractor(s) {missing}")
        given = {name: tuple(upstream[name]) for name in requires}
    records = run_one(extractor, article, given)
    return tuple(sorted(records, key=lambda r: (r.span.start, r.span.end)))


def _upstream_records(
    article: Article, requires: tuple[str, ...], requirement_plugins: Iterable[object]
) -> dict[str, tuple[Fact, ...]]:
    if not requires:
        return {}
    host = plugins.build_host(strict=True, entry_points=(), environ={})
    for plugin in requirement_plugins:
        host.register(plugin, strict=True)
    unknown = [name for name in requires if name not in host.extractors]
    if unknown:
        raise ValueError(
            f"no extractor named {', '.join(map(repr, unknown))} among the built-ins and "
            f"requirement_plugins; pass upstream={{name: records}} or the plugin providing it"
        )
    grouped: dict[str, list[Fact]] = {name: [] for name in requires}
    for record in extract(article, only=requires, strict=True, host=host):
        grouped[record.extractor].append(record)
    return {name: tuple(records) for name, records in grouped.items()}
