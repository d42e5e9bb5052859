"""Role descriptions the story itself makes anaphoric: ``the lawyer`` once a lawyer is named.

The recognizer emits a definite description only for heads that usually point back (``the
minister``, ``the company``). Many other role nouns (``lawyer``, ``master``, ``attorney``)
point back only when the story has given that role to somebody: ``Mr. Sarkozy's lawyer,
Thierry Herzog, ... The lawyer said``. Coreference knows which roles the story has given,
so it asks this module where ``the [up to two modifiers] <role>`` is printed, for those
roles only: one search of the text for a handful of words, linear in its length.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import regex

__all__ = ["role_phrases"]

# ``the`` and up to two modifiers right before the role (``the 80-year-old Buddhist master``),
# searched backwards (``(?r)``) from the role word over a short window.
_THE_BEFORE = regex.compile(r"(?r)\b[Tt]he\s+(?:[\p{L}\p{N}][\p{L}\p{N}\-]*\s+){0,2}\Z")
_WINDOW = 48
# After the role, a name (``the lawyer Ann Lee``: a title, the recognizer's) or a complement
# (``the lawyer for the family``: someone new) means the phrase does not point back.
_NOT_BACK = regex.compile(r"\s+(?:\p{Lu}|(?:of|for|to|at|in|who|whose)\b)")


@functools.lru_cache(maxsize=256)
def _pattern(roles: frozenset[str]) -> regex.Pattern[str]:
    words = sorted(roles, key=lambda role: (-len(role), role))
    return regex.compile(r"\b(?:" + "|".join(regex.escape(word) for word in words) + r")\b")


def role_phrases(text: str, roles: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """Each ``the ... <role>`` of ``text`` for one of ``roles`` (lower-case single words), as
    its start, end and role, in text order."""
    wanted = frozenset(roles)
    if not wanted:
        return
    for hit in _pattern(wanted).finditer(text):
        if _NOT_BACK.match(text, hit.end()):
            continue
        the = _THE_BEFORE.search(text, max(0, hit.start() - _WINDOW), hit.start())
        if the is not None:
            yield the.start(), hit.end(), hit.group()
