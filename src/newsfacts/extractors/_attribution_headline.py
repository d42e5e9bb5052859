"""Attributions set out by the headline and by layout (wide scope): ``Mayor Says ...``,
``Doe: Pier Is Unsafe``, a transcript's ``PENCE: ...`` and a quotation signed with a dash.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from newsfacts import cues as _cues
from newsfacts.article import Article
from newsfacts.extractors import _attribution_content as _content
from newsfacts.extractors import _attribution_naming as _naming
from newsfacts.extractors import _attribution_wide as _wide
from newsfacts.extractors._attribution_cue import CueReading
from newsfacts.extractors._attribution_reader import QUOTE_MARKS
from newsfacts.extractors._attribution_types import type_of
from newsfacts.records import Attribution, Span

# A transcript's speaker at the head of a paragraph (``PENCE: Well, ...``).
_SPEAKER_LINE = regex.compile(
    r"[\"\u201c]?(\p{Lu}[\p{Lu}.'\u2019-]+(?: \p{Lu}[\p{Lu}.'\u2019-]+){0,2}):\s+\S"
)
# A quotation signed with a dash and a name (``"...." \u2015 Jane Doe``).
_SIGNED_QUOTE = regex.compile(
    r"(?<=[\"\u201d][\s\u00a0]{0,3})([\u2015\u2014])[ \t\u00a0]*"
    r"(\p{Lu}[\p{L}.'\u2019-]*(?:[ \t]+\p{Lu}[\p{L}.'\u2019-]*){0,4})"
)
# The shortest line read as a signed quotation's words.
_SIGNED_SHORTEST = 12
# The longest first line read as a title when the parser found no headline.
_TITLE_WIDEST = 200
# ``Jane Doe: Pier Is Unsafe``: a name of one to four capitalised words, a colon, a claim.
_HEADLINE_COLON = regex.compile(r"(\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}):\s+\S")

# A headline whose colon opens a quotation: the capitalised words that end the part before
# the colon are who is quoted (``A Lesson From Jane Doe: 'Mind the Pier'``).
_QUOTED_AFTER_COLON = regex.compile(
    r"(?:[^:\n]*?\s)?(\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*)*):\s*[\"'\u2018\u201c]"
)
# An editor's label before a colon (``The Latest: ...``, ``CORRECTION: ...``): a rubric or a
# notice, not a speaker.
_LABEL_WORDS = frozenset(
    """the latest correction corrections clarification update updated breaking watch
    exclusive analysis opinion live photos video related editor's note""".split()  # noqa: SIM905
)


def _is_label(name: str) -> bool:
    """Whether the words before a colon are an editor's label, not a speaker."""
    return all(word in _LABEL_WORDS for word in name.lower().replace("\u2019", "'").split())


class HeadlineReading(CueReading):
    """The attributions of the headline and of the story's layout."""

    def from_headline(self, headline: Span) -> list[Attribution]:
        """``Mayor Says Pier Will Reopen``, ``..., Port Chief Says``, ``Doe: Pier Is Unsafe``:
        the headline read as a sentence, its capitalised cues matched in lower case."""
        printed = headline.of(self.text)
        lowered = printed.lower()
        if len(lowered) != len(printed):
            return []
        colon = _HEADLINE_COLON.match(printed)
        if colon is not None and not _is_label(colon.group(1)):
            return [self._headline_colon(headline, colon)]
        quoted = _QUOTED_AFTER_COLON.match(printed) if len(printed) <= _TITLE_WIDEST else None
        if quoted is not None and not _is_label(quoted.group(1)):
            # ``A Lesson From Jane Doe: 'Mind the Pier'``: the name before the colon speaks.
            return [self._headline_colon(headline, quoted)]
        for cue in _cues.find_cues(lowered, broad=True, wide=True):
            span = Span(start=headline.start + cue.span.start, end=headline.start + cue.span.end)
            shifted = attrs.evolve(cue, span=span, text=span.of(self.text))
            item = self._read_cue(headline, shifted, None, wide=True)
            if item is not None:
                self.used_cues.add(span)
                return [item[0]]  # a headline makes one claim: later cues are its content
        for cue in _wide.headline_verbs(lowered):
            span = Span(start=headline.start + cue.span.start, end=headline.start + cue.span.end)
            shifted = attrs.evolve(cue, span=span, text=span.of(self.text))
            item = self._read_cue(headline, shifted, None, wide=True)
            if item is not None:
                return [item[0]]
        return []

    def from_layout(self) -> list[Attribution]:
        """Speech set out by layout: a transcript's ``PENCE: ...`` paragraphs and a quotation
        signed ``"..." ― Jane Doe``."""
        found = []
        for paragraph in self.article.paragraphs:
            span = paragraph.span
            speaker = _SPEAKER_LINE.match(self.text, span.start, span.end)
            if speaker is not None and not _is_label(speaker.group(1)):
                found.append(self._headline_colon(span, speaker, offset=0))
        for signed in _SIGNED_QUOTE.finditer(self.text):
            item = self._signed_quote(signed)
            if item is not None:
                found.append(item)
        return found

    def _signed_quote(self, signed: regex.Match[str]) -> Attribution | None:
        index = bisect.bisect_right(self.quote_starts, signed.start()) - 1
        quote = self.quotes[index] if index >= 0 else None
        if quote is None or self.text[quote.span.end : signed.start()].strip(
            QUOTE_MARKS + " \u00a0"
        ):
            return self._signed_line(signed)
        source = Span(start=signed.start(2), end=signed.end(2))
        cue = Span(start=signed.start(1), end=signed.end(1))
        named = _naming.name_source(self.article, source)
        return Attribution(
            span=Span(start=quote.span.start, end=source.end),
            source=named.name,
            source_span=source,
            source_entity=named.entity,
            cue=cue.of(self.text),
            cue_lemma="sign",
            cue_span=cue,
            content=" ".join(part.of(self.text) for part in quote.parts),
            content_parts=quote.parts,
            type="quote",
            quote=quote.span,
        )

    def _signed_line(self, signed: regex.Match[str]) -> Attribution | None:
        """A signed quotation that the quotes extractor did not take (its marks misprinted):
        its line, inside the marks, is the content."""
        text = self.text
        line_start = text.rfind("\n", 0, signed.start()) + 1
        content = _content.clip(text, line_start, signed.start(), ())
        if not content:
            return None
        part = content[0]
        start, end = part.start, part.end
        while start < end and text[start] in QUOTE_MARKS:
            start += 1
        while end > start and text[end - 1] in QUOTE_MARKS:
            end -= 1
        if end - start < _SIGNED_SHORTEST:
            return None
        body = Span(start=start, end=end)
        source = Span(start=signed.start(2), end=signed.end(2))
        cue = Span(start=signed.start(1), end=signed.end(1))
        named = _naming.name_source(self.article, source)
        return Attribution(
            span=Span(start=body.start, end=source.end),
            source=named.name,
            source_span=source,
            source_entity=named.entity,
            cue=cue.of(text),
            cue_lemma="sign",
            cue_span=cue,
            content=body.of(text),
            content_parts=(body,),
            type="quote",
        )

    def _headline_colon(
        self, headline: Span, colon: regex.Match[str], *, offset: int | None = None
    ) -> Attribution:
        shift = headline.start if offset is None else offset
        source = Span(start=shift + colon.start(1), end=shift + colon.end(1))
        cue = Span(start=source.end, end=source.end + 1)
        content = _content.clip(self.text, cue.end, headline.end, ())
        quote = self._quote_in(content)
        named = _naming.name_source(self.article, source)
        return Attribution(
            span=Span(start=source.start, end=max([cue.end, *(part.end for part in content)])),
            source=named.name,
            source_span=source,
            source_entity=named.entity,
            cue=":",
            cue_lemma=":",
            cue_span=cue,
            content=" ".join(part.of(self.text) for part in content),
            content_parts=tuple(content),
            type=type_of(_cues.CueMatch(span=cue, text=":", lemma=":", kind="colon"), named),
            quote=None if quote is None else quote.span,
        )


def title_of(article: Article) -> Span:
    """The headline, or else the story's first line (a title the parser kept in the body)."""
    if article.headline is not None:
        return article.headline.span
    end = article.text.find("\n", 0, _TITLE_WIDEST + 1)
    return Span(start=0, end=0 if end < 0 else end)  # a long first line is a paragraph
