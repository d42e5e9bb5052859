"""Places and demonyms among the words: the gazetteer's look-ups (cached across articles),
the cheap tests that settle most capitalised words before it is asked, and the pass that marks
places of two words or more and demonyms."""

from __future__ import annotations

import functools

from newsfacts import gazetteer, names
from newsfacts.entities import lexicon
from newsfacts.entities._mention_reading import _Reader
from newsfacts.entities._mention_words import (
    _ACRONYM,
    _MAX_SPELLINGS,
    DEMONYM,
    MARK,
    OTHER,
    PLACE,
    _joined,
    _Paragraph,
    _Segment,
    _Word,
)

__all__ = [
    "_KOREA",
    "_PlaceFinder",
    "_demonym",
    "_is_country_or_continent",
    "_is_place_word",
    "_is_small_town",
    "_opens_with_place",
    "_place",
]

# Words before a place that opens a run of three names or more (*representative in Abidjan
# John Doe*, *Governor of Washington Jane Roe*): the place is no first name there.
_BEFORE_PLACES = frozenset({"the", "in", "of", "at", "from", "near"})
_KOREA = frozenset({"KR", "KP"})
_MAX_PLACE_WORDS = 4


@functools.lru_cache(maxsize=65_536)
def _place(name: str) -> gazetteer.Place | None:
    """The gazetteer's place for ``name`` without a hint, remembered across articles."""
    return gazetteer.resolve(name)


@functools.lru_cache(maxsize=65_536)
def _demonym(name: str) -> gazetteer.Place | None:
    """The gazetteer's demonym look-up, with a cache wide enough for every capitalised word."""
    return gazetteer.demonym(name)


# Cheap tests that tell most runs of capitalised words from place names and demonyms of two
# words or more, by their first word, before the gazetteer is asked about the whole run.
_EXTRA_PLACE_OPENERS = frozenset(name.split(" ")[0] for name in lexicon.EXTRA_PLACES)


def _gazetteer_openers() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the gazetteer's names, and of its demonyms, of two words or more."""
    return gazetteer.multiword_openers()


def _first_key_word(word: str) -> str:
    return gazetteer.normalize_name(word).split(" ")[0]


@functools.lru_cache(maxsize=65_536)
def _may_open_place(word: str) -> bool:
    """Whether a place name of two words or more can start with ``word``: the gazetteer's key
    of a run starts with the key of its first word. A leading *the* may be dropped by the
    gazetteer (*the Hague*), so it may always open one."""
    if word.casefold() == "the":
        return True
    first = _first_key_word(word)
    return not first or first in _gazetteer_openers()[0]


@functools.lru_cache(maxsize=65_536)
def _may_open_demonym(word: str) -> bool:
    """Whether a demonym of two words or more can start with ``word`` (*South African*)."""
    first = _first_key_word(word)
    return not first or first in _gazetteer_openers()[1]


# What a capitalised word tells about the places and demonyms it may open: whether a place
# of two words or more may start with it, the same for a demonym, and whether it is a
# demonym alone (no acronym: ``US`` stays a place). Remembered, as spellings are.
_Opening = tuple[bool, bool, bool]
_OPENINGS: dict[str, _Opening] = {}


def _opening(text: str) -> _Opening:
    if len(_OPENINGS) >= _MAX_SPELLINGS:
        _OPENINGS.clear()
    opening = _OPENINGS[text] = (
        text in _EXTRA_PLACE_OPENERS or _may_open_place(text),
        _may_open_demonym(text),
        not _ACRONYM.fullmatch(text) and _demonym(text) is not None,
    )
    return opening


def _is_country_or_continent(text: str) -> bool:
    place = _place(text)
    return place is not None and place.category in {"country", "continent"}


def _is_place_word(text: str) -> bool:
    return _place(text) is not None


# A town this small that shares a word with a person the story names (*Kamal*, *Lawson*) is
# far likelier to be that person again: the story would say which town it meant.
_SMALL_TOWN = 100_000


def _is_small_town(text: str) -> bool:
    place = _place(text)
    return (
        place is not None
        and place.category == "city"
        and place.capital is None
        and (place.population or 0) < _SMALL_TOWN
    )


def _opens_with_place(words: list[_Word], index: int) -> bool:
    """Whether the word at ``index`` is a place rather than a first name (*George*, *Jordan*)."""
    place = _place(words[index].text)
    if place is None:
        return False
    before = words[index - 1].key if index > 0 else None
    return place.category == "country" or before in _BEFORE_PLACES


def _window(words: list[_Word], index: int, widest: int) -> int:
    """How many words from ``index`` (at most ``widest``) can be one name: capitalised words
    and short lower-case links (``Dar es Salaam``, ``Gulf of Mexico``) not taken yet."""
    stop = min(len(words), index + widest)
    end = index
    while end < stop:
        word = words[end]
        if word.group >= 0 or word.cls == MARK or not (word.capitalised or len(word.text) <= 3):
            break
        end += 1
    return end - index


def _demonym_at(words: list[_Word], index: int) -> tuple[int, str | None]:
    widest = _window(words, index, 3)
    if widest > 1 and not _may_open_demonym(words[index].text):
        widest = 1  # no look-up of every run of capitalised words
    for width in range(widest, 0, -1):
        chunk = words[index : index + width]
        if not chunk[-1].capitalised or (width == 1 and _ACRONYM.fullmatch(chunk[0].text)):
            continue  # ``US``, ``U.S.`` as adjectives are still the country's name: places
        place = _demonym(_joined(words, index, index + width))
        if place is None:
            continue
        following = words[index + width] if index + width < len(words) else None
        if (
            width == 1
            and chunk[0].text in lexicon.DEMONYM_FIRST_NAMES
            and following is not None
            and _plain_name_word(following)
        ):
            return 0, None  # ``Dane Smith``: a first name, not a nationality
        return width, place.country
    return 0, None


def _plain_name_word(word: _Word) -> bool:
    key = word.key
    return (
        word.group < 0
        and word.cls == OTHER
        and names.is_capitalised(word.text)
        and key not in lexicon.TITLE_HEADS
        and key not in lexicon.TITLE_MODIFIERS
        and key not in lexicon.ORGANIZATION_HEADS
    )


class _PlaceFinder(_Reader):
    """The first pass's rules for places and demonyms."""

    def _places_and_demonyms(self, paragraph: _Paragraph) -> None:
        words = paragraph.words
        for index in paragraph.capitals:
            word = words[index]
            if word.group >= 0 or not word.capitalised:
                continue  # the words of a place just found are taken too
            opens_place, opens_demonym, demonym = _OPENINGS.get(word.text) or _opening(word.text)
            if opens_place:
                width, country = self._place_at(words, index)
                if width:
                    self.korean = self.korean or country in _KOREA
                    paragraph.add(_Segment(PLACE, index, index + width - 1, country), PLACE)
                    continue
            if not (opens_demonym or demonym):
                continue  # the common case, settled by the word alone
            width, country = _demonym_at(words, index)
            if width:
                self.korean = self.korean or country in _KOREA
                paragraph.add(_Segment(DEMONYM, index, index + width - 1, country), DEMONYM)

    def _place_at(self, words: list[_Word], index: int) -> tuple[int, str | None]:
        """The widest place of two words or more starting at ``index`` (width 0 if none)."""
        for width in range(_window(words, index, _MAX_PLACE_WORDS), 1, -1):
            if not words[index + width - 1].capitalised:
                continue
            joined = _joined(words, index, index + width)
            if joined in lexicon.EXTRA_PLACES:
                return width, lexicon.EXTRA_PLACES[joined]
            place = _place(joined)
            if place is not None:
                return width, place.country
        return 0, None
