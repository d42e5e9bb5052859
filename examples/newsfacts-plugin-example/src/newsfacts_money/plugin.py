"""The hooks newsfacts calls: this module is the plugin the entry point names."""

from __future__ import annotations

import newsfacts

from newsfacts_money.extractor import MoneyExtractor
from newsfacts_money.record import MoneyAmount

__all__ = ["newsfacts_extractors", "newsfacts_record_types"]


@newsfacts.hookimpl
def newsfacts_extractors() -> list[MoneyExtractor]:
    """The ``money`` extractor."""
    return [MoneyExtractor()]


@newsfacts.hookimpl
def newsfacts_record_types() -> list[type]:
    """:class:`MoneyAmount`, so that ``newsfacts.from_json`` can rebuild it."""
    return [MoneyAmount]
