"""Each quotation in its sentence: the text around it, joined parts, and what kind it is.

A quotation split by its attribution or reopened at each paragraph becomes one of several
parts; titles of works, nicknames, signs, lists of terms and scare quotes are told apart from
``direct`` and ``partial`` speech.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import regex

from newsfacts import cues as _cues
from newsfacts import quotemarks
from newsfacts.extractors._quote_names import _is_title
from newsfacts.extractors._quote_phrases import _CueIndex
from newsfacts.extractors._quote_words import (
    _MARK_CLASS,
    _SENTENCE_END,
    _WINDOW,
    _WORD,
    _is_capitalised,
    _vocabulary,
)
from newsfacts.records import QuoteType, Span

# Capitalised words that often open a sentence (after an initialism that may end one).
_SENTENCE_OPENERS = _vocabulary(
    """The A An He She It They We I You In On At By For But And Or So Yet This That These
    Those There His Her Its Their Our My Some Many Most One Two Three If When While After
    Before Since As Although Though What Who Why How Officials Police"""
)

# An initialism's last point (``U.S.``), read as it ends a sentence.
_INITIALISM = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.){2,}\Z")

# A given name and a middle initial before a point (``Harry J. Kazianis``): no sentence end.
_MIDDLE_INITIAL = regex.compile(r"(?<![\p{L}\p{M}.'\u2019\-])\p{Lu}\p{Ll}+[ ]\p{Lu}\Z")

_NAME_REACH = 24  # characters read back for the given name

# A sentence going on in lower case after a closing mark: ``"We will rebuild." said Jo Roe``.
_LOWER_NEXT = regex.compile(r"[^\S\n]*+\p{Ll}")

_STOP_INSIDE = regex.compile(r"[.?!\u2026][)\]]*\Z")

_FULL_STOP_INSIDE = regex.compile(r"(?<!\.)\.[)\]]*\Z")

# Words before a quotation that make it a name, a title or a word, not speech.
_NAMING = _vocabulary(
    """so-called dubbed nicknamed titled entitled named word words term phrase slogan hashtag
    headline banner motto label theme"""
)

# What is printed on a sign, a placard or a shirt is no one's speech.
_SIGN = regex.compile(
    r"\b(?:signs?|placards?|banners?|posters?|T-shirts?|shirts?|billboards?|stickers?|hats?)"
    r"\b[^.?!\n]{0,30}?\b(?:read|reads|reading|saying|said|says|with)[\s,:]*\Z",
    regex.IGNORECASE,
)

# A noun after a title in marks says what it names: the "Today" show, the "Screenwise" app.
_WORK_NOUNS = _vocabulary(
    """show program programme app application website site campaign book film movie series
    song album newspaper magazine podcast documentary play musical exhibition initiative
    project plan report study list column blog"""
)

# Words before a title-cased quotation that make it a name (``on "Morning Edition"``).
_TITLE_LEADS = _vocabulary("""in on from of at aboard""")

# A name given in the passive or in an aside: ``the instrument was called "bili"``, ``Judy -
# referred to as "our baby" -``. (``what he called "a disgrace"`` reports his words.)
_NAMED_AS = regex.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)|[,(\-\u2013\u2014])\s+(?:called|referred\s+to\s+as)\Z",
    regex.IGNORECASE,
)

# The subjects that call something by a name and so make the quotation their words (``which
# he called "Operation Storm"``); after any other word ``called`` names a thing: ``an app
# called "Screen Time"``.
_CALLERS = _vocabulary("""he she they we i you it who which that what whom""")

# A term that the sentence goes on to define: ``A "renoviction" is when a landlord ...``,
# ``"route out" in Scientology jargon refers to ...``, ``"foreign agents" - a term which ...``.
_DEFINED = regex.compile(
    r"[^\w\s]{0,3}\s*(?:(?:is|are|was|were)\s+(?:when|a\s+term|the\s+term|a\s+word|slang|jargon)\b"
    r"|refers?\s+to\b|means\b"
    r"|[,\-\u2013\u2014]+\s*(?:a|the)\s+(?:term|word|phrase|euphemism|expression)\b"
    r"|in\s+[\w\s]{0,25}?\b(?:jargon|parlance|slang)\b)",
    regex.IGNORECASE,
)

# Texts that lay down rules: a fragment quoted from one, with no verb of saying in its sentence,
# is the wording of the rule, nobody's speech (``The Act of 1910 prohibited immigration by
# "anyone ..."``, ``regulations required "giving the best care"``).
_RULE_TEXT = regex.compile(
    r"\b(?:laws?|Act|regulations?|statutes?|[Cc]onstitution|[Cc]harter|treaty|pact|framework"
    r"|standards?|guidelines|rules|code|bylaws?)\b"
)

# Words in marks that open in lower case (past an ellipsis): they go on with a sentence.
_LOWER_START = regex.compile(r"[\s.\u2026]*\p{Ll}")

# What breaks a quotation off for its attribution: ``"We are," she said, "making progress."``,
# ``"We are -" she said - "making progress."``.
_SPLIT_MARKS = (",", "\u2014", "\u2013", "-")

_JOINED_GAP = regex.compile(r"[\s,\u2014\u2013-]*(?:and|but|or|then)\b")

# Quoted items listed before a quotation (``saying "No tolls", "Fix the road" and ``): what
# precedes them says what the whole list is. (An apostrophe inside a word is no mark.)
_LISTED_BEFORE = regex.compile(
    rf"(?:[{_MARK_CLASS}](?:[^{_MARK_CLASS}\n]|(?<=\w)['\u2019](?=\w)){{1,80}}[{_MARK_CLASS}]+"
    r"[\s,;]*(?:(?:and|or)\s*)?)+\Z"
)

# A law or a rule named after someone: ``"Audrey's amendment,"``, ``"Clare's Law"``.
_NAMED_RULE = regex.compile(
    r"\p{Lu}\p{L}+['\u2019]s?[^\S\n]+(?:law|amendment|act|bill|rule|doctrine|principle)"
    r"[\s.,;]*\Z",
    regex.IGNORECASE,
)

# Two quotations are neighbours in a list when only commas and a conjunction part them.
_LIST_GAP = regex.compile(r"[\s,;]*(?:(?:and|or)\s+)?\Z")

_LIST_LENGTH = 3  # a run of this many quoted items is a list of terms, signs or chants


@attrs.frozen
class _Found:
    quotation: quotemarks.Quotation
    parts: tuple[Span, ...]
    span: Span
    before: Span  # the quotation's sentence before its opening mark
    after: Span  # the sentence after its closing mark (to the next quotation at most)
    middle: Span | None = None  # between the parts of a split quotation: its attribution


def _contexts(
    text: str, quotations: Sequence[quotemarks.Quotation], paragraphs: Sequence[Span]
) -> list[_Found]:
    starts = [paragraph.start for paragraph in paragraphs]
    found: list[_Found] = []
    for index, quotation in enumerate(quotations):
        paragraph = paragraphs[max(0, bisect.bisect_right(starts, quotation.span.start) - 1)]
        last = paragraphs[max(0, bisect.bisect_right(starts, quotation.span.end - 1) - 1)]
        low = max(paragraph.start, quotation.span.start - _WINDOW)
        if index and quotations[index - 1].span.end > low:
            low = quotations[index - 1].span.end
        high = min(last.end, quotation.span.end + _WINDOW)
        if index + 1 < len(quotations) and quotations[index + 1].span.start < high:
            high = quotations[index + 1].span.start
        before_start = low
        # Read a little past the mark: the lookahead for a capital needs to see the quotation.
        for match in _SENTENCE_END.finditer(text, low, quotation.span.start + 3):
            if match.end() <= quotation.span.start and not _in_name(text, match):
                before_start = match.end()
        after_end = high
        stop = _SENTENCE_END.search(text, quotation.span.end, high)
        if stop is not None and _in_name(text, stop):
            stop = _SENTENCE_END.search(text, stop.end(), high)
        if stop is not None:
            after_end = stop.start() + 1
        if _FULL_STOP_INSIDE.search(
            text, quotation.parts[-1].start, quotation.parts[-1].end
        ) and not _LOWER_NEXT.match(text, quotation.span.end, high):
            # ``"We will rebuild." The council met.``: a full stop inside the marks ends the
            # sentence (a cue would follow a comma), so what comes next is not its attribution
            # - unless the sentence goes on in lower case (``"We will rebuild." said Jo Roe``).
            after_end = quotation.span.end
        found.append(
            _Found(
                quotation=quotation,
                parts=quotation.parts,
                span=quotation.span,
                before=Span(start=before_start, end=quotation.span.start),
                after=Span(start=quotation.span.end, end=max(after_end, quotation.span.end)),
            )
        )
    return found


# Searched from a position, these stop at the first character that is not blank: a long
# paragraph is not copied for each quotation in it.
_NOT_BLANK = regex.compile(r"\S")


def _blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only white space."""
    return _NOT_BLANK.search(text, start, end) is None


def _in_name(text: str, stop: regex.Match[str]) -> bool:
    """Whether a sentence end is an initialism's point inside a name or a title: ``said the
    U.S. Deputy Ambassador``, ``U.S. Trust's``, a middle initial (``Harry J. Kazianis``),
    where a word that opens sentences follows a real end (``in the U.S. The firm``)."""
    if not text[stop.start() - 1 : stop.start()].isupper() or not (
        _INITIALISM.search(text, max(0, stop.start() - 4), stop.start() + 1)
        or _MIDDLE_INITIAL.search(text, max(0, stop.start() - _NAME_REACH), stop.start())
    ):
        return False
    following = _WORD.match(text, stop.end())
    return following is not None and following.group() not in _SENTENCE_OPENERS


def _join_reopened(text: str, found: list[_Found]) -> list[_Found]:
    """Join ``"We are here. "We stay."`` into one quotation of two parts.

    A quotation left open at a full stop, with the next opener right after it, is one speech
    whose paragraphs were run together (each paragraph of a long quotation reopens, only the
    last closes): the parts are the quotation's paragraphs.
    """

    def reopens(previous: _Found, item: _Found) -> bool:
        return (
            not previous.quotation.closed
            and _blank(text, previous.span.end, item.span.start)
            and bool(_STOP_INSIDE.search(previous.parts[-1].of(text)))
            and item.quotation.family == previous.quotation.family
        )

    return [
        run[0] if len(run) == 1 else _joined(run, quotation=run[-1].quotation)
        for run in _runs(found, reopens)
    ]


def _merge_split(text: str, found: list[_Found], cues: _CueIndex) -> list[_Found]:
    """Join ``"We are," she said, "making progress."`` into one quotation of two parts."""

    def continues(previous: _Found, item: _Found) -> bool:
        gap = text[previous.span.end : item.span.start]
        return (
            previous.after.end >= item.span.start
            and gap.rstrip().endswith(_SPLIT_MARKS)
            # the comma or dash that breaks off the first part, inside its marks or (British
            # style) right after them: ``"We are", she said, "making progress".``
            and (
                previous.parts[-1].of(text).rstrip().endswith(_SPLIT_MARKS)
                or gap.lstrip().startswith(_SPLIT_MARKS)
            )
            # (``"walked in", and told the police, "everything"``: two fragments of one
            # sentence, not one quotation broken off for its attribution)
            and not _JOINED_GAP.match(gap)
            and _cues.lemma_of(gap.strip(" ,")) is None
            and bool(cues.between(previous.span.end, item.span.start))
            and not text[item.parts[0].start : item.parts[0].start + 1].isupper()
            and item.quotation.family == previous.quotation.family
        )

    return [
        run[0]
        if len(run) == 1
        else _joined(run, middle=Span(start=run[-2].span.end, end=run[-1].span.start))
        for run in _runs(found, continues)
    ]


def _runs(found: list[_Found], continues: Callable[[_Found, _Found], bool]) -> list[list[_Found]]:
    """``found`` cut into runs of neighbours that ``continues`` says belong together."""
    # Each run is collected first and joined once: joining quotations one by one would copy
    # the growing tuple of parts each time (quadratic on a long run).
    runs: list[list[_Found]] = []
    for item in found:
        if runs and continues(runs[-1][-1], item):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _joined(run: list[_Found], **changes: Any) -> _Found:
    """One quotation made of the parts of ``run``, with ``changes`` to its other fields."""
    first, last = run[0], run[-1]
    return attrs.evolve(
        first,
        parts=tuple(part for item in run for part in item.parts),
        span=Span(start=first.span.start, end=last.span.end),
        after=last.after,
        **changes,
    )


# How far before and after a quotation ``_kind`` reads: its rules look at two words each way
# and a sign or shirt within 60 characters before.
_CONTEXT_REACH = 200


def _kind(
    text: str, item: _Found, has_cue_before: bool, has_cue_after: bool, alone: bool
) -> QuoteType | None:
    """``direct``, ``partial``, or ``None`` for a title, nickname or scare quote.

    ``alone`` says the quotation is all its paragraph holds.
    """
    content = item.parts[0].of(text)
    ends_stop = bool(_STOP_INSIDE.search(content))
    if alone and not has_cue_after and not ends_stop and len(item.parts) == 1:
        # A subheading in headline style, in single or double marks alike: 'Life-changing',
        # not speech. A sentence that ends with its stop, alone in its paragraph, is speech
        # (in single marks too: British copy).
        return None
    words = content.split()
    # Only the last words before the quotation and the first after it matter: a bounded window
    # keeps a sentence holding thousands of quotations linear.
    before = text[max(item.before.start, item.before.end - _CONTEXT_REACH) : item.before.end]
    before = before.rstrip()
    before_words = before.split()
    previous_word = before_words[-1].lower() if before_words else ""
    if previous_word in _NAMING or (
        len(before_words) >= 2
        and (
            " ".join(before_words[-2:]).lower() == "known as"
            # ``under the theme of "..."``
            or (previous_word == "of" and before_words[-2].lower() in _NAMING)
        )
    ):
        return None
    after = text[item.after.start : min(item.after.end, item.after.start + _CONTEXT_REACH)]
    after = after.lstrip()
    listed = _LISTED_BEFORE.search(before, max(0, len(before) - _CONTEXT_REACH))
    if _SIGN.search(before[-60:]) or (
        listed is not None and _SIGN.search(before[max(0, listed.start() - 60) : listed.start()])
    ):
        return None  # what a sign or a shirt reads: ``banners saying "A" and "B"``
    title = _is_title(words)
    if (previous_word in ("called", "as") and _NAMED_AS.search(before[-40:])) or (
        previous_word == "called"
        and title
        and len(before_words) >= 2
        and before_words[-2].islower()
        and before_words[-2] not in _CALLERS
    ):
        return None  # a name: ``was called "bili"``, ``an app called "Screen Time"``
    if _DEFINED.match(after, 0, 60):
        return None  # a term being defined
    next_word = after.split(maxsplit=1)[0].strip(",.;:").lower() if after else ""
    if _NAMED_RULE.match(content):
        return None  # a law named after someone: "Audrey's amendment", "Megan's Law"
    if title and (next_word in _WORK_NOUNS or previous_word.rstrip(",:") in _WORK_NOUNS):
        return None  # the "Today" show, a website, "The Countdown", ...
    short = len(words) <= 3 and not ends_stop and not content.endswith(",")
    if short and before_words and _is_capitalised(before_words[-1]) and after[:1].isupper():
        return None  # a nickname between a first name and a last name: Ray "The Eel" Norris
    opens_sentence = (
        not before
        or before.endswith(":")
        # ``Roe said, "We will win."``; but ``Roe described him as a man, "facing ruin ..."``
        # goes on with the reporter's sentence in lower case: a fragment woven into it.
        or (
            before.endswith(",")
            and has_cue_before
            and (not _LOWER_START.match(content) or _cue_before_comma(before_words))
        )
    )
    if title and (
        (ends_stop and not opens_sentence and not has_cue_before)
        or previous_word in _TITLE_LEADS
        or previous_word.endswith(("'s", "\u2019s", "'", "\u2019"))
    ):
        return None  # a work's name: a scene from "The Lost Crown." on CBS' "Face the Nation"
    if (
        opens_sentence
        and len(words) <= 3
        and not ends_stop
        and not content.endswith(",")
        and not (has_cue_before or has_cue_after)
    ):
        return None  # a term opening a sentence nobody is said to speak: "Smart homes" have
    if opens_sentence and (len(words) > 1 or ends_stop):
        if title and not ends_stop and not has_cue_before:
            return None
        return "direct"
    if len(words) >= 3 and content[:1].isupper() and ends_stop:
        return "direct"
    if title and not has_cue_before:
        return None
    if not (has_cue_before or has_cue_after):
        if len(words) <= 2:
            return None  # a scare quote: a word or two in marks, nobody said to say it
        if _RULE_TEXT.search(before):
            return None  # the wording of a law or a standard
    return "partial"


def _cue_before_comma(before_words: Sequence[str]) -> bool:
    """Whether a cue ends the words before a quotation's comma (``Now, he says, "it looks
    bad"``, ``said Jo Roe,``): the quotation is the speech it introduces, in lower case or
    not; a comma after other words (``described him as a man, "facing ..."``) is the
    reporter's sentence going on."""
    return any(_cues.lemma_of(word.strip(",").lower()) is not None for word in before_words[-3:])


def _in_lists(text: str, found: Sequence[_Found]) -> set[int]:
    """The quotations that stand in a list of quoted items (``"A," "B" and "C"``).

    Speech is not listed that way: such runs are words under discussion, signs, or slogans.
    """
    listed: set[int] = set()
    run = [0]
    for index in range(1, len(found) + 1):
        if index < len(found):
            previous, item = found[index - 1], found[index]
            gap = text[previous.span.end : item.span.start]
            if len(gap) <= 12 and _LIST_GAP.match(gap) and len(item.parts) == 1:
                run.append(index)
                continue
        if len(run) >= _LIST_LENGTH:
            listed.update(run)
        run = [index]
    return listed
