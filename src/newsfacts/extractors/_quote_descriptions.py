"""Who a quotation's speaker phrase names when it is no name the entity layer linked.

The entity layer links names, pronouns and the descriptions it knows; a speaker phrase may
still be one of these, read here against the story's entities:

- ``the 34-year-old``: the person printed with that age (``Jo Roe, 34,``);
- ``the daughter``, ``the treasurer``: the person the story introduced with that noun
  (``her daughter, Lucy Chan,``, ``Paul Ng, the festival's treasurer,``), when no other person
  has been named since;
- ``Roe's statement``, ``the company's letter``: the document's named owner;
- ``Henning`` alone, which the recognizer did not read as a mention: the one person of the
  story with that surname.

Each search looks at a bounded stretch of text before the phrase, so it is linear.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from newsfacts import cues as _cues
from newsfacts.article import Article
from newsfacts.entities.lexicon import NAME_SUFFIXES as _SUFFIXES
from newsfacts.extractors._quote_words import _OWNER
from newsfacts.records import Entity, Span

__all__ = [
    "AGE_WORD",
    "age_of",
    "aged_person",
    "document_owner",
    "introduced_person",
    "introduces",
    "role_without_complement",
    "surname_index",
]

# ``the 34-year-old``, ``the 71-year-old woman``; an age printed after a name (``Jo Roe, 34,``).
_AGED = regex.compile(r"(?i)the\s+(\d{1,3})[-\s]year[-\s]old(?:\s+(\w+))?\Z")
_AGE_AFTER = regex.compile(r",[^\S\n]*(\d{1,3})\b")
_AGE_GENDERS = {"man": "male", "boy": "male", "woman": "female", "girl": "female"}
# An age before a name set in apposition (``the accused, 45-year-old Greg Olson``).
AGE_WORD = regex.compile(r"\d{1,3}-year-old\Z")
# A title's complement: ``MP for Kingston`` is an ``MP``.
_TITLE_COMPLEMENT = regex.compile(r"\s+(?:for|of|at|in|to|with|from)\s+")
# A person named right after the noun that introduces them (``her daughter, Lucy Chan``), and
# the apposition after a name that ends with the noun (``Paul Ng, the festival's treasurer``).
_NAME_FOLLOWS = regex.compile(r",[^\S\n]+(?:\d{1,3}-year-old[^\S\n]+)?(?=\p{Lu})")
_APPOSITION_LEAD = regex.compile(
    r",[^\S\n]+(?:a|an|the|his|her|their|its|our|[\p{L}.\-]+['\u2019]s?)[^\S\n]"
    r"[^.;:!?\"\u201c\u201d\u00ab\u00bb\u201e\u2033\n,]{0,60}\Z"
)
# ``a retired teacher``, ``another teacher``: up to two modifiers after the article.
_INDEFINITE_BEFORE = regex.compile(
    r"(?i)\b(?:a|an|another|one)[^\S\n]+(?:[\p{L}\-]+[^\S\n]+){0,2}\Z"
)
# ``the teacher in the next room``: a complement that sets someone new apart.
_COMPLEMENT_AFTER = regex.compile(r"[^\S\n]+(?:in|at|from|of|next|who)\b")
_APPOSITION_REACH = 80  # characters between a name's end and the noun of its apposition
_AGE_REACH = 24  # characters after a name where its age is printed


def age_of(phrase: str) -> tuple[str, str | None] | None:
    """The age a description gives (``the 34-year-old`` -> 34) and the gender its noun tells
    (``the 71-year-old woman`` -> female), or ``None`` for any other phrase."""
    match = _AGED.match(phrase)
    if match is None:
        return None
    return match.group(1), _AGE_GENDERS.get((match.group(2) or "").lower())


def aged_person(article: Article, age: str, span: Span, reach: int) -> Entity | None:
    """The last person printed with ``age`` after their name (``Jo Roe, 34,``) within
    ``reach`` characters before ``span``."""
    text = article.text
    index = article.entity_index
    for mention in reversed(
        index.mentions_in(Span(start=max(0, span.start - reach), end=span.start))
    ):
        if mention.entity is None or mention.category != "person":
            continue
        found = _AGE_AFTER.match(text, mention.span.end, mention.span.end + _AGE_REACH)
        if found is not None and found.group(1) == age:
            return index.entity(mention.entity)
    return None


def introduced_person(article: Article, head: str, span: Span, reach: int) -> Entity | None:
    """The person the story introduced with the noun ``head`` (its last use within ``reach``
    characters before ``span``), when no other person has been named since."""
    text = article.text
    index = article.entity_index
    low = max(0, span.start - reach)
    at = span.start
    while (at := text.rfind(head, low, at)) >= 0:
        end = at + len(head)
        if text[at - 1 : at].isalpha() or text[end : end + 1].isalpha():
            continue
        named = _NAME_FOLLOWS.match(text, end, end + 40)
        if named is not None:
            following = index.mentions_in(Span(start=named.end(), end=named.end() + 60))
            if following and following[0].span.start == named.end():
                return _latest_person(article, following[0].entity, following[0].span.end, span)
        lead = text.rfind(",", max(low, at - _APPOSITION_REACH), at)
        if lead >= 0 and _APPOSITION_LEAD.match(text, lead, at) and not _speaks_next(text, end):
            before = index.mentions_in(Span(start=max(0, lead - 60), end=lead))
            if before and before[-1].span.end == lead:
                return _latest_person(article, before[-1].entity, lead, span)
    return None


# The word right after a noun (``a Treasury spokesman said.``).
_NEXT_WORD = regex.compile(r"[^\S\n]+([a-z]+)")


def _speaks_next(text: str, end: int) -> bool:
    """Whether a verb of saying follows the noun ending at ``end``: ``Jo Roe, a spokesman
    said.`` is a spokesman reporting on Jo Roe, no apposition naming him."""
    word = _NEXT_WORD.match(text, end, end + 20)
    return word is not None and _cues.lemma_of(word.group(1)) is not None


def _latest_person(
    article: Article, entity_id: int | None, since: int, span: Span
) -> Entity | None:
    """The person ``entity_id`` when no other person is named between ``since`` and ``span``
    (``Spindler's father, Joseph, [...] the family of a 35-year-old man [...] the father``:
    another father), unless the person was introduced in the paragraph before or this one."""
    if entity_id is None:
        return None
    index = article.entity_index
    entity = index.entity(entity_id)
    if entity.category != "person":
        return None
    paragraphs = article.paragraphs
    between = bisect.bisect_right(
        paragraphs, span.start, key=lambda paragraph: paragraph.span.start
    ) - bisect.bisect_right(paragraphs, since, key=lambda paragraph: paragraph.span.start)
    if between <= 1:
        return entity  # (``said Jo Roe, a nurse. Her colleague Tim Ng agreed. [...] the nurse``)
    for other in index.mentions_in(Span(start=since, end=span.start)):
        if (
            other.entity is not None
            and other.entity != entity_id
            and index.entity(other.entity).category == "person"
        ):
            return None
    return entity


def introduces(text: str, head: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` introduces someone new with the noun ``head`` (``a
    teacher``, ``another retired teacher``, ``The teacher in the next room``)."""
    at = end
    while (at := text.rfind(head, start, at)) >= 0:
        after = at + len(head)
        if text[at - 1 : at].isalpha() or text[after : after + 1].isalpha():
            continue
        if _INDEFINITE_BEFORE.search(text, max(start, at - 40), at) or _COMPLEMENT_AFTER.match(
            text, after, after + 8
        ):
            return True
    return False


def document_owner(
    article: Article, span: Span, words: Sequence[tuple[str, int, int]]
) -> Entity | None:
    """The person or organisation a possessive gives the document at ``span`` to (``Roe's
    statement``, ``the company's letter``): a document's words are its owner's."""
    text = article.text
    for mention in article.entity_index.mentions_in(span):
        if mention.entity is None or not _OWNER.match(text, mention.span.end):
            continue
        if any(
            word.lower() not in ("the", "a")
            for word, start, _ in words
            if start < mention.span.start
        ):
            return None
        entity = article.entity_index.entity(mention.entity)
        return entity if entity.category in ("person", "organization") else None
    return None


def role_without_complement(title: str) -> list[str]:
    """A title's words before its complement: ``Liberal MP for Kingston`` -> Liberal MP."""
    return _TITLE_COMPLEMENT.split(title, 1)[0].split()


def surname_index(article: Article) -> dict[str, list[Entity]]:
    """The people of the story named with two words or more, by their last word."""
    found: dict[str, list[Entity]] = {}
    for entity in article.entities:
        # ``Robert Miller Jr`` is ``Miller``: a suffix is no surname.
        words = [word for word in entity.name.split() if word.lower().strip(".") not in _SUFFIXES]
        if entity.category == "person" and len(words) >= 2:
            found.setdefault(words[-1], []).append(entity)
    return found
