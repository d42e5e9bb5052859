"""Coreference of people: which entity a person's name mention is, by its name's forms.

A fuller form, a bare surname (by gender, paragraph, last use, recency), a given name alone, a
surname misprinted with a doubled letter; gender and titles are gathered on the way.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Literal

import regex

from newsfacts.entities import lexicon
from newsfacts.entities._coref_names import (
    _PHRASE_END,
    _TITLE_HEADS,
    _compatible,
    _Entity,
    _given_name_gender,
    _given_names,
    _is_honorific_form,
    _is_part_of,
    _key,
    _matched_words,
    _read_person,
    _squeezed,
)
from newsfacts.entities._coref_state import _ResolverState
from newsfacts.entities.lexicon import Gender
from newsfacts.records import Mention

_REGNAL = lexicon.REGNAL_TITLES

# A role before a name, set off by a comma and owned or determined: ``Mr. Sarkozy's lawyer,
# Thierry Herzog,``; ``his spokeswoman, Ann Lee,``; ``a lawyer, Thierry Herzog,``. Searched
# backwards from the name (``(?r)``) over a short window.
_ROLE_BEFORE_NAME = regex.compile(
    r"(?r)(?:['\u2019]s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?))\s+"
    r"((?:[\p{Ll}\p{N}][\p{Ll}\p{N}\-]*\s+){0,2}\p{Ll}[\p{Ll}\-]*)\s*,\s*\Z"
)

_ROLE_WINDOW = 60


def _regnal_name(text: str, printed: str) -> bool:
    """Whether a one-word name is printed right after a monarch's or pope's title (``King
    Hussein``, ``Jordan's King Hussein``): a given name, then."""
    at = text.rfind(printed)
    before = text[:at].split() if at > 0 else []
    return bool(before) and _key(before[-1]) in _REGNAL


class _PeopleResolver(_ResolverState):
    """The rules for a person's name."""

    # -- people ------------------------------------------------------------------------

    def person(self, index: int) -> None:
        mention = self.mentions[index]
        printed = mention.name or mention.text
        read = _read_person(printed, mention.text, mention.titles)
        if read is None:
            self.link(index, None, "unresolved")
            return
        name, alias, words, particles, opening, surnames, told = read
        told = mention.gender or told
        gender = told
        if gender is None and len(words) > 1 and words[0] not in surnames:
            gender = _given_name_gender(words[0])
        elif gender is None and len(words) == 1 and words[0] not in self.by_surname:
            # ``Melanie said``: someone known by a given name alone, no one's surname.
            gender = _given_name_gender(words[0])
        regnal = len(words) == 1 and _regnal_name(mention.text, printed)
        entity = self.find_person(words, surnames, gender, particles, opening, regnal=regnal)
        if entity is False:
            self.link(index, None, "unresolved")
            return
        # ``Al Gore`` keeps its ``al`` (a given name, perhaps) apart from ``Tipper Gore``.
        stored = words if opening is None else (opening, *words)
        if entity is None:
            entity = self.new_entity("person", name)
            entity.words, entity.surnames, entity.opening = stored, surnames, opening
            entity.named_by_alias = alias is not None
            entity.regnal = regnal
        elif len(stored) > len(entity.words) or (entity.named_by_alias and alias is None):
            entity.name, entity.words, entity.surnames = name, stored, surnames
            entity.opening, entity.named_by_alias = opening, alias is not None
        entity.particles |= particles
        for surname in surnames:
            if entity.id not in self.by_surname.setdefault(surname, []):
                self.by_surname[surname].append(entity.id)
            squeezed = _squeezed(surname)
            if squeezed is not None and entity.id not in self.by_squeezed.get(squeezed, ()):
                self.by_squeezed.setdefault(squeezed, []).append(entity.id)
        for given in _given_names(words, surnames):
            if entity.id not in self.by_given.setdefault(given, []):
                self.by_given[given].append(entity.id)
        if len(words) == 1:
            self.bare_owner[words[0]] = entity.id
        if entity.gender is None and gender is not None:
            entity.gender, entity.gender_from_name = gender, told is None
        elif told is not None and told == entity.gender:
            entity.gender_from_name = False
        entity.add_form(name)
        # ``Mr. Pompeo`` is a printed form of its own, whether the recognizer kept the
        # honorific in the name or only in the text.
        for form in (printed.strip(), mention.text.strip()):
            if form != name and _is_honorific_form(form, name):
                entity.add_form(form)
        # A pope's or a king's title is printed as part of the name: ``Pope John Paul II``.
        for title in mention.titles:
            if _key(title) in _REGNAL and f"{title} {name}" in mention.text:
                entity.add_form(f"{title} {name}")
        self.add_titles(entity, mention.titles)
        self.add_titles(entity, self.role_in_apposition(mention))
        self.forms[index] = name
        self.link(index, entity, "name")
        if self.lead is not None:
            self.claim_lead(index, entity)
        waiting = self.appositions.pop(index, None)
        if waiting is not None:
            description, resolution = waiting
            self.resolutions[description] = (entity.id, resolution)
            bisect.insort(entity.mentions, description)
            self.add_titles(entity, self.mentions[description].titles)

    def role_in_apposition(self, mention: Mention) -> tuple[str, ...]:
        """The role printed before a name in apposition that the recognizer left out of the
        titles (``Mr. Sarkozy's lawyer, Thierry Herzog,`` -> ``lawyer``): a later ``the
        lawyer`` is then that person."""
        # The end of the phrase first: one match at one place, failing for most names.
        if _PHRASE_END.match(self.text, mention.span.end) is None:
            return ()
        start = mention.span.start
        found = _ROLE_BEFORE_NAME.search(self.text, max(0, start - _ROLE_WINDOW), start)
        if found is None:
            return ()
        role = " ".join(found.group(1).split())
        return (role,) if role.rsplit(" ", 1)[-1] in _TITLE_HEADS else ()

    def find_person(
        self,
        words: Sequence[str],
        surnames: tuple[str, ...],
        gender: Gender | None,
        particles: frozenset[str] = frozenset(),
        opening: str | None = None,
        *,
        regnal: bool = False,
    ) -> _Entity | Literal[False] | None:
        """The person these name words (particles cut) belong to, ``None`` for a new one,
        ``False`` when a bare surname is ambiguous. A name opened by a capitalised particle
        (``Al Hariri``; ``Al Gore``?) only joins a person printed with that particle. A
        monarch's name (``King Hussein``, ``regnal``) is a given name, never the surname of
        someone named in full (``Saddam Hussein``), nor is a full name the monarch's."""
        candidates: list[_Entity] = []
        for surname in dict.fromkeys([*surnames, *words[-1:]]):
            for entity_id in self.by_surname.get(surname, ()):
                entity = self.entities[entity_id]
                if entity in candidates or not _compatible(entity.gender, gender):
                    continue
                if opening is not None and opening not in entity.particles:
                    continue
                if (regnal or entity.regnal) and len(entity.words) != len(words):
                    continue
                known = _matched_words(entity, particles)
                if _is_part_of(words, known, entity.surnames) or _is_part_of(
                    known, words, surnames
                ):
                    candidates.append(entity)
        if not candidates and len(words) == 1 and opening is None and not regnal:
            return self.by_given_name(words[0], gender) or self.by_misprint(words[0], gender)
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        exact = [entity for entity in candidates if _matched_words(entity, particles) == words]
        if exact:
            return exact[0]
        # A story that calls one bearer by given name (``Elian``) to tell them apart leaves
        # the bare surname to the others (``Gonzalez``, the father).
        candidates = [e for e in candidates if not e.called_by_given_name] or candidates
        if len(candidates) == 1:
            return candidates[0]
        paragraph = self.layout.paragraph(self.layout.sentence(self.current_start))
        here = [entity for entity in candidates if entity.last_paragraph == paragraph]
        if paragraph is not None and here:
            return here[0] if len(here) == 1 else False
        owner = self.bare_owner.get(words[0]) if len(words) == 1 else None
        if owner is not None and self.entities[owner] in candidates:
            return self.entities[owner]
        # A bare ``Kim`` is the family name of a name printed family name first: ``Sung Kim``
        # keeps his full name in copy that also names ``Kim Jong-un``.
        candidates = [e for e in candidates if e.words[0] in e.surnames] or candidates
        return max(candidates, key=lambda entity: entity.last_seen)

    def by_given_name(self, word: str, gender: Gender | None) -> _Entity | None:
        """The one person whose given name ``word`` is (``Elian`` for ``Elian Gonzalez``),
        asked only when no surname matches; ``None`` when none or several are."""
        found = [
            self.entities[entity_id]
            for entity_id in self.by_given.get(word, ())
            if _compatible(self.entities[entity_id].gender, gender)
        ]
        if len(found) != 1:
            return None
        # A quotation's direct address (``"Cool clock, Ahmed"``) is no reporter's choice to
        # tell two bearers apart.
        if not self.layout.quoted(self.current_start):
            found[0].called_by_given_name = True
        return found[0]

    def by_misprint(self, word: str, gender: Gender | None) -> _Entity | None:
        """The one person whose surname ``word`` misprints by a doubled letter (``Abbott``
        for ``Diane Abbot``), asked only when nothing else matches."""
        squeezed = _squeezed(word)
        if squeezed is None:
            return None
        found = [
            self.entities[entity_id]
            for entity_id in self.by_squeezed.get(squeezed, ())
            if _compatible(self.entities[entity_id].gender, gender)
            and len(self.entities[entity_id].words) > 1
        ]
        return found[0] if len(found) == 1 else None
