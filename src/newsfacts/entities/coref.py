"""Group mentions into entities and resolve pronouns and descriptions, by explainable rules.

One pass over the mentions in text order, with per-name, per-role and last-seen maps (never a
comparison of every mention with every other one), so the work is linear in the mentions.

People
    Two names are one person when one is a fuller form of the other: the shorter one's words
    appear in the longer one in order and include its surname (``Pompeo`` and ``Mr. Pompeo`` in
    ``Mike Pompeo``, ``Donald Trump`` in ``Donald J. Trump``). The surname is the last word, or
    the first for an East Asian name printed family name first (``Kim Jong-un``: the given name
    is hyphenated, or the first word is a common Chinese, Korean or Vietnamese family name and
    the last is not), so ``Kim Jong-un`` and ``Sung Kim`` are two people who share the surname
    ``Kim``. A bare surname shared by several people never goes to one the story calls by
    given name alone (``Elian``, beside his father ``Gonzalez``), then, in this order, to the
    only one of them compatible in gender; to the only one already named in the same
    paragraph (two named there leave it unresolved); to the one the story last called by the
    bare surname; then, preferring a name printed family name first (a bare ``Kim`` is Kim
    Jong-un's family name: wire copy keeps printing ``Sung Kim`` in full, the gold convention
    of the corpus), to the most recently mentioned. A single word that is no known surname
    but the given name of exactly one person (``Elian``) is that person (a given name in a
    quotation, ``"Cool clock, Ahmed"``, is direct address and tells nobody apart); one that
    misprints a surname by a doubled letter (``Abbott`` after ``Diane Abbot``) is the one
    person it can be. The canonical
    ``name`` is the fullest form seen; ``aliases`` every other printed form, ``Mr. Pompeo``
    and ``Pope John Paul II`` included.

Gender
    From honorifics and gendered titles (``Mrs.``, ``spokeswoman``, ``King``), from the
    pronouns already linked to the person, and from a given name only when
    :mod:`~newsfacts.entities.given_names` lists it as nearly always one gender's
    (``Muriel``, ``Mohammad``): wire copy is full of names an English list gets wrong
    (``Kim``, ``Jean``, ``Andrea``), and a wrong gender silently blocks the right pronoun,
    while an unknown one only widens the choice.

Organisations
    ``the White House`` and ``White House`` are one entity (case, dots and a leading *the*
    ignored; a leading country such as ``U.S.`` too when nothing else matches). An acronym joins
    the organisation that introduces it in brackets (``the Federal Bureau of Investigation
    (FBI)``) or whose initials it spells, and an organisation named in full joins an acronym
    seen before whose letters are its initials. Organisations never merge with people, so
    ``Ford`` the company is not ``Gerald Ford``.

Places
    One entity per gazetteer place (name and country), with its ``country``, ``latitude`` and
    ``longitude``; ``US`` and ``United States`` are one, and ``the North`` is North Korea in a
    story already about Korea (the gazetteer's context rule).

Pronouns
    ``he``/``she`` (and ``him``, ``his``, ``her``) go to a compatible person (same gender, or
    gender not known yet) within the same or the previous paragraph: a subject pronoun first to
    the subject of its own sentence before it (``Pompeo said he ...``), then to the subject of
    the previous sentence that has one (``Sanders said ... . "...," she said``); a possessive
    or object pronoun first to the nearest person before it in its sentence already known to
    have its gender, then to the nearest one (``the leader and his team``), then to the
    previous subject; else the nearest compatible person. A subject pronoun in a sentence
    without subject takes the nearest person of its own sentence (``taken by Kohl when he
    outlined``, ``Erdogan's office said he``), unless a comma stands right before it: then it
    opens a main clause after a fronted phrase and keeps to the previous subject (``Unlike
    Roe, he``). Only gender a pronoun, honorific or title told counts as "known"; a given
    name's guess only rules the other gender out. "The previous subject" is that of the nearest
    earlier sentence when compatible, else the first compatible person that sentence names
    (``This stance was taken by Kohl.``), else the same a sentence further back. A sentence's
    subject is its first mention outside quotation marks that is neither possessive
    (``Bolton's``), nor a modifier (``Embassy staff``), nor after a preposition (``with``,
    ``unlike``). Outside a quotation, people named inside one
    are no antecedents; inside one, only people it names are (a speaker seldom calls themself
    *he*). ``they``/``their``/``them`` go to an organisation and ``it``/``its`` to an
    organisation or place only when that is the subject of the sentence or of the previous
    one. First- and second-person pronouns are never resolved: inside a quotation they are the
    speaker's (left to the quotes extractor), outside one the reporter's. A linked pronoun
    gives its gender to a person whose gender was unknown.

Descriptions
    ``the minister``, ``the top US diplomat``: the most recently mentioned entity whose titles
    (for organisations, the head of the name, ``Ministry of Defence`` -> ``ministry``; for
    places, the kind: ``the country``, ``the city``) share the description's head noun, or
    a role of the small map :data:`ROLE_SYNONYMS` (``diplomat`` ~ ``secretary of state``,
    ``foreign minister``, ``ambassador``). A demonym or country in the description must agree
    with the person's country when that is known (``the North Korean leader``). A description
    printed just before a name with a comma between (``the provincial premier, Ralph Klein,``)
    is that person and gives them its title. A person's role (``the UK chancellor``) that no
    one has yet, opening its sentence, is the person that sentence or the previous one is
    about, if the story has given them no title (``Gordon Brown has called ... . On his tour,
    the UK chancellor said``). A person mention with titles and no name (``the Secretary of
    State``) is resolved the same way, as a ``title``. Descriptions never make entities of
    their own.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import regex

from newsfacts import gazetteer
from newsfacts.entities import lexicon, name_forms
from newsfacts.entities.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from newsfacts.entities.role_descriptions import role_phrases
from newsfacts.records import Entity, EntityCategory, Mention, Resolution, Span

if TYPE_CHECKING:
    from newsfacts.article import Article

__all__ = ["ROLE_SYNONYMS", "resolve"]

Gender = Literal["female", "male"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The word tables live in :mod:`newsfacts.entities.lexicon` (shared knowledge, data only);
# the short names here keep the rules below readable.
ROLE_SYNONYMS = lexicon.ROLE_SYNONYMS
_HONORIFICS = lexicon.ADDRESS_FORMS
_MALE_WORDS = lexicon.MALE_WORDS
_FEMALE_WORDS = lexicon.FEMALE_WORDS
_REGNAL = lexicon.REGNAL_TITLES
_SUFFIXES = lexicon.NAME_SUFFIXES
# Role nouns the recognizer may keep before a name that opens a sentence (``Resident Tom
# Bell``, ``Blogger Jo Roe``): no part of the person's name.
_ROLE_PREFIXES = _words(
    """resident residents blogger critic novelist economist analyst volunteer student
    teacher farmer nurse homeowner neighbour neighbor organizer organiser activist artist
    historian researcher veteran shopper tenant landlord survivor commuter trustee"""
)
_FAMILY_FIRST = lexicon.FAMILY_NAMES_FIRST
_COMPANY_HEADS = lexicon.COMPANY_DESCRIPTIONS
_COMPANY_NAME_ENDS = lexicon.COMPANY_NAME_ENDS
_GENERIC_FIRST = lexicon.GENERIC_FIRST_WORDS
_PLACE_HEADS = lexicon.PLACE_DESCRIPTIONS
# Description heads that name a person's role (``the chancellor``), not an organisation's.
_PERSON_ROLE_HEADS = lexicon.DESCRIPTION_HEADS & lexicon.TITLE_HEADS
_HEAD_STOPS = lexicon.HEAD_STOPS
_TITLE_HEADS = lexicon.TITLE_HEADS
# A name after one of these stands in a fronted or prepositional phrase, not as the subject
# (``Unlike Roe, he ...``): the lexicon's prepositions and a few that open contrasts.
_PREPOSITIONS = lexicon.PREPOSITIONS | _words("unlike besides except despite beside amid upon")
_ORG_FUNCTION_WORDS = lexicon.ORGANIZATION_FUNCTION_WORDS
_MALE_PRONOUNS = lexicon.MALE_PRONOUNS
_FEMALE_PRONOUNS = lexicon.FEMALE_PRONOUNS
_NOMINATIVE = lexicon.NOMINATIVE_PRONOUNS
_PLURAL_PRONOUNS = lexicon.PLURAL_PRONOUNS
_NEUTER_PRONOUNS = lexicon.NEUTER_PRONOUNS
_PARTICLES = name_forms.SURNAME_PARTICLES
_HYPHENATED_PARTICLES = name_forms.HYPHENATED_PARTICLES
_PERSON_ALIASES = name_forms.PERSON_ALIASES
_ORGANIZATION_ALIASES = name_forms.ORGANIZATION_ALIASES

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.'\u2019&\-]*")
# Plural nouns that make a name before them a modifier: ``Embassy staff``, ``Kenyan police``.
_GROUP_NOUN_AFTER = regex.compile(
    r"\s+(?:staff|officials|employees|workers|members|troops|forces|officers|sources|aides"
    r"|executives|leaders|lawyers|agents|police|spokesm[ae]n|spokeswom[ae]n|authorities)\b"
)
_POSSESSIVE_AFTER = regex.compile(r"['\u2019]s?\b")
# What follows ``him`` or ``her`` used as an object, not a possessive (``asked her to``,
# ``told him.``): punctuation, the end, or a word that opens no noun phrase.
_OBJECT_AFTER = regex.compile(
    r"[ \t]*(?:[^\p{L}\p{N}\s]|\Z|\n|(?:to|that|about|for|with|on|in|at|of|and|or|if|"
    r"whether|not|again|back|up|out|down|off|over|why|how|what|when|where|from|by|into)\b)"
)
# Searched backwards (``(?r)``): the match ends at the window's end, so start there.
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}]+)[^\p{L}\p{N}]*\Z")
_BRACKETED_ACRONYM = regex.compile(r"\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.\-]{1,11})\s*\)")
# How far after a name its bracketed acronym is looked for. ``regex`` first looks for the
# ``(`` the pattern needs as far as it may: without this bound, to the end of the story for
# every organisation of a story without brackets (quadratic in a long one).
_BRACKET_REACH = 200
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&.\-]{1,11}")
_ARTICLE = regex.compile(r"(?i)(?:the|this|that)\s+")

# How far back a pronoun looks for the nearest compatible person, in mentions: the window is
# the same and the previous paragraph, and this cap keeps a 1 MB paragraph linear.
_LOOKBACK = 60
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
# A role before a name, set off by a comma and owned or determined: ``Mr. Sarkozy's lawyer,
# Thierry Herzog,``; ``his spokeswoman, Ann Lee,``; ``a lawyer, Thierry Herzog,``. Searched
# backwards from the name (``(?r)``) over a short window.
_ROLE_BEFORE_NAME = regex.compile(
    r"(?r)(?:['\u2019]s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?))\s+"
    r"((?:[\p{Ll}\p{N}][\p{Ll}\p{N}\-]*\s+){0,2}\p{Ll}[\p{Ll}\-]*)\s*,\s*\Z"
)
_ROLE_WINDOW = 60
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
# How many sentences back ``the previous subject`` may be (skipping sentences with none).
_SUBJECT_LOOKBACK = 3
# How many people a sentence remembers for the pronouns of the next ones (its first ones).
_PEOPLE_PER_SENTENCE = 4
_POSSESSIVE_PRONOUNS = _words("his her hers its their theirs")
# A comma right before a pronoun (searched backwards from it).
_COMMA_BEFORE = regex.compile(r"(?r),\s*\Z")
# A complement after a description's head: ``the leader of the advance unit``.
_COMPLEMENT = regex.compile(r"(?i)\s+(?:of|for|at|in)\b")
# What may follow a name in apposition: the end of its phrase.
_PHRASE_END = regex.compile(r"\s*(?:[,.;:)\u2014\u2013]|\Z)")
# Between a description and the name it introduces (``the provincial premier, Ralph Klein,``).
_APPOSITION_GAP = regex.compile(r"\s*,\s*")
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


@functools.lru_cache(maxsize=8192)
def _roles(title: str) -> frozenset[str]:
    """The role keys a title answers to: the head of each part and the synonyms that cover it."""
    lowered = " " + " ".join(_name_words(title.replace(",", " , "))) + " "
    roles = {head for part in regex.split(r"\s(?:and|,)\s", lowered) if (head := _head(part))}
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
    # The role keys it is found by (see ``_Resolver.by_role``).
    roles: list[str] = field(default_factory=list)
    called_by_given_name: bool = False
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


# The antecedent filter a pronoun passes to :meth:`_Resolver.nearest`.
_Fits = Callable[[int | None], _Entity | None]


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

    def sentence(self, position: int) -> int | None:
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        if index >= 0 and position < self.sentences[index].span.end:
            return index
        return None

    def paragraph(self, sentence: int | None) -> int | None:
        return None if sentence is None else self.sentences[sentence].paragraph

    def quoted(self, position: int) -> bool:
        index = bisect.bisect_right(self._quote_starts, position) - 1
        return index >= 0 and position < self._quotes[index][1]

    def locate(self, position: int) -> tuple[int | None, int | None, bool]:
        """``sentence``, ``paragraph`` and ``quoted`` at once, for every mention."""
        sentence = self.sentence(position)
        paragraph = None if sentence is None else self.sentences[sentence].paragraph
        return sentence, paragraph, self.quoted(position)


def _quotation_spans(article: Article) -> list[tuple[int, int]]:
    """The words inside quotation marks, paired paragraph by paragraph (single marks too)."""
    quotations = article.quotations
    return sorted((part.start, part.end) for quotation in quotations for part in quotation.parts)


class _Resolver:
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
        entity = self.find_person(words, surnames, gender, particles, opening)
        if entity is False:
            self.link(index, None, "unresolved")
            return
        # ``Al Gore`` keeps its ``al`` (a given name, perhaps) apart from ``Tipper Gore``.
        stored = words if opening is None else (opening, *words)
        if entity is None:
            entity = self.new_entity("person", name)
            entity.words, entity.surnames, entity.opening = stored, surnames, opening
            entity.named_by_alias = alias is not None
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
        start = mention.span.start
        found = _ROLE_BEFORE_NAME.search(self.text, max(0, start - _ROLE_WINDOW), start)
        if found is None or _PHRASE_END.match(self.text, mention.span.end) is None:
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
    ) -> _Entity | Literal[False] | None:
        """The person these name words (particles cut) belong to, ``None`` for a new one,
        ``False`` when a bare surname is ambiguous. A name opened by a capitalised particle
        (``Al Hariri``; ``Al Gore``?) only joins a person printed with that particle."""
        candidates: list[_Entity] = []
        for surname in dict.fromkeys([*surnames, *words[-1:]]):
            for entity_id in self.by_surname.get(surname, ()):
                entity = self.entities[entity_id]
                if entity in candidates or not _compatible(entity.gender, gender):
                    continue
                if opening is not None and opening not in entity.particles:
                    continue
                known = _matched_words(entity, particles)
                if _is_part_of(words, known, entity.surnames) or _is_part_of(
                    known, words, surnames
                ):
                    candidates.append(entity)
        if not candidates and len(words) == 1 and opening is None:
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

    def add_titles(self, entity: _Entity, titles: Iterable[str]) -> None:
        for title in titles:
            if _key(title) in _HONORIFICS or title in entity.titles:
                continue
            entity.titles.append(title)
            entity.gender = entity.gender or _title_gender(_name_words(title))
            entity.country = entity.country or _country_of(title)
            for role in _roles(title):
                self.add_role(entity, role)

    def add_role(self, entity: _Entity, role: str) -> None:
        if role not in entity.roles:
            entity.roles.append(role)
            self.by_role.setdefault(role, {})[entity.id] = None

    # -- organisations -----------------------------------------------------------------

    def organization(self, index: int) -> None:
        mention = self.mentions[index]
        printed = (mention.name or mention.text).strip()
        name = _strip_article(printed)
        key = " ".join(_name_words(name))
        alias = _ORGANIZATION_ALIASES.get(key)
        if alias is not None:
            key = " ".join(_name_words(alias))  # the ``Tories`` are the ``Conservatives``
        is_acronym = _ACRONYM.fullmatch(name) is not None
        entity = self.find_organization(name, key, is_acronym)
        if entity is None:
            entity = self.new_entity("organization", name)
            entity.acronym_only = is_acronym
            entity.words = _name_words(name)
        elif not is_acronym and (entity.acronym_only or len(name) > len(entity.name)):
            entity.name, entity.acronym_only = name, False
        self.org_keys.setdefault(key, entity.id)
        self.org_keys.setdefault(_without_country(name), entity.id)
        short = _short_company_name(name)
        if short is not None:
            self.org_keys.setdefault(short, entity.id)
        for initials in _initials(name):
            self.org_initials.setdefault(initials, entity.id)
        end = mention.span.end
        bracketed = _BRACKETED_ACRONYM.match(self.text, end, end + _BRACKET_REACH)
        if bracketed is not None and not is_acronym:
            self.org_keys.setdefault(_key(bracketed.group(1)), entity.id)
        for role in _organization_roles(name):
            self.add_role(entity, role)
        self.add_role(entity, "org:any")
        entity.add_form(name)
        for form in (printed, mention.text.strip()):
            if _strip_article(form) == name:
                entity.add_form(form)
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

    # -- pronouns ----------------------------------------------------------------------

    def pronoun(self, index: int) -> None:
        mention = self.mentions[index]
        word = mention.text.strip().lower()
        sentence = self.layout.sentence(mention.span.start)
        entity: _Entity | None = None
        if sentence is not None:
            if word in _MALE_PRONOUNS or word in _FEMALE_PRONOUNS:
                gender: Gender = "male" if word in _MALE_PRONOUNS else "female"
                entity = self.person_antecedent(index, sentence, gender, word in _NOMINATIVE)
                if entity is not None:
                    entity.gender = entity.gender or gender
                    entity.gender_from_name = False
            elif word in _PLURAL_PRONOUNS or word in _NEUTER_PRONOUNS:
                kinds = ("organization",) if word in _PLURAL_PRONOUNS else ("organization", "place")
                entity = self.subject_antecedent(sentence, kinds)
        self.link(index, entity, "pronoun" if entity else "unresolved")

    def person_antecedent(
        self, index: int, sentence: int, gender: Gender, nominative: bool
    ) -> _Entity | None:
        mention = self.mentions[index]
        quoted = self.layout.quoted(mention.span.start)
        # ``Judge Amin asked her to ...``: an object pronoun is not its own clause's subject.
        excluded = (
            self.subjects.get(sentence)
            if not nominative
            and _OBJECT_AFTER.match(self.text, mention.span.end)
            and mention.text.strip().lower() in ("him", "her")
            else None
        )

        def fits(entity_id: int | None) -> _Entity | None:
            if entity_id is None or entity_id == excluded:
                return None
            entity = self.entities[entity_id]
            ok = entity.category == "person" and _compatible(entity.gender, gender)
            return entity if ok else None

        def known(entity_id: int | None) -> _Entity | None:
            entity = fits(entity_id)
            if entity is None or entity.gender != gender or entity.gender_from_name:
                return None
            return entity

        if quoted:
            # A speaker seldom calls themself "he": inside a quotation only people the
            # quotation itself names count ("Kim is serious. He wants a deal," she said).
            return self.nearest(sentence, quoted, fits, same_sentence=False, only_quoted=True)
        # The rules are tried in order, each computed only when the ones before found nobody.
        if nominative:
            found = fits(self.subjects.get(sentence))
            # In a subordinate clause the person just named is the likeliest (``taken by Kohl
            # when he outlined``); a main clause's "he" keeps to the previous subject even
            # past a fronted phrase (``After talks with Sharon, he said``).
            if found is None and not self.after_fronted_phrase(index):
                found = self.nearest(sentence, quoted, fits, same_sentence=True)
        else:
            # Gender evidence beats distance inside the sentence: in "he abused the trust of
            # Jane Roe to fund his campaign", "his" skips Roe for the man "he" was.
            found = self.nearest(sentence, quoted, known, same_sentence=True)
            if found is None:
                found = self.nearest(sentence, quoted, fits, same_sentence=True)
        if found is None:
            found = self.previous_salient(sentence, fits)
        if found is None:
            found = self.nearest(sentence, quoted, fits, same_sentence=False)
        return found

    def nearest(
        self,
        sentence: int,
        quoted: bool,
        fits: _Fits,
        *,
        same_sentence: bool,
        only_quoted: bool = False,
    ) -> _Entity | None:
        paragraph = self.layout.paragraph(sentence)
        assert paragraph is not None
        for seen in self.history[: -_LOOKBACK - 1 : -1]:
            if seen.paragraph is None or seen.paragraph < paragraph - 1:
                break
            if same_sentence and seen.sentence != sentence:
                break
            if (seen.quoted and not quoted) or (only_quoted and not seen.quoted):
                continue
            entity = fits(seen.entity)
            if entity is not None:
                return entity
        return None

    def previous_subject(self, sentence: int) -> int | None:
        paragraph = self.layout.paragraph(sentence)
        assert paragraph is not None
        for earlier in range(sentence - 1, max(-1, sentence - 1 - _SUBJECT_LOOKBACK), -1):
            if self.layout.sentences[earlier].paragraph < paragraph - 1:
                break
            if earlier in self.subjects:
                return self.subjects[earlier]
        return None

    def previous_salient(self, sentence: int, fits: _Fits) -> _Entity | None:
        """The person a pronoun continues from the sentences before its own: the nearest
        sentence's subject when it fits, else the first fitting person that sentence names
        (``This stance was taken by Kohl. He said``), else the same a sentence further back."""
        paragraph = self.layout.paragraph(sentence)
        assert paragraph is not None
        for earlier in range(sentence - 1, max(-1, sentence - 1 - _SUBJECT_LOOKBACK), -1):
            if self.layout.sentences[earlier].paragraph < paragraph - 1:
                break
            found = fits(self.subjects.get(earlier))
            if found is not None:
                return found
            for person in self.people.get(earlier, ()):
                found = fits(person)
                if found is not None:
                    return found
        return None

    def after_fronted_phrase(self, index: int) -> bool:
        """Whether the pronoun opens a main clause after a fronted phrase: a comma stands
        right before it, or a name with nothing between (``Standing next to Mr Blair he
        added``: a clause that went on from the name would need a verb or a conjunction)."""
        mention = self.mentions[index]
        if self.after_comma(mention):
            return True
        if index == 0:
            return False
        before = self.mentions[index - 1]
        return (
            before.category in ("person", "organization", "place")
            and before.span.end <= mention.span.start
            and not self.text[before.span.end : mention.span.start].strip()
        )

    def after_comma(self, mention: Mention) -> bool:
        """Whether a comma stands right before the pronoun: it is then the subject of a main
        clause after a fronted phrase (``Unlike Roe, he``), not of a clause after a verb or
        a subordinating word (``Roe's office said he``, ``taken by Roe when he``)."""
        return (
            _COMMA_BEFORE.search(self.text, max(0, mention.span.start - 8), mention.span.start)
            is not None
        )

    def subject_antecedent(self, sentence: int, kinds: tuple[str, ...]) -> _Entity | None:
        for subject in (self.subjects.get(sentence), self.previous_subject(sentence)):
            if subject is not None:
                entity = self.entities[subject]
                return entity if entity.category in kinds else None
        return None

    # -- descriptions ------------------------------------------------------------------

    def description(self, index: int, resolution: Resolution = "description") -> None:
        mention = self.mentions[index]
        if self.introduces_name(index):
            self.appositions[index + 1] = (index, resolution)
            self.resolutions.append((None, "unresolved"))
            self.clock += 1
            return
        phrase = _strip_article((mention.name or mention.text).strip())
        head = _head(phrase)
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
            found = self.latest_holder(role, country)
            if found is not None and (best is None or found.last_seen > best.last_seen):
                best = found
        if best is None and head in _COMPANY_HEADS:
            best = self.latest_business(index)
        if best is None and head in _PERSON_ROLE_HEADS:
            best = self.untitled_subject(index, phrase, country)
        if best is None:
            self.link(index, None, "unresolved")
            return
        self.add_titles(best, mention.titles)
        self.link(index, best, resolution)

    def latest_holder(self, role: str, country: str | None) -> _Entity | None:
        """The most recently mentioned entity with ``role`` (of ``country``, for a person
        whose country is known), looking back over a few holders at most."""
        holders = self.by_role.get(role)
        if not holders:
            return None
        for looked, entity_id in enumerate(reversed(holders)):
            if looked == _HOLDERS_LOOKED_AT:
                break
            entity = self.entities[entity_id]
            if country and entity.category == "person" and entity.country not in (None, country):
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
        head = _head(_strip_article((mention.name or mention.text).strip()))
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
            close = self.layout.sentences[previous].paragraph >= paragraph - 1
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

    # -- the pass ----------------------------------------------------------------------

    @property
    def current_start(self) -> int:
        return self.mentions[self.clock].span.start

    def run(self, mentions: Sequence[Mention]) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
        self.mentions = sorted(
            mentions, key=lambda mention: (mention.span.start, -mention.span.end)
        )
        for index, mention in enumerate(self.mentions):
            if mention.category == "person":
                if mention.name is None and mention.titles:
                    self.untitled_person(index)
                else:
                    self.person(index)
            elif mention.category == "organization":
                self.organization(index)
            elif mention.category == "place":
                self.place(index)
            elif mention.category == "pronoun":
                self.pronoun(index)
            else:
                self.description(index)
        return self.finish()

    def finish(self) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
        resolved: list[Mention] = []
        entities = self.entities
        forms = self.forms
        for index, (mention, (entity_id, resolution)) in enumerate(
            zip(self.mentions, self.resolutions, strict=True)
        ):
            if resolution == "name" and entity_id is not None:
                resolution = "name" if forms.get(index) == entities[entity_id].name else "alias"
            resolved.append(_with_entity(mention, entity_id, resolution))
        added = self.role_descriptions(resolved)
        built = tuple(self.build(entity, resolved, added) for entity in entities)
        if added:
            resolved.sort(key=lambda mention: (mention.span.start, -mention.span.end))
        return built, tuple(resolved)

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

    def build(self, entity: _Entity, resolved: list[Mention], added: set[int]) -> Entity:
        mentions = [resolved[index] for index in entity.mentions]
        if entity.id in added:
            mentions.sort(key=lambda mention: mention.span.start)
        place = entity.place
        return Entity(
            id=entity.id,
            span=mentions[0].span,
            category=entity.category,
            name=entity.name,
            aliases=[form for form in entity.forms if form != entity.name],
            titles=entity.titles,
            gender=entity.gender if entity.category == "person" else None,
            country=entity.country if entity.category == "place" else None,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            mentions=mentions,
        )


def _with_entity(mention: Mention, entity: int | None, resolution: Resolution) -> Mention:
    """``mention`` resolved. Built field by field: ``attrs.evolve`` costs three times as much,
    once per mention (a test checks that no field of :class:`Mention` is left out)."""
    return Mention(
        span=mention.span,
        text=mention.text,
        category=mention.category,
        name=mention.name,
        name_span=mention.name_span,
        titles=mention.titles,
        gender=mention.gender,
        country=mention.country,
        entity=entity,
        resolution=resolution,
    )


def _compatible(known: Gender | None, wanted: Gender | None) -> bool:
    return known is None or wanted is None or known == wanted


def _is_honorific_form(form: str, name: str) -> bool:
    """Whether ``form`` is ``name`` after honorifics only (``Mr. Pompeo`` for ``Pompeo``)."""
    words = form.split()
    while words and _key(words[0]) in _HONORIFICS:
        words.pop(0)
    return words == name.split() and len(words) < len(form.split())


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


def resolve(
    article: Article, mentions: Sequence[Mention]
) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    """Return the entities and the mentions with ``entity`` and ``resolution`` filled in.

    Entities are numbered from 0 in order of first mention; mentions come back in text order.

    >>> from newsfacts import parse
    >>> from newsfacts.records import Mention, Span
    >>> article = parse("Mr. Smith arrived. He spoke.")
    >>> found = [Mention(span=Span(start=0, end=9), text="Mr. Smith", category="person",
    ...                  name="Smith"),
    ...          Mention(span=Span(start=19, end=21), text="He", category="pronoun")]
    >>> entities, resolved = resolve(article, found)
    >>> entities[0].name, entities[0].gender, entities[0].aliases
    ('Smith', 'male', ('Mr. Smith',))
    >>> [(m.text, m.entity, m.resolution) for m in resolved]
    [('Mr. Smith', 0, 'name'), ('He', 0, 'pronoun')]
    """
    return _Resolver(article).run(mentions)
