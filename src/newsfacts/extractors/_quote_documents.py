"""Whose words a document's are: its owner, its signer, or who issued it before.

``the statement said`` is the speaker who last spoke ``in a statement``; ``a statement`` is the
paragraph's last speaker; ``Rovers' statement`` is the Rovers'; a letter signed by someone, or
read out by someone else, is its signer's; ``a press release from the ministry`` is the
ministry's. A mixin of the phrase reader (:mod:`_quote_phrase_speakers`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from newsfacts import cues as _cues
from newsfacts.extractors._quote_phrases import _phrase_after
from newsfacts.extractors._quote_speakers import _Speaker, _SpeakerMemory
from newsfacts.extractors._quote_words import (
    _DOCUMENT_HEADS,
    _MAX_HEAD_WORDS,
    _SPEAKER_REACH,
    _is_capitalised,
)
from newsfacts.records import Span

# A word's possessive ending: ``Roe's``, ``Rovers'``.
_POSSESSIVE = regex.compile(r"['\u2019]s?\Z")


class _DocumentReader(_SpeakerMemory):
    """Finds the author of a document a cue's phrase names."""

    if TYPE_CHECKING:
        # Defined by the reader of cues (``_quote_cue_speakers._Reader``), which a document's
        # author is found with (``the statement``: whoever said the statement before).
        def speaker_before(
            self, start: int, end: int, *, outer: bool = False
        ) -> _Speaker | None: ...

        def speaker_from_phrase(self, span: Span, cue: _cues.CueMatch | None) -> _Speaker: ...

        def phrase_before(self, start: int, cue_start: int) -> Span | None: ...

    def _document_author(
        self, span: Span, words: Sequence[tuple[str, int, int]], cue: _cues.CueMatch | None
    ) -> _Speaker | None:
        """The author of a document no one is said to own: for ``the statement``, the speaker
        of the sentence that last named a statement (``Pathway said in a statement ...``);
        for ``a statement``, the last speaker, named earlier in the paragraph (``The group
        Gatsby said its director was killed. A statement said ...``)."""
        head = words[-1][0].lower()
        if (
            not 2 <= len(words) <= _MAX_HEAD_WORDS
            or words[0][0].lower() not in ("a", "an", "the")
            or head not in _DOCUMENT_HEADS
            or any(not word.isalpha() or not word.islower() for word, _, _ in words[1:])
        ):
            return None
        if words[0][0].lower() == "the":
            named = self._document_named(head, span.start)
            if named is None:
                return None
            signed = _SIGNED_BY.match(self.text, named + len(head), named + len(head) + 40)
            if signed is not None:
                # ``The mayor read from a letter signed by Jo Roe. ... continued the letter``:
                # the letter's words are its signer's, not its reader's.
                return self.document_signer(signed.end(), cue)
            found = self.speaker_before(self._sentence_start(named), named)
            if found is None:
                found = self._issuer(named)
            if found is None or found.resolution not in ("name", "alias"):
                return None
            return _Speaker(found.name, span, "description", cue, found.entity)
        last = self.last_speaker
        if last.span == span:
            return attrs.evolve(last, cue=cue)  # read already, for the cue before the quotation
        paragraph = self.paragraph_starts[
            max(0, bisect.bisect_right(self.paragraph_starts, span.start) - 1)
        ]
        if (
            last.name is None
            or last.span is None
            or last.resolution == "description"
            or not paragraph <= last.span.start < span.start
        ):
            return None
        return _Speaker(last.name, span, "description", cue, last.entity)

    def _issuer(self, named: int) -> _Speaker | None:
        """Who issued the document printed at ``named``: the subject of the verb of issuing
        before it (``the council issued a statement calling ...``)."""
        sentence = self._sentence_start(named)
        verb = _ISSUED_BEFORE.search(self.text, max(sentence, named - 60), named)
        if verb is None:
            return None
        phrase = self.phrase_before(sentence, verb.start())
        if phrase is None:
            return None
        found = self.speaker_from_phrase(phrase, None)
        return found if found.name is not None else None

    def _document_issuer(
        self, span: Span, words: Sequence[tuple[str, int, int]], cue: _cues.CueMatch | None
    ) -> _Speaker | None:
        """Who issued a document the phrase names with a participle before ``by`` (``said a
        statement issued by the Defence Ministry``): the document's words are the issuer's."""
        if len(words) < 3 or words[-2][0].lower() not in _DOCUMENT_HEADS:
            return None
        by = _BY.match(self.text, span.end, span.end + 8)
        return None if by is None else self.document_signer(by.end(), cue)

    def _document_owner_named(
        self, words: Sequence[tuple[str, int, int]], cue: _cues.CueMatch | None
    ) -> _Speaker | None:
        """The owner a possessive name gives a document (``Rovers' statement added``,
        ``Jo Roe's brief letter said``) when the entity layer does not know it as a speaker:
        the capitalised name before the possessive, read as a phrase of its own. At most one
        word may describe the document."""
        owner = next((at for at, word in enumerate(words) if _POSSESSIVE.search(word[0])), None)
        if (
            owner is None
            or len(words) - owner > 3
            or any(not _is_capitalised(word) for word, _, _ in words[: owner + 1])
            or any(not word.islower() for word, _, _ in words[owner + 1 :])
        ):
            return None
        mark = _POSSESSIVE.search(words[owner][0])
        assert mark is not None
        end = words[owner][1] + mark.start()
        if end <= words[0][1]:
            return None
        found = self.speaker_from_phrase(Span(start=words[0][1], end=end), cue)
        return found if found.name is not None else None

    def document_signer(self, position: int, cue: _cues.CueMatch | None) -> _Speaker | None:
        """The person named after ``signed by`` (``position`` is the end of ``by``), as
        the author of the document's words."""
        phrase = _phrase_after(self.text, position, position + _SIGNER_REACH)
        if phrase is None or _AND.search(self.text, phrase.start, phrase.end):
            # (``by the Organisation for Economic Cooperation and Development``: a name
            # holding ``and`` is read as two; better no signer than half of one)
            return None
        found = self.speaker_from_phrase(phrase, cue)
        return None if found.name is None else attrs.evolve(found, span=phrase)

    def read_from_signed(self, cue: _cues.CueMatch) -> _Speaker | None:
        """The signer of the document a cue of reading reads from (``The mayor read from a
        letter signed by Jo Roe``): the words are the signer's."""
        if cue.lemma != "read":
            return None
        found = _READ_FROM.match(self.text, cue.span.end, cue.span.end + 80)
        return None if found is None else self.document_signer(found.end(), cue)

    def _document_named(self, head: str, position: int) -> int | None:
        """Where the document noun ``head`` was last printed before ``position`` (nearby)."""
        low = max(0, position - _SPEAKER_REACH)
        found = -1
        for form in (head, head.capitalize()):
            at = position
            while (at := self.text.rfind(form, low, at)) > found:
                end = at + len(form)
                if not self.text[at - 1 : at].isalpha() and not self.text[end : end + 1].isalpha():
                    found = at
                    break
        return found if found >= 0 else None


# ``read from a letter signed by``, ``read out a statement written by``: what the reader reads
# is the signer's.
_READ_FROM = regex.compile(
    r"[^\S\n]++(?:(?:from|out)[^\S\n]++)?(?:a|an|the)[^\S\n]++(?:\p{Ll}+[^\S\n]++)?"
    r"(?:letter|statement|message|note|memo)[^\S\n]++(?:signed|written|sent)[^\S\n]++by\b"
)

_AND = regex.compile(r"\band\b")

# The participles that name a document's author after ``by`` (``a statement issued by``).
ISSUED = frozenset(["issued", "released", "published", "signed", "sent", "written", "put"])
_BY = regex.compile(r"[^\S\n]+(?:out[^\S\n]+)?by\b")
# A verb of issuing right before a document's noun (``issued a joint statement``).
_ISSUED_BEFORE = regex.compile(
    r"\b(?:issued|released|published|sent|posted|put[^\S\n]+out|circulated|distributed)"
    r"(?:[^\S\n]+(?:a|an|the|its|their|his|her))?(?:[^\S\n]+[\p{Ll}\-]+){0,2}[^\S\n]*\Z"
)

# How far after ``signed by`` the signer's name is read.
_SIGNER_REACH = 120

# A document whose author is named after it: ``a letter signed by``, ``a memo from``.
_SIGNED_BY = regex.compile(r"[^\S\n]++(?:(?:signed|written|sent|issued)[^\S\n]++)?(?:by|from)\b")
