"""Front matter and property lists at the top of a dump: read into the record, never left in its text."""
from __future__ import annotations

import datetime as dt

import pytest

import kcoop
from kcoop.layouts import frontmatter

BODY = "과학기술정보통신부는 내년 상반기 6G 공동연구를 시작할 계획이다.\n"


def test_yaml_front_matter_without_an_author_is_read():
    record = kcoop.extract(f"---\ntitle: 6G 공동연구 착수\ndate: 2026-01-02\n---\n\n{BODY}")
    assert (record.title, record.published.date, record.reporters) == ("6G 공동연구 착수", "2026-01-02", [])
    assert record.text == BODY.strip()


@pytest.mark.parametrize("front", ["---\ndate: 2025-02-30\n---\n", "+++\ntitle = \"6G\"\nauthor = []\n+++\n",
                                   "---\nauthor:\n  - {}\n---\n", "---\n- a list\n---\n"])
def test_odd_front_matter_is_no_failure(front):
    assert kcoop.extract(f"{front}\n{BODY}").text.endswith(BODY.strip())


def test_a_note_apps_property_list_is_front_matter():
    record = kcoop.extract("# 6G 공동연구 착수\n\nCreated: October 5, 2026 11:20 AM\nURL: https://www.etnews.com/20261005000123\n"
                           f"Author: 김하늘 기자\nTags: ICT, 정책\n\n{BODY}")
    assert record.title == "6G 공동연구 착수"
    assert (record.published.date, record.published.time) == ("2026-10-05", "11:20")
    assert record.source.url == "https://www.etnews.com/20261005000123" and record.outlet == "전자신문"
    assert [r.name for r in record.reporters] == ["김하늘"]
    assert record.text == BODY.strip()


@pytest.mark.parametrize("text", [
    f"6G 공동연구 착수\n\n사진: 연합뉴스\n문의: 과기정통부 전파정책과\n\n{BODY}",  # no date or address among them
    f"6G 공동연구 착수\n\n날짜: 2026-10-05\n\n{BODY}",  # one line is no list
    f"속보: 정부, 추경 30조 편성 확정\n입력 : 2026.08.30 10:00\n\n{BODY}",  # a headline with a colon
    f"인터뷰: 김하늘 우주청장\nURL: https://example.com/a\n\n{BODY}",
])
def test_lines_with_a_colon_that_are_not_a_property_list(text):
    assert frontmatter.split(text) == (None, text)


@pytest.mark.parametrize(("written", "date", "time"), [
    ("Oct. 5, 2026", dt.date(2026, 10, 5), None),
    ("October 5, 2026 12:05 AM", dt.date(2026, 10, 5), "00:05"),
    ("December 24, 2025, 3:40 PM", dt.date(2025, 12, 24), "15:40"),
    ("February 30, 2026", None, None),
])
def test_english_dates_of_note_apps(written, date, time):
    found, _ = frontmatter.split(f"Created: {written}\nURL: https://example.com/a\n\n{BODY}")
    if date is None:
        assert found.date is None
    else:
        assert (found.date.date, found.date.time) == (date, time)


def test_a_headline_with_a_colon_stays_the_title():
    record = kcoop.extract(f"속보: 정부, 추경 30조 편성 확정\n입력 : 2026.08.30 10:00\n\n{BODY}")
    assert record.title == "속보: 정부, 추경 30조 편성 확정" and record.published.date == "2026-08-30"
