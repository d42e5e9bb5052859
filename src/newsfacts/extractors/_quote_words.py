"""The words the quotes extractor reads by: word lists, the word and sentence patterns.

Shared by the modules that read a quotation's sentence and its speaker; a word list used by
one of them alone lives in that module.
"""

from __future__ import annotations

import regex

from newsfacts import abbreviations
from newsfacts import cues as _cues
from newsfacts.abbreviations import SENTENCE_STARTERS, TITLES

# How far around a quotation its sentence is looked for (longer sentences are cut there).
_WINDOW = 400

# How many words may stand between a quotation and its cue (``," the State Department's
# deputy spokesman said``).
_MAX_SPEAKER_WORDS = 9

# How many words an appositive between a speaker and the cue may hold (``," Jane Doe, director
# of studies at the Centre for Policy, said``).
_MAX_APPOSITIVE_WORDS = 30


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


# (``9/11``, ``24/7``: digits joined by a slash are one word)
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}.'\u2019&\-]*(?:/\p{N}+)*|[^\s\p{L}\p{N}]")

# The same words, each with the white space before it: ``findall`` hands over plain strings
# (no match object per word) and the offsets follow from their lengths, since the words and
# the spaces between them cover the text.
_SPACED_WORD = regex.compile(rf"(\s*+)({_WORD.pattern})")

# A title's point (``Mr. Banda said``) ends no sentence: a name follows it.
_TITLE_WORDS = "|".join(
    regex.escape(word)
    for word in sorted(abbreviations.TITLES | abbreviations.NEVER_FINAL, key=len, reverse=True)
)

# Every character that may print a quotation mark, in any style: straight, curly, wire
# backticks, guillemets, German low marks, primes (``\u2033``). A style may open with what
# another closes with (German opens with a low mark and closes with ``\u201c``; a CMS often
# types both marks as ``\u201d``), so a pattern reading marks around a sentence's end accepts
# any of them on either side.
_MARK_CHARS = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a\u2032\u2033"
_MARK_CLASS = regex.escape(_MARK_CHARS)

# A sentence's end: the point (not a title's), the closing marks, the space, and the capital
# that opens the next sentence, perhaps behind opening marks (French copy sets a thin space
# inside guillemets: ``\u00ab\u2009Nous``).
_SENTENCE_END = regex.compile(
    rf"(?:(?<!(?<!\p{{L}})(?:{_TITLE_WORDS}))\.|[?!\u2026])"
    rf"[{_MARK_CLASS})\]]*\s+(?=(?:[{_MARK_CLASS}(][^\S\n]?)*\p{{Lu}})"
)

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

# How far back (characters) a pronoun or a description may reach for the one it names.
_SPEAKER_REACH = 1500

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
    officer worker employee member activist spokesperson dealer trader banker broker
    strategist consultant engineer teacher doctor nurse student farmer driver soldier
    survivor voter protester demonstrator passenger pilot journalist reporter editor critic
    historian commentator observer veteran negotiator investigator detective policeman
    man woman supplier customer shopper vendor merchant shopkeeper landlord tenant parent
    patient victim villager fisherman miner businessman businesswoman entrepreneur
    contractor developer investor buyer seller user fan player organizer organiser
    volunteer guide officer-in-charge participant attendee delegate"""
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

_OWNER = regex.compile(r"['\u2019]s?\b")

_POSSESSIVES = _vocabulary("""his her its their our my your""")

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
            "One",  # ``One veteran of the projects commented``: a description opens
        ]
    )
    # Sentence adverbs, capitalised as they open a sentence before a name (``Certainly
    # Tomas Brandt prefers ...``).
    | _vocabulary(
        """Certainly Clearly Obviously Apparently Ultimately Eventually Initially
        Unfortunately Fortunately Interestingly Additionally Separately Surprisingly
        Ironically Notably Importantly Reportedly Officially Privately Publicly Recently
        Currently Previously Subsequently Consequently Accordingly Specifically Generally
        Typically Usually Naturally Perhaps Presumably Understandably Undoubtedly"""
    )
)


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


# A party-and-state tag after a politician's name: ``(D-Wis.)``, ``(R)``, ``(Vt.)``, ``(I-Vt.)``,
# ``(D-Newport News)``, ``(Lab)``.
_PARTY_TAG_OPENER = regex.compile(
    r"(?:[DRI]|Dem|Rep|Ind|Lib|Con|Lab|NDP|Grn|Green)(?:-\p{Lu}[\p{L}.]*)?|\p{Lu}\p{Ll}{1,4}"
)


def _without_party_tags(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The words without the party-and-state tags set after a name (``Rep. Jo Roe (D-Wis.)
    said``): the tag is part of the name's phrase, not a phrase of its own."""
    kept: list[tuple[str, int, int]] = []
    index = 0
    while index < len(words):
        word = words[index][0]
        if word == "(" and kept and _is_capitalised(kept[-1][0]):
            close = next(
                (at for at in range(index + 1, min(len(words), index + 5)) if words[at][0] == ")"),
                None,
            )
            if (
                close is not None
                and close > index + 1
                and _PARTY_TAG_OPENER.fullmatch(words[index + 1][0].rstrip("."))
                and all(_is_capitalised(inner) for inner, _, _ in words[index + 1 : close])
            ):
                index = close + 1
                continue
        kept.append(words[index])
        index += 1
    return kept


def _is_capitalised(word: str) -> bool:
    first = word[:1]
    return first.isupper() or (first == "'" and word[1:2].isupper())


_MAX_DESCRIPTION_WORDS = 6

# Words that open a phrase fronted before a sentence's subject (``Given his views, Jo Roe``).
_FRONTING = _vocabulary(
    """given after before when while since although though despite like as asked in on at
    for with during unlike"""
)

_APPOSED_HEADS = _vocabulary(
    """organizer organizers organiser organisers accused victim victims owner owners students
    residents officials members experts witnesses friends neighbours neighbors parents nurse
    doctor physician teacher student farmer volunteer paramedic firefighter driver pilot
    soldier veteran survivor victim patient tenant landlord organizer activist historian"""
)


# A document's words are its author's: ``the State Department statement`` is the department.
_DOCUMENT_HEADS = _vocabulary(
    """statement letter report memo release document email note opinion ruling filing
    website post tweet"""
)

_MAX_HEAD_WORDS = 3  # ``U.S. Air Force fliers``, ``Air Force crew chief``: a noun or a compound
