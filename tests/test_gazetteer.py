"""Tests for the offline gazetteer: the table, the curated names and the guards."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from newsfacts import countries, gazetteer
from newsfacts.gazetteer import Place, demonym, lookup, normalize_name, resolve
from newsfacts.serialize import from_dict, from_json, to_dict, to_json


@pytest.mark.parametrize(
    ("name", "country", "category"),
    [
        ("Pyongyang", "KP", "city"),
        ("North Korea", "KP", "country"),
        ("Tokyo", "JP", "city"),
        ("Hanoi", "VN", "city"),
        ("Singapore", "SG", "country"),
        ("Seoul", "KR", "city"),
        ("Washington", "US", "city"),
        ("South Korea", "KR", "country"),
        ("Japan", "JP", "country"),
        ("Vietnam", "VN", "country"),
    ],
)
def test_places_of_a_diplomatic_trip_story(name: str, country: str, category: str) -> None:
    place = resolve(name)
    assert place is not None
    assert (place.country, place.category) == (country, category)


def test_washington_is_the_capital_before_the_state_and_other_towns() -> None:
    places = lookup("Washington")
    assert places[0].admin1 == "DC"
    assert places[0].latitude == pytest.approx(38.9, abs=0.05)
    assert places[1].category == "region"
    assert places[1].admin1 == "WA"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("SEOUL", "Seoul"),
        ("RIO DE JANEIRO", "Rio de Janeiro"),
        ("HONG KONG", "Hong Kong"),
        ("Sao Paulo", "São Paulo"),
        ("ZURICH", "Zürich"),
        ("Peking", "Beijing"),
        ("Bombay", "Mumbai"),
        ("Kiev", "Kyiv"),
    ],
)
def test_dateline_capitals_accents_and_former_names(printed: str, expected: str) -> None:
    place = resolve(printed, prefer="city")
    assert place is not None
    assert place.name == expected


@pytest.mark.parametrize("word", ["the", "The", "THE", "can", "Can", "she", "She", "May", "MAY"])
def test_stop_words_are_never_places(word: str) -> None:
    assert lookup(word) == ()
    assert resolve(word) is None


@pytest.mark.parametrize(("lower", "capitalised"), [("reading", "Reading"), ("nice", "Nice")])
def test_capitalisation_gate(lower: str, capitalised: str) -> None:
    assert lookup(lower) == ()
    assert lookup(capitalised)
    assert lookup(capitalised.upper()) == lookup(capitalised)


def test_victoria_only_when_capitalised() -> None:
    assert lookup("victoria") == ()
    assert {place.country for place in lookup("Victoria")} >= {"AU", "CA", "HK"}


def test_towns_named_by_everyday_words_need_a_hint() -> None:
    assert lookup("Police") == ()
    police = resolve("Police", country_hint="PL")
    assert police is not None
    assert police.category == "city"
    assert [place.country for place in lookup("Reading")] == ["GB"]
    reading = resolve("READING", country_hint="Penn.")
    assert reading is not None
    assert (reading.country, reading.admin1) == ("US", "PA")


@pytest.mark.parametrize(
    "form",
    ["U.S.", "US", "USA", "U.S.A.", "United States", "United States of America", "the U.S."],
)
def test_united_states_forms(form: str) -> None:
    place = resolve(form)
    assert place is not None
    assert (place.name, place.category) == ("United States", "country")


@pytest.mark.parametrize("form", ["us", "Us", "usa"])
def test_abbreviations_only_as_printed_or_in_capitals(form: str) -> None:
    assert lookup(form) == ()


@pytest.mark.parametrize(
    ("form", "country"),
    [
        ("DPRK", "KP"),
        ("Viet Nam", "VN"),
        ("Britain", "GB"),
        ("U.K.", "GB"),
        ("Burma", "MM"),
        ("the Netherlands", "NL"),
        ("Holland", "NL"),
        ("the Philippines", "PH"),
        ("Bosnia-Hercegovina", "BA"),
    ],
)
def test_country_short_forms(form: str, country: str) -> None:
    place = resolve(form)
    assert place is not None
    assert (place.country, place.category) == (country, "country")


def test_the_north_only_in_a_korean_context() -> None:
    assert lookup("the North") == ()
    assert resolve("the North") is None
    assert resolve("the North", country_hint="US") is None
    north = resolve("the North", country_hint="KR")
    south = resolve("the South", country_hint="KP")
    assert north is not None
    assert south is not None
    assert (north.country, south.country) == ("KP", "KR")
    assert resolve("the north", country_hint="KR") is None


def test_country_hint_picks_among_namesakes() -> None:
    georgia = resolve("Georgia")
    assert georgia is not None
    assert (georgia.country, georgia.category) == ("GE", "country")
    state = resolve("Georgia", country_hint="US")
    assert state is not None
    assert (state.country, state.category, state.admin1) == ("US", "region", "GA")
    victoria = resolve("Victoria", country_hint="Canada")
    assert victoria is not None
    assert (victoria.country, victoria.category) == ("CA", "city")


@pytest.mark.parametrize(
    ("city", "hint", "country", "admin1"),
    [
        ("CAGUAS", "Puerto Rico", "PR", None),
        ("PORTLAND", "Ore.", "US", "OR"),
        ("PORTLAND", "Maine", "US", "ME"),
        ("ROCHESTER", "N.Y.", "US", "NY"),
        ("ROCHESTER", "MINN.", "US", "MN"),
        ("BOCA RATON", "Fla", "US", "FL"),
        ("CALGARY", "Alberta", "CA", "01"),
        ("LONDON", "Ont.", "CA", "08"),
        ("KAIFENG", "Henan", "CN", "09"),
        ("HANOVER", "West Germany", "DE", None),
    ],
)
def test_dateline_region_hints(city: str, hint: str, country: str, admin1: str | None) -> None:
    place = resolve(city, country_hint=hint)
    assert place is not None
    assert place.category == "city"
    assert place.country == country
    if admin1 is not None:
        assert place.admin1 == admin1


def test_a_hint_is_a_constraint() -> None:
    assert resolve("Tokyo", country_hint="FR") is None
    assert resolve("Tokyo", country_hint="Atlantis") is None


def test_prefer_a_kind() -> None:
    kuwait = resolve("Kuwait")
    city = resolve("Kuwait", prefer="city")
    assert kuwait is not None
    assert city is not None
    assert (kuwait.category, city.category) == ("country", "city")
    assert city.name == "Kuwait City"


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("North Korean", "North Korea"),
        ("North Koreans", "North Korea"),
        ("Vietnamese", "Vietnam"),
        ("American", "United States"),
        ("Americans", "United States"),
        ("U.S.", "United States"),
        ("Filipino", "Philippines"),
        ("Swiss", "Switzerland"),
        ("European", "Europe"),
    ],
)
def test_demonyms(word: str, name: str) -> None:
    place = demonym(word)
    assert place is not None
    assert place.name == name


def test_american_is_never_american_samoa() -> None:
    american = demonym("American")
    assert american is not None
    assert american.country == "US"
    samoa = resolve("American Samoa")
    assert samoa is not None
    assert samoa.country == "AS"


@pytest.mark.parametrize("word", ["american", "french", "Speaker", "Smith"])
def test_not_demonyms(word: str) -> None:
    assert demonym(word) is None


def test_regions_and_continents() -> None:
    europe = resolve("Europe")
    mideast = resolve("Middle East")
    texas = resolve("Texas")
    assert europe is not None
    assert mideast is not None
    assert texas is not None
    assert (europe.category, europe.country) == ("continent", None)
    assert (mideast.category, mideast.country) == ("region", None)
    assert (texas.category, texas.country, texas.admin1) == ("region", "US", "TX")


def test_country_records_carry_capital_and_continent() -> None:
    japan = resolve("Japan")
    assert japan is not None
    assert (japan.capital, japan.continent, japan.geonameid) == ("Tokyo", "AS", 1861060)
    hanoi = resolve("Hanoi")
    assert hanoi is not None
    assert hanoi.continent == "AS"
    assert hanoi.population is not None
    assert hanoi.population > 1_000_000


def test_every_curated_target_is_in_the_table() -> None:
    for country in countries.COUNTRY_NAMES:
        assert any(place.country == country for place in lookup(_name_of(country)))
    for country, admin1, name in countries.REGIONS:
        place = resolve(name, country_hint=country, prefer="region")
        assert place is not None
        assert (place.country, place.admin1, place.category) == (country, admin1, "region")
    for form in countries.EXACT_FORMS:
        assert resolve(form) is not None, form


def _name_of(country: str) -> str:
    return countries.COUNTRY_NAMES[country][0]


def test_normalize_name() -> None:
    assert normalize_name("Dar-es-Salaam") == normalize_name("DAR ES SALAAM") == "dar es salaam"
    assert normalize_name("Xi\u2019an") == "xi'an"
    assert normalize_name("St. Louis") == "st louis"


def test_no_hang_on_long_input() -> None:
    assert lookup("A" * 1_000_000) == ()
    assert demonym("x" * 1_000_000) is None


def test_place_round_trips_through_json() -> None:
    place = resolve("Hanoi")
    assert place is not None
    assert to_dict(place)["kind"] == "place"
    assert from_dict(to_dict(place)) == place
    assert from_json(to_json(place)) == place
    assert isinstance(from_json(to_json(place)), Place)


def test_importing_newsfacts_does_not_load_the_table() -> None:
    script = textwrap.dedent(
        """
        import newsfacts
        from newsfacts import gazetteer
        assert gazetteer._table.cache_info().currsize == 0
        newsfacts.parse("TOKYO, March 3 (Kyodo) -- Talks resumed.")
        assert gazetteer._table.cache_info().currsize == 0
        assert gazetteer.resolve("Tokyo").country == "JP"
        assert gazetteer._table.cache_info().currsize == 1
        print("loaded once")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded once"


def test_lookup_is_cached_and_loads_once() -> None:
    assert lookup("Tokyo") is lookup("Tokyo")
    assert gazetteer._table() is gazetteer._table()
