from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
INPUT_SUFFIXES = {".txt", ".html", ".htm", ".md", ".mhtml"}

os.environ.pop("KCOOP_DATA_DIR", None)  # expected records are the packaged data's, in the commands run too


def fixture_inputs() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in INPUT_SUFFIXES)


def expected_path(fixture: Path) -> Path:
    return fixture.with_name(fixture.name + ".expected.json")


def extract_fixture(fixture: Path) -> dict:
    import kcoop

    return kcoop.extract(fixture.read_bytes(), path=f"fixtures/{fixture.name}").to_dict()


def gazetteer_files() -> list[str]:
    """The packaged gazetteer's data file names: one table, or a folder of them."""
    from kcoop import datafiles

    return ["organisations.tsv"] if (datafiles._DATA / "organisations.tsv").is_file() else list(datafiles.names("organisations"))


def kcoop_command() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m kcoop``."""
    script = Path(sys.executable).with_name("kcoop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kcoop"]


def run_kcoop(*args: str, stdin: bytes | None = None, cwd: Path = ROOT, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(kcoop_command() + list(args), input=stdin, capture_output=True, cwd=cwd, timeout=timeout,
                          check=False)


def jsonl(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
