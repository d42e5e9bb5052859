"""Recognise people's names as printed in bylines and credits.

A byline or credit is a short list of names (``John Smith and Jane Doe``, ``A, B and C``) that
may be followed by an organisation or role. This module knows what one printed name looks like
(capitalised words, initials, lower-case particles such as ``de`` or ``van``, a ``Jr.``) and
what it does not (weekdays, months, function words, titles such as ``President``), so that
``By Tuesday the talks...`` is never read as a name. Words are checked one at a time with small
compiled patterns: linear in the input and free of backtracking.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

__all__ = [
    "Token",
    "is_capitalised",
    "is_initial",
    "is_name_word",
    "is_particle",
    "is_person_name",
    "is_suffix",
    "split_names",
    "tokenize",
    "word_set",
]


def word_set(words: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words, as a frozen set.

    >>> sorted(word_set("de  van du"))
    ['de', 'du', 'van']
    """
    return frozenset(words.split())


class Token(NamedTuple):
    """A word of the text with its offsets (``text[start:end] == word``)."""

    word: str
    start: int
    end: int


# A word, a comma or a semicolon: commas and semicolons separate names, so they are tokens
# of their own even when printed against a word (``Smith,``).
_TOKEN = regex.compile(r"[^\s,;]+|[,;]")

# A capitalised word: ``Smith``, ``O'Neill``, ``D'Afflisio``, ``d'AFFLISIO``, ``Jean-Loup``,
# ``Chien-kuo``, ``MacDonald``, ``al-Sayed``, ``Müller``. Each repetition starts with a fixed
# separator, so the pattern cannot backtrack.
_CAPITALISED = regex.compile(
    r"(?:\p{Ll}['\u2019]|(?:al|el|bin|ibn|abu|ben)-)?\p{Lu}[\p{L}\p{M}]*(?:['\u2019\-][\p{L}\p{M}]+)*"
)
# Initials: ``F.``, ``J.R.``, ``J.-P.``.
_INITIAL = regex.compile(r"\p{Lu}\.(?:-?\p{Lu}\.)*")

_PLAIN_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['\u2019\-][\p{L}\p{M}]+)*")

# Lower-case name particles (``Solange de Santis``, ``Ludwig van Beethoven``).
_PARTICLES = word_set(
    "de da di del della der den des du la le van von ter ten bin bint ibn al el dos das do y zu"
    " arap"
)
# Generational suffixes, allowed only at the end of a name.
_SUFFIXES = word_set("jr. jr sr. sr ii iii iv 2nd 3rd")

# Capitalised words that are never part of a person's name in a byline: calendar and function
# words, so that "By Tuesday the talks..." or "By The time..." is no name. (April, May and June
# stay out of the list: they are also first names; so are Jan and Jun, as in Jan Egeland.)
_NOT_NAMES = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march july august september october november december
    feb mar apr jul aug sep sept oct nov dec
    today tonight tomorrow yesterday noon midnight christmas easter weekend week month year
    the a an this that these those some most many all any each every no not one two three
    in on at for of with from to by and or but if as than then now after before during
    under over about against between into through until since while when where which who
    its his her their our your my we i he she they it you there here
    me us be is are was were been would could should must might have has had got get
    """
)
# Words that cannot open a name although they may end one (``John Major``, ``Oliver North``):
# titles ("by President Clinton") and the first words of place names ("by North Korea").
_NOT_FIRST = word_set(
    """
    last next early late mid
    mr mrs ms miss dr prof president vice prince princess king queen pope sir lord lady
    gen general senator sen rep representative governor gov minister premier chancellor
    judge justice mayor bishop cardinal rev reverend sheikh emir sultan saint st
    col colonel capt captain lt lieutenant sgt sergeant adm admiral maj major cmdr
    secretary chairman chairwoman chief commissioner ambassador officer officials police
    north south east west northern southern eastern western central new united great
    upper lower greater
    """
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into words, commas and semicolons, with offsets into ``text``.

    >>> [t.word for t in tokenize("By Jane Doe, Reuters")]
    ['By', 'Jane', 'Doe', ',', 'Reuters']
    """
    stop = len(text) if end is None else end
    # ``tuple.__new__`` makes the named tuple at half the cost of ``Token(...)``.
    return [
        _new_token(Token, (m.group(), m.start(), m.end()))
        for m in _TOKEN.finditer(text, start, stop)
    ]


_new_token = tuple.__new__


def _is_capitalised(word: str) -> bool:
    return _CAPITALISED.fullmatch(word) is not None and word.casefold() not in _NOT_NAMES


def is_capitalised(word: str) -> bool:
    """Whether ``word`` is a capitalised word that may be part of a name.

    Calendar and function words are not (``Tuesday``, ``The``); initials are not either.

    >>> is_capitalised("Jong-un"), is_capitalised("al-Sayed"), is_capitalised("Tuesday")
    (True, True, False)
    """
    return _is_capitalised(word)


def is_initial(word: str) -> bool:
    """Whether ``word`` is one or more initials (``W.``, ``J.R.``).

    >>> is_initial("W."), is_initial("J.-P."), is_initial("We")
    (True, True, False)
    """
    return _INITIAL.fullmatch(word) is not None


def is_particle(word: str) -> bool:
    """Whether ``word`` is a lower-case particle inside names (``de``, ``van``, ``bin``)."""
    return word in _PARTICLES


def is_suffix(word: str) -> bool:
    """Whether ``word`` is a generational suffix that may end a name (``Jr.``, ``III``)."""
    return word.casefold() in _SUFFIXES


def is_name_word(word: str) -> bool:
    """Whether ``word`` can be part of a printed person's name.

    >>> is_name_word("O'Neill"), is_name_word("F."), is_name_word("van"), is_name_word("the")
    (True, True, True, False)
    """
    folded = word.casefold()
    return (
        _is_capitalised(word)
        or _INITIAL.fullmatch(word) is not None
        or word in _PARTICLES
        or folded in _SUFFIXES
    )


def is_person_name(words: Sequence[str]) -> bool:
    """Whether ``words`` read as one person's name as bylines print it.

    Two to six words; the first a capitalised word or an initial, the last a capitalised
    word or a suffix after one; particles only inside; never a weekday, month, title or
    function word.

    >>> is_person_name(["Gerald", "F.", "Seib"]), is_person_name(["Solange", "de", "Santis"])
    (True, True)
    >>> is_person_name(["Tuesday", "Talks"]), is_person_name(["North", "Korea"])
    (False, False)
    """
    if not 2 <= len(words) <= 6:
        return False
    first, last = words[0], words[-1]
    if first.casefold().rstrip(".") in _NOT_FIRST:
        return False
    if not (_is_capitalised(first) or _INITIAL.fullmatch(first)):
        return False
    core = words[:-1] if last.casefold() in _SUFFIXES else words
    if len(core) < 2 or not _is_capitalised(core[-1]):
        return False
    for word in core[1:-1]:
        if not (_is_capitalised(word) or _INITIAL.fullmatch(word) or word in _PARTICLES):
            return False
    return True


def _is_plain_name(words: Sequence[str]) -> bool:
    return 2 <= len(words) <= 4 and all(
        _PLAIN_WORD.fullmatch(word) and word.casefold() not in _NOT_NAMES for word in words
    )


def split_names(tokens: Sequence[Token], *, any_case: bool = False) -> list[list[Token]] | None:
    """Split a run of tokens such as ``A B , C D and E F`` into names, or ``None``.

    Names are separated by commas, ``and``, ``AND`` or ``&``; a lone ``Jr.`` after a comma
    belongs to the name before it. Returns ``None`` unless every part is a person's name.
    With ``any_case`` (for text set all in lower case) a name is two to four plain words that
    are not calendar or function words.

    >>> [[t.word for t in name] for name in split_names(tokenize("Ann Lee, Bo Kim and Cy Day"))]
    [['Ann', 'Lee'], ['Bo', 'Kim'], ['Cy', 'Day']]
    """
    names: list[list[Token]] = []
    current: list[Token] = []
    for token in [*tokens, Token(",", -1, -1)]:
        if token.word in {",", "&"} or token.word.casefold() == "and":
            if not current:
                return None
            if len(current) == 1 and current[0].word.casefold() in _SUFFIXES and names:
                names[-1].append(current[0])
            else:
                names.append(current)
            current = []
        else:
            current.append(token)
    check = _is_plain_name if any_case else is_person_name
    if not names or not all(check([t.word for t in name]) for name in names):
        return None
    return names
