"""Fast paths taken for speed (the all-capitals test of a paragraph, the lazy reading of a
dateline's head, credit lines rejected before they are tokenised, paragraphs without quotation
marks): each must decide as the slow path would. Invented fixtures in the wire styles."""

from __future__ import annotations

import newsfacts
from newsfacts.bylines import find_bylines
from newsfacts.dateline import find_dateline
from newsfacts.quotemarks import pair_paragraph


def _people(text: str) -> list[str]:
    article = newsfacts.parse(text)
    return [m.name or m.text for m in article.mentions if m.category == "person"]


def test_lower_case_words_of_an_all_capitals_paragraph_do_not_count_as_vocabulary() -> None:
    # ``Marlow`` opens a sentence: had ``marlow`` been printed in lower case elsewhere in the
    # story it would read as an ordinary word; in an all-capitals paragraph it does not count.
    story = (
        "LONDON, May 4 - Talks went on.\n\n"
        "EDITORS PLEASE NOTE THE marlow BRIEFING WILL MOVE LATER TODAY AND TOMORROW\n\n"
        "Marlow Tennant, the union leader, said the talks went well.\n"
    )
    assert "Marlow Tennant" in _people(story)
    plain = story.replace(
        "EDITORS PLEASE NOTE THE marlow BRIEFING WILL MOVE LATER TODAY AND TOMORROW",
        "Editors please note the marlow briefing will move later today.",
    )
    assert "Marlow Tennant" not in _people(plain)


def test_a_possessive_and_a_title_full_stop_are_read_as_before() -> None:
    people = _people("SEOUL (Yonhap) -- Mr. Lee's aides met Gen. Park Min-su on Monday.\n")
    assert "Lee" in people
    assert "Park Min-su" in people


def test_a_full_dateline_two_lines_under_a_bare_one_still_wins() -> None:
    text = "ECONOMIC SPOTLIGHT - JAPAN\n\n    TOKYO, March 3 - Exports rose in February.\n"
    line = find_dateline(text)
    assert line is not None
    assert (line.place, line.month, line.day) == ("TOKYO", 3, 3)


def test_the_first_full_dateline_is_kept_without_reading_further() -> None:
    text = (
        "OIL PRICES EDGE UP\n    HOUSTON, April 2 - Oil prices rose on Thursday as\n"
        "traders bought.\n    DALLAS, April 2 - Another line.\n"
    )
    line = find_dateline(text)
    assert line is not None
    assert line.place == "HOUSTON"


def test_a_credit_line_with_a_comma_or_many_words_is_no_credit() -> None:
    credit = "Talks resume\n\nAssociated Press Writer\n\nDHAKA (AP) _ Water rose.\n"
    assert [b.organization for b in find_bylines(credit)] == ["Associated Press"]
    comma = "Talks resume\n\nAssociated Press, Writer\n\nDHAKA (AP) _ Water rose.\n"
    assert find_bylines(comma) == ()
    long = (
        "Talks resume\n\nAssociated Press Writer For The Big Long Weekly Special Edition Desk\n"
        "\nDHAKA (AP) _ Water rose.\n"
    )
    assert find_bylines(long) == ()


def test_a_paragraph_without_marks_has_nothing_to_pair() -> None:
    text = "Prices rose. They fell again."
    assert pair_paragraph(text, 0, len(text)) == ([], None)
    quoted = 'He said "prices rose" today.'
    pairs, running = pair_paragraph(quoted, 0, len(quoted))
    assert [quoted[pair.start : pair.end] for pair in pairs] == ["prices rose"]
    assert running is None
