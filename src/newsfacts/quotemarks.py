"""Pair quotation marks into quotations, paragraph by paragraph.

News copy prints quotations in many styles: straight ``"..."``, curly ``\u201c...\u201d``
and ``\u2018...\u2019``, the wire's ````...''`` (two backticks open, two apostrophes close),
guillemets ``\u00ab...\u00bb`` and German ``\u201e...\u201c``. Marks are paired *by type*: a
closer only closes an opener it can end, so a stray apostrophe never closes a double quotation.
Apostrophes inside words (``don't``, ``Pompeo\u2019s``) and elisions (``\u201990s``) are not
marks at all.

Each paragraph is paired on its own, so a missing mark costs at most that paragraph: leftover
openers and closers are dropped, except that an opener with nothing of its family after it runs
to the end of its paragraph. Such an open quotation continues into the next paragraph when that
paragraph opens with a mark of the same family (the convention for a quotation running over
several paragraphs: each one reopens, only the last closes); otherwise it is returned with
``closed`` false for the caller to judge.

Only outermost quotations are returned: a quotation nested in another is part of its words.
Pairing is linear in the number of marks: one stack per opening style, each mark pushed and
popped at most once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from newsfacts.records import Span

__all__ = ["Quotation", "find_quotations", "pair_paragraph"]

# A quotation mark, or a run of backticks or of apostrophes, split into marks later (so that
# ``'' is not read as two apostrophes); two single curly marks typed for a double one
# (\u2018\u2019) are one mark too. It opens with the class of every mark, a run going on only
# after its own kind, so that ``re`` skips to the next mark rather than trying each position
# in turn: most of a paragraph holds none.
_MARK = re.compile(
    r"[`'\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a\u2033]"
    r"(?:(?<=`)`+|(?<=')'+|(?<=[\u2018\u2019])[\u2018\u2019](?![\u2018\u2019]))?"
)

DOUBLE, SINGLE = "double", "single"
# What each opening style is, and which closers may end it (straight and curly marks are
# mixed in real copy, so each closer accepts the openers of its family it can plausibly end).
_OPENER_FAMILY = {
    '"': DOUBLE,
    "\u201c": DOUBLE,  # “
    "\u201e": DOUBLE,  # „
    "``": DOUBLE,
    "''": DOUBLE,  # some wire copy opens with two apostrophes too: ''Yes,'' he said.
    "\u00ab": DOUBLE,  # left guillemet
    "'": SINGLE,
    "\u2018": SINGLE,  # left single curly mark
    "`": SINGLE,
    "\u2039": SINGLE,  # single left guillemet
    "\u201a": SINGLE,  # German single low mark, closed by \u2018
    "\u2033": DOUBLE,  # a double prime typed for a straight mark
    "\u201d": DOUBLE,  # a closing mark typed to open (a common CMS error: \u201d...\u201d)
    # Two single curly marks typed for a double one: \u2018\u2019It is\u2026\u201d
    "\u2018\u2018": DOUBLE,
    "\u2018\u2019": DOUBLE,
    "\u2019\u2019": DOUBLE,
}
_DOUBLED_SINGLES = ("\u2018\u2018", "\u2018\u2019", "\u2019\u2019")
_CLOSES = {
    '"': ('"', "\u201c", "\u201e", "``", "\u2033", "\u201d", *_DOUBLED_SINGLES),
    "\u2033": ("\u2033", '"', "\u201c", "\u201d"),
    "\u201d": ("\u201c", '"', "\u201e", "``", "\u201d", "\u2033", *_DOUBLED_SINGLES),
    "\u2019\u2019": ("\u201c", '"', "\u201e", "``", "\u201d", *_DOUBLED_SINGLES),
    "\u201c": ("\u201e",),  # German „...“
    "''": ("``", "''", '"', "\u201c"),
    "\u00bb": ("\u00ab",),
    "'": ("'", "\u2018", "`"),
    "\u2019": ("\u2018", "'", "`"),
    "\u203a": ("\u2039",),
    "\u2018": ("\u201a",),  # German \u201a...\u2018
}
# Characters after which a mark is at the start of a word (it may open).
_BEFORE_OPENING = set("([{/\u2014\u2013-:") | set(_OPENER_FAMILY) - {"\u201d", "\u2033"}
# Characters before which a mark is at the end of a word (it may close).
_AFTER_CLOSING = set(".,;:!?)]}/\u2014\u2013-\u2026*") | {"\u201d", "\u2019", '"', "'"}


@attrs.frozen(kw_only=True)
class Quotation:
    """One quotation: its ``parts`` inside the marks, and where its marks are.

    ``parts`` holds one span per paragraph the quotation runs over (the words between the
    marks, never the marks). ``span`` runs from the first opening mark to the end of the last
    closing mark (or of the last part, when ``closed`` is false: the closer was never found).
    ``style`` is the opening mark as printed (``"``, ``“``, ````` ...).
    """

    span: Span
    parts: tuple[Span, ...]
    style: str
    closed: bool

    @property
    def family(self) -> str:
        """``double`` or ``single``."""
        return _OPENER_FAMILY[self.style]


@attrs.frozen(kw_only=True)
class _Pair:
    open: int  # where the opening mark starts
    start: int  # first character inside
    end: int  # first character after the inside (the closing mark, or the paragraph end)
    close: int  # first character after the closing mark
    style: str
    closed: bool


def _marks(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Every candidate mark in ``text[start:end]`` with its position; runs split into marks."""
    for match in _MARK.finditer(text, start, end):
        run, position = match.group(), match.start()
        if run[0] in "`'" and len(run) > 1:
            # ```` then ` opens double then single; ''' closes single then double.
            if len(run) % 2:
                if run[0] == "'":
                    yield position, "'"
                    position += 1
                else:
                    yield position + len(run) - 1, "`"
            for offset in range(0, len(run) - len(run) % 2, 2):
                yield position + offset, run[0] * 2
        else:
            yield position, run


def _is_apostrophe(mark: str, before: str, after: str, after_next: str) -> bool:
    """Whether a single mark is an apostrophe (``don't``, ``\u201990s``, ``workers' union``)."""
    if before.isalnum() and after.isalnum() and mark in ("'", "\u2019", "\u2018", "`"):
        return True  # inside a word (some copy types a backtick: don`t)
    if mark not in ("'", "\u2019", "\u2018"):
        return False
    if after.isdigit() and not before.isalnum():
        return True  # elision of a year: the 90s with a curly apostrophe before
    if before == "." and after == "s" and not after_next.isalnum():
        return True  # the possessive of an abbreviation: B.C.'s premier, Acme Inc.'s shares
    return _is_possessive(mark, before, after, after_next)


def _is_possessive(mark: str, before: str, after: str, after_next: str) -> bool:
    # A plural possessive before a lowercase word: the workers' union.
    return mark != "\u2018" and before == "s" and after == " " and after_next.islower()


def _single_role(text: str, position: int, mark: str, start: int, end: int) -> bool | None:
    """``True`` for a mark that can close a single quotation, ``False`` for one that opens
    one, ``None`` for any other mark (a double mark, an apostrophe inside a word)."""
    if mark in ("\u2018", "`", "\u201a"):
        return False
    if mark not in ("'", "\u2019"):
        return None
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return None
    if (after.isspace() or after in _AFTER_CLOSING) and not before.isspace():
        return True
    if mark == "'" and (before.isspace() or before in _BEFORE_OPENING) and after.isalpha():
        return False
    return None


# What follows an apostrophe typed apart from its word (``Jo Roe 's``, ``didn 't``): no
# quotation opens with these letters alone.
_DETACHED_ENDINGS = frozenset("stdm")

# The marks that are apostrophes when a letter or digit stands on each side (``_is_apostrophe``).
_WORD_APOSTROPHES = ("'", "\u2019", "\u2018")


def pair_paragraph(text: str, start: int, end: int) -> tuple[list[_Pair], _Pair | None]:
    """Pair the marks of one paragraph ``text[start:end]``.

    Returns the closed outermost pairs in text order and the open pair that runs to the end of
    the paragraph (or ``None``). Internal building block of :func:`find_quotations`.
    """
    if _MARK.search(text, start, end) is None:
        return [], None  # most paragraphs of wire copy: nothing to pair
    stacks: dict[str, list[int]] = {style: [] for style in _OPENER_FAMILY}
    closed: list[_Pair] = []
    last_closed = {DOUBLE: -1, SINGLE: -1}

    marks = list(_marks(text, start, end))
    for position, mark in marks:
        if not (
            mark in _WORD_APOSTROPHES
            and start < position < end - 1
            and text[position - 1].isalnum()
            and text[position + 1].isalnum()
        ):
            break
    else:
        # Only apostrophes inside words (*don't*, *company's*), which the loop below would
        # skip one by one: nothing to pair. Most paragraphs with a mark are of this kind.
        return [], None
    # Whether, after each mark, a single closer comes before the next single opener: a
    # plural possessive (the farmers' union) closes an open single quotation unless another
    # closer can do it before the next single quotation opens (an apostrophe inside a word,
    # ``Roe's``, closes nothing).
    closer_ahead = [False] * (len(marks) + 1)
    for index in range(len(marks) - 1, -1, -1):
        role = _single_role(text, marks[index][0], marks[index][1], start, end)
        closer_ahead[index] = closer_ahead[index + 1] if role is None else role
    for index, (position, mark) in enumerate(marks):
        before = text[position - 1] if position > start else " "
        after_at = position + len(mark)
        after = text[after_at] if after_at < end else " "
        after_next = text[after_at + 1] if after_at + 1 < end else " "
        if _is_apostrophe(mark, before, after, after_next) and (
            not _is_possessive(mark, before, after, after_next) or closer_ahead[index + 1]
        ):
            continue
        if (
            mark in ("'", "\u2019")
            and before == " "
            and after in _DETACHED_ENDINGS
            and not after_next.isalnum()
            and position - 2 >= start
            and text[position - 2].isalnum()
        ):
            continue  # a possessive or a contraction typed apart: ``Jo Roe 's boat``
        opens_word = before.isspace() or before in _BEFORE_OPENING
        ends_word = after.isspace() or after in _AFTER_CLOSING
        closable = _top(stacks, _CLOSES.get(mark, ()))
        if mark in ('"', "'", "''", "\u2033", "\u2019\u2019"):
            # Straight marks go both ways: the flanking spaces decide, then what is open.
            if ends_word and not opens_word:
                as_closer = True
            elif opens_word and not ends_word:
                as_closer = False
            else:
                as_closer = closable is not None
            if as_closer and closable is None:
                continue  # a stray closer
            if mark == "'" and as_closer is False and not after.isalpha():
                continue  # a lone apostrophe, not an opener
        elif mark in ("\u201c", "\u2018") and closable is not None and not opens_word:
            as_closer = True  # German low marks closed high: \u201e...\u201c, \u201a...\u2018
        elif mark == "\u201d":
            # A closing mark at the start of a word opens (``\u201dWe are,\u201d she said``).
            as_closer = not (opens_word and not ends_word)
            if as_closer and closable is None:
                continue
        else:
            as_closer = mark in _CLOSES and mark not in _OPENER_FAMILY
            if as_closer and closable is None:
                continue
        if not as_closer:
            unclosed = _close_open_same(stacks, text, position, _OPENER_FAMILY[mark])
            if unclosed is not None:
                closed.append(unclosed)
                last_closed[_OPENER_FAMILY[mark]] = unclosed.open
            stacks[mark].append(position)
            continue
        assert closable is not None
        opened = stacks[closable].pop()
        # Whatever opened after this opener and never closed is a stray: drop it.
        for stack in stacks.values():
            while stack and stack[-1] > opened:
                stack.pop()
        pair = _Pair(
            open=opened,
            start=opened + len(closable),
            end=position,
            close=position + len(mark),
            style=closable,
            closed=True,
        )
        closed.append(pair)
        last_closed[_OPENER_FAMILY[closable]] = opened
    running = _running_to_end(stacks, last_closed, end)
    return _outermost(closed, running), running


def _close_open_same(
    stacks: dict[str, list[int]], text: str, position: int, family: str
) -> _Pair | None:
    # Quotations do not nest in their own family in news copy (a quotation inside one takes
    # the other family's marks): an opener while another of its family is open, with no
    # quotation of the other family opened since, means the writer left the first unclosed
    # (``'We are here. 'We stay.'``). It ends before the new opener, which starts a
    # quotation of its own.
    style = _top(stacks, (s for s, kind in _OPENER_FAMILY.items() if kind == family))
    if style is None:
        return None
    if family == SINGLE:
        other = _top(stacks, (s for s, kind in _OPENER_FAMILY.items() if kind == DOUBLE))
        if other is not None and stacks[other][-1] > stacks[style][-1]:
            return None
    opened = stacks[style].pop()
    for stack in stacks.values():
        while stack and stack[-1] > opened:
            stack.pop()
    end = position
    while end > opened + len(style) and text[end - 1].isspace():
        end -= 1
    return _Pair(
        open=opened, start=opened + len(style), end=end, close=end, style=style, closed=False
    )


def _top(stacks: dict[str, list[int]], styles: Iterable[str]) -> str | None:
    best, best_at = None, -1
    for style in styles:
        stack = stacks[style]
        if stack and stack[-1] > best_at:
            best, best_at = style, stack[-1]
    return best


def _running_to_end(
    stacks: dict[str, list[int]], last_closed: dict[str, int], end: int
) -> _Pair | None:
    # The earliest leftover opener after which nothing of its family closed: it holds the rest
    # of the paragraph (a single quotation may nest in a double one, not the other way round).
    best: tuple[int, str] | None = None
    for style, stack in stacks.items():
        family = _OPENER_FAMILY[style]
        after = max(last_closed.values()) if family == SINGLE else last_closed[family]
        for position in stack:
            if position > after and (best is None or position < best[0]):
                best = (position, style)
                break
    if best is None:
        return None
    position, style = best
    return _Pair(
        open=position, start=position + len(style), end=end, close=end, style=style, closed=False
    )


def _outermost(pairs: list[_Pair], running: _Pair | None) -> list[_Pair]:
    # Pairs nest properly (a closer drops every opener after its own), so one sweep in order of
    # opening keeps those that no earlier pair contains.
    kept: list[_Pair] = []
    reach = -1
    for pair in sorted(pairs, key=lambda pair: pair.open):
        if pair.open >= reach:
            kept.append(pair)
            reach = pair.close
    if running is not None:
        kept = [pair for pair in kept if pair.open < running.open]
    return kept


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end)


def find_quotations(text: str, paragraphs: Iterable[Span]) -> list[Quotation]:
    """Find the quotations in ``text``, paragraph by paragraph, in text order.

    >>> text = '"We are," she said, "making progress."'
    >>> whole = [Span(start=0, end=len(text))]
    >>> [[part.of(text) for part in q.parts] for q in find_quotations(text, whole)]
    [['We are,'], ['making progress.']]
    """
    quotations: list[Quotation] = []
    carried: tuple[Span, list[Span], str] | None = None  # an open quotation: span, parts, style

    for paragraph in paragraphs:
        pairs, running = pair_paragraph(text, paragraph.start, paragraph.end)
        first = _first_pair(pairs, running)
        if carried is not None:
            span, parts, style = carried
            carried = None
            lead = _trimmed(text, paragraph.start, paragraph.end).start
            if first is not None and first.open == lead and _same_family(first.style, style):
                parts.append(_trimmed(text, first.start, first.end))
                if first.closed or first is not running:
                    quotations.append(
                        _quotation(span.start, first.close, parts, style, first.closed)
                    )
                else:
                    carried = (span, parts, style)
                if first is running:
                    running = None
                else:
                    pairs = pairs[1:]
            elif (closer := _stray_closer(text, paragraph, first, style)) is not None:
                # The writer did not reopen the quotation here but closes it: it runs on to
                # that closer (``\u201cWe are here. / We stay,\u201d she said.``).
                parts.append(_trimmed(text, paragraph.start, closer[0]))
                quotations.append(_quotation(span.start, closer[1], parts, style, True))
            else:
                quotations.append(_quotation(span.start, parts[-1].end, parts, style, False))
        for pair in pairs:
            part = _trimmed(text, pair.start, pair.end)
            quotations.append(_quotation(pair.open, pair.close, [part], pair.style, pair.closed))
        if running is not None and carried is None:
            part = _trimmed(text, running.start, running.end)
            if part:
                carried = (Span(start=running.open, end=part.end), [part], running.style)
    if carried is not None:
        span, parts, style = carried
        quotations.append(_quotation(span.start, parts[-1].end, parts, style, False))
    quotations.sort(key=lambda quotation: quotation.span.start)
    return [quotation for quotation in quotations if quotation.parts]


_DOUBLE_CLOSERS = ('"', "\u201d", "''", "\u2019\u2019", "\u2033")


def _stray_closer(
    text: str, paragraph: Span, first: _Pair | None, style: str
) -> tuple[int, int] | None:
    """Where the first mark of ``paragraph`` is, when it is a double closer that closes
    nothing of its own paragraph (it comes before any pair): the end of a quotation carried
    from the paragraph before that was not reopened."""
    if _OPENER_FAMILY[style] != DOUBLE:
        return None
    match = _MARK.search(text, paragraph.start, paragraph.end)
    if match is None or match.group() not in _DOUBLE_CLOSERS:
        return None
    position, close = match.start(), match.end()
    if first is not None and first.open <= position:
        return None
    before = text[position - 1] if position > paragraph.start else " "
    after = text[close] if close < paragraph.end else " "
    if before.isspace() or not (after.isspace() or after in _AFTER_CLOSING):
        return None
    return position, close


def _first_pair(pairs: list[_Pair], running: _Pair | None) -> _Pair | None:
    if pairs and (running is None or pairs[0].open < running.open):
        return pairs[0]
    return running


def _same_family(style: str, other: str) -> bool:
    return _OPENER_FAMILY[style] == _OPENER_FAMILY[other]


def _quotation(start: int, end: int, parts: list[Span], style: str, closed: bool) -> Quotation:
    return Quotation(
        span=Span(start=start, end=max(end, start)),
        parts=tuple(part for part in parts if part),
        style=style,
        closed=closed,
    )
