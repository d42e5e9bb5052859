"""Organisations among the words: known names, runs ending in an organisation head (with an
*of* phrase after some heads), firms of partners, and organisations described by a country
(*the Cuban government*)."""

from __future__ import annotations

from newsfacts import abbreviations, names
from newsfacts.entities import lexicon
from newsfacts.entities._mention_places import (
    _is_country_or_continent,
    _is_place_word,
    _is_small_town,
)
from newsfacts.entities._mention_reading import _Reader
from newsfacts.entities._mention_words import (
    DEMONYM,
    HEAD,
    MARK,
    MODIFIER,
    NAME,
    ORG,
    PLACE,
    POSSESSIVE,
    _is_given_name,
    _joined,
    _Paragraph,
    _Segment,
    _Word,
)

__all__ = ["_OrganizationFinder"]

_OF_CONNECTORS = frozenset({"of", "for", "on"})
_COMPANY_HEADS = frozenset(
    {"corp", "corporation", "inc", "incorporated", "co", "cos", "ltd", "llc", "plc", "ag", "gmbh"}
)
_FIRM_HEADS = _COMPANY_HEADS | {"group", "holdings"}
# First word of each known organisation -> the numbers of words its names have, widest first.
_KNOWN_WIDTHS: dict[str, tuple[int, ...]] = {}
for _name in lexicon.KNOWN_ORGANIZATIONS:
    _first, _width = _name.split()[0], len(_name.split())
    _KNOWN_WIDTHS[_first] = tuple(sorted({*_KNOWN_WIDTHS.get(_first, ()), _width}, reverse=True))
_MAX_ORGANIZATION_WORDS = 8  # before the head


def _partner_word(word: _Word) -> bool:
    """Whether a word may name a partner of a firm (*Butcher*, *Singer*): a capitalised name
    or title word of no other name, and no place but a small town (*Hale* of *Hale & Dorr*)."""
    return (
        word.group < 0
        and word.cls in {NAME, HEAD, MODIFIER}
        and word.text[:1].isupper()
        and (not _is_place_word(word.text) or _is_small_town(word.text))
    )


def _organization_word(word: _Word) -> bool:
    """Whether a word before an organisation head belongs to the organisation's name."""
    if (word.cls in {MARK, POSSESSIVE, NAME} and word.group >= 0) or word.cls == MARK:
        return False
    if not word.text[:1].isupper() or word.key in lexicon.HONORIFICS:
        return False
    if word.initial and (
        word.key in lexicon.SENTENCE_OPENERS or word.text in abbreviations.SENTENCE_STARTERS
    ):
        return False
    return word.key not in {"the", "a", "an", "and", "of"}


def _joins_organization(words: list[_Word], index: int) -> bool:
    """Whether the *and* (or *&*) at ``index`` joins two words of one organisation's name: a
    capitalised word before it that is no place (*Britain and Ireland Office* is not one)."""
    link, before = words[index], words[index - 1]
    if not ((link.key == "and" and link.lower) or link.text == "&"):
        return False
    return (
        _organization_word(before)
        and before.group < 0
        and not before.initial
        and not _is_place_word(before.text)
    )


def _lists_organization_word(words: list[_Word], index: int) -> bool:
    """Whether the comma at ``index`` joins a word of a list in an organisation's name whose
    last item an *and* joins (``Meteorology, Climatology and Geophysics Agency``)."""
    item = words[index - 1]
    before = words[index - 2] if index >= 2 else None
    return (
        words[index].text == ","
        and _organization_word(item)
        and item.group < 0
        and names.is_capitalised(item.text)  # no ``In January, ...``
        and not _is_place_word(item.text)
        and (before is None or not before.lower or before.key in {"the", "of", "for"})
    )


class _OrganizationFinder(_Reader):
    """The first pass's rules for organisations."""

    @staticmethod
    def _partnerships(paragraph: _Paragraph) -> None:
        """Name words joined by *and* or *&* right after a person and *of* name a firm of
        partners, not more people: *Thom Brown of Butcher and Singer*, *Jo Roe of Smith &
        Jones*. Not places (*of Britain and France*)."""
        words = paragraph.words
        for segment in list(paragraph.segments):
            at = segment.last + 1
            if segment.category != NAME or at + 3 >= len(words):  # of, a name, and, a name
                continue
            if words[at].key != "of" or not words[at].lower:
                continue
            first = index = at + 1
            joined = named = False
            while index < len(words) and index - first < _MAX_ORGANIZATION_WORDS:
                word = words[index]
                if _partner_word(word):
                    named = named or word.cls == NAME
                    index += 1
                elif (
                    (word.text == "&" or (word.key == "and" and word.lower))
                    and index > first
                    and index + 1 < len(words)
                    and _partner_word(words[index + 1])
                ):
                    joined = True
                    index += 1
                else:
                    break
            if joined and named and _partner_word(words[index - 1]):
                paragraph.add(_Segment(ORG, first, index - 1), ORG)

    def _known_organizations(self, paragraph: _Paragraph) -> None:
        words = paragraph.words
        free = 0  # the first word not inside an organisation found here
        for index in paragraph.capitals:
            word = words[index]
            widths = _KNOWN_WIDTHS.get(word.text)
            if widths is None or index < free or not word.text[:1].isupper():
                continue
            found = 0
            for width in widths:
                # A width past the paragraph's end would join fewer words than it counts.
                if index + width > len(words):
                    continue
                if _joined(words, index, index + width) in lexicon.KNOWN_ORGANIZATIONS:
                    found = width
                    break
            if found and not (found == 1 and word.initial and word.key in self.vocabulary):
                paragraph.add(_Segment(ORG, index, index + found - 1), ORG)
                free = index + found

    def _headed_organizations(self, paragraph: _Paragraph) -> None:
        words = paragraph.words
        for index in paragraph.capitals:
            word = words[index]
            if word.key not in lexicon.ORGANIZATION_HEADS or word.group >= 0:
                continue
            if not word.text[:1].isupper() or (word.text.isupper() and len(word.text) > 3):
                continue
            first = index
            # Bounded, so that a long run of capitalised heads stays linear.
            joined = False
            while first > 0 and index - first < _MAX_ORGANIZATION_WORDS:
                if _organization_word(words[first - 1]):
                    first -= 1
                elif first > 1 and _joins_organization(words, first - 1):
                    first -= 2  # ``Immigration and Naturalization Service``
                    joined = True
                elif joined and first > 1 and _lists_organization_word(words, first - 1):
                    first -= 2  # ``Meteorology, Climatology and Geophysics Agency``
                elif first > 1 and word.key in _POSSESSIVE_FIRM_HEADS and _firm_owner(words, first):
                    first -= 2  # ``Moody's Investors Service``, ``McDonald's Corp``
                    self.company_words.add(words[first].text)  # ``Moody's said``
                    break
                else:
                    break
            last = self._of_phrase(words, index) if word.key in lexicon.OF_HEADS else index
            while last + 1 < len(words) and words[last + 1].key in _COMPANY_HEADS:
                last += 1
            if first == index and last == index:
                continue
            if _joined(words, first, last + 1) in lexicon.EXTRA_PLACES:
                continue
            paragraph.add(_Segment(ORG, first, last), ORG)
            # ``China National Chemicals Corp`` makes no company of every ``China``.
            if (
                word.key in _COMPANY_HEADS
                and first < index
                and not _is_country_or_continent(words[first].text)
            ):
                self.company_words.add(words[first].text)
            if word.key in _FIRM_HEADS and index - first >= 2:
                self.firm_names.add(_joined(words, first, index))  # ``Kinder Morgan`` Inc.

    @staticmethod
    def _of_phrase(words: list[_Word], head: int) -> int:
        """The last word of an *of* phrase after an organisation head, or the head itself."""
        index = head + 1
        if index >= len(words) or words[index].key not in _OF_CONNECTORS or words[index].group >= 0:
            return head
        index += 1
        if index < len(words) and words[index].key == "the" and words[index].lower:
            index += 1
        last = head
        seen_place = False
        while index < len(words) and words[index].group < 0:
            word = words[index]
            following = words[index + 1] if index + 1 < len(words) else None
            if word.key in lexicon.TITLE_HEADS and following is not None and following.capitalised:
                break  # ``Bank of Japan Governor Haruhiko Kuroda``
            if (
                word.capitalised
                and (names.is_capitalised(word.text) or word.text.isupper())  # not ``Monday``
                and word.key not in lexicon.HONORIFICS
            ):
                if seen_place and not _is_place_word(word.text):
                    break  # ``University of Texas Arlington Amneh Jafari``: a name follows
                seen_place = seen_place or _is_place_word(word.text)
                last = index
            elif not (word.key in {"and", "&"} and last == index - 1):
                break
            index += 1
        return last

    @staticmethod
    def _described_organizations(paragraph: _Paragraph) -> None:
        """A country or demonym before a lower-case organisation noun names an organisation:
        *the Cuban government*, *Kenyan police*, *the Canadian foreign ministry*. Not when a
        title follows (*foreign ministry spokesman*): that is the person's title."""
        words = paragraph.words
        for segment in list(paragraph.segments):
            if segment.category not in {PLACE, DEMONYM}:
                continue
            index = segment.last + 1
            while (
                index < len(words)
                and index - segment.last <= 2
                and words[index].lower
                and words[index].key in lexicon.TITLE_MODIFIERS
                and words[index].key not in lexicon.ORGANIZATION_DESCRIPTIONS
            ):
                index += 1
            if index >= len(words) or index - segment.last > 2:
                continue
            head = words[index]
            if not (head.lower and head.key in lexicon.ORGANIZATION_DESCRIPTIONS):
                continue
            after = words[index + 1] if index + 1 < len(words) else None
            if after is not None and after.cls in {HEAD, MODIFIER}:
                continue
            paragraph.add(_Segment(ORG, segment.first, index), ORG)


# Heads of a firm whose name opens with a possessive (``Moody's Investors Service``).
_POSSESSIVE_FIRM_HEADS = lexicon.COMPANY_NAME_ENDS | frozenset(["service", "services"])


def _firm_owner(words: list[_Word], first: int) -> bool:
    """Whether the possessive before ``words[first]`` belongs to the firm's name: a
    capitalised word that is no place and no given name (``Moody's``, ``McDonald's``; not
    ``Canada's``, ``Mary's``) stands before it."""
    possessive, owner = words[first - 1], words[first - 2]
    return (
        possessive.cls == POSSESSIVE
        and owner.capitalised
        and owner.group < 0
        and not _is_place_word(owner.text)
        and not _is_given_name(owner)
    )
