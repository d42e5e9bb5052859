"""Words of travel: the trigger phrases and the status cues the itineraries extractor reads.

Kept as data apart from the rules (:mod:`newsfacts.extractors._travel_triggers` for the phrases,
:mod:`newsfacts.extractors._travel_status` for the cues) so that a new verb or cue is one line
here. Every pattern is a plain alternation of words with bounded gaps, compiled once by the rules
modules; nothing here can backtrack without bound.

A trigger has a *kind* that says what a date next to it means:

- ``arrive``: the traveller reaches the place (*travel to*, *arrive in*, *fly to*): a date
  starts the stop;
- ``visit``: the stop itself (*visit*, *trip to*, *tour*): a date starts it, a one-day visit
  also ends it;
- ``leave``: *leave for Y* — a date ends the stop before and starts ``Y``;
- ``stay``: presence (*be in X*, *hold talks in X*): a plain date shows presence only,
  *through*/*until* ends the stop;
- ``present``: *at a news conference in X*: like ``stay``, but only for a traveller with other
  clues;
- ``engage``: an engagement on the programme (*was due to meet youths at a centre in X*): a
  stop only for a traveller with other clues, as for ``present``; a date puts the stop on
  that day (start and end);
- ``return``: *return to X*/*due back in X*: a date starts the stop at home;
- ``send``: *dispatched FBI agents to X*: the group named inside the trigger travels; a date
  starts the stop, as for ``arrive``;
- ``depart``: *return from X*, *wind up a visit to X*: a date ends the stop.
"""

from __future__ import annotations

__all__ = [
    "CANCEL_CUES",
    "COMPLETED_CUES",
    "EARLIEST_DATE_CUES",
    "FUTURE_CUES",
    "HYPOTHETICAL_CUES",
    "ONE_DAY_CUES",
    "ONGOING_CUES",
    "PAST_VERB_FORMS",
    "PROPOSAL_CUES",
    "TRIGGERS",
    "TRIGGER_DAY",
    "TRIGGER_MANNER",
]

#: (kind, pattern) pairs. Patterns are regular expressions over the original text, matched
#: case-insensitively at word boundaries; ``{W}`` stands for one optional short word (*a*,
#: *his*, *an official*), ``{D}`` for a day phrase (:data:`TRIGGER_DAY`) and ``{A}`` for a manner
#: word (:data:`TRIGGER_MANNER`), filled in by the rules module.
TRIGGERS: tuple[tuple[str, str], ...] = (
    ("leave", r"(?:leave|leaves|left|leaving|depart|departs|departed|departing)(?:\s{D})?\sfor"),
    ("leave", r"(?:set|sets|setting)\soff(?:\s{D})?\sfor"),
    # "left Tokyo yesterday for Seoul": the place left is named inside the trigger
    (
        "leave",
        r"(?:leave|leaves|left|leaving|depart|departs|departed|departing)(?:\s{W}){1,3}?"
        r"(?:\s{D})?\sfor",
    ),
    (
        "leave",
        r"(?:leave|leaves|left|leaving|depart|departs|departed)\s(?:at|on|early|late)"
        r"(?:\s[\w.:]{1,12}){1,6}?\sfor",
    ),
    (
        "return",
        r"(?:return|returns|returned|returning|(?:is|are|was|were|be)\sdue\sback|go\sback|"
        r"went\sback|goes\sback|fly\sback|flew\sback|flies\sback|head\sback|heads\sback|"
        r"(?:travel|travels|traveled|travelled|traveling|travelling|come|comes|came|coming)\sback)"
        r"(?:\shome)?(?:\s{D})?\s(?:to|in)",
    ),
    (
        "depart",
        r"(?:returned|returns|returning|return|back)\sfrom"
        r"(?:(?:\s{W}){0,3}?\s(?:visit|trip|tour|mission)s?\sto)?",
    ),
    (
        "depart",
        r"(?:wind|winds|wound|winding|wrap|wraps|wrapped|wrapping)\sup(?:\s{W}){0,4}?"
        r"\s(?:visit|trip|tour|stay|stop)s?(?:\sto|\sof|\sin)?",
    ),
    (
        "depart",
        r"(?:conclude|concludes|concluded|concluding|end|ends|ended|ending|complete|completes|"
        r"completed|completing)(?:\s{W}){0,4}?\s(?:visit|trip|tour|stay)s?(?:\sto|\sof|\sin|\sthere)?",
    ),
    # where a journey ends or begins, or which stop comes when: an order for a stop
    # (*The trip will end in Seoul*, *Her last stop will be Tokyo*)
    (
        "stay",
        r"(?:trip|tour|visit|journey|swing)\s(?:will\s|is\sto\s|is\sdue\sto\s|would\s)?"
        r"(?:end|ends|ended|conclude|concludes|concluded|finish|finishes|begin|begins|began|"
        r"start|starts|started)\sin",
    ),
    ("stay", r"(?:stop|leg|destination)\s(?:will\sbe|is|was|would\sbe)"),
    (
        "visit",
        r"(?:begin|begins|began|start|starts|started)(?:\s{W}){0,3}?\s(?:visit|trip|tour|stay)s?"
        r"\sin",
    ),
    # "flew with his wife Helga to", "will accompany the president to": the people named
    # go along, and the place after them is the stop (read in _travel_clues)
    (
        "arrive",
        r"(?:travel|travels|traveled|travelled|traveling|travelling|fly|flies|flew|flying|went|"
        r"go|goes|going|came|come|comes|coming)\swith",
    ),
    ("arrive", r"(?:accompany|accompanies|accompanied|accompanying)"),
    (
        "arrive",
        r"(?:travel|travels|traveled|travelled|traveling|travelling|fly|flies|flew|flown|flying|"
        r"head|heads|headed|heading|go|goes|went|gone|going|come|comes|came|coming|"
        r"proceed|proceeds|proceeded|proceeding)(?:\son)?(?:\s{A})?(?:\s{D})?"
        r"\s(?:to|for)",
    ),
    # "flew into Kabul" (but not "flew into a rage"): a capital letter must follow
    (
        "arrive",
        r"(?:fly|flies|flew|flown|flying|sail|sails|sailed|sailing|drive|drives|drove|driven|"
        r"driving)(?:\s{D})?\sinto(?=\s(?-i:[A-Z]))",
    ),
    (
        "arrive",
        r"(?:travel|travels|traveled|travelled|fly|flies|flew|flown|come|comes|came)\shere",
    ),
    (
        "arrive",
        r"(?:arrive|arrives|arrived|arriving|arrival|touchdown|landed|lands|land|touched\sdown)"
        r"(?:\s{D})?(?:\s(?:in|at|on))?",
    ),
    ("arrive", r"(?:trip|trips|journey|journeys|flight|mission|missions|trek)\sto"),
    (
        "send",
        r"(?:dispatched|dispatches|dispatching|dispatch|sent|sends|sending|send)"
        r"(?:\s{W}){1,4}?\sto",
    ),
    (
        "visit",
        r"(?:visit|visits|visited|visiting|tour|tours|toured|touring|stopover|stop-over|trip|trips|"
        r"stay|stays|stayed|staying)(?:\s{D})?(?:\s(?:to|of|in|at)(?!\s(?!the\b|a\b|an\b)[a-z]))?",
    ),
    ("visit", r"(?:stop|stops|stopped|stopping)(?:\sover)?(?:\s{D})?\s(?:in|at)"),
    (
        "stay",
        r"(?:hold|holds|held|holding|have|has|had)(?:\s{W}){0,2}?\s"
        r"(?:talks|discussions|meetings|consultations|negotiations)(?:\s{D})?\s(?:in|at)",
    ),
    (
        "stay",
        r"(?:attend|attends|attended|attending)(?:\s{W}){0,3}?\s"
        r"(?:summit|conference|meeting|talks|forum|ceremony|funeral|session)\s(?:in|at)",
    ),
    ("stay", r"(?:will\sbe|is|are|was|were|be|has\sbeen|had\sbeen|remains|remained)\sin"),
    (
        "arrive",
        r"(?:is|are|was|were|be)\s(?:expected|due)(?:(?:\s{D})?\s(?:in|at)|\s(?:here|there))",
    ),
    # where someone spoke: a stop only for a traveller the story already has on the move
    ("present", r"(?:news|press)\sconference\s(?:in|at)"),
    # an engagement on the programme (*was due to meet youths at a centre in Gaza City*)
    (
        "engage",
        r"(?:is|are|was|were)\s(?:due|scheduled|set)\sto\s(?:meet|address|open|inaugurate|"
        r"sign|lay|speak|deliver|chair|launch)",
    ),
    (
        "stay",
        r"(?:spent|spend|spends|spending)(?:\s{W}){0,3}?\s(?:hours?|days?|weeks?|nights?)\s(?:in|at)",
    ),
)

#: Day phrases a trigger may carry between verb and preposition (*leaves Thursday for*).
TRIGGER_DAY = (
    r"(?:today|tonight|tomorrow|yesterday|(?:on\s)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?:\s(?:morning|afternoon|evening|night))?|here|home|abroad|again|later|"
    r"early|next\sweek|this\sweek|briefly)"
)

#: Manner words a travel verb may carry before its day and preposition (*travel alone today
#: to*, *flew directly to*).
TRIGGER_MANNER = (
    r"(?:alone|together|directly|straight|back|personally|separately|secretly|privately|"
    r"unannounced|overnight)"
)

#: Words before a trigger in its clause that make the trip planned (and dates point ahead).
FUTURE_CUES: tuple[str, ...] = (
    "will",
    "shall",
    "'ll",
    "is to",
    "are to",
    "was to",
    "were to",
    "is due to",
    "are due to",
    "is due",
    "due to",
    "scheduled to",
    "scheduled",
    "plans to",
    "planned to",
    "planning to",
    "plan to",
    "expected to",
    "expected in",
    "expected at",
    "due in",
    "due at",
    "set to",
    "going to",
    "intends to",
    "intend to",
    "about to",
    "invited to",
    "offered to",
    "offers to",
    "agreed to",
    "agrees to",
    # readiness is a plan awaiting its day: "is ready to travel to"
    "is ready to",
    "are ready to",
    "is prepared to",
    "are prepared to",
    "will be",
    "upcoming",
    "forthcoming",
    "planned",
    "proposed",
    "coming",
    "announced",
    "next week",
    "looked forward to",
    "look forward to",
    "looks forward to",
    "plans a",
    "plans an",
    "planned a",
    "planning a",
    "plan a",
)

#: Cues that the traveller is there now.
ONGOING_CUES: tuple[str, ...] = (
    "is in",
    "are in",
    "is visiting",
    "are visiting",
    "is touring",
    "is on",
    "are on",
    "currently",
    "now",
    "here",
    "has arrived",
    "have arrived",
    "during",
    "is staying",
    "is traveling",
    "is travelling",
)

#: Cues that the trip is over or was an earlier one.
COMPLETED_CUES: tuple[str, ...] = (
    "previous",
    "earlier",
    "last",
    "former",
    "past",
    "prior",
    "had",
    "has made",
    "made",
    "ago",
)

#: Cues that the trip was called off. A trip put off (*postponed*) is still planned.
CANCEL_CUES: tuple[str, ...] = (
    "cancel",
    "canceled",
    "cancelled",
    "cancels",
    "canceling",
    "cancelling",
    "called off",
    "calls off",
    "call off",
    "scrapped",
    "scraps",
    "shelved",
    "abandoned",
    "was to have",
    "were to have",
)

#: Cues that the trip is not real: supposed, wished, refused, denied.
HYPOTHETICAL_CUES: tuple[str, ...] = (
    "would",
    "should",
    "ought to",
    "could",
    "might",
    "may",
    "if",
    "unless",
    "refused",
    "refuses",
    "refusing",
    "declined to",
    "declines to",
    "not",
    "n't",
    "never",
    "no plans",
    "no plan",
    "ruled out",
    "rules out",
    "barred from",
    "denied",
    "hopes to",
    "hoped to",
    "wants to",
    "wanted to",
    "willing to",
    "would like to",
    "considering",
    "considered",
)

#: Words after a trigger that turn a *could*, *may* or *might* into a plan with a date (*could
#: come to the U.S. as early as Tuesday*).
EARLIEST_DATE_CUES: tuple[str, ...] = ("as early as", "as soon as")

#: Cues anywhere before the traveller that make the travel someone's proposal, not a plan of
#: the traveller's (*Castro has suggested that X stay in Y*): hypothetical.
PROPOSAL_CUES: tuple[str, ...] = (
    "suggested that",
    "suggests that",
    "suggest that",
    "proposed that",
    "proposes that",
    "propose that",
)

#: Irregular past forms of trigger verbs (regular ones end in -ed).
PAST_VERB_FORMS: frozenset[str] = frozenset(
    {
        "flew",
        "flown",
        "went",
        "gone",
        "came",
        "left",
        "held",
        "had",
        "wound",
        "was",
        "were",
        "landed",
        "set",
        "stopped",
        "made",
    }
)

#: Words that make a visit last one day (start and end the same day).
ONE_DAY_CUES: tuple[str, ...] = (
    "one-day",
    "day-long",
    "daylong",
    "day trip",
    "one day",
    "hours",
    "hour",
    "five-hour",
    "brief",
    "briefly",
    "whirlwind",
    "stopover",
)

#: Styles that belong to a sovereign's name (*Pope John Paul II*, *King Hussein*): a traveller
#: printed with one is named with it, as editors do; other titles (*President*) are dropped.
REGNAL_STYLES: frozenset[str] = frozenset(
    {"Pope", "King", "Queen", "Emperor", "Empress", "Sultan", "Emir", "Prince", "Princess"}
)
