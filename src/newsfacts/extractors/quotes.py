"""The built-in ``quotes`` extractor: every quotation of the body, with its speaker and cue.

Three steps, each with its own modules:

1. :mod:`newsfacts.quotemarks` pairs the quotation marks of each body paragraph (the headline
   is not searched), joining a quotation that runs over several paragraphs into one.
2. Each quotation is read in its sentence (``_quote_sentences``). A quotation split by its
   attribution (``"We are," she said, "making progress."``) becomes one record with two parts.
   Titles of works, nicknames and scare quotes are dropped; what is left is ``direct`` (a
   sentence or more of speech: it opens a sentence, or a cue and a colon or comma introduce
   it, or it is a whole capitalised sentence) or ``partial`` (a fragment woven into the
   reporter's sentence): ``_quote_kinds``.
3. The speaker is found by the cue (:mod:`newsfacts.cues`) next to the quotation: after it
   (``"...," she said``, ``"...," said Jane Doe``), before it in the same sentence
   (``Sanders said: "..."``, ``according to X``), at the end of the sentence before it, or, for
   a paragraph with no cue of its own, the last speaker (a floating quote continues them).
   The speaker is mapped to the article's entities (``article.entity_at``) when there are any:
   the canonical name, with pronouns resolved. Without entities the name as printed is used
   (a surname is completed from a fuller form of the name earlier in the article, and ``he``
   or ``she`` is the last person named as speaker). The phrase naming a cue's speaker is read
   by ``_quote_phrases`` (with ``_quote_words`` and ``_quote_names``); who it names, by the
   reader of ``_quote_phrase_speakers`` on top of the memory of ``_quote_speakers``; which cue
   and which sentence or paragraph speak for a quotation, by ``_quote_cue_speakers``. This
   module runs the steps (:func:`find_quotes`) and chooses among the speakers found.

Every step looks at a bounded window around each quotation, so the extractor is linear in the
length of the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping

import attrs
import regex

from newsfacts import cues as _cues
from newsfacts.article import Article
from newsfacts.extractors._quote_cue_speakers import _Reader
from newsfacts.extractors._quote_kinds import _kind
from newsfacts.extractors._quote_phrases import _CueIndex, _has_cue, _opening_subject
from newsfacts.extractors._quote_sentences import (
    _blank,
    _contexts,
    _Found,
    _in_lists,
    _join_reopened,
    _merge_split,
)
from newsfacts.extractors._quote_speakers import _NO_SPEAKER, _Speaker
from newsfacts.hookspecs import hookimpl
from newsfacts.records import Fact, Quote, QuoteType, Span

# A paragraph that links to another story or a video (``READ MORE: 'Still in shock': ...``):
# its quotation is that story's headline, nobody's words here.
_LINK_LABEL = regex.compile(
    r"[^\S\n]*(?:READ MORE|READ|WATCH|BELOW|ABOVE|RELATED|LISTEN|MORE|SEE ALSO|VIDEO|PHOTOS?"
    r"|CLICK HERE)[^\S\n]*:"
)

# A photo credit right after the closing mark (``... in a scene from "X." (Jo Doe / AP)``):
# the quotation is part of a caption.
_PHOTO_CREDIT = regex.compile(r"[\s.,]{0,3}\(\s*[^()\n/]{2,60}/[^()\n]{2,60}\)")

_NOT_TRAILING = regex.compile(r"[^\s.]")
# What ends a sentence or a clause between two quotations (a new sentence, a new paragraph,
# a dash before an aside).
_SENTENCE_STOP = regex.compile(r"[.!?;\u2014\u2013]|\n|--")
# How many characters two fragments of one reported clause may stand apart.
_WOVEN_GAP = 50

# ``and`` or ``but`` right after a closing mark: a clause of its own begins.
_NEW_CLAUSE = regex.compile(r"[^\S\n]*+(?:and|but)[^\S\n]")


def find_quotes(article: Article, *, use_entities: bool = True) -> list[Quote]:
    """Every quotation in the body of ``article``, with its speaker and cue, in text order.

    With ``use_entities=False`` speakers are named as printed, without the entity layer.

    >>> from newsfacts import parse
    >>> story = 'WASHINGTON (AP) — "We are," she said, "making progress."\\n'
    >>> [(quote.text, quote.type) for quote in find_quotes(parse(story))]
    [('We are, making progress.', 'direct')]
    """
    text = article.text
    paragraphs = [paragraph.span for paragraph in article.paragraphs]
    if not paragraphs:
        return []
    quotations = article.quotations
    if not quotations:
        return []
    cues = _CueIndex(text, paragraphs)
    reader = _Reader(article, cues, use_entities=use_entities)
    found = _merge_split(text, _join_reopened(text, _contexts(text, quotations, paragraphs)), cues)
    listed = _in_lists(text, found)
    starts = [paragraph.start for paragraph in paragraphs]
    quotes: list[Quote] = []
    cursor = paragraphs[0].start
    # Where each quotation's sentence (and the paragraph before it) is read from: the last
    # quotation that is speech, for a cue inside marks is its speaker's. A title, a nickname or
    # a scare quote before it in the same sentence is no speech and cuts nothing: ``Jo Roe said
    # on "This Week" that the bill "is dead."`` keeps its cue.
    sentence_starts: list[int] = []
    woven: tuple[int, _Speaker] | None = None  # the last partial quote's end and speaker
    lows: list[int] = []
    dropped = False
    for number, item in enumerate(found):
        # What the text before this quotation says (``Lonechild said she ...``) sets the
        # speaker a pronoun names and a floating quote continues.
        reader.read_cues(paragraphs, starts, cursor, item.span.start)
        cursor = item.span.end
        paragraph = bisect.bisect_right(starts, item.span.start) - 1
        whole = paragraphs[paragraph]
        low = max(whole.start, found[number - 1].span.end if number else whole.start)
        if (
            dropped
            and item.before.start == found[number - 1].span.end
            and sentence_starts[-1] >= whole.start
        ):
            item = attrs.evolve(item, before=Span(start=sentence_starts[-1], end=item.before.end))
            low = max(whole.start, lows[-1])
        sentence_starts.append(item.before.start)
        lows.append(low)
        dropped = True
        if (
            number in listed
            # An end position on every match: the regex module otherwise looks for a pattern's
            # required characters (the colon, the slash) through the rest of the story first.
            or _LINK_LABEL.match(text, whole.start, min(whole.end, whole.start + 40))
            or _PHOTO_CREDIT.match(text, item.span.end, item.span.end + 200)
        ):
            continue  # a list of terms or signs, a link to another story, a photo caption
        before_speaker = reader.speaker_before(item.before.start, item.before.end)
        if (
            before_speaker is None
            and woven is not None
            and item.before.start == woven[0]
            and item.before.end - item.before.start <= _WOVEN_GAP
            and not _SENTENCE_STOP.search(text, item.before.start, item.before.end)
        ):
            # ``Kovac said it was not "directed against Russia" nor prompted by a "threat"``:
            # a second fragment of the same reported clause is the same speaker's.
            before_speaker = woven[1]
        has_cue_after = _has_cue(cues, item.after) or (
            item.middle is not None and _has_cue(cues, item.middle)
        )
        alone = _blank(text, whole.start, item.span.start) and not _NOT_TRAILING.search(
            text, item.span.end, whole.end
        )
        kind = _kind(text, item, before_speaker is not None, has_cue_after, alone)
        if kind is None:
            continue
        dropped = False
        if (
            kind == "partial"
            and before_speaker is not None
            and reader.has_nested_cue(item.before.start, item.before.end)
        ):
            outer = reader.speaker_before(item.before.start, item.before.end, outer=True)
            before_speaker = outer or before_speaker
        speaker = _attribute(reader, item, kind, before_speaker, whole, low)
        reader.remember(speaker)
        woven = (item.span.end, speaker) if kind == "partial" and speaker.name else None
        cue = speaker.cue
        quotes.append(
            Quote(
                span=item.span,
                text=" ".join(part.of(text) for part in item.parts),
                parts=item.parts,
                type=kind,
                speaker=speaker.name,
                speaker_entity=speaker.entity,
                speaker_span=speaker.span,
                speaker_resolution=speaker.resolution if speaker.name else "unresolved",
                cue=None if cue is None else cue.text,
                cue_span=None if cue is None else cue.span,
            )
        )
    return quotes


def _attribute(
    reader: _Reader,
    item: _Found,
    kind: QuoteType,
    before_speaker: _Speaker | None,
    paragraph: Span,
    low: int,
) -> _Speaker:
    after = None
    if item.middle is not None:
        after = reader.speaker_after(item.middle.start, item.middle.end, near=True)
    if after is None:
        after = reader.speaker_after(item.after.start, item.after.end, near=True)
    if kind == "partial":
        new_clause = _new_clause_cue(reader, item)
        if new_clause:
            after = None
        speaker = before_speaker or _fronted_participle_subject(reader, item) or after
        if speaker is None and not new_clause:
            speaker = reader.speaker_after(item.after.start, item.after.end, near=False)
        if speaker is None:
            # ``Jo Roe denounced the "ruinous policies" of ...``: no verb of saying, the
            # fragment is the words of the person the sentence is about.
            speaker = reader.sentence_subject(item.before.start, item.before.end, sure=True)
        if speaker is None:
            # ``The Tory co-chairman attacked the pledges as "vacuous"``: the subject the
            # sentence opens with, when the story knows who that is.
            opening = _opening_subject(reader.text, item.before.start, item.before.end)
            if opening is not None and reader.opens_sentence(opening.start):
                found = reader.speaker_from_phrase(opening, None)
                speaker = found if found.entity is not None else None
    else:
        speaker = after or before_speaker
    if speaker is not None:
        return speaker
    if kind == "direct" and (signed := reader.signed(item.span.end, paragraph.end)) is not None:
        return signed  # ``"..." - Jo Roe``: a quotation signed with its speaker's name
    if item.before.start > low:
        # The sentence before, in the same paragraph: ``Smith told reporters. "We ..."``.
        previous = reader.speaker_before(low, item.before.start)
        if previous is not None and kind == "direct":
            return previous
        person = reader.last_person
        # ``Tomas Brandt spoke on the pier. "We ..."``: the person the paragraph is about.
        if (
            kind == "direct"
            and person is not None
            and person.span is not None
            and person.span.start >= paragraph.start
        ):
            return attrs.evolve(person, cue=None)
        if kind == "direct":
            subject = reader.subject_in(paragraph.start, item.before.start)
            if subject is None:
                subject = reader.appositive_subject(paragraph.start, item.before.start)
            if subject is not None:
                return subject
    if _blank(reader.text, paragraph.start, item.span.start):
        # A paragraph that opens with a quotation and has no cue: the person the paragraph
        # before introduced speaks, if it introduced one after the last speaker.
        introduced = reader.introduced_before(paragraph.start)
        if introduced is not None:
            return introduced
        if kind == "direct" and not _NOT_TRAILING.search(reader.text, item.span.end, paragraph.end):
            # A paragraph that is a quotation alone: the person the next paragraph opens with,
            # saying something, speaks (``"We will fight." / Jo Roe, a nurse, says ...``).
            introduced = reader.introduced_after(paragraph)
            if introduced is not None:
                return introduced
    last = reader.last_speaker
    if last.name is not None:
        # No cue here: the quote continues the last speaker, known from context (a fragment
        # in marks with no cue of its own too: it is woven into that speaker's account).
        return attrs.evolve(last, cue=None, span=None, resolution="context")
    return _NO_SPEAKER


def _new_clause_cue(reader: _Reader, item: _Found) -> bool:
    """Whether the first cue after a fragment is the verb of a clause of its own that ``and``
    or ``but`` opens right after it: ``found the system "flawed" and the parties have said
    ...`` (not ``"flawed" and was sent home, the statement said``, where a comma sets the cue
    apart to report the whole sentence)."""
    joined = _NEW_CLAUSE.match(reader.text, item.after.start, item.after.start + 8)
    if joined is None:
        return False
    cues = reader.cues.between(joined.end(), item.after.end)
    return bool(cues) and "," not in reader.text[joined.end() : cues[0].span.start]


# A sentence that opens with a participle of saying (``Saying "the lamp must stay lit" for
# the fishermen, the harbor board asked ...``): its subject, after the participle's clause, speaks.
_FRONTED_PARTICIPLE = regex.compile(r"[^\S\n]*\p{Lu}\p{Ll}+ing[^\S\n]*\Z")
# A quotation that ends the participle's clause with its own comma (``"we will win,"``).
_COMMA_INSIDE_MARKS = regex.compile(r",[\"\u201d'\u2019]{1,2}\Z")


def _fronted_participle_subject(reader: _Reader, item: _Found) -> _Speaker | None:
    text = reader.text
    if not _FRONTED_PARTICIPLE.match(text, item.before.start, item.before.end):
        return None
    participle = text[item.before.start : item.before.end].strip()
    word = _cues.LEXICON.get(participle.lower())
    if word is None:
        return None
    if _COMMA_INSIDE_MARKS.search(text, max(item.span.start, item.span.end - 4), item.span.end):
        clause_end = item.span.end  # ``Saying "we will win," Doe left``: the comma inside
    else:
        comma = text.find(",", item.span.end, item.after.end)
        if comma < 0:
            return None
        clause_end = comma + 1
    subject = _opening_subject(text, clause_end, item.after.end)
    if subject is None:
        return None
    at = text.index(participle, item.before.start)
    cue = _cues.CueMatch(
        span=Span(start=at, end=at + len(participle)),
        text=participle,
        lemma=word.lemma,
        kind=word.kind,
    )
    found = reader.speaker_from_phrase(subject, cue)
    return found if found.name is not None else None


class QuoteExtractor:
    """Finds every quotation in an article, with its speaker and cue."""

    name = "quotes"
    requires: tuple[str, ...] = ()

    def extract(
        self, article: Article, upstream: Mapping[str, tuple[Fact, ...]]
    ) -> Iterable[Quote]:
        """Return the article's quotes, in text order."""
        return find_quotes(article)


@hookimpl
def newsfacts_extractors() -> list[QuoteExtractor]:
    """The quotes extractor, offered through the same hook a third-party plugin uses."""
    return [QuoteExtractor()]
