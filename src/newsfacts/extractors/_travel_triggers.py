"""Trigger phrases: where a sentence names travel (*will travel to*, *'s visit to*).

The phrases live in :data:`newsfacts.travel_words.TRIGGERS`, one alternation per kind.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsfacts import travel_words
from newsfacts.records import Span

__all__ = ["KINDS", "NOUN_TRIGGER", "TRIGGER", "nominal_return", "triggers_in"]


_WORD_GAP = r"[\w'\u2019-]{1,20}"


def _fill(pattern: str) -> str:
    return (
        pattern.replace("{W}", _WORD_GAP)
        .replace("{D}", travel_words.TRIGGER_DAY)
        .replace("{A}", travel_words.TRIGGER_MANNER)
    )


TRIGGER = re.compile(
    r"\b(?:"
    + "|".join(
        f"(?P<k{index}>{_fill(pattern)})"
        for index, (_, pattern) in enumerate(travel_words.TRIGGERS)
    )
    + r")\b",
    re.IGNORECASE,
)


KINDS = {f"k{index}": kind for index, (kind, _) in enumerate(travel_words.TRIGGERS)}


def _head_words(patterns: Sequence[str]) -> frozenset[str]:
    """The words a trigger can begin with: the first word of each top-level alternative of
    each pattern (``(?:leave|left)\\s...`` gives *leave*, *left*). Scanning for these with
    a set is several times faster than running the whole alternation at every word."""
    heads: set[str] = set()
    for pattern in patterns:
        if not pattern.startswith("(?:"):
            raise ValueError(f"a trigger must open with a group of words: {pattern!r}")
        depth, part, parts = 0, "", []
        for char in pattern[3:]:
            if char == ")" and depth == 0:
                parts.append(part)
                break
            depth += {"(": 1, ")": -1}.get(char, 0)
            if char == "|" and depth == 0:
                parts.append(part)
                part = ""
            else:
                part += char
        for first in (alternative.split("\\s")[0] for alternative in parts):
            words = first.removeprefix("(?:").removesuffix(")").split("|")
            if not all(_PLAIN_WORD.fullmatch(word) for word in words):
                raise ValueError(f"a trigger's first word must be plain: {first!r}")
            heads.update(words)
    return frozenset(heads)


_PLAIN_WORD = re.compile(r"[a-z][a-z-]*")
_HEADS = _head_words([pattern for _, pattern in travel_words.TRIGGERS])
# The heads of each trigger, in the order of ``TRIGGERS``.
_PATTERN_HEADS = tuple(_head_words([pattern]) for _, pattern in travel_words.TRIGGERS)
_WORD = re.compile(r"[A-Za-z]+")


_Tree = dict[str, "_Tree"]


def _trie(words: Sequence[str]) -> str:
    """One alternation for ``words`` with shared beginnings factored out (*arrive*, *arrived*
    -> ``arrive(?:d)?``): the regex engine then tries a letter once, not once per word.

    >>> _trie(["go", "goes", "gone"])
    'go(?:es|ne)?'
    """
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Tree) -> str:
        branches = [re.escape(char) + pattern(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        optional = "" in node
        body = branches[0] if len(branches) == 1 and not optional else f"(?:{'|'.join(branches)})"
        return body + ("?" if optional else "")

    return pattern(tree)


# The heads as whole words of lower-cased text: one pass in the regex engine finds the few
# places where the whole alternation of triggers is worth trying.
_HEAD = re.compile(
    r"(?<!\w)" + _trie(sorted(word for word in _HEADS if word.isalpha())) + r"(?![a-z])"
)
#: A sign whose lower case is an ASCII letter; with it the lower-cased text would have words
#: the original has not, so such a sentence takes the slow path.
_KELVIN = "\u212a"


def triggers_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The trigger matches of ``text[start:end]``, left to right, not overlapping."""
    segment = text[start:end]
    lowered = segment.lower()
    if len(lowered) != len(segment) or _KELVIN in segment:
        return _triggers_word_by_word(text, start, end)
    found = []
    cursor = start
    for head in _HEAD.finditer(lowered):
        position = start + head.start()
        if position < cursor:
            continue
        if position == start and start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        match = _trigger_for(head.group()).match(text, position, end)
        if match is not None:
            found.append(match)
            cursor = match.end()
    return found


@functools.cache
def _trigger_for(head: str) -> re.Pattern[str]:
    """:data:`TRIGGER` cut to the triggers that may start at the word ``head`` (same groups,
    same order, so the same match): a common head (*is*, *was*) opens only a few of them, and
    the whole alternation cost most of :func:`triggers_in`. A trigger's first word and
    ``head`` both start the text there, so one is a prefix of the other (``stop`` is the
    head found in *stop-over*)."""
    return _triggers_numbered(
        tuple(
            index
            for index, firsts in enumerate(_PATTERN_HEADS)
            if any(first.startswith(head) or head.startswith(first) for first in firsts)
        )
    )


@functools.cache
def _triggers_numbered(indices: tuple[int, ...]) -> re.Pattern[str]:
    """The triggers numbered ``indices`` as :data:`TRIGGER` writes them; compiled on first use,
    once for all the heads that share them."""
    return re.compile(
        r"\b(?:"
        + "|".join(f"(?P<k{index}>{_fill(travel_words.TRIGGERS[index][1])})" for index in indices)
        + r")\b",
        re.IGNORECASE,
    )


def _triggers_word_by_word(text: str, start: int, end: int) -> list[re.Match[str]]:
    """:func:`triggers_in` for a sentence whose lower case changes length or letters."""
    found = []
    cursor = start
    for word in _WORD.finditer(text, start, end):
        position = word.start()
        head = word.group().lower()
        if position < cursor or head not in _HEADS:
            continue
        if position and (text[position - 1].isalnum() or text[position - 1] == "_"):
            continue
        match = _trigger_for(head).match(text, position, end)
        if match is not None:
            found.append(match)
            cursor = match.end()
    return found


NOUN_TRIGGER = re.compile(
    r"(?:visit|visits|trip|trips|tour|journey|journeys|mission|missions|stopover|stop-over|"
    r"arrival|touchdown|flight|stay|trek)\b",
    re.IGNORECASE,
)
# "Elian's return to Cuba", "his return to Tokyo", "the return to": a return named as a noun
_OWNED_BEFORE = re.compile(r"(?:'s|\u2019s|\b(?:his|her|their|its|the|a))\s$", re.IGNORECASE)


def nominal_return(text: str, trigger: Span) -> bool:
    """Whether a *return to* trigger is the noun (*Elian's return to*), not the verb."""
    if not text.startswith(("return ", "Return "), trigger.start):
        return False
    return _OWNED_BEFORE.search(text, max(0, trigger.start - 7), trigger.start) is not None
