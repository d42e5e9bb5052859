"""The wide scope's frame of a question put to the sentence's subject: ``Asked about the
pier, the mayor said ...``, ``When pressed by reporters about the delay, she ...``. PolNeAR
marks the participle (with its preposition) as a cue whose content is what was asked; the
asker, when ``by`` names one, is its source; without it the relation has no source.

Read with one bounded search per sentence: linear in the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsfacts.records import Span

__all__ = ["AskedFrame", "asked_frames"]

# ``Asked about``, ``When pressed by Holt about``, ``when asked to describe``: a participle of
# asking that opens a clause (at the sentence's start, or after ``when``, ``if`` or ``once``),
# the asker after ``by``, and the word that opens what was asked.
_ASKED = regex.compile(
    r"(?<![\p{L}\p{N}'\u2019-])(?:(?P<when>[Ww]hen|[Ii]f|[Oo]nce)\s+)?"
    r"(?P<cue>[Aa]sked|[Pp]ressed|[Qq]uestioned)"
    r"(?:\s+by\s+(?P<asker>[^,.;:]{1,60}?))?"
    r"\s+(?P<topic>about|on|whether|if|why|how|what|when|where|to)\s"
)
# What may stand before an opening participle at the sentence's start.
_LEADS = regex.compile(r"\s*(?:(?:But|And|Yet|So|Later|Then)\s*,?\s+)?")
# The longest question read up to the comma that closes the participle's clause.
_LONGEST_QUESTION = 300
# Topic words that are part of the content, not of the cue (``asked whether``).
_CUE_TOPICS = frozenset(["about", "on"])

AskedFrame = tuple[Span, Span | None, Span]  # cue, asker (the source) or None, content


def asked_frames(text: str, sentence: Span) -> Iterator[AskedFrame]:
    """The ``Asked about X, ...`` frames of ``sentence``: cue, asker and content of each."""
    for found in _ASKED.finditer(text, sentence.start, sentence.end):
        if found.group("when") is None:
            lead = _LEADS.fullmatch(text, sentence.start, found.start())
            if lead is None:
                continue  # ``the reporter asked about``: a verb with its subject, read elsewhere
        topic = found.group("topic")
        cue_end = found.end("topic") if topic in _CUE_TOPICS else found.end("cue")
        if found.group("asker") is not None:
            cue_end = found.end("cue")
        content_start = found.end() if topic in _CUE_TOPICS else found.start("topic")
        limit = min(sentence.end, content_start + _LONGEST_QUESTION)
        comma = text.find(",", content_start, limit)
        if comma == -1 or comma - content_start < 3:
            continue
        asker = None
        if found.group("asker") is not None:
            asker = Span(start=found.start("asker"), end=found.end("asker"))
        yield (
            Span(start=found.start("cue"), end=cue_end),
            asker,
            Span(start=content_start, end=comma),
        )
