"""Travel clues: each trigger phrase with its traveller, status, stops, dates and purpose.

One :class:`Clue` per trigger (*will travel to*, *'s visit to*, *arrived here*), read from its
sentence only; :mod:`newsfacts.extractors._travel_legs` then merges the clues into journeys.
The rules, in short:

- *traveller*: a possessor right before a noun trigger (*Pompeo's visit*, *his trip*); the head
  of a delegation (*a delegation headed by X*); else the nearest person or organisation mention
  before the trigger that is not an object (*met with X*, *to X*); a pronoun or description
  counts through the entity layer. *visiting X* makes X the traveller. A clue with no
  traveller of its own takes the one of the clue before it in the last few sentences.
- *status*: cancellation words, then unreal ones (*would*, *if*, *refused to*; *would* after
  *said* is reported future), then future ones (*will*, *is to*, *plans to*), then present
  (*is in*, *is visiting*), then the verb's own tense. A noun trigger with none of these has no
  status yet; the merging step gives it the status of the journey it joins.
- *stops*: the place mentions right after the trigger, joined by commas and *and*; *here* is
  the dateline's city, *there* the last place named before. *from X* right after an arrival is
  the origin; *after X* an order hint. A place followed by a common noun (*US troops*) is a
  modifier, not a stop.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence

import attrs

from newsfacts import gazetteer, travel_words
from newsfacts.article import Article
from newsfacts.extractors import _travel_dates
from newsfacts.gazetteer import normalize_name
from newsfacts.records import Mention, Span, TripStatus

__all__ = ["Clue", "Stop", "find_clues"]

Tense = _travel_dates.Tense

_WORD_GAP = r"[\w'\u2019-]{1,20}"


def _fill(pattern: str) -> str:
    return (
        pattern.replace("{W}", _WORD_GAP)
        .replace("{D}", travel_words.TRIGGER_DAY)
        .replace("{A}", travel_words.TRIGGER_MANNER)
    )


_TRIGGER = re.compile(
    r"\b(?:"
    + "|".join(
        f"(?P<k{index}>{_fill(pattern)})"
        for index, (_, pattern) in enumerate(travel_words.TRIGGERS)
    )
    + r")\b",
    re.IGNORECASE,
)
_KINDS = {f"k{index}": kind for index, (kind, _) in enumerate(travel_words.TRIGGERS)}


def _head_words(patterns: Sequence[str]) -> frozenset[str]:
    """The words a trigger can begin with: the first word of each top-level alternative of
    each pattern (``(?:leave|left)\\s...`` gives *leave*, *left*). Scanning for these with
    a set is several times faster than running the whole alternation at every word."""
    heads: set[str] = set()
    for pattern in patterns:
        if not pattern.startswith("(?:"):
            raise ValueError(f"a trigger must open with a group of words: {pattern!r}")
        depth, part, parts = 0, "", []
        for char in pattern[3:]:
            if char == ")" and depth == 0:
                parts.append(part)
                break
            depth += {"(": 1, ")": -1}.get(char, 0)
            if char == "|" and depth == 0:
                parts.append(part)
                part = ""
            else:
                part += char
        for first in (alternative.split("\\s")[0] for alternative in parts):
            words = first.removeprefix("(?:").removesuffix(")").split("|")
            if not all(_PLAIN_WORD.fullmatch(word) for word in words):
                raise ValueError(f"a trigger's first word must be plain: {first!r}")
            heads.update(words)
    return frozenset(heads)


#: How far before a trigger its traveller is looked for (characters).
_REACH = 400
_PLAIN_WORD = re.compile(r"[a-z][a-z-]*")
_HEADS = _head_words([pattern for _, pattern in travel_words.TRIGGERS])
_WORD = re.compile(r"[A-Za-z]+")


def _triggers_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The trigger matches of ``text[start:end]``, left to right, not overlapping."""
    found = []
    cursor = start
    for word in _WORD.finditer(text, start, end):
        position = word.start()
        if position < cursor or word.group().lower() not in _HEADS:
            continue
        if position and (text[position - 1].isalnum() or text[position - 1] == "_"):
            continue
        match = _TRIGGER.match(text, position, end)
        if match is not None:
            found.append(match)
            cursor = match.end()
    return found


_NOUN_TRIGGER = re.compile(
    r"(?:visit|visits|trip|trips|tour|journey|journeys|mission|missions|stopover|stop-over|"
    r"arrival|flight|stay|trek)\b",
    re.IGNORECASE,
)


def _cue_pattern(cues: Sequence[str]) -> re.Pattern[str]:
    words = sorted((re.escape(cue) for cue in cues), key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(words) + r")(?![\w])")


_CANCEL = _cue_pattern(travel_words.CANCEL_CUES)
_UNREAL = _cue_pattern(travel_words.HYPOTHETICAL_CUES)
_PROPOSAL = _cue_pattern(travel_words.PROPOSAL_CUES)
_EARLIEST_DATE = _cue_pattern(travel_words.EARLIEST_DATE_CUES)
#: Modals of possibility that an earliest date (*as early as Tuesday*) makes a plan.
_POSSIBLE = frozenset({"could", "may", "might"})
_FUTURE = _cue_pattern(travel_words.FUTURE_CUES)
_ONGOING = _cue_pattern(travel_words.ONGOING_CUES)
_COMPLETED = _cue_pattern(travel_words.COMPLETED_CUES)
_REPORTED_WOULD = re.compile(
    r"\b(?:said|says|told|announced|added|reported|stated|according\sto|released|published|"
    r"issued)\b[^.;]{0,60}\bwould\b"
)
_PRESENT_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s(?:\w+\s)?\w+ing\b")
_NP_PLANNED = re.compile(
    r"\b(?:upcoming|forthcoming|planned|proposed|scheduled|coming|next|impending|expected)\b"
)
_NP_EARLIER = re.compile(r"\b(?:previous|earlier|last|past|prior|recent|former)\b")
_COUNTED = re.compile(
    r"\b(?P<n>two|three|four|five|several|\d)\s(?:\w+\s)?(?:trips|visits|journeys|missions)\b"
    r"|\b(?P<ord>second|third|fourth|fifth|2nd|3rd|4th|5th)\s(?:[\w-]+\s)?(?:trip|visit|journey)\b",
    re.IGNORECASE,
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "several": 2, "second": 1, "third": 2}
_COUNTS.update({"fourth": 3, "fifth": 4, "2nd": 1, "3rd": 2, "4th": 3, "5th": 4})
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)\s(?:[\w-]+\s){0,3}$")
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:his|her|their|its)\s(?:[\w-]+\s){0,3}$", re.IGNORECASE)
_HEADED_BY = re.compile(r"\b(?:headed|led)\sby\s$")
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|by|to|for|met|meet|meets|meeting|of|from|against|and|host|hosts|hosted|"
    r"visit|visits|visited|see|saw|tour|toured|"
    r"hosting|welcomed|welcome|welcomes|received|receive|receives|invited|invite|told|urged|"
    r"than|between|at|on|in)\s(?:the\s)?$",
    re.IGNORECASE,
)
_FIRST_GAP = re.compile(
    r"[\s,]*(?:(?:the|a|an|his|her|their|its|neighboring|neighbouring|nearby|southern|"
    r"northern|eastern|western|central|(?:south|north)(?:east|west)ern|capital|city|town|port|province|region|state|"
    r"island|islands|of|to|in|at|on|early|late|briefly|again|next|this|on\s\w+day|"
    r"\w+day|today|tomorrow|tonight|yesterday|here|home|back|directly|\w+-day|"
    r"\w+-hour|official|state|working|goodwill|first|second|third|two|three|several|"
    r"seaport|resort|border|disputed|troubled|war-torn|Israeli-occupied|"
    # "a visit later this month to Moscow"
    r"later|week|weekend|month|year)[\s,]+)*",
    re.IGNORECASE,
)
_JOINER = re.compile(
    r"(?:,\s|,?\sand\s(?:then\s|on\sto\s|also\s)?|\s(?:then|and\son)\sto\s"
    # "an orphanage in X and a credit union in Y", "before chairing a meeting in Z"
    r"|\s(?:in|at)\s(?:the\s)?(?:[\w'/-]+\s){0,3}?|,\swhere\s(?:[\w'/-]+\s){1,5}?(?:in|at)\s"
    r"|,?\s(?:and|before\s[a-z]+ing)\s(?:[\w'/-]+\s){1,7}?(?:in|at)\s(?:the\s)?(?:[\w-]+\s){0,2}?)"
)
_MODIFIER_AFTER = re.compile(r"\s(?P<word>[a-z][a-z-]{2,})\b")
_FOLLOWERS = frozenset(
    (
        "to",
        "for",
        "on",
        "in",
        "at",
        "and",
        "from",
        "with",
        "this",
        "next",
        "last",
        "since",
        "after",
        "before",
        "early",
        "late",
        "later",
        "then",
        "where",
        "when",
        "until",
        "through",
        "till",
        "during",
        "over",
        "as",
        "twice",
        "again",
        "by",
        "of",
        "is",
        "was",
        "were",
        "will",
        "amid",
        "between",
        "from",
        "following",
        "earlier",
        "ahead",
        "via",
        "the",
        "that",
        "which",
        "who",
        "while",
        "are",
        "has",
        "have",
        "had",
        "said",
        "says",
        "would",
        "could",
        "told",
        "but",
        "or",
        "so",
        "if",
        "because",
        "than",
        "starting",
        "beginning",
        "later",
        "tomorrow",
        "today",
        "yesterday",
        "tonight",
        "briefly",
        "instead",
        "also",
        "again",
        "accompanied",
        "aboard",
        "late-night",
        "en",
        "route",
        "within",
        "around",
        "about",
        "last",
        # adverbs after a destination: "will go to Venice only days after"
        "only",
        "just",
        "soon",
        "shortly",
        "immediately",
        "together",
        "alone",
        "already",
        "now",
        "once",
        "too",
    )
)
_ORIGIN = re.compile(r"\s(?:directly\s|straight\s)?from\s(?:the\s)?(?:neighbou?ring\s|nearby\s)?$")
_AFTER = re.compile(r"\s(?:after|following)\s$")
_ORDER_FIRST = re.compile(r"\bfirst\s(?:stop|leg)\b", re.IGNORECASE)
_ORDER_LAST = re.compile(r"\b(?:final|last)\s(?:stop|leg|destination)\b", re.IGNORECASE)
_ON_A_TRIP = re.compile(r"\bon\s(?:a|an|the|his|her|their|its)\b")
# "visited slums in the Kenyan capital X", "visit an HIV/Aids orphanage in X"
_LOOSE_OBJECT = re.compile(
    r"[\s,]*(?:[\w'/-]+\s){1,6}?(?:in|at|near)\s(?:the\s)?(?:[\w-]+\s){0,3}?"
)
# "to the US air base at Yakota and the US navy base at": a facility named by where it is
_FACILITY = (
    r"(?:the\s|a\s|an\s|its\s|his\s|her\s|their\s)(?:[\w'/-]+\s){0,4}?"
    r"(?:base|bases|airbase|headquarters|airport|camp|camps|compound|facility|plant|site)"
    r"\s(?:at|in|near|outside)\s"
)
_FACILITY_GAP = re.compile(
    rf"[\s,]*(?:back\s|and\s)?{_FACILITY}"
    rf"(?:[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){{0,2}},?\s(?:and\s)?{_FACILITY})?"
)
_FACILITY_OPENING = re.compile(r"[\s,]*(?:back\s|and\s)?(?:the|a|an|its|his|her|their)\s")
# "due to meet with youths at the cultural centre in": the place ends the engagement's object
_ENGAGEMENT_GAP = re.compile(r"\s(?:[\w'/-]+\s){1,10}?(?:in|at)\s")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}")
# "arrive in Moscow April 13": a date after the place is no part of its name
_TRAILING_DAY = re.compile(
    r"\s(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\.?$"
)
_PURPOSE = re.compile(
    r"(?:in\sorder\s)?to\s(?!the\b|a\b|an\b|[A-Z])(?P<verb>[a-z]+)\b"
    r"|for\s(?:(?:a|an|the)\s(?:[\w-]+\s){0,3}?)?(?:talks|meetings?|consultations|discussions|"
    r"negotiations|summit|conference|ceremony|funeral|session|celebrations?|forum)\b",
)
_PURPOSE_END = re.compile(
    r",|;|\.(?:\s|$)|\s(?:according\sto|before|after|where|while|when|and\sthen)\s|"
    r"\s(?:the\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*\s(?:said|says|added)\b"
)
_COUNTERPART_CUE = re.compile(
    r"\b(?:meet|meets|meeting|met|talks|meetings|discussions|consultations|negotiations|"
    r"confer)(?:\swith)?\s"
)
_COUNTERPART_END = re.compile(
    r"\s(?:on|about|to|in|at|over|for|and\scontinue|and\sdiscuss|regarding)\s|,|;|$"
)
_NOT_VERBS = frozenset({"be", "date", "do", "and", "or"})
_HERE = re.compile(r"\bhere\b")
_THERE = re.compile(r"\bthere\b")


@attrs.define
class Stop:
    """A place a clue names as a stop, with what the gazetteer knows of it."""

    name: str
    span: Span
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    category: str | None = None
    entity: int | None = None


@attrs.define
class Clue:
    """One trigger and everything its sentence says about that piece of travel."""

    trigger: Span
    kind: str
    sentence: int
    #: the trigger is a noun (*visit*, *trip*, *Elian's return to*), owned by its traveller
    noun: bool = False
    traveler: int | None = None
    traveler_name: str | None = None
    traveler_span: Span | None = None
    role: str | None = None
    home: str | None = None
    status: TripStatus | None = None
    tense: Tense = "auto"
    stops: list[Stop] = attrs.Factory(list)
    origin: Stop | None = None
    after: Stop | None = None
    position: str | None = None
    count: int = 0
    earlier: bool = False
    #: told as done before another event (*after having completed a trip to X*)
    anterior: bool = False
    dates: list[_travel_dates.TravelDate] = attrs.Factory(list)
    duration: int | None = None
    one_day: bool = False
    #: names a place the gazetteer has no country for (*a visit to East Africa*)
    to_region: bool = False
    #: the day of a one-day visit to such a region, carried by a later clue
    tour_day: _travel_dates.TravelDate | None = None
    purpose: tuple[str, Span] | None = None
    counterparts: list[tuple[str, Span]] = attrs.Factory(list)
    companions: list[Mention] = attrs.Factory(list)

    @property
    def span(self) -> Span:
        """From the trigger to the end of its last stop."""
        end = max([self.trigger.end, *(stop.span.end for stop in self.stops)])
        start = min([self.trigger.start, *(stop.span.start for stop in self.stops)])
        return Span(start=start, end=end)


class _Context:
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


def find_clues(article: Article) -> list[Clue]:
    """Every travel clue of the article's body sentences, in text order."""
    if not article.sentences:
        return []
    context = _Context(article)
    clues: list[Clue] = []
    for sentence_index, sentence in enumerate(context.sentences):
        sentence_clues: list[Clue] = []
        for match in _triggers_in(context.text, sentence.span.start, sentence.span.end):
            kind = _KINDS[match.lastgroup or ""]
            clue = _clue(context, sentence_index, match, kind, sentence_clues)
            if clue is None:
                continue
            _prefer_last_traveller(context, clue, [*clues[-_NEAR_CLUES:], *sentence_clues])
            sentence_clues.append(clue)
        _order_fronted_before(context, sentence.span.start, sentence_clues)
        _attach_dates(context, sentence_index, sentence_clues)
        _attach_escorts(context, sentence_index, sentence_clues or clues[-1:])
        clues.extend(sentence_clues)
    return clues


_FRONTED_BEFORE = re.compile(r"\s*[Bb]efore\s")


def _order_fronted_before(context: _Context, sentence_start: int, clues: list[Clue]) -> None:
    """*Before visiting X, he made a visit to Y*: X comes after Y."""
    if len(clues) < 2 or not clues[0].stops or not clues[1].stops:
        return
    opening = _FRONTED_BEFORE.match(context.text, sentence_start, clues[0].trigger.start)
    if opening is not None and opening.end() == clues[0].trigger.start:
        clues[0].after = clues[0].after or clues[1].stops[-1]


_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
#: How far back the traveller a pronoun may point to is looked for (characters).
_PRONOUN_REACH = 1500


_DESCRIBED_SUBJECT = re.compile(
    r"\s*[Tt]he\s(?P<words>(?:[\w.'-]+\s){1,5}?)(?:was|is|were|are|will|has|had|would)\s"
    r"(?:[\w'-]+\s){0,2}$"
)


def _titled_subject(context: _Context, sentence_start: int, trigger: int) -> Mention | None:
    """A sentence opened by one person's title (*The US defense secretary was traveling to*)
    that the entity layer left unresolved: that person travels."""
    found = _DESCRIBED_SUBJECT.match(context.text, sentence_start, trigger)
    if found is None or found.end() != trigger:
        return None
    words = found.group("words").lower().split()
    owners = {
        entity.id
        for entity in context.article.entities
        if entity.category == "person"
        and any(
            len(tail := title.lower().split()[-2:]) == 2 and words[-2:] == tail
            for title in entity.titles
        )
    }
    if len(owners) != 1:
        return None
    span = Span(start=found.start("words") - 4, end=found.end("words") - 1)
    return Mention(
        span=span,
        text=span.of(context.text),
        category="description",
        entity=owners.pop(),
        resolution="description",
    )


def _prefer_last_traveller(context: _Context, clue: Clue, earlier: list[Clue]) -> None:
    """A *he* or *she* that travels is the last traveller named, unless the entity layer's
    person was named since (*Mr Blair made a visit to Iraq ... He also flew to Basra*: the
    pronoun is Blair's even if coreference chose someone named before him)."""
    span = clue.traveler_span
    if span is None or clue.traveler is None:
        return
    gender = _PRONOUN_GENDER.get(span.of(context.text).lower())
    if gender is None:
        return
    named = next(
        (
            other
            for other in reversed(earlier)
            if other.traveler_span is not None
            and other.traveler is not None
            and span.start - _PRONOUN_REACH <= other.traveler_span.start < span.start
            and other.traveler_span.of(context.text).lower() not in _PRONOUN_GENDER
        ),
        None,
    )
    if named is None or named.traveler_span is None or named.traveler == clue.traveler:
        return
    last = context.article.entity_index.entity(named.traveler or 0)
    if last.category != "person" or last.gender not in (None, gender):
        return
    since = context.actors_in(named.traveler_span.end, span.start)
    if any(m.entity == clue.traveler and m.category != "pronoun" for m in since):
        return
    clue.traveler, clue.traveler_name = named.traveler, named.traveler_name
    clue.role, clue.home = named.role, named.home


def _clue(
    context: _Context,
    sentence_index: int,
    match: re.Match[str],
    kind: str,
    previous: list[Clue],
) -> Clue | None:
    text = context.text
    sentence = context.sentences[sentence_index]
    trigger = Span(start=match.start(), end=match.end())
    word = match.group().lower()
    noun = bool(_NOUN_TRIGGER.match(word)) or _nominal_return(text, trigger)
    clue = Clue(trigger=trigger, kind=kind, sentence=sentence_index, noun=noun)
    visiting_person = _visiting_person(context, trigger)
    if visiting_person is not None:
        _set_traveler(context, clue, visiting_person)
        if context.here is None:
            return None
        clue.stops = [attrs.evolve(context.here)]
        clue.status, clue.tense = "ongoing", "auto"
        return clue
    if _INFINITIVE_AFTER_GO.match(text, trigger.end) and _GO_TO.fullmatch(match.group()):
        return None  # "going to be held", "go to war": no journey
    if word.startswith("travel ") and _TRAVEL_AS_NOUN.search(
        text, max(sentence.span.start, trigger.start - 16), trigger.start
    ):
        return None  # "a warning against travel to X": an advisory, nobody's journey
    agent = _agent_after(context, trigger, sentence.span.end) if noun else None
    _find_stops(context, clue, sentence.span.end, agent.span.end if agent else None)
    if agent is None and noun and clue.stops:
        agent = _agent_after(context, clue.span, sentence.span.end)  # "a visit to X by Y"
    if kind in ("stay", "present", "engage") and not clue.stops:
        return None
    clue.to_region = not clue.stops and _REGION_AFTER.match(text, trigger.end) is not None
    if kind == "leave":
        left = [
            m
            for m in context.places_in(trigger.start, trigger.end)
            if not _is_modifier(text, m.span.end)
        ]
        if left:
            clue.origin = context.stop_of(left[0])  # "left Tokyo yesterday for Seoul"
    if not clue.stops and kind in ("leave", "return", "depart"):
        return None
    if not clue.stops and not previous and kind != "arrive" and not noun:
        return None
    if kind == "send":
        traveler = _sent_group(context, trigger)
        if traveler is None:
            return None
    else:
        traveler = agent or _find_traveler(context, clue, sentence.span.start)
        if traveler is None:
            traveler = _titled_subject(context, sentence.span.start, trigger.start)
    if _unknown_subject(context, clue, traveler, sentence.span.start):
        return None
    if traveler is not None:
        _set_traveler(context, clue, traveler)
        clue.companions = _coordinated(context, traveler, sentence.span.start, trigger.start)
    clause_start = previous[-1].trigger.end if previous else sentence.span.start
    _read_status(context, clue, clause_start, word, reported_from=sentence.span.start)
    if clue.status == "completed" and _EARLIER_TIME.search(
        text, max(sentence.span.start, trigger.start - 80), min(sentence.span.end, trigger.end + 80)
    ):
        clue.earlier = True  # "a week ago", "earlier this month": a trip before this one
    if (
        kind == "send"
        and clue.status == "completed"
        and _HAS_SENT.search(text, clause_start, trigger.start)
    ):
        clue.status = "ongoing"  # "has dispatched agents to X": they are there now
    if kind == "arrive" and not clue.stops and not previous:
        if context.here is None:
            return None
        clue.stops = [attrs.evolve(context.here)]
        _read_origin_and_order(
            context, clue, trigger.end, min(sentence.span.end, trigger.end + 200)
        )
    _read_counts(context, clue, sentence.span.start)
    _read_purpose(context, clue, sentence.span.end)
    window = text[max(sentence.span.start, trigger.start - 40) : trigger.end + 40].lower()
    clue.one_day = any(cue in window for cue in travel_words.ONE_DAY_CUES)
    if (
        previous
        and previous[-1].stops
        and _BEFORE_GOING.search(text, max(sentence.span.start, trigger.start - 12), trigger.start)
    ):
        clue.after = previous[-1].stops[-1]  # "spent hours in X before heading to Y"
    if _ORDER_FIRST.search(text, max(sentence.span.start, trigger.start - 40), trigger.end):
        clue.position = "first"
    elif _ORDER_LAST.search(text, max(sentence.span.start, trigger.start - 40), trigger.end + 60):
        clue.position = "last"
    return clue


_BEFORE_GOING = re.compile(r"\bbefore\s$")
# "by" and the titles an unmarked name may carry: "by U.S. Secretary of State George Shultz"
_BY = re.compile(r"\sby\s(?:the\s)?(?P<titles>(?:[A-Z][\w.'-]*\s+(?:of\s+)?){0,5})")
# Nouns whose "by X" is the one who travels; "greeted on arrival by X" names a host.
_AGENT_NOUN = re.compile(
    r"(?:visit|visits|trip|trips|tour|journey|mission|stopover|stay)\b", re.IGNORECASE
)


def _agent_after(context: _Context, trigger: Span, limit: int) -> Mention | None:
    """*a trip by Defence Minister X*, *a visit to Tokyo by X*: the traveller named after
    a noun trigger (or after its places), by *by*."""
    text = context.text
    if not _AGENT_NOUN.match(text, trigger.start):
        return None
    found = _BY.match(text, trigger.end, limit)
    if found is None:
        return None
    start = found.start("titles")
    for mention in _outermost(context.actors_in(start, min(limit, found.end() + 80))):
        if mention.span.start > found.end():
            break
        if mention.category in ("person", "organization", "description"):
            return mention
    return None


_TRAVEL_AS_NOUN = re.compile(
    r"\b(?:against|all|any|non-?essential|unnecessary|avoid|ban\son|curbs\son)\s$", re.IGNORECASE
)
_REGION_AFTER = re.compile(r"(?:\sto)?\s(?:the\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b")
_GO_TO = re.compile(r"(?:go|goes|going|went|gone|come|comes|coming|came)\sto", re.IGNORECASE)
_INFINITIVE_AFTER_GO = re.compile(
    r"\s(?!the\b|a\b|an\b|northern\b|southern\b|eastern\b|western\b|central\b|nearby\b|"
    r"neighbou?ring\b|here\b|there\b)[a-z]+\b"
)


# "Elian's return to Cuba", "his return to Tokyo", "the return to": a return named as a noun
_OWNED_BEFORE = re.compile(r"(?:'s|\u2019s|\b(?:his|her|their|its|the|a))\s$", re.IGNORECASE)


def _nominal_return(text: str, trigger: Span) -> bool:
    """Whether a *return to* trigger is the noun (*Elian's return to*), not the verb."""
    if not text.startswith(("return ", "Return "), trigger.start):
        return False
    return _OWNED_BEFORE.search(text, max(0, trigger.start - 7), trigger.start) is not None


# "if he came to", "unless the minister visits": the subject of a condition travels in thought
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless)\s(?:(?:the|a|an)\s)?$", re.IGNORECASE)
# "if he came", "if she ever visits": the trigger is the clause's own verb, not "was ready to come"
_ONE_WORD_GAP = re.compile(r"\s(?:[a-z]+\s)?")


def _conditional_subject(context: _Context, clue: Clue, sentence_start: int) -> bool:
    """Whether the traveller is the subject of an *if* or *unless* clause whose verb is the
    trigger (*... if he came to the United States*)."""
    span = clue.traveler_span
    if span is None or _ONE_WORD_GAP.fullmatch(context.text, span.end, clue.trigger.start) is None:
        return False
    window_start = max(sentence_start, span.start - 12)
    return _CONDITION_BEFORE.search(context.text, window_start, span.start) is not None


# "visiting Chinese Premier X"; after "the", also "the visiting Chinese premier, X"
_VISITING_TITLES = re.compile(r"\s(?:[A-Z][\w.-]*\s){1,5}")
_VISITING_APPOSITION = re.compile(r"\s(?:[\w.-]+\s){0,4}[\w.-]+,\s")
_ADJECTIVE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s$")


def _visiting_person(context: _Context, trigger: Span) -> Mention | None:
    """``visiting X`` as an adjective before a person: X is visiting the dateline city."""
    text = context.text
    if text[trigger.start : trigger.end].lower() != "visiting":
        return None
    adjective = _ADJECTIVE_BEFORE.search(text, max(0, trigger.start - 4), trigger.start)
    for mention in context.actors_in(trigger.end, trigger.end + 80):
        start = mention.span.start
        if (
            text[trigger.end : start].strip() == ""
            or _VISITING_TITLES.fullmatch(text, trigger.end, start)
            or (adjective and _VISITING_APPOSITION.fullmatch(text, trigger.end, start))
        ):
            return mention if mention.category == "person" else None
        break
    return None


# "that" after a reporting verb opens a clause with a subject of its own.
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|say|told|tells|announced|announces|added|adds|stated|reported|confirmed|"
    r"insisted|argued|assured|assuring|noted|warned|acknowledged)\b[^.;]{0,60}?\bthat\b",
    re.IGNORECASE,
)
# "Castro said the boy's father has offered to travel": an unnamed subject after the saying
_REPORTED_DESCRIPTION = re.compile(
    r"\b(?:said|says|announced|added|stated|confirmed)\s(?:the|a|an|his|her|their|its)\s"
    r"(?:[\w'\u2019-]+\s){0,5}?(?:has|have|had|will|would|is|are|was|were|plans|planned)\s"
)
_RELATIVE_WHO = re.compile(r"\w[^,]*?,?\s(?:who|which|that)\s(?:\w+\s){0,2}$")
# A subject pronoun the entity layer left unresolved: someone unnamed travels.
_BARE_SUBJECT = re.compile(
    r"(?:\b(?:[Ww]e|[Yy]ou|[Tt]hey)|\bI)(?:'(?:re|m|ve|d|ll)|\u2019(?:re|m|ve|d|ll))?"
    r"\s(?:[\w'\u2019]+\s){0,4}$"
)


def _unknown_subject(
    context: _Context, clue: Clue, traveler: Mention | None, sentence_start: int
) -> bool:
    """Whether the trigger's subject is someone other than ``traveler`` that the text leaves
    unnamed: a clause opened by *said that* with no actor in it, or a bare *we*, *you*,
    *they* or *I* that the entity layer did not resolve."""
    trigger = clue.trigger
    left = traveler.span.end if traveler is not None else sentence_start
    left = max(left, trigger.start - _REACH)
    if left > trigger.start:
        return False
    between_actors = context.actors_in(left, trigger.start)
    # A subject pronoun names the subject; a possessive (*his father, who could come*) does not.
    if any(m.category == "pronoun" and m.text.lower() not in _POSSESSIVES for m in between_actors):
        return False
    left = max([left, *(m.span.end for m in between_actors)])
    between = context.text[max(left, trigger.start - 160) : trigger.start]
    if traveler is not None and (
        _REPORTED_THAT.search(between) or _REPORTED_DESCRIPTION.search(between)
    ):
        return True
    if traveler is not None and _RELATIVE_WHO.search(between):
        return True  # "ambassadors of 30 countries, who came to": the unnamed antecedent travels
    bare = _BARE_SUBJECT.search(between[-40:])
    if bare is None:
        return False
    return traveler is not None or not bare.group().lower().startswith("they")


_AND = re.compile(r"(?:,\s|\sand\s|,\sand\s)")
_ACCOMPANIED_BY = re.compile(r"\baccompanied\sby\s")
_WILL_ACCOMPANY = re.compile(r"\b(?:accompany|accompanies|accompanied|accompanying)\s")


def _coordinated(context: _Context, traveler: Mention, start: int, end: int) -> list[Mention]:
    """People travelling with ``traveler``: *X and Y left for*, *X, Y and Z will visit*."""
    start = max(start, traveler.span.start - _REACH)
    actors = [m for m in context.actors_in(start, end) if m.category in ("person", "organization")]
    if traveler not in actors:
        return []
    index = actors.index(traveler)
    low = high = index
    text = context.text
    while low > 0 and _AND.fullmatch(text, actors[low - 1].span.end, actors[low].span.start):
        low -= 1
    while high + 1 < len(actors) and _AND.fullmatch(
        text, actors[high].span.end, actors[high + 1].span.start
    ):
        high += 1
    # A list of travellers ends in "and"; "Y's party, X," is an apposition, not a list.
    if low == high or " and " not in text[actors[high - 1].span.end : actors[high].span.start]:
        return []
    group = actors[low : high + 1]
    while group and _OBJECT_BEFORE.search(
        text, max(start, group[0].span.start - 25), group[0].span.start
    ):
        group = group[1:]  # "aides to X, Y and Z": X is no traveller
    companions = [
        m for m in group if m.entity != traveler.entity and m.category == traveler.category
    ]
    return list({m.entity: m for m in companions}.values())


def _attach_escorts(context: _Context, sentence_index: int, clues: list[Clue]) -> None:
    """*accompanied by X* travels with the sentence's traveller; *X will accompany Y* with Y."""
    if not clues:
        return
    sentence = context.sentences[sentence_index]
    text = context.text
    for match in _ACCOMPANIED_BY.finditer(text, sentence.span.start, sentence.span.end):
        escorts = _escort_names(context, match.end(), sentence.span.end)
        for clue in _near(clues, match.start()):
            clue.companions.extend(
                e
                for e in escorts
                if e.entity != clue.traveler
                and (e.category == "person") == _is_person(context, clue.traveler)
            )
    for match in _WILL_ACCOMPANY.finditer(text, sentence.span.start, sentence.span.end):
        if text.startswith("by ", match.end()):
            continue
        opening = max(sentence.span.start, match.start() - _REACH)
        before = _subject_before(context, context.actors_in(opening, match.start()), opening)
        hosts = _escort_names(context, match.end(), sentence.span.end)
        if before is None or not hosts:
            continue
        for clue in clues[-_NEAR_CLUES:]:
            if clue.traveler == hosts[0].entity and before.entity != clue.traveler:
                clue.companions.append(before)


#: How many clues an escort phrase is read against (a bound for very long sentences).
_NEAR_CLUES = 8


def _near(clues: list[Clue], position: int) -> list[Clue]:
    """The last few clues that begin before ``position``."""
    index = bisect.bisect_right([clue.trigger.start for clue in clues], position)
    return clues[max(0, index - _NEAR_CLUES) : index] or clues[:1]


def _is_person(context: _Context, entity_id: int | None) -> bool:
    if entity_id is None:
        return False
    return context.article.entity_index.entity(entity_id).category == "person"


def _escort_names(context: _Context, start: int, end: int) -> list[Mention]:
    """The actors named from ``start`` on, joined by commas and *and*."""
    found: list[Mention] = []
    cursor = start
    # Outermost first: "Central Bank governor X" is a person, not the bank it opens with.
    for mention in _outermost(context.actors_in(start, min(end, start + 160))):
        if mention.category not in ("person", "organization"):
            break
        if mention.span.start != cursor and not _AND.fullmatch(
            context.text, cursor, mention.span.start
        ):
            break
        found.append(mention)
        cursor = mention.span.end
    return found


def _sent_group(context: _Context, trigger: Span) -> Mention | None:
    """*dispatched FBI agents to*: the group sent is the traveller, named inside the trigger."""
    inside = context.actors_in(trigger.start, trigger.end)
    return inside[0] if inside else None


def _set_traveler(context: _Context, clue: Clue, mention: Mention) -> None:
    index = context.article.entity_index
    entity = index.entity(mention.entity or 0)
    fuller = context.surnames.get(entity.name) if entity.category == "person" else None
    if fuller is not None and fuller != entity.id:
        entity = index.entity(fuller)  # "Hariri" left apart from "Rafik Al-Hariri": one person
    clue.traveler = entity.id
    clue.traveler_name = _styled_name(entity.name, entity.titles, entity.aliases)
    clue.traveler_span = mention.span
    clue.role = entity.titles[0] if entity.titles else None
    if entity.id not in context.homes:
        context.homes[entity.id] = next((m.country for m in entity.mentions if m.country), None)
    clue.home = context.homes[entity.id]


def _styled_name(name: str, titles: Sequence[str], aliases: Sequence[str]) -> str:
    """``name`` with the sovereign's style the article prints it with (*Pope John Paul II*).

    >>> _styled_name("John Paul II", ("Pope",), ("Pope John Paul II",))
    'Pope John Paul II'
    """
    for title in titles:
        styled = f"{title} {name}"
        if title in travel_words.REGNAL_STYLES and styled in aliases:
            return styled
    return name


def _stop_here_or_there(context: _Context, start: int, end: int, before: int) -> Stop | None:
    text = context.text
    gap = text[start:end]
    here = _HERE.search(gap)
    if here is not None and context.here is not None and _FIRST_GAP.fullmatch(gap[: here.start()]):
        return attrs.evolve(context.here)
    there = _THERE.search(gap)
    if there is not None and _FIRST_GAP.fullmatch(gap[: there.start()]):
        earlier = context.places_in(max(0, before - 400), before)
        if earlier:
            return context.stop_of(earlier[-1])
    return None


def _find_stops(context: _Context, clue: Clue, limit: int, after: int | None = None) -> None:
    """The places the trigger names, from its end (or from ``after``: *a visit by X to*)."""
    text = context.text
    trigger = clue.trigger
    start = trigger.end if after is None else after
    window_end = min(limit, start + 200)
    candidates = context.places_in(start, window_end)
    cursor = start
    possessor = False
    for mention in candidates:
        gap = text[cursor : mention.span.start]
        if possessor:
            possessor = False
            owned = _unrecognised_place(context, cursor, mention.span.start, gap_allowed=False)
            if owned is not None:
                clue.stops[-1] = owned
                break
            if gap == "":
                # "central China's Hunan Province": the place owned is the more specific stop.
                clue.stops[-1] = context.stop_of(mention)
                cursor = mention.span.end
                continue
            break
        facility = clue.kind in ("arrive", "visit")
        if facility and _is_modifier(text, mention.span.end) and _FACILITY_OPENING.match(gap):
            continue  # "to the US air base at X": US names the base, X is the stop
        if facility and _FACILITY_GAP.fullmatch(gap) is not None:
            clue.stops.append(context.stop_of(mention))  # "to the navy base at Yokosuka"
            cursor = mention.span.end
            continue
        if not clue.stops:
            loose = clue.kind == "visit" and _LOOSE_OBJECT.fullmatch(gap) is not None
            if clue.kind == "engage":
                loose = _ENGAGEMENT_GAP.fullmatch(gap) is not None
            if (not _FIRST_GAP.fullmatch(gap) or len(gap) > 60) and not loose:
                spot = _stop_here_or_there(context, cursor, mention.span.start, trigger.start)
                if spot is not None:
                    clue.stops.append(spot)
                break
        elif not _JOINER.fullmatch(gap):
            if _ORIGIN.search(text, cursor - 1, mention.span.start + 1) or gap in (" from ",):
                clue.origin = context.stop_of(mention)
            break
        stop = context.stop_of(mention)
        if text.startswith(("'s ", "\u2019s "), mention.span.end):
            # "landed at Beijing's airport": the owner is the stop unless a place follows.
            clue.stops.append(stop)
            cursor, possessor = mention.span.end + 3, True
            continue
        if _is_modifier(text, mention.span.end):
            break
        previous = clue.stops[-1] if clue.stops else None
        if (
            previous is not None
            and stop.category == "country"
            and previous.country == stop.country
            and previous.category != "country"
        ):
            cursor = mention.span.end  # "Dar es Salaam, Tanzania": the country qualifies
            continue
        clue.stops.append(stop)
        cursor = mention.span.end
    if possessor and clue.stops:
        owned = _unrecognised_place(context, cursor, window_end, gap_allowed=False)
        if owned is not None:
            clue.stops[-1] = owned
    if not clue.stops:
        spot = _unrecognised_place(context, start, window_end)
        if spot is not None:
            clue.stops.append(spot)
            cursor = spot.span.end
    if not clue.stops and _NOUN_TRIGGER.match(text, trigger.start):
        before = context.places_in(max(0, trigger.start - 40), trigger.start)
        if before and text[before[-1].span.end : trigger.start] == " ":
            clue.stops.append(context.stop_of(before[-1]))  # "his third China trip"
            cursor = trigger.end
    if not clue.stops:
        spot = _stop_here_or_there(context, start, min(window_end, start + 30), 0)
        if spot is not None:
            clue.stops.append(spot)
            cursor = start + 1
    if not clue.stops and clue.kind in ("arrive", "visit"):
        seat = _organisation_seat(context, start, window_end)
        if seat is not None:
            clue.stops.append(seat)
    if clue.stops:
        _read_origin_and_order(context, clue, cursor, window_end)


# "Google's headquarters located in", "the U.N. headquarters in", "the IMF office in"
_SEAT_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s(?:(?:world|global|main|regional|new|local)\s)?"
    r"(?:headquarters|head\soffice|offices?|campus|base|seat)\s(?:(?:located|based)\s)?(?:in|at)\s"
    r"|\s(?:headquartered|based)\sin\s"
)
_TO_AN_ORGANISATION = re.compile(r"\s(?:to\s)?(?:the\s)?")


def _organisation_seat(context: _Context, start: int, limit: int) -> Stop | None:
    """*a visit to Google*, *travel to the United Nations*: the place the story gives as the
    organisation's seat (*Google's headquarters located in Mountain View*), if it gives one."""
    gap = _TO_AN_ORGANISATION.match(context.text, start, limit)
    position = gap.end() if gap else start
    named = _outermost(context.actors_in(start, min(limit, position + 80)))
    # the organisation is the object itself ("the" may open its name or stand before it)
    if not named or named[0].category != "organization" or named[0].entity is None:
        return None
    if named[0].span.start > position:
        return None
    entity = context.article.entity_index.entity(named[0].entity)
    seats = []
    for mention in entity.mentions:
        seat = _SEAT_AFTER.match(context.text, mention.span.end)
        if seat is None:
            continue
        places = context.places_in(seat.end(), seat.end() + 40)
        if places and places[0].span.start == seat.end():
            seats.append(context.stop_of(places[0]))
            continue
        unmarked = _unrecognised_place(context, seat.end(), seat.end() + 40, gap_allowed=False)
        if unmarked is not None:
            seats.append(unmarked)
    # the city rather than the state: "headquarters in California", "located in Mountain View"
    return next((stop for stop in seats if stop.category == "city"), seats[0] if seats else None)


def _unrecognised_place(
    context: _Context, start: int, limit: int, *, gap_allowed: bool = True
) -> Stop | None:
    """A capitalised place name right after the trigger that the recognizer left out: a
    known name (*Hunan Province* as *Hunan*) or a capital described (*the Turkish capital*)."""
    text = context.text
    described = _CAPITAL_DESCRIBED.match(text, start, limit) if gap_allowed else None
    if described is not None:
        return _described_capital(context, described)
    gap = _FIRST_GAP.match(text, start, limit) if gap_allowed else None
    position = gap.end() if gap else start
    run = _CAPITALISED_RUN.match(text, position, min(limit, position + 40))
    if run is None or position - start > 40:
        return None
    name = _TRAILING_DAY.sub("", run.group()).rstrip(".")
    if _is_modifier(text, run.start() + len(name)):
        return None
    if any(
        m.span.start == run.start() and m.text == name and m.category in ("person", "organization")
        for m in context.actors_in(run.start(), run.end())
    ):
        return None  # "a visit to Google": a company (or a person), whatever town shares its name
    place = gazetteer.resolve(name)
    if place is None:
        bare = _REGION_WORD.sub("", name)
        place = gazetteer.resolve(bare) if bare != name else None
    if place is None or place.category == "continent":
        return None
    span = Span(start=run.start(), end=run.start() + len(name))
    return Stop(
        name=name,
        span=span,
        country=place.country,
        latitude=place.latitude,
        longitude=place.longitude,
        category=place.category,
    )


_CAPITAL_DESCRIBED = re.compile(
    r"[\s,]*(?:(?:in|to|at|for|on)\s)?the\s(?P<people>[A-Z][a-z]+)\scapital\b"
)
_REGION_WORD = re.compile(r"\s(?:Province|Prefecture|Region|State|County|District)$")


def _described_capital(context: _Context, match: re.Match[str]) -> Stop | None:
    """*the Turkish capital*: the capital of the country the adjective names, called by the
    name the article gives it elsewhere (the dateline's city, an earlier mention) if any."""
    country = gazetteer.demonym(match["people"])
    if country is None or country.capital is None or country.category != "country":
        return None
    place = gazetteer.resolve(country.capital, country_hint=country.country)
    if place is None:
        return None
    key = normalize_name(place.name)
    named = [m for m in context.places_in(0, match.start()) if normalize_name(m.text) == key]
    if named:
        return context.stop_of(named[-1])
    here = context.here
    if here is not None and here.country == place.country and normalize_name(here.name) == key:
        return attrs.evolve(here)
    start = match.start("people") - len("the ")
    return Stop(
        name=match.string[start : match.end()],
        span=Span(start=start, end=match.end()),
        country=place.country,
        latitude=place.latitude,
        longitude=place.longitude,
        category=place.category,
    )


def _read_origin_and_order(context: _Context, clue: Clue, cursor: int, limit: int) -> None:
    text = context.text
    last = clue.stops[-1].span.end if clue.stops[-1].span.end > clue.trigger.end else cursor
    for mention in context.places_in(last, min(limit, last + 80)):
        before = text[max(last, mention.span.start - 25) : mention.span.start]
        if clue.origin is None and _ORIGIN.search(" " + before):
            clue.origin = context.stop_of(mention)
        elif clue.after is None and _AFTER.search(" " + before):
            clue.after = context.stop_of(mention)
        break


def _is_modifier(text: str, end: int) -> bool:
    """Whether the place at ``end`` modifies a noun (*US troops*, *Japan's parliament*)."""
    if text[end : end + 2] in ("'s", "\u2019s"):
        return True
    follow = _MODIFIER_AFTER.match(text, end)
    if follow is None:
        return False
    return follow["word"] not in _FOLLOWERS and not follow["word"].endswith("day")


# People an organisation sends are its travellers: "UN team", "WHO experts", "FBI agents".
_ENVOYS = frozenset(
    {
        "team",
        "teams",
        "delegation",
        "delegations",
        "mission",
        "missions",
        "experts",
        "officials",
        "agents",
        "inspectors",
        "envoy",
        "envoys",
        "troops",
        "peacekeepers",
        "monitors",
        "observers",
        "investigators",
        "staff",
        "diplomats",
        "representatives",
        "workers",
        "forces",
        "soldiers",
        "personnel",
        "negotiators",
        "leaders",
        "members",
        "players",
        "squad",
    }
)


def _names_a_thing(text: str, end: int) -> bool:
    """Whether the organisation ending at ``end`` only qualifies a thing (*UN condemnation*,
    *Google's headquarters*), not people it sends (*UN team*)."""
    if text.startswith(("'s ", "\u2019s "), end):
        return False  # a possessor is handled where possession matters
    follow = _MODIFIER_AFTER.match(text, end)
    if follow is None or follow["word"] in _ENVOYS:
        return False
    return _is_modifier(text, end)


_PARTICIPLE_OPENER = re.compile(
    r"(?:^|[.,;:]\s|\bthat\s)(?:\w+\s){0,4}?(?:before|after|while|since|upon|when)\s"
    r"(?P<ing>\w+ing\s)?$",
    re.IGNORECASE,
)
_CLAUSE_COMMA = re.compile(r"[^,.;]{0,160},\s")


def _participle_subject(context: _Context, clue: Clue, sentence_start: int) -> Mention | None:
    """*Before visiting X, Mr Blair ...*: the subject of a fronted -ing clause follows it."""
    text = context.text
    trigger = clue.trigger
    opener = text[max(sentence_start, trigger.start - 60) : trigger.start]
    if trigger.start - 60 > sentence_start:
        opener = "\x00 " + opener  # not the sentence's start: only a punctuation mark opens
    fronted = _PARTICIPLE_OPENER.search(opener)
    verb = text[trigger.start : trigger.end].split()[0].lower()
    if fronted is None or not (fronted["ing"] or verb.endswith("ing")):
        return None
    comma = _CLAUSE_COMMA.match(text, trigger.end)
    if comma is None:
        return None
    after = context.actors_in(comma.end(), comma.end() + 40)
    if not after or (after[0].category == "pronoun" and after[0].text.lower() in _POSSESSIVES):
        return None
    return (
        after[0]
        if text[comma.end() : after[0].span.start].strip() in ("", "Mr", "Mrs", "Ms")
        else None
    )


_VEHICLE_BEFORE = re.compile(
    r"(?:(?:'s|\u2019s)\s)?(?:[\w-]+\s){0,2}(?:plane|airplane|aircraft|jet|helicopter|ship|"
    r"vessel|motorcade|convoy)\s$"
)
_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _outermost(mentions: list[Mention]) -> list[Mention]:
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


def _find_traveler(context: _Context, clue: Clue, sentence_start: int) -> Mention | None:
    text = context.text
    trigger = clue.trigger
    # The subject is near: a bounded stretch before the trigger keeps a long sentence linear.
    sentence_start = max(sentence_start, trigger.start - _REACH)
    fronted = _participle_subject(context, clue, sentence_start)
    if fronted is not None:
        return fronted
    actors = context.actors_in(sentence_start, trigger.start)
    actors = _outermost(actors)
    extra = context.surname_actors(sentence_start, trigger.start)
    if extra:
        actors = sorted([*actors, *extra], key=lambda m: m.span.start)
    if not actors:
        return None
    if clue.noun:
        last = actors[-1]
        between = text[last.span.end : trigger.start]
        if _POSSESSIVE.match(between):
            return last
        if last.category == "pronoun" and _POSSESSIVE_PRONOUN.match(last.text + between):
            subject = _subject_before(context, actors[:-1], sentence_start)
            if subject is None or subject.category == "organization":
                return last
            # "X met with Mohamed during his visit": the person the pronoun goes back to,
            # named after the subject, is the visitor; else the subject is.
            named_since = any(
                m.entity == last.entity and m.span.start > subject.span.start for m in actors[:-1]
            )
            return last if named_since and _is_person(context, last.entity) else subject
    for mention in actors:
        if _HEADED_BY.search(text, max(0, mention.span.start - 12), mention.span.start):
            return mention
    subject = _subject_before(context, actors, sentence_start, noun=clue.noun)
    if subject is not None and subject.category == "organization":
        vehicle = _VEHICLE_BEFORE.search(
            text, max(sentence_start, subject.span.start - 40), subject.span.start
        )
        if vehicle is not None:
            # "Bush's presidential plane Air Force One landed": the owner travels, not the plane
            owners = [m for m in actors if m.span.end <= vehicle.start() and m is not subject]
            return owners[-1] if owners and vehicle.group().startswith(("'s", "\u2019s")) else None
    return subject


# "... and Levy would be in": an actor after "and" that an auxiliary follows starts a clause.
_CLAUSE_SUBJECT = re.compile(
    r",?\s(?:would|will|is|are|was|were|has|have|had|could|should|plans|planned|is\sto)\b"
)


def _subject_before(
    context: _Context, actors: list[Mention], sentence_start: int, *, noun: bool = False
) -> Mention | None:
    """The last actor that is not an object or a possessor of something else."""
    text = context.text
    for mention in reversed(actors):
        before = text[max(sentence_start, mention.span.start - 25) : mention.span.start]
        after = text[mention.span.end : mention.span.end + 3]
        if _OBJECT_BEFORE.search(before) and not _CLAUSE_SUBJECT.match(
            text, mention.span.end, mention.span.end + 30
        ):
            continue
        if after.startswith(("'s", "\u2019s")) and not noun:
            continue
        if mention.category == "pronoun" and mention.text.lower() in ("his", "her", "its", "their"):
            continue
        if mention.category == "organization" and _names_a_thing(text, mention.span.end):
            continue  # "secure UN condemnation of Iraq for the flight to": the UN stays put
        return mention
    return None


_EARLIER_TIME = re.compile(
    r"\b(?:earlier\sthis|last)\s(?:month|year)\b|\b(?:a|one|two|three|four|five|six|\d{1,2})\s"
    r"(?:weeks?|months?|years?)\sago\b",
    re.IGNORECASE,
)


def _proposed(context: _Context, clue: Clue, sentence_start: int) -> bool:
    """Whether the trigger is the verb a proposal puts right after its traveller
    (*suggested that Elian and his relatives stay in*), not a later clause's (*when he
    visits*)."""
    traveler = clue.traveler_span
    if traveler is None or not 0 <= clue.trigger.start - traveler.end <= 30:
        return False
    before = context.text[max(sentence_start, traveler.start - 100) : traveler.start].lower()
    cues = list(_PROPOSAL.finditer(before))
    return bool(cues) and len(before) - cues[-1].end() <= 40


def _read_status(
    context: _Context, clue: Clue, sentence_start: int, word: str, *, reported_from: int = -1
) -> None:
    text = context.text
    trigger = clue.trigger
    left = clue.traveler_span.end if clue.traveler_span is not None else sentence_start
    if left > trigger.start:
        left = sentence_start
    pre = text[max(left, trigger.start - 120) : trigger.start]
    pre_lower = pre.lower()
    after = clue.stops[-1].span.end if clue.stops else trigger.end
    around = text[max(sentence_start, trigger.start - 120) : max(after, trigger.end) + 30].lower()
    noun = clue.noun

    def near_text(width: int) -> str:
        return text[max(sentence_start, trigger.start - width) : trigger.start].lower()

    if _CANCEL.search(around):
        clue.status, clue.tense = "cancelled", "auto"
        return
    if _conditional_subject(context, clue, sentence_start):
        clue.status, clue.tense = "hypothetical", "auto"
        return
    if _proposed(context, clue, sentence_start):
        clue.status, clue.tense = "hypothetical", "auto"
        return
    unreal = [m for m in _UNREAL.finditer(pre_lower) if not _is_month_may(pre, m)]
    if unreal:
        reported = text[max(0, min(reported_from, sentence_start)) : trigger.start].lower()
        if _REPORTED_WOULD.search(reported) and all(m.group() == "would" for m in unreal):
            clue.status, clue.tense = "planned", "future"
            return
        if all(m.group() in _POSSIBLE for m in unreal) and _EARLIEST_DATE.search(
            text, trigger.end, min(after + 60, len(text))
        ):
            clue.status, clue.tense = "planned", "future"  # "could come as early as Tuesday"
            return
        if not noun or unreal[-1].end() > len(pre_lower) - 30:
            clue.status, clue.tense = "hypothetical", "auto"
            return
    if noun:
        near = text[max(sentence_start, trigger.start - 30) : trigger.start].lower()
        if _NOUN_DONE.search(near) and not _FUTURE.search(pre_lower):
            clue.status, clue.tense = "completed", "past"
            return
        if _NP_EARLIER.search(near):
            clue.status, clue.tense, clue.earlier = "completed", "past", True
            return
        if _NP_PLANNED.search(near):
            clue.status, clue.tense = "planned", "future"
            return
        during = _DURING.search(text, max(sentence_start, trigger.start - 80), trigger.start)
        if during is not None and _PAST_GOVERNOR.search(during.group("before")):
            # "X met with him during his visit to Y": the visit was under way then
            clue.status, clue.tense = "completed", "past"
            return
    if noun and word.startswith("return"):
        # "block Elian's return to Cuba": a return named as a noun is still to come (and the
        # place it is from is where the traveller is), unless it dates something else
        # (*since his return to Tokyo*)
        if _SINCE_RETURN.search(near_text(12)):
            clue.status, clue.tense = "completed", "past"
        elif clue.kind == "return":
            clue.status, clue.tense = "planned", "future"
        else:
            clue.status, clue.tense = "ongoing", "auto"
        return
    if clue.kind == "depart" and _AFTER_HAVING.search(near_text(20)):
        # "will fly to Y after having completed a trip to X": X is done
        clue.status, clue.tense, clue.anterior = "completed", "past", True
        return
    if _FUTURE.search(pre_lower + " " + word):
        clue.status, clue.tense = "planned", "future"
        return
    if clue.kind == "depart" and not _PRESENT_PROGRESSIVE.search(pre_lower[-25:] + word):
        # "has arrived back from", "wrapped up a visit to": that stop is done
        clue.status, clue.tense = "completed", "past"
        return
    if noun and _NOUN_STARTED.search(near_text(40)):
        clue.status, clue.tense = "ongoing", "past"
        return
    if noun and _ON_A_TRIP.search(text[max(sentence_start, trigger.start - 40) : trigger.start]):
        clue.status, clue.tense = "ongoing", "auto"
        return
    verb = word.split()[0]
    if _ONGOING.search(pre_lower + " " + word) or _PRESENT_PROGRESSIVE.search(
        pre_lower[-25:] + verb
    ):
        clue.status, clue.tense = "ongoing", "auto"
        progressive = _PRESENT_PROGRESSIVE.search(pre_lower[-25:] + verb)
        if verb.endswith("ed") or verb in travel_words.PAST_VERB_FORMS:
            clue.tense = "past"
        elif clue.kind == "arrive" and not progressive:
            clue.tense = "past"  # "his arrival here Thursday": a traveller here arrived before
        return
    if verb.endswith("ed") or verb in travel_words.PAST_VERB_FORMS or _past_auxiliary(pre_lower):
        clue.status, clue.tense = "completed", "past"
        return
    if noun:
        if _PAST_VERB.search(pre_lower[-60:]):
            clue.tense = "past"
        return
    if verb.endswith("ing"):
        clue.status, clue.tense = None, "auto"
        return
    clue.status, clue.tense = "ongoing", "auto"


_SINCE_RETURN = re.compile(r"\b(?:after|since|following|upon)\s(?:\w+(?:'s|\u2019s)?\s)?$")
_DURING = re.compile(
    r"(?P<before>[^.;]{0,60})\bduring\s(?:(?:his|her|their|its|the|a|an)\s)?(?:[\w-]+\s){0,2}$"
)
# a verb in the past that a "during" phrase hangs on (lower case: "Mohamed" is no verb)
_PAST_GOVERNOR = re.compile(
    r"\b(?:met|saw|spoke|held|gave|made|took|told|said|was|were|had|did|went|came|[a-z]{2,}ed)\b"
)
_AFTER_HAVING = re.compile(r"\b(?:after|having|since)\s(?:having\s)?$")
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|said|\w{3,}ed)\b")
_NOUN_STARTED = re.compile(
    r"\b(?:began|begins|begun|started|starts|kicked\soff|kicks\soff|opened|opens|"
    r"embarked\son|embarks\son|is\son|are\son|kicking\soff|starting|beginning|(?:first|second|third|fourth|fifth|sixth|last|final)"
    r"\sday\sof)\b"
)
_NOUN_DONE = re.compile(r"\b(?:made|paid|undertook|took|completed|ended|concluded|wrapped\sup)\b")
_HAS_SENT = re.compile(r"\b(?:has|have)\s(?:\w+\s)?$")
_PAST_AUX = re.compile(r"\b(?:was|were|had|has|have|did)\b")


def _past_auxiliary(pre: str) -> bool:
    return bool(_PAST_AUX.search(pre[-30:]))


def _is_month_may(original: str, match: re.Match[str]) -> bool:
    return match.group() == "may" and original[match.start() : match.start() + 1] == "M"


def _read_counts(context: _Context, clue: Clue, sentence_start: int) -> None:
    text = context.text
    window_start = max(sentence_start, clue.trigger.start - 40)
    for match in _COUNTED.finditer(text, window_start, clue.trigger.end + 20):
        number = (match["n"] or match["ord"] or "").lower()
        count = int(number) if number.isdigit() else _COUNTS.get(number, 0)
        if match["n"] and clue.status in ("completed", None):
            clue.count = count
        elif match["ord"]:
            clue.count = -count  # earlier trips implied by "third trip"
        break


def _read_purpose(context: _Context, clue: Clue, limit: int) -> None:
    text = context.text
    anchor = clue.stops[-1].span.end if clue.stops else clue.trigger.end
    anchor = max(anchor, clue.trigger.end)
    window_end = min(limit, anchor + 60)
    match = _PURPOSE.search(text, anchor, window_end)
    if match is None or (match["verb"] and match["verb"] in _NOT_VERBS):
        if clue.kind == "stay" and text.startswith(" with ", anchor):
            _read_counterparts(context, clue, anchor + 1, min(limit, anchor + 200))
        return
    if _TRIGGER.search(text, anchor, match.start()) or text[anchor : match.start()].count(",") > 1:
        return
    end_match = _PURPOSE_END.search(text, match.end(), min(limit, match.end() + 200))
    end = end_match.start() if end_match else min(limit, match.end() + 200)
    while end > match.start() and text[end - 1] in " .":
        end -= 1
    clue.purpose = (text[match.start() : end], Span(start=match.start(), end=end))
    cue = _COUNTERPART_CUE.search(text, match.start(), end)
    if cue is not None:
        _read_counterparts(context, clue, cue.end(), end)


def _read_counterparts(context: _Context, clue: Clue, start: int, end: int) -> None:
    """The people met: the named ones in the phrase from ``start``, else the phrase."""
    text = context.text
    if text.startswith("with ", start):
        start += len("with ")
    stop = _COUNTERPART_END.search(text, start, end)
    phrase_end = stop.start() if stop and stop.start() < end else end
    while phrase_end > start and text[phrase_end - 1] in " .":
        phrase_end -= 1
    inside = [m for m in context.actors_in(start, phrase_end) if m.category != "pronoun"]
    inside = _outermost(inside)
    if inside:
        clue.counterparts = [(m.text, m.span) for m in inside]
    elif phrase_end > start:
        clue.counterparts = [(text[start:phrase_end], Span(start=start, end=phrase_end))]


_REPORTING = re.compile(
    r"\b(?:announced|announces|said|says|told|reported|confirmed|added|disclosed|revealed)\b"
)
# "..., diplomats said Thursday": the day of the saying, not of the travel.
_SAID_ON = re.compile(
    r"\b(?:announced|said|says|told\s(?:[\w.]+\s){0,2}?|reported|confirmed|added|disclosed|"
    r"revealed|stated|quoted\sas\ssaying)\s(?:(?:early|late|on)\s)?$",
    re.IGNORECASE,
)


def _attach_dates(context: _Context, sentence_index: int, clues: list[Clue]) -> None:
    """Give each date and length of stay of the sentence to the nearest clue before it."""
    if not clues or context.reference is None:
        return
    sentence = context.sentences[sentence_index]
    text = context.text
    tense: Tense = next((c.tense for c in clues if c.tense != "auto"), "auto")
    found = _travel_dates.find_dates(
        text, sentence.span.start, sentence.span.end, context.reference, tense
    )
    starts = [clue.trigger.start for clue in clues]
    for date in found:
        index = bisect.bisect_right(starts, date.span.start) - 1
        if index < 0 and _REPORTING.search(text, date.span.end, clues[0].trigger.start):
            continue
        if _SAID_ON.search(text, max(sentence.span.start, date.span.start - 40), date.span.start):
            continue
        owner = clues[max(index, 0)]
        if owner.tense != tense:
            redone = _travel_dates.find_dates(
                text, date.span.start, date.span.end, context.reference, owner.tense
            )
            date = redone[0] if redone else date
        owner.dates.append(date)
    _attach_offsets(context, sentence.span.start, sentence.span.end, clues)
    for duration in _travel_dates.find_durations(text, sentence.span.start, sentence.span.end):
        after = bisect.bisect_left(starts, duration.span.end)
        if after < len(clues) and clues[after].trigger.start - duration.span.end < 40:
            owner = clues[after]
        else:
            owner = clues[max(bisect.bisect_right(starts, duration.span.start) - 1, 0)]
        if owner.duration is None:
            owner.duration = duration.days


_OFFSET = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s"
    r"(?P<unit>days?|weeks?)\s(?P<relation>after|before)\s",
    re.IGNORECASE,
)
_OFFSET_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_OFFSET_NUMBERS.update({"seven": 7, "eight": 8, "nine": 9, "ten": 10})


def _attach_offsets(context: _Context, start: int, end: int, clues: list[Clue]) -> None:
    """*arrived in Y Sunday, three days after kicking off a tour in X*: X started three days
    before the dated clue; the clue after the phrase gets that day as its start."""
    for match in _OFFSET.finditer(context.text, start, end):
        index = bisect.bisect_left([clue.trigger.start for clue in clues], match.end())
        base = next(
            (
                date
                for clue in reversed(clues[max(0, index - _NEAR_CLUES) : index])
                if clue.trigger.end <= match.start()
                for date in clue.dates
                if date.role in ("on", "start")
            ),
            None,
        )
        target = clues[index] if index < len(clues) else None
        if base is None or target is None or target.trigger.start - match.end() > 60:
            continue
        number = match["n"].lower()
        count = int(number) if number.isdigit() else _OFFSET_NUMBERS[number]
        days = count * (7 if match["unit"].lower().startswith("week") else 1)
        sign = -1 if match["relation"].lower() == "after" else 1
        day = base.start + datetime.timedelta(days=sign * days)
        span = Span(start=match.start(), end=match.end() - 1)
        target.dates.append(_travel_dates.TravelDate(span=span, role="start", start=day, end=day))


def dateline_stop(article: Article) -> Stop | None:
    """The dateline's city as a stop (what *here* means), or ``None``."""
    return _dateline_place(article)
