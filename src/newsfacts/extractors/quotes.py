"""The built-in ``quotes`` extractor: every quotation of the body, with its speaker and cue.

Three steps, each with its own module:

1. :mod:`newsfacts.quotemarks` pairs the quotation marks of each body paragraph (the headline
   is not searched), joining a quotation that runs over several paragraphs into one.
2. Here, each quotation is read in its sentence. A quotation split by its attribution
   (``"We are," she said, "making progress."``) becomes one record with two parts. Titles of
   works, nicknames and scare quotes are dropped; what is left is ``direct`` (a sentence or more
   of speech: it opens a sentence, or a cue and a colon or comma introduce it, or it is a whole
   capitalised sentence) or ``partial`` (a fragment woven into the reporter's sentence).
3. The speaker is found by the cue (:mod:`newsfacts.cues`) next to the quotation: after it
   (``"...," she said``, ``"...," said Jane Doe``), before it in the same sentence
   (``Sanders said: "..."``, ``according to X``), at the end of the sentence before it, or, for
   a paragraph with no cue of its own, the last speaker (a floating quote continues them).
   The speaker is mapped to the article's entities (``article.entity_at``) when there are any:
   the canonical name, with pronouns resolved. Without entities the name as printed is used
   (a surname is completed from a fuller form of the name earlier in the article, and ``he``
   or ``she`` is the last person named as speaker).

Every step looks at a bounded window around each quotation, so the extractor is linear in the
length of the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex

from newsfacts import abbreviations, quotemarks
from newsfacts import cues as _cues
from newsfacts.abbreviations import SENTENCE_STARTERS, TITLES
from newsfacts.article import Article
from newsfacts.entities.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from newsfacts.extractors import _quote_context as _context
from newsfacts.extractors import _quote_descriptions as _descriptions
from newsfacts.hookspecs import hookimpl
from newsfacts.records import Entity, Fact, Quote, QuoteType, Resolution, Span

__all__ = ["QuoteExtractor", "find_quotes", "newsfacts_extractors"]

# How far around a quotation its sentence is looked for (longer sentences are cut there).
_WINDOW = 400
# How many words may stand between a quotation and its cue (``," the State Department's
# deputy spokesman said``).
_MAX_SPEAKER_WORDS = 9
# How far after a cue (characters) the phrase naming its speaker is read.
_PHRASE_REACH = 400
# How many words an appositive between a speaker and the cue may hold (``," Jane Doe, director
# of studies at the Centre for Policy, said``).
_MAX_APPOSITIVE_WORDS = 30


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}.'\u2019&\-]*|[^\s\p{L}\p{N}]")
# The same words, each with the white space before it: ``findall`` hands over plain strings
# (no match object per word) and the offsets follow from their lengths, since the words and
# the spaces between them cover the text.
_SPACED_WORD = regex.compile(rf"(\s*+)({_WORD.pattern})")
# A title's point (``Mr. Banda said``) ends no sentence: a name follows it.
_TITLE_WORDS = "|".join(
    regex.escape(word)
    for word in sorted(abbreviations.TITLES | abbreviations.NEVER_FINAL, key=len, reverse=True)
)
_SENTENCE_END = regex.compile(
    rf"(?:(?<!(?<!\p{{L}})(?:{_TITLE_WORDS}))\.|[?!\u2026])"
    r"[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018`(]*\p{Lu})"
)
# Words that open a sentence before its subject.
_OPENERS = _vocabulary("""But And Yet Still However Meanwhile Instead Now So""")
# Capitalised words that often open a sentence (after an initialism that may end one).
_SENTENCE_OPENERS = _vocabulary(
    """The A An He She It They We I You In On At By For But And Or So Yet This That These
    Those There His Her Its Their Our My Some Many Most One Two Three If When While After
    Before Since As Although Though What Who Why How Officials Police"""
)
# An initialism's last point (``U.S.``), read as it ends a sentence.
_INITIALISM = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.){2,}\Z")
# A given name and a middle initial before a point (``Harry J. Kazianis``): no sentence end.
_MIDDLE_INITIAL = regex.compile(r"(?<![\p{L}\p{M}.'\u2019\-])\p{Lu}\p{Ll}+[ ]\p{Lu}\Z")
_NAME_REACH = 24  # characters read back for the given name
# A sentence going on in lower case after a closing mark: ``"We will rebuild." said Jo Roe``.
_LOWER_NEXT = regex.compile(r"[ \t]*+\p{Ll}")
_STOP_INSIDE = regex.compile(r"[.?!\u2026][)\]]*\Z")
_FULL_STOP_INSIDE = regex.compile(r"(?<!\.)\.[)\]]*\Z")
# A name run anywhere in the body: capitalised words, for completing surnames.
_NAME_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}'\u2019\-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019\-]+)+")

_PRONOUNS = _vocabulary("""he she they it we i""")
_PERSON_PRONOUNS = _vocabulary("""he she""")
# Words that end a speaker phrase read backwards from its cue (a clause starts there).
_PHRASE_STOPS = _vocabulary(
    """that which who whom whose and but or as because while when where if after before since
    though although than so then also said says told added was were is are has have had be
    been not would will could should may might can did does do this these those it's there
    here what how why now"""
)
# Words between a speaker and the cue that belong to neither (``Smith also said``).
_BETWEEN = _vocabulary(
    """also later then further again earlier previously recently repeatedly simply only just
    once has had have was is were would will already finally"""
)
# Words after an inverted cue that end the speaker (``said Jane Doe in a statement``).
_AFTER_STOPS = _vocabulary(
    """in on at during after before when while adding as who that which according to of from
    with by via last this next yesterday today tonight earlier later"""
)
_DETERMINERS = _vocabulary("""a an the his her its their our one another some two three""")
_CALENDAR = _vocabulary(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Jan. Feb. Mar. Apr. Aug. Sept.
    Sep. Oct. Nov. Dec."""
)
# Titles printed before a name; the name is what follows the last of them.
_TITLES = _vocabulary(
    """President Vice Prime Minister Secretary Mr. Mrs. Ms. Miss Dr. Gen. Sen. Rep. Gov. Lt.
    Col. Capt. Sgt. Maj. Adm. Cmdr. Cpl. Pvt. Rev. Prof. Sir Dame Lord Lady King Queen
    Prince Princess Pope Cardinal Bishop Chancellor Ambassador Premier Mayor Judge Justice
    Chief Deputy Director General Commissioner Councillor Councilor Speaker Leader Senator
    Governor Representative Attorney Chairman Chairwoman Chair President-elect Spokesman
    Spokeswoman Spokesperson Coach Officer Detective Inspector Constable Sheriff
    Superintendent Professor Minister-President Foreign Defense Defence Finance Trade
    Interior Health State Education Environment Energy Labor Labour Economy Assistant Under
    Undersecretary Envoy Commander Captain Sergeant Major Lieutenant Colonel Admiral Marshal
    Secretary-General Dr Mr Mrs Ms MP MPP MLA CEO"""
)
# The last word of an organisation's name: its titles (``State Department``) are its own.
_ORGANISATION_HEADS = _vocabulary(
    """Department Ministry Office House Agency Council Committee Party Police Service Union
    Association Commission Bank Court Board Company Corp. Corp Inc. Inc Group Government
    Army Forces Embassy University Institute Foundation Organization Organisation Federation
    Assembly Parliament Senate Congress Administration Cabinet Authority Bureau Center
    Centre Network Fund Society Church Club Team Press Times News Post Coalition Alliance
    Front Movement Guard Navy Command Tribunal Secretariat Kremlin Pentagon"""
)
# Words before a quotation that make it a name, a title or a word, not speech.
_NAMING = _vocabulary(
    """so-called dubbed nicknamed titled entitled named word words term phrase slogan hashtag
    headline banner motto label"""
)
# Prepositions that end the head of a speaker phrase (``Tim Guest with the Health Authority``).
# How far back (characters) a pronoun or a description may reach for the one it names.
_SPEAKER_REACH = 1500
# Heads of descriptions that name an organisation (``the company said``) or a person by role
# (``the lanky professor said``); kin words (``the father``) name no one the story named.
_ORGANISATION_NOUNS = _vocabulary(
    """company firm agency group organization organisation department ministry government
    commission committee council board party union school university bank airline carrier
    network maker manufacturer automaker retailer club team league association institute
    office body service utility insurer lender broker operator chain giant startup
    broadcaster publisher diocese church charity foundation coalition campaign"""
)
_ROLE_NOUNS = _vocabulary(
    """spokesman spokeswoman spokesperson professor minister mayor premier president
    senator chairman chairwoman chair director lawyer attorney economist analyst executive
    leader founder author researcher scientist judge coach governor secretary
    ambassador diplomat envoy commissioner manager prosecutor republican democrat liberal
    conservative congressman congresswoman lawmaker legislator politician councillor
    councilor ceo chief actor singer star captain owner"""
)
# Heads of descriptions of one person (``a company spokesman``): a later he or she may be them.
_PERSON_HEADS = _ROLE_NOUNS | _vocabulary(
    """official spokesman spokeswoman aide adviser advisor source expert resident witness
    officer worker employee member activist spokesperson"""
)
# Kin words: ``said his daughter, Rosa`` names her after the comma.
_KIN = _vocabulary(
    """daughter son wife husband mother father sister brother aunt uncle cousin niece nephew
    grandmother grandfather granddaughter grandson partner fiancee fiance widow widower
    friend neighbour neighbor girlfriend boyfriend stepfather stepmother"""
)
_MALE_ROLES = _vocabulary("""spokesman chairman congressman man father son husband brother""")
_FEMALE_ROLES = _vocabulary(
    """spokeswoman chairwoman congresswoman woman mother daughter wife sister"""
)
_RECENT_PEOPLE = 4  # people a pronoun without an entity may name, the latest first
_OWNER = regex.compile(r"['\u2019]s?\b")
_RELATIVES = _vocabulary("""who whose whom which""")
_POSSESSIVES = _vocabulary("""his her its their our my your""")
_HEAD_ENDS = _vocabulary("""with of at for from in""")
# Verbs of saying that open a sentence before their speaker (``Added the mayor: "..."``,
# ``Replied Roe, "..."``): the capitalised forms of the cue lexicon.
_OPENING_CUES = frozenset(
    form
    for form, cue in _cues.LEXICON.items()
    if form[:1].isupper() and cue.kind == "speech" and form.lower() in _cues.LEXICON
)
# Capitalised words that open sentences, not names (``However Smith said``); the opening
# cues are none either (``Replied Roe``), but for ``Said`` (Edward Said) and ``Sang`` (a given
# name), read as cues only where they open a sentence.
_NOT_NAME_WORDS = (
    (_OPENING_CUES - {"Said", "Sang"})
    | (SENTENCE_STARTERS - TITLES - {"Messrs"})
    | _CALENDAR
    | frozenset(
        [
            "READ",
            "MORE",
            "WATCH",
            "LISTEN",
            "RELATED",
            "UPDATE",
            "Given",
            "Story",
            "Unlike",
            "Somehow",
            "Overall",
            "Asked",
            "Speaking",
            "Like",
            "Overstating",
            "Photo",
        ]
    )
)
_NOT_SPEAKER_START = _vocabulary("""in on at for to with from by of about""")
# A paragraph that links to another story or a video (``READ MORE: 'Still in shock': ...``):
# its quotation is that story's headline, nobody's words here.
_LINK_LABEL = regex.compile(
    r"[ \t]*(?:READ MORE|READ|WATCH|BELOW|ABOVE|RELATED|LISTEN|MORE|SEE ALSO|VIDEO|PHOTOS?"
    r"|CLICK HERE)[ \t]*:"
)
# A photo credit right after the closing mark (``... in a scene from "X." (Jo Doe / AP)``):
# the quotation is part of a caption.
# The end of a photo caption: a credit in brackets (``( Jan Roe / Toronto Star )``).
_CAPTION_END = regex.compile(r"\(\s*[^()\n]{2,80}\)\s*\Z")
_PHOTO_CREDIT = regex.compile(r"[\s.,]{0,3}\(\s*[^()\n/]{2,60}/[^()\n]{2,60}\)")
# What is printed on a sign, a placard or a shirt is no one's speech.
_SIGN = regex.compile(
    r"\b(?:signs?|placards?|banners?|posters?|T-shirts?|shirts?|billboards?|stickers?|hats?)"
    r"\b[^.?!\n]{0,30}?\b(?:read|reads|reading|saying|said|says|with)[\s,:]*\Z",
    regex.IGNORECASE,
)
# A noun after a title in marks says what it names: the "Today" show, the "Screenwise" app.
_WORK_NOUNS = _vocabulary(
    """show program programme app application website site campaign book film movie series
    song album newspaper magazine podcast documentary play musical exhibition initiative
    project plan report study list column blog"""
)
# Two quotations are neighbours in a list when only commas and a conjunction part them.
# Words before a title-cased quotation that make it a name (``on "Morning Edition"``).
_TITLE_LEADS = _vocabulary("""in on from of at aboard""")
_LIST_GAP = regex.compile(r"[\s,;]*(?:(?:and|or)\s+)?\Z")
_LIST_LENGTH = 3  # a run of this many quoted items is a list of terms, signs or chants


class _CueIndex:
    """Every cue of the body, found in one pass per paragraph, looked up by position.

    The speaker search asks for the cues of many small windows; one scan of the body with
    the cue pattern is far cheaper than one scan per window.
    """

    def __init__(self, text: str, paragraphs: Sequence[Span]) -> None:
        self.cues = [
            cue
            for paragraph in paragraphs
            for cue in _cues.find_cues(text, paragraph.start, paragraph.end)
            if cue.text not in _OPENING_CUES or _opens_sentence(text, paragraph.start, cue)
        ]
        self.starts = [cue.span.start for cue in self.cues]

    def between(self, start: int, end: int) -> list[_cues.CueMatch]:
        """The cues that lie wholly inside ``[start, end)``, in text order."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end)
        return [cue for cue in self.cues[low:high] if cue.span.end <= end]


@attrs.frozen
class _Speaker:
    name: str | None
    span: Span | None
    resolution: Resolution
    cue: _cues.CueMatch | None
    entity: int | None = None


_NO_SPEAKER = _Speaker(None, None, "unresolved", None)


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    words: list[tuple[str, int, int]] = []
    append = words.append
    position = start
    for space, word in _SPACED_WORD.findall(text, start, end):
        word_start = position + len(space)
        position = word_end = word_start + len(word)
        if word[-1] == "." and len(word) > 2 and "." not in word[:-1] and word not in _TITLES:
            word, word_end = word[:-1], word_end - 1  # a full stop, not an abbreviation
        append((word, word_start, word_end))
    return words


def _is_capitalised(word: str) -> bool:
    first = word[:1]
    return first.isupper() or (first == "'" and word[1:2].isupper())


class _Reader:
    """Reads the quotations of one article; keeps what the article has told so far."""

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

    def phrase_before(self, start: int, cue_start: int) -> Span | None:
        """The noun phrase that ends right before a cue, read from ``start`` (kept)."""
        key = (start, cue_start)
        if key not in self._phrases:
            self._phrases[key] = _phrase_before(self.text, start, cue_start)
        return self._phrases[key]

    def speaker_from_phrase(self, span: Span, cue: _cues.CueMatch | None) -> _Speaker:
        """The speaker named by the phrase at ``span`` (a name, a pronoun or a description)."""
        key = (span.start, span.end, -1 if cue is None else cue.span.start)
        found = self._phrase_speakers.get(key)
        if found is None:
            found = self._phrase_speakers[key] = self._read_phrase(span, cue)
        return found

    def _read_phrase(self, span: Span, cue: _cues.CueMatch | None) -> _Speaker:
        text = span.of(self.text)
        words = self._phrase_words.get((span.start, span.end))
        if words is None:
            words = self._phrase_words[span.start, span.end] = _words(
                self.text, span.start, span.end
            )
        name = _name_in(words)
        if (
            name is not None
            and words[0][0].lower() in ("a", "an", "one")
            and words[name[1] - 1][0].lower() in _PERSON_HEADS
        ):
            # ``a senior U.S. Official``: a capitalised head noun is no name.
            return _Speaker(text, span, "description", cue)
        if name is not None and _completes_head(words, name):
            # ``a spokeswoman for the Health Authority``, ``the ambassador to Greece``: the
            # name completes a description of someone else, who speaks.
            described = self._person_described(span) if self.use_entities else None
            if described is not None:
                return _Speaker(described.name, span, "description", cue, described.id)
            holder = self._role_holder(span, words, cue) if self.use_entities else None
            if holder is not None:
                return holder
            return _Speaker(text, span, "description", cue)
        if name is not None and _name_modifies(words, name):
            # ``a U.S. official``, ``Finance officials``: the name only qualifies the head,
            # the speaker is the description (or the organisation it names whole, or the one
            # person given that role: ``the Tory co-chairman`` after ``Tory co-chairman Liam
            # Fox``).
            whole = self._whole_entity(span) if self.use_entities else None
            if whole is not None:
                return _Speaker(whole.name, span, "name", cue, whole.id)
            holder = self._role_holder(span, words, cue) if self.use_entities else None
            if holder is not None:
                return holder
            return _Speaker(text, span, "description", cue)
        if (
            self.use_entities
            and words[-1][0].lower() in _DOCUMENT_HEADS
            and len(words) <= _MAX_HEAD_WORDS + 2
            and (owner := _descriptions.document_owner(self.article, span, words)) is not None
        ):
            return _Speaker(owner.name, span, "description", cue, owner.id)
        if (
            words[-1][0] in _DOCUMENT_HEADS  # (checked here: this runs for every phrase)
            and (author := self._document_author(span, words, cue)) is not None
        ):
            return author
        if self.use_entities:
            found = self._entity_speaker(span, words, name, cue)
            if found is None and (name is None or words[0][0] == "the"):
                # ``the lawyer``, ``the Liberal MP``: the one person given that role.
                found = self._role_holder(span, words, cue)
            if found is None and name is None:
                found = self._aged(span, text, cue) or self._introduced_as(span, words, cue)
            if found is None and (name is None or text[:1].islower()):
                found = self._description_speaker(span, cue)
            if found is not None:
                return found
        if text.lower() in _PRONOUNS:
            person = self._person_for(text.lower())
            if person is not None:
                return _Speaker(person.name, span, "pronoun", cue, person.entity)
            body = self._body_for(text.lower(), span)
            if body is not None:
                return _Speaker(body.name, span, "pronoun", cue, body.entity)
            return _Speaker(text, span, "unresolved", cue)
        if name is None:
            return _Speaker(text, span, "description", cue)
        start, end = name
        name_span = Span(start=words[start][1], end=words[end - 1][2])
        printed = [word for word, _, _ in words[start:end]]
        stripped = _strip_titles(printed)
        canonical = " ".join(stripped)
        resolution: Resolution = "name"
        if len(stripped) == 1:
            full = self.full_names.get(stripped[0])
            if full is not None and full[1] < span.start:
                canonical, resolution = full[0], "alias"
            elif self.use_entities:
                # A surname the entity layer did not read as a mention here: the one person
                # of the story with that surname, named before.
                bearer = self._person_by_surname(stripped[0], span.start)
                if bearer is not None:
                    return _Speaker(bearer.name, name_span, "alias", cue, bearer.id)
        return _Speaker(canonical, name_span, resolution, cue)

    def _person_by_surname(self, surname: str, position: int) -> Entity | None:
        if self._surnames is None:
            self._surnames = _descriptions.surname_index(self.article)
        found = [
            entity for entity in self._surnames.get(surname, ()) if entity.span.start < position
        ]
        return found[0] if len(found) == 1 else None

    def _described_by(
        self, span: Span, entity: Entity | None, cue: _cues.CueMatch | None
    ) -> _Speaker | None:
        if entity is None:
            return None
        return _Speaker(entity.name, span, "description", cue, entity.id)

    def _aged(self, span: Span, text: str, cue: _cues.CueMatch | None) -> _Speaker | None:
        """``the 34-year-old``: the person printed with that age (``Jo Roe, 34,``), or else
        the last person who spoke, nearby (a feature's age stands for its subject)."""
        aged = _descriptions.age_of(text)
        if aged is None:
            return None
        age, wanted = aged
        found = _descriptions.aged_person(self.article, age, span, 3 * _SPEAKER_REACH)
        if found is not None:
            return self._described_by(span, found, cue)
        last = self.last_person_speaker
        if (
            last.entity is not None
            and last.span is not None
            and last.span.end <= span.start < last.span.end + _SPEAKER_REACH
            and (wanted is None or self._entity(last.entity).gender in (None, wanted))
        ):
            return _Speaker(last.name, span, "description", cue, last.entity)
        return None

    def _introduced_as(
        self, span: Span, words: Sequence[tuple[str, int, int]], cue: _cues.CueMatch | None
    ) -> _Speaker | None:
        """``the daughter``, ``the accused``: the person the story introduced with that noun."""
        if len(words) >= 4 and words[-2][0] == "of":
            words = words[:-2]  # ``the mother of two``: the mother
        head = words[-1][0]
        if len(words) < 2 or words[0][0].lower() != "the" or head not in _INTRODUCED_HEADS:
            return None
        found = _descriptions.introduced_person(self.article, head, span, _SPEAKER_REACH)
        if found is None and head in _EPITHET_HEADS:
            return self._epithet(span, head, cue)
        return self._described_by(span, found, cue)

    def _epithet(self, span: Span, head: str, cue: _cues.CueMatch | None) -> _Speaker | None:
        """``the retired teacher`` that no one was introduced as: the last person who spoke,
        nearby, when no other person has been named since and the noun fits their gender (a
        feature's epithet for its subject)."""
        last = self.last_person_speaker
        if (
            last.entity is None
            or last.span is None
            or not last.span.end <= span.start < last.span.end + _SPEAKER_REACH
        ):
            return None
        gender = self._entity(last.entity).gender
        if (head in _MALE_ROLES and gender == "female") or (
            head in _FEMALE_ROLES and gender == "male"
        ):
            return None
        for mention in self.article.entity_index.mentions_in(
            Span(start=last.span.end, end=span.start)
        ):
            if (
                mention.entity is not None
                and mention.entity != last.entity
                and self._entity(mention.entity).category == "person"
            ):
                return None
        if _descriptions.introduces(self.text, head, last.span.end, span.start):
            return None  # ``A teacher next door disagreed.``: someone new
        return _Speaker(last.name, span, "description", cue, last.entity)

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
            if named is None or _SIGNED_BY.match(self.text, named + len(head)):
                return None  # ``read from a letter signed by Jo Roe``: not the reader's
            found = self.speaker_before(self._sentence_start(named), named)
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

    def _entity_speaker(
        self,
        span: Span,
        words: Sequence[tuple[str, int, int]],
        name: tuple[int, int] | None,
        cue: _cues.CueMatch | None,
    ) -> _Speaker | None:
        """The speaker the entity layer finds at ``span``: the mention of the phrase's name
        first (``Vancouver's Bo Horvat`` is Bo Horvat, not Vancouver), then any mention."""
        index = self.article.entity_index
        mention = None
        if name is not None:
            mention = index.mention_at(Span(start=words[name[0]][1], end=words[name[1] - 1][2]))
        if mention is None or mention.entity is None:
            mention = index.mention_at(span)
            if mention is not None and (
                _complements_person(words, mention.span.start)
                or _OWNER.match(self.text, mention.span.end)
                or (
                    mention.span.start == span.start
                    and mention.span.of(self.text).lower() in _POSSESSIVES
                    and len(words) <= 3
                    and words[-1][0].lower() in _PERSON_HEADS | _KIN
                )
            ):
                # ``B.C.'s premier``, ``his daughter``, ``a spokesman for the mayor``: the owner
                # does not speak (``her
                # statement`` is hers, though)
                return None
        if mention is None or mention.entity is None:
            return None
        entity = index.entity(mention.entity)
        if (
            mention.category == "description"
            and entity.category == "organization"
            and (speaker := self._organisation_speaking(entity.id, span, words)) is not None
        ):
            return attrs.evolve(speaker, span=span, resolution="description", cue=cue)
        pronoun = span.of(self.text).lower()
        if mention.category == "pronoun" and pronoun in _PERSON_PRONOUNS:
            if entity.category != "person":
                return None  # he or she is a person: the reader's own last person decides
            described = self._described_speaker(entity.id, span, pronoun)
            if described is not None:
                return _Speaker(described.name, span, "pronoun", cue)
            unknown = self._unknown_speaker(entity.id, span, pronoun)
            if unknown is not None:
                return _Speaker(unknown.name, span, "pronoun", cue)
            speaker = self.last_person_speaker
            if (
                speaker.entity is not None
                and speaker.entity != entity.id
                and speaker.span is not None
                and speaker.span.start <= span.start < speaker.span.end + _SPEAKER_REACH
                and self._continues(self._entity(speaker.entity), pronoun)
                and not (
                    self._may_speak(entity)
                    and self._subject_since(
                        entity.id, speaker.span.end, max(span.start, speaker.span.end)
                    )
                )
            ):
                # ``Foster writes. [...] "..." he says``: he or she goes on with the last
                # speaker, unless someone else of the story has been a sentence's subject since.
                return _Speaker(speaker.name, span, "pronoun", cue, speaker.entity)
        return _Speaker(entity.name, span, mention.resolution, cue, entity.id)

    def _organisation_speaking(
        self, entity: int, span: Span, words: Sequence[tuple[str, int, int]]
    ) -> _Speaker | None:
        """The organisation that spoke last, shortly before, when ``the company`` is read as
        another one (``Google said ... "...," the company said``: the one speaking goes on)."""
        last = self.last_speaker
        if (
            last.entity is None
            or last.entity == entity
            or last.span is None
            or last.resolution not in ("name", "alias")
            or words[-1][0].lower() not in _ORGANISATION_NOUNS
            or not last.span.end <= span.start < last.span.end + _SPEAKER_REACH
            or self._entity(last.entity).category != "organization"
        ):
            return None
        return last

    def _role_holder(
        self, span: Span, words: Sequence[tuple[str, int, int]], cue: _cues.CueMatch | None
    ) -> _Speaker | None:
        """The one person of the story, named before ``span``, whose title the definite
        description at ``span`` repeats (``the mayor`` after ``Mayor Jo Roe``, ``the president
        of the council`` after ``Jo Roe, president of the council``)."""
        if len(words) < 2 or words[0][0].lower() != "the":
            return None
        wanted = " ".join(word for word, _, _ in words[1:]).lower()
        holders = self._titles().get(wanted, ())
        found = [entity for entity in holders if entity.span.start < span.start]
        if not found and len(words) == 3 and words[-1][0].islower():
            # ``the fire chief`` after ``Chief Lisa Marsh``: the role by its head.
            holders = self._titles().get(words[-1][0].lower(), ())
            found = [entity for entity in holders if entity.span.start < span.start]
        if len(found) != 1:
            return None
        return _Speaker(found[0].name, span, "description", cue, found[0].id)

    def _titles(self) -> dict[str, list[Entity]]:
        """The people of the story by each title they hold, whole and by its last word."""
        if self._holders is None:
            self._holders = {}
            for entity in self.article.entities:
                if entity.category != "person":
                    continue
                keys: set[str] = set()
                for title in entity.titles:
                    if title.strip():
                        keys.update((title.lower(), title.split()[-1].lower()))
                        # ``Liberal MP for Kingston``: also ``liberal mp`` and ``mp``.
                        role = _descriptions.role_without_complement(title)
                        if role:
                            keys.update((" ".join(role).lower(), role[-1].lower()))
                for key in keys:
                    self._holders.setdefault(key, []).append(entity)
        return self._holders

    def _person_described(self, span: Span) -> Entity | None:
        """The person the entity layer reads the whole description at ``span`` as (not a part
        of it: ``the Iraqi ambassador`` of ``the Iraqi ambassador to Greece`` is anyone's)."""
        for mention in self.article.entity_index.mentions_in(span):
            if mention.span == span and mention.entity is not None:
                entity = self._entity(mention.entity)
                return entity if entity.category == "person" else None
        return None

    def _whole_entity(self, span: Span) -> Entity | None:
        """The entity whose mention covers the whole phrase at ``span`` (``Toronto Police``)."""
        mention = self.article.entity_index.mention_at(span)
        if mention is None or mention.entity is None or mention.span.end < span.end:
            return None
        return self._entity(mention.entity)

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
            or last.entity is None
            or last.span is None
            or not last.span.start <= span.start < last.span.end + _SPEAKER_REACH
            or self._entity(last.entity).category not in ("organization", "place")
        ):
            return None
        return last

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
        for mention in index.mentions_in(Span(start=start, end=end)):
            if (
                mention.entity != entity
                or mention.category == "pronoun"  # (the entity layer's own guess is no news)
                or self._in_caption(mention.span.start)
            ):
                continue
            if mention.span.start >= paragraph:
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

    def _description_speaker(self, span: Span, cue: _cues.CueMatch | None) -> _Speaker | None:
        """``the company``, ``the agency``, ``the Kentucky Republican``: the organisation or
        person of that kind the story named last, within a few paragraphs."""
        words = span.of(self.text).split()
        if (
            not words
            or words[0].lower() in _POSSESSIVES  # ``his lawyer`` is not the last one named
            # ``a spokesperson``: someone new; ``the mayor's spokesperson``: a person's
            # spokesperson is someone else (``the group's leader`` may be the one named)
            or words[0].lower() in _INDEFINITES
            or any(_OWNER.sub("", word).lower() in _PERSON_HEADS for word in words[1:-1])
            or not (
                (len(words) >= 2 and words[0].lower() in ("the", "this"))
                or all(word[:1].islower() for word in words)
            )
        ):
            return None
        head = words[-1].strip(",").lower()
        if head in _ORGANISATION_NOUNS:
            wanted = "organization"
        elif head in _ROLE_NOUNS:
            wanted = "person"
        else:
            return None
        index = self.article.entity_index
        low = max(0, span.start - _SPEAKER_REACH)
        for mention in reversed(index.mentions_in(Span(start=low, end=span.start))):
            if mention.entity is None or mention.category not in ("person", "organization"):
                continue
            entity = self._entity(mention.entity)
            if entity.category == wanted:
                if head in _GOVERNING and not _GOVERNMENT_NAME.search(entity.name):
                    return None  # ``the government`` is no foundation or company named last
                return _Speaker(entity.name, span, "description", cue, entity.id)
        return None

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
        elif speaker.resolution == "pronoun" or (
            speaker.resolution in ("name", "alias") and _is_person_name(speaker.name.split())
        ):
            self._add_person(speaker)
        elif speaker.resolution == "description" and _is_person_description(speaker.name):
            self._add_person(speaker)  # ``said a company spokesman. [...] he said``

    def _add_person(self, speaker: _Speaker) -> None:
        self.last_person = speaker
        people = self.recent_people
        people[:] = [person for person in people if person.name != speaker.name][
            -(_RECENT_PEOPLE - 1) :
        ]
        people.append(speaker)

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
            between = [word for word in between if word[0] not in ",\u2014\u2013-"]
            if near and (
                len(head) > _MAX_SPEAKER_WORDS
                or len(between)
                > (_MAX_APPOSITIVE_WORDS if head is not between else _MAX_SPEAKER_WORDS)
            ):
                return None
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
        if mention is None or mention.entity is None or mention.span.end != name.end:
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

    def _named_since(self, entity: int, start: int, end: int) -> bool:
        """Whether the entity is named (not by a pronoun) between ``start`` and ``end``."""
        return any(
            mention.entity == entity and mention.category == "person"
            for mention in self.article.entity_index.mentions_in(Span(start=start, end=end))
        )

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
            if cue.kind == "source":
                phrase = _phrase_after(self.text, cue.span.end, end)
            elif cue.text in _OPENING_CUES:
                phrase = _opening_phrase(self.text, cue.span.end, end)
            else:
                quoted = (
                    _context.quoted_as(self.text, start, cue.span.start)
                    if cue.text.endswith("ing")
                    else None
                )
                if quoted is not None:
                    # ``The paper quoted a senior official as saying ...``: the one quoted.
                    phrase = _phrase_after(self.text, quoted.start, quoted.end)
                    if phrase is not None:
                        return self.speaker_from_phrase(phrase, cue)
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


# What ends a reported clause: a later cue after one of these is no longer inside it.
_CLAUSE_BREAK = regex.compile(r"[,;:()\u2014\u2013\n]|\s-\s")


def _unmark_titles(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The words without the marks around a title (``Jo Roe, speaking on "Face the Nation,"
    called``): a title is part of the phrase read past it, where the marks around speech
    end the phrase (``"...," said Jo Roe``)."""
    marks = [index for index, word in enumerate(words) if word[0] in _MARK_TOKENS]
    if len(marks) < 2:
        return words
    drop: list[int] = []
    for opened, index in zip(marks[::2], marks[1::2], strict=False):  # an odd mark is open
        inside = [token for token, _, _ in words[opened + 1 : index] if token not in ",."]
        if _is_title(inside):
            drop += [opened, index]
    if not drop:
        return words
    return [word for index, word in enumerate(words) if index not in drop]


def _outer_cues(text: str, cues: Sequence[_cues.CueMatch]) -> list[_cues.CueMatch]:
    """The cues not inside the reported clause of an earlier verb of saying: ``Jo Roe said
    the firm had agreed to ...`` keeps ``said``, drops ``agreed``."""
    kept: list[_cues.CueMatch] = []
    for cue in cues:
        if (
            kept
            and kept[-1].kind == "speech"
            and not _CLAUSE_BREAK.search(text, kept[-1].span.end, cue.span.start)
        ):
            continue  # in the clause ``said`` reports, up to a comma or a dash
        kept.append(cue)
    return kept


def _has_cue(cues: _CueIndex, span: Span) -> bool:
    return bool(cues.between(span.start, span.end))


def _clause_start(text: str, low: int, position: int) -> int:
    """Where the sentence holding ``position`` starts (looking back to ``low`` at most)."""
    start = low
    for match in _SENTENCE_END.finditer(text, low, position):
        start = match.end()
    return start


def _phrase_before(text: str, start: int, cue_start: int) -> Span | None:
    """The noun phrase that ends right before a cue (its subject), read backwards.

    An appositive or a relative clause between commas is skipped when a name stands before
    it: ``Jane Doe, a spokeswoman, said``, ``Jane Doe, who leads the group, said``.
    """
    words = _words(text, start, cue_start)
    if text[start : start + 1] in ("'", "\u2019") or _MARK_CHAR.search(text, start, cue_start):
        words = _unmark_titles(words)
    while words and words[-1][0].lower() in _BETWEEN:
        words.pop()
    if len(words) >= 2 and words[-1][0].lower() == "who":
        # ``Jo Roe, who said it was "possible"``: the relative pronoun's noun speaks.
        words.pop()
        if words[-1][0] == ",":
            words.pop()
        kept = _phrase_words(words)
        return _span(kept) if kept and _names_someone(kept) else None
    if words and words[-1][0].lower() in _COORDINATORS:
        # ``Jo Roe, 44, is from Lima, and said``: the cue shares the sentence's subject.
        subject = _clause_subject(words)
        return None if subject is None else _span(subject)
    if words and words[-1][0] == ",":
        words.pop()
        for index in range(len(words) - 1, max(-1, len(words) - _MAX_APPOSITIVE_WORDS), -1):
            if words[index][0] == ",":
                if index + 1 < len(words) and _describes(words[index + 1 :]):
                    head = _phrase_words(words[:index])
                    relative = words[index + 1][0].lower() in _RELATIVES
                    if head and (relative or _name_in(head) is not None):
                        # ``Jo Roe, founder of Aid Now, a charity, said``: two appositives,
                        # the person's name opens the clause.
                        subject = _clause_subject(words)
                        if subject is not None and subject[0][1] < head[0][1]:
                            return _span(subject)
                        return _span(head)
                break
        # ``Jo Roe, curator of prints at the University of Lima, Peru, said``: appositives
        # the scan above cannot part; the person's name opens the clause.
        subject = _clause_subject(words)
        if subject is not None:
            return _span(subject)
    kept = _phrase_words(words)
    return _span(kept) if kept and _names_someone(kept) else None


_COORDINATORS = _vocabulary("""and but""")
_MARK_TOKENS = frozenset("\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a")
# Where a mark stands as a word of its own (as ``_words`` reads it): double marks anywhere, an
# apostrophe only where no word goes on through it (``Roe's``, ``players'`` are words).
_MARK_CHAR = regex.compile(
    '["`\u201c\u201d\u2018\u00ab\u00bb\u201e\u2039\u203a]'
    "|(?<![\\p{L}\\p{N}\\p{M}.'\u2019&\\-])['\u2019]"
)


def _clause_subject(words: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]] | None:
    """The person's name or the pronoun that opens a clause and is followed by a comma."""
    for index, (word, _, _) in enumerate(words[: _MAX_SPEAKER_WORDS + 1]):
        if word == ",":
            head = list(words[:index])
            break
    else:
        return None
    if len(head) == 1 and head[0][0].lower() in _PERSON_PRONOUNS:
        return head
    printed = [word for word, _, _ in head]
    if not all(_is_capitalised(word) for word in printed):
        return None
    stripped = _strip_titles(printed)
    return head if _is_person_name(stripped) else None


# The one-word cues that end a phrase read back from a cue (a word has no spaces, so this is
# ``lemma_of(word) is not None``); the sentence-opening cues are names there.
_CUE_WORDS = frozenset(form for form in _cues.LEXICON if " " not in form) - _OPENING_CUES


def _phrase_words(words: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    kept: list[tuple[str, int, int]] = []
    for word in reversed(words):
        token = word[0]
        if not (token[0].isalnum() or token[0] == "'"):
            break
        if token.lower() in _PHRASE_STOPS or len(kept) >= _MAX_SPEAKER_WORDS:
            break
        if token in _CUE_WORDS:
            break  # (``Edward Said said``: a capitalised cue inside a phrase is a name)
        kept.append(word)
    kept.reverse()
    while kept and (kept[0][0].lower() in _NOT_SPEAKER_START or not kept[0][0][0].isalnum()):
        kept.pop(0)
    return kept


def _describes(words: Sequence[tuple[str, int, int]]) -> bool:
    """Whether words between commas describe someone rather than name them."""
    first, last = words[0][0], words[-1][0]
    return (
        not _is_capitalised(first)
        or first.lower() in _DETERMINERS
        or first in _TITLES
        or last in _TITLES
        or not _is_capitalised(last)
    )


def _opening_subject(text: str, start: int, end: int) -> Span | None:
    """The noun phrase that opens ``text[start:end]`` before its verb (``The company denied
    ...``, ``One poster admitted ...``): a determiner or a capitalised word, then up to six
    words, ended by a verb in the past tense or an auxiliary."""
    words = _words(text, start, min(end, start + _WINDOW))
    if words and (words[0][0].lower() in _NOT_SPEAKER_START or words[0][0].lower() in _FRONTING):
        # ``In Havana, the government gave ...``: the subject follows the fronted phrase.
        comma = next(
            (at for at, word in enumerate(words[: _MAX_DESCRIPTION_WORDS + 1]) if word[0] == ","),
            None,
        )
        words = words[comma + 1 :] if comma is not None else []
    if (
        not words
        or words[0][0].lower() in _NOT_SPEAKER_START
        or not (words[0][0].lower() in _DETERMINERS or _is_capitalised(words[0][0]))
    ):
        return None
    for index, (word, _, _) in enumerate(words[: _MAX_DESCRIPTION_WORDS + 1]):
        lower = word.lower()
        if (
            index
            and word.islower()
            and (lower.endswith("ed") or lower in _AUXILIARIES or lower in _IRREGULAR_PASTS)
        ):
            phrase = words[:index]
            if any(
                not token[0].isalnum() and token not in ("'", "\u2019") for token, _, _ in phrase
            ):
                return None
            if any(token.lower() in _PHRASE_STOPS for token, _, _ in phrase):
                return None
            return _span(phrase)
    return None


def _phrase_after(text: str, cue_end: int, end: int) -> Span | None:
    """The noun phrase right after an inverted cue (``said Jane Doe, a spokeswoman``)."""
    kept: list[tuple[str, int, int]] = []
    # A speaker's phrase is a few words: the rest of a long paragraph is not read.
    words = _words(text, cue_end, min(end, cue_end + _PHRASE_REACH))
    for index, word in enumerate(words):
        token = word[0]
        if not (token[0].isalnum() or token[0] == "'") or len(kept) >= _MAX_SPEAKER_WORDS:
            if token == "," and kept and (named := _named_after(kept, words[index + 1 :])):
                return _span(named)  # ``said his daughter, Rosa``: the name is the speaker
            break
        if token in _AUXILIARIES and kept:
            return None  # ``," said Syria had indicated``: the subject of a clause, no speaker
        if token.lower() in _AFTER_STOPS or token in _CALENDAR:
            if token == "of" and len(kept) == 1 and kept[0][0].lower() in _PARTITIVES:
                # ``said one of the organizers, Jo Roe``: the name after the comma speaks.
                comma = next(
                    (
                        at
                        for at in range(index + 1, min(len(words), index + 6))
                        if words[at][0] == ","
                    ),
                    None,
                )
                if comma is not None and (
                    named := _named_after([*kept, *words[index:comma]], words[comma + 1 :])
                ):
                    return _span(named)
            if kept:
                break
            if token in _CALENDAR:
                continue
            break
        kept.append(word)
    return _span(kept) if kept and _names_someone(kept) else None


# Verbs that make the words before them a clause's subject (``said Syria had``).
_AUXILIARIES = _vocabulary("""had has have was were is are would will could should""")


def _named_after(
    description: Sequence[tuple[str, int, int]], rest: Sequence[tuple[str, int, int]]
) -> list[tuple[str, int, int]] | None:
    """The name set after a comma in apposition to a description of one person (``his
    daughter, Rosa``, ``the city's mayor, Jo Roe,``), if the words after the comma are one."""
    first = description[0][0].lower()
    if not (first in _DETERMINERS or first in _POSSESSIVES or _OWNER.search(first)) or any(
        _is_capitalised(word) and word not in _TITLES for word, _, _ in description[1:]
    ):
        return None
    if description[-1][0].lower() not in _PERSON_HEADS | _KIN | _APPOSED_HEADS:
        return None
    if rest and _descriptions.AGE_WORD.match(rest[0][0]):
        rest = rest[1:]  # ``said the accused, 45-year-old Greg Olson``
    name: list[tuple[str, int, int]] = []
    for word in rest[:5]:
        if not _is_capitalised(word[0]) or word[0] in _NOT_NAME_WORDS or word[0] in _CALENDAR:
            break
        name.append(word)
    after = rest[len(name)][0] if len(name) < len(rest) else "."
    if (
        not name
        or after not in (",", ".", ";", ":")
        or not (len(name) == 1 or _is_person_name([word for word, _, _ in name]))
    ):
        return None
    return name


# Cues that may come before their subject (``said Jo Roe``); ``told Jo Roe`` names a listener.
_INVERTING = _vocabulary("""said says added adds explained explains noted notes wrote writes""")


def _name_after(text: str, cue_end: int, end: int, before: Span | None) -> Span | None:
    """The phrase after a cue when it holds a name and ends its clause, and the phrase
    before the cue (``before``) holds none."""
    phrase = _phrase_after(text, cue_end, end)
    if (
        phrase is None
        or text[phrase.end : phrase.end + 1] not in (",", ".", ";", "\n", "")
        or _name_in(_words(text, phrase.start, phrase.end)) is None
    ):
        return None
    if before is not None and _name_in(_words(text, before.start, before.end)) is not None:
        return None
    return phrase


def _inverted_phrase(text: str, cue_end: int, end: int) -> Span | None:
    """The phrase after a cue that names its speaker: a name or a description opened by a
    determiner (``said Jo Roe``, ``said a company official``)."""
    phrase = _phrase_after(text, cue_end, end)
    if phrase is None:
        return None
    words = _words(text, phrase.start, phrase.end)
    if _name_in(words) is None and words[0][0].lower() not in _DETERMINERS:
        return None
    return phrase


# What may stand before a cue that opens a sentence: a sentence's end or a colon, with the
# closing marks and brackets after it (``"We will win." Added Roe``).
_OPENING_LEAD = regex.compile(
    r"(?:\A|[.?!:;\u2026])[\"'\u201d\u2019)\]]*[ \t]*+[\"'\u201c\u2018(]*\Z"
)
# How far back from a capitalised cue its sentence's opening is looked for.
_LEAD_REACH = 8


def _opens_sentence(text: str, paragraph_start: int, cue: _cues.CueMatch) -> bool:
    """Whether a capitalised cue opens its sentence (``Replied Roe, "..."``), as it must to
    be one: elsewhere it is a name (``Edward Said said``)."""
    low = max(paragraph_start, cue.span.start - _LEAD_REACH)
    lead = text[low : cue.span.start]
    if low == paragraph_start:
        lead = lead.lstrip()
    return _OPENING_LEAD.search(lead) is not None


def _opening_phrase(text: str, cue_end: int, end: int) -> Span | None:
    """The speaker after a cue that opens a sentence (``Said Roe: "..."``, ``Added the mayor,
    Jane Doe, "..."``): a name or a description opened by a determiner that a comma, a colon,
    a quotation mark or the sentence's end closes (``Asked about the plan, Roe said`` names
    no one after ``Asked``)."""
    phrase = _phrase_after(text, cue_end, end)
    if phrase is None:
        return None
    first = _WORD.match(text, phrase.start)
    if first is None:
        return None
    word = first.group()
    if not (_is_capitalised(word) or word.lower() in _DETERMINERS or word.lower() in _POSSESSIVES):
        return None
    if text[phrase.end : phrase.end + 1] not in _OPENING_PHRASE_ENDS:
        return None
    return phrase


_OPENING_PHRASE_ENDS = frozenset(",:.;\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")


# Words that cannot end a speaker's description: it is a clause cut short (``many changing
# their profiles to``, ``more appropriately``), not a noun phrase.
_NOT_HEADS = _vocabulary(
    """to of in on at for with from by about into the a an and or but that which who being
    not very more most also"""
)
_MAX_DESCRIPTION_WORDS = 6


def _names_someone(words: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a phrase read around a cue can name a speaker: a name, a pronoun, or a short
    noun phrase (``the company``, ``a senior official``)."""
    if _name_in(words) is not None or (len(words) == 1 and words[0][0].lower() in _PRONOUNS):
        return True
    head = words[-1][0].lower()
    return (
        len(words) <= _MAX_DESCRIPTION_WORDS
        and head not in _NOT_HEADS
        and not head.endswith(("ly", "ing"))
    )


def _span(words: Sequence[tuple[str, int, int]]) -> Span:
    return Span(start=words[0][1], end=words[-1][2])


def _name_in(words: Sequence[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The last run of capitalised words in a phrase (a possessive ends a run before it).

    A phrase that names someone and then their organisation (``Tim Guest with the Health
    Authority``) is cut at the preposition: the head is the speaker.
    """
    for index in range(1, len(words)):
        if words[index][0] in _HEAD_ENDS and _is_capitalised(words[index - 1][0]):
            head = _name_in(words[:index])
            if head is not None and _is_person_name(
                _strip_titles([word for word, _, _ in words[head[0] : head[1]]])
            ):
                return head
            break
    best: tuple[int, int] | None = None
    index = 0
    count = len(words)
    while index < count:
        token = words[index][0]
        if token in _NOT_NAME_WORDS or not (
            token[:1].isupper() or (token[:1] == "'" and token[1:2].isupper())
        ):
            index += 1  # (``_is_capitalised`` inlined: this runs for every word of a phrase)
            continue
        first = index
        while index < len(words) and (
            (_is_capitalised(words[index][0]) and words[index][0] not in _NOT_NAME_WORDS)
            or _bridges(words, index, first)
        ):
            word = words[index][0]
            index += 1
            if word.endswith(("'s", "\u2019s")):
                first = index  # ``Vancouver's Bo Horvat``: the owner does not speak
        if index > first:
            best = (first, index)
    return best


# ``the government`` names an organisation only when its name says it governs.
_GOVERNING = _vocabulary("""government administration""")
_GOVERNMENT_NAME = regex.compile(
    r"(?i)\b(?:government|administration|ministry|department|cabinet|council|office)\b"
)
# Verbs in the past tense that do not end in ``-ed``: they end a sentence's opening subject.
_IRREGULAR_PASTS = _vocabulary(
    """gave took made came went got put sent spent felt kept held brought bought left met paid
    ran saw stood struck won wrote spoke began became found knew thought told said did threw
    drew led read rose fell sought taught fought"""
)
# Words that open a phrase fronted before a sentence's subject (``Given his views, Jo Roe``).
_FRONTING = _vocabulary(
    """given after before when while since although though despite like as asked in on at
    for with during unlike"""
)
# ``one of the organizers``; heads a name may follow in apposition besides the person heads.
_PARTITIVES = _vocabulary("""one two three some another""")
_APPOSED_HEADS = _vocabulary(
    """organizer organizers organiser organisers accused victim victims owner owners students
    residents officials members experts witnesses friends neighbours neighbors parents nurse
    doctor physician teacher student farmer volunteer paramedic firefighter driver pilot
    soldier veteran survivor victim patient tenant landlord organizer activist historian"""
)
# Nouns a feature uses as an epithet for the person it follows (``the retired teacher``), not
# for an unnamed source (``the spokesperson``, ``the official``).
_EPITHET_HEADS = (
    _APPOSED_HEADS
    | _KIN
    | _vocabulary(
        """professor author researcher scientist economist coach owner founder actor singer star
    captain mother father grandmother grandfather widow widower"""
    )
) - _vocabulary("""official officials source expert experts witness witnesses members residents""")
# Nouns a description may name a person the story introduced with (``the daughter``).
_INTRODUCED_HEADS = _PERSON_HEADS | _KIN | _APPOSED_HEADS
# Lower-case particles inside a person's name (``Ben van der Molen``, ``Luiz da Silva``).
_NAME_PARTICLES = _vocabulary(
    """van von der den de del della di da dos das du le la ter ten bin al"""
)


def _bridges(words: Sequence[tuple[str, int, int]], index: int, first: int) -> bool:
    """Whether the particle at ``index`` joins the capitalised name it follows to the
    capitalised word after it (``van der`` in ``Ben van der Molen``)."""
    if index == first or words[index][0] not in _NAME_PARTICLES:
        return False
    after = index + 1
    while after < len(words) and words[after][0] in _NAME_PARTICLES:
        after += 1
    return after < len(words) and after - index <= 2 and _is_capitalised(words[after][0])


# Lower-case words after a name that are no noun it qualifies (``Smith himself said``).
_NOT_HEAD_NOUNS = _vocabulary("""himself herself themselves itself too alone jr jr. sr sr. iii""")


# A document's words are its author's: ``the State Department statement`` is the department.
_DOCUMENT_HEADS = _vocabulary(
    """statement letter report memo release document email note opinion ruling filing
    website post tweet"""
)
# A document whose author is named after it: ``a letter signed by``, ``a memo from``.
_SIGNED_BY = regex.compile(r"[ \t]++(?:(?:signed|written|sent|issued)[ \t]++)?(?:by|from)\b")
_MAX_HEAD_WORDS = 3  # ``U.S. Air Force fliers``, ``Air Force crew chief``: a noun or a compound


_COMPLEMENTS = _vocabulary("""for of to at with from""")


def _completes_head(words: Sequence[tuple[str, int, int]], name: tuple[int, int]) -> bool:
    """Whether the name in a phrase is the complement of a person's description opened by a
    determiner (``a spokeswoman for the Health Authority``, ``a friend of Jo Roe``)."""
    at = name[0] - 1
    if at >= 1 and words[at][0].lower() in ("the", "a"):
        at -= 1
    if at < 2 or words[at][0] not in _COMPLEMENTS:
        return False
    head = words[at - 1][0].lower()
    return (
        words[0][0].lower() in _DETERMINERS
        and (head in _PERSON_HEADS or head in _KIN)
        and not any(word == "," for word, _, _ in words[: name[0]])
    )


_INDEFINITES = _vocabulary("""a an one""")


def _complements_person(words: Sequence[tuple[str, int, int]], position: int) -> bool:
    """Whether the mention at ``position`` completes a description of someone else in the
    phrase ``words`` (``a spokesperson for the mayor``: the spokesperson speaks, not the
    mayor)."""
    before = [word for word, start, _ in words if start < position]
    if before and before[-1].lower() in ("the", "a"):
        before.pop()
    return (
        len(before) >= 2
        and before[-1] in _COMPLEMENTS
        and (before[-2].lower() in _PERSON_HEADS or before[-2].lower() in _KIN)
    )


def _name_modifies(words: Sequence[tuple[str, int, int]], name: tuple[int, int]) -> bool:
    """Whether the name in a phrase only qualifies a lower-case head noun after it."""
    rest = [word for word, _, _ in words[name[1] :]]
    return (
        0 < len(rest) <= _MAX_HEAD_WORDS
        and rest[-1] not in _DOCUMENT_HEADS
        and all(
            word.replace("-", "").isalpha()
            and word.islower()
            and word not in _NOT_HEAD_NOUNS
            and word not in _PHRASE_STOPS
            and word not in _AFTER_STOPS
            and not word.endswith(("ing", "ed"))
            for word in rest
        )
    )


def _is_person_description(phrase: str) -> bool:
    """Whether a description names one person: ``a company spokesman``, ``the official``."""
    words = phrase.split()
    return (
        bool(words)
        and words[0].lower() in ("a", "an", "the", "one")
        and (words[-1].lower() in _PERSON_HEADS)
    )


def _is_person_name(words: Sequence[str]) -> bool:
    """Whether capitalised words look like a person's name: two to four words, no
    organisation's head word, none in capitals (``READ MORE``) or a sentence opener."""
    return (
        2 <= len(words) <= 4
        and words[-1] not in _ORGANISATION_HEADS
        and not any(word.isupper() and len(word) > 1 for word in words)
        and not any(word in _NOT_NAME_WORDS for word in words)
    )


def _strip_titles(words: Sequence[str]) -> list[str]:
    """A name without the titles printed before it (``US Defense Secretary William Cohen``)."""
    if not words or words[-1] in _ORGANISATION_HEADS:
        return [word for word in words if word.lower() != "the"]
    last_title = -1
    for index, word in enumerate(words[:-1]):
        if word in _TITLES:
            last_title = index
    return list(words[last_title + 1 :])


# -- reading quotations ---------------------------------------------------------------------


@attrs.frozen
class _Found:
    quotation: quotemarks.Quotation
    parts: tuple[Span, ...]
    span: Span
    before: Span  # the quotation's sentence before its opening mark
    after: Span  # the sentence after its closing mark (to the next quotation at most)
    middle: Span | None = None  # between the parts of a split quotation: its attribution


def _contexts(
    text: str, quotations: Sequence[quotemarks.Quotation], paragraphs: Sequence[Span]
) -> list[_Found]:
    starts = [paragraph.start for paragraph in paragraphs]
    found: list[_Found] = []
    for index, quotation in enumerate(quotations):
        paragraph = paragraphs[max(0, bisect.bisect_right(starts, quotation.span.start) - 1)]
        last = paragraphs[max(0, bisect.bisect_right(starts, quotation.span.end - 1) - 1)]
        low = max(paragraph.start, quotation.span.start - _WINDOW)
        if index and quotations[index - 1].span.end > low:
            low = quotations[index - 1].span.end
        high = min(last.end, quotation.span.end + _WINDOW)
        if index + 1 < len(quotations) and quotations[index + 1].span.start < high:
            high = quotations[index + 1].span.start
        before_start = low
        # Read a little past the mark: the lookahead for a capital needs to see the quotation.
        for match in _SENTENCE_END.finditer(text, low, quotation.span.start + 3):
            if match.end() <= quotation.span.start and not _in_name(text, match):
                before_start = match.end()
        after_end = high
        stop = _SENTENCE_END.search(text, quotation.span.end, high)
        if stop is not None and _in_name(text, stop):
            stop = _SENTENCE_END.search(text, stop.end(), high)
        if stop is not None:
            after_end = stop.start() + 1
        if _FULL_STOP_INSIDE.search(
            text, quotation.parts[-1].start, quotation.parts[-1].end
        ) and not _LOWER_NEXT.match(text, quotation.span.end, high):
            # ``"We will rebuild." The council met.``: a full stop inside the marks ends the
            # sentence (a cue would follow a comma), so what comes next is not its attribution
            # - unless the sentence goes on in lower case (``"We will rebuild." said Jo Roe``).
            after_end = quotation.span.end
        found.append(
            _Found(
                quotation=quotation,
                parts=quotation.parts,
                span=quotation.span,
                before=Span(start=before_start, end=quotation.span.start),
                after=Span(start=quotation.span.end, end=max(after_end, quotation.span.end)),
            )
        )
    return found


# Searched from a position, these stop at the first character that is not blank: a long
# paragraph is not copied for each quotation in it.
_NOT_BLANK = regex.compile(r"\S")
_NOT_TRAILING = regex.compile(r"[^ .\n]")


def _blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only white space."""
    return _NOT_BLANK.search(text, start, end) is None


def _appositive_lead(lead: Sequence[str]) -> bool:
    """Whether the words before a name are a description set before it in apposition, the
    name then being the subject: ``The city's solicitor, Jo Roe, disagreed.``"""
    return (
        2 <= len(lead) <= _MAX_DESCRIPTION_WORDS
        and lead[-1].endswith(",")
        and lead[0].lower() in _DETERMINERS
        and not any(word.rstrip(",").lower() in _PHRASE_STOPS for word in lead)
        and "," not in " ".join(lead)[:-1]
    )


def _in_name(text: str, stop: regex.Match[str]) -> bool:
    """Whether a sentence end is an initialism's point inside a name or a title: ``said the
    U.S. Deputy Ambassador``, ``U.S. Trust's``, a middle initial (``Harry J. Kazianis``),
    where a word that opens sentences follows a real end (``in the U.S. The firm``)."""
    if not text[stop.start() - 1 : stop.start()].isupper() or not (
        _INITIALISM.search(text, max(0, stop.start() - 4), stop.start() + 1)
        or _MIDDLE_INITIAL.search(text, max(0, stop.start() - _NAME_REACH), stop.start())
    ):
        return False
    following = _WORD.match(text, stop.end())
    return following is not None and following.group() not in _SENTENCE_OPENERS


def _join_reopened(text: str, found: list[_Found]) -> list[_Found]:
    """Join ``"We are here. "We stay."`` into one quotation of two parts.

    A quotation left open at a full stop, with the next opener right after it, is one speech
    whose paragraphs were run together (each paragraph of a long quotation reopens, only the
    last closes): the parts are the quotation's paragraphs.
    """
    joined: list[_Found] = []
    for item in found:
        if joined:
            previous = joined[-1]
            if (
                not previous.quotation.closed
                and _blank(text, previous.span.end, item.span.start)
                and _STOP_INSIDE.search(previous.parts[-1].of(text))
                and item.quotation.family == previous.quotation.family
            ):
                joined[-1] = attrs.evolve(
                    previous,
                    quotation=item.quotation,
                    parts=previous.parts + item.parts,
                    span=Span(start=previous.span.start, end=item.span.end),
                    after=item.after,
                )
                continue
        joined.append(item)
    return joined


def _merge_split(text: str, found: list[_Found], cues: _CueIndex) -> list[_Found]:
    """Join ``"We are," she said, "making progress."`` into one quotation of two parts."""
    merged: list[_Found] = []
    for item in found:
        if merged:
            previous = merged[-1]
            gap = text[previous.span.end : item.span.start]
            first_text = previous.parts[-1].of(text)
            if (
                previous.after.end >= item.span.start
                and gap.rstrip().endswith(",")
                and first_text.endswith(",")
                and _cues.lemma_of(gap.strip(" ,")) is None
                and cues.between(previous.span.end, item.span.start)
                and not text[item.parts[0].start : item.parts[0].start + 1].isupper()
                and item.quotation.family == previous.quotation.family
            ):
                merged[-1] = attrs.evolve(
                    previous,
                    parts=previous.parts + item.parts,
                    span=Span(start=previous.span.start, end=item.span.end),
                    after=item.after,
                    middle=Span(start=previous.span.end, end=item.span.start),
                )
                continue
        merged.append(item)
    return merged


def _kind(
    text: str, item: _Found, has_cue_before: bool, has_cue_after: bool, alone: bool
) -> QuoteType | None:
    """``direct``, ``partial``, or ``None`` for a title, nickname or scare quote.

    ``alone`` says the quotation is all its paragraph holds.
    """
    content = item.parts[0].of(text)
    if alone and item.quotation.family == quotemarks.SINGLE and not has_cue_after:
        return None  # a subheading in headline style: 'Life-changing', not speech
    words = content.split()
    before = item.before.of(text).rstrip()
    before_words = before.split()
    previous_word = before_words[-1].lower() if before_words else ""
    if previous_word in _NAMING or (
        len(before_words) >= 2 and " ".join(before_words[-2:]).lower() == "known as"
    ):
        return None
    after = item.after.of(text).lstrip()
    if _SIGN.search(before[-60:]):
        return None  # what a sign or a shirt reads
    ends_stop = bool(_STOP_INSIDE.search(content))
    next_word = after.split(maxsplit=1)[0].strip(",.;:").lower() if after else ""
    if _is_title(words) and next_word in _WORK_NOUNS:
        return None  # the "Today" show
    short = len(words) <= 3 and not ends_stop and not content.endswith(",")
    if short and before_words and _is_capitalised(before_words[-1]) and after[:1].isupper():
        return None  # a nickname between a first name and a last name: Ray "The Eel" Norris
    opens_sentence = not before or before.endswith(":") or (before.endswith(",") and has_cue_before)
    if _is_title(words) and (
        (ends_stop and not opens_sentence and not has_cue_before)
        or previous_word in _TITLE_LEADS
        or previous_word.endswith(("'s", "\u2019s", "'", "\u2019"))
    ):
        return None  # a work's name: a scene from "The Lost Crown." on CBS' "Face the Nation"
    if opens_sentence and (len(words) > 1 or ends_stop):
        if _is_title(words) and not ends_stop and not has_cue_before:
            return None
        return "direct"
    if len(words) >= 3 and content[:1].isupper() and ends_stop:
        return "direct"
    if _is_title(words) and not has_cue_before:
        return None
    if len(words) <= 2 and not (has_cue_before or has_cue_after):
        return None  # a scare quote: a word or two in marks, nobody said to say it
    return "partial"


def _in_lists(text: str, found: Sequence[_Found]) -> set[int]:
    """The quotations that stand in a list of quoted items (``"A," "B" and "C"``).

    Speech is not listed that way: such runs are words under discussion, signs, or slogans.
    """
    listed: set[int] = set()
    run = [0]
    for index in range(1, len(found) + 1):
        if index < len(found):
            previous, item = found[index - 1], found[index]
            gap = text[previous.span.end : item.span.start]
            if len(gap) <= 12 and _LIST_GAP.match(gap) and len(item.parts) == 1:
                run.append(index)
                continue
        if len(run) >= _LIST_LENGTH:
            listed.update(run)
        run = [index]
    return listed


_SMALL_WORDS = _vocabulary("""of the and in a an for to on at by with from or""")


def _is_title(words: Sequence[str]) -> bool:
    """Title case, as in a work's or a programme's name: ``The Art of the Deal``."""
    if not words or len(words) > 6:
        return False
    return all(_is_capitalised(word) or word.lower() in _SMALL_WORDS for word in words) and (
        _is_capitalised(words[0])
    )


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
        speaker = before_speaker or after
        if speaker is None:
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
    if kind == "direct" and (signed := reader.signed(item.span.end, paragraph.end)) is not None:
        return signed  # ``"..." - Jo Roe``: a quotation signed with its speaker's name
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
