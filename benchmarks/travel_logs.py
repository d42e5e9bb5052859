"""Cross-check extracted trips against the official travel logs of US Secretaries of State and
Presidents (``/work/shared/eval/travels-*.jsonl``, see the README beside them).

For every corpus story (``/work/shared/corpus/*.txt`` with ``meta.jsonl``), the itineraries
extractor runs; each predicted leg whose traveller's surname is the surname of a logged
traveller, and whose dates (or, undated, the story's date) fall within ``--window`` days of a
logged leg of that traveller, is compared with the closest logged leg: does the country agree,
and do the start and end agree where the leg has them? Prints the counts, then each compared
leg. Exits 0 with a message when the logs or the corpus are absent.

    python benchmarks/travel_logs.py [--corpus DIR] [--logs DIR] [--window DAYS]
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import newsfacts
from newsfacts import gazetteer
from newsfacts.records import Itinerary

DEFAULT_CORPUS = Path("/work/shared/corpus")
DEFAULT_LOGS = Path("/work/shared/eval")


def _surname(name: str) -> str:
    words = [word for word in name.replace(".", " ").split() if word[:1].isupper()]
    words = [word for word in words if word not in ("Jr", "Sr", "II", "III")]
    return words[-1].lower() if words else ""


#: Log country ids whose names the gazetteer does not know by any spelling the log gives.
_ID_CODES = {
    "korea-south": "KR",
    "german-democratic-republic": "DE",
    "west-bank": "PS",
    "palestinian-authority": "PS",
    "congo-kinshasa": "CD",
    "czechoslovakia": "CZ",
    "yugoslavia": "RS",
    "holy-see": "VA",
}
_PARENTHESIS = re.compile(r"\s*\((?P<inner>[^)]*)\)")


def _country_code(name: str | None, country_id: str | None = None) -> str | None:
    """The ISO code of a logged country, trying the spellings the log gives: the name
    (*U.S.S.R.*), without its note (*Burma (Myanmar)*) or its note alone, the part before a
    comma (*China, People's Republic of*), then the log's country id (*russia*)."""
    if country_id in _ID_CODES:
        return _ID_CODES[country_id]
    spellings = []
    if name:
        bare = _PARENTHESIS.sub("", name)
        inner = _PARENTHESIS.search(name)
        spellings += [name, bare, bare.split(",")[0]]
        if inner is not None:
            spellings.append(inner["inner"])
    if country_id:
        spellings.append(country_id.replace("-", " ").title())
    for spelling in spellings:
        place = gazetteer.resolve(spelling, prefer="country")
        if place is not None and place.category == "country":
            return place.country
    return None


def load_logs(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Logged legs by traveller surname, with ISO country codes and dates parsed."""
    by_surname: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(folder.glob("travels-*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                try:
                    row["start"] = datetime.date.fromisoformat(row["start_date"])
                    row["end"] = datetime.date.fromisoformat(row["end_date"] or row["start_date"])
                except (TypeError, ValueError):
                    continue
                row["code"] = _country_code(row.get("country"), row.get("country_id"))
                by_surname.setdefault(_surname(row["name"]), []).append(row)
    return by_surname


def _distance(day: datetime.date, row: dict[str, Any]) -> int:
    start: datetime.date = row["start"]
    end: datetime.date = row["end"]
    if start <= day <= end:
        return 0
    return min(abs((day - start).days), abs((day - end).days))


def compare(
    trips: list[Itinerary],
    published: datetime.date,
    logs: dict[str, list[dict[str, Any]]],
    window: int,
) -> list[dict[str, Any]]:
    """One comparison per predicted leg that a logged trip lies near."""
    rows = []
    for trip in trips:
        if trip.status not in ("planned", "ongoing", "completed") or not trip.traveler:
            continue
        logged = logs.get(_surname(trip.traveler), [])
        for leg in trip.legs:
            if leg.start is None and leg.end is None and trip.status == "completed":
                continue  # an undated earlier trip has no day to compare
            anchor = leg.start or leg.end or published
            near = [row for row in logged if _distance(anchor, row) <= window]
            if not near:
                continue
            same_country = [row for row in near if row["code"] == leg.country]
            best = min(same_country or near, key=lambda row: _distance(anchor, row))
            rows.append(
                {
                    "traveler": trip.traveler,
                    "place": leg.place,
                    "country": leg.country,
                    "logged": (best["code"], best["locale"], str(best["start"]), str(best["end"])),
                    "country_agrees": best["code"] == leg.country,
                    "start_agrees": None if leg.start is None else leg.start == best["start"],
                    "end_agrees": None if leg.end is None else leg.end == best["end"],
                    "start": str(leg.start) if leg.start else None,
                    "end": str(leg.end) if leg.end else None,
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the cross-check and print agreement counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--logs", type=Path, default=DEFAULT_LOGS)
    parser.add_argument("--window", type=int, default=10)
    args = parser.parse_args(argv)
    meta_path = args.corpus / "meta.jsonl"
    if not meta_path.exists() or not list(args.logs.glob("travels-*.jsonl")):
        print(f"skipped: no corpus at {args.corpus} or no travel logs in {args.logs}")
        return 0
    logs = load_logs(args.logs)
    with meta_path.open(encoding="utf-8") as lines:
        meta = [json.loads(line) for line in lines]
    compared: list[tuple[str, dict[str, Any]]] = []
    stories = 0
    for entry in meta:
        path = args.corpus / entry["file"]
        if not path.exists() or not entry.get("published"):
            continue
        published = datetime.date.fromisoformat(entry["published"][:10])
        article = newsfacts.parse(path.read_text(encoding="utf-8"), published=published)
        found = newsfacts.extract(article, only="itineraries")
        trips = [fact for fact in found if isinstance(fact, Itinerary)]
        stories += 1
        compared += [(entry["file"], row) for row in compare(trips, published, logs, args.window)]
    counts: Counter[str] = Counter()
    for _, row in compared:
        counts["legs compared"] += 1
        counts["country agrees"] += row["country_agrees"]
        for end in ("start", "end"):
            if row[f"{end}_agrees"] is not None:
                counts[f"{end} given"] += 1
                counts[f"{end} agrees"] += row[f"{end}_agrees"]
    print(
        f"{stories} stories; legs of logged travellers near a logged trip (window {args.window} d)"
    )
    for key in ("legs compared", "country agrees", "start given", "start agrees", "end given"):
        print(f"  {key:16} {counts[key]}")
    print(f"  {'end agrees':16} {counts['end agrees']}")
    for name, row in compared:
        marks = "".join(
            "?" if row[key] is None else ("=" if row[key] else "x")
            for key in ("country_agrees", "start_agrees", "end_agrees")
        )
        print(
            f"  [{marks}] {name}: {row['traveler']} {row['place']} ({row['country']}) "
            f"{row['start']}..{row['end']}  log: {' '.join(str(part) for part in row['logged'])}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
