"""Render stories for the command line: ``json``, ``jsonl`` or readable ``text``, streaming.

Every output item is a plain dict carrying the story ``id`` and ``schema_version``. ``parse``
items hold the serialized ``article``; ``extract`` items hold the serialized ``records``, each with
its ``kind`` and ``schema_version`` so that :func:`newsfacts.serialize.from_dict` rebuilds it.

Writers take items one at a time and never keep them: ``jsonl`` writes a line per story,
``json`` writes one document whose ``stories`` array is written as the stories come, followed
by the ``failures``; ``text`` writes a short block per story for people.
"""

from __future__ import annotations

import array
import bisect
import datetime
import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, TextIO

import attrs

from newsfacts.article import Article
from newsfacts.records import Dateline, Leg, Span
from newsfacts.serialize import SCHEMA_VERSION, iter_json, to_dict

__all__ = [
    "FORMATS",
    "DoneIds",
    "JsonDocumentWriter",
    "JsonLinesWriter",
    "Result",
    "ResumeError",
    "TextWriter",
    "Writer",
    "brief",
    "extract_item",
    "item_pieces",
    "make_writer",
    "parse_item",
    "read_written_ids",
]

FORMATS = ("json", "jsonl", "text")

# Longest value shown in text output before it is cut with an ellipsis.
_BRIEF_CHARS = 70


def parse_item(story_id: str, article: Article) -> dict[str, Any]:
    """The output item of ``newsfacts parse``: the story id and the serialized article."""
    return {"schema_version": SCHEMA_VERSION, "id": story_id, "article": to_dict(article)}


def extract_item(
    story_id: str, published: datetime.date | None, records: Iterable[object]
) -> dict[str, Any]:
    """The output item of ``newsfacts extract``: the story id and its serialized records."""
    return {
        "schema_version": SCHEMA_VERSION,
        "id": story_id,
        "published": published.isoformat() if published else None,
        "records": [{"schema_version": SCHEMA_VERSION, **to_dict(r)} for r in records],
    }


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def item_pieces(command: str, result: Result) -> Iterator[str]:
    """The JSON text of ``result.item(command)`` in pieces, without building the item.

    The pieces join to ``json.dumps(result.item(command), ensure_ascii=False)``; each record
    (each sentence of a parsed article) is serialized on its own, so writing them as they come
    keeps the memory of a 50 MB story's output small beside the story itself.
    """
    head = f'{{"schema_version": {SCHEMA_VERSION}, "id": {_dumps(result.story_id)}, '
    if command == "parse":
        if result.article is None:
            raise ValueError("a parse result needs its article")
        yield head + '"article": '
        yield from iter_json(result.article)
        yield "}"
        return
    published = result.published.isoformat() if result.published else None
    yield head + f'"published": {_dumps(published)}, "records": ['
    for number, record in enumerate(result.records):
        if number:
            yield ", "
        yield from iter_json(record, schema_version=True)
    yield "]}"


# Pieces are gathered into writes of about this many characters.
_WRITE_CHARS = 1 << 16


def _write_pieces(stream: TextIO, pieces: Iterable[str]) -> None:
    """Write the pieces in writes of about :data:`_WRITE_CHARS` (few calls, little held)."""
    gathered: list[str] = []
    size = 0
    for piece in pieces:
        if len(piece) >= _WRITE_CHARS:
            if gathered:
                stream.write("".join(gathered))
                gathered, size = [], 0
            stream.write(piece)
            continue
        gathered.append(piece)
        size += len(piece)
        if size >= _WRITE_CHARS:
            stream.write("".join(gathered))
            gathered, size = [], 0
    if gathered:
        stream.write("".join(gathered))


@attrs.frozen(kw_only=True)
class Result:
    """What one story gave: its id and date, the article, and the records (for ``extract``).

    ``article`` may be ``None`` for ``extract``, whose output holds only the records (the
    records come back from worker processes without the article they were found in).
    """

    story_id: str
    published: datetime.date | None
    article: Article | None = attrs.field(default=None, repr=False)
    records: tuple[Any, ...] = ()

    def item(self, command: str) -> dict[str, Any]:
        """The output item of ``command`` (``"parse"`` or ``"extract"``)."""
        if command == "parse":
            if self.article is None:
                raise ValueError("a parse result needs its article")
            return parse_item(self.story_id, self.article)
        return extract_item(self.story_id, self.published, self.records)


class Writer(Protocol):
    """Something that writes results one at a time."""

    def story(self, result: Result) -> None:
        """Write one story's result."""

    def failure(self, story_id: str, reason: str) -> None:
        """Record an input that failed (the JSON document lists them)."""

    def close(self) -> None:
        """Finish the output."""


class JsonLinesWriter:
    """One JSON object a line, a line per story; failures go to stderr only."""

    def __init__(self, stream: TextIO, *, command: str) -> None:
        self._stream = stream
        self._command = command

    def story(self, result: Result) -> None:
        """Write the story's item as one line, a piece at a time."""
        _write_pieces(self._stream, item_pieces(self._command, result))
        self._stream.write("\n")

    def failure(self, story_id: str, reason: str) -> None:
        """Nothing: JSON Lines output holds stories only."""

    def close(self) -> None:
        """Flush the stream."""
        self._stream.flush()


class JsonDocumentWriter:
    """One JSON document: ``{"schema_version", "stories": [...], "failures": [...]}``.

    The stories are written as they come, one a line, so that nothing is held; only the short
    failure list waits for the end.
    """

    def __init__(self, stream: TextIO, *, command: str) -> None:
        self._stream = stream
        self._command = command
        self._count = 0
        self._failures: list[dict[str, str]] = []
        stream.write(f'{{"schema_version": {SCHEMA_VERSION}, "stories": [')

    def story(self, result: Result) -> None:
        """Append the story's item to the ``stories`` array."""
        self._stream.write(",\n" if self._count else "\n")
        _write_pieces(self._stream, item_pieces(self._command, result))
        self._count += 1

    def failure(self, story_id: str, reason: str) -> None:
        """Keep the failure for the ``failures`` array."""
        self._failures.append({"id": story_id, "reason": reason})

    def close(self) -> None:
        """Close the array and the document."""
        self._stream.write(f'\n], "failures": {_dumps(self._failures)}}}\n')
        self._stream.flush()


class TextWriter:
    """A short readable block per story."""

    def __init__(self, stream: TextIO, *, command: str, sentences: bool = False) -> None:
        self._stream = stream
        self._command = command
        self._sentences = sentences

    def story(self, result: Result) -> None:
        """Write the story's block."""
        lines = (
            _article_lines(result.article, sentences=self._sentences)
            if self._command == "parse" and result.article is not None
            else _record_lines(result.records)
        )
        self._stream.write("\n".join([f"== {result.story_id}", *lines]) + "\n\n")

    def failure(self, story_id: str, reason: str) -> None:
        """Nothing: failures are reported on stderr."""

    def close(self) -> None:
        """Flush the stream."""
        self._stream.flush()


def make_writer(
    output_format: str, stream: TextIO, *, command: str, sentences: bool = False
) -> Writer:
    """The writer for ``output_format`` (one of :data:`FORMATS`)."""
    if output_format == "json":
        return JsonDocumentWriter(stream, command=command)
    if output_format == "jsonl":
        return JsonLinesWriter(stream, command=command)
    if output_format == "text":
        return TextWriter(stream, command=command, sentences=sentences)
    raise ValueError(f"unknown output format {output_format!r}; choose from {FORMATS}")


def _article_lines(article: Article, *, sentences: bool) -> list[str]:
    lines = []
    if article.headline is not None:
        lines.append(f"  headline   {brief(article.headline.text)}")
    if article.dateline is not None:
        lines.append(f"  dateline   {_dateline_details(article.dateline)}")
    lines.extend(f"  byline     {_details(byline)}" for byline in article.bylines)
    lines.extend(f"  source     {_details(tag)}" for tag in article.sources)
    lines.extend(f"  credit     {_details(credit)}" for credit in article.credits)
    if not article.text.strip():
        lines.append("  (empty story)")
    else:
        lines.append(
            f"  body       {_plural(len(article.paragraphs), 'paragraph')}, "
            f"{_plural(len(article.sentences), 'sentence')}"
        )
    if sentences:
        lines.extend(
            f"  [{number}] ¶{sentence.paragraph} {brief(sentence.text)}"
            for number, sentence in enumerate(article.sentences, start=1)
        )
    return lines


def _dateline_details(dateline: Dateline) -> str:
    # City and region repeat the place, and the date parts repeat the date: show them once.
    parts = [brief(dateline.text)]
    if dateline.place:
        parts.append(f"place={brief(dateline.place)}")
    if dateline.date is not None:
        parts.append(f"date={dateline.date.isoformat()} (year from {dateline.year_source})")
    elif dateline.month is not None:
        day = f"-{dateline.day:02}" if dateline.day is not None else ""
        parts.append(f"date=--{dateline.month:02}{day} (no year)")
    if dateline.agency:
        parts.append(f"agency={dateline.agency}")
    return "  ".join(parts)


def _record_lines(records: tuple[object, ...]) -> list[str]:
    lines = [f"  {_plural(len(records), 'record')}"]
    for record in records:
        kind = to_dict(record)["kind"]
        span = getattr(record, "span", None)
        where = brief(span) if isinstance(span, Span) else ""
        lines.append(f"  {kind} {where} {_details(record, skip=('span', 'extractor'))}".rstrip())
    return lines


def _details(record: object, skip: tuple[str, ...] = ("span",)) -> str:
    """``text`` first, then ``field=value`` for the other fields that are set."""
    parts = []
    text = getattr(record, "text", None)
    if isinstance(text, str):
        parts.append(brief(text))
    record_class: Any = type(record)  # any attrs record; attrs.fields checks at run time
    for field in attrs.fields(record_class):
        value = getattr(record, field.name)
        if field.name in skip or field.name == "text" or field.name.endswith("_span"):
            continue
        if value is None or value == ():
            continue
        parts.append(f"{field.name}={brief(value)}")
    return "  ".join(parts)


def brief(value: object) -> str:
    """A short readable form of a field value for text output.

    >>> brief(Span(start=3, end=9)), brief(("a", "b")), brief(datetime.date(2018, 7, 3))
    ('[3:9]', 'a; b', '2018-07-03')
    >>> leg = Leg(span=Span(start=0, end=5), place="Seoul", place_span=Span(start=0, end=5),
    ...           country="KR", start=datetime.date(2019, 3, 14))
    >>> brief(leg)
    'Seoul (KR) 2019-03-14..?'
    """
    if isinstance(value, Span):
        return f"[{value.start}:{value.end}]"
    if isinstance(value, (tuple, list)):
        return "; ".join(brief(item) for item in value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, Leg):
        return _leg(value)
    if attrs.has(type(value)):
        for name in ("text", "name"):
            inner = getattr(value, name, None)
            if isinstance(inner, str):
                return brief(inner)
        return type(value).__name__
    # Cut before collapsing whitespace: a field may hold a whole 50 MB story.
    text = " ".join(str(value)[: _BRIEF_CHARS * 4].split())
    return text if len(text) <= _BRIEF_CHARS else text[: _BRIEF_CHARS - 1] + "…"


def _leg(leg: Leg) -> str:
    """``Seoul (KR) 2019-03-14..2019-03-16``: a stop as a reader wants to see it."""
    where = f"{leg.place} ({leg.country})" if leg.country else leg.place
    if leg.start is None and leg.end is None:
        return where
    start = leg.start.isoformat() if leg.start else "?"
    end = leg.end.isoformat() if leg.end else "?"
    return f"{where} {start}..{end}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


# --- resuming a run from its JSON Lines output ------------------------------------------------


class ResumeError(ValueError):
    """An output file that cannot be resumed from (not newsfacts JSON Lines)."""


class DoneIds:
    """The ids of the stories already written, as 64-bit hashes in a sorted array.

    Eight bytes a story, whatever the length of its id: a million stories take 8 MB.

    >>> done = DoneIds(["a1", "b2"])
    >>> "a1" in done, "c3" in done, len(done)
    (True, False, 2)
    """

    def __init__(self, ids: Iterable[str] = ()) -> None:
        self._hashes = array.array("q", sorted({_id_hash(story_id) for story_id in ids}))

    def __contains__(self, story_id: object) -> bool:
        if not isinstance(story_id, str):
            return False
        wanted = _id_hash(story_id)
        index = bisect.bisect_left(self._hashes, wanted)
        return index < len(self._hashes) and self._hashes[index] == wanted

    def __len__(self) -> int:
        return len(self._hashes)


def _id_hash(story_id: str) -> int:
    digest = hashlib.blake2b(story_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def read_written_ids(path: str) -> tuple[DoneIds, bool]:
    """The ids in a JSON Lines output file, after cutting off a torn last line.

    A run that was killed may leave half a line at the end of the file: it is removed (the
    story is done again), and the second value says so. Every other line must be a JSON
    object with an ``id``; otherwise :class:`ResumeError` names the line.
    """
    ids: list[str] = []
    good_end = 0
    with open(path, "r+b") as stream:
        for number, line in enumerate(iter(stream.readline, b""), start=1):
            if not line.endswith(b"\n"):
                break  # torn: the run died while writing it
            if line.strip():
                ids.append(_written_id(line, number))
            good_end += len(line)
        repaired = stream.seek(0, 2) != good_end
        if repaired:
            stream.truncate(good_end)
    return DoneIds(ids), repaired


def _written_id(line: bytes, number: int) -> str:
    try:
        item = json.loads(line)
    except ValueError:
        raise ResumeError(f"line {number} is not JSON") from None
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        raise ResumeError(f"line {number} is not a newsfacts story (no id)") from None
    story_id: str = item["id"]
    return story_id
