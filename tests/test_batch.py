"""Batch runs: the walk, failures that never stop a batch, time limits, whole-or-absent files."""
from __future__ import annotations

import collections
import json
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest
from conftest import FIXTURES, jsonl, kcoop_command, run_kcoop

from kcoop import batch

SEED = FIXTURES / "001_0e8f19775beb0cb0.txt"


def test_walk_is_sorted_and_survives_a_symlink_loop(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b" / "c.txt").write_text("x")
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    found = [(os.path.relpath(i.path, tmp_path), i.problem) for i in batch.walk([str(tmp_path)])]
    # the loop is walked once, not forever; the dangling link is known bad before it is read
    assert found == [("a.txt", None), ("b/c.txt", None), ("dangling.txt", "broken symbolic link")]


def test_odd_file_names_and_a_folder_of_empty_files(tmp_path):
    shutil.copy(SEED, tmp_path / "기사 파일 (1).txt")
    for i in range(5):
        (tmp_path / f"empty {i}.txt").write_bytes(b"")
    result = run_kcoop("extract", str(tmp_path), "--errors", "json")
    assert result.returncode == 1
    records = jsonl(result.stdout)
    assert len(records) == 6
    assert [r["source"]["path"] for r in records if "error" not in r] == [str(tmp_path / "기사 파일 (1).txt")]
    assert result.stderr.decode().count(": empty file") == 5


def test_unreadable_file_is_a_failure_not_a_crash(tmp_path, monkeypatch):
    # Tests run as root, where chmod 000 does not stop reading: simulate the error.
    (tmp_path / "locked.txt").write_bytes(SEED.read_bytes())
    real_open = open

    def refusing_open(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    outcome = batch.process(batch.Input(str(tmp_path / "locked.txt")), batch.Options())
    assert outcome.error == "permission denied"


def test_a_50_megabyte_file_fails_fast_and_the_rest_goes_on(tmp_path):
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    shutil.copy(SEED, tmp_path / "ok.txt")
    started = time.monotonic()
    result = run_kcoop("extract", str(tmp_path))
    assert time.monotonic() - started < 30
    assert result.returncode == 1
    assert "too large" in result.stderr.decode()
    assert len(jsonl(result.stdout)) == 1


def test_a_document_over_the_time_limit_becomes_a_failure(monkeypatch):
    def slow_process(item, options):
        if item.path.endswith("slow"):
            time.sleep(60)
        return batch.Outcome(item.path, output="{}")

    monkeypatch.setattr(batch, "process", slow_process)  # the forked workers inherit it
    items = [batch.Input("a"), batch.Input("slow"), batch.Input("b")]
    started = time.monotonic()
    outcomes = list(batch.run(items, batch.Options(timeout=1.0), jobs=2, recycle_after=1))
    assert time.monotonic() - started < 20
    assert [o.path for o in outcomes] == ["a", "slow", "b"]
    assert outcomes[1].error == "timed out after 1 s"
    assert outcomes[0].output == outcomes[2].output == "{}"


def test_a_hang_the_alarm_cannot_stop_kills_its_worker_and_the_queue_behind_it_survives(monkeypatch):
    def hanging_process(item, options):
        if item.path == "hang":
            signal.signal(signal.SIGALRM, signal.SIG_IGN)  # as C code that never returns to Python would
            time.sleep(60)
        return batch.Outcome(item.path, output=item.path)

    monkeypatch.setattr(batch, "process", hanging_process)
    items = [batch.Input(name) for name in ("a", "hang", "b", "c", "d")]
    pool = batch._Pool(batch.Options(timeout=0.5), jobs=1, recycle_after=1000, chunk_size=1)
    started = time.monotonic()
    outcomes = list(pool.run(items))
    assert time.monotonic() - started < 20
    assert [o.path for o in outcomes] == ["a", "hang", "b", "c", "d"]
    assert outcomes[1].error == "timed out after 0.5 s"
    assert [o.output for o in outcomes if o.path != "hang"] == ["a", "b", "c", "d"]


def test_workers_are_recycled_without_losing_or_repeating_records(tmp_path):
    items = []
    for i in range(7):  # inputs of their own, so that a lost or repeated record shows
        shutil.copy(SEED, tmp_path / f"{i}.txt")
        items.append(batch.Input(str(tmp_path / f"{i}.txt")))
    outcomes = list(batch.run(items, batch.Options(), jobs=2, recycle_after=2))
    assert [json.loads(o.output)["source"]["path"] for o in outcomes] == [item.path for item in items]


def test_a_batch_with_every_input_skipped_starts_no_worker(monkeypatch):
    started = []
    monkeypatch.setattr(batch._Pool, "_spawn", lambda self: started.append(self) or pytest.fail("a worker started"))
    items = [batch.Input(f"{i:02d}") for i in range(40)]
    outcomes = list(batch.run(items, batch.Options(), jobs=2, skip=lambda item: True))
    assert [o.path for o in outcomes] == [item.path for item in items]
    assert all(o.skipped for o in outcomes) and not started


def test_a_busy_parent_gets_its_one_job_done_in_a_worker_process(monkeypatch):
    monkeypatch.setattr(batch, "process", lambda item, options: batch.Outcome(item.path, output=str(os.getpid())))
    items = [batch.Input(f"{i:02d}") for i in range(5)]
    in_parent = list(batch.run(items, batch.Options(), jobs=1))
    beside = list(batch.run(items, batch.Options(), jobs=1, parent_busy=True))
    assert {o.output for o in in_parent} == {str(os.getpid())}
    assert len({o.output for o in beside}) == 1 and beside[0].output != str(os.getpid())
    assert [o.path for o in beside] == [item.path for item in items]


def test_recycling_with_chunks_queued_keeps_order_and_leaves_no_process_behind(monkeypatch):
    monkeypatch.setattr(batch, "process", lambda item, options: batch.Outcome(item.path, output=f"{item.path}:{os.getpid()}"))
    items = [batch.Input(f"{i:02d}") for i in range(40)]
    pool = batch._Pool(batch.Options(), jobs=2, recycle_after=3, chunk_size=1)
    outcomes = list(pool.run(items))
    assert [o.output.split(":")[0] for o in outcomes] == [item.path for item in items]
    per_worker = collections.Counter(o.output.split(":")[1] for o in outcomes)
    assert max(per_worker.values()) <= 3 + 1  # its share, plus the chunk already queued when it was due
    assert not multiprocessing.active_children()


def test_interrupted_out_dir_run_leaves_whole_files_only(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    for i in range(300):
        shutil.copy(FIXTURES / "000_eef1bbc44fbea8fa.txt", source / f"{i:04d}.txt")
    target = tmp_path / "out"
    process = subprocess.Popen(kcoop_command() + ["extract", str(source), "--out-dir", str(target), "--jobs", "2", "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (target.exists() and len(list(target.iterdir())) > 5):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    # (after a note that --jobs was lowered, on a one-core machine)
    assert process.returncode == 130 and re.search(rb"\bkcoop: interrupted: \d+ of 300 done\n\Z", stderr), stderr
    assert len(list(target.iterdir())) < 300  # it was stopped before the end
    leftovers = [p.name for p in target.iterdir() if not p.name.endswith(".json")]
    assert not leftovers
    for written in target.iterdir():
        json.loads(written.read_text(encoding="utf-8"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_stream_starts_before_the_batch_ends(tmp_path, jobs):
    for i in range(40):
        shutil.copy(SEED, tmp_path / f"{i:03d}.txt")
    process = subprocess.Popen(kcoop_command() + ["extract", str(tmp_path), "--jobs", jobs, "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    assert json.loads(first)["source"]["path"].endswith("000.txt")
    rest, _ = process.communicate(timeout=60)
    assert len(rest.splitlines()) == 39


@pytest.mark.parametrize("command", ["detect", "extract"])
def test_a_named_pipe_is_a_failure_with_a_reason_not_a_hang(tmp_path, command):
    os.mkfifo(tmp_path / "p.txt")
    shutil.copy(SEED, tmp_path / "a.txt")
    no_time_limit = ["--timeout", "0"] if command == "extract" else []  # detect has none
    result = run_kcoop(command, str(tmp_path), *no_time_limit, timeout=20)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines()[0] == f"kcoop: {tmp_path / 'p.txt'}: not a regular file (a named pipe)"


def test_the_time_limit_is_not_taken_for_a_read_error(monkeypatch, tmp_path):
    (tmp_path / "slow.txt").write_bytes(SEED.read_bytes())
    real_open = open

    def slow_open(path, *args, **kwargs):  # a read that hangs, as on a stalled network share
        if str(path).endswith("slow.txt"):
            time.sleep(5)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", slow_open)
    outcome = batch.process_with_alarm(batch.Input(str(tmp_path / "slow.txt")), batch.Options(timeout=0.1))
    assert outcome.error == "timed out after 0.1 s"


def test_an_alarm_landing_as_the_document_finishes_does_not_escape(monkeypatch):
    real_setitimer = signal.setitimer

    def late_alarm(which, seconds, *interval):
        if seconds == 0:  # the alarm goes off just before it is disarmed
            signal.raise_signal(signal.SIGALRM)
        return real_setitimer(which, seconds, *interval)

    monkeypatch.setattr(batch, "process", lambda item, options: batch.Outcome(item.path, output="{}"))
    monkeypatch.setattr(signal, "setitimer", late_alarm)
    outcome = batch.process_with_alarm(batch.Input("a"), batch.Options(timeout=5))
    assert outcome.path == "a" and (outcome.output == "{}" or outcome.error == "timed out after 5 s")


def _children(pid: int) -> list[int]:
    children = []
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            children.append(int(entry))
    return children


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie no one reaps is gone too
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table from /proc")
def test_workers_die_with_a_killed_parent(tmp_path):
    for i in range(400):
        shutil.copy(SEED, tmp_path / f"{i:03d}.txt")
    process = subprocess.Popen(kcoop_command() + ["extract", str(tmp_path), "--jobs", "2", "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    process.stdout.readline()  # the workers are at work
    workers = _children(process.pid)
    assert workers  # two, or one on a one-core machine
    process.kill()
    process.wait()
    process.stdout.close()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(map(_alive, workers)):
        time.sleep(0.05)
    assert not any(map(_alive, workers))


def test_skip_existing_removes_what_a_killed_run_left(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(SEED, tmp_path / "in" / "a.txt")
    command = ["extract", str(tmp_path / "in"), "--out-dir", str(tmp_path / "o"), "--jobs", "1"]
    assert run_kcoop(*command).returncode == 0
    killed_mid_write = ("import os, sys; from kcoop import cli; os.replace = lambda *a: os._exit(9); "
                        "sys.argv = ['kcoop', *sys.argv[1:]]; cli.main()")
    killed = subprocess.run([sys.executable, "-c", killed_mid_write, *command], capture_output=True, check=False)
    assert killed.returncode == 9 and len(list((tmp_path / "o").iterdir())) == 2  # the record and a temporary file
    again = run_kcoop(*command, "--skip-existing")
    assert b"0 ok, 0 failed, 1 skipped" in again.stderr
    assert [p.name for p in (tmp_path / "o").iterdir()] == ["a.txt.json"]
