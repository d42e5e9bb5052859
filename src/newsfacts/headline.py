"""Decide whether the first line of a story is its headline.

The first non-blank line is a headline when it reads as a title: short, not ending a sentence,
not prose of several sentences, and set off from what follows (a blank line, an indented
paragraph, a byline or the dateline); a line in capitals such as Reuters' ``BAHIA COCOA REVIEW``
is one too. It is not one when it is the dateline, a byline, a date alone (``Sunday, January 20,
2008``), an editor's slug (``ATTENTION - ADDS details ///``) or the first paragraph of the body.
An AFP headline that ends in its byline (``... in Japan by Miwa Suzuki``) ends before ``by``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from newsfacts.names import word_set
from newsfacts.records import Byline, Dateline, Headline, Span

__all__ = ["find_headline"]

_LONGEST_HEADLINE = 250  # characters; a longer first line is body text
_HEAD_CHARS = 2000  # the first line is looked for this far in

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


# A date alone on its line: "Sunday, January 20, 2008", "July 3, 2018", "3 July 2018",
# "2018-07-03".
@functools.cache
def _date_alone() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?i:(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
        rf"|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)|\d{{4}}-\d\d-\d\d|{_WEEKDAY})\.?"
    )


# A word ending a sentence inside the line ("said. He"): prose, not a title.
_SENTENCE_BREAK = regex.compile(r"(\p{L}+)\.[ \t]+[\p{Lu}\"'\u201c]")
_ABBREVIATIONS = word_set(
    """
    mr mrs ms dr st gen col lt sgt gov sen rep corp inc ltd co bros dept govt jr sr no vs ave
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    """
)
# A dateline left on its own line when none was found: "WASHINGTON _", "SEOUL (Yonhap) --".
_DATELINE_ALONE = regex.compile(r"\p{Lu}[^\n]{0,80}?[ \t)](?:_|--?|\u2014|\u2013)[ \t]*")
_SLUG = regex.compile(r".*///[ \t]*|=.*=[ \t]*")
_LETTER = regex.compile(r"\p{L}")
_LOWER = regex.compile(r"\p{Ll}")


def _line_at(text: str, start: int) -> tuple[int, int]:
    """The line holding ``start``: its first and last non-blank positions (end exclusive)."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    while start < end and text[start] in " \t":
        start += 1
    return start, end


def _first_line(text: str) -> tuple[int, int] | None:
    position = 0
    limit = min(len(text), _HEAD_CHARS)
    while position < limit:
        start, end = _line_at(text, position)
        if end > start:
            return start, end
        newline = text.find("\n", position, limit)
        if newline < 0:
            return None
        position = newline + 1
    return None


def _is_prose(line: str, *, in_capitals: bool) -> bool:
    """Whether the line holds a sentence break or ends like a sentence.

    A line in capitals is a 1980s wire headline, which may end in a point (``... NOTE.``).
    """
    for match in _SENTENCE_BREAK.finditer(line):
        word = match.group(1)
        if len(word) > 2 and word.casefold() not in _ABBREVIATIONS and _LOWER.search(word):
            return True
    if line.endswith(".") and not in_capitals:
        last = line.rsplit(None, 1)[-1]
        # "... in the U.S." keeps its abbreviation; "... said Tuesday." is a sentence.
        return not (last.count(".") > 1 or last[:-1].casefold() in _ABBREVIATIONS)
    return False


def _set_off(text: str, end: int, dateline: Dateline | None, bylines: Sequence[Byline]) -> bool:
    """Whether what follows the line at ``end`` starts something new."""
    newline = text.find("\n", end)
    if newline < 0:
        return True
    following = newline + 1
    if following >= len(text) or text[following] in " \t\r\n":
        return True
    if dateline is not None and following <= dateline.span.start <= following + 8:
        return True
    return any(following <= byline.span.start <= following + 8 for byline in bylines)


def find_headline(
    text: str, *, dateline: Dateline | None = None, bylines: Sequence[Byline] = ()
) -> Headline | None:
    """Return the headline, or ``None`` when the first line is not one.

    >>> find_headline("Talks resume in Seoul\\n\\nSEOUL (Yonhap) -- Talks resumed.").text
    'Talks resume in Seoul'
    >>> find_headline("BAHIA COCOA REVIEW\\n    SALVADOR, Feb 26 - Showers continued.").text
    'BAHIA COCOA REVIEW'
    >>> find_headline("Talks resumed on Tuesday, officials said.\\n\\nThey met again.") is None
    True
    """
    first = _first_line(text)
    if first is None:
        return None
    start, end = first
    if dateline is not None and dateline.span.start < end and start < dateline.span.end:
        return None
    for byline in bylines:
        if start <= byline.span.start < end:
            if byline.span.start <= start:
                return None
            end = byline.span.start  # an AFP headline ending "by Miwa Suzuki"
            while end > start and text[end - 1] in " \t":
                end -= 1
        elif byline.span.start < start < byline.span.end:
            return None
    line = text[start:end]
    if not line or len(line) > _LONGEST_HEADLINE or _LETTER.search(line) is None:
        return None
    if _date_alone().fullmatch(line) or _SLUG.fullmatch(line) or _DATELINE_ALONE.fullmatch(line):
        return None
    in_capitals = _LOWER.search(line) is None
    if _is_prose(line, in_capitals=in_capitals):
        return None
    if not (in_capitals or _set_off(text, first[1], dateline, bylines)):
        return None
    span = Span(start=start, end=end)
    return Headline(span=span, text=line)
