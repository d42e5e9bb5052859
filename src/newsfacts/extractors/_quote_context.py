"""Where the words around a quotation name its speaker without a cue's usual phrase.

Patterns of feature writing and wire copy that :mod:`newsfacts.extractors.quotes` reads with
the story's entities:

- ``"..." - Jo Roe``: a quotation signed with a name after a dash (:func:`signature`);
- ``That was the message from Jo Roe``: a paragraph naming the speaker of the quotation
  before it (:func:`message_from`);
- ``Her husband, George, laughs.``: a name in apposition to a kin or role word opening a
  sentence (:func:`apposed_name`);
- ``The paper quoted a senior official as saying``: the one quoted (:func:`quoted_as`).

Every pattern is matched over a short, bounded stretch of text.
"""

from __future__ import annotations

import regex

from newsfacts.records import Span

__all__ = ["apposed_name", "message_from", "quoted_as", "signature"]

_QUOTED_REACH = 120  # characters before a participle cue searched for ``quoted ... as``
_SIGNATURE_REACH = 80  # characters after a quotation read for its signature
_APPOSITION_REACH = 80  # characters of a sentence read for ``Her husband, George,``

_QUOTED_AS = regex.compile(
    r"\bquoted[^\S\n]+((?:[\p{L}\p{N}.'\u2019\-]+[^\S\n]+){0,7}?[\p{L}\p{N}.'\u2019\-]+)"
    r"[^\S\n]+as[^\S\n]+\Z"
)
# A dash of any width (the horizontal bar ``\u2015`` of quotation lists too), the name (with
# the full stop that may end it), then the end of the line.
_SIGNATURE = regex.compile(
    r"[^\S\n]*[-\u2013\u2014\u2015][^\S\n]*"
    r"(\p{Lu}[\p{L}.'\u2019\-]*(?:[^\S\n]+\p{Lu}[\p{L}.'\u2019\-]*){0,3}?)"
    r"[^\S\n]*(?:\n|\Z)"
)
_APPOSED = regex.compile(
    r"(?:His|Her|Their|Its|Our|My|\p{Lu}[\p{L}\-]*['\u2019]s?)[^\S\n]+(?:[\p{Ll}\-]+[^\S\n]+){0,2}?"
    r"(\p{Ll}+),[^\S\n]+(\p{Lu}[\p{L}'\u2019\-]+(?:[^\S\n]+\p{Lu}[\p{L}'\u2019\-]+){0,2}),"
)
_MESSAGE_FROM = regex.compile(
    r"(?:That|This|Those|These)(?:['\u2019]s|[^\S\n]+(?:is|was|were|are))[^\S\n]+"
    r"(?:[\p{L}\-]+[^\S\n]+){0,4}?(?:from|of|by)[^\S\n]+"
)


def quoted_as(text: str, low: int, cue_start: int) -> Span | None:
    """The words between ``quoted`` and ``as`` right before a participle cue at
    ``cue_start`` (``quoted Jo Roe as saying``), read no further back than ``low``."""
    low = max(low, cue_start - _QUOTED_REACH)
    if text.find("quoted", low, cue_start) < 0:
        return None
    match = _QUOTED_AS.search(text, low, cue_start)
    return None if match is None else Span(start=match.start(1), end=match.end(1))


def signature(text: str, end: int, paragraph_end: int) -> Span | None:
    """The capitalised words alone after a dash that follows a quotation ending at ``end``,
    up to the end of its paragraph (``"..." - Jo Roe``)."""
    match = _SIGNATURE.match(text, end, min(paragraph_end, end + _SIGNATURE_REACH))
    return None if match is None else Span(start=match.start(1), end=match.end(1))


def apposed_name(text: str, sentence: int, end: int) -> tuple[str, Span] | None:
    """The noun and the name set in apposition to it that open the sentence at ``sentence``
    (``Her husband, George,`` -> husband, George), the caller judging the noun."""
    match = _APPOSED.match(text, sentence, min(end, sentence + _APPOSITION_REACH))
    if match is None:
        return None
    return match.group(1).lower(), Span(start=match.start(2), end=match.end(2))


def message_from(text: str, start: int, end: int) -> int | None:
    """Where the speaker's phrase starts in a sentence at ``start`` that names the speaker of
    the quotation before it (``That was the message from Jo Roe``)."""
    match = _MESSAGE_FROM.match(text, start, end)
    return None if match is None else match.end()
