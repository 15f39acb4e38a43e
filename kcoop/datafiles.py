"""Reading the package's data files (domain knowledge lives there, not in code)."""
from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

# Beside this module, as pip installs it (importlib.resources would serve a zipped package
# too, but its import costs more than all of kcoop's data files take to read)
_DATA = Path(__file__).resolve().parent / "data"


def read_text(name: str) -> str:
    return (_DATA / name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    return read_text(name).splitlines()


@cache
def words(name: str) -> tuple[str, ...]:
    """A one-entry-per-line list; blank lines and ``#`` comments skipped."""
    return tuple(line.strip() for line in _lines(name) if line.strip() and not line.lstrip().startswith("#"))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """A tab-separated table with a header row; ``#`` comment lines skipped."""
    rows = [line for line in _lines(name) if line.strip() and not line.startswith("#")]
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(rows, delimiter="\t"))


def cell_values(cell: str) -> list[str]:
    """Several values in one table cell are separated by ``|``."""
    return [value.strip() for value in cell.split("|") if value.strip()]
