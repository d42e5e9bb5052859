"""newsfacts.extract: selection, requirements, checks on records, failures and ordering."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs
import pytest

import newsfacts
from newsfacts import extraction
from newsfacts.article import Article, parse
from newsfacts.errors import PluginError
from newsfacts.extraction import extract, graph_order
from newsfacts.plugins import PluginHost, PluginWarning
from newsfacts.records import Fact, Span
from newsfacts.testing import make_plugin

Upstream = Mapping[str, tuple[Fact, ...]]

STORY = "NAIROBI, Kenya (AP) — Talks resumed on Monday. Talks ended on Friday, officials said.\n"


@attrs.frozen(kw_only=True)
class Word:
    span: Span
    text: str
    extractor: str = ""


@attrs.frozen(kw_only=True)
class NoExtractorField:
    span: Span


@attrs.frozen
class Finder:
    """Finds every occurrence of ``word``."""

    name: str
    word: str
    requires: tuple[str, ...] = ()

    def extract(self, article: Article, upstream: Upstream) -> Iterable[Fact]:
        for match in re.finditer(re.escape(self.word), article.text):
            yield Word(span=Span(start=match.start(), end=match.end()), text=match.group())


@attrs.frozen
class Echo:
    """Copies the records of the extractors it requires, recording what it was given."""

    name: str
    requires: tuple[str, ...]
    seen: list[Upstream] = attrs.field(factory=list, eq=False)

    def extract(self, article: Article, upstream: Upstream) -> Iterable[Fact]:
        self.seen.append(upstream)
        return [
            Word(span=r.span, text=r.span.of(article.text)) for rs in upstream.values() for r in rs
        ]


@attrs.frozen
class Call:
    """Returns whatever ``function(article)`` returns."""

    name: str
    function: Callable[[Article], Any]
    requires: tuple[str, ...] = ()

    def extract(self, article: Article, upstream: Upstream) -> Any:
        return self.function(article)


def host_with(*extractors: object) -> PluginHost:
    """A host with one plugin per extractor, named ``<extractor>-plugin``."""
    host = PluginHost()
    for extractor in extractors:
        host.register(make_plugin(extractor, name=f"{extractor.name}-plugin"), strict=True)  # type: ignore[attr-defined]
    return host


def names_and_text(facts: Iterable[Fact]) -> list[tuple[str, str]]:
    return [(fact.extractor, STORY[fact.span.start : fact.span.end]) for fact in facts]


def boom(article: Article) -> list[Fact]:
    raise RuntimeError("boom")


# -- input and the empty case ------------------------------------------------------------------


def test_nothing_installed_returns_nothing_without_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_parse(*args: object, **kwargs: object) -> Article:
        raise AssertionError("parse() should not run")

    monkeypatch.setattr(extraction, "parse", no_parse)
    assert extract("x" * 1_000_000, host=PluginHost()) == ()


def test_the_process_wide_host_is_used_by_default(host: PluginHost) -> None:
    host.register(make_plugin(Finder("talks", "Talks")))
    assert names_and_text(newsfacts.extract(STORY)) == [("talks", "Talks"), ("talks", "Talks")]


def test_text_and_article_give_the_same_facts() -> None:
    host = host_with(Finder("talks", "Talks"))
    assert extract(STORY, host=host) == extract(parse(STORY), host=host)


def test_input_of_another_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="Article or str, not bytes"):
        extract(STORY.encode(), host=PluginHost())  # type: ignore[arg-type]


def test_the_collector_is_paused_while_extractors_run_and_restored_after() -> None:
    seen: list[bool] = []

    def probe(article: Article) -> list[Fact]:
        seen.append(gc.isenabled())
        return []

    host = host_with(Call("probe", probe))
    assert gc.isenabled()
    extract(STORY, host=host)
    assert seen == [False]
    assert gc.isenabled()
    with pytest.raises(PluginError):
        extract(STORY, host=host_with(Call("boom", boom)), strict=True)
    assert gc.isenabled()  # restored when an extractor raises too
    gc.disable()
    try:
        extract(STORY, host=host)
        assert not gc.isenabled()  # a collector the caller paused stays paused
    finally:
        gc.enable()
    assert seen == [False, False]


def test_every_span_slices_its_text() -> None:
    host = host_with(Finder("talks", "Talks"), Finder("days", "day"))
    facts = extract(STORY, host=host)
    assert len(facts) == 4
    for fact in facts:
        assert isinstance(fact, Word)
        assert STORY[fact.span.start : fact.span.end] == fact.text


# -- selection ---------------------------------------------------------------------------------


@pytest.fixture
def three() -> PluginHost:
    return host_with(Finder("talks", "Talks"), Finder("days", "day"), Finder("said", "said"))


@pytest.mark.parametrize(
    ("only", "exclude", "expected"),
    [
        (None, (), {"talks", "days", "said"}),
        (["talks", "said"], (), {"talks", "said"}),
        ("days", (), {"days"}),  # a single name as a string
        (None, ["days"], {"talks", "said"}),
        (None, "days", {"talks", "said"}),
        (["talks", "days"], ["days"], {"talks"}),  # exclude wins
        (["talks", "talks"], (), {"talks"}),
        ([], (), set()),
    ],
)
def test_only_and_exclude_select_extractors(
    three: PluginHost, only: list[str] | str | None, exclude: list[str] | str, expected: set[str]
) -> None:
    facts = extract(STORY, only=only, exclude=exclude, host=three)
    assert {fact.extractor for fact in facts} == expected


@pytest.mark.parametrize(("only", "exclude"), [(["talk"], ()), (None, ["said", "sayd"])])
def test_unknown_names_list_the_known_extractors(
    three: PluginHost, only: list[str] | None, exclude: list[str]
) -> None:
    with pytest.raises(
        ValueError, match=r"unknown extractor\(s\): '\w+'; known extractors: days, said, talks"
    ):
        extract(STORY, only=only, exclude=exclude, host=three)


def test_unknown_names_when_nothing_is_installed() -> None:
    with pytest.raises(ValueError, match="none are installed"):
        extract(STORY, only=["quotes"], host=PluginHost())


# -- requirements ------------------------------------------------------------------------------


def test_requirements_run_first_and_arrive_in_upstream() -> None:
    echo = Echo("echo", requires=("talks",))
    # Registered before what it requires: the order of registration does not matter.
    host = host_with(echo, Finder("talks", "Talks"), Finder("days", "day"))
    facts = extract(STORY, host=host)
    (upstream,) = echo.seen
    assert isinstance(upstream, MappingProxyType)  # read-only
    assert list(upstream) == ["talks"]  # only what it requires
    assert [STORY[r.span.start : r.span.end] for r in upstream["talks"]] == ["Talks", "Talks"]
    assert all(record.extractor == "talks" for record in upstream["talks"])
    assert [name for name, _ in names_and_text(facts)].count("echo") == 2


def test_a_chain_of_requirements_runs_in_order() -> None:
    last = Echo("last", requires=("middle",))
    middle = Echo("middle", requires=("first",))
    host = host_with(last, middle, Finder("first", "Friday"))
    facts = extract(STORY, only=["last"], host=host)
    assert names_and_text(facts) == [("last", "Friday")]
    assert list(middle.seen[0]) == ["first"]


def test_an_excluded_requirement_runs_but_its_records_are_not_returned() -> None:
    echo = Echo("echo", requires=("days",))
    host = host_with(echo, Finder("days", "day"), Finder("talks", "Talks"))
    facts = extract(STORY, exclude=["days"], host=host)
    assert {name for name, _ in names_and_text(facts)} == {"echo", "talks"}
    assert len(echo.seen[0]["days"]) == 2


def test_a_requirement_runs_once_for_several_dependents() -> None:
    calls: list[str] = []

    def counted(article: Article) -> list[Fact]:
        calls.append(article.text)
        return []

    host = host_with(Call("base", counted), Echo("a", ("base",)), Echo("b", ("base",)))
    extract(STORY, host=host)
    assert len(calls) == 1


def test_a_missing_requirement_skips_the_extractor_with_a_warning() -> None:
    host = host_with(Echo("echo", requires=("quotes",)), Finder("talks", "Talks"))
    with pytest.warns(
        PluginWarning, match="'echo' .plugin 'echo-plugin'. requires 'quotes', which no"
    ):
        facts = extract(STORY, host=host)
    assert {fact.extractor for fact in facts} == {"talks"}


def test_a_missing_requirement_of_a_named_extractor_is_an_error() -> None:
    host = host_with(Echo("echo", requires=("quotes",)), Finder("talks", "Talks"))
    with pytest.raises(PluginError, match=r"'echo' .* requires 'quotes'"):
        extract(STORY, only=["echo"], host=host)


def test_a_missing_requirement_is_an_error_when_strict() -> None:
    host = host_with(Echo("echo", requires=("quotes",)), Finder("talks", "Talks"))
    with pytest.raises(PluginError, match="requires 'quotes'"):
        extract(STORY, strict=True, host=host)


def test_a_cycle_is_named_and_skipped_with_its_dependents() -> None:
    host = host_with(
        Echo("a", ("b",)), Echo("b", ("a",)), Echo("c", ("a",)), Finder("talks", "Talks")
    )
    with pytest.warns(PluginWarning) as caught:
        facts = extract(STORY, host=host)
    messages = sorted(str(warning.message) for warning in caught)
    assert len(messages) == 3
    assert "'a' (plugin 'a-plugin') is part of a circular requirement" in messages[0]
    assert "'b' (plugin 'b-plugin') is part of a circular requirement" in messages[1]
    assert "'c' (plugin 'c-plugin') requires 'a', which cannot run" in messages[2]
    assert {fact.extractor for fact in facts} == {"talks"}


def test_an_extractor_requiring_itself_is_a_cycle() -> None:
    host = host_with(Echo("self", ("self",)))
    with pytest.raises(PluginError, match="circular requirement: 'self' -> 'self'"):
        extract(STORY, strict=True, host=host)


def test_graph_order_puts_requirements_first_and_breaks_ties_by_name() -> None:
    graph = {"z": ["b"], "b": ["a"], "a": [], "c": []}
    assert graph_order(graph) == ("a", "c", "b", "z")


# -- failures while extracting -----------------------------------------------------------------


def test_an_extractor_that_raises_is_named_and_skipped() -> None:
    host = host_with(Call("broken", boom), Finder("talks", "Talks"))
    with pytest.warns(PluginWarning) as caught:
        facts = extract(STORY, host=host)
    (warning,) = caught
    assert str(warning.message) == (
        "newsfacts extractor 'broken' (plugin 'broken-plugin') failed: RuntimeError: boom; "
        "it was skipped"
    )
    assert isinstance(warning.message, PluginWarning)
    assert isinstance(warning.message.error, RuntimeError)
    assert warning.message.plugin == "broken-plugin"
    assert {fact.extractor for fact in facts} == {"talks"}


def test_an_extractor_that_raises_is_an_error_when_strict() -> None:
    host = host_with(Call("broken", boom), Finder("talks", "Talks"))
    with pytest.raises(PluginError, match=r"'broken' .* failed: RuntimeError: boom") as raised:
        extract(STORY, strict=True, host=host)
    assert isinstance(raised.value.__cause__, RuntimeError)


def test_dependents_of_a_failed_extractor_are_skipped() -> None:
    host = host_with(Call("broken", boom), Echo("echo", ("broken",)))
    with pytest.warns(PluginWarning) as caught:
        assert extract(STORY, host=host) == ()
    messages = [str(warning.message) for warning in caught]
    assert "'echo' (plugin 'echo-plugin') requires 'broken', which failed" in messages[1]


def half_then_raise(article: Article) -> Iterable[Fact]:
    yield Word(span=Span(start=0, end=7), text="NAIROBI")
    raise ValueError("lazy failure")


@pytest.mark.parametrize(
    ("function", "problem"),
    [
        (lambda article: None, "returned None, not an iterable of records"),
        (lambda article: "NAIROBI", "returned 'NAIROBI', not an iterable"),
        (lambda article: [("NAIROBI", 0, 7)], "('NAIROBI', 0, 7) is not an attrs record"),
        (lambda article: [Span(start=0, end=7)], "has no Span in its 'span' field"),
        (lambda article: [NoExtractorField(span=Span(start=0, end=7))], "no 'extractor' field"),
        (
            lambda article: [Word(span=Span(start=0, end=10_000), text="")],
            "lies beyond the text",
        ),
        (half_then_raise, "ValueError: lazy failure"),
    ],
)
def test_junk_records_reject_the_whole_output(
    function: Callable[[Article], Any], problem: str
) -> None:
    host = host_with(Call("junk", function), Finder("talks", "Talks"))
    with pytest.warns(PluginWarning, match="'junk'") as caught:
        facts = extract(STORY, host=host)
    assert problem in str(caught[0].message)
    assert {fact.extractor for fact in facts} == {"talks"}
    with pytest.raises(PluginError, match=re.escape(problem)):
        extract(STORY, strict=True, host=host)


def test_the_extractor_field_is_set_to_the_extractor_name() -> None:
    def mislabelled(article: Article) -> list[Fact]:
        return [Word(span=Span(start=0, end=7), text="NAIROBI", extractor="someone-else")]

    host = host_with(Call("places", mislabelled))
    (fact,) = extract(STORY, host=host)
    assert fact == Word(span=Span(start=0, end=7), text="NAIROBI", extractor="places")


def test_strict_raises_for_a_plugin_that_failed_to_load() -> None:
    class Raising:
        @newsfacts.hookimpl
        def newsfacts_extractors(self) -> list[object]:
            raise KeyError("settings")

    host = host_with(Finder("talks", "Talks"))
    with pytest.warns(PluginWarning):
        host.register(Raising(), name="raising")
    assert len(extract(STORY, host=host)) == 2
    with pytest.raises(PluginError, match="'raising' failed to load") as raised:
        extract(STORY, strict=True, host=host)
    assert isinstance(raised.value.__cause__, KeyError)


# -- ordering ----------------------------------------------------------------------------------


def test_output_is_sorted_by_span_whatever_the_registration_order() -> None:
    extractors = [Finder("talks", "Talks"), Finder("days", "day"), Finder("t", "T")]
    forward = extract(STORY, host=host_with(*extractors))
    backward = extract(STORY, host=host_with(*reversed(extractors)))
    assert forward == backward
    spans = [(fact.span.start, fact.span.end) for fact in forward]
    assert spans == sorted(spans)
    # Same start: the shorter span first.
    assert names_and_text(forward)[:3] == [("t", "T"), ("talks", "Talks"), ("days", "day")]


def test_equal_spans_sort_by_extractor_name_then_keep_their_order() -> None:
    def two_at_zero(article: Article) -> list[Fact]:
        return [
            Word(span=Span(start=0, end=7), text="second"),
            Word(span=Span(start=0, end=7), text="first"),
        ]

    host = host_with(Call("b", two_at_zero), Call("a", two_at_zero))
    facts = extract(STORY, host=host)
    assert [(fact.extractor, fact.text) for fact in facts] == [  # type: ignore[attr-defined]
        ("a", "second"),
        ("a", "first"),
        ("b", "second"),
        ("b", "first"),
    ]


# -- plans are cached per host -----------------------------------------------------------------


def test_a_plugin_registered_later_is_used_by_the_next_call() -> None:
    host = host_with(Finder("talks", "Talks"))
    assert {fact.extractor for fact in extract(STORY, host=host)} == {"talks"}
    host.register(make_plugin(Echo("echo", ("talks",))))
    assert {fact.extractor for fact in extract(STORY, host=host)} == {"talks", "echo"}
    host.unregister("plugin:echo")
    assert {fact.extractor for fact in extract(STORY, host=host)} == {"talks"}


def test_problems_are_reported_on_every_call() -> None:
    host = host_with(Echo("echo", requires=("quotes",)))
    for _ in range(2):
        with pytest.warns(PluginWarning, match="requires 'quotes'"):
            assert extract(STORY, host=host) == ()
