"""Wide-scope cues whose grammatical subject holds no view: raising verbs (``Republicans
seem confident``) and reduced passives (``with Obama expected to visit``), which PolNeAR
annotates as relations without a source; and the raising verb that keeps its subject as the
holder of a view it raises (``seemed to think``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts import cues as _cues
from newsfacts.extractors._attribution_words import Word

__all__ = ["raises_a_view", "reduced_passive"]


def raises_a_view(near_after: Sequence[Word]) -> bool:
    """``seemed to think``, ``seems to suggest``: a raising verb before a verb of saying or
    thinking keeps the subject as the view's holder (PolNeAR's source)."""
    return (
        len(near_after) > 1
        and near_after[0][0] == "to"
        and (
            near_after[1][0] in _cues.WIDE_LEXICON
            or _cues.lemma_of(near_after[1][0], broad=True) is not None
        )
    )


def reduced_passive(
    cue: _cues.CueMatch, near_before: Sequence[Word], near_after: Sequence[Word]
) -> bool:
    """``with Obama expected to visit``, ``talks expected to resume``: a participle of
    expecting before ``to`` without its auxiliary is a passive (``had expected to win`` and
    ``he expected to sell`` are not)."""
    return (
        cue.text == "expected"
        and bool(near_after)
        and near_after[0][0] == "to"
        and not (near_before and near_before[-1][0].lower() in _ACTIVE_BEFORE)
    )


# Words before ``expected to`` that make it active: a perfect's auxiliary (``had expected
# to win``) or a pronoun subject (``he expected to sell``).
_ACTIVE_BEFORE = frozenset(
    "has have had having 'd \u2019d he she they we i you it who".split()  # noqa: SIM905
)
