"""The built-in ``attributions`` extractor: every claim the reporter attributes to a source.

Two passes over the body (the headline is not read):

1. Quotes (from the ``quotes`` extractor, ``upstream["quotes"]``). A direct quote whose cue
   stands next to it (in its sentence, between its parts, or ending the line before it with
   a colon) is an attribution of type ``quote``: the quote's words are its content, ``quote``
   its span. A quote split by its cue gives one attribution a part, as the gold convention
   writes them. ``"A," X said. "B."`` gives B an attribution with the same cue; a quote that
   only continues a speaker (no cue of its own, or a cue in an earlier sentence) gives none.
2. Every other cue of :mod:`newsfacts.cues` in a body sentence, outside quotation marks:
   ``X said (that) ...``, ``..., X said.``, ``A, X said, B``, ``..., said X``, ``X told
   reporters ...``, ``according to X, ...``, ``..., according to X``, ``X added in a
   statement ...``, ``X's statement said``, ``X declined to comment on ...``, ``X denied
   ...``, and the views and findings of the broad lexicon (``analysts believe``, ``the poll
   found``). The source is read around the cue (:mod:`._attribution_sources`) and named
   through the entity layer; content is the rest of the sentence on the other side.

Types: ``refusal`` and ``denial`` by their cue; ``quote`` for a direct quote; ``report`` for a
document or medium (``the report said``, ``state media reported``); ``anonymous`` for an
unnamed person or group (``officials said``, ``a senior official who spoke on condition of
anonymity``); ``statement`` otherwise. A report that cites a source (``news reports have
cited US intelligence sources as questioning ...``) is one attribution of the report whose
``source`` describes both levels (``news reports citing US intelligence sources``), its
content everything after the cue.

Each sentence is read once, each cue looks at its own sentence only: linear in the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

import attrs
import regex

from newsfacts import cues as _cues
from newsfacts.article import Article
from newsfacts.extractors import _attribution_content as _content
from newsfacts.extractors import _attribution_sources as _sources
from newsfacts.extractors import _attribution_wide as _wide
from newsfacts.extractors._attribution_sources import Word
from newsfacts.hookspecs import hookimpl
from newsfacts.records import Attribution, AttributionType, Fact, Quote, Span

__all__ = ["AttributionExtractor", "find_attributions", "newsfacts_extractors"]

# How far a direct quote's cue may stand from it when only a colon and a line break part them.
_COLON_REACH = 200
# Words that may introduce a source's relative or participle after ``cited``.
_CITING_AS = frozenset({"as"})
_INVERTED_STOPS = frozenset(
    "had has have was were is are would will could should did does can may might".split()  # noqa: SIM905
)
# Verbs with an object of their own, never printed before their subject: ``..., called the
# ruling "outrageous"`` and ``..., expressed the shame`` follow a long subject, not a claim.
_NEVER_INVERTED = frozenset(
    """call express describe cite urge promise vow pledge threaten demand criticize accuse
    blame praise condemn welcome propose recommend disclose mention signal estimate assure
    inform echo question read chant order instruct request rule reveal indicate allege
    charge tell defend liken point out reject deny press tweet post agree""".split()  # noqa: SIM905
) | {"point out"}
_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())  # noqa: SIM905
_PRONOUN_SOURCES = frozenset(["he", "she", "they", "it"])
_PLURAL_PRONOUNS = frozenset(["they", "we", "i", "you", "people", "police"])
# Words after which a bare verb is an infinitive or a noun, not a plural's present.
_NOT_SUBJECT_ENDS = frozenset(
    """to will would can could may might must should shall did does do not n't its his her
    their our your whose every each this that a an the""".split()  # noqa: SIM905
)
# Cues that attribute only when a clause or a quotation follows (``read: "..."``).
_CLAIM_OPENERS: dict[str, frozenset[str]] = {
    "read": frozenset([":", ","]),
    "question": frozenset(["whether", "why", "how", "if", "what", "that"]),
    "order": frozenset(["that"]),
    "request": frozenset(["that"]),
    "instruct": frozenset(["that"]),
    # ``ruled that ...`` reports a finding; ``ruled against them`` or ``ruled out`` an act.
    "rule": frozenset(["that", ":"]),
}
# How far around a cue the checks of its form read (``was found``, ``the reports``).
_NEAR = 40
# How many words of the reporter's a sentence must hold before a quotation for the
# quotation to be part of their claim, and how far back they are read.
_CLAIM_WORDS = 3
_CONTENT_BEFORE_QUOTE = 400
_CLAUSE_OPENERS = frozenset(["But", "And", "Yet", "So", "Still", "However", "Now"])
# How many words after ``called`` may stand before the quotation of what it was called.
_CALLED_REACH = 8
_ORDERS = frozenset(["order", "request", "instruct"])
# What must follow a gated cue (``cues.GATED``) for it to report a claim.
_GATE_OPENERS = frozenset(["that", ":", ","])
# Verbs whose hearer may stand before what is asked for (``asked them for``).
_REQUESTS = frozenset(["ask", "call", "urge", "press"])
# Words after a cue that make it an act (``agreed to sell``, ``hoped to win``).
_ACT_OPENERS: dict[str, frozenset[str]] = {
    "agree": frozenset(["to", "with", "on", "at", "in", "upon", "recently"]),
    "hope": frozenset(["to", "for"]),
    "expect": frozenset(["to", "next", "later", "in", "on"]),
    "tweet": frozenset(["to", "on", "using", "via", "in", "from", "support"]),
    "post": frozenset(["to", "on", "using", "via", "in", "from"]),
    # ``called for a ceasefire``, ``asked for help``: a stance or a request, which only the
    # wide scope attributes (``called on X to ...`` and ``asked X to ...`` report an appeal).
    "call": frozenset(["for"]),
    "ask": frozenset(["for"]),
}
# Words before a participle cue whose source is the subject of the sentence.
_ADJUNCT_PREPOSITIONS = frozenset(["in", "on", "at", "during", "over", "last", "earlier", "later"])
_PARTICIPLE_OPENERS = frozenset(["while", "whilst", "by", "after", "before", "when", "with"])
_QUANTIFIERS = frozenset(["some", "both", "many", "others", "all", "most", "several", "one"])
# Verbs whose past is printed as their lemma (``the statement read``).
_SAME_IN_THE_PAST = frozenset(["read", "put", "set"])
# Words that join a second verb to the subject of the first (``X conceded A but said B``).
_COORDINATORS = frozenset(["and", "but"])
_FORMS_OF_BE = frozenset(["was", "were", "is", "are", "be", "been", "being", "am"])
_ADVERBS = frozenset(["also", "widely", "not", "never", "generally", "already", "often"])
# Prepositions after a plural noun that a verb of saying in *-s* is rarely followed by.
_NOUN_FOLLOWERS = frozenset("of upon from as against among amid".split())  # noqa: SIM905
_FREE_RELATIVES = frozenset(["what", "whatever"])
# A content that opens with ``and`` or ``or`` is a second verb of the source, not a claim.
_COORDINATOR_OPENS = regex.compile(r"(?:and|or)\b")
# Verbs whose object a free relative may be (``what he called``, ``whatever she wants``):
# ``what she said was true`` still reports her words.
_NAMING_VERBS = frozenset(["call", "want", "refuse", "know", "ask"])
_SINGULAR_SUBJECTS = frozenset(["he", "she", "it", "who", "which", "that", "one"])
_VERB_AFTER_NOUN = frozenset(
    ["have", "has", "had", "are", "were", "is", "was", "will", "would", "say", "show", "also"]
)
# A verb in *-s* or *-ed* right before ``that`` (the wide scope's clause of speech or thought).
_THAT_VERB = regex.compile(r"\b([a-z]{3,}(?:s|ed))\s+that\b")
_NOT_THAT_VERBS = frozenset(
    """was has is does this thus days years times weeks months ones things others
    facts ways less unless needs means needed""".split()  # noqa: SIM905
)
_SUBJECT_OR_ADVERB = frozenset(
    "he she it also still now never often repeatedly clearly campaign".split()  # noqa: SIM905
)
Scope = Literal["news", "polnear"]
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb`"
# How far around a cue its source is read, and how far back a content before it may start.
_REACH = 240
_SENTENCE_STOP = regex.compile(r"[.?!]")
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


def find_attributions(
    article: Article,
    quotes: Sequence[Quote] | None = None,
    *,
    broad: bool = True,
    scope: Scope = "news",
) -> list[Attribution]:
    """Every attribution in the body of ``article``, in text order.

    ``quotes`` are the article's quotes (found here when not given); with ``broad=False``
    views and findings (``believes``, ``found``) are left out. ``scope`` says which
    predicates attribute: ``"news"`` (the default) those of the project's gold guide, verbs
    and phrases of saying, denying, refusing, believing and finding; ``"polnear"`` also the
    stances that the PolNeAR scheme annotates (``wants``, ``plans to``, ``called for``,
    ``is demanding``, ``supports``, ``attacked``), classes of stance verbs (judging,
    characterising, admiring, conjecture, committing, opposing, talking about, putting out a
    document), any verb with a ``that`` clause after a source (``Trump insinuates that ...``),
    passives (``was endorsed by X``; without an agent, ``X is expected to``, an attribution
    with no source), headline verbs in the present tense, and PolNeAR's conventions for
    sources (a relative pronoun is the source span of ``the study, which found``, named
    after its antecedent).

    >>> from newsfacts import parse
    >>> story = "WASHINGTON (AP) — The talks will resume in May, officials said.\\n"
    >>> [(a.source, a.cue, a.content, a.type) for a in find_attributions(parse(story))]
    [('officials', 'said', 'The talks will resume in May', 'anonymous')]
    """
    if quotes is None:
        from newsfacts.extractors.quotes import find_quotes

        quotes = find_quotes(article)
    reader = _Reader(article, quotes)
    found = reader.from_quotes()
    if scope == "polnear":
        found.extend(reader.from_headline(_title_of(article)))
        found.extend(reader.from_layout())
    for sentence in article.sentences:
        from_sentence = reader.from_sentence(sentence.span, broad=broad, wide=scope == "polnear")
        found.extend(from_sentence)
        found.extend(reader.continuations(from_sentence))
    found.extend(reader.partial_quotes_left(found))
    return sorted(found, key=lambda item: (item.span.start, item.span.end))


class _Reader:
    """Reads one article's attributions; knows its quotes and which cues they used."""

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
        self.cue_sources: dict[Span, tuple[Span, _sources.Named]] = {}
        # The last named source, person (False) or group (True): who ``he`` or ``they`` is.
        self.last_named: dict[bool, _sources.Named] = {}
        self.paragraph_starts = [paragraph.span.start for paragraph in article.paragraphs]
        self.sentence_starts = [sentence.span.start for sentence in article.sentences]

    # -- quotes ------------------------------------------------------------------------------

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
                    named = _sources.Named(quote.speaker, quote.speaker_entity, "named")
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
        lead = _sources.words(self.text, start, quote.span.start)
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
            and not any(mark in between for mark in _QUOTE_MARKS)
            and not any(True for _ in _cues.find_cues(self.text, cue.end, quote.span.start))
            and earlier.span.end <= cue.start
        )

    def _colon_ends_paragraph(self, cue: _cues.CueMatch, sentence: Span) -> bool:
        """``Jane Doe added:`` closing its paragraph: the next paragraph is what she said."""
        rest = self.text[cue.span.end : sentence.end + 2].strip()
        if rest != ":":
            return False
        index = self._paragraph_of(cue.span.start)
        paragraphs = self.article.paragraphs
        return index + 1 < len(paragraphs) and paragraphs[index].span.end <= sentence.end + 2

    def _next_paragraph(self, sentence: Span) -> list[Span]:
        """The paragraph after the one that ``sentence`` ends, trimmed; the words of the
        quotation that opens it when no cue of its own attributes it."""
        index = self._paragraph_of(sentence.start) + 1
        if index >= len(self.article.paragraphs):
            return []
        span = self.article.paragraphs[index].span
        if self.text[span.start : span.start + 1] in _QUOTE_MARKS:
            # A quotation with a cue of its own is that cue's; one without (``Doe
            # continued:`` and a quoted paragraph) is this cue's claim.
            found = bisect.bisect_left(self.quote_starts, span.start)
            if found < len(self.quotes):
                quote = self.quotes[found]
                if quote.span.start < span.end and quote.cue_span is None:
                    return list(quote.parts)
            return []
        return _content.clip(self.text, span.start, span.end, ())

    def _paragraph_of(self, position: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, position) - 1

    def _quote_attributions(self, quote: Quote, speaker: Quote, cue: Span) -> list[Attribution]:
        """One attribution a part group of ``quote`` (parts a paragraph break joins stay one)."""
        text = self.text
        source, entity = speaker.speaker, speaker.speaker_entity
        source_span = speaker.speaker_span
        if source is None and source_span is not None:
            named = _sources.name_source(self.article, source_span)
            source, entity = named.name, named.entity
        cue_text = cue.of(text)
        groups: list[list[Span]] = [[quote.parts[0]]]
        for part in quote.parts[1:]:
            gap = text[groups[-1][-1].end : part.start]
            if not gap.strip(" \t\r\n\u00a0" + _QUOTE_MARKS):
                # A paragraph break, or a mark that reopens the quotation without closing
                # it first (``... to death. "HIV is ...``): the same quotation goes on.
                groups[-1].append(part)
            else:
                groups.append([part])
        if _cues.lemma_of(cue_text) == "call":
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
                    cue_lemma=_cues.lemma_of(cue_text, broad=True) or cue_text,
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
        between = _sources.words(self.text, cue.end, first.start)
        words = [token for token, _, _ in between if token[:1].isalnum()]
        if (
            not words
            or len(words) > _CALLED_REACH
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
        covered = _Coverage(part for item in found for part in item.content_parts)
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
        lead = _sources.words(self.text, start, min(quote.span.start, start + 40))
        if len(lead) > 1 and lead[0][0] in _CLAUSE_OPENERS:
            start = lead[1][1]
        return Span(start=start, end=quote.span.end)

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

    # -- the headline (wide scope) ------------------------------------------------------------

    def from_headline(self, headline: Span) -> list[Attribution]:
        """``Mayor Says Pier Will Reopen``, ``..., Port Chief Says``, ``Doe: Pier Is Unsafe``:
        the headline read as a sentence, its capitalised cues matched in lower case."""
        printed = headline.of(self.text)
        lowered = printed.lower()
        if len(lowered) != len(printed):
            return []
        colon = _HEADLINE_COLON.match(printed)
        if colon is not None:
            return [self._headline_colon(headline, colon)]
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
            if speaker is not None:
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
            _QUOTE_MARKS + " \u00a0"
        ):
            return self._signed_line(signed)
        source = Span(start=signed.start(2), end=signed.end(2))
        cue = Span(start=signed.start(1), end=signed.end(1))
        named = _sources.name_source(self.article, source)
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
        while start < end and text[start] in _QUOTE_MARKS:
            start += 1
        while end > start and text[end - 1] in _QUOTE_MARKS:
            end -= 1
        if end - start < _SIGNED_SHORTEST:
            return None
        body = Span(start=start, end=end)
        source = Span(start=signed.start(2), end=signed.end(2))
        cue = Span(start=signed.start(1), end=signed.end(1))
        named = _sources.name_source(self.article, source)
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
        named = _sources.name_source(self.article, source)
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
            type=_type_of(_cues.CueMatch(span=cue, text=":", lemma=":", kind="colon"), named),
            quote=None if quote is None else quote.span,
        )

    # -- sentences ---------------------------------------------------------------------------

    def from_sentence(
        self, sentence: Span, *, broad: bool, wide: bool = False
    ) -> list[Attribution]:
        """The attributions of the cues of one sentence that no quote has used."""
        found: list[Attribution] = []
        last_source: tuple[Span, _sources.Named] | None = None
        cues = list(
            _cues.find_cues(self.text, sentence.start, sentence.end, broad=broad, wide=wide)
        )
        if wide:
            cues = _with_that_verbs(self.text, sentence, cues)
        tokens: _Tokens | None = None
        for cue in cues:
            if cue.span in self.used_cues:
                last_source = self.cue_sources.get(cue.span, last_source)
                continue
            if self._inside_quote(cue.span):
                continue
            if tokens is None:
                tokens = _Tokens(self.text, sentence)  # read once for all the sentence's cues
            near_before, near_after = tokens.around(cue.span, _NEAR)
            passive = self._is_passive(cue, near_before)
            if passive and wide and cue.lemma in _cues.PASSIVE_LEMMAS:
                # ``has been harshly criticized``: a relation without a source (wide scope).
                cue = attrs.evolve(cue, kind="passive")
                passive = False
            if (
                self._is_noun(cue, sentence, near_after)
                or passive
                or (
                    wide
                    and cue.kind not in ("source", "passive")
                    and not _wide.form_fits(cue.lemma, near_before, near_after)
                )
                or (
                    (not wide or cue.text in _wide.BASE_VIEWS)
                    and _is_bare_present(cue)
                    and not self._plural_subject_before(near_before)
                )
            ):
                continue
            item = self._read_cue(sentence, cue, last_source, wide=wide, tokens=tokens)
            if item is None:
                continue
            attribution, source = item
            if source is not None and _inside_content(source[0], found):
                if cue.kind == "belief" and not (
                    wide and self._opens_coordinate_clause(sentence, source[0])
                ):
                    # ``X acknowledged some people believed A``: a view inside a claim is
                    # part of that claim, not one the reporter attributes.
                    continue
            elif source is not None:
                # A source inside an earlier claim of the sentence is no subject a later
                # verb shares (``X acknowledged some people believed A, but said B``).
                last_source = source
            found.append(attribution)
        return found

    def _read_cue(
        self,
        sentence: Span,
        cue: _cues.CueMatch,
        last_source: tuple[Span, _sources.Named] | None,
        *,
        wide: bool = False,
        tokens: _Tokens | None = None,
    ) -> tuple[Attribution, tuple[Span, _sources.Named] | None] | None:
        text = self.text
        # Each cue reads a bounded stretch on either side: linear on a sentence of any length.
        if tokens is None:
            tokens = _Tokens(text, sentence)
        before, after = tokens.around(cue.span, _REACH)
        source_span: Span | None
        content: list[Span]
        nested: Span | None = None
        if cue.kind == "passive":
            return self._sourceless(
                cue, _wide.passive_content(text, sentence.end, before, after, cue.lemma)
            )
        if cue.kind == "source":
            source_span = _sources.phrase_after(after)
            if source_span is None:
                return None
            content = _content.content_around_source(text, sentence, before, source_span)
            if cue.lemma == "cite" and self._cites_a_reason(before, source_span):
                # ``X refused, citing the harshness of the regime``: X gives a reason.
                participle = self._participle_claim(sentence, cue, after, last_source)
                if participle is None:
                    return None
                source_span, content = participle
        else:
            trimmed = _sources.strip_between(list(before))
            if cue.text.endswith("ing") and trimmed and _opens_participle(trimmed):
                # ``The relatives refused, saying ...``: the sentence's subject says it.
                participle = self._participle_claim(sentence, cue, after, last_source)
                if participle is None:
                    return None
                source_span, content = participle
            elif self._inverted(trimmed, after, cue, sentence):
                source_span = _sources.phrase_after(after, allow_comma_clause=True)
                if source_span is None:
                    return None
                if not trimmed and cue.text[:1].isupper():
                    # ``Said Jane Doe, "..."``: the cue opens the sentence, what was said
                    # follows its source.
                    rest = [word for word in after if word[1] >= source_span.end]
                    start = _content.content_start(text, rest, cue.lemma)
                    content = _content.clip(text, start, sentence.end, rest)
                    opened = self._quote_in(content)
                    if opened is not None and opened.cue_span in self.used_cues:
                        return None  # the quote's own cue (its colon) has attributed it
                else:
                    end = trimmed[-1][1] if trimmed and trimmed[-1][0] == "," else cue.span.start
                    content = _content.clip(
                        text, max(sentence.start, end - _content.CONTENT_REACH), end, ()
                    )
            else:
                source_span = _sources.subject_before(before, wide=wide)
                if source_span is None:
                    source_span = self._coordinated_subject(sentence, cue, trimmed, last_source)
                if source_span is None and wide and cue.span.start - sentence.start <= _REACH:
                    source_span = _wide.long_subject(text, sentence, cue.span.start)
                if source_span is None or (
                    cue.lemma in _NAMING_VERBS and _opens_free_relative(before, source_span)
                ):
                    return None
                if cue.lemma == "cite":
                    nested = _sources.phrase_after(after)
                start = _content.content_start(text, after, cue.lemma)
                content = _content.clip(text, start, sentence.end, after)
                if cue.kind == "refusal":
                    content = _content.drop_preposition(text, content)
                if not content or _content.comma_before(text, start, cue.span.end):
                    content = _content.content_before_subject(text, sentence, source_span, content)
                elif _content.is_adjunct(text, content):
                    # ``"...," X said after the hearing.``: the adjunct is no content.
                    content = (
                        _content.content_before_subject(text, sentence, source_span, []) or content
                    )
        if (
            content
            and cue.kind != "refusal"  # ``would not elaborate, or comment on whether ...``
            and _COORDINATOR_OPENS.match(text, content[0].start, content[0].end)
        ):
            content = []  # ``officials yelled and wept``: a second verb, no claim
        if not content and cue.kind != "source" and self._colon_ends_paragraph(cue, sentence):
            content = self._next_paragraph(sentence)  # ``Doe added:`` and a block of speech
        if cue.kind in ("speech", "belief", "evidence", "denial") and not content:
            return None
        if cue.kind == "refusal" and not content:
            content = [cue.span]  # ``X made no immediate comment``: the refusal is the claim
        # The checks that need no source's name come first: naming it is the costly part.
        if cue.lemma == "call" and not (
            self._calls_for(after) or (wide and _wide.calls_something(after))
        ):
            return None  # ``called police``: a telephone call
        if not wide and not _object_is_a_claim(cue, after):
            return None
        if not wide and cue.lemma in _REQUESTS and _opens_request(text, content):
            return None  # ``asking them for a detailed accounting``: a request, past its hearer
        named = _sources.name_source(self.article, source_span)
        if (
            cue.kind == "evidence"
            and named.kind != "report"
            and not (
                wide and (_that_follows(after) or _sources.mentions_document(text, source_span))
            )
        ):
            return None  # ``police found the body``: a finding only of a study, poll or report
        if (
            cue.kind == "belief"
            and named.kind == "report"
            and not (wide and _wide.documents_may(cue.lemma))
        ):
            return None  # ``the report believes``: a view is a person's
        named = self._resolve_pronoun(source_span, named)
        source = named.name
        if wide:
            # PolNeAR's source of ``the study, which found`` is ``which``: named after the study.
            source_span = _wide.relative_pronoun(before, source_span) or source_span
        if nested is not None and self._cites_as(nested, sentence):
            source = f"{source} citing {_sources.name_source(self.article, nested).name}"
            named_type: AttributionType = "report"
        else:
            named_type = _type_of(cue, named)
        quote = self._quote_in(content)
        if quote is not None and len(content) == 1 and _is_whole_quote(text, content[0], quote):
            content = list(quote.parts)  # ``"...," X said``: the quote's words, as gold has them
        kind: AttributionType = named_type
        if (
            quote is not None
            and quote.type == "direct"
            and kind in ("statement", "anonymous", "report")
        ):
            kind = "quote"
        spans = [source_span, cue.span, *content]
        attribution = Attribution(
            span=Span(start=min(s.start for s in spans), end=max(s.end for s in spans)),
            source=source,
            source_span=source_span,
            source_entity=named.entity,
            cue=cue.text,
            cue_lemma=cue.lemma,
            cue_span=cue.span,
            content=" ".join(part.of(text) for part in content),
            content_parts=tuple(content),
            type=kind,
            quote=None if quote is None else quote.span,
        )
        return attribution, (source_span, named)

    def _opens_coordinate_clause(self, sentence: Span, source: Span) -> bool:
        """Whether ``source`` opens a clause of its own after ``, and`` or ``, but`` (``A
        want X, and B want Y``): its view is no part of the claim before it."""
        before = _sources.words(self.text, max(sentence.start, source.start - 12), source.start)
        return len(before) >= 2 and before[-1][0] in _COORDINATORS and before[-2][0] in (",", ";")

    def _sourceless(
        self, cue: _cues.CueMatch, content: list[Span]
    ) -> tuple[Attribution, None] | None:
        """A relation the wide scope annotates without a source (``X is expected to``)."""
        if not content:
            return None
        spans = [cue.span, *content]
        quote = self._quote_in(content)
        attribution = Attribution(
            span=Span(start=min(s.start for s in spans), end=max(s.end for s in spans)),
            cue=cue.text,
            cue_lemma=cue.lemma,
            cue_span=cue.span,
            content=" ".join(part.of(self.text) for part in content),
            content_parts=tuple(content),
            type="statement",
            quote=None if quote is None else quote.span,
        )
        return attribution, None

    def _coordinated_subject(
        self,
        sentence: Span,
        cue: _cues.CueMatch,
        before: Sequence[Word],
        last_source: tuple[Span, _sources.Named] | None,
    ) -> Span | None:
        """``X acknowledged A, but said B``: a cue after ``and`` or ``but`` shares its subject
        with the verb before it (the sentence's last source, or else its subject)."""
        before = _without_adjunct(before)
        if not before or before[-1][0] not in _COORDINATORS:
            return None
        if last_source is not None:
            return last_source[0]
        head = _sources.words(
            self.text, sentence.start, min(cue.span.start, sentence.start + _REACH)
        )
        return _sources.sentence_subject(head)

    @staticmethod
    def _plural_subject_before(near_before: Sequence[Word]) -> bool:
        """``officials insist``, ``they claim``: a bare verb is a cue only after a plural or
        a name; ``to maintain``, ``will tell`` or ``every claim`` are none."""
        before = list(near_before)
        while before:
            lower = before[-1][0].lower()
            if lower in _NOT_SUBJECT_ENDS:
                return False  # ``will not maintain``, ``to firmly deny``, ``every claim``
            if lower not in _sources.BETWEEN:
                break
            before.pop()
        if not before:
            return False
        word = before[-1][0]
        lower = word.lower()
        if lower in _PLURAL_PRONOUNS:
            return True
        if lower in _NOT_SUBJECT_ENDS or not word[:1].isalpha():
            return False
        return word[:1].isupper() or (lower.endswith("s") and not lower.endswith("ss"))

    @staticmethod
    def _is_passive(cue: _cues.CueMatch, near_before: Sequence[Word]) -> bool:
        """``the body was found``, ``talks are expected``: no one attributes anything."""
        if " " in cue.text or cue.text.endswith("ing"):  # ``is demanding``: progressive
            return False
        before = list(near_before)
        while before and (
            before[-1][0].lower() in _ADVERBS
            or (before[-1][0].endswith("ly") and before[-1][0].islower())
        ):
            before.pop()  # ``was reportedly rejected``
        return bool(before) and before[-1][0].lower() in _FORMS_OF_BE

    def _is_noun(self, cue: _cues.CueMatch, sentence: Span, following: Sequence[Word]) -> bool:
        """``news reports have cited``: a plural noun before a verb is no cue."""
        if not cue.text.endswith("s") or " " in cue.text:
            return False
        if not following:
            return False
        word = following[0][0]
        previous = self.text[max(sentence.start, cue.span.start - 6) : cue.span.start]
        if previous.rstrip().endswith(("'s", "\u2019s")) or previous.split()[-1:] in (
            ["the"],
            ["his"],
            ["her"],
            ["their"],
            ["its"],
        ):
            return True  # ``Netanyahu's remarks``, ``the reports``
        if _ends_noun_phrase(word) and not self._pronoun_before(cue, sentence):
            return True  # ``personal attacks upon``, ``late-night tweets targeting``
        return word in _VERB_AFTER_NOUN or _cues.lemma_of(word, broad=True) is not None

    def _pronoun_before(self, cue: _cues.CueMatch, sentence: Span) -> bool:
        before = _sources.words(self.text, max(sentence.start, cue.span.start - 12), cue.span.start)
        return bool(before) and before[-1][0].lower() in _SINGULAR_SUBJECTS

    @staticmethod
    def _calls_for(after: Sequence[Word]) -> bool:
        """``called for``, ``called it``, or ``called X "Y"``: a quotation within a few words
        names what the source called it."""
        return bool(after) and (
            after[0][0] in ("for", "on", "it", "him", "her", "them", "this", "the")
            or any(token in _QUOTE_MARKS for token, _, _ in after[:_CALLED_REACH])
        )

    def _resolve_pronoun(self, span: Span, named: _sources.Named) -> _sources.Named:
        """A pronoun the entity layer left unresolved: the last source named before it."""
        printed = span.of(self.text).lower()
        if named.entity is not None or printed not in _PRONOUN_SOURCES:
            if printed not in _PRONOUN_SOURCES and named.kind != "report":
                self.last_named[self._is_group(named)] = named
            return named
        return self.last_named.get(printed in ("it", "they"), named)

    def _is_group(self, named: _sources.Named) -> bool:
        """Whether a source is an organisation, a place or a plural group (``it``, ``they``)."""
        if named.entity is not None:
            return self.article.entity_index.entity(named.entity).category != "person"
        if " and " in named.name:
            return True
        last = named.name.rsplit(" ", 1)[-1]
        return named.kind != "named" and last.endswith("s") and not last.endswith("ss")

    def _participle_claim(
        self,
        sentence: Span,
        cue: _cues.CueMatch,
        after: Sequence[Word],
        last_source: tuple[Span, _sources.Named] | None,
    ) -> tuple[Span, list[Span]] | None:
        """Source and content of a participle cue after a comma (``X refused, saying ...``).

        The source is the one the sentence just named, else the sentence's subject; the content
        is what follows the cue. None when the sentence has no subject to give.
        """
        text = self.text
        source_span: Span | None
        if last_source is not None:
            source_span = last_source[0]
        else:
            reach = min(cue.span.start, sentence.start + _REACH)
            source_span = _sources.sentence_subject(_sources.words(text, sentence.start, reach))
            if source_span is None:
                return None
        start = _content.content_start(text, after, cue.lemma)
        return source_span, _content.clip(text, start, sentence.end, after)

    def _cites_a_reason(self, before: Sequence[Word], cited: Span) -> bool:
        """``..., citing the harshness of the regime``: what a participle cites after a comma
        is a reason, not a source, when it names no one, no group and no document."""
        if not before or before[-1][0] != ",":
            return False
        return _sources.name_source(self.article, cited).kind == "other"

    def _cites_as(self, nested: Span, sentence: Span) -> bool:
        following = _sources.words(self.text, nested.end, min(sentence.end, nested.end + 8))
        return bool(following) and following[0][0] in _CITING_AS

    def _opens_with_appositive(self, sentence: Span, before: Sequence[Word]) -> bool:
        """Whether the words before a cue are the sentence's subject with its appositive
        (``Jane Doe, a spokeswoman for the port,``), from the sentence's first word."""
        subject = _sources.subject_before(list(before))
        if subject is None or subject.start - sentence.start > _REACH:
            return False  # a subject far from the sentence's start does not open it
        return not any(char.isalnum() for char in self.text[sentence.start : subject.start])

    def _inverted(
        self,
        before: Sequence[Word],
        after: Sequence[Word],
        cue: _cues.CueMatch,
        sentence: Span,
    ) -> bool:
        """``"...," said Jane Doe`` or ``..., said the ministry``: the source follows the cue."""
        if cue.kind != "speech" or not after or cue.text.endswith("ing"):
            return False
        if cue.lemma in _NEVER_INVERTED:
            return False
        if before and before[-1][0] not in ("," + _QUOTE_MARKS):
            return False
        if before and before[-1][0] == "," and self._opens_with_appositive(sentence, before):
            return False  # ``Jane Doe, a spokeswoman for the port, said the ...``: her words
        first = after[0][0]
        if not (first[:1].isupper() or first.lower() in ("the", "a", "an", "one", "his", "her")):
            return False
        if first in _DAYS:
            return False  # ``X, R-Ky., said Tuesday``: a day, not a source
        # ``said Syria had indicated ...`` is no inverted cue: a verb follows the name.
        for token, _, _ in after[:8]:
            if token in _QUOTE_MARKS:
                continue  # ``said the ''outrageous'' claims were``: a mark inside the phrase
            if not token[:1].isalnum():
                return True
            if token.lower() in _INVERTED_STOPS:
                return False
        return True


class _Tokens:
    """The words of one sentence, read once: each cue takes the stretch around it by
    bisection, not by reading the text again."""

    def __init__(self, text: str, sentence: Span) -> None:
        self.words = _sources.words(text, sentence.start, sentence.end)
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


class _Coverage:
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


def _ends_noun_phrase(word: str) -> bool:
    """Whether ``word`` after a form in *-s* shows that form is a plural noun: a preposition
    that verbs of saying do not take (``attacks upon``, ``claims as``, ``reports of``)."""
    return word in _NOUN_FOLLOWERS


def _opens_free_relative(before: Sequence[Word], source: Span) -> bool:
    """``what he called "a disgrace"``, ``whatever she wants``: the verb's object is the
    ``what`` before its subject, a thing named, not a claim reported."""
    index = bisect.bisect_left([start for _, start, _ in before], source.start)
    return index > 0 and before[index - 1][0].lower() in _FREE_RELATIVES


def _inside_content(span: Span, found: Sequence[Attribution]) -> bool:
    """Whether ``span`` lies in the content of one of ``found`` (a sentence's few claims)."""
    return any(part.contains(span) for item in found for part in item.content_parts)


def _without_adjunct(before: Sequence[Word]) -> Sequence[Word]:
    """``before`` without a short phrase of time or place that ends it (``and in recent days``
    said: the verb joins ``and``)."""
    if not before or before[-1][0] in _COORDINATORS:
        return before
    for back in range(2, min(len(before) - 1, 6) + 1):
        word = before[-back][0]
        if word in _ADJUNCT_PREPOSITIONS:
            if before[-back - 1][0] in _COORDINATORS and all(
                token[:1].isalnum() for token, _, _ in before[-back + 1 :]
            ):
                return before[:-back]
            break
    return before


def _title_of(article: Article) -> Span:
    """The headline, or else the story's first line (a title the parser kept in the body)."""
    if article.headline is not None:
        return article.headline.span
    end = article.text.find("\n", 0, _TITLE_WIDEST + 1)
    return Span(start=0, end=0 if end < 0 else end)  # a long first line is a paragraph


def cue_text_opens_sentence(text: str, cue: Span) -> bool:
    """Whether the cue is printed capitalised (``According to``): it opens its sentence."""
    return text[cue.start : cue.start + 1].isupper()


def _with_that_verbs(text: str, sentence: Span, cues: list[_cues.CueMatch]) -> list[_cues.CueMatch]:
    """``cues`` and every other verb that a ``that`` clause follows (``insinuates that``)."""
    taken = [cue.span for cue in cues]
    more = []
    for match in _THAT_VERB.finditer(text, sentence.start, sentence.end):
        word = match.group(1)
        span = Span(start=match.start(1), end=match.end(1))
        if word in _NOT_THAT_VERBS or any(span.start < s.end and s.start < span.end for s in taken):
            continue
        if not word.endswith("ed") and not _subject_word_before(text, sentence, span.start):
            continue  # ``policies that create``: a plural noun and its relative clause
        more.append(_cues.CueMatch(span=span, text=word, lemma=word, kind="belief"))
    return sorted([*cues, *more], key=lambda cue: cue.span.start) if more else cues


def _subject_word_before(text: str, sentence: Span, position: int) -> bool:
    """Whether a verb in *-s* at ``position`` follows a name, a pronoun or an adverb."""
    before = _sources.words(text, max(sentence.start, position - 30), position)
    if not before:
        return False
    word = before[-1][0]
    return word[:1].isupper() or word.lower() in _SUBJECT_OR_ADVERB


def _object_is_a_claim(cue: _cues.CueMatch, after: Sequence[Word]) -> bool:
    """Whether what follows a cue is said or thought, not done: ``agreed to sell``, ``hopes
    to win``, ``read the files``, ``questioned the suspect`` and ``posted to Twitter`` are
    acts, and news gold attributes none of them."""
    first = after[0][0] if after else ""
    if cue.lemma in _cues.GATED:
        # ``cried``, ``outlined the plan``: a report only before what was said.
        return first in _GATE_OPENERS or first in _QUOTE_MARKS
    if cue.lemma in _CLAIM_OPENERS:
        if first in _CLAIM_OPENERS[cue.lemma] or first in _QUOTE_MARKS:
            return True
        # ``ordered the relatives to surrender the boy``: an order, reported.
        return cue.lemma in _ORDERS and any(word == "to" for word, _, _ in after[1:7])
    return first not in _ACT_OPENERS.get(cue.lemma, ())


def _opens_request(text: str, content: Sequence[Span]) -> bool:
    """Whether a content opens with ``for`` (what was asked for, not what was said)."""
    return bool(content) and text.startswith("for ", content[0].start)


def _that_follows(after: Sequence[Word]) -> bool:
    """Whether a clause opened by ``that`` follows the cue (``the panel found that ...``)."""
    return bool(after) and after[0][0] == "that"


def _opens_participle(before: Sequence[Word]) -> bool:
    """``..., saying``, ``... while insisting``, ``... by saying``, ``with some predicting``:
    a participle whose source is the sentence's subject."""
    last = before[-1][0]
    if last == "," or last.lower() in _PARTICIPLE_OPENERS:
        return True
    return last.lower() in _QUANTIFIERS and len(before) > 1 and before[-2][0].lower() == "with"


def _is_bare_present(cue: _cues.CueMatch) -> bool:
    """``insist``, ``say``: a verb printed as its lemma, which only a plural may govern."""
    return cue.text == cue.lemma and " " not in cue.text and cue.text not in _SAME_IN_THE_PAST


def _is_whole_quote(text: str, content: Span, quote: Quote) -> bool:
    """Whether ``content`` is the quote with its marks and nothing else."""
    return (
        quote.span.start >= content.start
        and quote.span.end <= content.end
        and not text[content.start : quote.span.start].strip(_QUOTE_MARKS + " ")
        and not text[quote.span.end : content.end].strip(_QUOTE_MARKS + " ,")
    )


def _type_of(cue: _cues.CueMatch, named: _sources.Named) -> AttributionType:
    if cue.kind == "refusal":
        return "refusal"
    if cue.kind == "denial":
        return "denial"
    if named.kind == "report" or cue.lemma == "report":
        return "report"
    if named.kind == "anonymous":
        return "anonymous"
    return "statement"


class AttributionExtractor:
    """The ``attributions`` extractor: built on the ``quotes`` extractor's records."""

    name = "attributions"
    requires: tuple[str, ...] = ("quotes",)

    def extract(
        self, article: Article, upstream: Mapping[str, tuple[Fact, ...]]
    ) -> Iterable[Attribution]:
        """Return the article's attributions, in text order."""
        quotes = [fact for fact in upstream.get("quotes", ()) if isinstance(fact, Quote)]
        return find_attributions(article, quotes)


@hookimpl
def newsfacts_extractors() -> list[AttributionExtractor]:
    """The attributions extractor, offered through the same hook a third-party plugin uses."""
    return [AttributionExtractor()]
