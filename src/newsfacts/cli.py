"""The ``newsfacts`` command: ``parse``, ``extract``, ``plugins`` and ``evaluate``.

Choices made here, for the reference page:

- Output goes to stdout, messages to stderr, one line each: ``newsfacts: PATH: reason``.
- ``--format`` defaults to ``text`` when stdout is a terminal and to ``jsonl`` otherwise (``json``
  for ``plugins``), so a pipe gets machine-readable output without asking. ``jsonl`` is a line
  per story as it is done; ``json`` is one document written as it goes
  (``{"schema_version", "stories": [...], "failures": [...]}``); neither holds all stories.
- Inputs are read by :mod:`newsfacts.reading`: directories give their ``*.txt`` files
  (recursively, sorted), ``*.jsonl`` files (or every input with ``--jsonl``) a story per line.
  Text that is not UTF-8 is read as Windows-1252 with a notice; ``--encoding`` makes it strict.
- An empty story is not an error: it gives an empty result and a notice.
- A bad input (binary, undecodable, over ``--max-bytes``, missing, a directory without text
  files, a malformed JSONL line) is reported and skipped; the rest are processed.
- Exit status: 0 when every input was read, 1 when some failed (with a count when there were
  several), 2 for a usage error, 130 on Ctrl-C, and 141 when the reader of stdout went away
  (``newsfacts extract dir | head``), as for a program killed by SIGPIPE. No input ever gives
  a traceback; ``--debug`` shows one for an internal error.
- With ``--strict``, a plugin error stops the run (exit 1); without it, the plugin host warns
  (one ``newsfacts: warning:`` line) and skips the plugin.
- A ``\r`` progress line (stories done, rate, and for ``extract`` the share done and the time
  left, from the input bytes read) appears on stderr after five stories when stderr is a
  terminal, or always with ``--progress``.
- ``extract`` runs in ``--jobs`` worker processes (default: every CPU; ``--jobs 1`` runs in
  this process) through :mod:`newsfacts.batch`: output in input order, a story that fails or
  runs past ``--timeout`` is reported and skipped, a worker that dies is replaced. With
  ``--output FILE`` and ``--resume`` an interrupted run goes on where its output stopped.
  ``--summary`` (default: when stderr is a terminal) ends with stories, facts per extractor,
  failures and time.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

import newsfacts
from newsfacts import batch, output, reading
from newsfacts.errors import InputError, NewsfactsError, PluginError

__all__ = ["main"]

PROG = "newsfacts"

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

_SIZE = re.compile(r"(?i)^\s*(\d+)\s*([kmg]?)i?b?\s*$")
_SIZE_FACTORS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as leaving:  # argparse leaves for --help, --version and usage errors
        return leaving.code if isinstance(leaving.code, int) else EXIT_USAGE
    try:
        with warnings.catch_warnings():
            # Plugin warnings (a plugin that failed and was skipped) become one stderr line each.
            warnings.simplefilter("default")
            warnings.showwarning = _show_warning
            return int(args.run(args))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn the plain text of news stories into facts with character spans.",
        epilog="exit status: 0 all inputs read, 1 some input failed, 2 usage error, "
        "130 interrupted, 141 output pipe closed",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {newsfacts.__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    story_options = _story_options_parser()
    parse_command = commands.add_parser(
        "parse",
        parents=[story_options],
        help="show the structure of stories (headline, dateline, bylines, sources, body)",
        description="Show the structure of each story: headline, dateline, bylines, "
        "sources, credits and the paragraphs and sentences of the body.",
    )
    parse_command.add_argument(
        "--sentences",
        action="store_true",
        help="with --format text, list the sentences too (JSON always holds them)",
    )
    parse_command.set_defaults(run=_run_parse)

    extract_command = commands.add_parser(
        "extract",
        parents=[story_options],
        help="run the extractors over stories",
        description="Run the installed extractors over each story and print their records.",
    )
    extract_command.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="run only this extractor (repeatable, or comma-separated)",
    )
    extract_command.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="NAME",
        help="do not run this extractor (repeatable, or comma-separated)",
    )
    extract_command.add_argument(
        "--strict",
        action="store_true",
        help="stop at the first plugin error instead of warning and skipping the plugin",
    )
    extract_command.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        metavar="N",
        help="worker processes (default: one per CPU); 1 runs in this process, without workers",
    )
    extract_command.add_argument(
        "--timeout",
        type=_positive_float,
        metavar="SECONDS",
        help="give up a story that takes longer than this, report it and go on",
    )
    extract_command.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output (replaced, unless --resume)",
    )
    extract_command.add_argument(
        "--resume",
        action="store_true",
        help="go on with an interrupted run: skip the stories already in --output FILE "
        "(JSON Lines) and append the others",
    )
    extract_command.add_argument(
        "--summary",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="end with a summary on stderr: stories, facts per extractor, failures, time "
        "(default: when stderr is a terminal)",
    )
    extract_command.set_defaults(run=_run_extract)

    plugins_command = commands.add_parser(
        "plugins",
        help="list the installed plugins",
        description="List the plugins: name, distribution, version, extractors and status.",
    )
    plugins_command.add_argument(
        "--format",
        choices=("json", "text"),
        help="output format (default: text on a terminal, json otherwise)",
    )
    plugins_command.set_defaults(run=_run_plugins)

    evaluate_command = commands.add_parser(
        "evaluate",
        help="score newsfacts against gold files",
        description="Parse and extract every story that the gold files (or folders of them) "
        "describe and print precision, recall and F1 per field. The gold format and the "
        "matching rules are in the documentation.",
    )
    evaluate_command.add_argument("gold", nargs="+", metavar="GOLD", help="gold file or folder")
    evaluate_command.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format"
    )
    evaluate_command.add_argument(
        "--show-errors",
        nargs="?",
        type=int,
        const=0,
        metavar="N",
        help="list the missed, spurious and wrong items (the first N; all without N)",
    )
    for option, meaning in (("--only", "run only this extractor"), ("--exclude", "skip it")):
        evaluate_command.add_argument(
            option, action="append", default=[], metavar="NAME", help=meaning
        )
    evaluate_command.set_defaults(run=_run_evaluate)
    return parser


def _story_options_parser() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="story files, directories (their *.txt files, recursively), .jsonl files, "
        "or - for standard input",
    )
    options.add_argument(
        "--format",
        choices=output.FORMATS,
        help="json: one document; jsonl: one line per story; text: a summary for people "
        "(default: text on a terminal, jsonl otherwise)",
    )
    options.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for stories that carry none",
    )
    options.add_argument(
        "--jsonl",
        action="store_true",
        default=None,
        help="read every input as JSON Lines (default: only files ending in .jsonl)",
    )
    options.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="JSONL field of the story text (default: text)",
    )
    options.add_argument(
        "--id-field", default="id", metavar="NAME", help="JSONL field of the story id (default: id)"
    )
    options.add_argument(
        "--published-field",
        default="published",
        metavar="NAME",
        help="JSONL field of the publication date (default: published)",
    )
    options.add_argument(
        "--max-bytes",
        type=_byte_size,
        default=reading.DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="skip stories larger than this (bytes, or with K, M, G; 0 for no limit; default: 64M)",
    )
    options.add_argument(
        "--encoding",
        default="auto",
        help="auto (default): BOM, else UTF-8, else Windows-1252 with a notice; "
        "any other codec is used strictly",
    )
    options.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress line on stderr (default: when stderr is a terminal)",
    )
    options.add_argument(
        "--debug", action="store_true", help="show a traceback for an internal error"
    )
    return options


def _iso_date(value: str) -> datetime.date:
    try:
        return reading.parse_iso_date(value)
    except InputError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds above 0")
    return number


def _byte_size(value: str) -> int:
    match = _SIZE.match(value)
    if match is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size such as 1048576 or 64M")
    return int(match[1]) * _SIZE_FACTORS[match[2].lower()]


def _names(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(name.strip() for value in values for name in value.split(",") if name.strip())


def _run_parse(args: argparse.Namespace) -> int:
    return _run_stories(args, command="parse")


def _run_extract(args: argparse.Namespace) -> int:
    args.only = _names(args.only) or None
    args.exclude = _names(args.exclude)
    known = _known_extractors()
    wanted = (*(args.only or ()), *args.exclude)
    unknown = [name for name in wanted if name not in known]
    if unknown:
        listing = ", ".join(sorted(known)) or "none are installed"
        _error(
            f"unknown extractor {', '.join(map(repr, dict.fromkeys(unknown)))} "
            f"(known: {listing}); see '{PROG} plugins'"
        )
        return EXIT_USAGE
    if args.resume and not args.output:
        _error("--resume needs --output FILE: the output of the run to go on with")
        return EXIT_USAGE
    if args.resume and args.format not in (None, "jsonl"):
        _error("--resume works on JSON Lines output only (--format jsonl)")
        return EXIT_USAGE
    return _run_batch(args)


def _run_batch(args: argparse.Namespace) -> int:
    """``extract``: the stories through :func:`newsfacts.batch.run`, written in input order."""
    done = output.DoneIds()
    if args.resume and os.path.exists(args.output):
        try:
            done, repaired = output.read_written_ids(args.output)
        except (OSError, output.ResumeError) as error:
            _error(f"{args.output}: cannot resume: {error}")
            return EXIT_USAGE
        _error(
            f"resuming: {len(done):,} stories already in {args.output}"
            + (" (its torn last line was removed)" if repaired else "")
        )
    try:
        stream: TextIO = (
            open(args.output, "a" if args.resume else "w", encoding="utf-8", newline="")  # noqa: SIM115
            if args.output
            else sys.stdout
        )
    except OSError as error:
        _error(f"{args.output}: {error.strerror or error}")
        return EXIT_INPUT
    try:
        return _write_batch(args, stream, done)
    finally:
        if stream is not sys.stdout:
            stream.close()


def _write_batch(args: argparse.Namespace, stream: TextIO, done: output.DoneIds) -> int:
    output_format = args.format or ("text" if _is_tty(stream) else "jsonl")
    writer = output.make_writer(output_format, stream, command="extract")
    show_progress = _want_progress(args.progress)
    progress = _Progress(
        sys.stderr,
        enabled=show_progress,
        total_bytes=reading.input_bytes(args.paths) if show_progress else None,
    )
    summary = _Summary(sys.stderr, enabled=_want_progress(args.summary))
    # What the reader knew about each story that the results do not carry: its size and
    # notes. Results come back in input order, so a queue pairs them up; it holds only the
    # stories in flight.
    read: collections.deque[tuple[int, tuple[str, ...]]] = collections.deque()
    stories = _remember(_skip_done(_read_stories(args), done, progress, summary), read)
    options = batch.BatchOptions(
        only=args.only,
        exclude=args.exclude,
        strict=args.strict,
        timeout=args.timeout,
        raise_errors=args.debug,
    )
    try:
        for result in batch.run(stories, options, jobs=args.jobs):
            size, notes = read.popleft()
            for note in notes:
                progress.message(f"{result.id}: {note}")
            if result.error is not None:
                reason = result.error
                if reason.startswith("internal error") and not args.debug:
                    reason += " (rerun with --debug)"
                progress.message(f"{result.id}: {reason}")
                if args.debug and result.traceback:
                    sys.stderr.write(result.traceback)
                writer.failure(result.id, reason)
            else:
                writer.story(
                    output.Result(
                        story_id=result.id, published=result.published, records=result.records
                    )
                )
            summary.count(result)
            progress.step(summary.failed, size)
    except newsfacts.PluginError as error:  # strict mode: a broken plugin stops the run
        progress.finish()
        progress.message(f"plugin error: {error}")
        writer.close()
        return EXIT_INPUT
    except newsfacts.NewsfactsError as error:  # the workers cannot run at all
        progress.finish()
        progress.message(str(error))
        writer.close()
        return EXIT_INPUT
    finally:
        progress.finish()
    writer.close()
    summary.write(args.output)
    if summary.failed:
        if summary.stories > 1:
            _error(f"{summary.failed} of {summary.stories} inputs failed")
        return EXIT_INPUT
    return EXIT_OK


def _read_stories(args: argparse.Namespace) -> Iterator[reading.Story | reading.Failure]:
    return reading.iter_stories(
        args.paths,
        max_bytes=args.max_bytes or None,
        published=args.published,
        encoding=args.encoding,
        jsonl=args.jsonl,
        text_field=args.text_field,
        id_field=args.id_field,
        published_field=args.published_field,
    )


def _skip_done(
    stories: Iterable[reading.Story | reading.Failure],
    done: output.DoneIds,
    progress: _Progress,
    summary: _Summary,
) -> Iterator[reading.Story | reading.Failure]:
    """Leave out the stories that an earlier run already wrote (``--resume``)."""
    for story in stories:
        if done and isinstance(story, reading.Story) and story.id in done:
            progress.skip(story.size)
            summary.skipped += 1
        else:
            yield story


def _remember(
    stories: Iterable[reading.Story | reading.Failure],
    read: collections.deque[tuple[int, tuple[str, ...]]],
) -> Iterator[reading.Story | reading.Failure]:
    for story in stories:
        read.append((story.size, story.notes if isinstance(story, reading.Story) else ()))
        yield story


def _known_extractors() -> set[str]:
    """The extractor names the plugins offer."""
    return {str(name) for plugin in _plugin_info() for name in plugin.get("extractors") or ()}


def _run_stories(args: argparse.Namespace, *, command: str) -> int:
    stdout = sys.stdout
    output_format = args.format or ("text" if _is_tty(stdout) else "jsonl")
    writer = output.make_writer(
        output_format, stdout, command=command, sentences=getattr(args, "sentences", False)
    )
    progress = _Progress(sys.stderr, enabled=_want_progress(args.progress))
    stories = _read_stories(args)
    total = failed = 0
    try:
        for story in stories:
            total += 1
            if isinstance(story, reading.Failure):
                failed += 1
                progress.message(f"{story.id}: {story.reason}")
                writer.failure(story.id, story.reason)
            else:
                for note in story.notes:
                    progress.message(f"{story.id}: {note}")
                reason = _process(story, args, command, writer)
                if reason is not None:
                    failed += 1
                    progress.message(f"{story.id}: {reason}")
                    writer.failure(story.id, reason)
            progress.step(failed)
    except PluginError as error:  # strict mode: a broken plugin stops the run
        progress.message(f"plugin error: {error}")
        writer.close()
        return EXIT_INPUT
    finally:
        progress.finish()
    writer.close()
    if failed:
        if total > 1:
            _error(f"{failed} of {total} inputs failed")
        return EXIT_INPUT
    return EXIT_OK


def _process(
    story: reading.Story, args: argparse.Namespace, command: str, writer: output.Writer
) -> str | None:
    """Parse (and extract from) one story and write it; return a reason if it failed."""
    try:
        article = newsfacts.parse(story.text, published=story.published)
        records: tuple[Any, ...] = ()
        if command == "extract":
            records = tuple(
                newsfacts.extract(article, only=args.only, exclude=args.exclude, strict=args.strict)
            )
        writer.story(
            output.Result(
                story_id=story.id, published=story.published, article=article, records=records
            )
        )
    except (PluginError, BrokenPipeError):
        raise  # the run stops: see _run_stories and main
    except NewsfactsError as error:
        return str(error)
    except Exception as error:  # a bug must not end a batch, nor print a traceback
        if args.debug:
            raise
        return f"internal error: {type(error).__name__}: {error} (rerun with --debug)"
    return None


def _run_plugins(args: argparse.Namespace) -> int:
    info = _plugin_info()
    if info is None:
        _error(
            "listing plugins is not available in this version (no newsfacts.plugins.plugin_info)"
        )
        return EXIT_INPUT
    output_format = args.format or ("text" if _is_tty(sys.stdout) else "json")
    if output_format == "json":
        sys.stdout.write(json.dumps(info, indent=2, ensure_ascii=False, default=str) + "\n")
        return EXIT_OK
    if not info:
        sys.stdout.write("no plugins installed\n")
    for plugin in info:
        distribution = plugin.get("distribution") or "-"
        version = plugin.get("version") or "-"
        extractors = ", ".join(map(str, plugin.get("extractors") or ())) or "-"
        sys.stdout.write(
            f"{plugin.get('name')}  ({distribution} {version})  {plugin.get('status', '')}\n"
            f"    extractors: {extractors}\n"
        )
    return EXIT_OK


def _plugin_info() -> list[dict[str, Any]]:
    """``newsfacts.plugin_info()`` as JSON-ready dicts."""
    return [
        {key: list(value) if isinstance(value, tuple) else value for key, value in row.items()}
        for row in (plugin.as_dict() for plugin in newsfacts.plugin_info())
    ]


def _run_evaluate(args: argparse.Namespace) -> int:
    from newsfacts import evaluation

    missing = [path for path in args.gold if not os.path.exists(path)]
    for path in missing:
        _error(f"{path}: no such file or directory")
    if missing:
        return EXIT_INPUT
    report = evaluation.evaluate(
        args.gold, only=_names(args.only) or None, exclude=_names(args.exclude)
    )
    for failure in report.failures:
        _error(failure)
    if args.format == "json":
        sys.stdout.write(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(report.table() + "\n")
        if args.show_errors is not None and report.errors:
            limit = args.show_errors or None
            sys.stdout.write("\n" + report.error_listing(limit) + "\n")
    return EXIT_INPUT if report.failures or not report.stories else EXIT_OK


class _Progress:
    """A ``\\r`` line on stderr: stories done, rate, failures. Shown after a handful only.

    With ``total_bytes`` (the size of the inputs), it also shows the share done and the time
    left, from the bytes of the stories done: the number of files for a folder of equal
    stories, the position in the file for JSON Lines.
    """

    _AFTER = 5  # stories before the line appears: short runs need none
    _INTERVAL = 0.1  # seconds between redraws

    def __init__(self, stream: TextIO, *, enabled: bool, total_bytes: int | None = None) -> None:
        self._stream = stream
        self._enabled = enabled
        self._count = 0
        self._started = time.monotonic()
        self._drawn_at = 0.0
        self._width = 0
        self._total = total_bytes or None
        self._done_bytes = 0
        self._skipped_bytes = 0  # stories a resumed run leaves out: no part of the rate

    def skip(self, size: int) -> None:
        """Count the bytes of a story that is left out (already done by an earlier run)."""
        self._skipped_bytes += size

    def step(self, failed: int, size: int = 0) -> None:
        """Count one story (of ``size`` input bytes); redraw now and then."""
        self._count += 1
        self._done_bytes += size
        now = time.monotonic()
        if not self._enabled or self._count <= self._AFTER:
            return
        if now - self._drawn_at < self._INTERVAL:
            return
        self._drawn_at = now
        elapsed = max(now - self._started, 1e-9)
        rate = self._count / elapsed
        line = f"{PROG}: {self._count:,} stories, {rate:,.1f}/s"
        if self._total and self._done_bytes:
            share = min(1.0, (self._done_bytes + self._skipped_bytes) / self._total)
            left = self._total - self._done_bytes - self._skipped_bytes
            eta = max(0.0, left * elapsed / self._done_bytes)
            line += f", {share:.0%}, ETA {_duration(eta)}"
        if failed:
            line += f", {failed:,} failed"
        self._stream.write("\r" + line.ljust(self._width))
        self._stream.flush()
        self._width = len(line)

    def message(self, text: str) -> None:
        """Print ``newsfacts: text`` on its own line, clearing the progress line first."""
        self._clear()
        _error(text)

    def finish(self) -> None:
        """Remove the progress line."""
        self._clear()

    def _clear(self) -> None:
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0


def _duration(seconds: float) -> str:
    """``0:07`` or ``1:02:03``.

    >>> _duration(7.4), _duration(3723)
    ('0:07', '1:02:03')
    """
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


class _Summary:
    """Counts of a run for its closing lines: stories, failures, facts per extractor, time."""

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        self._stream = stream
        self._enabled = enabled
        self._started = time.monotonic()
        self.stories = 0
        self.failed = 0
        self.skipped = 0
        self._facts: collections.Counter[str] = collections.Counter()

    def count(self, result: batch.StoryResult) -> None:
        """Count a story's result."""
        self.stories += 1
        if result.error is not None:
            self.failed += 1
        self._facts.update(str(getattr(r, "extractor", "?")) for r in result.records)

    def write(self, output_path: str | None) -> None:
        """Write the summary, if it is wanted."""
        if not self._enabled:
            return
        elapsed = time.monotonic() - self._started
        rate = self.stories / max(elapsed, 1e-9)
        line = f"{self.stories:,} stories in {_duration(elapsed)} ({rate:,.1f}/s)"
        line += f", {self.failed:,} failed"
        if self.skipped:
            line += f", {self.skipped:,} skipped (already in {output_path})"
        facts = ", ".join(f"{name} {count:,}" for name, count in sorted(self._facts.items()))
        _error(f"{line}\n{PROG}: facts: {facts or 'none'}")


def _want_progress(choice: bool | None) -> bool:
    return _is_tty(sys.stderr) if choice is None else choice


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    _error(f"warning: {message}")


def _silence_stdout() -> None:
    # Later writes (the interpreter's final flush) would raise again: point stdout at devnull.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
