"""Speakers of quotations by class of construction, on small invented wire stories."""

from __future__ import annotations

import pytest

from newsfacts import parse
from newsfacts.extractors._quote_words import _without_party_tags, _words
from newsfacts.extractors.quotes import find_quotes


def _speakers(body: str) -> dict[str, str | None]:
    text = "Story headline\n\n" + body
    return {quote.text: quote.speaker for quote in find_quotes(parse(text))}


def test_kin_word_then_name_after_inverted_cue_names_the_relative() -> None:
    speakers = _speakers(
        "Peter Vann would not come to the door of his home on Tuesday.\n\n"
        '"He has to go to work," said his daughter, Marta. "There is a lot of pressure."\n'
    )
    assert speakers["He has to go to work,"] == "Marta"
    assert speakers["There is a lot of pressure."] == "Marta"


def test_possessive_description_is_not_its_owner() -> None:
    speakers = _speakers(
        'Peter Vann stayed inside on Tuesday.\n\n"He is tired of the cameras," his lawyer said.\n'
    )
    assert speakers["He is tired of the cameras,"] == "his lawyer"


def test_statement_of_a_possessive_owner_is_the_owner() -> None:
    speakers = _speakers(
        "Health Minister Carla Ostrowski answered the report on Friday.\n\n"
        '"These reports are deeply concerning," her statement said.\n'
    )
    assert speakers["These reports are deeply concerning,"] == "Carla Ostrowski"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        (
            '"No decision has been made," a spokeswoman for the Water Authority said.\n',
            "No decision has been made,",
            "a spokeswoman for the Water Authority",
        ),
        (
            'The Peruvian ambassador to Norway said the crew could leave "once the '
            'weather clears over the pass."\n',
            "once the weather clears over the pass.",
            "The Peruvian ambassador to Norway",
        ),
        (
            '"She never missed a shift," a friend of Anna Kolb said.\n',
            "She never missed a shift,",
            "a friend of Anna Kolb",
        ),
    ],
)
def test_name_completing_a_description_does_not_speak(body: str, quoted: str, speaker: str) -> None:
    assert _speakers(body)[quoted] == speaker


def test_subject_before_colon_speaks_after_a_verb_and_object() -> None:
    speakers = _speakers(
        "Critics said the family had been paid for interviews.\n\n"
        "Armand Tessier, a spokesman for the family, dismissed the criticism: "
        '"The boy is loved here."\n'
    )
    assert speakers["The boy is loved here."] == "Armand Tessier"


def test_relative_clause_cue_names_the_noun_before_who() -> None:
    speakers = _speakers(
        "The campaign met on Monday.\n\n"
        'Gordon Pike, who said it was "entirely possible under the rules" that the ads would '
        "run, defended the plan.\n"
    )
    assert speakers["entirely possible under the rules"] == "Gordon Pike"


def test_participle_after_object_is_the_subjects() -> None:
    speakers = _speakers(
        "Protesters gathered downtown on Saturday.\n\n"
        "Walter Lindqvist criticized Premier Ana Roth, saying she is "
        '"giving away the farm to the banks."\n'
    )
    assert speakers["giving away the farm to the banks."] == "Walter Lindqvist"


def test_fragment_without_a_cue_is_the_named_subjects() -> None:
    speakers = _speakers(
        "Officials in Lima announced new measures.\n\n"
        '"We will not stop," said Marta Quispe, a union leader.\n\n'
        'President George Halloran denounced the "ruinous policies of the junta" in a '
        "speech on Monday.\n"
    )
    assert speakers["ruinous policies of the junta"] == "George Halloran"


def test_two_appositives_keep_the_name_that_opens_the_clause() -> None:
    speakers = _speakers(
        "The ruling came late on Thursday.\n\n"
        "Jorge Bastida, founder of Friends of the Coast, a group that rescues stranded "
        'swimmers, called the ruling "an outrage to every family."\n'
    )
    assert speakers["an outrage to every family."] == "Jorge Bastida"


def test_full_stop_inside_marks_then_lower_case_cue_keeps_the_attribution() -> None:
    speakers = _speakers(
        "GENEVA (Wire) -- Health experts met on Friday.\n\n"
        '"There was a high degree of fear of the virus." said Dr. Lena Brandt, '
        "coordinator of the alert office.\n"
    )
    assert speakers["There was a high degree of fear of the virus."] == "Lena Brandt"


def test_definite_title_names_its_only_holder() -> None:
    speakers = _speakers(
        "Hana Okafor, president of the Regional Council, met the mayors on Monday.\n\n"
        '"We expect an answer soon," the president of the Regional Council said.\n'
    )
    assert speakers["We expect an answer soon,"] == "Hana Okafor"


def test_it_after_an_organisation_speaks_names_the_organisation() -> None:
    speakers = _speakers(
        "Talks resumed on Monday.\n\n"
        "Norway said a delegation was on its way to Oslo with the offer, which it said it "
        'would study "with great care and optimism."\n'
    )
    assert speakers["with great care and optimism."] == "Norway"


def test_inverted_cue_before_a_quote_names_who_follows_it() -> None:
    speakers = _speakers(
        "The family filed for custody on Friday. It is an attempt to win residency and "
        "asylum, said Dora Feld, a law professor at the state university.\n\n"
        "Later that night, thousands marched downtown. "
        '"We will keep going until the boy is home with us."\n'
    )
    assert speakers["We will keep going until the boy is home with us."] == "Dora Feld"


def test_initialism_inside_an_attribution_ends_no_sentence() -> None:
    speakers = _speakers(
        "The council met on Thursday.\n\n"
        '"The attacks show that terror knows no borders," said the U.S. Deputy Ambassador '
        "Paul Brennan.\n\n"
        "But Mr. Hale welcomes the rivals in U.S. Trust's core markets, calling it \"a form "
        'of flattery."\n'
    )
    assert speakers["The attacks show that terror knows no borders,"] == "Paul Brennan"
    assert speakers["a form of flattery."] == "Hale"


def test_opening_phrase_before_the_subject_of_a_colon_quote() -> None:
    speakers = _speakers(
        "Troops stormed the compound on Tuesday.\n\n"
        "Soon after the raid, Prime Minister Kenji Morita thanked the army, but noted: "
        '"We were not told in advance."\n'
    )
    assert speakers["We were not told in advance."] == "Kenji Morita"


def test_capitalised_head_noun_after_an_article_is_a_description() -> None:
    speakers = _speakers(
        "Trade talks open in Tokyo on Monday.\n\n"
        '"It would take five minutes to list them," a senior U.S. Official replied.\n'
    )
    assert speakers["It would take five minutes to list them,"] == "a senior U.S. Official"


def test_description_in_apposition_before_a_name_introduces_the_next_speaker() -> None:
    speakers = _speakers(
        "The vote passed on Monday.\n\n"
        '"We will appeal," said Ann Lee, the lawyer for the residents.\n\n'
        "The city's solicitor, Mark Reyes, disagreed.\n\n"
        '"The decision is final."\n'
    )
    assert speakers["The decision is final."] == "Mark Reyes"


def test_indefinite_spokesperson_is_not_the_last_person_named() -> None:
    speakers = _speakers(
        "Mayor Clara Voss defended the tunnel plan on Monday.\n\n"
        '"The transit board has done no such study," a spokesperson said.\n'
    )
    assert speakers["The transit board has done no such study,"] == "a spokesperson"


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("the mayor's spokesperson said", "the mayor's spokesperson"),
        ("said a spokesperson for the mayor", "a spokesperson for the mayor"),
    ],
)
def test_a_persons_spokesperson_is_someone_else(description: str, expected: str) -> None:
    speakers = _speakers(
        "Mayor Clara Voss defended the tunnel plan on Monday.\n\n"
        f'"The board has done no such study," {description}.\n'
    )
    assert speakers["The board has done no such study,"] == expected


def test_the_groups_leader_may_be_the_person_named_before() -> None:
    speakers = _speakers(
        "The Harbour Trust's Nadia Orlov said the change was overdue. The reform group's "
        'general secretary told local radio there were "very old rules" at work.\n'
    )
    assert speakers["very old rules"] == "Nadia Orlov"


def test_middle_initial_does_not_end_the_attribution() -> None:
    speakers = _speakers(
        "President Omar Lenk and his rival met in Geneva in June.\n\n"
        '"The talks gave him room to move," Harold P. Maddox, director of studies at the '
        "Geneva Centre, said in an emailed statement.\n"
    )
    assert speakers["The talks gave him room to move,"] == "Harold P. Maddox"


def test_indefinite_statement_is_the_last_speakers_in_its_paragraph() -> None:
    speakers = _speakers(
        "The aid group Harlow Relief said its field director was among those killed. A "
        'statement said the group was "deeply shaken" by the loss.\n'
    )
    assert speakers["deeply shaken"] == "Harlow Relief"


def test_the_statement_is_by_whoever_issued_a_statement_before() -> None:
    speakers = _speakers(
        "Corvane Systems, which hosts the site, said in a statement that it had been taken "
        "down without notice.\n\n"
        "Activist Lena Hart called the move a setback.\n\n"
        '"We are looking for a new host," the statement said.\n'
    )
    assert speakers["We are looking for a new host,"] == "Corvane Systems"


def test_a_letter_signed_by_someone_is_not_its_readers() -> None:
    speakers = _speakers(
        'President Ruiz read from a letter signed by Mateo Alvar: "I will travel alone."\n\n'
        '"Only the court can decide," the letter continued.\n'
    )
    # The letter's words are its signer's (the corpus gold's convention), never its reader's.
    assert speakers["I will travel alone."] == "Mateo Alvar"
    assert speakers["Only the court can decide,"] == "Mateo Alvar"


def test_the_company_goes_on_with_the_company_that_spoke_last() -> None:
    speakers = _speakers(
        "Still, the shutoff did not slow Calloway Inc. Its engineers work on code on Calloway "
        "systems. And a new version of the Calloway Inc. app was sent out on Thursday.\n\n"
        "Norvik Labs said Thursday that Brightwell has also revoked its licence, blocking Norvik "
        "employees from testing new features on phones.\n\n"
        "But the company seemed confident it would quickly regain its access. "
        '"We are working with Brightwell to fix a short disruption," the company said.\n'
    )
    assert speakers["We are working with Brightwell to fix a short disruption,"] == "Norvik Labs"


def test_name_after_a_cue_that_opens_a_clause_is_not_the_speaker() -> None:
    speakers = _speakers(
        "The Harbour Gazette said Sunday that the talks could resume. The newspaper, quoting "
        '"private cables," said Norland had signalled its interest in new talks.\n'
    )
    assert speakers["private cables,"] == "Harbour Gazette"


@pytest.mark.parametrize(
    "cue",
    [
        "Rep. Ada Penrose (D-Wis.) said Friday.",
        "Rep. Ada Penrose (R) said.",
        "Sen. Ada Penrose (I-Vt.), who chairs the panel, said.",
        "Rep. Ada Penrose (D-Newport News), a harbor pilot, said in an interview.",
    ],
)
def test_a_party_tag_after_a_name_leaves_the_name_the_speaker(cue: str) -> None:
    speakers = _speakers(
        f'Peter Vann spoke first on Tuesday.\n\n"The harbor bill is a disgrace," {cue}\n'
    )
    assert speakers["The harbor bill is a disgrace,"] == "Ada Penrose"


def test_a_parenthesis_that_is_no_party_tag_is_no_name() -> None:
    speakers = _speakers(
        "Peter Vann spoke first on Tuesday.\n\n"
        '"The harbor bill is a disgrace," Vann (who wrote it) said.\n'
    )
    assert speakers["The harbor bill is a disgrace,"] == "Peter Vann"
    # Only a party-and-state tag is taken out of a phrase; an aside stays in it.
    text = "Vann (who wrote it) said; Vann (Harbor Trust) said; Roe (D-Wis.) said"
    assert [word for word, _, _ in _without_party_tags(_words(text, 0, len(text)))] == [
        *["Vann", "(", "who", "wrote", "it", ")", "said", ";"],
        *["Vann", "(", "Harbor", "Trust", ")", "said", ";"],
        *["Roe", "said"],
    ]


def test_quotations_signed_with_a_dash_of_any_width_each_go_to_their_signer() -> None:
    speakers = _speakers(
        "Readers wrote in after the harbor vote.\n\n"
        "\u201cWe want the ferry back.\u201d \u2015\u00a0Marta Ilves\n"
        "\u201cNobody asked the pilots.\u201d \u2014 Tomas Brandt.\n"
        '"It is a good start." - Ana Kovac\n'
    )
    assert speakers == {
        "We want the ferry back.": "Marta Ilves",
        "Nobody asked the pilots.": "Tomas Brandt",
        "It is a good start.": "Ana Kovac",
    }


@pytest.mark.parametrize("noun", ["neighbour", "spokesman"])
def test_a_role_noun_before_said_is_an_unnamed_source_not_an_apposition(noun: str) -> None:
    speakers = _speakers(
        f"The fire destroyed the harbor office of Mayor Jo Roe, a {noun} said.\n\n"
        f'"It went up in minutes," the {noun} said.\n'
    )
    assert speakers["It went up in minutes,"] == f"the {noun}"


def test_a_role_noun_in_apposition_still_names_the_person() -> None:
    speakers = _speakers(
        "The fire destroyed the harbor office of Jo Roe, a neighbour of the pier.\n\n"
        '"It went up in minutes," the neighbour said.\n'
    )
    assert speakers["It went up in minutes,"] == "Jo Roe"


def test_a_passive_report_with_its_agent_is_the_subjects() -> None:
    speakers = _speakers(
        "Harbor minister Ada Penrose met her rival, Tomas Brandt, on Monday.\n\n"
        '"We are not meeting at the best time," Brandt was quoted by the Dunmore Courier '
        "as saying after the talks with Penrose.\n"
    )
    assert speakers["We are not meeting at the best time,"] == "Tomas Brandt"


@pytest.mark.parametrize("participle", ["issued", "released", "signed"])
def test_a_document_issued_by_someone_speaks_for_its_issuer(participle: str) -> None:
    speakers = _speakers(
        "The harbor will close for the winter, officials said on Monday.\n\n"
        f'"The piers are unsafe," said a statement {participle} by the Port Authority.\n'
    )
    assert speakers["The piers are unsafe,"] == "Port Authority"


@pytest.mark.parametrize(
    ("title", "description"),
    [("Pope Gregory XVII", "the pontiff"), ("Prime Minister Ada Penrose", "the premier")],
)
def test_a_title_synonym_names_its_holder(title: str, description: str) -> None:
    speakers = _speakers(
        f"{title} arrived in Dunmore on Friday.\n\n"
        f'Met at the pier by the harbor master, {description} said the town was "a jewel."\n'
    )
    assert speakers["a jewel."] == title.split(maxsplit=1)[1].removeprefix("Minister ")


@pytest.mark.parametrize("cue", ["in the words of", "according to"])
def test_a_source_cue_before_a_described_name_gives_the_name(cue: str) -> None:
    speakers = _speakers(
        "The ferry sank in May.\n\n"
        f'The inquiry heard that, {cue} the Crown prosecutor, Ada Penrose, QC, "the crew '
        'never stood a chance."\n'
    )
    assert speakers["the crew never stood a chance."] == "Ada Penrose"


def test_a_pronoun_after_an_unnamed_supplier_is_that_supplier() -> None:
    speakers = _speakers(
        "Harbor minister Tomas Brandt met the chains on Monday.\n\n"
        'A supplier said it was time to act. Describing the plan as "only a first move", '
        'he said that fixing it would be "difficult".\n'
    )
    assert speakers["only a first move"] == "A supplier"


def test_an_unnamed_spokesman_stays_unnamed_when_someone_is_named_after_him() -> None:
    speakers = _speakers(
        '"We are worried about the harbor," a spokesman said.\n\n'
        "Harbor minister Tomas Brandt accepted the plan last week.\n\n"
        '"We are looking again at the plan," the spokesman said.\n'
    )
    assert speakers["We are looking again at the plan,"] == "the spokesman"


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Sen. Ada Penrose (D-Vt.)", "the Vermont senator"),
        ("Rep. Ada Penrose", "the congresswoman"),
    ],
)
def test_a_role_an_abbreviated_title_stands_for_names_its_holder(
    title: str, description: str
) -> None:
    speakers = _speakers(
        f'{title} spoke on Friday.\n\n{description.capitalize()} said there was "some anger."\n'
    )
    assert speakers["some anger."] == "Ada Penrose"


def test_who_with_a_time_after_an_appositive_is_the_name_before_it() -> None:
    speakers = _speakers(
        "The mayor met the council on Monday.\n\n"
        "She has a frosty relationship with Tomas Brandt, now the harbor chairman, who in 2010 "
        'said the goal was to make her "a one-term mayor."\n'
    )
    assert speakers["a one-term mayor."] == "Tomas Brandt"


def test_it_goes_on_with_the_document_or_paper_that_spoke_last() -> None:
    speakers = _speakers(
        "The Dunmore Courier covered the harbor in 1990.\n\n"
        '"The pier was falling apart," the article read.\n\n'
        '"Nobody wanted to pay for it," it added.\n\n'
        '"We pledged to rebuild," the declaration said. "We will start in May," it said.\n'
    )
    assert speakers["Nobody wanted to pay for it,"] == "the article"
    assert speakers["We will start in May,"] == "the declaration"


def test_a_body_that_it_named_is_no_person_for_a_later_he() -> None:
    speakers = _speakers(
        'The harbor was rated lower on Monday. "The piers are failing," Fitchley said.\n\n'
        "The port still has strong trade, it said.\n\n"
        "A dealer with Dunmore Securities said the cut was expected.\n\n"
        '"The market is weak for other reasons," he said.\n'
    )
    assert speakers["The market is weak for other reasons,"] == "A dealer with Dunmore Securities"


def test_as_someone_put_it_before_a_quotation_names_them() -> None:
    speakers = _speakers(
        "The harbor lost money for years.\n\n"
        "As Ada Penrose, a lawyer and fellow at the Dunmore Institute, recently put it, "
        '"Did the board hide the losses?"\n\n'
        "The clerk put it on the table.\n"
    )
    assert speakers == {"Did the board hide the losses?": "Ada Penrose"}


def test_a_description_holding_a_slashed_number_keeps_the_name_after_it() -> None:
    speakers = _speakers(
        'The vote is on Monday.\n\n"They are wrong," said 9/11 widow Ada Penrose.\n'
    )
    assert speakers["They are wrong,"] == "Ada Penrose"


def test_an_inverted_speaker_ends_with_its_sentence() -> None:
    speakers = _speakers(
        "The navies will hold a drill on Sunday.\n\n"
        '"These exercises will build trust," said a statement issued by the Harbor Ministry.\n\n'
        "The event is the second of its kind.\n"
    )
    assert speakers["These exercises will build trust,"] == "Harbor Ministry"


def test_he_goes_on_with_the_one_person_named_in_the_sentence_before() -> None:
    speakers = _speakers(
        '"The harbor will reopen," Harbor minister Tomas Brandt said on Monday.\n\n'
        "Brandt will meet officials of the port authority next week.\n\n"
        "Shares fell on fears of a strike.\n\n"
        "This was despite denials by Trade Secretary Paul Channing that a strike was near.\n\n"
        'He told a meeting of brokers that a "sensible solution" could be found.\n'
    )
    assert speakers["sensible solution"] == "Paul Channing"


def test_a_second_fragment_of_one_reported_clause_is_the_same_speakers() -> None:
    speakers = _speakers(
        "The ministers met on Monday.\n\n"
        'Ada Penrose said the harbor bill was not "aimed at the pilots" nor prompted by a '
        '"threat" from the north.\n'
    )
    assert speakers == {"aimed at the pilots": "Ada Penrose", "threat": "Ada Penrose"}


def test_a_fragment_after_an_aside_is_no_part_of_the_reported_clause() -> None:
    speakers = _speakers(
        "The list came out on Monday.\n\n"
        'Ada Penrose has said there was "no deal" -- along with words such as "lit" that '
        "readers sent in.\n"
    )
    assert speakers == {"no deal": "Ada Penrose"}


def test_a_participle_after_an_object_is_the_clause_subjects() -> None:
    speakers = _speakers(
        "Some pilots have complained about the rescue.\n\n"
        "But Ada Penrose and other harbor officials have strongly disputed that notion, "
        'saying the priority had been "saving every crew."\n'
    )
    assert speakers["saving every crew."] == "Ada Penrose"


def test_the_statement_someone_issued_speaks_for_them() -> None:
    speakers = _speakers(
        "The harbor board met on Friday.\n\n"
        "The Harbor Authority issued a statement calling the closure temporary. "
        'The statement said "the piers will reopen in May."\n'
    )
    assert speakers["the piers will reopen in May."] == "Harbor Authority"
