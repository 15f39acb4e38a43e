"""The compiled-pattern cache: what it hands back is what ``re.compile`` makes, and a cache
that is missing, corrupt or switched off changes nothing but speed."""
from __future__ import annotations

import marshal
import os
import re

from conftest import FIXTURES, fixture_inputs, run_kcoop

from kcoop import patterns

SEED = "fixtures/000_eef1bbc44fbea8fa.txt"


def _run_with_cache(folder, *args):
    previous = os.environ["KCOOP_CACHE_DIR"]
    os.environ["KCOOP_CACHE_DIR"] = str(folder)
    try:
        return run_kcoop(*args)
    finally:
        os.environ["KCOOP_CACHE_DIR"] = previous


def test_a_run_writes_the_cache_and_the_next_reads_it(tmp_path):
    first = _run_with_cache(tmp_path, "extract", SEED)
    files = list(tmp_path.iterdir())
    assert first.returncode == 0, first.stderr
    assert len(files) == 1 and files[0].name.startswith("patterns-")
    written = files[0].stat().st_mtime_ns
    second = _run_with_cache(tmp_path, "extract", SEED)
    assert second.stdout == first.stdout
    assert files[0].stat().st_mtime_ns == written, "nothing new was compiled: the cache is not rewritten"


def test_cached_patterns_behave_as_re_compiles_them(tmp_path):
    assert _run_with_cache(tmp_path, "extract", str(FIXTURES)).returncode == 0
    (cache,) = tmp_path.iterdir()
    forms = marshal.loads(cache.read_bytes())
    assert len(forms) > 100
    texts = [path.read_bytes().decode("utf-8", "replace") for path in fixture_inputs()]
    for (source, flags), form in forms.items():
        cached, fresh = patterns._engine_pattern(source, form), re.compile(source, flags)
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == \
            (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        for text in texts:
            assert [m.span() for m in cached.finditer(text)] == [m.span() for m in fresh.finditer(text)], source[:60]


def test_a_corrupt_cache_is_replaced_and_changes_no_record(tmp_path):
    reference = _run_with_cache("", "extract", SEED)
    assert _run_with_cache(tmp_path, "extract", SEED).returncode == 0
    (cache,) = tmp_path.iterdir()
    cache.write_bytes(b"\x00not marshal data")
    result = _run_with_cache(tmp_path, "extract", SEED)
    assert result.returncode == 0 and result.stdout == reference.stdout and result.stderr == b""
    assert isinstance(marshal.loads(cache.read_bytes()), dict), "rewritten whole"


def test_an_empty_cache_dir_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    result = _run_with_cache("", "extract", SEED)
    assert result.returncode == 0
    assert list(tmp_path.iterdir()) == []


def test_code_the_engine_refuses_is_compiled_anew(monkeypatch):
    source = "(?P<word>[가-힣]+)다"
    monkeypatch.setattr(patterns, "_forms", {(source, 0): (32, b"\xff" * 12, 1, {"word": 1}, (None, "word"))})
    monkeypatch.setattr(patterns, "_changed", True)  # nothing is written at exit
    pattern = patterns.compile(source)
    assert pattern.fullmatch("했다")["word"] == "했"


def test_no_pattern_is_compiled_per_document(monkeypatch):
    """Names and short forms differ from one article to the next: a pattern made of one would
    be compiled anew for every document, and push kcoop's own patterns out of re's cache."""
    import kcoop
    from kcoop.decode import decode

    texts = [decode(path.read_bytes()).text for path in fixture_inputs()]
    records = [kcoop.extract(text) for text in texts]  # every lazily built pattern is built now
    renamed = []
    for text, record in zip(texts, records, strict=True):
        for person in record.people:
            text = text.replace(person.name, person.name[0] + "서윤")
        for organisation in record.organisations:
            for alias in filter(str.isascii, organisation.aliases):
                text = text.replace(alias, alias + "Q")  # a short form no gazetteer knows
        renamed.append(text)
    assert renamed != texts
    parsed: list[str] = []
    real_parse = re._parser.parse
    monkeypatch.setattr(re._parser, "parse", lambda source, *rest: parsed.append(source) or real_parse(source, *rest))
    for text in renamed:
        kcoop.extract(text)
    assert parsed == []
