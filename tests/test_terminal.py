"""What a person at a terminal sees: the progress bar, ^C, the pager, usage, versions, exit statuses."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time

from conftest import FIXTURES, ROOT, kcoop_command, run_kcoop

SEED = FIXTURES / "001_0e8f19775beb0cb0.txt"


def run_in_terminal(*args: str, cwd=ROOT, env: dict[str, str] | None = None) -> tuple[int, bytes]:
    """The command with a pseudo-terminal as stdin, stdout and stderr; its status and all it wrote."""
    leader, follower = os.openpty()
    process = subprocess.Popen(kcoop_command() + list(args), stdin=follower, stdout=follower, stderr=follower,
                               cwd=cwd, env={**os.environ, **(env or {})})
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the command has closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    return process.wait(timeout=60), output


def test_failure_lines_are_not_written_onto_the_progress_bar(tmp_path):
    for i in range(80):  # enough for the bar to be drawn before the failures come
        shutil.copy(SEED, tmp_path / f"{i:02d}.txt")
    for name in ("zz1.txt", "zz2.txt"):
        (tmp_path / name).write_bytes(b"")
    status, output = run_in_terminal("extract", str(tmp_path), "--jobs", "1", "-o", os.devnull)
    assert status == 1
    before = [output[max(0, m.start() - 4):m.start()] for m in re.finditer(rb"kcoop: ", output)]
    assert len(before) == 2
    assert all(b.endswith((b"\n", b"\x1b[2K")) for b in before), before  # at a line's start, or the bar's line erased
    assert b"80 ok, 2 failed" in output


def test_interrupt_says_how_far_the_run_got(tmp_path):
    for i in range(200):
        shutil.copy(SEED, tmp_path / f"{i:03d}.txt")
    process = subprocess.Popen(kcoop_command() + ["extract", str(tmp_path), "--jobs", "1", "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    done = re.fullmatch(rb"kcoop: interrupted: (\d+) of 200 done\n", stderr)
    assert done and 0 < int(done.group(1)) < 200


def test_show_pages_a_long_article_and_refuses_a_folder(tmp_path):
    status, output = run_in_terminal("show", str(SEED), env={"PAGER": f"cat > {tmp_path / 'paged'}", "MANPAGER": ""})
    assert status == 0, output
    assert "과기정통부" in (tmp_path / "paged").read_text(encoding="utf-8")
    folder = run_kcoop("show", "fixtures")
    assert folder.returncode == 2 and b"is a folder" in folder.stderr


def test_version_and_usage():
    version = run_kcoop("--version")
    assert version.returncode == 0 and re.fullmatch(rb"kcoop \d+\.\d+\.\d+\n", version.stdout)
    usage = run_kcoop("extract", "--help").stdout.decode()
    assert "PATH..." in usage


def test_an_internal_error_is_exit_3_and_an_unwritable_output_too(tmp_path):
    crash = ("import sys; from kcoop import batch, cli; sys.argv = ['kcoop', *sys.argv[1:]]\n"
             "def run(*args, **kwargs): raise RuntimeError('a bug')\n"
             "batch.run = run; cli.main()")
    result = subprocess.run([sys.executable, "-c", crash, "extract", "fixtures"], cwd=ROOT, capture_output=True, check=False)
    assert (result.returncode, result.stderr) == (3, b"kcoop: internal error: RuntimeError: a bug\n")
    unwritable = run_kcoop("extract", "fixtures", "--out-dir", "/proc/no-such-folder")
    assert unwritable.returncode == 3 and unwritable.stderr.startswith(b"kcoop: /proc/no-such-folder: ")


def test_jobs_beyond_the_cores_are_lowered(tmp_path):
    for i in range(3):
        shutil.copy(SEED, tmp_path / f"{i}.txt")
    started = time.monotonic()
    result = run_kcoop("extract", str(tmp_path), "--jobs", "500")
    assert result.returncode == 0
    assert result.stderr.startswith(b"kcoop: --jobs lowered to ")
    assert time.monotonic() - started < 30  # not 500 workers started
