"""What each layout must keep and must drop, in the trafilatura style: snippets that must be
in the clean text and snippets (chrome, sidebars, credits) that must never be."""
from __future__ import annotations

import pytest
from conftest import FIXTURES, extract_fixture

import kcoop
from kcoop.article import Article
from kcoop.layouts import furniture, header, linerepair, photos, transcripts

# fixture: (layout, must be in text, must not be in text)
CASES = {
    "000_eef1bbc44fbea8fa.txt": ("daum", ["과학기술정보통신부는 ‘한-미 기술번영 MOU’", "활성화될 것으로 기대한다”고 강조했다."],
                                 ["관련자료", "댓글", "Copyright", "괴물 호박", "dhp@dt.co.kr", "작성일", "data-org-src"]),
    "003_a8638d5ad2ceafd5.txt": ("nuriilbo", ["과학기술정보통신부는 이도규 정보통신정책실장을", "차질 없이 추진해 나갈 것”이라고 밝혔다."],
                                 ["기상청 제공", "맑음", "오피니언", "이상일", "용인", "(누리일보)", "경제산업"]),
    "004_095b2a8f046402e3.txt": ("newsis", ["정부가 바이오, 반도체", "정책적 역량을 집중해 나갈 계획이다."],
                                 ["공감언론", "email", "재판매", "[서울=뉴시스]", "윤현성 기자"]),
    "005_daum_yonhap_fullpage.html": ("daum", ["과학기술정보통신부는 17일 도쿄에서", "양자 인력 교류 프로그램도 마련할 계획이다."],
                                      ["(서울=연합뉴스)", "김정은 기자", "kje@yna.co.kr", "최민호", "유상임", "Kakao", "다음뉴스"]),
    "006_daum_in_template.html": ("daum", ["중소벤처기업부와 한국과학기술연구원(KIST)은", "모델을 만들겠다\"고 강조했다."],
                                  ["로그인", "공지사항", "이종호", "Source", "hybrid@etnews.com", "조회"]),
    "007_daum_cp949_tworeporters.txt": ("daum", ["산업통상자원부와 우주항공청은", "로드맵을 발표할 계획이다."],
                                        ["이민수", "날씨", "Copyright", "가을 축제"]),
    "008_newsis_bom_crlf.md": ("newsis", ["정부가 내년 국가 연구개발(R&D) 예산을", "제도 개선안을 마련하기로 했다."],
                               ["김철수", "등록 2025", "공감언론", "\r", "\ufeff"]),
    "010_nuriilbo_utf16_sidebar.txt": ("nuriilbo", ["한국연구재단은 KAIST와 함께", "확대하기를 희망한다고 밝혔다."],
                                       ["김동연", "칼럼", "김민수 기자", "흐림", "IT/과학"]),
    "011_generic_news.html": ("generic", ["한국전자통신연구원(ETRI)은 대전 본원에", "협력 양해각서를 체결한 바 있다."],
                              ["많이 본 뉴스", "이창윤", "가+", "저작권자", "입력 2025", "발행인", "psm@hellodd.com", "[ETRI 제공]"]),
    "012_generic_plain.txt": ("generic", ["방송통신위원회는 18일 SK텔레콤", "개정안을 마련할 방침이다."],
                              ["글자크기", "주요 뉴스", "윤석열", "삼성전자 주가", "저작권자", "dej@mk.co.kr", "입력"]),
    "013_newsone_markdown.md": ("generic", ["삼성전자와 네이버가 온디바이스", "점차 넓혀 나갈 계획이다."],
                                ["[세종=뉴스1]", "평택캠퍼스 전경", "hong@news1.kr", "](http"]),
    "014_daum_yonhap_dump.txt": ("daum", ["과학기술정보통신부는 배경훈 부총리", "관계자들도 참석했다."],
                                 ["(서울=연합뉴스)", "shjo@yna.co.kr", "정청래", "윤석열", "댓글", "제공"]),
    "015_newsis_three_parties.md": ("newsis", ["중소벤처기업부는 19일 서울 강남구", "지원계획을 공고할 예정이다."],
                                    ["이지영 기자", "공감언론", "photo@newsis.com", "재판매"]),
    "019_generic_euckr_br.html": ("generic", ["우주항공청은 2032년 달 착륙을", "기본설계를 마칠 계획이다."],
                                  ["관련기사", "누리호", "다누리", "김대덕 기자", "입력", "Copyright", "뉴스"]),
    "020_newsis_full_page.html": ("newsis", ["과학기술정보통신부는 4일 양자 전략을", "테스트베드를 구축할 계획이다."],
                                  ["[서울=뉴시스]", "공감언론", "많이 본 기사", "정치 경제"]),
    "050_newsis_article_page.html": ("newsis", ["우주항공청은 20일 재사용 발사체", "키워 나가겠다\"고 말했다."],
                                     ["연말까지 접수", "photo@newsis.com", "공감언론", "관련기사", "많이 본 기사", "글자크기",
                                      "NEWSIS.COM", "showAd"]),
    "048_daum_article_page_v.html": ("daum", ["한국천문연구원은 자체 개발한", "두 번째 자료를 공개할 예정이다."],
                                     ["(대전=연합뉴스)", "mjseo@yna.co.kr", "재판매", "Copyright", "다른 언론사", "많이 본 뉴스",
                                      "음성으로 듣기"]),
    "049_naver_in_template.html": ("naver", ["해양수산부는 연안 여객선을", "사업 설명회를 열 계획이다."],
                                   ["시운전 모습", "dyhan@yna.co.kr", "스크랩", "한도윤 기자"]),
    "060_generic_agency_page_copy.txt": ("generic", ["산업통상부는 18일 정부세종청사에서", "남미 현지 사무소를 열 예정이다."],
                                         ["바로가기", "정치 북한 경제", "기자 페이지", "(세종=연합뉴스)", "tae5@", "okjebo",
                                          "저작권자", "많이 본 뉴스", "송고"]),
    "061_naver_mobile_copy.txt": ("naver", ["과학기술정보통신부는 5일 핀란드", "협력을 강화하겠다\"고 말했다."],
                                           ["본문 요약봇", "텍스트 음성", "글자 크기", "SNS 보내기", "이정민 기자", "Copyright",
                                            "섹션으로 분류", "헤드라인"]),
    "062_frontmatter_web_clipper.md": ("generic", ["원자력안전위원회가 소형모듈원자로(SMR)", "사전 설명회를 연다."],
                                       ["![", "(사진=원자력안전위원회)", "clippings", "sky@", "저작권자", "정하늘 기자"]),
    "063_generic_markdown_links.md": ("generic", ["산업통상부는 2일 반도체특별법 시행령", "시행령은 2027년 1월 시행된다."],
                                      ["](", "<!--", "ad slot", "|---", "- 산업", "> ", "mjkim@", "입력 2026", "ⓒ"]),
    "064_daum_mobile_copy.txt": ("daum", ["서울중앙지법 형사합의21부(재판장 오세정)는", "항소 여부를 결정할 방침이다."],
                                         ["타임톡", "요약보기", "번역 설정", "글씨크기", "류지민 기자", "Copyright", "이동합니다"]),
    "065_generic_json_ld_body.html": ("generic", ["해양수산부는 9일 연안 여객선", "교체를 앞당기겠다\"고 말했다."],
                                      ["로딩 중", "Copyright", "정치", "articleBody", "장보람"]),
    "066_generic_broadcast_transcript.txt": ("generic", ["기상청이 인공지능 기반 태풍 예보 모델을", "정미란 / 기상청 예보국장",
                                                         "정확도를 크게 높이겠습니다."],
                                             ["[앵커]", "[기자]", "[인터뷰]", "YTN 윤서하입니다", "제보", "저작권자", "오후 7:05"]),
    "067_generic_note_app_export.md": ("generic", ["우주항공청은 5일 달 착륙선", "차질 없이 지키겠다\"고 말했다."],
                                       ["Created:", "URL:", "Tags:", "sky@", "김하늘 기자"]),
    "051_newsis_in_template.html": ("newsis", ["과학기술정보통신부는 내년부터 양자 분야", "선정 기준을 공고할 예정이다."],
                                    ["[서울=뉴시스]", "장비를 점검하고", "공감언론", "많이 본 뉴스", "한빛포털"]),
    "016_nuriilbo_other_section.txt": ("nuriilbo", ["원자력안전위원회는 3일 제220회", "작업을 진행할 계획이다."],
                                       ["많이 본 기사", "박형준", "엑스포", "기상청", "사회"]),
    "030_nuriilbo_reporter_at_end.txt": ("nuriilbo", ["과학기술정보통신부는 배경훈 부총리", "주도할 수 있기를 기대한다\"고 말했다."],
                                         ["김영희 기자", "kyh@", "김철수", "6G 표준", "기상청", "IT·과학"]),
    "031_newsis_page_text.txt": ("newsis", ["과학기술정보통신부가 내년 인공지능(AI) 반도체", "개소할 예정이다."],
                                 ["전체메뉴", "로그인", "IT·바이오", "윤현성 기자", "공감언론", "많이 본 기사", "김철수", "Copyright"]),
    "032_daum_yonhap_tips_tail.txt": ("daum", ["한국과 미국이 인공지능(AI)과 양자기술", "넓혀가겠다\"고 말했다."],
                                      ["(워싱턴=연합뉴스)", "kimdh@", "제보는", "okjebo", "저작권자", "관련자료"]),
    "033_newsis_corner_brackets.md": ("newsis", ["우주항공청과 유럽우주국(ESA)이 달 탐사", "넓혀 가길 기대한다\"고 말했다."],
                                      ["【사천=뉴시스】", "이정하 기자", "ljh@", "공감언론", "사진=우주항공청"]),
    "034_nuriilbo_weather_variants.txt": ("nuriilbo", ["원자력안전위원회는 22일 제230회", "마무리할 계획이다."],
                                          ["동두천", "°C", "기상청", "박지성 기자", "많이 본 뉴스", "배우"]),
    "035_nuriilbo_flattened.txt": ("nuriilbo", ["과학기술정보통신부는 배경훈 부총리", "주도할 수 있기를 기대한다\"고 말했다."],
                                   ["김영희 기자", "kyh@", "김철수", "6G 표준", "기상청", "℃", "IT·과학", "(누리일보)"]),
    "037_generic_zdnet_page_text.txt": ("generic", ["과학기술정보통신부는 16일 서울 중구", "늘려가겠다\"고 말했다."],
                                        ["지디넷코리아", "반도체\n", "김윤희 기자", "yuni@", "관련기사", "하위법령", "댓글"]),
    "021_daum_text_only.txt": ("daum", ["과학기술정보통신부는 배경훈 부총리", "관계자들도 참석했다."],
                               ["(서울=연합뉴스)", "shjo@yna.co.kr", "정청래", "댓글", "제공", "악수하고", "작성일"]),
    "022_generic_flattened.txt": ("generic", ["방송통신위원회는 18일 SK텔레콤", "개정안을 마련할 방침이다."],
                                  ["글자크기", "주요 뉴스", "윤석열", "저작권자", "dej@mk.co.kr", "입력"]),
    "024_daum_newsis_dump.txt": ("daum", ["과학기술정보통신부는 산학연 전문가가", "적극 지원하겠다\"고 말했다."],
                                 ["[서울=뉴시스]", "공감언론", "hyun@newsis.com", "Copyright", "폭염", "재판매"]),
    "025_generic_portal_page.html": ("naver", ["과학기술정보통신부는 28일 서울에서", "핵심 기술 파트너\"라고 강조했다."],
                                     ["AI 반도체 설계 공동연구에 3년간", "서명하고", "nine@dt.co.kr", "Copyright", "HBM", "좋아요", "이용약관"]),
    "026_generic_cms_page_text.txt": ("generic", ["과학기술정보통신부는 20일 베를린에서", "운영을 맡을 예정이다."],
                                      ["[대전일보 김민지 기자]", "다른기사", "관련기사", "이장우", "발행인", "저작권자", "서명하고",
                                       "정치경제", "내년 상반기 공동연구센터 설립…"]),
    "027_generic_portal_page_text.txt": ("generic", ["과학기술정보통신부는 28일 서울에서", "핵심 기술 파트너\"라고 강조했다."],
                                         ["AI 반도체 설계 공동연구에 3년간", "서명하고", "nine@dt.co.kr", "Copyright", "HBM",
                                          "좋아요", "이용약관", "2025.11.28"]),
    "023_generic_cms_page.html": ("generic", ["과학기술정보통신부는 20일 베를린에서", "운영을 맡을 예정이다."],
                                  ["[대전일보 김민지 기자]", "다른기사 보기", "관련기사", "이장우", "발행인", "저작권자", "서명하고"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_body_keeps_the_article_and_drops_the_page(name):
    layout, with_snippets, without_snippets = CASES[name]
    record = extract_fixture(FIXTURES / name)
    assert record["source"]["layout"] == layout
    for snippet in with_snippets:
        assert snippet in record["text"], snippet
        assert record["text"].count(snippet) == 1, f"{snippet!r} is repeated"
    for snippet in without_snippets:
        assert snippet not in record["text"], snippet


def test_daum_dump_date_comes_from_image_timestamp_checked_against_jakseongil():
    record = extract_fixture(FIXTURES / "000_eef1bbc44fbea8fa.txt")
    assert record["published"] == {"date": "2025-10-29", "time": "10:55", "basis": "image-url", "confidence": "high"}


def test_yearless_date_without_evidence_is_null_with_a_warning():
    record = extract_fixture(FIXTURES / "007_daum_cp949_tworeporters.txt")
    assert record["published"] is None
    assert any("without a year" in w for w in record["warnings"])


def test_yearless_date_resolves_with_reference_date():
    import datetime as dt

    import kcoop

    data = (FIXTURES / "007_daum_cp949_tworeporters.txt").read_bytes()
    record = kcoop.extract(data, reference_date=dt.date(2025, 12, 1))
    assert record.published.date == "2025-09-22"
    assert record.published.confidence == "low"


def test_newsis_date_is_inferred_from_photo_and_day_number():
    record = extract_fixture(FIXTURES / "004_095b2a8f046402e3.txt")
    assert record["published"]["date"] == "2025-08-04"
    assert record["published"]["basis"] == "relative-day"
    assert record["published"]["confidence"] == "low"
    assert record["warnings"]


def test_the_day_of_saying_dates_the_report_not_a_past_day():
    record = extract_fixture(FIXTURES / "028_newsis_report_day.md")  # 지난 11일 … 12일 밝혔다; photo of 11-12
    assert record["published"]["date"] == "2025-11-12"
    assert "12일" in record["warnings"][0]


@pytest.mark.parametrize(("body", "day"), [
    ("과기정통부는 지난 11일 협약을 체결했다고 12일 밝혔다.", 12),
    ("오는 20일 회의가 열린다. 4일 대전에서 간담회가 열렸다.", 4),
    ("과기정통부는 3일 간담회를 열었다. 과기정통부는 계획을 5일 발표했다.", 5),
    ("지난 3일 회의가 열렸다.", None),
])
def test_the_report_day_is_the_day_of_saying_else_the_first_plain_day(body, day):
    from kcoop.analysis.dates import _report_day

    assert _report_day(body) == day


def test_an_unmarked_paragraph_of_a_daum_body_is_read():
    record = extract_fixture(FIXTURES / "029_daum_eu_unmarked_byline.txt")  # <p>박소연 기자 …</p> outside the marked blocks
    assert record["reporters"] == [{"name": "박소연", "email": "syp@etnews.com"}]
    assert "박소연 기자" not in record["text"]


def test_a_page_of_one_paragraph_keeps_its_headline_out_of_the_text():
    import kcoop

    page = ("<html><body><h1>과기정통부, 협력 강화</h1><div>과학기술정보통신부는 3일 협력을 강화하기로 했다고 밝혔다."
            "<div>둘째 블록의 문장이다.</div></div></body></html>")
    record = kcoop.extract(page.encode("utf-8"))
    assert record.title == "과기정통부, 협력 강화"
    assert record.text == "과학기술정보통신부는 3일 협력을 강화하기로 했다고 밝혔다.\n\n둘째 블록의 문장이다."


def test_page_text_with_the_site_name_and_menu_above_the_headline():
    record = extract_fixture(FIXTURES / "031_newsis_page_text.txt")
    assert record["title"] == "과기정통부, 내년 AI 반도체 예산 1조 투입…\"국산 NPU 생태계 키운다\""
    assert record["subtitle"] is None
    assert record["reporters"] == [{"name": "윤현성", "email": "hsyhs@newsis.com"}]
    assert (record["dateline"], record["published"]["date"], record["published"]["time"]) == ("세종", "2025-11-20", "14:32")


def test_weather_lines_with_a_space_or_degrees_c_are_widget_not_headline():
    record = extract_fixture(FIXTURES / "034_nuriilbo_weather_variants.txt")
    assert (record["title"], record["subtitle"], record["outlet"]) == ("원안위, 고리 2호기 계속운전 허가…\"안전성 확인\"", None, "누리일보")


def test_daum_subheadings_stay_in_the_body_in_order():
    import kcoop

    dump = ('과기정통부 협력 강화 작성일 2025.10.29 10:55 <div class="article_view"><section>'
            '<p dmcf-ptype="general">과학기술정보통신부는 29일 협력을 강화한다고 밝혔다.</p>'
            '<h3 dmcf-ptype="h3">◆ 양자 공동연구 확대</h3>'
            '<p dmcf-ptype="general">양국은 양자 공동연구를 확대하기로 했다.</p></section></div>')
    assert kcoop.extract(dump).text.split("\n\n") == [
        "과학기술정보통신부는 29일 협력을 강화한다고 밝혔다.", "◆ 양자 공동연구 확대", "양국은 양자 공동연구를 확대하기로 했다."]


def test_a_flattened_nuri_ilbo_page_gives_the_record_of_its_lines_but_the_headline_split():
    flat, lines = (extract_fixture(FIXTURES / name) for name in ("035_nuriilbo_flattened.txt", "030_nuriilbo_reporter_at_end.txt"))
    for field in ("text", "outlet", "published", "reporters", "people", "organisations", "commitments"):
        assert flat[field] == lines[field], field
    assert flat["title"] == f"{lines['title']} {lines['subtitle']}"  # where the title ends is lost with the lines


def test_a_flattened_newsis_dump_keeps_its_image_caption_whole_and_skips_its_repeat():
    flat, lines = (extract_fixture(FIXTURES / name) for name in ("036_newsis_flattened.md", "028_newsis_report_day.md"))
    for field in ("text", "captions", "outlet", "published", "reporters", "dateline", "people", "organisations", "commitments"):
        assert flat[field] == lines[field], field
    assert flat["title"] == f"{lines['title']} {lines['subtitle']}"


@pytest.mark.parametrize(("head", "reporters"), [
    ('<meta name="author" content="이준희 기자">', ["이준희"]),
    ('<script type="application/ld+json">{"author": [{"@type": "Person", "name": "김민지"}]}</script>', ["김민지"]),
    ('<meta name="author" content="전자신문">', []),
    ('<meta name="author" content="편집국">', []),
])
def test_without_a_printed_byline_the_declared_author_is_the_reporter(head, reporters):
    import kcoop

    page = (f"<html><head>{head}</head><body><h1>과기정통부, 협력 강화</h1><div>"
            "<p>과학기술정보통신부는 3일 협력을 강화하기로 했다고 밝혔다.</p><p>두 번째 문단이다. 여기에도 글자가 있다.</p>"
            "</div></body></html>")
    assert [r.name for r in kcoop.extract(page.encode("utf-8")).reporters] == reporters


def test_masked_email_is_null_never_text():
    record = extract_fixture(FIXTURES / "004_095b2a8f046402e3.txt")
    assert record["reporters"] == [{"name": "윤현성", "email": None}]
    assert record["dateline"] == "서울"
    assert "protected" not in record["text"] and not any("protected" in c for c in record["captions"])


def test_dateline_byline_and_lone_email_become_reporter():
    record = extract_fixture(FIXTURES / "005_daum_yonhap_fullpage.html")
    assert record["reporters"] == [{"name": "김정은", "email": "kje@yna.co.kr"}]
    assert record["dateline"] == "서울"
    assert record["outlet"] == "연합뉴스"
    assert record["published"]["basis"] == "byline"


def test_daum_body_in_template_takes_credits_from_the_page():
    record = extract_fixture(FIXTURES / "006_daum_in_template.html")
    assert record["title"] == "중기부·KIST, 딥테크 스타트업 공동 육성 MOU"
    assert record["outlet"] == "전자신문"
    assert record["published"]["date"] == "2025-11-03"


def test_email_on_the_closing_line_belongs_to_the_reporter():
    record = extract_fixture(FIXTURES / "020_newsis_full_page.html")
    assert record["reporters"] == [{"name": "김철수", "email": "kcs@newsis.com"}]
    assert record["outlet"] == "뉴시스"


def test_two_reporters_in_one_byline():
    assert [r["name"] for r in extract_fixture(FIXTURES / "007_daum_cp949_tworeporters.txt")["reporters"]] == ["이민수", "최지현"]
    assert [r["name"] for r in extract_fixture(FIXTURES / "008_newsis_bom_crlf.md")["reporters"]] == ["김철수", "이영희"]


def test_layout_override():
    import kcoop

    data = (FIXTURES / "000_eef1bbc44fbea8fa.txt").read_bytes()
    record = kcoop.extract(data, layout="generic")
    assert record.source.layout == "generic"
    assert record.source.layout_confidence == 1.0


def test_day_number_and_reference_date_give_a_low_confidence_date():
    import datetime as dt

    import kcoop

    data = (FIXTURES / "018_newsis_markdown_headings.md").read_bytes()
    assert kcoop.extract(data).published is None
    record = kcoop.extract(data, reference_date=dt.date(2025, 12, 5))
    assert (record.published.date, record.published.basis, record.published.confidence) == ("2025-12-02", "relative-day", "low")


def test_markdown_headings_and_a_byline_date_line():
    record = extract_fixture(FIXTURES / "018_newsis_markdown_headings.md")
    assert (record["title"], record["subtitle"]) == ("과기정통부, 6G 상용화 로드맵 발표", "2028년 세계 최초 상용화 목표")
    record = extract_fixture(FIXTURES / "017_nuriilbo_byline_line.txt")
    assert record["subtitle"] is None
    assert record["reporters"] == [{"name": "홍길동", "email": None}]
    assert record["published"]["date"] == "2026-01-20" and record["published"]["basis"] == "byline"


@pytest.mark.parametrize(("lead", "reporters", "outlet"), [
    ("[아이뉴스24 홍길동 기자] 과기정통부는 회의를 열었다.", ["홍길동"], "아이뉴스24"),
    ("[파이낸셜뉴스] 과기정통부는 회의를 열었다.", [], "파이낸셜뉴스"),
    ("(세종=뉴스1) 홍길동 김철수 기자 = 과기정통부는 회의를 열었다.", ["홍길동", "김철수"], "뉴스1"),
    ("【서울=뉴시스】홍길동 기자 = 과기정통부는 회의를 열었다.", ["홍길동"], "뉴시스"),
])
def test_lead_bylines_and_outlet_tags_leave_the_text(lead, reporters, outlet):
    import kcoop

    dump = (f'제목 작성일 11-12 3 목록 <div class="article_view"><section><p dmcf-ptype="general">{lead}</p>'
            f'</section></div><p>Copyright © {outlet}. 무단전재 및 재배포 금지.</p>')
    record = kcoop.extract(dump)
    assert record.text == "과기정통부는 회의를 열었다."
    assert [r.name for r in record.reporters] == reporters
    assert record.outlet == outlet


def test_photo_captions_in_page_text_are_captions_but_bullets_stay():
    import kcoop

    page = ("2026.01.20 (화)\n\n기상청 제공\n\n정치\n\n과기정통부, AI 인재 1만명 양성\n\n"
            "(누리일보) 과학기술정보통신부는 20일 AI 인재 양성 계획을 발표했다.\n\n"
            "▲ 배경훈 장관이 발표하고 있다. (사진=과기정통부)\n\n"
            "▲AI 반도체 ▲양자 ▲바이오 분야가 대상이다.\n\n오피니언\n")
    record = kcoop.extract(page)
    assert record.source.layout == "nuriilbo"
    assert record.captions == ["배경훈 장관이 발표하고 있다. (사진=과기정통부)"]
    assert record.text.endswith("▲AI 반도체 ▲양자 ▲바이오 분야가 대상이다.")


def test_text_that_starts_with_prose_has_no_title_and_keeps_its_body():
    import kcoop

    record = kcoop.extract("과기정통부는 내년 회의를 개최할 예정이라고 밝혔다.".encode())
    assert record.title is None
    assert record.text == "과기정통부는 내년 회의를 개최할 예정이라고 밝혔다."
    assert [c.kind for c in record.commitments] == ["plan"]


def test_copyright_printed_inside_the_body_ends_it():
    import kcoop

    dump = ('제목 작성일 11-12 3 목록 <div class="article_view"><section>'
            '<p dmcf-ptype="general">과기정통부는 회의를 열었다.</p>'
            '<p dmcf-ptype="general">홍길동 기자 hong@hankyung.com</p>'
            '<p dmcf-ptype="general">ⓒ 한국경제 &amp; hankyung.com, 무단전재 및 재배포 금지</p></section></div>')
    record = kcoop.extract(dump)
    assert record.text == "과기정통부는 회의를 열었다."
    assert record.outlet == "한국경제"
    assert [(r.name, r.email) for r in record.reporters] == [("홍길동", "hong@hankyung.com")]


def test_a_flattened_line_breaks_at_sentences_datelines_and_notices_but_not_in_brackets():
    from kcoop.layouts.linerepair import unflatten

    line = ("악수하고 있다. [과기정통부 제공. 재판매 및 DB 금지] (서울=연합뉴스) 조승한 기자 = 과기정통부는 밝혔다. "
            "사진=ⓒ연합뉴스 기준으로 본 사진이다. 조승한 기자 shjo@yna.co.kr Copyright © 연합뉴스. 무단전재 금지.")
    assert unflatten(line) == [
        "악수하고 있다.", "[과기정통부 제공. 재판매 및 DB 금지]", "(서울=연합뉴스) 조승한 기자 = 과기정통부는 밝혔다.",
        "사진=ⓒ연합뉴스 기준으로 본 사진이다.", "조승한 기자 shjo@yna.co.kr", "Copyright © 연합뉴스.", "무단전재 금지.",
    ]


def test_a_daum_dump_title_may_hold_angle_brackets():
    import kcoop

    record = kcoop.extract('<단독> 과기정통부, AI 예산 증액 작성일 11-12 3 목록 <div class="article_view">'
                           '<p dmcf-ptype="general">과기정통부는 예산을 늘릴 계획이다.</p></div>')
    assert (record.source.layout, record.title) == ("daum", "<단독> 과기정통부, AI 예산 증액")
    assert record.text == "과기정통부는 예산을 늘릴 계획이다."


@pytest.mark.parametrize(("head", "published"), [
    ("작성일 2025.11.12. 10:20 7 목록", {"date": "2025-11-12", "time": "10:20"}),
    ("작성일 2025-11-12 오후 3:05", {"date": "2025-11-12", "time": "15:05"}),
])
def test_a_daum_dump_head_with_a_year_gives_the_date(head, published):
    import kcoop

    record = kcoop.extract(f"과기정통부, 회의 개최 {head} 과기정통부는 12일 회의를 열었다. 홍길동 기자 "
                           "Copyright © 전자신문. 무단전재 및 재배포 금지. 관련자료 이전 다른 기사 11-12 댓글 0")
    assert record.source.layout == "daum"
    assert record.title == "과기정통부, 회의 개최"
    assert {"date": record.published.date, "time": record.published.time} == published
    assert record.text == "과기정통부는 12일 회의를 열었다."
    assert record.outlet == "전자신문"
    assert [r.name for r in record.reporters] == ["홍길동"]


@pytest.mark.parametrize(("notice", "outlet"), [
    ("Copyright © 디지털타임스. 무단전재 및 재배포 금지.", "디지털타임스"),
    ("<ⓒ경향신문(www.khan.co.kr), 무단전재 및 재배포 금지>", "경향신문"),
    ("ⓒ 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지", "매일경제"),
    ("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "연합뉴스"),
    ("<저작권자 ⓒ 1980-2025 ㈜연합뉴스. 무단 전재 재배포 금지>", "연합뉴스"),
    ("ⓒ 한겨레신문사 : 무단전재 및 재배포 금지", "한겨레"),
    ("Copyrights ⓒ 헤럴드경제 & heraldcorp.com, 무단 전재 및 재배포 금지", "헤럴드경제"),
    ("ⓒ 중앙일보 https://www.joongang.co.kr/ 무단 전재 및 재배포 금지", "중앙일보"),
    ("저작권자 © ZDNet Korea 무단전재 및 재배포 금지", "지디넷코리아"),
    ("Copyright(c) 전자신문인터넷. 무단전재 및 재배포 금지", "전자신문"),
    ("저작권자 © 새로운일보 무단전재 및 재배포 금지", "새로운일보"),  # not in outlets.tsv: the name as printed
])
def test_the_outlet_of_a_copyright_notice(notice, outlet):
    import kcoop

    record = kcoop.extract(f"제목입니다\n\n과기정통부는 회의를 열었다.\n\n{notice}\n")
    assert record.outlet == outlet
    assert record.text == "과기정통부는 회의를 열었다."


def test_a_newsis_caption_printed_without_its_image_line_stays_out_of_the_body():
    import kcoop

    dump = (FIXTURES / "004_095b2a8f046402e3.txt").read_text(encoding="utf-8")
    without_image = "\n".join(line for line in dump.split("\n") if not line.startswith("!["))
    record = kcoop.extract(without_image)
    assert record.text.startswith("정부가 바이오, 반도체")
    assert [r.name for r in record.reporters] == ["윤현성"]
    assert record.captions and record.captions[0].startswith("[서울=뉴시스] 제약바이오")


@pytest.mark.parametrize(("line", "date", "time"), [
    ("기사입력 2025-11-27 오전 10:30", "2025-11-27", "10:30"),
    ("입력 : 2025. 11. 27. 오후 3:05", "2025-11-27", "15:05"),
    ("입력 2025년 11월 27일 10시 30분", "2025-11-27", "10:30"),
    ("기사전송 2025/11/27 10:30", "2025-11-27", "10:30"),
    ("게재 일자 : 2025년 11월 27일", "2025-11-27", None),
    ("승인 2025.11.27 10:30", "2025-11-27", "10:30"),
])
def test_a_labelled_date_line_dates_the_article(line, date, time):
    import kcoop

    record = kcoop.extract(f"과기정통부, 회의 개최\n{line}\n과기정통부는 27일 회의를 열었다.\n")
    assert (record.published.date, record.published.time) == (date, time)
    assert record.text == "과기정통부는 27일 회의를 열었다."


def test_character_references_left_in_page_text_are_read_as_characters():
    import kcoop

    record = kcoop.extract("과기정통부, R&D 혁신 추진\n\n배경훈 과기정통부 장관은 &quot;R&amp;D 제도를 바꾸겠다&quot;고 말했다.\n")
    assert record.title == "과기정통부, R&D 혁신 추진"
    assert record.text == '배경훈 과기정통부 장관은 "R&D 제도를 바꾸겠다"고 말했다.'
    assert [(c.kind, c.actors) for c in record.commitments] == [("pledge", ["배경훈"])]


def test_an_edition_wins_over_its_parent_paper():
    from kcoop import outlets
    assert outlets.most_specific(["조선일보", "스포츠조선"]) == "스포츠조선"
    assert outlets.most_specific(["조선일보", "연합뉴스"]) == "조선일보"
    assert outlets.by_name("법률신문") == "법률신문"


@pytest.mark.parametrize("line", [
    "홍길동 시장이 2일 시청에서 발표하고 있다. /뉴스1",
    "조감도./한빛시",
    "한빛 지사.(국가보훈처 제공)",
    "홍길동 대표 《사진=연합뉴스》",
    "<사진=홍길동 기자>",
    "그래픽=홍길동",
    "왼쪽부터 홍길동 회장, 김철수 사장.",
    "두 사람이 악수하고 있다. ⓒ뉴스1",
])
def test_photo_captions_in_text_dumps(line):
    assert photos.is_photo_caption(line)


@pytest.mark.parametrize("line", [
    "매출은 전년 대비 3/4 수준으로 줄었다.",
    "그는 \"왼쪽부터 차례로 들어오라\"고 말했다.",
    "Copyright ⓒ 조선일보 무단 전재 금지",
])
def test_not_photo_captions(line):
    assert not photos.is_photo_caption(line)


def test_inline_related_links_leave_the_paragraph():
    assert furniture.without_inline_links("남겼다. [관련기사: 한빛일보 '[단독] 제목'] 그러나") == "남겼다. 그러나"


def test_an_outlet_named_with_a_space_on_the_header_line_is_the_outlet():
    import kcoop

    record = kcoop.extract("반도체 수출 석 달째 증가\n입력 2025-03-04 09:10  SBS Biz  홍길동 기자\n반도체 수출이 늘었다.\n")
    assert record.outlet == "SBS Biz"
    assert [r.name for r in record.reporters] == ["홍길동"]


@pytest.mark.parametrize("line", ["본문 바로가기", "연합뉴스 바로가기", "정치 북한 경제 마켓+ 산업 사회 전국 세계 문화 건강 연예 스포츠",
                                  "정치 경제 사회 문화 국제 스포츠", "본문 요약봇", "SNS 보내기",
                                  "타임톡 24", "댓글 1,203"])
def test_skip_links_section_bars_and_portal_labels_are_chrome(line):
    assert furniture.is_chrome(line)


@pytest.mark.parametrize("line", ["여야 오늘 본회의 열어 예산안 처리", "경제 사회 분야 협력 강화", "정치권, 경제 살리기 법안 처리 합의",
                                  "경제 금융 부동산 정책 총정리", "TOP 10", "2026년 예산 1,203",
                                  "시민이 직접 찾아가는 바로가기 서비스 도입한다"])
def test_headlines_with_section_words_or_a_skip_word_are_not_chrome(line):
    assert not furniture.is_chrome(line)


def test_an_image_without_alt_text_is_no_caption_and_no_failure():
    record = kcoop.extract("원안위, 심사 지침 연내 마련\n\n![](https://example.com/a.jpg)\n\n"
                           "원자력안전위원회가 소형모듈원자로 심사 지침을 연내 마련한다.\n\n"
                           "![원안위 전경](https://example.com/b.jpg)\n", path="clip.md")
    assert record.captions == ["원안위 전경"]
    assert record.text == "원자력안전위원회가 소형모듈원자로 심사 지침을 연내 마련한다."


@pytest.mark.parametrize(("line", "plain"), [
    ("산업통상부는 [반도체특별법](https://example.com/tag/1) 시행령을", "산업통상부는 반도체특별법 시행령을"),
    ('[링크](https://example.com "제목") 뒤', "링크 뒤"),
    ("[김민재 기자](mailto:mjkim@example.com)", "김민재 기자 mjkim@example.com"),
    ("- 다음 달 공청회를 연다.", "다음 달 공청회를 연다."),
    ("> > 인용한 말", "인용한 말"),
    ("|---|:---:|", ""),
    ("| 대상 | 연구개발 인력 |", " 대상 | 연구개발 인력 "),
    ("![사진 설명](https://example.com/a.jpg)", "![사진 설명](https://example.com/a.jpg)"),  # images are read later
    ("2-3명이 참석했다. 3 - 1로 이겼다", "2-3명이 참석했다. 3 - 1로 이겼다"),
    ("[사진](연합뉴스) 시청 전경", "[사진](연합뉴스) 시청 전경"),  # brackets of text, not a link
    ("[![시청 전경](https://x.kr/a.jpg)](https://x.kr/news/1)", "![시청 전경](https://x.kr/a.jpg)"),
    ("[목록](/news/list) [위로](#top)", "목록 위로"),
])
def test_markdown_of_a_saved_page_reads_as_plain_text(line, plain):
    assert linerepair.plain_markdown(line) == plain


def test_a_page_that_draws_its_text_keeps_the_text_it_declares_and_not_a_shorter_one():
    page = ('<html><head><script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", '
            '"articleBody": "<p>첫 문단입니다. 시는 내년에 공원을 짓는다.</p><p>둘째 문단입니다.</p>"}]}</script>'
            '<script type="application/ld+json">{broken</script></head><body><div id="app"><p>{}</p></div></body></html>')
    assert kcoop.extract(page).text == "첫 문단입니다. 시는 내년에 공원을 짓는다.\n\n둘째 문단입니다."
    drawn = page.replace("<p>{}</p>", "<p>{}</p>".format("화면에 그려진 본문이 더 길고 자세하다. " * 5))
    assert kcoop.extract(drawn).text.startswith("화면에 그려진 본문이")


@pytest.mark.parametrize(("line", "speaker"), [
    ("[앵커]", ""), ("◀ 리포트 ▶", ""), ("<앵커 멘트>", ""), ("[인터뷰 : 정미란 / 기상청 예보국장]", "정미란 / 기상청 예보국장"),
    ("[단독] 기상청, 태풍 예보 모델 도입", None), ("[사진]", None), ("[기상청 제공]", None),
])
def test_the_cues_of_a_broadcast_transcript(line, speaker):
    assert transcripts.cue(line) == speaker


def test_a_sign_off_names_the_reporter_and_the_outlet_and_other_lines_do_not():
    article = Article()
    assert transcripts.take_sign_off("KBS 뉴스 윤서하입니다.", article)
    assert [r.name for r in article.reporters] == ["윤서하"] and article.outlet_clues == ["KBS"]
    assert not transcripts.take_sign_off("이것이 우리의 목표입니다.", Article())
    assert not transcripts.take_sign_off("정부 방침입니다.", Article())
    for line in ("SBS 뉴스입니다.", "KBS 기자입니다.", "YTN 사회부입니다.", "한겨레 독자입니다."):
        assert not transcripts.take_sign_off(line, Article()), line


def test_a_sign_off_is_read_in_a_transcript_only():
    text = "시, 공원 조성\n\n시는 내년 공원을 조성할 계획이다.\n\n한겨레 김하늘입니다.\n"
    record = kcoop.extract(text)
    assert record.reporters == [] and record.text.endswith("한겨레 김하늘입니다.")


@pytest.mark.parametrize(("line", "date", "reporters"), [
    ("2026.08.30. 오후 7:05", ("2026-08-30", "19:05"), []),
    ("2025-08-27 14:12:33  디지털새벽  기은채 기자", ("2025-08-27", "14:12"), ["기은채"]),
    ("2026.08.30.", None, []),  # no time: a date in a menu or a widget as much as the article's
    ("2026.08.30. 오후 7:05 기준 강수량", None, []),  # a widget's time, not a byline's
])
def test_a_header_line_opening_with_a_date_and_time_without_a_label(line, date, reporters):
    article = Article()
    taken = header.take_meta_line(line, article)
    assert taken == (date is not None)
    assert [(c.date.isoformat(), c.time) for c in article.dates] == ([date] if date else [])
    assert [r.name for r in article.reporters] == reporters
