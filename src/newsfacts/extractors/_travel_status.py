"""Status and modality: whether a clue's trip is done, under way, planned or unreal.

Cancellation words first, then unreal ones (*would*, *if*, *refused to*; *would* after *said*
is reported future), then future ones (*will*, *is to*, *plans to*), then present (*is in*,
*is visiting*), then the verb's own tense. A noun trigger with none of these has no status
yet; the merging step gives it the status of the journey it joins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfacts import travel_words
from newsfacts.extractors._travel_context import TravelContext
from newsfacts.extractors._travel_records import Clue

__all__ = ["EARLIER_TIME", "HAS_SENT", "read_counts", "read_status"]


def _cue_pattern(cues: Sequence[str]) -> re.Pattern[str]:
    words = sorted((re.escape(cue) for cue in cues), key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(words) + r")(?![\w])")


_CANCEL = _cue_pattern(travel_words.CANCEL_CUES)
_UNREAL = _cue_pattern(travel_words.HYPOTHETICAL_CUES)
_PROPOSAL = _cue_pattern(travel_words.PROPOSAL_CUES)
_EARLIEST_DATE = _cue_pattern(travel_words.EARLIEST_DATE_CUES)
#: Modals of possibility that an earliest date (*as early as Tuesday*) makes a plan.
_POSSIBLE = frozenset({"could", "may", "might"})
_FUTURE = _cue_pattern(travel_words.FUTURE_CUES)
_ONGOING = _cue_pattern(travel_words.ONGOING_CUES)
_COMPLETED = _cue_pattern(travel_words.COMPLETED_CUES)
_REPORTED_WOULD = re.compile(
    r"\b(?:said|says|told|announced|added|reported|stated|according\sto|released|published|"
    r"issued)\b[^.;]{0,60}\bwould\b"
)
_PRESENT_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s(?:\w+\s)?\w+ing\b")
_NP_PLANNED = re.compile(
    r"\b(?:upcoming|forthcoming|planned|proposed|scheduled|coming|next|impending|expected)\b"
)
_NP_EARLIER = re.compile(r"\b(?:previous|earlier|last|past|prior(?!\sto\b)|recent|former)\b")
_COUNTED = re.compile(
    # "two official visits", not "March 4 after visits": a middle word is no preposition
    r"\b(?P<n>two|three|four|five|several|\d)\s(?:(?!after\b|before\b|since\b|during\b|of\b)\w+\s)?"
    r"(?:trips|visits|journeys|missions)\b"
    r"|\b(?P<ord>second|third|fourth|fifth|2nd|3rd|4th|5th)\s(?:[\w-]+\s)?(?:trip|visit|journey)\b",
    re.IGNORECASE,
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "several": 2, "second": 1, "third": 2}
_COUNTS.update({"fourth": 3, "fifth": 4, "2nd": 1, "3rd": 2, "4th": 3, "5th": 4})
_ON_A_TRIP = re.compile(r"\bon\s(?:a|an|the|his|her|their|its)\b")
# "if he came to", "unless the minister visits": the subject of a condition travels in thought
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless)\s(?:(?:the|a|an)\s)?$", re.IGNORECASE)
# "if he came", "if she ever visits": the trigger is the clause's own verb, not "was ready to come"
_ONE_WORD_GAP = re.compile(r"\s(?:[a-z]+\s)?")


def _conditional_subject(context: TravelContext, clue: Clue, sentence_start: int) -> bool:
    """Whether the traveller is the subject of an *if* or *unless* clause whose verb is the
    trigger (*... if he came to the United States*)."""
    span = clue.traveler_span
    if span is None or _ONE_WORD_GAP.fullmatch(context.text, span.end, clue.trigger.start) is None:
        return False
    window_start = max(sentence_start, span.start - 12)
    return _CONDITION_BEFORE.search(context.text, window_start, span.start) is not None


EARLIER_TIME = re.compile(
    r"\b(?:earlier\sthis|last)\s(?:month|year)\b|\b(?:a|one|two|three|four|five|six|\d{1,2})\s"
    r"(?:weeks?|months?|years?)\sago\b",
    re.IGNORECASE,
)


def _proposed(context: TravelContext, clue: Clue, sentence_start: int) -> bool:
    """Whether the trigger is the verb a proposal puts right after its traveller
    (*suggested that Elian and his relatives stay in*), not a later clause's (*when he
    visits*)."""
    traveler = clue.traveler_span
    if traveler is None or not 0 <= clue.trigger.start - traveler.end <= 30:
        return False
    before = context.text[max(sentence_start, traveler.start - 100) : traveler.start].lower()
    cues = list(_PROPOSAL.finditer(before))
    return bool(cues) and len(before) - cues[-1].end() <= 40


def read_status(
    context: TravelContext, clue: Clue, sentence_start: int, word: str, *, reported_from: int = -1
) -> None:
    text = context.text
    trigger = clue.trigger
    left = clue.traveler_span.end if clue.traveler_span is not None else sentence_start
    if left > trigger.start:
        left = sentence_start
    pre = text[max(left, trigger.start - 120) : trigger.start]
    pre_lower = pre.lower()
    after = clue.stops[-1].span.end if clue.stops else trigger.end
    around = text[max(sentence_start, trigger.start - 120) : max(after, trigger.end) + 30].lower()
    noun = clue.noun

    def near_text(width: int) -> str:
        return text[max(sentence_start, trigger.start - width) : trigger.start].lower()

    if _CANCEL.search(around):
        clue.status, clue.tense = "cancelled", "auto"
        return
    if _conditional_subject(context, clue, sentence_start):
        clue.status, clue.tense = "hypothetical", "auto"
        return
    if _proposed(context, clue, sentence_start):
        clue.status, clue.tense = "hypothetical", "auto"
        return
    unreal = [m for m in _UNREAL.finditer(pre_lower) if not _is_month_may(pre, m)]
    if unreal:
        reported = text[max(0, min(reported_from, sentence_start)) : trigger.start].lower()
        if _REPORTED_WOULD.search(reported) and all(m.group() == "would" for m in unreal):
            clue.status, clue.tense = "planned", "future"
            return
        if all(m.group() in _POSSIBLE for m in unreal) and _EARLIEST_DATE.search(
            text, trigger.end, min(after + 60, len(text))
        ):
            clue.status, clue.tense = "planned", "future"  # "could come as early as Tuesday"
            return
        if not noun or unreal[-1].end() > len(pre_lower) - 30:
            clue.status, clue.tense = "hypothetical", "auto"
            return
    if noun:
        near = text[max(sentence_start, trigger.start - 30) : trigger.start].lower()
        if _NOUN_DONE.search(near) and not _FUTURE.search(pre_lower):
            clue.status, clue.tense = "completed", "past"
            return
        if _NP_EARLIER.search(near):
            clue.status, clue.tense, clue.earlier = "completed", "past", True
            return
        if _NP_PLANNED.search(near):
            clue.status, clue.tense = "planned", "future"
            return
        window_start = max(sentence_start, trigger.start - 80)
        # The pattern tries 60 characters back at every position: only with a *during* in view.
        during = (
            _DURING.search(text, window_start, trigger.start)
            if text.find("during", window_start, trigger.start) >= 0
            else None
        )
        if during is not None and _PAST_GOVERNOR.search(during.group("before")):
            # "X met with him during his visit to Y": the visit was under way then
            clue.status, clue.tense = "completed", "past"
            return
    if noun and word.startswith("return"):
        # "block Elian's return to Cuba": a return named as a noun is still to come (and the
        # place it is from is where the traveller is), unless it dates something else
        # (*since his return to Tokyo*)
        if _SINCE_RETURN.search(near_text(12)):
            clue.status, clue.tense = "completed", "past"
        elif clue.kind == "return":
            clue.status, clue.tense = "planned", "future"
        else:
            clue.status, clue.tense = "ongoing", "auto"
        return
    if clue.kind == "depart" and _AFTER_HAVING.search(near_text(20)):
        # "will fly to Y after having completed a trip to X": X is done
        clue.status, clue.tense, clue.anterior = "completed", "past", True
        return
    if _FUTURE.search(pre_lower + " " + word) or _REPORTED_READY.search(
        text, max(0, min(reported_from, sentence_start), trigger.start - 160), trigger.start
    ):
        clue.status, clue.tense = "planned", "future"
        return
    if clue.kind == "depart" and not _PRESENT_PROGRESSIVE.search(pre_lower[-25:] + word):
        # "has arrived back from", "wrapped up a visit to": that stop is done
        clue.status, clue.tense = "completed", "past"
        return
    if noun and _NOUN_STARTED.search(near_text(40)):
        clue.status, clue.tense = "ongoing", "past"
        return
    if noun and _ON_A_TRIP.search(text[max(sentence_start, trigger.start - 40) : trigger.start]):
        clue.status, clue.tense = "ongoing", "auto"
        return
    verb = word.split()[0]
    if _ONGOING.search(pre_lower + " " + word) or _PRESENT_PROGRESSIVE.search(
        pre_lower[-25:] + verb
    ):
        clue.status, clue.tense = "ongoing", "auto"
        progressive = _PRESENT_PROGRESSIVE.search(pre_lower[-25:] + verb)
        if verb.endswith("ed") or verb in travel_words.PAST_VERB_FORMS:
            clue.tense = "past"
        elif clue.kind == "arrive" and not progressive:
            clue.tense = "past"  # "his arrival here Thursday": a traveller here arrived before
        return
    if verb.endswith("ed") or verb in travel_words.PAST_VERB_FORMS or _past_auxiliary(pre_lower):
        clue.status, clue.tense = "completed", "past"
        return
    if noun:
        if _PAST_VERB.search(pre_lower[-60:]):
            clue.tense = "past"
        else:
            _tense_of_main_clause(context, clue, sentence_start)
        return
    if verb.endswith("ing"):
        clue.status, clue.tense = None, "auto"
        return
    if _future_time_clause(text, sentence_start, trigger.start):
        clue.status, clue.tense = "planned", "future"
        return
    clue.status, clue.tense = "ongoing", "auto"


# "once the group arrives in", "as soon as he lands in": a present verb in a time clause
_TIME_CLAUSE = re.compile(
    r"\b(?:once|when|whenever|as\ssoon\sas|until|till|by\sthe\stime)\s(?:[\w'\u2019-]+\s){1,5}$",
    re.IGNORECASE,
)
_MAIN_FUTURE = re.compile(r"\b(?:will|would|shall|is\sto|are\sto|could|can)\b", re.IGNORECASE)


def _future_time_clause(text: str, sentence_start: int, trigger: int) -> bool:
    """Whether a present-tense trigger is the verb of a time clause under a future or
    modal main clause (*the boy would be handed over once the group arrives in*): a trip
    still to come."""
    clause = _TIME_CLAUSE.search(text, max(sentence_start, trigger - 60), trigger)
    if clause is None:
        return False
    main = _MAIN_FUTURE.search(text, max(sentence_start, clause.start() - 120), clause.start())
    return main is not None


# "announced that the boy's father was ready to travel": readiness reported in the past
# tense is the present "is ready to" of the one who said it
_REPORTED_READY = re.compile(
    r"\b(?:said|announced|told|added|reported|stated|confirmed)\b[^.;]{0,100}\b(?:was|were)\s"
    r"(?:ready|prepared)\sto\s$"
)
# "With the arrival of X in Y on Friday, 47 delegations have arrived": a noun trigger in a
# fronted phrase takes the tense of the clause after the comma
_FRONTED_PHRASE = re.compile(
    r"\s*(?:[Ww]ith|[Aa]fter|[Ff]ollowing|[Uu]pon|[Oo]n)\s(?:the|his|her|their|its)\s$"
)
_MAIN_CLAUSE = re.compile(r"[^,;.]{0,200},\s(?P<clause>[^,;.]{0,80})")
_MAIN_PAST = re.compile(r"\b(?:have|has|had|was|were|did|\w{3,}ed)\b")
_MAIN_FUTURE_VERB = re.compile(r"\b(?:will|shall|is\sto|are\sto)\b")


def _tense_of_main_clause(context: TravelContext, clue: Clue, sentence_start: int) -> None:
    """A noun trigger that opens its sentence's fronted phrase (*With the arrival of X ...,*)
    is told in the tense of the main clause that follows the comma."""
    text = context.text
    if not _FRONTED_PHRASE.fullmatch(text, sentence_start, clue.trigger.start):
        return
    main = _MAIN_CLAUSE.match(text, clue.trigger.end)
    if main is None:
        return
    clause = main.group("clause")
    if _MAIN_FUTURE_VERB.search(clause):
        clue.status, clue.tense = "planned", "future"
    elif _MAIN_PAST.search(clause):
        clue.status, clue.tense = "completed", "past"


_SINCE_RETURN = re.compile(r"\b(?:after|since|following|upon)\s(?:\w+(?:'s|\u2019s)?\s)?$")
_DURING = re.compile(
    r"(?P<before>[^.;]{0,60})\bduring\s(?:(?:his|her|their|its|the|a|an)\s)?(?:[\w-]+\s){0,2}$"
)
# a verb in the past that a "during" phrase hangs on (lower case: "Mohamed" is no verb)
_PAST_GOVERNOR = re.compile(
    r"\b(?:met|saw|spoke|held|gave|made|took|told|said|was|were|had|did|went|came|[a-z]{2,}ed)\b"
)
_AFTER_HAVING = re.compile(r"\b(?:after|having|since)\s(?:having\s)?$")
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|said|\w{3,}ed)\b")
_NOUN_STARTED = re.compile(
    r"\b(?:began|begins|begun|started|starts|kicked\soff|kicks\soff|opened|opens|"
    r"embarked\son|embarks\son|is\son|are\son|kicking\soff|starting|beginning|(?:first|second|third|fourth|fifth|sixth|last|final)"
    r"\sday\sof)\b"
)
_NOUN_DONE = re.compile(r"\b(?:made|paid|undertook|took|completed|ended|concluded|wrapped\sup)\b")
HAS_SENT = re.compile(r"\b(?:has|have)\s(?:\w+\s)?$")
_PAST_AUX = re.compile(r"\b(?:was|were|had|has|have|did)\b")


def _past_auxiliary(pre: str) -> bool:
    return bool(_PAST_AUX.search(pre[-30:]))


def _is_month_may(original: str, match: re.Match[str]) -> bool:
    return match.group() == "may" and original[match.start() : match.start() + 1] == "M"


def read_counts(context: TravelContext, clue: Clue, sentence_start: int) -> None:
    text = context.text
    window_start = max(sentence_start, clue.trigger.start - 40)
    for match in _COUNTED.finditer(text, window_start, clue.trigger.end + 20):
        number = (match["n"] or match["ord"] or "").lower()
        count = int(number) if number.isdigit() else _COUNTS.get(number, 0)
        if match["n"] and clue.status in ("completed", None):
            clue.count = count
        elif match["ord"]:
            clue.count = -count  # earlier trips implied by "third trip"
        break
