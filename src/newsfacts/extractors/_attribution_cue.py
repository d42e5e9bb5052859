"""Reading one cue of a sentence: where its source stands (before it, after it, the subject
of a participle or of a coordinated verb), what its content is, and the checks that make
it an attribution at all, down to the record.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from newsfacts import cues as _cues
from newsfacts.extractors import _attribution_content as _content
from newsfacts.extractors import _attribution_naming as _naming
from newsfacts.extractors import _attribution_sources as _sources
from newsfacts.extractors import _attribution_wide as _wide
from newsfacts.extractors._attribution_reader import CALLED_REACH, QUOTE_MARKS, ReaderBase, Tokens
from newsfacts.extractors._attribution_types import type_of
from newsfacts.extractors._attribution_vocabulary import DETERMINERS as _DETERMINERS
from newsfacts.extractors._attribution_vocabulary import IRREGULAR_PAST, QUANTIFIERS
from newsfacts.extractors._attribution_words import Word, words
from newsfacts.records import Attribution, AttributionType, Quote, Span

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
# Pronouns that end a source phrase as the subject of a clause modifying the words before.
_ENDING_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "I", "you"])
# A pronoun with its auxiliary contracted (``She's``, ``they've``, ``I'll``).
_CONTRACTED_PRONOUN = regex.compile(
    r"((?i:he|she|it|they|we|i|you|who|that))['\u2019](?:s|re|ve|d|ll|m)", regex.IGNORECASE
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
# Words that join a second verb to the subject of the first (``X conceded A but said B``).
_COORDINATORS = frozenset(["and", "but"])
# Conjunctions that open a clause of its own after a comma (``..., although he refused``).
_SUBORDINATORS = frozenset(["although", "though", "while", "whereas", "yet", "because", "since"])
_FREE_RELATIVES = frozenset(["what", "whatever"])
# A content that opens with ``and`` or ``or`` is a second verb of the source, not a claim.
_COORDINATOR_OPENS = regex.compile(r"(?:and|or)\b")
# Verbs whose object a free relative may be (``what he called``, ``whatever she wants``):
# ``what she said was true`` still reports her words.
_NAMING_VERBS = frozenset(["call", "want", "refuse", "know", "ask"])
# Nouns of saying or committing that a possessor owns (``Trump's claim that ...``, ``his
# promises to ...``): the wide scope's nominal cues, read only in that frame, with the word
# that opens their content.
_NOMINAL_CLAIMS = {
    "claim": frozenset(["that"]),
    "promise": frozenset(["that", "to"]),
    "pledge": frozenset(["that", "to"]),
    "vow": frozenset(["that", "to"]),
}
_POSSESSIVE_OF = {"his": "he", "her": "she", "their": "they", "its": "it"}
_POSSESSIVES = frozenset(_POSSESSIVE_OF)
# The most capitalised words of a possessor's name (``North Korea's``, ``Jane Q. Doe's``).
_LONGEST_POSSESSOR = 4
# How far around a cue its source is read, and how far back a content before it may start.
_REACH = 240


class CueReading(ReaderBase):
    """Reads the source and content of one cue, and builds its attribution."""

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
        if self.text[span.start : span.start + 1] in QUOTE_MARKS:
            # A quotation with a cue of its own is that cue's; one without (``Doe
            # continued:`` and a quoted paragraph) is this cue's claim.
            found = bisect.bisect_left(self.quote_starts, span.start)
            if found < len(self.quotes):
                quote = self.quotes[found]
                if quote.span.start < span.end and quote.cue_span is None:
                    return list(quote.parts)
            return []
        return _content.clip(self.text, span.start, span.end, ())

    def _read_cue(
        self,
        sentence: Span,
        cue: _cues.CueMatch,
        last_source: tuple[Span, _naming.Named] | None,
        *,
        wide: bool = False,
        tokens: Tokens | None = None,
    ) -> tuple[Attribution, tuple[Span, _naming.Named] | None] | None:
        text = self.text
        # Each cue reads a bounded stretch on either side: linear on a sentence of any length.
        if tokens is None:
            tokens = Tokens(text, sentence)
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
            if _is_participle(cue) and trimmed and _opens_participle(trimmed):
                # ``The relatives refused, saying ...``: the sentence's subject says it.
                participle = self._participle_claim(sentence, cue, after, last_source)
                if participle is None:
                    return None
                source_span, content = participle
            elif (
                wide
                and after
                and after[0][0] in _NOMINAL_CLAIMS.get(cue.lemma, ())
                and (possessor := _possessor(before)) is not None
            ):
                # ``Trump's claim that ...``, ``his claim that ...``: the noun's possessor.
                source_span = possessor
                content = _content.clip(text, after[0][1], sentence.end, after)
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
        source_span = _pronoun_that_ends(text, _without_opening_marks(text, source_span))
        named = _naming.name_source(self.article, source_span)
        if (
            cue.kind == "evidence"
            and named.kind != "report"
            and not (
                wide and (_that_follows(after) or _naming.mentions_document(text, source_span))
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
            source = f"{source} citing {_naming.name_source(self.article, nested).name}"
            named_type: AttributionType = "report"
        else:
            named_type = type_of(cue, named)
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
        before = words(self.text, max(sentence.start, source.start - 16), source.start)
        if len(before) >= 2 and before[-1][0] in _COORDINATORS and before[-2][0] in (",", ";"):
            return True
        # ``X claimed A, although he refused B``: a clause of its own after a comma.
        return (
            bool(before)
            and before[-1][0] in _SUBORDINATORS
            and (len(before) == 1 or before[-2][0] in (",", ";", "and", "but"))
        )

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
        last_source: tuple[Span, _naming.Named] | None,
    ) -> Span | None:
        """``X acknowledged A, but said B``: a cue after ``and`` or ``but`` shares its subject
        with the verb before it (the sentence's last source, or else its subject)."""
        before = _without_adjunct(before)
        if not before or before[-1][0] not in _COORDINATORS:
            return None
        if last_source is not None:
            return last_source[0]
        head = words(self.text, sentence.start, min(cue.span.start, sentence.start + _REACH))
        return _sources.sentence_subject(head)

    @staticmethod
    def _calls_for(after: Sequence[Word]) -> bool:
        """``called for``, ``called it``, or ``called X "Y"``: a quotation within a few words
        names what the source called it."""
        return bool(after) and (
            after[0][0] in ("for", "on", "it", "him", "her", "them", "this", "the")
            or any(token in QUOTE_MARKS for token, _, _ in after[:CALLED_REACH])
        )

    def _resolve_pronoun(self, span: Span, named: _naming.Named) -> _naming.Named:
        """A pronoun the entity layer left unresolved: the last source named before it."""
        printed = span.of(self.text).lower()
        printed = _POSSESSIVE_OF.get(printed, printed)  # ``his claim``: he claims
        if named.entity is not None or printed not in _PRONOUN_SOURCES:
            if printed not in _PRONOUN_SOURCES and named.kind != "report":
                self.last_named[self._is_group(named)] = named
            return named
        return self.last_named.get(printed in ("it", "they"), named)

    def _is_group(self, named: _naming.Named) -> bool:
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
        last_source: tuple[Span, _naming.Named] | None,
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
            source_span = _sources.sentence_subject(words(text, sentence.start, reach))
            if source_span is None:
                return None
        start = _content.content_start(text, after, cue.lemma)
        return source_span, _content.clip(text, start, sentence.end, after)

    def _cites_a_reason(self, before: Sequence[Word], cited: Span) -> bool:
        """``..., citing the harshness of the regime``: what a participle cites after a comma
        is a reason, not a source, when it names no one, no group and no document."""
        if not before or before[-1][0] != ",":
            return False
        return _naming.name_source(self.article, cited).kind == "other"

    def _cites_as(self, nested: Span, sentence: Span) -> bool:
        following = words(self.text, nested.end, min(sentence.end, nested.end + 8))
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
        if cue.kind != "speech" or not after or _is_participle(cue):
            return False
        if cue.lemma in _NEVER_INVERTED:
            return False
        if before and before[-1][0] not in ("," + QUOTE_MARKS):
            return False
        if before and before[-1][0] == "," and self._opens_with_appositive(sentence, before):
            return False  # ``Jane Doe, a spokeswoman for the port, said the ...``: her words
        first = after[0][0]
        if not (first[:1].isupper() or first.lower() in ("the", "a", "an", "one", "his", "her")):
            return False
        if first in _DAYS:
            return False  # ``X, R-Ky., said Tuesday``: a day, not a source
        # ``said Syria had indicated ...`` is no inverted cue: a verb follows the name.
        previous = ""
        for token, _, _ in after[:8]:
            if token in QUOTE_MARKS:
                continue  # ``said the ''outrageous'' claims were``: a mark inside the phrase
            if not token[:1].isalnum():
                return True
            if token.lower() in _INVERTED_STOPS or _predicate_after_subject(previous, token):
                return False  # ``, said the videos show ...``: a clause, the cue's content
            previous = token
        return True


def _without_opening_marks(text: str, source: Span) -> Span:
    """``source`` without the closing marks of a quotation it was read past (``,'' the
    president added``: the source is ``the president``)."""
    start = source.start
    while start < source.end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    return source if start in (source.start, source.end) else Span(start=start, end=source.end)


def _pronoun_that_ends(text: str, source: Span) -> Span:
    """The personal pronoun that ends a longer source phrase (``the target it pledged``,
    ``the doctors it says``): the subject of a clause that modifies the words before it; a
    pronoun without its contracted auxiliary (``She's``: ``She``)."""
    printed = text[source.start : source.end]
    contracted = (
        _CONTRACTED_PRONOUN.fullmatch(printed) if "'" in printed or "\u2019" in printed else None
    )
    if contracted is not None:
        # ``She's claiming``: the pronoun is the source, its auxiliary the verb's.
        return Span(start=source.start, end=source.start + contracted.end(1))
    head, _, last = printed.rpartition(" ")
    if not head or last not in _ENDING_PRONOUNS:
        return source
    return Span(start=source.end - len(last), end=source.end)


def _possessor(before: Sequence[Word]) -> Span | None:
    """The possessor that ends ``before``: a possessive pronoun (``his``) or a capitalised name
    in *'s* (``Jane Doe's``), or ``None``."""
    if not before:
        return None
    token, start, end = before[-1]
    if token.lower() in _POSSESSIVES:
        return Span(start=start, end=end)
    if not (token[:1].isupper() and token.endswith(("'s", "\u2019s"))):
        return None
    first = len(before) - 1
    while (
        first > 0
        and len(before) - first < _LONGEST_POSSESSOR
        and before[first - 1][0][:1].isupper()
        and before[first - 1][0].isalpha()
    ):
        first -= 1
    return Span(start=before[first][1], end=end)


def _predicate_after_subject(previous: str, token: str) -> bool:
    """Whether ``token`` is the verb of a clause whose subject ends with ``previous``: a
    past tense that is no participle (``the event brought``) or a verb of the lexicon after
    a plural (``the videos show``)."""
    if not (token.islower() and previous[:1].islower()) or previous in _DETERMINERS:
        return False
    if token in IRREGULAR_PAST:
        return True
    return previous.endswith("s") and _cues.lemma_of(token + "s", broad=True) == token


def _opens_free_relative(before: Sequence[Word], source: Span) -> bool:
    """``what he called "a disgrace"``, ``whatever she wants``: the verb's object is the
    ``what`` before its subject, a thing named, not a claim reported."""
    index = bisect.bisect_left([start for _, start, _ in before], source.start)
    return index > 0 and before[index - 1][0].lower() in _FREE_RELATIVES


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


def _object_is_a_claim(cue: _cues.CueMatch, after: Sequence[Word]) -> bool:
    """Whether what follows a cue is said or thought, not done: ``agreed to sell``, ``hopes
    to win``, ``read the files``, ``questioned the suspect`` and ``posted to Twitter`` are
    acts, and news gold attributes none of them."""
    first = after[0][0] if after else ""
    if cue.lemma in _cues.GATED:
        # ``cried``, ``outlined the plan``: a report only before what was said.
        return first in _GATE_OPENERS or first in QUOTE_MARKS
    if cue.lemma in _CLAIM_OPENERS:
        if first in _CLAIM_OPENERS[cue.lemma] or first in QUOTE_MARKS:
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


def _is_participle(cue: _cues.CueMatch) -> bool:
    """Whether a cue's verb is a participle in *-ing* (``saying``; ``calling for``: its first
    word)."""
    return cue.text.split(" ", 1)[0].endswith("ing")


def _opens_participle(before: Sequence[Word]) -> bool:
    """``..., saying``, ``... while insisting``, ``... by saying``, ``with some predicting``:
    a participle whose source is the sentence's subject."""
    last = before[-1][0]
    if last == "," or last.lower() in _PARTICIPLE_OPENERS:
        return True
    return last.lower() in QUANTIFIERS and len(before) > 1 and before[-2][0].lower() == "with"


def _is_whole_quote(text: str, content: Span, quote: Quote) -> bool:
    """Whether ``content`` is the quote with its marks and nothing else."""
    return (
        quote.span.start >= content.start
        and quote.span.end <= content.end
        and not text[content.start : quote.span.start].strip(QUOTE_MARKS + " ")
        and not text[quote.span.end : content.end].strip(QUOTE_MARKS + " ,")
    )
