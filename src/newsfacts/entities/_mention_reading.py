"""The state of one article's recognition, and its reading: each paragraph cut into words
once (all-capital paragraphs skipped), and the words that open a sentence flagged."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsfacts.entities._mention_words import (
    _ASCII_SPACED_TOKEN,
    _LAST_VISIBLE,
    _MARK_TOKEN,
    _OPENING_MARKS,
    _POSSESSIVE_TOKEN,
    _PRONOUN_OR_THE,
    _SPACED_TOKEN,
    _SPELLINGS,
    MARK,
    POSSESSIVE,
    _all_capitals,
    _Paragraph,
    _possessive,
    _spelling,
    _Word,
)
from newsfacts.records import Mention, Span

if TYPE_CHECKING:
    from newsfacts.article import Article

__all__ = ["_Reader"]

# A paragraph of a few words, all capitalised but these, is set in title case.
_TITLE_CASE_WORDS = 20
_TITLE_CASE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "by", "with"}
    | {"from", "as", "vs", "nor", "if", "is", "are", "be", "was", "into", "over", "after"}
    | {"amid", "about", "than", "that", "who", "up", "out", "off", "via", "per", "not"}
)


class _Reader:
    """The state of one article's recognition: its text and what the first pass learnt."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.vocabulary: set[str] = set()  # words printed in lower case somewhere
        self.person_words: set[str] = set()  # first and last words of people named in full
        self.company_words: set[str] = set()  # first words of companies
        self.firm_names: set[str] = set()  # companies' names without their company word
        self.firm_words: tuple[int, frozenset[str]] | None = None  # see ``_firm_words``
        self.korean = False
        self.body_names: frozenset[str] | None = None  # see ``_body_names``
        self.next_words: list[_Word] = []  # the words of the paragraph after the one emitted
        self.mentions: list[Mention] = []
        self.paragraphs: list[_Paragraph | None] = []  # every paragraph, read
        self.attested: frozenset[str] | None = None  # see ``_attested_words``

    def _read(self, span: Span) -> _Paragraph | None:
        text, first, stop = self.text, span.start, span.end
        last_visible = _LAST_VISIBLE.search(text, first, stop)
        if last_visible is None:
            return _Paragraph([], [], [])
        stop = last_visible.end()
        words: list[_Word] = []
        capitals: list[int] = []
        cues: list[int] = []
        owners: list[int] = []
        append = words.append
        lower_keys: list[str] = []  # the vocabulary learns them unless the paragraph is all caps
        spellings = _SPELLINGS
        claimed = first  # a full stop taken by the word before it (``Mr.``) is no mark
        position = first
        tokenizer = _ASCII_SPACED_TOKEN if text[first:stop].isascii() else _SPACED_TOKEN
        new_word = object.__new__
        # At least as many letters as the capital letters (``_all_capitals``): those of the
        # tokens not in lower case, which have all of them.
        upper_bound = 0
        for space, token in tokenizer.findall(text, first, stop):
            start = position + len(space)
            position = end = start + len(token)
            spelling = spellings.get(token) or _spelling(token)
            if spelling[6]:  # the few tokens that are not a word as it stands
                kind = spelling[6]
                if kind == _MARK_TOKEN:
                    if start >= claimed:
                        append(_Word(spelling, start, end))
                    continue
                if kind == _POSSESSIVE_TOKEN:
                    cut = end - 2  # a possessive ``'s`` is a word of its own
                    owned = spellings.get(token[:-2]) or _spelling(token[:-2])
                    owner = _Word(owned, start, cut)
                    if owned[7]:
                        capitals.append(len(words))
                    if owner.key in _PRONOUN_OR_THE:
                        cues.append(len(words))
                    append(owner)
                    if owned[7]:
                        owners.append(len(words) - 1)  # a capitalised owner: ``Canada's``
                    append(_possessive(token[-2:], cut, end))
                    upper_bound += len(token)
                    continue
                if text.startswith(".", end):  # _TAKES_STOP
                    end += 1
                    claimed = end
                    spelling = spellings.get(token + ".") or _spelling(token + ".")
            # The word is made here rather than by ``_Word(...)``: a paragraph makes one per
            # token, and the call of ``__init__`` cost as much as the rest of this loop.
            word = new_word(_Word)
            word.text, word.key, word.lower, word.capitalised, word.cls, cue, _, visited = spelling
            word.start = start
            word.end = end
            word.initial = False
            word.group = -1
            word.country = None
            if spelling[2]:  # in lower case
                lower_keys.append(spelling[1])
            else:
                upper_bound += len(token)
                if visited:
                    capitals.append(len(words))
            if cue:  # a pronoun or *the*
                cues.append(len(words))
            append(word)
        if _all_capitals(text, first, stop, len(lower_keys), upper_bound):
            return None  # case cannot tell names apart
        self.vocabulary.update(lower_keys)
        title_case = (
            len(capitals) >= 3
            and len(words) <= _TITLE_CASE_WORDS
            and all(key in _TITLE_CASE_SMALL_WORDS for key in lower_keys)
        )
        paragraph = _Paragraph(words, capitals, cues, title_case)
        paragraph.owners = owners
        return paragraph

    def _mark_sentence_starts(self, paragraphs: list[_Paragraph | None]) -> None:
        """Flag the words that open a sentence, or follow an opening quotation mark.

        Only the words that may be names are asked (``_Paragraph.capitals``): a word opens a
        sentence when it is its paragraph's first word, or a sentence starts after the word
        before it (marks aside).
        """
        starts = [sentence.span.start for sentence in self.article.sentences]
        for paragraph in paragraphs:
            if paragraph is None:
                continue
            words = paragraph.words
            for index in paragraph.capitals:
                word = words[index]
                before = index - 1
                if before >= 0 and words[before].text in _OPENING_MARKS:
                    word.initial = True
                    continue
                while before >= 0 and words[before].cls in {MARK, POSSESSIVE}:
                    before -= 1
                if before < 0:
                    word.initial = True
                    continue
                following = bisect.bisect_right(starts, words[before].start)
                word.initial = following < len(starts) and starts[following] <= word.start
