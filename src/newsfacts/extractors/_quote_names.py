"""Whether the words around a cue name someone: person names, titles, heads of descriptions.

Pure functions of a phrase's words (as :func:`~newsfacts.extractors._quote_words.words`
reads them), used both to read a speaker phrase and to tell titles of works from speech.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.extractors._quote_words import (
    _AFTER_STOPS,
    _DETERMINERS,
    _DOCUMENT_HEADS,
    _KIN,
    _MAX_DESCRIPTION_WORDS,
    _MAX_HEAD_WORDS,
    _MAX_SPEAKER_WORDS,
    _NOT_NAME_WORDS,
    _PERSON_HEADS,
    _PHRASE_STOPS,
    _PRONOUNS,
    _TITLES,
    _is_capitalised,
    _vocabulary,
)
from newsfacts.records import Span

# The last word of an organisation's name: its titles (``State Department``) are its own.
_ORGANISATION_HEADS = _vocabulary(
    """Department Ministry Office House Agency Council Committee Party Police Service Union
    Association Commission Bank Court Board Company Corp. Corp Inc. Inc Group Government
    Army Forces Embassy University Institute Foundation Organization Organisation Federation
    Assembly Parliament Senate Congress Administration Cabinet Authority Bureau Center
    Centre Network Fund Society Church Club Team Press Times News Post Coalition Alliance
    Front Movement Guard Navy Command Tribunal Secretariat Kremlin Pentagon"""
)

# Prepositions that end the head of a speaker phrase (``Tim Guest with the Health Authority``).
_HEAD_ENDS = _vocabulary("""with of at for from in""")


# Words that cannot end a speaker's description: it is a clause cut short (``many changing
# their profiles to``, ``more appropriately``), not a noun phrase.
_NOT_HEADS = _vocabulary(
    """to of in on at for with from by about into the a an and or but that which who being
    not very more most also"""
)


def _names_someone(words: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a phrase read around a cue can name a speaker: a name, a pronoun, or a short
    noun phrase (``the company``, ``a senior official``)."""
    if _name_in(words) is not None or (len(words) == 1 and words[0][0].lower() in _PRONOUNS):
        return True
    # ``one veteran of the city harbor dredging projects``: a phrase after ``of`` only
    # qualifies its head, so the head before it is what must be short, in a description that
    # a determiner opens (not a possessive owner's thing: ``PC World's analysis of ...``).
    of = next((at for at, word in enumerate(words[1:], 1) if word[0] == "of"), len(words))
    head = words[of - 1][0].lower() if of < len(words) else words[-1][0].lower()
    return (
        (
            len(words) <= _MAX_DESCRIPTION_WORDS
            or (of < len(words) <= _MAX_SPEAKER_WORDS and words[0][0].lower() in _DETERMINERS)
        )
        and of <= _MAX_DESCRIPTION_WORDS
        and head not in _NOT_HEADS
        and words[-1][0].lower() not in _NOT_HEADS
        and not head.endswith(("ly", "ing"))
    )


def _span(words: Sequence[tuple[str, int, int]]) -> Span:
    return Span(start=words[0][1], end=words[-1][2])


def _name_in(words: Sequence[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The last run of capitalised words in a phrase (a possessive ends a run before it).

    A phrase that names someone and then their organisation (``Tim Guest with the Health
    Authority``) is cut at the preposition: the head is the speaker.
    """
    for index in range(1, len(words)):
        if words[index][0] in _HEAD_ENDS and _is_capitalised(words[index - 1][0]):
            head = _name_in(words[:index])
            if head is not None and _is_person_name(
                _strip_titles([word for word, _, _ in words[head[0] : head[1]]])
            ):
                return head
            break
    best: tuple[int, int] | None = None
    index = 0
    count = len(words)
    while index < count:
        token = words[index][0]
        if token in _NOT_NAME_WORDS or not (
            token[:1].isupper() or (token[:1] == "'" and token[1:2].isupper())
        ):
            index += 1  # (``_is_capitalised`` inlined: this runs for every word of a phrase)
            continue
        first = index
        while index < len(words) and (
            (_is_capitalised(words[index][0]) and words[index][0] not in _NOT_NAME_WORDS)
            or _bridges(words, index, first)
        ):
            word = words[index][0]
            index += 1
            if word.endswith(("'s", "\u2019s")):
                first = index  # ``Vancouver's Bo Horvat``: the owner does not speak
            elif word.endswith(_PLACED):
                first = index  # ``the Lima-based fleet``: an adjective, no name
        if index > first:
            best = (first, index)
    return best


# Endings that make a capitalised word an adjective (``Lima-based``, ``US-led``).
_PLACED = ("-based", "-born", "-led", "-backed", "-owned", "-run", "-made", "-bound")

# Lower-case particles inside a person's name (``Ben van der Molen``, ``Luiz da Silva``).
_NAME_PARTICLES = _vocabulary(
    """van von der den de del della di da dos das du le la ter ten bin al"""
)


def _bridges(words: Sequence[tuple[str, int, int]], index: int, first: int) -> bool:
    """Whether the particle at ``index`` joins the capitalised name it follows to the
    capitalised word after it (``van der`` in ``Ben van der Molen``)."""
    if index == first or words[index][0] not in _NAME_PARTICLES:
        return False
    after = index + 1
    while after < len(words) and words[after][0] in _NAME_PARTICLES:
        after += 1
    return after < len(words) and after - index <= 2 and _is_capitalised(words[after][0])


# Lower-case words after a name that are no noun it qualifies (``Smith himself said``).
_NOT_HEAD_NOUNS = _vocabulary("""himself herself themselves itself too alone jr jr. sr sr. iii""")


_COMPLEMENTS = _vocabulary("""for of to at with from""")


def _completes_head(words: Sequence[tuple[str, int, int]], name: tuple[int, int]) -> bool:
    """Whether the name in a phrase is the complement of a person's description opened by a
    determiner (``a spokeswoman for the Health Authority``, ``a friend of Jo Roe``)."""
    at = name[0] - 1
    if at >= 1 and words[at][0].lower() in ("the", "a"):
        at -= 1
    if at < 2 or words[at][0] not in _COMPLEMENTS:
        return False
    head = words[at - 1][0].lower()
    return (
        words[0][0].lower() in _DETERMINERS
        and (head in _PERSON_HEADS or head in _KIN)
        and not any(word == "," for word, _, _ in words[: name[0]])
    )


def _complements_person(words: Sequence[tuple[str, int, int]], position: int) -> bool:
    """Whether the mention at ``position`` completes a description of someone else in the
    phrase ``words`` (``a spokesperson for the mayor``: the spokesperson speaks, not the
    mayor)."""
    before = [word for word, start, _ in words if start < position]
    if before and before[-1].lower() in ("the", "a"):
        before.pop()
    return (
        len(before) >= 2
        and before[-1] in _COMPLEMENTS
        and (before[-2].lower() in _PERSON_HEADS or before[-2].lower() in _KIN)
    )


def _name_modifies(words: Sequence[tuple[str, int, int]], name: tuple[int, int]) -> bool:
    """Whether the name in a phrase only qualifies a lower-case head noun after it."""
    rest = [word for word, _, _ in words[name[1] :]]
    return (
        0 < len(rest) <= _MAX_HEAD_WORDS
        and rest[-1] not in _DOCUMENT_HEADS
        and all(
            word.replace("-", "").isalpha()
            and word.islower()
            and word not in _NOT_HEAD_NOUNS
            and word not in _PHRASE_STOPS
            and word not in _AFTER_STOPS
            and not word.endswith(("ing", "ed"))
            for word in rest
        )
    )


def _is_person_description(phrase: str) -> bool:
    """Whether a description names one person: ``a company spokesman``, ``the official``."""
    words = phrase.split()
    return (
        bool(words)
        and words[0].lower() in ("a", "an", "the", "one")
        and (words[-1].lower() in _PERSON_HEADS)
    )


def _is_person_name(words: Sequence[str]) -> bool:
    """Whether capitalised words look like a person's name: two to four words, no
    organisation's head word, none in capitals (``READ MORE``) or a sentence opener."""
    return (
        2 <= len(words) <= 4
        and words[-1] not in _ORGANISATION_HEADS
        and not any(word.isupper() and len(word) > 1 for word in words)
        and not any(word in _NOT_NAME_WORDS for word in words)
    )


def _strip_titles(words: Sequence[str]) -> list[str]:
    """A name without the titles printed before it (``US Defense Secretary William Cohen``)."""
    if not words or words[-1] in _ORGANISATION_HEADS:
        return [word for word in words if word.lower() != "the"]
    last_title = -1
    for index, word in enumerate(words[:-1]):
        if word in _TITLES:
            last_title = index
    return list(words[last_title + 1 :])


_SMALL_WORDS = _vocabulary("""of the and in a an for to on at by with from or""")


def _is_title(words: Sequence[str]) -> bool:
    """Title case, as in a work's or a programme's name: ``The Art of the Deal``, ``Harbor
    Tides 24 Live``, ``Gulls: Drawings and Etchings of the Old Port`` (a number counts as
    capitalised; a long title needs a colon)."""
    if not words or len(words) > (_LONG_TITLE_WORDS if ":" in "".join(words) else 6):
        return False
    return all(
        _is_capitalised(word) or word.lower() in _SMALL_WORDS or word.isdigit() for word in words
    ) and (_is_capitalised(words[0]))


# A title with a subtitle after a colon may run this long.
_LONG_TITLE_WORDS = 12
