"""Find and read the dateline at the head of a story.

A dateline says where and when a story was filed: ``SEOUL, July 3 (Yonhap) --``,
``WASHINGTON (AP) —``, ``NAIROBI, Kenya (AP) _``, ``WARSAW, March 26 -`` (Reuters, indented under
a headline), ``MIAMI _``, ``(Undated)``, or a date alone on its own line (``Friday, August 21,
2015``). Only the head of a story is read: a dateline is furniture that comes before the body,
so a capitalised place opening an ordinary sentence is never taken for one.

The line is read piece by piece (place, regions, date, agency, separator) with small
regexes anchored at the current position, which keeps the work linear in the head's length.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

import regex

from newsfacts.agencies import canonical_agency
from newsfacts.records import Dateline, Span, YearSource

__all__ = ["find_dateline", "month_number"]

# A dateline sits in the first lines, after at most a headline, bylines and a relay header.
HEAD_CHARS = 3000
HEAD_LINES = 16
# Only the start of a line can hold a dateline; the rest of a long line is never read.
LINE_CHARS = 400
# A relay header (``GAZA, Nov. 14, 2005 (Xinhua) -- China Exclusive: ...``) is followed by the
# story's own dateline within this many non-blank lines.
RELAY_LINES = 6
# A bare ``PLACE -`` line gives way to a full dateline this many lines below it.
WEAK_YIELDS_LINES = 4

_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH_ABBREVIATIONS: dict[str, int] = {
    **{name[:3]: number for name, number in _MONTHS.items()},
    "sept": 9,
}

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\p{L})"
)
_WEEKDAY = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
# Not the start of a date: keeps month and day names out of places and regions
# (``RICHMOND, Va. Feb 26``, ``SAN JOSE, Calif., Friday, May 5``).
_NOT_DATE = rf"(?!{_MONTH}\.?(?:[ \t]*\d|[ \t]+[-\u2014\u2013_])|{_WEEKDAY},?[ \t])"
_CAPS_WORD = rf"{_NOT_DATE}(?:Mc|Mac)?\p{{Lu}}[\p{{Lu}}\p{{M}}'\u2019./\-]*"
_TITLE_WORD = rf"{_NOT_DATE}\p{{Lu}}[\p{{L}}\p{{M}}'\u2019.\-]*"
_LOOSE_WORD = rf"{_NOT_DATE}\p{{L}}[\p{{L}}\p{{M}}'\u2019./\-]*"

# The patterns that spell out month and weekday names are large, and compiling them costs more
# than a third of ``import newsfacts``: each is compiled once, on first use.


@functools.cache
def _caps_city() -> regex.Pattern[str]:
    return regex.compile(rf"{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,4}}(?![\p{{L}}\d])")


@functools.cache
def _loose_city() -> regex.Pattern[str]:
    return regex.compile(rf"{_LOOSE_WORD}(?:[ ]{_LOOSE_WORD}){{0,3}}(?![\p{{L}}\d])")


@functools.cache
def _region() -> regex.Pattern[str]:
    # A region is never followed by a number: ``NEW YORK, Narch 2`` has a misspelt month.
    return regex.compile(
        rf"[ ]?,[ ]?((?:the[ ])?{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,2}})"
        r"(?![\p{L}\d])(?![ \t]*\d)"
    )


_DATE_GAP = regex.compile(r"[ ]?,[ \t]*")
_COMMA_NEXT = (",", " ,")  # how a region and that gap open
# A short place may run straight into its date (``JOHANNESBURG March 13 -``); a long run of
# capitals doing so is a headline (``PORT SUBSIDY TO END JULY 1 - MINISTER``).
_SHORT_PLACE_DATE_GAP = regex.compile(r"[ \t]+")
SHORT_PLACE_WORDS = 2
_REGION_DATE_GAP = regex.compile(r"[ ]?,?[ \t]*")
_DASH_BEFORE_DATE = regex.compile(r"[ ]?,?[ \t]*-[ \t]+")


@functools.cache
def _month_day() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?:{_WEEKDAY},?[ \t]+)?(?P<month>{_MONTH})(?:\.[ \t]*|[ \t]+)(?P<day>\d{{1,3}})(?!\d)"
        r"(?:st|nd|rd|th)?(?:,?[ \t]*(?P<year>(?:1[89]|20)\d\d)(?!\d))?"
    )


@functools.cache
def _day_month() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?:{_WEEKDAY},?[ \t]+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<month>{_MONTH})\.?"
        r"(?:,?[ \t]*(?P<year>(?:1[89]|20)\d\d)(?!\d))?"
    )


@functools.cache
def _month_alone() -> regex.Pattern[str]:
    return regex.compile(rf"(?P<month>{_MONTH})\.?")


# A misspelt month (``Narch 2``, ``Marchg 12``): a word and a day, corrected when one edit away.
_ODD_MONTH_DAY = regex.compile(r"(?P<month>\p{L}{4,10})\.?[ \t]*(?P<day>\d{1,2})(?!\d)")
# Some copy prints the year twice (``Dec 4, 2006, 2006 -``).
_REPEATED_YEAR = regex.compile(r",[ \t]*(?:1[89]|20)\d\d(?!\d)")
_AGENCY_IN_PARENS = regex.compile(r"[ \t]*\([ \t]*(?P<agency>[\p{L}][\p{L}.&\- ]{0,38}?)[ \t]*\)")
_AGENCY_AFTER_COMMA = regex.compile(r",[ \t]*(?P<agency>(?i:reuters?))(?!\p{L})")
_ACRONYM = regex.compile(r"\p{Lu}{2,8}")
# The separator; a single hyphen needs space after it so that ``Nov. 2-3`` is not one.
_SEPARATOR = regex.compile(r",?[ \t]*(?:-{2,3}|[\u2014\u2013_]|-(?![\d-]))")
_SPACE_BEFORE_SEPARATOR = regex.compile(r"[ \t]+(?=-|[\u2014\u2013_])")
# Indentation, and the odd stray character a wire transmission left before it (``c    CHICAGO``).
_LEAD_NOISE = regex.compile(r"[ \t*]*(?:[^\s\p{L}][ \t]{3,}|\p{Ll}[ \t]{3,})?")
_UNDATED = regex.compile(r"\((?i:undated)\)(?:[ \t]*(?:-{2,3}|[\u2014\u2013_]))?")
_PROSE = regex.compile(r"\b\p{Ll}{2,}\b")
_DIGIT = regex.compile(r"\d")
_LOWER_RUN = regex.compile(r"\p{Ll}{2,}")
_PROSE_START = regex.compile(r"""[\p{Lu}"'\u201c\u2018`<(]""")
_SENTENCE_END = regex.compile(r"""[.!?]['"\u2019\u201d]*$|[.!?]''$""")

_STRONG, _WEAK, _OTHER = 3, 2, 1


@dataclass(frozen=True)
class _Found:
    """A dateline read from one line: offsets are into the whole text."""

    start: int
    end: int
    strength: int
    place: tuple[int, int] | None = None
    city: tuple[int, int] | None = None
    region: tuple[int, int] | None = None
    date: tuple[int, int] | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: tuple[int, int] | None = None
    agency_name: str | None = None


def month_number(word: str) -> int | None:
    """The number of a month name, full or abbreviated, with or without its period.

    >>> month_number("Sept."), month_number("FEBRUARY"), month_number("Mayday")
    (9, 2, None)
    """
    key = word.strip().rstrip(".").lower()
    return _MONTHS.get(key) or _MONTH_ABBREVIATIONS.get(key)


def _misspelt_month(word: str) -> int | None:
    """The month a word is one edit away from (``Narch`` -> 3), if exactly one such month."""
    key = word.lower()
    hits = {number for name, number in _MONTHS.items() if _one_edit_apart(key, name)}
    return hits.pop() if len(hits) == 1 else None


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped (``Macrh``)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i + 1 : i + 2] == b[i : i + 1] and a[i : i + 1] == b[i + 1 : i + 2]
        return a[i + 1 :] == b[i + 1 :] or (swapped and a[i + 2 :] == b[i + 2 :])
    return a[i:] == b[i + 1 :]


def _read_date(line: str, pos: int, *, allow_month_alone: bool) -> regex.Match[str] | None:
    for pattern in (_month_day(), _day_month()):
        match = pattern.match(line, pos)
        if match is not None:
            return match
    odd = _ODD_MONTH_DAY.match(line, pos)
    if odd is not None and _misspelt_month(odd["month"]) is not None:
        return odd
    if allow_month_alone:
        return _month_alone().match(line, pos)
    return None


def _month_of(match: regex.Match[str]) -> int | None:
    return month_number(match["month"]) or _misspelt_month(match["month"])


def _group(match: regex.Match[str], name: str) -> int | None:
    try:
        value = match[name]
    except IndexError:
        return None
    return int(value) if value else None


def _read_agency(line: str, pos: int) -> tuple[regex.Match[str], str] | None:
    """An agency credit in the line: ``(AP)``, ``(Xinhau)``, ``, Reuter``."""
    # Each pattern needs its bracket or comma ahead: most lines are settled without them.
    if line.find("(", pos) < 0 and not line.startswith(",", pos):
        return None
    for pattern in (_AGENCY_IN_PARENS, _AGENCY_AFTER_COMMA):
        match = pattern.match(line, pos)
        if match is None:
            continue
        printed = match["agency"]
        name = canonical_agency(printed)
        if name is None and _ACRONYM.fullmatch(printed):
            name = printed  # an agency we do not list, printed as wire copy prints one
        if name is not None:
            return match, name
    return None


def _read_place_line(
    line: str, base: int, pos: int | None = None, has_digit: bool | None = None
) -> _Found | None:
    """Read ``PLACE[, Region][, date][ (Agency)] SEP`` at the start of ``line``.

    ``pos`` (after the lead noise) and ``has_digit`` (whether a digit follows it) are computed
    here unless the caller has them."""
    if pos is None:
        pos = _LEAD_NOISE.match(line).end()  # type: ignore[union-attr]
    # A city in capitals opens with two of them, or with ``Mc``/``Mac``: a word in lower case
    # after its first letter (``Showers continued``) is none, which spares the large pattern.
    second = line[pos + 1 : pos + 2]
    if not ("a" <= second <= "z") or line.startswith(("Mc", "Mac"), pos):
        caps = _caps_city().match(line, pos)
        if caps is not None:
            found = _read_after_city(line, base, caps, capitals=True)
            if found is not None:
                return found
    # Copy that lost its capitals (``Mexico city, march 18 -``) is read only with a date, and
    # so only when a digit (its day) follows.
    if has_digit is None:
        has_digit = _DIGIT.search(line, pos) is not None
    if not has_digit:
        return None
    loose = _loose_city().match(line, pos)
    if loose is not None:
        return _read_after_city(line, base, loose, capitals=False)
    return None


def _read_after_city(
    line: str, base: int, city: regex.Match[str], *, capitals: bool
) -> _Found | None:
    place_end = city.end()
    regions: list[tuple[int, int]] = []
    # A region (and a date gap without a region) follows a comma, perhaps after a space: the
    # patterns are tried only when one is there.
    while len(regions) < 2 and line.startswith(_COMMA_NEXT, place_end):
        region = _region().match(line, place_end)
        if region is None:
            break
        regions.append(region.span(1))
        place_end = region.end()

    # The date follows a comma (``SEOUL, July 3``); after a region the comma may be missing
    # (``RICHMOND, Va. Feb 26``), and some copy puts a dash first (``KANSAS CITY, Mo. - March 13``).
    date_match = None
    gaps = [_DASH_BEFORE_DATE, _REGION_DATE_GAP if regions else _DATE_GAP]
    if capitals and not regions and city.group().count(" ") < SHORT_PLACE_WORDS:
        gaps.append(_SHORT_PLACE_DATE_GAP)
    for gap_pattern in gaps:
        if gap_pattern is _DATE_GAP and not line.startswith(_COMMA_NEXT, place_end):
            continue
        gap = gap_pattern.match(line, place_end)
        if gap is not None:
            date_match = _read_date(line, gap.end(), allow_month_alone=True)
            if date_match is not None:
                break
    if not capitals and (date_match is None or _group(date_match, "day") is None):
        return None  # settled here, before the agency and separator are read
    cursor = place_end
    if date_match is not None:
        cursor = date_match.end()
        repeated = _REPEATED_YEAR.match(line, cursor)
        if repeated is not None and _group(date_match, "year") is not None:
            cursor = repeated.end()
    agency = _read_agency(line, cursor)
    if agency is not None:
        cursor = agency[0].end()
    strong = date_match is not None or agency is not None
    if not strong and _SPACE_BEFORE_SEPARATOR.match(line, cursor) is None:
        return None  # ``PORT-AU-PRINCE`` style hyphens are part of a word, not a separator
    separator = _SEPARATOR.match(line, cursor)
    if separator is None:
        return None
    if not capitals and (date_match is None or _group(date_match, "day") is None):
        return None
    if not strong and not _weak_dateline_ends(line, separator, has_region=bool(regions)):
        return None
    start = base + city.start()
    return _Found(
        start=start,
        end=base + separator.end(),
        strength=_STRONG if strong else _WEAK,
        place=(start, base + place_end),
        city=(start, base + city.end()),
        region=(base + regions[0][0], base + regions[-1][1]) if regions else None,
        date=(base + date_match.start(), base + date_match.end()) if date_match else None,
        month=_month_of(date_match) if date_match is not None else None,
        day=_group(date_match, "day") if date_match is not None else None,
        year=_group(date_match, "year") if date_match is not None else None,
        agency=(base + agency[0].start("agency"), base + agency[0].end("agency"))
        if agency
        else None,
        agency_name=agency[1] if agency else None,
    )


def _weak_dateline_ends(line: str, separator: regex.Match[str], *, has_region: bool) -> bool:
    """Whether a place with neither date nor agency (``MIAMI _``) opens the story's prose.

    Table rows (``COPPER GRADE A - steadier 7750``) and headline tails (``... - APR 7``) have the
    same shape; prose after the separator starts with a capital and reads as words.
    """
    rest = line[separator.end() :].strip()
    if not _PROSE_START.match(rest) or _read_date(rest, 0, allow_month_alone=False):
        return False
    bare_hyphen = separator.group().strip(" \t,") == "-"
    if bare_hyphen and not has_region:
        # Prose, or a run of names (``Federal Reserve Board Chairman Paul Volcker``), not figures.
        return len(_PROSE.findall(rest[:80])) >= 2 or _DIGIT.search(rest[:80]) is None
    return _LOWER_RUN.search(rest[:80]) is not None


def _read_dateless_line(line: str, base: int, pos: int, has_digit: bool) -> _Found | None:
    """``(Undated)``, a date alone on its line, or a date opening a line (``APRIL 11 - ...``).

    ``pos`` is where the line starts after its lead noise; ``has_digit`` whether a digit
    follows: without one there is no date with a day, and only ``(Undated)`` is left."""
    if not has_digit and not line.startswith("(", pos):
        return None
    undated = _UNDATED.match(line, pos)
    if undated is not None and not line[undated.end() :].strip(" \t\r\n_-\u2014\u2013"):
        return _Found(start=base + pos, end=base + undated.end(), strength=_OTHER)
    date_match = _read_date(line, pos, allow_month_alone=False)
    if date_match is None or _misspelt_month(date_match["month"]) is not None:
        return None
    end = date_match.end()
    if line[end:].strip():
        separator = _SEPARATOR.match(line, end)
        if separator is None or _SPACE_BEFORE_SEPARATOR.match(line, end) is None:
            return None
        end = separator.end()
    return _Found(
        start=base + pos,
        end=base + end,
        strength=_OTHER,
        date=(base + date_match.start(), base + date_match.end()),
        month=_month_of(date_match),
        day=_group(date_match, "day"),
        year=_group(date_match, "year"),
    )


def _read_line(line: str, base: int) -> _Found | None:
    pos = _LEAD_NOISE.match(line).end()  # type: ignore[union-attr]
    has_digit = _DIGIT.search(line, pos) is not None
    return _read_place_line(line, base, pos, has_digit) or _read_dateless_line(
        line, base, pos, has_digit
    )


def _is_body(line: str) -> bool:
    """A line of body prose: after it, the head (and any dateline) is over."""
    stripped = line.strip()
    return len(stripped) >= 200 or (
        len(stripped) >= 80 and _SENTENCE_END.search(stripped) is not None
    )


def _head_lines(text: str) -> list[tuple[int, str]]:
    """The first lines of ``text`` (start offset, line without its newline), bounded."""
    # One split in C rather than a find per line; a newline that ends the head opens no line.
    parts = text[:HEAD_CHARS].split("\n", HEAD_LINES)
    if len(parts) > HEAD_LINES or not parts[-1]:
        del parts[-1]
    lines: list[tuple[int, str]] = []
    start = 0
    for part in parts:
        lines.append((start, part.rstrip("\r")[:LINE_CHARS]))
        start += len(part) + 1
    return lines


class _Scan:
    """The candidates of the head's lines, read lazily: most stories are decided by their first
    lines, and a line is read only when the choice needs it."""

    def __init__(self, lines: list[tuple[int, str]]) -> None:
        self.lines = lines
        self.found: list[tuple[int, _Found]] = []
        self.next_line = 0  # the first line not read yet
        self.done = not lines

    def read_one(self) -> None:
        """Read the next line, if the scan is not over."""
        if self.done:
            return
        index = self.next_line
        start, line = self.lines[index]
        self.next_line += 1
        candidate = _read_line(line, start)
        if candidate is not None:
            self.found.append((index, candidate))
        elif _is_body(line):
            self.done = True  # the head, and any dateline, ends at body prose
        if self.next_line >= len(self.lines):
            self.done = True

    def read_through(self, last: int) -> None:
        """Read every line up to ``last`` (inclusive), if the scan gets that far."""
        while not self.done and self.next_line <= last:
            self.read_one()

    def read_all(self) -> None:
        """Read the rest of the head."""
        while not self.done:
            self.read_one()

    def first_placed(self) -> tuple[int, _Found] | None:
        """The first candidate with a place, reading no further than needed."""
        checked = 0
        while True:
            for pair in self.found[checked:]:
                if pair[1].strength >= _WEAK:
                    return pair
            checked = len(self.found)
            if self.done:
                return None
            self.read_one()

    def strong(self) -> list[tuple[int, _Found]]:
        """The strong candidates read so far."""
        return [(index, item) for index, item in self.found if item.strength == _STRONG]


def _choose(text: str) -> _Found | None:
    lines = _head_lines(text)
    scan = _Scan(lines)
    first = scan.first_placed()
    if first is None:
        return scan.found[0][1] if scan.found else None  # every line was read
    index, chosen = first
    if chosen.strength < _STRONG:
        # A headline can look like a bare dateline (``ECONOMIC SPOTLIGHT - JAPAN``): a full
        # dateline just under it wins. Further down, a later dateline is another story's.
        scan.read_through(index + WEAK_YIELDS_LINES)
        strong = scan.strong()
        later = [item for later_index, item in strong if later_index - index <= WEAK_YIELDS_LINES]
        if not later:
            return chosen
        index, chosen = next(pair for pair in strong if pair[1] is later[0])
    return _inner_dateline(text, lines, index, chosen, scan)


def _inner_dateline(
    text: str,
    lines: list[tuple[int, str]],
    index: int,
    chosen: _Found,
    scan: _Scan,
) -> _Found:
    """When ``chosen`` is a relay header, the story's own dateline after it."""
    line_start, line = lines[index]
    rest_offset = chosen.end - line_start
    rest = line[rest_offset:]
    stripped_at = len(rest) - len(rest.lstrip())
    inner = _read_place_line(rest[stripped_at:], chosen.end + stripped_at)
    if inner is not None and inner.strength == _STRONG:
        return inner
    rest_text = rest.strip()
    next_is_blank = index + 1 < len(lines) and not lines[index + 1][1].strip()
    if len(rest_text) > 200 or _SENTENCE_END.search(rest_text) or not next_is_blank:
        return chosen
    scan.read_all()
    # The first strong candidate is ``chosen`` itself: none comes before the first placed one.
    for later_index, later in scan.strong()[1:]:
        between = [body for _, body in lines[index + 1 : later_index] if body.strip()]
        if len(between) < RELAY_LINES:
            return later
    return chosen


def _resolve_year(
    month: int, day: int, year: int | None, published: datetime.date | None
) -> tuple[datetime.date | None, YearSource | None]:
    if year is not None:
        try:
            return datetime.date(year, month, day), "dateline"
        except ValueError:
            return None, None
    if published is None:
        return None, None
    candidates = []
    for guess in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(datetime.date(guess, month, day))
        except ValueError:
            continue
    if not candidates:
        return None, None
    best = min(candidates, key=lambda date: abs((date - published).days))
    # A Feb 29 far from any leap year near ``published`` is a misprint, not a date.
    if abs((best - published).days) > 183:
        return None, None
    return best, "published"


def _span(pair: tuple[int, int] | None) -> Span | None:
    return Span(start=pair[0], end=pair[1]) if pair is not None else None


def _text(text: str, pair: tuple[int, int] | None) -> str | None:
    return text[pair[0] : pair[1]] if pair is not None else None


def find_dateline(text: str, *, published: datetime.date | None = None) -> Dateline | None:
    """Return the story's dateline, or ``None`` when it prints none.

    ``published`` supplies the year when the line prints none: the year that puts the
    printed month and day nearest to it.

    >>> line = find_dateline("SEOUL, July 3 (Yonhap) -- Talks resumed.", published=None)
    >>> line.place, line.month, line.day, line.date, line.agency, line.text
    ('SEOUL', 7, 3, None, 'Yonhap', 'SEOUL, July 3 (Yonhap) --')
    >>> find_dateline("NEW YORK, Dec 31 - Shares fell.", published=datetime.date(1988, 1, 1)).date
    datetime.date(1987, 12, 31)
    """
    found = _choose(text)
    if found is None:
        return None
    date: datetime.date | None = None
    year_source: YearSource | None = None
    if found.month is not None and found.day is not None:
        date, year_source = _resolve_year(found.month, found.day, found.year, published)
    return Dateline(
        span=Span(start=found.start, end=found.end),
        text=text[found.start : found.end],
        place=_text(text, found.place),
        place_span=_span(found.place),
        city=_text(text, found.city),
        region=_text(text, found.region),
        date=date,
        month=found.month,
        day=found.day,
        year_source=year_source,
        date_text=_text(text, found.date),
        date_span=_span(found.date),
        agency=found.agency_name,
        agency_span=_span(found.agency),
    )
