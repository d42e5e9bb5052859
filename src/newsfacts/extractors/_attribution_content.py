"""What a reporting cue attributes: the content span on the other side of cue and source.

Private helpers of :mod:`newsfacts.extractors.attributions`. The words after a cue are read
past its adjuncts (``said in a statement on Monday``), its hearer (``told lawmakers``) and
``that`` (:func:`content_start`); :func:`clip` trims a stretch and cuts it at a participle
cue (``..., adding that ...``); :func:`content_before_subject` reads ``..., X said.`` and
``A, X said, B``; :func:`content_around_source` reads ``according to X, ...`` and ``...,
according to X``. Every function reads a bounded stretch: linear in the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsfacts import cues as _cues
from newsfacts.extractors._attribution_vocabulary import CALENDAR, QUANTIFIERS
from newsfacts.extractors._attribution_words import Word, words
from newsfacts.records import Span

__all__ = [
    "CONTENT_REACH",
    "clip",
    "comma_before",
    "content_around_source",
    "content_before_subject",
    "content_start",
    "drop_preposition",
    "is_adjunct",
]

# How far back a content before its cue may start, and how far a content may run.
CONTENT_REACH = 2000
# Verbs whose object is the person spoken to, before the content (``told AFP the ...``).
_SPOKEN_TO = frozenset(
    {"tell", "inform", "assure", "remind", "brief", "notify", "warn", "urge", "ask", "advise"}
)
# Words that open an adjunct after a cue (``said in a statement``, ``said on Tuesday``).
_ADJUNCT_OPENERS = frozenset(
    """in on at during through via over late early earlier last this yesterday today tonight
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()  # noqa: SIM905
)
_ADJUNCT_NOUNS = frozenset(
    """statement interview speech conference briefing tweet post letter message release
    Twitter Facebook X Instagram television TV radio note email video meeting call session
    hearing address remarks rally broadcast podcast Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday morning afternoon evening night week weekend month year day
    interpreter translator""".split()  # noqa: SIM905
)
_PARTS_OF_DAY = frozenset(["morning", "afternoon", "evening", "night"])
_RELATIVE_TIMES = frozenset(["earlier", "later"])
# Words that open a participle's clause inside a content (``... while insisting ...``).
_PARTICIPLE_OPENERS = frozenset(["while", "whilst", "by"])
# How many words before a cue the ``, and`` opening its subject's clause may stand.
_JOINED_REACH = 14
# Words that show the words before a cue are a clause of the content, not a new subject.
_CLAUSE_BREAKS = frozenset(
    """that which what whether if because is are was were be been has have had will would
    can could should may might must do does did not""".split()  # noqa: SIM905
)
_TRAILING = " \t\r\n.,;:\u2014\u2013-"
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_LAST_SPACE = regex.compile(r"\s", flags=regex.REVERSE)
_DOUBLE_MARK = regex.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]|''|``")
# What may end the text before a subject whose content stands before it: a comma, a dash,
# or a quotation closed after a comma or a question (``"...," X said``).
_HEAD_ENDS = (",", "\u2014", "--", '"', "\u201d", "''", "\u2019")
_CLOSED_QUOTE_ENDS = (',"', ",\u201d", ",''", ",\u2019", '?"', "?\u201d", '!"', "!\u201d")
_PREPOSITIONS = ("on ", "about ", "further on ", "of ")
# ``as`` closing the words before a subject (``..., as police said``).
_AS_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])as$")
# Words that open a phrase of time, place or occasion, not a claim (``said after the vote``).
_ADJUNCT_START = regex.compile(
    r"(?:after|before|during|at|in|on|while|when|following|from|outside|inside|with|via|"
    r"of|to|by|late|earlier|later|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|yesterday|today|tonight)\b"
)


def comma_before(text: str, start: int, cue_end: int) -> bool:
    """Whether the words between cue and content end in a comma (``A, X said, B``)."""
    return text[cue_end:start].rstrip().endswith(",")


def drop_preposition(text: str, content: list[Span]) -> list[Span]:
    """``declined to comment on the report``: the content is what follows ``on``."""
    if not content:
        return content
    first = content[0]
    head = first.of(text)
    for word in _PREPOSITIONS:
        if head.startswith(word) and len(head) > len(word):
            return [Span(start=first.start + len(word), end=first.end), *content[1:]]
    return content


def content_around_source(
    text: str, sentence: Span, before: Sequence[Word], source: Span
) -> list[Span]:
    """``according to X, ...`` or ``..., according to X``."""
    meaningful = [word for word in before if word[0][:1].isalnum()]
    if len(meaningful) >= 3:
        return clip(text, max(sentence.start, source.start - CONTENT_REACH), before[-1][2], ())
    after = words(text, source.end, min(sentence.end, source.end + 8))
    start = source.end
    if after and after[0][0] == ",":
        start = after[0][2]
    return clip(text, start, sentence.end, ())


def content_start(text: str, after: Sequence[Word], lemma: str) -> int:
    """Where the content begins after a cue: past its adjuncts, its hearer and ``that``."""
    if not after:
        return len(text)
    index = 0
    if after[index][0] in (":", ","):
        index += 1
    index = _skip_adjunct(after, index)
    if lemma in _SPOKEN_TO:
        index = _skip_hearer(after, index)
        index = _skip_adjunct(after, index)
    if index < len(after) and after[index][0] in (":", ","):
        index += 1
    if index < len(after) and after[index][0] == "that":
        index += 1
    return after[index][1] if index < len(after) else after[-1][2]


def _skip_adjunct(after: Sequence[Word], index: int) -> int:
    if index >= len(after) or after[index][0] not in _ADJUNCT_OPENERS:
        return index
    if after[index][0] in _RELATIVE_TIMES and (
        index + 1 >= len(after)
        or (
            after[index + 1][0] not in _ADJUNCT_OPENERS
            and after[index + 1][0] not in _ADJUNCT_NOUNS
        )
    ):
        return index + 1  # ``announced earlier it was mulling a bid``: the adverb alone
    if after[index][0] in CALENDAR:  # a whole adjunct of time by itself
        # ``made clear today the bank would ...``, ``said Monday night that``: the day, and
        # the part of it after it, is the whole adjunct.
        index += 1
        if index < len(after) and after[index][0] in _PARTS_OF_DAY:
            index += 1
        return index
    for position in range(index, min(len(after), index + 9)):
        token = after[position][0]
        if token in _ADJUNCT_NOUNS:
            end = position + 1
            # ``in an interview with the BBC``: the partner belongs to the adjunct.
            if end < len(after) and after[end][0] in ("with", "to", "by", "on"):
                end += 1
                while end < len(after) and (
                    after[end][0][:1].isupper() or after[end][0] in ("the", "a", "an")
                ):
                    end += 1
            return end
        if token in ("that", ",", ":"):
            return position
    return index


def _skip_hearer(after: Sequence[Word], index: int) -> int:
    for position in range(index, min(len(after), index + 9)):
        token = after[position][0]
        if token == "that":
            return position
        if not token[:1].isalnum():
            break
    position = index
    if position < len(after) and after[position][0].lower() in ("the", "his", "her", "a"):
        position += 1
    start = position
    while position < len(after) and after[position][0][:1].isupper():
        position += 1
    if position == start and position < len(after) and after[position][0][:1].isalpha():
        position += 1  # one common noun: ``told lawmakers the ...``
    return position


def clip(text: str, start: int, end: int, after: Sequence[Word]) -> list[Span]:
    """``text[start:end]`` trimmed of edge punctuation, cut at a participle cue
    (``..., adding that ...``); empty when nothing is left.

    >>> story = "The port reopened, adding that ships may dock."
    >>> [span.of(story) for span in clip(story, 0, len(story), words(story, 0, 46))]
    ['The port reopened']
    >>> story = "The port reopened, according to the harbor board."
    >>> [span.of(story) for span in clip(story, 0, len(story), words(story, 0, 49))]
    ['The port reopened']
    """
    if end - start > CONTENT_REACH:
        # At most ``CONTENT_REACH`` characters, to the last space before: each cue's content
        # stays bounded on a sentence of any length (no real claim comes near it).
        space = _LAST_SPACE.search(text, start, start + CONTENT_REACH)
        end = start + CONTENT_REACH if space is None else space.start()
    for index, (token, low, _) in enumerate(after):
        if low <= start or index == 0:
            continue
        if (
            token == "according"
            and _source_phrase_opens(after, index)
            and not _DOUBLE_MARK.search(text, start, after[index - 1][1])
        ):
            # ``X denied A, according to state media``: the medium's claim holds X's, and
            # its source phrase is no part of A (inside a quotation it is the speaker's words).
            end = min(end, after[index - 1][1])
            break
        if token.endswith("ing"):
            if _cues.lemma_of(token, broad=True) is not None:
                opener = _participle_opener(after, index)
                if opener is not None:
                    end = min(end, after[opener][1])
                    break
            continue
        if _cues.lemma_of(token) is None:
            continue
        if after[index - 1][0] in ("and", "but"):
            # ``X conceded A but said B``: the second verb has its own content.
            end = min(end, after[index - 1][1])
            break
        joined = _joined_clause(after, index, start)
        if joined is not None:
            # ``X said A, and Y's lawyer, Jane Doe, said B``: a new subject, a new claim.
            end = min(end, after[joined][1])
            break
    while start < end and text[start] in _TRAILING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if end <= start or _ALNUM.search(text, start, end) is None:
        return []
    return [Span(start=start, end=end)]


def _source_phrase_opens(after: Sequence[Word], index: int) -> bool:
    """Whether ``, according to`` opens at ``index`` (the word after the comma)."""
    return (
        after[index][0] == "according"
        and after[index - 1][0] == ","
        and index + 1 < len(after)
        and after[index + 1][0] == "to"
    )


def _joined_clause(after: Sequence[Word], cue: int, start: int) -> int | None:
    """The index of the comma before ``and`` or ``but`` that opens a clause whose own
    subject the cue at ``cue`` follows (``, and the port's lawyer, Jane Doe, said``)."""
    for index in range(cue - 2, max(0, cue - _JOINED_REACH) - 1, -1):
        token, low, _ = after[index]
        if low <= start:
            return None
        if token.lower() in ("and", "but") and after[index - 1][0] == ",":
            subject = after[index + 1 : cue]
            if any(word[0].lower() in _CLAUSE_BREAKS for word in subject):
                return None
            return index - 1
    return None


def _participle_opener(after: Sequence[Word], index: int) -> int | None:
    """Where a participle cue's own clause begins (``, saying``, ``while insisting``,
    ``, with some predicting``), or ``None`` when the participle opens none."""
    previous = after[index - 1][0]
    if previous == ",":
        return index - 1
    if previous.lower() in _PARTICIPLE_OPENERS:
        opener = index - 1
    elif previous.lower() in QUANTIFIERS and index >= 2 and after[index - 2][0] == "with":
        opener = index - 2
    else:
        return None
    if opener >= 1 and after[opener - 1][0] == ",":
        opener -= 1
    return opener


def content_before_subject(
    text: str, sentence: Span, subject: Span, content: list[Span]
) -> list[Span]:
    """``..., X said.``, ``"...," X said``, ``..., as X said`` and ``A, X said, B``: the
    content stands before the subject.

    >>> story = "Talks will resume, officials said."
    >>> [span.of(story) for span in content_before_subject(story, Span(start=0, end=34),
    ...     Span(start=19, end=28), [])]
    ['Talks will resume']
    """
    low = max(sentence.start, subject.start - 8)
    head = text[low : subject.start].rstrip()
    if _AS_BEFORE.search(head) is not None and head[:-2].rstrip().endswith(","):
        head = head[:-2].rstrip()  # ``..., as police have said``: the clause before ``as``
    if not head.endswith(_HEAD_ENDS):
        return content
    if head.endswith(_HEAD_ENDS[3:]) and not head.endswith(_CLOSED_QUOTE_ENDS):
        return content  # a quotation closed without a comma is no content of this cue
    end = low + len(head)
    parts = clip(text, max(sentence.start, subject.start - CONTENT_REACH), end, ())
    return parts + content if parts else content


def is_adjunct(text: str, content: Sequence[Span]) -> bool:
    """Whether ``content`` is a short phrase of time, place or occasion, not a claim.

    >>> story = "after the hearing on Monday"
    >>> is_adjunct(story, [Span(start=0, end=len(story))])
    True
    """
    if len(content) != 1 or content[0].end - content[0].start > 80:
        return False
    stretch = content[0].of(text)
    return (
        _ADJUNCT_START.match(stretch) is not None and "," not in stretch and " that " not in stretch
    )
