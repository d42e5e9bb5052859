"""Companions: the people who travel with a clue's traveller.

*X and Y left for*, *X, Y and Z will visit*, *accompanied by X*, *X will accompany Y*.
"""

from __future__ import annotations

import bisect
import re

from newsfacts.extractors._travel_context import (
    KIN_WORDS,
    NEAR_CLUES,
    TravelContext,
    is_person,
    outermost,
)
from newsfacts.extractors._travel_records import Clue
from newsfacts.extractors._travel_travellers import OBJECT_BEFORE, REACH, subject_before
from newsfacts.records import Mention, Span

__all__ = ["attach_escorts", "coordinated", "escort_names"]

_AND = re.compile(r"(?:,\s|\sand\s|,\sand\s)")
# A kin or aide named by relation before the name: "accompanied by his wife, Helga", "along
# with his Finnish counterpart Lena"
_KIN = r"(?:(?:his|her|their)\s(?:[\w-]+\s){0,2}[a-z-]+,?\s)?"
_ACCOMPANIED_BY = re.compile(r"\b[Aa]ccompanied\sby\s" + _KIN)
# Cues that name an escort in apposition to the subject: "X, along with Y, will visit",
# "X, joined by Y, arrived", "X and his wife Y left". Only the subject right before goes along.
_ALONG_WITH = re.compile(
    r"(?:\b(?:joined|flanked|escorted)\sby\s|,\s(?:along|together)\swith\s|,\swith\s)"
    + _KIN
    + r"|\band\s(?:his|her|their)\s(?:wife|husband|spouse),?\s"
)
_WILL_ACCOMPANY = re.compile(r"\b(?:accompany|accompanies|accompanied|accompanying)\s")


# "Mohamed and his father are to travel": a kin the story names elsewhere goes along
_AND_KIN = re.compile(r"\sand\s(?:his|her|their)\s(?P<kin>" + KIN_WORDS + r")\b(?!,?\s[A-Z])")


def coordinated(context: TravelContext, traveler: Mention, start: int, end: int) -> list[Mention]:
    """People travelling with ``traveler``: *X and Y left for*, *X, Y and Z will visit*, *X
    and his father are to travel* (the father the story names elsewhere)."""
    kin = _AND_KIN.match(context.text, traveler.span.end, end)
    if kin is not None:
        relative = context.kin(kin["kin"])
        if relative is not None and relative != traveler.entity:
            span = Span(start=kin.start() + len(" and "), end=kin.end())
            return [
                Mention(
                    span=span,
                    text=span.of(context.text),
                    category="description",
                    entity=relative,
                    resolution="description",
                )
            ]
    start = max(start, traveler.span.start - REACH)
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
    while group and OBJECT_BEFORE.search(
        text, max(start, group[0].span.start - 25), group[0].span.start
    ):
        group = group[1:]  # "aides to X, Y and Z": X is no traveller
    companions = [
        m for m in group if m.entity != traveler.entity and m.category == traveler.category
    ]
    return list({m.entity: m for m in companions}.values())


def attach_escorts(context: TravelContext, sentence_index: int, clues: list[Clue]) -> None:
    """*accompanied by X* travels with the sentence's traveller; *X will accompany Y* with Y."""
    sentence = context.sentences[sentence_index]
    text = context.text
    if not clues:
        return
    if clues[0].sentence == sentence_index:  # cues of this sentence's own clues only
        _attach_along(context, sentence_index, clues)
        _attach_trailing(context, sentence_index, clues)
    if text.find("ccompan", sentence.span.start, sentence.span.end) < 0:
        return  # both phrases below are forms of "accompany": most sentences have neither
    for match in _ACCOMPANIED_BY.finditer(text, sentence.span.start, sentence.span.end):
        escorts = escort_names(context, match.end(), sentence.span.end)
        for clue in _near(clues, match.start()):
            clue.companions.extend(
                e
                for e in escorts
                if e.entity != clue.traveler
                and (e.category == "person") == is_person(context, clue.traveler)
            )
    for match in _WILL_ACCOMPANY.finditer(text, sentence.span.start, sentence.span.end):
        if text.startswith("by ", match.end()):
            continue
        opening = max(sentence.span.start, match.start() - REACH)
        before = subject_before(context, context.actors_in(opening, match.start()), opening)
        hosts = escort_names(context, match.end(), sentence.span.end)
        if before is None or not hosts:
            continue
        for clue in clues[-NEAR_CLUES:]:
            if clue.traveler == hosts[0].entity and before.entity != clue.traveler:
                clue.companions.append(before)


# "arrived in Tokyo on Monday with his wife Helga": with after a journey names who goes along
_TRAILING_WITH = re.compile(r"\swith\s" + _KIN)
# every cue of _ALONG_WITH holds one of these
_ALONG_WORDS = (" with ", " by ", "and his ", "and her ", "and their ")
_GOING_KINDS = frozenset({"arrive", "leave", "return"})


def _attach_trailing(context: TravelContext, sentence_index: int, clues: list[Clue]) -> None:
    """*X flew to Y on Monday with Z*: Z goes along on that journey (not after a meeting:
    *held talks in Y with Z* names a counterpart)."""
    sentence = context.sentences[sentence_index]
    text = context.text
    if text.find(" with ", sentence.span.start, sentence.span.end) < 0:
        return
    for clue in clues:
        if clue.kind not in _GOING_KINDS or not clue.stops or clue.traveler is None:
            continue
        end = clue.span.end
        for date in sorted(clue.dates, key=lambda d: d.span.start):
            if 0 <= date.span.start - end <= 1:
                end = date.span.end  # "flew to Y on Monday with Z"
        found = _TRAILING_WITH.match(text, end, sentence.span.end)
        if found is None:
            continue  # "flew to Y to meet with Z": a counterpart, not a companion
        if not is_person(context, clue.traveler):
            continue
        escorts = escort_names(context, found.end(), sentence.span.end)
        clue.companions.extend(
            e for e in escorts if e.entity != clue.traveler and e.category == "person"
        )


def _attach_along(context: TravelContext, sentence_index: int, clues: list[Clue]) -> None:
    """*X, along with Y, will visit*: Y goes along on the clue whose subject X the cue
    follows, with its trigger after the escort."""
    sentence = context.sentences[sentence_index]
    subjects = [clue.traveler_span.end for clue in clues if clue.traveler_span is not None]
    if not subjects:
        return
    # a cue lies between a clue's subject and its trigger: only that stretch is read
    start = max(sentence.span.start, min(subjects) - 1)
    end = max(clue.trigger.start for clue in clues)
    text = context.text
    if not any(text.find(word, start, end) >= 0 for word in _ALONG_WORDS):
        return  # a plain search for the cues' words is much faster than the pattern
    for match in _ALONG_WITH.finditer(text, start, end):
        escorts = escort_names(context, match.end(), sentence.span.end)
        if not escorts:
            continue
        for clue in clues:
            subject = clue.traveler_span
            if subject is None or not (
                subject.end <= match.start() < clue.trigger.start
                and match.start() - subject.end <= 2
                and escorts[-1].span.end <= clue.trigger.start
            ):
                continue
            clue.companions.extend(
                e
                for e in escorts
                if e.entity != clue.traveler
                and (e.category == "person") == is_person(context, clue.traveler)
            )


def _near(clues: list[Clue], position: int) -> list[Clue]:
    """The last few clues that begin before ``position``."""
    index = bisect.bisect_right(clues, position, key=lambda clue: clue.trigger.start)
    return clues[max(0, index - NEAR_CLUES) : index] or clues[:1]


def escort_names(context: TravelContext, start: int, end: int) -> list[Mention]:
    """The actors named from ``start`` on, joined by commas and *and*."""
    found: list[Mention] = []
    cursor = start
    # Outermost first: "Central Bank governor X" is a person, not the bank it opens with.
    for mention in outermost(context.actors_in(start, min(end, start + 160))):
        if mention.category not in ("person", "organization"):
            break
        if mention.span.start != cursor and not _AND.fullmatch(
            context.text, cursor, mention.span.start
        ):
            break
        found.append(mention)
        cursor = mention.span.end
    return found
