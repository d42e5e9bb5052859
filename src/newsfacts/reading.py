"""Turn files, directories, standard input and JSONL into stories, safely and one at a time.

Reading never loads more than one story at a time, and every way an input can be unusable
becomes an :class:`~newsfacts.errors.InputError` (for one file) or a :class:`Failure` (in a
stream), with a one-line reason meant for people.

How bytes become text (``encoding="auto"``, the default):

1. A byte order mark decides: UTF-8, UTF-16 or UTF-32 with a BOM are decoded as such (the BOM
   is dropped).
2. Data with NUL bytes, or whose head is mostly control bytes, is binary and rejected.
3. Otherwise UTF-8 is tried; if it fails, the story is read as Windows-1252 (the usual encoding
   of Western wire copy saved on Windows) and the :class:`Story` carries a note naming the
   first byte that was not UTF-8. The five bytes Windows-1252 leaves undefined are read as
   Latin-1, so this fallback never fails.

Any other ``encoding`` (``"utf-8"``, ``"cp1252"``, ...) is used strictly: bytes that do not decode
are an error naming the byte offset. Text is otherwise passed on unchanged (no newline
translation), so spans index exactly the characters of the file after its BOM.

>>> story = read_story_bytes("caf\\xe9 talks".encode("cp1252"), name="wire.txt")
>>> story.text, story.notes
('café talks', ('not UTF-8 (byte 0xe9 at offset 3), read as Windows-1252',))
"""

from __future__ import annotations

import codecs
import contextlib
import datetime
import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import attrs

from newsfacts.errors import InputError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "STDIN",
    "Failure",
    "Story",
    "decode_story",
    "input_bytes",
    "iter_stories",
    "iter_story_paths",
    "parse_iso_date",
    "read_story_bytes",
    "read_story_file",
]

#: The largest story read by default: far above any real story, low enough to stay fast.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

#: The path that means standard input.
STDIN = "-"

# How much of the head is looked at to call data binary; the NUL test covers all of it.
_SNIFF_BYTES = 8192
# Share of control bytes (other than tab, newlines, form feed, escape) above which data is binary.
_BINARY_CONTROL_SHARE = 0.3
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_CONTROL_BYTES = frozenset(range(32)) - _TEXT_CONTROLS | {0x7F}

# Longer BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

_CHUNK = 1024 * 1024


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    # Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; Latin-1 maps them to the
    # matching C1 controls, which keeps one character per byte and the fallback total.
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("newsfacts-latin1", _latin1_for_undefined)


@attrs.frozen(kw_only=True)
class Story:
    """One story to parse: an ``id`` (file path, JSONL id or ``path:line``) and its text.

    ``notes`` are harmless remarks worth telling the user (an encoding fallback, an empty file).
    ``size`` is the number of input bytes the story took (for progress; not compared).
    """

    id: str
    text: str = attrs.field(repr=False)
    published: datetime.date | None = None
    notes: tuple[str, ...] = ()
    size: int = attrs.field(default=0, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Failure:
    """An input that could not be read as a story, and why (one line, for people)."""

    id: str
    reason: str
    size: int = attrs.field(default=0, repr=False, eq=False)


def decode_story(data: bytes, *, encoding: str = "auto") -> tuple[str, tuple[str, ...]]:
    """Decode the bytes of one story; return the text and notes about how it was read.

    Raises :class:`InputError` for binary data, or for bytes that ``encoding`` (when not
    ``"auto"``) cannot decode.

    >>> decode_story(b"\\xef\\xbb\\xbfTalks")
    ('Talks', ())
    >>> decode_story("Talks".encode("utf-16"))
    ('Talks', ())
    >>> decode_story(b"\\x00\\x01\\x02")
    Traceback (most recent call last):
    newsfacts.errors.InputError: binary file, skipped
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decode_strictly(data[len(bom) :], codec, label), ()
    if encoding != "auto":
        # A named codec may use NUL bytes (UTF-16 without a BOM): judge the decoded text.
        text = _decode_strictly(data, encoding, encoding)
        if "\x00" in text:
            raise InputError("binary file, skipped")
        return text, ()
    if _looks_binary(data):
        raise InputError("binary file, skipped" + _utf16_hint(data))
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as error:
        note = (
            f"not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}), "
            "read as Windows-1252"
        )
        return data.decode("cp1252", errors="newsfacts-latin1"), (note,)


def _decode_strictly(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except LookupError:
        raise InputError(f"unknown encoding {codec!r}") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"invalid {label}: byte 0x{data[error.start]:02x} at offset {error.start}"
        ) from None


def _utf16_hint(data: bytes) -> str:
    # ASCII text in UTF-16 without a BOM has a NUL in every other byte.
    head = data[: _SNIFF_BYTES - _SNIFF_BYTES % 2]
    if len(head) < 4:
        return ""
    for order, zeros, chars in (("le", head[1::2], head[0::2]), ("be", head[0::2], head[1::2])):
        if zeros.count(0) == len(zeros) and 0 not in chars:
            return f" (it looks like UTF-16 without a BOM: try --encoding utf-16-{order})"
    return ""


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    return controls / len(head) > _BINARY_CONTROL_SHARE


def read_story_bytes(
    data: bytes,
    *,
    name: str,
    published: datetime.date | None = None,
    encoding: str = "auto",
) -> Story:
    """Make a :class:`Story` called ``name`` from raw bytes (see :func:`decode_story`)."""
    text, notes = decode_story(data, encoding=encoding)
    if not text.strip():
        notes = (*notes, "empty story, nothing to parse")
    return Story(id=name, text=text, published=published, notes=notes, size=len(data))


def read_story_file(
    path: str | os.PathLike[str],
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    *,
    encoding: str = "auto",
) -> str:
    """Return the text of the story in ``path``, or raise :class:`InputError` saying why not.

    ``max_bytes`` (``None`` or 0 for no limit) guards against reading a huge file by mistake.
    """
    return _read_file(Path(path), max_bytes, encoding=encoding).text


def _read_file(
    path: Path,
    max_bytes: int | None,
    *,
    name: str | None = None,
    published: datetime.date | None = None,
    encoding: str = "auto",
) -> Story:
    try:
        if path.is_dir():
            raise InputError("is a directory")
        size = path.stat().st_size
        if max_bytes and size > max_bytes:
            raise InputError(_too_large(size, max_bytes))
        with path.open("rb") as stream:
            data = _read_limited(stream, max_bytes)
    except FileNotFoundError:
        raise InputError("no such file or directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None
    return read_story_bytes(data, name=name or str(path), published=published, encoding=encoding)


def _read_limited(stream: BinaryIO, max_bytes: int | None) -> bytes:
    # Files can grow after stat() and stdin has no size: read one byte past the limit to know.
    data = stream.read(max_bytes + 1) if max_bytes else stream.read()
    if max_bytes and len(data) > max_bytes:
        raise InputError(_too_large(None, max_bytes))
    return data


def _too_large(size: int | None, max_bytes: int) -> str:
    actual = f"{size:,} bytes" if size is not None else "more than that"
    return f"too large ({actual}; the limit is {max_bytes:,} bytes, see --max-bytes)"


def iter_story_paths(paths: Iterable[str]) -> Iterator[str | Failure]:
    """Expand directories into their ``*.txt`` files, recursively, sorted by path.

    Files given by name, and ``-``, pass through whatever their suffix. Hidden files and
    directories (names starting with a dot) are skipped inside directories. A directory without
    text files yields a :class:`Failure`. A path that does not exist but holds ``*``, ``?`` or
    ``[`` is a glob pattern (``**`` for any depth), expanded here, sorted, so that a pattern
    quoted against the shell (``'corpus/**/*.txt'``) works on every platform; a pattern that
    matches nothing is a :class:`Failure`. The walk holds one directory listing at a time.
    """
    for path in paths:
        if path != STDIN and glob.has_magic(path) and not os.path.exists(path):
            matches = sorted(glob.iglob(path, recursive=True))
            if not matches:
                yield Failure(id=path, reason="no file matches this pattern")
            yield from iter_story_paths(matches)
        elif path == STDIN or not os.path.isdir(path):
            yield path
        else:
            count = 0
            for count, name in enumerate(_text_files(path), start=1):  # noqa: B007
                yield name
            if not count:
                yield Failure(id=path, reason="no .txt files in directory")


def _text_files(directory: str) -> Iterator[str]:
    """The ``*.txt`` files under ``directory`` in the order of their sorted full paths.

    A directory sorts as its name followed by a separator, which is where its files fall
    in a sort of full paths; so only one directory's listing is held at a time.
    """
    try:
        with os.scandir(directory) as scan:
            entries = [
                (entry.name + os.sep if is_dir else entry.name, entry.path, is_dir)
                for entry in scan
                if not entry.name.startswith(".")
                for is_dir in (_is_dir(entry),)
            ]
    except OSError:
        return
    entries.sort()
    for _, path, is_dir in entries:
        if is_dir:
            yield from _text_files(path)
        elif path.endswith(".txt"):
            yield path


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def input_bytes(paths: Iterable[str]) -> int | None:
    """The bytes of all the story files in ``paths``, for progress; ``None`` with stdin.

    Walks directories and expands patterns as :func:`iter_story_paths` does, but reads nothing.
    """
    total = 0
    for path in iter_story_paths(paths):
        if path == STDIN:
            return None
        if isinstance(path, str):
            with contextlib.suppress(OSError):  # unreadable: reading it will say so
                total += os.stat(path).st_size
    return total


def iter_stories(
    paths: Iterable[str],
    *,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    published: datetime.date | None = None,
    encoding: str = "auto",
    jsonl: bool | None = None,
    text_field: str = "text",
    id_field: str = "id",
    published_field: str = "published",
    stdin: BinaryIO | None = None,
) -> Iterator[Story | Failure]:
    """Yield a :class:`Story` or a :class:`Failure` for every story in ``paths``, lazily.

    ``paths`` are files, directories (their ``*.txt`` files, recursively, sorted) or ``-`` for
    ``stdin`` (default: the process's standard input). JSONL inputs (``*.jsonl`` files, or all
    inputs when ``jsonl`` is true) give one story per line, from ``text_field``; the story id
    is the ``id_field`` value, else ``path:line``, and ``published_field`` (an ISO date) overrides
    ``published``. ``max_bytes`` limits each story (each line of a JSONL file).

    >>> import io
    >>> lines = b'{"id": "a1", "text": "Talks began."}\\n{"text": 3}\\n'
    >>> for item in iter_stories(["-"], jsonl=True, stdin=io.BytesIO(lines)):
    ...     print(item)
    Story(id='a1', published=None, notes=())
    Failure(id='-:2', reason="field 'text' is not a string")
    """
    fields = _JsonlFields(text=text_field, id=id_field, published=published_field)
    for path in iter_story_paths(paths):
        if isinstance(path, Failure):
            yield path
            continue
        is_jsonl = jsonl if jsonl is not None else path.endswith(".jsonl")
        if is_jsonl:
            yield from _iter_jsonl(path, fields, max_bytes, published, stdin)
        elif path == STDIN:
            yield _read_stdin(stdin, max_bytes, published, encoding)
        else:
            try:
                yield _read_file(Path(path), max_bytes, published=published, encoding=encoding)
            except InputError as error:
                yield Failure(id=path, reason=str(error))


def _stdin_stream(stdin: BinaryIO | None) -> BinaryIO:
    return stdin if stdin is not None else sys.stdin.buffer


def _read_stdin(
    stdin: BinaryIO | None,
    max_bytes: int | None,
    published: datetime.date | None,
    encoding: str,
) -> Story | Failure:
    try:
        data = _read_limited(_stdin_stream(stdin), max_bytes)
        return read_story_bytes(data, name=STDIN, published=published, encoding=encoding)
    except InputError as error:
        return Failure(id=STDIN, reason=str(error))
    except OSError as error:
        return Failure(id=STDIN, reason=error.strerror or str(error))


@attrs.frozen
class _JsonlFields:
    text: str
    id: str
    published: str


def _iter_jsonl(
    path: str,
    fields: _JsonlFields,
    max_bytes: int | None,
    published: datetime.date | None,
    stdin: BinaryIO | None,
) -> Iterator[Story | Failure]:
    try:
        stream = _stdin_stream(stdin) if path == STDIN else Path(path).open("rb")  # noqa: SIM115
    except FileNotFoundError:
        yield Failure(id=path, reason="no such file or directory")
        return
    except OSError as error:
        yield Failure(id=path, reason=error.strerror or str(error))
        return
    try:
        for number, line in enumerate(_bounded_lines(stream, max_bytes), start=1):
            if line is None:
                yield Failure(id=f"{path}:{number}", reason=_too_large(None, max_bytes or 0))
            elif line.strip():
                yield attrs.evolve(
                    _story_from_line(line, path, number, fields, published), size=len(line)
                )
    except OSError as error:
        yield Failure(id=path, reason=error.strerror or str(error))
    finally:
        if path != STDIN:
            stream.close()


def _bounded_lines(stream: BinaryIO, max_bytes: int | None) -> Iterator[bytes | None]:
    """Yield the lines of ``stream``; ``None`` for a line over ``max_bytes``, never held whole."""
    while True:
        line = stream.readline(max_bytes + 1) if max_bytes else stream.readline()
        if not line:
            return
        if max_bytes and len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the overlong line, a chunk at a time
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
        else:
            yield line


def _story_from_line(
    line: bytes,
    path: str,
    number: int,
    fields: _JsonlFields,
    published: datetime.date | None,
) -> Story | Failure:
    fallback_id = f"{path}:{number}"
    try:
        record = json.loads(line)
    except UnicodeDecodeError as error:
        return Failure(id=fallback_id, reason=f"invalid UTF-8 at byte {error.start} of the line")
    except json.JSONDecodeError as error:
        return Failure(id=fallback_id, reason=f"invalid JSON: {error.msg} (column {error.colno})")
    if not isinstance(record, dict):
        return Failure(id=fallback_id, reason="a JSONL line must hold an object")
    story_id = _lookup(record, fields.id)
    name = fallback_id if story_id is None or story_id == "" else str(story_id)
    text = _lookup(record, fields.text)
    if text is None:
        return Failure(id=name, reason=f"no {fields.text!r} field")
    if not isinstance(text, str):
        return Failure(id=name, reason=f"field {fields.text!r} is not a string")
    date = published
    when = _lookup(record, fields.published)
    if when not in (None, ""):
        try:
            date = parse_iso_date(when)
        except InputError as error:
            return Failure(id=name, reason=f"field {fields.published!r}: {error}")
    notes = () if text.strip() else ("empty story, nothing to parse",)
    return Story(id=name, text=text, published=date, notes=notes)


def _lookup(record: dict[str, object], name: str) -> object:
    """The value of field ``name``; a dotted name (``meta.id``) reaches into nested objects.

    A top-level key wins over the dotted path, so keys holding dots still work.
    """
    if name in record or "." not in name:
        return record.get(name)
    value: object = record
    for part in name.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def parse_iso_date(value: object) -> datetime.date:
    """Read an ISO date, or the date of an ISO timestamp; raise :class:`InputError` otherwise.

    >>> parse_iso_date("2018-07-03T09:15:00Z")
    datetime.date(2018, 7, 3)
    """
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InputError(f"{value!r} is not an ISO date (YYYY-MM-DD)")
