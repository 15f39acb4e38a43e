"""``extract`` never crashes: whatever it is given, it returns a record or raises InputError."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import FIXTURES, fixture_inputs
from hypothesis import HealthCheck, Phase, example, given, settings
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


# ---------------------------------------------------------------- article-shaped text

def _data_words(name: str) -> list[str]:
    from kcoop.datafiles import words

    return list(words(name))


def _gazetteer_names() -> list[str]:
    from conftest import gazetteer_files

    from kcoop.datafiles import table

    return sorted({row["name"] for name in gazetteer_files() for row in table(name)})


SURNAMES = _data_words("surnames.txt")
TITLES = _data_words("titles.txt")
BODIES = _gazetteer_names()
SYLLABLES = "민수하늘세진도윤지영현우서연준호가람은비성태혜원경훈보미정재"
PARTICLES = ["은", "는", "이", "가", "도", "의", "과", "와", "에", ""]
MARKERS = ["할 계획이다", "하기로 했다", "하기로 합의했다", "할 예정이다", "할 방침이다", "하겠다고 밝혔다",
           "하키로 했다", "할 것으로 보인다", "하지 않기로 했다", "할 것을 촉구했다", "하고 있다"]
WHENS = ["2025년 3월 4일", "내년", "올해", "이달", "다음 달", "0000년까지", "2월 29일부터", "2030년까지",
         "13월 45일", "4일", "지난해 12월", "상반기", "오는 9월", "2026년 하반기", "9999년 1월 1일부터", "31일까지"]
THINGS = ["공동 연구", "예산 1조원", "청년 일자리", "(가칭)미래센터", "「AI 기본법」", "[특별법]", "규제 완화"]


@st.composite
def names(draw) -> str:
    given = draw(st.text(alphabet=SYLLABLES, min_size=1, max_size=2))
    return draw(st.sampled_from(SURNAMES)) + given


@st.composite
def sentences(draw) -> str:
    name, other, third = draw(names()), draw(names()), draw(names())
    title, body, thing = draw(st.sampled_from(TITLES)), draw(st.sampled_from(BODIES)), draw(st.sampled_from(THINGS))
    when, marker, particle = draw(st.sampled_from(WHENS)), draw(st.sampled_from(MARKERS)), draw(st.sampled_from(PARTICLES))
    age = draw(st.integers(min_value=0, max_value=120))
    shapes = [
        f"{body} {name} {title}{particle} {when} {thing}{particle} 추진{marker}.",
        f"{name}·{other}·{third} {title}{particle} {when} {thing}을 {marker}.",
        f"{name}({age}) {body} {title}{particle} \"{thing}을 {when} 마무리하겠다\"고 말했다.",
        f"\"{thing}{particle} 반드시 {marker}\"({name})",
        f"{title} {name}{particle} {body}와 {when} {thing}을 {marker}.",
        f"{body}{particle} {when}까지 {thing}{marker}.{other[1:]}{particle} {name}에 따르면",
        f"{name} {title}{particle} {body}({draw(st.sampled_from(BODIES))})·{draw(st.sampled_from(BODIES))}와 협력했다.",
        f"{body}는 {when} {thing} 계획을 발표했다.시는 {when} {marker}.",
    ]
    return draw(st.sampled_from(shapes))


@st.composite
def articles(draw) -> str:
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=6))
    reporter = draw(names())
    byline = draw(st.sampled_from([f"(서울=연합뉴스) {reporter} 기자 = ", f"[서울=뉴시스]{reporter} 기자 = ", ""]))
    title = draw(sentences())[:40]
    return f"{title}\n\n{byline}" + "\n\n".join(paragraphs) + f"\n\n{reporter} 기자 kcoop@example.com\n"


@st.composite
def dumps(draw) -> str:
    """An article as the tools that save pages write it: front matter with any of its keys
    (or none that are expected), a note app's property list, markdown with images (alt text
    or none), links, lists and tables, a broadcast transcript's cues, a page copied as text."""
    text = draw(articles())
    title, _, body = text.partition("\n\n")
    keys = draw(st.lists(st.sampled_from([
        f"title: {title}", "date: 2026-10-05", "date: 2025-02-30", "date: October 5, 2026", "author: 김하늘 기자",
        "author: []", "author:\n  - name: 김하늘\n    email: sky@example.com", "url: https://www.etnews.com/1",
        "source: https://n.news.naver.com/article/030/1", "tags: [a, b]", "description: 요약",
    ]), max_size=5, unique=True))
    paragraphs = body.split("\n\n")
    shape = draw(st.sampled_from(["front matter", "properties", "markdown", "transcript", "page copy"]))
    if shape == "front matter":
        return "---\n" + "\n".join(keys) + "\n---\n\n" + body
    if shape == "properties":
        return f"# {title}\n\n" + "\n".join(key.replace("\n", " ") for key in keys) + "\n\n" + body
    if shape == "markdown":
        marks = draw(st.lists(st.sampled_from(["![](https://x.kr/a.jpg)", "![사진 설명 (사진=시청 제공)](https://x.kr/b.jpg)",
                                               "- ", "> ", "| 구분 | 내용 |", "|---|---|", "[링크](https://x.kr/c)", "<!-- 광고 -->"]),
                              min_size=len(paragraphs), max_size=len(paragraphs)))
        return f"# {title}\n\n" + "\n\n".join(mark + p if mark in ("- ", "> ") else f"{mark}\n\n{p}"
                                                    for mark, p in zip(marks, paragraphs, strict=True))
    if shape == "transcript":
        cues = draw(st.lists(st.sampled_from(["[앵커]", "[기자]", "◀ 리포트 ▶", "[인터뷰 : 김하늘 / 시청 과장]", "김하늘 / 시청 과장"]),
                             min_size=len(paragraphs), max_size=len(paragraphs)))
        return (f"YTN\n{title}\n2026.08.30. 오후 7:05\n\n"
                + "\n".join(f"{cue}\n{p}" for cue, p in zip(cues, paragraphs, strict=True)) + "\nYTN 김하늘입니다.\n")
    return (f"본문 바로가기\n정치 경제 사회 문화 국제\n{title}\n입력2026.10.05. 오전 11:20\n본문 요약봇\n댓글 24\n"
            + body + "\nCopyright ⓒ 예시일보. All rights reserved.\n")


def _schema():
    from kcoop.record import json_schema

    return json_schema()


# Shrinking is left out: a long generated article takes minutes to shrink, and the failing
# example is printed whole anyway.
@example("제목\n\n시는 0000년까지 공원을 조성할 계획이다.", dt.date(2025, 3, 4))  # year 0
@example("제목\n\n시는 2030년까지 공원을 조성할 계획이다.", dt.date(2040, 11, 1))  # a deadline passed
@settings(max_examples=60, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))))
def test_article_shaped_text_reaches_the_analysis(text, reference_date):
    jsonschema = pytest.importorskip("jsonschema")
    record = kcoop.extract(text, reference_date=reference_date)
    length = len(record.text)
    for found in (*record.people, *record.organisations):
        assert found.mentions, found
        for start, end in found.mentions:
            assert 0 <= start < end <= length, (found, start, end)
    for item in record.commitments:
        start, end = item.span
        assert 0 <= start < end <= length and record.text[start:end] == item.text, item
        if item.when and item.when.start and item.when.end:
            assert item.when.start <= item.when.end, item.when
    jsonschema.validate(json.loads(record.to_json()), _schema())


@settings(max_examples=60, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow])
@given(dumps())
def test_every_shape_of_saved_page_reaches_the_analysis(text):
    record = kcoop.extract(text)
    for item in record.commitments:
        assert record.text[item.span[0]: item.span[1]] == item.text, item
    assert all(record.captions) and "<!--" not in record.text and "](http" not in record.text.replace("![", "")
