"""Coreference of organisations and places: by name key, acronym, short name and gazetteer."""

from __future__ import annotations

import functools

import regex

from newsfacts import gazetteer
from newsfacts.entities import lexicon, name_forms
from newsfacts.entities._coref_names import (
    _Entity,
    _head,
    _initials,
    _key,
    _name_words,
    _strip_article,
)
from newsfacts.entities._coref_state import _ResolverState

_COMPANY_NAME_ENDS = lexicon.COMPANY_NAME_ENDS

_GENERIC_FIRST = lexicon.GENERIC_FIRST_WORDS

_ORGANIZATION_ALIASES = name_forms.ORGANIZATION_ALIASES

_BRACKETED_ACRONYM = regex.compile(r"\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.\-]{1,11})\s*\)")

# How far after a name its bracketed acronym is looked for. ``regex`` first looks for the
# ``(`` the pattern needs as far as it may: without this bound, to the end of the story for
# every organisation of a story without brackets (quadratic in a long one).
_BRACKET_REACH = 200

_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&.\-]{1,11}")


class _BodyResolver(_ResolverState):
    """The rules for an organisation's or a place's name."""

    # -- organisations -----------------------------------------------------------------

    def organization(self, index: int) -> None:
        mention = self.mentions[index]
        printed = (mention.name or mention.text).strip()
        name, key, is_acronym, without_country, short, initials, roles = _organization_name(printed)
        entity = self.find_organization(name, key, is_acronym)
        if entity is None:
            entity = self.new_entity("organization", name)
            entity.acronym_only = is_acronym
            entity.words = _name_words(name)
        elif not is_acronym and (entity.acronym_only or len(name) > len(entity.name)):
            entity.name, entity.acronym_only = name, False
        self.org_keys.setdefault(key, entity.id)
        self.org_keys.setdefault(without_country, entity.id)
        if short is not None:
            self.org_keys.setdefault(short, entity.id)
        for found in initials:
            self.org_initials.setdefault(found, entity.id)
        end = mention.span.end
        bracketed = _BRACKETED_ACRONYM.match(self.text, end, end + _BRACKET_REACH)
        if bracketed is not None and not is_acronym:
            self.org_keys.setdefault(_key(bracketed.group(1)), entity.id)
        for role in roles:
            self.add_role(entity, role)
        self.add_role(entity, "org:any")
        entity.add_form(name)
        entity.add_form(printed)  # ``name`` is ``printed`` without its article
        text = mention.text.strip()
        if text != printed and _stripped_article(text) == name:
            entity.add_form(text)
        self.add_titles(entity, mention.titles)
        self.forms[index] = name
        self.link(index, entity, "name")

    def find_organization(self, name: str, key: str, is_acronym: bool) -> _Entity | None:
        found = self.org_keys.get(key)
        if found is None and is_acronym:
            found = self.org_initials.get(key.upper())
        if found is None and not is_acronym:
            for initials in _initials(name):
                candidate = self.org_keys.get(initials.lower())
                if candidate is not None and self.entities[candidate].acronym_only:
                    found = candidate
                    break
        if found is None:
            found = self.org_keys.get(_without_country(name))
        return None if found is None else self.entities[found]

    # -- places ------------------------------------------------------------------------

    def place(self, index: int) -> None:
        mention = self.mentions[index]
        printed = (mention.name or mention.text).strip()
        hint = mention.country
        place = _resolve_place(printed, hint) if hint else None
        place = place or _resolve_place(printed)
        if place is None and self.korean_context:
            place = _resolve_place(printed, "KR")
        if place is not None:
            key: tuple[str, str | None] = (place.name, place.country)
        else:
            key = (" ".join(_name_words(_strip_article(printed))), hint)
        found = self.places.get(key)
        if found is None:
            entity = self.new_entity("place", place.name if place else _strip_article(printed))
            entity.place = place
            entity.country = place.country if place else hint
            self.places[key] = entity.id
            kind = place.category if place else None
            if kind is not None:
                self.add_role(entity, f"place:{kind}")
        else:
            entity = self.entities[found]
        if entity.country in ("KR", "KP"):
            self.korean_context = True
        entity.add_form(printed)
        self.forms[index] = printed
        self.link(index, entity, "name")


_OrganizationName = tuple[str, str, bool, str, str | None, frozenset[str], frozenset[str]]


@functools.lru_cache(maxsize=16_384)
def _organization_name(printed: str) -> _OrganizationName:
    """What an organisation's printed name alone tells, worked out once per spelling: its
    name (no article), its key (an alias's, such as the ``Conservatives``' for the
    ``Tories``), whether it is an acronym, its key without a leading country, its short
    company name, its initials and the roles a description may call it by."""
    name = _strip_article(printed)
    key = " ".join(_name_words(name))
    alias = _ORGANIZATION_ALIASES.get(key)
    if alias is not None:
        key = " ".join(_name_words(alias))
    return (
        name,
        key,
        _ACRONYM.fullmatch(name) is not None,
        _without_country(name),
        _short_company_name(name),
        _initials(name),
        _organization_roles(name),
    )


@functools.lru_cache(maxsize=16_384)
def _stripped_article(text: str) -> str:
    return _strip_article(text)


@functools.lru_cache(maxsize=16_384)
def _resolve_place(name: str, hint: str | None = None) -> gazetteer.Place | None:
    """:func:`gazetteer.resolve` remembered across articles: a pure look-up, asked again and
    again for the same few names."""
    return gazetteer.resolve(name, country_hint=hint)


@functools.lru_cache(maxsize=8192)
def _without_country(name: str) -> str:
    """The key of an organisation's name without a leading country or demonym (``U.S. State
    Department``, ``United Kingdom Home Office``)."""
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size and _is_country(" ".join(words[:size])):
            rest = words[size:]
            # ``Cuban government`` and ``Chinese government`` are two: a bare noun left over
            # names no organisation of its own.
            if len(rest) == 1 and _key(rest[0]) in lexicon.ORGANIZATION_DESCRIPTIONS:
                break
            return " ".join(_name_words(" ".join(rest)))
    return " ".join(_name_words(name))


@functools.lru_cache(maxsize=8192)
def _is_country(words: str) -> bool:
    """Whether ``words`` name a country or its people (``U.S.``, ``United Kingdom``, ``French``)."""
    if gazetteer.demonym(words) is not None:
        return True
    place = _resolve_place(words)
    return place is not None and place.category == "country"


@functools.lru_cache(maxsize=8192)
def _short_company_name(name: str) -> str | None:
    """The first word a business is called by after its full name (``Purolator`` for
    ``Purolator Courier Corp``), unless it is a word many names start with."""
    words = _name_words(name)
    if len(words) < 2 or words[-1] not in _COMPANY_NAME_ENDS or words[0] in _GENERIC_FIRST:
        return None
    if gazetteer.demonym(name.split()[0]) is not None:
        return None
    return words[0]


@functools.lru_cache(maxsize=8192)
def _organization_roles(name: str) -> frozenset[str]:
    """What a description may call this organisation: the head of its name (``ministry``),
    and ``company`` when its name ends like a business's (``Inc.``, ``Group``)."""
    roles: set[str] = set()
    head = _head(name)
    if head is not None:
        roles.add(head)
    words = _name_words(name)
    if words and words[-1] in _COMPANY_NAME_ENDS:
        roles.add("company")
    return frozenset(roles)
