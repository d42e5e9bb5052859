"""Extract from many stories at once, in worker processes: :func:`extract_many`.

The engine behind ``newsfacts extract`` over a folder or a JSONL corpus. What it promises:

- Results come back in input order, one per story, each a :class:`StoryResult`.
- Memory stays flat whatever the corpus size: stories are read lazily, in chunks, and at most
  ``4 * jobs`` chunks are in flight (sent, being worked on, or done but waiting for an earlier
  story), each of at most :data:`CHUNK_STORIES` stories or about :data:`CHUNK_CHARS` characters.
- One story never ends the run. A story that raises, or runs past ``timeout`` seconds, comes back
  with an ``error``. A worker process that dies (a plugin calling :func:`os._exit`, a crash in C
  code) is replaced, the story it was working on is reported as a failure, and the rest of its
  chunk is sent again. Only a :class:`~newsfacts.PluginError` (``strict=True``, or ``only`` naming
  an extractor that cannot run) stops the run, as it would stop :func:`newsfacts.extract`.

Each worker is a fresh interpreter (the ``spawn`` start method on every platform: no state is
shared by accident, and no thread of the caller is copied half-way). It builds its own plugin
host, from the installed entry points and the ``NEWSFACTS_*`` environment variables that the
caller had when the run started, or with ``host_factory`` when one is given (a picklable
callable: a module-level function or a :func:`functools.partial` of one). Records travel back
pickled: extractor records are frozen ``attrs`` classes at module level, which pickle.

Timeouts are enforced twice. In the worker, :func:`signal.setitimer` raises
:class:`StoryTimeout` in the story's code when its time is up, and the worker goes on with the
next story. That needs POSIX signals and Python code to interrupt; for a story stuck in C code,
or on Windows, where there is no ``SIGALRM``, the parent stops the worker itself once the story
has run 1.5 times its timeout plus a second, and starts a new one. With ``jobs=1`` everything
runs in the calling process: no worker to replace, so a plugin that exits the process ends the
run, and the timeout works only through ``SIGALRM`` in the main thread (elsewhere it is not
enforced).

>>> results = extract_many(["WASHINGTON (AP) - Talks resumed.", 3], jobs=1)
>>> next(results)
StoryResult(id='0', records=(), error=None, published=None)
>>> next(results)
Traceback (most recent call last):
TypeError: extract_many() takes story texts, Articles, (id, text[, published]) or mappings, not int
"""

from __future__ import annotations

import builtins
import collections
import datetime
import os
import pickle
import signal
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import attrs

import newsfacts
from newsfacts import extraction, plugins, reading
from newsfacts.article import Article
from newsfacts.errors import NewsfactsError, PluginError
from newsfacts.records import Fact

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

__all__ = [
    "CHUNK_CHARS",
    "CHUNK_STORIES",
    "BatchOptions",
    "StoryResult",
    "StoryTimeout",
    "default_jobs",
    "extract_many",
    "run",
]

#: Most stories sent to a worker at once.
CHUNK_STORIES = 16
#: A chunk closes once its stories hold this many characters: big stories travel alone.
CHUNK_CHARS = 1_000_000
#: Chunks in flight per worker; bounds memory and keeps every worker fed.
CHUNKS_PER_JOB = 4
# Workers that die before they are ready, in a row, before the run gives up: a plugin that
# kills the process at import would otherwise be restarted for ever.
_START_ATTEMPTS = 3
# The parent's own stop for a story that SIGALRM could not interrupt.
_HARD_FACTOR = 1.5
_HARD_GRACE = 1.0

_CAN_ALARM = hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")
_ENV_PREFIX = "NEWSFACTS_"


class StoryTimeout(BaseException):
    """Raised inside a story's code when its time is up.

    A :class:`BaseException`, so that an extractor's ``except Exception`` (and the plugin host's
    own guard, which turns an extractor's exception into a warning) does not swallow it.
    """


@attrs.frozen(kw_only=True)
class StoryResult:
    """What one story gave: its ``id``, its ``records`` (sorted by span), or an ``error``.

    ``error`` is ``None`` when the story went through, else one line saying why it did not
    (``records`` is then empty). ``published`` is the date the story was parsed with.
    ``warnings`` holds the plugin warnings met on this story, as (category, message) pairs;
    they are also issued again in the calling process (a
    :class:`~newsfacts.plugins.PluginWarning` for a plugin's). ``traceback`` is the traceback of
    an unexpected exception, for debugging.
    """

    id: str
    records: tuple[Fact, ...] = ()
    error: str | None = None
    published: datetime.date | None = None
    warnings: tuple[tuple[str, str], ...] = attrs.field(default=(), repr=False)
    traceback: str | None = attrs.field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        """True when the story went through (it may still have no records)."""
        return self.error is None


@attrs.frozen(kw_only=True)
class BatchOptions:
    """How each story is processed: the arguments of :func:`newsfacts.extract`, and more.

    ``raise_errors`` (``jobs=1`` only) lets an unexpected exception propagate instead of
    becoming the story's ``error``: the command line's ``--debug``.
    """

    only: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    strict: bool = False
    timeout: float | None = None
    host_factory: Callable[[], plugins.PluginHost] | None = None
    raise_errors: bool = False


# One story on its way to a worker: (sequence number, id, text, published).
_Task = tuple[int, str, str, "datetime.date | str | None"]


def default_jobs() -> int:
    """The number of CPUs this process may use (:func:`os.process_cpu_count` where it exists)."""
    counter: Callable[[], int | None] | None = getattr(os, "process_cpu_count", None)
    if counter is None and hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, (counter or os.cpu_count)() or 1)


def extract_many(
    items: Iterable[object],
    *,
    jobs: int | None = None,
    only: Iterable[str] | str | None = None,
    exclude: Iterable[str] | str = (),
    timeout: float | None = None,
    strict: bool = False,
    host_factory: Callable[[], plugins.PluginHost] | None = None,
) -> Iterator[StoryResult]:
    """Parse and extract every story of ``items`` in ``jobs`` processes; yield results in order.

    An item is the plain text of a story (its id is then its position, ``"0"``, ``"1"``, ...),
    an :class:`~newsfacts.Article`, an ``(id, text)`` or ``(id, text, published)`` tuple, or a
    mapping with ``"text"`` and optionally ``"id"`` and ``"published"`` (an ISO date string or
    a :class:`datetime.date`). ``items`` is read lazily, so it may be a generator over a corpus
    of any size.

    ``jobs`` defaults to the CPUs this process may use; ``jobs=1`` runs in this process, with no
    worker at all. ``only``, ``exclude`` and ``strict`` are those of :func:`newsfacts.extract`;
    ``timeout`` is the most seconds one story may take before it is given up with an error.
    ``host_factory`` builds the plugin host of each worker (default: the installed plugins, as
    :func:`newsfacts.plugins.get_host` builds them). See the module documentation for what
    happens to failures.

    Unknown extractor names raise :class:`ValueError` before any work starts.

    >>> stories = [("a1", "PARIS (Reuters) - Talks began."), {"id": "a2", "text": "Rain."}]
    >>> [(result.id, result.ok) for result in extract_many(stories, jobs=1)]
    [('a1', True), ('a2', True)]
    """
    options = BatchOptions(
        only=None if only is None else _names(only),
        exclude=_names(exclude),
        strict=strict,
        timeout=timeout,
        host_factory=host_factory,
    )
    return run(items, options, jobs=jobs)


def _names(value: Iterable[str] | str) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def run(
    items: Iterable[object], options: BatchOptions, *, jobs: int | None = None
) -> Iterator[StoryResult]:
    """:func:`extract_many` with its options in one :class:`BatchOptions`.

    Besides the item types of :func:`extract_many`, takes the :class:`~newsfacts.reading.Story`
    and :class:`~newsfacts.reading.Failure` items of :func:`newsfacts.reading.iter_stories`; a
    failure comes back as a result with its ``error``, in its place.
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if options.timeout is not None and options.timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {options.timeout}")
    _check_names(options)
    if jobs == 1:
        return _in_process(items, options)
    return _Pool(options, jobs).results(items)


def _check_names(options: BatchOptions) -> None:
    """Fail early, in the caller, on an extractor name no plugin provides."""
    if options.only is None and not options.exclude:
        return
    host = options.host_factory() if options.host_factory else plugins.get_host()
    extraction.select(host.extractors, options.only, options.exclude)


def _tasks(items: Iterable[object]) -> Iterator[_Task | StoryResult]:
    """Number the items and turn each into a task, or a result for an unreadable input."""
    for number, item in enumerate(items):
        if isinstance(item, reading.Failure):
            yield StoryResult(id=item.id, error=item.reason)
        else:
            yield (number, *_story_of(item, number))


def _story_of(item: object, number: int) -> tuple[str, str, datetime.date | str | None]:
    if isinstance(item, str):
        return str(number), item, None
    if isinstance(item, Article):
        return str(number), item.text, item.published
    if isinstance(item, reading.Story):
        return item.id, item.text, item.published
    if isinstance(item, tuple) and len(item) in (2, 3) and isinstance(item[1], str):
        published = item[2] if len(item) == 3 else None
        return str(item[0]), item[1], published
    if isinstance(item, Mapping) and isinstance(item.get("text"), str):
        story_id = item.get("id")
        return (
            str(number) if story_id is None else str(story_id),
            item["text"],
            item.get("published"),
        )
    raise TypeError(
        "extract_many() takes story texts, Articles, (id, text[, published]) or mappings, "
        f"not {type(item).__name__}"
    )


# --- one story ------------------------------------------------------------------------------


def _run_story(
    task: _Task, options: BatchOptions, host: plugins.PluginHost | None = None
) -> StoryResult:
    """Parse and extract one story; any failure but a :class:`PluginError` becomes its error."""
    _, story_id, text, published = task
    records: tuple[Fact, ...] = ()
    error = trace = None
    parsed_date = published if not isinstance(published, str) else None
    extra: dict[str, Any] = {} if host is None else {"host": host}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with _alarm(options.timeout):
                # Through the package, so that a test (or a caller) patching
                # ``newsfacts.parse`` or ``newsfacts.extract`` is heard with jobs=1.
                article = newsfacts.parse(text, published=published)
                parsed_date = article.published
                records = tuple(
                    newsfacts.extract(
                        article,
                        only=options.only,
                        exclude=options.exclude,
                        strict=options.strict,
                        **extra,
                    )
                )
        except StoryTimeout:
            records, error = (), f"timed out after {options.timeout:g} s"
        except PluginError:
            raise  # the run stops: a configuration error, or strict mode
        except NewsfactsError as failure:
            records, error = (), str(failure)
        except Exception as failure:
            if options.raise_errors:
                raise
            records = ()
            error = f"internal error: {type(failure).__name__}: {failure}"
            import traceback  # only on this path: importing it costs a millisecond

            trace = traceback.format_exc()
    return StoryResult(
        id=story_id,
        records=records,
        error=error,
        published=parsed_date,
        warnings=tuple((w.category.__name__, str(w.message)) for w in caught),
        traceback=trace,
    )


def _hard_limit(timeout: float) -> float:
    """How long the parent lets a story run before it stops the worker."""
    return timeout * _HARD_FACTOR + _HARD_GRACE


def _on_alarm(signum: int, frame: object) -> None:
    raise StoryTimeout


@contextmanager
def _alarm(seconds: float | None) -> Iterator[None]:
    """Raise :class:`StoryTimeout` in the block after ``seconds``, where signals allow it."""
    if not seconds or not _CAN_ALARM or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _reissue(result: StoryResult) -> None:
    """Warn in the caller's process about what a plugin did on this story."""
    for category_name, message in result.warnings:
        category = getattr(builtins, category_name, None)
        if category_name == plugins.PluginWarning.__name__:
            warnings.warn(plugins.PluginWarning(message), stacklevel=3)
        elif isinstance(category, type) and issubclass(category, Warning):
            warnings.warn(message, category, stacklevel=3)
        else:
            warnings.warn(message, UserWarning, stacklevel=3)


def _in_process(items: Iterable[object], options: BatchOptions) -> Iterator[StoryResult]:
    host = options.host_factory() if options.host_factory else None
    for task in _tasks(items):
        result = task if isinstance(task, StoryResult) else _run_story(task, options, host)
        _reissue(result)
        yield result


# --- worker processes -----------------------------------------------------------------------


def _worker_main(
    conn: Connection, progress: Any, options: BatchOptions, environ: dict[str, str]
) -> None:
    """A worker: build the plugin host, then run chunks until told to stop.

    ``progress`` is shared with the parent: the index in the chunk of the story under way and
    when it started, so that the parent knows which story a dead worker was working on.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for name in [name for name in os.environ if name.startswith(_ENV_PREFIX)]:
        del os.environ[name]
    os.environ.update(environ)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the parent has reported load problems already
            if options.host_factory is not None:
                plugins.set_host(options.host_factory())
            else:
                plugins.set_host(None)
                plugins.get_host()
    except BaseException as error:
        _send(conn, ("fatal", f"workers cannot build their plugin host: {error}"))
        return
    _send(conn, ("ready",))
    while True:
        try:
            chunk: list[_Task] | None = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        results = []
        for index, task in enumerate(chunk):
            progress[0], progress[1] = index, time.monotonic()
            try:
                results.append(_run_story(task, options))
            except PluginError as error:
                _send(conn, ("fatal", str(error)))
                return
        _send(conn, ("done", results))


def _send(conn: Connection, message: tuple[Any, ...]) -> None:
    try:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        data = pickle.dumps(_picklable(message), protocol=pickle.HIGHEST_PROTOCOL)
    try:
        conn.send_bytes(data)
    except OSError:  # the parent is gone (killed): nobody to tell, nothing to do
        os._exit(0)


def _picklable(message: tuple[Any, ...]) -> tuple[Any, ...]:
    """The message with each result that cannot be pickled turned into an error."""
    kind, results = message
    checked = []
    for result in results:
        try:
            pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:
            result = StoryResult(
                id=result.id,
                error=f"records cannot be sent back from the worker (they must pickle): {error}",
            )
        checked.append(result)
    return (kind, checked)


@attrs.define
class _Worker:
    process: Any  # multiprocessing.context.SpawnProcess
    conn: Connection
    progress: Any  # shared array: [index in chunk, start time]
    chunk: list[_Task] | None = None
    ready: bool = False


class _Pool:
    """Worker processes fed chunks in order, replaced when they die."""

    def __init__(self, options: BatchOptions, jobs: int) -> None:
        self._options = options
        self._jobs = jobs
        # Imported here, not at module level: ``import newsfacts`` need not pay for it.
        import multiprocessing

        self._context = multiprocessing.get_context("spawn")
        self._environ = {k: v for k, v in os.environ.items() if k.startswith(_ENV_PREFIX)}
        self._workers: list[_Worker] = []
        self._retry: collections.deque[list[_Task]] = collections.deque()
        self._done: dict[int, StoryResult] = {}
        self._failed_starts = 0
        self._tasks: Iterator[_Task | StoryResult] = iter(())
        self._next_in = self._next_out = 0  # sequence numbers: next to read, next to yield
        self._exhausted = False
        # The last sequence number of every chunk read and not yet yielded entirely.
        self._in_flight: collections.deque[int] = collections.deque()

    def results(self, items: Iterable[object]) -> Iterator[StoryResult]:
        """Yield a result per item, in order (a generator: workers start on the first ``next``)."""
        self._tasks = _tasks(items)
        try:
            self._workers = [self._start() for _ in range(self._jobs)]
            while True:
                # Feed the workers before handing a result over: the caller's work on it
                # (writing JSON, say) then overlaps theirs instead of leaving them idle.
                self._feed()
                if self._next_out in self._done:
                    result = self._done.pop(self._next_out)
                    self._next_out += 1
                    while self._in_flight and self._in_flight[0] < self._next_out:
                        self._in_flight.popleft()
                    _reissue(result)
                    yield result
                    self._wait(block=False)
                    continue
                if self._exhausted and not self._retry and not any(w.chunk for w in self._workers):
                    if self._next_out != self._next_in:  # a lost story is a bug: never silence
                        raise RuntimeError(f"newsfacts batch lost story {self._next_out}")
                    return
                self._wait(block=True)
        finally:
            self._stop()

    def _feed(self) -> None:
        """Give a chunk to every idle worker: one to retry, else the next one read."""
        for worker in self._workers:
            if worker.chunk is not None:
                continue
            chunk: list[_Task] = []
            if self._retry:
                chunk = self._retry.popleft()
            elif not self._exhausted and len(self._in_flight) < CHUNKS_PER_JOB * self._jobs:
                first = self._next_in
                chunk = self._read_chunk()
                if self._next_in > first:
                    self._in_flight.append(self._next_in - 1)
            if chunk:
                self._assign(worker, chunk)

    def _read_chunk(self) -> list[_Task]:
        chunk: list[_Task] = []
        chars = 0
        for task in self._tasks:
            if isinstance(task, StoryResult):
                self._done[self._next_in] = task
            else:
                chunk.append(task)
                chars += len(task[2])
            self._next_in += 1
            if len(chunk) >= CHUNK_STORIES or chars >= CHUNK_CHARS:
                return chunk
        self._exhausted = True
        return chunk

    def _start(self) -> _Worker:
        receiving, sending = self._context.Pipe(duplex=True)
        progress = self._context.RawArray("d", 2)
        process = self._context.Process(
            target=_worker_main,
            args=(sending, progress, self._options, self._environ),
            name="newsfacts-worker",
            daemon=True,
        )
        process.start()
        sending.close()  # so that the worker's death reads as end of file here
        return _Worker(process=process, conn=receiving, progress=progress)

    def _assign(self, worker: _Worker, chunk: list[_Task]) -> None:
        worker.chunk = chunk
        # Reset here, not in the worker: a worker that dies before its first story must not
        # be taken to have died on the story its previous chunk ended with.
        worker.progress[0], worker.progress[1] = 0, time.monotonic()
        worker.conn.send(chunk)

    def _wait(self, *, block: bool) -> None:
        """Take in what the workers sent, waiting for something when ``block`` is true."""
        from multiprocessing.connection import wait

        deadline = self._deadline() if block else time.monotonic()
        objects: list[Any] = [w.conn for w in self._workers]
        objects += [w.process.sentinel for w in self._workers]
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready = set(wait(objects, timeout))
        for worker in list(self._workers):
            if worker.conn in ready or worker.process.sentinel in ready:
                self._receive(worker)
        self._stop_overdue()

    def _deadline(self) -> float | None:
        timeout = self._options.timeout
        busy = [w for w in self._workers if w.ready and w.chunk]
        if timeout is None or not busy:
            return None
        return float(min(w.progress[1] for w in busy)) + _hard_limit(timeout)

    def _receive(self, worker: _Worker) -> None:
        try:
            while worker.conn.poll():
                self._handle(worker, pickle.loads(worker.conn.recv_bytes()))
            if worker.process.is_alive():
                return
        except (EOFError, OSError):
            pass  # the pipe closed: the worker is gone, or going
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        self._replace(worker, f"worker process died ({how}) while on this story", how)

    def _handle(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "ready":
            worker.ready = True
            worker.progress[1] = time.monotonic()
            self._failed_starts = 0
        elif kind == "done":
            assert worker.chunk is not None
            for task, result in zip(worker.chunk, message[1], strict=True):
                self._done[task[0]] = result
            worker.chunk = None
        else:  # "fatal": strict mode or a configuration error, as extract() would raise
            raise PluginError(message[1])

    def _stop_overdue(self) -> None:
        timeout = self._options.timeout
        if timeout is None:
            return
        now = time.monotonic()
        for worker in list(self._workers):
            started = worker.progress[1]
            if worker.ready and worker.chunk and now - started > _hard_limit(timeout):
                worker.process.kill()
                worker.process.join()
                self._replace(worker, f"timed out after {timeout:g} s (worker stopped)", "")

    def _replace(self, worker: _Worker, reason: str, how: str) -> None:
        """Report the story the dead worker was on, send the rest of its chunk again."""
        worker.conn.close()
        if not worker.ready:  # not the fault of a story: send the whole chunk again
            self._failed_starts += 1
            if self._failed_starts >= _START_ATTEMPTS:
                raise NewsfactsError(f"newsfacts worker processes die while starting ({how})")
            if worker.chunk:
                self._retry.appendleft(worker.chunk)
        elif worker.chunk:
            index = int(worker.progress[0])
            lost = worker.chunk[index]
            self._done[lost[0]] = StoryResult(id=lost[1], error=reason)
            # Results travel a chunk at a time: the stories before the lost one are done
            # again, the lost one is not.
            rest = worker.chunk[:index] + worker.chunk[index + 1 :]
            if rest:
                self._retry.appendleft(rest)
        position = self._workers.index(worker)
        self._workers[position] = self._start()

    def _stop(self) -> None:
        for worker in self._workers:
            try:
                if worker.chunk is None and worker.process.is_alive():
                    worker.conn.send(None)
            except OSError:
                pass
        for worker in self._workers:
            if worker.chunk is None:
                worker.process.join(timeout=2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers = []
