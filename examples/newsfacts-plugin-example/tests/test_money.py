"""The money extractor on stories written for these tests, in the styles of wire copy."""

from __future__ import annotations

import time
from decimal import Decimal

import newsfacts
import pytest
from newsfacts.testing import run_extractor

from newsfacts_money import MoneyAmount, MoneyExtractor, find_amounts


def amounts(text: str) -> list[tuple[str, str, str | None]]:
    return [(found.text, found.amount, found.currency) for found in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1.5 billion", ("$1.5 billion", "1500000000", "USD")),
        ("1.5 bln dlrs", ("1.5 bln dlrs", "1500000000", "USD")),
        ("€20 million", ("€20 million", "20000000", "EUR")),
        ("20 million euros", ("20 million euros", "20000000", "EUR")),
        ("5.93 mln yen", ("5.93 mln yen", "5930000", "JPY")),
        ("US$ 300", ("US$ 300", "300", "USD")),
        ("Rs 40 crore", ("Rs 40 crore", "400000000", "INR")),
        ("£3bn", ("£3bn", "3000000000", "GBP")),
        ("$300k", ("$300k", "300000", "USD")),
        ("C$9.75", ("C$9.75", "9.75", "CAD")),
        ("HK$1,200.50", ("HK$1,200.50", "1200.5", "HKD")),
        ("EUR 5 million", ("EUR 5 million", "5000000", "EUR")),
        ("DM5m", ("DM5m", "5000000", "DEM")),
        ("300 mln Canadian dlrs", ("300 mln Canadian dlrs", "300000000", "CAD")),
        ("2.35 billion U.S. Dlrs", ("2.35 billion U.S. Dlrs", "2350000000", "USD")),
        ("40 mln stg", ("40 mln stg", "40000000", "GBP")),
        ("150 MLN DLRS", ("150 MLN DLRS", "150000000", "USD")),
        ("five dlrs", ("five dlrs", "5", "USD")),
        ("a 4.9-mln-dlr contract", ("4.9-mln-dlr", "4900000", "USD")),
        ("down dlrs 2.5 billion", ("dlrs 2.5 billion", "2500000000", "USD")),
        ("six billion francs", ("six billion francs", "6000000000", None)),
        ("12 billion Swiss francs", ("12 billion Swiss francs", "12000000000", "CHF")),
    ],
)
def test_wire_styles(text: str, expected: tuple[str, str, str | None]) -> None:
    assert amounts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 2 million pounds of cocaine.",  # a weight
        "He weighs 175 pounds.",  # a weight: "pounds" needs a scale word or a country
        "Fianna Fail won 81 of the 166 seats.",  # the verb, not the currency
        "The 19 euro zone countries met.",
        "Figures are given in dlrs 1987.",  # a year after the word
        "The flight took 5 hours.",
        "None dollars",  # "one" inside a word
    ],
)
def test_not_money(text: str) -> None:
    assert amounts(text) == []


def test_scale_and_range() -> None:
    (money,) = find_amounts("It will cost $2-3 million.")
    assert (money.amount, money.amount_max, money.multiplier) == ("2000000", "3000000", 10**6)


def test_line_break_inside_an_amount() -> None:
    text = "Profits rose to 332 mln\ndlrs in 1986."
    (money,) = find_amounts(text)
    assert money.text == "332 mln\ndlrs"
    assert text[money.span.start : money.span.end] == money.text


def test_run_extractor_on_a_story() -> None:
    story = (
        "TOKYO, March 3 - Nippon Widget said it would spend 5.93 mln yen, or about\n"
        "$40,000, on a plant, and a further 1.5 bln dlrs over ten years.\n"
    )
    facts = run_extractor(MoneyExtractor(), story)
    money = [fact for fact in facts if isinstance(fact, MoneyAmount)]
    assert len(money) == len(facts)
    assert [found.text for found in money] == ["5.93 mln yen", "$40,000", "1.5 bln dlrs"]
    assert all(found.extractor == "money" for found in money)
    assert all(story[found.span.start : found.span.end] == found.text for found in money)


def test_value_is_exact() -> None:
    (money,) = find_amounts("It raised 0.1 bln dlrs.")
    assert money.value() == Decimal("100000000")


@pytest.mark.parametrize(
    "text",
    ["9" * 1_000_000, "$" * 1_000_000, "1," * 500_000, "5 mln " * 100_000, "US$1-" * 100_000],
)
def test_linear_on_hostile_input(text: str) -> None:
    started = time.perf_counter()
    for _ in find_amounts(text):
        pass
    assert time.perf_counter() - started < 10  # about 1 s per MB; quadratic would be hours


def test_extractor_satisfies_the_protocol() -> None:
    assert isinstance(MoneyExtractor(), newsfacts.Extractor)
