"""The built-in rule-based recognizer: names with their titles, pronouns and descriptions.

Only the body is read (``article.paragraphs``): headline, bylines, dateline line, credits and
agency tags are furniture, so a byline's writer is never a person of the story. The dateline's
city is the one exception, given as a place mention of its own.

Each paragraph is cut into words once; every word gets one class from the lexicon and the
gazetteer, in this order, each step taking only the words the earlier ones left:

1. organisations: known names (*the White House*, *NATO*, the news agencies), then a run of
   capitalised words ending in an organisation head (*Foreign Ministry*, *Toyota Motor Corp.*,
   *Johns Hopkins University*), with an *of* phrase after some heads (*Bank of Japan*). A
   person's name inside such a run belongs to the organisation.
2. places of two to four words from the gazetteer (*North Korea*, *Dar es Salaam*), then
   demonyms (*North Korean*), which only qualify a title and give its ``country``.
3. honorifics, title words, acronyms (organisations unless a place such as ``U.S.``),
   initials, particles and name words.

Runs of name words of two or more are people (``names.is_person_name`` decides, a first word
that only opens the sentence is dropped: *Asked*, *Despite*). A single name word is a person
after a title or honorific (*President Trump*, *Mr. Kim*) or when it is the first or last word
of a person named in full elsewhere in the story (*Pompeo*, *Kim* for *Kim Jong-un* and for
*Sung Kim* alike); otherwise it is a place if the gazetteer knows it, a company if it opens a
company's name found elsewhere (*Toyota* for *Toyota Motor Corp.*), and nothing else.

A person's ``titles`` are the title printed before the name (*US Secretary of State*, as
printed, without a courtesy form such as *Mr.*) and an appositive role after it (*, a North
Korea expert and former US ambassador to Seoul,*, without its article). ``gender`` comes from
an honorific or a gendered role, ``country`` from the first place or demonym of the title.

Decisions: demonyms are never mentions of their own, since as adjectives they are part of a
title or a description; places inside titles are (*US* in *US Secretary of State*), and so are
organisations (*White House* in *White House press secretary*), nested in the person's span.
Place mentions leave out a leading *the* (*the Philippines* gives *Philippines*), except *the
North*/*the South*, which the gazetteer resolves only in a Korean context (a Korean place
earlier in the story or in the dateline). Organisation mentions keep it in ``text``, not in
``name``. Pronouns are the third-person ones and *its*; *it* is left out, being mostly a dummy
subject. Descriptions are *the* + title words + a role noun of the lexicon (*the minister*,
*the top US diplomat*, *the company*); unnamed sources (*a senior official*, *officials*) are
left to the attributions extractor. All-capital paragraphs are skipped: case tells nothing
there.

Everything is linear in the text: one tokenising pass, constant-width windows, dictionary
look-ups.

This module keeps the recognizer and the order of the passes; the rules live in private
modules, one job each: ``_mention_words`` (tokens, spellings, word classes, the word and
paragraph records), ``_mention_reading`` (the article's state and the reading of its
paragraphs), ``_mention_places`` and ``_mention_organizations`` (the first pass's rules for
those), ``_mention_runs`` (what the words around a run of name words say), ``_mention_titles``
(titles, appositives, descriptions), ``_mention_names`` (the first pass: classes and people's
names) and ``_mention_emit`` (the second pass: the mentions).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsfacts._collector import collector_paused
from newsfacts.entities._mention_emit import _MentionWriter

# The tokenising patterns keep their names here too: tests compare them.
from newsfacts.entities._mention_words import _ASCII_SPACED_TOKEN as _ASCII_SPACED_TOKEN
from newsfacts.entities._mention_words import _SPACED_TOKEN as _SPACED_TOKEN
from newsfacts.records import Mention

if TYPE_CHECKING:
    from newsfacts.article import Article

__all__ = ["RuleRecognizer"]


class RuleRecognizer:
    """Finds names with their titles, pronouns and definite descriptions by rule.

    >>> import newsfacts
    >>> story = "Talks\\n\\nSEOUL (AP) -- Foreign Minister Jane Roe met Mr. Lee. She left.\\n"
    >>> found = RuleRecognizer().recognize(newsfacts.parse(story))
    >>> [(m.category, m.text, m.name, m.titles) for m in found][1:]
    [('person', 'Foreign Minister Jane Roe', 'Jane Roe', ('Foreign Minister',)), \
('person', 'Mr. Lee', 'Lee', ()), ('pronoun', 'She', None, ())]
    """

    def recognize(self, article: Article) -> Iterable[Mention]:
        """Return the article's mentions, unresolved, in text order."""
        with collector_paused():  # why: see newsfacts._collector
            return _Recognition(article).run()


class _Recognition(_MentionWriter):
    """One article's recognition: its paragraphs read, then the first pass (classes and
    names) over all of them, then the second (mentions)."""

    def run(self) -> list[Mention]:
        paragraphs = [self._read(paragraph.span) for paragraph in self.article.paragraphs]
        self.paragraphs = paragraphs
        self._mark_sentence_starts(paragraphs)
        for paragraph in paragraphs:
            if paragraph is not None:
                self._classify(paragraph)
        self._dateline()
        for number, paragraph in enumerate(paragraphs):
            if paragraph is not None:
                following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
                self.next_words = following.words if following is not None else []
                self._emit(paragraph)
        self.mentions.sort(key=lambda mention: (mention.span.start, mention.span.end))
        return self.mentions
