"""The rule-based mention recognizer, on fixtures written in the wire styles."""

from __future__ import annotations

import gc
from collections import Counter

import pytest

import newsfacts
from newsfacts.entities.mentions import RuleRecognizer
from newsfacts.records import Mention

# An invented Yonhap-style story: titles before names, an appositive role, two people called
# Kim, the places of a trip, pronouns and descriptions.
TRIP = """\
Envoy to return to Pyongyang

SEOUL, Oct. 3 (Yonhap) -- US Secretary of State Mike Pompeo will fly to Pyongyang on Sunday \
for a fourth round of talks with North Korean leader Kim Jong-un, the State Department said.
White House press secretary Sarah Sanders told reporters on Tuesday that the visit would build \
on the Singapore summit between US President Donald Trump and Kim.
Pompeo will first stop in Tokyo to brief Japanese officials, and will go on to Hanoi after \
North Korea, the White House said in a statement.
Asked about the timing, Sanders said the top US diplomat would see the North Korean leader \
and his aides.
Sung Kim, a veteran negotiator and former US ambassador to Seoul, met North Korean Vice \
Foreign Minister Choe Son-hui at the border last week. She told him the North wanted progress.
Despite the talks, US National Security Adviser John Bolton said in an interview that \
sanctions would stay until Pyongyang gives up its weapons.
(Yonhap)
"""


def _mentions(text: str, published: str | None = None) -> list[Mention]:
    article = newsfacts.parse(text, published=published)
    return list(RuleRecognizer().recognize(article))


def _names(mentions: list[Mention], category: str) -> list[str]:
    return [m.name for m in mentions if m.category == category and m.name is not None]


def _first(mentions: list[Mention], name: str) -> Mention:
    return next(m for m in mentions if m.name == name)


def test_every_span_is_the_printed_text() -> None:
    mentions = _mentions(TRIP)
    assert mentions
    for mention in mentions:
        assert mention.span.of(TRIP) == mention.text
        if mention.name_span is not None:
            assert mention.name_span.of(TRIP) == mention.name
            assert mention.span.contains(mention.name_span)
    starts = [(m.span.start, m.span.end) for m in mentions]
    assert starts == sorted(starts)


def test_people_are_found_with_their_titles() -> None:
    mentions = _mentions(TRIP)
    expected = {
        "Mike Pompeo": ("US Secretary of State",),
        "Kim Jong-un": ("North Korean leader",),
        "Sarah Sanders": ("White House press secretary",),
        "Donald Trump": ("US President",),
        "Sung Kim": ("veteran negotiator and former US ambassador to Seoul",),
        "Choe Son-hui": ("North Korean Vice Foreign Minister",),
        "John Bolton": ("US National Security Adviser",),
    }
    for name, titles in expected.items():
        mention = _first(mentions, name)
        assert mention.category == "person"
        assert mention.titles == titles
    pompeo = _first(mentions, "Mike Pompeo")
    assert pompeo.text == "US Secretary of State Mike Pompeo"
    assert pompeo.country == "US"
    assert _first(mentions, "Kim Jong-un").country == "KP"


def test_surnames_alone_are_people_once_named_in_full() -> None:
    people = _names(_mentions(TRIP), "person")
    assert people.count("Pompeo") == 1
    assert people.count("Sanders") == 1
    assert people.count("Kim") == 1  # "Trump and Kim": the surname both Kims share


def test_two_people_sharing_a_surname_keep_their_full_names() -> None:
    people = set(_names(_mentions(TRIP), "person"))
    assert {"Kim Jong-un", "Sung Kim"} <= people


def test_places_carry_their_country() -> None:
    mentions = _mentions(TRIP)
    places = {(m.name, m.country) for m in mentions if m.category == "place"}
    assert {
        ("SEOUL", "KR"),  # the dateline's city
        ("Pyongyang", "KP"),
        ("North Korea", "KP"),
        ("Tokyo", "JP"),
        ("Hanoi", "VN"),
        ("Singapore", "SG"),
        ("Seoul", "KR"),
        ("the North", "KP"),  # a Korean story: the gazetteer's context rule applies
    } <= places
    # Demonyms qualify titles; they are no place mentions of their own.
    assert not any(m.category == "place" and "Korean" in m.text for m in mentions)


def test_organisations_keep_their_article_out_of_the_name() -> None:
    mentions = _mentions(TRIP)
    organisations = [m for m in mentions if m.category == "organization"]
    assert ("the State Department", "State Department") in {(m.text, m.name) for m in organisations}
    assert "White House" in {m.name for m in organisations}


def test_pronouns_with_gender() -> None:
    pronouns = [(m.text, m.gender) for m in _mentions(TRIP) if m.category == "pronoun"]
    assert ("his", "male") in pronouns
    assert ("She", "female") in pronouns
    assert ("him", "male") in pronouns
    assert ("its", None) in pronouns
    assert all(m.name is None for m in _mentions(TRIP) if m.category == "pronoun")


def test_definite_descriptions_from_the_role_lexicon() -> None:
    descriptions = {m.text: m for m in _mentions(TRIP) if m.category == "description"}
    assert descriptions["the top US diplomat"].titles == ("top US diplomat",)
    assert descriptions["the top US diplomat"].country == "US"
    assert descriptions["the North Korean leader"].country == "KP"
    # "the timing", "the talks", "the border" are no roles
    assert not {"the timing", "the talks", "the border"} & set(descriptions)


def test_sentence_openers_and_calendar_words_are_no_names() -> None:
    mentions = _mentions(TRIP)
    words = {word for m in mentions for word in m.text.split()}
    assert not {"Asked", "Despite", "Sunday", "Tuesday"} & words


def test_furniture_is_not_read_for_people() -> None:
    story = (
        "Minister quits\n\nBy Jane Doe\nAssociated Press Writer\n\n"
        "LONDON (AP) -- Finance Minister Tom Baker resigned on Friday, the government said.\n"
    )
    people = _names(_mentions(story), "person")
    assert people == ["Tom Baker"]


def test_an_all_capitals_headline_and_paragraph_give_no_names() -> None:
    story = (
        "MINISTER TOM BAKER QUITS OVER BUDGET ROW\n\n"
        "LONDON, March 2 - Finance Minister Tom Baker resigned.\n\n"
        "EDITORS NOTE STORY WILL BE UPDATED LATER BY JOHN SMITH\n"
    )
    mentions = _mentions(story)
    persons = [m for m in mentions if m.category == "person"]
    assert [m.name for m in persons] == ["Tom Baker"]
    assert all(m.span.start > story.index("LONDON") for m in persons)


def test_a_capitals_paragraph_of_possessives_and_dotted_words_gives_no_names() -> None:
    # The words of a paragraph set in capitals name no one, possessives and titles included;
    # the same words in lower case do.
    story = (
        "LONDON, March 2 - Finance Minister Tom Baker resigned.\n\n"
        "MR. BAKER'S AIDE JOHN SMITH'S BROTHER SAID BAKER'S AIDES LEFT.\n"
    )
    persons = [m.name for m in _mentions(story) if m.category == "person"]
    assert persons == ["Tom Baker"]
    lower = _mentions(
        story.replace("MR. BAKER'S AIDE JOHN SMITH'S", "Mr. Baker's aide John Smith's")
    )
    assert [m.name for m in lower if m.category == "person"][:3] == [
        "Tom Baker",
        "Baker",
        "John Smith",
    ]


def test_numbers_and_hyphenated_words_around_names_change_no_mention() -> None:
    # Words neither capitalised nor in lower case (figures, ``mid-May``, ``pro-EC``) are not
    # visited by the passes that look for names; the names around them are found all the same.
    story = (
        "LONDON (Reuters) - Finance Minister Tom Baker, 45, said in mid-May that 1,500 pro-EC "
        "workers at Acme Holdings Inc agreed. In 1987 Baker met 3 EC ministers.\n"
    )
    found = [(m.category, m.text, m.titles) for m in _mentions(story)]
    assert found == [
        ("place", "LONDON", ()),
        ("person", "Finance Minister Tom Baker", ("Finance Minister",)),
        ("organization", "Acme Holdings Inc", ()),
        ("person", "Baker", ()),
        ("organization", "EC", ()),
    ]


def test_us_in_either_spelling_is_a_place() -> None:
    mentions = _mentions(
        "WASHINGTON (AP) -- U.S. Ambassador Ann Lee met US officials. The U.S. Embassy reopened.\n"
    )
    places = [(m.text, m.country) for m in mentions if m.category == "place"]
    assert ("U.S.", "US") in places
    assert ("US", "US") in places
    assert _first(mentions, "Ann Lee").titles == ("U.S. Ambassador",)
    assert not any(m.category == "person" and "U.S." in (m.name or "") for m in mentions)


def test_organisation_names_that_hold_a_person_are_one_organisation() -> None:
    mentions = _mentions(
        "NEW YORK (AP) -- Doctors at Johns Hopkins University and a choir at the Kennedy "
        "Center said on Monday that the Ford Foundation would pay.\n"
    )
    organisations = _names(mentions, "organization")
    assert {"Johns Hopkins University", "Kennedy Center", "Ford Foundation"} <= set(organisations)
    assert _names(mentions, "person") == []


def test_organisations_of_every_kind() -> None:
    story = (
        "TOKYO (Reuters) - Toyota Motor Corp. and Acme Widgets Inc. told the Foreign Ministry "
        "and the Democratic Party on Monday that the FBI, NATO and the United Nations had been "
        "briefed, Reuters reported. State media said the Bank of Japan agreed. Toyota declined "
        "to comment.\n"
    )
    mentions = _mentions(story)
    names = set(_names(mentions, "organization"))
    assert {
        "Toyota Motor Corp.",
        "Acme Widgets Inc.",
        "Foreign Ministry",
        "Democratic Party",
        "FBI",
        "NATO",
        "United Nations",
        "Reuters",
        "Bank of Japan",
        "Toyota",  # the company's short name, once its full name is known
    } <= names
    assert not any("State media" in (m.text or "") for m in mentions)
    assert _names(mentions, "person") == []


def test_names_with_initials_particles_and_east_asian_order() -> None:
    story = (
        "BEIJING (Xinhua) -- Chinese President Xi Jinping met former US President George W. "
        "Bush, Iraqi envoy Tareq Aziz, Kenyan President Daniel arap Moi, South Korean President "
        "Moon Jae-in, Sheikh Ahmed al-Sayed and Osama bin Laden's biographer Jean de Villiers "
        "on Monday.\n"
    )
    people = set(_names(_mentions(story), "person"))
    assert {
        "Xi Jinping",
        "George W. Bush",
        "Tareq Aziz",
        "Daniel arap Moi",
        "Moon Jae-in",
        "Ahmed al-Sayed",
        "Osama bin Laden",
    } <= people


def test_gender_from_honorifics_and_gendered_roles() -> None:
    story = (
        "SYDNEY (AP) -- Mrs. Alice Grey met company chairman Paul Stone and ministry "
        "spokeswoman Jo Park. Mr. Stone said the spokeswoman agreed.\n"
    )
    mentions = _mentions(story)
    assert _first(mentions, "Alice Grey").gender == "female"
    assert _first(mentions, "Alice Grey").titles == ()  # "Mrs." is a form of address
    assert _first(mentions, "Paul Stone").gender == "male"
    assert _first(mentions, "Jo Park").gender == "female"
    stone = _first(mentions, "Stone")
    assert (stone.text, stone.gender) == ("Mr. Stone", "male")
    [description] = [m for m in mentions if m.category == "description"]
    assert (description.text, description.gender) == ("the spokeswoman", "female")


def test_unnamed_sources_are_left_to_the_attributions_extractor() -> None:
    mentions = _mentions(
        "KABUL (AP) -- A senior official said officials and sources close to the talks agreed. "
        "The official said the minister would decide.\n"
    )
    assert [m.text for m in mentions if m.category == "description"] == ["the minister"]
    assert not any(m.category == "person" for m in mentions)


def test_the_north_needs_a_korean_context() -> None:
    mentions = _mentions("DUBLIN (AP) -- Voters in the North rejected the plan.\n")
    assert not any(m.category == "place" and m.text == "the North" for m in mentions)


def test_months_and_weekdays_are_never_people() -> None:
    mentions = _mentions(
        "PARIS (AP) -- Talks set for Monday, June 4 were moved to Friday. In March Premier "
        "Anne Moreau said August would do.\n"
    )
    assert _names(mentions, "person") == ["Anne Moreau"]


def test_input_without_spaces_or_of_great_length_gives_the_right_mentions() -> None:
    # Linear time is measured in benchmarks/; here the adversarial inputs must finish (the
    # pytest timeout guards that) with the same answer as a short story would give.
    joined = _mentions("WASHINGTON (AP) -- " + "Pompeo" * 200_000 + "\n")
    assert [m.category for m in joined] == ["place"]  # the dateline alone
    long_story = "LONDON (AP) -- " + "Minister Tom Baker met the minister in Paris. " * 20_000
    counts = Counter((m.category, m.text) for m in _mentions(long_story))
    assert counts[("person", "Minister Tom Baker")] == 20_000
    assert counts[("description", "the minister")] == 20_000
    assert counts[("place", "Paris")] == 20_000
    heads = _mentions("LONDON (AP) -- " + "Ministry " * 50_000 + "\n")  # heads without end
    assert not any(m.category == "person" for m in heads)


def test_the_garbage_collector_is_restored_after_a_story() -> None:
    assert gc.isenabled()
    _mentions(TRIP)
    assert gc.isenabled()
    gc.disable()
    try:
        _mentions(TRIP)
        assert not gc.isenabled()  # a collector paused by the caller stays paused
    finally:
        gc.enable()


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "(AP)\n", "SEOUL --\n", "\u201c\u201d\n", "Mr.\n", "The the the.\n"],
)
def test_degenerate_input(text: str) -> None:
    for mention in _mentions(text):
        assert mention.span.of(text) == mention.text


# Error classes found on real copy, each on an invented fixture ------------------------------


def _of(mentions: list[Mention], category: str) -> list[str]:
    return [m.name or m.text for m in mentions if m.category == category]


def test_caption_words_never_join_a_name() -> None:
    mentions = _mentions(
        "Governor Ada Quill wrote to pupil Omar Haddad Image: Twitter / Ada Quill.\n\n"
        "Omar Haddad, 14, was pleased. Photo: Getty Images.\n"
    )
    people = _of(mentions, "person")
    assert "Omar Haddad" in people
    assert not any("Image" in name for name in people)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Nine activists died on the aid ship, Sea Falcon, when troops boarded it.\n", "Sea"),
        ("Crew of the cargo vessel Blue Heron were rescued on Monday.\n", "Blue"),
        ("The Space Shuttle Orion will fly in May, officials said.\n", "Orion"),
        ("The destroyer USS Kearny docked in the port, the navy said.\n", "Kearny"),
        ("Tourists flocked back to the Golden Lotus on Sunday.\n", "Lotus"),
    ],
)
def test_names_of_ships_works_and_sites_are_no_people(text: str, thing: str) -> None:
    assert not any(thing in name for name in _of(_mentions("PARIS (AP) -- " + text), "person"))


def test_a_person_qualifying_a_noun_after_the_is_still_a_person() -> None:
    mentions = _mentions("PARIS (AP) -- Views rose after the Ada Quill video appeared.\n")
    assert _of(mentions, "person") == ["Ada Quill"]


def test_an_unknown_place_after_in_is_a_place_not_a_person() -> None:
    mentions = _mentions("PARIS (AP) -- The convoy stopped in Vela Brda on Monday night.\n")
    assert "Vela Brda" in _of(mentions, "place")
    assert _of(mentions, "person") == []


def test_a_city_before_a_full_name_is_a_place() -> None:
    mentions = _mentions(
        "PARIS (AP) -- The rebels' representative in Nairobi Peter Okello Mbugua said the "
        "talks had failed.\n"
    )
    assert _of(mentions, "person") == ["Peter Okello Mbugua"]
    assert "Nairobi" in _of(mentions, "place")


@pytest.mark.parametrize(
    "organization",
    ["Water and Sewerage Authority", "Pressed Steel and Wire Co", "Harlowe & Tembley Partners"],
)
def test_and_joins_the_words_of_one_organisation(organization: str) -> None:
    text = f"PARIS (AP) -- The {organization} said on Monday it would appeal.\n"
    assert organization in _of(_mentions(text), "organization")


def test_and_after_a_place_does_not_join_an_organisation() -> None:
    text = "PARIS (AP) -- Britain and Allied Steel Corp signed the deal on Monday.\n"
    organizations = _of(_mentions(text), "organization")
    assert "Allied Steel Corp" in organizations
    assert not any(name.startswith("Britain") for name in organizations)


@pytest.mark.parametrize("acronym", ["POTUS", "QC", "MW", "XP", "LBO"])
def test_role_unit_and_product_acronyms_are_no_organisations(acronym: str) -> None:
    text = f"PARIS (AP) -- The {acronym} was mentioned twice in the report on Monday.\n"
    assert acronym not in _of(_mentions(text), "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Her husband, Darek, was not at home, police said.\n",
        "\u201cWe are ready,\u201d said Brambilla.\n",
    ],
)
def test_a_single_name_given_once_beside_kin_or_speech_is_a_person(text: str) -> None:
    people = _of(_mentions("PARIS (AP) -- " + text), "person")
    assert people in (["Darek"], ["Brambilla"])


def test_a_company_speaking_by_a_single_name_is_no_person() -> None:
    assert _of(_mentions("PARIS (AP) -- Quodex said profits rose.\n"), "person") == []


def test_a_country_before_an_organisation_noun_is_an_organisation() -> None:
    mentions = _mentions(
        "LIMA (AP) -- The Peruvian government said on Monday that Chilean police had "
        "arrested two men.\n"
    )
    assert _of(mentions, "organization") == ["Peruvian government", "Chilean police"]


def test_a_country_and_organisation_noun_before_a_title_make_no_organisation() -> None:
    mentions = _mentions(
        "LIMA (AP) -- Peruvian foreign ministry spokesman Luis Vega said the talks failed.\n"
    )
    assert _of(mentions, "person") == ["Luis Vega"]
    assert _of(mentions, "organization") == []


def test_a_titled_persons_given_name_beats_a_small_town_of_that_name() -> None:
    # Kamal is also a town of 20,000 in the gazetteer: the titled full name decides.
    mentions = _mentions(
        "CAIRO (AP) -- Egyptian Prime Minister Kamal Ahmed Ezzat arrived on Tuesday.\n\n"
        "Kamal, who flew in from Rome, met the president.\n"
    )
    assert _of(mentions, "person") == ["Kamal Ahmed Ezzat", "Kamal"]


@pytest.mark.parametrize(
    "organization",
    ["Forum on Pacific Trade", "Commonwealth of Island States"],
)
def test_forums_and_commonwealths_take_an_of_phrase(organization: str) -> None:
    text = f"PARIS (AP) -- Delegates of the {organization} met on Monday.\n"
    assert organization in _of(_mentions(text), "organization")


def test_a_city_newspaper_is_an_organisation() -> None:
    mentions = _mentions("PARIS (AP) -- The story ran first in the Halifax Star on Monday.\n")
    assert "Halifax Star" in _of(mentions, "organization")
    assert _of(mentions, "person") == []
