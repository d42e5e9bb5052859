"""Shortcuts taken for speed decide as the full test would: the triggers tried at a head word,
the quick rejections of head and foot lines before a source pattern runs, the head lines of a
dateline split at once. Invented fixtures in the wire styles."""

from __future__ import annotations

import datetime
import re

import attrs
import pytest

from newsfacts import bylines, dateline, names, quotemarks, segment, sources
from newsfacts.extractors import _travel_dates as travel_dates
from newsfacts.extractors import _travel_triggers as triggers
from newsfacts.records import Mention, Span

_TRAVEL_SENTENCES = [
    "The minister will leave for Paris on Monday and return home on Friday.",
    "Ms. Roe left early Tuesday for Brussels, where she was due back in May.",
    "The president is expected in Oslo; he was expected here last week.",
    "The envoy set off for Lima after a stop-over in Panama and a stopover in Quito.",
    "Officials said the trip to Accra will end on Sunday, as the visit ended early.",
    "She is due to meet the king and was scheduled to address parliament.",
    "The team wrapped up a three-day visit to Hanoi and headed back to Seoul.",
    "He spent two days in Tunis and attended the summit in Algiers.",
    "Is the delegation going to Rome? BEGAN its tour in Cairo, arrived in Amman.",
    "A convoy was dispatched by the army to the border; troops were sent to Gao.",
]


def _slow_triggers(text: str, start: int, end: int) -> list[tuple[tuple[int, int], str | None]]:
    """Every head word tried against the whole alternation: what ``triggers_in`` did."""
    found = []
    cursor = start
    for word in re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)?", text[start:end]):
        position = start + word.start()
        if position < cursor or not any(
            head == word.group().lower() or head == word.group().lower().split("-")[0]
            for head in triggers._HEADS
        ):
            continue
        match = triggers.TRIGGER.match(text, position, end)
        if match is not None:
            found.append((match.span(), match.lastgroup))
            cursor = match.end()
    return found


@pytest.mark.parametrize("sentence", _TRAVEL_SENTENCES)
def test_triggers_tried_per_head_word_match_as_the_whole_alternation(sentence: str) -> None:
    text = "Lead words. " + sentence + " Trailing words."
    start, end = len("Lead words. "), len("Lead words. ") + len(sentence)
    fast = [(match.span(), match.lastgroup) for match in triggers.triggers_in(text, start, end)]
    assert fast == _slow_triggers(text, start, end)
    assert fast  # every fixture names travel


def test_every_head_word_keeps_the_triggers_that_start_with_it() -> None:
    for head in triggers._HEADS:
        pattern = triggers._trigger_for(head).pattern
        for index, firsts in enumerate(triggers._PATTERN_HEADS):
            if head in firsts:
                assert f"(?P<k{index}>" in pattern


@pytest.mark.parametrize(
    "line",
    ["Reuter", "REUTER...", "  -- Xinhua", "(Yonhap) (END)", "(AFP) ^M", "REUTERS (end)"],
)
def test_trailer_lines_pass_the_quick_length_test(line: str) -> None:
    assert sources._fits_trailer(line)
    found, shaped = sources._trailer(line)
    assert found is not None
    assert shaped


def test_a_prose_line_ending_in_a_full_stop_is_no_trailer() -> None:
    line = "    The company said the sale was not expected to close before June."
    assert not sources._fits_trailer(line)
    assert sources._trailer(line) == (None, False)
    # Shorter than a credit can be, it still reaches the pattern, which turns it down too.
    assert sources._trailer("    Sales rose sharply.")[0] is None


def test_head_lines_that_fail_the_quick_tests_give_no_tags() -> None:
    story = (
        "COMPANY PROFITS RISE\n"
        "Associated Press Writer\n"
        "By Jane Roe, Reuters\n"
        "copyright 2001 The Daily Planet\n"
        "    NEW YORK, March 3 - Profits rose, the company said.\n"
    )
    line = dateline.find_dateline(story)
    tags = sources.find_source_tags(story, dateline=line)
    assert [(tag.text, tag.position) for tag in tags] == [
        ("Associated Press", "byline"),
        ("Reuters", "byline"),
        ("The Daily Planet", "service"),
    ]


def _slow_head_lines(text: str) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    stop = min(len(text), dateline.HEAD_CHARS)
    start = 0
    while start < stop and len(lines) < dateline.HEAD_LINES:
        newline = text.find("\n", start, stop)
        end = stop if newline < 0 else newline
        lines.append((start, text[start:end].rstrip("\r")[: dateline.LINE_CHARS]))
        start = end + 1
    return lines


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "one line",
        "one line\n",
        "a\r\n\r\nb\r\n",
        "\n" * 40,
        "line\n" * dateline.HEAD_LINES,
        "line\n" * (dateline.HEAD_LINES - 1) + "last",
        "x" * (dateline.HEAD_CHARS + 10) + "\nafter",
        "short\n" + "y" * (dateline.LINE_CHARS * 2) + "\n",
    ],
)
def test_head_lines_split_at_once_are_the_lines_read_one_by_one(text: str) -> None:
    assert dateline._head_lines(text) == _slow_head_lines(text)


def _byline_head_lines_read_one_by_one(text: str) -> list[tuple[int, int, bool, bool]]:
    head = []
    non_blank = 0
    for line in bylines._lines(text, 0, min(len(text), bylines.HEAD_CHARS)):
        head.append(tuple(line))
        if not line.blank:
            non_blank += 1
            if non_blank >= bylines.HEAD_LINES:
                break
    return head


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\r",
        "\n\n",
        "Headline\r\n\r\n  \t\r\nBy Jane Roe\r\n",
        "\tindented\n \n" * 20,
        "line\n" * (bylines.HEAD_LINES + 3),
        "z" * (bylines.HEAD_CHARS - 1) + "\n\n",
    ],
)
def test_byline_head_lines_split_at_once_are_the_lines_read_one_by_one(text: str) -> None:
    assert [tuple(line) for line in bylines._head_lines(text)] == (
        _byline_head_lines_read_one_by_one(text)
    )


def test_indented_service_and_by_lines_are_still_read() -> None:
    story = (
        "Talks resume\n\n"
        "    By JANE ROE\n"
        "    Associated Press Writer\n\n"
        "    c.2001 The Daily Planet\n\n"
        "    SEOUL (AP) -- Talks resumed.\n"
    )
    found = bylines.find_bylines(story, dateline=dateline.find_dateline(story))
    assert [(b.text, b.organization) for b in found] == [
        ("By JANE ROE\n    Associated Press Writer", "Associated Press"),
        ("c.2001 The Daily Planet", "The Daily Planet"),
    ]


def test_a_capital_unknown_to_str_isupper_may_still_open_a_line() -> None:
    assert bylines._may_be_upper("A")
    assert not bylines._may_be_upper("a")
    assert not bylines._may_be_upper("")
    assert sources._may_be_upper("\u00c9")


@pytest.mark.parametrize(
    "text",
    ["a\r\nb\rc\nd\u2028e\u2029f", "\r\r\n\n", "\n\r", "no break", "\r\n\r\n"],
)
def test_line_breaks_are_found_as_before(text: str) -> None:
    old = re.compile(r"\r\n|[\n\r\u2028\u2029]")
    assert [m.span() for m in segment._LINE_BREAK.finditer(text)] == [
        m.span() for m in old.finditer(text)
    ]


@pytest.mark.parametrize(
    "text", ['Yes... no?! "Fine."\' Ok.) end', "...", "a.b", "Wait?\u201d", "x!!!)]}"]
)
def test_sentence_stops_are_found_as_before(text: str) -> None:
    old = re.compile(r"[.?!…]+[" + re.escape(segment._CLOSERS) + r"]*")
    assert [m.span() for m in segment._STOP.finditer(text)] == [
        m.span() for m in old.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "``Hi,'' he said",
        "'''",
        "```x",
        "it's \u201cfine\u201d and \u2018so\u2019",
        "\u00abnon\u00bb",
    ],
)
def test_quotation_marks_are_found_as_before(text: str) -> None:
    old = re.compile(r"`+|'+|[\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a]")
    assert [m.span() for m in quotemarks._MARK.finditer(text)] == [
        m.span() for m in old.finditer(text)
    ]


def test_a_mention_made_by_hand_is_the_attrs_record() -> None:
    span = Span(start=0, end=3)
    mention = Mention(span=span, text="Kim", category="person", titles=["Mr."])
    assert mention.titles == ("Mr.",)
    assert mention.resolution == "unresolved"
    assert mention.entity is None
    resolved = attrs.evolve(mention, entity=4, resolution="name")
    assert (resolved.entity, resolved.titles, resolved.span) == (4, ("Mr.",), span)
    assert resolved != mention
    assert attrs.evolve(resolved, entity=None, resolution="unresolved") == mention
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mention.text = "Lee"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("story", "printed"),
    [
        ("Mexico city, march 18 - Talks resumed.\n", "Mexico city, march 18 -"),
        ("McALLEN, Texas (AP) -- Talks resumed.\n", "McALLEN, Texas (AP) --"),
        ("MacDILL AIR BASE, Fla. (AP) _ Talks resumed.\n", "MacDILL AIR BASE, Fla. (AP) _"),
        ("Talks resume\n(Undated)\nTalks resumed.\n", "(Undated)"),
        ("Talks resume\nFriday, August 21, 2015\nTalks resumed.\n", "Friday, August 21, 2015"),
        ("Talks\n    Seoul, July 3 (Yonhap) -- Talks resumed.\n", "Seoul, July 3 (Yonhap) --"),
    ],
)
def test_datelines_past_the_quick_line_tests(story: str, printed: str) -> None:
    found = dateline.find_dateline(story)
    assert found is not None
    assert found.text == printed


@pytest.mark.parametrize(
    "story",
    [
        "Showers continued - the week was wet.\n",
        "Mexico city, march - no day, no dateline.\n",
        "Talks resume\nBoth sides met - and left.\n",
    ],
)
def test_lines_the_quick_tests_turn_down_are_no_datelines(story: str) -> None:
    assert dateline.find_dateline(story) is None


@pytest.mark.parametrize(
    "foot",
    [
        "Talks went on.\n(Reporting by Ann Lee and Bo Kim; Editing by Cy Day)\n",
        "Shares fell by 3 percent, said by analysts.\nAdditional reporting  by\tJo Park\n",
        "Reporting by by Ann Lee; xReporting by Bo Kim; Writing by Cy Day; Photos by Di Fox",
        "Compiled by the desk - Translated by staff - Graphics by Ed Gray",
        "no label here, just by the way by",
    ],
)
def test_credit_labels_are_found_as_the_whole_pattern_finds_them(foot: str) -> None:
    everywhere = [m.span() for m in bylines._credit_label().finditer(foot, 0)]
    assert [m.span() for m in bylines._credit_labels(foot, 0)] == everywhere
    for start in range(len(foot)):
        expected = [m.span() for m in bylines._credit_label().finditer(foot, start)]
        assert [m.span() for m in bylines._credit_labels(foot, start)] == expected


@pytest.mark.parametrize(
    "line", ["Associated Press Writer", "AP\tBusiness Writer", "Staff\x1cReporter", "  Reuters  "]
)
def test_a_credit_line_is_cut_into_chunks_as_the_pattern_cuts_it(line: str) -> None:
    text = "Headline\n" + line + "\n"
    head = bylines._head_lines(text)
    chunks = bylines._CHUNK.findall(line)
    expected = 0 < len(chunks) <= bylines._MOST_CREDIT_TOKENS and bylines._credit_words_ok(chunks)
    assert bylines._credit_shaped(text, head[1]) == expected


def test_tokens_are_named_tuples_with_offsets() -> None:
    text = "By Jane Doe, Reuters"
    tokens = names.tokenize(text)
    assert all(isinstance(token, names.Token) for token in tokens)
    assert [(t.word, text[t.start : t.end]) for t in tokens][-2:] == [
        (",", ","),
        ("Reuters", "Reuters"),
    ]


def test_a_short_foot_line_is_read_once_and_gives_the_same_tag() -> None:
    story = "WASHINGTON (Reuters) - Talks resumed.\n Reuter\n"
    first = sources.find_source_tags(story)
    assert [(tag.text, tag.position) for tag in first] == [("Reuter", "foot")]
    assert sources.find_source_tags(story) == first
    assert sources._short_trailer("Reuter") == sources._trailer("Reuter")


@pytest.mark.parametrize(
    "story",
    [
        "First line.\n\nSecond one.\n",
        "First line.\r\n\r\nSecond one.\r\n",
        "Old Mac line.\rNext one.\r",
        "Line\u2028Separated\u2029Paragraph",
        "    Prices rose in the quarter as demand from the\nbuyers grew.\n    It said.\n",
        "No break at all",
        "\n\n\n",
        "",
    ],
)
def test_paragraphs_split_on_any_line_break_as_before(story: str) -> None:
    found = [(p.span.start, p.span.end, p.text) for p in segment.split_paragraphs(story)]
    unix = story.replace("\r\n", "\n").replace("\r", "\n")
    unix = unix.replace("\u2028", "\n").replace("\u2029", "\n")
    expected = [(p.span.start, p.span.end, p.text) for p in segment.split_paragraphs(unix)]
    if len(unix) == len(story):  # one break for one: the same offsets
        assert found == expected
    else:
        assert [text for _, _, text in found] == [text for _, _, text in expected]
    for start, end, text in found:
        assert story[start:end] == text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("She was in Oslo a week ago.", 1),
        ("She will be in Oslo from Thursday to Saturday.", 1),
        ("He arrives on Sept. 4 and leaves Sep. 9.", 2),
        ("They fly out tomorrow and back tonight.", 2),
        ("The talks went on at length.", 0),
    ],
)
def test_dates_are_found_past_the_quick_test(sentence: str, count: int) -> None:
    found = travel_dates.find_dates(sentence, 0, len(sentence), datetime.date(2018, 7, 3), "auto")
    assert len(found) == count
    # The quick test never turns down a sentence the pattern finds a date in.
    assert travel_dates._may_hold_date(sentence) or travel_dates._DATE.search(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("a three-day visit", [3]),
        ("a WEEK-LONG tour", [7]),
        ("a 48-hour stay", [2]),
        ("a visit", []),
    ],
)
def test_lengths_of_stay_are_found_past_the_quick_test(sentence: str, days: list[int]) -> None:
    assert [d.days for d in travel_dates.find_durations(sentence, 0, len(sentence))] == days


def test_a_date_counted_back_in_capitals_is_still_found() -> None:
    text = "She was in Oslo TWO WEEKS AGO."
    found = travel_dates.find_dates(text, 0, len(text), datetime.date(2018, 7, 3), "past")
    assert [str(d.start) for d in found] == ["2018-06-19"]


def test_a_paragraph_of_in_word_apostrophes_has_nothing_to_pair() -> None:
    text = "The company's chief didn't say, and rock\u2019n\u2019roll fans waited."
    assert quotemarks.pair_paragraph(text, 0, len(text)) == ([], None)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("The firm didn't say 'no'.", ["no"]),
        ("The workers' union met; it's 'fine', they said.", ["fine"]),
        ("He said: \u201cwe can't stop.\u201d", ["we can't stop."]),
        ("'Tis the company's view, he said.", []),
    ],
)
def test_paragraphs_with_other_marks_are_paired_in_full(text: str, inside: list[str]) -> None:
    closed, _ = quotemarks.pair_paragraph(text, 0, len(text))
    assert [text[pair.start : pair.end] for pair in closed] == inside


# -- the entity layer ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "printed",
    [
        "the Tories",
        "NATO",
        "the Foreign Ministry",
        "U.S. State Department",
        "Purolator Courier Corp",
    ],
)
def test_an_organisations_name_facts_are_those_of_its_parts(printed: str) -> None:
    # Coreference reads an organisation's name once per spelling: the same facts as the
    # helpers give one by one.
    from newsfacts.entities import _coref_bodies as bodies
    from newsfacts.entities._coref_names import _initials, _name_words, _strip_article

    name, key, is_acronym, without_country, short, initials, roles = bodies._organization_name(
        printed
    )
    assert name == _strip_article(printed)
    plain_key = " ".join(_name_words(name))
    alias = bodies._ORGANIZATION_ALIASES.get(plain_key)
    assert key == (" ".join(_name_words(alias)) if alias else plain_key)
    assert is_acronym == (bodies._ACRONYM.fullmatch(name) is not None)
    assert without_country == bodies._without_country(name)
    assert short == bodies._short_company_name(name)
    assert initials == _initials(name)
    assert roles == bodies._organization_roles(name)


def test_the_tories_key_is_the_conservatives() -> None:
    from newsfacts.entities import _coref_bodies as bodies

    assert (
        bodies._organization_name("the Tories")[1]
        == bodies._organization_name("the Conservatives")[1]
    )


def test_an_organisation_keeps_its_printed_forms_with_and_without_article() -> None:
    import newsfacts
    from newsfacts.entities.coref import resolve

    text = "The Foreign Ministry said so. Foreign Ministry officials agreed."
    article = newsfacts.parse(text)
    found = [
        Mention(
            span=Span(start=0, end=20),
            text="The Foreign Ministry",
            category="organization",
            name="Foreign Ministry",
            name_span=Span(start=4, end=20),
        ),
        Mention(
            span=Span(start=30, end=46),
            text="Foreign Ministry",
            category="organization",
            name="Foreign Ministry",
            name_span=Span(start=30, end=46),
        ),
    ]
    entities, resolved = resolve(article, found)
    assert len(entities) == 1
    assert entities[0].name == "Foreign Ministry"
    assert entities[0].aliases == ("The Foreign Ministry",)
    assert [m.entity for m in resolved] == [0, 0]


def test_a_name_in_apposition_gets_the_role_before_it_only_when_its_phrase_ends() -> None:
    import newsfacts

    closed = newsfacts.parse("Mr. Roe's lawyer, Ann Lee, said no. The lawyer left.")
    running = newsfacts.parse("Mr. Roe's lawyer, Ann Lee said no to the deal.")
    lee = [e for e in closed.entities if e.name == "Ann Lee"]
    assert len(lee) == 1
    assert "lawyer" in lee[0].titles
    unclosed = [e for e in running.entities if e.name == "Ann Lee"]
    assert len(unclosed) == 1
    assert "lawyer" not in unclosed[0].titles
