"""Scoring reported speech: the gold fields ``quotes`` and ``attributions``.

Quotes (rows ``quotes``, ``quotes.speaker``, ``quotes.type``, ``quotes@0.3``, ``quotes@0.8``)
    Each gold quote's text is located in the story (see :func:`~.matching.locate`). The
    predicted units are the parts of every :class:`~newsfacts.records.Quote`, with the parts
    of one quote that only a paragraph break or a reopening mark separates joined into one
    unit (gold writes a quote over several paragraphs as one quote, but a quote split by its
    attribution as two).
    Units and gold quotes are matched one to one, greedily, best covered first: a gold quote
    is matched when a unit covers more than half of its characters (``quotes``), more than
    0.3 or more than 0.8 of them (the ``@`` rows, the thresholds the Gender Gap Tracker
    publishes). ``quotes.speaker`` is the accuracy of the speaker over matched quotes whose
    gold speaker is known, ``quotes.type`` that of ``direct``/``partial``: in those rows
    ``tp`` counts the right ones and ``fn`` the wrong ones, so recall is the accuracy.
Attributions (rows ``attributions``, ``attributions.content``, ``attributions.cue``)
    A gold attribution is matched by a predicted :class:`~newsfacts.records.Attribution`
    whose content parts cover at least half of the gold content's characters and whose
    source matches (:func:`~.matching.source_matches`); ``attributions.content`` matches on
    the content alone. ``attributions.cue`` is the accuracy of the cue over matched
    attributions: equal as names, or one containing the other word for word (``told``
    and ``told reporters``).

A gold file that leaves a field out entirely (not even an empty list) has not annotated it and
is not scored on it. Known gap: a predicted attribution whose content covers two gold
attributions (a quote split by its cue, which gold writes as two) matches only one of them.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from newsfacts.article import Article
from newsfacts.evaluation.counts import Counts, Error, FieldScore, accuracy_row, snippet
from newsfacts.evaluation.gold import GoldStory
from newsfacts.evaluation.matching import (
    Piece,
    coverage,
    facts_of_kind,
    greedy_pairs,
    locate,
    normalize_name,
    person_matches,
    source_matches,
)
from newsfacts.records import Fact

__all__ = ["QUOTE_THRESHOLD", "QUOTE_THRESHOLDS_ALSO", "score_attributions", "score_quotes"]

#: A gold quote is found when a predicted one covers more than this share of its characters.
QUOTE_THRESHOLD = 0.5
#: Extra rows at the thresholds the Gender Gap Tracker publishes.
QUOTE_THRESHOLDS_ALSO = (0.3, 0.8)
#: A gold attribution's content is found when at least this share of it is covered.
CONTENT_THRESHOLD = 0.5

_NOT_FOUND = "gold text not found in the story"


def _people(story: GoldStory) -> Sequence[Mapping[str, Any]]:
    return [person for person in story.answer.get("people") or () if isinstance(person, Mapping)]


def _gold_items(story: GoldStory, field: str) -> list[Mapping[str, Any]] | None:
    """The gold items of ``field``, or ``None`` when the file does not annotate it."""
    if field not in story.answer:
        return None
    return [item for item in story.answer.get(field) or () if isinstance(item, Mapping)]


def _locate_all(text: str, gold: Sequence[Mapping[str, Any]], key: str) -> list[tuple[Piece, ...]]:
    """Each gold item's text located in reading order (the next search starts at the last)."""
    located = []
    cursor = 0
    for item in gold:
        pieces = locate(text, str(item.get(key) or ""), cursor)
        if pieces:
            cursor = pieces[0][0]
        located.append(pieces)
    return located


def _overlaps(
    gold_pieces: Sequence[tuple[Piece, ...]], predicted_spans: Sequence[Sequence[Piece]]
) -> dict[tuple[int, int], float]:
    """Coverage of every gold item by every predicted one that touches it at all."""
    scores = {}
    for g, pieces in enumerate(gold_pieces):
        for p, spans in enumerate(predicted_spans):
            share = coverage(pieces, spans)
            if share > 0:
                scores[(g, p)] = share
    return scores


# --- quotes ---------------------------------------------------------------------------------

_PARAGRAPH_GAP = frozenset(" \t\r\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb`")


def _quote_units(text: str, quotes: Iterable[Any]) -> list[tuple[Any, tuple[Piece, ...]]]:
    """Predicted units: each quote's parts, with parts that only marks and white space part
    joined (a paragraph break, or a reopening mark where the paragraphs were run together)."""
    units: list[tuple[Any, tuple[Piece, ...]]] = []
    for quote in quotes:
        parts = [(part.start, part.end) for part in quote.parts] or [
            (quote.span.start, quote.span.end)
        ]
        group = [parts[0]]
        for part in parts[1:]:
            gap = text[group[-1][1] : part[0]]
            if set(gap) <= _PARAGRAPH_GAP:
                group.append(part)
            else:
                units.append((quote, tuple(group)))
                group = [part]
        units.append((quote, tuple(group)))
    return units


def score_quotes(story: GoldStory, article: Article, facts: Sequence[Fact]) -> list[FieldScore]:
    """Quotes found, their speakers and types, against the gold ``quotes``."""
    gold = _gold_items(story, "quotes")
    if gold is None:
        return []
    people = _people(story)
    text = article.text
    located = _locate_all(text, gold, "text")
    units = _quote_units(text, facts_of_kind(facts, "quote"))
    scores = _overlaps(located, [pieces for _, pieces in units])
    pairs = greedy_pairs(scores, lambda share: share > QUOTE_THRESHOLD)

    errors = [
        Error(
            story=story.name,
            field="quotes",
            kind="missed",
            gold=snippet(str(item.get("text") or "")),
            context=None if located[g] else _NOT_FOUND,
        )
        for g, item in enumerate(gold)
        if g not in pairs
    ]
    matched_units = set(pairs.values())
    errors += [
        Error(
            story=story.name,
            field="quotes",
            kind="spurious",
            predicted=snippet(" ".join(text[start:end] for start, end in pieces)),
        )
        for u, (_, pieces) in enumerate(units)
        if u not in matched_units
    ]
    main = FieldScore(
        field="quotes",
        counts=Counts(tp=len(pairs), fp=len(units) - len(pairs), fn=len(gold) - len(pairs)),
        errors=tuple(errors),
    )

    speakers = []
    kinds = []
    for g, u in pairs.items():
        item, quote = gold[g], units[u][0]
        context = snippet(str(item.get("text") or ""), 50)
        if item.get("speaker"):
            speaker = str(item["speaker"])
            ok = person_matches(quote.speaker, speaker, people)
            speakers.append((ok, speaker, quote.speaker, context))
        if item.get("kind"):
            kinds.append((item["kind"] == quote.type, str(item["kind"]), quote.type, context))

    extra = []
    for threshold in QUOTE_THRESHOLDS_ALSO:
        found = len(greedy_pairs(scores, functools.partial(operator.lt, threshold)))
        counts = Counts(tp=found, fp=len(units) - found, fn=len(gold) - found)
        extra.append(FieldScore(field=f"quotes@{threshold}", counts=counts))
    return [
        main,
        accuracy_row(story, "quotes.speaker", speakers),
        accuracy_row(story, "quotes.type", kinds),
        *extra,
    ]


# --- attributions ---------------------------------------------------------------------------


def _content_spans(text: str, attribution: Any) -> tuple[Piece, ...]:
    parts = tuple((part.start, part.end) for part in attribution.content_parts)
    return parts or locate(text, attribution.content or "")


def cue_matches(gold: str, predicted: str | None) -> bool:
    """Whether a predicted cue is the gold one: equal as names, or one inside the other.

    >>> cue_matches("told reporters", "told"), cue_matches("said", "denied")
    (True, False)
    """
    if not predicted:
        return False
    a, b = normalize_name(gold), normalize_name(predicted)
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _describe(source: object, cue: object, content: object) -> str:
    return f"{source or '?'} / {cue or '?'} / {snippet(str(content or ''), 60)}"


def score_attributions(
    story: GoldStory, article: Article, facts: Sequence[Fact]
) -> list[FieldScore]:
    """Attributions with source and content, content alone, and cues, against gold."""
    gold = _gold_items(story, "attributions")
    if gold is None:
        return []
    people = _people(story)
    text = article.text
    predicted = facts_of_kind(facts, "attribution")
    located = _locate_all(text, gold, "content")
    scores = _overlaps(located, [_content_spans(text, item) for item in predicted])
    content_pairs = greedy_pairs(scores, lambda share: share >= CONTENT_THRESHOLD)
    same_source = {
        pair: share
        for pair, share in scores.items()
        if source_matches(str(gold[pair[0]].get("source") or ""), predicted[pair[1]].source, people)
    }
    pairs = greedy_pairs(same_source, lambda share: share >= CONTENT_THRESHOLD)

    errors = []
    explained: set[int] = set()
    used = set(pairs.values())
    for g, item in enumerate(gold):
        if g in pairs:
            continue
        p = content_pairs.get(g)
        if p is not None and p not in used and p not in explained:
            # The content was found but under another source: say so rather than listing a
            # miss and a spurious item for one mistake.
            explained.add(p)
            errors.append(
                Error(
                    story=story.name,
                    field="attributions",
                    kind="wrong",
                    gold=str(item.get("source")),
                    predicted=predicted[p].source,
                    context=snippet(str(item.get("content") or ""), 60),
                )
            )
            continue
        errors.append(
            Error(
                story=story.name,
                field="attributions",
                kind="missed",
                gold=_describe(item.get("source"), item.get("cue"), item.get("content")),
                context=None if located[g] else _NOT_FOUND,
            )
        )
    errors += [
        Error(
            story=story.name,
            field="attributions",
            kind="spurious",
            predicted=_describe(record.source, record.cue, record.content),
        )
        for p, record in enumerate(predicted)
        if p not in used and p not in explained
    ]

    def counts(found: int) -> Counts:
        return Counts(tp=found, fp=len(predicted) - found, fn=len(gold) - found)

    cues = [
        (
            cue_matches(str(gold[g]["cue"]), predicted[p].cue),
            str(gold[g]["cue"]),
            predicted[p].cue,
            snippet(str(gold[g].get("content") or ""), 50),
        )
        for g, p in pairs.items()
        if gold[g].get("cue")
    ]
    return [
        FieldScore(field="attributions", counts=counts(len(pairs)), errors=tuple(errors)),
        FieldScore(field="attributions.content", counts=counts(len(content_pairs))),
        accuracy_row(story, "attributions.cue", cues),
    ]
