"""Who and what an article talks about: mentions grouped into entities.

The layer runs in two steps. A *recognizer* finds :class:`~newsfacts.records.Mention` records:
names of people, organisations and places with their titles, pronouns and definite
descriptions. The built-in one is rule-based (:mod:`newsfacts.entities.mentions`); a plugin
may supply another through the ``newsfacts_recognizer`` hook. Then
:mod:`newsfacts.entities.coref` groups the mentions into :class:`~newsfacts.records.Entity`
records and resolves pronouns and descriptions with explainable rules.

Extractors reach the result through the article: ``article.entities``,
``article.mentions`` and ``article.entity_at(span)``, computed once per article on first use.
"""

from __future__ import annotations

import bisect
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs

from newsfacts._collector import collector_paused
from newsfacts.records import Entity, Mention, Span

if TYPE_CHECKING:
    from newsfacts.article import Article

__all__ = ["EntityIndex", "Recognizer", "analyze"]


@runtime_checkable
class Recognizer(Protocol):
    """Finds mentions of people, organisations and places in an article."""

    def recognize(self, article: Article) -> Iterable[Mention]:
        """Return the article's mentions, unresolved (``entity`` left ``None``)."""
        ...


@attrs.frozen(kw_only=True)
class EntityIndex:
    """An article's entities and resolved mentions, with lookups by span and by id."""

    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    _starts: tuple[int, ...] = attrs.field(repr=False, eq=False)

    @classmethod
    def build(cls, entities: Iterable[Entity], mentions: Iterable[Mention]) -> EntityIndex:
        """Index ``mentions`` (sorted by span) and ``entities`` (by id)."""
        ordered = tuple(
            sorted(mentions, key=lambda mention: (mention.span.start, mention.span.end))
        )
        return cls(
            entities=tuple(sorted(entities, key=lambda entity: entity.id)),
            mentions=ordered,
            starts=tuple(mention.span.start for mention in ordered),
        )

    def entity(self, entity_id: int) -> Entity:
        """The entity with ``entity_id`` (``KeyError`` when there is none)."""
        # Ids are usually 0..n-1 in order (the built-in coreference numbers them so): try the
        # position first, and fall back to a scan for a recognizer plugin that numbers freely.
        if 0 <= entity_id < len(self.entities) and self.entities[entity_id].id == entity_id:
            return self.entities[entity_id]
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def mentions_in(self, span: Span) -> tuple[Mention, ...]:
        """The mentions that lie inside ``span``, in text order."""
        low = bisect.bisect_left(self._starts, span.start)
        high = bisect.bisect_left(self._starts, span.end)
        end = span.end
        # A list first: ``tuple`` of a generator costs twice as much (this runs per phrase).
        return tuple([m for m in self.mentions[low:high] if m.span.end <= end])

    def mention_at(self, span: Span) -> Mention | None:
        """The resolved mention that best covers ``span``.

        The smallest mention containing ``span`` wins (a place inside a person's titles, such
        as *the Philippines* in *US Ambassador to the Philippines Sung Kim*, is the place);
        then the smallest one inside ``span``; then the first one overlapping it.
        """
        # Mentions are short and nest shallowly: look at a few around the insertion point.
        position = bisect.bisect_right(self._starts, span.start)
        containing: Mention | None = None
        inside: Mention | None = None
        overlapping: Mention | None = None
        for mention in self.mentions[max(0, position - 8) : position + 8]:
            if mention.entity is None or not mention.span.overlaps(span):
                continue
            if mention.span.contains(span):
                if containing is None or len(mention.span) < len(containing.span):
                    containing = mention
            elif span.contains(mention.span):
                if inside is None or len(mention.span) > len(inside.span):
                    inside = mention
            elif overlapping is None:
                overlapping = mention
        return containing or inside or overlapping

    def entity_at(self, span: Span) -> Entity | None:
        """The entity a mention at ``span`` refers to, or ``None``."""
        mention = self.mention_at(span)
        return None if mention is None or mention.entity is None else self.entity(mention.entity)


def analyze(article: Article) -> EntityIndex:
    """Find and resolve the entities of ``article`` with the winning recognizer."""
    with collector_paused():  # why: see newsfacts._collector
        return _analyze(article)


def _analyze(article: Article) -> EntityIndex:
    from newsfacts.entities import coref
    from newsfacts.entities.mentions import RuleRecognizer

    candidates = list(_plugin_recognizers())
    if not any(isinstance(recognizer, RuleRecognizer) for _, recognizer in candidates):
        candidates.append(("newsfacts.entities.builtin", RuleRecognizer()))
    # A recognizer that fails is named and the next one is tried; when even the built-in fails
    # the article simply has no entities: a broken recognizer never takes an extraction down.
    mentions: tuple[Mention, ...] = ()
    for plugin_name, recognizer in candidates:
        try:
            mentions = tuple(recognizer.recognize(article))
            # The built-in recognizer's mentions are checked by its tests, not per article.
            if type(recognizer) is not RuleRecognizer:
                _check_mentions(mentions, len(article.text))
        except Exception as error:
            from newsfacts.plugins import PluginWarning

            warnings.warn(
                PluginWarning(
                    f"plugin {plugin_name!r}: recognizer failed: {type(error).__name__}: "
                    f"{error}; using the next recognizer",
                    plugin=plugin_name,
                    error=error,
                ),
                stacklevel=2,
            )
            mentions = ()
            continue
        break
    entities, resolved = coref.resolve(article, mentions)
    return EntityIndex.build(entities, resolved)


def _plugin_recognizers() -> tuple[tuple[str, Recognizer], ...]:
    from newsfacts import plugins

    return plugins.get_host().recognizers()


def _check_mentions(mentions: tuple[Mention, ...], text_length: int) -> None:
    for mention in mentions:
        if not isinstance(mention, Mention):
            raise TypeError(f"recognize() returned {type(mention).__name__}, not Mention")
        if mention.span.end > text_length:
            raise ValueError(f"mention span {mention.span} lies past the end of the text")
