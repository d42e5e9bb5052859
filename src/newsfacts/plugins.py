"""The plugin host: finds plugins, loads each one on its own, and keeps their extractors.

Built-in extractors and third-party plugins are loaded the same way: a built-in is a module
named in :data:`BUILTIN_PLUGINS`, a third-party plugin is an entry point in the ``newsfacts``
group. Nothing is imported at ``import newsfacts``: :func:`get_host` builds the process-wide
:class:`PluginHost` the first time something needs it, and keeps it.

A plugin that cannot be used (it fails to import, a hook raises, a hook returns something that
is not an extractor, it implements a hook that does not exist) is named in a
:class:`PluginWarning` and skipped; the other plugins load regardless. With ``strict=True`` the
host raises :class:`~newsfacts.PluginError` instead. Two plugins offering extractors of the same
name is always an error (:class:`~newsfacts.DuplicateExtractorError`), since either choice
would silently change results.

Two environment variables are read when the process-wide host is built:

``NEWSFACTS_LOAD_PLUGINS``
    Unset: every installed plugin loads. Empty: no third-party plugin loads. ``a,b``: only the
    plugins named ``a`` and ``b`` load, matched against the entry point name or the
    distribution name (``newsfacts-money`` and ``newsfacts_money`` are the same). Built-in
    extractors are not affected, as with ``LLM_LOAD_PLUGINS``: they are part of newsfacts,
    and a caller who does not want one passes ``exclude=`` or blocks it by name with the
    variable below.
``NEWSFACTS_DISABLE_PLUGINS``
    ``a,b``: those plugins are blocked (:meth:`pluggy.PluginManager.set_blocked`) and never
    imported. Names match as above; built-ins are blocked by their module name
    (``newsfacts.extractors.quotes``). Blocked plugins are listed with status ``blocked``.

>>> host = PluginHost()
>>> dict(host.extractors), host.plugin_info()
({}, ())
"""

from __future__ import annotations

import importlib
import os
import re
import threading
import warnings
from collections.abc import Collection, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
import pluggy

from newsfacts import hookspecs
from newsfacts._version import __version__
from newsfacts.errors import DuplicateExtractorError, PluginError
from newsfacts.extractor import Extractor
from newsfacts.serialize import register_record

if TYPE_CHECKING:
    import importlib.metadata

__all__ = [
    "BUILTIN_PLUGINS",
    "DISABLE_PLUGINS_ENV",
    "LOAD_PLUGINS_ENV",
    "PluginHost",
    "PluginInfo",
    "PluginWarning",
    "build_host",
    "check_extractor",
    "get_host",
    "get_manager",
    "plugin_info",
    "set_host",
]

#: Modules registered as plugins before any entry point, exactly as a third party's would be.
#: The built-in extractors join this tuple as ``newsfacts.extractors.<name>``.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "newsfacts.entities.builtin",
    "newsfacts.extractors.quotes",
    "newsfacts.extractors.attributions",
    "newsfacts.extractors.itineraries",
)

LOAD_PLUGINS_ENV = "NEWSFACTS_LOAD_PLUGINS"
DISABLE_PLUGINS_ENV = "NEWSFACTS_DISABLE_PLUGINS"

# PEP 503 normalisation: ``Newsfacts_Money`` in an environment variable finds newsfacts-money.
_NAME_SEPARATORS = re.compile(r"[-_.]+")

# Hook names, in the order the host calls them for each plugin.
_EXTRACTORS_HOOK = "newsfacts_extractors"
_RECORD_TYPES_HOOK = "newsfacts_record_types"


class PluginWarning(UserWarning):
    """A plugin was skipped because it failed to load or to run.

    The attributes say which plugin and why: ``plugin`` (its name), ``distribution`` and
    ``version`` (``None`` when unknown), and ``error`` (the exception, when there was one).
    Turn these warnings into errors with ``warnings.simplefilter("error", PluginWarning)`` or
    pass ``strict=True`` to get a :class:`~newsfacts.PluginError` instead.
    """

    def __init__(
        self,
        message: str,
        *,
        plugin: str | None = None,
        distribution: str | None = None,
        version: str | None = None,
        error: BaseException | None = None,
    ) -> None:
        super().__init__(message)
        self.plugin = plugin
        self.distribution = distribution
        self.version = version
        self.error = error


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What ``newsfacts plugins`` lists about one plugin.

    ``status`` is ``"ok"``, ``"blocked"`` or ``"failed: <error>"``; ``error`` keeps the
    exception of a failed plugin (it takes no part in comparisons).
    """

    name: str
    distribution: str | None = None
    version: str | None = None
    builtin: bool = False
    hooks: tuple[str, ...] = ()
    extractors: tuple[str, ...] = ()
    status: str = "ok"
    error: BaseException | None = attrs.field(default=None, eq=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """The JSON-ready form the CLI prints (without ``error``)."""
        return {
            "name": self.name,
            "distribution": self.distribution,
            "version": self.version,
            "builtin": self.builtin,
            "hooks": list(self.hooks),
            "extractors": list(self.extractors),
            "status": self.status,
        }


@attrs.frozen(kw_only=True)
class _Origin:
    """Where a plugin comes from, for warnings and the listing."""

    name: str
    distribution: str | None = None
    version: str | None = None
    builtin: bool = False

    def describe(self) -> str:
        parts = [p for p in (self.distribution, self.version) if p]
        return f"{self.name!r} ({' '.join(parts)})" if parts else repr(self.name)


@attrs.frozen(kw_only=True)
class _Entry:
    """An accepted extractor, the plugin that provides it, and its checked ``requires``."""

    extractor: Extractor
    plugin: str
    requires: tuple[str, ...]


class _PluginFailure(Exception):
    """Internal: a plugin cannot be used; ``stage`` says at which step."""

    def __init__(self, stage: str, error: BaseException) -> None:
        super().__init__(f"{stage}: {type(error).__name__}: {error}")
        self.stage = stage
        self.error = error


class PluginHost:
    """A typed facade over a :class:`pluggy.PluginManager` for the ``newsfacts`` hooks.

    A fresh host knows no plugin; :func:`build_host` makes one loaded with the built-ins and
    the installed entry points, and :func:`get_host` returns the process-wide one. Plugins are
    added one at a time with :meth:`register`, which calls the plugin's hooks at once, checks
    what they return, and either accepts the plugin or records it as failed.

    >>> import newsfacts
    >>> class Nothing:
    ...     name, requires = "nothing", ()
    ...     def extract(self, article, upstream):
    ...         return ()
    >>> class Plugin:
    ...     @newsfacts.hookimpl
    ...     def newsfacts_extractors(self):
    ...         return [Nothing()]
    >>> host = PluginHost()
    >>> host.register(Plugin(), name="demo")
    'demo'
    >>> sorted(host.extractors), host.provider("nothing")
    (['nothing'], 'demo')
    """

    def __init__(self, manager: pluggy.PluginManager | None = None) -> None:
        if manager is None:
            manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
            manager.add_hookspecs(hookspecs)
        self._manager = manager
        self._origins: dict[str, _Origin] = {}
        self._extractors_by_plugin: dict[str, tuple[str, ...]] = {}
        self._entries: dict[str, _Entry] = {}
        self._extractor_objects: dict[str, Extractor] = {}
        self._extractors_view = MappingProxyType(self._extractor_objects)
        self._failures: dict[str, PluginInfo] = {}
        self._blocked: dict[str, _Origin] = {}
        # Bumped on every change, so callers may cache what they derive from the extractors.
        self.generation = 0

    @property
    def manager(self) -> pluggy.PluginManager:
        """The underlying pluggy manager, for what the facade does not cover."""
        return self._manager

    @property
    def extractors(self) -> Mapping[str, Extractor]:
        """The accepted extractors by name (a live, read-only view)."""
        return self._extractors_view

    def provider(self, extractor_name: str) -> str:
        """The name of the plugin that provides the extractor ``extractor_name``."""
        return self._entries[extractor_name].plugin

    def requirements(self, extractor_name: str) -> tuple[str, ...]:
        """The checked ``requires`` of an accepted extractor."""
        return self._entries[extractor_name].requires

    # -- registering -------------------------------------------------------------------------

    def block(self, name: str) -> None:
        """Block the plugin ``name``: it will not be registered, and is unregistered if it was."""
        origin = self._origins.get(name)
        if self._manager.has_plugin(name):
            self.unregister(name)
        self._manager.set_blocked(name)
        if origin is not None:
            self._record_blocked(origin)

    def is_blocked(self, name: str) -> bool:
        """Whether the plugin ``name`` is blocked."""
        return self._manager.is_blocked(name)

    def register(
        self,
        plugin: object,
        name: str | None = None,
        *,
        strict: bool = False,
        distribution: str | None = None,
        version: str | None = None,
        builtin: bool = False,
    ) -> str | None:
        """Register ``plugin``, call its hooks and accept its extractors and record types.

        Returns the name the plugin is registered under, or ``None`` when it was skipped:
        blocked, or failed (named in a :class:`PluginWarning`; with ``strict`` a
        :class:`~newsfacts.PluginError` is raised instead). An extractor name already taken by
        another plugin raises :class:`~newsfacts.DuplicateExtractorError` in either mode, and
        the host is left as it was.
        """
        name = name or self._manager.get_canonical_name(plugin)
        origin = _Origin(name=name, distribution=distribution, version=version, builtin=builtin)
        if self._manager.is_blocked(name):
            self._record_blocked(origin)
            return None
        if self._manager.has_plugin(name) or self._manager.is_registered(plugin):
            taken = name if self._manager.has_plugin(name) else self._manager.get_name(plugin)
            error = ValueError(f"a plugin is already registered as {taken!r}")
            # Not recorded as a failure: that would hide the working plugin of the same name.
            self._fail(origin, _PluginFailure("cannot be registered", error), strict, record=False)
            return None
        try:
            self._manager.register(plugin, name=name)
        except Exception as error:
            self._fail(origin, _PluginFailure("cannot be registered", error), strict)
            return None
        try:
            entries, record_types = self._collect(plugin, name)
            self._check_duplicates(entries, name)
            _register_record_types(record_types)
        except DuplicateExtractorError:
            self._manager.unregister(name=name)
            raise
        except _PluginFailure as failure:
            hooks = self._hook_names(plugin)
            self._manager.unregister(name=name)
            self._fail(origin, failure, strict, hooks=hooks)
            return None
        self._origins[name] = origin
        self._failures.pop(name, None)
        self._blocked.pop(name, None)
        self._extractors_by_plugin[name] = tuple(entry.extractor.name for entry in entries)
        for entry in entries:
            self._entries[entry.extractor.name] = entry
            self._extractor_objects[entry.extractor.name] = entry.extractor
        self.generation += 1
        return name

    def unregister(self, name: str) -> None:
        """Remove the plugin ``name`` and its extractors (record types stay registered)."""
        if self._manager.has_plugin(name):
            self._manager.unregister(name=name)
        for extractor_name in self._extractors_by_plugin.pop(name, ()):
            self._entries.pop(extractor_name, None)
            self._extractor_objects.pop(extractor_name, None)
        self._origins.pop(name, None)
        self._failures.pop(name, None)
        self.generation += 1

    def load_module(self, module_name: str, *, strict: bool = False) -> str | None:
        """Import ``module_name`` and register it as a built-in plugin under that name."""
        origin = _Origin(
            name=module_name, distribution="newsfacts", version=__version__, builtin=True
        )
        if self._manager.is_blocked(module_name):
            self._record_blocked(origin)
            return None
        try:
            module = importlib.import_module(module_name)
        except Exception as error:
            self._fail(origin, _PluginFailure("failed to import", error), strict)
            return None
        return self.register(
            module,
            module_name,
            strict=strict,
            distribution=origin.distribution,
            version=origin.version,
            builtin=True,
        )

    def load_entry_point(
        self, entry_point: importlib.metadata.EntryPoint, *, strict: bool = False
    ) -> str | None:
        """Load one ``newsfacts`` entry point and register what it names, under its name."""
        distribution, version = _distribution_of(entry_point)
        origin = _Origin(name=entry_point.name, distribution=distribution, version=version)
        if self._manager.is_blocked(entry_point.name):
            self._record_blocked(origin)
            return None
        try:
            plugin = entry_point.load()
        except Exception as error:
            self._fail(origin, _PluginFailure("failed to import", error), strict)
            return None
        return self.register(
            plugin, entry_point.name, strict=strict, distribution=distribution, version=version
        )

    # -- typed hook calls --------------------------------------------------------------------

    def extractors_of(self, plugin: object) -> tuple[Extractor, ...]:
        """Call ``plugin``'s own ``newsfacts_extractors`` and return what it gives, unchecked."""
        return tuple(self._call_own(plugin, _EXTRACTORS_HOOK))

    def record_types_of(self, plugin: object) -> tuple[type, ...]:
        """Call ``plugin``'s own ``newsfacts_record_types`` and return what it gives, unchecked."""
        return tuple(self._call_own(plugin, _RECORD_TYPES_HOOK))

    def recognizers(self) -> tuple[tuple[str, Any], ...]:
        """The recognizers plugins offer, as ``(plugin name, recognizer)``, winner first.

        A plugin whose ``newsfacts_recognizer`` raises is named in a :class:`PluginWarning`
        and left out, so the next one (in the end the built-in) is used.
        """
        caller: pluggy.HookCaller = self._manager.hook.newsfacts_recognizer
        found: list[tuple[str, Any]] = []
        # pluggy calls the most recently registered implementation first; keep that order.
        for impl in reversed(caller.get_hookimpls()):
            try:
                recognizer = impl.function()
            except Exception as error:
                warnings.warn(
                    PluginWarning(
                        f"plugin {impl.plugin_name!r}: newsfacts_recognizer failed: "
                        f"{type(error).__name__}: {error}; using the next recognizer",
                        plugin=impl.plugin_name,
                        error=error,
                    ),
                    stacklevel=2,
                )
                continue
            if recognizer is not None:
                found.append((impl.plugin_name, recognizer))
        return tuple(found)

    # -- listing -----------------------------------------------------------------------------

    def plugin_info(self) -> tuple[PluginInfo, ...]:
        """Every plugin the host has seen (accepted, failed or blocked), sorted by name."""
        infos = [self._info(name) for name in self._origins]
        infos.extend(self._failures.values())
        infos.extend(self.info(name) for name in self._blocked)
        return tuple(sorted(infos, key=lambda info: info.name))

    def info(self, name: str) -> PluginInfo:
        """What :meth:`plugin_info` lists about the plugin ``name`` (``KeyError`` if unknown)."""
        if name in self._origins:
            return self._info(name)
        if name in self._failures:
            return self._failures[name]
        origin = self._blocked[name]
        return PluginInfo(
            name=origin.name,
            distribution=origin.distribution,
            version=origin.version,
            builtin=origin.builtin,
            status="blocked",
        )

    def failures(self) -> tuple[PluginInfo, ...]:
        """The plugins that failed to load, sorted by name."""
        return tuple(sorted(self._failures.values(), key=lambda info: info.name))

    # -- internals ---------------------------------------------------------------------------

    def _info(self, name: str) -> PluginInfo:
        origin = self._origins[name]
        plugin = self._manager.get_plugin(name)
        return PluginInfo(
            name=name,
            distribution=origin.distribution,
            version=origin.version,
            builtin=origin.builtin,
            hooks=self._hook_names(plugin) if plugin is not None else (),
            extractors=self._extractors_by_plugin.get(name, ()),
        )

    def _hook_names(self, plugin: object) -> tuple[str, ...]:
        callers = self._manager.get_hookcallers(plugin) or []
        return tuple(sorted(caller.name for caller in callers))

    def _call_own(self, plugin: object, hook_name: str) -> list[Any]:
        # Each plugin's implementations are called on their own, not through the combined hook,
        # so that a failure or a bad value is charged to the plugin that caused it and every
        # extractor is attributed to its plugin. None is kept (pluggy would drop it) because
        # a hook that returns nothing has almost always lost a ``return``.
        caller: pluggy.HookCaller = getattr(self._manager.hook, hook_name)
        results: list[Any] = []
        for impl in caller.get_hookimpls():
            if impl.plugin is not plugin:
                continue
            if impl.wrapper or impl.hookwrapper:
                raise TypeError(f"{hook_name} may not be a hook wrapper")
            value: Any = impl.function()
            if value is None or isinstance(value, (str, bytes)) or not _is_iterable(value):
                raise TypeError(f"{hook_name} returned {value!r}, not a list")
            results.extend(value)  # materialised here: a generator may raise while iterating
        return results

    def _collect(self, plugin: object, name: str) -> tuple[list[_Entry], list[type]]:
        unknown = [
            caller.name
            for caller in self._manager.get_hookcallers(plugin) or []
            if not caller.has_spec()
        ]
        if unknown:
            typo = TypeError(f"no such hook(s): {', '.join(sorted(unknown))}")
            raise _PluginFailure("implements an unknown hook", typo)
        try:
            extractors = self.extractors_of(plugin)
        except Exception as error:
            raise _PluginFailure(f"failed in {_EXTRACTORS_HOOK}", error) from error
        try:
            record_types = self.record_types_of(plugin)
        except Exception as error:
            raise _PluginFailure(f"failed in {_RECORD_TYPES_HOOK}", error) from error
        entries = []
        for extractor in extractors:
            try:
                requires = check_extractor(extractor)
            except Exception as error:  # a ``name`` property may raise anything
                stage = f"returned a bad extractor from {_EXTRACTORS_HOOK}"
                raise _PluginFailure(stage, error) from error
            entries.append(_Entry(extractor=extractor, plugin=name, requires=requires))
        for record_type in record_types:
            if not (isinstance(record_type, type) and attrs.has(record_type)):
                not_attrs = TypeError(f"{record_type!r} is not an attrs class")
                stage = f"returned a bad record type from {_RECORD_TYPES_HOOK}"
                raise _PluginFailure(stage, not_attrs)
        return entries, list(record_types)

    def _check_duplicates(self, entries: Iterable[_Entry], name: str) -> None:
        seen: dict[str, str] = {}
        for entry in entries:
            extractor_name = entry.extractor.name
            if extractor_name in seen:
                raise DuplicateExtractorError(
                    f"plugin {name!r} provides two extractors named {extractor_name!r}"
                )
            seen[extractor_name] = name
            existing = self._entries.get(extractor_name)
            if existing is not None:
                raise DuplicateExtractorError(
                    f"extractor {extractor_name!r} is provided by both plugin "
                    f"{existing.plugin!r} and plugin {name!r}; uninstall one, or block one "
                    f"with {DISABLE_PLUGINS_ENV}={name}"
                )

    def _record_blocked(self, origin: _Origin) -> None:
        self._blocked[origin.name] = origin
        self.generation += 1

    def _fail(
        self,
        origin: _Origin,
        failure: _PluginFailure,
        strict: bool,
        *,
        hooks: tuple[str, ...] = (),
        record: bool = True,
    ) -> None:
        error = failure.error
        message = f"newsfacts plugin {origin.describe()} {failure}; it was skipped"
        if strict:
            raise PluginError(message) from error
        if record:
            self._failures[origin.name] = PluginInfo(
                name=origin.name,
                distribution=origin.distribution,
                version=origin.version,
                builtin=origin.builtin,
                hooks=hooks,
                status=f"failed: {type(error).__name__}: {error}",
                error=error,
            )
            self.generation += 1
        warnings.warn(
            PluginWarning(
                message,
                plugin=origin.name,
                distribution=origin.distribution,
                version=origin.version,
                error=error,
            ),
            stacklevel=3,
        )


def _register_record_types(record_types: Iterable[type]) -> None:
    for record_type in record_types:
        try:
            register_record(record_type)
        except Exception as error:  # a record kind taken by another plugin's class
            raise _PluginFailure("cannot register its record types", error) from error


def _is_iterable(value: object) -> bool:
    try:
        iter(value)  # type: ignore[call-overload]
    except TypeError:
        return False
    return True


def check_extractor(extractor: object) -> tuple[str, ...]:
    """Check ``extractor`` against the :class:`~newsfacts.Extractor` protocol.

    Returns its ``requires`` as a tuple; raises :class:`TypeError` saying what is wrong.

    >>> class Quotes:
    ...     name, requires = "quotes", ["sentences"]
    ...     def extract(self, article, upstream):
    ...         return ()
    >>> check_extractor(Quotes())
    ('sentences',)
    >>> check_extractor(Quotes)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    TypeError: <class '...Quotes'> is a class; return an instance of it
    """
    if isinstance(extractor, type):
        raise TypeError(f"{extractor!r} is a class; return an instance of it")
    if not isinstance(extractor, Extractor):
        raise TypeError(f"{extractor!r} lacks name, requires or extract()")
    name = extractor.name
    if not isinstance(name, str) or not name.strip():
        raise TypeError(f"{extractor!r} has name {name!r}, not a non-empty string")
    requires = extractor.requires
    if isinstance(requires, str) or not isinstance(requires, (tuple, list, frozenset, set)):
        raise TypeError(f"extractor {name!r} has requires {requires!r}, not a tuple of names")
    if not all(isinstance(item, str) for item in requires):
        raise TypeError(f"extractor {name!r} has requires {requires!r}, not a tuple of names")
    if not callable(extractor.extract):
        raise TypeError(f"extractor {name!r} has no callable extract()")
    return tuple(sorted(requires)) if isinstance(requires, (set, frozenset)) else tuple(requires)


def _distribution_of(entry_point: importlib.metadata.EntryPoint) -> tuple[str | None, str | None]:
    dist = getattr(entry_point, "dist", None)
    if dist is None:
        return None, None
    try:
        return dist.metadata["Name"], dist.version
    except Exception:  # a broken METADATA file must not stop the listing
        return None, None


def _normalize(name: str) -> str:
    return _NAME_SEPARATORS.sub("-", name).lower()


def _names_from(value: str) -> set[str]:
    return {_normalize(part.strip()) for part in value.split(",") if part.strip()}


def _matches(
    names: Collection[str], entry_point: importlib.metadata.EntryPoint, distribution: str | None
) -> set[str]:
    candidates = {_normalize(entry_point.name)}
    if distribution:
        candidates.add(_normalize(distribution))
    return candidates & set(names)


def build_host(
    *,
    strict: bool = False,
    builtins: Iterable[str] | None = None,
    entry_points: Iterable[importlib.metadata.EntryPoint] | None = None,
    load: Collection[str] | None = None,
    disable: Collection[str] = (),
    environ: Mapping[str, str] | None = None,
) -> PluginHost:
    """Build a host with the built-in plugins and the installed entry points, one at a time.

    ``builtins`` defaults to :data:`BUILTIN_PLUGINS` and ``entry_points`` to the installed
    ``newsfacts`` entry points. ``load`` (only these third-party plugins) overrides
    ``NEWSFACTS_LOAD_PLUGINS``; ``disable`` adds to ``NEWSFACTS_DISABLE_PLUGINS``; ``environ``
    defaults to :data:`os.environ`. Entry points load in name order, so which of two
    clashing plugins is named first does not depend on ``sys.path``.

    >>> host = build_host(builtins=(), entry_points=(), environ={})
    >>> host.plugin_info()
    ()
    """
    environ = os.environ if environ is None else environ
    if load is None and LOAD_PLUGINS_ENV in environ:
        load = _names_from(environ[LOAD_PLUGINS_ENV])
    wanted = None if load is None else {_normalize(name) for name in load}
    blocked = _names_from(environ.get(DISABLE_PLUGINS_ENV, "")) | {
        _normalize(name) for name in disable
    }

    host = PluginHost()
    for module_name in BUILTIN_PLUGINS if builtins is None else builtins:
        if _normalize(module_name) in blocked:
            host.block(module_name)
        host.load_module(module_name, strict=strict)

    if entry_points is None:
        # Imported here: importlib.metadata (and the email modules it pulls in) costs
        # about 20 ms, which ``import newsfacts`` should not pay.
        import importlib.metadata

        entry_points = importlib.metadata.entry_points(group=hookspecs.PROJECT_NAME)
    seen: set[tuple[str, str]] = set()
    found: set[str] = set()
    for entry_point in sorted(entry_points, key=lambda ep: (ep.name, ep.value)):
        if (entry_point.name, entry_point.value) in seen:
            continue  # the same distribution seen twice on sys.path
        seen.add((entry_point.name, entry_point.value))
        distribution, _ = _distribution_of(entry_point)
        if wanted is not None:
            matched = _matches(wanted, entry_point, distribution)
            found |= matched
            if not matched:
                continue
        if _matches(blocked, entry_point, distribution):
            host.block(entry_point.name)
        host.load_entry_point(entry_point, strict=strict)

    missing = sorted(wanted - found) if wanted is not None else []
    if missing:
        message = (
            f"{LOAD_PLUGINS_ENV} names {', '.join(missing)}, which matches no installed "
            f"newsfacts plugin"
        )
        if strict:
            raise PluginError(message)
        warnings.warn(PluginWarning(message), stacklevel=2)
    return host


_host: PluginHost | None = None
# Re-entrant, so that a plugin calling newsfacts while it loads gets an error, not a deadlock.
_host_lock = threading.RLock()
_building = False


def get_host() -> PluginHost:
    """Return the process-wide host, building it with :func:`build_host` on first use."""
    global _host, _building
    host = _host
    if host is not None:
        return host
    with _host_lock:
        if _host is not None:
            return _host
        if _building:
            raise PluginError("a plugin used newsfacts' plugin host while it was being loaded")
        _building = True
        try:
            _host = build_host()
        finally:
            _building = False
        return _host


def set_host(host: PluginHost | None) -> PluginHost | None:
    """Replace the process-wide host and return the previous one.

    ``None`` makes the next :func:`get_host` build a new host (re-reading the environment).
    Tests use this through :func:`newsfacts.testing.isolated_host`.
    """
    global _host
    with _host_lock:
        previous, _host = _host, host
    return previous


def get_manager() -> pluggy.PluginManager:
    """Return the process-wide pluggy manager (that of :func:`get_host`)."""
    return get_host().manager


def plugin_info(host: PluginHost | None = None) -> tuple[PluginInfo, ...]:
    """List every plugin of ``host`` (default: the process-wide one) with its status.

    >>> plugin_info(PluginHost())
    ()
    """
    return (host or get_host()).plugin_info()
