"""Linking direct and partial quotes to their cues: the attributions of type ``quote``, the
quotes that continue a speaker after their cue, and a quotation that ends a claim of the
reporter's.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from newsfacts import cues as _cues
from newsfacts.extractors import _attribution_naming as _naming
from newsfacts.extractors._attribution_reader import CALLED_REACH, QUOTE_MARKS, Coverage, ReaderBase
from newsfacts.extractors._attribution_words import words
from newsfacts.records import Attribution, Quote, Span

# How far a direct quote's cue may stand from it when only a colon and a line break part them.
_COLON_REACH = 200
# How many words of the reporter's a sentence must hold before a quotation for the
# quotation to be part of their claim, and how far back they are read.
_CLAIM_WORDS = 3
_CONTENT_BEFORE_QUOTE = 400
_CLAUSE_OPENERS = frozenset(["But", "And", "Yet", "So", "Still", "However", "Now"])
_SENTENCE_STOP = regex.compile(r"[.?!]")


class QuoteLinking(ReaderBase):
    """The attributions of the article's quotes."""

    def from_quotes(self) -> list[Attribution]:
        """The attributions of direct quotes whose cue stands next to them."""
        found: list[Attribution] = []
        previous: tuple[Quote, Span] | None = None  # the last quote attributed after it, its cue
        for quote in self.quotes:
            if quote.type != "direct":
                previous = None
                continue
            cue_span = quote.cue_span
            if cue_span is not None and self._cue_is_next_to(quote, cue_span):
                found.extend(
                    self._with_claim(quote, self._quote_attributions(quote, quote, cue_span))
                )
                self.used_cues.add(cue_span)
                if quote.speaker_span is not None and quote.speaker is not None:
                    named = _naming.Named(quote.speaker, quote.speaker_entity, "named")
                    self.cue_sources[cue_span] = (quote.speaker_span, named)
                previous = (quote, cue_span) if cue_span.start >= quote.parts[0].end else None
                continue
            if previous is not None and self._continues_after_cue(previous, quote):
                found.extend(self._quote_attributions(quote, previous[0], previous[1]))
            previous = None
        return found

    def _quotes_inside_a_claim(self, quote: Quote, cue: Span) -> bool:
        """``the decision was "within reason," the opinion read``: a quotation that ends a
        clause of the reporter's before its cue is part of that clause's claim."""
        if cue.start < quote.span.end:
            return False
        index = bisect.bisect_right(self.sentence_starts, quote.span.start) - 1
        start = self.sentence_starts[index] if index >= 0 else 0
        if quote.span.start - start > _CONTENT_BEFORE_QUOTE:
            return False
        lead = words(self.text, start, quote.span.start)
        opened = [token for token, _, _ in lead if token[:1].isalnum()]
        if len(opened) < _CLAIM_WORDS or lead[-1][0] in (":", ","):
            return False
        # ``He said the plan was "a disaster," adding ...``: the clause is his cue's content.
        return next(_cues.find_cues(self.text, start, quote.span.start), None) is None

    def _cue_is_next_to(self, quote: Quote, cue: Span) -> bool:
        text = self.text
        if quote.span.start <= cue.start and cue.end <= quote.span.end:
            return True  # between the parts of a split quote
        if cue.start >= quote.span.end:
            if cue_text_opens_sentence(text, cue):
                return False  # ``"...." According to X, ...``: a new sentence, not this quote's
            between = text[quote.span.end : cue.start]
            return len(between) <= 160 and not _SENTENCE_STOP.search(between)
        between = text[cue.end : quote.span.start]
        if len(between) > _COLON_REACH:
            return False
        return not _SENTENCE_STOP.search(between) or between.rstrip().endswith(":")

    def _continues_after_cue(self, previous: tuple[Quote, Span], quote: Quote) -> bool:
        """``"A," X said. "B."``: B follows the cue's short sentence in the same paragraph."""
        earlier, cue = previous
        if self._paragraph_of(cue.start) != self._paragraph_of(quote.span.start):
            return False
        between = self.text[cue.end : quote.span.start]
        stops = len(_SENTENCE_STOP.findall(between))
        return (
            len(between) <= 80
            and stops == 1
            and not any(mark in between for mark in QUOTE_MARKS)
            and not any(True for _ in _cues.find_cues(self.text, cue.end, quote.span.start))
            and earlier.span.end <= cue.start
        )

    def _quote_attributions(self, quote: Quote, speaker: Quote, cue: Span) -> list[Attribution]:
        """One attribution a part group of ``quote`` (parts a paragraph break joins stay one)."""
        text = self.text
        source, entity = speaker.speaker, speaker.speaker_entity
        source_span = speaker.speaker_span
        if source is None and source_span is not None:
            named = _naming.name_source(self.article, source_span)
            source, entity = named.name, named.entity
        cue_text = cue.of(text)
        groups: list[list[Span]] = [[quote.parts[0]]]
        for part in quote.parts[1:]:
            gap = text[groups[-1][-1].end : part.start]
            if not gap.strip(" \t\r\n\u00a0" + QUOTE_MARKS):
                # A paragraph break, or a mark that reopens the quotation without closing
                # it first (``... to death. "HIV is ...``): the same quotation goes on.
                groups[-1].append(part)
            else:
                groups.append([part])
        # A cue that opens a sentence is printed capitalised (``Saying "..."``, ``Added the
        # mayor:``): its lemma is the lower-case form's.
        cue_lemma = _cues.lemma_of(cue_text.lower(), wide=True)
        if cue_lemma == "call":
            groups[0] = self._called_object(cue, groups[0], quote if len(groups) == 1 else None)
        found = []
        for group in groups:
            low = min(group[0].start, cue.start, *([source_span.start] if source_span else []))
            high = max(group[-1].end, cue.end, *([source_span.end] if source_span else []))
            found.append(
                Attribution(
                    span=Span(start=low, end=high),
                    source=source,
                    source_span=source_span,
                    source_entity=entity,
                    cue=cue_text,
                    cue_lemma=cue_lemma or cue_text,
                    cue_span=cue,
                    content=" ".join(part.of(text) for part in group),
                    content_parts=tuple(group),
                    type="quote",
                    quote=quote.span,
                )
            )
        return found

    def _called_object(self, cue: Span, group: list[Span], quote: Quote | None) -> list[Span]:
        """``called the ruling "outrageous"``: what was called so, and the quotation, are
        the content, as one stretch from the object to the quotation's end (its closing
        mark, when the whole quotation is this group)."""
        first = group[0]
        if cue.end > first.start:
            return group
        between = words(self.text, cue.end, first.start)
        object_words = [token for token, _, _ in between if token[:1].isalnum()]
        if (
            not object_words
            or len(object_words) > CALLED_REACH
            or _SENTENCE_STOP.search(self.text, cue.end, first.start)
        ):
            return group
        start = next(low for token, low, _ in between if token[:1].isalnum())
        return [Span(start=start, end=group[-1].end if quote is None else quote.span.end)]

    def continuations(self, found: Sequence[Attribution]) -> list[Attribution]:
        """``"A," X said. "B."`` read from the sentence: B gets an attribution with X's cue."""
        more: list[Attribution] = []
        for item in found:
            if item.quote is None or item.cue_span is None or item.quote.end > item.cue_span.start:
                continue
            index = bisect.bisect_left(self.quote_starts, item.cue_span.end)
            if index >= len(self.quotes):
                continue
            earlier = self.quotes[index - 1] if index else None
            following = self.quotes[index]
            if earlier is None or following.type != "direct":
                continue
            if not self._continues_after_cue((earlier, item.cue_span), following):
                continue
            for part in following.parts:
                more.append(
                    attrs.evolve(
                        item,
                        span=Span(start=item.span.start, end=max(item.span.end, part.end)),
                        content=part.of(self.text),
                        content_parts=(part,),
                        quote=following.span,
                        type="quote",
                    )
                )
        return more

    def partial_quotes_left(self, found: Sequence[Attribution]) -> list[Attribution]:
        """Partial quotes with a cue that no attribution's content holds: their own records."""
        covered = Coverage(part for item in found for part in item.content_parts)
        cues_read = {item.cue_span for item in found}
        left = []
        for quote in self.quotes:
            if quote.type != "partial" or quote.cue_span is None:
                continue
            if quote.cue_span in self.used_cues or covered.contains(quote.parts[0]):
                continue
            if quote.cue_span in cues_read:
                continue  # ``called the delay "a concession``: the sentence's claim holds it
            if not self._cue_is_next_to(quote, quote.cue_span):
                continue
            left.extend(
                self._with_claim(quote, self._quote_attributions(quote, quote, quote.cue_span))
            )
        return left

    def _with_claim(self, quote: Quote, made: list[Attribution]) -> list[Attribution]:
        """``made`` as it is, or, when the quotation ends a clause of the reporter's before its
        cue, one attribution whose content is that clause with the quotation."""
        if (
            not made
            or quote.cue_span is None
            or not self._quotes_inside_a_claim(quote, quote.cue_span)
        ):
            return made
        claim = self._claim_up_to(quote)
        first = made[0]
        return [
            attrs.evolve(
                first,
                span=Span(start=min(first.span.start, claim.start), end=first.span.end),
                content=claim.of(self.text),
                content_parts=(claim,),
            )
        ]

    def _claim_up_to(self, quote: Quote) -> Span:
        """The reporter's clause that a quotation ends, from its sentence's first word after
        an opener (``But``) to the quotation's closing mark."""
        index = bisect.bisect_right(self.sentence_starts, quote.span.start) - 1
        start = self.sentence_starts[index] if index >= 0 else 0
        lead = words(self.text, start, min(quote.span.start, start + 40))
        if len(lead) > 1 and lead[0][0] in _CLAUSE_OPENERS:
            start = lead[1][1]
        return Span(start=start, end=quote.span.end)


def cue_text_opens_sentence(text: str, cue: Span) -> bool:
    """Whether the cue is printed capitalised (``According to``): it opens its sentence."""
    return text[cue.start : cue.start + 1].isupper()
