"""What a printed name says: its words, surnames, given names, initials, gender and roles.

Pure functions of a name or a title (most of them cached), the entity being built
(:class:`_Entity`) that the resolver matches names against, and the word tables (from
:mod:`newsfacts.entities.lexicon`) that more than one rule module reads by.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from newsfacts import gazetteer
from newsfacts.entities import lexicon, name_forms
from newsfacts.entities.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from newsfacts.entities.lexicon import Gender
from newsfacts.records import EntityCategory


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The word tables live in :mod:`newsfacts.entities.lexicon` (shared knowledge, data only);
# the short names here keep the rules below readable.
ROLE_SYNONYMS = lexicon.ROLE_SYNONYMS

_HONORIFICS = lexicon.ADDRESS_FORMS

_MALE_WORDS = lexicon.MALE_WORDS

_FEMALE_WORDS = lexicon.FEMALE_WORDS

_SUFFIXES = lexicon.NAME_SUFFIXES

# Role nouns the recognizer may keep before a name that opens a sentence (``Resident Tom
# Bell``, ``Blogger Jo Roe``): no part of the person's name.
_ROLE_PREFIXES = _words(
    """resident residents blogger critic novelist economist analyst volunteer student
    teacher farmer nurse homeowner neighbour neighbor organizer organiser activist artist
    historian researcher veteran shopper tenant landlord survivor commuter trustee"""
)

_FAMILY_FIRST = lexicon.FAMILY_NAMES_FIRST

_HEAD_STOPS = lexicon.HEAD_STOPS

_TITLE_HEADS = lexicon.TITLE_HEADS

_ORG_FUNCTION_WORDS = lexicon.ORGANIZATION_FUNCTION_WORDS

_NOMINATIVE = lexicon.NOMINATIVE_PRONOUNS

_PARTICLES = name_forms.SURNAME_PARTICLES

_HYPHENATED_PARTICLES = name_forms.HYPHENATED_PARTICLES

_PERSON_ALIASES = name_forms.PERSON_ALIASES


_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.'\u2019&\-]*")

_ARTICLE = regex.compile(r"(?i)(?:the|this|that)\s+")

# What may follow a name in apposition: the end of its phrase.
_PHRASE_END = regex.compile(r"\s*(?:[,.;:)\u2014\u2013]|\Z)")

# A surname whose letters are doubled is easily misprinted (``Abbot`` for ``Abbott``): keys
# of this length or more are also indexed with doubled letters squeezed.
_MIN_SQUEEZED_SURNAME = 5

_DOUBLED = regex.compile(r"(\p{L})\1+")


@functools.lru_cache(maxsize=65_536)
def _key(word: str) -> str:
    """A word as names are matched: lower case, no dots, straight apostrophes."""
    return word.lower().replace(".", "").replace("\u2019", "'")


@functools.lru_cache(maxsize=65_536)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name as matched (see :func:`_key`), empty ones dropped."""
    return tuple(key for word in name.split() if (key := _key(word)))


def _without_particles(printed: Sequence[str]) -> tuple[list[str], frozenset[str], str | None]:
    """The printed words of a person's name without surname particles (``Rafik Al-Hariri``
    -> ``Rafik Hariri``, ``Osama bin Laden`` -> ``Osama Laden``), the particles cut, and the
    separate capitalised one that opens the name, if any (``Al Hariri``, but also ``Al Gore``,
    where ``Al`` is a given name: such a name only joins a person printed with the particle).
    A name of particles only is left whole."""
    core: list[str] = []
    cut: set[str] = set()
    opening: str | None = None
    for position, word in enumerate(printed):
        key = _key(word)
        if key in _PARTICLES and position < len(printed) - 1:
            cut.add(key)
            if position == 0 and word[:1].isupper():
                opening = key
            continue
        for prefix in _HYPHENATED_PARTICLES:
            if key.startswith(prefix) and len(key) > len(prefix) + 1:
                cut.add(prefix[:-1])
                word = word[len(prefix) :]
                break
        core.append(word)
    if not core:
        return list(printed), frozenset(), None
    return core, frozenset(cut), opening


# What a person mention's printed name tells by itself: the name without honorifics, the
# name a conventional alias stands for, the name words as matched without particles, the
# particles cut, the opening particle, the surname keys, and the gender its honorific or
# titles tell. ``None`` when no name word is left.
_PersonName = tuple[
    str, str | None, tuple[str, ...], frozenset[str], str | None, tuple[str, ...], Gender | None
]


@functools.lru_cache(maxsize=16_384)
def _read_person(printed: str, text: str, titles: tuple[str, ...]) -> _PersonName | None:
    """Read a person mention's name (see ``_PersonName``); the same names come back many
    times in a story, and across stories."""
    raw = printed.split()
    honorific_gender: Gender | None = None
    while raw and _key(raw[0]) in _HONORIFICS:
        honorific_gender = honorific_gender or _HONORIFICS[_key(raw.pop(0))]
    while len(raw) >= 3 and _key(raw[0]) in _ROLE_PREFIXES:
        raw.pop(0)  # ``Resident Tom Bell`` opening a sentence: the role is no name
    name = " ".join(raw)
    # A conventional alias (``Abu Mazen``) is matched as the name it stands for.
    alias = _PERSON_ALIASES.get(" ".join(_name_words(name)))
    core, particles, opening = _without_particles(alias.split() if alias else raw)
    words = _name_words(" ".join(core))
    if not words:
        return None
    outside = [w for title in titles for w in _name_words(title)]
    outside += _name_words(text.replace(printed, " "))
    told = honorific_gender or _title_gender(outside)
    return name, alias, words, particles, opening, _surnames(core), told


def _title_gender(words: Iterable[str]) -> Gender | None:
    for word in words:
        if word in _MALE_WORDS:
            return "male"
        if word in _FEMALE_WORDS:
            return "female"
    return None


@functools.lru_cache(maxsize=16_384)
def _given_name_gender(word: str) -> Gender | None:
    """The gender a given name tells (``muriel``, ``mohammad``), accents ignored."""
    folded = unicodedata.normalize("NFKD", word)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    if folded in MALE_GIVEN_NAMES:
        return "male"
    if folded in FEMALE_GIVEN_NAMES:
        return "female"
    return None


@functools.lru_cache(maxsize=16_384)
def _squeezed(surname: str) -> str | None:
    """``surname`` with doubled letters written once, when it is long enough to index."""
    if len(surname) < _MIN_SQUEEZED_SURNAME:
        return None
    return _DOUBLED.sub(r"\1", surname)


def _strip_article(text: str) -> str:
    match = _ARTICLE.match(text)
    return text[match.end() :] if match else text


def _head(phrase: str) -> str | None:
    """The head noun of a title or name: its last word before ``of``, ``to``, ``and``..."""
    head: str | None = None
    for match in _WORD.finditer(phrase):
        word = _key(match.group())
        if word in _HEAD_STOPS:
            if head is not None:
                break
            continue
        head = word.removesuffix("'s").removesuffix("'")
    return head


# What joins the parts of a title that each have a head (``minister and spokesman``).
_ROLE_PARTS = regex.compile(r"\s(?:and|,)\s")


@functools.lru_cache(maxsize=8192)
def _roles(title: str) -> frozenset[str]:
    """The role keys a title answers to: the head of each part and the synonyms that cover it."""
    lowered = " " + " ".join(_name_words(title.replace(",", " , "))) + " "
    roles = {head for part in _ROLE_PARTS.split(lowered) if (head := _head(part))}
    for role, synonyms in ROLE_SYNONYMS.items():
        if any(f" {synonym} " in lowered for synonym in synonyms):
            roles.add(role)
    return frozenset(roles)


@functools.lru_cache(maxsize=8192)
def _country_of(phrase: str) -> str | None:
    """The country a demonym or country name printed in ``phrase`` points to (``US``, ``North
    Korean``), trying two-word runs of capitalised words before single words."""
    words = [m.group() for m in _WORD.finditer(phrase) if m.group()[:1].isupper()]
    for size in (2, 1):
        for index in range(len(words) - size + 1):
            place = gazetteer.demonym(" ".join(words[index : index + size]))
            if place is not None and place.country is not None:
                return place.country
    return None


_KOREAN_GIVEN_NAME = regex.compile(r"\p{Lu}\p{Ll}{1,4}-(?:\p{Ll}{1,5}|\p{Lu}\p{Ll}{0,3})")


def _surnames(printed: Sequence[str]) -> tuple[str, ...]:
    """The key(s) a bare surname of this printed name may be: its last word, or its first for
    an East Asian name printed family name first (a Korean hyphenated given name, ``Kim
    Jong-un``; a common family name first, ``Li Ming``); both when both words are common
    family names (``Li Peng``). ``Smith-Jones`` is a Western double surname, not a given name.
    """
    core = [word for word in printed if _key(word) not in _SUFFIXES] or list(printed)
    first, last = _key(core[0]), _key(core[-1])
    if len(core) == 1:
        return (first,)
    if len(core) <= 3 and _KOREAN_GIVEN_NAME.fullmatch(core[-1]):
        return (first,)
    if first in _FAMILY_FIRST:
        return (first, last) if last in _FAMILY_FIRST else (first,)
    return (last,)


def _given_names(words: Sequence[str], surnames: Sequence[str]) -> list[str]:
    """The words of a full name other than its surname, initials and suffixes."""
    if len(words) < 2:
        return []
    return [w for w in words if w not in surnames and len(w) > 1 and w not in _SUFFIXES]


def _word_matches(short: str, long: str) -> bool:
    """``J`` (an initial) matches ``john``; other words match only themselves."""
    return short == long or (len(short) == 1 and long.startswith(short))


def _is_part_of(short: Sequence[str], long: Sequence[str], long_surnames: Sequence[str]) -> bool:
    """Whether ``short`` is ``long`` with words left out (in order), a surname kept."""
    if len(short) > len(long) or not set(long_surnames) & set(short):
        return False
    position = 0
    for word in short:
        while position < len(long) and not _word_matches(word, long[position]):
            position += 1
        if position == len(long):
            return False
        position += 1
    return True


@functools.lru_cache(maxsize=8192)
def _initials(name: str) -> frozenset[str]:
    words = [m.group() for m in _WORD.finditer(name)]
    if len(words) < 2:
        return frozenset()
    every = "".join(word[0] for word in words).upper()
    content = "".join(w[0] for w in words if _key(w) not in _ORG_FUNCTION_WORDS).upper()
    return frozenset({every, content} - {""})


@dataclass
class _Entity:
    """An entity while it is being built."""

    id: int
    category: EntityCategory
    name: str
    words: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    # Surname particles printed with the name (``al`` of ``Rafik Al-Hariri``), and the
    # capitalised one that opened it and is kept in ``words`` (``al`` of ``Al Gore``).
    particles: frozenset[str] = frozenset()
    opening: str | None = None
    forms: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    gender: Gender | None = None
    # The gender is only a given name's guess: no pronoun, honorific or title told it yet.
    gender_from_name: bool = False
    country: str | None = None
    place: gazetteer.Place | None = None
    acronym_only: bool = False
    # The role keys it is found by (see ``_ResolverState.by_role``).
    roles: list[str] = field(default_factory=list)
    called_by_given_name: bool = False
    # Named by a monarch's title and one name (``King Hussein``): that name is a given name.
    regnal: bool = False
    # Named so far only by a conventional alias (``Abu Mazen``): the next real name replaces it.
    named_by_alias: bool = False
    last_seen: int = -1
    last_paragraph: int | None = None
    mentions: list[int] = field(default_factory=list)

    def add_form(self, form: str) -> None:
        if form and form not in self.forms:
            self.forms.append(form)


def _matched_words(entity: _Entity, particles: frozenset[str]) -> tuple[str, ...]:
    """The entity's name words as a name printed with ``particles`` is matched against: an
    opening particle (``Al Hariri``) counts only for a name that prints it too."""
    if entity.opening is not None and entity.opening in particles and len(entity.words) > 1:
        return entity.words[1:]
    return entity.words


def _compatible(known: Gender | None, wanted: Gender | None) -> bool:
    return known is None or wanted is None or known == wanted


@functools.lru_cache(maxsize=16_384)
def _is_honorific_form(form: str, name: str) -> bool:
    """Whether ``form`` is ``name`` after honorifics only (``Mr. Pompeo`` for ``Pompeo``)."""
    words = form.split()
    while words and _key(words[0]) in _HONORIFICS:
        words.pop(0)
    return words == name.split() and len(words) < len(form.split())
