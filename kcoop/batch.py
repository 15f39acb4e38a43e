"""Batch runs: find the inputs, run the pipeline on each in worker processes, hand back
finished output in input order.

Inputs come from a sorted walk (each directory's entries sorted as it is read), so no
global list of paths is held. Workers read and extract the files themselves and return
finished JSON; the parent only orders and writes. A document that runs past the time
limit has its worker killed and becomes a failure; workers are replaced after a number
of documents so that a slow leak cannot grow without bound.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import json
import os
import signal
import stat
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .errors import InputError

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

# Dumps and saved pages of every usual kind: text, markdown, pages as browsers and servers name
# them, and single-file web archives (.mhtml/.mht, decoded in kcoop.decode)
DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.md", "*.shtml", "*.xhtml", "*.php", "*.jsp", "*.asp", "*.aspx",
                 "*.mhtml", "*.mht")
STDIN = "-"


class Input(NamedTuple):
    """One thing to extract: ``path`` as the user will see it, ``root`` the folder it was found under."""

    path: str
    root: str | None = None
    problem: str | None = None  # set when the input is known bad before reading it
    label: str = ""  # its command-line path's place under --out-dir (see walk)


class Options(NamedTuple):
    layout: str | None = None
    reference_date: str | None = None  # ISO date
    max_bytes: int = 10_000_000
    indent: int | None = None  # None: one JSON line per record
    out_dir: str | None = None
    error_records: bool = False  # with out_dir: a failed input's error record is its file
    skip_existing: bool = False
    timeout: float = 30.0
    data_dir: str | None = None  # the user's data folder, put in force in worker processes too


class Outcome(NamedTuple):
    path: str
    output: str | None = None  # finished JSON text (or the out-dir file written)
    error: str | None = None
    skipped: bool = False


# ---------------------------------------------------------------- finding inputs

def walk(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[Input]:
    """Inputs in command-line order; folders walked recursively in sorted order.

    Each command-line path gets a ``label``, unique among them, that places its records
    under --out-dir: a file's own name (``a.txt`` -> ``a.txt.json``), a folder's name when
    several paths are given (each tree under a folder of its own), none for a lone folder.
    """
    patterns = tuple(globs)
    paths = list(paths)
    taken: set[str] = set()
    for path in paths:
        is_dir = os.path.isdir(path)
        label = "" if is_dir and len(paths) == 1 else _unique_label(path, is_dir, taken)
        if path == STDIN:
            yield Input(STDIN)
        elif is_dir:
            yield from _walk_dir(path, path, patterns, set(), label)
        elif os.path.lexists(path) and not os.path.exists(path):
            yield Input(path, problem="broken symbolic link", label=label)
        elif not os.path.exists(path):
            yield Input(path, problem="no such file or directory", label=label)
        else:
            yield Input(path, label=label)


def _unique_label(path: str, is_dir: bool, taken: set[str]) -> str:
    """The path's base name, numbered (``a.txt-2``) when an earlier path took the entry it names."""
    name = os.path.basename(os.path.abspath(path)) or "root"
    label, number = name, 1
    while (entry := label if is_dir else label + ".json") in taken:
        number += 1
        label = f"{name}-{number}"
    taken.add(entry)
    return label


def _walk_dir(directory: str, root: str, patterns: tuple[str, ...], seen: set[tuple[int, int]],
              label: str) -> Iterator[Input]:
    try:
        info = os.stat(directory)
    except OSError as exc:
        yield Input(directory, root, problem=os_reason(exc), label=label)
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:  # a symbolic link loop
        return
    seen = seen | {key}
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        yield Input(directory, root, problem=os_reason(exc), label=label)
        return
    for entry in entries:
        path = os.path.join(directory, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk_dir(path, root, patterns, seen, label)
        elif any(fnmatch.fnmatch(entry.name, pattern) for pattern in patterns):
            dangling = entry.is_symlink() and not os.path.exists(path)
            yield Input(path, root, problem="broken symbolic link" if dangling else None, label=label)


def os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc) or type(exc).__name__).lower()


# ---------------------------------------------------------------- one document

def read_input(item: Input, max_bytes: int) -> bytes:
    if item.problem:
        raise InputError(item.problem)
    if item.path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            # Non-blocking: opening a FIFO for reading would wait for a writer forever.
            with open(item.path, "rb", opener=_open_nonblocking) as handle:
                info = os.fstat(handle.fileno())
                if not stat.S_ISREG(info.st_mode):
                    raise InputError(f"not a regular file ({_file_kind(info.st_mode)})")
                if info.st_size > max_bytes:
                    raise InputError(f"too large: {info.st_size:,} bytes (limit {max_bytes:,}; see --max-bytes)")
                data = handle.read(max_bytes + 1)
        except FileNotFoundError as exc:
            raise InputError("broken symbolic link" if os.path.lexists(item.path) else os_reason(exc)) from exc
        except OSError as exc:
            raise InputError(os_reason(exc)) from exc
    if len(data) > max_bytes:
        raise InputError(f"too large: over {max_bytes:,} bytes (see --max-bytes)")
    return data


def _open_nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | os.O_NONBLOCK)


def _file_kind(mode: int) -> str:
    kinds = {stat.S_ISDIR: "a directory", stat.S_ISFIFO: "a named pipe", stat.S_ISSOCK: "a socket",
             stat.S_ISCHR: "a character device", stat.S_ISBLK: "a block device"}
    return next((kind for test, kind in kinds.items() if test(mode)), "not a file")


def out_path(item: Input, out_dir: str) -> Path:
    """Where ``--out-dir`` puts an input's record: the input's full name and ``.json``
    (``a.txt.json``: ``a.txt`` and ``a.md`` never share a file), in its tree mirrored."""
    if item.root is None:
        return Path(out_dir, item.label + ".json")
    return Path(out_dir, item.label, os.path.relpath(item.path, item.root) + ".json")


def process(item: Input, options: Options, read: Callable[[Input, int], bytes] = read_input) -> Outcome:
    """Read (with ``read``: kcoop.distributed reads URLs) and extract one input; every failure
    becomes an Outcome, never an exception."""
    # imported here so that a worker pays for it once, lazily
    from .pipeline import extract

    try:
        if options.out_dir and options.skip_existing and _up_to_date(item, options.out_dir):
            _temporary(out_path(item, options.out_dir)).unlink(missing_ok=True)  # a killed run's
            return Outcome(item.path, skipped=True)
        data = read(item, options.max_bytes)
        reference = dt.date.fromisoformat(options.reference_date) if options.reference_date else None
        record = extract(data, path=item.path, layout=options.layout, reference_date=reference,
                         max_bytes=options.max_bytes)
        text = record.to_json(indent=options.indent)
        if not options.out_dir:
            return Outcome(item.path, output=text)
        target = out_path(item, options.out_dir)
        try:
            return Outcome(item.path, output=str(_write_atomically(target, text + "\n")))
        except OSError as exc:  # a full disk, a name too long: this input's record is lost, not the run
            return failure(item, f"cannot write {target}: {os_reason(exc)}", options)
    except InputError as exc:
        return failure(item, str(exc), options)
    except RecursionError:
        return failure(item, "document too deeply nested", options)
    except Exception as exc:  # noqa: BLE001 - one bad document must never stop a batch
        return failure(item, f"internal error: {type(exc).__name__}: {exc}", options)


def failure(item: Input, reason: str, options: Options) -> Outcome:
    """A failed input's Outcome; with ``error_records`` its error record is written as its file,
    dated 1970 so that ``--skip-existing`` tries the input again."""
    if not (options.out_dir and options.error_records):
        return Outcome(item.path, error=reason)
    try:
        target = _write_atomically(out_path(item, options.out_dir), error_json(item.path, reason) + "\n")
        os.utime(target, (0, 0))
    except OSError as exc:
        return Outcome(item.path, error=f"{reason} (its error record cannot be written: {os_reason(exc)})")
    return Outcome(item.path, output=str(target), error=reason)


def _up_to_date(item: Input, out_dir: str) -> bool:
    if item.path == STDIN:
        return False
    target = out_path(item, out_dir)
    try:
        return target.stat().st_mtime >= os.stat(item.path).st_mtime
    except OSError:
        return False


def _write_atomically(target: Path, text: str) -> Path:
    """Write beside the target, then rename: a killed run leaves the file whole or absent."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary(target)
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    finally:
        if temporary.exists():
            temporary.unlink()
    return target


def _temporary(target: Path) -> Path:
    """The hidden file a record is written to before its rename. One name per target (each
    input has a target of its own), so a later run finds what a killed one left."""
    return target.with_name(f".{target.name}.tmp")


class _Overtime(BaseException):
    """The time limit's alarm. Not an OSError (as TimeoutError is), so no handler for
    read errors takes it; not an Exception, so process() does not report it as a bug."""


def process_with_alarm(item: Input, options: Options) -> Outcome:
    """In-process run with the per-document time limit (SIGALRM, main thread only)."""
    if not options.timeout or not hasattr(signal, "setitimer"):
        return process(item, options)
    armed = True

    def on_alarm(signum, frame):
        if armed:  # an alarm landing after the document finished must not escape from here
            raise _Overtime

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, options.timeout)
        try:
            return process(item, options)
        finally:
            armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Overtime:
        return failure(item, f"timed out after {options.timeout:g} s", options)
    finally:
        signal.signal(signal.SIGALRM, previous)


# ---------------------------------------------------------------- many documents

def run(items: Iterable[Input], options: Options, jobs: int, recycle_after: int = 1000,
        skip: Callable[[Input], bool] | None = None, parent_busy: bool = False) -> Iterator[Outcome]:
    """Outcomes in input order: in this process with one job, else in ``jobs`` worker processes;
    one worker process too when the caller keeps this process busy with work of its own
    (``parent_busy``: the --db writer), so that the two run side by side.
    Inputs for which ``skip`` (asked in this process, before extraction) is true come out skipped."""
    if jobs <= 1 and not parent_busy:
        for item in items:
            yield Outcome(item.path, skipped=True) if skip and skip(item) else process_with_alarm(item, options)
        return
    yield from _Pool(options, jobs, recycle_after, skip=skip).run(items)


def _serve(connection, options: Options, inherited: list) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a run stops
    for other in inherited:  # see _Pool._spawn
        other.close()
    if options.data_dir is not None:  # a spawned worker starts without the parent's setting
        from .datafiles import use_folder

        use_folder(options.data_dir)
    while True:
        try:
            chunk = connection.recv()
        except EOFError:  # the parent is gone
            return
        if chunk is None:
            return
        try:
            connection.send([(index, process_with_alarm(item, options)) for index, item in chunk])
        except BrokenPipeError:  # the parent is gone
            return


@dataclass
class _Worker:
    process: BaseProcess
    connection: object
    chunks: deque[list[tuple[int, Input]]] = field(default_factory=deque)  # sent, not yet answered
    started: float = 0.0  # when the first of ``chunks`` began
    done: int = 0


@dataclass
class _Pool:
    """Worker processes fed a few documents at a time (fewer round trips to the parent),
    each holding a second chunk in its pipe so that it never waits for the parent. A worker
    due for recycling gets no more chunks and a fresh worker starts beside it at once.

    Each worker applies the per-document time limit itself (an alarm); the parent kills a
    worker only when a chunk overruns all its documents' limits together (a hang the alarm
    cannot interrupt), reports each document of that chunk as timed out and hands the
    chunks queued behind it to the next worker.
    """

    options: Options
    jobs: int
    recycle_after: int
    skip: Callable[[Input], bool] | None = None
    chunk_size: int = 8
    in_flight: int = 2  # chunks sent to a worker before its first answer
    workers: list[_Worker] = field(default_factory=list)
    taken: int = 0  # inputs read from the walk so far
    taken_all: bool = False  # the walk has no more inputs
    retry: deque[tuple[int, Input]] = field(default_factory=deque)  # queued on a worker that was killed

    def __post_init__(self) -> None:
        import multiprocessing  # only batches with worker processes pay for it

        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")

    def _start(self) -> None:
        """The workers, started when the first document needs one: a batch whose inputs are all
        skipped (a second --db run) or known bad starts none."""
        if self.context.get_start_method() == "fork":
            from .pipeline import warm_up

            warm_up()  # forked workers (and their replacements) inherit the built caches
        for _ in range(self.jobs):  # one by one: each new worker sees the pipes of those before it
            self.workers.append(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe()
        # A forked worker holds copies of the parent's end of every pipe, its own included. It
        # closes them, so that the parent's death (even by SIGKILL) is an end of file to it
        # instead of a wait for good.
        inherited = [parent, *(w.connection for w in self.workers)] if self.context.get_start_method() == "fork" else []
        process = self.context.Process(target=_serve, args=(child, self.options, inherited), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def _retire(self, worker: _Worker, kill: bool = False) -> None:
        """Stop a worker: politely (it finishes its documents first), or at once."""
        if not kill:
            try:
                worker.connection.send(None)
            except OSError:
                kill = True
            worker.process.join(timeout=self._deadline(worker) or None)
        if kill or worker.process.is_alive():
            worker.process.kill()
            worker.process.join(timeout=5)
            self._remove_partial_output(worker)
        worker.connection.close()

    def _deadline(self, worker: _Worker) -> float:
        """Seconds a worker may spend on its first chunk before the parent steps in (0: no limit)."""
        size = len(worker.chunks[0]) if worker.chunks else 1
        return self.options.timeout * size + 2 if self.options.timeout else 0

    def _remove_partial_output(self, worker: _Worker) -> None:
        """A worker killed mid-write leaves its temporary file; the final name never sees it."""
        if not self.options.out_dir:
            return
        for chunk in worker.chunks:
            for _, item in chunk:
                _temporary(out_path(item, self.options.out_dir)).unlink(missing_ok=True)

    def run(self, items: Iterable[Input]) -> Iterator[Outcome]:
        from multiprocessing.connection import wait

        source = enumerate(items)
        window = self.jobs * self.in_flight * self.chunk_size * 4  # outcomes held back at most behind a slow one
        finished: dict[int, Outcome] = {}
        self.taken = next_out = 0
        self.workers = []
        completed = False
        try:
            while True:
                if not self.workers and not self.taken_all:
                    first = self._take(source, finished, window - (self.taken - next_out))
                    if first:
                        self._start()
                        self._send(self.workers[0], first)
                for worker in self.workers:
                    self._feed(worker, source, finished, window - (self.taken - next_out))
                while next_out in finished:
                    yield finished.pop(next_out)
                    next_out += 1
                busy = [w for w in self.workers if w.chunks]
                if not busy:
                    if self.taken_all and not self.retry:
                        completed = True
                        return
                    continue
                ready = wait([w.connection for w in busy], timeout=0.2)
                for worker in busy:
                    if worker.connection in ready or worker.connection.poll():
                        self._collect(worker, finished)
                    elif self.options.timeout and time.monotonic() - worker.started > self._deadline(worker):
                        self._kill(worker, finished, f"timed out after {self.options.timeout:g} s")
        finally:
            for worker in self.workers:  # a run cut short (^C, a closed pipe) does not wait for them
                self._retire(worker, kill=not completed)

    def _feed(self, worker: _Worker, source, finished: dict[int, Outcome], room: int) -> None:
        """Send chunks until the worker holds ``in_flight`` of them (none to one that is retiring)."""
        while len(worker.chunks) < self.in_flight and not self._retiring(worker) and (room > 0 or self.retry):
            chunk = self._take(source, finished, room)
            if not chunk:
                return
            self._send(worker, chunk)
            room -= len(chunk)

    def _send(self, worker: _Worker, chunk: list[tuple[int, Input]]) -> None:
        if not worker.chunks:
            worker.started = time.monotonic()
        worker.chunks.append(chunk)
        worker.connection.send(chunk)

    def _take(self, source, finished: dict[int, Outcome], room: int) -> list[tuple[int, Input]]:
        """The next chunk for a worker; inputs already known bad (or stdin) are done here."""
        chunk: list[tuple[int, Input]] = []
        size = min(self.chunk_size, max(room, 1))
        while self.retry and len(chunk) < size:
            chunk.append(self.retry.popleft())
        while len(chunk) < size and not self.taken_all:
            try:
                index, item = next(source)
            except StopIteration:
                self.taken_all = True
                break
            self.taken = index + 1
            if item.problem or item.path == STDIN:  # stdin belongs to the parent
                finished[index] = process(item, self.options)
            elif self.skip and self.skip(item):
                finished[index] = Outcome(item.path, skipped=True)
            else:
                chunk.append((index, item))
        return chunk

    def _collect(self, worker: _Worker, finished: dict[int, Outcome]) -> None:
        try:
            results = worker.connection.recv()
        except (EOFError, OSError):
            self._kill(worker, finished, "worker process died")
            return
        finished.update(results)
        was_retiring = self._retiring(worker)
        worker.done += len(worker.chunks.popleft())
        worker.started = time.monotonic()  # the next chunk, already in its pipe, begins now
        if self._retiring(worker) and not was_retiring:  # due now: its successor starts at once
            self.workers.append(self._spawn())
        if self._retiring(worker) and not worker.chunks:
            self._retire(worker)
            self.workers.remove(worker)

    def _retiring(self, worker: _Worker) -> bool:
        """Done enough: it takes no more chunks and leaves when its queue is empty."""
        return worker.done >= self.recycle_after

    def _kill(self, worker: _Worker, finished: dict[int, Outcome], reason: str) -> None:
        """Stop a worker at once: the documents of the chunk it was on fail with ``reason``,
        the chunks queued behind it go to the next worker, and a fresh one takes its place."""
        self._retire(worker, kill=True)
        for index, item in worker.chunks.popleft():
            finished[index] = failure(item, reason, self.options)
        for chunk in worker.chunks:
            self.retry.extend(chunk)
        self.workers.remove(worker)
        if not self._retiring(worker):  # a retiring worker's successor is already running
            self.workers.append(self._spawn())


def summary(ok: int, failed: int, skipped: int, seconds: float) -> str:
    parts = [f"{ok:,} ok", f"{failed:,} failed"]
    if skipped:
        parts.append(f"{skipped:,} skipped")
    return f"{', '.join(parts)} in {seconds:.1f} s"


def error_json(path: str, reason: str) -> str:
    from .record import error_record

    return json.dumps(error_record(path, reason), ensure_ascii=False)
