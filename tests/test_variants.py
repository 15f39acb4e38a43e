"""The same article saved another way (encoding, line ends, white space) gives the same record.

Each variant is made from a fixture's decoded text and must reproduce every content field
of the fixture's expected record: only ``source`` (bytes, encoding) and warnings may differ.
"""
from __future__ import annotations

import codecs
import dataclasses
import json
import re

import pytest
from conftest import expected_path, fixture_inputs

import kcoop
from kcoop.decode import decode

CONTENT = tuple(f.name for f in dataclasses.fields(kcoop.Record) if f.name not in {"kcoop", "source", "warnings"})


def _cp949_or_none(text: str) -> bytes | None:
    try:
        return text.encode("cp949")
    except UnicodeEncodeError:  # a character outside KS X 1001 (‧, some quotes): no such file exists
        return None


VARIANTS = {
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "utf8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf16-le-bom": lambda text: text.encode("utf-16"),
    "utf16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "cp949": _cp949_or_none,
    "cp949-read-as-latin1": lambda text: (raw := _cp949_or_none(text)) and raw.decode("latin-1").encode("utf-8"),
    "trailing-spaces": lambda text: "\n".join(line + "  " for line in text.split("\n")).encode("utf-8"),
    "blank-lines-doubled": lambda text: text.replace("\n", "\n\n").encode("utf-8"),
    "indented-lines": lambda text: text.replace("\n", "\n\t").encode("utf-8"),
    "no-break-spaces": lambda text: re.sub(r"(?<=[가-힣]) (?=[가-힣])", "\u00a0", text, count=80).encode("utf-8"),
}
CASES = [(fixture, name) for fixture in fixture_inputs() for name in VARIANTS]


@pytest.mark.parametrize(("fixture", "variant"), CASES, ids=[f"{f.stem}-{name}" for f, name in CASES])
def test_variant_gives_the_same_record(fixture, variant):
    data = VARIANTS[variant](decode(fixture.read_bytes()).text)
    if data is None:
        pytest.skip("the text has characters this encoding cannot write")
    record = json.loads(kcoop.extract(data).to_json())
    expected = json.loads(expected_path(fixture).read_text(encoding="utf-8"))
    assert {field: record[field] for field in CONTENT} == {field: expected[field] for field in CONTENT}
