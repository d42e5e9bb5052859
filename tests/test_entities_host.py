"""The entity layer's plumbing: recognizer plugins, fallback, caching and lookups by span."""

from __future__ import annotations

import pickle

import pytest

import newsfacts
from newsfacts import plugins, serialize
from newsfacts.entities import EntityIndex
from newsfacts.records import Entity, Mention, Span
from newsfacts.testing import isolated_host

STORY = "WASHINGTON (AP) — Jane Roe met the press. She spoke briefly."


class _NameRecognizer:
    """Recognizes exactly the words given, as people; counts its calls."""

    def __init__(self, *names: str) -> None:
        self.names = names
        self.calls = 0

    def recognize(self, article: newsfacts.Article) -> list[Mention]:
        self.calls += 1
        found = []
        for name in self.names:
            start = article.text.find(name)
            if start >= 0:
                span = Span(start=start, end=start + len(name))
                found.append(Mention(span=span, text=name, category="person", name=name))
        return found


class _RecognizerPlugin:
    def __init__(self, recognizer: object) -> None:
        self.recognizer = recognizer

    @newsfacts.hookimpl
    def newsfacts_recognizer(self) -> object:
        return self.recognizer


class _Broken:
    def recognize(self, article: newsfacts.Article) -> list[Mention]:
        raise RuntimeError("model not found")


def test_the_builtin_recognizer_is_a_listed_plugin() -> None:
    names = {info.name: info for info in newsfacts.plugin_info()}
    builtin = names["newsfacts.entities.builtin"]
    assert builtin.builtin
    assert builtin.hooks == ("newsfacts_recognizer",)


def test_a_plugin_recognizer_replaces_the_builtin_one() -> None:
    recognizer = _NameRecognizer("Jane Roe")
    with isolated_host(_RecognizerPlugin(recognizer)):
        article = newsfacts.parse(STORY)
        mentions = [m for m in article.mentions if m.text == "Jane Roe"]
        assert len(mentions) == 1
        assert all(m.text in {"Jane Roe"} for m in article.mentions if m.category == "person")
    assert recognizer.calls == 1


def test_entities_are_computed_once_per_article() -> None:
    recognizer = _NameRecognizer("Jane Roe")
    with isolated_host(_RecognizerPlugin(recognizer)):
        article = newsfacts.parse(STORY)
        first = article.entities
        assert article.entities is first
        assert article.mentions is article.entity_index.mentions
    assert recognizer.calls == 1


def test_a_failing_recognizer_is_named_and_the_builtin_is_used() -> None:
    with isolated_host(_RecognizerPlugin(_Broken())) as host:
        article = newsfacts.parse(STORY)
        with pytest.warns(plugins.PluginWarning, match="recognizer failed: RuntimeError"):
            article.entity_index  # noqa: B018 (the property does the work)
        assert host.recognizers()[-1][0] == "newsfacts.entities.builtin"


def test_a_recognizer_returning_junk_is_rejected_the_same_way() -> None:
    class Junk:
        def recognize(self, article: newsfacts.Article) -> list[str]:
            return ["Jane Roe"]

    with isolated_host(_RecognizerPlugin(Junk())):
        article = newsfacts.parse(STORY)
        with pytest.warns(plugins.PluginWarning, match="not Mention"):
            article.entity_index  # noqa: B018


def test_the_cache_is_not_data() -> None:
    with isolated_host(_RecognizerPlugin(_NameRecognizer("Jane Roe"))):
        article = newsfacts.parse(STORY)
        fresh = newsfacts.parse(STORY)
        article.entities  # noqa: B018
    assert article == fresh
    assert hash(article) == hash(fresh)
    assert "_derived" not in serialize.to_dict(article)
    assert serialize.from_json(serialize.to_json(article)) == article
    assert pickle.loads(pickle.dumps(article)) == article


def _index() -> EntityIndex:
    def mention(start: int, end: int, entity: int | None) -> Mention:
        return Mention(
            span=Span(start=start, end=end),
            text="x" * (end - start),
            category="person",
            entity=entity,
            resolution="name" if entity is not None else "unresolved",
        )

    roe = Entity(id=0, span=Span(start=18, end=26), category="person", name="Jane Roe")
    return EntityIndex.build([roe], [mention(41, 44, 0), mention(18, 26, 0), mention(50, 53, None)])


def test_the_index_finds_entities_by_span() -> None:
    index = _index()
    assert [m.span.start for m in index.mentions] == [18, 41, 50]
    assert index.entity_at(Span(start=20, end=22)).name == "Jane Roe"  # inside a mention
    assert index.entity_at(Span(start=41, end=44)).name == "Jane Roe"
    assert index.entity_at(Span(start=50, end=53)) is None  # unresolved
    assert index.entity_at(Span(start=0, end=3)) is None
    assert [m.span.start for m in index.mentions_in(Span(start=0, end=45))] == [18, 41]
    with pytest.raises(KeyError):
        index.entity(7)


def test_the_smallest_mention_containing_a_span_wins() -> None:
    text = "US Ambassador to the Philippines Sung Kim"
    person = Mention(
        span=Span(start=0, end=len(text)),
        text=text,
        category="person",
        entity=0,
        resolution="name",
    )
    place = Mention(
        span=Span(start=21, end=32),
        text="Philippines",
        category="place",
        entity=1,
        resolution="name",
    )
    kim = Entity(id=0, span=person.span, category="person", name="Sung Kim")
    philippines = Entity(id=1, span=place.span, category="place", name="Philippines")
    index = EntityIndex.build([kim, philippines], [person, place])
    assert index.entity_at(Span(start=21, end=32)).name == "Philippines"
    assert index.entity_at(Span(start=25, end=28)).name == "Philippines"
    assert index.entity_at(Span(start=33, end=41)).name == "Sung Kim"
    # A span that holds both: the largest mention inside it.
    assert index.entity_at(Span(start=0, end=len(text))).name == "Sung Kim"


def test_when_even_the_builtin_recognizer_fails_the_article_has_no_entities(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsfacts.entities import mentions

    def broken(self: object, article: newsfacts.Article) -> list[Mention]:
        raise RuntimeError("bug")

    monkeypatch.setattr(mentions.RuleRecognizer, "recognize", broken)
    article = newsfacts.parse(STORY)
    with pytest.warns(plugins.PluginWarning, match="recognizer failed: RuntimeError: bug"):
        assert article.entities == ()
