"""Reading a cue's source phrase: the noun phrase that ends at a cue (``the FBI and Kenyan
police said``, ``a senior official who spoke on condition of anonymity said``, ``Jane Doe, a
spokeswoman, said``) with :func:`subject_before`, a sentence's subject with
:func:`sentence_subject`, and the phrase that follows an inverted cue or *according to* with
:func:`phrase_after`. Naming the phrase is ``_attribution_naming``'s job; the words it stops
at are the lists of ``_attribution_vocabulary``.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts import cues as _cues
from newsfacts.extractors._attribution_vocabulary import (
    AFTER_STOPS,
    ANONYMOUS_HEADS,
    AUXILIARIES_AND_LINKS,
    BETWEEN,
    CALENDAR,
    CATENATIVES,
    CLAUSE_WORDS,
    DETERMINER_WORDS,
    DETERMINERS,
    FAR_ADVERB_HEADS,
    IDIOM_ENDS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    JOINERS,
    NEW_PHRASE,
    NOUNS_IN_LY,
    OPENERS,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    QUANTIFIER_SUBJECTS,
    RELATIVE,
    SUBJECT_PRONOUNS,
    TIME_DETERMINERS,
    TIME_NOUNS,
    VERB_CLAUSE_OPENERS,
    WIDE_AUXILIARIES,
    WIDE_RELATIVES,
)
from newsfacts.extractors._attribution_words import Word, span_of
from newsfacts.records import Span

__all__ = [
    "is_adverb_in_ly",
    "phrase_after",
    "sentence_subject",
    "strip_between",
    "subject_before",
]

# The widest source phrase read around a cue, in words.
_MAX_WORDS = 12
_MAX_WORDS_WITH_CLAUSE = 20
_MAX_APPOSITIVES = 3
# The most words of a subject read back from a cue.
_MAX_SUBJECT_WORDS = 6
# The most words of a name printed as an appositive (``the port's lawyer, Jon Banda, said``).
_MAX_NAME_WORDS = 4
# The words of a name read off the end of an over-long description.
_TRAILING_NAME_WORDS = 2


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _is_word(token: str) -> bool:
    return token[:1].isalnum()


def strip_between(before: list[Word]) -> list[Word]:
    """``before`` without the adverbs and auxiliaries that stand before a verb, and a short
    adjunct of time (``this month``, ``in 2010``)."""
    while before and (
        before[-1][0].lower() in BETWEEN
        or before[-1][0] in CALENDAR
        or (before[-1][0] == "not" and len(before) > 1 and before[-2][0].lower() in BETWEEN)
        or is_adverb_in_ly(before[-1][0])
        or (before[-1][0] == "far" and len(before) > 1 and before[-2][0] in FAR_ADVERB_HEADS)
    ):
        if before[-1][0] in CALENDAR and len(before) > 1 and before[-2][0].lower() == "on":
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
    this_month = last in TIME_NOUNS and previous in TIME_DETERMINERS
    in_a_year = previous == "in" and len(last) == 4 and last.isdigit()
    if this_month or in_a_year:
        del before[-2:]


def is_adverb_in_ly(token: str) -> bool:
    """Whether ``token`` is a lower-case adverb in *-ly* (``repeatedly``; not ``family``)."""
    return len(token) > 4 and token.endswith("ly") and token.islower() and token not in NOUNS_IN_LY


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
        while before and before[-1][0].lower() in WIDE_AUXILIARIES:
            before = strip_between(before[:-1])
    if not before:
        return None
    last = before[-1][0]
    if wide and last == "to" and len(before) > 2 and before[-2][0].lower() in CATENATIVES:
        # ``went on to explain``, ``refused to pledge``: the subject of the verb before ``to``.
        return subject_before(before[:-2], wide=True)
    if (  # ``went on to explain``
        wide
        and last == "to"
        and len(before) > 3
        and before[-2][0] == "on"
        and before[-3][0].lower() in CATENATIVES
    ):
        return subject_before(before[:-3], wide=True)
    if wide and last.lower() in WIDE_RELATIVES:
        return _relative_antecedent(before[:-1])
    if wide and last in QUANTIFIER_SUBJECTS and (len(before) == 1 or not _is_word(before[-2][0])):
        return span_of(before[-1:])
    if last == ",":
        return _appositive_subject(before[:-1])
    if last.lower() in IDIOM_ENDS:
        return None  # ``it goes without saying``, ``let's say``, ``worth noting``
    if last in PERSONAL_PRONOUNS:
        return span_of(before[-1:])  # ``the money he says he raised``: the pronoun alone
    kept = _phrase_backwards(before)
    if kept and _opens_with_verb(kept[0][0]):
        return _antecedent_of_clause(before, kept)
    if len(kept) == 1 and kept[0][0].lower() in RELATIVE:
        # ``Jane Doe, who leads the port, said``... read as ``who said``: the antecedent.
        position = before.index(kept[0])
        if position >= 1 and before[position - 1][0] == ",":
            # ``to meet with Jane Doe, who had told him``: the name that ends a longer phrase.
            antecedent = _phrase_backwards(before[: position - 1]) or _final_name(
                before[: position - 1]
            )
            return span_of(antecedent) if antecedent else None
        return None
    return span_of(kept) if kept else None


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
    return span_of(antecedent)


def _object_noun_phrase(before: Sequence[Word]) -> list[Word]:
    """The short noun phrase that ends ``before`` after a verb or a preposition (``turned to
    [the Chicago Police Department] which``): from its determiner, at most a few words."""
    phrase: list[Word] = []
    for word in reversed(before[-_MAX_SUBJECT_WORDS:]):
        token = word[0]
        lower = token.lower()
        if lower in DETERMINERS and phrase:
            phrase.insert(0, word)
            break
        if not _is_word(token) or lower in PREPOSITIONS or lower in CLAUSE_WORDS:
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
    if previous not in VERB_CLAUSE_OPENERS:
        return None if previous in AUXILIARIES_AND_LINKS else span_of(kept)
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
        or token in IRREGULAR_PAST
        or token in IRREGULAR_PARTICIPLES
    )


def sentence_subject(head: Sequence[Word]) -> Span | None:
    """The subject that opens a sentence, read up to its verb, or ``None``.

    ``head`` is the sentence's first words. The subject is a pronoun, or a noun phrase of at
    most a few words (``Elian's Miami relatives``, ``lawyers for the family``) that a verb
    follows (a word in *-ed*, a form of *be* or *have*, a reporting verb); an appositive or
    relative clause between commas is passed over.

    >>> from newsfacts.extractors._attribution_words import words
    >>> story = "Lawyers for the family refused, saying ..."
    >>> sentence_subject(words(story, 0, 30)).of(story)
    'Lawyers for the family'
    """
    index = 0
    while index < len(head) and head[index][0] in OPENERS:
        index += 1
    if index < len(head) and head[index][0] == ",":
        index += 1
    start = index
    if start < len(head) and head[start][0].lower() in SUBJECT_PRONOUNS:
        return span_of(head[start : start + 1])
    kept: list[Word] = []
    while index < len(head) and len(kept) <= _MAX_SUBJECT_WORDS:
        token = head[index][0]
        lower = token.lower()
        if token == ",":
            opened_with = head[start - 1][0].lower() if start and kept else ""
            if kept and (
                kept[0][0].lower() in PREPOSITIONS
                or opened_with in PREPOSITIONS
                or (len(kept) == 1 and kept[0][0].islower())
            ):
                # ``By Monday, officials ...``, ``On Friday, however, officials ...``: an
                # opening adverbial (or one lower-case adverb), then the subject.
                kept = []
                index += 1
                start = index
            else:
                index = _past_clause(head, index)
            continue
        if not (_is_word(token) or token in "-&'\u2019"):
            return None
        if token[:1].islower() and (
            _verb_like(lower) or is_adverb_in_ly(token) or _far_follows(head, index)
        ):
            break  # ``The relatives thus far have refused``: the verb's adverb ends the subject
        kept.append(head[index])
        index += 1
    else:
        return None
    while kept and kept[-1][0].lower() in BETWEEN:
        kept.pop()
    if not kept or kept[-1][0].lower() in PREPOSITIONS | DETERMINERS | {"and"}:
        return None
    return span_of(kept)


def _far_follows(head: Sequence[Word], index: int) -> bool:
    """Whether ``head[index]`` opens ``thus far`` or ``so far``."""
    return (
        head[index][0] in FAR_ADVERB_HEADS and index + 1 < len(head) and head[index + 1][0] == "far"
    )


def _past_clause(head: Sequence[Word], index: int) -> int:
    """The index after the comma that closes the clause opened at ``index``, or the end."""
    for position in range(index + 1, min(len(head), index + 25)):
        if head[position][0] == ",":
            return position + 1
    return len(head)


def _verb_like(lower: str) -> bool:
    return (
        lower in CLAUSE_WORDS
        or lower in BETWEEN
        or (lower.endswith("ed") and len(lower) > 4)
        or lower in IRREGULAR_PAST
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
        opens_description = head[0][0][:1].islower() or head[0][0] in DETERMINER_WORDS
        position = before.index(head[0])
        if opens_description and position > 0 and before[position - 1][0] == ",":
            comma = position - 1
            continue
        if not _names_someone(head):
            # ``the father's lawyer, Jane Doe, said``: the description, then the name.
            if _is_name(last):
                return span_of(last)
            return None
        return Span(start=head[0][1], end=before[-1][2])
    return None


def _is_name(phrase: Sequence[Word]) -> bool:
    """Whether ``phrase`` is a short run of capitalised words (``Jane Doe``)."""
    return 2 <= len(phrase) <= _MAX_NAME_WORDS and all(
        _capitalised(token) and token not in OPENERS for token, _, _ in phrase
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
    return any(_capitalised(token) and token not in OPENERS for token, _, _ in phrase)


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
        if lower in RELATIVE and not crossed_clause and kept:
            crossed_clause = True
            limit = _MAX_WORDS_WITH_CLAUSE
            kept.insert(0, before[position])
            continue
        if lower == "and" and kept and position > 0:
            previous = before[position - 1][0]
            if _capitalised(previous) or previous.lower() in ANONYMOUS_HEADS:
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
            lower in CLAUSE_WORDS
            or (_cues.lemma_of(token) is not None and (kept or not token.endswith("s")))
        ):
            if lower == "to" and kept and kept[0][0][:1].islower():
                return []  # ``to finance the tax cuts promised``: a verb's object, no subject
            break
        kept.insert(0, before[position])
    while kept and (
        kept[0][0] in OPENERS or kept[0][0].lower() in PREPOSITIONS or kept[0][0] in CALENDAR
    ):
        opened_by_preposition = kept[0][0] in PREPOSITIONS
        kept.pop(0)
        if opened_by_preposition and kept and kept[0][0][:1].islower():
            return []  # ``and in recent days said``: an adjunct, the subject stands before it
    if len(kept) > 1 and kept[0][0][:1].isupper() and _cues.lemma_of(kept[0][0]) is not None:
        kept.pop(0)  # ``Said Jane Doe:``: a cue that opens the sentence before its source
    if kept and crossed_clause and kept[0][0].lower() in RELATIVE:
        return []
    if not kept or kept[-1][0].lower() in PREPOSITIONS | DETERMINERS | {"and"}:
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
            if following.lower() in DETERMINERS or following[:1].islower():
                commas += 1
                kept.append(after[index])
                continue
        if not (_is_word(token) or token in "-&'\u2019"):
            break
        if len(kept) >= _MAX_WORDS:
            break
        if token in NEW_PHRASE and kept and _is_word(kept[-1][0]) and kept[-1][0] not in JOINERS:
            break  # ``according to Jane Doe the property was returned``: the claim begins
        if token.lower() in AFTER_STOPS and token.lower() not in {"of", "and"}:
            if not kept and token in CALENDAR:
                continue
            if token.lower() == "to" or token.lower() == "in" or commas == 0 or kept:
                break
        kept.append(after[index])
    while kept and not _is_word(kept[-1][0]):
        kept.pop()
    return span_of(kept) if kept else None
