"""Bylines at the head of a story and credits at its foot, on fixtures in the wire styles."""

from __future__ import annotations

import pytest

from newsfacts.bylines import find_bylines, find_credits
from newsfacts.records import Byline, Credit, Dateline, Span


def _names(bylines: tuple[Byline, ...]) -> list[list[str]]:
    return [[author.name for author in byline.authors] for byline in bylines]


def _assert_spans(text: str, bylines: tuple[Byline, ...] | tuple[Credit, ...]) -> None:
    for record in bylines:
        assert record.span.of(text) == record.text
        people = record.authors if isinstance(record, Byline) else record.names
        for person in people:
            assert person.span.of(text) == person.name
        if isinstance(record, Byline) and record.organization_span is not None:
            assert record.organization_span.of(text) == record.organization


def test_two_authors_and_an_agency() -> None:
    text = "Ports reopen\n\nBy John Smith and Jane Doe, Associated Press\n\nLAGOS - Ports reopened."
    [byline] = find_bylines(text)
    assert _names((byline,)) == [["John Smith", "Jane Doe"]]
    assert byline.organization == "Associated Press"
    assert byline.role is None
    assert byline.text == "By John Smith and Jane Doe, Associated Press"
    _assert_spans(text, (byline,))


def test_capitals_are_kept_as_printed() -> None:
    text = "PORT STRIKE ENDS\n    By MARTA KOWALSKA, Reuters\n    GDANSK, May 4 - Dockers ended.\n"
    [byline] = find_bylines(text)
    assert _names((byline,)) == [["MARTA KOWALSKA"]]
    assert byline.organization == "Reuters"
    _assert_spans(text, (byline,))


def test_name_line_and_writer_line_make_one_byline() -> None:
    text = "By PETER HALLORAN\nAssociated Press Writer\n\nQUITO, Ecuador (AP) _ Rain fell.\n"
    [byline] = find_bylines(text)
    assert _names((byline,)) == [["PETER HALLORAN"]]
    assert (byline.role, byline.organization) == ("Writer", "Associated Press")
    assert byline.span == Span(start=0, end=text.index("\n\n"))
    _assert_spans(text, (byline,))


def test_staff_reporters_of_a_paper() -> None:
    text = (
        "Banks Trim Rates\n\nBy Harold T. Quist and Maria L. Ferraro\n"
        "Staff Reporters of The Wall Street Journal\n\nBanks cut their rates.\n"
    )
    [byline] = find_bylines(text)
    assert _names((byline,)) == [["Harold T. Quist", "Maria L. Ferraro"]]
    assert byline.role == "Staff Reporters"
    assert byline.organization == "The Wall Street Journal"
    _assert_spans(text, (byline,))


def test_three_names_with_commas_and_and() -> None:
    text = "By Ann Lee, Bo Kim and Cy Day, Reuters\n\nTOKYO - Shares rose.\n"
    assert _names(find_bylines(text)) == [["Ann Lee", "Bo Kim", "Cy Day"]]


def test_comma_separated_names_without_agency() -> None:
    text = "Monks sing\n\nBy Wang Lin, Zhou Mei\n\nKAIFENG, Nov. 4 (Xinhua) -- Monks sang.\n"
    [byline] = find_bylines(text)
    assert _names((byline,)) == [["Wang Lin", "Zhou Mei"]]
    assert byline.organization is None


def test_role_is_not_a_name() -> None:
    text = "By Jane Doe, Chief Economics Correspondent\n\nLONDON - Prices rose.\n"
    [byline] = find_bylines(text)
    assert _names((byline,)) == [["Jane Doe"]]
    assert (byline.role, byline.organization) == ("Chief Economics Correspondent", None)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Gerald F. Seib", ["Gerald F. Seib"]),
        ("By Jean-Pierre Dupont, Reuters", ["Jean-Pierre Dupont"]),
        ("By Martin Luther Jr., Reuters", ["Martin Luther Jr."]),
        ("By Martin Luther, Jr., Reuters", ["Martin Luther, Jr."]),
        ("By Ana de Souza and Piet van Dijk", ["Ana de Souza", "Piet van Dijk"]),
        ("By Sean O'Leary and TED d'ALVISIO, REUTERS", ["Sean O'Leary", "TED d'ALVISIO"]),
        ("BY ROSA LIN AND OMAR HADI, REUTERS", ["ROSA LIN", "OMAR HADI"]),
        ("by Lee Su-min", ["Lee Su-min"]),
    ],
)
def test_names_with_initials_hyphens_suffixes_and_particles(line: str, names: list[str]) -> None:
    text = f"MARKETS CALM\n    {line}\n    SEOUL, May 2 - Markets were calm.\n"
    bylines = find_bylines(text)
    assert _names(bylines) == [names]
    _assert_spans(text, bylines)


def test_agency_printed_without_its_comma() -> None:
    [byline] = find_bylines(
        "RATES STEADY\n    By Lena Ortiz Reuters\n    CHICAGO, May 2 - Rates.\n"
    )
    assert _names((byline,)) == [["Lena Ortiz"]]
    assert byline.organization == "Reuters"


def test_lower_case_story_with_agency() -> None:
    text = "bank talks\n    By lena ortiz, Reuters\n    caracas, march 2 - the bank met.\n"
    assert _names(find_bylines(text)) == [["lena ortiz"]]


def test_service_line_is_a_byline_with_no_authors() -> None:
    text = "TALKS RESUME\n\nBy ROSA LIN\nc.2000 N.Y. Times News Service\n\nGENEVA _ Talks.\n"
    first, service = find_bylines(text)
    assert _names((first,)) == [["ROSA LIN"]]
    assert service.authors == ()
    assert service.organization == "N.Y. Times News Service"
    assert service.text == "c.2000 N.Y. Times News Service"
    _assert_spans(text, (first, service))


def test_writer_line_alone() -> None:
    text = "Flood waters rise\n\nAssociated Press Writer\n\nDHAKA, Bangladesh (AP) _ Water rose.\n"
    [byline] = find_bylines(text)
    assert byline.authors == ()
    assert (byline.role, byline.organization) == ("Writer", "Associated Press")


def test_afp_headline_ending_in_its_byline() -> None:
    text = (
        "Fishermen fear new rules on northern coast by Lucie Marchand\n\n"
        "BREST, France, April 3, 1997 (AFP) - Fishermen protested on Thursday.\n"
    )
    [byline] = find_bylines(text)
    assert byline.text == "by Lucie Marchand"
    assert _names((byline,)) == [["Lucie Marchand"]]
    _assert_spans(text, (byline,))


@pytest.mark.parametrize(
    "headline",
    [
        "Rail strike called off by North Korea",  # a place, not a person
        "Plan to sell port defended by Tomas Berg",  # Berg is the story's subject
        "Boat Sunk by Family Dog",  # a title-case headline: never a byline tail
        "Cricketer bowled over by TV dance win",
    ],
)
def test_headline_tail_that_is_not_a_byline(headline: str) -> None:
    text = f"{headline}\n\nOSLO, April 3 (AFP) - Tomas Berg said the rail plan would go ahead.\n"
    assert find_bylines(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Talks stall\n\nBy Tuesday the talks had stalled, officials said.\n",
        "Talks stall\n\nBy Sunday Morning\n\nThe talks stalled.\n",
        "TALKS STALL\n    GENEVA - They met.\n    By John Smith's account the\ntalks stalled.\n",
        "TALKS STALL\n    GENEVA - Delegates met on\nMonday. By Thursday Anne Lee\nhad left.\n",
        "Talks stall\n\nGENEVA (AP) _ The talks stalled on Tuesday.\n",
        "",
    ],
)
def test_no_byline(text: str) -> None:
    assert find_bylines(text) == ()


def test_byline_beyond_the_head_is_ignored() -> None:
    body = "".join(f"Paragraph {n} of the story.\n\n" for n in range(30))
    assert find_bylines(body + "By John Smith\n\nMore text.\n") == ()


def test_dateline_marks_the_next_paragraph() -> None:
    text = "Talks resume\nBy Ana Ruiz\nGENEVA -- Talks resumed on Tuesday.\n"
    dateline = Dateline(span=Span(start=25, end=34), text="GENEVA --")
    assert _names(find_bylines(text, dateline=dateline)) == [["Ana Ruiz"]]


def test_windows_line_breaks() -> None:
    text = "Talks resume\r\n\r\nBy Ana Ruiz, Reuters\r\n\r\nGENEVA - Talks resumed.\r\n"
    [byline] = find_bylines(text)
    assert byline.text == "By Ana Ruiz, Reuters"


def test_credits_in_parentheses() -> None:
    text = (
        "Shares fell.\n\n(Reporting by Ann Lee and Bo Kim; Writing by Cy Day; Editing by Di Fox)\n"
    )
    credits = find_credits(text)
    assert [(c.role, [n.name for n in c.names]) for c in credits] == [
        ("reporting", ["Ann Lee", "Bo Kim"]),
        ("writing", ["Cy Day"]),
        ("editing", ["Di Fox"]),
    ]
    assert credits[0].text == "Reporting by Ann Lee and Bo Kim"
    _assert_spans(text, credits)


def test_credits_without_parentheses_and_additional_reporting() -> None:
    text = (
        "Shares fell.\n\nReporting by Jane Doe; Additional reporting by Omar Hadi in Cairo;"
        " Editing by John Roe\n"
    )
    credits = find_credits(text)
    assert [(c.role, [n.name for n in c.names]) for c in credits] == [
        ("reporting", ["Jane Doe"]),
        ("additional reporting", ["Omar Hadi"]),
        ("editing", ["John Roe"]),
    ]
    _assert_spans(text, credits)


def test_contributed_to_this_article() -> None:
    text = "Shares fell.\n\nPaula R. Diaz in Madrid contributed to this article.\n"
    [credit] = find_credits(text)
    assert (credit.role, [n.name for n in credit.names]) == ("contributing", ["Paula R. Diaz"])
    assert credit.text == "Paula R. Diaz in Madrid contributed to this article."


def test_credits_are_not_bylines_and_body_editing_is_no_credit() -> None:
    text = "Talks resume\n\nThe editing by Ann Lee was praised.\n\n(Editing by Bo Kim)\n"
    assert find_bylines(text) == ()
    assert [c.role for c in find_credits(text)] == ["editing"]


def test_large_inputs_give_no_byline_and_no_credit() -> None:
    # pytest-timeout guards against a hang; here only the answer is checked.
    huge = "By " + "x" * 1_000_000 + "\n" + "By John Smith and " * 200_000
    assert find_bylines(huge) == ()
    assert find_credits(huge) == ()


def test_byline_and_credits_around_a_long_body_are_found() -> None:
    text = (
        "Talks resume\n\nBy John Smith\n\n"
        + "Talks went on. " * 200_000
        + "\n\n(Reporting by Ann Lee; Editing by Bo Kim)\n"
    )
    assert [author.name for byline in find_bylines(text) for author in byline.authors] == [
        "John Smith"
    ]
    credits = find_credits(text)
    assert [(credit.role, [author.name for author in credit.names]) for credit in credits] == [
        ("reporting", ["Ann Lee"]),
        ("editing", ["Bo Kim"]),
    ]
    for credit in credits:
        for author in credit.names:
            assert text[author.span.start : author.span.end] == author.name
