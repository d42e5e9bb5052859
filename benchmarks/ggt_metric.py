"""The Gender Gap Tracker's quote metric, shared by the benchmarks that report it.

The GGT annotations (/work/shared/eval/ggt.jsonl, see its README) give each quote's character
offsets. Its authors' metric, applied here unchanged in substance:

- predicted and gold quotes are matched one to one, greedily, best covered first;
- a gold quote counts as found when a predicted quote covers MORE than ``threshold`` of its
  characters (0.3 and 0.8 are the published thresholds);
- precision = matched / predicted, recall = matched / gold, F1 their harmonic mean, summed
  over the articles (micro-average);
- speaker accuracy over matched quotes (:func:`speaker_matches`).

One normalisation, fair to every system: spans are compared without the quotation marks and
white space at their edges (GGT's spans include the marks; newsfacts' quote parts do not).

Use from a benchmark::

    from ggt_metric import Predicted, gold_quotes, load_articles, score_article, total

    articles = load_articles()  # the test half
    scores = [
        score_article(a["text"], gold_quotes(a), [Predicted(pieces=((s, e),), speaker=name)], 0.3)
        for a in articles
    ]
    print(total(scores).f1, total(scores).speaker_accuracy)

Standard library only: it runs under the main venv and under the peer venv alike.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

DEFAULT_PATH = Path("/work/shared/eval/ggt.jsonl")
THRESHOLDS = (0.3, 0.8)

_EDGE = frozenset(" \t\r\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`")

Piece = tuple[int, int]


@dataclasses.dataclass(frozen=True)
class GoldQuote:
    """One anchored GGT quote: its span and canonical speaker (``reference``)."""

    start: int
    end: int
    speaker: str
    has_quote_marks: bool


@dataclasses.dataclass(frozen=True)
class Predicted:
    """One predicted quote: its pieces (one or more ``(start, end)``) and speaker as named."""

    pieces: tuple[Piece, ...]
    speaker: str | None = None


@dataclasses.dataclass(frozen=True)
class Score:
    """Matched, gold and predicted counts, and right speakers among the matched."""

    matched: int = 0
    gold: int = 0
    predicted: int = 0
    speakers_right: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.matched + other.matched,
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.speakers_right + other.speakers_right,
        )

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched if self.matched else 0.0


def load_articles(path: Path = DEFAULT_PATH, split: str | None = "test") -> list[dict[str, Any]]:
    """The GGT articles of one split (all with ``split=None``), or [] when the file is absent."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]
    return [a for a in articles if split is None or a.get("split") == split]


def gold_quotes(article: dict[str, Any], *, marks_only: bool = True) -> list[GoldQuote]:
    """An article's anchored quotes; only those in quotation marks unless ``marks_only=False``."""
    found = []
    for quote in article.get("quotes") or ():
        if quote.get("quote_start") is None or quote.get("quote_end") is None:
            continue  # could not be anchored: the README says to skip them
        if marks_only and not quote.get("has_quote_marks"):
            continue
        found.append(
            GoldQuote(
                start=int(quote["quote_start"]),
                end=int(quote["quote_end"]),
                speaker=str(quote.get("reference") or quote.get("speaker") or ""),
                has_quote_marks=bool(quote.get("has_quote_marks")),
            )
        )
    return found


def trim(text: str, start: int, end: int) -> Piece:
    """``(start, end)`` without quotation marks and white space at its edges."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _coverage(gold: Piece, pieces: Iterable[Piece]) -> float:
    length = gold[1] - gold[0]
    if length <= 0:
        return 0.0
    merged: list[list[int]] = []
    for start, end in sorted(pieces):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    covered = sum(max(0, min(gold[1], end) - max(gold[0], start)) for start, end in merged)
    return covered / length


def speaker_matches(reference: str, predicted: str | None) -> bool:
    """Whether a predicted speaker names the GGT reference: the same name, or one of its words
    (a surname such as ``Trudeau`` for ``Justin Trudeau``). A pronoun never does."""
    if not predicted or not reference:
        return False
    want = reference.casefold().split()
    got = predicted.casefold().split()
    return got == want or (len(got) == 1 and got[0] in want) or (len(want) == 1 and want[0] in got)


def score_article(
    text: str, gold: Sequence[GoldQuote], predicted: Sequence[Predicted], threshold: float
) -> Score:
    """Match one article's predicted quotes to its gold ones at ``threshold``."""
    gold_pieces = [trim(text, quote.start, quote.end) for quote in gold]
    predicted_pieces = [
        [trim(text, start, end) for start, end in quote.pieces] for quote in predicted
    ]
    candidates = []
    for g, piece in enumerate(gold_pieces):
        for p, pieces in enumerate(predicted_pieces):
            share = _coverage(piece, pieces)
            if share > threshold:
                candidates.append((-share, g, p))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    speakers_right = 0
    for _, g, p in candidates:
        if g in used_gold or p in used_predicted:
            continue
        used_gold.add(g)
        used_predicted.add(p)
        speakers_right += speaker_matches(gold[g].speaker, predicted[p].speaker)
    return Score(len(used_gold), len(gold), len(predicted), speakers_right)


def total(scores: Iterable[Score]) -> Score:
    """The micro-averaged sum of per-article scores."""
    result = Score()
    for score in scores:
        result += score
    return result
