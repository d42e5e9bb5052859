"""The wide scope's frame of a finding placed *in* a poll: ``In the latest poll, Clinton
leads by five points``, ``Trump fared well in online polls``. PolNeAR marks ``in`` as the cue,
the poll as the source and the clause the poll reports as the content: after the opening
phrase when it opens the sentence, before ``in`` when it closes a clause.

A sentence is read only when a poll or survey is named in it (one search), then as words:
linear in the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newsfacts.extractors import _attribution_content as _content
from newsfacts.extractors._attribution_words import Word, words
from newsfacts.records import Span

__all__ = ["PollFrame", "poll_frames"]

# The nouns of a poll: the head of the phrase after ``in``.
_POLL_NOUN = regex.compile(r"\b(?:polls?|surveys?|polling)\b", regex.IGNORECASE)
_POLL_HEADS = frozenset(["poll", "polls", "survey", "surveys", "polling"])
# The most words between ``in`` and the poll's head noun (``in the previous Washington
# Post/ABC News national poll``).
_LONGEST_MODIFIERS = 8
# Words that may not stand between ``in`` and the head: they end the phrase or open a clause
# (``in the lead in polls``: the first ``in`` is not the poll's).
_PHRASE_BREAKS = frozenset(
    """in on at for by with from to of that which who whom while when where than as is are
    was were be been has have had will would not""".split()  # noqa: SIM905
)
# Nouns that a poll noun modifies (``polling places``, ``poll numbers``): no poll speaks.
_POLL_COMPOUNDS = frozenset(
    """numbers number places place station stations data average averages booth booths margin
    margins results result firm firms question questions taker takers workers watchers
    closing closings""".split()  # noqa: SIM905
)
# Words before ``of`` that leave it inside the phrase (``in one of the first polls``).
_PARTS = frozenset("one two three some many most several each all none any".split())  # noqa: SIM905
# Words before ``in`` that make the poll no source: what the poll measures or who takes part
# (``faith in polls``, ``interest in the survey``, ``took part in a poll``, ``questions in
# the survey``), or that compare it or read a figure off it (``better than in other polls``,
# ``from 58 percent in the last poll to 55``).
_NOT_A_FINDING_BEFORE = frozenset(
    """faith trust interest confidence part participate participated participating
    questions question respondents included listed named
    than as percent points""".split()  # noqa: SIM905
)
# Words that open a sentence before its opening phrase (``But in the latest poll, ...``).
_OPENERS = frozenset(["but", "and", "yet", "still", "also", "meanwhile", "however"])
_MOST_OPENERS = 2  # each ``in`` reads a bounded start: linear in a sentence of any length
# The most words the clause before a closing ``in`` phrase is read back (its content).
_LONGEST_CLAUSE = 40

PollFrame = tuple[Span, Span, list[Span]]  # cue (``in``), source (the poll), content


def poll_frames(text: str, sentence: Span) -> Iterator[PollFrame]:
    """The ``in`` + poll frames of ``sentence``: cue, source and content of each."""
    if _POLL_NOUN.search(text, sentence.start, sentence.end) is None:
        return
    tokens = words(text, sentence.start, sentence.end)
    for index, (token, start, end) in enumerate(tokens):
        if token.lower() != "in":
            continue
        head = _head_after(tokens, index)
        if head is None:
            continue
        source = Span(start=tokens[index + 1][1], end=tokens[head][2])
        if _opens_sentence(tokens, index):
            content = _content_after(text, tokens, head, sentence)
        else:
            content = _content_before(text, tokens, index)
        if content:
            yield Span(start=start, end=end), source, content


def _head_after(tokens: Sequence[Word], index: int) -> int | None:
    """The index of the poll noun that heads the phrase opened by ``in`` at ``index``."""
    if index:
        before = tokens[index - 1][0].lower()
        if before in _NOT_A_FINDING_BEFORE or before[:1].isdigit():
            return None
    for position in range(index + 1, min(len(tokens), index + 2 + _LONGEST_MODIFIERS)):
        token = tokens[position][0]
        lower = token.lower()
        if lower in _POLL_HEADS:
            following = tokens[position + 1][0].lower() if position + 1 < len(tokens) else ""
            # ``in polling places``, ``in the poll numbers``: the poll names a thing of its own.
            return None if following in _POLL_COMPOUNDS else position
        if lower == "of" and tokens[position - 1][0].lower() in _PARTS:
            continue  # ``in one of the first polls``
        if lower in _PHRASE_BREAKS or (not token[:1].isalnum() and token not in ("-", "/")):
            return None
    return None


def _opens_sentence(tokens: Sequence[Word], index: int) -> bool:
    """Whether the ``in`` at ``index`` opens the sentence (past a conjunction or two)."""
    return index <= _MOST_OPENERS and all(
        token.lower() in _OPENERS for token, _, _ in tokens[:index]
    )


def _content_after(text: str, tokens: Sequence[Word], head: int, sentence: Span) -> list[Span]:
    """The clause after an opening ``In the poll, ...``: from the comma that closes the
    phrase (past a participle's own phrase: ``, conducted in May,``) to the sentence's end."""
    position = head + 1
    if position >= len(tokens) or tokens[position][0] != ",":
        return []
    if position + 1 < len(tokens) and _is_participle(tokens[position + 1][0]):
        for later in range(position + 1, min(len(tokens), position + 1 + _LONGEST_MODIFIERS)):
            if tokens[later][0] == ",":
                position = later
                break
        else:
            return []
    if position + 1 >= len(tokens):
        return []
    return _content.clip(text, tokens[position + 1][1], sentence.end, tokens[position + 1 :])


def _is_participle(token: str) -> bool:
    return token.islower() and (token.endswith("ed") or token in ("taken", "released"))


def _content_before(text: str, tokens: Sequence[Word], index: int) -> list[Span]:
    """The clause a closing ``in`` phrase ends (``Trump did fare well in polls``), from the
    sentence's start or the last comma or colon before it."""
    first = index
    while first > 0 and index - first < _LONGEST_CLAUSE:
        token = tokens[first - 1][0]
        if token in (",", ";", ":") or token in ("\u2014", "--"):
            break
        first -= 1
    if index - first < 2:
        return []
    return _content.clip(text, tokens[first][1], tokens[index][1], ())
