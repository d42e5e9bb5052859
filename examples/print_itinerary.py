"""Print who travels where and when in a story, leg by leg.

Run from the repository root:  python examples/print_itinerary.py [FILE [PUBLISHED]]
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsfacts
from newsfacts.records import Itinerary

HERE = Path(__file__).parent


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "wire-story.txt"
    published = sys.argv[2] if len(sys.argv) > 2 else "2019-03-12"
    article = newsfacts.parse(path.read_text(encoding="utf-8"), published=published)
    for trip in newsfacts.extract(article, only=["itineraries"]):
        if not isinstance(trip, Itinerary):
            continue
        print(f"{trip.traveler or 'someone'} ({trip.status})")
        for number, leg in enumerate(trip.legs, start=1):
            country = f" ({leg.country})" if leg.country else ""
            dates = f" {leg.start or '?'} to {leg.end or '?'}" if leg.start or leg.end else ""
            purpose = f": {leg.purpose}" if leg.purpose else ""
            print(f"  {number}. {leg.place}{country}{dates}{purpose}")


if __name__ == "__main__":
    main()
