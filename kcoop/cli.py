"""The ``kcoop`` command: find the inputs, run the pipeline, format the output. Nothing else."""
from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import json
import os
import sys
import time
from dataclasses import dataclass
from enum import IntEnum
from typing import IO

import typer

from . import batch, datafiles
from .layouts import LAYOUTS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Clean, structured records from saved Korean news article dumps (Daum, Newsis, Nuri Ilbo, any page).",
)


_FLUSH_EVERY = 0.1  # seconds between flushes of the output stream


class ExitStatus(IntEnum):
    OK = 0
    INPUT_FAILED = 1  # some inputs could not become records; the rest were written
    USAGE = 2  # a wrong command line (Typer's own usage errors use it too)
    CANNOT_GO_ON = 3  # an internal error, or output that cannot be written
    INTERRUPTED = 130


@dataclass
class Env:
    """Where output goes and whether a person is watching; tests pass their own."""

    stdout: IO[str]
    stderr: IO[str]
    stdout_isatty: bool
    stderr_isatty: bool

    @classmethod
    def from_system(cls) -> Env:
        return cls(sys.stdout, sys.stderr, sys.stdout.isatty(), sys.stderr.isatty())

    def fail(self, path: str, reason: str) -> None:
        self.stderr.write(_failure_line(path, reason) + "\n")
        self.stderr.flush()


def _failure_line(path: str, reason: str) -> str:
    from .record import (
        escaped_path,  # a file name's control characters must not reach the terminal
    )

    return f"kcoop: {escaped_path(path)}: {reason}"


def _usable_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _print_version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"kcoop {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Options of kcoop itself (before a command)."""


def _check_choice(value: str | None, choices: tuple[str, ...], option: str) -> str | None:
    if value is not None and value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}", param_hint=option)
    return value


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2025-10-29", param_hint="--reference-date") from None


def _use_data_dir(value: str | None) -> str | None:
    """Put the user's data folder in force before anything reads the data."""
    try:
        datafiles.use_folder(value)
    except datafiles.DataFolderError as exc:
        raise typer.BadParameter(str(exc), param_hint=f"--data-dir (or {datafiles.ENV})") from None
    return value


PATHS = typer.Argument(..., metavar="PATH...", help="Files or folders to read; '-' reads standard input.", show_default=False)
LAYOUT = typer.Option(None, "--layout", metavar="LAYOUT", help=f"Force a parser instead of detecting one: {', '.join(LAYOUTS)}.")
GLOB = typer.Option(list(batch.DEFAULT_GLOBS), "--glob", metavar="PATTERN", help="File name patterns taken from folders (repeat for several).")
REFERENCE_DATE = typer.Option(None, "--reference-date", metavar="YYYY-MM-DD", callback=_check_date,
                              help="Resolve dates printed without a year, and relative times.")
MAX_BYTES = typer.Option(batch.Options._field_defaults["max_bytes"], "--max-bytes", min=1, metavar="N", help="Inputs larger than this fail.")
DATA_DIR = typer.Option(None, "--data-dir", envvar=datafiles.ENV, metavar="DIR", callback=_use_data_dir,
                        help="A folder of data files that add to the packaged ones (see the README).")


@app.command()
def extract(
    paths: list[str] = PATHS,
    output_format: str | None = typer.Option(
        None, "--format", metavar="json|jsonl|csv",
        help="json (pretty; the default for one file), jsonl (one record a line; the default otherwise) or csv (one row per article, UTF-8 with BOM).",
    ),
    glob: list[str] = GLOB,
    layout: str | None = LAYOUT,
    reference_date: str | None = REFERENCE_DATE,
    max_bytes: int = MAX_BYTES,
    data_dir: str | None = DATA_DIR,
    errors: str = typer.Option("text", "--errors", metavar="text|json", help="text: failures on stderr only; json: also as error records in the output."),
    jobs: int = typer.Option(_usable_cores(), "--jobs", "-j", min=1, metavar="N", help="Worker processes (at most this machine's cores)."),
    output: str | None = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the records to this file instead of stdout."),
    out_dir: str | None = typer.Option(None, "--out-dir", metavar="DIR", help="Write each input's record here as its name plus .json (a.txt.json), mirroring the input tree."),
    skip_existing: bool = typer.Option(False, "--skip-existing", help="With --out-dir: skip inputs whose output is newer."),
    timeout: float = typer.Option(30.0, "--timeout", min=0, metavar="SECONDS", help="Seconds one document may take before it fails (0: no limit)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary line."),
    db: str | None = typer.Option(None, "--db", metavar="FILE", help="Add the records to this SQLite corpus database; inputs already in it are not extracted again."),
    refresh: bool = typer.Option(False, "--refresh", help="With --db: extract again inputs already in the database."),
    dask: str | None = typer.Option(None, "--dask", metavar="local|tcp://HOST:PORT", help="Run on a Dask cluster: 'local' (--jobs worker processes on this machine) or a scheduler's address. Needs kcoop[dask]."),
) -> None:
    """Extract one record per article: JSON for one file, JSON Lines for several."""
    _check_choice(output_format, ("json", "jsonl", "csv"), "--format")
    _check_choice(layout, LAYOUTS, "--layout")
    _check_choice(errors, ("text", "json"), "--errors")
    if skip_existing and not out_dir:
        raise typer.BadParameter("--skip-existing goes with --out-dir", param_hint="--skip-existing")
    if refresh and not db:
        raise typer.BadParameter("--refresh goes with --db", param_hint="--refresh")
    if db and (output or out_dir or output_format):
        raise typer.BadParameter("the records go to the database: no --output, --out-dir or --format", param_hint="--db")
    if output_format == "csv" and out_dir:
        raise typer.BadParameter("--out-dir writes JSON files", param_hint="--format")
    if out_dir and output:
        raise typer.BadParameter("-o and --out-dir both say where the records go: give one", param_hint="--out-dir")
    if out_dir and batch.STDIN in paths:
        raise typer.BadParameter("standard input ('-') has no file name to write its record under", param_hint="--out-dir")
    if dask and importlib.util.find_spec("distributed") is None:
        raise typer.BadParameter("Dask is not installed: pip install 'kcoop[dask]'", param_hint="--dask")
    env = Env.from_system()
    if jobs > _usable_cores():  # more workers than cores only fight over them
        jobs = _usable_cores()
        if not quiet:
            env.stderr.write(f"kcoop: --jobs lowered to {jobs}, the cores this machine has\n")
    if out_dir:
        try:
            os.makedirs(out_dir, exist_ok=True)
        except OSError as exc:
            env.fail(out_dir, batch.os_reason(exc))
            raise typer.Exit(int(ExitStatus.CANNOT_GO_ON)) from None
    single = len(paths) == 1 and paths[0] != batch.STDIN and not os.path.isdir(paths[0])
    output_format = output_format or ("json" if single else "jsonl")
    options = batch.Options(
        layout=layout, reference_date=reference_date, max_bytes=max_bytes, data_dir=data_dir,
        indent=2 if output_format == "json" else None, out_dir=out_dir, error_records=errors == "json",
        skip_existing=skip_existing, timeout=timeout,
    )
    counts = {"ok": 0, "failed": 0, "skipped": 0}
    try:
        with (_corpus(env, db, options, refresh, quiet) as store,
              open(output, "w", encoding="utf-8") if output else contextlib.nullcontext(env.stdout) as sink):
            status = _run_extract(env, paths, glob, options, jobs=1 if single else jobs, single=single,
                                  output_format=output_format, errors_as_json=errors == "json", quiet=quiet, sink=sink,
                                  store=store, counts=counts, dask=dask)
    except KeyboardInterrupt:
        env.stderr.write(f"kcoop: interrupted: {sum(counts.values()):,} of {_count_inputs(paths, glob)} done\n")
        status = ExitStatus.INTERRUPTED
    except BrokenPipeError:  # `kcoop extract dir | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        status = ExitStatus.OK
    except OSError as exc:  # the -o file cannot be written
        env.fail(output or "standard output", batch.os_reason(exc))
        status = ExitStatus.CANNOT_GO_ON
    raise typer.Exit(int(status))


@contextlib.contextmanager
def _corpus(env: Env, db: str | None, options, refresh: bool, quiet: bool):
    """The corpus database of ``--db`` (sqlite-utils is imported only then), or None."""
    if db is None:
        yield None
        return
    Store, StoreError = _store_classes()
    try:
        with Store(db, options, refresh) as store:
            yield store
            store.commit()
            if not quiet:
                env.stderr.write(store.summary() + "\n")
    except StoreError as exc:
        env.stderr.write(f"kcoop: {db}: {exc}\n")
        raise typer.Exit(int(ExitStatus.INPUT_FAILED)) from None


def _store_classes():
    """kcoop.store's Store and StoreError, importing sqlite-utils without pandas and numpy:
    it imports them when installed (0.4 s of a run, as long as 40 articles take) only to
    convert their values in inserts, and kcoop writes none. This process never needs them
    in sqlite-utils; a later import of pandas itself is unaffected."""
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    sys.modules.update(dict.fromkeys(hidden))  # None in sys.modules: that import fails at once
    try:
        from .store import Store, StoreError
    finally:
        for name in hidden:
            del sys.modules[name]
    return Store, StoreError


def _count_inputs(paths, globs) -> str:
    try:
        return f"{sum(1 for _ in batch.walk(paths, globs)):,}"
    except KeyboardInterrupt:  # a second ^C: do not count
        return "?"


def _run_extract(env: Env, paths, globs, options, *, jobs, single, output_format, errors_as_json, quiet, sink,
                 counts: dict[str, int], store=None, dask: str | None = None) -> ExitStatus:
    started = time.monotonic()
    as_array = output_format == "json" and not single and not options.out_dir
    colour = single and sink is env.stdout and env.stdout_isatty
    progress = None
    if env.stderr_isatty and not quiet and not single:
        progress = _ProgressBar(env, sum(1 for _ in batch.walk(paths, globs)))
    fail = progress.fail if progress else env.fail
    written = 0
    flushed_at = time.monotonic()
    records_out = not options.out_dir and store is None  # the records go to the sink
    rows = None
    if output_format == "csv":
        from .tabular import ArticleRows

        rows = ArticleRows()
        sink.write(rows.header())

    def emit(text: str) -> None:
        nonlocal written, flushed_at
        if as_array:
            sink.write(("[\n" if not written else ",\n") + text)
        elif colour:
            from rich.console import Console
            from rich.json import JSON

            Console(file=sink).print(JSON(text))
        elif rows is not None:
            sink.write(rows.line(text))
        else:
            sink.write(text + "\n")
        written += 1
        if time.monotonic() - flushed_at > _FLUSH_EVERY:  # records stream out; a flush per record costs 10%
            sink.flush()
            flushed_at = time.monotonic()

    try:
        for outcome in _outcomes(env, dask, jobs, batch.walk(paths, globs), options, store):
            if store is not None:
                store.add(outcome)
            if outcome.skipped:
                counts["skipped"] += 1
            elif outcome.error is not None:
                counts["failed"] += 1
                fail(outcome.path, outcome.error)
                if errors_as_json and records_out:
                    emit(batch.error_json(outcome.path, outcome.error))
            else:
                counts["ok"] += 1
                if records_out:
                    emit(outcome.output)
            if progress is not None:
                progress.advance()
        if as_array:
            sink.write("[]\n" if not written else "\n]\n")
        sink.flush()
    finally:
        if progress is not None:  # its line is cleared before any later message
            progress.stop()
    if not quiet and not single:
        env.stderr.write(batch.summary(counts["ok"], counts["failed"], counts["skipped"], time.monotonic() - started) + "\n")
    return ExitStatus.INPUT_FAILED if counts["failed"] else ExitStatus.OK


def _outcomes(env: Env, dask: str | None, jobs: int, items, options, store):
    """batch.run with --jobs worker processes, or kcoop.distributed.run on the cluster of --dask;
    inputs the corpus database holds already are skipped."""
    skip = store.known if store else None
    if dask is None:
        yield from batch.run(items, options, jobs, skip=skip, parent_busy=store is not None)
        return
    from . import distributed

    try:
        with distributed.client(dask, jobs) as client:
            yield from distributed.run(client, items, options, skip=skip)
    except distributed.ClusterError as exc:
        env.fail(dask, str(exc))
        raise typer.Exit(int(ExitStatus.CANNOT_GO_ON)) from None


class _ProgressBar:
    """Files done, rate and ETA on stderr, for a person watching a batch."""

    def __init__(self, env: Env, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(), console=Console(file=env.stderr), transient=True,
        )
        self._task = self._progress.add_task("extract", total=total, rate="")
        self._started = time.monotonic()
        self._done = 0
        self._progress.start()

    def advance(self) -> None:
        self._done += 1
        rate = self._done / max(time.monotonic() - self._started, 1e-6)
        self._progress.update(self._task, advance=1, rate=f"{rate:,.0f} files/s")

    def fail(self, path: str, reason: str) -> None:
        """A failure line above the bar, never on it."""
        self._progress.console.print(_failure_line(path, reason), markup=False, highlight=False, soft_wrap=True)

    def stop(self) -> None:
        self._progress.stop()


@app.command()
def detect(
    paths: list[str] = PATHS,
    glob: list[str] = GLOB,
    max_bytes: int = MAX_BYTES,
    data_dir: str | None = DATA_DIR,
) -> None:
    """Print the layout and the confidence of each file, tab-separated."""
    from . import layouts
    from .decode import decode
    from .errors import InputError
    from .record import escaped_path

    env = Env.from_system()
    failed = False
    for item in batch.walk(paths, glob):
        try:
            detection = layouts.detect(decode(batch.read_input(item, max_bytes)).text)
        except InputError as exc:
            env.fail(item.path, str(exc))
            failed = True
            continue
        env.stdout.write(f"{escaped_path(item.path)}\t{detection.layout}\t{detection.confidence:.2f}\n")
    raise typer.Exit(int(ExitStatus.INPUT_FAILED if failed else ExitStatus.OK))


@app.command()
def show(
    path: str = typer.Argument(..., metavar="PATH", help="One article file ('-' for standard input).", show_default=False),
    layout: str | None = LAYOUT,
    reference_date: str | None = REFERENCE_DATE,
    max_bytes: int = MAX_BYTES,
    data_dir: str | None = DATA_DIR,
) -> None:
    """Render one article for reading: header, body, people, organisations, commitments."""
    from .render import render

    _check_choice(layout, LAYOUTS, "--layout")
    if os.path.isdir(path):
        raise typer.BadParameter(f"{path!r} is a folder: show reads one article (extract reads folders)", param_hint="PATH")
    env = Env.from_system()
    options = batch.Options(layout=layout, reference_date=reference_date, max_bytes=max_bytes, data_dir=data_dir)
    outcome = batch.process_with_alarm(next(iter(batch.walk([path]))), options)
    if outcome.error is not None:
        env.fail(outcome.path, outcome.error)
        raise typer.Exit(int(ExitStatus.INPUT_FAILED))
    render(json.loads(outcome.output), env.stdout, terminal=env.stdout_isatty)


@app.command()
def export(
    database: str = typer.Argument(..., metavar="DATABASE", help="A corpus database written by extract --db.", show_default=False),
    csv_dir: str = typer.Option(..., "--csv", metavar="DIR", help="Write one CSV per table here (UTF-8 with BOM)."),
) -> None:
    """Write the tables of a corpus database as CSV files, one per table."""
    from .tabular import ExportError, export_tables

    env = Env.from_system()
    try:
        written = export_tables(database, csv_dir)
    except ExportError as exc:
        env.stderr.write(f"kcoop: {exc}\n")
        raise typer.Exit(int(ExitStatus.INPUT_FAILED)) from None
    env.stderr.write(f"{len(written)} tables written to {csv_dir}\n")


SOURCES = typer.Argument(..., metavar="SOURCE...", show_default=False,
                         help="Corpus databases (extract --db), JSON Lines or JSON records, or files and folders of dumps.")
AS_OF = typer.Option(None, "--as-of", metavar="YYYY-MM-DD", help="The date statuses are computed at (default: today).")


def _timeline_of(sources: list[str], as_of: str | None, jobs: int) -> tuple[dict, ExitStatus]:
    """The timeline of what could be read (a line on standard error for each source that
    could not), and the exit status that says whether everything was."""
    from .timeline import build, read_sources

    try:
        as_of = dt.date.fromisoformat(as_of).isoformat() if as_of else dt.date.today().isoformat()
    except ValueError:
        raise typer.BadParameter(f"{as_of!r} is not a date like 2026-04-15", param_hint="--as-of") from None
    records, failures = read_sources(sources, min(jobs, _usable_cores()))
    for failure in failures:
        sys.stderr.write(f"kcoop: {failure}\n")
    return build(records, as_of), ExitStatus.INPUT_FAILED if failures else ExitStatus.OK


@app.command()
def timeline(
    sources: list[str] = SOURCES,
    as_of: str | None = AS_OF,
    output_format: str = typer.Option("text", "--format", metavar="text|json", help="text (a table per counterpart) or json (for jq)."),
    jobs: int = typer.Option(_usable_cores(), "--jobs", "-j", min=1, metavar="N", help="Worker processes extracting dumps."),
) -> None:
    """Commitments by counterpart and date, with their follow-ups and status."""
    from .timeline import render

    _check_choice(output_format, ("text", "json"), "--format")
    found, status = _timeline_of(sources, as_of, jobs)
    env = Env.from_system()
    if output_format == "json":
        env.stdout.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
    else:
        render(found, env.stdout, terminal=env.stdout_isatty)
    raise typer.Exit(int(status))


@app.command()
def report(
    sources: list[str] = SOURCES,
    output: str = typer.Option(..., "--output", "-o", metavar="FILE", help="The HTML file to write."),
    as_of: str | None = AS_OF,
    jobs: int = typer.Option(_usable_cores(), "--jobs", "-j", min=1, metavar="N", help="Worker processes extracting dumps."),
) -> None:
    """Write the timeline as one standalone HTML file (charts, filters, search; no network)."""
    from .report import write_report

    found, status = _timeline_of(sources, as_of, jobs)
    try:
        write_report(found, output)
    except OSError as exc:
        Env.from_system().fail(output, batch.os_reason(exc))
        raise typer.Exit(int(ExitStatus.CANNOT_GO_ON)) from None
    raise typer.Exit(int(status))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from .record import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    try:
        app(prog_name="kcoop")
    except Exception as exc:  # noqa: BLE001 - a bug: one line and its own exit status, not a traceback
        sys.stderr.write(f"kcoop: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(int(ExitStatus.CANNOT_GO_ON))
