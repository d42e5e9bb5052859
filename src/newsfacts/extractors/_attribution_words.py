"""A stretch of text read as words with their offsets: the unit every attribution reader
works on.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsfacts.records import Span

__all__ = ["Word", "span_of", "words"]

Word = tuple[str, int, int]  # the word as printed, its start and end

# Words keep an inner period (``U.S.``) but not a final one, unless they are initials or
# abbreviations (``Mr.``, ``J.``); punctuation is one character a word.
_WORD = regex.compile(
    r"\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?![\p{L}\p{N}])"  # ``3,000``: one word
    r"|[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019&\-]*(?:\.[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019&\-]*)*\.?"
    r"|[^\s\p{L}\p{N}]"
)
# The same words, each with the white space before it: ``findall`` hands over plain strings
# (no match object per word) and the offsets follow from their lengths, since the words and
# the spaces between them cover the text.
_SPACED_WORD = regex.compile(rf"(\s*+)({_WORD.pattern})")
_KEEP_PERIOD = regex.compile(
    r"(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|St|Jr|Sr|Prof)\."
    r"|\p{Lu}-\p{Lu}\p{Ll}{1,4}\."  # a party and an abbreviated state: ``R-Ky.``, ``D-Calif.``
)


def words(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` with their offsets (a final period is its own word).

    >>> [word for word, _, _ in words("Mr. Doe said U.S. talks ended.", 0, 30)]
    ['Mr.', 'Doe', 'said', 'U.S.', 'talks', 'ended', '.']
    """
    found: list[Word] = []
    append = found.append
    position = start
    for space, token in _SPACED_WORD.findall(text, start, end):
        low = position + len(space)
        position = high = low + len(token)
        if token[-1] == "." and len(token) > 1 and not _KEEP_PERIOD.fullmatch(token):
            inner = token[:-1]
            if "." not in inner:
                append((inner, low, high - 1))
                append((".", high - 1, high))
                continue
        append((token, low, high))
    return found


def span_of(phrase: Sequence[Word]) -> Span:
    return Span(start=phrase[0][1], end=phrase[-1][2])
