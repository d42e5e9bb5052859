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
    "Attribution",
    "Author",
    "Byline",
    "Credit",
    "Dateline",
    "Entity",
    "Fact",
    "Headline",
    "Itinerary",
    "Leg",
    "Mention",
    "Paragraph",
    "Quote",
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


@attrs.frozen(kw_only=True, init=False, order=False)
class Span:
    """A half-open character range ``[start, end)`` into the original text.

    >>> text = "SEOUL, July 3 (Yonhap) -- Talks resumed."
    >>> span = Span(start=0, end=5)
    >>> span.of(text)
    'SEOUL'
    >>> len(span), span.overlaps(Span(start=4, end=9))
    (5, True)
    >>> sorted([Span(start=4, end=9), Span(start=0, end=5), Span(start=0, end=2)])[0]
    Span(start=0, end=2)
    """

    start: int
    end: int

    # Spans are made by the hundred thousand and sorted by the ten thousand, so ``__init__`` and
    # the comparisons are written by hand: attrs' generated ones (a setattr per field, a
    # validator call, comparisons through tuples built field by field) cost several times more.
    # They behave the same: the bounds are checked, and spans order as (start, end) tuples.
    def __init__(self, *, start: int, end: int) -> None:
        if start < 0 or end < start:
            if start < 0:
                raise ValueError(f"'start' must be >= 0: {start}")
            raise ValueError(f"Span end {end} lies before its start {start}")
        _set_start(self, start)
        _set_end(self, end)

    def __lt__(self, other: Span) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        if self.start != other.start:
            return self.start < other.start
        return self.end < other.end

    def __le__(self, other: Span) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        if self.start != other.start:
            return self.start < other.start
        return self.end <= other.end

    def __gt__(self, other: Span) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        if self.start != other.start:
            return self.start > other.start
        return self.end > other.end

    def __ge__(self, other: Span) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        if self.start != other.start:
            return self.start > other.start
        return self.end >= other.end

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


# The slots' own setters: a frozen class refuses ``setattr``, and these are what attrs calls.
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


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


MentionCategory = Literal["person", "organization", "place", "pronoun", "description"]
Resolution = Literal["name", "alias", "title", "pronoun", "description", "context", "unresolved"]


@attrs.frozen(kw_only=True, init=False)
class Mention:
    """A stretch of text that refers to a person, organisation or place.

    ``category`` says what was found: a name (``person``, ``organization``, ``place``), a
    ``pronoun`` (*she*, *his*) or a definite ``description`` (*the minister*, *the top US
    diplomat*). ``name`` is the name part without titles (``Mike Pompeo`` in *US Secretary of
    State Mike Pompeo*), with ``name_span``; ``titles`` are the roles printed around it.
    ``entity`` is the id of the :class:`Entity` the mention was resolved to (``None`` when
    unresolved), and ``resolution`` says how: by its full ``name``, an ``alias`` (a surname,
    *Mr. X*), a ``title``, a ``pronoun`` or a ``description`` rule.
    ``country`` is the ISO 3166-1 alpha-2 code of a place, or of a demonym (*North Korean*).
    """

    span: Span
    text: str
    category: MentionCategory
    name: str | None = None
    name_span: Span | None = None
    titles: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    gender: Literal["female", "male"] | None = None
    country: str | None = None
    entity: int | None = None
    resolution: Resolution = "unresolved"

    # Mentions are made by the ten thousand (and again when resolved), so ``__init__`` is
    # written by hand, as Span's is: it sets the slots directly, where attrs' generated one
    # goes through ``object.__setattr__`` per field. Same fields, defaults and converter.
    def __init__(
        self,
        *,
        span: Span,
        text: str,
        category: MentionCategory,
        name: str | None = None,
        name_span: Span | None = None,
        titles: Iterable[str] = (),
        gender: Literal["female", "male"] | None = None,
        country: str | None = None,
        entity: int | None = None,
        resolution: Resolution = "unresolved",
    ) -> None:
        _set_mention_span(self, span)
        _set_mention_text(self, text)
        _set_mention_category(self, category)
        _set_mention_name(self, name)
        _set_mention_name_span(self, name_span)
        _set_mention_titles(self, titles if titles.__class__ is tuple else as_tuple(titles))
        _set_mention_gender(self, gender)
        _set_mention_country(self, country)
        _set_mention_entity(self, entity)
        _set_mention_resolution(self, resolution)


# The setters of Mention's slots, in the order of its fields.
_MENTION_SLOTS = tuple(Mention.__dict__[field.name].__set__ for field in attrs.fields(Mention))
# ... each by name too: ``__init__`` calls them without indexing the tuple.
(
    _set_mention_span,
    _set_mention_text,
    _set_mention_category,
    _set_mention_name,
    _set_mention_name_span,
    _set_mention_titles,
    _set_mention_gender,
    _set_mention_country,
    _set_mention_entity,
    _set_mention_resolution,
) = _MENTION_SLOTS


EntityCategory = Literal["person", "organization", "place"]


@attrs.frozen(kw_only=True)
class Entity:
    """A person, organisation or place of one article, with every way the article names it.

    ``id`` is the entity's number within its article (what ``Mention.entity`` holds).
    ``name`` is the canonical name (the fullest form the article uses); ``aliases`` every
    other form (surname, *Mr. X*, the organisation without *the*); ``titles`` and
    ``affiliations`` as printed. Places carry their ISO ``country`` code and, when the
    gazetteer knows them, ``latitude`` and ``longitude``. ``span`` is the first mention's.
    """

    id: int
    span: Span
    category: EntityCategory
    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    titles: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    affiliations: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    gender: Literal["female", "male"] | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=as_tuple)


QuoteType = Literal["direct", "partial"]


@attrs.frozen(kw_only=True)
class Quote:
    """A stretch of reported speech inside quotation marks, with its speaker.

    ``parts`` are the spans of the quoted words, inside the marks: one for a plain quote,
    several for a quote split by its attribution (*"We are," she said, "making progress."*) or
    running over several paragraphs; ``text`` joins them with a space. ``span`` runs from the
    first opening mark to the last closing one. ``type`` is ``direct`` (a sentence or more of
    speech) or ``partial`` (a fragment woven into the reporter's sentence).
    ``speaker`` is the canonical name of the speaking entity (``speaker_entity`` its id) and
    ``speaker_span`` the mention that names them here; ``speaker_resolution`` says how it was
    found (``context`` for a quote paragraph that continues the previous speaker unnamed).
    ``cue`` is the reporting verb or phrase (*said*, *told reporters*, *according to*, a colon)
    with ``cue_span``.
    """

    span: Span
    extractor: str = "quotes"
    text: str
    parts: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple)
    type: QuoteType = "direct"
    speaker: str | None = None
    speaker_entity: int | None = None
    speaker_span: Span | None = None
    speaker_resolution: Resolution = "unresolved"
    cue: str | None = None
    cue_span: Span | None = None


AttributionType = Literal["statement", "quote", "report", "refusal", "denial", "anonymous"]


@attrs.frozen(kw_only=True)
class Attribution:
    """A statement the reporter attributes to a source, quoted or not.

    ``source`` is the canonical name of the source entity, or a short description of an unnamed
    one (*US intelligence sources*); ``cue`` the reporting verb or phrase and ``cue_lemma`` its
    lemma (*said* -> *say*); ``content`` the attributed claim with its ``content_parts`` spans.
    ``type`` classifies it; ``quote`` is the span of the :class:`Quote` when the content is one.
    """

    span: Span
    extractor: str = "attributions"
    source: str | None = None
    source_span: Span | None = None
    source_entity: int | None = None
    cue: str | None = None
    cue_lemma: str | None = None
    cue_span: Span | None = None
    content: str = ""
    content_parts: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple)
    type: AttributionType = "statement"
    quote: Span | None = None


DatePrecision = Literal["day", "month", "year"]


@attrs.frozen(kw_only=True)
class Leg:
    """One stop of a journey: where, when, why, and whom the traveller meets there.

    ``place`` is the most specific place the article names for the stop, as it names it
    (``place_span``), with the gazetteer's ISO ``country`` and coordinates when known.
    ``start``/``end`` are resolved against the dateline (``None`` when the article gives none),
    with their precision and the spans of the words they come from. ``purpose`` is the stated
    reason (*to meet with leader Kim Jong-un*); ``counterparts`` the people or groups met.
    ``mentions`` are the spans of every phrase that speaks of this stop (several sentences may
    describe the same leg).
    """

    span: Span
    place: str
    place_span: Span
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    start: datetime.date | None = None
    end: datetime.date | None = None
    start_precision: DatePrecision | None = None
    end_precision: DatePrecision | None = None
    start_span: Span | None = None
    end_span: Span | None = None
    purpose: str | None = None
    purpose_span: Span | None = None
    counterparts: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    counterpart_spans: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple)


TripStatus = Literal["planned", "ongoing", "completed", "cancelled", "hypothetical"]


@attrs.frozen(kw_only=True)
class Itinerary:
    """A journey of one traveller (a person or a delegation), its legs in travel order.

    ``traveler`` is the canonical name (``traveler_entity`` the entity id, ``traveler_span``
    the mention that names them in the first trigger), ``role`` their title in the story.
    ``status`` comes from tense and modality: ``planned`` (*will travel*), ``ongoing`` (*is in
    Pyongyang*), ``completed`` (*visited*), ``cancelled`` (*called off*), ``hypothetical``
    (*would*, *if*, *refused to*). ``triggers`` are the spans of the travel words (*travel to*,
    *visit*, *trip to*). ``span`` runs from the first trigger to the end of the last leg.
    """

    span: Span
    extractor: str = "itineraries"
    traveler: str | None = None
    traveler_entity: int | None = None
    traveler_span: Span | None = None
    role: str | None = None
    status: TripStatus = "planned"
    legs: tuple[Leg, ...] = attrs.field(default=(), converter=as_tuple)
    triggers: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple)


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
