"""Speaker attribution by class of case, on invented wire-style fixtures."""

from __future__ import annotations

import newsfacts
from newsfacts.extractors.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(newsfacts.parse(text))]


def test_a_name_that_qualifies_a_description_keeps_the_description() -> None:
    story = (
        "OTTAWA (CP) — Talks stalled on Monday.\n\n"
        '"Very few of them complied," a senior Canadian official told reporters.\n'
    )
    assert _speakers(story) == ["a senior Canadian official"]


def test_an_inverted_cue_after_a_long_clause_names_its_speaker() -> None:
    story = (
        "LIMA (AP) — The mine reopened on Tuesday.\n\n"
        '"It is high time" the miners were paid for the lost weeks of work, said Rosa '
        "Quispe, a union organiser.\n"
    )
    assert _speakers(story) == ["Rosa Quispe"]


def test_the_name_opening_the_clause_speaks_past_long_appositives() -> None:
    story = (
        "DENVER (AP) — The gallery opened a new wing.\n\n"
        "Marta Ellison, curator of prints at the University of Northern Colorado, Greeley, "
        'said, "These pictures were never shown."\n'
    )
    assert _speakers(story) == ["Marta Ellison"]


def test_a_cue_after_and_shares_the_sentence_subject() -> None:
    story = (
        "MIAMI (AP) — Crowds gathered downtown.\n\n"
        '"Send him home," said Ruth Gable, a nurse.\n\n'
        'Tomas Ferrer, 44, is from Managua, and said the protesters "need to follow the law."\n'
    )
    assert _speakers(story) == ["Ruth Gable", "Tomas Ferrer"]


def test_she_does_not_name_the_last_man_who_spoke() -> None:
    story = (
        "LONDON (Reuters) — Two detainees were freed.\n\n"
        'Peter Hollis, father of one of them, thanked the public. He added: "We never gave up."\n\n'
        "Barrister Anne Whitcombe, who represents the other man, said the release was late. "
        'She said: "They should have acted a year ago."\n'
    )
    speakers = _speakers(story)
    assert speakers[0] == "Peter Hollis"
    assert "Whitcombe" in str(speakers[1])


def test_he_after_a_described_speaker_is_that_speaker() -> None:
    story = (
        "SAN JOSE (AP) — Chip makers reported bugs.\n\n"
        '"Bugs are normal," said Ralph Orr, director of engineering at Vexa Corp. '
        '"They will not affect us," he said.\n\n'
        '"We have not changed our plans," said a Dynacore spokesman. Switching suppliers '
        '"is not an option," he said.\n'
    )
    speakers = _speakers(story)
    assert speakers[:2] == ["Ralph Orr", "Ralph Orr"]
    assert speakers[2:] == ["a Dynacore spokesman", "a Dynacore spokesman"]


def test_a_document_speaks_for_the_organisation_that_wrote_it() -> None:
    story = (
        "SEOUL (Yonhap) — The talks ended.\n\n"
        'The Foreign Ministry statement said both sides shared "a firm commitment to peace."\n'
    )
    speakers = _speakers(story)
    assert len(speakers) == 1
    assert "Foreign Ministry" in str(speakers[0])
    assert "statement" not in str(speakers[0])


def test_a_fragment_in_a_reported_clause_belongs_to_the_reporting_verb_subject() -> None:
    story = (
        "TORONTO (CP) — The union reached a deal late on Sunday.\n\n"
        "Union president Carla Mendes said the company had agreed to "
        '"a fair wage for every worker."\n\n'
        "Mayor Linda Fraser told reporters the province had promised to "
        '"look at every option" for the route.\n'
    )
    assert _speakers(story) == ["Carla Mendes", "Linda Fraser"]


def test_a_cue_after_a_comma_in_the_clause_names_its_own_speaker() -> None:
    story = (
        "OTTAWA (CP) — The bill passed on Tuesday.\n\n"
        "The minister said the plan, which critic Anne Boyle said would "
        '"cost a fortune," was sound.\n'
    )
    assert _speakers(story) == ["Anne Boyle"]


def test_a_title_in_marks_does_not_cut_the_sentence_before_a_quote() -> None:
    story = (
        "WASHINGTON (AP) — The budget talks failed.\n\n"
        '"We tried," said Rep. Alma Ruiz.\n\n'
        'Senator Mark Dunmore said on ABC\'s "This Week" that the bill "is dead on arrival."\n\n'
        'Senator Rita Vance, speaking on "Face the Nation," called the plan "a sham."\n'
    )
    assert _speakers(story) == ["Alma Ruiz", "Mark Dunmore", "Rita Vance"]


def test_he_after_a_speaker_the_entity_layer_does_not_know_is_that_speaker() -> None:
    story = (
        "JAKARTA (Reuters) — The tsunami struck at night.\n\n"
        '"We are still searching," agency spokesman Sutopo Wibowo said.\n\n'
        "In an interview, Ben van der Molen, a geologist at the University of Leeds, said "
        "the slope collapsed.\n\n"
        '"The slope gave way. It can happen again," he said.\n\n'
        '"Nobody could have warned them."\n'
    )
    assert _speakers(story) == ["Sutopo Wibowo", "Ben van der Molen", "Ben van der Molen"]
