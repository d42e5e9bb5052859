"""The reporting cues of news copy: verbs and phrases that attribute speech, with lemmas.

One lexicon for every extractor that needs to know who said what (quotes now, attributions
later): each :class:`CueWord` is a printed form (``said``, ``told reporters``, ``according
to``, ``declined to comment``) with its lemma and what kind of cue it is. :func:`find_cues`
finds them in a stretch of text with one compiled pattern, longest phrase first, so that
``told reporters`` wins over ``told``. A colon that introduces speech is a cue too
(:data:`COLON`), but only the caller can tell such a colon from any other, so it is not matched
here. The lexicon itself is data, kept apart from the matching: ``_cue_lexicon`` (saying,
refusing, denying, believing, finding) and ``_cue_wide_lexicon`` (the wide scope's stances
and passives); this module re-exports its public tables.

Kinds: ``speech`` (a verb of saying: *said*, *added*, *told*), ``source`` (*according to*,
*citing*: the speaker follows), ``refusal`` (*declined to comment*, *did not respond to
requests for comment*) and ``denial`` (*denied*). Two more kinds attribute a view rather
than words: ``belief`` (*believes*, *thinks*, *expects*) and ``evidence`` (*found*, *shows*:
a study, a poll, a report). They are matched only when asked for (``broad=True``): in
quotation handling a *think* is no reporting verb.

>>> [(cue.text, cue.lemma, cue.kind) for cue in find_cues("He told reporters, according to AP")]
[('told reporters', 'tell', 'speech'), ('according to', 'according to', 'source')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsfacts import _cue_lexicon, _cue_wide_lexicon
from newsfacts._cue_lexicon import EVERY, CueKind, CueWord, inflect
from newsfacts._cue_wide_lexicon import WIDE_CLASS_OF, WIDEST
from newsfacts.records import Span

__all__ = [
    "BROAD_LEXICON",
    "COLON",
    "GATED",
    "LEXICON",
    "PASSIVE_LEMMAS",
    "RAISING_LEMMAS",
    "WIDE_LEXICON",
    "CueKind",
    "CueMatch",
    "CueWord",
    "class_of",
    "find_cues",
    "find_quotation_cues",
    "lemma_of",
]


@attrs.frozen(kw_only=True)
class CueMatch:
    """A cue found in a text: where, as printed, and its lexicon entry."""

    span: Span
    text: str
    lemma: str
    kind: CueKind


#: The colon that introduces speech (``Sanders said: "..."``); callers decide when one does.
COLON: CueWord = _cue_lexicon.COLON
#: Every cue form, keyed by its printed form.
LEXICON: dict[str, CueWord] = _cue_lexicon.LEXICON
#: The cues of a view or a finding (``believes``, ``found``), matched with ``broad=True``.
BROAD_LEXICON: dict[str, CueWord] = _cue_lexicon.BROAD_LEXICON
#: The stances of the wider PolNeAR-style scope (``wants``, ``called for``), kind ``belief``.
WIDE_LEXICON: dict[str, CueWord] = _cue_wide_lexicon.WIDE_LEXICON
#: Lemmas that are as often acts or sounds (``sang the anthem``, ``outlined the plan``): a
#: report only before what was said (``that``, a colon, a comma, a quotation mark).
GATED: frozenset[str] = _cue_lexicon.GATED
#: Lemmas whose passive without an agent is a relation of the wide scope (``has been harshly
#: criticized``), also when an adverb parts the participle from its auxiliary.
PASSIVE_LEMMAS: frozenset[str] = _cue_wide_lexicon.PASSIVE_LEMMAS
#: Raising verbs of the wide scope (``Republicans seem confident``): relations without a
#: source, whose content is the verb's subject and what follows it.
RAISING_LEMMAS: frozenset[str] = _cue_wide_lexicon.RAISING_LEMMAS


def class_of(lemma: str) -> str | None:
    """The name of the wide-scope verb class of ``lemma`` (``"judge"`` for ``hail``), if any."""
    return WIDE_CLASS_OF.get(lemma)


def _pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """One pattern for every form, written as a trie of characters: at each position only
    the forms that share what was read so far are tried (the engine does not try hundreds of
    alternatives at every word), and a longer form wins over its head word (``told
    reporters`` over ``told``) because a node tries to go on before it ends."""
    trie = _trie(forms)
    # A hyphen before or after makes the form part of a compound (``internationally-agreed``,
    # ``self-declared``, ``much-expected``): no cue. Every form opens with a letter, so
    # ``(?<!\w)`` is the word boundary before it; written as lookbehinds it is checked
    # faster than ``\b`` (a quarter less time over the corpus).
    return re.compile(r"(?<!\w)(?<!\w-)" + _trie_pattern(trie) + r"\b(?!-\w)")


def _trie(forms: Iterable[str]) -> dict[str, Any]:
    """The forms as a trie of characters; ``""`` marks where a form may end."""
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if "" in node:
        branches.append("")  # the form may end here, tried last
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


_CUE = _pattern(LEXICON)
_BROAD_CUE = _pattern(EVERY)
_WIDE_CUE = _pattern(WIDEST)
_SPACES = re.compile(r"\s+")


# Verbs that need an object (``described the scene``, ``called it "a disgrace"``): printed
# without one after a noun and its subject (``an experience Grizzle described at length``)
# they sit in a relative clause whose object is that noun, and report nothing.
_NEEDS_OBJECT = frozenset(["describe", "call", "recount"])
# What may follow such a verb when its object is missing: punctuation or an adjunct.
_NO_OBJECT = re.compile(
    r"\s*(?:[.,;:!?)\u2014]|\Z|(?:at|in|during|earlier|later|last|yesterday|today|on|to|"
    r"with|by|from|when|while|before|after)\b)"
)
# Lower-case words that may stand before a subject without being a noun it qualifies.
_NOT_NOUNS = frozenset(
    """that and but or as so if then when while because what how why where which who whom
    also later earlier now today yesterday once before after since until though although
    said says told added also just only even still never not""".split()  # noqa: SIM905
)
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "I", "you", "it"])
# Forms that are more often a plural noun than a verb: a verb only after its subject.
_NOUN_TOO = frozenset(
    [
        "remarks",
        # The third person of the class verbs that are count nouns too (``many reasons``).
        *(
            inflect(lemma)[0]
            for lemma in (
                "reason",
                "alert",
                "detail",
                "outline",
                "cry",
                "roar",
                "groan",
                "gasp",
                "growl",
                "snap",
                "sigh",
                "murmur",
                "query",
                "doubt",
                "fear",
                "hope",
                "muse",
                "tease",
            )
        ),
    ]
)
_GAP_REACH = 60  # characters read before the verb for its subject and the noun before it

# The words before a cue form that make it a noun or an adjective (``the pledges made in
# May``, ``his claims``, ``amid reports``, ``a proposed merger``), by the forms they make so:
# a form in *-s* is a plural noun after any of them; a base form (``a say``, ``in support``)
# after an article, a possessive or a preposition; a past participle (``the planned
# summit``) after an article or a possessive pronoun (``despite repeated warnings`` is a
# report of the wide scope, whose cue overlaps the participle);
# an *-ing* form (``a warning``) only after an article or a possessive pronoun (``by saying``
# is a cue, ``those advocating`` a verb). Quantifiers are pronouns before a verb's base or
# past form (``some say``, ``many expected``), so they only make a noun of a form in *-s*.
_ARTICLES = frozenset(["the", "The", "a", "A", "an", "An"])
_POSSESSIVES = frozenset(
    ["his", "His", "its", "Its", "their", "Their", "our", "Our", "my", "My", "your", "Your"]
)
_PLURAL_DETERMINERS = frozenset(
    """these These those Those many Many several Several some Some such Such no No other
    various numerous her Her""".split()  # noqa: SIM905
)
_PREPOSITIONS = frozenset(
    """of despite Despite amid Amid amidst about over on in for with against from after
    following among between into""".split()  # noqa: SIM905
)
_NOUN_BEFORE_S = _ARTICLES | _POSSESSIVES | _PLURAL_DETERMINERS | _PREPOSITIONS
_NOUN_BEFORE_BASE = _ARTICLES | _POSSESSIVES | _PREPOSITIONS | {"her", "Her"}
_NOUN_BEFORE_ING = _ARTICLES | _POSSESSIVES
_NOUN_MARKERS = _NOUN_BEFORE_S | _NOUN_BEFORE_BASE
_MARKER_REACH = 2 + max(map(len, _NOUN_MARKERS))  # a marker, its spaces
# The commonest forms, never a noun or an adjective: not looked at (it saves time).
_NEVER_NOUNS = frozenset(["said", "told", "added", "asked", "says", "tells", "adds"])
# Contractions that look like possessives (``he's admitted``, ``it's found``).
_CONTRACTED = frozenset(
    "he's she's it's that's there's what's who's here's he\u2019s she\u2019s it\u2019s".split()  # noqa: SIM905
)
# Participles that premodify a noun after a possessive (``the government's proposed plan``);
# after ``Moody's`` any other past form is the company speaking.
_ATTRIBUTIVE = frozenset(
    """proposed planned alleged estimated reported expected promised stated claimed
    disputed continued agreed announced declared""".split()  # noqa: SIM905
)
# A noun with a content clause reports (``his claim that``, ``her promises to cut``).
_CONTENT_CLAUSE = re.compile(r"\s+(?:that|to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z])")
# What follows a plural noun after a possessive (``Labour's pledges were``, ``Labour's
# pledges as``), not a verb's object (``Moody's warns investors``).
_PLURAL_NOUN_FOLLOWS = re.compile(
    r"\s*(?:[.,;:)]|(?:were|are|have|had|as|of|for|on|in|and|or|would|will|could)\b)"
)
_LOWER_WORD = re.compile(r"\s+[a-z]")
_DETERMINER_WORDS = frozenset("the a an his her its their this that these those".split())  # noqa: SIM905


def _word_before(text: str, position: int) -> str:
    """The word that ends one space before ``position``, or ``""`` when punctuation or
    nothing stands there (a word longer than :data:`_MARKER_REACH` may come cut)."""
    last = position - 1
    if last < 1 or text[last] != " ":
        return ""
    word = text[text.rfind(" ", max(0, position - _MARKER_REACH), last) + 1 : last]
    return word.rpartition("\n")[2] if "\n" in word else word


# ``went on``, ``carried on``: speech that goes on only before what is said (a colon, a
# comma, a quotation mark) or after a quotation (``"...," he went on.``); else an act
# (``went on leave``, ``went on to win``).
_GOING_ON = frozenset(["go on", "carry on"])
_SPEECH_FOLLOWS = re.compile(r"\s*[:,\u2014\"\u201c`'\u2018]")
_SPEECH_ENDS = re.compile(r"\s*[.,;]")
_QUOTATION_CLOSED = re.compile(r"[,?!](?:\"|\u201d|''|')\s")
_SUBJECT_REACH = 48  # characters between a quotation's close and ``went on``


def _goes_on_speaking(text: str, start: int, end: int) -> bool:
    """Whether ``went on`` at ``text[start:end]`` reports speech (see :data:`_GOING_ON`)."""
    if _SPEECH_FOLLOWS.match(text, end, min(len(text), end + 8)):
        return True
    if _SPEECH_ENDS.match(text, end, min(len(text), end + 8)) is None:
        return False
    return _QUOTATION_CLOSED.search(text, max(0, start - _SUBJECT_REACH), start) is not None


def _possessive(word: str) -> bool:
    """Whether ``word`` is a possessive (``Labour's``), not a contraction (``he's``)."""
    return word.endswith(("'s", "\u2019s")) and word.lower() not in _CONTRACTED


def _used_as_noun(text: str, start: int, end: int, printed: str, lemma: str) -> bool:
    """Whether the cue form at ``text[start:end]`` is a noun or an adjective here (``the
    pledges``, ``amid reports``, ``a proposed merger``) by the word before it. A phrase
    (``told reporters``) never is."""
    if " " in printed:
        return False
    word = _word_before(text, start)
    if word not in _NOUN_MARKERS and not word.endswith("s"):
        return False  # the common case, a name or a verb's subject: decided at once
    possessive = _possessive(word)
    if printed.endswith("s"):
        noun = word in _NOUN_BEFORE_S or (
            possessive
            and _PLURAL_NOUN_FOLLOWS.match(text, end, min(len(text), end + 8)) is not None
        )
    elif printed.endswith("ing"):
        noun = word in _NOUN_BEFORE_ING
    elif printed == lemma:
        noun = word in _NOUN_BEFORE_BASE or possessive
    elif word in _ARTICLES or word in _POSSESSIVES:
        noun = True  # a past participle: ``the planned summit``
    else:
        # ``Chrysler's proposed acquisition``, not ``Moody's said the``.
        noun = possessive and printed in _ATTRIBUTIVE and _modifies_a_noun(text, end)
    return noun and _CONTENT_CLAUSE.match(text, end, min(len(text), end + 12)) is None


def _modifies_a_noun(text: str, end: int) -> bool:
    """Whether a lower-case word, not a determiner, follows ``end`` (``proposed plan``)."""
    if _LOWER_WORD.match(text, end, min(len(text), end + 3)) is None:
        return False
    following = text[end : end + 24].split()
    return bool(following) and following[0] not in _DETERMINER_WORDS


def _subject_before(text: str, position: int) -> bool:
    """Whether a name or a subject pronoun stands right before ``position`` (``Doe remarks``,
    ``he remarks``), not a possessive (``Doe's remarks``) or a lower-case word."""
    before = text[max(0, position - _GAP_REACH) : position].split()
    if not before:
        return False
    word = before[-1].rstrip(",")
    if word in _SUBJECT_PRONOUNS:
        return True
    return word[:1].isupper() and not word.endswith(("'s", "\u2019s", "s'"))


def _object_gapped(text: str, start: int, end: int) -> bool:
    """Whether the verb at ``text[start:end]`` lacks its object after ``noun subject``."""
    if _NO_OBJECT.match(text, end) is None:
        return False
    before = text[max(0, start - _GAP_REACH) : start].split()
    if len(before) < 2:
        return False
    if before[-1] in _SUBJECT_PRONOUNS:
        subject = 1
    else:
        subject = 0
        while subject < min(3, len(before) - 1) and before[-1 - subject][:1].isupper():
            subject += 1
    if subject == 0 or subject >= len(before):
        return False
    noun = before[-1 - subject]
    return noun.isalpha() and noun.islower() and noun not in _NOT_NOUNS


def lemma_of(form: str, *, broad: bool = False, wide: bool = False) -> str | None:
    """The lemma of a printed cue (``"said"`` -> ``"say"``), or ``None`` if it is no cue.

    The form is looked up as printed (only the verbs that open a sentence before their
    speaker have capitalised entries: ``Added``); a caller that holds a cue found anywhere
    lower-cases it first. With ``wide=True`` the stances of the wide scope count too.

    >>> lemma_of("told  reporters"), lemma_of("walked"), lemma_of("worries", wide=True)
    ('tell', None, 'worry')
    """
    table = WIDEST if wide else EVERY if broad else LEXICON
    cue = table.get(form)
    if cue is None and not form.isalpha():
        cue = table.get(_SPACES.sub(" ", form))  # ``told  reporters``: spaces made one
    return None if cue is None else cue.lemma


# A view printed after a quotation, before its holder (``"...," worries Jo Roe``): the
# inversion makes the verb of a view report the quotation.
_STANCES_AFTER_QUOTATION = {
    "believes": "believe",
    "believed": "believe",
    "thinks": "think",
    "thought": "think",
    "fears": "fear",
    "feared": "fear",
    "hopes": "hope",
    "hoped": "hope",
    "worries": "worry",
    "worried": "worry",
    "frets": "fret",
    "fretted": "fret",
    "reckons": "reckon",
    "reckoned": "reckon",
    "suspects": "suspect",
    "suspected": "suspect",
    "feels": "feel",
    "felt": "feel",
    "doubts": "doubt",
    "doubted": "doubt",
}
# The marks that close and open a quotation, as the quote extractor pairs them.
_CLOSE = r"(?:\"|\u201d|''|'|\u2019|\u00bb)"
_OPEN = r"(?:\"|\u201c|``|'|\u2018|\u00ab)"
_STANCE_FORMS = "|".join(_STANCES_AFTER_QUOTATION)
_MANNER_FORMS = _trie_pattern(_trie(_cue_lexicon.MANNER_FORMS))
# A view inverted after a quotation (``"...," worries Jo Roe``).
_INVERTED_STANCE = re.compile(rf"[,?!]{_CLOSE}[ \t]+({_STANCE_FORMS})[ \t]+(?=[A-Za-z])")
# A manner of speaking next to a quotation: inverted after it (``"...," sniffed Jo Roe``),
# after its speaker (``"...," Jo Roe sniffed.``: up to five words of a subject, and maybe an
# appositive between commas) or before it (``Jo Roe snapped: "..."``, ``scolded the crew: "..."``).
_MANNER_AFTER = re.compile(
    rf"[,?!\u2014-]{_CLOSE}[ \t]+(?:[\w.'\u2019-]+[ \t]+){{0,5}}?"
    # an appositive after the speaker's name (``Jo Roe, a nurse, sniffed``)
    rf"(?:[\w.'\u2019-]+,[^,\n\"\u201c\u201d]{{1,80}},[ \t]+)?"
    rf"({_MANNER_FORMS})\b(?![-'\u2019]\w)"
)
# A report passed on by someone named between (``Jo Roe was quoted by Interfax as saying``):
# the words are the subject's; the whole passive is the cue. The pattern opens with the rare
# word ``quoted`` (found fast) and the auxiliary before it is checked after.
_QUOTED_BY = re.compile(
    r"quoted[ \t]+by(?:[ \t]+[\w.'\u2019&-]+){1,6}?[ \t]+as[ \t]+(saying|telling)\b"
)
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:was|were|is|are|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+\Z"
)
# The colon or comma that opens a quotation (rare: found first), and the manner of speaking
# right before it, read back from there (``Jo Roe snapped: "..."``, ``scolded the crew:``).
_OPENING_PUNCTUATION = re.compile(rf"[:,][ \t]*{_OPEN}")
_MANNER_BEFORE = re.compile(rf"\b({_MANNER_FORMS})(?:[ \t]+[\w'\u2019-]+){{0,3}}?[ \t]*\Z")
# How far back from that punctuation its verb is read.
_MANNER_REACH = 60


def find_quotation_cues(text: str, start: int = 0, end: int | None = None) -> Iterator[CueMatch]:
    """The cues of a quotation that :func:`find_cues` does not read, in ``text[start:end]``,
    in text order: verbs that report a quotation only when they stand next to one, a view
    inverted after it (``"...," frets Jo Roe``, kind ``belief``) and a manner of speaking after
    or before it (``"...," Jo Roe sniffed``, ``Jo Roe snapped: "..."``, kind ``speech``),
    elsewhere views, sounds and acts (``the dog barked``); and a passive report with its agent
    (``Jo Roe was quoted by Interfax as saying``), one cue of the words between.

    >>> [cue.lemma for cue in find_quotation_cues('"It is late," frets Jo Roe.')]
    ['fret']
    >>> [cue.text for cue in find_quotation_cues('"Never," Jo Roe sniffed. The dog barked.')]
    ['sniffed']
    """
    stop = len(text) if end is None else end
    found: list[CueMatch] = [
        CueMatch(
            span=Span(start=match.start(1), end=match.end(1)),
            text=match.group(1),
            lemma=_STANCES_AFTER_QUOTATION[match.group(1)],
            kind="belief",
        )
        for match in _INVERTED_STANCE.finditer(text, start, stop)
    ]
    for match in _QUOTED_BY.finditer(text, start, stop):
        auxiliary = _AUXILIARY_BEFORE.search(text, max(start, match.start() - 20), match.start())
        if auxiliary is not None:
            found.append(
                CueMatch(
                    span=Span(start=auxiliary.start(), end=match.end()),
                    text=text[auxiliary.start() : match.end()],
                    lemma="say" if match.group(1) == "saying" else "tell",
                    kind="speech",
                )
            )
    manners = list(_MANNER_AFTER.finditer(text, start, stop))
    for opening in _OPENING_PUNCTUATION.finditer(text, start, stop):
        before = _MANNER_BEFORE.search(
            text, max(start, opening.start() - _MANNER_REACH), opening.start()
        )
        if before is not None:
            manners.append(before)
    seen: set[int] = set()
    for match in manners:
        if match.start(1) in seen:
            continue
        seen.add(match.start(1))
        printed = match.group(1)
        found.append(
            CueMatch(
                span=Span(start=match.start(1), end=match.end(1)),
                text=printed,
                lemma=_cue_lexicon.MANNER_FORMS[_SPACES.sub(" ", printed)],
                kind="speech",
            )
        )
    found.sort(key=lambda cue: cue.span.start)
    yield from found


def find_cues(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    broad: bool = False,
    wide: bool = False,
) -> Iterator[CueMatch]:
    """Every cue in ``text[start:end]``, in text order, with spans into ``text``.

    With ``broad=True`` the cues of a view or a finding (``believes``, ``found``) count too;
    with ``wide=True`` also the stances of the PolNeAR-style scope (``wants``, ``called for``).

    >>> [cue.lemma for cue in find_cues("Analysts believe it, he said", broad=True)]
    ['believe', 'say']
    """
    pattern = _WIDE_CUE if wide else _BROAD_CUE if broad else _CUE
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        printed = match.group()
        cue = WIDEST.get(printed) or WIDEST[_SPACES.sub(" ", printed)]
        if cue.lemma in _NEEDS_OBJECT and _object_gapped(text, match.start(), match.end()):
            continue
        if printed in _NOUN_TOO and not _subject_before(text, match.start()):
            continue  # ``his remarks``, ``disparaging remarks``: the noun
        if cue.lemma in _GOING_ON and not _goes_on_speaking(text, match.start(), match.end()):
            continue
        if printed not in _NEVER_NOUNS and _used_as_noun(
            text, match.start(), match.end(), printed, cue.lemma
        ):
            continue  # ``the pledges made in May``, ``amid reports``: a noun
        yield CueMatch(
            span=Span(start=match.start(), end=match.end()),
            text=printed,
            lemma=cue.lemma,
            kind=cue.kind,
        )
