"""What an article has told so far about who speaks: the speaker record and the reader's memory.

:class:`SpeakerMemory` keeps the last speaker, the last people named and the entities that
spoke, and answers the questions of position (sentence and paragraph starts, captions) and
of gender that every speaker rule asks.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from newsfacts import cues as _cues
from newsfacts.article import Article
from newsfacts.entities.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from newsfacts.extractors._quote_names import _is_person_description, _is_person_name, _strip_titles
from newsfacts.extractors._quote_phrases import _CueIndex
from newsfacts.extractors._quote_words import (
    _DOCUMENT_HEADS,
    _FEMALE_ROLES,
    _FRONTING,
    _MALE_ROLES,
    _NAME_RUN,
    _NOT_NAME_WORDS,
    _PERSON_PRONOUNS,
    _SPEAKER_REACH,
    _vocabulary,
)
from newsfacts.records import Entity, Mention, Resolution, Span

# Nouns of a body that ``it`` may go on with (``the declaration``, ``the newspaper``).
_BODY_NOUNS = _vocabulary(
    """declaration article book study survey poll newspaper paper magazine agency company ministry
    government court committee council campaign party network channel site"""
)

_RECENT_PEOPLE = 4  # people a pronoun without an entity may name, the latest first

# The end of a photo caption: a credit in brackets (``( Jan Roe / Toronto Star )``).
_CAPTION_END = regex.compile(r"\(\s*[^()\n]{2,80}\)\s*\Z")


@attrs.frozen
class _Speaker:
    name: str | None
    span: Span | None
    resolution: Resolution
    cue: _cues.CueMatch | None
    entity: int | None = None


_NO_SPEAKER = _Speaker(None, None, "unresolved", None)


class _SpeakerMemory:
    """What one article has told so far: who spoke last, the people named, where sentences
    and paragraphs start (the base of the quotation reader)."""

    def __init__(self, article: Article, cues: _CueIndex, *, use_entities: bool = True) -> None:
        self.article = article
        self.cues = cues
        self.text = article.text
        self.use_entities = use_entities and bool(article.entities)
        self.last_person: _Speaker | None = None  # the last person named as a speaker
        self.recent_people: list[_Speaker] = []  # the last few, the latest last
        self.last_speaker: _Speaker = _NO_SPEAKER
        self.full_names: dict[str, tuple[str, int]] = {}
        self.sentence_starts = [sentence.span.start for sentence in article.sentences]
        self.paragraph_starts = [paragraph.span.start for paragraph in article.paragraphs]
        self.spoken: set[int] = set()  # the entities named as speaker by a cue so far
        self.last_person_speaker: _Speaker = _NO_SPEAKER  # the last person who spoke
        self._entities: dict[int, Entity] = {}
        self._holders: dict[str, list[Entity]] | None = None
        self._surnames: dict[str, list[Entity]] | None = None
        # The same sentence is read for its cues and for a quotation's speaker: the phrases
        # found before a cue, and their words, are kept by position.
        self._phrases: dict[tuple[int, int], Span | None] = {}
        self._phrase_words: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
        # A phrase names the same speaker each time its cue is read (for the quotation before
        # it, then again as the sentence before the next): ``"...," she said. "..."`` - the
        # second quotation's ``she`` is not re-read against what was remembered since.
        self._phrase_speakers: dict[tuple[int, int, int], _Speaker] = {}
        if not self.use_entities:
            self._index_names()

    # -- names ---------------------------------------------------------------------------

    def _index_names(self) -> None:
        # Every capitalised run of the body, by its last word: a surname alone is completed
        # from the first fuller form printed before it.
        for paragraph in self.article.paragraphs:
            for match in _NAME_RUN.finditer(self.text, paragraph.span.start, paragraph.span.end):
                words = match.group().split()
                while words and words[0] in _NOT_NAME_WORDS:
                    words.pop(0)
                name = _strip_titles(words)
                if _is_person_name(name):
                    self.full_names.setdefault(name[-1], (" ".join(name), match.start()))

    def _person_for(self, pronoun: str) -> _Speaker | None:
        """The person ``he`` or ``she`` names when the entity layer could not tell: the most
        recent person of the story whose gender does not contradict the pronoun."""
        if pronoun not in _PERSON_PRONOUNS:
            return None
        wanted = "male" if pronoun == "he" else "female"
        for person in reversed(self.recent_people):
            if self._gender(person) in (None, wanted):
                return person
        return None

    def _body_for(self, pronoun: str, span: Span) -> _Speaker | None:
        """The organisation or country ``it`` names when the entity layer could not tell: the
        last speaker, when that is one (``Iran said ... which it would review``)."""
        last = self.last_speaker
        if (
            pronoun != "it"
            or last.span is None
            or not last.span.start <= span.start < last.span.end + _SPEAKER_REACH
        ):
            return None
        if last.entity is not None:
            return last if self._entity(last.entity).category in ("organization", "place") else None
        # A document or a body the entity layer does not know: ``"...," the article read.
        # "...," it added``; ``"...," the Times wrote. "...," it went on``.
        words = (last.name or "").split()
        if not words:
            return None
        head = words[-1].lower()
        if head in _DOCUMENT_HEADS or head in _BODY_NOUNS:
            return last
        return last if words[0][:1].isupper() and not _is_person_name(words) else None

    def _gender(self, speaker: _Speaker) -> str | None:
        """A speaker's gender, from the entity layer or the given name or role word printed."""
        if speaker.entity is not None:
            return self._entity(speaker.entity).gender
        words = (speaker.name or "").split()
        if not words:
            return None
        first, head = words[0].lower().strip("."), words[-1].lower()
        if first in MALE_GIVEN_NAMES or head in _MALE_ROLES:
            return "male"
        if first in FEMALE_GIVEN_NAMES or head in _FEMALE_ROLES:
            return "female"
        return None

    def _described_speaker(self, entity: int, span: Span, pronoun: str) -> _Speaker | None:
        """The last speaker when a description named them (``said a company spokesman``) and
        the person the entity layer chose for ``he`` or ``she`` has not been named since."""
        last = self.last_speaker
        if (
            last.entity is not None
            or last.span is None
            or last.resolution != "description"
            or not _is_person_description(last.name or "")
            or not last.span.end <= span.start < last.span.end + _SPEAKER_REACH
            or self._gender(last) not in (None, "male" if pronoun == "he" else "female")
        ):
            return None
        index = self.article.entity_index
        for mention in index.mentions_in(Span(start=last.span.end, end=span.start)):
            if mention.entity == entity and mention.category != "pronoun":
                return None
        return last

    def _unknown_speaker(self, entity: int, span: Span, pronoun: str) -> _Speaker | None:
        """The last speaker when a cue named them by a person's name the entity layer does not
        know (``Ben van der Molen, a geologist, said ...`` then ``"...," he said``), they spoke
        after the last person it knows, and the one it chose for the pronoun has not been a
        sentence's subject since."""
        last = self.last_speaker
        known = self.last_person_speaker.span
        if (
            last.entity is not None
            or last.span is None
            or last.cue is None
            or last.resolution not in ("name", "alias")
            or not _is_person_name((last.name or "").split())
            or (known is not None and known.start >= last.span.start)
            or not last.span.end <= span.start < last.span.end + _SPEAKER_REACH
            or self._gender(last) not in (None, "male" if pronoun == "he" else "female")
        ):
            return None
        if self._subject_since(entity, last.span.end, span.start):
            return None
        return last

    def _entity(self, entity_id: int) -> Entity:
        entity = self._entities.get(entity_id)
        if entity is None:
            entity = self._entities[entity_id] = self.article.entity_index.entity(entity_id)
        return entity

    @staticmethod
    def _continues(speaker: Entity, pronoun: str) -> bool:
        """Whether ``he`` or ``she`` can name the last speaker: a person of no other gender."""
        wanted = "male" if pronoun == "he" else "female"
        return speaker.category == "person" and speaker.gender in (None, wanted)

    def _may_speak(self, entity: Entity) -> bool:
        """Whether a person the pronoun may name could take over from the last speaker: one
        who has spoken, or who has a full name (``Black`` opening a sentence is no one)."""
        return entity.id in self.spoken or _is_person_name(entity.name.split())

    def _subject_since(self, entity: int, start: int, end: int) -> bool:
        """Whether the entity opens a sentence between ``start`` and ``end`` (its subject), or
        is named in the paragraph that ends at ``end`` (``results for Jo Doe, 50. "..." she
        says``: the one just introduced speaks).

        A photo caption's subject (``Jo Doe looks on. (Jan Roe / AP)``) is not the story's.
        """
        index = self.article.entity_index
        paragraph = self.paragraph_starts[
            max(0, bisect.bisect_right(self.paragraph_starts, end) - 1)
        ]
        # The sentence before the one at ``end``: a person named there alone is the one a
        # pronoun opening the next goes on with (``denials by Paul Channon that ... . He
        # told``), across a paragraph break too; not a pronoun after a quotation (``drawn up
        # by Paul Weber. "...," he said`` goes on with the last speaker).
        at = bisect.bisect_right(self.sentence_starts, end) - 1
        opens = at >= 1 and not self.text[self.sentence_starts[at] : end].strip()
        previous = self.sentence_starts[at - 1] if opens else end
        for mention in index.mentions_in(Span(start=start, end=end)):
            if (
                mention.entity != entity
                or mention.category == "pronoun"  # (the entity layer's own guess is no news)
                or self._in_caption(mention.span.start)
            ):
                continue
            if mention.span.start >= paragraph:
                return True
            if mention.span.start >= previous and self._only_person(mention, previous, end):
                return True
            sentence = self._sentence_start(mention.span.start)
            lead = self.text[sentence : mention.span.start]
            opening = lead.split(None, 1)
            if (
                "," in lead
                and opening
                and (opening[0].lower() in _FRONTING or opening[0].endswith("ing"))
            ):
                # ``Given his views, Jo Roe is hopeful``: an opening phrase, then the subject.
                lead = lead.rsplit(",", 1)[1]
            if not any(word[:1].islower() for word in lead.split()):
                return True
        return False

    def _only_person(self, mention: Mention, start: int, end: int) -> bool:
        """Whether ``mention`` names the only person named between ``start`` and ``end``."""
        for other in self.article.entity_index.mentions_in(Span(start=start, end=end)):
            if (
                other.entity is not None
                and other.entity != mention.entity
                and other.category != "pronoun"
                and self._entity(other.entity).category == "person"
            ):
                return False
        return True

    def _in_caption(self, position: int) -> bool:
        at = bisect.bisect_right(self.paragraph_starts, position) - 1
        if at < 0:
            return False
        paragraph = self.article.paragraphs[at].span
        return (
            _CAPTION_END.search(self.text, max(paragraph.start, paragraph.end - 90), paragraph.end)
            is not None
        )

    def opens_sentence(self, position: int) -> bool:
        """Whether a sentence of the article starts at ``position``."""
        at = bisect.bisect_left(self.sentence_starts, position)
        return at < len(self.sentence_starts) and self.sentence_starts[at] == position

    def _sentence_start(self, position: int) -> int:
        at = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.sentence_starts[at] if at >= 0 else 0

    def remember(self, speaker: _Speaker) -> None:
        """Keep ``speaker`` as the one a floating quote or a pronoun continues (a pronoun
        nobody was found for continues no one)."""
        if speaker.name is None or speaker.resolution == "unresolved":
            return
        self.last_speaker = speaker
        if speaker.entity is not None and speaker.cue is not None:
            self.spoken.add(speaker.entity)
        if (
            speaker.entity is not None
            and speaker.span is not None
            and self._entity(speaker.entity).category == "person"
        ):
            self.last_person_speaker = speaker
        if speaker.entity is not None:
            if self._entity(speaker.entity).category == "person":
                self._add_person(speaker)
        elif (speaker.resolution == "pronoun" and not self._names_a_body(speaker)) or (
            speaker.resolution in ("name", "alias") and _is_person_name(speaker.name.split())
        ):
            self._add_person(speaker)
        elif speaker.resolution == "description" and _is_person_description(speaker.name):
            self._add_person(speaker)  # ``said a company spokesman. [...] he said``

    def _names_a_body(self, speaker: _Speaker) -> bool:
        """Whether the speaker was named by ``it`` (a document or a body, no person)."""
        span = speaker.span
        return span is not None and self.text[span.start : span.end].lower() == "it"

    def _add_person(self, speaker: _Speaker) -> None:
        self.last_person = speaker
        people = self.recent_people
        people[:] = [person for person in people if person.name != speaker.name][
            -(_RECENT_PEOPLE - 1) :
        ]
        people.append(speaker)

    def _named_since(self, entity: int, start: int, end: int) -> bool:
        """Whether the entity is named (not by a pronoun) between ``start`` and ``end``."""
        return any(
            mention.entity == entity and mention.category == "person"
            for mention in self.article.entity_index.mentions_in(Span(start=start, end=end))
        )
