"""The built-in itineraries extractor on invented wire copy, run through the real plugin host."""

from __future__ import annotations

import datetime

import pytest

import newsfacts
from newsfacts.records import Itinerary, Leg
from newsfacts.testing import isolated_host

D = datetime.date
# 2018-03-06 is a Tuesday.
PUBLISHED = "2018-03-06"


def trips(text: str, published: str = PUBLISHED) -> list[Itinerary]:
    """The itineraries of ``text``, with every span checked against the text."""
    with isolated_host(builtins=True):
        found = newsfacts.extract(newsfacts.parse(text, published=published), only="itineraries")
    result = [record for record in found if isinstance(record, Itinerary)]
    assert len(result) == len(found)
    for trip in result:
        assert trip.extractor == "itineraries"
        if trip.traveler_span is not None:
            assert trip.traveler_span.end <= len(text)
        for leg in trip.legs:
            _check_leg(text, leg)
        for trigger in trip.triggers:
            assert trip.span.contains(trigger)
    return result


def _check_leg(text: str, leg: Leg) -> None:
    assert leg.place_span.of(text) == leg.place
    if leg.purpose is not None:
        assert leg.purpose_span is not None
        assert leg.purpose_span.of(text) == leg.purpose
    assert len(leg.counterparts) == len(leg.counterpart_spans)
    for name, span in zip(leg.counterparts, leg.counterpart_spans, strict=True):
        assert span.of(text) == name
    assert (leg.start is None) == (leg.start_span is None)
    assert (leg.end is None) == (leg.end_span is None)
    if leg.start is not None and leg.end is not None:
        assert leg.start <= leg.end


def places(trip: Itinerary) -> list[tuple[str, str | None]]:
    return [(leg.place, leg.country) for leg in trip.legs]


PLANNED_TOUR = (
    "OSLO, March 6 (AP) \u2014 Norwegian Foreign Minister Ingrid Dahl will travel to Kenya on "
    "Thursday to meet with President Daniel Mwangi, the ministry said.\n\n"
    "The ministry on Monday announced Dahl's first visit to Nairobi since the election.\n\n"
    "Dahl will be in Kenya through Saturday, officials added.\n\n"
    "She made two trips to Nairobi in 2016.\n\n"
    "Dahl will travel to Kampala after Nairobi to meet with Ugandan and Rwandan officials on "
    "trade. She will then hold similar talks in Kigali with senior ministers.\n"
)


def test_planned_tour_merges_mentions_of_one_stop() -> None:
    planned, *_ = trips(PLANNED_TOUR)
    assert (planned.traveler, planned.status) == ("Ingrid Dahl", "planned")
    assert planned.role == "Norwegian Foreign Minister"
    assert places(planned) == [("Nairobi", "KE"), ("Kampala", "UG"), ("Kigali", "RW")]
    nairobi, kampala, kigali = planned.legs
    # "travel to Kenya Thursday" + "visit to Nairobi" + "in Kenya through Saturday": one leg,
    # named by the most specific place, with three mentions.
    assert (nairobi.start, nairobi.end) == (D(2018, 3, 8), D(2018, 3, 10))
    assert len(nairobi.mentions) == 3
    assert nairobi.start_span is not None
    assert PLANNED_TOUR[nairobi.start_span.start : nairobi.start_span.end] == "on Thursday"
    assert nairobi.end_span is not None
    assert "Saturday" in nairobi.end_span.of(PLANNED_TOUR)
    assert nairobi.purpose == "to meet with President Daniel Mwangi"
    assert nairobi.counterparts == ("President Daniel Mwangi",)
    assert kampala.start == D(2018, 3, 10)  # the next stop starts when the one before ends
    assert kampala.purpose == "to meet with Ugandan and Rwandan officials on trade"
    assert kampala.counterparts == ("Ugandan and Rwandan officials",)
    assert kigali.counterparts == ("senior ministers",)
    assert kigali.purpose == "hold similar talks"  # a talks trigger is its own purpose
    assert nairobi.latitude is not None
    assert nairobi.longitude is not None


def test_counted_earlier_trips_are_completed_trips_of_their_own() -> None:
    _, *earlier = trips(PLANNED_TOUR)
    assert [(trip.status, places(trip)) for trip in earlier] == [
        ("completed", [("Nairobi", "KE")]),
        ("completed", [("Nairobi", "KE")]),
    ]


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        ("is scheduled to visit Peru", "planned"),
        ("plans to travel to Peru", "planned"),
        ("is expected to arrive in Peru", "planned"),
        ("is to visit Peru", "planned"),
        ("visited Peru in 2015", "completed"),
        ("returned from Peru last month", "completed"),
        ("called off a planned visit to Peru", "cancelled"),
        ("refused to travel to Peru", "hypothetical"),
        ("would never visit Peru", "hypothetical"),
    ],
)
def test_status_from_tense_and_modality(clause: str, status: str) -> None:
    text = f"OSLO, March 6 (AP) \u2014 Dutch Trade Minister Pieter de Vries {clause}.\n"
    (trip,) = trips(text)
    assert (trip.traveler, trip.status, places(trip)) == (
        "Pieter de Vries",
        status,
        [("Peru", "PE")],
    )


def test_said_he_would_is_reported_future() -> None:
    text = (
        "OSLO, March 6 (AP) \u2014 Dutch Trade Minister Pieter de Vries said he would visit Peru.\n"
    )
    (trip,) = trips(text)
    assert trip.status == "planned"


def test_a_recent_arrival_is_a_trip_under_way_with_its_length() -> None:
    text = (
        "WELLINGTON, March 6 (AP) \u2014 Dutch Trade Minister Pieter de Vries arrived in Fiji on "
        "Monday for a three-day visit to boost fishing ties.\n"
    )
    (trip,) = trips(text)
    assert trip.status == "ongoing"
    (leg,) = trip.legs
    assert (leg.place, leg.country, leg.start, leg.end) == (
        "Fiji",
        "FJ",
        D(2018, 3, 5),
        D(2018, 3, 7),
    )
    assert leg.purpose == "to boost fishing ties"


def test_weekday_reads_by_tense_and_the_dateline_day_is_itself() -> None:
    future = (
        "OSLO, March 6 (AP) \u2014 Dutch Trade Minister Pieter de Vries will fly to Peru Tuesday.\n"
    )
    past = "OSLO, March 6 (AP) \u2014 Dutch Trade Minister Pieter de Vries flew to Peru Thursday.\n"
    assert trips(future)[0].legs[0].start == D(2018, 3, 6)
    assert trips(past)[0].legs[0].start == D(2018, 3, 1)


def test_leaving_for_a_place_ends_the_stop_before() -> None:
    text = (
        "LIMA, March 6 (AP) \u2014 Chilean President Rosa Ibarra leaves Thursday for Bolivia after "
        "two days of talks in Lima.\n"
    )
    (trip,) = trips(text)
    assert places(trip) == [("LIMA", "PE"), ("Bolivia", "BO")]
    lima, bolivia = trip.legs
    assert lima.end == bolivia.start == D(2018, 3, 8)


def test_range_and_order_words() -> None:
    text = (
        "PARIS, March 6 (AP) \u2014 Brazilian Foreign Minister Ana Costa is scheduled to visit "
        "Madrid from Thursday to Saturday before heading to Lisbon. Her final stop will be in "
        "Rabat on Monday.\n"
    )
    (trip,) = trips(text)
    assert trip.status == "planned"
    madrid = trip.legs[0]
    assert (madrid.place, madrid.start, madrid.end) == ("Madrid", D(2018, 3, 8), D(2018, 3, 10))
    assert madrid.start_span is not None
    assert madrid.start_span.of(text) == "from Thursday to Saturday"
    assert [leg.place for leg in trip.legs][1:] == ["Lisbon", "Rabat"]


def test_then_and_after_order_stops_across_sentences() -> None:
    text = (
        "OSLO, March 6 (AP) \u2014 Dutch Trade Minister Pieter de Vries will travel to Hanoi after "
        "Seoul. He will visit Seoul on Thursday.\n"
    )
    (trip,) = trips(text)
    assert [leg.place for leg in trip.legs] == ["Seoul", "Hanoi"]
    assert trip.legs[0].start == D(2018, 3, 8)


def test_visiting_guest_travels_and_the_host_does_not() -> None:
    text = (
        "CAIRO, March 6 (AP) \u2014 Egyptian President Omar Said met with visiting Spanish Prime "
        "Minister Luis Ortega here on Tuesday.\n"
    )
    (trip,) = trips(text)
    assert (trip.traveler, trip.status, places(trip)) == (
        "Luis Ortega",
        "ongoing",
        [("CAIRO", "EG")],
    )


def test_a_host_visiting_his_own_country_is_no_traveller() -> None:
    text = (
        "OSLO, March 6 (AP) \u2014 Dutch Trade Minister Pieter de Vries arrived in Oslo on Monday. "
        "Norwegian Prime Minister Erna Lund said she discussed fishing with him during her visit "
        "to Norway.\n"
    )
    assert [trip.traveler for trip in trips(text)] == ["Pieter de Vries"]


def test_delegation_travels_through_its_head_and_here_is_the_dateline() -> None:
    text = (
        "SEOUL, March 6 (AP) \u2014 A delegation headed by Vietnamese Deputy Prime Minister "
        "Tran Van Minh arrived here on Tuesday for a five-day official visit.\n"
    )
    (trip,) = trips(text)
    assert trip.traveler == "Tran Van Minh"
    (leg,) = trip.legs
    assert (leg.place, leg.country, leg.start, leg.end) == (
        "SEOUL",
        "KR",
        D(2018, 3, 6),
        D(2018, 3, 10),
    )


def test_region_leg_has_no_country() -> None:
    text = (
        "PARIS, March 6 (AP) \u2014 Indian Finance Minister Ravi Menon began a tour of Europe "
        "on Monday.\n"
    )
    (trip,) = trips(text)
    assert trip.status == "ongoing"
    assert places(trip) == [("Europe", None)]
    assert trip.legs[0].start == D(2018, 3, 5)


def test_pronoun_and_description_travel_through_the_entity_layer() -> None:
    text = (
        "OSLO, March 6 (AP) \u2014 Norwegian Foreign Minister Ingrid Dahl spoke on Monday.\n\n"
        "She will fly to Washington on Friday.\n"
    )
    (trip,) = trips(text)
    assert (trip.traveler, places(trip)) == ("Ingrid Dahl", [("Washington", "US")])
    assert trip.legs[0].start == D(2018, 3, 9)
    assert trip.traveler_span is not None
    assert trip.traveler_span.of(text) == "She"


def test_no_travel_no_itinerary() -> None:
    text = "OSLO, March 6 (AP) \u2014 The council met on Monday to discuss the budget for Oslo.\n"
    assert trips(text) == []


def test_huge_line_without_spaces_has_no_trigger() -> None:
    # one 1 MB word: no trigger word stands alone in it (pytest-timeout guards a hang)
    text = "OSLO, March 6 (AP) \u2014 " + "visit" * 200_000 + "\n"
    assert trips(text) == []


def _only(found: list[Itinerary], traveler: str) -> Itinerary:
    (trip,) = [trip for trip in found if trip.traveler == traveler]
    return trip


def _dates(trip: Itinerary) -> list[tuple[D | None, D | None]]:
    return [(leg.start, leg.end) for leg in trip.legs]


def test_saying_day_is_no_travel_day_and_a_described_capital_is_the_city() -> None:
    text = (
        "ROME, March 6 (AP) -- A planned trip by Italian Defence Minister Carlo Benti to Spain "
        "has been put off because it clashes with Swedish Foreign Minister Lena Berg's visit to "
        "Rome, Italian officials said Tuesday.\n\n"
        "Under a schedule released last month, Benti would visit Spain between March 12 and 14 "
        "and Berg would be in the Italian capital on March 13 and 14.\n"
    )
    found = trips(text)
    berg = _only(found, "Lena Berg")
    # "said Tuesday" dates the saying; "the Italian capital" is Rome, the same stop.
    assert (berg.status, places(berg)) == ("planned", [("Rome", "IT")])
    assert _dates(berg) == [(D(2018, 3, 13), D(2018, 3, 14))]
    assert _only(found, "Carlo Benti").status == "planned"


def test_arrival_here_with_origin_chains_the_stops_by_date() -> None:
    text = (
        "OTTAWA, March 6 (AFP) -- Chilean Foreign Minister Pablo Ruiz will rest in Ottawa on "
        "medical advice, the ministry said Tuesday.\n\n"
        "Canadian officials said Ruiz had a busy schedule following his arrival here Sunday "
        "directly from Lima.\n\n"
        "The Chilean minister will fly to Montreal on Thursday for talks on trade, officials "
        "said.\n\nHe is to leave Friday for Chile.\n"
    )
    (trip,) = trips(text)
    assert (trip.traveler, trip.status) == ("Pablo Ruiz", "ongoing")
    assert places(trip) == [("Lima", "PE"), ("OTTAWA", "CA"), ("Montreal", "CA"), ("Chile", "CL")]
    # Arrived Sunday (the past, as he is here now); each move ends the stop before.
    assert _dates(trip) == [
        (None, D(2018, 3, 4)),
        (D(2018, 3, 4), D(2018, 3, 8)),
        (D(2018, 3, 8), D(2018, 3, 9)),
        (D(2018, 3, 9), None),
    ]


def test_fronted_clause_subject_and_where_clause_stop() -> None:
    text = (
        "LISBON, March 6 (AP) -- Prime Minister Anna Kell is on the third day of her five-day "
        "tour of Europe.\n\n"
        "Before visiting Spain, Kell made a surprise visit to Portugal, where she met leaders "
        "in Porto.\n"
    )
    (trip,) = trips(text)
    assert trip.traveler == "Anna Kell"
    assert set(places(trip)) == {("Spain", "ES"), ("Porto", "PT")}


def test_groups_travel_under_their_organisations_name() -> None:
    # Gold names an agency's team by the agency (INS agents, an IMF team).
    experts = trips(
        "BEIJING, March 6 (Xinhua) -- Bird flu fears are rising, said an expert with the World "
        "Health Organization (WHO) here on Tuesday.\n\n"
        "Last month, five WHO experts went to central China's Hunan Province to look into "
        "three cases.\n"
    )
    assert [(t.traveler, t.status, places(t)) for t in experts] == [
        ("World Health Organization", "completed", [("Hunan Province", "CN")])
    ]
    (agents,) = trips(
        "WASHINGTON, March 6 (AP) -- The United States has dispatched FBI agents to Kenya to "
        "investigate the blasts.\n"
    )
    assert (agents.traveler, agents.status, places(agents)) == (
        "FBI",
        "ongoing",
        [("Kenya", "KE")],
    )


def test_unnamed_subjects_are_no_travellers() -> None:
    assert (
        trips(
            "HAVANA, March 6 (AP) -- Cuban President Raul Ortega announced on Tuesday that the "
            "boy's father was ready to travel to the United States.\n"
        )
        == []
    )
    assert (
        trips(
            'LONDON, March 6 (AP) -- The paper printed the form. "Did you pay anyone after you '
            'arrived in the UK?" it asks.\n'
        )
        == []
    )


def test_loose_objects_name_the_stops_of_a_tour() -> None:
    (trip,) = trips(
        "LONDON, March 6 (AP) -- Chancellor Tom Reed visited schools in Nairobi on Monday. He "
        "will visit an orphanage in Tanzania and a clinic in Mozambique before chairing a "
        "meeting of the commission in Cape Town.\n"
    )
    assert places(trip) == [
        ("Nairobi", "KE"),
        ("Tanzania", "TZ"),
        ("Mozambique", "MZ"),
        ("Cape Town", "ZA"),
    ]


def test_companions_get_the_same_legs() -> None:
    found = trips(
        "TOKYO, March 6 (Reuters) -- Prime Minister Kenji Mori will make an official visit to "
        "the United States from March 20. Foreign Minister Taro Kondo will accompany Mori, "
        "officials said.\n"
    )
    assert [(t.traveler, places(t)) for t in found] == [
        ("Kenji Mori", [("United States", "US")]),
        ("Taro Kondo", [("United States", "US")]),
    ]
    pair = trips(
        "JERUSALEM, March 6 (AP) -- Two aides to the prime minister, adviser Uri Adler and "
        "Cabinet Secretary Dan Nevo, left for Europe on Tuesday, the newspaper said.\n"
    )
    assert sorted(t.traveler or "" for t in pair) == ["Dan Nevo", "Uri Adler"]
    assert all(places(t) == [("Europe", None)] for t in pair)


def test_vehicle_is_no_traveller_and_counted_trips_before_a_noun() -> None:
    found = trips(
        "BEIJING, March 6 (Xinhua) -- US President Dan Ford arrived here Tuesday for a "
        "three-day visit to China. Ford's presidential plane Air Force One landed at Beijing's "
        "main airport. This is Ford's third China trip as president.\n"
    )
    assert {trip.traveler for trip in found} == {"Dan Ford"}
    current, *earlier = found
    assert (current.status, places(current)) == ("ongoing", [("BEIJING", "CN")])
    assert _dates(current) == [(D(2018, 3, 6), D(2018, 3, 8))]
    # "third China trip": two trips before this one
    assert [(t.status, places(t)) for t in earlier] == [("completed", [("China", "CN")])] * 2


def test_place_left_named_inside_the_trigger() -> None:
    (trip,) = trips(
        "SEOUL, March 6 (Reuters) -- Talks went well, said British trade minister Paul Hart, "
        "who left Tokyo yesterday for South Korea.\n"
    )
    assert trip.traveler == "Paul Hart"
    assert [leg.country for leg in trip.legs] == ["JP", "KR"]
    assert _dates(trip) == [(None, D(2018, 3, 5)), (D(2018, 3, 5), None)]


def test_undated_departure_is_under_way_and_a_city_time_is_no_stop() -> None:
    text = (
        "MANILA, March 6 (Xinhua) -- President Rosa Cruz left at about 5 p.m. Manila time for "
        "Hanoi to attend the summit.\n"
    )
    (trip,) = trips(text)
    assert (trip.status, places(trip)) == ("ongoing", [("Hanoi", "VN")])
    # the departure is the story's news: it happened on the story's day
    assert trip.legs[0].start == D(2018, 3, 6)
    assert trip.legs[0].start_span is not None
    assert trip.legs[0].start_span.of(text).startswith("left")


def test_going_to_before_a_verb_is_no_journey() -> None:
    assert (
        trips(
            "DHAKA, March 6 (Xinhua) -- President Ali Khan told the envoy that the polls "
            "were going to be held on time.\n"
        )
        == []
    )


def test_an_earlier_visit_a_week_ago_is_dated_and_kept_apart() -> None:
    current, earlier = trips(
        "BEIJING, March 6 (Xinhua) -- US envoy Tom Hale arrived here Tuesday. A week ago, Hale "
        "came to the Chinese capital and met officials.\n"
    )
    assert (current.status, earlier.status) == ("ongoing", "completed")
    # "the Chinese capital" is called by the name the story gives it (the dateline's).
    assert places(earlier) == [("BEIJING", "CN")]
    assert earlier.legs[0].start == D(2018, 2, 27)


def test_days_after_a_tour_began_orders_and_dates_the_first_stop() -> None:
    (trip,) = trips(
        "JERUSALEM, March 6 (AFP) -- French candidate Marie Duval arrived in Israel Tuesday, "
        "three days after kicking off a Middle East tour in neighbouring Jordan.\n\n"
        "An official said Duval was expected in Israel for a 48-hour stay.\n"
    )
    assert (trip.traveler, trip.status) == ("Marie Duval", "ongoing")
    # the stop in the dateline's country is called by the dateline's city
    assert places(trip) == [("Jordan", "JO"), ("JERUSALEM", "IL")]
    assert _dates(trip) == [(D(2018, 3, 3), D(2018, 3, 6)), (D(2018, 3, 6), D(2018, 3, 7))]


def test_country_stop_named_by_the_city_the_traveller_is_put_in() -> None:
    (trip,) = trips(
        "NAIROBI, March 6 (AP) -- Secretary of State Joan Pike arrived here Tuesday.\n\n"
        "Pike spent about five hours in Tanzania before heading to Nairobi.\n\n"
        "In Dar es Salaam, she laid a wreath at the embassy.\n"
    )
    assert trip.traveler == "Joan Pike"
    assert places(trip) == [("Dar es Salaam", "TZ"), ("NAIROBI", "KE")]


def test_trigger_heads_come_from_the_word_lists() -> None:
    from newsfacts.extractors._travel_triggers import _head_words

    assert _head_words([r"(?:leave|left)\s(?:for|to)", r"(?:(?:is|are)\sdue|go)\sback"]) == {
        "leave",
        "left",
        "is",
        "are",
        "go",
    }
    with pytest.raises(ValueError, match="plain"):
        _head_words([r"(?:\w+)\sto"])


def test_pathological_input_gives_no_trip_without_a_traveller() -> None:
    # a 1 MB word, then one sentence of 20,000 triggers that nobody makes
    text = "OSLO, March 6 (AP) -- " + "x" * 1_000_000 + "\n\n" + "visit to Oslo and " * 20_000
    assert trips(text + "\n") == []


def test_a_long_sentence_of_many_clues_is_one_trip_each() -> None:
    # 1,600 clues in one sentence (speed is measured in benchmarks/, not here)
    text = "OSLO, March 6 (AP) -- " + "Minister Ana Ruiz and Bo Li visit Oslo, " * 1_600
    found = trips(text + "today.\n")
    assert [(trip.traveler, trip.status, len(trip.triggers)) for trip in found] == [
        ("Ana Ruiz", "ongoing", 1_600),
        ("Bo Li", "ongoing", 1_600),
    ]
    for trip in found:
        assert places(trip) == [("Oslo", "NO")]
        assert len(trip.legs[0].mentions) == 1_600
        assert trip.legs[0].start == D(2018, 3, 6)


def test_news_conference_place_is_a_stop_only_for_a_traveller() -> None:
    (trip,) = trips(
        "JERUSALEM, March 6 (AP) -- President Dan Ford wrapped up his visit to Israel on "
        "Tuesday. Ford said later at a news conference in Amman that talks had gone well.\n"
    )
    assert places(trip) == [("JERUSALEM", "IL"), ("Amman", "JO")]
    assert (
        trips(
            "OSLO, March 6 (AP) -- Minister Ola Berg said at a news conference in Bergen that "
            "taxes would fall.\n"
        )
        == []
    )


def test_first_stop_names_only_the_first_place_of_the_tour() -> None:
    (trip,) = trips(
        "BANGKOK, March 6 (AFP) -- Defence Secretary Ray Cole, on the first stop of a "
        "five-day visit to Thailand and Vietnam, met troops on Tuesday.\n"
    )
    assert places(trip) == [("BANGKOK", "TH"), ("Vietnam", "VN")]


def test_a_trip_completed_before_the_next_flight_comes_first() -> None:
    (trip,) = trips(
        "BRASILIA, March 6 (Reuters) -- Finance Minister Joao Melo, who is in Lisbon today, "
        "will fly to Tokyo on Sunday, after having completed a week-long trip to France and "
        "Spain.\n"
    )
    assert [leg.country for leg in trip.legs] == ["FR", "ES", "PT", "JP"]


def test_a_listed_country_named_by_the_city_keeps_its_place_in_the_list() -> None:
    found = trips(
        "BRASILIA, March 6 (Reuters) -- Finance Minister Joao Melo, who is in Madrid today, "
        "will fly to Tokyo on Sunday, after having completed a week-long trip to France, Spain "
        "and Italy.\n\n"
        "Melo, who is accompanied by Central Bank governor Rui Prado, met only with government "
        "officials.\n"
    )
    listed = [("France", "FR"), ("Madrid", "ES"), ("Italy", "IT")]
    # the governor is put on the week-long trip only, not on the flight to Tokyo after it
    assert [(t.traveler, places(t)) for t in found] == [
        ("Joao Melo", [*listed, ("Tokyo", "JP")]),
        ("Rui Prado", listed),
    ]


def test_a_travelling_pronoun_is_the_last_traveller_named_and_its_city_joins_its_country() -> None:
    found = trips(
        "Prime Minister Tom Hale has arrived back from his mission to the Middle East.\n\n"
        "Mr Hale held talks with his Israeli counterpart, Ari Golan, and the Palestinian "
        "leader. Earlier, Mr Golan said he had not seen progress. Before visiting Israel, "
        "Mr Hale made a surprise visit to Iraq, where he met leaders in Baghdad during his "
        "first trip to the city. He was briefed on the vote. He also flew to Basra in "
        "southern Iraq.\n"
    )
    assert [(t.traveler, [leg.place for leg in t.legs]) for t in found] == [
        ("Tom Hale", ["Baghdad", "Basra", "Israel"])
    ]
    # A person named since the last traveller keeps the pronoun.
    (first, second) = trips(
        "MADRID, March 6 (AP) -- Foreign Minister Ana Ruiz visited Rabat on Monday. "
        "Interior Minister Luis Vega met the press in Madrid. He will travel to Lisbon "
        "on Friday.\n"
    )
    assert (first.traveler, second.traveler) == ("Ana Ruiz", "Luis Vega")


def test_a_sovereign_travels_under_the_style_printed_with_the_name() -> None:
    (pope,) = trips(
        "ROME, March 6 (AFP) -- Pope Gregory will visit Malta on Friday, the Vatican said.\n"
    )
    assert (pope.traveler, places(pope)) == ("Pope Gregory", [("Malta", "MT")])
    (minister,) = trips(
        "ROME, March 6 (AFP) -- Prime Minister Carlo Neri will visit Malta on Friday.\n"
    )
    assert minister.traveler == "Carlo Neri"


def test_an_engagement_in_a_city_is_a_one_day_stop_of_a_traveller_on_the_move() -> None:
    (trip,) = trips(
        "OSLO, March 6 (AFP) -- Norwegian Foreign Minister Ana Ruiz arrived in Israel on "
        "Monday for a three-day visit.\n\n"
        "She was due to meet with students at the Norwegian school in Gaza City on Tuesday "
        "morning and hold talks with officials.\n"
    )
    assert places(trip) == [("Israel", "IL"), ("Gaza City", "PS")]
    assert (trip.legs[1].start, trip.legs[1].end) == (D(2018, 3, 6), D(2018, 3, 6))
    # No journey of their own: an engagement alone is no trip.
    assert trips("OSLO, March 6 (AP) -- Mayor Jon Berg is due to open a bridge in Bergen.\n") == []


def test_bases_named_by_their_places_a_title_subject_and_the_dateline_stop_before() -> None:
    (trip,) = trips(
        "TOKYO, March 6 (AFP) -- US Defense Secretary Ray Cole, on the first stop of a "
        "five-day visit to Japan and Korea, met troops on Tuesday.\n\n"
        "Officials said the talks went well.\n\nThey covered trade.\n\n"
        "The US defense secretary was traveling to the US air base at Misawa and the US navy "
        "base at Yokosuka to visit troops.\n"
    )
    assert trip.traveler == "Ray Cole"
    assert places(trip) == [
        ("TOKYO", "JP"),
        ("Misawa", "JP"),
        ("Yokosuka", "JP"),
        ("Korea", "KR"),
    ]


def test_a_proposal_that_someone_stay_somewhere_is_no_plan_of_theirs() -> None:
    (trip,) = trips(
        "HAVANA, March 6 (AP) -- President Raul Ortiz has suggested that Foreign Minister "
        "Ana Ruiz and her aides stay at the embassy residence in Washington.\n"
    )
    assert (trip.traveler, trip.status, places(trip)) == (
        "Ana Ruiz",
        "hypothetical",
        [("Washington", "US")],
    )
    (visit,) = trips(
        "TOKYO, March 6 (AP) -- Officials suggested that Prime Minister Ken Mori make an "
        "effort to present new proposals on trade when he visits Washington on Friday.\n"
    )
    assert visit.status == "planned"


def test_a_dated_whirlwind_visit_to_a_region_dates_every_stop_that_day() -> None:
    (trip,) = trips(
        "NAIROBI, Kenya (AP) _ Secretary of State Joan Pike paid tribute Tuesday to bombing "
        "victims on a whirlwind visit to East Africa.\n\n"
        "Pike spent about five hours in Tanzania before heading to Nairobi in a small plane.\n\n"
        "In Dar es Salaam, she laid a wreath at the embassy.\n"
    )
    assert [leg.country for leg in trip.legs] == ["TZ", "KE"]
    assert all((leg.start, leg.end) == (D(2018, 3, 6), D(2018, 3, 6)) for leg in trip.legs)
    # A visit to a place described, not named, dates no other stop.
    (island,) = trips(
        "TAIPEI, March 6 (AFP) -- Speaker Tom Reed met the president Tuesday at the start of a "
        "whirlwind visit to the island.\n\nReed will travel to Manila on Friday.\n"
    )
    assert island.legs[-1].start == D(2018, 3, 9)
    assert island.legs[-1].end is None


def test_a_comma_inside_quotation_marks_does_not_end_a_purpose() -> None:
    text = (
        "LIMA, March 6 (AP) \u2014 Foreign Minister Ana Ruiz will travel to Chile on Thursday "
        "to sign a \u201cbroad, binding and lasting\u201d fisheries pact, her office said.\n"
    )
    (trip,) = trips(text)
    (leg,) = trip.legs
    assert leg.purpose == "to sign a \u201cbroad, binding and lasting\u201d fisheries pact"


def test_an_unclosed_quotation_does_not_stretch_a_purpose() -> None:
    text = (
        "LIMA, March 6 (AP) \u2014 Foreign Minister Ana Ruiz will travel to Chile on Thursday "
        "to sign a \u201cbroad, binding pact, her office said.\n"
    )
    (trip,) = trips(text)
    (leg,) = trip.legs
    assert leg.purpose == "to sign a \u201cbroad"
