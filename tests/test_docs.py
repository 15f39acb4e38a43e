"""The README's commands do what it says: the Quick start, CI's line, the jq recipes."""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess

import pytest
from conftest import FIXTURES, ROOT, run_kcoop

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _quick_start() -> list[str]:
    block = re.search(r"## Quick start\n.*?```sh\n(.*?)```", README, re.S).group(1)
    return block.splitlines()


def test_quick_start_sets_up_its_own_environment_and_ci_runs_its_test_line():
    install, test = _quick_start()
    for line in (install, test):  # an externally managed Python refuses pip outside a virtual environment
        assert line.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install ")
    assert test.endswith("python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci


def _jq_recipes() -> list[list[str]]:
    """Each README line that pipes kcoop into jq: jq's arguments."""
    recipes = []
    for line in README.splitlines():
        if line.startswith("kcoop extract") and "| jq" in line:
            words = shlex.split(line)
            start = words.index("jq") + 1
            end = words.index("|", start) if "|" in words[start:] else len(words)
            recipes.append(words[start:end])
    return recipes


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed (.ci/run installs it)")
def test_jq_recipes_take_error_records_in_their_stride(tmp_path):
    shutil.copy(FIXTURES / "000_eef1bbc44fbea8fa.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    records = run_kcoop("extract", str(tmp_path), "--errors", "json", "-q").stdout
    recipes = _jq_recipes()
    assert len(recipes) >= 3
    for arguments in recipes:
        result = subprocess.run(["jq", *arguments], input=records, capture_output=True, check=False)
        assert result.returncode == 0 and not result.stderr and result.stdout, (arguments, result.stderr)
