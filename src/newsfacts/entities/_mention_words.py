"""Cutting a paragraph into words: the tokenising patterns, what a token's spelling alone
tells (its key, case and class), the word classes, and the word, segment and paragraph records
that the other ``_mention_*`` modules read and mark."""

from __future__ import annotations

import re

import regex

from newsfacts import abbreviations, names
from newsfacts.entities import given_names, lexicon

__all__ = [
    "DEMONYM",
    "HEAD",
    "HONORIFIC",
    "INITIAL",
    "MARK",
    "MODIFIER",
    "NAME",
    "ORG",
    "OTHER",
    "PARTICLE",
    "PLACE",
    "POSSESSIVE",
    "SUFFIX",
    "_ACRONYM",
    "_ACRONYM_SHAPE",
    "_ASCII_SPACED_TOKEN",
    "_CLAUSE_ENDS",
    "_LAST_VISIBLE",
    "_MARK_TOKEN",
    "_MAX_SPELLINGS",
    "_NAME_CLASSES",
    "_OPENING_MARKS",
    "_POSSESSIVE_TOKEN",
    "_PRONOUN_OR_THE",
    "_SHAPES",
    "_SPACED_TOKEN",
    "_SPELLINGS",
    "_TITLE_CLASSES",
    "_Paragraph",
    "_Segment",
    "_Word",
    "_all_capitals",
    "_is_given_name",
    "_joined",
    "_possessive",
    "_printed",
    "_shape",
    "_spelling",
]

# The white space before a token, then the token: a dotted acronym or initials (``U.S.``,
# ``J.L.``, ``J.-P.``), a word with inner apostrophes, hyphens and ampersands (``O'Neill``,
# ``Jong-un``, ``AT&T``), or one other character. ``findall`` hands the parts over as plain
# strings (no match object per token) and the offsets follow from their lengths. A dotted
# acronym keeps its possessive (``B.C.'s``), cut off later as for any word. Each
# repetition opens with a fixed separator and the space is possessive: no backtracking.
_SPACED_TOKEN = regex.compile(
    r"(\s*+)(\p{Lu}\.(?:-?\p{Lu}\.)+(?:['\u2019]s(?![\p{L}\p{N}]))?"
    r"|[\p{L}\p{M}\p{N}]+(?:['\u2019\-&][\p{L}\p{M}\p{N}]+)*"
    r"|\S)"
)
# The same for text in ASCII (most wire copy), where ``re`` does it faster: the classes are
# what the ones above hold of ASCII (``regex``'s ``\s`` is these six characters there). The
# spaces may give back nothing to the token, which cannot start with one: no backtracking.
_ASCII_SPACED_TOKEN = re.compile(
    r"([ \t\n\x0b\x0c\r]*)([A-Z]\.(?:-?[A-Z]\.)+(?:'s(?![A-Za-z0-9]))?"
    r"|[A-Za-z0-9]+(?:['\-&][A-Za-z0-9]+)*"
    r"|[^ \t\n\x0b\x0c\r])"
)
_WORD_CHARACTER = regex.compile(r"[\p{L}\p{M}\p{N}]")
# The last character that is no space, found from the end: the tokens stop there, so that
# trailing space is never scanned once per position.
_LAST_VISIBLE = regex.compile(r"(?r)\S")
# Words that may open a pronoun or a description: the only ones that pass looks at.
_PRONOUN_OR_THE = frozenset({*lexicon.PRONOUNS, "the"})
_APOSTROPHES = frozenset("'\u2019")
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&]{1,5}|\p{Lu}\.(?:\p{Lu}\.)+")
_INITIAL = regex.compile(r"\p{Lu}\.")
# A regnal number of two letters or more (``XVI`` in *Pope Benedict XVI*): a suffix, not an
# acronym. Single letters (``I``, ``V``, ``X``) are left alone.
_REGNAL_NUMBER = regex.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
_UPPER_LETTER = regex.compile(r"\p{Lu}")
_LOWER_RUNS = regex.compile(r"\p{Ll}+")
_PLURAL_ACRONYM = regex.compile(r"\p{Lu}{2,}s")
# Words a full stop belongs to (``Mr.``, ``Gen.``, ``Corp.``, ``Jr.``), as printed.
_DOTTED = abbreviations.TITLES | abbreviations.ABBREVIATIONS
_OPENING_MARKS = frozenset("\"\u201c\u2018'([\u2014\u2013:`")
_CLAUSE_ENDS = frozenset(",.;:)\u2014\u2013")


# Word classes.
OTHER, NAME, PLACE, ORG, DEMONYM, HEAD, MODIFIER, HONORIFIC = range(8)
INITIAL, PARTICLE, SUFFIX, POSSESSIVE, MARK = range(8, 13)
_DEAD = -1

_TITLE_CLASSES = frozenset({PLACE, ORG, DEMONYM, HEAD, MODIFIER, HONORIFIC, POSSESSIVE})
_NAME_CLASSES = frozenset({NAME, INITIAL, PARTICLE, SUFFIX})


class _Word:
    """A token of a paragraph with its class; ``group`` ties the words of one name together."""

    __slots__ = (
        "capitalised",
        "cls",
        "country",
        "end",
        "group",
        "initial",
        "key",
        "lower",
        "start",
        "text",
    )

    # A paragraph makes one word per token: the fields its spelling settles come in one
    # tuple (unpacked here, which is cheaper than passing them one by one).
    def __init__(self, spelling: _Spelling, start: int, end: int) -> None:
        self.text, self.key, self.lower, self.capitalised, self.cls, _, _, _ = spelling
        self.start = start
        self.end = end
        self.initial = False  # opens a sentence
        self.group = -1  # index of the segment (name, place, organisation) holding the word
        self.country: str | None = None


def _spelled(text: str, start: int, end: int) -> _Word:
    """The word ``text`` at ``start``."""
    return _Word(_SPELLINGS.get(text) or _spelling(text), start, end)


# What a token's spelling alone tells: the token, its key, whether it is in lower case,
# whether it is capitalised, its class where that needs no context (a lower-case word's, or
# ``MARK`` for punctuation, which is never capitalised since no letter opens it), whether
# it is a pronoun or *the*, how the reader takes it (``_AS_IS``...), and whether the passes
# that look for names visit it (``_may_name``). Remembered across articles, since most tokens
# are frequent words; emptied when it grows too big.
_Spelling = tuple[str, str, bool, bool, int, bool, int, bool]
_SPELLINGS: dict[str, _Spelling] = {}
_MAX_SPELLINGS = 200_000


def _spelling(text: str) -> _Spelling:
    key = text.rstrip(".").casefold()
    if key == text:
        key = text  # one string, not two equal ones: a word touches less memory
    lower = text.islower()
    capitalised = text[0].isupper() or (not lower and names.is_capitalised(text))
    kind = _token_kind(text)
    cls = MARK if kind == _MARK_TOKEN else OTHER
    if lower:
        if key in lexicon.TITLE_HEADS:
            cls = HEAD
        elif key in lexicon.TITLE_MODIFIERS:
            cls = MODIFIER
        elif names.is_particle(text):
            cls = PARTICLE
    if len(_SPELLINGS) >= _MAX_SPELLINGS:
        _SPELLINGS.clear()
    cue = key in _PRONOUN_OR_THE
    visited = _may_name(text, key, lower, capitalised)
    known = _SPELLINGS[text] = (text, key, lower, capitalised, cls, cue, kind, visited)
    return known


def _may_name(text: str, key: str, lower: bool, capitalised: bool) -> bool:
    """Whether a token may be or open a name, a title or an organisation: a capitalised one,
    or one neither capitalised nor in lower case (``1987``, ``mid-May``, ``non-EC``: a third of
    the others in wire copy) that its class by shape or an honorific's makes a title word."""
    if lower:
        return False
    return capitalised or key in lexicon.HONORIFICS or _shape(text, key) != OTHER


# How the reader takes a token: a word as it stands, a mark, a word with a possessive ``'s``
# (cut off as a word of its own), or a word a full stop after it may belong to (``Mr.``,
# ``Corp.``, an initial).
_AS_IS, _MARK_TOKEN, _POSSESSIVE_TOKEN, _TAKES_STOP = range(4)


def _all_capitals(
    text: str, first: int, stop: int, lower_words: int, upper_bound: int | None = None
) -> bool:
    """Whether ``text[first:stop]`` is set in capitals: more than 12 capital letters, and more
    than three for every lower-case one. A paragraph of ``lower_words`` lower-case words has
    at least as many lower-case letters, and at most ``upper_bound`` capital letters (when
    known), which mostly settles it without counting them."""
    if upper_bound is not None and (upper_bound <= 12 or upper_bound <= 3 * lower_words):
        return False
    upper = len(_UPPER_LETTER.findall(text, first, stop))
    if upper <= 12 or upper <= 3 * lower_words:
        return False
    return upper > 3 * sum(map(len, _LOWER_RUNS.findall(text, first, stop)))


def _token_kind(token: str) -> int:
    if len(token) == 1 and not _WORD_CHARACTER.match(token):
        return _MARK_TOKEN
    if len(token) > 2 and token[-1] in "sS" and token[-2] in _APOSTROPHES:
        return _POSSESSIVE_TOKEN  # (``B.C.'s`` too)
    if "." in token:
        return _AS_IS  # a dotted acronym
    if token in _DOTTED or (len(token) == 1 and token.isupper()):
        return _TAKES_STOP
    return _AS_IS


# The class a word not in lower case has by its shape alone (``_ACRONYM_SHAPE``: it depends
# on the words around it), remembered like spellings.
_ACRONYM_SHAPE = -2
_SHAPES: dict[str, int] = {}


def _shape(text: str, key: str) -> int:
    if key in lexicon.TITLE_HEADS:
        shape = HEAD
    elif key in lexicon.TITLE_MODIFIERS:
        shape = MODIFIER
    elif (names.is_suffix(text) and key not in {"i", "v"}) or _REGNAL_NUMBER.fullmatch(text):
        shape = SUFFIX
    elif _INITIAL.fullmatch(text):
        shape = INITIAL
    elif _ACRONYM.fullmatch(text) and text.upper() == text:
        shape = _ACRONYM_SHAPE
    elif _PLURAL_ACRONYM.fullmatch(text):
        shape = OTHER  # ``MPs``, ``NGOs``: people or things, not an organisation
    elif text.isupper() and len(text) > 6:
        shape = OTHER
    else:
        shape = NAME if names.is_capitalised(text) else OTHER
    if len(_SHAPES) >= _MAX_SPELLINGS:
        _SHAPES.clear()
    _SHAPES[text] = shape
    return shape


class _Segment:
    """Consecutive words that make one name: a person, place, organisation or demonym."""

    __slots__ = ("category", "country", "first", "last", "titled")

    def __init__(self, category: int, first: int, last: int, country: str | None = None) -> None:
        self.category = category
        self.first = first
        self.last = last  # inclusive
        self.country = country
        self.titled = False


class _Paragraph:
    __slots__ = ("capitals", "cues", "owners", "segments", "title_case", "words")

    def __init__(
        self, words: list[_Word], capitals: list[int], cues: list[int], title_case: bool = False
    ) -> None:
        self.words = words
        # Set in title case, like a headline (``Hillary Clinton Speaks Out On Trade``): a
        # capitalised verb there is no name word.
        self.title_case = title_case
        # The indices of capitalised words with a possessive after them (``Canada's``).
        self.owners: list[int] = []
        # The indices of the words that may open or be a name (``_may_name``): the passes
        # that look for names visit them alone (a sixth of the words).
        self.capitals = capitals
        # The indices of pronouns and of *the*, which may open a description.
        self.cues = cues
        self.segments: list[_Segment] = []

    def add(self, segment: _Segment, cls: int) -> None:
        """Record ``segment``; a segment it swallows (*UN* in *UN Security Council*) dies."""
        number = len(self.segments)
        self.segments.append(segment)
        for word in self.words[segment.first : segment.last + 1]:
            if word.group >= 0:
                self.segments[word.group].category = _DEAD
            word.group = number
            word.cls = cls
            word.country = segment.country


def _possessive(text: str, start: int, end: int) -> _Word:
    word = _spelled(text, start, end)
    word.cls = POSSESSIVE
    return word


def _joined(words: list[_Word], start: int, stop: int) -> str:
    if stop - start == 1:
        return words[start].text  # a third of the calls: no string to build
    # A list, not a generator: ``join`` makes one of it anyway.
    return " ".join([word.text for word in words[start:stop]])


def _printed(text: str, start: int, end: int) -> str:
    """The text between two offsets with its white space collapsed (wrapped wire copy)."""
    return " ".join(text[start:end].split())


def _is_given_name(word: _Word) -> bool:
    """Whether a word is a given name of the lexicon (``Chuck``, ``Mary``)."""
    return word.key in given_names.MALE_GIVEN_NAMES or word.key in given_names.FEMALE_GIVEN_NAMES
