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
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from newsfacts import abbreviations, gazetteer, names
from newsfacts import cues as _cues
from newsfacts._collector import collector_paused
from newsfacts.entities import given_names, lexicon
from newsfacts.records import Mention, Span

if TYPE_CHECKING:
    from newsfacts.article import Article

__all__ = ["RuleRecognizer"]

# The white space before a token, then the token: a dotted acronym or initials (``U.S.``,
# ``J.L.``, ``J.-P.``), a word with inner apostrophes, hyphens and ampersands (``O'Neill``,
# ``Jong-un``, ``AT&T``), or one other character. ``findall`` hands the parts over as plain
# strings (no match object per token) and the offsets follow from their lengths. A dotted
# acronym keeps its possessive (``B.C.'s``), cut off later as for any word. Each
# repetition opens with a fixed separator and the space is possessive: no backtracking.
_SPACED_TOKEN = regex.compile(
    r"(\s*+)(\p{Lu}\.(?:-?\p{Lu}\.)+(?:['\u2019]s(?![\p{L}\p{N}]))?"
    r"|[\p{L}\p{M}\p{N}]+(?:['\u2019\-&][\p{L}\p{M}\p{N}]+)*"
    r"|\S)"
)
# The same for text in ASCII (most wire copy), where ``re`` does it faster: the classes are
# what the ones above hold of ASCII (``regex``'s ``\s`` is these six characters there). The
# spaces may give back nothing to the token, which cannot start with one: no backtracking.
_ASCII_SPACED_TOKEN = re.compile(
    r"([ \t\n\x0b\x0c\r]*)([A-Z]\.(?:-?[A-Z]\.)+(?:'s(?![A-Za-z0-9]))?"
    r"|[A-Za-z0-9]+(?:['\-&][A-Za-z0-9]+)*"
    r"|[^ \t\n\x0b\x0c\r])"
)
_WORD_CHARACTER = regex.compile(r"[\p{L}\p{M}\p{N}]")
# The last character that is no space, found from the end: the tokens stop there, so that
# trailing space is never scanned once per position.
_LAST_VISIBLE = regex.compile(r"(?r)\S")
# Words that may open a pronoun or a description: the only ones that pass looks at.
_PRONOUN_OR_THE = frozenset({*lexicon.PRONOUNS, "the"})
_APOSTROPHES = frozenset("'\u2019")
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&]{1,5}|\p{Lu}\.(?:\p{Lu}\.)+")
_INITIAL = regex.compile(r"\p{Lu}\.")
# A regnal number of two letters or more (``XVI`` in *Pope Benedict XVI*): a suffix, not an
# acronym. Single letters (``I``, ``V``, ``X``) are left alone.
_REGNAL_NUMBER = regex.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
# Arabic particles printed capitalised at the head of a sentence (*Bin Laden said*): part of
# the name, though the lower-case particle is a common word of the story.
_OPENING_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "bint"})
# The particles a surname may carry against it (*al-Hariri*): the bare surname is the same
# person's (*Hariri*).
_SURNAME_PREFIXES = ("al-", "el-", "Al-", "El-", "bin-", "ibn-", "abu-", "Abu-")
_UPPER_LETTER = regex.compile(r"\p{Lu}")
_LOWER_RUNS = regex.compile(r"\p{Ll}+")
_PLURAL_ACRONYM = regex.compile(r"\p{Lu}{2,}s")
# Words a full stop belongs to (``Mr.``, ``Gen.``, ``Corp.``, ``Jr.``), as printed.
_DOTTED = abbreviations.TITLES | abbreviations.ABBREVIATIONS
_OPENING_MARKS = frozenset("\"\u201c\u2018'([\u2014\u2013:`")
_CLAUSE_ENDS = frozenset(",.;:)\u2014\u2013")
_DETERMINERS = frozenset({"the", "a", "an"})
# Words before a place that opens a run of three names or more (*representative in Abidjan
# John Doe*, *Governor of Washington Jane Roe*): the place is no first name there.
_BEFORE_PLACES = frozenset({"the", "in", "of", "at", "from", "near"})
_APPOSITIVE_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
_COMPLEMENT_CONNECTORS = frozenset({"of", "to", "for", "on", "at"})
_OF_CONNECTORS = frozenset({"of", "for", "on"})
_COMPANY_HEADS = frozenset(
    {"corp", "corporation", "inc", "incorporated", "co", "cos", "ltd", "llc", "plc", "ag", "gmbh"}
)
_KOREA = frozenset({"KR", "KP"})
# A paragraph of a few words, all capitalised but these, is set in title case.
_TITLE_CASE_WORDS = 20
_TITLE_CASE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "by", "with"}
    | {"from", "as", "vs", "nor"}
)
_FIRM_HEADS = _COMPANY_HEADS | {"group", "holdings"}
# First word of each known organisation -> the numbers of words its names have, widest first.
_KNOWN_WIDTHS: dict[str, tuple[int, ...]] = {}
for _name in lexicon.KNOWN_ORGANIZATIONS:
    _first, _width = _name.split()[0], len(_name.split())
    _KNOWN_WIDTHS[_first] = tuple(sorted({*_KNOWN_WIDTHS.get(_first, ()), _width}, reverse=True))
_MAX_TITLE_WORDS = 12
_MAX_APPOSITIVE_WORDS = 14
_MAX_PLACE_WORDS = 4
_MAX_ORGANIZATION_WORDS = 8  # before the head

# Word classes.
OTHER, NAME, PLACE, ORG, DEMONYM, HEAD, MODIFIER, HONORIFIC = range(8)
INITIAL, PARTICLE, SUFFIX, POSSESSIVE, MARK = range(8, 13)
_DEAD = -1

_TITLE_CLASSES = frozenset({PLACE, ORG, DEMONYM, HEAD, MODIFIER, HONORIFIC, POSSESSIVE})
_NAME_CLASSES = frozenset({NAME, INITIAL, PARTICLE, SUFFIX})


class _Word:
    """A token of a paragraph with its class; ``group`` ties the words of one name together."""

    __slots__ = (
        "capitalised",
        "cls",
        "country",
        "end",
        "group",
        "initial",
        "key",
        "lower",
        "start",
        "text",
    )

    # A paragraph makes one word per token: the fields its spelling settles come in one
    # tuple (unpacked here, which is cheaper than passing them one by one).
    def __init__(self, spelling: _Spelling, start: int, end: int) -> None:
        self.text, self.key, self.lower, self.capitalised, self.cls, _, _, _ = spelling
        self.start = start
        self.end = end
        self.initial = False  # opens a sentence
        self.group = -1  # index of the segment (name, place, organisation) holding the word
        self.country: str | None = None


def _spelled(text: str, start: int, end: int) -> _Word:
    """The word ``text`` at ``start``."""
    return _Word(_SPELLINGS.get(text) or _spelling(text), start, end)


# What a token's spelling alone tells: the token, its key, whether it is in lower case,
# whether it is capitalised, its class where that needs no context (a lower-case word's, or
# ``MARK`` for punctuation, which is never capitalised since no letter opens it), whether
# it is a pronoun or *the*, how the reader takes it (``_AS_IS``...), and whether the passes
# that look for names visit it (``_may_name``). Remembered across articles, since most tokens
# are frequent words; emptied when it grows too big.
_Spelling = tuple[str, str, bool, bool, int, bool, int, bool]
_SPELLINGS: dict[str, _Spelling] = {}
_MAX_SPELLINGS = 200_000


def _spelling(text: str) -> _Spelling:
    key = text.rstrip(".").casefold()
    if key == text:
        key = text  # one string, not two equal ones: a word touches less memory
    lower = text.islower()
    capitalised = text[0].isupper() or (not lower and names.is_capitalised(text))
    kind = _token_kind(text)
    cls = MARK if kind == _MARK_TOKEN else OTHER
    if lower:
        if key in lexicon.TITLE_HEADS:
            cls = HEAD
        elif key in lexicon.TITLE_MODIFIERS:
            cls = MODIFIER
        elif names.is_particle(text):
            cls = PARTICLE
    if len(_SPELLINGS) >= _MAX_SPELLINGS:
        _SPELLINGS.clear()
    cue = key in _PRONOUN_OR_THE
    visited = _may_name(text, key, lower, capitalised)
    known = _SPELLINGS[text] = (text, key, lower, capitalised, cls, cue, kind, visited)
    return known


def _may_name(text: str, key: str, lower: bool, capitalised: bool) -> bool:
    """Whether a token may be or open a name, a title or an organisation: a capitalised one,
    or one neither capitalised nor in lower case (``1987``, ``mid-May``, ``non-EC``: a third of
    the others in wire copy) that its class by shape or an honorific's makes a title word."""
    if lower:
        return False
    return capitalised or key in lexicon.HONORIFICS or _shape(text, key) != OTHER


# How the reader takes a token: a word as it stands, a mark, a word with a possessive ``'s``
# (cut off as a word of its own), or a word a full stop after it may belong to (``Mr.``,
# ``Corp.``, an initial).
_AS_IS, _MARK_TOKEN, _POSSESSIVE_TOKEN, _TAKES_STOP = range(4)


def _all_capitals(
    text: str, first: int, stop: int, lower_words: int, upper_bound: int | None = None
) -> bool:
    """Whether ``text[first:stop]`` is set in capitals: more than 12 capital letters, and more
    than three for every lower-case one. A paragraph of ``lower_words`` lower-case words has
    at least as many lower-case letters, and at most ``upper_bound`` capital letters (when
    known), which mostly settles it without counting them."""
    if upper_bound is not None and (upper_bound <= 12 or upper_bound <= 3 * lower_words):
        return False
    upper = len(_UPPER_LETTER.findall(text, first, stop))
    if upper <= 12 or upper <= 3 * lower_words:
        return False
    return upper > 3 * sum(map(len, _LOWER_RUNS.findall(text, first, stop)))


def _token_kind(token: str) -> int:
    if len(token) == 1 and not _WORD_CHARACTER.match(token):
        return _MARK_TOKEN
    if len(token) > 2 and token[-1] in "sS" and token[-2] in _APOSTROPHES:
        return _POSSESSIVE_TOKEN  # (``B.C.'s`` too)
    if "." in token:
        return _AS_IS  # a dotted acronym
    if token in _DOTTED or (len(token) == 1 and token.isupper()):
        return _TAKES_STOP
    return _AS_IS


# The class a word not in lower case has by its shape alone (``_ACRONYM_SHAPE``: it depends
# on the words around it), remembered like spellings.
_ACRONYM_SHAPE = -2
_SHAPES: dict[str, int] = {}


def _shape(text: str, key: str) -> int:
    if key in lexicon.TITLE_HEADS:
        shape = HEAD
    elif key in lexicon.TITLE_MODIFIERS:
        shape = MODIFIER
    elif (names.is_suffix(text) and key not in {"i", "v"}) or _REGNAL_NUMBER.fullmatch(text):
        shape = SUFFIX
    elif _INITIAL.fullmatch(text):
        shape = INITIAL
    elif _ACRONYM.fullmatch(text) and text.upper() == text:
        shape = _ACRONYM_SHAPE
    elif _PLURAL_ACRONYM.fullmatch(text):
        shape = OTHER  # ``MPs``, ``NGOs``: people or things, not an organisation
    elif text.isupper() and len(text) > 6:
        shape = OTHER
    else:
        shape = NAME if names.is_capitalised(text) else OTHER
    if len(_SHAPES) >= _MAX_SPELLINGS:
        _SHAPES.clear()
    _SHAPES[text] = shape
    return shape


class _Segment:
    """Consecutive words that make one name: a person, place, organisation or demonym."""

    __slots__ = ("category", "country", "first", "last", "titled")

    def __init__(self, category: int, first: int, last: int, country: str | None = None) -> None:
        self.category = category
        self.first = first
        self.last = last  # inclusive
        self.country = country
        self.titled = False


class _Paragraph:
    __slots__ = ("capitals", "cues", "owners", "segments", "title_case", "words")

    def __init__(
        self, words: list[_Word], capitals: list[int], cues: list[int], title_case: bool = False
    ) -> None:
        self.words = words
        # Set in title case, like a headline (``Hillary Clinton Speaks Out On Trade``): a
        # capitalised verb there is no name word.
        self.title_case = title_case
        # The indices of capitalised words with a possessive after them (``Canada's``).
        self.owners: list[int] = []
        # The indices of the words that may open or be a name (``_may_name``): the passes
        # that look for names visit them alone (a sixth of the words).
        self.capitals = capitals
        # The indices of pronouns and of *the*, which may open a description.
        self.cues = cues
        self.segments: list[_Segment] = []

    def add(self, segment: _Segment, cls: int) -> None:
        """Record ``segment``; a segment it swallows (*UN* in *UN Security Council*) dies."""
        number = len(self.segments)
        self.segments.append(segment)
        for word in self.words[segment.first : segment.last + 1]:
            if word.group >= 0:
                self.segments[word.group].category = _DEAD
            word.group = number
            word.cls = cls
            word.country = segment.country


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


class _Recognition:
    """The state of one article's recognition: its paragraphs and what the first pass learnt."""

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

    def run(self) -> list[Mention]:
        paragraphs = [self._read(paragraph.span) for paragraph in self.article.paragraphs]
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

    # Reading -----------------------------------------------------------------------------

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

    # First pass: classes ----------------------------------------------------------------

    def _classify(self, paragraph: _Paragraph) -> None:
        words = paragraph.words
        self._known_organizations(paragraph)
        self._headed_organizations(paragraph)
        self._places_and_demonyms(paragraph)
        self._described_organizations(paragraph)
        last = len(words) - 1
        for index in paragraph.capitals:  # a lower-case word's class came with its spelling
            word = words[index]
            if word.group < 0 and word.cls == OTHER:
                word.cls = self._word_class(word, words[index + 1] if index < last else None)
        self._names(paragraph)
        if paragraph.segments:
            self._partnerships(paragraph)

    @staticmethod
    def _partnerships(paragraph: _Paragraph) -> None:
        """Name words joined by *and* or *&* right after a person and *of* name a firm of
        partners, not more people: *Thom Brown of Butcher and Singer*, *Jo Roe of Smith &
        Jones*. Not places (*of Britain and France*)."""
        words = paragraph.words
        for segment in list(paragraph.segments):
            at = segment.last + 1
            if segment.category != NAME or at + 3 >= len(words):  # of, a name, and, a name
                continue
            if words[at].key != "of" or not words[at].lower:
                continue
            first = index = at + 1
            joined = named = False
            while index < len(words) and index - first < _MAX_ORGANIZATION_WORDS:
                word = words[index]
                if _partner_word(word):
                    named = named or word.cls == NAME
                    index += 1
                elif (
                    (word.text == "&" or (word.key == "and" and word.lower))
                    and index > first
                    and index + 1 < len(words)
                    and _partner_word(words[index + 1])
                ):
                    joined = True
                    index += 1
                else:
                    break
            if joined and named and _partner_word(words[index - 1]):
                paragraph.add(_Segment(ORG, first, index - 1), ORG)

    def _known_organizations(self, paragraph: _Paragraph) -> None:
        words = paragraph.words
        free = 0  # the first word not inside an organisation found here
        for index in paragraph.capitals:
            word = words[index]
            widths = _KNOWN_WIDTHS.get(word.text)
            if widths is None or index < free or not word.text[:1].isupper():
                continue
            found = 0
            for width in widths:
                # A width past the paragraph's end would join fewer words than it counts.
                if index + width > len(words):
                    continue
                if _joined(words, index, index + width) in lexicon.KNOWN_ORGANIZATIONS:
                    found = width
                    break
            if found and not (found == 1 and word.initial and word.key in self.vocabulary):
                paragraph.add(_Segment(ORG, index, index + found - 1), ORG)
                free = index + found

    def _headed_organizations(self, paragraph: _Paragraph) -> None:
        words = paragraph.words
        for index in paragraph.capitals:
            word = words[index]
            if word.key not in lexicon.ORGANIZATION_HEADS or word.group >= 0:
                continue
            if not word.text[:1].isupper() or (word.text.isupper() and len(word.text) > 3):
                continue
            first = index
            # Bounded, so that a long run of capitalised heads stays linear.
            joined = False
            while first > 0 and index - first < _MAX_ORGANIZATION_WORDS:
                if _organization_word(words[first - 1]):
                    first -= 1
                elif first > 1 and _joins_organization(words, first - 1):
                    first -= 2  # ``Immigration and Naturalization Service``
                    joined = True
                elif joined and first > 1 and _lists_organization_word(words, first - 1):
                    first -= 2  # ``Meteorology, Climatology and Geophysics Agency``
                else:
                    break
            last = self._of_phrase(words, index) if word.key in lexicon.OF_HEADS else index
            while last + 1 < len(words) and words[last + 1].key in _COMPANY_HEADS:
                last += 1
            if first == index and last == index:
                continue
            if _joined(words, first, last + 1) in lexicon.EXTRA_PLACES:
                continue
            paragraph.add(_Segment(ORG, first, last), ORG)
            # ``China National Chemicals Corp`` makes no company of every ``China``.
            if (
                word.key in _COMPANY_HEADS
                and first < index
                and not _is_country_or_continent(words[first].text)
            ):
                self.company_words.add(words[first].text)
            if word.key in _FIRM_HEADS and index - first >= 2:
                self.firm_names.add(_joined(words, first, index))  # ``Kinder Morgan`` Inc.

    @staticmethod
    def _of_phrase(words: list[_Word], head: int) -> int:
        """The last word of an *of* phrase after an organisation head, or the head itself."""
        index = head + 1
        if index >= len(words) or words[index].key not in _OF_CONNECTORS or words[index].group >= 0:
            return head
        index += 1
        if index < len(words) and words[index].key == "the" and words[index].lower:
            index += 1
        last = head
        seen_place = False
        while index < len(words) and words[index].group < 0:
            word = words[index]
            following = words[index + 1] if index + 1 < len(words) else None
            if word.key in lexicon.TITLE_HEADS and following is not None and following.capitalised:
                break  # ``Bank of Japan Governor Haruhiko Kuroda``
            if (
                word.capitalised
                and (names.is_capitalised(word.text) or word.text.isupper())  # not ``Monday``
                and word.key not in lexicon.HONORIFICS
            ):
                if seen_place and not _is_place_word(word.text):
                    break  # ``University of Texas Arlington Amneh Jafari``: a name follows
                seen_place = seen_place or _is_place_word(word.text)
                last = index
            elif not (word.key in {"and", "&"} and last == index - 1):
                break
            index += 1
        return last

    def _places_and_demonyms(self, paragraph: _Paragraph) -> None:
        words = paragraph.words
        for index in paragraph.capitals:
            word = words[index]
            if word.group >= 0 or not word.capitalised:
                continue  # the words of a place just found are taken too
            opens_place, opens_demonym, demonym = _OPENINGS.get(word.text) or _opening(word.text)
            if opens_place:
                width, country = self._place_at(words, index)
                if width:
                    self.korean = self.korean or country in _KOREA
                    paragraph.add(_Segment(PLACE, index, index + width - 1, country), PLACE)
                    continue
            if not (opens_demonym or demonym):
                continue  # the common case, settled by the word alone
            width, country = _demonym_at(words, index)
            if width:
                self.korean = self.korean or country in _KOREA
                paragraph.add(_Segment(DEMONYM, index, index + width - 1, country), DEMONYM)

    @staticmethod
    def _described_organizations(paragraph: _Paragraph) -> None:
        """A country or demonym before a lower-case organisation noun names an organisation:
        *the Cuban government*, *Kenyan police*, *the Canadian foreign ministry*. Not when a
        title follows (*foreign ministry spokesman*): that is the person's title."""
        words = paragraph.words
        for segment in list(paragraph.segments):
            if segment.category not in {PLACE, DEMONYM}:
                continue
            index = segment.last + 1
            while (
                index < len(words)
                and index - segment.last <= 2
                and words[index].lower
                and words[index].key in lexicon.TITLE_MODIFIERS
                and words[index].key not in lexicon.ORGANIZATION_DESCRIPTIONS
            ):
                index += 1
            if index >= len(words) or index - segment.last > 2:
                continue
            head = words[index]
            if not (head.lower and head.key in lexicon.ORGANIZATION_DESCRIPTIONS):
                continue
            after = words[index + 1] if index + 1 < len(words) else None
            if after is not None and after.cls in {HEAD, MODIFIER}:
                continue
            paragraph.add(_Segment(ORG, segment.first, index), ORG)

    def _place_at(self, words: list[_Word], index: int) -> tuple[int, str | None]:
        """The widest place of two words or more starting at ``index`` (width 0 if none)."""
        for width in range(_window(words, index, _MAX_PLACE_WORDS), 1, -1):
            if not words[index + width - 1].capitalised:
                continue
            joined = _joined(words, index, index + width)
            if joined in lexicon.EXTRA_PLACES:
                return width, lexicon.EXTRA_PLACES[joined]
            place = _place(joined)
            if place is not None:
                return width, place.country
        return 0, None

    def _word_class(self, word: _Word, following: _Word | None) -> int:
        """The class of a word not in lower case, from its shape and the word after it."""
        if word.key in lexicon.HONORIFICS and following is not None and following.capitalised:
            return HONORIFIC
        shape = _SHAPES.get(word.text)
        if shape is None:
            shape = _shape(word.text, word.key)
        return self._acronym_class(word, following) if shape == _ACRONYM_SHAPE else shape

    def _acronym_class(self, word: _Word, following: _Word | None) -> int:
        place = _place(word.text) if len(word.text) > 1 else None
        if place is not None and (
            place.category == "country" or "." in word.text or len(word.text) > 3
        ):  # ``U.S.``, ``D.C.``, ``GAZA``; ``PA`` or ``AP`` are no places
            word.country = place.country
            return PLACE
        before_name = (
            following is not None
            and following.cls == OTHER
            and (
                following.group < 0
                and names.is_capitalised(following.text)
                and not following.text.isupper()
            )
        )
        if before_name and len(word.text.replace(".", "")) <= 3:
            return INITIAL  # ``MA Aziz``, ``J.L. Edmonson``
        bare = word.text.replace(".", "")
        if bare in lexicon.NON_ORGANIZATION_ACRONYMS or any(char.isdigit() for char in bare):
            return OTHER
        if word.key in self.vocabulary or word.key in lexicon.SENTENCE_OPENERS:
            return OTHER  # an English word set in capitals for emphasis (``UNLESS``)
        return ORG

    def _names(self, paragraph: _Paragraph) -> None:
        """Group name words into people; learn the words that name them alone later."""
        words = paragraph.words
        free = 0  # the first word after the last run
        for index in paragraph.capitals:
            if index < free or words[index].cls not in {NAME, INITIAL}:
                continue
            end = index
            while end + 1 < len(words) and _continues_name(words, end + 1):
                end += 1
            self._name_run(paragraph, index, end)
            free = end + 1

    def _name_run(self, paragraph: _Paragraph, first: int, last: int) -> None:
        words = paragraph.words
        opener = words[first]
        if (
            opener.initial
            and opener.cls == NAME
            and (
                _cues_a_quotation(self.text, opener.start, words[last].end)
                if opener.key in lexicon.NAME_LIKE_CUES
                else self._opens_sentence_only(opener)
            )
            and not (opener.key in _OPENING_PARTICLES and first < last)
        ):
            opener.cls = OTHER
            first += 1
        first, last = _without_dates(words, first, last)
        if paragraph.title_case:
            first, last = self._without_title_case_words(words, first, last)
        if first > last:
            return
        # Caption and label words (``Image``, ``EXCLUSIVE``) stand against names, never in them;
        # the one word they leave is part of a label (``Getty Images``), not a name. A label
        # inside the run ends before the name (``via Getty Images Jane Roe``).
        for inner in range(last - 1, first, -1):
            if words[inner].key in lexicon.CAPTION_WORDS:
                for word in words[first:inner]:
                    word.cls = OTHER
                first = inner
                break
        length = last - first
        while last >= first and words[last].key in lexicon.CAPTION_WORDS:
            words[last].cls = OTHER
            last -= 1
        while first <= last and words[first].key in lexicon.CAPTION_WORDS:
            words[first].cls = OTHER
            first += 1
        if last - first < length and first == last:
            words[first].cls = OTHER
            return
        while first <= last and words[first].cls == PARTICLE:
            first += 1
        while last >= first and words[last].cls == PARTICLE:
            last -= 1
        if first > last:
            return
        if last - first >= 2 and words[first].cls == NAME and _opens_with_place(words, first):
            first += 1  # ``the Philippines Sung Kim``: a place, then a name
        run = words[first : last + 1]
        if len(run) == 2 and run[1].key in lexicon.OUTLET_WORDS and _is_place_word(run[0].text):
            paragraph.add(_Segment(ORG, first, last), ORG)  # ``Edmonton Sun``
            return
        if len(run) > 1 and _names_a_thing(words, first, last):
            for word in run:
                word.cls = OTHER  # ``the Space Shuttle Columbia``, ``the aid ship, Mavi Marmara``
            return
        if len(run) > 1 and self._unknown_place(words, first, last):
            paragraph.add(_Segment(PLACE, first, last), PLACE)  # ``in Novi Travnik``
            return
        if len(run) > 1 and _is_credit(words, first, last):
            for word in run:
                word.cls = OTHER  # a photographer: ``(Photo: Jane Roe/Reuters)``
            return
        if len(run) > 1 and _before_role_and_name(words, last):
            # ``Maple Leafs forward Auston Matthews``: a team or firm qualifying a role.
            paragraph.add(_Segment(ORG, first, last), ORG)
            return
        if len(run) > 1 and self._names_firm(words, first, last):
            paragraph.add(_Segment(ORG, first, last), ORG)  # ``investment bank Goldman Sachs``
            self.firm_names.add(_joined(words, first, last + 1))
            return
        if (
            len(run) > 1
            and run[0].cls == NAME
            and all(word.cls == SUFFIX for word in run[1:])
            and first > 0
            and words[first - 1].key in lexicon.REGNAL_TITLES
        ):
            paragraph.add(_Segment(NAME, first, last), NAME)  # ``King Abdullah II``
            self.person_words.add(run[0].text)
            return
        if len(run) == 1:
            if run[0].cls == INITIAL:
                run[0].cls = OTHER
            elif _after_title(words, first):
                self.person_words.add(run[0].text)
            return
        if (
            (
                any(word.key in lexicon.NON_PERSON_WORDS for word in run)
                and not self._given_or_surname_christian(run)
            )
            or run[0].key in lexicon.GROUP_ADJECTIVES  # ``Black Train Porters``: described
            or len(run[-1].text) < 2  # ``Hepatitis B``
            or sum(word.cls != SUFFIX for word in run) < 2  # ``Level VI``
            or _is_country_or_continent(run[-1].text)  # ``Sub-Sahara Africa``
            or not names.is_person_name([word.text for word in run])
        ):
            for word in run:
                word.cls = OTHER
            return
        segment = _Segment(NAME, first, last)
        paragraph.add(segment, NAME)
        core = [word for word in run if word.cls == NAME]
        titled = _title_start(words, first) is not None
        for word in (core[0], core[-1]):
            # A titled person's words beat a small town's (``Prime Minister Kamal Ahmed``).
            if _demonym(word.text) is None and (
                not _is_place_word(word.text) or (titled and _is_small_town(word.text))
            ):
                self.person_words.add(word.text)
        self.person_words.add(core[-1].text)
        if core[-1].text.startswith(_SURNAME_PREFIXES):  # ``Hariri`` for ``Saad al-Hariri``
            self.person_words.add(core[-1].text.split("-", 1)[1])

    def _without_title_case_words(
        self, words: list[_Word], first: int, last: int
    ) -> tuple[int, int]:
        """A run of a title-case line without the verbs and common words at its ends that
        the story prints in lower case elsewhere, or that are reporting verbs (``Hillary
        Clinton Speaks Out`` -> ``Hillary Clinton``); two words at least are kept."""

        def common(word: _Word) -> bool:
            key = word.key
            return (
                key in self.vocabulary
                or key in lexicon.HEADLINE_WORDS
                or _cues.lemma_of(key, broad=True) is not None
            )

        while last - first >= 2 and common(words[last]):
            words[last].cls = OTHER
            last -= 1
        while last - first >= 2 and common(words[first]):
            words[first].cls = OTHER
            first += 1
        return first, last

    def _given_or_surname_christian(self, run: list[_Word]) -> bool:
        """Whether *Christian* in a run of two names is a name (*Louise Christian*,
        *Christian Wulff*), not the faith (*Christian Democrats*, *Christian Aid*): a given
        name before it, or after it a word the story never prints in lower case."""
        if len(run) != 2 or sum(word.key in lexicon.NON_PERSON_WORDS for word in run) != 1:
            return False
        first, last = run
        if last.key == "christian":
            return first.key in given_names.FEMALE_GIVEN_NAMES or (
                first.key in given_names.MALE_GIVEN_NAMES
            )
        return first.key == "christian" and last.key not in self.vocabulary

    def _unknown_place(self, words: list[_Word], first: int, last: int) -> bool:
        """Whether a run after *in*, *near*... names a place (no one known, no possessive)."""
        before = words[first - 1] if first > 0 else None
        if before is None or not before.lower or before.key not in lexicon.LOCATIVES:
            return False
        if _is_place_word(words[first].text):
            return False  # ``in Syria Imad al-Alami``: a known place, then a name
        after = words[last + 1] if last + 1 < len(words) else None
        return (after is None or after.cls != POSSESSIVE) and not any(
            word.text in self.person_words for word in words[first : last + 1]
        )

    def _names_firm(self, words: list[_Word], first: int, last: int) -> bool:
        """Whether a run of two names or more is a firm's: a known one (*Morgan Stanley*) or
        one printed with a company word elsewhere, or by the words around it: a noun of
        businesses before it (*investment bank Goldman Sachs*, *the company, Kinder Morgan*),
        or after it what only a business has (*Lockheed Martin shares rose*, *Kinder Morgan's
        chief executive*)."""
        name = _joined(words, first, last + 1)
        if name in lexicon.FIRM_NAMES or name in self.firm_names:
            return True
        before = first - 1
        if before > 0 and words[before].text == ",":
            before -= 1
        if before >= 0 and words[before].lower and words[before].key in lexicon.FIRM_NOUNS:
            return True
        after = last + 1
        if after < len(words) and words[after].cls == POSSESSIVE:
            after += 1
            if after < len(words) and words[after].lower:
                key = words[after].key
                if key in lexicon.FIRM_POSSESSIONS:
                    return True
                following = words[after + 1] if after + 1 < len(words) else None
                return key == "chief" and following is not None and following.key == "executive"
            return False
        if after + 1 < len(words) and words[after].key in {"shares", "stock"}:
            return words[after].lower and words[after + 1].key in lexicon.MARKET_VERBS
        return False

    def _named_once(self, words: list[_Word], index: int) -> bool:
        """Whether a lone name word no rule knows names a person by the words around it: a
        family noun before it (*his wife, Ann*), a verb of speech before it that ends the
        clause (*said Roe.*), or one after it when the word alone opens the clause (*Roe
        said*, *"...," Roe said*) and looks like no plural (*Dealers said*). Companies speak so
        too (*Kodak said*), but most are printed with their company word somewhere, which
        makes them companies first."""
        word = words[index]
        if word.key in self.vocabulary or word.text.isupper():
            return False
        if _kin_before(words, index) is not None:
            return True
        after = words[index + 1] if index + 1 < len(words) else None
        previous = words[index - 1] if index > 0 else None
        if (
            previous is not None
            and previous.lower
            and previous.key in lexicon.SPEECH_VERBS
            and (after is None or after.text in _CLAUSE_ENDS)
        ):
            return True
        return (
            after is not None
            and after.lower
            and after.key in lexicon.SPEECH_VERBS
            and _opens_clause(words, index)
            and not _plural_shaped(word.key)
            and self._he_or_she_next(words, index)
            and word.text not in self._body_names()
        )

    def _he_or_she_next(self, words: list[_Word], index: int) -> bool:
        """Whether *he* or *she* (*his*, *her*...) is the next reference to someone after
        ``index``, in its paragraph or the next one, before any *its* or other name
        (``Fujimori said ... . He also confirmed``; not ``Kodak said its profit rose``)."""
        word = words[index]
        seen = 0
        for following in (words[index + 2 :], self.next_words):
            for other in following:
                if seen >= _PRONOUN_REACH:
                    return False
                seen += 1
                key = other.key
                if key in _PERSONAL_PRONOUNS:
                    return True
                if key in _NEUTER_PRONOUNS or (other.cls == NAME and other.text != word.text):
                    return False
        return False

    def _body_names(self) -> frozenset[str]:
        """The capitalised words the story prints right after a noun of bodies (*the rights
        group Memorial*), found in one pass over the text the first time they are asked."""
        if self.body_names is None:
            self.body_names = frozenset(
                match.group(2)
                for match in _AFTER_BODY_NOUN.finditer(self.text)
                if match.group(1).casefold() in lexicon.BODY_NOUNS
            )
        return self.body_names

    def _opens_sentence_only(self, word: _Word) -> bool:
        """Whether a capitalised word is there only because it opens a sentence."""
        return (
            # ``Making``, ``Speaking``; but not a surname in -ing of someone named in full
            # (``Henning said`` after ``Paul Henning``) nor a given name (``Sterling``).
            (len(word.key) > 5 and word.key.endswith("ing") and not self._known_name(word))
            or word.key in lexicon.SENTENCE_OPENERS
            or word.key in lexicon.CUE_OPENERS
            or word.key in abbreviations.SENTENCE_STARTERS
            or word.key in self.vocabulary
            or word.text in abbreviations.SENTENCE_STARTERS
        )

    def _known_name(self, word: _Word) -> bool:
        """Whether a word names someone whatever its place: a word of a person named in full
        earlier, or a given name."""
        return (
            word.text in self.person_words
            or word.key in given_names.MALE_GIVEN_NAMES
            or word.key in given_names.FEMALE_GIVEN_NAMES
        )

    # Second pass: mentions ---------------------------------------------------------------

    def _dateline(self) -> None:
        dateline = self.article.dateline
        if dateline is None or dateline.place_span is None or not dateline.city:
            return
        start = dateline.place_span.start
        city = dateline.city
        if self.text[start : start + len(city)] != city:
            return
        place = None
        if dateline.region:
            place = gazetteer.resolve(city, country_hint=dateline.region)
        place = place or gazetteer.resolve(city)
        if place is None:
            return
        self.korean = self.korean or place.country in _KOREA
        span = Span(start=start, end=start + len(city))
        self.mentions.append(
            Mention(
                span=span,
                text=city,
                category="place",
                name=city,
                name_span=span,
                country=place.country,
            )
        )

    def _emit(self, paragraph: _Paragraph) -> None:
        words = paragraph.words
        taken: set[int] = set()  # words inside a person's or description's span
        last = len(words) - 1
        for index in paragraph.capitals:
            word = words[index]
            if word.group >= 0:
                continue
            if word.cls == NAME:
                self._single(paragraph, index)
            elif (
                word.cls in {MODIFIER, HEAD}
                and word.text in self.person_words
                and word.text[:1].isupper()
                and (index == last or not words[index + 1].capitalised)
                and (index == 0 or words[index - 1].cls != NAME)  # (``Hun Sen``: the name)
            ):
                # ``Tory said``, ``Mayor Tory`` after ``John Tory``: a title word that is the
                # surname of someone the story named in full.
                word.cls = NAME
                self._single(paragraph, index)
        firm_names = self.firm_names
        for segment in list(paragraph.segments):
            if segment.category == NAME and (
                segment.first == segment.last
                or not firm_names  # most stories name no firm: no name to join
                or _joined(words, segment.first, segment.last + 1) not in firm_names
            ):
                self._person(paragraph, segment, taken)
            elif segment.category == NAME:
                self._organization(paragraph, segment)  # ``Kinder Morgan``, once ``Inc.``
            elif segment.category == ORG:
                self._organization(paragraph, segment)
            elif segment.category == PLACE:
                self._place(words, segment)
        for index in paragraph.capitals:  # single words: ``U.S.``, ``NATO``, ``Tokyo``
            word = words[index]
            if word.cls == PLACE and word.group < 0:
                self._place(words, _Segment(PLACE, index, index, word.country))
            elif word.cls == ORG and word.group < 0:
                self._organization(paragraph, _Segment(ORG, index, index))
        self._pronouns_and_descriptions(words, paragraph.cues, taken)
        if paragraph.owners:
            self._owned_descriptions(paragraph, taken)

    def _single(self, paragraph: _Paragraph, index: int) -> None:
        """Decide what a lone name word is: a person, a company's short name, a place or none."""
        words = paragraph.words
        word = words[index]
        place = _place(word.text)
        titled = _after_title(words, index)
        if titled and (place is None or words[index - 1].text[:1].isupper()):
            paragraph.add(_Segment(NAME, index, index), NAME)  # ``President Bush``, ``leader Kim``
            return
        if word.key in lexicon.GROUP_ADJECTIVES and _before_noun(words, index):
            word.cls = OTHER  # ``Black workers``, though the story names Jack Black
            return
        if word.text in self.person_words:
            paragraph.add(_Segment(NAME, index, index), NAME)
            return
        if word.initial and self._opens_sentence_only(word):
            word.cls = OTHER
        elif (
            index > 1
            and words[index - 1].key in _KIN_OR_COMMA
            and _owned_kin_before(words, index)
            and word.key not in self.vocabulary
            and not word.text.isupper()
            and not _is_country_or_continent(word.text)
        ):
            # ``Her husband, George, said``: someone's family noun names a person, even one
            # whose name a town somewhere bears (not ``its trade partner Germany``).
            paragraph.add(_Segment(NAME, index, index), NAME)
            self.person_words.add(word.text)
        elif word.text in self.company_words or word.text in self._firm_words():
            paragraph.add(_Segment(ORG, index, index), ORG)  # ``Peabody`` of ``Kidder Peabody``
        elif word.text in lexicon.EXTRA_PLACES:
            word.cls, word.country = PLACE, lexicon.EXTRA_PLACES[word.text]
        elif place is not None:
            word.cls, word.country = PLACE, place.country
            self.korean = self.korean or place.country in _KOREA
        elif self._the_north(words, index):
            word.cls = PLACE
        elif self._named_once(words, index):
            paragraph.add(_Segment(NAME, index, index), NAME)
            self.person_words.add(word.text)
        else:
            word.cls = OTHER

    def _firm_words(self) -> frozenset[str]:
        """The words of the firms named after people in the story (*Kidder*, *Peabody*):
        alone, they name the firm, not a town. Not a given name (*John* of *John Deere*), a
        generic word (*National*), nor the words of a firm named after a country or a city
        larger than a small town (*Tokyo Electric Power*, *China National Chemicals*)."""
        if self.firm_words is None or self.firm_words[0] != len(self.firm_names):
            words = {
                word
                for name in self.firm_names
                if all(_is_small_town(part) or not _is_place_word(part) for part in name.split())
                for word in name.split()
            }
            self.firm_words = (
                len(self.firm_names),
                frozenset(
                    word
                    for word in words
                    if word.casefold() not in given_names.MALE_GIVEN_NAMES
                    and word.casefold() not in given_names.FEMALE_GIVEN_NAMES
                    and word.casefold() not in lexicon.GENERIC_FIRST_WORDS
                ),
            )
        return self.firm_words[1]

    def _the_north(self, words: list[_Word], index: int) -> bool:
        word = words[index]
        if index == 0 or words[index - 1].key != "the" or word.key not in {"north", "south"}:
            return False
        place = gazetteer.resolve(f"the {word.text}", country_hint="KR" if self.korean else None)
        if place is None:
            return False
        word.country = place.country
        return True

    def _person(self, paragraph: _Paragraph, segment: _Segment, taken: set[int]) -> None:
        words = paragraph.words
        first, last = segment.first, segment.last
        title_start = _title_start(words, first)
        titles: list[str] = []
        gender: lexicon.Gender | None = None
        country: str | None = None
        start = first
        if title_start is not None:
            start = title_start
            title_words = words[title_start:first]
            gender = _gender(title_words)
            country = _country(title_words)
            kept = list(title_words)
            while kept and kept[-1].cls == HONORIFIC and kept[-1].key in lexicon.COURTESY:
                kept.pop()  # ``Mr.`` is a form of address, not a title
            if kept:
                titles.append(_printed(self.text, kept[0].start, kept[-1].end))
        if gender is None and (kin := _kin_before(words, start, last)) is not None:
            gender = lexicon.KIN_GENDERS.get(kin)  # ``his wife, Ann``: a woman
        appositive = _appositive(words, last)
        if appositive is not None:
            titles.append(_printed(self.text, words[appositive[0]].start, words[appositive[1]].end))
            gender = gender or _gender(words[appositive[0] : appositive[1] + 1])
        taken.update(range(start, last + 1))
        name_span = Span(start=words[first].start, end=words[last].end)
        span = name_span if start == first else Span(start=words[start].start, end=name_span.end)
        self.mentions.append(
            Mention(
                span=span,
                text=span.of(self.text),
                category="person",
                name=name_span.of(self.text),
                name_span=name_span,
                titles=titles,
                gender=gender,
                country=country,
            )
        )

    def _organization(self, paragraph: _Paragraph, segment: _Segment) -> None:
        words = paragraph.words
        first = segment.first
        name_span = Span(start=words[first].start, end=words[segment.last].end)
        span = name_span
        if first > 0 and words[first - 1].key == "the":
            span = Span(start=words[first - 1].start, end=name_span.end)
        self.mentions.append(
            Mention(
                span=span,
                text=span.of(self.text),
                category="organization",
                name=name_span.of(self.text),
                name_span=name_span,
            )
        )

    def _place(self, words: list[_Word], segment: _Segment) -> None:
        if segment.country in _KOREA:
            self.korean = True
        first = segment.first
        start = words[first].start
        if words[first].key in {"north", "south"} and first > 0 and words[first - 1].key == "the":
            start = words[first - 1].start
        span = Span(start=start, end=words[segment.last].end)
        text = span.of(self.text)
        self.mentions.append(
            Mention(
                span=span,
                text=text,
                category="place",
                name=text,
                name_span=span,
                country=segment.country,
            )
        )

    def _pronouns_and_descriptions(
        self, words: list[_Word], cues: list[int], taken: set[int]
    ) -> None:
        for index in cues:
            word = words[index]
            if word.cls == MARK or index in taken or word.group >= 0:
                continue
            if word.key in lexicon.PRONOUNS and (word.lower or word.text[1:].islower()):
                span = Span(start=word.start, end=word.end)
                self.mentions.append(
                    Mention(
                        span=span,
                        text=word.text,
                        category="pronoun",
                        gender=lexicon.PRONOUNS[word.key],
                    )
                )
            elif word.key == "the" and not word.text.isupper():
                found = _description(words, index)
                if found is not None:
                    head_words = words[index + 1 : found + 1]
                    span = Span(start=word.start, end=words[found].end)
                    self.mentions.append(
                        Mention(
                            span=span,
                            text=span.of(self.text),
                            category="description",
                            titles=(_printed(self.text, head_words[0].start, span.end),),
                            gender=_gender(head_words),
                            country=_country(head_words),
                        )
                    )

    def _owned_descriptions(self, paragraph: _Paragraph, taken: set[int]) -> None:
        """A place's role with no name after it is a description, like one opened by *the*
        (``Canada's ambassador said``, ``Scotland's first minister``): the place gives its
        country."""
        words = paragraph.words
        for owner in paragraph.owners:
            word = words[owner]
            owned = owner + 1
            if word.cls != PLACE or owned in taken:
                continue
            found = _description(words, owned)
            if found is None:
                continue
            first = owner
            if word.group >= 0:
                first = _segment_first(words, owner)
            self._owned_description(words, first, owned, found, word.country)

    def _owned_description(
        self, words: list[_Word], first: int, owned: int, last: int, country: str | None
    ) -> None:
        head_words = words[owned + 1 : last + 1]
        span = Span(start=words[first].start, end=words[last].end)
        self.mentions.append(
            Mention(
                span=span,
                text=span.of(self.text),
                category="description",
                titles=(_printed(self.text, head_words[0].start, span.end),),
                gender=_gender(head_words),
                country=country or _country(head_words),
            )
        )


# Helpers on words ----------------------------------------------------------------------------


def _possessive(text: str, start: int, end: int) -> _Word:
    word = _spelled(text, start, end)
    word.cls = POSSESSIVE
    return word


def _is_credit(words: list[_Word], first: int, last: int) -> bool:
    """Whether the name at ``first``..``last`` credits a photographer: printed against a
    slash (*Jane Roe/Reuters*, *THE CANADIAN PRESS/Jane Roe*) or after a caption word and a
    link (*Photo: Jane Roe*, *Photo by Jane Roe*, *AP Photo/Jane Roe*)."""
    if last + 2 < len(words) and words[last + 1].text == "/" and words[last + 2].capitalised:
        return True
    if first >= 2 and words[first - 1].text == "/" and words[first - 2].capitalised:
        return True  # ``THE CANADIAN PRESS/Jane Roe``, ``(Instagram/Jane Roe)``
    after = words[last + 1] if last + 1 < len(words) else None
    return (
        first >= 2
        and words[first - 1].key in lexicon.CREDIT_LINKS
        and words[first - 2].key in lexicon.CAPTION_WORDS
        and (after is None or not after.lower)  # ``FILE PHOTO: Jane Roe speaks``: the subject
    )


def _before_noun(words: list[_Word], index: int) -> bool:
    """Whether the word at ``index`` stands before a lower-case word that is no verb of the
    few a person's surname is mostly followed by (*said*, *was*, *has*)."""
    after = words[index + 1] if index + 1 < len(words) else None
    return (
        after is not None
        and after.lower
        and after.key not in lexicon.SPEECH_VERBS
        and after.key not in lexicon.AUXILIARIES
    )


def _without_dates(words: list[_Word], first: int, last: int) -> tuple[int, int]:
    """The run ``first``..``last`` without the months that are also given names where they
    are dates: after a word of time (*the June summit*, *since May*) or before a number
    (*Moscow April 13*). Returns ``first > last`` when nothing is left."""
    if first > last:
        return first, last
    opener = words[first]
    if (
        opener.key in lexicon.NAME_MONTHS
        and first > 0
        and words[first - 1].key in lexicon.BEFORE_DATES
    ):
        opener.cls = OTHER
        first += 1
    for index in range(first, last + 1):
        if (
            words[index].key in lexicon.NAME_MONTHS
            and index + 1 < len(words)
            and words[index + 1].text[:1].isdigit()
        ):
            for word in words[index : last + 1]:
                word.cls = OTHER
            return first, index - 1
    return first, last


def _joined(words: list[_Word], start: int, stop: int) -> str:
    if stop - start == 1:
        return words[start].text  # a third of the calls: no string to build
    # A list, not a generator: ``join`` makes one of it anyway.
    return " ".join([word.text for word in words[start:stop]])


@functools.lru_cache(maxsize=65_536)
def _place(name: str) -> gazetteer.Place | None:
    """The gazetteer's place for ``name`` without a hint, remembered across articles."""
    return gazetteer.resolve(name)


@functools.lru_cache(maxsize=65_536)
def _demonym(name: str) -> gazetteer.Place | None:
    """The gazetteer's demonym look-up, with a cache wide enough for every capitalised word."""
    return gazetteer.demonym(name)


# Cheap tests that tell most runs of capitalised words from place names and demonyms of two
# words or more, by their first word, before the gazetteer is asked about the whole run.
_EXTRA_PLACE_OPENERS = frozenset(name.split(" ")[0] for name in lexicon.EXTRA_PLACES)


def _gazetteer_openers() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the gazetteer's names, and of its demonyms, of two words or more."""
    return gazetteer.multiword_openers()


def _first_key_word(word: str) -> str:
    return gazetteer.normalize_name(word).split(" ")[0]


@functools.lru_cache(maxsize=65_536)
def _may_open_place(word: str) -> bool:
    """Whether a place name of two words or more can start with ``word``: the gazetteer's key
    of a run starts with the key of its first word. A leading *the* may be dropped by the
    gazetteer (*the Hague*), so it may always open one."""
    if word.casefold() == "the":
        return True
    first = _first_key_word(word)
    return not first or first in _gazetteer_openers()[0]


@functools.lru_cache(maxsize=65_536)
def _may_open_demonym(word: str) -> bool:
    """Whether a demonym of two words or more can start with ``word`` (*South African*)."""
    first = _first_key_word(word)
    return not first or first in _gazetteer_openers()[1]


# What a capitalised word tells about the places and demonyms it may open: whether a place
# of two words or more may start with it, the same for a demonym, and whether it is a
# demonym alone (no acronym: ``US`` stays a place). Remembered, as spellings are.
_Opening = tuple[bool, bool, bool]
_OPENINGS: dict[str, _Opening] = {}


def _opening(text: str) -> _Opening:
    if len(_OPENINGS) >= _MAX_SPELLINGS:
        _OPENINGS.clear()
    opening = _OPENINGS[text] = (
        text in _EXTRA_PLACE_OPENERS or _may_open_place(text),
        _may_open_demonym(text),
        not _ACRONYM.fullmatch(text) and _demonym(text) is not None,
    )
    return opening


def _is_country_or_continent(text: str) -> bool:
    place = _place(text)
    return place is not None and place.category in {"country", "continent"}


def _is_place_word(text: str) -> bool:
    return _place(text) is not None


# A town this small that shares a word with a person the story names (*Kamal*, *Lawson*) is
# far likelier to be that person again: the story would say which town it meant.
_SMALL_TOWN = 100_000


def _is_small_town(text: str) -> bool:
    place = _place(text)
    return (
        place is not None
        and place.category == "city"
        and place.capital is None
        and (place.population or 0) < _SMALL_TOWN
    )


def _opens_with_place(words: list[_Word], index: int) -> bool:
    """Whether the word at ``index`` is a place rather than a first name (*George*, *Jordan*)."""
    place = _place(words[index].text)
    if place is None:
        return False
    before = words[index - 1].key if index > 0 else None
    return place.category == "country" or before in _BEFORE_PLACES


def _names_a_thing(words: list[_Word], first: int, last: int) -> bool:
    """Whether the run at ``first`` names a thing, by the word before it: a lower-case
    article (*the Mavi Marmara*: people go without one) or a noun of things (*the carrier
    John F. Kennedy*, *the aid ship, Mavi Marmara*)."""
    before = words[first - 1] if first > 0 else None
    if before is None or not before.lower:
        return False
    if before.text == "," and first > 1:
        return words[first - 2].lower and words[first - 2].key in lexicon.THING_NOUNS
    if before.key in _DETERMINERS:
        # ``Chancellor of the Exchequer Nigel Lawson``: the article belongs to a title; ``the
        # Tom Cruise video``: a person's name qualifies the noun after it.
        if (
            first > 2
            and words[first - 2].key in lexicon.TITLE_CONNECTORS
            and words[first - 3].cls in {HEAD, MODIFIER}
        ):
            return False
        return not _qualifies_noun(words, last)
    return before.key in lexicon.THING_NOUNS


def _qualifies_noun(words: list[_Word], last: int) -> bool:
    """Whether the run ending at ``last`` stands before a lower-case noun (a long word that
    ends like no verb: *video*, *era*, not *sailed*, *arrives*)."""
    after = words[last + 1] if last + 1 < len(words) else None
    if after is None or not after.lower or len(after.text) <= 3:
        return False
    return not after.text.endswith(("ed", "s"))


def _window(words: list[_Word], index: int, widest: int) -> int:
    """How many words from ``index`` (at most ``widest``) can be one name: capitalised words
    and short lower-case links (``Dar es Salaam``, ``Gulf of Mexico``) not taken yet."""
    stop = min(len(words), index + widest)
    end = index
    while end < stop:
        word = words[end]
        if word.group >= 0 or word.cls == MARK or not (word.capitalised or len(word.text) <= 3):
            break
        end += 1
    return end - index


def _demonym_at(words: list[_Word], index: int) -> tuple[int, str | None]:
    widest = _window(words, index, 3)
    if widest > 1 and not _may_open_demonym(words[index].text):
        widest = 1  # no look-up of every run of capitalised words
    for width in range(widest, 0, -1):
        chunk = words[index : index + width]
        if not chunk[-1].capitalised or (width == 1 and _ACRONYM.fullmatch(chunk[0].text)):
            continue  # ``US``, ``U.S.`` as adjectives are still the country's name: places
        place = _demonym(_joined(words, index, index + width))
        if place is None:
            continue
        following = words[index + width] if index + width < len(words) else None
        if (
            width == 1
            and chunk[0].text in lexicon.DEMONYM_FIRST_NAMES
            and following is not None
            and _plain_name_word(following)
        ):
            return 0, None  # ``Dane Smith``: a first name, not a nationality
        return width, place.country
    return 0, None


def _plain_name_word(word: _Word) -> bool:
    key = word.key
    return (
        word.group < 0
        and word.cls == OTHER
        and names.is_capitalised(word.text)
        and key not in lexicon.TITLE_HEADS
        and key not in lexicon.TITLE_MODIFIERS
        and key not in lexicon.ORGANIZATION_HEADS
    )


def _partner_word(word: _Word) -> bool:
    """Whether a word may name a partner of a firm (*Butcher*, *Singer*): a capitalised name
    or title word of no other name, and no place but a small town (*Hale* of *Hale & Dorr*)."""
    return (
        word.group < 0
        and word.cls in {NAME, HEAD, MODIFIER}
        and word.text[:1].isupper()
        and (not _is_place_word(word.text) or _is_small_town(word.text))
    )


def _organization_word(word: _Word) -> bool:
    """Whether a word before an organisation head belongs to the organisation's name."""
    if (word.cls in {MARK, POSSESSIVE, NAME} and word.group >= 0) or word.cls == MARK:
        return False
    if not word.text[:1].isupper() or word.key in lexicon.HONORIFICS:
        return False
    if word.initial and (
        word.key in lexicon.SENTENCE_OPENERS or word.text in abbreviations.SENTENCE_STARTERS
    ):
        return False
    return word.key not in {"the", "a", "an", "and", "of"}


def _joins_organization(words: list[_Word], index: int) -> bool:
    """Whether the *and* (or *&*) at ``index`` joins two words of one organisation's name: a
    capitalised word before it that is no place (*Britain and Ireland Office* is not one)."""
    link, before = words[index], words[index - 1]
    if not ((link.key == "and" and link.lower) or link.text == "&"):
        return False
    return (
        _organization_word(before)
        and before.group < 0
        and not before.initial
        and not _is_place_word(before.text)
    )


def _lists_organization_word(words: list[_Word], index: int) -> bool:
    """Whether the comma at ``index`` joins a word of a list in an organisation's name whose
    last item an *and* joins (``Meteorology, Climatology and Geophysics Agency``)."""
    item = words[index - 1]
    before = words[index - 2] if index >= 2 else None
    return (
        words[index].text == ","
        and _organization_word(item)
        and item.group < 0
        and names.is_capitalised(item.text)  # no ``In January, ...``
        and not _is_place_word(item.text)
        and (before is None or not before.lower or before.key in {"the", "of", "for"})
    )


# A quotation closed right before a word (``."``, ``,”``, ``''``) ...
_CLOSED_QUOTATION_BEFORE = re.compile(r"(?:[.,!?;]['\"\u201d\u2019]|'')[ \t]*\Z")
# ... or opened right after a run of words, past a comma or colon, maybe with a short
# appositive between (``, "``, ``, the mayor: "``); bounded, so nothing backtracks far.
_QUOTATION_AFTER = re.compile(
    r"[ \t]*(?:,[^\"\u201c\u201d`]{0,100}?[,:]|[,:])[ \t\n]*(?:[\"\u201c\u2018]|``)"
)


def _cues_a_quotation(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` stand next to a quotation as a reporting clause
    does: one just closed before them, or one opened after them (*Said Roe, "..."*). A
    reporting verb that is also a given name (*Said*) is a verb only there."""
    return (
        _CLOSED_QUOTATION_BEFORE.search(text, max(0, start - 6), start) is not None
        or _QUOTATION_AFTER.match(text, end) is not None
    )


def _continues_name(words: list[_Word], index: int) -> bool:
    word = words[index]
    if word.cls in {NAME, INITIAL, SUFFIX}:
        return word.group < 0
    if word.cls == PARTICLE:
        # ``de Santis``, and two particles in a row: ``van der Pluijm``, ``de la Cruz``.
        after = index + 1
        if after + 1 < len(words) and words[after].cls == PARTICLE:
            after += 1
        return after < len(words) and words[after].cls == NAME
    if word.cls in {HEAD, MODIFIER} and word.group < 0 and word.text[:1].isupper():
        following = words[index + 1] if index + 1 < len(words) else None
        if following is None or not (
            following.capitalised or following.key in lexicon.TITLE_CONNECTORS
        ):
            word.cls = NAME  # ``John Major``, ``Adel Imam``, ``Segolene Royal``: a surname
            return True
    return False


def _after_title(words: list[_Word], index: int) -> bool:
    """Whether the word before ``index`` is a title head or an honorific."""
    if index == 0:
        return False
    before = words[index - 1]
    return before.cls == HONORIFIC or (before.cls == HEAD and before.group < 0)


def _title_start(words: list[_Word], name: int) -> int | None:
    """Where the title before the name at ``name`` starts, or ``None`` when there is none."""
    index = name - 1
    start: int | None = None
    count = 0
    while index >= 0 and count < _MAX_TITLE_WORDS:
        word = words[index]
        if word.cls in _TITLE_CLASSES or (word.key in lexicon.TITLE_CONNECTORS and word.lower):
            if word.group >= 0 and word.cls != NAME:
                index = _segment_first(words, index)
            start = index
            index -= 1
            count += 1
            continue
        break
    if start is None:
        return None
    if index >= 0 and words[index].cls in _NAME_CLASSES:
        # Right after another name, what comes before an *and* is that name's (*King Abdullah
        # II of Jordan and Queen Rania*): the title starts after it.
        for link in range(start, name):
            if words[link].key == "and" and words[link].lower:
                start = link + 1
                break
    while start < name and (
        words[start].cls in {POSSESSIVE, OTHER} or words[start].key in lexicon.TITLE_CONNECTORS
    ):
        start += 1
    # A role with its complement is someone else's (``a lawyer for Jo Roe``, ``spokesman for
    # President Bush``): the name's own title, if any, starts after the connector.
    for link in range(name - 1, start - 1, -1):
        if words[link].key in _COMPLEMENT_CONNECTORS and words[link].lower:
            after = link + 1
            if after < name and words[after].key == "the" and words[after].lower:
                after += 1
            if after == name or words[after].cls in {HEAD, HONORIFIC}:
                start = after
            break
    heads = [i for i in range(start, name) if words[i].cls in {HEAD, HONORIFIC}]
    if not heads:
        return None
    tail = heads[-1] + 1
    if tail < name and words[tail].key not in _COMPLEMENT_CONNECTORS:
        return None
    return start


def _segment_first(words: list[_Word], index: int) -> int:
    group = words[index].group
    while index > 0 and words[index - 1].group == group:
        index -= 1
    return index


_RELATIVES = frozenset({"that", "who", "which", "whose", "where", "whom"})


def _titled_here(words: list[_Word], index: int) -> bool:
    """Whether the name word at ``index`` opens a name with a title of its own right before
    it (``Secretary of State Condoleezza Rice``), not a role's complement (``for Spitzer``)."""
    before = words[index - 1]
    return before.group != words[index].group and before.cls in {HEAD, HONORIFIC, MODIFIER}


# A US lawmaker's party and state after the name (``D-Calif``, ``R-Texas``, ``I-Vt``).
_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z]{1,12}")


def _appositive(words: list[_Word], last: int) -> tuple[int, int] | None:
    """The role after ``Name,`` (``a North Korea expert``), as first and last word, or None."""
    index = last + 1
    if index >= len(words) or words[index].text != ",":
        return None
    index += 1
    if index + 1 < len(words) and _PARTY_AND_STATE.fullmatch(words[index].text):
        # ``Rep. Jo Roe, D-Calif., the incoming chairwoman``: the role is after the party.
        after = index + 1
        if words[after].text == ".":
            after += 1
        if after >= len(words) or words[after].text != ",":
            return None
        index = after + 1
    if index < len(words) and words[index].key in _APPOSITIVE_DETERMINERS and words[index].lower:
        index += 1
    first = index
    has_head = complement = False
    while index < len(words) and index - first < _MAX_APPOSITIVE_WORDS:
        word = words[index]
        if word.cls == MARK and word.text in _CLAUSE_ENDS:
            break
        if complement and word.lower and word.key in _RELATIVES:
            break  # ``chairwoman of the subcommittee that handles ...``: the role ends
        if word.cls == HEAD:
            has_head = True
        elif has_head and word.lower and word.key in _COMPLEMENT_CONNECTORS:
            complement = True  # ``a lawyer for the family``: any noun phrase completes it
        elif complement and word.cls == NAME and word.group >= 0 and _titled_here(words, index):
            return None  # ``Laura Bush, US Secretary of State Condoleezza Rice and ...``: a list
        elif complement and (word.cls != MARK or word.text == "-"):
            pass
        elif not (
            word.cls in _TITLE_CLASSES
            or word.key in lexicon.TITLE_CONNECTORS
            or word.key in lexicon.DESCRIPTION_HEADS
        ):
            return None
        index += 1
    else:
        if index < len(words):
            return None
    if not has_head or index == first:
        return None
    ending = index - 1
    while ending > first and words[ending].key in lexicon.TITLE_CONNECTORS:
        ending -= 1
    return first, ending


def _description(words: list[_Word], the: int) -> int | None:
    """The last word of a definite description opened by ``the`` at ``the``, or ``None``."""
    index = the + 1
    last_head: int | None = None
    while index < len(words):
        word = words[index]
        if word.cls in {NAME, MARK}:
            break
        if word.group >= 0 and word.cls != NAME:
            index = _segment_last(words, index) + 1
            continue
        if (
            word.cls not in {HEAD, MODIFIER, DEMONYM, PLACE}
            and word.key not in lexicon.DESCRIPTION_HEADS
        ):
            break
        if word.key in lexicon.DESCRIPTION_HEADS and word.group < 0:
            last_head = index
        index += 1
    if last_head is None or last_head != index - 1:
        return None
    following = words[index] if index < len(words) else None
    if following is not None and following.cls in {NAME, INITIAL}:
        return None  # a title before a name, already part of the person
    if following is not None and following.key in {"of", "for"} and following.lower:
        after = index + 1
        stop = after
        while (
            stop < len(words)
            and words[stop].cls in {MODIFIER, PLACE, ORG}
            and (words[stop].text[:1].isupper())
        ):
            stop += 1
        if stop > after:
            return stop - 1
    return last_head


def _segment_last(words: list[_Word], index: int) -> int:
    group = words[index].group
    while index + 1 < len(words) and words[index + 1].group == group:
        index += 1
    return index


def _kin_before(words: list[_Word], index: int, last: int | None = None) -> str | None:
    """The family noun in lower case right before the name at ``index`` (to ``last``),
    maybe past a comma when the name is set off as an apposition (``his wife, Ann,``, ``her
    son Omar``; not ``with his mother, Roe was put through``), or ``None``."""
    before = index - 1
    if before > 0 and words[before].text == ",":
        after = (index if last is None else last) + 1
        if after < len(words) and words[after].text not in _CLAUSE_ENDS:
            return None
        before -= 1
    if before < 0:
        return None
    word = words[before]
    return word.key if word.lower and word.key in lexicon.KIN_NOUNS else None


def _opens_clause(words: list[_Word], index: int) -> bool:
    """Whether the word at ``index`` opens a sentence or a clause: first, after a sentence's
    end, a quotation mark or a comma (not *the Herald*, *group Liberty*)."""
    if words[index].initial or index == 0:
        return True
    before = words[index - 1]
    return before.cls == MARK and (before.text in _OPENING_MARKS or before.text in ",'\u201d`")


# Endings of a plural noun (*Dealers*, *Economists*; *Silas*, *Cyrus*, *Ross* are kept) or of
# a contraction (*I'm*): a word ending so is no surname here.
_PLURAL_ENDINGS = regex.compile(r"(?<![aiousy])s\Z|['\u2019]\p{Ll}*\Z")

# A lower-case word, then the capitalised word after it (see ``_body_names``); each match
# starts at a word's first letter and reads forward only.
_AFTER_BODY_NOUN = re.compile(r"\b([a-z]+)[ \t\n]+([A-Z][\w'\-]*)")


# How far the pronoun that confirms a person named once may stand (words).
_PRONOUN_REACH = 60
_PERSONAL_PRONOUNS = frozenset(
    key for key, gender in lexicon.PRONOUNS.items() if gender is not None
)
_NEUTER_PRONOUNS = frozenset({"its"})  # not *it*, mostly a dummy subject


def _plural_shaped(key: str) -> bool:
    return _PLURAL_ENDINGS.search(key) is not None


def _before_role_and_name(words: list[_Word], last: int) -> bool:
    """Whether a lower-case title head and then a capitalised word follow ``last``: the run
    ending there qualifies someone's role (``Maple Leafs forward Auston Matthews``)."""
    role, name = last + 1, last + 2
    return (
        name < len(words)
        and words[role].cls == HEAD
        and words[role].lower
        and words[name].capitalised
    )


def _owned_kin_before(words: list[_Word], index: int) -> bool:
    """Whether a family noun owned by someone stands right before ``index`` (``her husband,
    George``, ``Smith's wife Ann``)."""
    if _kin_before(words, index) is None:
        return False
    kin = index - 2 if words[index - 1].text == "," else index - 1
    owner = words[kin - 1] if kin > 0 else None
    return owner is not None and (owner.cls == POSSESSIVE or owner.key in _OWNING_PRONOUNS)


_OWNING_PRONOUNS = frozenset({"his", "her", "their", "my", "our", "your"})
# What stands right before a name after a family noun (a quick test before ``_kin_before``).
_KIN_OR_COMMA = lexicon.KIN_NOUNS | {","}


def _gender(words: Iterable[_Word]) -> lexicon.Gender | None:
    for word in words:
        if word.cls == HONORIFIC:
            gender = lexicon.HONORIFICS[word.key]
            if gender is not None:
                return gender
        gendered = lexicon.GENDERED_ROLES.get(word.key)
        if gendered is not None:
            return gendered
    return None


def _country(words: Iterable[_Word]) -> str | None:
    for word in words:
        if word.cls in {PLACE, DEMONYM} and word.country is not None:
            return word.country
    return None


def _printed(text: str, start: int, end: int) -> str:
    """The text between two offsets with its white space collapsed (wrapped wire copy)."""
    return " ".join(text[start:end].split())
