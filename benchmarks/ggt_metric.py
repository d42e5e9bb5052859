"""The Gender Gap Tracker's quote metric: the one implementation every benchmark reports.

The GGT annotations (/work/shared/eval/ggt.jsonl, see its README) give each quote's character
offsets and its canonical speaker (``reference``). Its authors' metric, applied unchanged:

- predicted and gold quotes are matched one to one, greedily, best covered first;
- a gold quote counts as found when a predicted unit covers MORE than ``threshold`` of its
  characters (0.3 and 0.8 are the published thresholds);
- precision = matched / predicted units, recall = matched / gold quotes, F1 their harmonic
  mean, summed over the articles (micro-average);
- speaker accuracy over the matched quotes (:func:`speaker_matches`).

The unit rule. GGT annotates one quote per stretch between quotation marks: a quote split by
its attribution (``"We are," she said, "making progress."``) is two gold quotes, and no gold
quote ever runs over a paragraph break (a multi-paragraph quotation is one gold quote per
paragraph). So every *piece* of a predicted quote (a newsfacts ``Quote.parts`` entry, a peer's
content span) is one predicted unit, carrying its quote's speaker. Counting a split quote as one
unit instead would let it match only one of its two gold quotes.

The speaker rule (:func:`speaker_matches`). Names are compared case-folded, with curly
apostrophes made straight, full stops dropped, a leading article (*a*, *an*, *the*) dropped
and white space collapsed. A predicted speaker
names the reference when it is the same name; or the reference's surname, that is a run of
the reference's words that ends with its last word (``Lonechild`` or ``J. Kazianis`` for
``Harry J. Kazianis``); or when one name holds the other whole as a run of words (``Prime
Minister Justin Trudeau`` for ``Justin Trudeau``); or when both have the same first and last
word (``Harry Kazianis`` for ``Harry J. Kazianis``). A pronoun never names anyone (the
reference is always a name or a description).

One normalisation, fair to every system: spans are compared without the quotation marks and
white space at their edges (GGT's spans include the marks; newsfacts' quote parts do not).

Use from a benchmark::

    from ggt_metric import Predicted, clean_text, gold_quotes, load_articles, score_article

    for article in load_articles(split="dev"):
        predicted = [Predicted(pieces=((start, end),), speaker=name), ...]
        score = score_article(article["text"], gold_quotes(article), predicted, 0.3)

Standard library only: it runs under the main venv and under the peer venv alike.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

DEFAULT_PATH = Path("/work/shared/eval/ggt.jsonl")
THRESHOLDS = (0.3, 0.8)

_EDGE = frozenset(" \t\r\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`")
# Paragraphs in GGT texts are separated by a line holding `` .``.
_SEPARATOR_LINE = re.compile(r"(?m)^ \.$")
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them"])

_ARTICLES = frozenset(["a", "an", "the"])

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
    """One predicted quote: its pieces (one or more ``(start, end)``) and speaker as named.

    Each piece is scored as a unit of its own (see the unit rule above).
    """

    pieces: tuple[Piece, ...]
    speaker: str | None = None


@dataclasses.dataclass(frozen=True)
class Score:
    """Matched, gold and predicted-unit counts; right and unnamed speakers among the matched."""

    matched: int = 0
    gold: int = 0
    predicted: int = 0
    speakers_right: int = 0
    speakers_unnamed: int = 0  # matched quotes with no speaker, or only a pronoun

    def __add__(self, other: Score) -> Score:
        return Score(
            self.matched + other.matched,
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.speakers_right + other.speakers_right,
            self.speakers_unnamed + other.speakers_unnamed,
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


@dataclasses.dataclass(frozen=True)
class Matching:
    """One article matched at one threshold: the score and which gold went with which unit."""

    score: Score
    gold: tuple[Piece, ...]  # trimmed gold spans
    units: tuple[tuple[Piece, str | None], ...]  # trimmed predicted pieces with their speaker
    pairs: tuple[tuple[int, int], ...]  # (gold index, unit index)


def load_articles(path: Path = DEFAULT_PATH, split: str | None = "test") -> list[dict[str, Any]]:
    """The GGT articles of one split (all with ``split=None``), or [] when the file is absent."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]
    return [a for a in articles if split is None or a.get("split") == split]


def clean_text(text: str) -> str:
    """The text with each `` .`` separator line blanked (offsets unchanged): a blank line."""
    return _SEPARATOR_LINE.sub("  ", text)


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


def _coverage(gold: Piece, piece: Piece) -> float:
    length = gold[1] - gold[0]
    if length <= 0:
        return 0.0
    return max(0, min(gold[1], piece[1]) - max(gold[0], piece[0])) / length


def _name_words(name: str) -> list[str]:
    words = name.casefold().replace("\u2019", "'").replace(".", " ").split()
    return words[1:] if len(words) > 1 and words[0] in _ARTICLES else words


def _holds(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[index : index + size] == shorter for index in range(len(longer) - size + 1))


def names_someone(predicted: str | None) -> bool:
    """Whether a predicted speaker is a name or description, not nothing or a bare pronoun.

    >>> names_someone("the mayor"), names_someone("she"), names_someone(None)
    (True, False, False)
    """
    words = _name_words(predicted or "")
    return bool(words) and not (len(words) == 1 and words[0] in _PRONOUNS)


def speaker_matches(reference: str, predicted: str | None) -> bool:
    """Whether a predicted speaker names the GGT reference (the speaker rule, above).

    >>> speaker_matches("Harry J. Kazianis", "Kazianis"), speaker_matches("Darian Lonechild", "she")
    (True, False)
    >>> speaker_matches("Mary Nicholson", "Trevor Nicholson")
    False
    """
    if not predicted or not reference:
        return False
    want, got = _name_words(reference), _name_words(predicted)
    if not want or not got or (len(got) == 1 and got[0] in _PRONOUNS):
        return False
    if got == want:
        return True
    if len(got) < len(want) and want[-len(got) :] == got:
        return True  # the surname, maybe with an initial: Kazianis, J. Kazianis
    if _holds(got, want) or (len(got) > 1 and _holds(want, got)):
        return True  # one holds the other whole: Prime Minister Justin Trudeau
    return len(got) > 1 and len(want) > 1 and got[0] == want[0] and got[-1] == want[-1]


def units_of(text: str, predicted: Sequence[Predicted]) -> list[tuple[Piece, str | None]]:
    """Every piece of every predicted quote, trimmed, with its quote's speaker."""
    found = []
    for quote in predicted:
        for start, end in quote.pieces:
            piece = trim(text, start, end)
            if piece[1] > piece[0]:
                found.append((piece, quote.speaker))
    return found


def match_article(
    text: str, gold: Sequence[GoldQuote], predicted: Sequence[Predicted], threshold: float
) -> Matching:
    """Match one article's predicted units to its gold quotes at ``threshold``."""
    gold_pieces = tuple(trim(text, quote.start, quote.end) for quote in gold)
    units = tuple(units_of(text, predicted))
    candidates = []
    for g, gold_piece in enumerate(gold_pieces):
        for u, (piece, _) in enumerate(units):
            if piece[0] >= gold_piece[1] or gold_piece[0] >= piece[1]:
                continue
            share = _coverage(gold_piece, piece)
            if share > threshold:
                candidates.append((-share, g, u))
    candidates.sort()
    used_gold: set[int] = set()
    used_units: set[int] = set()
    pairs = []
    speakers_right = speakers_unnamed = 0
    for _, g, u in candidates:
        if g in used_gold or u in used_units:
            continue
        used_gold.add(g)
        used_units.add(u)
        pairs.append((g, u))
        speakers_right += speaker_matches(gold[g].speaker, units[u][1])
        speakers_unnamed += not names_someone(units[u][1])
    score = Score(len(pairs), len(gold), len(units), speakers_right, speakers_unnamed)
    return Matching(score=score, gold=gold_pieces, units=units, pairs=tuple(pairs))


def score_article(
    text: str, gold: Sequence[GoldQuote], predicted: Sequence[Predicted], threshold: float
) -> Score:
    """The score of one article at ``threshold`` (see :func:`match_article`)."""
    return match_article(text, gold, predicted, threshold).score


def total(scores: Iterable[Score]) -> Score:
    """The micro-averaged sum of per-article scores."""
    result = Score()
    for score in scores:
        result += score
    return result
