"""What stands around a person's name as a role: the title before it, an appositive after
it, definite descriptions (*the minister*), and the gender and country their words give."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsfacts.entities import lexicon
from newsfacts.entities._mention_words import (
    _CLAUSE_ENDS,
    _NAME_CLASSES,
    _TITLE_CLASSES,
    DEMONYM,
    HEAD,
    HONORIFIC,
    INITIAL,
    MARK,
    MODIFIER,
    NAME,
    ORG,
    OTHER,
    PLACE,
    POSSESSIVE,
    _Word,
)

__all__ = [
    "_after_title",
    "_appositive",
    "_country",
    "_description",
    "_gender",
    "_segment_first",
    "_title_start",
]

_APPOSITIVE_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
_COMPLEMENT_CONNECTORS = frozenset({"of", "to", "for", "on", "at"})
_MAX_TITLE_WORDS = 12
_MAX_APPOSITIVE_WORDS = 14


def _after_title(words: list[_Word], index: int) -> bool:
    """Whether the word before ``index`` is a title head or an honorific."""
    if index == 0:
        return False
    before = words[index - 1]
    return before.cls == HONORIFIC or (before.cls == HEAD and before.group < 0)


def _title_start(words: list[_Word], name: int) -> int | None:
    """Where the title before the name at ``name`` starts, or ``None`` when there is none."""
    index = name - 1
    start: int | None = None
    count = 0
    while index >= 0 and count < _MAX_TITLE_WORDS:
        word = words[index]
        if word.cls in _TITLE_CLASSES or (word.key in lexicon.TITLE_CONNECTORS and word.lower):
            if word.group >= 0 and word.cls != NAME:
                index = _segment_first(words, index)
            start = index
            index -= 1
            count += 1
            continue
        break
    if start is None:
        return None
    if index >= 0 and words[index].cls in _NAME_CLASSES:
        # Right after another name, what comes before an *and* is that name's (*King Abdullah
        # II of Jordan and Queen Rania*): the title starts after it.
        for link in range(start, name):
            if words[link].key == "and" and words[link].lower:
                start = link + 1
                break
    while start < name and (
        words[start].cls in {POSSESSIVE, OTHER} or words[start].key in lexicon.TITLE_CONNECTORS
    ):
        start += 1
    # A role with its complement is someone else's (``a lawyer for Jo Roe``, ``spokesman for
    # President Bush``): the name's own title, if any, starts after the connector.
    for link in range(name - 1, start - 1, -1):
        if words[link].key in _COMPLEMENT_CONNECTORS and words[link].lower:
            after = link + 1
            if after < name and words[after].key == "the" and words[after].lower:
                after += 1
            if after == name or words[after].cls in {HEAD, HONORIFIC}:
                start = after
            break
    heads = [i for i in range(start, name) if words[i].cls in {HEAD, HONORIFIC}]
    if not heads:
        return None
    tail = heads[-1] + 1
    if tail < name and words[tail].key not in _COMPLEMENT_CONNECTORS:
        return None
    return start


def _segment_first(words: list[_Word], index: int) -> int:
    group = words[index].group
    while index > 0 and words[index - 1].group == group:
        index -= 1
    return index


_RELATIVES = frozenset({"that", "who", "which", "whose", "where", "whom"})


def _titled_here(words: list[_Word], index: int) -> bool:
    """Whether the name word at ``index`` opens a name with a title of its own right before
    it (``Secretary of State Condoleezza Rice``), not a role's complement (``for Spitzer``)."""
    before = words[index - 1]
    return before.group != words[index].group and before.cls in {HEAD, HONORIFIC, MODIFIER}


# A US lawmaker's party and state after the name (``D-Calif``, ``R-Texas``, ``I-Vt``).
_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z]{1,12}")


def _appositive(words: list[_Word], last: int) -> tuple[int, int] | None:
    """The role after ``Name,`` (``a North Korea expert``), as first and last word, or None."""
    index = last + 1
    if index >= len(words) or words[index].text != ",":
        return None
    index += 1
    if index + 1 < len(words) and _PARTY_AND_STATE.fullmatch(words[index].text):
        # ``Rep. Jo Roe, D-Calif., the incoming chairwoman``: the role is after the party.
        after = index + 1
        if words[after].text == ".":
            after += 1
        if after >= len(words) or words[after].text != ",":
            return None
        index = after + 1
    if index < len(words) and words[index].key in _APPOSITIVE_DETERMINERS and words[index].lower:
        index += 1
    first = index
    has_head = complement = False
    while index < len(words) and index - first < _MAX_APPOSITIVE_WORDS:
        word = words[index]
        if word.cls == MARK and word.text in _CLAUSE_ENDS:
            break
        if complement and word.lower and word.key in _RELATIVES:
            break  # ``chairwoman of the subcommittee that handles ...``: the role ends
        if word.cls == HEAD:
            has_head = True
        elif has_head and word.lower and word.key in _COMPLEMENT_CONNECTORS:
            complement = True  # ``a lawyer for the family``: any noun phrase completes it
        elif complement and word.cls == NAME and word.group >= 0 and _titled_here(words, index):
            return None  # ``Laura Bush, US Secretary of State Condoleezza Rice and ...``: a list
        elif complement and (word.cls != MARK or word.text == "-"):
            pass
        elif not (
            word.cls in _TITLE_CLASSES
            or word.key in lexicon.TITLE_CONNECTORS
            or word.key in lexicon.DESCRIPTION_HEADS
        ):
            return None
        index += 1
    else:
        if index < len(words):
            return None
    if not has_head or index == first:
        return None
    ending = index - 1
    while ending > first and words[ending].key in lexicon.TITLE_CONNECTORS:
        ending -= 1
    return first, ending


def _description(words: list[_Word], the: int) -> int | None:
    """The last word of a definite description opened by ``the`` at ``the``, or ``None``."""
    index = the + 1
    last_head: int | None = None
    while index < len(words):
        word = words[index]
        if word.cls in {NAME, MARK}:
            break
        if word.group >= 0 and word.cls != NAME:
            index = _segment_last(words, index) + 1
            continue
        if (
            word.cls not in {HEAD, MODIFIER, DEMONYM, PLACE}
            and word.key not in lexicon.DESCRIPTION_HEADS
        ):
            break
        if word.key in lexicon.DESCRIPTION_HEADS and word.group < 0:
            last_head = index
        index += 1
    if last_head is None or last_head != index - 1:
        return None
    following = words[index] if index < len(words) else None
    if following is not None and following.cls in {NAME, INITIAL}:
        return None  # a title before a name, already part of the person
    if following is not None and following.key in {"of", "for"} and following.lower:
        after = index + 1
        stop = after
        while (
            stop < len(words)
            and words[stop].cls in {MODIFIER, PLACE, ORG}
            and (words[stop].text[:1].isupper())
        ):
            stop += 1
        if stop > after:
            return stop - 1
    return last_head


def _segment_last(words: list[_Word], index: int) -> int:
    group = words[index].group
    while index + 1 < len(words) and words[index + 1].group == group:
        index += 1
    return index


def _gender(words: Iterable[_Word]) -> lexicon.Gender | None:
    for word in words:
        if word.cls == HONORIFIC:
            gender = lexicon.HONORIFICS[word.key]
            if gender is not None:
                return gender
        gendered = lexicon.GENDERED_ROLES.get(word.key)
        if gendered is not None:
            return gendered
    return None


def _country(words: Iterable[_Word]) -> str | None:
    for word in words:
        if word.cls in {PLACE, DEMONYM} and word.country is not None:
            return word.country
    return None
