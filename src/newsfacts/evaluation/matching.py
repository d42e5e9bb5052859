"""The matching rules of the scorer: when a predicted item counts as a gold one.

- Names (bylines, sources, people) match case-insensitively, with white space collapsed,
  surrounding punctuation and a leading ``the`` dropped.
- A dateline place matches when the gold place equals the printed place or its city part
  (``NAIROBI, Kenya`` and ``NAIROBI`` both match a predicted ``NAIROBI, Kenya``).
- Dates match exactly (ISO ``YYYY-MM-DD``).
- Lists of names are matched one to one, as multisets.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Iterable

__all__ = ["match_multisets", "normalize_name", "place_matches"]

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
