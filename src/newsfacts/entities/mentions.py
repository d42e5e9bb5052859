"""The built-in rule-based recognizer (placeholder, being written)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsfacts.records import Mention

if TYPE_CHECKING:
    from newsfacts.article import Article

__all__ = ["RuleRecognizer"]


class RuleRecognizer:
    """Finds names with their titles, pronouns and definite descriptions by rule."""

    def recognize(self, article: Article) -> Iterable[Mention]:
        """Return the article's mentions, unresolved."""
        return ()
