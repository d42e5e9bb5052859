"""The matching rules of the scorer: when a predicted item counts as a gold one.

- Names (bylines, sources, people) match case-insensitively, with white space collapsed,
  surrounding punctuation and a leading ``the`` dropped.
- A dateline place matches when the gold place equals the printed place or its city part
  (``NAIROBI, Kenya`` and ``NAIROBI`` both match a predicted ``NAIROBI, Kenya``).
- Dates match exactly (ISO ``YYYY-MM-DD``).
- Lists of names are matched one to one, as multisets.
- A predicted person (a quote's speaker, an attribution's source, a traveller) matches a gold
  person when it equals, as a name, the gold ``name`` or any of its ``aliases`` in the gold
  file's ``people``. An attribution source that is no gold person (``US intelligence
  sources``) matches when one name contains the other word for word; a joint source (``A and
  B``) matches part by part.
- Gold text (a quote, an attribution's content) is located in the story: as written, else with
  white space collapsed and curly quotation marks and apostrophes made straight, else (for a
  quote running over paragraphs, whose gold text joins them) piece by piece, each piece the
  longest run of its words found in order. Predicted text is compared by the characters of
  those pieces that its spans cover.
"""

from __future__ import annotations

import array
import collections
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

__all__ = [
    "Piece",
    "coverage",
    "facts_of_kind",
    "greedy_pairs",
    "locate",
    "match_multisets",
    "normalize_name",
    "person_matches",
    "place_matches",
    "source_matches",
]

_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
_LEADING_THE = re.compile(r"^the\s+")


def normalize_name(name: str) -> str:
    """The form two names are compared in.

    >>> normalize_name("  The  White House. ")
    'white house'
    """
    folded = _SPACES.sub(" ", name.casefold()).strip()
    return _LEADING_THE.sub("", _EDGE_PUNCTUATION.sub("", folded))


def place_matches(gold_place: str, printed_place: str | None, city: str | None) -> bool:
    """Whether a predicted dateline place matches the gold one (city alone or printed form)."""
    gold = normalize_name(gold_place)
    gold_city = normalize_name(gold_place.split(",")[0])
    candidates = {normalize_name(value) for value in (printed_place, city) if value}
    return gold in candidates or gold_city in candidates


def match_multisets(
    gold: Iterable[str], predicted: Iterable[str]
) -> tuple[list[str], list[str], list[str]]:
    """Match two lists of names one to one; return (matched, missed, spurious), as given.

    >>> match_multisets(["Jane Doe", "John Roe"], ["JANE DOE", "Ann Lee"])
    (['Jane Doe'], ['John Roe'], ['Ann Lee'])
    """
    predicted = list(predicted)
    available = collections.Counter(normalize_name(name) for name in predicted)
    matched: list[str] = []
    missed: list[str] = []
    for name in gold:
        key = normalize_name(name)
        if available[key] > 0:
            available[key] -= 1
            matched.append(name)
        else:
            missed.append(name)
    spurious: list[str] = []
    for name in predicted:
        key = normalize_name(name)
        if available[key] > 0:
            available[key] -= 1
            spurious.append(name)
    return matched, missed, spurious


def _person_names(gold_name: str, people: Sequence[Mapping[str, Any]]) -> set[str]:
    """The normalised name and aliases of the gold person called ``gold_name``."""
    key = normalize_name(gold_name)
    names = {key}
    for person in people:
        if normalize_name(str(person.get("name") or "")) == key:
            names.update(normalize_name(str(alias)) for alias in person.get("aliases") or ())
    names.discard("")
    return names


def person_matches(
    predicted: str | None, gold_name: str, people: Sequence[Mapping[str, Any]] = ()
) -> bool:
    """Whether a predicted name is the gold person: their ``name`` or any alias in ``people``.

    >>> people = [{"name": "Mike Pompeo", "aliases": ["Pompeo", "the top US diplomat"]}]
    >>> person_matches("POMPEO", "Mike Pompeo", people), person_matches("Pence", "Mike Pompeo")
    (True, False)
    """
    return bool(predicted) and normalize_name(predicted or "") in _person_names(gold_name, people)


def _is_person(name: str, people: Sequence[Mapping[str, Any]]) -> bool:
    key = normalize_name(name)
    return any(normalize_name(str(person.get("name") or "")) == key for person in people)


_JOINT = re.compile(r"\s+and\s+")


def _contains_words(longer: str, shorter: str) -> bool:
    return bool(shorter) and f" {shorter} " in f" {longer} "


def source_matches(
    gold_source: str, predicted: str | None, people: Sequence[Mapping[str, Any]] = ()
) -> bool:
    """Whether a predicted attribution source is the gold one.

    A gold person (one in ``people``) matches by name or alias only; a description matches when
    one of the two contains the other word for word; ``A and B`` matches part by part, in any order.

    >>> source_matches("US intelligence sources", "intelligence sources")
    True
    >>> source_matches("FBI and Kenyan police", "Kenyan police and FBI")
    True
    """
    if not predicted:
        return False
    if person_matches(predicted, gold_source, people):
        return True
    if _is_person(gold_source, people):
        return False  # a gold person is matched by their names only: "Ruth" is not Ruth Kahu
    gold, guess = normalize_name(gold_source), normalize_name(predicted)
    if _contains_words(gold, guess) or _contains_words(guess, gold):
        return True
    gold_parts, guessed_parts = _JOINT.split(gold_source), _JOINT.split(predicted)
    if len(gold_parts) < 2 or len(gold_parts) != len(guessed_parts):
        return False
    remaining = list(guessed_parts)
    for part in gold_parts:
        found = next((g for g in remaining if source_matches(part, g, people)), None)
        if found is None:
            return False
        remaining.remove(found)
    return True


#: A located stretch of gold text: ``(start, end)`` character offsets into the story.
Piece = tuple[int, int]

_QUOTE_MARKS = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
    }
)


class _Folded:
    """A text with white space runs made one space and quotation marks straight.

    ``origin[i]`` is the offset in the original text of character ``i`` of ``text``, so a match
    in the folded text maps back to a span of the original.
    """

    def __init__(self, text: str) -> None:
        straight = text.translate(_QUOTE_MARKS)
        chunks: list[str] = []
        self.origin = array.array("q")
        done = 0
        # Whole runs at a time (C speed): copy the text between white space runs, one space
        # for each run.
        for run in _SPACES.finditer(straight):
            chunks.append(straight[done : run.start()])
            self.origin.extend(range(done, run.start()))
            chunks.append(" ")
            self.origin.append(run.start())
            done = run.end()
        chunks.append(straight[done:])
        self.origin.extend(range(done, len(straight)))
        self.text = "".join(chunks)

    def piece(self, start: int, end: int) -> Piece:
        return (self.origin[start], self.origin[end - 1] + 1)


#: Several gold items of one story are located in the same text: fold it once.
_folded_story = functools.lru_cache(maxsize=2)(_Folded)


def _fold(text: str) -> str:
    return " ".join(text.translate(_QUOTE_MARKS).split())


def _find(haystack: str, needle: str, cursor: int) -> int:
    """Find ``needle`` from ``cursor`` on, else anywhere (gold may list items out of order)."""
    found = haystack.find(needle, cursor)
    return haystack.find(needle) if found < 0 and cursor else found


def locate(story: str, gold_text: str, cursor: int = 0) -> tuple[Piece, ...]:
    """Where ``gold_text`` stands in ``story``: its pieces, or ``()`` when it is not there.

    Looks from ``cursor`` on first (gold lists quotes in reading order, and a phrase may also
    stand earlier, in the headline), then from the start.

    >>> story = 'He said: “We won.”\\n\\n“We will win again.”'
    >>> [story[s:e] for s, e in locate(story, "We won. We will win again.")]
    ['We won.', 'We will win again.']
    """
    needle = gold_text.strip()
    if not needle:
        return ()
    found = _find(story, needle, cursor)
    if found >= 0:
        return ((found, found + len(needle)),)
    folded = _folded_story(story)
    wanted = _fold(needle)
    folded_cursor = _folded_offset(folded, cursor)
    found = _find(folded.text, wanted, folded_cursor)
    if found >= 0:
        return (folded.piece(found, found + len(wanted)),)
    return _locate_in_pieces(folded, wanted, folded_cursor)


def _folded_offset(folded: _Folded, offset: int) -> int:
    """The first folded index whose original offset is at or after ``offset``."""
    low, high = 0, len(folded.origin)
    while low < high:
        middle = (low + high) // 2
        if folded.origin[middle] < offset:
            low = middle + 1
        else:
            high = middle
    return low


#: Pieces must account for this share of the gold text: a few stray words found here and
#: there are not the quote.
_PIECES_SHARE = 0.9
#: A quote over more paragraphs than this is no quote; stop looking (bounds the work).
_MAX_PIECES = 50


def _locate_in_pieces(folded: _Folded, wanted: str, cursor: int) -> tuple[Piece, ...]:
    """Greedy: the longest run of leading words found in order, then the rest the same way.

    A word found nowhere is skipped; its characters stay uncovered, and when more than a tenth
    of the gold text is skipped the text is not there (``()``). Each search is a binary
    search over the word boundaries (a shorter prefix is found wherever a longer one is), so
    the cost is a few ``find`` calls per piece, and there are at most ``_MAX_PIECES``.
    """
    pieces: list[Piece] = []
    words = wanted.split(" ")
    may_skip = (1 - _PIECES_SHARE) * len(wanted)
    skipped = 0
    first = 0
    position = cursor
    while first < len(words):
        best = _longest_prefix(folded.text, words, first, position, wrap=not pieces)
        if best is None:
            skipped += len(words[first]) + 1
            if skipped > may_skip:
                return ()
            first += 1
            continue
        last, found = best
        length = len(" ".join(words[first:last]))
        pieces.append(folded.piece(found, found + length))
        if len(pieces) > _MAX_PIECES:
            return ()
        position, first = found + length, last
    return tuple(pieces)


def _longest_prefix(
    text: str, words: Sequence[str], first: int, position: int, *, wrap: bool
) -> tuple[int, int] | None:
    """The longest run ``words[first:last]`` found in ``text``: ``(last, offset)`` or ``None``.

    Galloping (1, 2, 4, ... words) and then halving: a probe that fails scans the whole text,
    so there are few of those. Only the first piece may wrap to the start of the text.
    """

    def find(last: int) -> int:
        needle = " ".join(words[first:last])
        return _find(text, needle, position) if wrap else text.find(needle, position)

    found = find(first + 1)
    if found < 0:
        return None
    good, bad, step = first + 1, len(words) + 1, 1
    while good + step < bad:
        probe = min(good + step, len(words))
        at = find(probe)
        if at < 0:
            bad = probe
            break
        good, found, step = probe, at, step * 2
        if probe == len(words):
            return good, found
    while bad - good > 1:
        middle = (good + bad) // 2
        at = find(middle)
        if at < 0:
            bad = middle
        else:
            good, found = middle, at
    return good, found


def coverage(pieces: Sequence[Piece], spans: Iterable[Piece]) -> float:
    """The share of the characters of ``pieces`` that ``spans`` cover (0.0 for no pieces).

    >>> coverage([(0, 10)], [(5, 20), (0, 2)])
    0.7
    """
    total = sum(end - start for start, end in pieces)
    if not total:
        return 0.0
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    covered = sum(
        max(0, min(end, span_end) - max(start, span_start))
        for start, end in pieces
        for span_start, span_end in merged
    )
    return covered / total


def facts_of_kind(facts: Iterable[Any], kind: str) -> list[Any]:
    """The facts of one record kind: their ``kind`` attribute, else their class name in snake case.

    Duck-typed on purpose, so that a scorer can be written before the record class exists.

    >>> from newsfacts.records import Quote, Span
    >>> len(facts_of_kind([Quote(span=Span(start=0, end=4), text="ab")], "quote"))
    1
    """
    return [fact for fact in facts if _kind(fact) == kind]


_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _kind(fact: Any) -> str:
    kind = getattr(fact, "kind", None)
    if isinstance(kind, str):
        return kind
    return _CAMEL_BOUNDARY.sub("_", type(fact).__name__).lower()


def greedy_pairs(
    scores: Mapping[tuple[int, int], float], accept: Callable[[float], bool]
) -> dict[int, int]:
    """Match gold to predicted items one to one, best score first; ``{gold: predicted}``.

    >>> greedy_pairs({(0, 0): 0.9, (1, 0): 0.95, (0, 1): 0.7}, lambda score: score > 0.5)
    {1: 0, 0: 1}
    """
    pairs: dict[int, int] = {}
    used: set[int] = set()
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    for (gold, predicted), score in ranked:
        if accept(score) and gold not in pairs and predicted not in used:
            pairs[gold] = predicted
            used.add(predicted)
    return pairs
