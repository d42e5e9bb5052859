"""Readers of the wide (PolNeAR) scope: stances that are nouns as often as verbs, passives,
headline verbs and long subjects.

``X plans to``, ``China and Russia support the government``, ``Russia backed the rebels``
attribute a stance; ``tax plans``, ``record low support from``, ``backed out`` do not. The
verb reading needs a subject right before the form (a name, a pronoun, a noun, a relative
pronoun, but no determiner or possessive) and, after it, what the stance is about: ``to``
for a plan, an object for support and backing (:func:`form_fits`, which also wants a topic
after a verb of talking and ``as`` after a verb of viewing). A passive without its agent
(``is expected to``) is a relation without a source: :func:`passive_content` reads its
content. PolNeAR marks a relative pronoun as the source (:func:`relative_pronoun`). A
headline prints its stance in the present tense (:func:`headline_verbs`), and a subject too
long to read back from its verb is read from the sentence's start (:func:`long_subject`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newsfacts import cues as _cues
from newsfacts.extractors import _attribution_content as _content
from newsfacts.extractors import _attribution_sources as _sources
from newsfacts.extractors._attribution_reader import QUOTE_MARKS
from newsfacts.extractors._attribution_words import Word, words
from newsfacts.records import Span

__all__ = [
    "BASE_VIEWS",
    "calls_something",
    "documents_may",
    "form_fits",
    "headline_verbs",
    "is_modifier_or_noun",
    "long_subject",
    "passive_content",
    "relative_pronoun",
]

#: Base forms of views that the wide scope reads only after a plural, a name or a personal
#: pronoun (``I hope``, ``voters feel``), not as nouns (``no doubt``, ``a think tank``).
BASE_VIEWS = frozenset(
    "think hope feel wish doubt fear agree recognize recognise imagine".split()  # noqa: SIM905
)
# Wide-scope lemmas whose forms are nouns too: a cue only when :func:`_stance_is_verb`.
_NOUN_TOO = frozenset(["plan", "support", "back", "seek"])
# What opens the object of a verb of support (``support the government``, ``backed her``).
_OBJECT_OPENERS = frozenset(
    """the a an her him them his their its this that these those some any it me us you
    both all one two""".split()  # noqa: SIM905
)
# Words before the form that show it is a noun (``her plans``, ``made plans``, ``more support``).
_NOUN_BEFORE = frozenset(
    """the a an his her their its our my your tax new more less strong broad record low
    high no any some such made make making unveil unveiled unveils heralded announced
    different""".split()  # noqa: SIM905
)
# Verbs of talking: a stance only with what it is about (``spoke about``, ``talked of``);
# ``spoke to reporters``, ``spoke for five minutes`` are acts.
_TOPIC_VERBS = frozenset(["speak", "talk", "debate", "lecture", "preach"])
# Stances that a document or a medium takes as well as a person.
_DOCUMENT_STANCES = frozenset(
    """call for endorse oppose support back attack defend encourage question urge dismiss
    tout praise criticize describe suggest argue claim note highlight mention reveal
    show""".split()  # noqa: SIM905
)
# Verbs of putting out a document: a stance only with the document named.
_PUTTING_OUT = frozenset(
    "release send deliver file run introduce present submit launch".split()  # noqa: SIM905
)
_DOCUMENTS = frozenset(
    """statement letter report memo plan proposal ad ads advertisement video tweet tweets
    message op-ed editorial column essay book study analysis complaint lawsuit motion brief
    resolution petition survey poll feature story article document documents records
    transcript summary note warning request response""".split()  # noqa: SIM905
)
_NEGATIONS = frozenset(["not", "never", "n't", "no"])
_PASSIVE_AUXILIARIES = frozenset(["been", "being", "be", "is", "are", "was", "were"])
# The auxiliaries and modals between a subject and a passive or raising verb.
_VERB_GROUP = _PASSIVE_AUXILIARIES | frozenset(
    "can could may might must should would will shall".split()  # noqa: SIM905
)
# Verbs of viewing: a stance only as ``sees X as Y``.
_VIEWING = frozenset(["see as", "view as"])
_TOPIC_OPENERS = frozenset(["about", "of", "out"])
# Words right after a verb that make it an act (``learned from``, ``maintains a program``).
_ACTS_BEFORE = {
    "learn": frozenset(["from"]),
    "maintain": frozenset(["a", "an", "the", "its", "his", "her", "their", "our"]),
    "report": frozenset(["from"]),  # ``reported from Midway Atoll``: where, not what
    "claim": frozenset(["a", "an"]),  # ``claimed a loss``: took, not said
    "call": frozenset(["in"]),  # ``called in to a town hall``
    "decide": frozenset(["the", "a", "an"]),  # ``could decide the case``: settles, not judges
    "conclude": frozenset(["with", "by"]),  # ``the spot concludes with footage``: ends
    "press": frozenset(["against", "ahead", "into"]),  # ``pressed against a fence``: pushed
}
# How many words after a verb of talking may come before what it is about.
_TOPIC_REACH = 4
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty hundred thousand million half""".split()  # noqa: SIM905
)
# How many words of an object may end a deliberation's clause (``considered the matter.``).
_SHORT_OBJECT = 3
# Words after a bare form that make it a noun (``demand from China``, ``support among
# millennials``); a verb's object or clause would follow instead.
_NOUN_FOLLOWERS = frozenset(["from", "of", "among"])
# Bare forms that are nouns as often as verbs (``know of``, ``hear from`` are verbs).
_BARE_NOUNS = frozenset(
    """demand support fear hope doubt claim attack question report promise pledge vow call
    plan back wish concern praise criticism""".split()  # noqa: SIM905
)
_RELATIVE_PRONOUNS = frozenset(["which", "that", "who"])
# How many words of an object may stand between ``called`` and ``a``/``an`` (``called
# climate change a hoax``).
_CALLED_OBJECT = 5
_PARTICLES = frozenset(["off", "out", "away", "down", "up", "by"])


def documents_may(lemma: str) -> bool:
    """Whether a document or a medium may take a stance of ``lemma`` (``a Times article
    hailed``, ``the editorial calls for``), unlike a view (``the report believes``)."""
    return lemma in _DOCUMENT_STANCES or _cues.class_of(lemma) in ("judge", "characterize")


def form_fits(lemma: str, before: Sequence[Word], after: Sequence[Word]) -> bool:
    """Whether a wide-scope cue has the form that makes it a stance: a verb with its subject
    and complement (``plans to``, ``support the``), a verb of talking with its topic, a verb
    of viewing with ``as``. Any other lemma fits."""
    if lemma in _NOUN_TOO:
        return _stance_is_verb(lemma, before, after)
    if lemma in _TOPIC_VERBS:
        return _tells_a_topic(after)
    if lemma in _VIEWING:
        return _sees_as(after)
    if lemma in _PUTTING_OUT:
        return _names_a_document(after)
    if lemma == "consider":
        return _considers_as(after)
    if lemma in _ACTS_BEFORE:
        # ``learned from the experience``, ``maintains a program``: an act, not a view.
        return not after or after[0][0].lower() not in _ACTS_BEFORE[lemma]
    if lemma == "decline":
        # ``declined to threaten``, ``declined the assignment``; not ``declined slightly``.
        return bool(after) and (after[0][0] == "to" or after[0][0].lower() in _OBJECT_OPENERS)
    return True


def is_modifier_or_noun(
    printed: str, lemma: str, before: Sequence[Word], after: Sequence[Word]
) -> bool:
    """Whether a cue form is no verb by the words around it: a participle after a possessor
    (``the party's preferred nominee``), a plural after a figure or after a participle whose
    object it is (``the 9/11 attacks``, ``began taking calls``), or a bare form before
    ``from``, ``of`` or ``among`` (``demand from China``)."""
    if not before or " " in printed:
        return False
    previous = before[-1][0]
    if printed.endswith("ed") and previous.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return True
    if printed.endswith("s") and (
        previous[:1].isdigit()
        or (previous.islower() and previous.endswith("ing") and len(previous) > 5)
    ):
        return True
    following = after[0][0] if after else ""
    return following in _NOUN_FOLLOWERS and printed == lemma and lemma in _BARE_NOUNS


def _considers_as(after: Sequence[Word]) -> bool:
    """``considered him a threat``, ``consider that``: a judgement; ``considered the matter.``,
    ``consider taking action``: a deliberation, no view yet (an object that ends the clause
    within a few words, or a gerund)."""
    if not after:
        return False
    first = after[0][0]
    if first.islower() and first.endswith("ing") and len(first) > 4:
        return False
    for position, (word, _, _) in enumerate(after[: _SHORT_OBJECT + 1]):
        if not word[:1].isalnum() and word not in QUOTE_MARKS:
            return position == 0  # ``, who considered, ...``: an aside; ``the matter.``: done
    return True


def _names_a_document(after: Sequence[Word]) -> bool:
    """``released a letter``, ``sent a cease-and-desist letter``: a document within a few
    words of a verb of putting out."""
    return any(word.lower() in _DOCUMENTS for word, _, _ in after[: _TOPIC_REACH + 1])


def _stance_is_verb(lemma: str, before: Sequence[Word], after: Sequence[Word]) -> bool:
    """Whether a form of ``lemma`` (one of :data:`_NOUN_TOO`) is a verb with its subject
    before it and its complement after it."""
    if not after:
        return False
    following = after[0][0]
    if lemma == "plan":
        if following != "to":
            return False
    elif following.lower() in _PARTICLES:
        return False  # ``backed out``, ``backed by the West``: a phrasal verb or a passive
    elif not (following.lower() in _OBJECT_OPENERS or following[:1].isupper()):
        return False  # ``support from black voters``, ``support among millennials``
    trimmed = _sources.strip_between(list(before))
    if not trimmed:
        return False
    word = trimmed[-1][0]
    lower = word.lower()
    if lower in _NOUN_BEFORE or word.endswith(("'s", "\u2019s", "s'", "'", "\u2019")):
        return False
    if word.islower() and lower.endswith("ing"):
        return False  # ``dialing back plans``: the object of a participle
    # A name, a pronoun, a noun, ``and`` (a second verb of the subject) or the comma that
    # closes an appositive (``Mike Pence, the running mate, plans to``).
    return word[:1].isalnum() or word == ","


def _sees_as(after: Sequence[Word]) -> bool:
    """``sees the ruling as an insult``: ``as`` within a few words of a verb of viewing."""
    return any(word == "as" for word, _, _ in after[: _TOPIC_REACH + 2])


def _tells_a_topic(after: Sequence[Word]) -> bool:
    """Whether a verb of talking is followed, within a few words, by what it is about; not
    past a place or an audience (``spoke at a gathering of``, ``spoke to a crowd of``) nor
    before a figure (``spoke for about five minutes``)."""
    for position, (word, _, _) in enumerate(after[:_TOPIC_REACH]):
        if word in ("a", "an"):
            return False
        if word in _TOPIC_OPENERS:
            following = after[position + 1][0] if position + 1 < len(after) else ""
            return not (word == "about" and _is_figure(following))
    return False


def _is_figure(word: str) -> bool:
    """``5``, ``five``, ``half``: a number (``about five minutes``: an amount, no topic)."""
    return word[:1].isdigit() or word.lower() in _NUMBER_WORDS


def passive_content(
    text: str, sentence_end: int, before: Sequence[Word], after: Sequence[Word], lemma: str
) -> list[Span]:
    """The content of a passive without its agent: its subject, and what follows the cue
    (``[About one voter in nine] is expected [to be Latino]``)."""
    parts: list[Span] = []
    trimmed = _sources.strip_between(list(before))
    while trimmed and trimmed[-1][0].lower() in _VERB_GROUP:
        # ``has been harshly criticized``, ``can seem``
        trimmed = _sources.strip_between(trimmed[:-1])
    if lemma not in _cues.RAISING_LEMMAS and (
        (before and before[-1][0].lower() in _NEGATIONS)
        or (trimmed and trimmed[-1][0].lower() in _NEGATIONS)
    ):
        return parts  # ``has never been charged``: nothing is reported of anyone
    subject = _sources.subject_before(trimmed)
    if subject is not None:
        parts.append(subject)
    if after:
        start = _content.content_start(text, after, lemma)
        end = min(sentence_end, start + _content.CONTENT_REACH)  # bounded: linear in any sentence
        parts.extend(
            part
            for part in _content.clip(text, start, end, after)
            if subject is None or part.start >= subject.end
        )
    return parts


def relative_pronoun(before: Sequence[Word], source: Span) -> Span | None:
    """The relative pronoun right before a cue (past adverbs and auxiliaries) when the source
    read is its antecedent: PolNeAR marks the pronoun as the source."""
    trimmed = _sources.strip_between(list(before))
    if not trimmed or trimmed[-1][0].lower() not in _RELATIVE_PRONOUNS:
        return None
    _, start, end = trimmed[-1]
    return Span(start=start, end=end) if source.end <= start else None


def calls_something(after: Sequence[Word]) -> bool:
    """``called climate change a hoax``: an object, then what it was called, opened by
    ``a`` or ``an`` within a few words."""
    return any(word in ("a", "an") for word, _, _ in after[1 : _CALLED_OBJECT + 1])


# The present tense of headlines (``Senators Rip X``, ``Court Rules Against Y``, ``Panel
# Votes To Hold Z``): verbs of stance that body copy prints in the past or as nouns, read in
# a headline (lower-cased) only when no cue of the lexicon attributes it.
_HEADLINE_VERB = regex.compile(
    r"(?<![\w-])(rips|hammers|questions|goes after|sums up|breaks with|corners|votes|"
    r"rules against|rules|ducks|takes aim at|hits back at|hits|fires back at|lashes out at|"
    r"weighs in on|knocks|presses|pushes|seeks|backs|touts|mocks|praises|defends)(?![\w-])"
)
_HEADLINE_LEMMAS = {
    "goes after": "go after",
    "sums up": "sum up",
    "breaks with": "break with",
    "presses": "press",
    "pushes": "push",
}


def headline_verbs(headline: str) -> Iterator[_cues.CueMatch]:
    """The headline verbs of stance in a lower-cased headline, as cues of kind ``belief``."""
    for match in _HEADLINE_VERB.finditer(headline):
        printed = match.group(1)
        lemma = _HEADLINE_LEMMAS.get(printed, printed.split()[0].removesuffix("s"))
        yield _cues.CueMatch(
            span=Span(start=match.start(1), end=match.end(1)),
            text=printed,
            lemma=lemma,
            kind="belief",
        )


# Words that show a clause of its own between a sentence's subject and a later verb: the
# verb is not the subject's (``Smith met Jones, who agreed``, ``Smith left when they agreed``).
_CLAUSE_MARKS = frozenset(
    """that which who whom whose where when while after before since because if as than and
    but or is are was were has have had will would could should may might can did does do
    been said says told""".split()  # noqa: SIM905
)
# Words that, right before the form, make it a noun (``peppered him with attacks``, ``more
# detailed records``, ``the torrent of challenges``).
_NOUN_OPENERS = frozenset(
    """a an the of with for by in on at from into more most less many much several
    some any no its his her their our my your this these those such making""".split()  # noqa: SIM905
)
# The most words a subject's modifiers may hold between its head and its verb.
_LONGEST_TAIL = 12


def long_subject(text: str, sentence: Span, cue_start: int) -> Span | None:
    """The subject that opens ``sentence`` when only its modifiers stand between it and the
    cue (``The average of polls conducted over the past two weeks shows``, ``The section of
    the debate devoted to racial issues revealed``): a subject too long to read back from the
    cue. None when a comma, a conjunction, an auxiliary or another cue comes between."""
    head = words(text, sentence.start, cue_start)
    subject = _sources.sentence_subject(head)
    if subject is None:
        return None
    tail = [word for word in head if word[1] >= subject.end]
    if len(tail) > _LONGEST_TAIL or (tail and tail[-1][0].lower() in _NOUN_OPENERS):
        return None
    for token, _, _ in tail:
        lower = token.lower()
        if lower in _CLAUSE_MARKS or not token[:1].isalnum():
            return None
        if _cues.lemma_of(token, broad=True) is not None:
            return None
    return subject
