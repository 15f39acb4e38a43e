"""kcoop on a Dask cluster (``pip install 'kcoop[dask]'``): the records of ``kcoop extract``
as a ``dask.bag``, JSON Lines shards and Parquet tables from it, and the ordered stream of
outcomes behind ``kcoop extract --dask``.

Inputs are local paths, local glob patterns or any fsspec URL (``s3://``, ``gs://`` … with
that filesystem installed), read by the workers: a path must name the same file on them
as on the client (a shared mount) and relative paths are taken from their working folder.

Workers load the analyzer and the data files once a process, when they start (``WarmUp``).
Tasks run in a worker's threads, where the per-document alarm of ``--jobs`` cannot be
set, so ``timeout`` limits a partition instead (see ``extract_partition``).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fnmatch
import glob as globbing
import json
import logging
import posixpath
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from distributed.diagnostics.plugin import WorkerPlugin

from . import batch
from .batch import DEFAULT_GLOBS, Input, Options, Outcome
from .errors import InputError
from .pipeline import DEFAULT_MAX_BYTES

PARTITION_SIZE = 16  # documents a task: ~0.1-0.3 s of work, against a few ms of scheduling each
LOCAL = "local"  # the scheduler address that means: start a cluster on this machine


class ClusterError(Exception):
    """The scheduler cannot be reached."""


# ---------------------------------------------------------------- inputs

def inputs(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[Input]:
    """``batch.walk``'s inputs, in the same order with the same paths; a local glob pattern
    stands for its matches (sorted), a URL for the files fsspec finds under it."""
    patterns = tuple(globs)
    expanded = [match for path in paths for match in _local_matches(path)]
    for item in batch.walk(expanded, patterns):
        yield from _remote(item, patterns) if _is_url(item.path) else (item,)


def _is_url(path: str) -> bool:
    from fsspec.core import split_protocol

    return split_protocol(path)[0] is not None


def _local_matches(path: str) -> list[str]:
    if _is_url(path) or not globbing.has_magic(path):
        return [path]
    return sorted(globbing.glob(path, recursive=True)) or [path]  # no match: walk says so


def _remote(item: Input, patterns: tuple[str, ...]) -> Iterator[Input]:
    """The files of a URL: itself, the files under it whose names match ``patterns``
    (sorted), or the matches of its glob pattern (sorted)."""
    from fsspec.core import url_to_fs

    try:
        fs, path = url_to_fs(item.path)
        if globbing.has_magic(path):
            root = path[:path.index(next(c for c in path if c in "*?["))].rpartition("/")[0]
            found = fs.glob(path)
        elif fs.isdir(path):
            root = path
            found = [p for p in fs.find(path)
                     if any(fnmatch.fnmatch(posixpath.basename(p), pattern) for pattern in patterns)]
        elif fs.exists(path):
            yield item._replace(problem=None)
            return
        else:
            yield item  # walk's "no such file or directory"
            return
    except (ImportError, ValueError, OSError) as exc:  # no such filesystem installed, no credentials
        yield item._replace(problem=f"cannot list: {type(exc).__name__}: {exc}")
        return
    for found_path in sorted(found):
        yield Input(fs.unstrip_protocol(found_path), fs.unstrip_protocol(root), label=item.label)


def read(item: Input, max_bytes: int) -> bytes:
    """``batch.read_input``, and for a URL its bytes through fsspec."""
    if not _is_url(item.path) or item.problem:
        return batch.read_input(item, max_bytes)
    from fsspec.core import url_to_fs

    try:
        fs, path = url_to_fs(item.path)
        size = fs.size(path)
        if size is not None and size > max_bytes:
            raise InputError(f"too large: {size:,} bytes (limit {max_bytes:,}; see --max-bytes)")
        with fs.open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError("no such file or directory") from exc
    except OSError as exc:
        raise InputError(batch.os_reason(exc)) from exc
    if len(data) > max_bytes:
        raise InputError(f"too large: over {max_bytes:,} bytes (see --max-bytes)")
    return data


# ---------------------------------------------------------------- on a worker

def extract_partition(items: list[Input], options: Options) -> list[Outcome]:
    """The outcomes of ``items``, in order; a bad input is its failed Outcome, never an error.

    The time limit: this runs in a worker's thread, where the per-document alarm cannot be
    set and a running document cannot be stopped. The partition may take ``timeout`` × its
    documents; once that is spent, the documents left fail as timed out without being read.
    Every stage being linear in its input (and inputs bounded by ``max_bytes``), one document
    overruns by a bounded time, and a partition by at most one document's time.
    """
    budget = options.timeout * len(items)
    started = time.monotonic()
    outcomes = []
    for item in items:
        if options.timeout and time.monotonic() - started > budget:
            outcomes.append(batch.failure(item, f"timed out: its partition of {len(items)} spent {budget:g} s", options))
        else:
            outcomes.append(batch.process(item, options, read))
    return outcomes


class WarmUp(WorkerPlugin):
    """Loads the analyzer and the data files as a worker starts (or joins), once a process:
    not in the first task, where it would count against that partition's time limit."""

    name = "kcoop-warm-up"

    def setup(self, worker) -> None:
        from .pipeline import warm_up

        warm_up()


# ---------------------------------------------------------------- a bag of records

def outcomes(paths: Iterable[str], *, globs: Iterable[str] = DEFAULT_GLOBS, layout: str | None = None,
             reference_date: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = 30.0,
             partition_size: int = PARTITION_SIZE):
    """A ``dask.bag`` of the Outcome of each input, in input order; options as in the CLI."""
    import dask.bag

    items = list(inputs(paths, globs))
    if any(item.path == batch.STDIN for item in items):
        raise ValueError("standard input ('-') cannot be read by a cluster's workers")
    options = Options(layout=layout, reference_date=reference_date.isoformat() if reference_date else None,
                      max_bytes=max_bytes, timeout=timeout)
    # partial: dask would take a NamedTuple argument for a plain tuple
    return dask.bag.from_sequence(items, partition_size=partition_size).map_partitions(
        partial(extract_partition, options=options))


def records(paths: Iterable[str], **options):
    """A ``dask.bag`` of the JSON Lines text of each record, as ``kcoop extract --errors json``
    writes it: a failed input's error record in its place. Keywords as for ``outcomes``."""
    return outcomes(paths, **options).map(_record_json)


def _record_json(outcome: Outcome) -> str:
    return outcome.output if outcome.error is None else batch.error_json(outcome.path, outcome.error)


def write_jsonl(records_bag, folder: str) -> list[str]:
    """One JSON Lines shard a partition in ``folder`` (a path or URL), named so that their
    sorted order is the input order (00000.jsonl, 00001.jsonl …)."""
    return records_bag.to_textfiles(posixpath.join(folder, "*.jsonl"), name_function="{:05d}".format,
                                    encoding="utf-8", last_endline=True)


ARTICLE_DTYPES = {
    **dict.fromkeys(("bytes", "commitments"), "Int64"), "layout_confidence": "Float64",
}
COMMITMENT_COLUMNS = ("path", "position", "text", "kind", "action", "marker", "actors", "when_text", "when_start",
                      "when_end", "span_start", "span_end")


def write_parquet(records_bag, folder: str) -> None:
    """Two Parquet datasets in ``folder`` (a path or URL), for pandas or DuckDB:
    ``articles`` (one row per input, the columns of ``--format csv``) and ``commitments``
    (one row per commitment, keyed by ``path``; actors joined with ``; ``)."""
    import dask
    import pandas as pd

    from .tabular import ARTICLE_COLUMNS, article_row

    dicts = records_bag.map(json.loads)
    articles = dicts.map(article_row).to_dataframe(meta=_meta(ARTICLE_COLUMNS, ARTICLE_DTYPES, pd))
    commitments = dicts.map(_commitment_rows).flatten().to_dataframe(
        meta=_meta(COMMITMENT_COLUMNS, dict.fromkeys(("position", "span_start", "span_end"), "Int64"), pd))
    # one compute: the records are extracted once for both tables
    dask.compute(articles.to_parquet(posixpath.join(folder, "articles"), write_index=False, compute=False),
                 commitments.to_parquet(posixpath.join(folder, "commitments"), write_index=False, compute=False))


def _meta(columns, dtypes: dict[str, str], pd):
    """An empty frame of fixed column types (text by default), so that every partition's
    Parquet schema is the same, a partition with no value in a column included."""
    return pd.DataFrame({column: pd.Series(dtype=dtypes.get(column, "string")) for column in columns})


def _commitment_rows(record: dict) -> list[dict]:
    from .tabular import LIST_SEPARATOR

    path = record["source"]["path"]
    return [{"path": path, "position": position, "text": c["text"], "kind": c["kind"], "action": c["action"],
             "marker": c["marker"], "actors": LIST_SEPARATOR.join(c["actors"]),
             **{f"when_{k}": (c["when"] or {}).get(k) for k in ("text", "start", "end")},
             "span_start": c["span"][0], "span_end": c["span"][1]}
            for position, c in enumerate(record.get("commitments", ()))]


# ---------------------------------------------------------------- kcoop extract --dask

@contextlib.contextmanager
def client(scheduler: str, workers: int):
    """A Dask client of the scheduler at ``scheduler`` (``tcp://host:8786``), or of a cluster
    of ``workers`` one-thread processes on this machine (``local``), its workers warmed up."""
    from distributed import Client, LocalCluster

    with contextlib.ExitStack() as stack:
        if scheduler == LOCAL:
            # one thread a worker: the pipeline is Python and holds the GIL. The scheduler's web
            # server on any free port: its default, 8787, may be taken (a warning on stderr).
            cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                       dashboard_address=":0", silence_logs=logging.ERROR))
            address = cluster
        else:
            address = scheduler
        try:
            connected = stack.enter_context(Client(address))
        except (OSError, ValueError) as exc:  # TimeoutError is an OSError
            raise ClusterError(f"cannot reach the scheduler: {exc}") from None
        connected.register_plugin(WarmUp())
        yield connected


def run(connected, items: Iterable[Input], options: Options, skip: Callable[[Input], bool] | None = None,
        partition_size: int = PARTITION_SIZE) -> Iterator[Outcome]:
    """``batch.run`` on a cluster: outcomes in input order, streamed as partitions finish.
    Standard input and inputs ``skip`` says to skip are done here; a few partitions a worker
    thread are queued at a time, so that a long walk is never held whole."""
    window = 2 * max(sum(connected.nthreads().values()), 1) + 1
    pending: deque = deque()
    chunk: list[Input] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == partition_size:
            pending.append(_submit(connected, chunk, options, skip))
            chunk = []
            while len(pending) > window:
                yield from _finish(*pending.popleft(), options)
    if chunk:
        pending.append(_submit(connected, chunk, options, skip))
    while pending:
        yield from _finish(*pending.popleft(), options)


def _submit(connected, chunk: list[Input], options: Options, skip):
    here: dict[int, Outcome] = {}  # as in batch._Pool: stdin is this process's, known-bad inputs cost nothing
    for index, item in enumerate(chunk):
        if item.problem or item.path == batch.STDIN:
            here[index] = batch.process_with_alarm(item, options)
        elif skip and skip(item):
            here[index] = Outcome(item.path, skipped=True)
    sent = [item for index, item in enumerate(chunk) if index not in here]
    future = connected.submit(partial(extract_partition, sent, options), pure=False) if sent else None
    return chunk, here, future


def _finish(chunk: list[Input], here: dict[int, Outcome], future, options: Options) -> Iterator[Outcome]:
    try:
        done = iter(future.result() if future is not None else ())
    except Exception as exc:  # noqa: BLE001 - a worker lost for good fails its partition's documents, not the run
        reason = f"worker failed: {type(exc).__name__}: {exc}"
        done = iter([batch.failure(item, reason, options) for index, item in enumerate(chunk) if index not in here])
    for index in range(len(chunk)):
        yield here[index] if index in here else next(done)
