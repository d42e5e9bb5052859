"""Who a reporting cue attributes to: the source phrase around a cue, and its name.

Private helpers of :mod:`newsfacts.extractors.attributions`. A sentence is read as words with
offsets (:func:`words`); :func:`subject_before` reads the noun phrase that ends at a cue
(``the FBI and Kenyan police said``, ``a senior official who spoke on condition of anonymity
said``, ``Jane Doe, a spokeswoman, said``), :func:`phrase_after` the one that follows an
inverted cue or *according to*. :func:`name_source` turns a source phrase into a name: the
canonical name of the entity it mentions (pronouns resolved by the entity layer), every name
of a joint source joined with `` and ``, the owner of a document (``the State Department
statement`` -> *State Department*), or else the phrase itself as a description, with the
kind of source it is (a ``person`` or organisation, an ``anonymous`` one, a ``report``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs
import regex

from newsfacts import cues as _cues
from newsfacts.abbreviations import SENTENCE_STARTERS
from newsfacts.article import Article
from newsfacts.records import Entity, Span

__all__ = [
    "BETWEEN",
    "Named",
    "Word",
    "mentions_document",
    "name_source",
    "phrase_after",
    "sentence_subject",
    "subject_before",
    "words",
]

Word = tuple[str, int, int]  # the word as printed, its start and end
SourceKind = Literal["named", "anonymous", "report", "other"]

# Words keep an inner period (``U.S.``) but not a final one, unless they are initials or
# abbreviations (``Mr.``, ``J.``); punctuation is one character a word.
_WORD = regex.compile(
    r"\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?![\p{L}\p{N}])"  # ``3,000``: one word
    r"|[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019&\-]*(?:\.[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019&\-]*)*\.?"
    r"|[^\s\p{L}\p{N}]"
)
# The same words, each with the white space before it: ``findall`` hands over plain strings
# (no match object per word) and the offsets follow from their lengths, since the words and
# the spaces between them cover the text.
_SPACED_WORD = regex.compile(rf"(\s*+)({_WORD.pattern})")
_KEEP_PERIOD = regex.compile(
    r"(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|St|Jr|Sr|Prof)\."
    r"|\p{Lu}-\p{Lu}\p{Ll}{1,4}\."  # a party and an abbreviated state: ``R-Ky.``, ``D-Calif.``
)
# How far back a description's titled person may be named, in characters.
_TITLE_REACH = 3000
# The widest source phrase read around a cue, in words.
_MAX_WORDS = 12
_MAX_WORDS_WITH_CLAUSE = 20
_MAX_APPOSITIVES = 3
# The most words of a name printed as an appositive (``the port's lawyer, Jon Banda, said``).
_MAX_NAME_WORDS = 4
# The words of a name read off the end of an over-long description.
_TRAILING_NAME_WORDS = 2


def _vocabulary(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words between a subject and its verb that belong to neither (``Smith also said``).
_BETWEEN = _vocabulary(
    """also later then further again earlier previously recently repeatedly simply only just
    once has had have was were is are would will already finally reportedly separately
    publicly privately long clearly apparently quickly immediately both all still really
    personally now never actually even openly don't doesn't didn't won't can't often first
    almost"""
)
_BETWEEN |= {word.replace("'", "\u2019") for word in _BETWEEN}  # typeset apostrophes too
BETWEEN = _BETWEEN
# Lower-case words in *-ly* that are nouns, not adverbs (``the family said``, ``the weekly
# reported``): every other one before a verb is an adverb (``a teacher mistakenly thought``).
_NOUNS_IN_LY = _vocabulary(
    """family assembly ally rally supply reply monopoly anomaly homily daily weekly monthly
    quarterly fortnightly biweekly bully tally belly jelly fly butterfly"""
)
# ``thus far``, ``so far``: a two-word adverb between subject and verb.
_FAR_ADVERB_HEADS = _vocabulary("""thus so""")
# Words before a verb that opens a phrase read back from a cue: a relative pronoun (the
# subject is the noun before it), an auxiliary or a conjunction (there is no subject).
_VERB_CLAUSE_OPENERS = _vocabulary("""that which who""")
_AUXILIARIES_AND_LINKS = _vocabulary(
    """was were is are be been being had has have and or but after before while when since
    by with without"""
)
# Lower-case words that open a clause: the subject phrase read backwards stops there.
_CLAUSE_WORDS = _vocabulary(
    """that which but or because while when where if as since though although than so then
    whether after before until unless yet nor what how why once said says told added is are
    was were has have had be been being not would will could should may might can did does
    do there here this these those it's he's she's they're we're i'm to"""
)
_RELATIVE = _vocabulary("""who whom""")
# Relative pronouns whose antecedent the wide scope takes for the source of the cue after them.
_WIDE_RELATIVES = _vocabulary("""which that""")
# Quantifiers that are a whole subject (``Some believe``, ``Many fear``).
_QUANTIFIER_SUBJECTS = _vocabulary(
    """Some Many Others Most Few Several Both All some many others"""
)
# Verbs that take a verb of saying in the infinitive (``went on to explain``, ``appeared to
# suggest``, ``refused to pledge``): its subject is the source.
_CATENATIVES = _vocabulary(
    """went goes appeared appears seemed seems tried tries continued continues refused refuses
    wanted wants sought seeks moved moves vowed vows promised promises began begins started
    starts decided decides chose chooses declined declines hoped hopes needs needed used
    managed failed fails yet"""
)
# Auxiliaries and negations between a subject and its verb that the wide scope reads past
# (``he does believe``, ``leaders could call on``, ``states that may not want``).
_WIDE_AUXILIARIES = _vocabulary(
    """does did do could can may might must should shall not never n't cannot won't
    wouldn't couldn't shouldn't"""
) | {"won\u2019t", "wouldn\u2019t", "couldn\u2019t", "shouldn\u2019t"}
_PERSONAL_PRONOUNS = _vocabulary("""he she they we I He She They We""")
# Words before a verb of saying in phrases that attribute nothing.
_IDIOM_ENDS = _vocabulary("""without worth having let's let\u2019s needless""")
_SUBJECT_PRONOUNS = _vocabulary("""he she they it we""")
_MAX_SUBJECT_WORDS = 6
# Irregular past forms that end a sentence's subject as well as any verb in *-ed*.
_IRREGULAR_PAST = _vocabulary(
    """took made went came gave got left held kept met ran put set sent thought found brought
    began led stood won lost paid fell broke chose spent sought fought struck threw wrote
    spoke rose drew drove knew saw became"""
)
# Irregular participles that open a clause read back from a cue (``who was flown from``).
_IRREGULAR_PARTICIPLES = _vocabulary(
    """flown taken given shown seen known driven written chosen drawn thrown beaten born
    held sent brought caught told sold"""
)
_PREPOSITIONS = _vocabulary(
    """in on at for to with from by of about over under during via through into across
    after before since"""
)
_DETERMINERS = _vocabulary(
    """a an the his her its their our one another some two three four several many multiple
    other most few both"""
)
_DETERMINER_WORDS = frozenset(["A", "An", "The"])
_TIME_NOUNS = _vocabulary("""week month year morning afternoon evening weekend spring summer fall
    winter""")
_TIME_DETERMINERS = _vocabulary("""this last next earlier""")
_CALENDAR = _vocabulary(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today tonight"""
)
# Words that open a sentence but are no part of its subject (``But officials said``).
_OPENERS = (
    frozenset(word for word in SENTENCE_STARTERS if word[:1].isupper())
    | _vocabulary("""But And Yet So Still Meanwhile However Also Now Then Instead Earlier""")
) - _vocabulary(
    """The A An His Her Its Their Our One Some Many Several Two Three He She They It We I
    Mr Mrs Ms Dr Messrs Most Other Each All Both Few No Every Another"""
)
# Words after an inverted cue or a source that end the source (``said Jane Doe in a
# statement``, ``according to police on Monday``).
_AFTER_STOPS = _vocabulary(
    """in on at during after before when while adding as who that which to from with via last
    this next yesterday today tonight earlier later and but said says told because if since
    than"""
)
# Head nouns of unnamed people and groups: such a source is ``anonymous``.
_ANONYMOUS_HEADS = _vocabulary(
    """official officials source sources diplomat diplomats aide aides person people insider
    insiders spokesman spokeswoman spokesperson spokesmen officer officers analyst analysts
    expert experts observer observers witness witnesses resident residents member members
    lawmaker lawmakers legislator legislators adviser advisers advisor advisors staffer
    staffers employee employees executive executives investigator investigators authorities
    negotiator negotiators someone critics critic supporters supporter activists activist
    leaders leader minister ministers envoy diplomats colleagues colleague friends friend
    relatives relative neighbours neighbors officers troops doctors doctor agents agent
    scientists scientist economists economist researchers researcher politicians politician
    voters"""
)
# Head nouns of documents and media: such a source is a ``report``.
_REPORT_HEADS = _vocabulary(
    """report reports statement statements media newspaper newspapers paper daily agency
    television TV radio broadcaster channel outlet outlets website documents document letter
    letters study studies survey surveys poll polls release communique communiqué memo
    filing filings record records dispatch commentary editorial article articles data
    figures account accounts cable cables transcript analysis review investigation audit
    findings press station network video footage average averages results numbers
    research evidence tally forecast estimates"""
)
_DOCUMENT_NOUNS = _REPORT_HEADS - _vocabulary("""media agency newspaper paper daily outlet""")
# Determiners that, after a source's last word, open the claim (no comma between them).
_NEW_PHRASE = frozenset(["the", "a", "an"])
_JOINERS = _PREPOSITIONS | _vocabulary("""and or of""")
_ANONYMOUS_MARKS = ("anonymity", "not authorized", "not authorised", "not be named", "unnamed")
_QUALIFIERS = _vocabulary("""close familiar near to in at on involved briefed""")
_APOSTROPHE_S = ("'s", "\u2019s")


def words(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` with their offsets (a final period is its own word).

    >>> [word for word, _, _ in words("Mr. Doe said U.S. talks ended.", 0, 30)]
    ['Mr.', 'Doe', 'said', 'U.S.', 'talks', 'ended', '.']
    """
    found: list[Word] = []
    append = found.append
    position = start
    for space, token in _SPACED_WORD.findall(text, start, end):
        low = position + len(space)
        position = high = low + len(token)
        if token[-1] == "." and len(token) > 1 and not _KEEP_PERIOD.fullmatch(token):
            inner = token[:-1]
            if "." not in inner:
                append((inner, low, high - 1))
                append((".", high - 1, high))
                continue
        append((token, low, high))
    return found


def _span(phrase: Sequence[Word]) -> Span:
    return Span(start=phrase[0][1], end=phrase[-1][2])


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _is_word(token: str) -> bool:
    return token[:1].isalnum()


def strip_between(before: list[Word]) -> list[Word]:
    """``before`` without the adverbs and auxiliaries that stand before a verb, and a short
    adjunct of time (``this month``, ``in 2010``)."""
    while before and (
        before[-1][0].lower() in _BETWEEN
        or before[-1][0] in _CALENDAR
        or (before[-1][0] == "not" and len(before) > 1 and before[-2][0].lower() in _BETWEEN)
        or _is_adverb_in_ly(before[-1][0])
        or (before[-1][0] == "far" and len(before) > 1 and before[-2][0] in _FAR_ADVERB_HEADS)
    ):
        if before[-1][0] in _CALENDAR and len(before) > 1 and before[-2][0].lower() == "on":
            before.pop()
        if before[-1][0] == "far":
            before.pop()  # ``thus far``: both words
        before.pop()
        _strip_time(before)
    _strip_time(before)
    return before


def _strip_time(before: list[Word]) -> None:
    """Drop an adjunct of time that ends ``before``: ``this month``, ``last week``, ``in
    2010`` (``the Supreme Court this month rejected``, ``who in 2010 said``)."""
    if len(before) < 3:
        return
    last, previous = before[-1][0], before[-2][0]
    this_month = last in _TIME_NOUNS and previous in _TIME_DETERMINERS
    in_a_year = previous == "in" and len(last) == 4 and last.isdigit()
    if this_month or in_a_year:
        del before[-2:]


def _is_adverb_in_ly(token: str) -> bool:
    return len(token) > 4 and token.endswith("ly") and token.islower() and token not in _NOUNS_IN_LY


def subject_before(before: list[Word], *, wide: bool = False) -> Span | None:
    """The subject that ends the words ``before`` a cue, or ``None``.

    ``before`` runs from the start of the sentence to the cue. An appositive between commas
    belongs to the subject it follows (``Jane Doe, a spokeswoman, said``); a relative clause
    of a person (``an official who asked not to be named``) too; ``A and B`` is one subject.
    With ``wide=True`` (the PolNeAR scope) also the antecedent of ``which`` or ``that`` right
    before the cue (``the study, which found``, ``cities that support``), a lone quantifier
    (``Some believe``) and a subject before an auxiliary or a negation (``he does believe``,
    ``leaders could call on``).
    """
    before = strip_between(list(before))
    if wide:
        while before and before[-1][0].lower() in _WIDE_AUXILIARIES:
            before = strip_between(before[:-1])
    if not before:
        return None
    last = before[-1][0]
    if wide and last == "to" and len(before) > 2 and before[-2][0].lower() in _CATENATIVES:
        # ``went on to explain``, ``refused to pledge``: the subject of the verb before ``to``.
        return subject_before(before[:-2], wide=True)
    if (  # ``went on to explain``
        wide
        and last == "to"
        and len(before) > 3
        and before[-2][0] == "on"
        and before[-3][0].lower() in _CATENATIVES
    ):
        return subject_before(before[:-3], wide=True)
    if wide and last.lower() in _WIDE_RELATIVES:
        return _relative_antecedent(before[:-1])
    if wide and last in _QUANTIFIER_SUBJECTS and (len(before) == 1 or not _is_word(before[-2][0])):
        return _span(before[-1:])
    if last == ",":
        return _appositive_subject(before[:-1])
    if last.lower() in _IDIOM_ENDS:
        return None  # ``it goes without saying``, ``let's say``, ``worth noting``
    if last in _PERSONAL_PRONOUNS:
        return _span(before[-1:])  # ``the money he says he raised``: the pronoun alone
    kept = _phrase_backwards(before)
    if kept and _opens_with_verb(kept[0][0]):
        return _antecedent_of_clause(before, kept)
    if len(kept) == 1 and kept[0][0].lower() in _RELATIVE:
        # ``Jane Doe, who leads the port, said``... read as ``who said``: the antecedent.
        position = before.index(kept[0])
        if position >= 1 and before[position - 1][0] == ",":
            # ``to meet with Jane Doe, who had told him``: the name that ends a longer phrase.
            antecedent = _phrase_backwards(before[: position - 1]) or _final_name(
                before[: position - 1]
            )
            return _span(antecedent) if antecedent else None
        return None
    return _span(kept) if kept else None


def _relative_antecedent(before: Sequence[Word]) -> Span | None:
    """The noun phrase that a relative pronoun right before a cue stands for (``the study,
    which found``, ``a super PAC that intends``): none when a verb ends it (``said that``)."""
    if before and before[-1][0] == ",":
        before = before[:-1]
    antecedent = _phrase_backwards(before) or _object_noun_phrase(before)
    if not antecedent:
        return None
    last = antecedent[-1][0]
    if last[:1].islower() and (_verb_like(last) or _cues.lemma_of(last, broad=True) is not None):
        return None
    return _span(antecedent)


def _object_noun_phrase(before: Sequence[Word]) -> list[Word]:
    """The short noun phrase that ends ``before`` after a verb or a preposition (``turned to
    [the Chicago Police Department] which``): from its determiner, at most a few words."""
    phrase: list[Word] = []
    for word in reversed(before[-_MAX_SUBJECT_WORDS:]):
        token = word[0]
        lower = token.lower()
        if lower in _DETERMINERS and phrase:
            phrase.insert(0, word)
            break
        if not _is_word(token) or lower in _PREPOSITIONS or lower in _CLAUSE_WORDS:
            break
        if token.islower() and _verb_like(lower):
            break
        phrase.insert(0, word)
    return phrase


def _antecedent_of_clause(before: Sequence[Word], kept: Sequence[Word]) -> Span | None:
    """A phrase read back from a cue that opens with a verb: after ``that``, ``which`` or
    ``who`` the subject is the noun before it with its clause (``a study that appeared in
    the journal found``); after an auxiliary or a conjunction there is none (``a suspect who
    was returned from Pakistan had not admitted``, ``he traveled and made reports``)."""
    position = before.index(kept[0])
    previous = before[position - 1][0].lower() if position else ""
    if previous not in _VERB_CLAUSE_OPENERS:
        return None if previous in _AUXILIARIES_AND_LINKS else _span(kept)
    antecedent = _phrase_backwards(before[: position - 1])
    if not antecedent or (antecedent[-1][0][:1].islower() and _verb_like(antecedent[-1][0])):
        return None
    return Span(start=antecedent[0][1], end=kept[-1][2])


def _opens_with_verb(token: str) -> bool:
    """Whether a phrase read back from a cue opens with a verb form (``returned from``,
    ``having left``, ``faced with``, ``made``): a clause's predicate, no one's name."""
    if not token.islower():
        return False
    return (
        (token.endswith("ed") and len(token) > 4)
        or (token.endswith("ing") and len(token) > 5)
        or token in _IRREGULAR_PAST
        or token in _IRREGULAR_PARTICIPLES
    )


def sentence_subject(head: Sequence[Word]) -> Span | None:
    """The subject that opens a sentence, read up to its verb, or ``None``.

    ``head`` is the sentence's first words. The subject is a pronoun, or a noun phrase of at
    most a few words (``Elian's Miami relatives``, ``lawyers for the family``) that a verb
    follows (a word in *-ed*, a form of *be* or *have*, a reporting verb); an appositive or
    relative clause between commas is passed over.

    >>> story = "Lawyers for the family refused, saying ..."
    >>> sentence_subject(words(story, 0, 30)).of(story)
    'Lawyers for the family'
    """
    index = 0
    while index < len(head) and head[index][0] in _OPENERS:
        index += 1
    if index < len(head) and head[index][0] == ",":
        index += 1
    start = index
    if start < len(head) and head[start][0].lower() in _SUBJECT_PRONOUNS:
        return _span(head[start : start + 1])
    kept: list[Word] = []
    while index < len(head) and len(kept) <= _MAX_SUBJECT_WORDS:
        token = head[index][0]
        lower = token.lower()
        if token == ",":
            opened_with = head[start - 1][0].lower() if start and kept else ""
            if kept and (kept[0][0].lower() in _PREPOSITIONS or opened_with in _PREPOSITIONS):
                kept = []  # ``By Monday, officials ...``: an opening adverbial, then the subject
                index += 1
                start = index
            else:
                index = _past_clause(head, index)
            continue
        if not (_is_word(token) or token in "-&'\u2019"):
            return None
        if token[:1].islower() and (
            _verb_like(lower) or _is_adverb_in_ly(token) or _far_follows(head, index)
        ):
            break  # ``The relatives thus far have refused``: the verb's adverb ends the subject
        kept.append(head[index])
        index += 1
    else:
        return None
    while kept and kept[-1][0].lower() in _BETWEEN:
        kept.pop()
    if not kept or kept[-1][0].lower() in _PREPOSITIONS | _DETERMINERS | {"and"}:
        return None
    return _span(kept)


def _far_follows(head: Sequence[Word], index: int) -> bool:
    """Whether ``head[index]`` opens ``thus far`` or ``so far``."""
    return (
        head[index][0] in _FAR_ADVERB_HEADS
        and index + 1 < len(head)
        and head[index + 1][0] == "far"
    )


def _past_clause(head: Sequence[Word], index: int) -> int:
    """The index after the comma that closes the clause opened at ``index``, or the end."""
    for position in range(index + 1, min(len(head), index + 25)):
        if head[position][0] == ",":
            return position + 1
    return len(head)


def _verb_like(lower: str) -> bool:
    return (
        lower in _CLAUSE_WORDS
        or lower in _BETWEEN
        or (lower.endswith("ed") and len(lower) > 4)
        or lower in _IRREGULAR_PAST
        or _cues.lemma_of(lower, broad=True) is not None
    )


def _appositive_subject(before: list[Word]) -> Span | None:
    # ``Jane Doe, a spokeswoman for the port, said``: the name, then the appositive.
    # ``Jane Doe, head of the guild, a union of dockers, said``: appositives in a row, each
    # a description opened in lower case, lead back to the name.
    comma = _comma_before(before, len(before))
    if comma is None or comma == len(before) - 1:
        return None
    last = before[comma + 1 :]
    for _ in range(_MAX_APPOSITIVES):
        head = _phrase_backwards(before[:comma])
        if not head:
            return None
        opens_description = head[0][0][:1].islower() or head[0][0] in _DETERMINER_WORDS
        position = before.index(head[0])
        if opens_description and position > 0 and before[position - 1][0] == ",":
            comma = position - 1
            continue
        if not _names_someone(head):
            # ``the father's lawyer, Jane Doe, said``: the description, then the name.
            if _is_name(last):
                return _span(last)
            return None
        return Span(start=head[0][1], end=before[-1][2])
    return None


def _is_name(phrase: Sequence[Word]) -> bool:
    """Whether ``phrase`` is a short run of capitalised words (``Jane Doe``)."""
    return 2 <= len(phrase) <= _MAX_NAME_WORDS and all(
        _capitalised(token) and token not in _OPENERS for token, _, _ in phrase
    )


def _comma_before(before: Sequence[Word], end: int) -> int | None:
    """The index of the comma that opens the words before ``end`` (one appositive back)."""
    for index in range(end - 1, max(-1, end - 24), -1):
        token = before[index][0]
        if token == ",":
            return index
        if not (_is_word(token) or token in "-&'\u2019"):
            return None
    return None


def _names_someone(phrase: Sequence[Word]) -> bool:
    return any(_capitalised(token) and token not in _OPENERS for token, _, _ in phrase)


def _phrase_backwards(before: Sequence[Word]) -> list[Word]:
    kept: list[Word] = []
    crossed_clause = False
    limit = _MAX_WORDS
    skip_to = -1
    for position in range(len(before) - 1, -1, -1):
        token = before[position][0]
        lower = token.lower()
        if position > skip_to >= 0:
            kept.insert(0, before[position])
            continue
        if token == ")" and (not kept or _capitalised(kept[0][0])):
            # ``Rep. Jane Doe (D-Ore.) said``: a short parenthesis belongs to the name.
            opening = _opening_parenthesis(before, position)
            if opening is None:
                break
            kept.insert(0, before[position])
            skip_to = opening
            continue
        if position == skip_to:
            skip_to = -1
            kept.insert(0, before[position])
            continue
        if not (_is_word(token) or token in "-&'\u2019"):
            break
        if len(kept) >= limit:
            # ``Executive director of the ... chapter of ... Jane Doe said``: a description too
            # long to be read whole still ends in the name that is the source.
            return _trailing_name(kept)
        if lower in _RELATIVE and not crossed_clause and kept:
            crossed_clause = True
            limit = _MAX_WORDS_WITH_CLAUSE
            kept.insert(0, before[position])
            continue
        if lower == "and" and kept and position > 0:
            previous = before[position - 1][0]
            if _capitalised(previous) or previous.lower() in _ANONYMOUS_HEADS:
                kept.insert(0, before[position])
                continue
            break
        if (
            lower == "to"
            and kept
            and _capitalised(kept[0][0])
            and position > 0
            and _capitalised(before[position - 1][0])
        ):
            kept.insert(0, before[position])  # ``Ambassador to Japan Wang Yi``: one title
            continue
        if lower == "to" and position > 0 and before[position - 1][0].lower() == "close":
            kept.insert(0, before[position])  # ``sources close to the talks``
            continue
        # A cue ends the subject, but for a plural noun heading it (``news reports have cited``).
        if token[:1].islower() and (
            lower in _CLAUSE_WORDS
            or (_cues.lemma_of(token) is not None and (kept or not token.endswith("s")))
        ):
            if lower == "to" and kept and kept[0][0][:1].islower():
                return []  # ``to finance the tax cuts promised``: a verb's object, no subject
            break
        kept.insert(0, before[position])
    while kept and (
        kept[0][0] in _OPENERS or kept[0][0].lower() in _PREPOSITIONS or kept[0][0] in _CALENDAR
    ):
        opened_by_preposition = kept[0][0] in _PREPOSITIONS
        kept.pop(0)
        if opened_by_preposition and kept and kept[0][0][:1].islower():
            return []  # ``and in recent days said``: an adjunct, the subject stands before it
    if len(kept) > 1 and kept[0][0][:1].isupper() and _cues.lemma_of(kept[0][0]) is not None:
        kept.pop(0)  # ``Said Jane Doe:``: a cue that opens the sentence before its source
    if kept and crossed_clause and kept[0][0].lower() in _RELATIVE:
        return []
    if not kept or kept[-1][0].lower() in _PREPOSITIONS | _DETERMINERS | {"and"}:
        return []
    return kept


def _final_name(before: Sequence[Word]) -> list[Word]:
    """The capitalised words (at most four) that end ``before``, none of them its first."""
    run: list[Word] = []
    for index in range(len(before) - 1, 0, -1):
        token = before[index][0]
        if not _capitalised(token) or len(run) == _MAX_NAME_WORDS:
            break
        run.insert(0, before[index])
    return run


def _trailing_name(kept: Sequence[Word]) -> list[Word]:
    """The last two words of ``kept`` when both are capitalised (a given name and a family
    name: the words before them may be the end of an organisation's name), or nothing."""
    run = list(kept[-_TRAILING_NAME_WORDS:])
    if len(run) == _TRAILING_NAME_WORDS and all(_capitalised(token) for token, _, _ in run):
        return run
    return []


def _opening_parenthesis(before: Sequence[Word], position: int) -> int | None:
    """The index of the ``(`` that the ``)`` at ``position`` closes, a few words back, after
    a capitalised word; else ``None``."""
    for index in range(position - 1, max(0, position - 8) - 1, -1):
        token = before[index][0]
        if token == "(":
            return index if index > 0 and _capitalised(before[index - 1][0]) else None
        if token in ')"\u201c\u201d':
            return None
    return None


def phrase_after(after: Sequence[Word], *, allow_comma_clause: bool = False) -> Span | None:
    """The noun phrase that opens ``after`` (``Jane Doe`` in ``said Jane Doe in a statement``).

    With ``allow_comma_clause`` an appositive after a comma is kept (``said Jane Doe, a
    spokeswoman for the port``) up to the next comma.
    """
    kept: list[Word] = []
    commas = 0
    for index, (token, _, _) in enumerate(after):
        if token == "," and allow_comma_clause and kept and commas == 0:
            following = after[index + 1][0] if index + 1 < len(after) else ""
            if following.lower() in _DETERMINERS or following[:1].islower():
                commas += 1
                kept.append(after[index])
                continue
        if not (_is_word(token) or token in "-&'\u2019"):
            break
        if len(kept) >= _MAX_WORDS:
            break
        if token in _NEW_PHRASE and kept and _is_word(kept[-1][0]) and kept[-1][0] not in _JOINERS:
            break  # ``according to Jane Doe the property was returned``: the claim begins
        if token.lower() in _AFTER_STOPS and token.lower() not in {"of", "and"}:
            if not kept and token in _CALENDAR:
                continue
            if token.lower() == "to" or token.lower() == "in" or commas == 0 or kept:
                break
        kept.append(after[index])
    while kept and not _is_word(kept[-1][0]):
        kept.pop()
    return _span(kept) if kept else None


@attrs.frozen
class Named:
    """A source phrase named: canonical name, entity id, and what kind of source it is."""

    name: str
    entity: int | None
    kind: SourceKind


def name_source(article: Article, span: Span) -> Named:
    """The name of the source printed at ``span``.

    Every entity a joint source names is joined with `` and ``; a document or a medium named
    after its owner (``X's statement``, ``the State Department statement``) is named after the
    owner; a phrase without a name is its own description (``senior US officials``).
    """
    text = article.text
    phrase = words(text, span.start, span.end)
    head = _head(phrase)
    head_word = _head_noun(head)
    lowered = span.of(text).lower()
    kind: SourceKind = "other"
    if head_word.lower() in _REPORT_HEADS:
        kind = "report"
    elif any(mark in lowered for mark in _ANONYMOUS_MARKS) or head_word.lower() in _ANONYMOUS_HEADS:
        kind = "anonymous"
    names = _entity_names(article, phrase, head) or _person_ending(article, span)
    if names:
        entity = names[0][1] if len(names) == 1 else None
        named_kind: SourceKind = "report" if kind == "report" else "named"
        return Named(" and ".join(name for name, _ in names), entity, named_kind)
    if kind != "report" and phrase and phrase[0][0] in ("the", "The"):
        titled = _titled_before(article, span, head_word.lower())
        if titled is not None:
            return Named(titled.name, titled.id, "named")
    return Named(_describe(text, span), None, kind)


def _person_ending(article: Article, span: Span) -> list[tuple[str, int]]:
    """``His father Jon Doe``, ``the head of the inquiry, Jon Doe``: a person's name that ends
    a source phrase names it, whatever describes them before."""
    if not article.entities:
        return []
    index = article.entity_index
    for mention in reversed(index.mentions_in(span)):
        if mention.span.end != span.end:
            continue
        if mention.entity is not None and mention.category == "person":
            return [(index.entity(mention.entity).name, mention.entity)]
    return []


def _titled_before(article: Article, span: Span, head_noun: str) -> Entity | None:
    """``the envoy`` that the entity layer left unresolved: the person last named before it
    whose titles hold ``envoy``."""
    if not head_noun.isalpha() or not article.entities:
        return None
    index = article.entity_index
    mentions = index.mentions_in(Span(start=max(0, span.start - _TITLE_REACH), end=span.start))
    for mention in reversed(mentions):
        if mention.entity is None or mention.category != "person":
            continue
        entity = index.entity(mention.entity)
        if any(head_noun in title.lower().split() for title in entity.titles):
            return entity
    return None


def _describe(text: str, span: Span) -> str:
    return " ".join(span.of(text).split()).strip(" ,")


def _head_noun(head: Sequence[Word]) -> str:
    """The noun heading a phrase: its last word before a qualifier (``sources close to``)."""
    for index, (token, _, _) in enumerate(head):
        if index and token.lower() in _QUALIFIERS:
            return head[index - 1][0]
    return head[-1][0] if head else ""


def _head(phrase: Sequence[Word]) -> list[Word]:
    """The words of a phrase up to its first comma, relative clause or preposition."""
    head: list[Word] = []
    for token, start, end in phrase:
        if token in ",(" or token.lower() in _RELATIVE or (head and token in ("that", "which")):
            break
        if token.lower() in {"for", "with", "from"} and head and head[-1][0][:1].islower():
            break
        if (
            token.lower() == "of"
            and head
            and (
                head[-1][0][:1].islower()
                or (len(head) == 1 and head[0][0].lower() in _REPORT_HEADS)
            )
        ):
            break  # ``the head of the agency``, ``Video of the arrest``: the noun before ``of``
        if head and token.endswith("ed") and token.islower() and len(token) > 4:
            break  # ``a poll conducted in May``: the participle qualifies the head
        head.append((token, start, end))
    return head


def _entity_names(
    article: Article, phrase: Sequence[Word], head: Sequence[Word]
) -> list[tuple[str, int]]:
    """The entities a source's head names, when the head is made of their names.

    What is left of the head once its names are taken out may only be determiners, ``and``
    between names, or a document after its owner (``'s statement``, ``statement``): ``US
    officials`` names no source, ``Washington`` and ``the FBI and Kenyan police`` do.
    """
    if not head or not article.entities:
        return []
    index = article.entity_index
    head_span = _span(head)
    mentions = [m for m in index.mentions_in(head_span) if m.entity is not None]
    if not mentions:
        containing = index.mention_at(head_span)
        if containing is None or containing.entity is None:
            return []
        if not containing.span.contains(head_span):
            return []
        mentions = [containing]
    text = article.text
    found: list[tuple[str, int]] = []
    # A mention that holds the whole head (``Mr Abbas`` around ``Abbas``) may start before it.
    covered = min(head_span.start, mentions[0].span.start)
    for mention in sorted(mentions, key=lambda m: (m.span.start, -m.span.end)):
        if mention.span.start < covered:
            continue  # a mention inside one already taken
        gap = text[covered : mention.span.start].lower().split()
        entity = index.entity(mention.entity)  # type: ignore[arg-type]
        if gap and gap[0] in _APOSTROPHE_S and len(found) == 1:
            found = []  # ``the BBC's Paul Reynolds``: the owner names the speaker's employer
            gap = gap[1:]
        if found:
            if "and" not in gap or any(w not in _DETERMINERS | {"and", ","} for w in gap):
                break
        elif any(word not in _DETERMINERS for word in gap) and (
            entity.category == "place" or not all(word[:1].isalpha() for word in gap)
        ):
            break  # lower-case words before a person or organisation describe it
        found.append((entity.name, entity.id))
        covered = max(covered, mention.span.end)
    if not found:
        return []
    rest = text[covered : max(covered, head_span.end)]
    if rest.strip() and not _document_follows(rest):
        return []
    return list(dict.fromkeys(found))


def mentions_document(text: str, span: Span) -> bool:
    """Whether a source phrase holds a document's or a poll's noun anywhere (``a 2014 study
    by professor Jane Roe``), not only as its head."""
    return any(token.lower() in _REPORT_HEADS for token, _, _ in words(text, span.start, span.end))


def _document_follows(rest: str) -> bool:
    """Whether ``rest`` is an owner's document (``'s statement``, `` joint statement``)."""
    rest = rest.strip()
    for mark in _APOSTROPHE_S:
        if rest.startswith(mark):
            rest = rest[len(mark) :].strip()
    rest_words = rest.lower().split()
    return bool(rest_words) and rest_words[-1] in _DOCUMENT_NOUNS and len(rest_words) <= 4
