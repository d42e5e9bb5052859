"""Coreference of descriptions: ``the minister``, ``the company``, ``the veteran lawyer`` to the
entity that holds that role, latest first, within reach.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import regex

from newsfacts.entities import lexicon
from newsfacts.entities._coref_names import (
    _PHRASE_END,
    _TITLE_HEADS,
    _country_of,
    _Entity,
    _head,
    _key,
    _name_words,
    _strip_article,
    _words,
)
from newsfacts.entities._coref_state import _ResolverState
from newsfacts.entities.role_descriptions import role_phrases
from newsfacts.records import Mention, Resolution, Span

_COMPANY_HEADS = lexicon.COMPANY_DESCRIPTIONS

_PLACE_HEADS = lexicon.PLACE_DESCRIPTIONS

# Description heads that name a person's role (``the chancellor``), not an organisation's.
_PERSON_ROLE_HEADS = lexicon.DESCRIPTION_HEADS & lexicon.TITLE_HEADS

# How many holders of a role a description looks at, from the most recent.
_HOLDERS_LOOKED_AT = 12

# Heads of organisation names that are no business: ``the company`` is none of them.
_PUBLIC_BODIES = _words(
    """ministry department agency party commission committee council union government
    administration regime embassy consulate alliance coalition court tribunal university
    college school police army navy office bureau parliament congress senate assembly cabinet
    church federation league movement front organization organisation association institute
    foundation hospital museum authority board service command force forces
    journal times post herald tribune gazette telegraph chronicle news network radio
    television magazine"""
)

# Roles that point back once the story has given them to someone (``the lawyer``), besides
# the description heads the recognizer already emits: not the anonymous ones (``the
# official``, ``the expert``), which are new people more often than not.
_ANAPHORIC_ROLES = (
    _TITLE_HEADS
    - lexicon.DESCRIPTION_HEADS
    - _words(
        """official expert analyst economist strategist researcher scientist delegate
    correspondent reporter editor columnist officer aide adviser advisor activist campaigner
    dissident investigator detective source member head chief deputy executive director
    manager author representative rep sen gen adm col lt capt sgt maj brig cpl pvt prof dr
    private major general captain owner player doctor"""
    )
)

# Modifiers of a role description that fit any holder: an age, ``the veteran lawyer``.
_AGE = regex.compile(r"\d")

_ANY_MODIFIER = _words(
    "former veteran longtime late elderly young old same embattled famous renowned noted"
)

# A capitalised word right after a description: it introduces that name (``the company
# Hitwise``) rather than pointing back.
_NAME_AFTER = regex.compile(r"\s+\p{Lu}")

# A complement after a description's head: ``the leader of the advance unit``.
_COMPLEMENT = regex.compile(r"(?i)\s+(?:of|for|at|in)\b")

# Between a description and the name it introduces (``the provincial premier, Ralph Klein,``).
_APPOSITION_GAP = regex.compile(r"\s*,\s*")


# A role's complement: the words after its first *of* or *for* (``president of Cyprus``).
_COMPLEMENT_WORDS = regex.compile(r"(?i)\s(?:of|for)\s+(?:the\s+)?(.+)")


# The place that owns a description (``Canada's ambassador``), as the recognizer prints it.
_OWNER = regex.compile(r"(\p{Lu}[^'\u2019]*)['\u2019]s\s")


def _owned_by(entity: _Entity, owner: str, country: str | None) -> bool:
    """Whether the story tied ``entity`` to the place ``owner``: its country, or the place
    printed in its name or a title (``Canada's ambassador to China``, ``Cuban government``)."""
    if country is not None and entity.country == country:
        return True
    stem = owner[: max(4, len(owner) - 2)]  # ``Cuba`` in ``Cuban``, ``Canad`` in ``Canadian``
    return any(stem in form for form in (entity.name, *entity.titles))


@functools.lru_cache(maxsize=8192)
def _complement_of(phrase: str) -> str | None:
    """The complement of a role as matched (lower case, without *the*), or ``None``."""
    found = _COMPLEMENT_WORDS.search(phrase)
    return " ".join(found.group(1).lower().split()) if found else None


@functools.lru_cache(maxsize=16_384)
def _phrase_and_head(printed: str) -> tuple[str, str | None]:
    """A description's phrase without its article and that phrase's head noun, worked out
    once per spelling (``the minister`` comes back in story after story)."""
    phrase = _strip_article(printed)
    return phrase, _head(phrase)


class _DescriptionResolver(_ResolverState):
    """The rules for a description, and for the roles descriptions add to entities."""

    # -- descriptions ------------------------------------------------------------------

    def description(self, index: int, resolution: Resolution = "description") -> None:
        mention = self.mentions[index]
        if self.introduces_name(index):
            self.appositions[index + 1] = (index, resolution)
            self.resolutions.append((None, "unresolved"))
            self.clock += 1
            return
        phrase, head = _phrase_and_head((mention.name or mention.text).strip())
        country = mention.country or _country_of(phrase)
        roles: list[str] = []
        if head is not None:
            roles.append(head)
            if head in _COMPANY_HEADS:
                roles.append("company")
            if head in _PLACE_HEADS:
                roles.append(f"place:{_PLACE_HEADS[head]}")
        best: _Entity | None = None
        for role in roles:
            found = self.latest_holder(role, country, _complement_of(phrase))
            if found is not None and (best is None or found.last_seen > best.last_seen):
                best = found
        if best is None and head in _COMPANY_HEADS:
            best = self.latest_business(index)
        if best is None and head in _PERSON_ROLE_HEADS:
            best = self.untitled_subject(index, phrase, country)
        text = mention.text
        owner = _OWNER.match(text) if "'" in text or "\u2019" in text else None
        if best is not None and owner is not None and not _owned_by(best, owner.group(1), country):
            best = None  # ``Japan's prime minister`` is no holder the story tied to Japan
        if best is None:
            self.link(index, None, "unresolved")
            if self.lead is None and self.clock == index + 1:
                self.may_lead(index)
            return
        self.add_titles(best, mention.titles)
        self.link(index, best, resolution)

    def latest_holder(
        self, role: str, country: str | None, complement: str | None = None
    ) -> _Entity | None:
        """The most recently mentioned entity with ``role`` (of ``country``, for a person
        whose country is known), looking back over a few holders at most. A description
        with a complement of its own (``the president of Cyprus``) skips a person whose
        titles complete the role otherwise (``president of the Eurogroup``)."""
        holders = self.by_role.get(role)
        if not holders:
            return None
        for looked, entity_id in enumerate(reversed(holders)):
            if looked == _HOLDERS_LOOKED_AT:
                break
            entity = self.entities[entity_id]
            if country and entity.category == "person" and entity.country not in (None, country):
                continue
            if complement and entity.category == "person" and entity.country is None:
                completed = [_complement_of(title) for title in entity.titles]
                if any(completed) and complement not in completed:
                    continue
            return entity
        return None

    def latest_business(self, index: int) -> _Entity | None:
        """``the company`` when no name says business (``Inc.``, ``Group``): the organisation
        last mentioned, in the same or the previous paragraph, unless it is a public body or
        a newspaper (a ministry, party, court, journal...)."""
        holders = self.by_role.get("org:any")
        if not holders:
            return None
        paragraph = self.layout.paragraph(self.layout.sentence(self.mentions[index].span.start))
        if paragraph is None or _NAME_AFTER.match(self.text, self.mentions[index].span.end):
            return None
        entity = self.entities[next(reversed(holders))]
        close = entity.last_paragraph is not None and entity.last_paragraph >= paragraph - 1
        if not close or _PUBLIC_BODIES & set(entity.roles):
            return None
        return entity

    def introduces_name(self, index: int) -> bool:
        """Whether the description stands in apposition before a person's name."""
        if index + 1 >= len(self.mentions):
            return False
        mention, following = self.mentions[index], self.mentions[index + 1]
        if following.category != "person" or following.name is None:
            return False
        gap = _APPOSITION_GAP.fullmatch(self.text, mention.span.end, following.span.start)
        if gap is None or "," not in gap.group():
            return False
        # ``the alliance, German defense minister Rudolf Scharping said``: a role, and a name
        # that closes its phrase, or the comma only ends a clause before the speaker.
        _, head = _phrase_and_head((mention.name or mention.text).strip())
        closed = _PHRASE_END.match(self.text, following.span.end) is not None
        return head in _PERSON_ROLE_HEADS and closed

    def untitled_subject(self, index: int, phrase: str, country: str | None) -> _Entity | None:
        """The person a role description opening its sentence names when nobody has that
        role yet: the one person without a title that the sentence, or the one before it,
        names (``Gordon Brown has called ... . On his tour, the UK chancellor said``). Two
        such people (``Blair`` and ``Brown``) leave it unresolved; so does a description with
        a complement (``the leader of the advance unit``), which introduces someone new."""
        mention = self.mentions[index]
        sentence = self.layout.sentence(mention.span.start)
        if sentence is None or sentence in self.subjects or _COMPLEMENT.search(phrase):
            return None
        if _COMPLEMENT.match(self.text, mention.span.end):
            return None
        if not self.is_subject(mention, quoted=self.layout.quoted(mention.span.start)):
            return None
        nearby = list(self.people.get(sentence, ()))
        paragraph = self.layout.paragraph(sentence)
        previous = sentence - 1
        if previous >= 0 and paragraph is not None:
            close = self.layout.paragraph_at(previous) >= paragraph - 1
            subject = self.subjects.get(previous) if close else None
            nearby += [] if subject is None else [subject]
            nearby += self.people.get(previous, ()) if close else ()
        found: _Entity | None = None
        for entity_id in nearby:
            entity = self.entities[entity_id]
            if entity.category != "person" or entity.titles or entity is found:
                continue
            if found is not None:
                return None
            found = entity
        if found is not None and country is not None and found.country not in (None, country):
            return None
        return found

    def untitled_person(self, index: int) -> None:
        """A person mention with titles but no name (``the Secretary of State``)."""
        self.description(index, "title")

    def may_lead(self, index: int) -> None:
        """Keep an unresolved person's role that is the subject of the story's lead, before
        anyone is named, for ``_ResolverState.claim_lead``."""
        mention = self.mentions[index]
        _, head = _phrase_and_head((mention.name or mention.text).strip())
        sentence = self.layout.sentence(mention.span.start)
        if (
            head in _PERSON_ROLE_HEADS
            and sentence is not None
            and sentence in self.subjects
            and self.subjects[sentence] is None
            and sentence <= 1  # the story's lead
            and not any(entity.category == "person" for entity in self.entities)
        ):
            self.lead = (index, sentence)

    def role_descriptions(self, resolved: list[Mention]) -> set[int]:
        """Add ``the lawyer`` and the like (see :mod:`.role_descriptions`) for the roles the
        story gave its people, each resolved to the latest holder named before it; return the
        ids of the entities that got one."""
        roles = {
            role
            for role in self.by_role
            if role in _ANAPHORIC_ROLES
            and any(self.entities[i].category == "person" for i in self.by_role[role])
        }
        if not roles:
            return set()
        starts = [mention.span.start for mention in self.mentions]
        ends = [mention.span.end for mention in self.mentions]
        added: set[int] = set()
        for start, end, role in role_phrases(self.text, roles):
            # A mention over the role word means the recognizer read the phrase already; one
            # inside the modifiers (``Buddhist`` in ``the 80-year-old Buddhist master``) does not.
            position = bisect.bisect_left(starts, end)
            if max(ends[max(0, position - 4) : position], default=0) > end - len(role):
                continue
            position = bisect.bisect_left(starts, start)
            text = self.text[start:end]
            title = _strip_article(text)
            # A capitalised modifier (``Buddhist``, ``French``) is no part of a title.
            modifiers = [_key(word) for word in title.split()[:-1] if not word[:1].isupper()]
            holder = self.latest_before(role, position, modifiers)
            if holder is None:
                continue
            mention = Mention(
                span=Span(start=start, end=end),
                text=text,
                category="description",
                titles=(title,),
                entity=holder.id,
                resolution="description",
            )
            holder.mentions.append(len(resolved))
            resolved.append(mention)
            added.add(holder.id)
        return added

    def latest_before(self, role: str, position: int, modifiers: Sequence[str]) -> _Entity | None:
        """The person with ``role`` whose last mention before mention ``position`` is latest,
        among those whose titles hold the description's modifiers (``the district attorney``
        is no defence attorney; ages and words like ``veteran`` describe anyone)."""
        best: _Entity | None = None
        best_index = -1
        telling = [m for m in modifiers if m not in _ANY_MODIFIER and not _AGE.search(m)]
        for looked, entity_id in enumerate(reversed(self.by_role[role])):
            if looked == _HOLDERS_LOOKED_AT:
                break
            entity = self.entities[entity_id]
            if entity.category != "person":
                continue
            if telling:
                held = {word for title in entity.titles for word in _name_words(title)}
                if not held.issuperset(telling):
                    continue
            before = bisect.bisect_left(entity.mentions, position)
            if before and entity.mentions[before - 1] > best_index:
                best, best_index = entity, entity.mentions[before - 1]
        return best
