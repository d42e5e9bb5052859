"""Split a story's body into paragraphs and sentences.

Paragraphs
    Blocks of text are runs of lines between blank lines (or lines that are wholly furniture).
    Each block is read in one of two styles, decided per block:

    * *hard-wrapped* wire copy (1980s Reuters and AP): lines of similar length, most of them
      ending mid-sentence, where an indented line (spaces, a tab) opens a paragraph and the
      other lines continue it;
    * *one paragraph per line*: every other block, which covers blank-line separated copy
      (one line per block) and copy with long unwrapped lines and no blank lines.

    Furniture spans (headline, bylines, dateline, agency tags, credits) are cut out: a
    paragraph never contains them, and what is left of a line after them (the first paragraph
    after ``SEOUL, July 3 (Yonhap) --``) starts the paragraph. Pieces without a letter or digit
    (rules such as ``* * *``, stray quote marks) are not paragraphs.

Sentences
    A sentence ends at ``.``, ``?``, ``!`` or an ellipsis followed by white space, and takes the
    closing quotes and brackets printed right after the stop (``...progress," she said.``,
    ``...yesterday.” She``, AP's ``...home.''``). Quotation marks are not tracked: a stop inside
    a quotation ends a sentence like any other when the next word opens a new one, the common
    convention, so ``"We made progress. We met," she said.`` is two sentences. Whether it ends
    there depends on the stop and on the next word:

    * a lowercase next word never starts a sentence (``?" he asked``, ``U.S. officials``);
    * after ``?``, ``!`` and ellipses, a capitalised next word does, except that after a
      closing quote (``"Why?" Smith asked``) it must be a sentence opener (below);
    * after a full stop it does, unless the word before the stop is a title (``Gen.``, ``Mr.``,
      which a name follows) or an abbreviation that never ends a sentence (``vs.``), and except
      for the hard case: after other abbreviations (``Corp.``, ``Feb.``, ``Tex.``), initials
      (``Gerald F. Seib``) and dotted acronyms (``U.S.``, ``a.m.``, ``J.R.R.``) it does only when
      the next word is a common sentence opener (a pronoun, determiner or connective, listed in
      :data:`newsfacts.abbreviations.SENTENCE_STARTERS`): ``in the U.S. He said`` splits,
      ``the U.S. Embassy`` does not, and neither (a known miss) does ``the U.S. Bush said``;
      an opening quote mark after such a stop also starts a sentence (``Acme Co. "We``);
    * a number after an abbreviation continues the sentence (``No. 1``, ``Sept. 11``,
      ``10 a.m. (0230 GMT)``); after an ordinary word it starts one.

    A sentence needs a letter, so a leading ``1.`` or ``...`` joins what follows.

Both functions run in time linear in the text, whatever its shape.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from newsfacts import abbreviations
from newsfacts.records import Paragraph, Sentence, Span

__all__ = ["split_paragraphs", "split_sentences"]

# A line break; ``\r\n`` is one. Written to open with a class of characters (not ``\r\n|...``),
# so that ``re`` skips to the next candidate character instead of trying each position.
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029](?:(?<=\r)\n)?")
_INDENT = (" ", "\t", "\u00a0", "\u3000")
_HAS_WORD = re.compile(r"[^\W_]")
_HAS_LETTER = re.compile(r"[^\W\d_]")

# A hard-wrapped line is no longer than the wrap width; wire copy wraps at 60-80 columns.
_MAX_WRAP_WIDTH = 100
# A line wrapped inside a paragraph fills most of the width (and a width under 40 is a list).
_MIN_FILL = 0.6
_MIN_WRAPPED_LINE = 40
# Quotes and brackets, written as escapes: straight, curly (U+201C/D, U+2018/9), guillemets
# (U+00AB/B, U+2039/A), the wire's ``AP style'' (two backticks open, two apostrophes close),
# German low marks (U+201E \u201e...\u201c, U+201A \u201a...\u2018, so U+201C and U+2018 close
# too) and the double prime typed for a straight mark (U+2033, either way).
_CLOSERS = "\"'\u201d\u2019\u201c\u2018\u2033\u00bb\u203a)]}"
_OPENERS = "\"'`\u201c\u2018\u201e\u201a\u2033\u00ab\u2039([{"
_OPENING_QUOTES = ('"', "``", "\u201c", "\u201e", "\u2033", "\u00ab")
_ENDS_CLAUSE = re.compile(r"[.?!…:;][" + re.escape(_CLOSERS) + r"]*\Z")
# A stop run (.?! and ellipses) with the closing quotes and brackets right after it. Each match
# starts at the first character of a run and cannot backtrack, so matching is linear.
# (``[.?!…][.?!…]*`` rather than ``[.?!…]+``: a pattern opening with a class is searched
# for by ``re`` character by character, several times faster.)
_STOP = re.compile(r"[.?!…][.?!…]*[" + re.escape(_CLOSERS) + r"]*")
_NON_SPACE = re.compile(r"\S")
_WORD = re.compile(r"\w+")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\Z")
_INITIAL = re.compile(r"[A-Z]\Z")
_CURRENCY = "$£€¥"
# How far back the word before a stop is looked for: longer words are no abbreviations.
_WORD_LOOKBACK = 40


def split_paragraphs(text: str, *, exclude: Sequence[Span] = ()) -> tuple[Paragraph, ...]:
    """Return the paragraphs of ``text`` outside the ``exclude`` spans (furniture).

    Spans are trimmed of surrounding white space; hard-wrapped paragraphs keep their inner
    line breaks.

    >>> story = "SEOUL, July 3 (Yonhap) -- Talks resumed.\\nBoth sides met.\\n"
    >>> [p.text for p in split_paragraphs(story, exclude=[Span(start=0, end=25)])]
    ['Talks resumed.', 'Both sides met.']
    >>> wire = "    Prices rose in the quarter as demand from the\\nbuyers grew.\\n    It said.\\n"
    >>> [p.text for p in split_paragraphs(wire)]
    ['Prices rose in the quarter as demand from the\\nbuyers grew.', 'It said.']
    """
    cuts = _merge(exclude, len(text))
    cut_starts = [start for start, _ in cuts]
    paragraphs: list[Paragraph] = []
    block: list[tuple[int, int]] = []
    # The lines are walked inline (no generator of lines): a story has a line per dozen
    # words, and the furniture test is skipped when there is no furniture.
    # ``cut`` walks the furniture along with the lines (both are sorted): the first cut that
    # ends after the line's start. A line that no cut overlaps needs no furniture test.
    cut, cut_count = 0, len(cuts)
    for start, end, line in _lines(text):
        while cut < cut_count and cuts[cut][1] <= start:
            cut += 1
        if (
            start != end
            and not line.isspace()
            and (
                cut == cut_count
                or cuts[cut][0] >= end
                or _has_body(text, start, end, cuts, cut_starts)
            )
        ):  # neither blank nor all furniture
            block.append((start, end))
        elif block:
            _emit_block(text, block, cuts, cut_starts, paragraphs)
            block = []
    _emit_block(text, block, cuts, cut_starts, paragraphs)
    return tuple(paragraphs)


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Each line of ``text`` as (start, end, line), its break left out; the last line is the
    text after the last break (empty when the text ends with one)."""
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        # Only ``\n`` breaks (nearly every story): one split, several times faster than
        # finding each break with the pattern.
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            yield start, end, line
            start = end + 1
        return
    start = 0
    for line_break in _LINE_BREAK.finditer(text):
        end = line_break.start()
        yield start, end, text[start:end]
        start = line_break.end()
    yield start, len(text), text[start:]


def split_sentences(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Sentence, ...]:
    """Return the sentences of the given paragraphs, in text order.

    >>> story = 'Gen. Lee met U.S. envoys at 10 a.m. Monday. "We made progress. We met," he said.'
    >>> paragraphs = split_paragraphs(story)
    >>> [s.text for s in split_sentences(story, paragraphs)]
    ['Gen. Lee met U.S. envoys at 10 a.m. Monday.', '"We made progress.', 'We met," he said.']
    """
    sentences: list[Sentence] = []
    for index, paragraph in enumerate(paragraphs):
        offset = paragraph.span.start
        # Read the paragraph's own string when it is the span's text (always, from
        # split_paragraphs): no copy of every paragraph, and a one-sentence paragraph's
        # sentence shares its string, which keeps the memory of a long story down.
        body = paragraph.text
        if len(body) != len(paragraph.span) or not text.startswith(body, offset):
            body = text[offset : paragraph.span.end]
        for start, end in _sentence_bounds(body):
            span = Span(start=offset + start, end=offset + end)
            words = body if start == 0 and end == len(body) else body[start:end]
            sentences.append(Sentence(span=span, text=words, paragraph=index))
    return tuple(sentences)


# --- paragraphs -------------------------------------------------------------------------------


def _merge(spans: Sequence[Span], length: int) -> list[tuple[int, int]]:
    """Sorted, disjoint ranges covering ``spans`` (which may overlap), clipped to the text."""
    merged: list[tuple[int, int]] = []
    for span in sorted(spans):
        start, end = min(span.start, length), min(span.end, length)
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _outside(
    start: int, end: int, cuts: list[tuple[int, int]], cut_starts: list[int]
) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` that no cut covers."""
    pieces = []
    index = max(bisect.bisect_right(cut_starts, start) - 1, 0)
    position = start
    while index < len(cuts) and cuts[index][0] < end:
        cut_start, cut_end = cuts[index]
        if cut_end > position:
            if cut_start > position:
                pieces.append((position, cut_start))
            position = max(position, cut_end)
        index += 1
    if position < end:
        pieces.append((position, end))
    return pieces


def _has_body(
    text: str, start: int, end: int, cuts: list[tuple[int, int]], cut_starts: list[int]
) -> bool:
    """Whether some of the line is neither white space nor furniture (the line is not blank)."""
    if not cuts:
        return True
    index = bisect.bisect_right(cut_starts, start) - 1
    before_ends = index >= 0 and cuts[index][1] > start
    after_starts = index + 1 < len(cuts) and cuts[index + 1][0] < end
    if not before_ends and not after_starts:
        return True  # no furniture on the line
    return any(text[a:b].strip() for a, b in _outside(start, end, cuts, cut_starts))


def _emit_block(
    text: str,
    block: list[tuple[int, int]],
    cuts: list[tuple[int, int]],
    cut_starts: list[int],
    paragraphs: list[Paragraph],
) -> None:
    """Append the paragraphs of one block of consecutive body lines."""
    if not block:
        return
    if _is_hard_wrapped(text, block):
        groups: list[tuple[int, int]] = []
        for start, end in block:
            if groups and not text.startswith(_INDENT, start):
                groups[-1] = (groups[-1][0], end)
            else:
                groups.append((start, end))
    else:
        groups = block
    for group_start, group_end in groups:
        if cuts:
            pieces = _outside(group_start, group_end, cuts, cut_starts)
        else:
            pieces = [(group_start, group_end)]
        for start, end in pieces:
            piece = text[start:end]
            stripped = piece.strip()
            if not _HAS_WORD.search(stripped):
                continue
            first = start + len(piece) - len(piece.lstrip())
            span = Span(start=first, end=first + len(stripped))
            paragraphs.append(Paragraph(span=span, text=stripped))


def _is_hard_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    """Whether a block's lines are wrapped paragraphs rather than one paragraph each.

    Only the lines that the next line would continue (it is not indented) are judged: in
    wrapped copy they fill the wrap width and mostly end mid-sentence.
    """
    if len(block) < 2:
        return False
    lengths = [len(text[start:end].rstrip()) for start, end in block]
    # A few long lines are allowed: a dateline glued to the first wrapped line, a table row.
    if sum(length > _MAX_WRAP_WIDTH for length in lengths) * 4 > len(lengths):
        return False
    width = max(length for length in lengths if length <= _MAX_WRAP_WIDTH)
    joined = [
        index
        for index in range(len(block) - 1)
        if not text.startswith(_INDENT, block[index + 1][0])
    ]
    if not joined:
        return False
    full = sum(lengths[index] >= max(_MIN_WRAPPED_LINE, _MIN_FILL * width) for index in joined)
    open_ended = sum(
        not _ENDS_CLAUSE.search(text, max(block[index][0], block[index][1] - 8), block[index][1])
        for index in joined
    )
    return full * 2 > len(joined) and open_ended * 2 >= len(joined)


# --- sentences --------------------------------------------------------------------------------


def _sentence_bounds(body: str) -> list[tuple[int, int]]:
    """Trimmed (start, end) offsets of the sentences of one paragraph's text."""
    bounds = []
    start = _skip_space(body, 0)
    # Where the search for a letter in the current sentence has got to, so each character is
    # searched once however many stops the sentence holds.
    searched, has_word = start, False
    for match in _STOP.finditer(body):
        end = match.end()
        if end >= len(body) or not body[end].isspace():
            continue
        if not has_word:
            has_word = _HAS_LETTER.search(body, searched, end) is not None
            searched = end
        if has_word and _ends_sentence(body, match):
            bounds.append((start, end))
            start = _skip_space(body, end)
            searched, has_word = start, False
    tail = body[start:].rstrip()
    if tail:
        bounds.append((start, start + len(tail)))
    return bounds


def _ends_sentence(body: str, stop: re.Match[str]) -> bool:
    """Whether the stop run ``stop`` (followed by white space) ends its sentence."""
    marks = stop.group().rstrip(_CLOSERS)
    word = _word_before(body, stop.start())
    following, first = _word_after(body, _skip_space(body, stop.end()))
    if first.islower() or not first:
        return False
    if "?" in marks or "!" in marks:
        # After a quoted question or exclamation a name usually goes on with the sentence
        # ("Why?" Smith asked), while a bare one is followed by a new sentence.
        closed = len(marks) < len(stop.group())
        return not closed or following in abbreviations.SENTENCE_STARTERS
    if not (first.isupper() or first.isdigit() or first in _CURRENCY):
        return False
    if "…" in marks or len(marks) > 1 or not word:
        # An ellipsis (also a spaced one, ". . .") ends a sentence before a capital.
        return first.isupper()
    title = word.rsplit("-", 1)[-1]
    if title in abbreviations.TITLES or word in abbreviations.NEVER_FINAL:
        return False
    if word in abbreviations.ABBREVIATIONS or _ACRONYM.match(word) or _INITIAL.match(word):
        # An opening quote is no part of a name, so it starts a sentence (Co. "We ...).
        quoted = body.startswith(_OPENING_QUOTES, _skip_space(body, stop.end()))
        return quoted or following in abbreviations.SENTENCE_STARTERS
    return True


def _word_before(body: str, position: int) -> str:
    """The word printed right before ``position``, without opening quotes or brackets."""
    head = body[max(0, position - _WORD_LOOKBACK) : position]
    if not head or head[-1].isspace():
        return ""
    return head.rsplit(maxsplit=1)[-1].lstrip(_OPENERS)


def _word_after(body: str, position: int) -> tuple[str, str]:
    """The word starting at ``position`` past opening quotes, and its first character."""
    head = body[position : position + _WORD_LOOKBACK].lstrip(_OPENERS)
    if not head:
        return "", ""
    match = _WORD.match(head)
    return (match.group() if match else ""), head[0]


def _skip_space(body: str, position: int) -> int:
    """The position of the first non-space character at or after ``position``."""
    match = _NON_SPACE.search(body, position)
    return match.start() if match else len(body)
