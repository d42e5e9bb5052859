"""The wide (PolNeAR-style) scope's part of the cue lexicon, as data: the stances a source
wants, plans, demands, supports or attacks, the classes of stance verbs, and the passives
with and without an agent.
"""

from __future__ import annotations

from newsfacts._cue_lexicon import EVERY, CueWord, class_forms, inflect

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
    # Statement, opinion and judgment verbs (FrameNet) that news prints rarely but PolNeAR
    # annotates; ``suspect`` is left out: its forms are nouns and adjectives as often.
    ("opine", "opines", "opined", "opining"),
    ("aver", "avers", "averred", "averring"),
    ("avow", "avows", "avowed", "avowing"),
    ("attest", "attests", "attested", "attesting"),
    ("imply", "implies", "implied", "implying"),
    ("insinuate", "insinuates", "insinuated", "insinuating"),
    ("underscore", "underscores", "underscored", "underscoring"),
    ("disagree", "disagrees", "disagreed", "disagreeing"),
    ("concur", "concurs", "concurred", "concurring"),
    ("marvel", "marvels", "marveled", "marveling"),
    ("bash", "bashes", "bashed", "bashing"),
    ("champion", "championed", "championed", "championing"),  # ``champions``: the noun
    ("apologize", "apologizes", "apologized", "apologizing"),
)
_WIDE.update({lemma: tuple(forms) for lemma, *forms in _WIDE_VERBS if lemma not in _WIDE})

# Wide-scope lemmas of a finding (``polls show``): read as the broad lexicon's findings.
_FINDINGS = frozenset(["show"])
# The stances of the wider PolNeAR-style scope (``wants``, ``called for``), kind ``belief``.
WIDE_LEXICON: dict[str, CueWord] = {
    form: CueWord(form=form, lemma=lemma, kind="evidence" if lemma in _FINDINGS else "belief")
    for lemma, forms in _WIDE.items()
    for form in forms
    if form not in EVERY
}
for _form, _lemma, _wide_only in class_forms():
    if _wide_only and _form not in EVERY:
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
WIDE_CLASS_OF: dict[str, str] = {}
for _class, _lemmas in _WIDE_CLASSES.items():
    for _lemma in _lemmas:
        _third, _past, _ing = inflect(_lemma)
        WIDE_CLASS_OF[_lemma] = _class
        for _form in (_past,) if _lemma in _WIDE_NOUN_LEMMAS else (_third, _past):
            if _form not in EVERY:
                WIDE_LEXICON.setdefault(_form, CueWord(form=_form, lemma=_lemma, kind="belief"))


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
# Raising verbs: their subject holds no view (``Republicans seem confident``, ``the plan
# seems risky``): PolNeAR annotates a relation without a source whose content is the
# subject and what follows, like a passive without its agent.
RAISING_LEMMAS = frozenset(["seem"])
_BE = ("is", "are", "was", "were", "be", "been", "being")
# Lemmas whose passive without an agent is a relation of the wide scope (``has been harshly
# criticized``), also when an adverb parts the participle from its auxiliary.
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
WIDEST = {**WIDE_LEXICON, **EVERY}
