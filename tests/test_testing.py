"""newsfacts.testing: the helpers plugin authors use in their own tests."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs
import pytest

import newsfacts
from newsfacts import plugins
from newsfacts.article import Article, parse
from newsfacts.errors import PluginError
from newsfacts.plugins import PluginHost
from newsfacts.records import Fact, Span
from newsfacts.testing import isolated_host, make_plugin, register_plugin, run_extractor

Upstream = Mapping[str, tuple[Fact, ...]]

STORY = "GENEVA (Reuters) - Negotiators met on Tuesday and will meet again on Thursday.\n"


@attrs.frozen(kw_only=True)
class HelperWeekday:
    span: Span
    text: str
    extractor: str = ""


@attrs.frozen(kw_only=True)
class HelperMeeting:
    span: Span
    day: str
    extractor: str = ""


class Weekdays:
    name = "weekdays"
    requires: tuple[str, ...] = ()

    def extract(self, article: Article, upstream: Upstream) -> Iterable[Fact]:
        # Last first, to show that the helpers sort by span.
        matches = list(re.finditer(r"\b(?:Tues|Thurs)day\b", article.text))
        for match in reversed(matches):
            yield HelperWeekday(span=Span(start=match.start(), end=match.end()), text=match.group())


class Meetings:
    name = "meetings"
    requires = ("weekdays",)

    def extract(self, article: Article, upstream: Upstream) -> Iterable[Fact]:
        for day in upstream["weekdays"]:
            assert isinstance(day, HelperWeekday)
            yield HelperMeeting(span=day.span, day=day.text)


class Broken:
    name = "broken"
    requires: tuple[str, ...] = ()

    def extract(self, article: Article, upstream: Upstream) -> Iterable[Fact]:
        return [object()]  # type: ignore[list-item]


# -- register_plugin ---------------------------------------------------------------------------


def test_register_plugin_lasts_for_the_with_block(host: PluginHost) -> None:
    with register_plugin(make_plugin(Weekdays()), name="days") as registered:
        assert registered is host
        assert plugins.get_host().provider("weekdays") == "days"
        facts = newsfacts.extract(STORY)
        assert [STORY[f.span.start : f.span.end] for f in facts] == ["Tuesday", "Thursday"]
    assert dict(host.extractors) == {}
    assert not host.manager.has_plugin("days")


def test_register_plugin_restores_the_host_after_an_error(host: PluginHost) -> None:
    with pytest.raises(ZeroDivisionError), register_plugin(make_plugin(Weekdays())):
        _ = 1 / 0
    assert dict(host.extractors) == {}
    assert host.plugin_info() == ()


def test_register_plugin_is_strict(host: PluginHost) -> None:
    class Raising:
        @newsfacts.hookimpl
        def newsfacts_extractors(self) -> list[object]:
            raise LookupError("no data file")

    with pytest.raises(PluginError, match="no data file") as raised, register_plugin(Raising()):
        pass
    assert isinstance(raised.value.__cause__, LookupError)


def test_register_plugin_uses_the_process_wide_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plugins, "build_host", lambda: PluginHost())
    with register_plugin(make_plugin(Weekdays())) as host:
        assert plugins.get_host() is host
        assert list(host.extractors) == ["weekdays"]
    assert plugins.get_host() is host
    assert dict(host.extractors) == {}


# -- isolated_host -----------------------------------------------------------------------------


def test_isolated_host_is_installed_and_then_put_back() -> None:
    outer = PluginHost()
    plugins.set_host(outer)
    with isolated_host(make_plugin(Weekdays(), name="days")) as inner:
        assert plugins.get_host() is inner
        assert inner is not outer
        assert inner.provider("weekdays") == "days"
    assert plugins.get_host() is outer


def test_isolated_host_ignores_environment_and_installed_plugins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    info = tmp_path / "newsfacts_installed-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Name: newsfacts-installed\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[newsfacts]\ninstalled = nf_not_importable\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(tmp_path)
    monkeypatch.setenv("NEWSFACTS_LOAD_PLUGINS", "nothing-by-this-name")
    # The process-wide host would warn twice here; the isolated one reads neither.
    with isolated_host(builtins=False) as host:
        assert host.plugin_info() == ()


def test_isolated_host_loads_builtins_unless_told_not_to(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "nf_testing_builtin.py").write_text(
        "import newsfacts\n"
        "class Days:\n"
        "    name, requires = 'days', ()\n"
        "    def extract(self, article, upstream):\n"
        "        return []\n"
        "@newsfacts.hookimpl\n"
        "def newsfacts_extractors():\n"
        "    return [Days()]\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(tmp_path)
    monkeypatch.setattr(plugins, "BUILTIN_PLUGINS", ("nf_testing_builtin",))
    with isolated_host() as host:
        assert list(host.extractors) == ["days"]
    with isolated_host(builtins=False) as host:
        assert list(host.extractors) == []


def test_isolated_host_rejects_a_broken_plugin() -> None:
    with pytest.raises(PluginError, match="is a class"), isolated_host(make_plugin(Weekdays)):
        pass


# -- run_extractor -----------------------------------------------------------------------------


def test_run_extractor_sorts_by_span_and_fills_the_extractor_field() -> None:
    facts = run_extractor(Weekdays(), STORY)
    assert [(f.extractor, STORY[f.span.start : f.span.end]) for f in facts] == [
        ("weekdays", "Tuesday"),
        ("weekdays", "Thursday"),
    ]


def test_run_extractor_takes_an_article() -> None:
    assert run_extractor(Weekdays(), parse(STORY)) == run_extractor(Weekdays(), STORY)


def test_run_extractor_uses_the_upstream_given() -> None:
    tuesday = STORY.index("Tuesday")
    day = HelperWeekday(span=Span(start=tuesday, end=tuesday + 7), text="Tuesday")
    (meeting,) = run_extractor(Meetings(), STORY, upstream={"weekdays": [day]})
    assert meeting == HelperMeeting(span=day.span, day="Tuesday", extractor="meetings")


def test_run_extractor_computes_upstream_with_requirement_plugins() -> None:
    facts = run_extractor(Meetings(), STORY, requirement_plugins=[make_plugin(Weekdays())])
    assert [f.day for f in facts] == ["Tuesday", "Thursday"]  # type: ignore[attr-defined]


def test_run_extractor_says_when_a_requirement_is_unavailable() -> None:
    with pytest.raises(ValueError, match="no extractor named 'weekdays'"):
        run_extractor(Meetings(), STORY)
    with pytest.raises(ValueError, match=r"upstream lacks .*'weekdays'"):
        run_extractor(Meetings(), STORY, upstream={})


def test_run_extractor_checks_the_protocol_and_the_records() -> None:
    with pytest.raises(TypeError, match="is a class"):
        run_extractor(Weekdays, STORY)  # type: ignore[arg-type]
    with pytest.raises(PluginError, match="'broken' returned a bad record: <object"):
        run_extractor(Broken(), STORY)


def test_run_extractor_does_not_touch_the_process_wide_host(host: PluginHost) -> None:
    run_extractor(Meetings(), STORY, requirement_plugins=[make_plugin(Weekdays())])
    assert plugins.get_host() is host
    assert host.plugin_info() == ()


# -- make_plugin -------------------------------------------------------------------------------


def test_make_plugin_provides_extractors_and_record_types(host: PluginHost) -> None:
    name = host.register(
        make_plugin(Weekdays(), Meetings(), record_types=[HelperWeekday, HelperMeeting])
    )
    assert name == "plugin:weekdays,meetings"
    info = host.info(name)
    assert info.extractors == ("weekdays", "meetings")
    assert info.hooks == ("newsfacts_extractors", "newsfacts_record_types")
    data = {"kind": "helper_meeting", "span": {"start": 0, "end": 1}, "day": "x"}
    assert newsfacts.from_dict(data) == HelperMeeting(span=Span(start=0, end=1), day="x")
