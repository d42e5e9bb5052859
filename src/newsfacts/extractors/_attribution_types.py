"""The type of an attribution: ``refusal`` and ``denial`` by their cue, ``report``,
``anonymous`` or ``statement`` by the source's kind.
"""

from __future__ import annotations

from newsfacts import cues as _cues
from newsfacts.extractors import _attribution_naming as _naming
from newsfacts.records import AttributionType


def type_of(cue: _cues.CueMatch, named: _naming.Named) -> AttributionType:
    """The type of the attribution of ``cue`` by the source ``named``."""
    if cue.kind == "refusal":
        return "refusal"
    if cue.kind == "denial":
        return "denial"
    if named.kind == "report" or cue.lemma == "report":
        return "report"
    if named.kind == "anonymous":
        return "anonymous"
    return "statement"
