"""Find the bylines at the head of a story and the credits at its foot.

Bylines as wire copy prints them::

    By John Smith and Jane Doe, Associated Press      names, then an organisation
    By CHRISTOPHER BURNS                              a name line ...
    Associated Press Writer                           ... and its credit line: one byline
    By Jane Doe, Chief Economics Correspondent        a role, not a name
    c.2000 N.Y. Times News Service                    a service line: organisation only
    Sex assault fuels row over bases by Miwa Suzuki   an AFP headline ending in its byline

Only a bounded head is read (:data:`HEAD_CHARS`, :data:`HEAD_LINES`), and a ``By`` line counts
only when the whole line reads as names (with an optional role or organisation) and stands as a
paragraph of its own, so a body sentence such as ``By Tuesday the talks...`` never does.

Credits (``Reporting by A and B; Editing by C``, ``Jane Doe in London contributed to this
article.``) are read from a bounded foot (:data:`FOOT_CHARS`). They are roles, not bylines.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from newsfacts.names import Token, is_person_name, split_names, tokenize, word_set
from newsfacts.records import Author, Byline, Credit, Dateline, Span

__all__ = ["FOOT_CHARS", "HEAD_CHARS", "HEAD_LINES", "find_bylines", "find_credits"]

HEAD_CHARS = 4000
"""Bylines are looked for in this many characters at the start of the text ..."""
HEAD_LINES = 14
"""... and in this many non-blank lines."""
FOOT_CHARS = 3000
"""Credits are looked for in this many characters at the end of the text."""

_MOST_CREDIT_TOKENS = 10
# What :func:`newsfacts.names.tokenize` makes a token of, in a line with no comma or semicolon.
_CHUNK = regex.compile(r"\S+")
_LONGEST_BYLINE = 240  # a longer line is body text; not even tokenised
_BODY_WINDOW = 8000  # how far a headline byline's name is looked for in the body

# Vocabulary of byline credits. Kept lower-case; plural ``s`` is dropped before lookup.
_ROLE_WORDS = word_set(
    """
    writer correspondent reporter editor columnist analyst staff chief photographer
    producer contributor stringer commentator critic reviewer special
    """
)
_ORGANIZATION_WORDS = word_set(
    """
    press news service times journal post globe chronicle herald tribune agency newspaper
    gazette daily wire network radio television magazine reuters reuter bureau
    """
)
# Agencies and papers that open a credit such as "Associated Press Writer" or "AP Business
# Writer": the organisation is the longest of these that the credit starts with.
_KNOWN_ORGANIZATIONS = frozenset(
    (
        "associated press", "the associated press", "ap", "reuters", "reuter", "afp",
        "agence france-presse", "xinhua", "bloomberg", "bloomberg news", "upi",
        "united press international", "dow jones", "kyodo", "kyodo news", "yonhap", "tass",
        "itar-tass", "dpa", "ansa", "efe", "cnn", "bbc", "cox news service", "knight ridder",
        "scripps howard", "pti", "interfax", "bernama", "antara", "the new york times",
        "new york times", "the wall street journal", "wall street journal",
        "the washington post", "washington post", "los angeles times",
    )
)  # fmt: skip
_LONGEST_ORGANIZATION = max(len(name.split()) for name in _KNOWN_ORGANIZATIONS)
_LONGEST_ROLE = 4  # words, as in "Chief Economics Correspondent"
_LINKS = frozenset({"of", "for", "to", "at"})  # "Staff Reporter of The Wall Street Journal"
_FUNCTION_WORDS = frozenset({"of", "for", "to", "at", "the", "and", "&", "de"})

_BY = regex.compile(r"[ \t]*(?:By|BY|by):?[ \t]+")


# "c.2000 N.Y. Times News Service", "c. 2000 Cox News Service", "(c) 1998 The Boston Globe".
@functools.cache
def _service() -> regex.Pattern[str]:
    return regex.compile(r"[ \t]*(?:c\.|\(c\)|©|Copyright)[ \t]?(?:19|20)\d\d[ \t]+(?=\S)")


# The start of a dateline line, for when the dateline was not found: "WASHINGTON (AP) _",
# "NAIROBI, Kenya -", "    TOKYO, Oct 19 -".
@functools.cache
def _dateline_start() -> regex.Pattern[str]:
    return regex.compile(
        r"[ \t]*\p{Lu}[\p{Lu}\p{M}.'\-]+(?:[ \t]\p{Lu}[\p{Lu}\p{M}.'\-]*)*(?:,| \(| _ | --? | — )"
    )


_WORD = regex.compile(r"[\p{L}\p{M}]+")


@functools.cache
def _credit_label() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\p{L}\p{M}])(?P<label>[Aa]dditional (?:reporting|writing)|[Rr]eporting|[Ww]riting"
        r"|[Ee]diting|[Ee]dited|[Ww]ritten|[Cc]ompiled|[Cc]ompiling|[Rr]esearch|[Tt]ranslated"
        r"|[Tt]ranslation|[Gg]raphics|[Pp]hotos|[Pp]roduced|[Pp]roduction)[ \t]+by[ \t]+"
    )


# A credit label's ``by`` (stdlib ``re``: a plain search for it is fast), and the longest label
# before it, ``Additional reporting``.
_BLANK_BY = re.compile(r"[ \t]by[ \t]")
# The same, the blank after ``by`` left unread: two in a row (``by by``) are both found.
_BY_BETWEEN_BLANKS = re.compile(r"[ \t]by(?=[ \t])")
_LONGEST_LABEL = len("Additional reporting")

_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr"})
_PLACE_LINKS = frozenset({"in", "at", "from"})  # "Jane Doe in Paris"
_CREDIT_END = frozenset(";)]\n")
_LABEL_ROLES = {
    "edited": "editing",
    "written": "writing",
    "compiled": "compiling",
    "translated": "translation",
    "produced": "production",
}


@functools.cache
def _contributed() -> regex.Pattern[str]:
    return regex.compile(
        r"[ \t]+contributed(?:[ \t]+(?:reporting|research))?"
        r"(?:[ \t]+(?:to|for)[ \t]+this[ \t]+(?:article|report|story))?\.?[ \t]*"
    )


class _Line(NamedTuple):
    start: int
    end: int  # without the line break (and a carriage return before it)
    blank: bool  # nothing but white space
    indented: bool  # opens with a space or tab


_new_line = tuple.__new__


class _Credit(NamedTuple):
    role: str | None
    organization: Span | None


def _skip_blanks(text: str, start: int, stop: int) -> int:
    """The first position from ``start`` that is not a space or tab."""
    while start < stop and text[start] in " \t":
        start += 1
    return start


def _lines(text: str, start: int, stop: int) -> Iterator[_Line]:
    """The lines of ``text[start:stop]``, one at a time: the head stops after a few."""
    position = start
    while position < stop:
        newline = text.find("\n", position, stop)
        end = stop if newline < 0 else newline
        content_end = end - 1 if end > position and text[end - 1] == "\r" else end
        yield _Line(
            position,
            content_end,
            content_end == position or text[position:content_end].isspace(),
            content_end > position and text[position] in " \t",
        )
        position = end + 1


def _head_lines(text: str) -> list[_Line]:
    """The lines of the head, as :func:`_lines` reads them, from one split of the head (a
    generator step per line cost more than the split)."""
    head: list[_Line] = []
    non_blank = 0
    stop = min(len(text), HEAD_CHARS)
    position = 0
    for part in text[:stop].split("\n"):
        if position >= stop:
            break  # the empty rest after a final line break is no line
        end = position + len(part)
        blank = not part or part.isspace()
        content_end = end - 1 if part.endswith("\r") else end
        # ``tuple.__new__``: half the cost of the named tuple's own ``__new__``.
        head.append(_new_line(_Line, (position, content_end, blank, part.startswith((" ", "\t")))))
        position = end + 1
        if not blank:
            non_blank += 1
            if non_blank >= HEAD_LINES:
                break
    return head


def _key(word: str) -> str:
    folded = word.casefold().rstrip(".")
    return folded[:-1] if folded.endswith("s") and len(folded) > 3 else folded


def _credit_words_ok(words: Sequence[str]) -> bool:
    """Whether every word looks like a credit's: capitalised, an abbreviation or a link."""
    return all(
        word[:1].isupper() or word[:1].isdigit() or word.casefold() in _FUNCTION_WORDS
        for word in words
    )


def _read_credit(tokens: Sequence[Token], *, standalone: bool = False) -> _Credit | None:
    """Split a credit such as ``Associated Press Writer`` into role and organisation.

    ``standalone`` (a credit line with no name before it) asks for a known organisation
    and a role both, so that an ordinary short line is not taken for one.
    """
    if not tokens or len(tokens) > _MOST_CREDIT_TOKENS:
        return None
    words = [token.word for token in tokens]
    if any(word in {",", ";"} for word in words) or not _credit_words_ok(words):
        return None
    keys = [_key(word) for word in words]
    has_role = any(key in _ROLE_WORDS for key in keys)
    has_organization = any(key in _ORGANIZATION_WORDS for key in keys) or _known_prefix(words)
    if not (has_role or has_organization or len(tokens) == 1):
        return None
    for index, key in enumerate(keys[1:-1], start=1):
        if key in _LINKS and keys[index - 1] in _ROLE_WORDS and index <= _LONGEST_ROLE:
            # "Staff Reporter of The Wall Street Journal"; not "PRODUCERS TO MEET IN CARACAS".
            if not _names_organization(words[index + 1 :]):
                return None
            return _Credit(_joined(tokens[:index]), _organization_span(tokens[index + 1 :]))
    prefix = _known_prefix(words)
    if 0 < prefix < len(tokens) and keys[-1] in _ROLE_WORDS:
        return _Credit(_joined(tokens[prefix:]), _organization_span(tokens[:prefix]))
    if standalone:
        return None
    if keys[-1] in _ROLE_WORDS:
        return _Credit(_joined(tokens), None)
    return _Credit(None, _organization_span(tokens))


def _names_organization(words: Sequence[str]) -> bool:
    """Whether the words hold an organisation word or start with a known organisation."""
    return any(_key(word) in _ORGANIZATION_WORDS for word in words) or _known_prefix(words) > 0


def _known_prefix(words: Sequence[str]) -> int:
    """How many words at the start name a known organisation (0 when none)."""
    for size in range(min(_LONGEST_ORGANIZATION, len(words)), 0, -1):
        if " ".join(words[:size]).casefold() in _KNOWN_ORGANIZATIONS:
            return size
    return 0


def _joined(tokens: Sequence[Token]) -> str:
    """The role as printed: its words joined by single spaces."""
    return " ".join(token.word for token in tokens)


def _organization_span(tokens: Sequence[Token]) -> Span:
    last = tokens[-1]
    end = last.end
    # "Reuters." ends a sentence; "Co." or "N.Y." keep their abbreviation point.
    if last.word.endswith(".") and len(last.word) > 4 and last.word[-2].islower():
        end -= 1
    return Span(start=tokens[0].start, end=end)


class _Parsed(NamedTuple):
    authors: tuple[Author, ...]
    credit: _Credit | None
    end: int


def _words(tokens: Sequence[Token]) -> list[str]:
    return [token.word for token in tokens]


def _author(text: str, name: Sequence[Token]) -> Author:
    span = Span(start=name[0].start, end=name[-1].end)
    return Author(name=span.of(text), span=span)


def _read_names_and_credit(text: str, tokens: Sequence[Token]) -> _Parsed | None:
    """Read ``Name[, Name][ and Name][, credit]`` from ``tokens``, or ``None``."""
    groups: list[list[Token]] = [[]]
    for token in tokens:
        if token.word == ",":
            groups.append([])
        else:
            groups[-1].append(token)
    authors: list[Author] = []
    for index, group in enumerate(groups):
        if not group:
            return None
        if authors and len(group) == 1 and group[0].word.casefold() in _SUFFIXES:
            # "By John Smith, Jr., Reuters": the suffix belongs to the name before it.
            last = authors.pop()
            span = Span(start=last.span.start, end=group[0].end)
            authors.append(Author(name=span.of(text), span=span))
            continue
        credit = _read_credit(group) if authors else None
        if credit is not None:
            rest = [token for later in groups[index:] for token in later]
            credit = _read_credit(rest) if index < len(groups) - 1 else credit
            if credit is None:
                return None
            return _Parsed(tuple(authors), credit, rest[-1].end)
        if len(group) > 2 and _known_prefix([group[-1].word]):
            # "By Brad Schade Reuters": the agency printed without its comma.
            names = split_names(group[:-1])
            if names is not None and index == len(groups) - 1:
                authors.extend(_author(text, name) for name in names)
                return _Parsed(tuple(authors), _read_credit(group[-1:]), group[-1].end)
        names = split_names(group)
        if names is None and index == len(groups) - 2 and _known_prefix(_words(groups[-1])):
            # A story set all in lower case ("By keith grant, Reuters"): with the agency
            # credited after it, a short run of plain words is the name.
            names = split_names(group, any_case=True)
        if names is None:
            return None
        authors.extend(_author(text, name) for name in names)
    if not authors:
        return None
    return _Parsed(tuple(authors), None, tokens[-1].end)


def _byline(
    text: str, start: int, authors: tuple[Author, ...], credit: _Credit | None, end: int
) -> Byline:
    role = credit.role if credit else None
    organization = credit.organization if credit else None
    span = Span(start=start, end=end)
    return Byline(
        span=span,
        text=span.of(text),
        authors=authors,
        role=role,
        organization=organization.of(text) if organization else None,
        organization_span=organization,
    )


def _opening(text: str, line: _Line) -> str:
    """The line's first character that is no space or tab (``""`` when there is none): the
    patterns of service, ``By`` and dateline lines are tried only where it can open them."""
    if not line.indented:
        return text[line.start] if line.start < line.end else ""
    return text[line.start : line.end].lstrip(" \t")[:1]


# What may open a service line (``c.``, ``(c)``, the sign, ``Copyright``) and a ``By`` line.
_SERVICE_OPENINGS = frozenset("c(\u00a9C")
_BY_OPENINGS = frozenset("Bb")


def _service_line(text: str, line: _Line, opening: str | None = None) -> Byline | None:
    if (_opening(text, line) if opening is None else opening) not in _SERVICE_OPENINGS:
        return None
    match = _service().match(text, line.start, line.end)
    if match is None:
        return None
    tokens = tokenize(text, match.end(), line.end)
    if not tokens or len(tokens) > 8 or not _credit_words_ok([t.word for t in tokens]):
        return None
    organization = _organization_span(tokens)
    span = Span(start=_skip_blanks(text, match.start(), line.end), end=organization.end)
    return Byline(
        span=span,
        text=span.of(text),
        organization=organization.of(text),
        organization_span=organization,
    )


def _credit_line(text: str, line: _Line, *, standalone: bool) -> _Credit | None:
    if not _credit_shaped(text, line):
        return None
    return _read_credit(tokenize(text, line.start, line.end), standalone=standalone)


def _credit_shaped(text: str, line: _Line) -> bool:
    """Whether the line passes the tests of :func:`_read_credit` that need no tokens."""
    if line.end - line.start > _LONGEST_BYLINE:
        return False
    # A comma or semicolon is a token of its own, and a credit has none and at most ten
    # tokens: most lines of prose fail here, before they are tokenised.
    printed = text[line.start : line.end]
    if "," in printed or ";" in printed:
        return False
    # Without commas and semicolons the tokens are the chunks: their words are tested here,
    # as ``_read_credit`` would, and most short lines fail before they are tokenised.
    # On a printable line the only white space is the space, where ``str.split`` and ``\S+``
    # agree (they part ways on the separator controls, U+001C to U+001F).
    chunks = printed.split() if printed.isprintable() else _CHUNK.findall(printed)
    return bool(chunks) and len(chunks) <= _MOST_CREDIT_TOKENS and _credit_words_ok(chunks)


def _ends_paragraph(
    text: str, lines: Sequence[_Line], index: int, dateline: Dateline | None
) -> bool:
    """Whether the line after ``index`` starts something new (blank, indent, dateline)."""
    if index + 1 >= len(lines):
        return True
    following = lines[index + 1]
    if following.blank or following.indented:
        return True
    opening = _opening(text, following)
    if (
        opening in _SERVICE_OPENINGS
        and _service().match(text, following.start, following.end) is not None
    ):
        return True
    if dateline is not None and following.start <= dateline.span.start < following.end + 1:
        return True
    return (
        _may_be_upper(opening)
        and _dateline_start().match(text, following.start, following.end) is not None
    )


_UPPER_LETTER = regex.compile(r"\p{Lu}")


def _may_be_upper(char: str) -> bool:
    """Whether ``char`` may be what ``\\p{Lu}`` matches: ``str.isupper`` holds of every
    capital it knows, and ``regex`` knows a newer Unicode, asked about the rest."""
    return char.isupper() or (char > "\x7f" and _UPPER_LETTER.match(char) is not None)


def _starts_paragraph(lines: Sequence[_Line], index: int, first_text: int) -> bool:
    """Whether the line opens a paragraph: after a blank, indented, or under the first line
    (``first_text``, the index of the first line that is not blank)."""
    if index == 0 or lines[index].indented or lines[index - 1].blank:
        return True
    return first_text >= index - 1


def find_bylines(text: str, *, dateline: Dateline | None = None) -> tuple[Byline, ...]:
    """Return the bylines of the story, in text order.

    >>> story = "Talks resume\\n\\nBy JANE DOE and Jean-Pierre Dupont, Reuters\\n\\nTOKYO - ..."
    >>> [[author.name for author in byline.authors] for byline in find_bylines(story)]
    [['JANE DOE', 'Jean-Pierre Dupont']]
    >>> find_bylines(story)[0].organization
    'Reuters'
    """
    lines = _head_lines(text)
    first_text = next((index for index, line in enumerate(lines) if not line.blank), len(lines))
    bylines: list[Byline] = []
    headline_byline = _headline_byline(text, lines)
    if headline_byline is not None:
        bylines.append(headline_byline)
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.blank or line.end - line.start > _LONGEST_BYLINE:
            continue
        opening = _opening(text, line)
        service = _service_line(text, line, opening)
        if service is not None:
            bylines.append(service)
            continue
        by = _BY.match(text, line.start, line.end) if opening in _BY_OPENINGS else None
        if by is None:
            # The line's own shape before the next line's: it settles most lines alone.
            if (
                _starts_paragraph(lines, index - 1, first_text)
                and _credit_shaped(text, line)
                and _ends_paragraph(text, lines, index - 1, dateline)
            ):
                credit = _read_credit(tokenize(text, line.start, line.end), standalone=True)
                if credit is not None:
                    tokens = tokenize(text, line.start, line.end)
                    bylines.append(
                        _byline(text, tokens[0].start, (), credit, _credit_end(credit, tokens))
                    )
            continue
        parsed = _read_names_and_credit(text, tokenize(text, by.end(), line.end))
        if parsed is None or not _starts_paragraph(lines, index - 1, first_text):
            continue
        start = _skip_blanks(text, by.start(), by.end())
        credit, end = parsed.credit, parsed.end
        # A credit line under the names ("Associated Press Writer") belongs to this byline.
        if index < len(lines) and (credit is None or credit.organization is None):
            below = _credit_line(text, lines[index], standalone=False)
            if below is not None and _service_line(text, lines[index]) is None:
                tokens = tokenize(text, lines[index].start, lines[index].end)
                merged_role = below.role or (credit.role if credit else None)
                credit = _Credit(
                    merged_role, below.organization or (credit.organization if credit else None)
                )
                end = _credit_end(below, tokens)
                index += 1
            elif not _ends_paragraph(text, lines, index - 1, dateline):
                continue
        bylines.append(_byline(text, start, parsed.authors, credit, end))
    return tuple(sorted(bylines, key=lambda byline: byline.span))


def _credit_end(credit: _Credit, tokens: Sequence[Token]) -> int:
    if credit.organization is not None and credit.organization.end >= tokens[-1].end - 1:
        return credit.organization.end
    return tokens[-1].end


def _headline_byline(text: str, lines: Sequence[_Line]) -> Byline | None:
    """An AFP headline ending in its byline: ``Sex assault fuels row by Miwa Suzuki``."""
    first = next((line for line in lines if not line.blank), None)
    if first is None or first.end - first.start > _LONGEST_BYLINE:
        return None
    by = text.rfind(" by ", first.start, first.end)
    if by < 0:
        return None
    title = _WORD.findall(text, first.start, by)
    long_words = [word for word in title if len(word) > 3]
    # Sentence-case headlines only: in "Boy Bitten by Family Dog" the tail is no byline.
    capitalised = sum(1 for word in long_words if word[0].isupper())
    if len(title) < 3 or not long_words or capitalised > 0.6 * len(long_words):
        return None
    tokens = tokenize(text, by + 4, first.end)
    names = split_names(tokens)
    if names is None:
        return None
    body = set(_WORD.findall(text, first.end, min(len(text), first.end + _BODY_WINDOW)))
    for name in names:
        # A name the story goes on to mention is its subject ("defended by Tony Blair").
        surname = [t.word for t in name if t.word[:1].isupper() and not t.word.endswith(".")]
        if surname and all(part in body for part in _WORD.findall(surname[-1])):
            return None
    authors = tuple(_author(text, name) for name in names)
    span = Span(start=by + 1, end=tokens[-1].end)
    return Byline(span=span, text=span.of(text), authors=authors)


def _label_role(label: str) -> str:
    role = label.casefold()
    return _LABEL_ROLES.get(role, role)


def _credit_names(text: str, start: int, end: int) -> list[Author]:
    """The names in a credit's list; ``Jane Doe in Paris`` gives ``Jane Doe``."""
    authors: list[Author] = []
    current: list[Token] = []
    tokens = tokenize(text, start, end)
    for token in [*tokens, Token(",", -1, -1)]:
        if token.word in {",", "&"} or token.word.casefold() == "and":
            # Cut a place off the name: "Jane Doe in Paris".
            words = [word.word for word in current]
            cut = next((i for i, word in enumerate(words) if word in _PLACE_LINKS), len(words))
            name = current[:cut]
            if name and name[-1].word.endswith(".") and len(name[-1].word) > 3:
                name = [*name[:-1], Token(name[-1].word[:-1], name[-1].start, name[-1].end - 1)]
            if is_person_name([t.word for t in name]):
                authors.append(_author(text, name))
            current = []
        else:
            current.append(token)
    return authors


def find_credits(text: str) -> tuple[Credit, ...]:
    """Return trailing credits (``Reporting by ...; Editing by ...``), in text order.

    >>> story = "Talks resumed.\\n(Reporting by Ann Lee and Bo Kim; Editing by Cy Day)\\n"
    >>> [(c.role, [n.name for n in c.names]) for c in find_credits(story)]
    [('reporting', ['Ann Lee', 'Bo Kim']), ('editing', ['Cy Day'])]
    """
    foot_start = max(0, len(text) - FOOT_CHARS)
    credits: list[Credit] = []
    labels = _credit_labels(text, _first_label_start(text, foot_start))
    for number, label in enumerate(labels):
        before = text[foot_start : label.start()].rstrip(" \t")
        if before and before[-1] not in "\n([;/.-\u2013\u2014":
            continue
        limit = labels[number + 1].start() if number + 1 < len(labels) else len(text)
        end = label.end()
        while end < limit and text[end] not in _CREDIT_END:
            end += 1
        while end > label.end() and text[end - 1] in " \t\r,.":
            if text[end - 1] == "." and end - 2 > label.end() and text[end - 3] in " .":
                break  # keep the point of a final initial
            end -= 1
        names = _credit_names(text, label.end(), end)
        if not names:
            continue
        span = Span(start=label.start(), end=max(end, names[-1].span.end))
        credits.append(
            Credit(span=span, text=span.of(text), role=_label_role(label["label"]), names=names)
        )
    credits.extend(_contributed_lines(text, foot_start))
    return tuple(sorted(credits, key=lambda credit: credit.span))


def _credit_labels(text: str, start: int) -> list[regex.Match[str]]:
    """The credit labels from ``start`` on, as ``_credit_label().finditer`` finds them.

    Every label ends in a blank, ``by`` and a blank, and starts at most
    :data:`_LONGEST_LABEL` characters before the blanks ahead of its ``by``: the label
    pattern is tried only there (the foot of a story has a few such ``by``), not at every
    position. Labels are read in order and never overlap, as ``finditer`` reads them.
    """
    labels: list[regex.Match[str]] = []
    cursor = start
    pattern = _credit_label()
    for by in _BY_BETWEEN_BLANKS.finditer(text, start):
        if by.start() < cursor:
            continue  # inside the label found last: no label can end here
        label_end = by.start()
        while label_end > cursor and text[label_end - 1] in " \t":
            label_end -= 1
        after = by.end()
        while after < len(text) and text[after] in " \t":
            after += 1
        found = pattern.search(text, max(cursor, label_end - _LONGEST_LABEL), after)
        if found is not None:
            labels.append(found)
            cursor = found.end()
    return labels


def _first_label_start(text: str, foot_start: int) -> int:
    """Where the first credit label of the foot can start, at the earliest.

    Every label ends in ``by`` between blanks, and no label word is longer than
    :data:`_LONGEST_LABEL`: the label regex, slow to try at every position, need not be tried
    before the first such ``by``. Without one there is no label: the end of the text.
    """
    found = _BLANK_BY.search(text, foot_start)
    if found is None:
        return len(text)
    start = found.start()
    while start > foot_start and text[start - 1] in " \t":
        start -= 1
    return max(foot_start, start - _LONGEST_LABEL)


def _contributed_lines(text: str, foot_start: int) -> list[Credit]:
    """``Jane Doe in London contributed to this article.``: a credit of its own line."""
    credits: list[Credit] = []
    if text.find(" contributed", foot_start) < 0:
        return credits  # the usual case: no line to read
    for line in _lines(text, foot_start, len(text)):
        if line.end - line.start > _LONGEST_BYLINE:
            continue
        found = text.find(" contributed", line.start, line.end)
        if found < 0 or _contributed().fullmatch(text, found, line.end) is None:
            continue
        start = _skip_blanks(text, line.start, found)
        names = _credit_names(text, start, found)
        if names:
            end = line.end
            while end > start and text[end - 1] in " \t":
                end -= 1
            span = Span(start=start, end=end)
            credits.append(Credit(span=span, text=span.of(text), role="contributing", names=names))
    return credits
