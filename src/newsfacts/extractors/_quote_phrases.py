"""The phrase that names a cue's speaker: before the cue, after it, or opening the sentence.

:class:`CueIndex` finds every cue of the body once; the functions here read, over a bounded
window, the noun phrase that is a cue's subject (``Jane Doe, a spokeswoman, said``, ``said
Jane Doe``, ``Added the mayor:``). Which person or body a phrase names is the readers' job.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from newsfacts import cues as _cues
from newsfacts.extractors import _quote_descriptions as _descriptions
from newsfacts.extractors._quote_names import (
    _is_person_name,
    _is_title,
    _name_in,
    _names_someone,
    _span,
    _strip_titles,
)
from newsfacts.extractors._quote_words import (
    _AFTER_STOPS,
    _APPOSED_HEADS,
    _CALENDAR,
    _DETERMINERS,
    _FRONTING,
    _KIN,
    _MARK_CHARS,
    _MARK_CLASS,
    _MAX_APPOSITIVE_WORDS,
    _MAX_DESCRIPTION_WORDS,
    _MAX_SPEAKER_WORDS,
    _NOT_NAME_WORDS,
    _OPENING_CUES,
    _OWNER,
    _PERSON_HEADS,
    _PERSON_PRONOUNS,
    _PHRASE_STOPS,
    _POSSESSIVES,
    _PRONOUNS,
    _SENTENCE_END,
    _TITLES,
    _WINDOW,
    _WORD,
    _is_capitalised,
    _vocabulary,
    _without_party_tags,
    _words,
)
from newsfacts.records import Span

# How far after a cue (characters) the phrase naming its speaker is read.
_PHRASE_REACH = 400

# Words between a speaker and the cue that belong to neither (``Smith also said``).
_BETWEEN = _vocabulary(
    """also later then further again earlier previously recently repeatedly simply only just
    once has had have was is were would will already finally"""
)

_RELATIVES = _vocabulary("""who whose whom which""")

_NOT_SPEAKER_START = _vocabulary("""in on at for to with from by of about""")


class _CueIndex:
    """Every cue of the body, found in one pass per paragraph, looked up by position.

    The speaker search asks for the cues of many small windows; one scan of the body with
    the cue pattern is far cheaper than one scan per window.
    """

    def __init__(self, text: str, paragraphs: Sequence[Span]) -> None:
        self.cues = [
            cue
            for paragraph in paragraphs
            for cue in _cues.find_cues(text, paragraph.start, paragraph.end)
            if cue.text not in _OPENING_CUES or _opens_sentence(text, paragraph.start, cue)
        ]
        # ``"...," worries Jo Roe``: a view inverted after a quotation reports it (one scan of
        # the body; the pattern does not cross a line break, so no paragraph's end).
        inverted = (
            list(_cues.find_quotation_cues(text, paragraphs[0].start, paragraphs[-1].end))
            if paragraphs
            else []
        )
        if inverted:
            self.cues = sorted([*self.cues, *inverted], key=lambda cue: cue.span.start)
        self.starts = [cue.span.start for cue in self.cues]

    def between(self, start: int, end: int) -> list[_cues.CueMatch]:
        """The cues that lie wholly inside ``[start, end)``, in text order."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end)
        return [cue for cue in self.cues[low:high] if cue.span.end <= end]


# What ends a reported clause: a later cue after one of these is no longer inside it.
_CLAUSE_BREAK = regex.compile(r"[,;:()\u2014\u2013\n]|\s-\s")


def _unmark_titles(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The words without the marks around a title (``Jo Roe, speaking on "Face the Nation,"
    called``): a title is part of the phrase read past it, where the marks around speech
    end the phrase (``"...," said Jo Roe``)."""
    marks = [index for index, word in enumerate(words) if word[0] in _MARK_TOKENS]
    if len(marks) < 2:
        return words
    drop: list[int] = []
    for opened, index in zip(marks[::2], marks[1::2], strict=False):  # an odd mark is open
        inside = [token for token, _, _ in words[opened + 1 : index] if token not in ",."]
        if _is_title(inside):
            drop += [opened, index]
    if not drop:
        return words
    return [word for index, word in enumerate(words) if index not in drop]


def _outer_cues(text: str, cues: Sequence[_cues.CueMatch]) -> list[_cues.CueMatch]:
    """The cues not inside the reported clause of an earlier verb of saying: ``Jo Roe said
    the firm had agreed to ...`` keeps ``said``, drops ``agreed``."""
    kept: list[_cues.CueMatch] = []
    for cue in cues:
        if (
            kept
            and kept[-1].kind == "speech"
            and not _CLAUSE_BREAK.search(text, kept[-1].span.end, cue.span.start)
        ):
            continue  # in the clause ``said`` reports, up to a comma or a dash
        kept.append(cue)
    return kept


def _has_cue(cues: _CueIndex, span: Span) -> bool:
    return bool(cues.between(span.start, span.end))


def _clause_start(text: str, low: int, position: int) -> int:
    """Where the sentence holding ``position`` starts (looking back to ``low`` at most)."""
    start = low
    for match in _SENTENCE_END.finditer(text, low, position):
        start = match.end()
    return start


def _phrase_before(text: str, start: int, cue_start: int) -> Span | None:
    """The noun phrase that ends right before a cue (its subject), read backwards.

    An appositive or a relative clause between commas is skipped when a name stands before
    it: ``Jane Doe, a spokeswoman, said``, ``Jane Doe, who leads the group, said``.
    """
    words = _words(text, start, cue_start)
    if text.find("(", start, cue_start) >= 0:
        words = _without_party_tags(words)
    if text[start : start + 1] in ("'", "\u2019") or _MARK_CHAR.search(text, start, cue_start):
        words = _unmark_titles(words)
    while words and words[-1][0].lower() in _BETWEEN:
        words.pop()
    _drop_time_phrase(words)
    if len(words) >= 2 and words[-1][0].lower() == "who":
        # ``Jo Roe, who said it was "possible"``: the relative pronoun's noun speaks.
        words.pop()
        if words[-1][0] == ",":
            words.pop()
        kept = _phrase_words(words)
        at = len(words) - len(kept)
        described = kept and (_name_in(kept) is None or kept[0][0].lower() in _DETERMINERS)
        while described and at >= 2 and words[at - 1][0].lower() in _APPOSITIVE_ADVERBS:
            at -= 1  # ``, now the majority leader,``
        if described and at >= 2 and words[at - 1][0] == ",":
            # ``Mitch McConnell, now the majority leader, who said``: the appositive's name.
            named = _phrase_words(words[: at - 1])
            if named and _name_in(named) is not None:
                return _span(named)
        return _span(kept) if kept and _names_someone(kept) else None
    if words and words[-1][0].lower() in _COORDINATORS:
        # ``Jo Roe, 44, is from Lima, and said``: the cue shares the sentence's subject.
        subject = _clause_subject(words)
        return None if subject is None else _span(subject)
    if words and words[-1][0] == ",":
        words.pop()
        before_relative = _relative_clause_head(words)
        if before_relative is not None:
            return _span(before_relative)
        for index in range(len(words) - 1, max(-1, len(words) - _MAX_APPOSITIVE_WORDS), -1):
            if words[index][0] == ",":
                if index + 1 < len(words) and _describes(words[index + 1 :]):
                    head = _phrase_words(words[:index])
                    relative = words[index + 1][0].lower() in _RELATIVES
                    participle = words[index + 1][0].islower() and words[index + 1][0].endswith(
                        "ing"
                    )
                    if head and (
                        relative
                        or _name_in(head) is not None
                        # ``a warden, speaking on condition of anonymity, said``
                        or (participle and _names_someone(head))
                    ):
                        # ``Jo Roe, founder of Aid Now, a charity, said``: two appositives,
                        # the person's name opens the clause.
                        subject = _clause_subject(words)
                        if subject is not None and subject[0][1] < head[0][1]:
                            return _span(subject)
                        return _span(head)
                break
        # ``Jo Roe, curator of prints at the University of Lima, Peru, said``: appositives
        # the scan above cannot part; the person's name opens the clause.
        subject = _clause_subject(words)
        if subject is not None:
            return _span(subject)
        kept = _phrase_words(words)
        if len(kept) > _MAX_DESCRIPTION_WORDS and _name_in(kept) is None:
            # ``called for the ratification of the treaty, saying``: a long phrase before a
            # comma is the object of a clause, not the speaker set before it.
            return None
        if _is_object(words, kept) and text[cue_start : cue_start + 12].split()[0].endswith("ing"):
            # ``Jo Roe and other officials disputed that notion, saying``: the participle's
            # subject is the clause's, whose name opens it; the object is no speaker.
            opening = _opening_name(words)
            return None if opening is None else _span(opening)
    else:
        kept = _phrase_words(words)
    at = len(words) - len(kept)
    if kept and at >= 2 and words[at - 1][0].endswith("ing") and words[at - 1][0].islower():
        # ``A statement from the club explaining the sale read``: a participle of saying
        # ended the phrase; the words after it complete the noun before it, which speaks.
        earlier = _phrase_words(words[: at - 1])
        if earlier and _names_someone(earlier):
            kept = earlier
    if (
        len(kept) > 1
        and kept[-1][0].lower() in _PRONOUNS
        and kept[-1][0] != "i"
        and kept[-2][0].lower() not in _DETERMINERS  # (``the i``, a newspaper)
    ):
        # ``But sitting beside two skippers she added``: a pronoun right before its cue is the
        # subject; the words before it are a phrase set before the subject.
        kept = kept[-1:]
    return _span(kept) if kept and _names_someone(kept) else None


# Adverbs that may open an appositive (``Jo Roe, now the majority leader,``).
_APPOSITIVE_ADVERBS = _vocabulary("""now then currently formerly later once still""")

# A time set between a subject and its cue (``Jo Roe, who in 2010 said``, ``Roe on Monday
# said``, ``Roe last week told``).
_TIME_LEADS = _vocabulary("""in on at during last this early late""")
# (besides the days and months of ``_CALENDAR``)
_TIME_WORDS = _vocabulary(
    """week weekend month year night morning afternoon evening spring summer fall autumn
    winter"""
)


def _drop_time_phrase(words: list[tuple[str, int, int]]) -> None:
    """Take a time phrase of two words off the end of ``words`` (``in 2010``, ``on Monday``,
    ``last week``), and the adverbs of ``_BETWEEN`` before it."""
    if len(words) < 3 or words[-2][0].lower() not in _TIME_LEADS:
        return
    last = words[-1][0]
    if not (last.isdigit() or last.lower() in _TIME_WORDS or last.capitalize() in _CALENDAR):
        return
    del words[-2:]
    while words and words[-1][0].lower() in _BETWEEN:
        words.pop()


def _is_object(words: Sequence[tuple[str, int, int]], kept: Sequence[tuple[str, int, int]]) -> bool:
    """Whether ``kept``, the phrase ending ``words``, is a verb's object: it opens with a
    determiner after a lower-case word that is no preposition (``disputed that notion``)."""
    at = len(words) - len(kept)
    if not kept or at < 1:
        return False
    if words[at - 1][0].lower() in _DEMONSTRATIVES:
        at -= 1  # (``that notion``: the phrase was read without its demonstrative)
    elif kept[0][0].lower() not in _DETERMINERS:
        return False
    before = words[at - 1][0] if at >= 1 else ""
    return before.isalpha() and before.islower() and before not in _NOT_SPEAKER_START


_DEMONSTRATIVES = frozenset(["that", "this", "these", "those"])


def _opening_name(words: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]] | None:
    """The name that opens a clause, after a conjunction (``But Jo Roe and other ...``)."""
    start = 1 if words and words[0][0].lower() in _OPENING_CONJUNCTIONS else 0
    run: list[tuple[str, int, int]] = []
    for word in words[start:]:
        if not _is_capitalised(word[0]):
            break
        run.append(word)
    return run if run and _name_in(run) is not None else None


_OPENING_CONJUNCTIONS = frozenset(["but", "and", "so", "yet", "still"])


def _relative_clause_head(
    words: Sequence[tuple[str, int, int]],
) -> list[tuple[str, int, int]] | None:
    """The phrase before a relative clause that runs up to the cue's comma, when it names
    someone: ``Organisers of the regatta, which drew sailors, rowers and others, said``
    (commas inside the clause do not part it)."""
    for index in range(len(words) - 2, max(0, len(words) - _MAX_APPOSITIVE_WORDS), -1):
        if words[index][0] == "," and words[index + 1][0].lower() in _RELATIVES:
            if any(word[0] in _CLAUSE_ENDS for word in words[index + 1 :]):
                return None
            head = _phrase_words(words[:index])
            return head if head and _names_someone(head) else None
    return None


# What a relative clause between commas cannot hold: it would end there.
_CLAUSE_ENDS = frozenset(";:.()")

_COORDINATORS = _vocabulary("""and but""")

_MARK_TOKENS = frozenset(_MARK_CHARS)

# Where a mark stands as a word of its own (as ``_words`` reads it): double marks anywhere, an
# apostrophe only where no word goes on through it (``Roe's``, ``players'`` are words).
_MARK_CHAR = regex.compile(
    '["`\u201c\u201d\u2018\u00ab\u00bb\u201e\u201a\u2039\u203a\u2033]'
    "|(?<![\\p{L}\\p{N}\\p{M}.'\u2019&\\-])['\u2019\u2032]"
)


def _clause_subject(words: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]] | None:
    """The person's name or the pronoun that opens a clause and is followed by a comma."""
    for index, (word, _, _) in enumerate(words[: _MAX_SPEAKER_WORDS + 1]):
        if word == ",":
            head = list(words[:index])
            break
    else:
        return None
    if len(head) == 1 and head[0][0].lower() in _PERSON_PRONOUNS:
        return head
    printed = [word for word, _, _ in head]
    if not all(_is_capitalised(word) for word in printed):
        return None
    stripped = _strip_titles(printed)
    return head if _is_person_name(stripped) else None


# The one-word cues that end a phrase read back from a cue (a word has no spaces, so this is
# ``lemma_of(word) is not None``); the sentence-opening cues are names there.
_CUE_WORDS = frozenset(form for form in _cues.LEXICON if " " not in form) - _OPENING_CUES


def _phrase_words(words: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    kept: list[tuple[str, int, int]] = []
    for at in range(len(words) - 1, -1, -1):
        token = words[at][0]
        if not (token[0].isalnum() or token[0] == "'"):
            break
        if token == "and" and _joins_a_firm_name(words, at):
            kept.append(words[at])  # ``Jo Roe of Baker and Finch said``
            continue
        if token.lower() in _PHRASE_STOPS or len(kept) >= _MAX_SPEAKER_WORDS:
            break
        if token in _CUE_WORDS:
            break  # (``Edward Said said``: a capitalised cue inside a phrase is a name)
        kept.append(words[at])
    kept.reverse()
    while kept and (kept[0][0].lower() in _NOT_SPEAKER_START or not kept[0][0][0].isalnum()):
        kept.pop(0)
    return kept


# How many capitalised words a firm's name may hold before its ``and``.
_FIRM_WORDS = 3


def _joins_a_firm_name(words: Sequence[tuple[str, int, int]], at: int) -> bool:
    """Whether the ``and`` at ``words[at]`` is inside a firm's name that follows ``of`` or
    ``at`` (``Jo Roe of Baker and Finch``, ``Jo Roe of Hale Baker and Co``): it
    stands between capitalised words, and ``of`` comes right before the words before it."""
    if not (0 < at < len(words) - 1 and _is_capitalised(words[at + 1][0])):
        return False
    for back in range(at - 1, max(-1, at - 1 - _FIRM_WORDS), -1):
        token = words[back][0]
        if token in ("of", "at"):
            return back < at - 1
        if not _is_capitalised(token):
            return False
    return False


def _describes(words: Sequence[tuple[str, int, int]]) -> bool:
    """Whether words between commas describe someone rather than name them."""
    first, last = words[0][0], words[-1][0]
    return (
        not _is_capitalised(first)
        # ``Peru's envoy to Chile``: a role of the owner, not a name
        or (_POSSESSIVE_END.search(first) is not None and len(words) > 1 and words[1][0].islower())
        or first.lower() in _DETERMINERS
        or first in _TITLES
        or last in _TITLES
        or not _is_capitalised(last)
    )


def _opening_subject(text: str, start: int, end: int) -> Span | None:
    """The noun phrase that opens ``text[start:end]`` before its verb (``The company denied
    ...``, ``One poster admitted ...``): a determiner or a capitalised word, then up to six
    words, ended by a verb in the past tense or an auxiliary."""
    words = _words(text, start, min(end, start + _WINDOW))
    if words and (words[0][0].lower() in _NOT_SPEAKER_START or words[0][0].lower() in _FRONTING):
        # ``In Havana, the government gave ...``: the subject follows the fronted phrase.
        comma = next(
            (at for at, word in enumerate(words[: _MAX_DESCRIPTION_WORDS + 1]) if word[0] == ","),
            None,
        )
        words = words[comma + 1 :] if comma is not None else []
    if (
        not words
        or words[0][0].lower() in _NOT_SPEAKER_START
        or not (words[0][0].lower() in _DETERMINERS or _is_capitalised(words[0][0]))
    ):
        return None
    for index, (word, _, _) in enumerate(words[: _MAX_DESCRIPTION_WORDS + 1]):
        lower = word.lower()
        if (
            index
            and word.islower()
            and (lower.endswith("ed") or lower in _AUXILIARIES or lower in _IRREGULAR_PASTS)
        ):
            phrase = words[:index]
            while len(phrase) > 1 and phrase[-1][0].lower() in _BETWEEN:
                phrase = phrase[:-1]  # ``Harbor Watch also has``
            if any(
                not token[0].isalnum() and token not in ("'", "\u2019") for token, _, _ in phrase
            ):
                return None
            if any(token.lower() in _PHRASE_STOPS for token, _, _ in phrase):
                return None
            return _span(phrase)
    return None


def _phrase_after(text: str, cue_end: int, end: int) -> Span | None:
    """The noun phrase right after an inverted cue (``said Jane Doe, a spokeswoman``)."""
    kept: list[tuple[str, int, int]] = []
    # A speaker's phrase is a few words: the rest of a long paragraph is not read.
    words = _words(text, cue_end, min(end, cue_end + _PHRASE_REACH))
    for index, word in enumerate(words):
        token = word[0]
        if not (token[0].isalnum() or token[0] == "'") or len(kept) >= _MAX_SPEAKER_WORDS:
            if token == "," and kept and (named := _named_after(kept, words[index + 1 :])):
                return _span(named)  # ``said his daughter, Rosa``: the name is the speaker
            break
        if token in _AUXILIARIES and kept:
            return None  # ``," said Syria had indicated``: the subject of a clause, no speaker
        if token.lower() in _AFTER_STOPS or token in _CALENDAR:
            if token == "of" and len(kept) == 1 and kept[0][0].lower() in _PARTITIVES:
                # ``said one of the organizers, Jo Roe``: the name after the comma speaks.
                comma = next(
                    (
                        at
                        for at in range(index + 1, min(len(words), index + 6))
                        if words[at][0] == ","
                    ),
                    None,
                )
                if comma is not None and (
                    named := _named_after([*kept, *words[index:comma]], words[comma + 1 :])
                ):
                    return _span(named)
            if kept:
                break
            if token in _CALENDAR:
                continue
            break
        kept.append(word)
        if text.startswith(".", word[2]):
            break  # the full stop that ends the sentence (``_words`` left it off the word)
    return _span(kept) if kept and _names_someone(kept) else None


_POSSESSIVE_END = regex.compile(r"['\u2019]s?\Z")

# Verbs that make the words before them a clause's subject (``said Syria had``).
_AUXILIARIES = _vocabulary("""had has have was were is are would will could should""")


# Prepositions that attach a place or a body to a description (``the mayor of Lima``).
_PREPOSITIONS = frozenset(["of", "for", "at", "in", "from", "to", "with", "on"])


def _named_after(
    description: Sequence[tuple[str, int, int]], rest: Sequence[tuple[str, int, int]]
) -> list[tuple[str, int, int]] | None:
    """The name set after a comma in apposition to a description of one person (``his
    daughter, Rosa``, ``the city's mayor, Jo Roe,``), if the words after the comma are one."""
    first = description[0][0].lower()
    if not (first in _DETERMINERS or first in _POSSESSIVES or _OWNER.search(first)) or (
        # ``the mayor of Lima, Peru``: a capitalised word after a preposition is a place or
        # a body the description names, no name of the person (``the Crown prosecutor, Jo
        # Roe,`` is one)
        any(_is_capitalised(word) and word not in _TITLES for word, _, _ in description[1:])
        and any(word in _PREPOSITIONS for word, _, _ in description[1:])
    ):
        return None
    if description[-1][0].lower() not in _PERSON_HEADS | _KIN | _APPOSED_HEADS:
        return None
    if rest and _descriptions.AGE_WORD.match(rest[0][0]):
        rest = rest[1:]  # ``said the accused, 45-year-old Greg Olson``
    name: list[tuple[str, int, int]] = []
    for word in rest[:5]:
        if not _is_capitalised(word[0]) or word[0] in _NOT_NAME_WORDS or word[0] in _CALENDAR:
            break
        name.append(word)
    after = rest[len(name)][0] if len(name) < len(rest) else "."
    if (
        not name
        or after not in (",", ".", ";", ":")
        or not (len(name) == 1 or _is_person_name([word for word, _, _ in name]))
    ):
        return None
    return name


def _name_after(text: str, cue_end: int, end: int, before: Span | None) -> Span | None:
    """The phrase after a cue when it holds a name and ends its clause, and the phrase
    before the cue (``before``) holds none."""
    phrase = _phrase_after(text, cue_end, end)
    if (
        phrase is None
        or text[phrase.end : phrase.end + 1] not in (",", ".", ";", "\n", "")
        or _name_in(_words(text, phrase.start, phrase.end)) is None
    ):
        return None
    if before is not None and _name_in(_words(text, before.start, before.end)) is not None:
        return None
    return phrase


def _inverted_phrase(text: str, cue_end: int, end: int) -> Span | None:
    """The phrase after a cue that names its speaker: a name or a description opened by a
    determiner (``said Jo Roe``, ``said a company official``)."""
    phrase = _phrase_after(text, cue_end, end)
    if phrase is None:
        return None
    words = _words(text, phrase.start, phrase.end)
    if _name_in(words) is None and words[0][0].lower() not in _DETERMINERS:
        return None
    return phrase


# What may stand before a cue that opens a sentence: a sentence's end or a colon, with the
# closing marks and brackets after it (``"We will win." Added Roe``).
_OPENING_LEAD = regex.compile(
    rf"(?:\A|[.?!:;\u2026])[{_MARK_CLASS})\]]*[^\S\n]*+[{_MARK_CLASS}(]*\Z"
)

# How far back from a capitalised cue its sentence's opening is looked for.
_LEAD_REACH = 8


def _opens_sentence(text: str, paragraph_start: int, cue: _cues.CueMatch) -> bool:
    """Whether a capitalised cue opens its sentence (``Replied Roe, "..."``), as it must to
    be one: elsewhere it is a name (``Edward Said said``)."""
    low = max(paragraph_start, cue.span.start - _LEAD_REACH)
    lead = text[low : cue.span.start]
    if low == paragraph_start:
        lead = lead.lstrip()
    return _OPENING_LEAD.search(lead) is not None


def _opening_phrase(text: str, cue_end: int, end: int) -> Span | None:
    """The speaker after a cue that opens a sentence (``Said Roe: "..."``, ``Added the mayor,
    Jane Doe, "..."``): a name or a description opened by a determiner that a comma, a colon,
    a quotation mark or the sentence's end closes (``Asked about the plan, Roe said`` names
    no one after ``Asked``)."""
    phrase = _phrase_after(text, cue_end, end)
    if phrase is None:
        return None
    first = _WORD.match(text, phrase.start)
    if first is None:
        return None
    word = first.group()
    if not (_is_capitalised(word) or word.lower() in _DETERMINERS or word.lower() in _POSSESSIVES):
        return None
    if text[phrase.end : phrase.end + 1] not in _OPENING_PHRASE_ENDS:
        return None
    return phrase


_OPENING_PHRASE_ENDS = frozenset(",:.;" + _MARK_CHARS)

# Verbs in the past tense that do not end in ``-ed``: they end a sentence's opening subject.
_IRREGULAR_PASTS = _vocabulary(
    """gave took made came went got put sent spent felt kept held brought bought left met paid
    ran saw stood struck won wrote spoke began became found knew thought told said did threw
    drew led read rose fell sought taught fought"""
)

# ``one of the organizers``; heads a name may follow in apposition besides the person heads.
_PARTITIVES = _vocabulary("""one two three some another""")


def _appositive_lead(lead: Sequence[str]) -> bool:
    """Whether the words before a name are a description set before it in apposition, the
    name then being the subject: ``The city's solicitor, Jo Roe, disagreed.``"""
    return (
        2 <= len(lead) <= _MAX_DESCRIPTION_WORDS
        and lead[-1].endswith(",")
        and lead[0].lower() in _DETERMINERS
        and not any(word.rstrip(",").lower() in _PHRASE_STOPS for word in lead)
        and "," not in " ".join(lead)[:-1]
    )
