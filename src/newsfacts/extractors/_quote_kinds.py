"""What kind of speech a quotation is: ``direct``, ``partial``, or none at all.

Titles of works, nicknames, names given to things (``an app called "Pier Pass"``), terms
being defined, signs and slogans, the wording of laws and scare quotes are told apart from
speech; what is left is ``direct`` (a sentence or more of speech) or ``partial`` (a fragment
woven into the reporter's sentence). Every rule reads a bounded window around the quotation.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsfacts import cues as _cues
from newsfacts.extractors._quote_names import _is_title
from newsfacts.extractors._quote_sentences import _STOP_INSIDE, _Found
from newsfacts.extractors._quote_words import _MARK_CLASS, _is_capitalised, _vocabulary
from newsfacts.records import QuoteType

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

# A noun after a title in marks says what it names: the "Morning Tide" show, the "Pier Pass" app.
_WORK_NOUNS = _vocabulary(
    """show program programme app application website site campaign book film movie series
    song album newspaper magazine podcast documentary play musical exhibition initiative
    project plan report study list column blog"""
)

# Words before a title-cased quotation that make it a name (``on "Morning Edition"``).
_TITLE_LEADS = _vocabulary("""in on from of at aboard""")

# A name given in the passive or in an aside: ``the old ferry was called "Miss Tilly"``,
# ``Leo - referred to as "our harbor boy" -``. (``what he called "a disgrace"`` reports his words.)
_NAMED_AS = regex.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)|[,(\-\u2013\u2014])\s+(?:called|referred\s+to\s+as)\Z",
    regex.IGNORECASE,
)

# The subjects that call something by a name and so make the quotation their words (``which
# he called "Operation Storm"``); after any other word ``called`` names a thing: ``an app
# called "Screen Time"``.
_CALLERS = _vocabulary("""he she they we i you it who which that what whom""")

# A term that the sentence goes on to define: ``A "double berth sale" is when ...``, ``"pull
# the tide" in sailing slang refers to ...``, ``"coastal carriers" - a term which ...``.
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

# Quoted items listed before a quotation (``saying "No tolls", "Fix the road" and ``): what
# precedes them says what the whole list is. (An apostrophe inside a word is no mark.)
_LISTED_BEFORE = regex.compile(
    rf"(?:[{_MARK_CLASS}](?:[^{_MARK_CLASS}\n]|(?<=\w)['\u2019](?=\w)){{1,80}}[{_MARK_CLASS}]+"
    r"[\s,;]*(?:(?:and|or)\s*)?)+\Z"
)

# A law or a rule named after someone: ``"Lena's amendment,"``, ``"Megan's Law"``.
_NAMED_RULE = regex.compile(
    r"\p{Lu}\p{L}+['\u2019]s?[^\S\n]+(?:law|amendment|act|bill|rule|doctrine|principle)"
    r"[\s.,;]*\Z",
    regex.IGNORECASE,
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
        return None  # a name: ``was called "Miss Tilly"``, ``an app called "Pier Pass"``
    if _DEFINED.match(after, 0, 60):
        return None  # a term being defined
    next_word = after.split(maxsplit=1)[0].strip(",.;:").lower() if after else ""
    if _NAMED_RULE.match(content):
        return None  # a law named after someone: "Lena's amendment", "Megan's Law"
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
        return None  # a term opening a sentence nobody is said to speak: "Floating homes" have
    if opens_sentence and (len(words) > 1 or ends_stop):
        if title and not ends_stop and not has_cue_before:
            return None
        return "direct"
    if len(words) >= 3 and content[:1].isupper() and ends_stop:
        return "direct"
    if (
        has_cue_after
        and len(words) == 1
        and content.endswith(",")
        and (not before or before.endswith((".", "!", "?", ":")))
    ):
        return "direct"  # a one-word answer its speaker is named for: ``"Sure," Roe said.``
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
