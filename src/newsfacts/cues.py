"""The reporting cues of news copy: verbs and phrases that attribute speech, with lemmas.

One lexicon for every extractor that needs to know who said what (quotes now, attributions
later): each :class:`CueWord` is a printed form (``said``, ``told reporters``, ``according
to``, ``declined to comment``) with its lemma and what kind of cue it is. :func:`find_cues`
finds them in a stretch of text with one compiled pattern, longest phrase first, so that
``told reporters`` wins over ``told``. A colon that introduces speech is a cue too
(:data:`COLON`), but only the caller can tell such a colon from any other, so it is not matched
here.

Kinds: ``speech`` (a verb of saying: *said*, *added*, *told*), ``source`` (*according to*:
the speaker follows), ``refusal`` (*declined to comment*) and ``denial`` (*denied*).

>>> [(cue.text, cue.lemma, cue.kind) for cue in find_cues("He told reporters, according to AP")]
[('told reporters', 'tell', 'speech'), ('according to', 'according to', 'source')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

import attrs

from newsfacts.records import Span

__all__ = ["COLON", "LEXICON", "CueKind", "CueMatch", "CueWord", "find_cues", "lemma_of"]

CueKind = Literal["speech", "source", "refusal", "denial", "colon"]


@attrs.frozen(kw_only=True)
class CueWord:
    """A printed form of a cue, its lemma and its kind."""

    form: str
    lemma: str
    kind: CueKind


@attrs.frozen(kw_only=True)
class CueMatch:
    """A cue found in a text: where, as printed, and its lexicon entry."""

    span: Span
    text: str
    lemma: str
    kind: CueKind


# Verbs of saying, by lemma, with the forms news copy prints (past first: the reporting tense).
_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "say", "saying"),
    "tell": ("told", "tells", "telling"),
    "add": ("added", "adds", "adding"),
    "announce": ("announced", "announces", "announcing"),
    "state": ("stated", "states"),
    "declare": ("declared", "declares"),
    "explain": ("explained", "explains", "explaining"),
    "insist": ("insisted", "insists", "insisting"),
    "note": ("noted", "notes", "noting"),
    "write": ("wrote", "writes", "writing"),
    "ask": ("asked", "asks", "asking"),
    "reply": ("replied", "replies"),
    "respond": ("responded", "responds"),
    "answer": ("answered", "answers"),
    "warn": ("warned", "warns", "warning"),
    "claim": ("claimed", "claims"),
    "confirm": ("confirmed", "confirms"),
    "argue": ("argued", "argues", "arguing"),
    "acknowledge": ("acknowledged", "acknowledges"),
    "admit": ("admitted", "admits"),
    "assert": ("asserted", "asserts"),
    "contend": ("contended", "contends"),
    "maintain": ("maintained", "maintains"),
    "remark": ("remarked", "remarks"),
    "comment": ("commented", "comments"),
    "observe": ("observed", "observes"),
    "recall": ("recalled", "recalls", "recalling"),
    "suggest": ("suggested", "suggests"),
    "urge": ("urged", "urges"),
    "predict": ("predicted", "predicts"),
    "point out": ("pointed out", "points out", "pointing out"),
    "stress": ("stressed", "stresses", "stressing"),
    "emphasize": ("emphasized", "emphasised", "emphasizes", "emphasises"),
    "tweet": ("tweeted", "tweets"),
    "post": ("posted",),
    "quip": ("quipped", "quips"),
    "joke": ("joked", "jokes"),
    "exclaim": ("exclaimed",),
    "shout": ("shouted", "shouts"),
    "yell": ("yelled",),
    "whisper": ("whispered",),
    "concede": ("conceded", "concedes"),
    "complain": ("complained", "complains"),
    "continue": ("continued", "continues"),
    "agree": ("agreed", "agrees"),
    "testify": ("testified", "testifies"),
    "recount": ("recounted", "recounts"),
    "describe": ("described", "describes", "describing"),
    "call": ("called", "calls", "calling"),
    "promise": ("promised", "promises"),
    "vow": ("vowed", "vows"),
    "pledge": ("pledged", "pledges"),
    "threaten": ("threatened", "threatens"),
    "reiterate": ("reiterated", "reiterates"),
    "conclude": ("concluded", "concludes"),
    "counter": ("countered", "counters"),
    "retort": ("retorted",),
    "lament": ("lamented", "laments"),
    "wonder": ("wondered", "wonders"),
    "caution": ("cautioned", "cautions"),
    "boast": ("boasted", "boasts"),
    "indicate": ("indicated", "indicates"),
    "reveal": ("revealed", "reveals"),
    "affirm": ("affirmed", "affirms"),
    "allege": ("alleged", "alleges"),
    "charge": ("charged",),
    "demand": ("demanded", "demands"),
    "report": ("reported", "reports"),
    "quote": ("quoted as saying",),
    "read": ("read",),
    "chant": ("chanted",),
}
# Phrases that are one cue (the lemma names the phrase, not its head verb, where that helps).
_PHRASES: tuple[CueWord, ...] = (
    CueWord(form="told reporters", lemma="tell", kind="speech"),
    CueWord(form="told journalists", lemma="tell", kind="speech"),
    CueWord(form="was quoted as saying", lemma="quote", kind="speech"),
    CueWord(form="according to", lemma="according to", kind="source"),
    CueWord(form="According to", lemma="according to", kind="source"),
    CueWord(form="declined to comment", lemma="decline to comment", kind="refusal"),
    CueWord(form="refused to comment", lemma="decline to comment", kind="refusal"),
    CueWord(form="would not comment", lemma="decline to comment", kind="refusal"),
    CueWord(form="did not comment", lemma="decline to comment", kind="refusal"),
    CueWord(form="denied", lemma="deny", kind="denial"),
    CueWord(form="denies", lemma="deny", kind="denial"),
    CueWord(form="rejected", lemma="reject", kind="denial"),
)

#: The colon that introduces speech (``Sanders said: "..."``); callers decide when one does.
COLON = CueWord(form=":", lemma=":", kind="colon")

#: Every cue form, keyed by its printed form.
LEXICON: dict[str, CueWord] = {
    **{
        form: CueWord(form=form, lemma=lemma, kind="speech")
        for lemma, forms in _VERBS.items()
        for form in forms
    },
    **{cue.form: cue for cue in _PHRASES},
}

# Longest forms first so a phrase wins over its head word; spaces match any run of spaces.
_CUE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(form).replace(r"\ ", r"\s+")
        for form in sorted(LEXICON, key=lambda form: (-len(form), form))
    )
    + r")\b"
)
_SPACES = re.compile(r"\s+")


def lemma_of(form: str) -> str | None:
    """The lemma of a printed cue (``"said"`` -> ``"say"``), or ``None`` if it is no cue.

    >>> lemma_of("told  reporters"), lemma_of("walked")
    ('tell', None)
    """
    cue = LEXICON.get(_SPACES.sub(" ", form))
    return None if cue is None else cue.lemma


def find_cues(text: str, start: int = 0, end: int | None = None) -> Iterator[CueMatch]:
    """Every cue in ``text[start:end]``, in text order, with spans into ``text``."""
    for match in _CUE.finditer(text, start, len(text) if end is None else end):
        cue = LEXICON[_SPACES.sub(" ", match.group())]
        yield CueMatch(
            span=Span(start=match.start(), end=match.end()),
            text=match.group(),
            lemma=cue.lemma,
            kind=cue.kind,
        )
