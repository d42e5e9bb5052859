"""Speakers named by a description, a surname or a document: who the story introduced."""

from __future__ import annotations

import newsfacts
from newsfacts.extractors.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(newsfacts.parse(text))]


def test_a_pronoun_cue_read_twice_names_the_same_speaker() -> None:
    story = (
        "EDMONTON — The ministry defended its budget.\n\n"
        'Critic Dana Wu said: "This is an incredible failure by Tom Keane."\n\n'
        "But a ministry spokeswoman insisted Mr Keane had made the cuts with care. "
        '"He was talking about next year," she said. "The critics are wrong."\n'
    )
    speakers = _speakers(story)
    assert speakers[-1] == speakers[-2]


def test_the_age_of_a_person_named_with_it_names_them() -> None:
    story = (
        "REGINA — The rink reopened on Saturday.\n\n"
        "Tom Reilly, 71, has skated there since 1960. His friend Ann Bose, 68, came too.\n\n"
        '"I learned to skate here," said the 71-year-old.\n'
    )
    assert _speakers(story) == ["Tom Reilly"]


def test_the_age_of_the_last_speaker_names_them() -> None:
    story = (
        "BARRIE — Wait times grew again this year.\n\n"
        'Sarah Lindqvist waited nine hours. "Nobody came," Lindqvist said.\n\n'
        '"I will never go back," the 34-year-old said.\n'
    )
    assert _speakers(story) == ["Sarah Lindqvist", "Sarah Lindqvist"]


def test_a_role_repeats_a_title_by_its_head_or_without_its_complement() -> None:
    story = (
        "KINGSTON — Council met on Monday.\n\n"
        "Fire Chief Lisa Marsh and Paul Dorn, the Liberal MP for Kingston, spoke first.\n\n"
        '"The station is too small," the fire chief said.\n\n'
        '"Ottawa will help," said the Liberal MP.\n'
    )
    assert _speakers(story) == ["Lisa Marsh", "Paul Dorn"]


def test_a_kin_or_role_noun_names_the_person_introduced_with_it() -> None:
    story = (
        "HALIFAX — The festival opened on Friday.\n\n"
        "Her daughter, Lucy Chan, volunteers at the gate.\n\n"
        '"It is the best week of the year," the daughter said.\n'
    )
    assert _speakers(story) == ["Lucy Chan"]


def test_a_kin_noun_does_not_reach_past_other_people() -> None:
    story = (
        "NAIROBI — Burials took place on Friday.\n\n"
        "Roe's father, Joseph, says his son loved Kenya.\n\n"
        "Burials were held for Ali Said and Omar Dahir.\n\n"
        '"He is gone," the father said.\n'
    )
    assert _speakers(story)[0] not in ("Joseph", "Joseph Roe")


def test_a_name_set_after_a_partitive_or_an_aged_description_speaks() -> None:
    story = (
        "WINNIPEG — The trial resumed on Tuesday.\n\n"
        '"I never touched the money," said the accused, 45-year-old Greg Olson.\n\n'
        '"We are thrilled," said one of the organizers, Jane Roe.\n'
    )
    assert _speakers(story) == ["Greg Olson", "Jane Roe"]


def test_a_surname_the_recognizer_missed_is_the_full_name() -> None:
    story = (
        "GUELPH — The dairy won the award.\n\n"
        "Okafor's neighbour, Bill Henning, has farmed next door for 40 years.\n\n"
        '"He is the hardest worker I know," Henning said.\n'
    )
    assert _speakers(story) == ["Bill Henning"]


def test_a_named_owner_speaks_for_a_statement() -> None:
    story = (
        "AUSTIN — Senator Jo Roe issued a statement on Monday.\n\n"
        '"We lost," she said.\n\n'
        'Roe\'s statement added, "We will be back next year."\n'
    )
    assert _speakers(story) == ["Jo Roe", "Jo Roe"]


def test_a_subject_after_a_fronted_phrase_takes_over_from_the_last_speaker() -> None:
    story = (
        "OTTAWA — The cabinet was shuffled on Monday.\n\n"
        '"We will not change the law," Minister Ann Roy said in November.\n\n'
        "Given his earlier views, Shanaaz Gokool, president of a patients' group, is hopeful "
        "the new minister will act.\n\n"
        '"Our hope is that he follows through," she said in an interview.\n'
    )
    assert _speakers(story) == ["Ann Roy", "Shanaaz Gokool"]


def test_a_floating_quote_goes_to_the_person_a_pronoun_just_carried_on() -> None:
    story = (
        "HALIFAX — Nurses say the shortage is worse.\n\n"
        "“We are running on empty,” said union president Janet Hazelton.\n\n"
        "Jane Roe moved to Halifax in 2010 to work at the Victoria General.\n\n"
        "She now works nights in the emergency department.\n\n"
        "“It is exhausting. Some nights there are two of us for thirty patients.”\n"
    )
    assert _speakers(story) == ["Janet Hazelton", "Jane Roe"]


def test_the_one_a_paper_quoted_as_saying_speaks() -> None:
    story = (
        "TOKYO — The talks failed on Friday.\n\n"
        'The Daily Star quoted a senior party official in Osaka as saying the plan was "too '
        'selfish" and doomed.\n\n'
        'Kyodo quoted Premier Aki Sato as telling reporters, "I accept the advice."\n'
    )
    assert _speakers(story) == ["a senior party official", "Aki Sato"]


def test_a_quotation_alone_is_the_next_paragraph_subject_s_words() -> None:
    story = (
        "WINNIPEG — The shelter is full every night.\n\n"
        "“We turn people away every night,” director Tom Kowalski said.\n\n"
        "New funding is expected by the spring.\n\n"
        "“Promises do not house anyone.”\n\n"
        "Jane Roe, a volunteer at the shelter, says the beds are needed now.\n\n"
        "The shelter opened in 1998.\n\n"
        "“We will fight this.”\n\n"
        "That was the message from Chief Ann Bird of the Peguis First Nation on Monday.\n"
    )
    assert _speakers(story) == ["Tom Kowalski", "Jane Roe", "Ann Bird"]


def test_a_quotation_alone_goes_on_with_the_speaker_the_paragraph_before_is_about() -> None:
    story = (
        "TORONTO — The author spoke about her novel.\n\n"
        "“It started with a clipping,” author Miriam Toews said.\n\n"
        "Toews grew up in Steinbach, Man.\n\n"
        "“I know that world.”\n\n"
        "Critic Robert Wiersema called the novel “her finest work.”\n"
    )
    assert _speakers(story)[:2] == ["Miriam Toews", "Miriam Toews"]


def test_a_suffix_is_no_surname() -> None:
    story = (
        "DETROIT — The carmaker bought a defence firm.\n\n"
        "Robert Miller Jr, the company's vice chairman, said the deal was sound.\n\n"
        '"Those will all be important technologies," Miller told reporters.\n'
    )
    assert _speakers(story) == ["Robert Miller Jr"]


def test_a_quotation_signed_with_a_name_after_a_dash_is_theirs() -> None:
    story = (
        "TORONTO — The video is still online.\n\n"
        "Blogger Matthew Ingram wrote about the dispute on Monday.\n\n"
        "Other sites, such as Gawker, keep hosting it.\n\n"
        '"So far it is one to nothing. But it is a long game." - Matthew Ingram\n'
    )
    assert _speakers(story)[-1] == "Matthew Ingram"


def test_a_participle_s_subject_is_the_description_opening_the_sentence() -> None:
    story = (
        "TORONTO — Shares fell on Monday.\n\n"
        'The company denied the report, saying it was "completely false."\n\n'
        'City council approved the plan, calling it "a historic day."\n\n'
        'In their joint statement, the two leaders praised the deal, calling it a "strong '
        'foundation."\n'
    )
    speakers = _speakers(story)
    assert speakers[:2] == ["The company", "City council"]
    assert speakers[2] != "In their joint statement"


def test_an_inverted_cue_read_for_the_next_quotation_keeps_its_name() -> None:
    story = (
        "MIAMI — The ruling came on Wednesday.\n\n"
        '"It is high time" the boy was sent back to his father, said Wayne Smith, a former '
        'adviser. "This was a simple custody case."\n'
    )
    assert _speakers(story) == ["Wayne Smith", "Wayne Smith"]


def test_a_name_in_apposition_to_a_kin_word_opening_the_sentence_speaks() -> None:
    story = (
        "SUDBURY — The couple met at a dance hall in 1975.\n\n"
        "“He was the best dancer in the hall,” says Ruth Miller, 68.\n\n"
        "Her husband, George, laughs. “I stepped on her feet all night.”\n"
    )
    assert _speakers(story) == ["Ruth Miller", "George"]


def test_the_subject_after_a_fronted_place_speaks_for_a_participle() -> None:
    story = (
        "MIAMI — The ruling came on Wednesday.\n\n"
        '"Nobody wants this," said Nina Perez of the Miami-based National Foundation.\n\n'
        "In Havana, the government gave a guarded response, warning against "
        '"excessive optimism."\n'
    )
    assert _speakers(story) == ["Nina Perez", "the government"]


def test_a_role_with_a_complement_and_a_role_given_in_the_paragraph_before() -> None:
    story = (
        "BARRIE — Wait times grew again.\n\n"
        "Sarah Lindqvist, a mother of two from Barrie, waited nine hours.\n\n"
        '"Nobody came," the mother of two said.\n\n'
        '"We were lucky," said Jane Roe, a nurse at the hospital. Her colleague Tim Ng '
        "agreed.\n\n"
        '"It could have been worse," the nurse added.\n'
    )
    assert _speakers(story) == ["Sarah Lindqvist", "Jane Roe", "Jane Roe"]


def test_an_epithet_names_the_last_speaker_unless_someone_new_has_the_role() -> None:
    opening = 'SUDBURY — They met in 1975.\n\n"He was the best dancer," says Ruth Miller, 68.\n\n'
    epithet = opening + (
        "The retired teacher keeps the ticket stub.\n\n"
        '"It cost 50 cents," the retired teacher says.\n'
    )
    someone_new = opening + 'A teacher next door disagreed.\n\n"He was not," the teacher said.\n'
    assert _speakers(epithet) == ["Ruth Miller", "Ruth Miller"]
    assert _speakers(someone_new) == ["Ruth Miller", "the teacher"]


def test_a_cue_less_fragment_is_the_known_subject_opening_its_sentence() -> None:
    story = (
        "MADRID — The match ended 2-1.\n\n"
        '"We deserved it," said Real Madrid coach Carlo Ancelotti.\n\n'
        '"It was no penalty," said Atletico captain Jorge Resurreccion.\n\n'
        'The coach dismissed the complaints as "noise from a bitter rival" after the game.\n'
    )
    assert _speakers(story)[-1] == "Carlo Ancelotti"
