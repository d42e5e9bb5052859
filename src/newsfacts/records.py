"""Immutable records for the structure of a story.

Every record is a frozen, slotted, keyword-only ``attrs`` class: hashable, picklable and
comparable, with tuples instead of lists, and a :class:`Span` locating it in the original text
(``text[span.start:span.end]``). Serialization lives in :mod:`newsfacts.serialize`.

Records made by extractors (quotes, attributions, itineraries, a plugin's own) follow the same
rules and also carry the name of the ``extractor`` that made them; see :class:`Fact`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any, Literal, Protocol, runtime_checkable

import attrs

__all__ = [
    "Author",
    "Byline",
    "Credit",
    "Dateline",
    "Fact",
    "Headline",
    "Paragraph",
    "Sentence",
    "SourceTag",
    "Span",
    "as_tuple",
]


def as_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """Converter for tuple fields: accepts any iterable, stores a tuple.

    Typed ``Any`` on purpose: mypy's attrs plugin cannot solve a generic converter, and plain
    ``converter=as_tuple`` leaves the ``__init__`` parameter unsolvable under ``--strict``. The
    field's own annotation still types the attribute.
    """
    return tuple(items)


def _end_not_before_start(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start:
        raise ValueError(f"Span end {value} lies before its start {instance.start}")


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into the original text.

    >>> text = "SEOUL, July 3 (Yonhap) -- Talks resumed."
    >>> span = Span(start=0, end=5)
    >>> span.of(text)
    'SEOUL'
    >>> len(span), span.overlaps(Span(start=4, end=9))
    (5, True)
    """

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field(validator=[attrs.validators.ge(0), _end_not_before_start])

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen(kw_only=True)
class Headline:
    """The headline line of a story, when its first line is one."""

    span: Span
    text: str


YearSource = Literal["dateline", "published"]


@attrs.frozen(kw_only=True)
class Dateline:
    """Where and when a story was filed, as printed at its head.

    ``place`` is the place as printed (``"NAIROBI, Kenya"``), split into ``city`` and ``region``.
    ``date`` is set only when the year is known: from the line itself (``year_source`` is
    ``"dateline"``) or from the ``published`` date given to :func:`newsfacts.parse`
    (``"published"``). A line such as ``SEOUL, July 3 (Yonhap) --`` parsed without ``published``
    keeps ``month=7, day=3`` and leaves ``date`` and ``year_source`` as ``None``.
    ``agency`` is the canonical name of the agency credited in the line.
    """

    span: Span
    text: str
    place: str | None = None
    place_span: Span | None = None
    city: str | None = None
    region: str | None = None
    date: datetime.date | None = None
    month: int | None = None
    day: int | None = None
    year_source: YearSource | None = None
    date_text: str | None = None
    date_span: Span | None = None
    agency: str | None = None
    agency_span: Span | None = None


@attrs.frozen(kw_only=True)
class Author:
    """A person credited as a writer, with the span of their name."""

    name: str
    span: Span


@attrs.frozen(kw_only=True)
class Byline:
    """A byline: the writers credited, apart from their role and organisation.

    ``By John Smith and Jane Doe, Associated Press`` gives two authors and the organisation
    ``Associated Press``; an ``Associated Press Writer`` line under it gives the role ``Writer``.
    """

    span: Span
    text: str
    authors: tuple[Author, ...] = attrs.field(default=(), converter=as_tuple)
    role: str | None = None
    organization: str | None = None
    organization_span: Span | None = None


@attrs.frozen(kw_only=True)
class Credit:
    """A trailing credit such as ``Reporting by ...; Editing by ...``: roles, not bylines."""

    span: Span
    text: str
    role: str
    names: tuple[Author, ...] = attrs.field(default=(), converter=as_tuple)


SourcePosition = Literal["dateline", "head", "byline", "foot", "service"]


@attrs.frozen(kw_only=True)
class SourceTag:
    """An agency credit of the story itself, such as ``(Yonhap)``, ``Reuter`` or ``-- Xinhua``.

    ``agency`` is the canonical name (``"Reuters"`` for ``Reuter``, ``"Xinhua"`` for the
    misspelt ``(Xinhau)``); ``text`` keeps what was printed.
    """

    span: Span
    text: str
    agency: str
    position: SourcePosition


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of the body, blank-line separated or opened by an indent."""

    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence, with the index of the paragraph that holds it."""

    span: Span
    text: str
    paragraph: int


@runtime_checkable
class Fact(Protocol):
    """What every extractor record offers: a span and the name of its extractor.

    Extractor records are frozen ``attrs`` classes like the ones above; these two fields are
    the only ones the plugin host relies on (it sorts by ``span`` and fills ``extractor``).
    """

    @property
    def span(self) -> Span: ...

    @property
    def extractor(self) -> str: ...
