"""``extract`` never crashes: whatever it is given, it returns a record or raises InputError."""
from __future__ import annotations

from conftest import FIXTURES, fixture_inputs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kcoop

FIXTURE_BYTES = [p.read_bytes() for p in fixture_inputs()]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _extract_or_input_error(data):
    try:
        record = kcoop.extract(data)
    except kcoop.InputError as exc:
        assert str(exc)
        return None
    for person in record.people:
        for start, end in person.mentions:
            assert 0 <= start < end <= len(record.text)
    for item in record.commitments:
        assert record.text[item.span[0]: item.span[1]] == item.text
    return record


@SETTINGS
@given(st.binary(max_size=4096))
def test_random_bytes(data):
    _extract_or_input_error(data)


@SETTINGS
@given(st.text(max_size=2000))
def test_random_unicode(text):
    _extract_or_input_error(text)


@SETTINGS
@given(st.sampled_from(FIXTURE_BYTES), st.floats(min_value=0.0, max_value=1.0))
def test_truncated_fixtures(data, fraction):
    _extract_or_input_error(data[: int(len(data) * fraction)])


@SETTINGS
@given(st.sampled_from(FIXTURE_BYTES), st.binary(min_size=1, max_size=64), st.floats(min_value=0.0, max_value=1.0))
def test_fixtures_with_garbage_spliced_in(data, garbage, fraction):
    at = int(len(data) * fraction)
    _extract_or_input_error(data[:at] + garbage + data[at:])


@SETTINGS
@given(st.integers(min_value=1, max_value=5000), st.sampled_from(["div", "p", "section", "span"]))
def test_deeply_nested_html(depth, tag):
    html = f"<html><body>{f'<{tag}>' * depth}과학기술정보통신부는 협력할 예정이다.{f'</{tag}>' * depth}</body></html>"
    _extract_or_input_error(html.encode())


def test_daum_markers_without_markup():
    for text in ["작성일 10-29", "<div class='article_view'>", 'dmcf-ptype="general"', "◎공감언론 뉴시스", "(누리일보)"]:
        _extract_or_input_error(text.encode())


def test_seed_as_text_and_as_bytes_agree():
    data = (FIXTURES / "000_eef1bbc44fbea8fa.txt").read_bytes()
    assert kcoop.extract(data).text == kcoop.extract(data.decode("utf-8")).text
