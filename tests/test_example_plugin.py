"""The example plugin in examples/newsfacts-plugin-example, run from its source folder.

Nothing is built or installed here: its ``src`` folder goes on ``sys.path`` and the plugin is
registered with the :mod:`newsfacts.testing` helpers, as a plugin author's own tests do. The
real install (wheel, entry point, ``newsfacts`` command) is checked by the example's
``ci-check.sh`` in CI.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newsfacts
from newsfacts.serialize import from_dict, to_dict
from newsfacts.testing import isolated_host, register_plugin, run_extractor

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "newsfacts-plugin-example"
sys.path.insert(0, str(EXAMPLE / "src"))

from newsfacts_money import MoneyAmount, MoneyExtractor, plugin  # noqa: E402

STORY = (
    "TOKYO, March 3 (Reuters) - Nippon Widget KK said it would spend 5.93 mln yen\n"
    "on a pilot line and 1.5 bln dlrs on a new plant, and sell its Osaka unit for\n"
    "US$ 300 million.\n"
    "    The European arm will add €20 million, or 20 million euros by another count.\n"
)
EXPECTED = [
    ("5.93 mln yen", "5930000", "JPY", 10**6),
    ("1.5 bln dlrs", "1500000000", "USD", 10**9),
    ("US$ 300 million", "300000000", "USD", 10**6),
    ("€20 million", "20000000", "EUR", 10**6),
    ("20 million euros", "20000000", "EUR", 10**6),
]


def money_of(facts: tuple[newsfacts.Fact, ...]) -> list[MoneyAmount]:
    money = [fact for fact in facts if isinstance(fact, MoneyAmount)]
    assert len(money) == len(facts), facts
    return money


def test_extract_emits_money_amounts_with_true_spans() -> None:
    with isolated_host(plugin):
        money = money_of(newsfacts.extract(STORY, only="money", strict=True))
    assert [(m.text, m.amount, m.currency, m.multiplier) for m in money] == EXPECTED
    assert all(m.extractor == "money" for m in money)
    assert all(STORY[m.span.start : m.span.end] == m.text for m in money)


def test_runs_next_to_the_built_in_extractors() -> None:
    with isolated_host(plugin) as host:
        assert "money" in host.extractors
        facts = newsfacts.extract(STORY, strict=True)
    assert [m.text for m in money_of(tuple(f for f in facts if f.extractor == "money"))] == [
        text for text, *_ in EXPECTED
    ]


def test_register_plugin_on_the_process_wide_host() -> None:
    with isolated_host(), register_plugin(plugin, name="money-example") as host:
        info = host.info("money-example")
        assert (info.status, info.extractors) == ("ok", ("money",))
        assert newsfacts.extract("It paid $5m.", only="money", strict=True)[0].span.start == 8
    with isolated_host(), pytest.raises(ValueError, match="money"):
        newsfacts.extract("It paid $5m.", only="money")  # unregistered when the block ended


def test_records_round_trip_through_serialize() -> None:
    with isolated_host(plugin):
        money = money_of(newsfacts.extract(STORY, only="money", strict=True))
        for record in money:
            data = to_dict(record)
            assert data["kind"] == "money_amount"
            assert from_dict(data) == record
            assert newsfacts.from_json(newsfacts.to_json(record)) == record


def test_run_extractor_without_a_host() -> None:
    facts = run_extractor(MoneyExtractor(), "Sales fell to 40 mln stg from 45 mln stg.")
    assert [(m.text, m.currency) for m in money_of(facts)] == [
        ("40 mln stg", "GBP"),
        ("45 mln stg", "GBP"),
    ]


def test_pyproject_declares_the_entry_point() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+; the CI check covers 3.10
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "newsfacts-plugin-example"
    assert project["entry-points"]["newsfacts"] == {"money": plugin.__name__}
    assert any(dependency.startswith("newsfacts") for dependency in project["dependencies"])
