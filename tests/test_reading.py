"""Reading stories from bytes, files, directories, standard input and JSON Lines."""

from __future__ import annotations

import codecs
import datetime
import io
import time
from pathlib import Path

import pytest

from newsfacts import InputError
from newsfacts.reading import (
    Failure,
    Story,
    decode_story,
    iter_stories,
    iter_story_paths,
    read_story_bytes,
    read_story_file,
)

STORY = (
    "Ferry strike ends\n\n"
    "OSLO, March 4 (NTB) -- Ferry crews returned to work on Monday, the union said.\n"
)


# --- decoding ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        STORY.encode("utf-8"),
        codecs.BOM_UTF8 + STORY.encode("utf-8"),
        codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + STORY.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + STORY.encode("utf-32-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"],
)
def test_unicode_with_or_without_bom_decodes_to_the_same_text(data: bytes) -> None:
    assert decode_story(data) == (STORY, ())


def test_windows_1252_is_read_with_a_note_naming_the_first_bad_byte() -> None:
    # An en dash and curly quotes: the bytes 0x96, 0x93 and 0x94 that Latin-1 would garble.
    story = "ZÜRICH (SDA) \u2013 Prices rose 2% in \u201ccore\u201d goods, café owners said."
    text, notes = decode_story(story.encode("cp1252"))
    assert text == story
    assert notes == ("not UTF-8 (byte 0xdc at offset 1), read as Windows-1252",)


def test_bytes_undefined_in_windows_1252_still_decode_one_char_per_byte() -> None:
    text, notes = decode_story(b"abc \x81\x8d\x8f\x90\x9d \xe9")
    assert text == "abc \x81\x8d\x8f\x90\x9d é"
    assert len(notes) == 1


def test_a_named_encoding_is_strict_and_names_the_offset() -> None:
    with pytest.raises(InputError, match=r"invalid utf-8: byte 0xe9 at offset 4"):
        decode_story(b"caf \xe9", encoding="utf-8")
    assert decode_story("café".encode("latin-1"), encoding="latin-1") == ("café", ())


def test_an_unknown_encoding_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown encoding 'no-such-codec'"):
        decode_story(b"text", encoding="no-such-codec")


def test_invalid_utf16_after_a_bom_is_rejected_with_an_offset() -> None:
    with pytest.raises(InputError, match=r"invalid UTF-16: .* at offset 2"):
        decode_story(codecs.BOM_UTF16_LE + b"a\x00\x00\xdc")  # a lone low surrogate


@pytest.mark.parametrize(
    "data",
    [
        b"GIF89a\x01\x00\x01\x00\x00\xff\x00",
        b"plain text, then a NUL far away" + b" " * 100_000 + b"\x00",
        bytes(range(1, 32)) * 10,
    ],
    ids=["nul-in-head", "nul-anywhere", "control-bytes"],
)
def test_binary_data_is_rejected(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^binary file, skipped$"):
        decode_story(data)


def test_utf16_without_a_bom_is_binary_with_a_hint_unless_named() -> None:
    data = STORY.encode("utf-16-le")
    with pytest.raises(
        InputError, match=r"looks like UTF-16 without a BOM: try --encoding utf-16-le"
    ):
        decode_story(data)
    assert decode_story(data, encoding="utf-16-le") == (STORY, ())
    assert decode_story(STORY.encode("utf-16-be"), encoding="utf-16-be") == (STORY, ())
    with pytest.raises(InputError, match=r"^binary file, skipped$"):
        decode_story(b"a\x00b", encoding="utf-8")


def test_text_with_a_few_tabs_and_form_feeds_is_not_binary() -> None:
    data = b"TOKYO (Kyodo) --\tShares fell.\f\r\nMore follows.\x1b\n"
    assert decode_story(data)[0] == data.decode()


def test_an_empty_story_is_a_story_with_a_note() -> None:
    story = read_story_bytes(b"  \n\n", name="blank.txt")
    assert story == Story(id="blank.txt", text="  \n\n", notes=("empty story, nothing to parse",))


# --- files ----------------------------------------------------------------------------------


def test_read_story_file_returns_the_text(tmp_path: Path) -> None:
    path = tmp_path / "oslo.txt"
    path.write_bytes(codecs.BOM_UTF8 + STORY.encode())
    assert read_story_file(path) == STORY


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: None, "no such file or directory"),
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: p.write_bytes(b"x" * 101), "too large (101 bytes; the limit is 100 bytes"),
        (lambda p: p.write_bytes(b"\x00\x01PK"), "binary file, skipped"),
    ],
    ids=["missing", "directory", "too-large", "binary"],
)
def test_read_story_file_says_why_it_cannot(tmp_path: Path, make: object, reason: str) -> None:
    path = tmp_path / "story.txt"
    make(path)  # type: ignore[operator]
    with pytest.raises(InputError) as caught:
        read_story_file(path, max_bytes=100)
    assert str(caught.value).startswith(reason)


def test_the_default_limit_rejects_a_huge_file_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:  # sparse: no 65 MB written to disk
        stream.truncate(65 * 1024 * 1024)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"too large \(68,157,440 bytes; the limit is 67,108,864"):
        read_story_file(path)
    assert time.monotonic() - started < 1


def test_a_50_megabyte_story_is_read_under_the_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"Talks went on. " * (50 * 1024 * 1024 // 15 + 1))
    started = time.monotonic()
    text = read_story_file(path)
    assert len(text) > 50 * 1024 * 1024
    assert time.monotonic() - started < 5


def test_no_limit_reads_any_size(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert read_story_file(path, max_bytes=None) == STORY
    assert read_story_file(path, max_bytes=0) == STORY


# --- paths and directories ------------------------------------------------------------------


def test_directories_give_their_text_files_recursively_sorted(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a/c.txt", "notes.md", ".hidden.txt", ".git/x.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    found = list(iter_story_paths([str(tmp_path)]))
    assert found == [str(tmp_path / name) for name in ["a/c.txt", "a/z.txt", "b.txt"]]


def test_named_files_and_stdin_pass_through_whatever_their_suffix(tmp_path: Path) -> None:
    assert list(iter_story_paths(["-", "story.md", "missing.txt"])) == [
        "-",
        "story.md",
        "missing.txt",
    ]


def test_a_directory_without_text_files_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("no stories", encoding="utf-8")
    assert list(iter_story_paths([str(tmp_path)])) == [
        Failure(id=str(tmp_path), reason="no .txt files in directory")
    ]


def test_iter_stories_reports_bad_files_and_keeps_going(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"\x00\x00")
    (tmp_path / "3.txt").write_bytes("Straße gesperrt".encode("cp1252"))
    published = datetime.date(2021, 3, 4)
    items = list(iter_stories([str(tmp_path), str(tmp_path / "4.txt")], published=published))
    assert items == [
        Story(id=str(tmp_path / "1.txt"), text=STORY, published=published),
        Failure(id=str(tmp_path / "2.txt"), reason="binary file, skipped"),
        Story(
            id=str(tmp_path / "3.txt"),
            text="Straße gesperrt",
            published=published,
            notes=("not UTF-8 (byte 0xdf at offset 4), read as Windows-1252",),
        ),
        Failure(id=str(tmp_path / "4.txt"), reason="no such file or directory"),
    ]


def test_iter_stories_is_lazy(tmp_path: Path) -> None:
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    first.write_text(STORY, encoding="utf-8")
    second.write_text(STORY, encoding="utf-8")
    stories = iter_stories([str(tmp_path)])
    assert next(stories).id == str(first)
    second.write_text("changed after the first story was read", encoding="utf-8")
    story = next(stories)
    assert isinstance(story, Story)
    assert story.text == "changed after the first story was read"


def test_stdin_is_read_from_the_given_stream() -> None:
    stdin = io.BytesIO(STORY.encode("utf-16"))
    assert list(iter_stories(["-"], stdin=stdin)) == [Story(id="-", text=STORY)]


def test_stdin_over_the_limit_is_a_failure() -> None:
    [item] = iter_stories(["-"], stdin=io.BytesIO(b"x" * 50), max_bytes=10)
    assert item == Failure(
        id="-", reason="too large (more than that; the limit is 10 bytes, see --max-bytes)"
    )


# --- JSON Lines -----------------------------------------------------------------------------


def _jsonl(tmp_path: Path, lines: list[bytes]) -> str:
    path = tmp_path / "stories.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return str(path)


def test_jsonl_lines_become_stories_and_bad_lines_failures(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        [
            b'{"id": "wire-1", "text": "OSLO (NTB) -- Ferries ran.", "published": "2021-03-04"}',
            b'{"text": "No id here."}',
            b"{not json",
            b"",
            b"[1, 2]",
            b'{"id": 7, "body": "wrong field"}',
            b'{"id": "wire-8", "text": 12}',
            b'{"id": "wire-9", "text": "Dated badly.", "published": "March 4"}',
            b'{"id": "wire-10", "text": "caf\xe9"}',
            b'{"id": "wire-11", "text": "Last one.", "published": "2021-03-05T08:00:00Z"}',
        ],
    )
    default = datetime.date(2020, 1, 1)
    items = list(iter_stories([path], published=default))
    assert items == [
        Story(id="wire-1", text="OSLO (NTB) -- Ferries ran.", published=datetime.date(2021, 3, 4)),
        Story(id=f"{path}:2", text="No id here.", published=default),
        Failure(
            id=f"{path}:3",
            reason="invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        ),
        Failure(id=f"{path}:5", reason="a JSONL line must hold an object"),
        Failure(id="7", reason="no 'text' field"),
        Failure(id="wire-8", reason="field 'text' is not a string"),
        Failure(id="wire-9", reason="field 'published': 'March 4' is not an ISO date (YYYY-MM-DD)"),
        Failure(id=f"{path}:9", reason="invalid UTF-8 at byte 30 of the line"),
        Story(id="wire-11", text="Last one.", published=datetime.date(2021, 3, 5)),
    ]


def test_jsonl_field_names_can_be_chosen(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [b'{"doc": "d1", "body": "Text.", "date": "2019-05-06"}'])
    items = list(iter_stories([path], text_field="body", id_field="doc", published_field="date"))
    assert items == [Story(id="d1", text="Text.", published=datetime.date(2019, 5, 6))]


def test_an_overlong_jsonl_line_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    long_line = b'{"id": "big", "text": "' + b"x" * 5000 + b'"}'
    path = _jsonl(tmp_path, [long_line, b'{"id": "small", "text": "Short."}'])
    items = list(iter_stories([path], max_bytes=1000))
    assert [type(item) for item in items] == [Failure, Story]
    assert items[0].id == f"{path}:1"
    assert items[1].id == "small"


def test_jsonl_flag_reads_any_input_as_json_lines() -> None:
    stdin = io.BytesIO(b'{"id": "s1", "text": "From a pipe."}\n')
    assert list(iter_stories(["-"], jsonl=True, stdin=stdin)) == [
        Story(id="s1", text="From a pipe.")
    ]


def test_an_empty_jsonl_text_is_a_story_with_a_note(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [b'{"id": "e", "text": "   "}'])
    assert list(iter_stories([path])) == [
        Story(id="e", text="   ", notes=("empty story, nothing to parse",))
    ]


def test_a_missing_jsonl_file_is_a_failure(tmp_path: Path) -> None:
    path = str(tmp_path / "none.jsonl")
    assert list(iter_stories([path])) == [Failure(id=path, reason="no such file or directory")]
