"""What the words around a run of name words say about it: a date (*the June summit*), a
thing (*the Mavi Marmara*), a photographer's credit, a reporting clause next to a quotation, a
family noun or a verb of speech, and whether the run goes on."""

from __future__ import annotations

import re

import regex

from newsfacts.entities import lexicon
from newsfacts.entities._mention_words import (
    _CLAUSE_ENDS,
    _OPENING_MARKS,
    HEAD,
    INITIAL,
    MARK,
    MODIFIER,
    NAME,
    OTHER,
    PARTICLE,
    POSSESSIVE,
    SUFFIX,
    _Word,
)

__all__ = [
    "_KIN_OR_COMMA",
    "_before_noun",
    "_before_role_and_name",
    "_continues_name",
    "_cues_a_quotation",
    "_is_credit",
    "_kin_before",
    "_names_a_thing",
    "_opens_clause",
    "_owned_kin_before",
    "_plural_shaped",
    "_without_dates",
]

_DETERMINERS = frozenset({"the", "a", "an"})


def _is_credit(words: list[_Word], first: int, last: int) -> bool:
    """Whether the name at ``first``..``last`` credits a photographer: printed against a
    slash (*Jane Roe/Reuters*, *THE CANADIAN PRESS/Jane Roe*) or after a caption word and a
    link (*Photo: Jane Roe*, *Photo by Jane Roe*, *AP Photo/Jane Roe*)."""
    if last + 2 < len(words) and words[last + 1].text == "/" and words[last + 2].capitalised:
        return True
    if first >= 2 and words[first - 1].text == "/" and words[first - 2].capitalised:
        return True  # ``THE CANADIAN PRESS/Jane Roe``, ``(Instagram/Jane Roe)``
    after = words[last + 1] if last + 1 < len(words) else None
    return (
        first >= 2
        and words[first - 1].key in lexicon.CREDIT_LINKS
        and words[first - 2].key in lexicon.CAPTION_WORDS
        and (after is None or not after.lower)  # ``FILE PHOTO: Jane Roe speaks``: the subject
    )


def _before_noun(words: list[_Word], index: int) -> bool:
    """Whether the word at ``index`` stands before a lower-case word that is no verb of the
    few a person's surname is mostly followed by (*said*, *was*, *has*)."""
    after = words[index + 1] if index + 1 < len(words) else None
    return (
        after is not None
        and after.lower
        and after.key not in lexicon.SPEECH_VERBS
        and after.key not in lexicon.AUXILIARIES
    )


def _without_dates(words: list[_Word], first: int, last: int) -> tuple[int, int]:
    """The run ``first``..``last`` without the months that are also given names where they
    are dates: after a word of time (*the June summit*, *since May*) or before a number
    (*Moscow April 13*). Returns ``first > last`` when nothing is left."""
    if first > last:
        return first, last
    opener = words[first]
    if (
        opener.key in lexicon.NAME_MONTHS
        and first > 0
        and words[first - 1].key in lexicon.BEFORE_DATES
    ):
        opener.cls = OTHER
        first += 1
    for index in range(first, last + 1):
        if (
            words[index].key in lexicon.NAME_MONTHS
            and index + 1 < len(words)
            and words[index + 1].text[:1].isdigit()
        ):
            for word in words[index : last + 1]:
                word.cls = OTHER
            return first, index - 1
    return first, last


def _names_a_thing(words: list[_Word], first: int, last: int) -> bool:
    """Whether the run at ``first`` names a thing, by the word before it: a lower-case
    article (*the Mavi Marmara*: people go without one) or a noun of things (*the carrier
    John F. Kennedy*, *the aid ship, Mavi Marmara*)."""
    before = words[first - 1] if first > 0 else None
    if before is None or not before.lower:
        return False
    if before.text == "," and first > 1:
        return words[first - 2].lower and words[first - 2].key in lexicon.THING_NOUNS
    if before.key in _DETERMINERS:
        # ``Chancellor of the Exchequer Nigel Lawson``: the article belongs to a title; ``the
        # Tom Cruise video``: a person's name qualifies the noun after it.
        if (
            first > 2
            and words[first - 2].key in lexicon.TITLE_CONNECTORS
            and words[first - 3].cls in {HEAD, MODIFIER}
        ):
            return False
        return not _qualifies_noun(words, last)
    return before.key in lexicon.THING_NOUNS


def _qualifies_noun(words: list[_Word], last: int) -> bool:
    """Whether the run ending at ``last`` stands before a lower-case noun (a long word that
    ends like no verb: *video*, *era*, not *sailed*, *arrives*)."""
    after = words[last + 1] if last + 1 < len(words) else None
    if after is None or not after.lower or len(after.text) <= 3:
        return False
    return not after.text.endswith(("ed", "s"))


# A quotation closed right before a word (``."``, ``,”``, ``''``) ...
_CLOSED_QUOTATION_BEFORE = re.compile(r"(?:[.,!?;]['\"\u201d\u2019]|'')[ \t]*\Z")
# ... or opened right after a run of words, past a comma or colon, maybe with a short
# appositive between (``, "``, ``, the mayor: "``); bounded, so nothing backtracks far.
_QUOTATION_AFTER = re.compile(
    r"[ \t]*(?:,[^\"\u201c\u201d`]{0,100}?[,:]|[,:])[ \t\n]*(?:[\"\u201c\u2018]|``)"
)


def _cues_a_quotation(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` stand next to a quotation as a reporting clause
    does: one just closed before them, or one opened after them (*Said Roe, "..."*). A
    reporting verb that is also a given name (*Said*) is a verb only there."""
    return (
        _CLOSED_QUOTATION_BEFORE.search(text, max(0, start - 6), start) is not None
        or _QUOTATION_AFTER.match(text, end) is not None
    )


def _continues_name(words: list[_Word], index: int) -> bool:
    word = words[index]
    if word.cls in {NAME, INITIAL, SUFFIX}:
        return word.group < 0
    if word.cls == PARTICLE:
        # ``de Santis``, and two particles in a row: ``van der Pluijm``, ``de la Cruz``.
        after = index + 1
        if after + 1 < len(words) and words[after].cls == PARTICLE:
            after += 1
        return after < len(words) and words[after].cls == NAME
    if word.cls in {HEAD, MODIFIER} and word.group < 0 and word.text[:1].isupper():
        following = words[index + 1] if index + 1 < len(words) else None
        if following is None or not (
            following.capitalised or following.key in lexicon.TITLE_CONNECTORS
        ):
            word.cls = NAME  # ``John Major``, ``Adel Imam``, ``Segolene Royal``: a surname
            return True
    return False


def _kin_before(words: list[_Word], index: int, last: int | None = None) -> str | None:
    """The family noun in lower case right before the name at ``index`` (to ``last``),
    maybe past a comma when the name is set off as an apposition (``his wife, Ann,``, ``her
    son Omar``; not ``with his mother, Roe was put through``), or ``None``."""
    before = index - 1
    if before > 0 and words[before].text == ",":
        after = (index if last is None else last) + 1
        if after < len(words) and words[after].text not in _CLAUSE_ENDS:
            return None
        before -= 1
    if before < 0:
        return None
    word = words[before]
    return word.key if word.lower and word.key in lexicon.KIN_NOUNS else None


def _opens_clause(words: list[_Word], index: int) -> bool:
    """Whether the word at ``index`` opens a sentence or a clause: first, after a sentence's
    end, a quotation mark or a comma (not *the Herald*, *group Liberty*)."""
    if words[index].initial or index == 0:
        return True
    before = words[index - 1]
    return before.cls == MARK and (before.text in _OPENING_MARKS or before.text in ",'\u201d`")


# Endings of a plural noun (*Dealers*, *Economists*; *Silas*, *Cyrus*, *Ross* are kept) or of
# a contraction (*I'm*): a word ending so is no surname here.
_PLURAL_ENDINGS = regex.compile(r"(?<![aiousy])s\Z|['\u2019]\p{Ll}*\Z")


def _plural_shaped(key: str) -> bool:
    return _PLURAL_ENDINGS.search(key) is not None


def _before_role_and_name(words: list[_Word], last: int) -> bool:
    """Whether a lower-case title head and then a capitalised word follow ``last``: the run
    ending there qualifies someone's role (``Maple Leafs forward Auston Matthews``)."""
    role, name = last + 1, last + 2
    return (
        name < len(words)
        and words[role].cls == HEAD
        and words[role].lower
        and words[name].capitalised
    )


def _owned_kin_before(words: list[_Word], index: int) -> bool:
    """Whether a family noun owned by someone stands right before ``index`` (``her husband,
    George``, ``Smith's wife Ann``)."""
    if _kin_before(words, index) is None:
        return False
    kin = index - 2 if words[index - 1].text == "," else index - 1
    owner = words[kin - 1] if kin > 0 else None
    return owner is not None and (owner.cls == POSSESSIVE or owner.key in _OWNING_PRONOUNS)


_OWNING_PRONOUNS = frozenset({"his", "her", "their", "my", "our", "your"})
# What stands right before a name after a family noun (a quick test before ``_kin_before``).
_KIN_OR_COMMA = lexicon.KIN_NOUNS | {","}
