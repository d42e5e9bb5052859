"""The reporting cues of news copy: verbs and phrases that attribute speech, with lemmas.

One lexicon for every extractor that needs to know who said what (quotes now, attributions
later): each :class:`CueWord` is a printed form (``said``, ``told reporters``, ``according
to``, ``declined to comment``) with its lemma and what kind of cue it is. :func:`find_cues`
finds them in a stretch of text with one compiled pattern, longest phrase first, so that
``told reporters`` wins over ``told``. A colon that introduces speech is a cue too
(:data:`COLON`), but only the caller can tell such a colon from any other, so it is not matched
here.

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
from typing import Any, Literal

import attrs

from newsfacts.records import Span

__all__ = [
    "BROAD_LEXICON",
    "COLON",
    "GATED",
    "LEXICON",
    "PASSIVE_LEMMAS",
    "WIDE_LEXICON",
    "CueKind",
    "CueMatch",
    "CueWord",
    "class_of",
    "find_cues",
    "lemma_of",
]

CueKind = Literal["speech", "source", "refusal", "denial", "belief", "evidence", "colon", "passive"]


@attrs.frozen(kw_only=True)
class CueWord:
    """A printed form of a cue, its lemma and its kind."""

    form: str
    lemma: str
    kind: CueKind


@attrs.frozen(kw_only=True)
class CueMatch:
    """A cue found in a text: where, as printed, and its lexicon entry."""

    span: Span
    text: str
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
    CueWord(form="was quoted as saying", lemma="quote", kind="speech"),
    CueWord(form="were quoted as saying", lemma="quote", kind="speech"),
    CueWord(form="according to", lemma="according to", kind="source"),
    CueWord(form="According to", lemma="according to", kind="source"),
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

# Stances of the wider PolNeAR-style scope (``wide=True``): what a source wants, plans,
# demands, supports or attacks, which that scheme annotates as attribution and news gold not.
_WIDE: dict[str, tuple[str, ...]] = {
    "want": ("wants", "wanted", "want"),
    "intend": ("intends", "intended"),
    "aim": ("aims", "aimed"),
    "call for": ("called for", "calls for", "calling for", "call for"),
    "call on": ("called on", "calls on", "calling on"),
    "demand": ("demanding", "demand"),
    "oppose": ("opposes", "opposed", "oppose", "opposing"),
    "attack": ("attacked", "attacks", "attacking"),
    "blast": ("blasted", "blasts"),
    "slam": ("slammed", "slams"),
    "defend": ("defended", "defends", "defending"),
    "endorse": ("endorsed", "endorses"),
    "encourage": ("encouraged", "encourages", "encouraging"),
    "estimate": ("estimates", "estimating"),
    "decide": ("decided", "decides"),
    "claim": ("claiming", "claim"),
    "question": ("questioning",),
    "worry": ("worries", "worried", "worry"),
    "understand": ("understood", "understands"),
    "argue": ("argue",),
    "point to": ("pointed to", "points to", "pointing to"),
    "liken": ("likened", "likens"),
    "refuse": ("refused", "refuses"),
    "mention": ("mentions",),
    "suggest": ("suggesting", "suggest"),
    # Base and progressive forms of verbs of saying (``would explain``, ``is warning``), which
    # news copy rarely prints as a report but PolNeAR annotates.
    "explain": ("explain",),
    "insist": ("insist",),
    "warn": ("warn",),
    "promise": ("promise", "promising"),
    "urge": ("urge", "urging"),
    "admit": ("admit", "admitting"),
    "acknowledge": ("acknowledge", "acknowledging"),
    "accuse": ("accuse",),
    "respond": ("respond", "responding"),
    "stress": ("stress",),
    "emphasize": ("emphasize", "emphasise", "emphasizing", "emphasising"),
    "confirm": ("confirming",),
    "announce": ("announce",),
    "criticize": ("criticize", "criticise", "criticizing", "criticising"),
    "praise": ("praises", "praising"),
    "propose": ("propose", "proposing"),
    "declare": ("declaring",),
    "threaten": ("threatening",),
    "complain": ("complaining",),
    "deny": ("deny",),
    "blame": ("blaming",),
    "expect": ("expect",),
    "know": ("know", "knows", "knew"),
    "seem": ("seems", "seemed", "seem"),
    "press": ("pressed", "presses", "pressing"),
    "vote": ("voted",),
    "issue": ("issued",),
    "publish": ("published", "publishes"),
    "unveil": ("unveiled", "unveils"),
    "unleash": ("unleashed", "unleashes"),
    "promote": ("promoted", "promotes", "promoting"),
    "offer": ("offered", "offering"),
    "rate": ("rated",),
    "mock": ("mocked", "mocks", "mocking"),
    "rail": ("railed", "rails"),
    "tout": ("touted", "touts", "touting"),
    "dismiss": ("dismissed", "dismisses"),
    "reject": ("rejecting",),
    "call": ("call",),
    "discuss": ("discussed", "discusses", "discuss", "discussing"),
    "describe": ("describe",),
    "show": ("showing", "show"),
    # Plans, backing and intentions (``X plans to``, ``China and Russia support the
    # government``): stances that PolNeAR annotates with their source.
    "plan": ("plans", "planned", "planning"),
    "support": ("supports", "supported", "support"),
    "back": ("backs", "backed", "backing"),
    "seek": ("seeks", "sought"),
    "lay out": ("laid out", "lays out", "laying out"),
    # Views of something as something (``sees it as an insult``, ``viewed communists as``):
    # a stance only with ``as`` after the object (checked by the attributions).
    "see as": ("sees", "saw", "see"),
    "view as": ("views", "viewed", "view"),
    "decline": ("declined", "declines"),
    "put it": ("put it", "puts it"),
    # Putting out a document (``released a letter``, ``sent a cease-and-desist letter``,
    # ``filed a motion``): a stance only with the document named (checked by the
    # attributions).
    "release": ("released", "releases"),
    "send": ("sent", "sends"),
    "deliver": ("delivered", "delivers"),
    "file": ("filed",),
    "run": ("ran", "runs"),
    "introduce": ("introduced", "introduces"),
    "present": ("presented", "presents"),
    "submit": ("submitted", "submits"),
    "launch": ("launched", "launches"),
    # Base forms of views after a plural or a first person (``I hope``, ``voters feel``).
    "think": ("think",),
    "hope": ("hope",),
    "feel": ("feel", "feels", "felt", "feeling"),
    "wish": ("wish",),
    "doubt": ("doubt",),
    "fear": ("fear",),
    "agree": ("agree",),
    "recognize": ("recognized", "recognizes", "recognised", "recognize", "recognise"),
    "imagine": ("imagine",),
}
# Base forms of verbs of saying and stance (``would defend``, ``did not confirm``,
# ``lawmakers condemn``), which news copy rarely prints as a report.
for _lemma in """ask defend blame praise reject endorse reveal confirm vow pledge threaten
    mention condemn denounce dismiss recall decide seek consider testify declare""".split():  # noqa: SIM905
    if _lemma not in _WIDE.get(_lemma, ()):
        _WIDE[_lemma] = (*_WIDE.get(_lemma, ()), _lemma)

# More verbs of saying, thinking and stance for the wide scope, as (lemma, 3rd person, past,
# -ing): a closed list (a rule for any verb after a name lost far more than it found).
_WIDE_VERBS: tuple[tuple[str, str, str, str], ...] = (
    ("note", "notes", "noted", "noting"),
    ("proclaim", "proclaims", "proclaimed", "proclaiming"),
    ("exhort", "exhorts", "exhorted", "exhorting"),
    ("implore", "implores", "implored", "imploring"),
    ("scold", "scolds", "scolded", "scolding"),
    ("lambaste", "lambastes", "lambasted", "lambasting"),
    ("chastise", "chastises", "chastised", "chastising"),
    ("bemoan", "bemoans", "bemoaned", "bemoaning"),
    ("lament", "laments", "lamented", "lamenting"),
    ("denounce", "denounces", "denounced", "denouncing"),
    ("laud", "lauds", "lauded", "lauding"),
    ("characterize", "characterizes", "characterized", "characterizing"),
    ("label", "labels", "labeled", "labeling"),
    ("highlight", "highlights", "highlighted", "highlighting"),
    ("contend", "contends", "contended", "contending"),
    ("reiterate", "reiterates", "reiterated", "reiterating"),
    ("explain", "explains", "explained", "explaining"),
    ("shout", "shouts", "shouted", "shouting"),
    ("yell", "yells", "yelled", "yelling"),
    ("chant", "chants", "chanted", "chanting"),
    ("thank", "thanks", "thanked", "thanking"),
    ("compare", "compares", "compared", "comparing"),
    ("resent", "resents", "resented", "resenting"),
    ("prefer", "prefers", "preferred", "preferring"),
    ("despise", "despises", "despised", "despising"),
    ("downplay", "downplays", "downplayed", "downplaying"),
    ("reference", "references", "referenced", "referencing"),
    ("feel", "feels", "felt", "feeling"),
    ("advocate", "advocates", "advocated", "advocating"),
    ("forecast", "forecasts", "forecast", "forecasting"),
    ("recite", "recites", "recited", "reciting"),
    ("concede", "concedes", "conceded", "conceding"),
    ("assert", "asserts", "asserted", "asserting"),
)
_WIDE.update({lemma: tuple(forms) for lemma, *forms in _WIDE_VERBS if lemma not in _WIDE})

# The classes of English communication verbs (after Levin's verbs of communication and the
# reporting verbs of wire style guides), by lemma: each class was measured on PolNeAR dev and
# the news gold and kept as it helped or did no harm. Past and third person are verbs of saying
# (quotes and attributions); the *-ing* form joins the wide scope only, and the base form none
# (as often a noun: ``a reply``, ``a sigh``). Forms are inflected by rule (:func:`_inflect`); a
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
    ),
}
#: Lemmas that are as often acts or sounds (``sang the anthem``, ``outlined the plan``): a
#: report only before what was said (``that``, a colon, a comma, a quotation mark).
GATED = frozenset(
    [
        *_CLASSES["vocal"],
        "detail",
        "outline",
        "spell out",
        "alert",
        "tease",
    ]
)
_IRREGULAR = {
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
}


def _inflect(lemma: str) -> tuple[str, str, str]:
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


def _class_forms() -> Iterator[tuple[str, str, bool]]:
    """(form, lemma, wide only) of every class verb: past and third person are verbs of
    saying, the *-ing* form a cue of the wide scope."""
    for name, lemmas in _CLASSES.items():
        if name in _EXCLUDED_CLASSES:
            continue
        for lemma in lemmas:
            third, past, ing = _inflect(lemma)
            yield from ((third, lemma, False), (past, lemma, False), (ing, lemma, True))


_EXCLUDED_CLASSES: frozenset[str] = frozenset()

#: The colon that introduces speech (``Sanders said: "..."``); callers decide when one does.
COLON = CueWord(form=":", lemma=":", kind="colon")

#: Every cue form, keyed by its printed form.
LEXICON: dict[str, CueWord] = {
    **{
        form: CueWord(form=form, lemma=lemma, kind="speech")
        for lemma, forms in _VERBS.items()
        for form in forms
    },
    **{cue.form: cue for cue in _PHRASES},
    **{cue.form: cue for cue in _refusals()},
}
for _form, _lemma, _wide_only in _class_forms():
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

#: The cues of a view or a finding (``believes``, ``found``), matched with ``broad=True``.
BROAD_LEXICON: dict[str, CueWord] = {
    form: CueWord(form=form, lemma=lemma, kind=kind)
    for lemma, (forms, kind) in _BROAD.items()
    for form in forms
}
_EVERY = {**BROAD_LEXICON, **LEXICON}
# Wide-scope lemmas of a finding (``polls show``): read as the broad lexicon's findings.
_FINDINGS = frozenset(["show"])
#: The stances of the wider PolNeAR-style scope (``wants``, ``called for``), kind ``belief``.
WIDE_LEXICON: dict[str, CueWord] = {
    form: CueWord(form=form, lemma=lemma, kind="evidence" if lemma in _FINDINGS else "belief")
    for lemma, forms in _WIDE.items()
    for form in forms
    if form not in _EVERY
}
for _form, _lemma, _wide_only in _class_forms():
    if _wide_only and _form not in _EVERY:
        WIDE_LEXICON.setdefault(_form, CueWord(form=_form, lemma=_lemma, kind="belief"))

# Classes of stance verbs of the wide scope, after Levin's verb classes (judgement, admiring,
# characterising, conjecture, committing, opposing, talking about): past and third person,
# each measured on PolNeAR dev as a class. Measured and left out, at fewer than one hit in
# two: wanting (``need``, ``wish``), urging (``push``, ``invite``), investigating, showing
# (``prove``, ``demonstrate``) and linking (``link``, ``credit``).
_WIDE_CLASSES: dict[str, tuple[str, ...]] = {
    name: tuple(lemmas.split())
    for name, lemmas in {
        "judge": """applaud commend congratulate fault rebuke ridicule deride hail assail chide
            castigate berate excoriate disparage belittle compliment salute grill hammer decry
            deplore""",
        "characterize": "portray depict paint brand dub deem regard frame",
        "admire": """admire hate dislike distrust respect appreciate cherish loathe detest relish
            embrace favor favour love""",
        "conjecture": """guess presume imagine realize realise learn
            notice sense perceive consider determine discover""",
        "commit": "pledge vow swear guarantee",
        "oppose": "resist challenge contest protest object fight block",
        "talk": "talk speak debate lecture preach advise remind reassure",
    }.items()
}
# Lemmas of those classes whose third person is as often a plural noun (``the views``).
_WIDE_NOUN_LEMMAS = frozenset(
    """guess sense study review probe fight push block object protest appeal paint frame
    love respect need wish link tie credit talk debate lecture hammer grill""".split()  # noqa: SIM905
)
_WIDE_CLASS_OF: dict[str, str] = {}
for _class, _lemmas in _WIDE_CLASSES.items():
    for _lemma in _lemmas:
        _third, _past, _ing = _inflect(_lemma)
        _WIDE_CLASS_OF[_lemma] = _class
        for _form in (_past,) if _lemma in _WIDE_NOUN_LEMMAS else (_third, _past):
            if _form not in _EVERY:
                WIDE_LEXICON.setdefault(_form, CueWord(form=_form, lemma=_lemma, kind="belief"))


def class_of(lemma: str) -> str | None:
    """The name of the wide-scope verb class of ``lemma`` (``"judge"`` for ``hail``), if any."""
    return _WIDE_CLASS_OF.get(lemma)


# Passives of the wide scope. With ``by`` the agent that follows is the source (``has been
# endorsed by X``); without it the relation has no source (``X is expected to``, ``were
# rated as``, ``was accused of``), kind ``passive``: PolNeAR annotates both.
_WIDE_AGENT_PASSIVES = (
    ("endorsed", "endorse"),
    ("supported", "support"),
    ("backed", "back"),
    ("praised", "praise"),
    ("blamed", "blame"),
    ("accused", "accuse"),
    ("attacked", "attack"),
    ("questioned", "question"),
    ("challenged", "challenge"),
    ("urged", "urge"),
    ("rated", "rate"),
    ("described", "describe"),
    ("labeled", "label"),
    ("opposed", "oppose"),
    ("welcomed", "welcome"),
    ("cited", "cite"),
    ("called", "call"),
)
_WIDE_PASSIVES = (
    ("expected", "expect"),
    ("rated", "rate"),
    ("considered", "consider"),
    ("thought", "think"),
    ("believed", "believe"),
    ("seen as", "see"),
    ("viewed as", "view"),
    ("regarded as", "regard"),
    ("labeled", "label"),
    ("described as", "describe"),
    ("accused", "accuse"),
    ("criticized", "criticize"),
    ("criticised", "criticize"),
    ("blamed", "blame"),
    ("estimated", "estimate"),
    ("projected", "project"),
    ("predicted", "predict"),
    ("said to", "say"),
    ("reported to", "report"),
    ("alleged to", "allege"),
    ("charged", "charge"),
    ("mentioned as", "mention"),
)
_BE = ("is", "are", "was", "were", "be", "been", "being")
#: Lemmas whose passive without an agent is a relation of the wide scope (``has been harshly
#: criticized``), also when an adverb parts the participle from its auxiliary.
PASSIVE_LEMMAS = frozenset(
    [lemma for _, lemma in _WIDE_PASSIVES]
    + "announce confirm report mention question dispute reject deny".split()  # noqa: SIM905
)
for _participle, _lemma in _WIDE_AGENT_PASSIVES:
    for _aux in _BE:
        _form = f"{_aux} {_participle} by"
        WIDE_LEXICON.setdefault(_form, CueWord(form=_form, lemma=_lemma, kind="source"))
for _participle, _lemma in _WIDE_PASSIVES:
    for _aux in _BE:
        _form = f"{_aux} {_participle}"
        WIDE_LEXICON.setdefault(_form, CueWord(form=_form, lemma=_lemma, kind="passive"))
_WIDEST = {**WIDE_LEXICON, **_EVERY}


def _pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """One pattern for every form, written as a trie of characters: at each position only
    the forms that share what was read so far are tried (the engine does not try hundreds of
    alternatives at every word), and a longer form wins over its head word (``told
    reporters`` over ``told``) because a node tries to go on before it ends."""
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    # A hyphen before or after makes the form part of a compound (``internationally-agreed``,
    # ``self-declared``, ``much-expected``): no cue. Every form opens with a letter, so
    # ``(?<!\w)`` is the word boundary before it; written as lookbehinds it is checked
    # faster than ``\b`` (a quarter less time over the corpus).
    return re.compile(r"(?<!\w)(?<!\w-)" + _trie_pattern(trie) + r"\b(?!-\w)")


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
_BROAD_CUE = _pattern(_EVERY)
_WIDE_CUE = _pattern(_WIDEST)
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
            _inflect(lemma)[0]
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


def lemma_of(form: str, *, broad: bool = False) -> str | None:
    """The lemma of a printed cue (``"said"`` -> ``"say"``), or ``None`` if it is no cue.

    >>> lemma_of("told  reporters"), lemma_of("walked")
    ('tell', None)
    """
    table = _EVERY if broad else LEXICON
    cue = table.get(form)
    if cue is None and not form.isalpha():
        cue = table.get(_SPACES.sub(" ", form))  # ``told  reporters``: spaces made one
    return None if cue is None else cue.lemma


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
        cue = _WIDEST.get(printed) or _WIDEST[_SPACES.sub(" ", printed)]
        if cue.lemma in _NEEDS_OBJECT and _object_gapped(text, match.start(), match.end()):
            continue
        if printed in _NOUN_TOO and not _subject_before(text, match.start()):
            continue  # ``his remarks``, ``disparaging remarks``: the noun
        yield CueMatch(
            span=Span(start=match.start(), end=match.end()),
            text=printed,
            lemma=cue.lemma,
            kind=cue.kind,
        )
