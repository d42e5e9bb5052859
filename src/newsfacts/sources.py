"""Find the agency credits of the story itself.

A story credits its agency in its furniture: the dateline (``SEOUL, July 3 (Yonhap) --``), a
byline's organisation (``Associated Press Writer``, ``Staff Reporter of The Wall Street
Journal``), a service line (``c.2000 N.Y. Times News Service``), or a trailer at the foot
(``Reuter``, ``(Yonhap)``, ``-- Xinhua``). Only those places are read, and only a bounded head
and foot of the text, so an agency named inside a sentence (``Reuters reported ...``) is never
taken for a credit.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import regex

from newsfacts.agencies import canonical_agency
from newsfacts.records import Byline, Dateline, SourcePosition, SourceTag, Span

__all__ = ["credited_agency", "find_source_tags"]

# Furniture lines sit in the first few lines (headline, bylines, service line) ...
HEAD_CHARS = 1500
HEAD_LINES = 12
# ... and trailers in the last few.
FOOT_CHARS = 800
FOOT_LINES = 3

_LINE = regex.compile(r"[^\n]*\n?")


# ``c.2000 N.Y. Times News Service``, ``(c) 1998 The Boston Globe``, ``Copyright 2005 Cox News``.
@functools.cache
def _service_line() -> regex.Pattern[str]:
    return regex.compile(
        r"[ \t]*(?:(?i:\(c\)|\u00a9|copyright)[ \t]*(?:(?:19|20)\d\d)?|c\.[ \t]*(?:19|20)\d\d)"
        r",?[ \t]+"
        r"(?P<org>\p{L}[\p{L}.&' \-]{1,58}?)[ \t.]*"
    )


# ``Associated Press Writer``, ``Staff Reporters of The Wall Street Journal``: a role line.
@functools.cache
def _role_line() -> regex.Pattern[str]:
    return regex.compile(r"[ \t]*(?P<org>\p{Lu}[\p{L}.&' \-]{1,58}?)[ \t]*")


# The first visible characters a service line may have (``(c)``, ``\u00a9``, ``copyright``,
# ``c.``), and the most visible characters a role line may have (its capital, 58 more).
_SERVICE_OPENINGS = frozenset("(\u00a9cC")
_LONGEST_ROLE_LINE = 59


# ``By Jane Doe, Reuters``: the organisation after a byline's names.
@functools.cache
def _by_org_line() -> regex.Pattern[str]:
    return regex.compile(
        r"[ \t]*(?i:by)[ \t]+\p{Lu}[\p{L}.' \-]{1,60}?,"
        r"[ \t]*(?P<org>\p{Lu}[\p{L}.&' \-]{1,58}?)[ \t]*"
    )


# The words that may qualify a role: ``Staff Reporter``, ``Chief Political Correspondent``.
_ROLE_QUALIFIERS = r"(?:(?:staff|special|senior|chief|political|diplomatic|foreign|business)[ ]+)*"


@functools.cache
def _role_prefix() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?i:{_ROLE_QUALIFIERS}"
        r"(?:writers?|reporters?|correspondents?|editors?|to)[ ]+(?:of[ ]+|for[ ]+)?)"
        r"|(?i:special[ ]+to[ ]+)"
    )


@functools.cache
def _role_suffix() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?i:[ ]+{_ROLE_QUALIFIERS}"
        r"(?:writers?|reporters?|correspondents?|photographers?|editors?))$"
    )


# A trailer that fills its line: ``Reuter``, ``REUTER...``, ``(Yonhap)``, ``-- Xinhua``.
@functools.cache
def _trailer_line() -> regex.Pattern[str]:
    return regex.compile(
        r"[ \t]*(?:-{1,2}[ \t]*)?(?P<open>\()?[ \t]*(?P<credit>\p{L}[\p{L}.&' \-]{0,38}?\p{L})"
        r"[ \t]*(?(open)\))[ \t]*(?:\.\.\.|\^M)*[ \t]*(?:\((?i:end)\))?[ \t]*"
    )


# The most characters a trailer's credit has, and a character that no trailer line holds.
_LONGEST_CREDIT = 40
_NOT_IN_TRAILER = regex.compile(r"[^\p{L} \t\-().&'^]")


# A trailer closing the last paragraph: ``... talks. (Yonhap)``, ``... he said. -- Xinhua``,
# ``... NIL. REUTER``.
@functools.cache
def _trailer_after_text() -> regex.Pattern[str]:
    return regex.compile(
        r"""(?<=[.!?"')\u201d][ \t]{1,20})(?:\((?P<credit>\p{L}[\p{L}.&' \-]{0,38}?)\)"""
        r"|--[ \t]*(?P<credit>\p{L}[\p{L}.&' \-]{0,38}?\p{L})"
        r"|(?P<credit>REUTERS?)(?:\d\d?:\d\d\S*)?)"
        r"[ \t]*(?:\.\.\.|\^M)*[ \t]*(?:\((?i:end)\))?[ \t]*$"
    )


def _without_role(start: int, end: int, text: str) -> tuple[int, int]:
    """Narrow ``text[start:end]`` to the organisation, its role words (``Writer``) left out."""
    prefix = _role_prefix().match(text, start, end)
    if prefix is not None:
        start = prefix.end()
    suffix = _role_suffix().search(text, start, end)
    if suffix is not None:
        end = suffix.start()
    return start, end


def credited_agency(organization: str) -> str | None:
    """The canonical agency of a byline's organisation, once its role words are set aside.

    >>> credited_agency("Associated Press Writer")
    'AP'
    >>> credited_agency("Staff Reporter of The Wall Street Journal")
    'WSJ'
    >>> credited_agency("Chief Economist") is None
    True
    """
    name = organization.strip()
    name = _role_suffix().sub("", _role_prefix().sub("", name, count=1), count=1)
    return canonical_agency(name)


def _lines(text: str, start: int, end: int) -> Iterable[tuple[int, str]]:
    """The lines of ``text[start:end]`` with their offsets, newline dropped."""
    for match in _LINE.finditer(text, start, end):
        if match.group():
            yield match.start(), match.group().rstrip("\r\n")


def _tag(text: str, start: int, end: int, agency: str, position: SourcePosition) -> SourceTag:
    return SourceTag(
        span=Span(start=start, end=end), text=text[start:end], agency=agency, position=position
    )


def _service_name(printed: str) -> str:
    """An outlet we do not list, named by a service line: its printed name without ``The``."""
    name = " ".join(printed.split()).rstrip(".")
    return name[4:] if name.lower().startswith("the ") else name


def _from_bylines(text: str, bylines: Sequence[Byline]) -> list[SourceTag]:
    tags = []
    for byline in bylines:
        span = byline.organization_span
        if byline.organization is None or span is None:
            continue
        service = _service_line().fullmatch(byline.text) is not None
        agency = credited_agency(byline.organization)
        if agency is None and service:
            agency = _service_name(byline.organization)
        if agency is not None:
            start, end = _without_role(span.start, span.end, text)
            tags.append(_tag(text, start, end, agency, "service" if service else "byline"))
    return tags


def _from_head(text: str, end: int) -> list[SourceTag]:
    tags = []
    for count, (start, line) in enumerate(_lines(text, 0, end)):
        if count >= HEAD_LINES:
            break
        # What each pattern below needs of a line's first visible characters and length,
        # tested first: most head lines are a headline or prose, and fail here.
        visible = line.strip(" \t")
        opening = visible[:1]
        service = _service_line().fullmatch(line) if opening in _SERVICE_OPENINGS else None
        if service is not None:
            printed = service["org"]
            agency = canonical_agency(printed) or _service_name(printed)
            tags.append(
                _tag(
                    text,
                    start + service.start("org"),
                    start + service.end("org"),
                    agency,
                    "service",
                )
            )
            continue
        role = (
            _role_line().fullmatch(line)
            if _may_be_upper(opening) and len(visible) <= _LONGEST_ROLE_LINE
            else None
        )
        if role is not None and not (
            _role_suffix().search(role["org"]) or _role_prefix().match(role["org"])
        ):
            role = None  # a bare name on its own line is a headline or a byline's name
        if role is None and visible[:2].lower() == "by" and "," in visible:
            role = _by_org_line().fullmatch(line)
        credited = credited_agency(role["org"]) if role is not None else None
        if role is not None and credited is not None:
            found = _without_role(start + role.start("org"), start + role.end("org"), text)
            tags.append(_tag(text, found[0], found[1], credited, "byline"))
    return tags


_UPPER_LETTER = regex.compile(r"\p{Lu}")


def _may_be_upper(char: str) -> bool:
    """Whether ``char`` may be what ``\\p{Lu}`` matches: ``str.isupper`` holds of every
    capital it knows, and ``regex`` knows a newer Unicode, asked about the rest."""
    return char.isupper() or (char > "\x7f" and _UPPER_LETTER.match(char) is not None)


def _trailer(line: str) -> tuple[tuple[int, int, str] | None, bool]:
    """The credit in a foot line, as (start, end, agency), if it holds one; and whether the
    line has a trailer's shape (the foot may go on above it)."""
    # A line with a character no trailer has (a digit, a comma) is none; and a trailer after
    # text opens with one of ``(``, ``--`` or ``REUTER``: prose mostly fails these tests.
    whole_line = (
        _trailer_line().fullmatch(line)
        if _NOT_IN_TRAILER.search(line) is None and _fits_trailer(line)
        else None
    )
    after_text = (
        _trailer_after_text().search(line)
        if "(" in line or "--" in line or "REUTER" in line
        else None
    )
    for match in (whole_line, after_text):
        if match is None:
            continue
        start, end = match.span("credit")
        agency = canonical_agency(match["credit"])
        if agency is None:
            # A trailer with a stray letter after it (``REUTER E``) still credits its agency.
            first = match["credit"].split()[0]
            agency = canonical_agency(first)
            end = start + len(first)
        if agency is not None:
            return (start, end, agency), whole_line is not None
    return None, whole_line is not None


# Short foot lines repeat from story to story (``Reuter``, ``(AP)``, ``-- Xinhua``): each is
# read once. Long ones are prose, never the same twice, and are not kept.
_short_trailer = functools.lru_cache(maxsize=2048)(_trailer)


def _fits_trailer(line: str) -> bool:
    """Whether ``line`` is short enough for :func:`_trailer_line`: once the marks around its
    credit are cut off (``--``, brackets, ``...``, ``(END)``), at most the 40 characters of
    the credit are left. Prose ending in a full stop fails here, not in the pattern, which
    tries every end for the credit before it fails."""
    rest = line.strip(" \t")
    if rest[-5:].lower() == "(end)":
        rest = rest[:-5]
    return len(rest.rstrip(" \t.^M)").lstrip("-( \t")) <= _LONGEST_CREDIT


def _last_lines(text: str, start: int, count: int) -> list[tuple[int, str]]:
    """The last ``count`` non-blank lines of ``text[start:]`` with their offsets, last first.

    Read backwards from the end: the foot of a long story is found without splitting it all.
    """
    lines: list[tuple[int, str]] = []
    end = len(text)
    while len(lines) < count:
        newline = text.rfind("\n", start, end)
        line_start = newline + 1 if newline >= 0 else start
        line = text[line_start:end].rstrip("\r")
        if line.strip():
            lines.append((line_start, line))
        if newline < 0:
            break
        end = newline
    return lines


def _from_foot(text: str, start: int) -> list[SourceTag]:
    tags = []
    for offset, line in _last_lines(text, start, FOOT_LINES):
        found, trailer_shaped = _short_trailer(line) if len(line) <= 60 else _trailer(line)
        if found is not None:
            tags.append(_tag(text, offset + found[0], offset + found[1], found[2], "foot"))
        elif not trailer_shaped:
            break  # body text: trailers sit below the body, never among it
    return tags[::-1]


def find_source_tags(
    text: str, *, dateline: Dateline | None = None, bylines: Sequence[Byline] = ()
) -> tuple[SourceTag, ...]:
    """Return the story's own agency credits, in text order.

    >>> story = "BEIJING, Nov. 2 (Xinhua) -- Talks resumed, Reuters reported.\\n\\n(END)\\n"
    >>> [(tag.agency, tag.position) for tag in find_source_tags(story, dateline=None)]
    []
    >>> from newsfacts.dateline import find_dateline
    >>> line = find_dateline(story)
    >>> [(tag.text, tag.agency, tag.position) for tag in find_source_tags(story, dateline=line)]
    [('Xinhua', 'Xinhua', 'dateline')]
    """
    tags: list[SourceTag] = []
    if dateline is not None and dateline.agency and dateline.agency_span is not None:
        span = dateline.agency_span
        tags.append(_tag(text, span.start, span.end, dateline.agency, "dateline"))
    tags.extend(_from_bylines(text, bylines))
    head_end = min(dateline.span.start if dateline is not None else len(text), HEAD_CHARS)
    tags.extend(_from_head(text, head_end))
    foot_start = max(len(text) - FOOT_CHARS, dateline.span.end if dateline is not None else 0)
    tags.extend(_from_foot(text, foot_start))
    return _without_overlaps(tags)


def _without_overlaps(tags: Iterable[SourceTag]) -> tuple[SourceTag, ...]:
    """Tags in text order, the first found kept where two cover the same words."""
    kept: list[SourceTag] = []
    for tag in tags:
        if not any(tag.span.overlaps(other.span) for other in kept):
            kept.append(tag)
    return tuple(sorted(kept, key=lambda tag: tag.span))
