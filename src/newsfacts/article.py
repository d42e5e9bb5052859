"""The :class:`Article`: a story's text and its structure, and :func:`parse`, which builds it.

Each part of the structure is found by a module of its own (:mod:`newsfacts.dateline`,
:mod:`newsfacts.bylines`, :mod:`newsfacts.sources`, :mod:`newsfacts.headline`,
:mod:`newsfacts.segment`); this module only puts them together. Everything that is furniture
(headline, bylines, dateline, agency tags, credits) is kept out of the body paragraphs.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

import attrs

from newsfacts import bylines as _bylines
from newsfacts import dateline as _dateline
from newsfacts import headline as _headline
from newsfacts import segment as _segment
from newsfacts import sources as _sources
from newsfacts.errors import InputError
from newsfacts.records import (
    Byline,
    Credit,
    Dateline,
    Entity,
    Headline,
    Mention,
    Paragraph,
    Sentence,
    SourceTag,
    Span,
    as_tuple,
)
from newsfacts.serialize import register_record

if TYPE_CHECKING:
    from newsfacts.dates import DateValue
    from newsfacts.entities import EntityIndex
    from newsfacts.quotemarks import Quotation

__all__ = ["Article", "parse"]

Tense = Literal["past", "future", "auto"]


def _to_date(value: object) -> datetime.date | None:
    if value is None or type(value) is datetime.date:
        return value
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise InputError(f"published date {value!r} is not an ISO date (YYYY-MM-DD)") from None
    raise InputError(f"published must be a date or an ISO date string, not {value!r}")


@attrs.frozen(kw_only=True)
class Article:
    """A news story: its original ``text`` and the structure found in it.

    Build one with :func:`parse`. Every part carries a :class:`~newsfacts.records.Span` into
    ``text``.

    >>> story = "SEOUL, July 3 (Yonhap) -- Talks resumed on Tuesday.\\n"
    >>> article = parse(story, published="2018-07-03")
    >>> article.dateline.city, article.dateline.date, article.dateline.agency
    ('SEOUL', datetime.date(2018, 7, 3), 'Yonhap')
    >>> article.resolve_date("Thursday")
    datetime.date(2018, 7, 5)
    """

    text: str = attrs.field(repr=False)
    published: datetime.date | None = attrs.field(default=None, converter=_to_date)
    headline: Headline | None = None
    dateline: Dateline | None = None
    bylines: tuple[Byline, ...] = attrs.field(default=(), converter=as_tuple)
    credits: tuple[Credit, ...] = attrs.field(default=(), converter=as_tuple)
    sources: tuple[SourceTag, ...] = attrs.field(default=(), converter=as_tuple)
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), converter=as_tuple)
    sentences: tuple[Sentence, ...] = attrs.field(default=(), converter=as_tuple)
    # What is derived on first use (entities): computed once per article, never compared,
    # hashed or serialized. The dict itself is mutable so that a frozen article can cache.
    _derived: dict[str, Any] = attrs.field(
        factory=dict, init=False, repr=False, eq=False, hash=False
    )

    @property
    def reference_date(self) -> datetime.date | None:
        """The date relative expressions resolve against: the dateline's, else ``published``."""
        if self.dateline is not None and self.dateline.date is not None:
            return self.dateline.date
        return self.published

    @property
    def agencies(self) -> tuple[str, ...]:
        """The canonical names of the agencies credited, in order of first credit."""
        return tuple(dict.fromkeys(tag.agency for tag in self.sources))

    def resolve_date(self, expression: str, *, tense: Tense = "auto") -> datetime.date | None:
        """Resolve a date expression that names one day (``"Thursday"``, ``"July 4"``).

        Relative expressions resolve against :attr:`reference_date`; ``tense`` says whether
        the expression points forward (``"future"``: *will travel Thursday*) or back
        (``"past"``: *met Thursday*). With ``"auto"`` a bare weekday is the coming one (or the
        reference day itself). Returns ``None`` when the expression is not a single day
        (``"last month"``: see :meth:`resolve_value`) or there is no reference date.
        """
        reference = self.reference_date
        if reference is None:
            return None
        from newsfacts import dates

        return dates.resolve(expression, reference, tense=tense)

    def resolve_value(self, expression: str, *, tense: Tense = "auto") -> DateValue | None:
        """Resolve any date expression to the range of days it means, with its granularity.

        >>> article = parse("July 3, 2018\\nTalks resume.\\n")
        >>> value = article.resolve_value("last month")
        >>> value.start, value.end, value.granularity
        (datetime.date(2018, 6, 1), datetime.date(2018, 6, 30), 'month')
        """
        reference = self.reference_date
        if reference is None:
            return None
        from newsfacts import dates

        return dates.resolve_value(expression, reference, tense=tense)

    @property
    def quotations(self) -> tuple[Quotation, ...]:
        """The body's quotation-mark pairs, paragraph by paragraph (computed once, then kept).

        The quotes extractor and the entity layer both need them; see
        ``newsfacts.quotemarks.find_quotations``.
        """
        found = self._derived.get("quotations")
        if found is None:
            from newsfacts import quotemarks

            paragraphs = [paragraph.span for paragraph in self.paragraphs]
            found = self._derived["quotations"] = tuple(
                quotemarks.find_quotations(self.text, paragraphs)
            )
        return found

    @property
    def entity_index(self) -> EntityIndex:
        """The article's entities and resolved mentions (computed on first use, then kept)."""
        index = self._derived.get("entities")
        if index is None:
            from newsfacts import entities

            index = self._derived["entities"] = entities.analyze(self)
        return index

    @property
    def entities(self) -> tuple[Entity, ...]:
        """The people, organisations and places the article talks about."""
        return self.entity_index.entities

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every mention of an entity, resolved where the text allows, in text order."""
        return self.entity_index.mentions

    def entity_at(self, span: Span) -> Entity | None:
        """The entity mentioned at ``span`` (a name, pronoun or description), or ``None``."""
        return self.entity_index.entity_at(span)

    def sentences_in(self, span: Span) -> tuple[Sentence, ...]:
        """The sentences that overlap ``span``."""
        bounds = self._derived.get("sentence_bounds")
        if bounds is None:
            bounds = self._derived["sentence_bounds"] = _sorted_bounds(self.sentences)
        if not bounds:  # sentences given out of order: look at each
            return tuple(sentence for sentence in self.sentences if sentence.span.overlaps(span))
        starts, ends = bounds
        # Sentences in text order end in order too: those from the first that ends after
        # ``span`` starts to the last that starts before it ends, found by bisection.
        low = bisect.bisect_right(ends, span.start)
        high = bisect.bisect_left(starts, span.end)
        return tuple(s for s in self.sentences[low:high] if s.span.overlaps(span))


register_record(Article)


def _sorted_bounds(sentences: tuple[Sentence, ...]) -> tuple[list[int], list[int]] | tuple[()]:
    """The sentences' starts and ends, or ``()`` when either is out of order."""
    starts = [sentence.span.start for sentence in sentences]
    ends = [sentence.span.end for sentence in sentences]
    for values in (starts, ends):
        if values != sorted(values):
            return ()
    return starts, ends


def parse(text: str, *, published: datetime.date | str | None = None) -> Article:
    """Parse the structure of a news story.

    ``published`` (a :class:`datetime.date` or ISO string) supplies the year when the dateline
    prints none, and is the reference for relative dates when there is no dated dateline.

    >>> story = "Talks resume\\n\\nWASHINGTON (AP) — Talks resumed. Mr. Kim said so.\\n"
    >>> article = parse(story)
    >>> article.headline.text, article.dateline.place, article.agencies
    ('Talks resume', 'WASHINGTON', ('AP',))
    >>> [s.text for s in article.sentences]
    ['Talks resumed.', 'Mr. Kim said so.']
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; decode bytes first")
    published_date = _to_date(published)

    dateline = _dateline.find_dateline(text, published=published_date)
    bylines = _bylines.find_bylines(text, dateline=dateline)
    credits = _bylines.find_credits(text)
    headline = _headline.find_headline(text, dateline=dateline, bylines=bylines)
    sources = _sources.find_source_tags(text, dateline=dateline, bylines=bylines)

    furniture = _furniture_spans(headline, dateline, bylines, credits, sources)
    paragraphs = _segment.split_paragraphs(text, exclude=furniture)
    sentences = _segment.split_sentences(text, paragraphs)
    return Article(
        text=text,
        published=published_date,
        headline=headline,
        dateline=dateline,
        bylines=bylines,
        credits=credits,
        sources=sources,
        paragraphs=paragraphs,
        sentences=sentences,
    )


def _furniture_spans(
    headline: Headline | None,
    dateline: Dateline | None,
    bylines: Iterable[Byline],
    credits: Iterable[Credit],
    sources: Iterable[SourceTag],
) -> tuple[Span, ...]:
    parts: list[Any] = [headline, dateline, *bylines, *credits, *sources]
    return tuple(sorted(part.span for part in parts if part is not None))
