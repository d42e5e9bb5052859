"""Reading the cues of one body sentence: which cue matches are verbs of attribution (not
nouns, passives or bare infinitives), and the sources a sentence's later cues share.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsfacts import cues as _cues
from newsfacts.extractors import _attribution_asked as _asked
from newsfacts.extractors import _attribution_naming as _naming
from newsfacts.extractors import _attribution_polls as _polls
from newsfacts.extractors import _attribution_raising as _raising
from newsfacts.extractors import _attribution_wide as _wide
from newsfacts.extractors._attribution_cue import CueReading
from newsfacts.extractors._attribution_reader import Tokens
from newsfacts.extractors._attribution_vocabulary import BETWEEN
from newsfacts.extractors._attribution_words import Word, words
from newsfacts.records import Attribution, AttributionType, Span

# Bare verbs of speech that the wide scope, too, reads only after a plural subject (``they
# tell``; not ``would tell``, ``and tell more jokes``, ``no way to tell``).
_BARE_SPEECH = frozenset(["tell"])
_REPORTED_PRONOUNS = frozenset(["i", "he", "she", "we", "they", "you", "it"])
_SINGULAR_SUBJECTS = frozenset(["he", "she", "it", "who", "which", "that", "one"])

_PLURAL_PRONOUNS = frozenset(["they", "we", "i", "you", "people", "police"])
# Words after which a bare verb is an infinitive or a noun, not a plural's present.
_NOT_SUBJECT_ENDS = frozenset(
    """to will would can could may might must should shall did does do not n't its his her
    their our your whose every each this that a an the""".split()  # noqa: SIM905
)
# How far around a cue the checks of its form read (``was found``, ``the reports``).
_NEAR = 40
# Verbs whose past is printed as their lemma (``the statement read``).
_SAME_IN_THE_PAST = frozenset(["read", "put", "set"])
_FORMS_OF_BE = frozenset(["was", "were", "is", "are", "be", "been", "being", "am"])
_ADVERBS = frozenset(["also", "widely", "not", "never", "generally", "already", "often"])
# Prepositions after a plural noun that a verb of saying in *-s* is rarely followed by.
_NOUN_FOLLOWERS = frozenset("of upon from as against among amid".split())  # noqa: SIM905
_VERB_AFTER_NOUN = frozenset(
    ["have", "has", "had", "are", "were", "is", "was", "will", "would", "say", "show", "also"]
)
# A verb in *-s* or *-ed* right before ``that`` (the wide scope's clause of speech or thought).
_THAT_VERB = regex.compile(r"\b([a-z]{3,}(?:s|ed))\s+that\b")
_NOT_THAT_VERBS = frozenset(
    """was has is does this thus days years times weeks months ones things others
    facts ways less unless needs means needed""".split()  # noqa: SIM905
)
# Endings of plural nouns, not of verbs in *-s* (``investors that``, ``companies that``).
_NOUN_ENDINGS = ("ers", "ors", "ists", "ians", "ies", "ments", "tions", "ships", "ants")
_NOUN_DETERMINERS = frozenset(
    "the a an his her its their our these those many some several".split()  # noqa: SIM905
)
_SUBJECT_OR_ADVERB = frozenset(
    "he she it also still now never often repeatedly clearly campaign".split()  # noqa: SIM905
)


class SentenceReading(CueReading):
    """The attributions of the cues of body sentences."""

    def from_sentence(
        self, sentence: Span, *, broad: bool, wide: bool = False
    ) -> list[Attribution]:
        """The attributions of the cues of one sentence that no quote has used."""
        found: list[Attribution] = []
        last_source: tuple[Span, _naming.Named] | None = None
        cues = list(
            _cues.find_cues(self.text, sentence.start, sentence.end, broad=broad, wide=wide)
        )
        if wide:
            cues = _with_that_verbs(self.text, sentence, cues)
        tokens: Tokens | None = None
        swallowed = sentence.start  # the end of a cue that took in the verb after it
        for cue in cues:
            if cue.span.start < swallowed:
                continue  # ``seemed to [think]``: the view's verb is part of the cue before
            if cue.span in self.used_cues:
                last_source = self.cue_sources.get(cue.span, last_source)
                continue
            if self._inside_quote(cue.span):
                continue
            if found and _complements(self.text, found[-1], cue.span):
                continue  # ``refused to endorse``, ``wanted to know``: one stance, one claim
            if tokens is None:
                tokens = Tokens(self.text, sentence)  # read once for all the sentence's cues
            near_before, near_after = tokens.around(cue.span, _NEAR)
            passive = self._is_passive(cue, near_before)
            if wide and cue.lemma in _cues.RAISING_LEMMAS and _raising.raises_a_view(near_after):
                # ``seemed to think``: one cue, the view's, whose holder is the subject.
                end = near_after[1][2]
                cue = attrs.evolve(
                    cue,
                    span=Span(start=cue.span.start, end=end),
                    text=self.text[cue.span.start : end],
                )
                swallowed = end
            elif wide and (
                cue.lemma in _cues.RAISING_LEMMAS
                or _raising.reduced_passive(cue, near_before, near_after)
            ):
                # ``Republicans seem confident``, ``with Obama expected to visit``: the subject
                # holds no view; a relation without a source.
                cue = attrs.evolve(cue, kind="passive")
            elif passive and wide and cue.lemma in _cues.PASSIVE_LEMMAS:
                # ``has been harshly criticized``: a relation without a source (wide scope).
                cue = attrs.evolve(cue, kind="passive")
                passive = False
            if (
                self._is_noun(cue, sentence, near_after)
                or passive
                or (
                    wide
                    and cue.kind not in ("source", "passive")
                    and (
                        not _wide.form_fits(cue.lemma, near_before, near_after)
                        or _wide.is_modifier_or_noun(cue.text, cue.lemma, near_before, near_after)
                    )
                )
                or (
                    (not wide or cue.text in _wide.BASE_VIEWS or cue.text in _BARE_SPEECH)
                    and _is_bare_present(cue)
                    and not self._plural_subject_before(near_before)
                )
            ):
                continue
            item = self._read_cue(sentence, cue, last_source, wide=wide, tokens=tokens)
            if item is None:
                continue
            attribution, source = item
            if source is not None and _ends_without_a_noun(self.text, source[0]):
                continue  # ``please read``, ``more detailed``, ``dialing back plans``: no subject
            if wide and source is not None and self._reported_pronoun(sentence, source[0]):
                continue  # ``She said she recalls ...``: the claim's own words, not a second one
            if source is not None and _inside_content(source[0], found):
                if cue.kind == "belief" and not (
                    wide and self._opens_coordinate_clause(sentence, source[0])
                ):
                    # ``X acknowledged some people believed A``: a view inside a claim is
                    # part of that claim, not one the reporter attributes.
                    continue
            elif source is not None:
                # A source inside an earlier claim of the sentence is no subject a later
                # verb shares (``X acknowledged some people believed A, but said B``).
                last_source = source
            found.append(attribution)
        if wide:
            found.extend(self._frames(sentence, found))
        return found

    def _frames(self, sentence: Span, found: Sequence[Attribution]) -> list[Attribution]:
        """The wide scope's frames that no verb heads: ``In the latest poll, Clinton leads``
        (the poll's), ``Asked about the pier, the mayor said`` (the asker's, or no one's),
        each where no cue of the sentence already stands."""
        taken = [item.cue_span for item in found if item.cue_span is not None]
        frames: list[tuple[Span, Span | None, list[Span], AttributionType]] = [
            (cue, source, content, "report")
            for cue, source, content in _polls.poll_frames(self.text, sentence)
        ]
        frames.extend(
            (cue, asker, [content], "statement")
            for cue, asker, content in _asked.asked_frames(self.text, sentence)
        )
        more = []
        for cue, source, content, kind in frames:
            if any(cue.start < span.end and span.start < cue.end for span in taken):
                continue
            named = None if source is None else _naming.name_source(self.article, source)
            spans = [cue, *content] if source is None else [source, cue, *content]
            more.append(
                Attribution(
                    span=Span(start=min(s.start for s in spans), end=max(s.end for s in spans)),
                    source=None if named is None else named.name,
                    source_span=source,
                    source_entity=None if named is None else named.entity,
                    cue=cue.of(self.text),
                    cue_lemma=cue.of(self.text).split()[0].lower(),
                    cue_span=cue,
                    content=" ".join(part.of(self.text) for part in content),
                    content_parts=tuple(content),
                    type=kind,
                )
            )
        return more

    def _reported_pronoun(self, sentence: Span, source: Span) -> bool:
        """Whether ``source`` is a personal pronoun right after a verb of speech (``said she
        recalls``, ``saying they think``) or ``what`` (``what he sees as``): the subject of a
        clause someone else reports, or of a thing named."""
        if source.of(self.text).lower() not in _REPORTED_PRONOUNS:
            return False
        before = words(self.text, max(sentence.start, source.start - _NEAR), source.start)
        if not before:
            return False
        word = before[-1][0]
        if word.lower() == "what" or _contact_noun(word):
            return True  # ``what he sees as``, ``the two guides I wrote``
        cue = _cues.lemma_of(word) if word.islower() else None
        return cue is not None and _cues.LEXICON[word].kind == "speech"

    @staticmethod
    def _plural_subject_before(near_before: Sequence[Word]) -> bool:
        """``officials insist``, ``they claim``: a bare verb is a cue only after a plural or
        a name; ``to maintain``, ``will tell`` or ``every claim`` are none."""
        before = list(near_before)
        while before:
            lower = before[-1][0].lower()
            if lower in _NOT_SUBJECT_ENDS:
                return False  # ``will not maintain``, ``to firmly deny``, ``every claim``
            if lower not in BETWEEN:
                break
            before.pop()
        if not before:
            return False
        word = before[-1][0]
        lower = word.lower()
        if lower in _PLURAL_PRONOUNS:
            return True
        if lower in _NOT_SUBJECT_ENDS or not word[:1].isalpha():
            return False
        return word[:1].isupper() or (lower.endswith("s") and not lower.endswith("ss"))

    @staticmethod
    def _is_passive(cue: _cues.CueMatch, near_before: Sequence[Word]) -> bool:
        """``the body was found``, ``talks are expected``: no one attributes anything."""
        if " " in cue.text or cue.text.endswith("ing"):  # ``is demanding``: progressive
            return False
        before = list(near_before)
        while before and (
            before[-1][0].lower() in _ADVERBS
            or (before[-1][0].endswith("ly") and before[-1][0].islower())
        ):
            before.pop()  # ``was reportedly rejected``
        return bool(before) and before[-1][0].lower() in _FORMS_OF_BE

    def _is_noun(self, cue: _cues.CueMatch, sentence: Span, following: Sequence[Word]) -> bool:
        """``news reports have cited``: a plural noun before a verb is no cue."""
        if not cue.text.endswith("s") or " " in cue.text:
            return False
        if not following:
            return False
        word = following[0][0]
        previous = self.text[max(sentence.start, cue.span.start - 6) : cue.span.start]
        if previous.rstrip().endswith(("'s", "\u2019s")) or previous.split()[-1:] in (
            ["the"],
            ["his"],
            ["her"],
            ["their"],
            ["its"],
        ):
            return True  # ``Netanyahu's remarks``, ``the reports``
        if _modifies(self.text, max(sentence.start, cue.span.start - _NEAR), cue.span.start):
            return True  # ``late-night tweets targeting``, ``published reports alleging``
        if _ends_noun_phrase(word) and not self._pronoun_before(cue, sentence):
            return True  # ``personal attacks upon``, ``late-night tweets targeting``
        return word in _VERB_AFTER_NOUN or _cues.lemma_of(word, broad=True) is not None

    def _pronoun_before(self, cue: _cues.CueMatch, sentence: Span) -> bool:
        before = words(self.text, max(sentence.start, cue.span.start - 12), cue.span.start)
        return bool(before) and before[-1][0].lower() in _SINGULAR_SUBJECTS


def _modifies(text: str, start: int, end: int) -> bool:
    """Whether the word that ends ``text[start:end]`` (the words before a form in *-s*) is an
    adjective or a participle that makes the form a plural noun: lower case, hyphenated
    (``early-morning``) or in *-ed* (``published``)."""
    before = words(text, start, end)
    if not before:
        return False
    word = before[-1][0]
    return (
        word.islower()
        and word.isascii()
        and (
            ("-" in word and word[0] != "-" and word[-1] != "-")
            or (word.endswith("ed") and len(word) > 4 and word.isalpha())
        )
    )


def _ends_noun_phrase(word: str) -> bool:
    """Whether ``word`` after a form in *-s* shows that form is a plural noun: a preposition
    that verbs of saying do not take (``attacks upon``, ``claims as``, ``reports of``)."""
    return word in _NOUN_FOLLOWERS


# How many of a sentence's latest claims may hold a later source in their content. A real
# sentence makes a handful of claims; an endless one (a 1 MB line of ``according to X``) makes
# thousands, and testing each new source against all of them would be quadratic.
_CLAIMS_LOOKED_BACK = 64


def _inside_content(span: Span, found: Sequence[Attribution]) -> bool:
    """Whether ``span`` lies in the content of one of the latest of ``found``."""
    latest = found[-_CLAIMS_LOOKED_BACK:]
    return any(part.contains(span) for item in reversed(latest) for part in item.content_parts)


def _with_that_verbs(text: str, sentence: Span, cues: list[_cues.CueMatch]) -> list[_cues.CueMatch]:
    """``cues`` and every other verb that a ``that`` clause follows (``insinuates that``)."""
    taken = [cue.span for cue in cues]
    more = []
    for match in _THAT_VERB.finditer(text, sentence.start, sentence.end):
        word = match.group(1)
        span = Span(start=match.start(1), end=match.end(1))
        if word in _NOT_THAT_VERBS or any(span.start < s.end and s.start < span.end for s in taken):
            continue
        if not word.endswith("ed") and (
            word.endswith(_NOUN_ENDINGS) or not _subject_word_before(text, sentence, span.start)
        ):
            continue  # ``policies that create``, ``Wall Street investors that``: a plural noun
        more.append(_cues.CueMatch(span=span, text=word, lemma=word, kind="belief"))
    return sorted([*cues, *more], key=lambda cue: cue.span.start) if more else cues


def _subject_word_before(text: str, sentence: Span, position: int) -> bool:
    """Whether a verb in *-s* at ``position`` follows a name, a pronoun or an adverb; not a
    capitalised modifier after a determiner (``the Patriot mines that``: a noun phrase)."""
    before = words(text, max(sentence.start, position - 30), position)
    if not before:
        return False
    word = before[-1][0]
    if word.lower() in _SUBJECT_OR_ADVERB:
        return True
    if not word[:1].isupper():
        return False
    return not (len(before) > 1 and before[-2][0].lower() in _NOUN_DETERMINERS)


def _contact_noun(word: str) -> bool:
    """Whether ``word`` before a pronoun is a plural noun that a relative clause without
    ``that`` modifies (``the guides I wrote``, ``the programs she has proposed``)."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and _cues.lemma_of(word, broad=True) is None
        and word not in _NOT_CONTACT_NOUNS
    )


# Words in *-s* before a pronoun that are no plural nouns a clause modifies: adverbs
# (``perhaps he``, ``unless she``) and spans of time (``for years they have said``).
_NOT_CONTACT_NOUNS = frozenset(
    """perhaps unless whereas besides towards afterwards always sometimes nowadays seconds
    minutes hours days nights weeks weekends months years decades times moments ages
    mornings evenings""".split()  # noqa: SIM905
)


def _ends_without_a_noun(text: str, source: Span) -> bool:
    """Whether a source phrase ends in a word no noun phrase ends in: a determiner, a degree
    word, a particle or ``please`` (``please read``, ``more detailed``, ``dialing back
    plans``): the cue is then no verb with a subject."""
    last = source.of(text).rsplit(None, 1)[-1:]  # a source phrase is a few words long
    return bool(last) and last[0] in _NOT_NOUN_ENDS


# Words that end no subject (lower case only: ``More`` may open one).
_NOT_NOUN_ENDS = frozenset(
    """please any every each the a an same very too so such more back up off out""".split()  # noqa: SIM905
)


def _complements(text: str, previous: Attribution, cue: Span) -> bool:
    """Whether ``cue`` is the infinitive that completes the cue of ``previous`` (``refused to
    endorse``, ``continues to insist``, ``plans to call on``): the verbs make one claim, whose
    content ``previous`` already holds."""
    before = previous.cue_span
    if before is None or not 0 < cue.start - before.end <= _LONGEST_TO_GAP:
        return False
    if not any(part.contains(cue) for part in previous.content_parts):
        return False
    return _TO_GAP.fullmatch(text, before.end, cue.start) is not None


# ``refused to endorse``, ``wants to publicly insist``: the words between a verb and the
# infinitive that completes it (an adverb in *-ly* on either side of ``to``).
_TO_GAP = regex.compile(r"\s+(?:[a-z]+ly\s+)?to\s+(?:[a-z]+ly\s+)?")
_LONGEST_TO_GAP = 40


def _is_bare_present(cue: _cues.CueMatch) -> bool:
    """``insist``, ``say``: a verb printed as its lemma, which only a plural may govern."""
    return cue.text == cue.lemma and " " not in cue.text and cue.text not in _SAME_IN_THE_PAST
