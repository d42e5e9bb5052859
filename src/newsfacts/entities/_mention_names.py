"""The first pass over a paragraph: organisations, places and demonyms first, then the class
of every other capitalised word, then runs of name words grouped into people (or set aside as
things, credits, firms and unknown places), learning the words that name them alone later."""

from __future__ import annotations

import re

from newsfacts import abbreviations, names
from newsfacts import cues as _cues
from newsfacts.entities import lexicon
from newsfacts.entities._mention_organizations import _OrganizationFinder
from newsfacts.entities._mention_places import (
    _demonym,
    _is_country_or_continent,
    _is_place_word,
    _is_small_town,
    _opens_with_place,
    _place,
    _PlaceFinder,
)
from newsfacts.entities._mention_runs import (
    _before_role_and_name,
    _continues_name,
    _cues_a_quotation,
    _is_credit,
    _kin_before,
    _names_a_thing,
    _opens_clause,
    _plural_shaped,
    _without_dates,
)
from newsfacts.entities._mention_titles import (
    _after_title,
    _title_start,
)
from newsfacts.entities._mention_words import (
    _ACRONYM_SHAPE,
    _CLAUSE_ENDS,
    _SHAPES,
    HEAD,
    HONORIFIC,
    INITIAL,
    MARK,
    MODIFIER,
    NAME,
    ORG,
    OTHER,
    PARTICLE,
    PLACE,
    POSSESSIVE,
    SUFFIX,
    _is_given_name,
    _joined,
    _Paragraph,
    _Segment,
    _shape,
    _Word,
)

__all__ = ["_NameFinder"]

# Arabic particles printed capitalised at the head of a sentence (*Bin Laden said*): part of
# the name, though the lower-case particle is a common word of the story.
_OPENING_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "bint"})
# The particles a surname may carry against it (*al-Hariri*): the bare surname is the same
# person's (*Hariri*).
_SURNAME_PREFIXES = ("al-", "el-", "Al-", "El-", "bin-", "ibn-", "abu-", "Abu-")


# A lower-case word, then the capitalised word after it (see ``_body_names``); each match
# starts at a word's first letter and reads forward only.
_AFTER_BODY_NOUN = re.compile(r"\b([a-z]+)[ \t\n]+([A-Z][\w'\-]*)")


# How far the pronoun that confirms a person named once may stand (words).
_PRONOUN_REACH = 60
_PERSONAL_PRONOUNS = frozenset(
    key for key, gender in lexicon.PRONOUNS.items() if gender is not None
)
_NEUTER_PRONOUNS = frozenset({"its"})  # not *it*, mostly a dummy subject


class _NameFinder(_OrganizationFinder, _PlaceFinder):
    """The first pass: classes of words, and people's names."""

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
        if (
            following is not None
            and following.text in _NICKNAME_OPENERS
            and "." in word.text
            and len(word.text.replace(".", "")) <= 3
        ):
            return INITIAL  # ``C.J. "Pete" Silas``
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
            while True:
                while end + 1 < len(words) and _continues_name(words, end + 1):
                    end += 1
                surname = _after_nickname(words, end)
                if surname is None:
                    break
                end = surname  # ``C.J. "Pete" Silas``: the nickname is inside the name
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
        if first < last and words[first].key.endswith("-based"):
            # ``France-based Carrefour``: what is based somewhere is a firm or a body.
            words[first].cls = OTHER
            paragraph.add(_Segment(ORG, first + 1, last), ORG)
            return
        if first < last and words[first].key.endswith(_ORIGIN_SUFFIXES):
            words[first].cls = OTHER  # ``Toronto-born Jane Roe``: where she is from
            first += 1
        run = words[first : last + 1]
        if last - first >= 4 and any(word.cls == MARK for word in run):
            # A nickname in marks (``Marcia "Cia" Price``) stays in the name's span but is
            # neither its first nor its last word.
            nickname = {id(word) for word in _nickname_words(words, first, last)}
            for word in run:
                if id(word) in nickname:
                    word.cls = OTHER
            run = [word for word in run if id(word) not in nickname and word.cls != MARK]
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
            # ``Sub-Sahara Africa``; but a given name before it makes a surname of the place
            # (``Chuck Jordan``, ``Denzel Washington``).
            or (_is_country_or_continent(run[-1].text) and not _is_given_name(run[0]))
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
        # ``Obama Sees``, ``Veto Power Impedes``: a word that names nobody elsewhere in the
        # story (printed capitalised inside a sentence there) or is no given name is a
        # headline's word, not a name's; the words that are a name's stay.
        attested = self._attested_words()

        def named(word: _Word) -> bool:
            return word.text in attested or _is_given_name(word)

        while first <= last and not named(words[last]):
            words[last].cls = OTHER
            last -= 1
        while first <= last and not named(words[first]):
            words[first].cls = OTHER
            first += 1
        return first, last

    def _attested_words(self) -> frozenset[str]:
        """The capitalised words the story prints outside its title-case lines, inside a
        sentence or never in lower case: the words its names are made of (read once, when a
        title-case line asks)."""
        if self.attested is None:
            self.attested = frozenset(
                word.text
                for paragraph in self.paragraphs
                if paragraph is not None and not paragraph.title_case
                for word in (paragraph.words[index] for index in paragraph.capitals)
                # (a word opening a sentence counts unless the story prints it in lower case)
                if not word.initial or word.key not in self.vocabulary
            )
        return self.attested

    def _given_or_surname_christian(self, run: list[_Word]) -> bool:
        """Whether *Christian* in a run of two names is a name (*Louise Christian*,
        *Christian Wulff*), not the faith (*Christian Democrats*, *Christian Aid*): a given
        name before it, or after it a word the story never prints in lower case."""
        if len(run) != 2 or sum(word.key in lexicon.NON_PERSON_WORDS for word in run) != 1:
            return False
        first, last = run
        if last.key == "christian":
            return _is_given_name(first)
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
        comma = before > 0 and words[before].text == ","
        if comma:
            before -= 1
        if (
            before >= 0
            and words[before].lower
            and words[before].key in lexicon.FIRM_NOUNS
            # ``As an associate at a law firm, Loretta Lynch said``: a fronted phrase ends at
            # the comma, and the person opening the main clause is no firm.
            and not (comma and (_is_given_name(words[first]) or self._speaks_after(words, last)))
        ):
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

    def _speaks_after(self, words: list[_Word], last: int) -> bool:
        """Whether a verb of saying follows the word at ``last`` (``Jo Roe said``)."""
        after = words[last + 1] if last + 1 < len(words) else None
        return after is not None and after.lower and _cues.lemma_of(after.key) is not None

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
        # Bounded slices: a paragraph of any length costs at most the reach per name.
        nearby = words[index + 2 : index + 2 + _PRONOUN_REACH]
        for following in (nearby, self.next_words[:_PRONOUN_REACH]):
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
        return word.text in self.person_words or _is_given_name(word)


# Compounds that tell where someone comes from, before their name.
_ORIGIN_SUFFIXES = ("-born", "-raised", "-bred")


# The marks a nickname is set in, opening and closing.
_NICKNAME_OPENERS = frozenset("\"\u201c'\u2018")
_NICKNAME_CLOSERS = frozenset("\"\u201d'\u2019")


def _after_nickname(words: list[_Word], end: int) -> int | None:
    """The index of the surname after a nickname in marks that follows the name word at
    ``end`` (``C.J. "Pete" Silas``, ``Riefian \u201cIfan\u201d Fajarsyah``): one or two
    capitalised words between the marks, then a capitalised word."""
    # (the opening mark first: this is asked at the end of every run of name words)
    if end + 4 >= len(words) or words[end + 1].text not in _NICKNAME_OPENERS:
        return None
    if words[end].cls not in (NAME, INITIAL) or words[end + 1].start != words[end].end + 1:
        return None
    close = end + 3 if words[end + 3].text in _NICKNAME_CLOSERS else end + 4
    if close >= len(words) - 1 or words[close].text not in _NICKNAME_CLOSERS:
        return None
    inner = words[end + 2 : close]
    surname = words[close + 1]
    if not all(word.capitalised and word.cls != MARK for word in inner) or not (
        surname.capitalised and surname.cls in {NAME, HEAD, MODIFIER} and surname.group < 0
    ):
        return None
    return close + 1


def _nickname_words(words: list[_Word], first: int, last: int) -> list[_Word]:
    """The words in marks inside the name run ``words[first:last + 1]``."""
    inside = False
    found: list[_Word] = []
    for word in words[first : last + 1]:
        if word.cls == MARK:
            inside = not inside
        elif inside:
            found.append(word)
    return found
