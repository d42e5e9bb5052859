"""The plugin inside newsfacts: its hooks load, its records come out of ``newsfacts.extract``
and survive a trip through JSON."""

from __future__ import annotations

import newsfacts
from newsfacts.plugins import PluginHost

from newsfacts_money import MoneyAmount

STORY = (
    "LONDON, May 2 (Reuters) - Acme Holdings agreed to buy Widget Works for\n"
    "$1.5 billion in cash, or about 1.2 billion pounds sterling, the companies said.\n"
)


def test_the_plugin_loads(host: PluginHost) -> None:
    info = {plugin.name: plugin for plugin in host.plugin_info()}
    (ours,) = (plugin for plugin in info.values() if "money" in plugin.extractors)
    assert ours.status == "ok"
    assert set(ours.hooks) == {"newsfacts_extractors", "newsfacts_record_types"}


def test_extract_emits_money_amounts(host: PluginHost) -> None:
    facts = newsfacts.extract(STORY, only="money", strict=True)
    money = [fact for fact in facts if isinstance(fact, MoneyAmount)]
    assert len(money) == len(facts)
    assert [(found.text, found.currency) for found in money] == [
        ("$1.5 billion", "USD"),
        ("1.2 billion pounds sterling", "GBP"),
    ]


def test_records_round_trip_through_json(host: PluginHost) -> None:
    for fact in newsfacts.extract(STORY, only="money", strict=True):
        document = newsfacts.to_json(fact)
        assert '"kind": "money_amount"' in document
        assert newsfacts.from_json(document) == fact
