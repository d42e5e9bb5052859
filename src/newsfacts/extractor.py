"""The typed protocol every extractor satisfies, built-in or a plugin's."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from newsfacts.article import Article
    from newsfacts.records import Fact

__all__ = ["Extractor"]


@runtime_checkable
class Extractor(Protocol):
    """Something that reads an :class:`~newsfacts.Article` and returns records.

    ``name`` is how users select the extractor (``--only quotes``); ``requires`` names the
    extractors whose records it reads: they run first and their records arrive in ``upstream``,
    keyed by extractor name. ``extract`` returns frozen ``attrs`` records that each have a
    ``span`` and an ``extractor`` field (see :class:`newsfacts.records.Fact`).
    """

    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    def extract(
        self, article: Article, upstream: Mapping[str, tuple[Fact, ...]]
    ) -> Iterable[Fact]: ...
