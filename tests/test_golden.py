"""Each fixture's record is compared, field by field, with the expected record beside it."""
from __future__ import annotations

import dataclasses
import json

import pytest
from conftest import expected_path, extract_fixture, fixture_inputs

from kcoop import Record

FIELDS = tuple(f.name for f in dataclasses.fields(Record))  # a new field is checked too
CASES = [(fixture, field) for fixture in fixture_inputs() for field in FIELDS]
_records: dict = {}


def _record(fixture):
    if fixture not in _records:
        _records[fixture] = extract_fixture(fixture)
    return _records[fixture]


def test_every_fixture_has_an_expected_record():
    missing = [f.name for f in fixture_inputs() if not expected_path(f).exists()]
    assert not missing, f"no expected record for {missing}; run tests/update_expected.py and review it"


@pytest.mark.parametrize(("fixture", "field"), CASES, ids=[f"{f.stem}-{field}" for f, field in CASES])
def test_field_matches_expected(fixture, field):
    expected = json.loads(expected_path(fixture).read_text(encoding="utf-8"))
    assert _record(fixture)[field] == expected[field]
