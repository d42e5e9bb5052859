"""Travel clues: one :class:`Clue` per trigger phrase, read from its sentence only.

Each step has a module of its own: :mod:`._travel_triggers` finds the trigger phrases,
:mod:`._travel_places` their stops, :mod:`._travel_travellers` who travels,
:mod:`._travel_companions` who goes along, :mod:`._travel_status` whether the trip is done,
under way, planned or unreal, :mod:`._travel_purpose` what it is for, and
:mod:`._travel_clue_dates` its dates. :mod:`._travel_legs` then merges the clues into journeys.
A clue with no traveller of its own takes the one of the clue before it in the last few
sentences.
"""

from __future__ import annotations

import re

import attrs

from newsfacts import travel_words
from newsfacts.article import Article
from newsfacts.extractors._travel_clue_dates import attach_dates
from newsfacts.extractors._travel_companions import attach_escorts, coordinated, escort_names
from newsfacts.extractors._travel_context import NEAR_CLUES, TravelContext
from newsfacts.extractors._travel_places import find_stops, is_modifier, read_origin_and_order
from newsfacts.extractors._travel_purpose import read_purpose
from newsfacts.extractors._travel_records import Clue
from newsfacts.extractors._travel_status import EARLIER_TIME, HAS_SENT, read_counts, read_status
from newsfacts.extractors._travel_travellers import (
    agent_after,
    described_traveller,
    find_traveler,
    group_subject,
    kin_subject,
    prefer_last_traveller,
    sent_group,
    set_traveler,
    titled_subject,
    unknown_subject,
    visiting_person,
)
from newsfacts.extractors._travel_triggers import KINDS, NOUN_TRIGGER, nominal_return, triggers_in
from newsfacts.records import Mention, Span

__all__ = ["find_clues"]

_ORDER_FIRST = re.compile(r"\bfirst\s(?:stop|leg)\b", re.IGNORECASE)
_ORDER_LAST = re.compile(r"\b(?:final|last)\s(?:stop|leg|destination)\b", re.IGNORECASE)


def find_clues(article: Article) -> list[Clue]:
    """Every travel clue of the article's body sentences, in text order."""
    text = article.text
    triggers = [triggers_in(text, s.span.start, s.span.end) for s in article.sentences]
    if not any(triggers):
        # Most stories name no travel: they need no context, and so no entity analysis.
        return []
    context = TravelContext(article)
    clues: list[Clue] = []
    for sentence_index, sentence in enumerate(context.sentences):
        sentence_clues: list[Clue] = []
        for match in triggers[sentence_index]:
            kind = KINDS[match.lastgroup or ""]
            clue = _clue(context, sentence_index, match, kind, sentence_clues)
            if clue is None:
                continue
            earlier = [*clues[-NEAR_CLUES:], *sentence_clues[-NEAR_CLUES:]]
            prefer_last_traveller(context, clue, earlier)
            sentence_clues.append(clue)
        _order_fronted_before(context, sentence.span.start, sentence_clues)
        _order_before_that(context, sentence.span.start, sentence_clues, clues)
        attach_dates(context, sentence_index, sentence_clues)
        attach_escorts(context, sentence_index, sentence_clues or clues[-1:])
        clues.extend(sentence_clues)
    return clues


_FRONTED_BEFORE = re.compile(r"\s*[Bb]efore\s")


def _order_fronted_before(context: TravelContext, sentence_start: int, clues: list[Clue]) -> None:
    """*Before visiting X, he made a visit to Y*: X comes after Y."""
    if len(clues) < 2 or not clues[0].stops or not clues[1].stops:
        return
    opening = _FRONTED_BEFORE.match(context.text, sentence_start, clues[0].trigger.start)
    if opening is not None and opening.end() == clues[0].trigger.start:
        clues[0].after = clues[0].after or clues[1].stops[-1]


# "Before that, she will visit X", "Earlier in the week, ...": X comes before the stop the
# sentence before named
_BEFORE_THAT = re.compile(
    r"\s*(?:(?:[Bb]efore|[Pp]rior\sto)\s(?:that|then|this)\b"
    r"|[Ee]arlier(?:\sin\sthe\s(?:week|day|trip|tour|visit))?\b)"
)


def _order_before_that(
    context: TravelContext, sentence_start: int, clues: list[Clue], earlier: list[Clue]
) -> None:
    """*Before that, she will stop in X*: X precedes the last stop told before."""
    if not clues or not clues[0].stops or not earlier or not earlier[-1].stops:
        return
    previous = earlier[-1]
    if previous.traveler != clues[0].traveler or previous.sentence < clues[0].sentence - 1:
        return
    if _BEFORE_THAT.match(context.text, sentence_start, clues[0].trigger.start):
        clues[0].before = clues[0].before or previous.stops[0]


def _clue(
    context: TravelContext,
    sentence_index: int,
    match: re.Match[str],
    kind: str,
    previous: list[Clue],
) -> Clue | None:
    text = context.text
    sentence = context.sentences[sentence_index]
    trigger = Span(start=match.start(), end=match.end())
    word = match.group().lower()
    noun = bool(NOUN_TRIGGER.match(word)) or nominal_return(text, trigger)
    opening = max(sentence.span.start, trigger.start - 12)
    if noun and _VERB_BEFORE.search(text, opening, trigger.start):
        noun = False  # "will visit", "could tour": the verb, not "his visit"
    clue = Clue(trigger=trigger, kind=kind, sentence=sentence_index, noun=noun)
    visitor = visiting_person(context, trigger)
    if visitor is not None:
        set_traveler(context, clue, visitor)
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
    agent = agent_after(context, trigger, sentence.span.end) if noun else None
    escorted: list[Mention] = []
    if _GOES_WITH.search(word):
        # "flew with his wife Helga to Tokyo", "will accompany the president to Tokyo"
        escorted = escort_names(context, _skip_kin(text, trigger.end), sentence.span.end)
        if not escorted or not text.startswith(" to ", escorted[-1].span.end):
            return None
        find_stops(context, clue, sentence.span.end, escorted[-1].span.end)
    else:
        find_stops(context, clue, sentence.span.end, agent.span.end if agent else None)
    if agent is None and noun and clue.stops:
        agent = agent_after(context, clue.span, sentence.span.end)  # "a visit to X by Y"
    if kind in ("stay", "present", "engage") and not clue.stops:
        return None
    clue.to_region = not clue.stops and _REGION_AFTER.match(text, trigger.end) is not None
    if kind == "leave":
        left = [
            m
            for m in context.places_in(trigger.start, trigger.end)
            if not is_modifier(text, m.span.end)
        ]
        if left:
            clue.origin = context.stop_of(left[0])  # "left Tokyo yesterday for Seoul"
    if not clue.stops and kind in ("leave", "return", "depart"):
        return None
    if not clue.stops and not previous and kind != "arrive" and not noun:
        return None
    if kind == "send":
        traveler = sent_group(context, trigger)
        if traveler is None:
            return None
    else:
        traveler = agent or find_traveler(context, clue, sentence.span.start)
        if traveler is None:
            traveler = titled_subject(context, sentence.span.start, trigger.start)
        if traveler is None:
            traveler = described_traveller(context, sentence.span.start, trigger.start)
        if traveler is None:
            clue.group_subject = group_subject(context, sentence.span.start, trigger.start)
    if kind != "send":
        traveler = kin_subject(context, trigger.start, traveler, sentence.span.start) or traveler
    if kind != "send" and traveler is not None:
        # "Sato said the visiting minister will fly": the description nearer than the sayer
        described = described_traveller(context, traveler.span.end, trigger.start)
        traveler = described or traveler
    if unknown_subject(context, clue, traveler, sentence.span.start):
        return None
    if traveler is not None:
        set_traveler(context, clue, traveler)
        clue.companions = coordinated(context, traveler, sentence.span.start, trigger.start)
        clue.companions.extend(
            m for m in escorted if m.entity != clue.traveler and m.category == "person"
        )
    clause_start = previous[-1].trigger.end if previous else sentence.span.start
    read_status(context, clue, clause_start, word, reported_from=sentence.span.start)
    if clue.status == "completed" and EARLIER_TIME.search(
        text, max(sentence.span.start, trigger.start - 80), min(sentence.span.end, trigger.end + 80)
    ):
        clue.earlier = True  # "a week ago", "earlier this month": a trip before this one
    if (
        kind == "send"
        and clue.status == "completed"
        and HAS_SENT.search(text, clause_start, trigger.start)
    ):
        clue.status = "ongoing"  # "has dispatched agents to X": they are there now
    if kind == "arrive" and not clue.stops and not previous:
        if context.here is None:
            return None
        clue.stops = [attrs.evolve(context.here)]
        read_origin_and_order(context, clue, trigger.end, min(sentence.span.end, trigger.end + 200))
    read_counts(context, clue, sentence.span.start)
    read_purpose(context, clue, sentence.span.end)
    window = text[max(sentence.span.start, trigger.start - 40) : trigger.end + 40].lower()
    clue.one_day = any(cue in window for cue in travel_words.ONE_DAY_CUES)
    if (
        previous
        and previous[-1].stops
        and _BEFORE_GOING.search(text, max(sentence.span.start, trigger.start - 12), trigger.start)
    ):
        clue.after = previous[-1].stops[-1]  # "spent hours in X before heading to Y"
    _read_sequence(context, clue, sentence.span, previous)
    return clue


def _read_sequence(
    context: TravelContext, clue: Clue, sentence: Span, previous: list[Clue]
) -> None:
    """The order words around a clue: *after visiting X* puts X before the clue named just
    before it; *first stop*, *will first visit*, *X first* open the journey; *final stop*,
    *will end the trip in X* close it."""
    text = context.text
    trigger = clue.trigger
    sentence_start = sentence.start
    earlier = previous[-1] if previous else None
    if (
        earlier is not None
        and earlier.stops
        and clue.stops
        and earlier.traveler == clue.traveler
        and earlier.after is None
        and _AFTER_GOING.search(text, max(sentence_start, trigger.start - 20), trigger.start)
    ):
        earlier.after = clue.stops[-1]  # "will fly to Seoul after a stop in Manila"
    after_stops = clue.stops[-1].span.end if clue.stops else trigger.end
    # a departure ("ended his visit to X and left for Y") is ordered by the rules below
    bounded = clue.stops and clue.kind != "depart"
    bound = _JOURNEY_BOUND.search(text, trigger.start, trigger.end) if bounded else None
    if bound is not None:
        clue.position = "first" if bound["first"] else "last"  # "The trip will end in X"
    elif (
        _ORDER_FIRST.search(text, max(sentence_start, trigger.start - 40), trigger.end)
        or _FIRST_BEFORE.search(text, max(sentence_start, trigger.start - 24), trigger.start)
        or (clue.stops and _FIRST_AFTER.match(text, after_stops))
    ):
        clue.position = "first"
    elif _ORDER_LAST.search(
        text, max(sentence_start, trigger.start - 40), min(sentence.end, trigger.end + 60)
    ) or (
        clue.kind == "depart"
        and clue.status in ("planned", "ongoing")
        and _ENDS_IN.search(text, trigger.start, trigger.end)
    ):
        clue.position = "last"


# a trigger that says where the journey begins or ends ("begin the tour in", "trip will end in")
_JOURNEY_BOUND = re.compile(
    r"\b(?:(?P<first>begin|begins|began|start|starts|started)|end|ends|ended|conclude|concludes|"
    r"concluded|finish|finishes)\b",
    re.IGNORECASE,
)
# "after visiting X", "following a stop in X": the trigger's stop came before
_AFTER_GOING = re.compile(r"\b(?:after|following)\s(?:(?:a|an|the|his|her|their|its)\s)?$")
# "will first visit", "is to first fly to"; not "his first visit" (the first ever)
_FIRST_BEFORE = re.compile(r"\b(?:will|would|shall|to|then|is|are)\sfirst\s$", re.IGNORECASE)
_FIRST_AFTER = re.compile(r",?\s(?:first|initially)\b(?!\s(?:lady|time|visit|trip))")
# "will end the trip in Seoul", "wraps up her tour in": the place it ends in is the last stop
_ENDS_IN = re.compile(r"\sin$")


_BEFORE_GOING = re.compile(r"\bbefore\s$")
# triggers that name the people going along before the place
_GOES_WITH = re.compile(r"^accompan|\swith$")
_KIN_BEFORE_NAME = re.compile(r"\s(?:his|her|their)\s(?:[\w-]+\s){0,2}[a-z-]+,?(?=\s)")


def _skip_kin(text: str, position: int) -> int:
    """Past *his wife* in *flew with his wife Helga*: where the name begins."""
    kin = _KIN_BEFORE_NAME.match(text, position)
    position = kin.end() if kin is not None else position
    return position + 1 if text.startswith(" ", position) else position


# a modal before visit/tour/stay makes it a verb ("to visit" keeps the noun reading: its
# status comes from the journey it joins)
_VERB_BEFORE = re.compile(
    r"\b(?:will|would|shall|can|could|may|might|must|should|did|does|do|not|also|then)\s$"
)
_TRAVEL_AS_NOUN = re.compile(
    r"\b(?:against|all|any|non-?essential|unnecessary|avoid|ban\son|curbs\son)\s$", re.IGNORECASE
)
_REGION_AFTER = re.compile(r"(?:\sto)?\s(?:the\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b")
_GO_TO = re.compile(
    r"(?:go|goes|going|went|gone|come|comes|coming|came)(?:\s[a-z]+)?\sto", re.IGNORECASE
)
_INFINITIVE_AFTER_GO = re.compile(
    r"\s(?!the\b|a\b|an\b|northern\b|southern\b|eastern\b|western\b|central\b|nearby\b|"
    r"neighbou?ring\b|here\b|there\b)[a-z]+\b"
)
