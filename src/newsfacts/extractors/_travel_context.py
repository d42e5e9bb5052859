"""The article as the clue readers see it: sentences, places and actors indexed by position.

Every lookup a clue makes goes through :class:`TravelContext` by position (bisect over sorted
starts) or by key, so that reading one clue costs the same in a short story and a long one.
"""

from __future__ import annotations

import bisect
import re

from newsfacts import gazetteer
from newsfacts.article import Article
from newsfacts.extractors._travel_records import Stop
from newsfacts.gazetteer import normalize_name
from newsfacts.records import Mention, Span

__all__ = ["KIN_WORDS", "NEAR_CLUES", "TravelContext", "dateline_stop", "is_person", "outermost"]


class TravelContext:
    """What every clue of one article needs: sentences, mentions, the dateline's place."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.sentences = article.sentences
        self.sentence_starts = [sentence.span.start for sentence in self.sentences]
        mentions = article.mentions
        holders = sorted(
            (m.span.start, m.span.end) for m in mentions if m.category in ("person", "organization")
        )
        self.places = [m for m in mentions if m.category == "place" and not _held(m.span, holders)]
        self.place_starts = [m.span.start for m in self.places]
        self.actors = [
            m
            for m in mentions
            if m.category in ("person", "organization", "pronoun", "description")
            and m.entity is not None
            and self._is_actor(m)
        ]
        self.actor_starts = [m.span.start for m in self.actors]
        self.mention_spans = sorted((m.span.start, m.span.end) for m in mentions)
        self.surnames = _surnames(article)
        self.reference = article.reference_date
        self.here = _dateline_place(article)
        self.homes: dict[int, str | None] = {}
        #: the seat each organisation is given (*Google's headquarters in X*), once read
        self.seats: dict[int, Stop | None] = {}
        self._place_names: dict[str, list[int]] | None = None
        self._title_owners: dict[tuple[str, str], set[int]] | None = None
        self._kin: dict[str, set[int]] | None = None
        self._quotations: list[tuple[int, int]] | None = None

    def quotation_end(self, position: int) -> int | None:
        """Where the closed quotation holding ``position`` ends, or None outside quotations."""
        if self._quotations is None:
            self._quotations = [
                (quotation.span.start, quotation.span.end)
                for quotation in self.article.quotations
                if quotation.closed
            ]
        index = bisect.bisect_right(self._quotations, (position, len(self.text) + 1)) - 1
        if index >= 0 and self._quotations[index][1] > position:
            return self._quotations[index][1]
        return None

    def _is_actor(self, mention: Mention) -> bool:
        try:
            entity = self.article.entity_index.entity(mention.entity or 0)
        except KeyError:
            return False
        return entity.category in ("person", "organization")

    def sentence_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)

    def places_in(self, start: int, end: int) -> list[Mention]:
        low = bisect.bisect_left(self.place_starts, start)
        high = bisect.bisect_left(self.place_starts, end)
        return [m for m in self.places[low:high] if m.span.end <= end]

    def last_place_named(self, key: str, before: int) -> Mention | None:
        """The last place mention ending by ``before`` whose text is ``key`` once normalised
        (:func:`~newsfacts.gazetteer.normalize_name`); the index is built on first use."""
        if self._place_names is None:
            self._place_names = {}
            for index, mention in enumerate(self.places):
                self._place_names.setdefault(normalize_name(mention.text), []).append(index)
        indices = self._place_names.get(key, [])
        high = bisect.bisect_left(indices, bisect.bisect_left(self.place_starts, before))
        for index in reversed(indices[:high]):
            if self.places[index].span.end <= before:
                return self.places[index]
        return None

    def title_owners(self, words: tuple[str, str]) -> set[int]:
        """The people one of whose titles ends in ``words`` (lower case: *defense secretary*);
        the index is built on first use."""
        if self._title_owners is None:
            self._title_owners = {}
            for entity in self.article.entities:
                if entity.category != "person":
                    continue
                for title in entity.titles:
                    tail = title.lower().split()[-2:]
                    if len(tail) == 2:
                        self._title_owners.setdefault((tail[0], tail[1]), set()).add(entity.id)
        return self._title_owners.get(words, set())

    def kin(self, word: str) -> int | None:
        """The one person the article names as someone's ``word`` (*his father, X*, *Elian's
        father X*), or ``None`` when it names none or several; the index is built on first
        use, in one pass over the text."""
        if self._kin is None:
            self._kin = {}
            for match in KIN_NAMED.finditer(self.text):
                index = bisect.bisect_left(self.actor_starts, match.end())
                if index < len(self.actors) and self.actors[index].span.start == match.end():
                    mention = self.actors[index]
                    if mention.category == "person" and mention.entity is not None:
                        self._kin.setdefault(match["kin"].lower(), set()).add(mention.entity)
        owners = self._kin.get(word.lower(), set())
        return next(iter(owners)) if len(owners) == 1 else None

    def actors_in(self, start: int, end: int) -> list[Mention]:
        low = bisect.bisect_left(self.actor_starts, start)
        high = bisect.bisect_left(self.actor_starts, end)
        return [m for m in self.actors[low:high] if m.span.end <= end]

    def covered(self, start: int) -> bool:
        """Whether a mention of any kind covers the character at ``start``."""
        index = bisect.bisect_right(self.mention_spans, (start, len(self.text))) - 1
        return any(
            low <= start < high for low, high in self.mention_spans[max(0, index - 3) : index + 1]
        )

    def surname_actors(self, start: int, end: int) -> list[Mention]:
        """Bare surnames of the article's people that the recognizer did not mark here
        (*Levy would be in*, after *Foreign Minister David Levy*)."""
        found = []
        for match in _CAPITALISED_WORD.finditer(self.text, max(start, end - 300), end):
            entity = self.surnames.get(match.group())
            if entity is not None and not self.covered(match.start()):
                span = Span(start=match.start(), end=match.end())
                found.append(
                    Mention(
                        span=span,
                        text=match.group(),
                        category="person",
                        name=match.group(),
                        name_span=span,
                        entity=entity,
                        resolution="alias",
                    )
                )
        return found

    def stop_of(self, mention: Mention) -> Stop:
        country = mention.country
        latitude = longitude = None
        category = None
        if mention.entity is not None:
            entity = self.article.entity_index.entity(mention.entity)
            country = country or entity.country
            latitude, longitude = entity.latitude, entity.longitude
        name = mention.name or mention.text
        place = gazetteer.resolve(name, country_hint=country) if country else None
        place = place or gazetteer.resolve(name)
        if place is not None:
            category = place.category
            if latitude is None:
                latitude, longitude = place.latitude, place.longitude
            country = country or place.country
        return Stop(
            name=mention.text,
            span=mention.span,
            country=country,
            latitude=latitude,
            longitude=longitude,
            category=category,
            entity=mention.entity,
        )


#: Words for kin a story names a traveller's companion or stand-in by (*his father*).
KIN_WORDS = (
    r"(?:father|mother|wife|husband|son|daughter|brother|sister|uncle|aunt|cousin|"
    r"grandfather|grandmother|stepmother|stepfather|spouse|fianc[e\u00e9]e?|widow|widower)"
)
# "his father, X", "Elian's father X": a kin word right before the person's name
KIN_NAMED = re.compile(
    r"\b(?:his|her|their|\w+(?:'s|\u2019s))\s(?P<kin>" + KIN_WORDS + r"),?\s",
    re.IGNORECASE,
)


def _held(span: Span, holders: list[tuple[int, int]]) -> bool:
    """Whether a person or organisation name (sorted ``holders``) holds ``span`` inside it."""
    index = bisect.bisect_right(holders, (span.start, 1 << 62)) - 1
    for start, end in holders[max(0, index - 3) : index + 1]:
        if start <= span.start and span.end <= end and (start, end) != (span.start, span.end):
            return True
    return False


def _dateline_place(article: Article) -> Stop | None:
    """The dateline's city as a stop, resolved through the gazetteer."""
    dateline = article.dateline
    if dateline is None or dateline.city is None or dateline.place_span is None:
        return None
    start = dateline.place_span.start
    span = Span(start=start, end=start + len(dateline.city))
    if span.of(article.text) != dateline.city:
        return None
    place = (
        gazetteer.resolve(dateline.city, country_hint=dateline.region)
        if (dateline.region)
        else gazetteer.resolve(dateline.city)
    )
    if place is None:
        place = gazetteer.resolve(dateline.city.title())
    return Stop(
        name=dateline.city,
        span=span,
        country=place.country if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        category=place.category if place else None,
    )


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{2,20}\b")


def _surnames(article: Article) -> dict[str, int]:
    """The last word of each person's name (and of a hyphenated one: *Al-Hariri* ->
    *Hariri*), to the person's entity; a word two people share is left out."""
    owners: dict[str, set[int]] = {}
    for entity in article.entities:
        if entity.category != "person":
            continue
        words = entity.name.split()
        if len(words) < 2:
            continue
        for key in {words[-1], words[-1].rsplit("-", 1)[-1]}:
            owners.setdefault(key, set()).add(entity.id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


#: How many clues an escort phrase is read against (a bound for very long sentences).
NEAR_CLUES = 8


def is_person(context: TravelContext, entity_id: int | None) -> bool:
    if entity_id is None:
        return False
    return context.article.entity_index.entity(entity_id).category == "person"


def outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions not inside another one (*Pompeo* inside *US Secretary of State Pompeo*),
    in text order; one pass over the mentions sorted by start, longest first."""
    kept: list[Mention] = []
    reach = -1
    for mention in sorted(mentions, key=lambda m: (m.span.start, -m.span.end)):
        if mention.span.end <= reach and kept and kept[-1].span != mention.span:
            continue
        kept.append(mention)
        reach = max(reach, mention.span.end)
    return kept


def dateline_stop(article: Article) -> Stop | None:
    """The dateline's city as a stop (what *here* means), or ``None``."""
    return _dateline_place(article)
