"""Regular expressions compiled once per machine, not once per run.

Python's ``re`` parses and compiles a pattern in Python code, and expands every Hangul
class (``[가-힣]``: 11,172 code points) one code point at a time. For kcoop's patterns that
was about half of the instructions of a one-file run. ``compile`` keeps the compiled form
(the regex engine's code) in a cache file, written when a run compiled something new and
read back by the next run. The file is keyed by the Python build and kcoop's version; a
cache that is missing, unreadable, stale or unwritable only means compiling as ``re`` does.

Where: ``$KCOOP_CACHE_DIR``, else ``$XDG_CACHE_HOME/kcoop``, else ``~/.cache/kcoop``;
``KCOOP_CACHE_DIR=`` (empty) turns the cache off.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from functools import cache
from pathlib import Path

_WORD = "I"  # an unsigned int: the engine's code word
try:  # the engine's constructor, and the parser and code generator that feed it (CPython)
    import _sre
    from re import _compiler, _parser

    _CACHEABLE = array(_WORD).itemsize == _sre.CODESIZE
except ImportError:  # another Python: compile as re does
    _CACHEABLE = False

_VERSION = "1"  # of this file's format; with kcoop's version and the Python build in the name

# source, flags -> (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments,
# the code as the bytes of its machine words (marshal reads bytes at once, a list of ints one by one)
_Form = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_forms: dict[tuple[str, int], _Form] | None = None  # loaded on first use
_used: dict[tuple[str, int], _Form] = {}  # what this run compiled or took from the cache
_changed = False  # something was compiled: the cache is written at exit


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's drop-in
    """``re.compile(source, flags)``, from the cache when this machine compiled it before."""
    global _changed
    if not _CACHEABLE or cache_file() is None:
        return re.compile(source, flags)
    key = (source, int(flags))
    form = _load().get(key)
    if form is not None:
        try:
            pattern = _engine_pattern(source, form)
            _used[key] = form
            return pattern
        except (TypeError, ValueError, RuntimeError):  # the engine refused the cached code
            pass
    form = _compiled_form(source, int(flags))
    _used[key] = form
    if not _changed:
        _changed = True
        atexit.register(_save, os.getpid())
    return _engine_pattern(source, form)


def _engine_pattern(source: str, form: _Form) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = form
    words = array(_WORD)
    words.frombytes(code)
    return _sre.compile(source, flags, words.tolist(), groups, groupindex, indexgroup)


@cache
def cache_file() -> Path | None:
    """The cache of this Python build and kcoop version, or None when caching is off (read
    once: a run reads and writes one file)."""
    folder = os.environ.get("KCOOP_CACHE_DIR")
    if folder is None:
        home = os.path.expanduser("~")
        base = os.environ.get("XDG_CACHE_HOME") or (os.path.join(home, ".cache") if home != "~" else "")
        folder = os.path.join(base, "kcoop") if base else ""  # no home to keep a cache in: none
    if not folder:
        return None
    from . import __version__

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{sys.hexversion:x}"
    return Path(folder, f"patterns-{__version__}-{tag}-v{_VERSION}.marshal")


def _compiled_form(source: str, flags: int) -> _Form:
    """What ``re._compiler.compile`` hands the engine, kept apart so that it can be stored."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return int(flags | state.flags), array(_WORD, code).tobytes(), state.groups - 1, dict(state.groupdict), tuple(indexgroup)


def _load() -> dict[tuple[str, int], _Form]:
    global _forms
    if _forms is None:
        try:
            with open(cache_file(), "rb") as handle:
                loaded = marshal.load(handle)
            _forms = loaded if isinstance(loaded, dict) else {}
        except (OSError, EOFError, ValueError, TypeError):
            _forms = {}
    return _forms


def _save(pid: int) -> None:
    """Write the cache beside its file, then rename it over the file, so that a reader never
    sees half of one. Forked workers do not write."""
    target = cache_file()
    if target is None or os.getpid() != pid:
        return
    temporary = target.with_name(f".{target.name}.{pid}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as handle:
            # what this run used, and what runs of other layouts added (unless that has grown
            # large: patterns of data files since edited are dropped then)
            kept = {**_load(), **_used} if len(_load()) < 2 * len(_used) else _used
            marshal.dump(kept, handle)
        os.replace(temporary, target)
    except (OSError, ValueError):
        pass  # a read-only home (or a cache read back with odd values): compile, as re does
    finally:
        if temporary.exists():
            temporary.unlink(missing_ok=True)
