"""The ``kcoop`` command: find the inputs, run the pipeline, format the output. Nothing else."""
from __future__ import annotations

import contextlib
import datetime as dt
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
        self.stderr.write(f"kcoop: {path}: {reason}\n")
        self.stderr.flush()


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


PATHS = typer.Argument(..., metavar="PATH", help="Files or folders to read; '-' reads standard input.", show_default=False)
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
        None, "--format", metavar="json|jsonl", help="json (pretty; the default for one file) or jsonl (one record a line; the default otherwise)."
    ),
    glob: list[str] = GLOB,
    layout: str | None = LAYOUT,
    reference_date: str | None = REFERENCE_DATE,
    max_bytes: int = MAX_BYTES,
    data_dir: str | None = DATA_DIR,
    errors: str = typer.Option("text", "--errors", metavar="text|json", help="text: failures on stderr only; json: also as error records in the output."),
    jobs: int = typer.Option(os.cpu_count() or 1, "--jobs", "-j", min=1, metavar="N", help="Worker processes."),
    output: str | None = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the records to this file instead of stdout."),
    out_dir: str | None = typer.Option(None, "--out-dir", metavar="DIR", help="Write one .json per input here, mirroring the input tree."),
    skip_existing: bool = typer.Option(False, "--skip-existing", help="With --out-dir: skip inputs whose output is newer."),
    timeout: float = typer.Option(30.0, "--timeout", min=0, metavar="SECONDS", help="Seconds one document may take before it fails (0: no limit)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary line."),
) -> None:
    """Extract one record per article: JSON for one file, JSON Lines for several."""
    _check_choice(output_format, ("json", "jsonl"), "--format")
    _check_choice(layout, LAYOUTS, "--layout")
    _check_choice(errors, ("text", "json"), "--errors")
    if skip_existing and not out_dir:
        raise typer.BadParameter("--skip-existing goes with --out-dir", param_hint="--skip-existing")
    env = Env.from_system()
    single = len(paths) == 1 and paths[0] != batch.STDIN and not os.path.isdir(paths[0])
    output_format = output_format or ("json" if single else "jsonl")
    options = batch.Options(
        layout=layout, reference_date=reference_date, max_bytes=max_bytes, data_dir=data_dir,
        indent=2 if output_format == "json" else None, out_dir=out_dir, skip_existing=skip_existing, timeout=timeout,
    )
    try:
        with open(output, "w", encoding="utf-8") if output else contextlib.nullcontext(env.stdout) as sink:
            status = _run_extract(env, paths, glob, options, jobs=1 if single else jobs, single=single,
                                  output_format=output_format, errors_as_json=errors == "json", quiet=quiet, sink=sink)
    except KeyboardInterrupt:
        env.stderr.write("kcoop: interrupted\n")
        status = ExitStatus.INTERRUPTED
    except BrokenPipeError:  # `kcoop extract dir | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        status = ExitStatus.OK
    except OSError as exc:  # the -o file cannot be written
        env.stderr.write(f"kcoop: {output}: {(exc.strerror or str(exc)).lower()}\n")
        status = ExitStatus.INPUT_FAILED
    raise typer.Exit(int(status))


def _run_extract(env: Env, paths, globs, options, *, jobs, single, output_format, errors_as_json, quiet, sink) -> ExitStatus:
    started = time.monotonic()
    counts = {"ok": 0, "failed": 0, "skipped": 0}
    as_array = output_format == "json" and not single and not options.out_dir
    colour = single and sink is env.stdout and env.stdout_isatty
    progress = None
    if env.stderr_isatty and not quiet and not single:
        progress = _ProgressBar(env, sum(1 for _ in batch.walk(paths, globs)))
    written = 0
    flushed_at = time.monotonic()

    def emit(text: str) -> None:
        nonlocal written, flushed_at
        if as_array:
            sink.write(("[\n" if not written else ",\n") + text)
        elif colour:
            from rich.console import Console
            from rich.json import JSON

            Console(file=sink).print(JSON(text))
        else:
            sink.write(text + "\n")
        written += 1
        if time.monotonic() - flushed_at > _FLUSH_EVERY:  # records stream out; a flush per record costs 10%
            sink.flush()
            flushed_at = time.monotonic()

    for outcome in batch.run(batch.walk(paths, globs), options, jobs):
        if outcome.skipped:
            counts["skipped"] += 1
        elif outcome.error is not None:
            counts["failed"] += 1
            env.fail(outcome.path, outcome.error)
            if errors_as_json and not options.out_dir:
                emit(batch.error_json(outcome.path, outcome.error))
        else:
            counts["ok"] += 1
            if not options.out_dir:
                emit(outcome.output)
        if progress is not None:
            progress.advance()
    if as_array:
        sink.write("[]\n" if not written else "\n]\n")
    sink.flush()
    if progress is not None:
        progress.stop()
    if not quiet and not single:
        env.stderr.write(batch.summary(counts["ok"], counts["failed"], counts["skipped"], time.monotonic() - started) + "\n")
    return ExitStatus.INPUT_FAILED if counts["failed"] else ExitStatus.OK


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

    env = Env.from_system()
    failed = False
    for item in batch.walk(paths, glob):
        try:
            detection = layouts.detect(decode(batch.read_input(item, max_bytes)).text)
        except InputError as exc:
            env.fail(item.path, str(exc))
            failed = True
            continue
        env.stdout.write(f"{item.path}\t{detection.layout}\t{detection.confidence:.2f}\n")
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
    env = Env.from_system()
    options = batch.Options(layout=layout, reference_date=reference_date, max_bytes=max_bytes, data_dir=data_dir)
    outcome = batch.process_with_alarm(next(iter(batch.walk([path]))), options)
    if outcome.error is not None:
        env.fail(outcome.path, outcome.error)
        raise typer.Exit(int(ExitStatus.INPUT_FAILED))
    render(json.loads(outcome.output), env.stdout, colour=env.stdout_isatty)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from .record import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    app(prog_name="kcoop")
