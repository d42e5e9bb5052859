"""The state of one coreference pass: entities so far, the maps they are found by, the layout.

:class:`_ResolverState` links each mention to its entity and keeps the per-name, per-role and
last-seen maps that the rules for people, bodies, pronouns and descriptions look things up in.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from newsfacts.entities import lexicon
from newsfacts.entities._coref_names import (
    _HONORIFICS,
    _NOMINATIVE,
    _country_of,
    _Entity,
    _key,
    _name_words,
    _roles,
    _title_gender,
    _words,
)
from newsfacts.records import EntityCategory, Mention, Resolution

if TYPE_CHECKING:
    from newsfacts.article import Article

# A name after one of these stands in a fronted or prepositional phrase, not as the subject
# (``Unlike Roe, he ...``): the lexicon's prepositions and a few that open contrasts.
_PREPOSITIONS = lexicon.PREPOSITIONS | _words("unlike besides except despite beside amid upon")

# Plural nouns that make a name before them a modifier: ``Embassy staff``, ``Kenyan police``.
_GROUP_NOUN_AFTER = regex.compile(
    r"\s+(?:staff|officials|employees|workers|members|troops|forces|officers|sources|aides"
    r"|executives|leaders|lawyers|agents|police|spokesm[ae]n|spokeswom[ae]n|authorities)\b"
)

_POSSESSIVE_AFTER = regex.compile(r"['\u2019]s?\b")

# Searched backwards (``(?r)``): the match ends at the window's end, so start there.
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}]+)[^\p{L}\p{N}]*\Z")

# How many sentences after a story's opening role its holder may be named (see
# ``_ResolverState.claim_lead``).
_LEAD_REACH = 2

# How many people a sentence remembers for the pronouns of the next ones (its first ones).
_PEOPLE_PER_SENTENCE = 4

_POSSESSIVE_PRONOUNS = _words("his her hers its their theirs")


@dataclass
class _Seen:
    """A resolved mention, as pronouns look back at it."""

    entity: int
    sentence: int | None
    paragraph: int | None
    quoted: bool


class _Layout:
    """Where a position lies: its sentence, paragraph, and whether inside quotation marks."""

    def __init__(self, article: Article) -> None:
        self.sentences = article.sentences
        self._sentence_starts = [sentence.span.start for sentence in self.sentences]
        self._quotes = _quotation_spans(article)
        self._quote_starts = [start for start, _ in self._quotes]
        # Furniture between paragraphs (``Story continues below advertisement.``, a lone
        # ``.``) is no text a pronoun reaches over: such sentences are ``furniture`` and take
        # no paragraph number of their own (``_paragraphs``: the story's paragraph number of
        # each sentence, counting only paragraphs with text).
        text = article.text
        self.furniture: frozenset[int] = frozenset()
        if _may_hold_furniture(text):  # most stories have none: a quick scan
            self.furniture = frozenset(
                index
                for index, sentence in enumerate(self.sentences)
                if sentence.span.end - sentence.span.start <= _FURNITURE_LONGEST
                and _FURNITURE.fullmatch(text, sentence.span.start, sentence.span.end)
            )
        self._paragraphs: list[int] | None = None  # as printed, in most stories
        if self.furniture:
            self._paragraphs = []
            number, last = -1, None
            for index, sentence in enumerate(self.sentences):
                if sentence.paragraph != last and index not in self.furniture:
                    number, last = number + 1, sentence.paragraph
                self._paragraphs.append(max(number, 0))

    def sentence(self, position: int) -> int | None:
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        if index >= 0 and position < self.sentences[index].span.end:
            return index
        return None

    def paragraph(self, sentence: int | None) -> int | None:
        return None if sentence is None else self.paragraph_at(sentence)

    def paragraph_at(self, sentence: int) -> int:
        """The paragraph number of a sentence (see ``_paragraphs``)."""
        if self._paragraphs is None:
            return self.sentences[sentence].paragraph
        return self._paragraphs[sentence]

    def earlier_sentences(self, sentence: int, count: int) -> list[int]:
        """Up to ``count`` sentences before ``sentence``, nearest first, furniture skipped."""
        found: list[int] = []
        earlier = sentence - 1
        while earlier >= 0 and len(found) < count:
            if earlier not in self.furniture:
                found.append(earlier)
            earlier -= 1
        return found

    def quoted(self, position: int) -> bool:
        index = bisect.bisect_right(self._quote_starts, position) - 1
        return index >= 0 and position < self._quotes[index][1]

    def locate(self, position: int) -> tuple[int | None, int | None, bool]:
        """``sentence``, ``paragraph`` and ``quoted`` at once, for every mention."""
        # ``sentence`` and ``quoted`` written out: this runs once per mention.
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        sentence: int | None = None
        paragraph: int | None = None
        if index >= 0:
            found = self.sentences[index]
            if position < found.span.end:
                sentence = index
                paragraph = found.paragraph if self._paragraphs is None else self._paragraphs[index]
        index = bisect.bisect_right(self._quote_starts, position) - 1
        return sentence, paragraph, index >= 0 and position < self._quotes[index][1]


_FURNITURE_LONGEST = 60
# A line of marks alone (``re``, whose search for a literal start is fast, unlike ``regex``).
_MARKS_LINE = re.compile(r"\n[ \t]*[^\w\s][^\w\n]*\n")


def _may_hold_furniture(text: str) -> bool:
    """Whether a story may hold a furniture sentence: an outlet's line or a line of marks."""
    return (
        "ontinues" in text
        or "dvertisement" in text
        or "DVERTISEMENT" in text
        or _MARKS_LINE.search(text) is not None
    )


# A sentence of layout, not of the story: marks alone, or an outlet's "continued" line.
_FURNITURE = regex.compile(
    r"[\W_]*|(?i:[\W_]*(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?"
    r"advertisement)?[\W_]*|[\W_]*advertisement[\W_]*)"
)


def _quotation_spans(article: Article) -> list[tuple[int, int]]:
    """The words inside quotation marks, paired paragraph by paragraph (single marks too)."""
    quotations = article.quotations
    return sorted((part.start, part.end) for quotation in quotations for part in quotation.parts)


def _compatible_gender(entity: _Entity, gender: str | None) -> bool:
    return entity.gender is None or gender is None or entity.gender == gender


class _ResolverState:
    """The state of one pass over an article's mentions."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.layout = _Layout(article)
        self.entities: list[_Entity] = []
        self.resolutions: list[tuple[int | None, Resolution]] = []
        self.mentions: list[Mention] = []
        # The name form each name mention was matched by (``Pompeo`` for ``Mr. Pompeo``).
        self.forms: dict[int, str] = {}
        self.clock = 0
        # People: by surname key, by full name, by bare surname last used, by role.
        self.by_surname: dict[str, list[int]] = {}
        self.bare_owner: dict[str, int] = {}
        self.by_given: dict[str, list[int]] = {}
        self.by_squeezed: dict[str, list[int]] = {}
        # Entities by role key (``minister``, ``company``, ``place:city``, ``organization``),
        # each map ordered from least to most recently mentioned: a description takes the
        # first fitting one from the end, never scanning every holder of a role.
        self.by_role: dict[str, dict[int, None]] = {}
        # Organisations and places.
        self.org_keys: dict[str, int] = {}
        self.org_initials: dict[str, int] = {}
        self.places: dict[tuple[str, str | None], int] = {}
        self.korean_context = False
        # Pronouns: resolved mentions in order, and each sentence's subject (None: its first
        # candidate was unresolved; absent: no candidate yet).
        self.history: list[_Seen] = []
        self.subjects: dict[int, int | None] = {}
        # The first people each sentence names outside quotation marks, pronouns included.
        self.people: dict[int, list[int]] = {}
        # A description printed just before the name it introduces (``the provincial premier,
        # Ralph Klein,``) waits for that name: its index and resolution, by the name's index.
        self.appositions: dict[int, tuple[int, Resolution]] = {}
        # A role that opens the story before anyone is named (``Scotland's first minister
        # has told ...``): its index and sentence, until the next person claims it.
        self.lead: tuple[int, int] | None = None

    # -- bookkeeping -------------------------------------------------------------------

    def new_entity(self, category: EntityCategory, name: str) -> _Entity:
        entity = _Entity(id=len(self.entities), category=category, name=name)
        self.entities.append(entity)
        return entity

    def link(self, index: int, entity: _Entity | None, resolution: Resolution) -> None:
        mention = self.mentions[index]
        sentence, paragraph, quoted = self.layout.locate(mention.span.start)
        if entity is None:
            self.resolutions.append((None, "unresolved"))
        else:
            self.resolutions.append((entity.id, resolution))
            entity.mentions.append(index)
            entity.last_seen = self.clock
            entity.last_paragraph = paragraph
            for role in entity.roles:
                holders = self.by_role[role]
                del holders[entity.id]
                holders[entity.id] = None
            self.history.append(_Seen(entity.id, sentence, paragraph, quoted))
            # A possessive pronoun (``his waiting father``) only echoes someone: not salient.
            if (
                entity.category == "person"
                and sentence is not None
                and not quoted
                and mention.text.lower() not in _POSSESSIVE_PRONOUNS
            ):
                people = self.people.setdefault(sentence, [])
                if len(people) < _PEOPLE_PER_SENTENCE and entity.id not in people:
                    people.append(entity.id)
        self.clock += 1
        if (
            sentence is not None
            and sentence not in self.subjects
            and self.is_subject(mention, quoted=quoted)
        ):
            self.subjects[sentence] = None if entity is None else entity.id

    def is_subject(self, mention: Mention, *, quoted: bool) -> bool:
        if quoted:
            return False
        word = mention.text.lower()
        if mention.category == "pronoun":
            return word in _NOMINATIVE
        if _POSSESSIVE_AFTER.match(self.text, mention.span.end):
            return False
        if _GROUP_NOUN_AFTER.match(self.text, mention.span.end):
            return False  # "U.S. Embassy staff": the staff are the subject
        before = _WORD_BEFORE.search(self.text, max(0, mention.span.start - 30), mention.span.start)
        return before is None or before.group(1).lower() not in _PREPOSITIONS

    def add_titles(self, entity: _Entity, titles: Iterable[str]) -> None:
        for title in titles:
            if _key(title) in _HONORIFICS or title in entity.titles:
                continue
            entity.titles.append(title)
            entity.gender = entity.gender or _title_gender(_name_words(title))
            entity.country = entity.country or _country_of(title)
            for role in _roles(title):
                self.add_role(entity, role)

    def claim_lead(self, index: int, entity: _Entity) -> None:
        """A story that opens on a person's role and names them only after it (``Scotland's
        first minister has told pupils ... . Jack McConnell was speaking ...``): the role, left
        unresolved as the story's first reference to anyone (``lead``), is the first person
        then named as a sentence's subject within the next sentences."""
        lead = self.lead
        if lead is None or entity.mentions[0] != index:
            return
        self.lead = None
        description, sentence = lead
        where = self.layout.sentence(self.mentions[index].span.start)
        if (
            where is None
            or not sentence < where <= sentence + _LEAD_REACH
            or self.subjects.get(where) != entity.id
            or not _compatible_gender(entity, self.mentions[description].gender)
        ):
            return
        self.resolutions[description] = (entity.id, "description")
        bisect.insort(entity.mentions, description)
        self.add_titles(entity, self.mentions[description].titles)

    def add_role(self, entity: _Entity, role: str) -> None:
        if role not in entity.roles:
            entity.roles.append(role)
            self.by_role.setdefault(role, {})[entity.id] = None

    # -- the pass ----------------------------------------------------------------------

    @property
    def current_start(self) -> int:
        return self.mentions[self.clock].span.start
