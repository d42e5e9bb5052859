"""Travellers: who makes the trip a trigger names.

A possessor right before a noun trigger (*Pompeo's visit*, *his trip*); the head of a
delegation (*a delegation headed by X*); else the nearest person or organisation mention
before the trigger that is not an object (*met with X*, *to X*); a pronoun or description
counts through the entity layer. *visiting X* makes X the traveller.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfacts import travel_words
from newsfacts.extractors._travel_context import KIN_WORDS, TravelContext, is_person, outermost
from newsfacts.extractors._travel_places import MODIFIER_AFTER, is_modifier
from newsfacts.extractors._travel_records import Clue
from newsfacts.records import Mention, Span

__all__ = [
    "ESCORT_BEFORE",
    "OBJECT_BEFORE",
    "REACH",
    "agent_after",
    "described_traveller",
    "find_traveler",
    "group_subject",
    "kin_subject",
    "prefer_last_traveller",
    "sent_group",
    "set_traveler",
    "subject_before",
    "titled_subject",
    "unknown_subject",
    "visiting_person",
]


#: How far before a trigger its traveller is looked for (characters).
REACH = 400
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)\s(?:[\w-]+\s){0,3}$")
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:his|her|their|its)\s(?:[\w-]+\s){0,3}$", re.IGNORECASE)
_HEADED_BY = re.compile(r"\b(?:headed|led)\sby\s$")
OBJECT_BEFORE = re.compile(
    r"\b(?:with|by|to|for|met|meet|meets|meeting|of|from|against|and|host|hosts|hosted|"
    r"visit|visits|visited|see|saw|tour|toured|"
    r"hosting|welcomed|welcome|welcomes|received|receive|receives|invited|invite|told|urged|"
    r"than|between|at|on|in)\s(?:the\s)?$",
    re.IGNORECASE,
)


_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
#: How far back the traveller a pronoun may point to is looked for (characters).
_PRONOUN_REACH = 1500
_DESCRIBED_SUBJECT = re.compile(
    r"\s*[Tt]he\s(?P<words>(?:[\w.'-]+\s){1,5}?)(?:was|is|were|are|will|has|had|would)\s"
    r"(?:[\w'-]+\s){0,2}$"
)


def titled_subject(context: TravelContext, sentence_start: int, trigger: int) -> Mention | None:
    """A sentence opened by one person's title (*The US defense secretary was traveling to*)
    that the entity layer left unresolved: that person travels."""
    found = _DESCRIBED_SUBJECT.match(context.text, sentence_start, trigger)
    if found is None or found.end() != trigger:
        return None
    words = found.group("words").lower().split()
    owners = context.title_owners((words[-2], words[-1])) if len(words) >= 2 else set()
    if len(owners) != 1:
        return None
    span = Span(start=found.start("words") - 4, end=found.end("words") - 1)
    return Mention(
        span=span,
        text=span.of(context.text),
        category="description",
        entity=next(iter(owners)),
        resolution="description",
    )


# Nouns a wire story calls its traveller by, once named: the head of a title (*the
# secretary*, *the visiting minister*) or a word for anyone of rank (*the top US diplomat*).
_ANY_TITLED = frozenset(
    {"diplomat", "envoy", "official", "leader", "visitor", "guest", "dignitary", "statesman"}
)
_TITLE_HEADS = frozenset(
    {
        "secretary",
        "minister",
        "president",
        "premier",
        "chancellor",
        "ambassador",
        "senator",
        "governor",
        "king",
        "queen",
        "prince",
        "pope",
        "pontiff",
        "mayor",
        "general",
        "commissioner",
        "director",
        "chief",
        "chairman",
        "spokesman",
        "negotiator",
        "representative",
    }
)
# "visiting", "visitor", "guest": someone from elsewhere, not the host at home
_FROM_ELSEWHERE = frozenset({"visiting", "visitor", "guest", "foreign"})
#: How far back the person a description stands for is looked for (characters).
_DESCRIBED_REACH = 1500


_GROUP_SUBJECT = re.compile(
    r"\s*[Tt]he\s(?:[\w.'-]+\s){0,3}?(?:delegation|team|mission|party|entourage|visitors|"
    r"group)\s(?:[\w'-]+\s){0,3}$"
)


def group_subject(context: TravelContext, sentence_start: int, trigger: int) -> bool:
    """Whether the sentence opens with a travelling group named by description (*The
    delegation will travel to*, *The Norwegian team then flew to*)."""
    return _GROUP_SUBJECT.match(context.text, sentence_start, trigger) is not None


# "said the boy's father has offered to travel": a kin word as the subject, unnamed there
_KIN_SUBJECT = re.compile(
    r"(?<!\band\s)\b(?:[Tt]he\s\w+(?:'s|\u2019s)|[Hh]is|[Hh]er|[Tt]heir)\s(?P<kin>"
    + KIN_WORDS
    + r")\s(?:[\w'\u2019-]+\s){0,4}$"
)


def kin_subject(
    context: TravelContext, trigger: int, traveler: Mention | None, sentence_start: int
) -> Mention | None:
    """A kin word the entity layer left unresolved as the trigger's subject, nearer than
    ``traveler`` (*Castro said the boy's father has offered to travel*): the one person the
    story names as that kin (*the boy's father, Juan Gonzalez*)."""
    opening = max(sentence_start, trigger - 80, traveler.span.end if traveler else 0)
    found = _KIN_SUBJECT.search(context.text, opening, trigger)
    if found is None or context.actors_in(found.end("kin"), trigger):
        return None
    relative = context.kin(found["kin"])
    if relative is None or (traveler is not None and relative == traveler.entity):
        return None
    span = Span(start=found.start(), end=found.end("kin"))
    return Mention(
        span=span,
        text=span.of(context.text),
        category="description",
        entity=relative,
        resolution="description",
    )


_DESCRIBED_AFTER_OPENER = re.compile(
    r"(?:,|\b(?:said|says|that))\s[Tt]he\s(?P<words>(?:[\w.'-]+\s){1,5}?)"
    r"(?:(?:was|is|were|are|will|has|had|would)\s(?:[\w'-]+\s){0,2})?$"
)


def described_traveller(
    context: TravelContext, sentence_start: int, trigger: int
) -> Mention | None:
    """A sentence opened by a description the entity layer left unresolved (*The visiting
    minister will fly to*, *The top US diplomat flew on to*): the nearest person named before
    whose title has that head noun (any titled person for *diplomat*, *envoy*, *leader*), and
    not at home in the dateline's country when the description says *visiting* or *guest*."""
    found = _DESCRIBED_SUBJECT.match(context.text, sentence_start, trigger)
    if found is None or found.end() != trigger:
        # after a fronted phrase or a saying: "On Tuesday, the visiting minister flew to"
        opening = max(sentence_start, trigger - 80)
        found = _DESCRIBED_AFTER_OPENER.search(context.text, opening, trigger)
    if found is None or found.end() != trigger:
        return None
    words = found.group("words").lower().split()
    head = words[-1]
    if head not in _TITLE_HEADS and head not in _ANY_TITLED:
        return None
    index = context.article.entity_index
    here = context.here.country if context.here is not None else None
    elsewhere = not _FROM_ELSEWHERE.isdisjoint(words)
    opening = max(0, sentence_start - _DESCRIBED_REACH)
    for mention in reversed(context.actors_in(opening, sentence_start)):
        if mention.category not in ("person", "description") or mention.entity is None:
            continue
        entity = index.entity(mention.entity)
        if entity.category != "person" or not entity.titles:
            continue
        heads = {title.lower().split()[-1] for title in entity.titles}
        if head not in _ANY_TITLED and head not in heads:
            continue
        home = next((m.country for m in entity.mentions if m.country), None)
        if elsewhere and here is not None and home == here:
            continue
        span = Span(start=found.start("words") - 4, end=found.end("words") - 1)
        return Mention(
            span=span,
            text=span.of(context.text),
            category="description",
            entity=entity.id,
            resolution="description",
        )
    return None


def prefer_last_traveller(context: TravelContext, clue: Clue, earlier: list[Clue]) -> None:
    """A *he* or *she* that travels is the last traveller named, unless the entity layer's
    person was named since (*Mr Blair made a visit to Iraq ... He also flew to Basra*: the
    pronoun is Blair's even if coreference chose someone named before him)."""
    span = clue.traveler_span
    if span is None or clue.traveler is None:
        return
    gender = _PRONOUN_GENDER.get(span.of(context.text).lower())
    if gender is None:
        return
    named = next(
        (
            other
            for other in reversed(earlier)
            if other.traveler_span is not None
            and other.traveler is not None
            and span.start - _PRONOUN_REACH <= other.traveler_span.start < span.start
            and other.traveler_span.of(context.text).lower() not in _PRONOUN_GENDER
        ),
        None,
    )
    if named is None or named.traveler_span is None or named.traveler == clue.traveler:
        return
    last = context.article.entity_index.entity(named.traveler or 0)
    if last.category != "person" or last.gender not in (None, gender):
        return
    since = context.actors_in(named.traveler_span.end, span.start)
    if any(m.entity == clue.traveler and m.category != "pronoun" for m in since):
        return
    clue.traveler, clue.traveler_name = named.traveler, named.traveler_name
    clue.role, clue.home = named.role, named.home


# "by" and the titles an unmarked name may carry: "by U.S. Secretary of State George Shultz"
_BY = re.compile(r"\sby\s(?:the\s)?(?P<titles>(?:[A-Z][\w.'-]*\s+(?:of\s+)?){0,5})")
# Nouns whose "by X" is the one who travels; "greeted on arrival by X" names a host.
_AGENT_NOUN = re.compile(
    r"(?:visit|visits|trip|trips|tour|journey|mission|stopover|stay)\b", re.IGNORECASE
)
# "the arrival of X in", "the visit of X to", "the touchdown of the plane carrying X at": the
# one who comes is named by "of" (the vehicle's passenger)
_OF = re.compile(
    r"(?:\sof)?\s(?:the\s)?(?:(?:plane|airplane|aircraft|jet|flight)\s(?:carrying|taken\sby|"
    r"of)\s)?(?P<titles>(?:[A-Z][\w.'-]*\s+(?:of\s+)?){0,5})"
)
_OF_NOUN = re.compile(r"(?:visit|arrival|touchdown|trip|tour|stay)(?:\sof)?$", re.IGNORECASE)


def agent_after(context: TravelContext, trigger: Span, limit: int) -> Mention | None:
    """*a trip by Defence Minister X*, *a visit to Tokyo by X*: the traveller named after
    a noun trigger (or after its places), by *by*."""
    text = context.text
    found = None
    if _AGENT_NOUN.match(text, trigger.start):
        found = _BY.match(text, trigger.end, limit)
    if found is None and _OF_NOUN.fullmatch(text, trigger.start, trigger.end):
        of = _OF.match(text, trigger.end, limit)
        ends_in_of = text.endswith(" of", trigger.start, trigger.end)
        if of is not None and (ends_in_of or text.startswith(" of ", trigger.end)):
            found = of
    if found is None:
        return None
    start = found.start("titles")
    for mention in outermost(context.actors_in(start, min(limit, found.end() + 80))):
        if mention.span.start > found.end():
            break
        if mention.category in ("person", "organization", "description"):
            return mention
    return None


# "visiting Chinese Premier X"; after "the", also "the visiting Chinese premier, X"
_VISITING_TITLES = re.compile(r"\s(?:[A-Z][\w.-]*\s){1,5}")
_VISITING_APPOSITION = re.compile(r"\s(?:[\w.-]+\s){0,4}[\w.-]+,\s")
_ADJECTIVE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s$")


def visiting_person(context: TravelContext, trigger: Span) -> Mention | None:
    """``visiting X`` as an adjective before a person: X is visiting the dateline city."""
    text = context.text
    if text[trigger.start : trigger.end].lower() != "visiting":
        return None
    adjective = _ADJECTIVE_BEFORE.search(text, max(0, trigger.start - 4), trigger.start)
    for mention in context.actors_in(trigger.end, trigger.end + 80):
        start = mention.span.start
        if (
            text[trigger.end : start].strip() == ""
            or _VISITING_TITLES.fullmatch(text, trigger.end, start)
            or (adjective and _VISITING_APPOSITION.fullmatch(text, trigger.end, start))
        ):
            return mention if mention.category == "person" else None
        break
    return None


# "that" after a reporting verb opens a clause with a subject of its own.
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|say|told|tells|announced|announces|added|adds|stated|reported|confirmed|"
    r"insisted|argued|assured|assuring|noted|warned|acknowledged)\b[^.;]{0,60}?\bthat\b",
    re.IGNORECASE,
)
# "Castro said the boy's father has offered to travel": an unnamed subject after the saying
_REPORTED_DESCRIPTION = re.compile(
    r"\b(?:said|says|announced|added|stated|confirmed)\s(?:the|a|an|his|her|their|its)\s"
    r"(?:[\w'\u2019-]+\s){0,5}?(?:has|have|had|will|would|is|are|was|were|plans|planned)\s"
)
_RELATIVE_WHO = re.compile(r"\w[^,]*?,?\s(?:who|which|that)\s(?:\w+\s){0,2}$")
# A subject pronoun the entity layer left unresolved: someone unnamed travels.
_BARE_SUBJECT = re.compile(
    r"(?:\b(?:[Ww]e|[Yy]ou|[Tt]hey)|\bI)(?:'(?:re|m|ve|d|ll)|\u2019(?:re|m|ve|d|ll))?"
    r"\s(?:[\w'\u2019]+\s){0,4}$"
)


def unknown_subject(
    context: TravelContext, clue: Clue, traveler: Mention | None, sentence_start: int
) -> bool:
    """Whether the trigger's subject is someone other than ``traveler`` that the text leaves
    unnamed: a clause opened by *said that* with no actor in it, or a bare *we*, *you*,
    *they* or *I* that the entity layer did not resolve."""
    trigger = clue.trigger
    left = traveler.span.end if traveler is not None else sentence_start
    left = max(left, trigger.start - REACH)
    if left > trigger.start:
        return False
    between_actors = context.actors_in(left, trigger.start)
    # A subject pronoun names the subject; a possessive (*his father, who could come*) does not.
    if any(m.category == "pronoun" and m.text.lower() not in _POSSESSIVES for m in between_actors):
        return False
    left = max([left, *(m.span.end for m in between_actors)])
    between = context.text[max(left, trigger.start - 160) : trigger.start]
    if traveler is not None and (
        _REPORTED_THAT.search(between) or _REPORTED_DESCRIPTION.search(between)
    ):
        return True
    if traveler is not None and _RELATIVE_WHO.search(between):
        return True  # "ambassadors of 30 countries, who came to": the unnamed antecedent travels
    bare = _BARE_SUBJECT.search(between[-40:])
    if bare is None:
        return False
    return traveler is not None or not bare.group().lower().startswith("they")


def sent_group(context: TravelContext, trigger: Span) -> Mention | None:
    """*dispatched FBI agents to*: the group sent is the traveller, named inside the trigger."""
    inside = context.actors_in(trigger.start, trigger.end)
    return inside[0] if inside else None


def set_traveler(context: TravelContext, clue: Clue, mention: Mention) -> None:
    index = context.article.entity_index
    entity = index.entity(mention.entity or 0)
    fuller = context.surnames.get(entity.name) if entity.category == "person" else None
    if fuller is not None and fuller != entity.id:
        entity = index.entity(fuller)  # "Hariri" left apart from "Rafik Al-Hariri": one person
    clue.traveler = entity.id
    clue.traveler_name = _styled_name(entity.name, entity.titles, entity.aliases)
    clue.traveler_span = mention.span
    clue.role = entity.titles[0] if entity.titles else None
    if entity.id not in context.homes:
        context.homes[entity.id] = next((m.country for m in entity.mentions if m.country), None)
    clue.home = context.homes[entity.id]


def _styled_name(name: str, titles: Sequence[str], aliases: Sequence[str]) -> str:
    """``name`` with the sovereign's style the article prints it with (*Pope John Paul II*).

    >>> _styled_name("John Paul II", ("Pope",), ("Pope John Paul II",))
    'Pope John Paul II'
    """
    for title in titles:
        styled = f"{title} {name}"
        if title in travel_words.REGNAL_STYLES and styled in aliases:
            return styled
    return name


# People an organisation sends are its travellers: "UN team", "WHO experts", "FBI agents".
_ENVOYS = frozenset(
    {
        "team",
        "teams",
        "delegation",
        "delegations",
        "mission",
        "missions",
        "experts",
        "officials",
        "agents",
        "inspectors",
        "envoy",
        "envoys",
        "troops",
        "peacekeepers",
        "monitors",
        "observers",
        "investigators",
        "staff",
        "diplomats",
        "representatives",
        "workers",
        "forces",
        "soldiers",
        "personnel",
        "negotiators",
        "leaders",
        "members",
        "players",
        "squad",
    }
)


def _names_a_thing(text: str, end: int) -> bool:
    """Whether the organisation ending at ``end`` only qualifies a thing (*UN condemnation*,
    *Google's headquarters*), not people it sends (*UN team*)."""
    if text.startswith(("'s ", "\u2019s "), end):
        return False  # a possessor is handled where possession matters
    follow = MODIFIER_AFTER.match(text, end)
    if follow is None or follow["word"] in _ENVOYS:
        return False
    return is_modifier(text, end)


_PARTICIPLE_OPENER = re.compile(
    r"(?:^|[.,;:]\s|\bthat\s)(?:\w+\s){0,4}?(?:before|after|while|since|upon|when)\s"
    r"(?P<ing>\w+ing\s)?$",
    re.IGNORECASE,
)
_CLAUSE_COMMA = re.compile(r"[^,.;]{0,160},\s")


def _participle_subject(context: TravelContext, clue: Clue, sentence_start: int) -> Mention | None:
    """*Before visiting X, Mr Blair ...*: the subject of a fronted -ing clause follows it."""
    text = context.text
    trigger = clue.trigger
    opener = text[max(sentence_start, trigger.start - 60) : trigger.start]
    if trigger.start - 60 > sentence_start:
        opener = "\x00 " + opener  # not the sentence's start: only a punctuation mark opens
    fronted = _PARTICIPLE_OPENER.search(opener)
    verb = text[trigger.start : trigger.end].split()[0].lower()
    if fronted is None or not (fronted["ing"] or verb.endswith("ing")):
        return None
    comma = _CLAUSE_COMMA.match(text, trigger.end)
    if comma is None:
        return None
    after = context.actors_in(comma.end(), comma.end() + 40)
    if not after or (after[0].category == "pronoun" and after[0].text.lower() in _POSSESSIVES):
        return None
    return (
        after[0]
        if text[comma.end() : after[0].span.start].strip() in ("", "Mr", "Mrs", "Ms")
        else None
    )


_VEHICLE_BEFORE = re.compile(
    r"(?:(?:'s|\u2019s)\s)?(?:[\w-]+\s){0,2}(?:plane|airplane|aircraft|jet|helicopter|ship|"
    r"vessel|motorcade|convoy)\s$"
)
_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def find_traveler(context: TravelContext, clue: Clue, sentence_start: int) -> Mention | None:
    text = context.text
    trigger = clue.trigger
    # The subject is near: a bounded stretch before the trigger keeps a long sentence linear.
    sentence_start = max(sentence_start, trigger.start - REACH)
    fronted = _participle_subject(context, clue, sentence_start)
    if fronted is not None:
        return fronted
    actors = context.actors_in(sentence_start, trigger.start)
    actors = outermost(actors)
    extra = context.surname_actors(sentence_start, trigger.start)
    if extra:
        actors = sorted([*actors, *extra], key=lambda m: m.span.start)
    if not actors:
        return None
    if clue.noun:
        last = actors[-1]
        between = text[last.span.end : trigger.start]
        if _POSSESSIVE.match(between):
            return last
        if last.category == "pronoun" and _POSSESSIVE_PRONOUN.match(last.text + between):
            subject = subject_before(context, actors[:-1], sentence_start)
            if subject is None or subject.category == "organization":
                return last
            # "X met with Mohamed during his visit": the person the pronoun goes back to,
            # named after the subject, is the visitor; else the subject is.
            named_since = any(
                m.entity == last.entity and m.span.start > subject.span.start for m in actors[:-1]
            )
            return last if named_since and is_person(context, last.entity) else subject
    last = actors[-1]
    if text.startswith(("'s ", "\u2019s "), last.span.end) and _VEHICLE_BEFORE.fullmatch(
        text, last.span.end, trigger.start
    ):
        return last  # "X's plane touched down in": the owner travels
    for mention in actors:
        if _HEADED_BY.search(text, max(0, mention.span.start - 12), mention.span.start):
            return mention
    subject = subject_before(context, actors, sentence_start, noun=clue.noun)
    if subject is not None and subject.category == "organization":
        vehicle = _VEHICLE_BEFORE.search(
            text, max(sentence_start, subject.span.start - 40), subject.span.start
        )
        if vehicle is not None:
            # "Bush's presidential plane Air Force One landed": the owner travels, not the plane
            owners = [m for m in actors if m.span.end <= vehicle.start() and m is not subject]
            return owners[-1] if owners and vehicle.group().startswith(("'s", "\u2019s")) else None
    return subject


# "X, accompanied by Y, will visit", "X and his wife Y left": Y goes along with the subject X.
# The cue opens a phrase of at most a few names and titles up to the escort.
ESCORT_BEFORE = re.compile(
    r"(?:\b(?:accompanied|joined|flanked|escorted)\sby|,\s(?:along|together)\swith|,\swith|"
    r"\band\s(?:his|her|their)\s(?:wife|husband|spouse|son|daughter|children|family|aides?))"
    # names and titles up to the escort; a comma only after a kin word ("his wife, Helga"):
    # "Accompanied by Y, X arrived" ends the escort phrase at its comma
    r"\s(?:(?:his|her|their)\s[\w-]+,\s)?(?:[\w.'\u2019-]+\s){0,8}$",
    re.IGNORECASE,
)
#: How far before an escort its cue is looked for (characters).
_ESCORT_REACH = 120


# "... and Levy would be in": an actor after "and" that an auxiliary follows starts a clause.
_CLAUSE_SUBJECT = re.compile(
    r",?\s(?:would|will|is|are|was|were|has|have|had|could|should|plans|planned|is\sto)\b"
)


def subject_before(
    context: TravelContext, actors: list[Mention], sentence_start: int, *, noun: bool = False
) -> Mention | None:
    """The last actor that is not an object or a possessor of something else."""
    text = context.text
    for mention in reversed(actors):
        before = text[max(sentence_start, mention.span.start - 25) : mention.span.start]
        after = text[mention.span.end : mention.span.end + 3]
        if ESCORT_BEFORE.search(
            text, max(sentence_start, mention.span.start - _ESCORT_REACH), mention.span.start
        ):
            continue  # "X, accompanied by Y, will visit": X travels, Y goes along
        if OBJECT_BEFORE.search(before) and not _CLAUSE_SUBJECT.match(
            text, mention.span.end, mention.span.end + 30
        ):
            continue
        if after.startswith(("'s", "\u2019s")) and not noun:
            continue
        if mention.category == "pronoun" and mention.text.lower() in ("his", "her", "its", "their"):
            continue
        if mention.category == "organization" and _names_a_thing(text, mention.span.end):
            continue  # "secure UN condemnation of Iraq for the flight to": the UN stays put
        return mention
    return None
