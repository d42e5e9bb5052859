"""The speaker of a quotation from the cues around it, and from the paragraphs near it.

The cue after a quotation (``," she said``), before it in its sentence (``Roe said:``), the
sentence's subject, a signature, and the people the paragraphs before and after introduce.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from newsfacts import cues as _cues
from newsfacts.extractors import _quote_context as _context
from newsfacts.extractors._quote_names import _is_person_name, _strip_titles
from newsfacts.extractors._quote_phrase_speakers import _PhraseReader
from newsfacts.extractors._quote_phrases import (
    _appositive_lead,
    _clause_start,
    _inverted_phrase,
    _name_after,
    _opening_phrase,
    _opening_subject,
    _outer_cues,
    _phrase_after,
)
from newsfacts.extractors._quote_speakers import _Speaker
from newsfacts.extractors._quote_words import (
    _KIN,
    _MAX_APPOSITIVE_WORDS,
    _MAX_SPEAKER_WORDS,
    _NAME_RUN,
    _NOT_NAME_WORDS,
    _OPENING_CUES,
    _OWNER,
    _PERSON_HEADS,
    _PERSON_PRONOUNS,
    _TITLES,
    _WINDOW,
    _is_capitalised,
    _vocabulary,
    _words,
)
from newsfacts.records import Span

# Words that open a sentence before its subject.
_OPENERS = _vocabulary("""But And Yet Still However Meanwhile Instead Now So""")


class _Reader(_PhraseReader):
    """Reads the quotations of one article; keeps what the article has told so far."""

    # -- cues ------------------------------------------------------------------------------

    def read_cues(
        self, paragraphs: Sequence[Span], starts: Sequence[int], low: int, high: int
    ) -> None:
        """Read the body between ``low`` and ``high``: who spoke, and who was named last.

        The subject of each cue becomes the last speaker; a person's name opening a sentence
        (``Roy Graf protested ...``) becomes the person ``he`` or ``she`` refers to next.
        """
        index = max(0, bisect.bisect_right(starts, low) - 1)
        while index < len(paragraphs) and paragraphs[index].start < high:
            paragraph = paragraphs[index]
            start, end = max(low, paragraph.start), min(high, paragraph.end)
            index += 1
            if start >= end:
                continue
            phrases: list[tuple[int, Span, _cues.CueMatch | None, _Speaker | None]] = []
            for cue in self.cues.between(start, end):
                if cue.kind == "source":
                    phrase = _phrase_after(self.text, cue.span.end, end)
                elif cue.text in _OPENING_CUES:
                    phrase = _opening_phrase(self.text, cue.span.end, end)
                else:
                    low_clause = max(start, cue.span.start - _WINDOW)
                    clause = _clause_start(self.text, low_clause, cue.span.start)
                    phrase = self.phrase_before(clause, cue.span.start)
                    if cue.text in _INVERTING and self.text[clause : cue.span.start].rstrip()[
                        -1:
                    ] in (",", "—"):
                        # ``... and asylum, said Jo Roe, a lawyer``: the cue's subject follows
                        # it when a name stands there alone and none before it.
                        phrase = _name_after(self.text, cue.span.end, end, phrase) or phrase
                if phrase is not None:
                    phrases.append((phrase.start, phrase, cue, None))
            if not self.use_entities:
                phrases.extend(
                    (at, subject.span or Span(start=at, end=at), None, subject)
                    for at, subject in self._sentence_subjects(paragraph, start, end)
                )
            # Each phrase is read after the ones before it are remembered: ``Jo Roe, a lawyer,
            # said ... She said`` - she is the lawyer just named, not the speaker before.
            for _, phrase, phrase_cue, subject in sorted(phrases, key=lambda event: event[0]):
                if subject is not None:
                    self._add_person(subject)
                else:
                    self.remember(self.speaker_from_phrase(phrase, phrase_cue))

    def _sentence_subjects(
        self, paragraph: Span, start: int, end: int
    ) -> list[tuple[int, _Speaker]]:
        found = []
        for match in _NAME_RUN.finditer(self.text, start, end):
            before = self.text[max(paragraph.start, match.start() - 3) : match.start()].rstrip()
            if before and before[-1] not in ".?!":
                continue
            words = match.group().split()
            while words and words[0] in _NOT_NAME_WORDS:
                words.pop(0)
            name = _strip_titles(words)
            if _is_person_name(name):
                span = Span(start=match.start(), end=match.end())
                found.append((match.start(), _Speaker(" ".join(name), span, "name", None)))
        return found

    def _quoted_as_speaker(self, start: int, cue: _cues.CueMatch) -> _Speaker | None:
        """The one quoted when ``cue`` ends ``quoted X as saying`` (read from ``start``),
        whether the quotation stands before or after it; ``None`` otherwise."""
        if not cue.text.endswith("ing"):
            return None
        quoted = _context.quoted_as(self.text, start, cue.span.start)
        if quoted is None:
            return None
        phrase = _phrase_after(self.text, quoted.start, quoted.end)
        return None if phrase is None else self.speaker_from_phrase(phrase, cue)

    def speaker_after(self, start: int, end: int, *, near: bool) -> _Speaker | None:
        """The speaker of a cue after a quotation: ``," she said`` or ``," said Jane Doe``."""
        for cue in self.cues.between(start, end):
            if cue.text in _OPENING_CUES:
                continue  # ``"Why?" Replied Roe, "..."``: it opens the next sentence
            between = _words(self.text, start, cue.span.start)
            head = between
            for position, word in enumerate(between[1:], start=1):
                if word[0] == ",":
                    head = between[:position]  # a speaker, then an appositive up to the cue
                    break
            if (
                cue.kind != "source"
                and between
                and between[-1][0] == ","
                and (inverted := self._inverted(cue, end)) is not None
            ):
                # ``"..." the boy was sent home, said Jo Roe``: a cue that a comma opens and
                # a name follows names its speaker after it, however long the clause before.
                return inverted
            quoted_one = self._quoted_as_speaker(start, cue)
            if quoted_one is not None:
                return quoted_one  # ``"...," the paper quoted Jo Roe as saying``
            between = [word for word in between if word[0] not in ",\u2014\u2013-"]
            if near and (
                (len(head) > _MAX_SPEAKER_WORDS and not _titled_name(head))
                or len(between)
                > (_MAX_APPOSITIVE_WORDS if head is not between else _MAX_SPEAKER_WORDS)
            ):
                return None
            signer = self.read_from_signed(cue)
            if signer is not None:
                return signer  # ``"...," the mayor read from a letter signed by Jo Roe``
            if cue.kind == "source" or not between:
                phrase = _phrase_after(self.text, cue.span.end, end)
            else:
                phrase = self.phrase_before(start, cue.span.start)
            if phrase is not None:
                return self.speaker_from_phrase(phrase, cue)
            if near or not between:
                return None  # (``," said Syria had indicated``: later cues are in its clause)
        return None

    def signed(self, end: int, paragraph_end: int) -> _Speaker | None:
        """The person whose name alone follows a quotation after a dash, to the paragraph's
        end (``"So far, it's a long game." - Jo Roe``)."""
        if not self.use_entities:
            return None
        name = _context.signature(self.text, end, paragraph_end)
        if name is None:
            return None
        mention = self.article.entity_index.mention_at(name)
        # The name may end the sentence with its full stop (``- Jo Roe.``).
        ends = (name.end, name.end - 1) if self.text[name.end - 1] == "." else (name.end,)
        if mention is None or mention.entity is None or mention.span.end not in ends:
            return None
        entity = self._entity(mention.entity)
        if entity.category != "person":
            return None
        return _Speaker(entity.name, mention.span, "name", None, entity.id)

    def appositive_subject(self, start: int, end: int) -> _Speaker | None:
        """The person named in apposition to a kin or role word opening the last sentence of
        ``text[start:end]`` that has one (``Her husband, George, laughs.``), when the entity
        layer has no mention there and the last speaker is someone else."""
        if not self.use_entities:
            return None
        at = bisect.bisect_right(self.sentence_starts, end - 1) - 1
        while at >= 0 and self.sentence_starts[at] >= start:
            sentence = self.sentence_starts[at]
            at -= 1
            apposed = _context.apposed_name(self.text, sentence, end)
            if apposed is None or apposed[0] not in _PERSON_HEADS | _KIN:
                continue
            name = apposed[1]
            mention = self.article.entity_index.mention_at(name)
            if mention is not None and mention.entity is not None:
                entity = self._entity(mention.entity)
                if entity.id == self.last_speaker.entity:
                    return None
                if entity.category == "person":
                    return _Speaker(entity.name, name, "context", None, entity.id)
                # (``Her husband, George,``: a person, whatever the recognizer read)
            if name.of(self.text) == self.last_speaker.name:
                return None
            return _Speaker(name.of(self.text), name, "context", None)
        return None

    def introduced_after(self, paragraph: Span) -> _Speaker | None:
        """The person the paragraph after ``paragraph`` opens with as the subject of a cue
        (``Jo Roe, a nurse, says ...``; ``That was the message from Jo Roe``), when the last
        speaker did not speak in the paragraph before (a quotation there goes on with them)."""
        if not self.use_entities:
            return None
        at = bisect.bisect_right(self.paragraph_starts, paragraph.start)
        if at >= len(self.paragraph_starts):
            return None
        last = self.last_speaker
        if at >= 2 and last.span is not None and last.span.start >= self.paragraph_starts[at - 2]:
            return None
        if at >= 2 and last.entity is not None:
            before = self.article.paragraphs[at - 2].span
            if any(
                mention.entity == last.entity
                for mention in self.article.entity_index.mentions_in(before)
            ):
                return None  # the paragraph before is about the last speaker: they go on
        following = self.article.paragraphs[at].span
        sentence = bisect.bisect_right(self.sentence_starts, following.start)
        end = following.end
        if sentence < len(self.sentence_starts):
            end = min(end, self.sentence_starts[sentence])
        message = _context.message_from(self.text, following.start, end)
        if message is not None:
            phrase = _phrase_after(self.text, message, end)
            found = None if phrase is None else self.speaker_from_phrase(phrase, None)
        else:
            cues = self.cues.between(following.start, end)
            if not cues or cues[0].kind == "source" or cues[0].text in _OPENING_CUES:
                return None
            found = self.speaker_before(following.start, cues[0].span.end)
            if (
                found is None
                or found.span is None
                or any(
                    word[:1].islower()
                    for word in self.text[following.start : found.span.start].split()
                )
            ):
                return None  # not the subject of the sentence
        if (
            found is None
            or found.entity is None
            or found.entity == last.entity
            or found.resolution not in ("name", "alias", "description")
            or self._entity(found.entity).category != "person"
        ):
            return None
        return attrs.evolve(found, cue=None, resolution="context")

    def introduced_before(self, position: int) -> _Speaker | None:
        """The person the paragraph before ``position`` introduces for a floating quote.

        ``Jo Roe, a nurse, was at the rally.`` then ``"I was scared."``: Roe speaks. The
        paragraph must end with a colon after its subject (``Roe described the night:``) or
        open a sentence with a person other than the last speaker, named after them.
        """
        at = bisect.bisect_right(self.paragraph_starts, position - 1) - 1
        if at < 0 or self.paragraph_starts[at] >= position:
            return None
        previous = self.article.paragraphs[at].span
        last = self.last_speaker
        if last.span is not None and last.span.start >= previous.start:
            return None  # the paragraph before has its own speaker: a cue named them
        body = self.text[previous.start : previous.end].rstrip()
        if body.endswith(":"):
            phrase = self.phrase_before(previous.start, previous.start + len(body) - 1)
            if phrase is not None:
                found = self.speaker_from_phrase(phrase, None)
                if found.resolution in ("name", "alias") or found.entity is not None:
                    return attrs.evolve(found, resolution="context")
        if self._in_caption(previous.start):
            return None
        return self.subject_in(previous.start, previous.end) or self.appositive_subject(
            previous.start, previous.end
        )

    def subject_in(self, start: int, end: int) -> _Speaker | None:
        """The last person who opens a sentence in ``text[start:end]``, when the last speaker
        was named before ``start`` and is someone else (``Jo Roe, a nurse, was there.``)."""
        last = self.last_speaker
        if not self.use_entities or (last.span is not None and last.span.start >= start):
            return None
        index = self.article.entity_index
        for mention in reversed(index.mentions_in(Span(start=start, end=end))):
            if mention.entity is None or (
                mention.category != "person"
                and not (
                    # ``Jo Roe moved here in 2010. / She works nights.``: she is Roe, named
                    # by name since the last speaker spoke.
                    mention.category == "pronoun"
                    and mention.span.of(self.text).lower() in _PERSON_PRONOUNS
                    and last.span is not None
                    and self._named_since(mention.entity, last.span.end, mention.span.start)
                )
            ):
                continue
            entity = self._entity(mention.entity)
            if entity.id == last.entity or not _is_person_name(entity.name.split()):
                continue
            lead = self.text[self._sentence_start(mention.span.start) : mention.span.start]
            if any(word[:1].islower() for word in lead.split()) and not (
                _appositive_lead(lead.split())
                and self.text[mention.span.end : mention.span.end + 1] == ","
            ):
                continue  # not the sentence's subject
            return _Speaker(entity.name, mention.span, "context", None, entity.id)
        return None

    def _inverted(self, cue: _cues.CueMatch, end: int) -> _Speaker | None:
        """The speaker named right after a cue (``said Jo Roe``, ``said a company official``)."""
        phrase = _inverted_phrase(self.text, cue.span.end, end)
        return None if phrase is None else self.speaker_from_phrase(phrase, cue)

    def has_nested_cue(self, start: int, end: int) -> bool:
        """Whether a cue in ``text[start:end]`` lies in the clause an earlier one reports."""
        found = self.cues.between(start, end)
        return len(found) > 1 and len(_outer_cues(self.text, found)) < len(found)

    def speaker_before(self, start: int, end: int, *, outer: bool = False) -> _Speaker | None:
        """The speaker of the last cue in ``text[start:end]`` (a quotation's sentence so far).

        With ``outer``, a cue inside the reported clause of an earlier cue does not count:
        ``Jo Roe said the firm had agreed to "a fair wage"`` - the words in marks are Roe's,
        the reporter's source, not the firm's (for a fragment woven into the sentence).
        """
        found = self.cues.between(start, end)
        if outer:
            found = _outer_cues(self.text, found)
        for cue in reversed(found):
            signer = self.read_from_signed(cue)
            if signer is not None:
                return signer  # ``The mayor read from a letter signed by Jo Roe: "..."``
            if cue.kind == "source":
                phrase = _phrase_after(self.text, cue.span.end, end)
            elif cue.text in _OPENING_CUES:
                phrase = _opening_phrase(self.text, cue.span.end, end)
            else:
                quoted_one = self._quoted_as_speaker(start, cue)
                if quoted_one is not None:
                    return quoted_one  # ``The paper quoted a senior official as saying ...``
                if cue.text.endswith("ing") and self.text[start : cue.span.start].rstrip()[-1:] in (
                    ",",
                    "—",
                ):
                    # ``Jo Roe criticized the mayor, saying ...``: the participle's subject is
                    # the sentence's, not the object before the comma.
                    subject = self.sentence_subject(start, cue.span.start)
                    if subject is not None:
                        return attrs.evolve(subject, cue=cue)
                    opening = _opening_subject(self.text, start, cue.span.start)
                    sentence = self._sentence_start(start)
                    if opening is None and sentence < start:
                        # ``Jo Roe said the "good" result came from sales, noting ...``: read
                        # from after an earlier quotation, the sentence's subject is before it.
                        opening = _opening_subject(self.text, sentence, cue.span.start)
                    if opening is not None:
                        # ``The company denied the report, saying ...``: the company.
                        return self.speaker_from_phrase(opening, cue)
                phrase = self.phrase_before(start, cue.span.start)
                if cue.text in _INVERTING and self.text[start : cue.span.start].rstrip()[-1:] in (
                    ",",
                    "\u2014",
                ):
                    # ``"It's time" he went home, said Jo Roe, a lawyer. "..."``: read again
                    # for the next quotation, the cue's subject is the name after it.
                    phrase = _name_after(self.text, cue.span.end, end, phrase) or phrase
            if phrase is not None:
                return self.speaker_from_phrase(phrase, cue)
        colon = self.text.rfind(":", start, end)
        if colon >= 0 and not self.text[colon + 1 : end].strip():
            cue = _cues.CueMatch(
                span=Span(start=colon, end=colon + 1), text=":", lemma=":", kind="colon"
            )
            phrase = self.phrase_before(start, colon)
            if phrase is not None:
                speaker = self.speaker_from_phrase(phrase, cue)
                if speaker.resolution in ("name", "alias"):
                    return speaker
            # ``Jo Roe, a spokesman, dismissed the claim: "..."``: the sentence's subject.
            subject = self.sentence_subject(start, colon)
            if subject is not None:
                return attrs.evolve(subject, cue=cue)
        return None

    def sentence_subject(self, start: int, end: int, *, sure: bool = False) -> _Speaker | None:
        """The person named first in ``text[start:end]`` when only titles stand before them:
        the subject of the sentence that starts at ``start``. With ``sure``, only a person
        named by name whose gender the entity layer knows."""
        if not self.use_entities:
            return None
        for mention in self.article.entity_index.mentions_in(Span(start=start, end=end)):
            lead = self.text[start : mention.span.start].split()
            if lead and lead[0].strip(",") in _OPENERS:
                lead.pop(0)  # ``But Mr. Roe welcomes the competition, calling it "..."``
            if "," in lead or (lead and lead[-1].endswith(",")):
                # ``Soon after the rescue, Jo Roe noted: "..."``: an opening phrase.
                lead = " ".join(lead).rsplit(",", 1)[1].split()
            if any(word not in _TITLES for word in lead):
                return None  # ``The Roe government's law``: no one's own words
            entity = None if mention.entity is None else self._entity(mention.entity)
            if (
                entity is None
                or entity.category != "person"
                or (sure and mention.resolution == "description")
                or _OWNER.match(self.text, mention.span.end)  # ``Jo Roe's lawyer``
            ):
                return None
            return _Speaker(entity.name, mention.span, mention.resolution, None, entity.id)
        return None


# Words a chain of titles may hold in lower case: ``Peru's Deputy Prime Minister and
# Fisheries Minister Jo Marta Roe``.
_TITLE_JOINERS = _vocabulary("""and of the for""")

# How many words past the usual reach a chain of titles before a name may add.
_TITLE_CHAIN_EXTRA = 6


def _titled_name(words: Sequence[tuple[str, int, int]]) -> bool:
    """Whether ``words`` are a chain of capitalised titles ending in a name, longer than a
    speaker phrase usually is (``Peru's Deputy Prime Minister and Fisheries Minister Jo
    Marta Roe``): still the speaker, not a clause."""
    return (
        len(words) <= _MAX_SPEAKER_WORDS + _TITLE_CHAIN_EXTRA
        and _is_capitalised(words[0][0])
        and _is_capitalised(words[-1][0])
        and all(_is_capitalised(word) or word in _TITLE_JOINERS for word, _, _ in words)
    )


# Cues that may come before their subject (``said Jo Roe``); ``told Jo Roe`` names a listener.
_INVERTING = _vocabulary("""said says added adds explained explains noted notes wrote writes""")
