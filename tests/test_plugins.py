"""The plugin host: loading one plugin at a time, failures, duplicates, env vars, listing."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import attrs
import pytest

import newsfacts
from newsfacts import plugins
from newsfacts.article import Article
from newsfacts.errors import DuplicateExtractorError, PluginError
from newsfacts.plugins import PluginHost, PluginWarning, build_host
from newsfacts.records import Fact, Span
from newsfacts.serialize import from_dict, kind_of, to_dict
from newsfacts.testing import make_plugin

MakeModule = Callable[[str, str], str]


@attrs.frozen(kw_only=True)
class Word:
    span: Span
    text: str
    extractor: str = ""


@attrs.frozen
class Nothing:
    """An extractor that finds nothing."""

    name: str
    requires: tuple[str, ...] = ()

    def extract(self, article: Article, upstream: Mapping[str, tuple[Fact, ...]]) -> list[Fact]:
        return []


# A plugin module; {name} is the extractor it provides.
PLUGIN_SOURCE = """
import newsfacts

class Nothing:
    name, requires = {name!r}, ()

    def extract(self, article, upstream):
        return []

@newsfacts.hookimpl
def newsfacts_extractors():
    return [Nothing()]
"""


@pytest.fixture
def make_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> MakeModule:
    """Write an importable module into tmp_path; it is forgotten after the test."""
    monkeypatch.syspath_prepend(tmp_path)

    def make(name: str, source: str) -> str:
        (tmp_path / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        request.addfinalizer(lambda: sys.modules.pop(name, None))
        return name

    return make


def entry_point(name: str, value: str) -> importlib.metadata.EntryPoint:
    return importlib.metadata.EntryPoint(name=name, value=value, group="newsfacts")


def install_distribution(
    root: Path, distribution: str, version: str, entry_points: Iterable[tuple[str, str]]
) -> None:
    """A minimal installed distribution (a .dist-info directory) on the test's sys.path."""
    info = root / f"{distribution.replace('-', '_')}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {distribution}\nVersion: {version}\n", encoding="utf-8"
    )
    lines = "".join(f"{name} = {value}\n" for name, value in entry_points)
    (info / "entry_points.txt").write_text(f"[newsfacts]\n{lines}", encoding="utf-8")


def statuses(host: PluginHost) -> dict[str, str]:
    """The statuses of the plugins a test made (newsfacts' own built-ins left out)."""
    return {
        info.name: info.status
        for info in host.plugin_info()
        if not info.name.startswith("newsfacts.")
    }


# -- the process-wide host -------------------------------------------------------------------


def test_importing_newsfacts_builds_no_host() -> None:
    code = "import newsfacts, newsfacts.plugins as p; print(p._host is None)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"


def test_get_host_builds_once_and_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[PluginHost] = []
    real_build = plugins.build_host

    def counting_build(**kwargs: object) -> PluginHost:
        host = real_build(builtins=(), entry_points=())
        built.append(host)
        return host

    monkeypatch.setattr(plugins, "build_host", counting_build)
    first = plugins.get_host()
    assert plugins.get_host() is first
    assert plugins.get_manager() is first.manager
    assert built == [first]


def test_set_host_returns_the_previous_host(host: PluginHost) -> None:
    other = PluginHost()
    assert plugins.set_host(other) is host
    assert plugins.get_host() is other


def test_the_process_wide_host_rejects_reentry(
    make_module: MakeModule, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = make_module("nf_reentrant", "import newsfacts\nnewsfacts.extract('text')\n")
    monkeypatch.setattr(plugins, "BUILTIN_PLUGINS", (module,))
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **kwargs: [])
    with pytest.warns(PluginWarning, match="nf_reentrant"):
        host = plugins.get_host()
    assert statuses(host) == {
        module: "failed: PluginError: a plugin used newsfacts' plugin host while it was being "
        "loaded"
    }


# -- built-ins and entry points ---------------------------------------------------------------


def test_builtins_are_registered_like_any_plugin(make_module: MakeModule) -> None:
    module = make_module("nf_builtin_words", PLUGIN_SOURCE.format(name="words"))
    host = build_host(builtins=(module,), entry_points=(), environ={})
    (info,) = host.plugin_info()
    assert (info.name, info.builtin, info.distribution) == (module, True, "newsfacts")
    assert (info.version, info.status) == (newsfacts.__version__, "ok")
    assert info.hooks == ("newsfacts_extractors",)
    assert info.extractors == ("words",)
    assert host.provider("words") == module


def test_default_builtins_come_from_builtin_plugins(
    make_module: MakeModule, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = make_module("nf_default_builtin", PLUGIN_SOURCE.format(name="defaults"))
    monkeypatch.setattr(plugins, "BUILTIN_PLUGINS", (module,))
    host = build_host(entry_points=(), environ={})
    assert list(host.extractors) == ["defaults"]


def test_entry_points_load_one_at_a_time(make_module: MakeModule) -> None:
    good = make_module("nf_good_plugin", PLUGIN_SOURCE.format(name="good"))
    broken = make_module("nf_broken_plugin", "raise ImportError('needs babel')\n")
    points = [
        entry_point("broken", broken),
        entry_point("missing", "nf_no_such_module"),
        entry_point("good", good),
    ]
    with pytest.warns(PluginWarning) as caught:
        host = build_host(builtins=(), entry_points=points, environ={})
    assert list(host.extractors) == ["good"]
    messages = sorted(str(warning.message) for warning in caught)
    assert len(messages) == 2
    assert "'broken' failed to import: ImportError: needs babel" in messages[0]
    assert "'missing' failed to import: ModuleNotFoundError" in messages[1]
    assert statuses(host) == {
        "broken": "failed: ImportError: needs babel",
        "good": "ok",
        "missing": "failed: ModuleNotFoundError: No module named 'nf_no_such_module'",
    }


def test_entry_point_naming_an_object_in_a_module(make_module: MakeModule) -> None:
    module = make_module(
        "nf_object_plugin",
        PLUGIN_SOURCE.format(name="objects").replace("@newsfacts.hookimpl\n", "")
        + "\nclass Plugin:\n    newsfacts_extractors = newsfacts.hookimpl("
        "staticmethod(newsfacts_extractors))\n",
    )
    host = build_host(builtins=(), entry_points=[entry_point("obj", f"{module}:Plugin")])
    assert host.provider("objects") == "obj"


def test_installed_distribution_is_found_with_its_name_and_version(
    tmp_path: Path, make_module: MakeModule
) -> None:
    module = make_module("nf_money_plugin", PLUGIN_SOURCE.format(name="money"))
    install_distribution(tmp_path, "newsfacts-money", "1.2", [("money", module)])
    host = build_host(builtins=(), environ={})
    info = host.info("money")
    assert (info.distribution, info.version, info.status) == ("newsfacts-money", "1.2", "ok")
    assert info.extractors == ("money",)


def test_warning_names_plugin_distribution_version_and_error(
    tmp_path: Path, make_module: MakeModule
) -> None:
    module = make_module("nf_crashing_plugin", "raise RuntimeError('no config')\n")
    install_distribution(tmp_path, "newsfacts-crash", "0.3", [("crash", module)])
    with pytest.warns(PluginWarning) as caught:
        build_host(builtins=(), environ={})
    (warning,) = caught
    message = str(warning.message)
    assert "'crash' (newsfacts-crash 0.3) failed to import: RuntimeError: no config" in message
    assert isinstance(warning.message, PluginWarning)
    assert warning.message.plugin == "crash"
    assert warning.message.distribution == "newsfacts-crash"
    assert warning.message.version == "0.3"
    assert isinstance(warning.message.error, RuntimeError)


def test_the_same_entry_point_seen_twice_loads_once(make_module: MakeModule) -> None:
    module = make_module("nf_twice", PLUGIN_SOURCE.format(name="twice"))
    points = [entry_point("twice", module), entry_point("twice", module)]
    host = build_host(builtins=(), entry_points=points)
    assert statuses(host) == {"twice": "ok"}


# -- failures at load --------------------------------------------------------------------------


class Raising:
    @newsfacts.hookimpl
    def newsfacts_extractors(self) -> list[object]:
        raise KeyError("settings")


class ReturnsNone:
    @newsfacts.hookimpl
    def newsfacts_extractors(self) -> None:
        return None


class RaisesWhileIterated:
    @newsfacts.hookimpl
    def newsfacts_extractors(self) -> Iterable[object]:
        yield Nothing("first")
        raise ValueError("half way")


@pytest.mark.parametrize(
    ("plugin", "expected"),
    [
        (Raising(), "failed in newsfacts_extractors: KeyError: 'settings'"),
        (ReturnsNone(), "newsfacts_extractors returned None, not a list"),
        (RaisesWhileIterated(), "ValueError: half way"),
        (make_plugin("quotes"), "'quotes' lacks name, requires or extract()"),
        (make_plugin(Nothing), "is a class; return an instance of it"),
        (make_plugin(Nothing("")), "has name '', not a non-empty string"),
        (make_plugin(Nothing("x", "y")), "has requires 'y', not a tuple of names"),  # type: ignore[arg-type]
        (make_plugin(Nothing("x", (1,))), "has requires (1,), not a tuple of names"),  # type: ignore[arg-type]
        (make_plugin(record_types=[dict]), "<class 'dict'> is not an attrs class"),
        (make_plugin(record_types=[Word(span=Span(start=0, end=0), text="")]), "not an attrs"),  # type: ignore[list-item]
    ],
)
def test_a_plugin_whose_hooks_fail_or_return_junk_is_skipped(
    host: PluginHost, plugin: object, expected: str
) -> None:
    host.register(make_plugin(Nothing("fine"), name="fine"))
    with pytest.warns(PluginWarning, match="it was skipped") as caught:
        assert host.register(plugin, name="bad") is None
    assert expected in str(caught[0].message)
    assert "'bad'" in str(caught[0].message)
    assert list(host.extractors) == ["fine"]
    assert not host.manager.has_plugin("bad")
    info = host.info("bad")
    assert info.status.startswith("failed: ")
    assert expected.split(": ")[-1] in info.status


def test_a_hook_with_a_typo_is_a_failure(host: PluginHost) -> None:
    class Typo:
        @newsfacts.hookimpl
        def newsfacts_extractor(self) -> list[object]:
            return [Nothing("typo")]

    with pytest.warns(PluginWarning, match="no such hook.s.: newsfacts_extractor"):
        host.register(Typo(), name="typo")
    assert host.info("typo").hooks == ("newsfacts_extractor",)
    assert dict(host.extractors) == {}


def test_a_hook_asking_for_an_unknown_argument_is_a_failure(host: PluginHost) -> None:
    class Greedy:
        @newsfacts.hookimpl
        def newsfacts_extractors(self, config: object) -> list[object]:
            return []

    with pytest.warns(PluginWarning, match="'greedy' cannot be registered"):
        host.register(Greedy(), name="greedy")
    assert host.info("greedy").status.startswith("failed: PluginValidationError")


def test_strict_mode_raises_chained_to_the_cause(host: PluginHost) -> None:
    with pytest.raises(PluginError, match="'bad' failed in newsfacts_extractors") as raised:
        host.register(Raising(), name="bad", strict=True)
    assert isinstance(raised.value.__cause__, KeyError)
    assert not host.manager.has_plugin("bad")


def test_strict_build_raises_for_an_entry_point_that_fails_to_import() -> None:
    with pytest.raises(PluginError, match="'missing' failed to import") as raised:
        build_host(
            builtins=(), entry_points=[entry_point("missing", "nf_no_such_module")], strict=True
        )
    assert isinstance(raised.value.__cause__, ModuleNotFoundError)


def test_registering_a_taken_name_keeps_the_first_plugin(host: PluginHost) -> None:
    host.register(make_plugin(Nothing("first")), name="same")
    with pytest.warns(PluginWarning, match="already registered as 'same'"):
        assert host.register(make_plugin(Nothing("second")), name="same") is None
    assert statuses(host) == {"same": "ok"}
    assert list(host.extractors) == ["first"]


# -- extractors and record types -------------------------------------------------------------


def test_duplicate_extractor_names_both_plugins(host: PluginHost) -> None:
    host.register(make_plugin(Nothing("quotes")), name="newsfacts-quotes")
    with pytest.raises(DuplicateExtractorError) as raised:
        host.register(make_plugin(Nothing("quotes")), name="better-quotes")
    message = str(raised.value)
    assert "'newsfacts-quotes'" in message
    assert "'better-quotes'" in message
    assert "NEWSFACTS_DISABLE_PLUGINS" in message
    # The host is left as it was.
    assert not host.manager.has_plugin("better-quotes")
    assert host.provider("quotes") == "newsfacts-quotes"


def test_duplicates_raise_even_when_not_strict_while_building(make_module: MakeModule) -> None:
    first = make_module("nf_dup_one", PLUGIN_SOURCE.format(name="quotes"))
    second = make_module("nf_dup_two", PLUGIN_SOURCE.format(name="quotes"))
    points = [entry_point("two", second), entry_point("one", first)]
    with pytest.raises(DuplicateExtractorError, match="'one' and plugin 'two'"):
        build_host(builtins=(), entry_points=points)


def test_one_plugin_offering_one_name_twice_is_a_duplicate(host: PluginHost) -> None:
    with pytest.raises(DuplicateExtractorError, match="'twice' provides two extractors named 'x'"):
        host.register(make_plugin(Nothing("x"), Nothing("x")), name="twice")


def test_record_types_are_registered_for_from_dict(host: PluginHost) -> None:
    @attrs.frozen(kw_only=True)
    class PluginMoneyAmount:
        span: Span
        amount: int
        extractor: str = "money"

    host.register(make_plugin(Nothing("money"), record_types=[PluginMoneyAmount]))
    record = PluginMoneyAmount(span=Span(start=0, end=2), amount=5)
    assert kind_of(PluginMoneyAmount) == "plugin_money_amount"
    assert from_dict(to_dict(record)) == record


def test_a_record_kind_clash_fails_the_second_plugin(host: PluginHost) -> None:
    # Two different classes whose names both become the kind "nfclash".
    @attrs.frozen(kw_only=True)
    class NFClash:
        span: Span

    @attrs.frozen(kw_only=True)
    class Nfclash:
        span: Span

    host.register(make_plugin(record_types=[NFClash]), name="first")
    with pytest.warns(PluginWarning, match="'second' cannot register its record types"):
        host.register(make_plugin(record_types=[Nfclash]), name="second")
    assert statuses(host)["first"] == "ok"
    assert statuses(host)["second"].startswith("failed: SerializationError: record kind 'nfclash'")
    assert kind_of(NFClash) == "nfclash"


def test_unregister_removes_the_plugin_and_its_extractors(host: PluginHost) -> None:
    host.register(make_plugin(Nothing("a"), Nothing("b")), name="ab")
    host.register(make_plugin(Nothing("c")), name="c")
    host.unregister("ab")
    assert list(host.extractors) == ["c"]
    assert statuses(host) == {"c": "ok"}


# -- environment variables ---------------------------------------------------------------------


@pytest.fixture
def three_plugins(make_module: MakeModule, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Installed: newsfacts-alpha (entry point alpha), newsfacts-beta (beta), gamma's dist.

    newsfacts' own built-ins are left out, so that the extractors listed are the test's.
    """
    monkeypatch.setattr(plugins, "BUILTIN_PLUGINS", ())
    for name in ("alpha", "beta"):
        module = make_module(f"nf_env_{name}", PLUGIN_SOURCE.format(name=name))
        install_distribution(tmp_path, f"newsfacts-{name}", "1.0", [(name, module)])
    module = make_module("nf_env_gamma", PLUGIN_SOURCE.format(name="gamma"))
    install_distribution(tmp_path, "Gamma_Extractors", "2.0", [("gamma", module)])


@pytest.mark.usefixtures("three_plugins")
@pytest.mark.parametrize(
    ("value", "loaded"),
    [
        (None, ["alpha", "beta", "gamma"]),
        ("", []),
        (" , ", []),
        ("alpha", ["alpha"]),
        ("alpha, gamma", ["alpha", "gamma"]),
        ("newsfacts-beta", ["beta"]),  # a distribution name
        ("gamma-extractors", ["gamma"]),  # normalised as PEP 503 does
    ],
)
def test_load_plugins_env_var(
    monkeypatch: pytest.MonkeyPatch, make_module: MakeModule, value: str | None, loaded: list[str]
) -> None:
    builtin = make_module("nf_env_builtin", PLUGIN_SOURCE.format(name="builtin"))
    monkeypatch.setattr(plugins, "BUILTIN_PLUGINS", (builtin,))
    if value is None:
        monkeypatch.delenv("NEWSFACTS_LOAD_PLUGINS", raising=False)
    else:
        monkeypatch.setenv("NEWSFACTS_LOAD_PLUGINS", value)
    host = plugins.get_host()
    # Built-ins are not third-party plugins: the variable leaves them alone.
    assert sorted(host.extractors) == sorted(["builtin", *loaded])


@pytest.mark.usefixtures("three_plugins")
def test_load_plugins_env_var_warns_about_names_it_cannot_find(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSFACTS_LOAD_PLUGINS", "alpha,alhpa")
    with pytest.warns(PluginWarning, match="NEWSFACTS_LOAD_PLUGINS names alhpa, which matches"):
        host = plugins.get_host()
    assert list(host.extractors) == ["alpha"]


@pytest.mark.usefixtures("three_plugins")
def test_disable_plugins_env_var_blocks_by_entry_point_or_distribution(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGINS", "alpha, Newsfacts_Beta")
    host = plugins.get_host()
    assert list(host.extractors) == ["gamma"]
    assert statuses(host) == {"alpha": "blocked", "beta": "blocked", "gamma": "ok"}
    assert host.info("beta").distribution == "newsfacts-beta"
    assert host.is_blocked("alpha")
    assert "nf_env_alpha" not in sys.modules  # a blocked plugin is never imported


def test_disable_plugins_env_var_blocks_a_builtin_without_importing_it(
    monkeypatch: pytest.MonkeyPatch, make_module: MakeModule
) -> None:
    module = make_module("nf_blocked_builtin", "raise RuntimeError('imported')\n")
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGINS", module)
    host = build_host(builtins=(module,), entry_points=())
    assert statuses(host) == {module: "blocked"}


def test_load_and_disable_arguments_override_and_add_to_the_environment(
    make_module: MakeModule,
) -> None:
    points = [
        entry_point(name, make_module(f"nf_arg_{name}", PLUGIN_SOURCE.format(name=name)))
        for name in ("one", "two", "three")
    ]
    environ = {"NEWSFACTS_LOAD_PLUGINS": "", "NEWSFACTS_DISABLE_PLUGINS": "one"}
    host = build_host(
        builtins=(),
        entry_points=points,
        environ=environ,
        load=["one", "two", "three"],
        disable=["three"],
    )
    assert statuses(host) == {"one": "blocked", "three": "blocked", "two": "ok"}


def test_block_unregisters_and_lists_a_loaded_plugin(host: PluginHost) -> None:
    host.register(make_plugin(Nothing("a")), name="a-plugin")
    host.block("a-plugin")
    assert dict(host.extractors) == {}
    assert statuses(host) == {"a-plugin": "blocked"}
    assert host.register(make_plugin(Nothing("a")), name="a-plugin") is None


# -- listing -----------------------------------------------------------------------------------


def test_plugin_info_lists_every_status(host: PluginHost, make_module: MakeModule) -> None:
    host.register(make_plugin(Nothing("b"), Nothing("a"), record_types=[Word]), name="letters")
    with pytest.warns(PluginWarning):
        host.register(Raising(), name="raising")
    host.block("quiet")
    host.register(make_plugin(Nothing("q")), name="quiet")
    letters, quiet, raising = plugins.plugin_info()
    assert letters == plugins.PluginInfo(
        name="letters",
        hooks=("newsfacts_extractors", "newsfacts_record_types"),
        extractors=("b", "a"),
        status="ok",
    )
    assert (quiet.name, quiet.status, quiet.extractors) == ("quiet", "blocked", ())
    assert raising.status == "failed: KeyError: 'settings'"
    assert isinstance(raising.error, KeyError)
    assert raising.hooks == ("newsfacts_extractors",)
    assert raising.as_dict() == {
        "name": "raising",
        "distribution": None,
        "version": None,
        "builtin": False,
        "hooks": ["newsfacts_extractors"],
        "extractors": [],
        "status": "failed: KeyError: 'settings'",
    }


def test_an_extractor_whose_name_property_raises_is_junk(host: PluginHost) -> None:
    class Moody:
        requires = ()

        @property
        def name(self) -> str:
            raise LookupError("no name today")

        def extract(self, article: Article, upstream: Mapping[str, tuple[Fact, ...]]) -> list[Fact]:
            return []

    with pytest.warns(PluginWarning, match="'moody' returned a bad extractor"):
        host.register(make_plugin(Moody(), name="moody"))
    assert host.info("moody").status.startswith("failed: ")
