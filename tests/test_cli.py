"""The ``newsfacts`` command line: formats, inputs, bad inputs and exit codes."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsfacts
from newsfacts import batch, cli, output, plugins
from newsfacts.errors import PluginError
from newsfacts.records import Span
from newsfacts.serialize import SCHEMA_VERSION, from_dict, register_record
from newsfacts.testing import isolated_host, make_plugin

STORY = (
    "Port talks stall over wages\n\n"
    "By Maria Lopes\n"
    "Associated Press\n\n"
    "LISBON, Portugal (AP) \u2014 Dock workers and port operators failed to agree on a wage "
    "deal on Tuesday, a union spokesman said.\n\n"
    '"We are still far apart," said Rui Costa, who leads the dockers\' union.\n'
)
OTHER = "SEOUL, July 3 (Yonhap) -- Talks resumed on Tuesday. Officials said little.\n"


@attrs.frozen(kw_only=True)
class WordCount:
    """A record of a fake extractor, to follow records through the CLI."""

    span: Span
    words: int
    extractor: str = "word_count"


register_record(WordCount, kind="test_cli_word_count")


@pytest.fixture(autouse=True)
def _in_process_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    # Most tests patch newsfacts.parse or newsfacts.extract, which only this process sees:
    # the default --jobs becomes 1 here, and the tests of workers ask for --jobs 2.
    monkeypatch.setattr(batch, "default_jobs", lambda: 1)


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    """A directory of two stories, one nested, plus a file that is not a story."""
    (tmp_path / "wire" / "late").mkdir(parents=True)
    (tmp_path / "wire" / "lisbon.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "wire" / "late" / "seoul.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "wire" / "index.html").write_text("<html></html>", encoding="utf-8")
    return tmp_path / "wire"


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace ``newsfacts.extract`` with one counting words; return the calls it received."""
    calls: list[dict[str, Any]] = []

    def extract(
        article: newsfacts.Article,
        *,
        only: Iterable[str] | None = None,
        exclude: Iterable[str] = (),
        strict: bool = False,
    ) -> tuple[WordCount, ...]:
        calls.append({"only": only, "exclude": exclude, "strict": strict})
        span = Span(start=0, end=len(article.text))
        return (WordCount(span=span, words=len(article.text.split())),)

    monkeypatch.setattr(newsfacts, "extract", extract)
    return calls


class _NoFacts:
    """A real extractor that finds nothing, to give the host names to list and select."""

    requires = ()

    def __init__(self, name: str) -> None:
        self.name = name

    def extract(self, article: newsfacts.Article, upstream: object) -> tuple[()]:
        return ()


@pytest.fixture
def fake_plugins() -> Iterator[plugins.PluginHost]:
    """A real host with two real plugins, the second blocked by the user."""
    speech = make_plugin(_NoFacts("quotes"), _NoFacts("attributions"), name="speech")
    money = make_plugin(_NoFacts("money"), name="money")
    with isolated_host(speech, money, builtins=False) as host:
        host.block("money")
        yield host


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line; return the exit status, stdout and stderr."""
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


# --- good input, each format ----------------------------------------------------------------


def test_parse_jsonl_gives_one_line_per_story_that_round_trips(
    capsys: pytest.CaptureFixture[str], stories: Path
) -> None:
    status, out, err = run(capsys, "parse", "--format", "jsonl", str(stories))
    assert (status, err) == (0, "")
    items = lines(out)
    assert [item["id"] for item in items] == [
        str(stories / "late" / "seoul.txt"),
        str(stories / "lisbon.txt"),
    ]
    for item, text in zip(items, [OTHER, STORY], strict=True):
        assert item["schema_version"] == SCHEMA_VERSION
        assert item["article"]["kind"] == "article"
        assert from_dict(item["article"]) == newsfacts.parse(text)


def test_parse_published_reaches_the_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "s.txt").write_text(OTHER, encoding="utf-8")
    status, out, _ = run(capsys, "parse", "--published", "2018-07-03", str(tmp_path / "s.txt"))
    assert status == 0
    [item] = lines(out)
    assert item["article"]["published"] == "2018-07-03"
    assert from_dict(item["article"]) == newsfacts.parse(OTHER, published="2018-07-03")


def test_parse_json_is_one_document(capsys: pytest.CaptureFixture[str], stories: Path) -> None:
    status, out, _ = run(capsys, "parse", "--format", "json", str(stories))
    assert status == 0
    document = json.loads(out)
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["failures"] == []
    assert [from_dict(item["article"]).text for item in document["stories"]] == [OTHER, STORY]


def test_parse_text_summarises_the_structure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "lisbon.txt"
    path.write_text(STORY, encoding="utf-8")
    status, out, _ = run(capsys, "parse", "--format", "text", "--sentences", str(path))
    assert status == 0
    article = newsfacts.parse(STORY)
    assert out.startswith(f"== {path}\n")
    body = f"{len(article.paragraphs)} paragraph"
    assert f"  body       {body}" in out
    if article.headline is not None:
        assert f"  headline   {article.headline.text}\n" in out
    if article.dateline is not None:
        assert "  dateline   " in out
    assert out.count("  byline     ") == len(article.bylines)
    assert out.count(" \u00b6") == len(article.sentences)  # one line per sentence


def test_extract_records_carry_kind_and_schema_version_and_round_trip(
    capsys: pytest.CaptureFixture[str], stories: Path, fake_extract: list[dict[str, Any]]
) -> None:
    status, out, _ = run(capsys, "extract", "--format", "json", str(stories))
    assert status == 0
    document = json.loads(out)
    for item, text in zip(document["stories"], [OTHER, STORY], strict=True):
        [record] = item["records"]
        assert record["kind"] == "test_cli_word_count"
        assert record["schema_version"] == SCHEMA_VERSION
        assert from_dict(record) == WordCount(
            span=Span(start=0, end=len(text)), words=len(text.split())
        )


def test_extract_with_the_real_extractors_round_trips(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "lisbon.txt"
    path.write_text(STORY, encoding="utf-8")
    status, out, _ = run(capsys, "extract", "--format", "jsonl", str(path))
    assert status == 0
    [item] = lines(out)
    assert item["id"] == str(path)
    expected = newsfacts.extract(newsfacts.parse(STORY))
    assert tuple(from_dict(record) for record in item["records"]) == tuple(expected)
    for record in item["records"]:
        start, end = record["span"]["start"], record["span"]["end"]
        assert 0 <= start <= end <= len(STORY)


def test_extract_text_lists_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_extract: list[dict[str, Any]]
) -> None:
    path = tmp_path / "seoul.txt"
    path.write_text(OTHER, encoding="utf-8")
    status, out, _ = run(capsys, "extract", "--format", "text", str(path))
    assert status == 0
    assert out == (f"== {path}\n  1 record\n  test_cli_word_count [0:{len(OTHER)}] words=12\n\n")


def test_only_and_exclude_accept_repeats_and_commas(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    fake_extract: list[dict[str, Any]],
    fake_plugins: None,
) -> None:
    path = tmp_path / "s.txt"
    path.write_text(OTHER, encoding="utf-8")
    argv = ["extract", "--only", "quotes, attributions", "--only", "quotes", "--strict"]
    status, _, _ = run(capsys, *argv, "--exclude", "attributions", str(path))
    assert status == 0
    assert fake_extract == [
        {"only": ("quotes", "attributions", "quotes"), "exclude": ("attributions",), "strict": True}
    ]


def test_without_only_every_extractor_runs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_extract: list[dict[str, Any]]
) -> None:
    path = tmp_path / "s.txt"
    path.write_text(OTHER, encoding="utf-8")
    assert run(capsys, "extract", str(path))[0] == 0
    assert fake_extract == [{"only": None, "exclude": (), "strict": False}]


def test_an_unknown_extractor_name_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    fake_extract: list[dict[str, Any]],
    fake_plugins: None,
) -> None:
    status, out, err = run(capsys, "extract", "--only", "quotes,nonsense", str(tmp_path))
    assert (status, out) == (2, "")
    assert err == (
        "newsfacts: unknown extractor 'nonsense' (known: attributions, quotes); "
        "see 'newsfacts plugins'\n"
    )
    assert fake_extract == []


def test_the_default_format_off_a_terminal_is_jsonl(
    capsys: pytest.CaptureFixture[str], stories: Path
) -> None:
    status, out, _ = run(capsys, "parse", str(stories))
    assert status == 0
    assert len(lines(out)) == 2


def test_the_default_format_on_a_terminal_is_text(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stories: Path
) -> None:
    monkeypatch.setattr(cli, "_is_tty", lambda stream: stream is sys.stdout)
    status, out, _ = run(capsys, "parse", str(stories))
    assert status == 0
    assert out.startswith(f"== {stories / 'late' / 'seoul.txt'}\n")


# --- inputs: stdin, JSON Lines --------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_is_read_with_a_dash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, STORY.encode("utf-8"))
    status, out, _ = run(capsys, "parse", "-")
    assert status == 0
    [item] = lines(out)
    assert item["id"] == "-"
    assert from_dict(item["article"]).text == STORY


def test_jsonl_input_with_a_bad_line_processes_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "w1", "text": STORY, "published": "2023-05-02"})
        + "\n{broken\n"
        + json.dumps({"text": OTHER})
        + "\n",
        encoding="utf-8",
    )
    status, out, err = run(capsys, "parse", str(path))
    assert status == 1
    assert [item["id"] for item in lines(out)] == ["w1", f"{path}:3"]
    assert lines(out)[0]["article"]["published"] == "2023-05-02"
    assert err.splitlines() == [
        f"newsfacts: {path}:2: invalid JSON: Expecting property name enclosed in double quotes "
        "(column 2)",
        "newsfacts: 1 of 3 inputs failed",
    ]


def test_jsonl_flag_and_field_names(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, json.dumps({"key": "k9", "body": OTHER, "day": "2018-07-03"}).encode())
    argv = ["--jsonl", "--text-field", "body", "--id-field", "key", "--published-field", "day"]
    status, out, _ = run(capsys, "parse", *argv, "-")
    assert status == 0
    [item] = lines(out)
    assert item["id"] == "k9"
    assert from_dict(item["article"]) == newsfacts.parse(OTHER, published="2018-07-03")


# --- bad input ------------------------------------------------------------------------------


def test_an_empty_file_gives_an_empty_result_and_a_notice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    status, out, err = run(capsys, "parse", str(path))
    assert status == 0
    assert err == f"newsfacts: {path}: empty story, nothing to parse\n"
    [item] = lines(out)
    article = from_dict(item["article"])
    assert (article.text, article.paragraphs, article.sentences) == ("", (), ())


def test_a_binary_file_is_skipped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    status, out, err = run(capsys, "parse", str(path))
    assert (status, out, err) == (1, "", f"newsfacts: {path}: binary file, skipped\n")


def test_windows_1252_copy_is_read_with_a_notice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "zurich.txt"
    text = "ZURICH (SDA) \u2013 The caf\u00e9 owners\u2019 group met on Monday.\n"
    path.write_bytes(text.encode("cp1252"))
    status, out, err = run(capsys, "parse", str(path))
    assert status == 0
    assert err == (f"newsfacts: {path}: not UTF-8 (byte 0x96 at offset 13), read as Windows-1252\n")
    assert from_dict(lines(out)[0]["article"]).text == text


def test_a_strict_encoding_rejects_bad_bytes_with_their_offset(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "zurich.txt"
    path.write_bytes(b"ZURICH \x96 talks")
    status, out, err = run(capsys, "parse", "--encoding", "utf-8", str(path))
    assert (status, out) == (1, "")
    assert err == f"newsfacts: {path}: invalid utf-8: byte 0x96 at offset 7\n"


def test_a_file_over_max_bytes_is_rejected(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(STORY, encoding="utf-8")
    size = len(STORY.encode())
    assert 100 < size <= 1024
    assert run(capsys, "parse", "--max-bytes", "1K", str(path))[0] == 0
    status, out, err = run(capsys, "parse", "--max-bytes", "100", str(path))
    assert (status, out) == (1, "")
    assert err == (
        f"newsfacts: {path}: too large ({size:,} bytes; the limit is 100 bytes, see --max-bytes)\n"
    )


def test_a_file_over_the_default_limit_is_rejected_cheaply(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:  # sparse: nothing is written
        stream.truncate(70 * 1024 * 1024)
    status, out, err = run(capsys, "parse", str(path))
    assert (status, out) == (1, "")
    assert err.startswith(f"newsfacts: {path}: too large (73,400,320 bytes; the limit is 67,108,")


def test_a_missing_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    status, out, err = run(capsys, "extract", str(path))
    assert (status, out, err) == (1, "", f"newsfacts: {path}: no such file or directory\n")


def test_a_directory_without_text_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("nothing", encoding="utf-8")
    status, out, err = run(capsys, "parse", str(tmp_path))
    assert (status, out, err) == (1, "", f"newsfacts: {tmp_path}: no .txt files in directory\n")


def test_a_batch_skips_bad_files_and_counts_them(
    capsys: pytest.CaptureFixture[str], stories: Path
) -> None:
    (stories / "blob.txt").write_bytes(b"\x00" * 64)
    missing = stories / "gone.txt"
    status, out, err = run(capsys, "parse", "--format", "json", str(stories), str(missing))
    assert status == 1
    document = json.loads(out)
    assert len(document["stories"]) == 2
    assert document["failures"] == [
        {"id": str(stories / "blob.txt"), "reason": "binary file, skipped"},
        {"id": str(missing), "reason": "no such file or directory"},
    ]
    assert err.splitlines() == [
        f"newsfacts: {stories / 'blob.txt'}: binary file, skipped",
        f"newsfacts: {missing}: no such file or directory",
        "newsfacts: 2 of 4 inputs failed",
    ]


def test_an_internal_error_is_one_line_and_the_batch_goes_on(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stories: Path
) -> None:
    real_parse = newsfacts.parse

    def parse(text: str, **options: Any) -> newsfacts.Article:
        if text == OTHER:
            raise RuntimeError("boom")
        return real_parse(text, **options)

    monkeypatch.setattr(newsfacts, "parse", parse)
    status, out, err = run(capsys, "parse", str(stories))
    assert status == 1
    assert [item["id"] for item in lines(out)] == [str(stories / "lisbon.txt")]
    assert err.splitlines()[0] == (
        f"newsfacts: {stories / 'late' / 'seoul.txt'}: internal error: RuntimeError: boom "
        "(rerun with --debug)"
    )
    with pytest.raises(RuntimeError, match="boom"):
        cli.main(["parse", "--debug", str(stories)])


def test_a_plugin_error_in_strict_mode_stops_the_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stories: Path
) -> None:
    def extract(article: newsfacts.Article, **options: Any) -> tuple[()]:
        raise PluginError("plugin 'money' 1.2 failed: ZeroDivisionError")

    monkeypatch.setattr(newsfacts, "extract", extract)
    status, out, err = run(capsys, "extract", "--strict", "--format", "json", str(stories))
    assert status == 1
    assert json.loads(out)["stories"] == []
    assert err == "newsfacts: plugin error: plugin 'money' 1.2 failed: ZeroDivisionError\n"


def test_plugin_warnings_become_one_line_each(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def extract(article: newsfacts.Article, **options: Any) -> tuple[()]:
        warnings.warn("plugin 'money' failed and was skipped", RuntimeWarning, stacklevel=2)
        return ()

    monkeypatch.setattr(newsfacts, "extract", extract)
    (tmp_path / "s.txt").write_text(OTHER, encoding="utf-8")
    status, _, err = run(capsys, "extract", str(tmp_path / "s.txt"))
    assert (status, err) == (0, "newsfacts: warning: plugin 'money' failed and was skipped\n")


def test_ctrl_c_exits_130_quietly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stories: Path
) -> None:
    def parse(text: str, **options: Any) -> newsfacts.Article:
        raise KeyboardInterrupt

    monkeypatch.setattr(newsfacts, "parse", parse)
    assert run(capsys, "parse", str(stories)) == (130, "", "")


# --- usage ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "the following arguments are required: COMMAND"),
        (["parse"], "the following arguments are required: PATH"),
        (["parse", "--published", "July 3", "x.txt"], "'July 3' is not an ISO date"),
        (["parse", "--format", "xml", "x.txt"], "invalid choice: 'xml'"),
        (["parse", "--max-bytes", "lots", "x.txt"], "'lots' is not a size"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert message in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"newsfacts {newsfacts.__version__}\n", "")


# --- plugins --------------------------------------------------------------------------------


def test_plugins_json(capsys: pytest.CaptureFixture[str], fake_plugins: object) -> None:
    status, out, _ = run(capsys, "plugins", "--format", "json")
    assert status == 0
    listed = {plugin["name"]: plugin for plugin in json.loads(out)}
    assert listed["speech"]["extractors"] == ["quotes", "attributions"]
    assert listed["speech"]["status"] == "ok"
    assert listed["money"]["status"] == "blocked"


def test_plugins_text(capsys: pytest.CaptureFixture[str], fake_plugins: object) -> None:
    status, out, _ = run(capsys, "plugins", "--format", "text")
    assert status == 0
    assert "speech  (- -)  ok\n    extractors: quotes, attributions\n" in out
    assert "money  (- -)  blocked\n" in out


def test_plugins_listing_of_the_installed_host(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "plugins", "--format", "json")
    assert status == 0
    for plugin in json.loads(out):
        assert {"name", "distribution", "version", "hooks", "extractors", "status"} <= set(plugin)


# --- progress -------------------------------------------------------------------------------


def _many(tmp_path: Path, count: int) -> Path:
    for number in range(count):
        (tmp_path / f"{number:03}.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


def test_progress_line_on_request(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "parse", "--progress", str(_many(tmp_path, 8)))
    assert status == 0
    assert err.startswith("\rnewsfacts: 6 stories, ")
    assert "/s" in err
    assert err.endswith("\r")  # the line is cleared at the end
    assert "\n" not in err


def test_no_progress_line_for_a_handful_or_off_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "parse", "--progress", str(_many(tmp_path, 5)))[2] == ""
    assert run(capsys, "parse", str(_many(tmp_path, 20)))[2] == ""


# --- the real entry point -------------------------------------------------------------------


def _python_m(*argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", *argv],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_python_m_newsfacts_version() -> None:
    done = _python_m("--version")
    assert (done.returncode, done.stdout) == (0, f"newsfacts {newsfacts.__version__}\n".encode())


def test_python_m_newsfacts_reads_stdin() -> None:
    done = _python_m("parse", "--format", "json", "-", stdin=OTHER.encode("utf-16"))
    assert done.returncode == 0, done.stderr
    [item] = json.loads(done.stdout)["stories"]
    assert from_dict(item["article"]).text == OTHER


def test_python_m_newsfacts_bad_inputs_never_show_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe\x00\xd8")  # UTF-16 BOM, then a lone surrogate
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c.txt").write_text(OTHER, encoding="utf-8")
    done = _python_m("extract", str(tmp_path), str(tmp_path / "none"))
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    assert done.stderr.decode().splitlines()[-1] == "newsfacts: 3 of 4 inputs failed"
    assert len(done.stdout.splitlines()) == 1


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    big = OTHER * 200
    for number in range(40):
        (tmp_path / f"{number:02}.txt").write_text(big, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "newsfacts", "parse", "--format", "jsonl", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()
        process.stdout.close()  # like `| head -n 1`
        err = process.stderr.read()
        status = process.wait(timeout=60)
    assert err == b""
    assert status == cli.EXIT_BROKEN_PIPE


# --- the text format, on records built by hand ----------------------------------------------


def test_text_format_shows_each_part_once() -> None:
    text = "SEOUL, July 3 (Yonhap) -- Talks resumed.\n\nBy Kim Min-ji\n"
    article = newsfacts.Article(
        text=text,
        dateline=newsfacts.Dateline(
            span=Span(start=0, end=25),
            text="SEOUL, July 3 (Yonhap) --",
            place="SEOUL",
            city="SEOUL",
            month=7,
            day=3,
            agency="Yonhap",
        ),
        bylines=[
            newsfacts.Byline(
                span=Span(start=42, end=54),
                text="By Kim Min-ji",
                authors=[newsfacts.Author(name="Kim Min-ji", span=Span(start=45, end=54))],
            )
        ],
        sources=[
            newsfacts.SourceTag(
                span=Span(start=15, end=21), text="Yonhap", agency="Yonhap", position="dateline"
            )
        ],
        paragraphs=[newsfacts.Paragraph(span=Span(start=26, end=40), text="Talks resumed.")],
        sentences=[
            newsfacts.Sentence(span=Span(start=26, end=40), text="Talks resumed.", paragraph=0)
        ],
    )
    stream = io.StringIO()
    writer = output.make_writer("text", stream, command="parse", sentences=True)
    writer.story(output.Result(story_id="seoul.txt", published=None, article=article))
    assert stream.getvalue().splitlines() == [
        "== seoul.txt",
        "  dateline   SEOUL, July 3 (Yonhap) --  place=SEOUL  date=--07-03 (no year)"
        "  agency=Yonhap",
        "  byline     By Kim Min-ji  authors=Kim Min-ji",
        "  source     Yonhap  agency=Yonhap  position=dateline",
        "  body       1 paragraph, 1 sentence",
        "  [1] \u00b60 Talks resumed.",
        "",
    ]


# --- corpus runs: workers, timeouts, resume -------------------------------------------------

_PLUGIN = """
import os
import time

import attrs

import newsfacts
from newsfacts.records import Span


@attrs.frozen(kw_only=True)
class CliWords:
    span: Span
    count: int
    extractor: str = "words"


class Words:
    name = "words"
    requires = ()

    def extract(self, article, upstream):
        if "HANG" in article.text:
            time.sleep(60)
        if "EXIT" in article.text:
            os._exit(3)
        span = Span(start=0, end=len(article.text))
        return [CliWords(span=span, count=len(article.text.split()))]


@newsfacts.hookimpl
def newsfacts_extractors():
    return [Words()]


@newsfacts.hookimpl
def newsfacts_record_types():
    return [CliWords]
"""


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed plugin (a module and its entry point) that workers find as users' do."""
    site = tmp_path / "site"
    info = site / "newsfacts_cli_test_plugin-1.0.dist-info"
    info.mkdir(parents=True)
    (site / "newsfacts_cli_test_plugin.py").write_text(_PLUGIN, encoding="utf-8")
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: newsfacts-cli-test-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[newsfacts]\nmisbehave = newsfacts_cli_test_plugin\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(site))


def _corpus(folder: Path, words: dict[int, str], count: int = 12) -> Path:
    folder.mkdir()
    for number in range(count):
        word = words.get(number, "calm")
        (folder / f"{number:02}.txt").write_text(
            f"ROME (Reuters) - Day {number} was {word}.\n", encoding="utf-8"
        )
    return folder


@pytest.mark.usefixtures("installed_plugin")
def test_jobs_2_writes_in_input_order_and_survives_a_dead_worker(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path / "wire", {4: "EXIT"})
    status, out, err = run(capsys, "extract", "--jobs", "2", "--only", "words", str(corpus))
    assert status == 1
    expected = [str(corpus / f"{n:02}.txt") for n in range(12) if n != 4]
    assert [item["id"] for item in lines(out)] == expected
    assert err.splitlines() == [
        f"newsfacts: {corpus / '04.txt'}: worker process died (exit code 3) while on this story",
        "newsfacts: 1 of 12 inputs failed",
    ]


@pytest.mark.usefixtures("installed_plugin")
def test_a_story_past_the_timeout_is_reported_and_skipped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path / "wire", {1: "HANG"}, count=3)
    argv = ["extract", "--jobs", "2", "--timeout", "0.5", "--only", "words", str(corpus)]
    status, out, err = run(capsys, *argv)
    assert status == 1
    assert [item["id"] for item in lines(out)] == [str(corpus / "00.txt"), str(corpus / "02.txt")]
    assert f"{corpus / '01.txt'}: timed out after 0.5 s" in err


def test_resume_after_a_killed_run_neither_repeats_nor_loses_a_story(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_extract: object
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"r{n}", "text": f"Day {n} passed."}) + "\n" for n in range(9)),
        encoding="utf-8",
    )
    whole = tmp_path / "whole.jsonl"
    assert run(capsys, "extract", "-o", str(whole), str(corpus))[0] == 0
    complete = whole.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(complete) == 9
    # A run killed while writing its fifth line.
    partial = tmp_path / "partial.jsonl"
    partial.write_text("".join(complete[:4]) + complete[4][:20], encoding="utf-8")
    status, out, err = run(capsys, "extract", "--resume", "-o", str(partial), str(corpus))
    assert (status, out) == (0, "")
    assert err == (
        f"newsfacts: resuming: 4 stories already in {partial} (its torn last line was removed)\n"
    )
    assert partial.read_text(encoding="utf-8") == "".join(complete)
    # Resuming a finished run does nothing.
    assert run(capsys, "extract", "--resume", "-o", str(partial), str(corpus))[0] == 0
    assert partial.read_text(encoding="utf-8") == "".join(complete)


def test_resume_needs_a_jsonl_output_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story = tmp_path / "s.txt"
    story.write_text(OTHER, encoding="utf-8")
    status, _, err = run(capsys, "extract", "--resume", str(story))
    assert (status, err) == (
        2,
        "newsfacts: --resume needs --output FILE: the output of the run to go on with\n",
    )
    notes = tmp_path / "notes.jsonl"
    notes.write_text("not json\n", encoding="utf-8")
    status, _, err = run(capsys, "extract", "--resume", "-o", str(notes), str(story))
    assert (status, err) == (2, f"newsfacts: {notes}: cannot resume: line 1 is not JSON\n")


def test_a_quoted_glob_is_expanded_by_newsfacts(
    capsys: pytest.CaptureFixture[str], stories: Path, fake_extract: object
) -> None:
    status, out, _ = run(capsys, "extract", str(stories / "**" / "*.txt"))
    assert status == 0
    assert [item["id"] for item in lines(out)] == [
        str(stories / "late" / "seoul.txt"),
        str(stories / "lisbon.txt"),
    ]
    status, _, err = run(capsys, "extract", str(stories / "*.md"))
    assert (status, err) == (1, f"newsfacts: {stories / '*.md'}: no file matches this pattern\n")


def test_nested_jsonl_fields(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_extract: object
) -> None:
    corpus = tmp_path / "nested.jsonl"
    item = {"meta": {"guid": "n1", "date": "2019-05-06"}, "body": {"text": OTHER}}
    corpus.write_text(json.dumps(item) + "\n", encoding="utf-8")
    argv = ["--text-field", "body.text", "--id-field", "meta.guid", "--published-field"]
    status, out, _ = run(capsys, "extract", *argv, "meta.date", str(corpus))
    assert status == 0
    assert [(i["id"], i["published"]) for i in lines(out)] == [("n1", "2019-05-06")]


def test_the_summary_counts_stories_facts_and_failures(
    capsys: pytest.CaptureFixture[str], stories: Path, fake_extract: object
) -> None:
    (stories / "blob.txt").write_bytes(b"\x00\x01")
    status, _, err = run(capsys, "extract", "--summary", str(stories))
    assert status == 1
    summary = err.splitlines()[-3:-1]
    assert re.fullmatch(r"newsfacts: 3 stories in 0:0\d \([\d,.]+/s\), 1 failed", summary[0])
    assert summary[1] == "newsfacts: facts: word_count 2"


def test_progress_shows_the_share_done_and_the_time_left(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_extract: object
) -> None:
    status, _, err = run(capsys, "extract", "--progress", str(_many(tmp_path, 8)))
    assert status == 0
    assert re.match(r"\rnewsfacts: 6 stories, [\d,.]+/s, 75%, ETA 0:0\d", err)


def test_jobs_and_timeout_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--jobs", "0"], ["--timeout", "-1"], ["--timeout", "soon"]):
        status, out, err = run(capsys, "extract", *argv, "x.txt")
        assert (status, out) == (2, "")
        assert argv[1] in err
