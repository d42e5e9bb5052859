"""Scoring travel: the gold field ``trips`` (rows ``trips``, ``trips.legs``, ``trips.leg_dates``).

The predicted records are the facts of kind ``itinerary`` (their ``kind`` attribute, else their
class name), read duck-typed so that the itineraries extractor only has to follow this shape:

- ``traveler``: the canonical name of the person travelling (``str``);
- ``status``: ``"planned"``, ``"ongoing"`` or ``"completed"``;
- ``legs``: the stops in the order travelled, each with ``place`` (the place as the story
  names it, a ``str`` or a record with a ``name``), ``country`` (ISO 3166-1 alpha-2 or
  ``None``), ``start`` and ``end`` (``datetime.date``, an ISO string or ``None``) and
  ``purpose`` (``str`` or ``None``; not scored).

Rules:

- Predicted trips whose status is not ``planned``, ``ongoing`` or ``completed`` (``cancelled``,
  ``hypothetical``) are left out: gold never annotates them.
- Gold and predicted trips are paired one to one by traveler (:func:`~.matching.person_matches`
  against the gold ``people``), best pair first: same status, then most legs in common. A
  pair is a ``trips`` true positive when the status agrees too; otherwise the trip counts as
  missed and spurious, listed as one ``wrong`` status.
- ``trips.legs``: within each pair, legs are aligned in order (the longest common
  subsequence) where they match: the same country (both ``None`` for a region such as
  ``Europe``) and the same place, equal as names or resolved by
  :func:`newsfacts.gazetteer.resolve` to the same place. Legs of unpaired trips are all
  missed or spurious.
- ``trips.leg_dates``: over aligned legs, each ``start`` and ``end`` that gold gives must be
  the same date (``tp`` right, ``fn`` wrong, as in the other accuracy rows).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from newsfacts.article import Article
from newsfacts.evaluation.counts import Counts, Error, FieldScore, accuracy_row
from newsfacts.evaluation.gold import GoldStory
from newsfacts.evaluation.matching import (
    facts_of_kind,
    greedy_pairs,
    normalize_name,
    person_matches,
)
from newsfacts.records import Fact

__all__ = ["align_legs", "leg_matches", "score_trips"]


def _value(record: Any, name: str) -> Any:
    """A field of a gold mapping or of a predicted record alike."""
    if isinstance(record, Mapping):
        return record.get(name)
    return getattr(record, name, None)


def _name(value: Any) -> str | None:
    """A place as text: a string, or the ``name`` of a place record."""
    if value is None or isinstance(value, str):
        return value
    name = getattr(value, "name", None)
    return name if isinstance(name, str) else str(value)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return str(value)[:10]


@functools.lru_cache(maxsize=1024)
def _resolved(place: str, country: str | None) -> object:
    from newsfacts.gazetteer import resolve

    found = resolve(place, country_hint=country) if country else None
    return found if found is not None else resolve(place)


def leg_matches(gold: Any, predicted: Any) -> bool:
    """Whether two legs are the same stop: same country and the same place.

    >>> leg_matches({"place": "TOKYO", "country": "JP"}, {"place": "Tokyo", "country": "jp"})
    True
    >>> leg_matches({"place": "Tokyo", "country": "JP"}, {"place": "Osaka", "country": "JP"})
    False
    """
    country = (_value(gold, "country") or "").upper() or None
    if country != ((_value(predicted, "country") or "").upper() or None):
        return False
    gold_place, place = _name(_value(gold, "place")), _name(_value(predicted, "place"))
    if not gold_place or not place:
        return False
    if normalize_name(gold_place) == normalize_name(place):
        return True
    gold_found = _resolved(gold_place, country)
    return gold_found is not None and gold_found == _resolved(place, country)


def align_legs(gold: Sequence[Any], predicted: Sequence[Any]) -> list[tuple[int, int]]:
    """Matching legs in travel order: the longest common subsequence, as index pairs.

    >>> a = [{"place": "Pyongyang", "country": "KP"}, {"place": "Tokyo", "country": "JP"}]
    >>> align_legs(a, [{"place": "Tokyo", "country": "JP"}])
    [(1, 0)]
    """
    rows, columns = len(gold), len(predicted)
    same = [[leg_matches(g, p) for p in predicted] for g in gold]
    best = [[0] * (columns + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(columns - 1, -1, -1):
            best[i][j] = (
                best[i + 1][j + 1] + 1 if same[i][j] else max(best[i + 1][j], best[i][j + 1])
            )
    pairs = []
    i = j = 0
    while i < rows and j < columns:
        if same[i][j] and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _legs(trip: Any) -> list[Any]:
    return list(_value(trip, "legs") or ())


def _describe(trip: Any) -> str:
    places = ", ".join(_name(_value(leg, "place")) or "?" for leg in _legs(trip))
    return f"{_value(trip, 'traveler') or '?'} ({_value(trip, 'status') or '?'}): {places}"


#: The trip statuses gold annotates; predicted trips of other statuses are not scored.
SCORED_STATUSES = frozenset({"planned", "ongoing", "completed"})


def score_trips(story: GoldStory, article: Article, facts: Sequence[Fact]) -> list[FieldScore]:
    """Trips by traveler and status, their legs in order, and the legs' dates."""
    if "trips" not in story.answer:
        return []
    gold = [trip for trip in story.answer.get("trips") or () if isinstance(trip, Mapping)]
    people = [p for p in story.answer.get("people") or () if isinstance(p, Mapping)]
    # Gold annotates travel planned, under way or done; cancelled and hypothetical trips are
    # reported apart by the extractor and have no gold to match.
    predicted = [
        trip
        for trip in facts_of_kind(facts, "itinerary")
        if _value(trip, "status") in SCORED_STATUSES
    ]
    alignments: dict[tuple[int, int], list[tuple[int, int]]] = {}
    ranks: dict[tuple[int, int], float] = {}
    for g, trip in enumerate(gold):
        for p, guess in enumerate(predicted):
            if person_matches(_value(guess, "traveler"), str(trip.get("traveler") or ""), people):
                alignments[(g, p)] = align_legs(_legs(trip), _legs(guess))
                same_status = trip.get("status") == _value(guess, "status")
                ranks[(g, p)] = 1000.0 * same_status + len(alignments[(g, p)])
    pairs = greedy_pairs(ranks, lambda rank: True)

    def error(kind: Any, field: str, **values: str | None) -> Error:
        return Error(story=story.name, field=field, kind=kind, **values)

    trip_errors, leg_errors, date_checks = [], [], []
    right_trips = 0
    leg_counts = Counts()
    for g, trip in enumerate(gold):
        if g not in pairs:
            trip_errors.append(error("missed", "trips", gold=_describe(trip)))
            leg_counts += Counts(fn=len(_legs(trip)))
            continue
        guess = predicted[pairs[g]]
        status = _value(guess, "status")
        if trip.get("status") == status:
            right_trips += 1
        else:
            trip_errors.append(
                error(
                    "wrong",
                    "trips",
                    gold=str(trip.get("status")),
                    predicted=status,
                    context=f"status of {trip.get('traveler')}'s trip",
                )
            )
        aligned = alignments[(g, pairs[g])]
        gold_legs, guessed_legs = _legs(trip), _legs(guess)
        leg_counts += Counts(
            tp=len(aligned), fn=len(gold_legs) - len(aligned), fp=len(guessed_legs) - len(aligned)
        )
        context = f"{trip.get('traveler')}'s trip"
        gold_aligned = {i for i, _ in aligned}
        guess_aligned = {j for _, j in aligned}
        leg_errors += [
            error("missed", "trips.legs", gold=_name(leg.get("place")), context=context)
            for i, leg in enumerate(gold_legs)
            if i not in gold_aligned
        ]
        leg_errors += [
            error("spurious", "trips.legs", predicted=_name(_value(leg, "place")), context=context)
            for j, leg in enumerate(guessed_legs)
            if j not in guess_aligned
        ]
        for i, j in aligned:
            for end in ("start", "end"):
                wanted = _iso(gold_legs[i].get(end))
                if wanted is not None:
                    got = _iso(_value(guessed_legs[j], end))
                    where = f"{end} of {trip.get('traveler')} in {gold_legs[i].get('place')}"
                    date_checks.append((wanted == got, wanted, got, where))
    paired = set(pairs.values())
    for p, guess in enumerate(predicted):
        if p not in paired:
            trip_errors.append(error("spurious", "trips", predicted=_describe(guess)))
            leg_counts += Counts(fp=len(_legs(guess)))

    return [
        FieldScore(
            field="trips",
            counts=Counts(
                tp=right_trips, fp=len(predicted) - right_trips, fn=len(gold) - right_trips
            ),
            errors=tuple(trip_errors),
        ),
        FieldScore(field="trips.legs", counts=leg_counts, errors=tuple(leg_errors)),
        accuracy_row(story, "trips.leg_dates", date_checks),
    ]
