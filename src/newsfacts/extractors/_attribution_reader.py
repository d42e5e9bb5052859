"""The state one article's attribution reader shares: its quotes, paragraphs and sentences,
the cues its quotes used and the sources named so far, and the lookups on them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from newsfacts.article import Article
from newsfacts.extractors import _attribution_naming as _naming
from newsfacts.extractors._attribution_words import Word, words
from newsfacts.records import Quote, Span

# How many words after ``called`` may stand before the quotation of what it was called.
CALLED_REACH = 8
# The marks that open or close a quotation.
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb`"


class ReaderBase:
    """What every part of one article's reader shares: its quotes, which cues they used,
    the sources named so far, and the article's paragraphs and sentences."""

    def __init__(self, article: Article, quotes: Sequence[Quote]) -> None:
        self.article = article
        self.text = article.text
        self.quotes = sorted(quotes, key=lambda quote: quote.span.start)
        parts = sorted(part for quote in self.quotes for part in quote.parts)
        self.part_starts = [part.start for part in parts]
        self.parts = parts
        self.quote_starts = [quote.span.start for quote in self.quotes]
        self.used_cues: set[Span] = set()
        # Who spoke through each cue a quote used: the source of a participle after it
        # (``"...," he said, adding that ...``).
        self.cue_sources: dict[Span, tuple[Span, _naming.Named]] = {}
        # The last named source, person (False) or group (True): who ``he`` or ``they`` is.
        self.last_named: dict[bool, _naming.Named] = {}
        self.paragraph_starts = [paragraph.span.start for paragraph in article.paragraphs]
        self.sentence_starts = [sentence.span.start for sentence in article.sentences]

    def _paragraph_of(self, position: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, position) - 1

    def _inside_quote(self, span: Span) -> bool:
        index = bisect.bisect_right(self.part_starts, span.start) - 1
        return index >= 0 and self.parts[index].end >= span.end

    def _quote_in(self, parts: Sequence[Span]) -> Quote | None:
        """The quote a content holds whole, or else the first whose words it shares (a
        content that opens inside a quotation, or runs on past its closing mark)."""
        if not parts:
            return None
        index = bisect.bisect_left(self.quote_starts, parts[0].start)
        for quote in self.quotes[index:]:
            if quote.span.start >= parts[-1].end:
                break
            if any(part.contains(quote.span) for part in parts):
                return quote
        # Quotes do not overlap one another: the ones sharing words with the content start
        # before its end and, read back from there, end after its start.
        overlapping = None
        for back in range(bisect.bisect_left(self.quote_starts, parts[-1].end) - 1, -1, -1):
            quote = self.quotes[back]
            if quote.span.end <= parts[0].start:
                break
            if any(_shares_words(part, quote) for part in parts):
                overlapping = quote
        return overlapping


class Tokens:
    """The words of one sentence, read once: each cue takes the stretch around it by
    bisection, not by reading the text again."""

    def __init__(self, text: str, sentence: Span) -> None:
        self.words = words(text, sentence.start, sentence.end)
        self.starts = [start for _, start, _ in self.words]

    def around(self, cue: Span, reach: int) -> tuple[list[Word], list[Word]]:
        """The words that start within ``reach`` characters before ``cue``, and those that
        end within ``reach`` characters after it."""
        starts = self.starts
        low = bisect.bisect_left(starts, cue.start - reach)
        first = bisect.bisect_left(starts, cue.start)
        after = bisect.bisect_left(starts, cue.end)
        high = bisect.bisect_left(starts, cue.end + reach)
        if high > after and self.words[high - 1][2] > cue.end + reach:
            high -= 1  # a word cut by the edge of the stretch
        return self.words[low:first], self.words[after:high]


class Coverage:
    """Spans sorted by start, with the furthest end reached so far: whether some span holds
    a given one is one bisection, not a scan of them all."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans, key=lambda span: span.start)
        self.starts = [span.start for span in ordered]
        self.furthest: list[int] = []
        end = -1
        for span in ordered:
            end = max(end, span.end)
            self.furthest.append(end)

    def contains(self, span: Span) -> bool:
        """Whether one of the spans holds ``span`` whole."""
        index = bisect.bisect_right(self.starts, span.start) - 1
        return index >= 0 and self.furthest[index] >= span.end


def _shares_words(part: Span, quote: Quote) -> bool:
    """Whether ``part`` and one of the quote's parts (its words, not its marks) overlap."""
    return any(part.start < words.end and words.start < part.end for words in quote.parts)
