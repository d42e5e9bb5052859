"""The recognizer on classes of names that look like others: particles, regnal names, firms
named after people and photographers' credits; and its two tokenizers agreeing."""

from __future__ import annotations

import newsfacts
from newsfacts.entities import mentions
from newsfacts.entities.mentions import RuleRecognizer
from newsfacts.records import Mention


def _mentions(body: str) -> list[Mention]:
    article = newsfacts.parse("Headline\n\n" + body + "\n")
    return list(RuleRecognizer().recognize(article))


def _found(body: str, category: str) -> list[str]:
    return [m.text for m in _mentions(body) if m.category == category]


def test_a_bare_surname_after_its_particle_form_is_a_person() -> None:
    body = (
        "Interior Minister Walid al-Karami met donors in Beirut on Monday. "
        "Karami told them the fund would grow."
    )
    assert _found(body, "person") == ["Interior Minister Walid al-Karami", "Karami"]


def test_a_capitalised_arabic_particle_opening_a_sentence_stays_in_the_name() -> None:
    body = "Khalid bin Tarek left the city in 2001. Bin Tarek was never seen there again."
    assert _found(body, "person") == ["Khalid bin Tarek", "Bin Tarek"]


def test_regnal_names_are_one_person_with_their_number() -> None:
    people = _found(
        "Pope Gregory XVII arrived on Friday. Later King Faisal III spoke to reporters.",
        "person",
    )
    assert people == ["Pope Gregory XVII", "King Faisal III"]
    assert _found("Pope Gregory XVII arrived on Friday.", "organization") == []


def test_a_number_after_a_plain_word_makes_no_person() -> None:
    assert _found("Level VI covers wheat entered after January.", "person") == []


def test_known_firms_named_after_people_are_organisations() -> None:
    body = "Morgan Stanley and Goldman Sachs advised the buyer, the filing showed."
    assert _found(body, "organization") == ["Morgan Stanley", "Goldman Sachs"]
    assert _found(body, "person") == []


def test_firms_are_told_by_the_words_around_them() -> None:
    body = (
        "The deal was arranged by investment bank Carver Lindqvist. "
        "Hobart Pryce shares fell 4 percent on Monday. "
        "Dunmore Hale's chief executive declined to comment."
    )
    assert _found(body, "organization") == ["Carver Lindqvist", "Hobart Pryce", "Dunmore Hale"]
    assert _found(body, "person") == []


def test_a_firm_named_with_its_company_word_elsewhere_is_a_firm_everywhere() -> None:
    body = "Tollard Bains said profits rose. Tollard Bains Inc shares are listed in New York."
    assert _found(body, "organization") == ["Tollard Bains", "Tollard Bains Inc"]
    assert _found(body, "person") == []


def test_photographers_in_credits_are_no_people() -> None:
    body = (
        "Crowds filled the square. (Photo: Jane Roe/Reuters) "
        "Police said nobody was hurt. Photo by John Poe. AP Photo/Mark Lennox."
    )
    assert _found(body, "person") == []


def test_a_name_before_a_slash_and_a_lower_case_word_is_no_credit() -> None:
    assert _found("Jane Roe met Tom Lee and/or his aides.", "person")[-1] == "Tom Lee"


def test_ascii_and_unicode_tokenizers_cut_ascii_text_alike() -> None:
    text = (
        "Mr. O'Neill's U.S. firm, AT&T Inc. -- J.-P. Roe & Co's 3rd-quarter\tprofit\x0b"
        "rose 5.5%; e-mail: a_b@c.d (Kim's) 'quoted' X. Y.Z."
    )
    assert mentions._ASCII_SPACED_TOKEN.findall(text) == mentions._SPACED_TOKEN.findall(text)


def test_a_given_name_before_a_country_makes_a_surname_of_it() -> None:
    body = "Chuck Jordan, 61, has worked the strait for decades. Jordan said the tides had changed."
    assert _found(body, "person") == ["Chuck Jordan", "Jordan"]
    assert _found(body, "place") == []


def test_a_surname_that_is_a_country_is_the_country_after_a_preposition() -> None:
    body = (
        "Chuck Jordan, 61, met the trade envoy of Jordan on Monday. "
        "Jordan said the talks went well."
    )
    assert _found(body, "place") == ["Jordan"]
    assert _found(body, "person") == ["Chuck Jordan", "Jordan"]


def test_a_country_after_a_word_that_is_no_given_name_stays_a_place() -> None:
    assert _found("Fighting spread across Sub-Sahara Africa last year.", "person") == []


def test_what_is_based_somewhere_is_an_organisation_and_born_somewhere_no_name() -> None:
    body = (
        "The chains include Dunmore-based Harbormart and France-based Carrefour. "
        "Dunmore-born Ada Penrose runs one of them."
    )
    assert _found(body, "organization") == ["Harbormart", "Carrefour"]
    assert _found(body, "person") == ["Ada Penrose"]


def test_a_nickname_in_marks_stays_inside_the_name() -> None:
    body = (
        'Harbor Co chairman C.J. "Pete" Vandermeer told reporters the port would grow. '
        "Vandermeer said the sale was done. Pilot Marcia \u201cCia\u201d Okafor agreed. "
        "Okafor said no more."
    )
    people = _found(body, "person")
    assert people == [
        'Harbor Co chairman C.J. "Pete" Vandermeer',
        "Vandermeer",
        "Pilot Marcia \u201cCia\u201d Okafor",
        "Okafor",
    ]
    assert _found(body, "organization") == ["Harbor Co"]


def test_a_name_then_a_quotation_is_no_nickname() -> None:
    body = 'Ada Penrose said "Yes" Monday and left.'
    assert _found(body, "person") == ["Ada Penrose"]


def test_a_firm_whose_name_opens_with_a_possessive_is_one_organisation() -> None:
    body = (
        "Fitchley's Investors Service cut three harbor banks on Friday. Fitchley's said the "
        "cut was due. Canada's Royal Bank disagreed."
    )
    assert _found(body, "organization") == [
        "Fitchley's Investors Service",
        "Fitchley",
        "Royal Bank",
    ]
    assert _found(body, "place") == ["Canada"]
