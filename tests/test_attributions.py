"""The built-in attributions extractor, through the plugin host, on invented wire copy."""

from __future__ import annotations

import pytest

import newsfacts
from attribution_checks import assert_spans_consistent
from newsfacts.extractors.attributions import find_attributions
from newsfacts.records import Attribution, Quote, Span

HEAD = "Harbor plan\n\nPORTVILLE (AP) \u2014 The council met on Monday.\n\n"


def attributions(body: str) -> tuple[str, list[Attribution]]:
    """The story made of ``body`` and its attributions, every span checked against the text."""
    text = HEAD + body + "\n"
    found = [fact for fact in newsfacts.extract(text) if isinstance(fact, Attribution)]
    assert all(item.extractor == "attributions" for item in found)
    assert_spans_consistent(text, found)
    return text, found


def one(body: str) -> tuple[str, Attribution]:
    text, found = attributions(body)
    assert len(found) == 1, [(a.source, a.cue, a.content) for a in found]
    return text, found[0]


def test_said_that_with_the_source_named_through_the_entity_layer() -> None:
    text, item = one("Mayor Ines Okafor said that the harbor would reopen in May.")
    assert (item.source, item.cue, item.cue_lemma) == ("Ines Okafor", "said", "say")
    assert item.content == "the harbor would reopen in May"
    assert item.type == "statement"
    assert item.source_span is not None
    assert item.source_span.of(text) == "Mayor Ines Okafor"
    assert item.source_entity is not None


def test_said_without_that() -> None:
    _, item = one("Ines Okafor said the harbor would reopen in May.")
    assert (item.source, item.content) == ("Ines Okafor", "the harbor would reopen in May")


def test_source_after_its_content() -> None:
    text, item = one("The harbor will reopen in May, Ines Okafor said.")
    assert item.content == "The harbor will reopen in May"
    assert item.source == "Ines Okafor"
    assert item.cue_span is not None
    assert text[item.cue_span.start - 7 : item.cue_span.end] == "Okafor said"


def test_pronoun_resolved_to_the_person() -> None:
    _, found = attributions("Ines Okafor opened the meeting. She said the port needed dredging.")
    (item,) = found
    assert (item.source, item.content) == ("Ines Okafor", "the port needed dredging")


def test_told_reporters_with_a_day() -> None:
    _, item = one("Ines Okafor told reporters on Tuesday that the port needed dredging.")
    assert (item.cue, item.cue_lemma) == ("told reporters", "tell")
    assert item.content == "the port needed dredging"


def test_told_a_named_hearer() -> None:
    _, item = one("Ines Okafor told the Harbor Gazette the port needed dredging.")
    assert item.content == "the port needed dredging"


def test_according_to_before_and_after() -> None:
    _, found = attributions(
        "According to the port authority, ships are waiting offshore. "
        "The dredging will cost millions, according to Ines Okafor."
    )
    first, second = found
    assert (first.source, first.cue, first.cue_lemma) == (
        "the port authority",
        "According to",
        "according to",
    )
    assert first.content == "ships are waiting offshore"
    assert (second.source, second.content) == ("Ines Okafor", "The dredging will cost millions")


@pytest.mark.parametrize("cue", ["denied", "said"])
def test_according_to_after_a_claim_holds_the_claim_and_is_no_part_of_it(cue: str) -> None:
    _, found = attributions(
        f"Ines Okafor {cue} that the pier had been sold, according to the Harbor Gazette."
    )
    inner = next(item for item in found if item.cue == cue)
    outer = next(item for item in found if item.cue == "according to")
    assert inner.content == "the pier had been sold"
    assert outer.source == "Harbor Gazette"
    assert outer.content == f"Ines Okafor {cue} that the pier had been sold"


def test_according_to_inside_a_quotation_is_the_speaker_s_words() -> None:
    _, found = attributions(
        'Ines Okafor said: "The pier was sold in March, according to the deed."'
    )
    said = next(item for item in found if item.cue == "said")
    assert said.content == "The pier was sold in March, according to the deed."


def test_added_in_a_statement_around_its_content() -> None:
    _, item = one("The council, Ines Okafor added in a statement, will vote again.")
    assert (item.source, item.cue, item.cue_lemma) == ("Ines Okafor", "added", "add")
    assert item.content == "The council will vote again"
    assert len(item.content_parts) == 2


def test_announced() -> None:
    _, item = one("Ines Okafor announced a new ferry line to the islands.")
    assert (item.cue_lemma, item.content) == ("announce", "a new ferry line to the islands")


def test_a_statement_of_a_named_owner() -> None:
    _, item = one("Ines Okafor's statement said the harbor would reopen.")
    assert item.source == "Ines Okafor"
    assert item.content == "the harbor would reopen"


@pytest.mark.parametrize(
    ("body", "source", "kind"),
    [
        ("The Harbor Department said the piers were safe.", "Harbor Department", "statement"),
        (
            "The Harbor Department statement said the piers were safe.",
            "Harbor Department",
            "report",
        ),
        ("State media reported that the piers were safe.", "State media", "report"),
        ("A joint statement said the piers were safe.", "A joint statement", "report"),
        ("Officials said the piers were safe.", "Officials", "anonymous"),
        (
            "Sources close to the talks said the piers were safe.",
            "Sources close to the talks",
            "anonymous",
        ),
    ],
)
def test_organisations_documents_media_and_unnamed_sources(
    body: str, source: str, kind: str
) -> None:
    _, item = one(body)
    assert (item.source, item.type, item.content) == (source, kind, "the piers were safe")


def test_anonymous_official_with_a_relative_clause() -> None:
    _, item = one("A senior official who spoke on condition of anonymity said the piers were safe.")
    assert item.type == "anonymous"
    assert item.source == "A senior official who spoke on condition of anonymity"
    assert item.content == "the piers were safe"


def test_joint_source_names_both() -> None:
    _, item = one("The Harbor Department and the Coast Guard said the piers were safe.")
    assert item.source == "Harbor Department and Coast Guard"
    assert item.source_entity is None
    assert item.content == "the piers were safe"


def test_a_report_citing_sources_keeps_both_levels() -> None:
    _, item = one("Several news reports have cited port sources as doubting the dredging plan.")
    assert item.source == "Several news reports citing port sources"
    assert (item.cue, item.cue_lemma, item.type) == ("cited", "cite", "report")
    assert item.content == "port sources as doubting the dredging plan"


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "Ines Okafor declined to comment on the dredging plan.",
            "declined to comment",
            "the dredging plan",
        ),
        (
            "The shipping company did not respond to requests for comment.",
            "did not respond to requests for comment",
            "did not respond to requests for comment",
        ),
        (
            "Ines Okafor could not be reached for comment.",
            "could not be reached for comment",
            "could not be reached for comment",
        ),
    ],
)
def test_refusals(body: str, cue: str, content: str) -> None:
    _, item = one(body)
    assert (item.type, item.cue, item.cue_lemma) == ("refusal", cue, "decline to comment")
    assert item.content == content


def test_denial() -> None:
    _, item = one("Ines Okafor denied that the harbor had been sold.")
    assert (item.type, item.cue_lemma, item.content) == (
        "denial",
        "deny",
        "the harbor had been sold",
    )


def test_direct_quote_links_the_quote() -> None:
    text, item = one('"We are ready to build," Ines Okafor said.')
    assert item.type == "quote"
    assert item.content == "We are ready to build,"
    assert item.quote is not None
    assert item.quote.of(text) == '"We are ready to build,"'
    assert (item.source, item.cue) == ("Ines Okafor", "said")


def test_quote_after_its_cue_sentence_shares_the_cue() -> None:
    _, found = attributions('"We are ready," Ines Okafor said. "The piers are safe."')
    assert [a.content for a in found] == ["We are ready,", "The piers are safe."]
    assert found[0].cue_span == found[1].cue_span
    assert {a.source for a in found} == {"Ines Okafor"}


def test_split_quote_gives_one_attribution_a_part() -> None:
    _, found = attributions('"We are ready," Ines Okafor said, "and the piers are safe."')
    assert [a.content for a in found] == ["We are ready,", "and the piers are safe."]
    assert found[0].quote == found[1].quote


def test_a_quote_continuing_a_speaker_is_no_attribution() -> None:
    _, found = attributions(
        'Ines Okafor said the port would grow.\n\n"We have waited long enough."'
    )
    assert [a.content for a in found] == ["the port would grow"]


def test_words_inside_a_quotation_are_no_cue() -> None:
    _, found = attributions('"He said nothing about it," Ines Okafor said.')
    assert len(found) == 1
    assert found[0].content == "He said nothing about it,"


def test_headline_is_not_read() -> None:
    text = "Mayor says port will reopen\n\nPORTVILLE (AP) \u2014 The council met.\n"
    assert [fact for fact in newsfacts.extract(text) if isinstance(fact, Attribution)] == []


@pytest.mark.parametrize(
    "body",
    [
        "The body was found near the pier.",
        "A passerby called police to report the fire.",
        "The talks are expected to resume.",
        "Police found the missing boat near the pier.",
    ],
)
def test_no_attribution(body: str) -> None:
    _, found = attributions(body)
    assert found == []


def test_a_long_line_without_spaces_is_read_quickly() -> None:
    _, found = attributions("x" * 200_000 + " said." + " said" * 5_000)
    assert isinstance(found, list)


def test_quote_before_a_titled_name_and_its_continuation() -> None:
    _, found = attributions(
        '"The pier is safe," Mr. Banda said. "We checked every beam last week."'
    )
    contents = [(item.source, item.cue, item.content, item.type) for item in found]
    assert contents == [
        ("Banda", "said", "The pier is safe,", "quote"),
        ("Banda", "said", "We checked every beam last week.", "quote"),
    ]
    assert found[0].quote is not None
    assert found[1].quote is not None


def test_adjunct_after_the_cue_is_no_content() -> None:
    _, item = one('"Delays are not an option," Mr. Banda said after the hearing.')
    assert (item.source, item.content) == ("Banda", "Delays are not an option,")


def test_participle_without_an_earlier_cue_takes_the_sentence_subject() -> None:
    text, item = one(
        "The dock workers walked off the job on Friday, saying the cranes were unsafe."
    )
    assert item.source_span is not None
    assert item.source_span.of(text) == "The dock workers"
    assert (item.cue, item.content) == ("saying", "the cranes were unsafe")


def test_participle_after_an_event_verb_is_no_attribution() -> None:
    _, found = attributions("The storm hit the coast on Friday, killing three people.")
    assert found == []


def test_they_names_the_last_group_source() -> None:
    _, found = attributions(
        "Western bankers said the fees are far too high. "
        "They added that the rules would drive business away."
    )
    assert [item.source for item in found] == ["Western bankers", "Western bankers"]


def test_passive_with_its_agent_after_the_cue() -> None:
    _, item = one("A call for new fees has been rejected by Mayor Ines Okafor.")
    assert (item.source, item.cue) == ("Ines Okafor", "has been rejected by")
    assert item.content == "A call for new fees"


def test_made_it_clear_and_gave_no_details() -> None:
    _, found = attributions(
        "The council made it clear that the ferry would not run. "
        "Police gave no details about the search."
    )
    assert [(item.cue, item.content, item.type) for item in found] == [
        ("made it clear", "the ferry would not run", "statement"),
        ("gave no details about", "the search", "refusal"),
    ]


def test_polnear_scope_adds_stances_and_that_verbs() -> None:
    text = HEAD + (
        "Mayor Ines Okafor wants to close the pier. "
        "The union insinuated that the mayor lied. "
        "The board dropped harbor policies that limit trade.\n"
    )
    article = newsfacts.parse(text)
    from newsfacts.extractors.attributions import find_attributions

    assert find_attributions(article) == []
    wide = find_attributions(article, scope="polnear")
    assert [(item.source, item.cue, item.content) for item in wide] == [
        ("Ines Okafor", "wants", "to close the pier"),
        ("The union", "insinuated", "that the mayor lied"),
    ]


def test_a_verb_with_its_own_object_after_a_long_subject_is_not_inverted() -> None:
    body = (
        "Ravi Mendes, head of the Dockers Guild, a union that runs the night shifts, "
        'called the vote "a betrayal."'
    )
    text, found = attributions(body)
    assert [(a.source, a.cue) for a in found] == [("Ravi Mendes", "called")]
    assert found[0].source_span is not None
    assert found[0].source_span.of(text).startswith("Ravi Mendes")


def test_citing_a_reason_after_a_comma_is_the_subject_speaking() -> None:
    _, item = one("The ferry crews refused to sail, citing the poor state of the hulls.")
    assert (item.source, item.cue) == ("The ferry crews", "citing")
    assert item.content == "the poor state of the hulls"


def test_citing_a_source_after_a_comma_still_names_that_source() -> None:
    _, found = attributions("The port will close in May, the paper reported, citing officials.")
    assert [a.source for a in found if a.cue == "citing"] == ["officials"]


def test_an_adjunct_between_and_and_the_cue_keeps_the_first_subject() -> None:
    body = (
        "The harbor workers have refused to sign the deal, and in recent days said "
        "they would strike."
    )
    _, found = attributions(body)
    said = [a for a in found if a.cue == "said"]
    assert [a.source for a in said] == ["The harbor workers"]
    assert said[0].content == "they would strike"


def test_a_verb_in_a_to_clause_is_no_source() -> None:
    body = (
        "Ines Okafor has trouble finding the money to finance the tax cuts promised "
        "for next year, and has said her budget is stretched."
    )
    _, found = attributions(body)
    assert [(a.source, a.cue) for a in found] == [("Ines Okafor", "said")]


def test_a_number_with_a_thousands_separator_is_one_word_of_the_source() -> None:
    body = "A plan for 3,000 dockers was reportedly rejected by the council."
    _, found = attributions(body)
    assert all("000" not in (a.source or "") for a in found)


def test_according_to_a_name_without_a_comma_ends_at_the_claim() -> None:
    _, item = one("According to Ines Okafor the harbor was sold in March.")
    assert item.source == "Ines Okafor"
    assert item.content == "the harbor was sold in March"


def test_partial_quotes_are_checked_against_contents_by_position() -> None:
    paragraphs = [
        f'Dock official {name} Okafor said the pier was "unsafe" and later called it "a ruin."'
        for name in ("Ada", "Bea", "Cleo", "Dora", "Edna", "Fay", "Gwen", "Hana")
    ]
    _, found = attributions("\n\n".join(paragraphs))
    called = [a for a in found if a.cue == "called"]
    assert len(called) == len(paragraphs)


def test_a_participle_after_a_quote_takes_the_quote_speaker() -> None:
    body = '"The pier is unsafe," Ines Okafor said, adding that repairs would take a year.'
    _, found = attributions(body)
    adding = [a for a in found if a.cue == "adding"]
    assert [(a.source, a.content) for a in adding] == [("Ines Okafor", "repairs would take a year")]


def test_called_names_its_object_with_a_quotation_a_few_words_on() -> None:
    _, item = one('Ines Okafor called the council\'s new harbor plan "a disgrace."')
    assert (item.source, item.cue) == ("Ines Okafor", "called")


def test_wide_scope_signed_line_with_a_misprinted_opening_mark() -> None:
    from newsfacts.extractors.attributions import find_attributions

    text = HEAD + "\u201dThe harbor deserves better than this plan.\u201d \u2015 Ines Okafor\n"
    found = find_attributions(newsfacts.parse(text), scope="polnear")
    signed = [a for a in found if a.cue == "\u2015"]
    assert [(a.source, a.content) for a in signed] == [
        ("Ines Okafor", "The harbor deserves better than this plan.")
    ]


def test_wide_scope_verbs_of_stance_in_every_form() -> None:
    from newsfacts.extractors.attributions import find_attributions

    text = HEAD + "Ines Okafor lambasted the council for its harbor plan.\n"
    found = find_attributions(newsfacts.parse(text), scope="polnear")
    assert [(a.source, a.cue) for a in found] == [("Ines Okafor", "lambasted")]


def test_a_description_then_a_name_between_commas_names_the_source() -> None:
    _, found = attributions(
        "The council said the pier was safe, and the port's lawyer, Jon Banda, said the"
        " ''absurd'' claims were a sign of panic."
    )
    last = found[-1]
    assert (last.source, last.cue) == ("Jon Banda", "said")
    assert last.content.startswith("the ''absurd'' claims were")
    assert found[0].content == "the pier was safe"


def test_a_phrase_opened_by_a_verb_is_no_source() -> None:
    _, found = attributions(
        "The harbor police said a sailor who was flown from the coast had not admitted any"
        " role in the fire."
    )
    assert [(a.source, a.cue) for a in found] == [("The harbor police", "said")]


def test_a_relative_clause_after_its_noun_stays_in_the_source() -> None:
    text, item = one("A 2019 survey that appeared in the Harbor Review found that most docks leak.")
    assert item.source_span is not None
    assert item.source_span.of(text) == "A 2019 survey that appeared in the Harbor Review"
    assert item.content == "most docks leak"


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("A clerk mistakenly said the ferry had sailed.", "A clerk"),
        ("The dockers thus far have said they will not strike.", "The dockers"),
        ("The family said the boat was found.", "The family"),
    ],
)
def test_adverbs_between_subject_and_cue_are_no_source(body: str, source: str) -> None:
    text, item = one(body)
    assert item.source_span is not None
    assert item.source_span.of(text) == source


def test_a_title_to_a_country_before_a_name_is_one_source() -> None:
    _, item = one("Portland's Ambassador to Norway Ines Okafor said on Monday the talks failed.")
    assert item.source == "Ines Okafor"


def test_a_description_too_long_to_read_still_gives_its_final_name() -> None:
    text, item = one(
        "Deputy head of the northern branch of the Union of Harbour and Canal Workers"
        " Ines Okafor said the strike would end."
    )
    assert item.source_span is not None
    assert item.source_span.of(text) == "Ines Okafor"
    assert item.content == "the strike would end"


def test_a_source_inside_an_earlier_claim_is_not_shared_by_a_later_verb() -> None:
    _, found = attributions(
        "Mayor Ines Okafor acknowledged some critics believed she was too cautious, but said"
        " the port was safe."
    )
    said = [item for item in found if item.cue == "said"]
    assert [(item.source, item.content) for item in said] == [("Ines Okafor", "the port was safe")]


def test_content_that_shares_words_with_a_quote_links_it() -> None:
    # A quotation whose closing mark the quotes extractor put past the sentence's end: the
    # content holds only its first words, and still links it.
    text = HEAD + 'Ines Okafor said the pier "is closed. The ferry waits," and left.\n'
    opening = text.index('"is closed')
    closing = text.index('waits,"') + len('waits,"')
    quote = Quote(
        span=Span(start=opening, end=closing),
        text=text[opening + 1 : closing - 1],
        parts=(Span(start=opening + 1, end=closing - 1),),
        type="partial",
    )
    found = find_attributions(newsfacts.parse(text), [quote])
    said = [item for item in found if item.cue == "said"]
    assert [item.content for item in said] == ['the pier "is closed']
    assert said[0].quote == quote.span
    assert said[0].type == "statement"


def test_statement_content_holding_a_partial_quote_links_it() -> None:
    text, item = one('Ines Okafor said the plan was "a gift to smugglers" and would fail.')
    assert item.quote is not None
    assert item.quote.of(text) == '"a gift to smugglers"'
    assert item.type == "statement"


def test_a_cue_with_a_colon_closing_its_paragraph_takes_the_next_paragraph() -> None:
    _, found = attributions(
        "Ines Okafor added:\n\nThe pier is old. Nobody has checked its beams in years.\n\n"
        "The council met again on Friday."
    )
    assert [(item.source, item.cue, item.content) for item in found] == [
        ("Ines Okafor", "added", "The pier is old. Nobody has checked its beams in years")
    ]


def test_wide_scope_polls_and_videos_show_findings() -> None:
    text = HEAD + (
        "Polls show a close race in the harbor ward. "
        "Video of the arrest shows the officer waving a baton.\n"
    )
    wide = find_attributions(newsfacts.parse(text), scope="polnear")
    assert [(item.source, item.cue, item.type) for item in wide] == [
        ("Polls", "show", "report"),
        ("Video of the arrest", "shows", "report"),
    ]


def test_a_plural_noun_before_a_preposition_is_no_cue() -> None:
    text = HEAD + "The dockers suffered personal attacks upon their union.\n"
    wide = find_attributions(newsfacts.parse(text), scope="polnear")
    assert [item.cue for item in wide] == []
    text = HEAD + "The mayor attacks the union over its pay claims.\n"
    wide = find_attributions(newsfacts.parse(text), scope="polnear")
    assert [item.cue for item in wide] == ["attacks"]


def test_what_a_source_called_is_no_claim() -> None:
    text = HEAD + 'The council condemned what Ines Okafor called "a fair deal".\n'
    wide = find_attributions(newsfacts.parse(text), scope="polnear")
    assert [item.cue for item in wide if item.cue_lemma == "call"] == []
    text = HEAD + 'Ines Okafor called the deal "fair".\n'
    wide = find_attributions(newsfacts.parse(text), scope="polnear")
    assert [item.cue for item in wide] == ["called"]


def test_a_view_inside_a_reported_claim_is_part_of_it() -> None:
    _, found = attributions("Ines Okafor admitted some dockers believe the pier is unsafe.")
    assert [(item.source, item.cue, item.content) for item in found] == [
        ("Ines Okafor", "admitted", "some dockers believe the pier is unsafe")
    ]


def test_a_relative_clause_after_a_name_ending_a_longer_phrase() -> None:
    _, found = attributions(
        "Jon Banda flew north to meet with Ines Okafor, who had told him the pier was safe."
    )
    assert [(item.source, item.cue, item.content) for item in found] == [
        ("Ines Okafor", "told", "the pier was safe")
    ]


def test_a_shared_subject_ends_before_its_adverb() -> None:
    text, found = attributions(
        "The dockers thus far have refused to sign the deal, and on Monday said they would strike."
    )
    said = [item for item in found if item.cue == "said"]
    assert said[0].source_span is not None
    assert said[0].source_span.of(text) == "The dockers"


def test_a_day_after_the_cue_is_skipped_alone() -> None:
    _, found = attributions(
        "Ines Okafor made clear today the port would stay open, but said the pier would close."
    )
    assert [(item.cue, item.content) for item in found] == [
        ("made clear", "the port would stay open"),
        ("said", "the pier would close"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "In March a harbor judge ruled against the dockers.",
        "The dockers yelled and wept when the verdict was read.",
    ],
)
def test_acts_after_a_cue_word_are_no_attribution(body: str) -> None:
    _, found = attributions(body)
    assert found == []


def test_a_ruling_that_reports_a_finding() -> None:
    _, item = one("A harbor judge ruled that the pier must close.")
    assert (item.cue, item.content) == ("ruled", "the pier must close")


def _quote_with_cue(text: str, words: str, cue: str, kind: str) -> Quote:
    """A quote record as the quotes extractor gives it: ``words`` in marks, with its cue."""
    start = text.index(words)
    cue_start = text.index(cue)
    return Quote(
        span=Span(start=start - 2, end=start + len(words) + 2),
        text=words,
        parts=(Span(start=start, end=start + len(words)),),
        type=kind,  # type: ignore[arg-type]
        cue=cue,
        cue_span=Span(start=cue_start, end=cue_start + len(cue)),
    )


@pytest.mark.parametrize("kind", ["direct", "partial"])
def test_called_with_a_quotation_keeps_what_was_called(kind: str) -> None:
    text = HEAD + "Ines Okafor called the new toll ``a tax on sailors.''\n"
    quote = _quote_with_cue(text, "a tax on sailors.", "called", kind)
    found = find_attributions(newsfacts.parse(text), [quote])
    assert [(item.cue, item.content, item.quote) for item in found] == [
        ("called", "the new toll ``a tax on sailors.''", quote.span)
    ]


@pytest.mark.parametrize("kind", ["direct", "partial"])
def test_a_quotation_ending_the_reporters_clause_is_part_of_its_claim(kind: str) -> None:
    text = HEAD + (
        "But the council's plan to close the pier was ``well within its powers,'' the ruling"
        " read.\n"
    )
    quote = _quote_with_cue(text, "well within its powers,", "read", kind)
    found = find_attributions(newsfacts.parse(text), [quote])
    assert [(item.cue, item.content, item.quote) for item in found] == [
        ("read", "the council's plan to close the pier was ``well within its powers,''", quote.span)
    ]


def test_a_quotation_after_a_cue_of_its_own_is_not_taken_into_a_later_claim() -> None:
    _, found = attributions(
        'Ines Okafor said the toll was "a tax on sailors," adding that it would end soon.'
    )
    said = [item for item in found if item.cue == "said"]
    assert said
    assert said[0].content.startswith("the toll was")
    assert all(not item.content.startswith("Ines Okafor") for item in found)


def test_called_for_is_a_stance_only_the_wide_scope_attributes() -> None:
    text = HEAD + "The 1990 charter calls for a free port at Portville.\n"
    article = newsfacts.parse(text)
    assert find_attributions(article) == []
    wide = find_attributions(article, scope="polnear")
    assert [(item.cue, item.content) for item in wide] == [
        ("calls for", "a free port at Portville")
    ]


def test_a_quotation_reopened_without_being_closed_is_one_attribution() -> None:
    text = HEAD + 'Ines Okafor said: "The pier is old. "Nobody checks the beams."\n'
    words = ("The pier is old.", "Nobody checks the beams.")
    starts = [text.index(part) for part in words]
    quote = Quote(
        span=Span(start=starts[0] - 1, end=starts[1] + len(words[1]) + 1),
        text=" ".join(words),
        parts=tuple(Span(start=s, end=s + len(w)) for s, w in zip(starts, words, strict=True)),
        cue="said",
        cue_span=Span(start=text.index("said"), end=text.index("said") + 4),
    )
    found = find_attributions(newsfacts.parse(text), [quote])
    assert [item.content for item in found] == ["The pier is old. Nobody checks the beams."]


def test_asking_a_hearer_for_something_is_a_request() -> None:
    _, found = attributions(
        "The dockers say the board has stalled the deal by asking them for a full list of"
        " their wages."
    )
    assert [(item.cue, item.content) for item in found] == [
        ("say", "the board has stalled the deal")
    ]


def test_a_name_and_its_appositive_before_said_is_no_inverted_cue() -> None:
    _, found = attributions(
        "Jon Amadi, a spokesman for the Dockers Guild of Portville, said the guild expected "
        "traffic to recover in the spring."
    )
    said = [item for item in found if item.cue == "said"]
    assert len(said) == 1
    assert said[0].source == "Jon Amadi"
    assert said[0].content.startswith("the guild expected traffic")


def test_a_clause_with_a_comma_before_an_inverted_cue_keeps_the_inverted_source() -> None:
    _, found = attributions(
        "In Portville, the harbor master would hold talks with the guild, said Jon Amadi."
    )
    said = [item for item in found if item.cue == "said"]
    assert [item.source for item in said] == ["Jon Amadi"]


def test_an_endless_sentence_of_cues_gives_each_cue_a_bounded_content() -> None:
    from newsfacts.extractors._attribution_content import CONTENT_REACH

    cues = 400  # far more words than one content may hold
    text = "PORTVILLE (AP) -- " + "The harbor master said " * cues + "that the pier was closed.\n"
    found = find_attributions(newsfacts.parse(text))
    assert len(found) == cues  # one claim a cue
    for item in found:
        assert item.cue_span is not None
        (part,) = item.content_parts
        assert item.content == part.of(text)
        # What follows its own cue, cut between words (never inside one), and bounded.
        assert text[item.cue_span.end : part.start].split() in ([], ["that"])
        assert len(item.content) <= CONTENT_REACH
        assert not text[part.end].isalnum()
    # The early claims are cut short; the last ones still reach the end of the sentence.
    assert len(found[0].content) < len(text) - found[0].cue_span.end - 30
    assert found[-1].content == "the pier was closed"
