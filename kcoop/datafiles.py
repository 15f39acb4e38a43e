"""Reading the data files (domain knowledge lives there, not in code).

Every data file is read here, so that a user's data folder extends all of them the same way.
The folder is named by ``use_folder`` (the command line's ``--data-dir``) or, when that was
never called, by the environment variable ``KCOOP_DATA_DIR``. A ``.txt`` or ``.tsv`` file of
the folder at the same relative path as a packaged one adds to it:

- a word list (``.txt``): the user's entries are added to the packaged ones;
- a table (``.tsv``): the user's rows are added; user rows whose key (``key_column``) is
  also a packaged row's key replace every packaged row with that key, in its place.

Inside a packaged data sub-folder (a folder of tables read together, such as the
gazetteer's) the user may also add files of new names; ``names`` lists them.
"""
from __future__ import annotations

import csv
import os
import sys
from functools import cache
from pathlib import Path

ENV = "KCOOP_DATA_DIR"
EXTENDABLE = (".txt", ".tsv")

# Beside this module, as pip installs it (importlib.resources would serve a zipped package
# too, but its import costs more than all of kcoop's data files take to read)
_DATA = Path(__file__).resolve().parent / "data"

# A table's key is its first column, except where that column names a group of rows
_KEYS = {"markers.tsv": "pattern"}

_UNSET = object()
_folder: Path | None | object = _UNSET  # the user's folder; _UNSET: not decided yet


class DataFolderError(ValueError):
    """A user data folder that cannot be used: missing, not a folder, or a bad file in it."""


def use_folder(path: str | os.PathLike[str] | None) -> None:
    """Extend the packaged data with the files of ``path`` from now on (None: the packaged
    data alone, whatever ``KCOOP_DATA_DIR`` says). Raises ``DataFolderError`` for a folder
    that cannot be used. Call it before extracting; calling it later is allowed and
    rebuilds every table derived from the data."""
    global _folder
    folder = None if path is None else _checked(Path(path))
    if folder == _folder:
        return  # e.g. a forked worker told the folder it inherited: keep its built tables
    _folder = folder
    _clear_caches()


def user_folder() -> Path | None:
    """The user's data folder in force, if any."""
    global _folder
    if _folder is _UNSET:
        value = os.environ.get(ENV)
        _folder = _checked(Path(value)) if value else None
    return _folder  # type: ignore[return-value]


def read_text(name: str) -> str:
    """A packaged file as it is (the record's schema): not extended by the user's folder."""
    return (_DATA / name).read_text(encoding="utf-8")


@cache
def words(name: str) -> tuple[str, ...]:
    """A one-entry-per-line list; blank lines and ``#`` comments skipped."""
    entries = (line.strip() for path in _sources(name) for line in _lines(path))
    return tuple(dict.fromkeys(entry for entry in entries if entry and not entry.startswith("#")))


@cache
def word_set(name: str) -> frozenset[str]:
    """A word list as a set, for the membership tests most lists serve."""
    return frozenset(words(name))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """A tab-separated table with a header row; ``#`` comment lines skipped. Every row has
    every column of the packaged file's header ("" where a user's file lacks one)."""
    sources = _sources(name)
    header = _header(sources[0] if sources[0].is_relative_to(_DATA) else _packaged_sibling(name) or sources[0])
    tables = [_rows(path, header) for path in sources]
    if len(tables) == 1:
        return tuple(tables[0])
    packaged, user = tables
    key = key_column(name, header)
    overrides: dict[str, list[dict[str, str]]] = {}
    for row in user:
        overrides.setdefault(row[key], []).append(row)
    rows = []
    for row in packaged:
        if row[key] not in overrides:
            rows.append(row)
        elif overrides[row[key]]:  # the first packaged row of the key: the user's rows take its place
            rows.extend(overrides[row[key]])
            overrides[row[key]] = []
    return tuple(rows) + tuple(row for row in user if overrides.get(row[key]))


def _packaged_sibling(name: str) -> Path | None:
    """A packaged table beside a user's new file in a data sub-folder: the folder's tables
    share their columns, so the user's rows get every column."""
    folder = (_DATA / name).parent
    return next(iter(sorted(folder.glob("*.tsv"))), None) if folder != _DATA else None


def key_column(name: str, header: list[str]) -> str:
    return _KEYS.get(name, header[0])


def names(folder: str, suffix: str = ".tsv") -> tuple[str, ...]:
    """The data files of a data sub-folder (``organisations``), packaged and the user's,
    as names for ``table`` and ``words``."""
    found = {f"{folder}/{path.name}" for path in (_DATA / folder).glob(f"*{suffix}")}
    user = user_folder()
    if user is not None:
        found.update(f"{folder}/{path.name}" for path in (user / folder).glob(f"*{suffix}"))
    return tuple(sorted(found))


def cell_values(cell: str) -> list[str]:
    """Several values in one table cell are separated by ``|``."""
    return [value.strip() for value in cell.split("|") if value.strip()]


def _sources(name: str) -> list[Path]:
    """The files that make data file ``name``: the packaged one, then the user's, either
    absent (a user's new file in a data sub-folder stands alone)."""
    user = user_folder()
    paths = [path for path in (_DATA / name, user / name if user else None) if path is not None and path.is_file()]
    if not paths:
        raise FileNotFoundError(f"no data file {name}")
    return paths


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


def _content(path: Path) -> list[str]:
    return [line for line in _lines(path) if line.strip() and not line.startswith("#")]


def _header(path: Path) -> list[str]:
    content = _content(path)
    return [column.strip() for column in content[0].split("\t")] if content else []


def _rows(path: Path, header: list[str]) -> list[dict[str, str]]:
    return [{column: (row.get(column) or "").strip() for column in header}
            for row in csv.DictReader(_content(path), delimiter="\t")]


def _checked(folder: Path) -> Path:
    """The folder, resolved, once every data file in it is known to extend a packaged one."""
    if not folder.exists():
        raise DataFolderError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise DataFolderError(f"{folder}: not a folder")
    folder = folder.resolve()
    for path in sorted(folder.rglob("*")):
        if path.suffix not in EXTENDABLE or not path.is_file():
            continue
        name = path.relative_to(folder).as_posix()
        packaged = _DATA / name
        siblings = sorted(packaged.parent.glob(f"*{path.suffix}")) if packaged.parent != _DATA else []
        if not packaged.is_file() and not siblings:
            raise DataFolderError(f"{path}: not the name of a kcoop data file (the packaged ones are in {_DATA})")
        if path.suffix == ".tsv":
            _check_header(path, name, _header(packaged if packaged.is_file() else siblings[0]))
    return folder


def _check_header(path: Path, name: str, packaged: list[str]) -> None:
    try:
        header = _header(path)
    except UnicodeDecodeError:
        raise DataFolderError(f"{path}: not UTF-8 text") from None
    unknown = [column for column in header if column not in packaged]
    if unknown or key_column(name, packaged) not in header:
        raise DataFolderError(f"{path}: the header row must name some of the columns {', '.join(packaged)}, "
                              f"{key_column(name, packaged)} among them (tab-separated)")


def _clear_caches() -> None:
    """Forget every table built from the data: kcoop's modules cache what they derive from
    the data files with functools, so every such cache in them is cleared."""
    for module_name, module in list(sys.modules.items()):
        if module_name != "kcoop" and not module_name.startswith("kcoop."):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == module_name:
                value.cache_clear()
