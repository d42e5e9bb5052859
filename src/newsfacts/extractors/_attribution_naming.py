"""Naming a source phrase: the canonical name of the entity it mentions, every name of a joint
source, the owner of a document, or the phrase as its own description, with the kind of
source it is (``named``, ``anonymous``, ``report`` or ``other``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs

from newsfacts.article import Article
from newsfacts.extractors._attribution_vocabulary import (
    ANONYMOUS_HEADS,
    ANONYMOUS_MARKS,
    APOSTROPHE_S,
    DETERMINERS,
    DOCUMENT_NOUNS,
    QUALIFIERS,
    RELATIVE,
    REPORT_HEADS,
)
from newsfacts.extractors._attribution_words import Word, span_of, words
from newsfacts.records import Entity, Span

__all__ = ["Named", "SourceKind", "mentions_document", "name_source"]

SourceKind = Literal["named", "anonymous", "report", "other"]
# How far back a description's titled person may be named, in characters.
_TITLE_REACH = 3000


@attrs.frozen
class Named:
    """A source phrase named: canonical name, entity id, and what kind of source it is."""

    name: str
    entity: int | None
    kind: SourceKind


def name_source(article: Article, span: Span) -> Named:
    """The name of the source printed at ``span``.

    Every entity a joint source names is joined with `` and ``; a document or a medium named
    after its owner (``X's statement``, ``the State Department statement``) is named after the
    owner; a phrase without a name is its own description (``senior US officials``).
    """
    text = article.text
    phrase = words(text, span.start, span.end)
    head = _head(phrase)
    head_word = _head_noun(head)
    lowered = span.of(text).lower()
    kind: SourceKind = "other"
    if head_word.lower() in REPORT_HEADS:
        kind = "report"
    elif any(mark in lowered for mark in ANONYMOUS_MARKS) or head_word.lower() in ANONYMOUS_HEADS:
        kind = "anonymous"
    names = _entity_names(article, phrase, head) or _person_ending(article, span)
    if names:
        entity = names[0][1] if len(names) == 1 else None
        named_kind: SourceKind = "report" if kind == "report" else "named"
        return Named(" and ".join(name for name, _ in names), entity, named_kind)
    if kind != "report" and phrase and phrase[0][0] in ("the", "The"):
        titled = _titled_before(article, span, head_word.lower())
        if titled is not None:
            return Named(titled.name, titled.id, "named")
    return Named(_describe(text, span), None, kind)


def _person_ending(article: Article, span: Span) -> list[tuple[str, int]]:
    """``His father Jon Doe``, ``the head of the inquiry, Jon Doe``: a person's name that ends
    a source phrase names it, whatever describes them before."""
    if not article.entities:
        return []
    index = article.entity_index
    for mention in reversed(index.mentions_in(span)):
        if mention.span.end != span.end:
            continue
        if mention.entity is not None and mention.category == "person":
            return [(index.entity(mention.entity).name, mention.entity)]
    return []


def _titled_before(article: Article, span: Span, head_noun: str) -> Entity | None:
    """``the envoy`` that the entity layer left unresolved: the person last named before it
    whose titles hold ``envoy``."""
    if not head_noun.isalpha() or not article.entities:
        return None
    index = article.entity_index
    mentions = index.mentions_in(Span(start=max(0, span.start - _TITLE_REACH), end=span.start))
    for mention in reversed(mentions):
        if mention.entity is None or mention.category != "person":
            continue
        entity = index.entity(mention.entity)
        if any(head_noun in title.lower().split() for title in entity.titles):
            return entity
    return None


def _describe(text: str, span: Span) -> str:
    return " ".join(span.of(text).split()).strip(" ,")


def _head_noun(head: Sequence[Word]) -> str:
    """The noun heading a phrase: its last word before a qualifier (``sources close to``)."""
    for index, (token, _, _) in enumerate(head):
        if index and token.lower() in QUALIFIERS:
            return head[index - 1][0]
    return head[-1][0] if head else ""


def _head(phrase: Sequence[Word]) -> list[Word]:
    """The words of a phrase up to its first comma, relative clause or preposition."""
    head: list[Word] = []
    for token, start, end in phrase:
        if token in ",(" or token.lower() in RELATIVE or (head and token in ("that", "which")):
            break
        if token.lower() in {"for", "with", "from"} and head and head[-1][0][:1].islower():
            break
        if (
            token.lower() == "of"
            and head
            and (
                head[-1][0][:1].islower() or (len(head) == 1 and head[0][0].lower() in REPORT_HEADS)
            )
        ):
            break  # ``the head of the agency``, ``Video of the arrest``: the noun before ``of``
        if head and token.endswith("ed") and token.islower() and len(token) > 4:
            break  # ``a poll conducted in May``: the participle qualifies the head
        head.append((token, start, end))
    return head


def _entity_names(
    article: Article, phrase: Sequence[Word], head: Sequence[Word]
) -> list[tuple[str, int]]:
    """The entities a source's head names, when the head is made of their names.

    What is left of the head once its names are taken out may only be determiners, ``and``
    between names, or a document after its owner (``'s statement``, ``statement``): ``US
    officials`` names no source, ``Washington`` and ``the FBI and Kenyan police`` do.
    """
    if not head or not article.entities:
        return []
    index = article.entity_index
    head_span = span_of(head)
    mentions = [m for m in index.mentions_in(head_span) if m.entity is not None]
    if not mentions:
        containing = index.mention_at(head_span)
        if containing is None or containing.entity is None:
            return []
        if not containing.span.contains(head_span):
            return []
        mentions = [containing]
    text = article.text
    found: list[tuple[str, int]] = []
    # A mention that holds the whole head (``Mr Abbas`` around ``Abbas``) may start before it.
    covered = min(head_span.start, mentions[0].span.start)
    for mention in sorted(mentions, key=lambda m: (m.span.start, -m.span.end)):
        if mention.span.start < covered:
            continue  # a mention inside one already taken
        gap = text[covered : mention.span.start].lower().split()
        entity = index.entity(mention.entity)  # type: ignore[arg-type]
        if gap and gap[0] in APOSTROPHE_S and len(found) == 1:
            found = []  # ``the BBC's Paul Reynolds``: the owner names the speaker's employer
            gap = gap[1:]
        if found:
            if "and" not in gap or any(w not in DETERMINERS | {"and", ","} for w in gap):
                break
        elif any(word not in DETERMINERS for word in gap) and (
            entity.category == "place" or not all(word[:1].isalpha() for word in gap)
        ):
            break  # lower-case words before a person or organisation describe it
        found.append((entity.name, entity.id))
        covered = max(covered, mention.span.end)
    if not found:
        return []
    rest = text[covered : max(covered, head_span.end)]
    if rest.strip() and not _document_follows(rest):
        return []
    return list(dict.fromkeys(found))


def mentions_document(text: str, span: Span) -> bool:
    """Whether a source phrase holds a document's or a poll's noun anywhere (``a 2014 study
    by professor Jane Roe``), not only as its head."""
    return any(token.lower() in REPORT_HEADS for token, _, _ in words(text, span.start, span.end))


def _document_follows(rest: str) -> bool:
    """Whether ``rest`` is an owner's document (``'s statement``, `` joint statement``)."""
    rest = rest.strip()
    for mark in APOSTROPHE_S:
        if rest.startswith(mark):
            rest = rest[len(mark) :].strip()
    rest_words = rest.lower().split()
    return bool(rest_words) and rest_words[-1] in DOCUMENT_NOUNS and len(rest_words) <= 4
