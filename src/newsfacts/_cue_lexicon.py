"""The cue lexicon, as data: the verbs and phrases of saying, refusing, denying, believing and
finding, by verb class, with their printed forms and lemmas. The wide scope's stances and
passives are in ``_cue_wide_lexicon``; :mod:`newsfacts.cues` finds cues in text and
re-exports the public tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import attrs

CueKind = Literal["speech", "source", "refusal", "denial", "belief", "evidence", "colon", "passive"]


@attrs.frozen(kw_only=True)
class CueWord:
    """A printed form of a cue, its lemma and its kind."""

    form: str
    lemma: str
    kind: CueKind


# Verbs of saying, by lemma, with the forms news copy prints (past first: the reporting tense).
_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "say", "saying"),
    "tell": ("told", "tells", "telling"),
    "add": ("added", "adds", "adding"),
    "announce": ("announced", "announces", "announcing"),
    "state": ("stated",),
    "declare": ("declared", "declares"),
    "explain": ("explained", "explains", "explaining"),
    "insist": ("insisted", "insists", "insisting"),
    "note": ("noted", "notes", "noting"),
    "write": ("wrote", "writes", "writing"),
    "ask": ("asked", "asks", "asking"),
    "reply": ("replied", "replies"),
    "respond": ("responded", "responds"),
    "answer": ("answered", "answers"),
    "warn": ("warned", "warns", "warning"),
    "claim": ("claimed", "claims"),
    "confirm": ("confirmed", "confirms"),
    "argue": ("argued", "argues", "arguing"),
    "acknowledge": ("acknowledged", "acknowledges"),
    "admit": ("admitted", "admits"),
    "assert": ("asserted", "asserts"),
    "contend": ("contended", "contends"),
    "maintain": ("maintained", "maintains"),
    "remark": ("remarked", "remarks"),
    "comment": ("commented",),
    "observe": ("observed", "observes"),
    "recall": ("recalled", "recalls", "recalling"),
    "suggest": ("suggested", "suggests"),
    "urge": ("urged", "urges"),
    "point out": ("pointed out", "points out", "pointing out"),
    "stress": ("stressed", "stresses", "stressing"),
    "emphasize": ("emphasized", "emphasised", "emphasizes", "emphasises"),
    "tweet": ("tweeted", "tweets"),
    "post": ("posted",),
    "quip": ("quipped", "quips"),
    "joke": ("joked", "jokes"),
    "exclaim": ("exclaimed",),
    "shout": ("shouted", "shouts"),
    "yell": ("yelled",),
    "whisper": ("whispered",),
    "concede": ("conceded", "concedes"),
    "complain": ("complained", "complains"),
    "continue": ("continued", "continues"),
    "agree": ("agreed", "agrees"),
    "testify": ("testified", "testifies"),
    "recount": ("recounted", "recounts"),
    "describe": ("described", "describes", "describing"),
    "call": ("called", "calls", "calling"),
    "promise": ("promised", "promises"),
    "vow": ("vowed", "vows"),
    "pledge": ("pledged", "pledges"),
    "threaten": ("threatened", "threatens"),
    "reiterate": ("reiterated", "reiterates"),
    "conclude": ("concluded", "concludes"),
    "counter": ("countered", "counters"),
    "retort": ("retorted",),
    "lament": ("lamented", "laments"),
    "wonder": ("wondered", "wonders"),
    "caution": ("cautioned", "cautions"),
    "boast": ("boasted", "boasts"),
    "indicate": ("indicated", "indicates"),
    "reveal": ("revealed", "reveals"),
    "affirm": ("affirmed", "affirms"),
    "allege": ("alleged", "alleges"),
    "charge": ("charged",),
    "demand": ("demanded", "demands"),
    "report": ("reported", "reports", "reporting"),
    "quote": ("quoted as saying",),
    "express": ("expressed", "expresses"),
    "criticize": ("criticized", "criticised", "criticizes", "criticises"),
    "accuse": ("accused", "accuses", "accusing"),
    "blame": ("blamed", "blames"),
    "praise": ("praised",),
    "condemn": ("condemned", "condemns"),
    "welcome": ("welcomed",),
    "propose": ("proposed", "proposes"),
    "recommend": ("recommended", "recommends"),
    "disclose": ("disclosed", "discloses"),
    "mention": ("mentioned",),
    "signal": ("signaled", "signalled"),
    "hint": ("hinted",),
    "estimate": ("estimated",),
    "assure": ("assured", "assures"),
    "inform": ("informed", "informs"),
    "echo": ("echoed",),
    "question": ("questioned",),
    "read": ("read", "reads"),
    "chant": ("chanted",),
    "repeat": ("repeated", "repeats"),
    "order": ("ordered",),
    "instruct": ("instructed", "instructs"),
    "request": ("requested", "requesting"),
    "rule": ("ruled",),
    "predict": ("predicted", "predicts", "predicting"),
}
# Phrases that are one cue (the lemma names the phrase, not its head verb, where that helps).
_PHRASES: tuple[CueWord, ...] = (
    CueWord(form="told reporters", lemma="tell", kind="speech"),
    CueWord(form="told journalists", lemma="tell", kind="speech"),
    # The passive of a reported or translated report: the subject is the speaker.
    *(
        CueWord(form=f"{aux} {verb} as saying", lemma=verb[:-1], kind="speech")
        for aux in ("was", "were", "is", "are", "has been", "have been", "had been")
        for verb in ("quoted", "translated")
    ),
    # Going on to speak (``went on to say``, ``went on to add that``): one cue, the verb's.
    *(
        CueWord(form=f"{went} on to {verb}", lemma=verb, kind="speech")
        for went in ("went", "goes", "going")
        for verb in ("say", "add", "tell", "note", "explain", "warn", "insist", "ask", "argue")
    ),
    CueWord(form="according to", lemma="according to", kind="source"),
    CueWord(form="According to", lemma="according to", kind="source"),
    CueWord(form="in the words of", lemma="in the words of", kind="source"),
    CueWord(form="In the words of", lemma="in the words of", kind="source"),
    CueWord(form="citing", lemma="cite", kind="source"),
    CueWord(form="Citing", lemma="cite", kind="source"),
    CueWord(form="quoting", lemma="quote", kind="source"),
    CueWord(form="Quoting", lemma="quote", kind="source"),
    CueWord(form="cited", lemma="cite", kind="speech"),
    CueWord(form="denied", lemma="deny", kind="denial"),
    CueWord(form="denies", lemma="deny", kind="denial"),
    CueWord(form="denying", lemma="deny", kind="denial"),
    CueWord(form="rejected", lemma="reject", kind="denial"),
    CueWord(form="rejects", lemma="reject", kind="denial"),
    CueWord(form="refuted", lemma="refute", kind="denial"),
    CueWord(form="disputed", lemma="dispute", kind="denial"),
    *(
        CueWord(form=f"{verb} {it}clear", lemma="make clear", kind="speech")
        for verb in ("made", "makes", "making")
        for it in ("it ", "")
    ),
    *(
        CueWord(form=f"{verb} of", lemma="speak of", kind="speech")
        for verb in ("spoke", "speaks", "speaking")
    ),
    *(
        CueWord(form=f"{verb} out {little}hope", lemma="hold out hope", kind="speech")
        for verb in ("held", "holds", "holding")
        for little in ("", "little ", "no ", "some ", "much ")
    ),
    *(
        CueWord(form=f"{verb} {what}", lemma="accuse", kind="speech")
        for verb in ("raised", "raises", "made", "makes", "leveled", "levelled")
        for what in ("accusations", "allegations", "the accusation", "the allegation")
    ),
    *(
        CueWord(form=f"{verb} {strength}signal{s}", lemma="signal", kind="speech")
        for verb in ("sent", "sends", "sending")
        for strength in (
            "",
            "strong ",
            "new ",
            "strong new ",
            "clear ",
            "clear new ",
            "mixed ",
            "a ",
            "a strong ",
            "a clear ",
            "a new ",
        )
        for s in ("", "s")
        if (s == "") == strength.startswith("a ")
    ),
    # A passive whose agent follows: the source comes after the cue, the content before it.
    *(
        CueWord(form=f"{aux} {verb} by", lemma=lemma, kind="source")
        for aux in ("has been", "have been", "was", "were", "had been", "is", "are")
        for verb, lemma in (
            ("rejected", "reject"),
            ("denied", "deny"),
            ("dismissed", "dismiss"),
            ("criticized", "criticize"),
            ("criticised", "criticize"),
            ("condemned", "condemn"),
            ("disputed", "dispute"),
            ("alleged", "allege"),
        )
    ),
    CueWord(form="as alleged by", lemma="allege", kind="source"),
)


def _refusals() -> tuple[CueWord, ...]:
    """The ways copy says a source would not talk: *declined to comment*, *did not respond to
    requests for comment*, *could not be reached for comment*, *would not elaborate*."""
    lemma = "decline to comment"
    forms = [
        f"{verb} to {what}"
        for verb in ("declined", "declines", "refused", "refuses")
        for what in ("comment", "elaborate", "say", "discuss", "confirm", "give details")
    ]
    forms += [
        f"{modal} not {what}"
        for modal in ("would", "did", "could")
        for what in ("comment", "elaborate", "say", "confirm", "discuss")
    ]
    forms += [
        f"{verb} no {detail} {about}"
        for verb in ("gave", "gives", "provided", "offered")
        for detail in ("details", "further details", "other details", "information")
        for about in ("about", "on", "of")
    ]
    forms += [
        f"did not {speed}respond to {request}"
        for speed in ("", "immediately ")
        for request in (
            "requests for comment",
            "a request for comment",
            "repeated requests for comment",
            "messages seeking comment",
            "a message seeking comment",
            "emails seeking comment",
            "an email seeking comment",
            "calls seeking comment",
            "phone calls",
            "emails",
            "messages",
        )
    ]
    forms += [
        f"did not {speed}return {what}"
        for speed in ("", "immediately ")
        for what in ("calls", "phone calls", "messages", "emails", "a call", "a message")
    ]
    forms += [
        "could not be reached for comment",
        "could not immediately be reached for comment",
        "could not be reached",
        "declined comment",
        "had no comment",
        "has no comment",
        "had no immediate comment",
        "made no comment",
        "made no immediate comment",
        "no immediate comment",
    ]
    return tuple(CueWord(form=form, lemma=lemma, kind="refusal") for form in forms)


# Verbs of a view or a finding: attributions, but no reporting verbs of quoted speech.
_BROAD: dict[str, tuple[tuple[str, ...], CueKind]] = {
    "believe": (("believes", "believed", "believe"), "belief"),
    "think": (("thinks", "thought"), "belief"),
    "expect": (("expects", "expected"), "belief"),
    "fear": (("fears", "feared"), "belief"),
    "hope": (("hopes", "hoped"), "belief"),
    "doubt": (("doubts", "doubted"), "belief"),
    "find": (("found", "finds"), "evidence"),
    # The plural present of verbs of saying (``officials insist``, ``critics argue``): an
    # attribution, but rarely the cue of a quotation, so only matched with ``broad=True``.
    "insist": (("insist",), "speech"),
    "maintain": (("maintain",), "speech"),
    "contend": (("contend",), "speech"),
    "argue": (("argue",), "speech"),
    "claim": (("claim",), "speech"),
    "tell": (("tell",), "speech"),
    "warn": (("warn",), "speech"),
    "accuse": (("accuse",), "speech"),
    "admit": (("admit",), "speech"),
    "acknowledge": (("acknowledge",), "speech"),
    "concede": (("concede",), "speech"),
    "predict": (("predict",), "speech"),
    "suggest": (("suggest",), "speech"),
    "complain": (("complain",), "speech"),
    "deny": (("deny",), "denial"),
    # Stances that news gold attributes (``X defended the record``): never inverted.
    "liken": (("likened", "likens"), "belief"),
    "defend": (("defended", "defends", "defending"), "belief"),
    "promise": (("promising",), "speech"),
    "show": (("shows", "showed", "shown"), "evidence"),
}


# The classes of English communication verbs (after Levin's verbs of communication and the
# reporting verbs of wire style guides), by lemma: each class was measured on PolNeAR dev and
# the news gold and kept as it helped or did no harm. Past and third person are verbs of saying
# (quotes and attributions); the *-ing* form joins the wide scope only, and the base form none
# (as often a noun: ``a reply``, ``a sigh``). Forms are inflected by rule (:func:`inflect`); a
# verb already listed above keeps its entry. Lemmas in :data:`GATED` are also ordinary verbs of
# acts or sounds (``sang the anthem``, ``outlined the plan``): the attributions take them only
# before what was said. Measured and left out, as they lost precision: *state/relay/brief*
# (``states``), *protest/object/grumble*, *plead/appeal/beg/press*, *swear/guarantee*,
# *project/anticipate* (``projected growth``), *text/email/message/blog* (``an emailed
# threat``), *affirm/observe/underscore/stress* and the views *suspect/reckon/assume/suppose*.
_CLASSES: dict[str, tuple[str, ...]] = {
    "argue": ("reason", "posit", "theorize", "speculate", "surmise", "muse"),
    "warn": ("caution", "alert"),
    "admit": ("confess", "admit", "concede", "acknowledge"),
    "deny": ("dispute", "refute", "rebut", "contradict", "deny"),
    "explain": ("elaborate", "clarify", "detail", "outline", "summarize", "spell out"),
    "predict": ("forecast",),
    "ask": ("inquire", "enquire", "query", "wonder", "ponder"),
    "reply": ("reply", "retort", "rejoin", "shoot back", "fire back", "hit back"),
    "joke": ("joke", "quip", "jest", "tease", "deadpan"),
    "vocal": (
        "sing",
        "chant",
        "scream",
        "shriek",
        "cry",
        "roar",
        "bellow",
        "holler",
        "mutter",
        "mumble",
        "murmur",
        "sigh",
        "groan",
        "gasp",
        "growl",
        "snap",
        "shout",
        "yell",
        "whisper",
        "exclaim",
        "cry out",
        "call out",
        "shout out",
        "yell out",
        "scream out",
        "blurt out",
    ),
    # Speech that goes on (``"...," he went on.``, ``She went on: "..."``): also any act's
    # (``went on leave``), so gated.
    "going on": ("go on", "carry on"),
}
# Lemmas that are as often acts or sounds (``sang the anthem``, ``outlined the plan``): a
# report only before what was said (``that``, a colon, a comma, a quotation mark).
GATED = frozenset(
    [
        *_CLASSES["vocal"],
        *_CLASSES["going on"],
        "detail",
        "outline",
        "spell out",
        "alert",
        "tease",
    ]
)
_IRREGULAR = {
    "go": ("goes", "went", "going"),
    "carry": ("carries", "carried", "carrying"),
    "blurt": ("blurts", "blurted", "blurting"),
    "sing": ("sings", "sang", "singing"),
    "shoot": ("shoots", "shot", "shooting"),
    "speak": ("speaks", "spoke", "speaking"),
    "swear": ("swears", "swore", "swearing"),
    "fight": ("fights", "fought", "fighting"),
    "tie": ("ties", "tied", "tying"),
    "commit": ("commits", "committed", "committing"),
    "prefer": ("prefers", "preferred", "preferring"),
    "favor": ("favors", "favored", "favoring"),
    "hit": ("hits", "hit", "hitting"),
    "forecast": ("forecasts", "forecast", "forecasting"),
    "rebut": ("rebuts", "rebutted", "rebutting"),
    "snap": ("snaps", "snapped", "snapping"),
    "rejoin": ("rejoins", "rejoined", "rejoining"),
    "spell": ("spells", "spelled", "spelling"),
    # (manners of speaking, below)
    "sob": ("sobs", "sobbed", "sobbing"),
    "beg": ("begs", "begged", "begging"),
    "grin": ("grins", "grinned", "grinning"),
    "shrug": ("shrugs", "shrugged", "shrugging"),
    "nod": ("nods", "nodded", "nodding"),
    "concur": ("concurs", "concurred", "concurring"),
    "put": ("puts", "put", "putting"),
}


def inflect(lemma: str) -> tuple[str, str, str]:
    """Third person, past and *-ing* of a verb (of its head word for ``fire back``)."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head in _IRREGULAR:
        forms = _IRREGULAR[head]
    elif head.endswith("e"):
        forms = (head + "s", head + "d", head[:-1] + "ing")
    elif head.endswith("y") and head[-2] not in "aeiou":
        forms = (head[:-1] + "ies", head[:-1] + "ied", head + "ing")
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = (head + "es", head + "ed", head + "ing")
    else:
        forms = (head + "s", head + "ed", head + "ing")
    return (forms[0] + tail, forms[1] + tail, forms[2] + tail)


def class_forms() -> Iterator[tuple[str, str, bool]]:
    """(form, lemma, wide only) of every class verb: past and third person are verbs of
    saying, the *-ing* form a cue of the wide scope."""
    for name, lemmas in _CLASSES.items():
        if name in _EXCLUDED_CLASSES:
            continue
        for lemma in lemmas:
            third, past, ing = inflect(lemma)
            yield from ((third, lemma, False), (past, lemma, False), (ing, lemma, True))


_EXCLUDED_CLASSES: frozenset[str] = frozenset()

# The colon that introduces speech (``Sanders said: "..."``); callers decide when one does.
COLON = CueWord(form=":", lemma=":", kind="colon")

# Every cue form, keyed by its printed form.
LEXICON: dict[str, CueWord] = {
    **{
        form: CueWord(form=form, lemma=lemma, kind="speech")
        for lemma, forms in _VERBS.items()
        for form in forms
    },
    **{cue.form: cue for cue in _PHRASES},
    **{cue.form: cue for cue in _refusals()},
}
for _form, _lemma, _wide_only in class_forms():
    if not _wide_only:
        LEXICON.setdefault(_form, CueWord(form=_form, lemma=_lemma, kind="speech"))
# The verbs that open a sentence before their speaker and a quotation (``Said Doe, "..."``,
# ``Added the minister: "..."``): capitalised, a cue only there.
_INVERTED = (
    "said",
    "says",
    "added",
    "adds",
    "replied",
    "asked",
    "answered",
    "responded",
    "continued",
    "wrote",
    "explained",
    "insisted",
    "warned",
    "recalled",
    "noted",
    "countered",
    "retorted",
    "quipped",
    "sang",
    "chanted",
    "shouted",
    "exclaimed",
)
LEXICON.update(
    (form.capitalize(), CueWord(form=form.capitalize(), lemma=LEXICON[form].lemma, kind="speech"))
    for form in _INVERTED
    if form in LEXICON
)

# The cues of a view or a finding (``believes``, ``found``), matched with ``broad=True``.
BROAD_LEXICON: dict[str, CueWord] = {
    form: CueWord(form=form, lemma=lemma, kind=kind)
    for lemma, (forms, kind) in _BROAD.items()
    for form in forms
}
EVERY = {**BROAD_LEXICON, **LEXICON}


def _lemmas(listed: str) -> tuple[str, ...]:
    """The lemmas of a comma-separated list (some are phrases: ``chime in``)."""
    return tuple(" ".join(lemma.split()) for lemma in listed.split(",") if lemma.strip())


# Verbs of a manner of speaking (after Levin's class 37.3) and of speaking with a feeling or a
# gesture, the said-bookisms of feature copy (``"...," Roe sniffed``, ``crowed``,
# ``scolded``, ``shrugged``). Each is as often a sound or an act (``the dog barked``,
# ``sniffed the air``, ``offered a deal``), so none is a cue of its own: only next to a
# quotation (:func:`newsfacts.cues.find_quotation_cues`). Verbs already in the lexicon
# above keep their entry there.
_MANNERS_OF_SPEAKING: tuple[str, ...] = (
    # sounds of the voice
    *_lemmas(
        """
        babble, bark, bawl, blurt, bleat, boom, bray, cackle, chatter, chirp, chuckle, coo, croak,
        croon, crow, drawl, drone, giggle, gripe, grumble, grunt, hiss, hoot, howl, huff,
        laugh, lisp, moan, purr, rasp, rumble, screech, snarl, sniff, snigger, snort, sob,
        splutter, sputter, squawk, squeak, squeal, stammer, stutter, thunder, trill, trumpet,
        wail, wheeze, whimper, whine, whoop, yelp
        """
    ),
    # feelings and judgements
    *_lemmas(
        """
        beam, berate, chide, enthuse, fume, gloat, gush, jeer, marvel, mock, rage, rant, rave,
        rebuke, scoff, scold, sneer, snipe, taunt, admonish, implore, plead, beg, coax,
        reassure, confide, reminisce, reflect, concur, interject, interrupt, chime in, pipe
        up, offer, volunteer, venture
        """
    ),
    # gestures
    *_lemmas(
        """
        smile, grin, shrug, nod, wink
        """
    ),
    # ``as Jo Roe put it, "..."``
    "put it",
)
# A second spelling of a past that :func:`inflect` does not make (British ``marvelled``).
_MANNER_SPELLINGS: dict[str, str] = {"marvelled": "marvel"}


def _manner_forms() -> dict[str, str]:
    """Third person and past of every manner of speaking, by form, the lemma as value."""
    forms: dict[str, str] = {}
    for lemma in _MANNERS_OF_SPEAKING:
        for form in inflect(lemma)[:2]:
            if form not in LEXICON:
                forms[form] = lemma
    forms.update(_MANNER_SPELLINGS)
    return forms


#: The manners of speaking by printed form (third person and past), the lemma as value.
MANNER_FORMS: dict[str, str] = _manner_forms()
