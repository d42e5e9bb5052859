"""Measure the ``quotes`` extractor on the Gender Gap Tracker annotations (GGT).

Reads ``/work/shared/eval/ggt.jsonl`` (see the README beside it); exits 0 with a message when
the file is absent. Paragraphs in its texts are separated by a line holding `` .``: those two
characters are replaced by spaces, so the line is blank and every gold offset stays valid.

The metric, its unit rule (each part of a quote is one unit: GGT annotates a split quote as
two quotes and never lets one run over a paragraph) and its speaker rule are those of
:mod:`ggt_metric`, shared with ``benchmarks/peer_textacy.py``.

Four rows. ``direct``: the quotes against the gold quotes in marks (``has_quote_marks``), a
partial quote scored as its sentence (GGT's convention, see :func:`predicted_of`). ``direct,
partial quotes as marked``: the same with only the marked words of a partial quote (the corpus
gold's convention). ``all``: the same quotes against every gold quote, indirect speech too,
which an extractor of quotations in marks cannot find (its recall is bounded). ``all, with
attributions``: the quotes plus the content of every attribution that is not a quote (the
``attributions`` extractor) that GGT counts as a quote, against every gold quote: the reported
speech of the story, direct and indirect together (see :func:`counts_as_quote` for which
attributions GGT counts, :func:`combined_of` for how they join the quotes). Tune on ``--split
dev``, report ``--split test``. ``--show-errors N`` lists missed, extra and wrong-speaker
quotes of the ``direct`` row (``--errors-of all``: of the combined row).

    python benchmarks/ggt.py [--split dev|test|both] [--show-errors N] [--path FILE]
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time
import traceback
from collections.abc import Iterable, Sequence
from pathlib import Path

# The benchmarks folder is not a package: ggt_metric is imported by path.
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ggt_metric
from ggt_metric import (
    DEFAULT_PATH,
    THRESHOLDS,
    GoldQuote,
    Piece,
    Predicted,
    clean_text,
    gold_quotes,
    load_articles,
    match_article,
    speaker_matches,
    trim,
)

import newsfacts
from newsfacts.cues import COLON, LEXICON
from newsfacts.extractors.attributions import find_attributions
from newsfacts.extractors.quotes import find_quotes
from newsfacts.records import Attribution, Quote, Span


def predicted_of(
    quotes: Iterable[Quote], sentences: Sequence[Span] | None = None
) -> list[Predicted]:
    """newsfacts' quotes in the metric's terms: each quote's parts, with its speaker.

    With ``sentences`` (the article's, in text order), a ``partial`` quote is scored as the
    sentence it is woven into: GGT annotates such a quote as the reported clause that holds
    the marked words (``police were "very committed" to hearing her``), where newsfacts (and
    the corpus gold) keep the words in marks. Two partial quotes of one sentence are one unit.
    """
    starts = [sentence.start for sentence in sentences or ()]
    predicted = []
    widened: set[Piece] = set()
    for quote in quotes:
        pieces = [(part.start, part.end) for part in quote.parts]
        if sentences and quote.type == "partial":
            pieces = []
            for part in quote.parts:
                at = bisect.bisect_right(starts, part.start) - 1
                sentence = sentences[at] if at >= 0 else None
                if sentence is None or sentence.end < part.end:
                    pieces.append((part.start, part.end))
                elif (sentence.start, sentence.end) not in widened:
                    widened.add((sentence.start, sentence.end))
                    pieces.append((sentence.start, sentence.end))
            if not pieces:
                continue
        predicted.append(Predicted(pieces=tuple(pieces), speaker=quote.speaker))
    return predicted


# GGT annotates statements: what a person or an organisation said or wrote, directly or
# reported, and what a source says by ``according to``. Its cue verbs are verbs of saying
# (``said``, ``told``, ``wrote``, ``argued``, ``noted``...). An attribution counts when its cue
# is one of the lexicon's verbs of saying or source phrases (not a belief, ``believes``, nor
# a finding, ``a study shows``) and the speech act it reports is an assertion: its content
# is a claim. The other speech acts report an act whose object is no claim, and GGT does not
# annotate them: directives (``urged them to``, ``called for``), commissives (``promised to``,
# ``pledged``), expressives and evaluations (``praised``, ``accused X of``, ``expressed
# concern``), rulings (``the judge ruled``), questions (``asked whether``), and verbs that
# name a speech rather than report it (``described``, ``recalled``, ``mentioned``, ``cited``).
# ``continue`` reports speech only before a quotation in marks (``he continued, "..."``),
# which the quotes extractor finds; without one it is no cue (``Story continues below``).
_SAYING = frozenset(
    [COLON.lemma, *(word.lemma for word in LEXICON.values() if word.kind in ("speech", "source"))]
)
_NOT_ASSERTIONS = frozenset(
    [
        # directives
        "ask", "urge", "call", "order", "demand", "request", "recommend", "instruct", "propose",
        # commissives
        "promise", "pledge", "vow", "threaten",
        # expressives and evaluations
        "praise", "criticize", "condemn", "welcome", "accuse", "blame", "boast", "lament",
        "express",
        # rulings, questions
        "rule", "question", "wonder",
        # a speech named, not reported
        "describe", "recount", "mention", "recall", "speak of", "signal", "hint",
        "hold out hope", "cite", "quote",
        "continue",
    ]
)  # fmt: skip


def counts_as_quote(attribution: Attribution) -> bool:
    """Whether GGT would annotate an attribution's content as a quote (see the rules above).

    Decided from the record's fields alone: a refusal (``declined to comment``) or a denial
    says nothing GGT quotes; the cue must be a verb of saying or a source phrase, and one that
    reports an assertion.
    """
    if attribution.type in ("refusal", "denial"):
        return False
    lemma = attribution.cue_lemma or ""
    return lemma in _SAYING and lemma not in _NOT_ASSERTIONS


def combined_of(
    text: str, quotes: Sequence[Predicted], attributions: Iterable[Attribution]
) -> list[Predicted]:
    """The quotes and the content of every attribution that is not one of them, as units.

    Each piece is one unit (the metric's unit rule). An attribution of a quote (``quote`` set)
    adds nothing, nor does one GGT would not count (:func:`counts_as_quote`). A content piece
    that overlaps no quote piece is a unit of its own, spoken by the attribution's source. One
    that overlaps quote pieces is the same speech: when it holds a single quote piece whole, it
    replaces it (the larger unit), keeping the quote's speaker (the attribution's source when
    the quote has none); otherwise it is dropped, so no speech is counted twice.
    """
    units: list[tuple[Piece, str | None]] = [
        (piece, quote.speaker) for quote in quotes for piece in quote.pieces
    ]
    for attribution in attributions:
        if attribution.quote is not None or not counts_as_quote(attribution):
            continue
        for part in attribution.content_parts:
            piece = trim(text, part.start, part.end)
            if piece[1] <= piece[0]:
                continue
            touching = [
                index
                for index, ((start, end), _) in enumerate(units)
                if start < piece[1] and piece[0] < end
            ]
            if not touching:
                units.append((piece, attribution.source))
                continue
            if len(touching) == 1:
                (start, end), speaker = units[touching[0]]
                if piece[0] <= start and end <= piece[1]:
                    units[touching[0]] = (piece, speaker or attribution.source)
    return [Predicted(pieces=(piece,), speaker=speaker) for piece, speaker in units]


class Score:
    """Counts for one gold set over one split, at every threshold."""

    def __init__(self) -> None:
        self.scores = dict.fromkeys(THRESHOLDS, ggt_metric.Score())

    def add(
        self, text: str, gold: list[GoldQuote], predicted: list[Predicted]
    ) -> ggt_metric.Matching:
        """Add one article; return its matching at the first threshold."""
        first = None
        for threshold in THRESHOLDS:
            matching = match_article(text, gold, predicted, threshold)
            self.scores[threshold] += matching.score
            first = first or matching
        assert first is not None
        return first

    def row(self, label: str) -> str:
        first = self.scores[THRESHOLDS[0]]
        cells = [label, str(first.gold), str(first.predicted)]
        for threshold in THRESHOLDS:
            score = self.scores[threshold]
            cells.append(f"{score.precision:.3f} / {score.recall:.3f} / {score.f1:.3f}")
        cells.append(f"{first.speaker_accuracy:.3f}" if first.matched else "-")
        return "| " + " | ".join(cells) + " |"


def run(
    path: Path,
    split: str,
    show_errors: int,
    *,
    use_entities: bool = True,
    errors_of: str = "direct",
) -> None:
    """Score one split and print a Markdown table."""
    articles = load_articles(path, None if split == "both" else split)
    direct, marked, every, combined = Score(), Score(), Score(), Score()
    failures = 0
    words = 0
    errors: list[str] = []
    seconds = 0.0  # parse + quotes only: the attributions are not timed
    for article in articles:
        started = time.perf_counter()
        text = clean_text(article["text"])
        words += len(text.split())
        try:
            parsed = newsfacts.parse(text)
            quotes = find_quotes(parsed, use_entities=use_entities)
            seconds += time.perf_counter() - started
            attributions = find_attributions(parsed, quotes)
        except Exception:
            failures += 1
            traceback.print_exc(file=sys.stderr)
            continue
        predicted = predicted_of(quotes, [sentence.span for sentence in parsed.sentences])
        gold = gold_quotes(article, marks_only=True)
        every_gold = gold_quotes(article, marks_only=False)
        matching = direct.add(text, gold, predicted)
        marked.add(text, gold, predicted_of(quotes))
        every.add(text, every_gold, predicted)
        matching_all = combined.add(text, every_gold, combined_of(text, predicted, attributions))
        if len(errors) < show_errors:
            if errors_of == "all":
                errors.extend(_errors(text, article["id"], every_gold, matching_all))
            else:
                errors.extend(_errors(text, article["id"], gold, matching))
    entities = "with entities" if use_entities else "without entities"
    print(
        f"## GGT quotes, split {split} ({entities}): {len(articles)} articles, {failures} failed\n"
    )
    print("| gold | quotes | units | P / R / F1 at 0.3 | P / R / F1 at 0.8 | speaker |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(direct.row("direct (in marks)"))
    print(marked.row("direct, partial quotes as marked"))
    print(every.row("all"))
    print(combined.row("all, with attributions"))
    first = direct.scores[THRESHOLDS[0]]
    wrong = first.matched - first.speakers_right - first.speakers_unnamed
    print(
        f"\nSpeakers of the {first.matched} matched direct quotes: {first.speakers_right} right,"
        f" {wrong} another name, {first.speakers_unnamed} unnamed (none or a bare pronoun)."
    )
    print(f"\n{words / seconds:,.0f} words/s (parse + quotes, one core)\n")
    for error in errors[:show_errors]:
        print(error)


def _errors(
    text: str, name: str, gold: list[GoldQuote], matching: ggt_metric.Matching
) -> list[str]:
    found_gold = {g for g, _ in matching.pairs}
    found_unit = {u for _, u in matching.pairs}
    lines = []
    for index, (start, end) in enumerate(matching.gold):
        if index not in found_gold:
            lines.append(f"{name} MISSED {text[start:end][:100]!r} ({gold[index].speaker})")
    for index, ((start, end), speaker) in enumerate(matching.units):
        if index not in found_unit:
            lines.append(f"{name} EXTRA  {text[start:end][:100]!r} ({speaker})")
    for g, u in matching.pairs:
        speaker = matching.units[u][1]
        if not speaker_matches(gold[g].speaker, speaker):
            start, end = matching.gold[g]
            lines.append(
                f"{name} SPEAKER {speaker!r} for {gold[g].speaker!r}: {text[start:end][:70]!r}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
    parser.add_argument(
        "--no-entities", action="store_true", help="name speakers as printed (no entity layer)"
    )
    parser.add_argument(
        "--errors-of",
        choices=("direct", "all"),
        default="direct",
        help="the row whose errors --show-errors lists (all: quotes and attributions)",
    )
    options = parser.parse_args(argv)
    if not options.path.is_file():
        print(f"GGT data not found at {options.path}: skipped.")
        return 0
    splits = ("dev", "test") if options.split == "both" else (options.split,)
    for split in splits:
        run(
            options.path,
            split,
            options.show_errors,
            use_entities=not options.no_entities,
            errors_of=options.errors_of,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
