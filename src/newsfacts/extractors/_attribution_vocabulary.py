"""The word lists that read a source phrase around a cue: the adverbs between a subject and
its verb, the words that open a clause or end a phrase, the head nouns of anonymous sources
and of documents. Data only: the readers are ``_attribution_sources`` and
``_attribution_naming``.
"""

from __future__ import annotations

from newsfacts.abbreviations import SENTENCE_STARTERS


def _vocabulary(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words between a subject and its verb that belong to neither (``Smith also said``).
BETWEEN = _vocabulary(
    """also later then further again earlier previously recently repeatedly simply only just
    once has had have was were is are would will already finally reportedly separately
    publicly privately long clearly apparently quickly immediately both all still really
    personally now never actually even openly don't doesn't didn't won't can't often first
    almost"""
)
BETWEEN |= {word.replace("'", "\u2019") for word in BETWEEN}  # typeset apostrophes too
# Lower-case words in *-ly* that are nouns, not adverbs (``the family said``, ``the weekly
# reported``): every other one before a verb is an adverb (``a teacher mistakenly thought``).
NOUNS_IN_LY = _vocabulary(
    """family assembly ally rally supply reply monopoly anomaly homily daily weekly monthly
    quarterly fortnightly biweekly bully tally belly jelly fly butterfly"""
)
# ``thus far``, ``so far``: a two-word adverb between subject and verb.
FAR_ADVERB_HEADS = _vocabulary("""thus so""")
# Words before a verb that opens a phrase read back from a cue: a relative pronoun (the
# subject is the noun before it), an auxiliary or a conjunction (there is no subject).
VERB_CLAUSE_OPENERS = _vocabulary("""that which who""")
AUXILIARIES_AND_LINKS = _vocabulary(
    """was were is are be been being had has have and or but after before while when since
    by with without"""
)
# Lower-case words that open a clause: the subject phrase read backwards stops there.
CLAUSE_WORDS = _vocabulary(
    """that which but or because while when where if as since though although than so then
    whether after before until unless yet nor what how why once said says told added is are
    was were has have had be been being not would will could should may might can did does
    do there here this these those it's he's she's they're we're i'm to"""
)
RELATIVE = _vocabulary("""who whom""")
# Relative pronouns whose antecedent the wide scope takes for the source of the cue after them.
WIDE_RELATIVES = _vocabulary("""which that""")
# Quantifiers that are a whole subject (``Some believe``, ``Many fear``).
QUANTIFIER_SUBJECTS = _vocabulary("""Some Many Others Most Few Several Both All some many others""")
# Verbs that take a verb of saying in the infinitive (``went on to explain``, ``appeared to
# suggest``, ``refused to pledge``): its subject is the source.
CATENATIVES = _vocabulary(
    """went goes appeared appears seemed seems tried tries continued continues refused refuses
    wanted wants sought seeks moved moves vowed vows promised promises began begins started
    starts decided decides chose chooses declined declines hoped hopes needs needed used
    managed failed fails yet"""
)
# Auxiliaries and negations between a subject and its verb that the wide scope reads past
# (``he does believe``, ``leaders could call on``, ``states that may not want``).
WIDE_AUXILIARIES = _vocabulary(
    """does did do could can may might must should shall not never n't cannot won't
    wouldn't couldn't shouldn't"""
) | {"won\u2019t", "wouldn\u2019t", "couldn\u2019t", "shouldn\u2019t"}
PERSONAL_PRONOUNS = _vocabulary("""he she they we I He She They We""")
# Words before a verb of saying in phrases that attribute nothing.
IDIOM_ENDS = _vocabulary("""without worth having let's let\u2019s needless""")
SUBJECT_PRONOUNS = _vocabulary("""he she they it we""")
# Irregular past forms that end a sentence's subject as well as any verb in *-ed*.
IRREGULAR_PAST = _vocabulary(
    """took made went came gave got left held kept met ran put set sent thought found brought
    began led stood won lost paid fell broke chose spent sought fought struck threw wrote
    spoke rose drew drove knew saw became"""
)
# Irregular participles that open a clause read back from a cue (``who was flown from``).
IRREGULAR_PARTICIPLES = _vocabulary(
    """flown taken given shown seen known driven written chosen drawn thrown beaten born
    held sent brought caught told sold"""
)
PREPOSITIONS = _vocabulary(
    """in on at for to with from by of about over under during via through into across
    after before since"""
)
DETERMINERS = _vocabulary(
    """a an the his her its their our one another some two three four several many multiple
    other most few both"""
)
DETERMINER_WORDS = frozenset(["A", "An", "The"])
TIME_NOUNS = _vocabulary("""week month year morning afternoon evening weekend spring summer fall
    winter""")
TIME_DETERMINERS = _vocabulary("""this last next earlier""")
# The days, and the words that are a whole adjunct of time by themselves (``said today``).
CALENDAR = _vocabulary(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today tonight"""
)
# Quantifiers that open a participle's subject (``with some predicting``).
QUANTIFIERS = frozenset(["some", "both", "many", "others", "all", "most", "several", "one"])
# Words that open a sentence but are no part of its subject (``But officials said``).
OPENERS = (
    frozenset(word for word in SENTENCE_STARTERS if word[:1].isupper())
    | _vocabulary("""But And Yet So Still Meanwhile However Also Now Then Instead Earlier""")
) - _vocabulary(
    """The A An His Her Its Their Our One Some Many Several Two Three He She They It We I
    Mr Mrs Ms Dr Messrs Most Other Each All Both Few No Every Another"""
)
# Words after an inverted cue or a source that end the source (``said Jane Doe in a
# statement``, ``according to police on Monday``).
AFTER_STOPS = _vocabulary(
    """in on at during after before when while adding as who that which to from with via last
    this next yesterday today tonight earlier later and but said says told because if since
    than"""
)
# Head nouns of unnamed people and groups: such a source is ``anonymous``.
ANONYMOUS_HEADS = _vocabulary(
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
REPORT_HEADS = _vocabulary(
    """report reports statement statements media newspaper newspapers paper daily agency
    television TV radio broadcaster channel outlet outlets website documents document letter
    letters study studies survey surveys poll polls release communique communiqué memo
    filing filings record records dispatch commentary editorial article articles data
    figures account accounts cable cables transcript analysis review investigation audit
    findings press station network video footage average averages results numbers
    research evidence tally forecast estimates"""
)
DOCUMENT_NOUNS = REPORT_HEADS - _vocabulary("""media agency newspaper paper daily outlet""")
# Determiners that, after a source's last word, open the claim (no comma between them).
NEW_PHRASE = frozenset(["the", "a", "an"])
JOINERS = PREPOSITIONS | _vocabulary("""and or of""")
ANONYMOUS_MARKS = ("anonymity", "not authorized", "not authorised", "not be named", "unnamed")
QUALIFIERS = _vocabulary("""close familiar near to in at on involved briefed""")
APOSTROPHE_S = ("'s", "\u2019s")
