"""Quotation marks as real copy types them: primes, German singles, closing marks typed to open,
doubled single curly marks, possessives inside single quotations, quotations not reopened."""

from __future__ import annotations

import pytest

from newsfacts.quotemarks import find_quotations
from newsfacts.records import Span


def _quoted(text: str) -> list[str]:
    paragraphs, start = [], 0
    for block in text.split("\n\n"):
        paragraphs.append(Span(start=start, end=start + len(block)))
        start += len(block) + 2
    return [" / ".join(p.of(text) for p in q.parts) for q in find_quotations(text, paragraphs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural possessive inside a single quotation, another quotation opening later
        (
            "He had \u2018no qualms\u2019 about the plan, as long as Roe\u2019s team had "
            "\u2018the safeguards.\u2019",
            ["no qualms", "the safeguards."],
        ),
        # single quotations run together: the second opener ends the first
        ("Roe said, \u2018We are here. \u2018We stay.\u2019", ["We are here.", "We stay."]),
        # a double prime typed for the marks
        ("\u2033We are ready,\u2033 she said.", ["We are ready,"]),
        # a closing mark typed to open (CMS error)
        ("\u201dWe are ready,\u201d she said.", ["We are ready,"]),
        # two single curly marks typed for a double opener
        ("\u2018\u2019It is over,\u201d he said.", ["It is over,"]),
        # German single marks
        ("Sie sagte: \u201aJa\u2018 und ging.", ["Ja"]),
        # a backtick inside a word is an apostrophe
        ('"They don`t know," he said.', ["They don`t know,"]),
        # a quotation not reopened in its next paragraph runs on to that paragraph's closer
        ("Roe said, \u201cWe are here.\n\nWe stay,\u201d she said.", ["We are here. / We stay,"]),
    ],
)
def test_proposed_pairing(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected
