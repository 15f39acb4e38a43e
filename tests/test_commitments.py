"""Commitments: each marker kind, what is not a commitment, actors and times."""
from __future__ import annotations

import datetime as dt

import pytest
from helpers import article

import kcoop
from kcoop.analysis import timex


def only(record):
    assert len(record.commitments) == 1, [c.text for c in record.commitments]
    return record.commitments[0]


@pytest.mark.parametrize(("sentence", "kind", "marker"), [
    ("양측은 연구보안 협력을 지속해 나가기로 했다.", "agreement", "기로 했다"),
    ("두 장관은 공동연구를 확대하는 데 합의했다.", "agreement", "합의했다"),
    ("과기정통부는 전문가 TF를 신설할 계획이다.", "plan", "계획이다"),
    ("과기정통부는 다음 달 결과를 발표할 예정이다.", "plan", "예정이다"),
    ("과기정통부는 시행령을 개정할 계획인 것으로 알려졌다.", "plan", "계획인 것으로 알려졌다"),
    ("과기정통부는 규제를 개선할 방침이다.", "plan", "방침이다"),
    ("과기정통부는 협력 기반을 강화하고자 한다.", "plan", "하고자 한다"),
    ("과기정통부는 29일 협약을 체결한다고 밝혔다.", "plan", "체결한다"),
    ("배경훈 장관은 협력 확대를 약속했다.", "pledge", "약속했다"),
    ("배경훈 장관은 공동위원회 개최를 제안했다.", "proposal", "제안했다"),
    ("과기정통부는 아세안에 협력을 요청할 계획이다.", "proposal", "요청할 계획"),
    ("배경훈 장관은 협력이 확대되기를 희망한다고 밝혔다.", "hope", "희망한다"),
    ("양측은 협력을 이어가기로 뜻을 같이했다.", "agreement", "뜻을 같이했다"),
    ("정부는 2030년까지 인재 1000명을 양성한다는 목표를 세웠다.", "plan", "목표를 세웠다"),
    ("삼성전자는 평택에 새 공장을 짓겠다고 발표했다.", "pledge", "겠다고"),
    ("과기정통부는 연구 현장과 소통을 강화해 나갈 것이라고 말했다.", "plan", "갈 것이라고"),
    ("정부는 반도체 인력을 3만명 늘릴 것이라고 밝혔다.", "plan", "릴 것이라고"),
    ('위성락 실장은 "양국은 경제안보 대화를 출범시킬 것"이라고 밝혔다.', "pledge", "킬 것"),
    ('비올라 총국장은 "양측 협력이 더 깊어질 것"이라고 말했다.', "hope", "질 것"),
    ("한빛시와 누리은행은 공동 펀드를 조성키로 했다.", "agreement", "키로 했다"),
    ("두 시장은 지난달 협약식에서 다음 달 교류전을 열기로 했었다.", "agreement", "기로 했었다"),
    ("누리전자는 해외 공장 증설을 검토하고 있다.", "plan", "검토하고 있다"),
    ("누리전자는 해외 공장 증설을 추진 중이다.", "plan", "추진 중이다"),
    ("누리전자는 해외 공장 증설을 검토 중인 것으로 알려졌다.", "plan", "검토 중인 것으로"),
    ("누리전자는 내년 완공을 목표로 새 공장을 짓고 있다.", "plan", "목표로"),
    ("누리건설은 내년 완공을 목표로 새 청사를 건립하고 있다.", "plan", "목표로"),
    ("한빛시는 강변 산책로를 잇겠다는 구상을 갖고 있다.", "plan", "겠다는 구상"),
    ('한빛시장은 "지역 관광을 힘껏 육성할 생각"이라고 말했다.', "pledge", "할 생각"),
    ("한빛시장은 야당과 대화할 용의가 있다고 밝혔다.", "pledge", "용의가 있"),
    ("박하늘 후보는 어르신 버스 요금을 없애겠다고 공약했다.", "pledge", "공약했다"),
    ("누리노조는 정부에 최저임금 인상을 요구했다.", "proposal", "요구했다"),
    ("위원회는 협회에 징계 규정 정비를 권고했다.", "proposal", "권고했다"),
    ('시민단체는 "의회는 조례를 즉시 개정하라"고 했다.', "proposal", "하라\"고 했다"),
    ('박하늘 씨는 "후배들과 밥을 먹고 싶다"고 말했다.', "hope", "싶다"),
    ('박하늘 씨는 "모든 일을 용서하려 한다"고 말했다.', "plan", "려 한다"),
    # the polite style of broadcast news and quotes
    ("기상청은 내년부터 새 예보 모델을 쓰기로 했습니다.", "plan", "기로 했습니다"),
    ("두 나라는 공동연구를 확대하는 데 합의했습니다.", "agreement", "합의했습니다"),
    ("시는 다음 달 결과를 발표할 예정입니다.", "plan", "예정입니다"),
    ("시는 내년에 전담 조직을 신설할 계획입니다.", "plan", "계획입니다"),
    ("구청은 주차 규제를 완화할 방침입니다.", "plan", "방침입니다"),
    ('김 국장은 "정확도를 크게 높이겠습니다"라고 말했습니다.', "pledge", "겠습니다"),
    ("노조는 임금 인상을 요구했습니다.", "proposal", "요구했습니다"),
    ("시는 내년 6월부터 새 버스를 도입한다고 밝혔습니다.", "plan", "도입한다"),
])
def test_each_marker_kind(sentence, kind, marker):
    commitment = only(article(sentence))
    assert commitment.kind == kind
    assert marker in commitment.marker


@pytest.mark.parametrize("sentence", [
    "양측은 AI 협력 방안을 논의했다.",
    "과기정통부는 14일 간담회를 개최했다.",
    "참석자들은 AI가 연구 속도를 높일 수 있다는 데 의견을 모았다.",
    "정부는 해당 사업을 추진하지 않기로 했다.",
    "과기정통부는 AI 예산이 크게 늘어날 수 있을 것이라고 전망했다.",
    '배 장관은 "AI 기본사회를 앞당기는 데 기여할 수 있을 것"이라고 말했다.',
    "과기정통부는 AI 예산이 내년에 크게 늘어날 것이라고 전망했다.",
    "이른바 누리 사업 계획이다.",  # a plan named, not made
    "참석자들은 규제를 완화해야 한다는 데 의견을 모았다.",
    # plans made in an earlier year, told in the past tense: background
    "누리부는 지난 2022년 2030년까지 인재 10만명을 키우겠다는 계획을 발표했다.",
    "두 도시는 2019년 자매결연 30주년에 교류를 늘리겠다고 약속한 바 있다.",
    "한빛시는 지난해 새 청사를 짓기로 했다.",
])
def test_past_views_and_negations_are_not_commitments(sentence):
    assert article(sentence).commitments == []


def test_quoted_pledge_belongs_to_the_speaker():
    record = article('배경훈 과학기술정보통신부 장관은 회의를 열었다. 배 장관은 "정부가 적극 뒷받침하겠다"고 말했다.')
    commitment = only(record)
    assert commitment.kind == "pledge"
    assert commitment.actors == ["배경훈"]


def test_group_words_resolve_to_the_parties_named_before():
    record = article("한-미 양국은 협력을 강화하기로 했다. 양국은 내년 공동위원회를 개최할 예정이다.")
    assert [c.actors for c in record.commitments] == [["대한민국", "미국"], ["대한민국", "미국"]]
    record = article("과학기술정보통신부와 산업통상자원부는 만났다. 양 부처는 협의체를 구성할 계획이다.")
    assert only(record).actors == ["과학기술정보통신부", "산업통상자원부"]


def test_the_side_of_a_country():
    assert only(article("미국 측은 한국의 참여를 희망했다.")).actors == ["미국"]


def test_sentence_without_subject_keeps_the_last_actor():
    record = article("배경훈 장관은 협력 확대를 희망한다고 밝혔다. 이른 시일 내 공동위원회를 개최할 것도 제안했다.")
    assert record.commitments[1].actors == ["배경훈"]
    assert record.commitments[1].when.text == "이른 시일 내"
    assert record.commitments[1].when.start is None


def test_span_points_at_the_sentence():
    record = article('첫 문장이다. 양국은 "D.C.에서 2.5% 늘리겠다"며 U.S. 정부와 협력할 계획이다. 끝.')
    commitment = only(record)
    assert record.text[commitment.span[0]: commitment.span[1]] == commitment.text
    assert commitment.text.startswith("양국은") and commitment.text.endswith("계획이다.")


PUBLISHED = dt.date(2025, 10, 29)


@pytest.mark.parametrize(("expression", "start", "end"), [
    ("29일", "2025-10-29", "2025-10-29"),
    ("내일", "2025-10-30", "2025-10-30"),
    ("3일", "2025-11-03", "2025-11-03"),
    ("오는 31일", "2025-10-31", "2025-10-31"),
    ("1월 15일부터 16일까지", "2026-01-15", "2026-01-16"),
    ("내년", "2026-01-01", "2026-12-31"),
    ("내년 상반기", "2026-01-01", "2026-06-30"),
    ("올해", "2025-10-29", "2025-12-31"),
    ("연내", "2025-10-29", "2025-12-31"),
    ("하반기", "2025-10-29", "2025-12-31"),
    ("다음 달", "2025-11-01", "2025-11-30"),
    ("내달", "2025-11-01", "2025-11-30"),
    ("다음 달 20일", "2025-11-20", "2025-11-20"),
    ("내달 3일부터", "2025-11-03", "2025-11-03"),
    ("2030년까지", "2025-10-29", "2030-12-31"),
    ("2027년 6월부터", "2027-06-01", "2027-06-30"),
    ("이달 말까지", "2025-10-29", "2025-10-31"),
    ("내년 1월", "2026-01-01", "2026-01-31"),
    ("내년 3분기", "2026-07-01", "2026-09-30"),
    ("4분기", "2025-10-29", "2025-12-31"),
    ("1분기", "2026-01-01", "2026-03-31"),
    ("내후년", "2027-01-01", "2027-12-31"),
    ("이번 주", "2025-10-29", "2025-11-02"),
    ("이른 시일 내", None, None),
    ("향후", None, None),
])
def test_time_expressions(expression, start, end):
    [found] = timex.find(f"양국은 {expression} 협력할 예정이다.", 0, PUBLISHED)
    assert (found.start.isoformat() if found.start else None, found.end.isoformat() if found.end else None) == (start, end)


def test_past_days_are_never_a_plans_time():
    assert timex.find("지난 3일 발표한 전략에 따라", 0, PUBLISHED) == []
    assert timex.find("지난해 시작한 사업", 0, PUBLISHED) == []
    assert timex.find("양국은 27일 협력을 강화하기로 했다", 0, PUBLISHED) == []  # two days before the report


def test_a_day_well_before_the_report_or_said_to_come_is_next_months():
    [found] = timex.find("양국은 10일 회의를 열 예정이다", 0, PUBLISHED)
    assert found.start == dt.date(2025, 11, 10)
    [found] = timex.find("양국은 오는 27일 회의를 열 예정이다", 0, PUBLISHED)
    assert found.start == dt.date(2025, 11, 27)


def test_without_a_date_times_keep_text_only():
    [found] = timex.find("내년 개최할 예정이다", 0, None)
    assert found.text == "내년" and found.start is None


def test_two_commitments_in_one_sentence():
    record = article("과학기술정보통신부는 내년 예산을 늘릴 계획이며, 산업통상자원부는 관련 법 개정을 추진하기로 했다.")
    assert [(c.kind, c.actors) for c in record.commitments] == [
        ("plan", ["과학기술정보통신부"]), ("plan", ["산업통상자원부"])]  # -기로 했다 of one party: its decision
    for commitment in record.commitments:
        assert record.text[commitment.span[0]: commitment.span[1]] == commitment.text


@pytest.mark.parametrize(("sentence", "action"), [
    ("류제명 차관은 일본 측에 6G 공동연구 확대를 제안했다.", "공동연구 확대"),
    ("마크롱 대통령은 한국과의 원전 협력을 희망한다고 말했다.", "원전 협력"),
    ("과기정통부는 전문가 TF를 신설할 계획이다.", "TF 신설"),
    ("표준연은 센터 운영을 맡을 예정이다.", "운영 맡다"),
    ("과기정통부는 양자 생태계를 키워 나가겠다고 밝혔다.", "생태계 키우다"),
    ("과기정통부는 지원 규모를 늘려 나갈 계획이다.", "규모 늘리다"),
    ("과기정통부는 협력 체계를 만들어 갈 예정이다.", "체계 만들다"),
    ("과기정통부는 과제를 20개로 늘린다는 계획이다.", "과제 늘리다"),
    ("과기정통부는 이 같은 내용의 지원 계획을 발표했다.", "지원"),
    ("아슈바허 사무총장은 협력을 계속 넓혀 가길 기대한다고 말했다.", "협력 넓히다"),
])
def test_action_is_the_verb_or_what_is_asked_for(sentence, action):
    assert only(article(sentence)).action == action


def test_a_day_right_before_the_verb_of_saying_dates_the_report_not_the_plan():
    assert only(article("한국연구재단은 새 프로그램을 신설한다고 2일 밝혔다.", on="2025-12-02")).when is None
    assert only(article("과기정통부는 29일 협약을 체결한다고 밝혔다.", on="2025-10-29")).when.text == "29일"


def test_a_listing_word_stands_for_the_parties_listed_before_it():
    record = article("한국, 미국, 일본 3국은 공급망 대화를 정례화하기로 했다. "
                     "과기정통부와 중기부, 산업부 등 관계부처는 합동 지원단을 꾸릴 예정이다.")
    assert [c.actors for c in record.commitments] == [["대한민국", "미국", "일본"],
                                                      ["과학기술정보통신부", "중소벤처기업부", "산업통상자원부"]]


def test_two_sides_are_two_bodies_and_a_meetings_body_is_not_one():
    record = article("산업통상자원부와 우주항공청은 우주산업 협의체 첫 회의를 열었다. "
                     "양측은 실무 태스크포스(TF)를 다음 달 출범할 예정이다.")
    assert only(record).actors == ["산업통상자원부", "우주항공청"]
    record = article("과기정통부, 네이버, 카카오는 협약을 맺었다. 세 기관은 공동 과정을 운영하기로 했다.")
    assert only(record).actors == ["과학기술정보통신부", "네이버", "카카오"]


def test_a_counted_group_word_right_after_a_list_is_not_the_sides_named_before():
    record = article("과기정통부와 대한상공회의소는 협의체를 출범했다. "
                     "협의체에는 네이버클라우드, NHN클라우드 등 클라우드 3사와 삼성SDS가 참여한다.")
    assert [c.actors for c in record.commitments] == [["네이버클라우드", "NHN클라우드", "삼성SDS"]]  # the listed ones


def test_a_surname_and_title_never_named_in_full_is_the_actor_as_written_not_the_last_party():
    record = article('과기정통부는 내년 예산을 늘릴 계획이다. 김 원장은 "연구 지원을 확대하겠다"고 말했다.')
    assert [c.actors for c in record.commitments] == [["과학기술정보통신부"], ["김 원장"]]
    record = article('김철수 표준연 원장은 회의를 열었다. 김 원장은 "연구 지원을 확대하겠다"고 말했다.')
    assert only(record).actors == ["김철수"]


@pytest.mark.parametrize(("on", "sentence"), [
    ("2025-06-01", "정부는 0000년까지 원전을 도입할 계획이다."),
    ("2025-06-01", "시는 2월 29일부터 3월 1일까지 축제를 열 계획이다."),
    ("2024-06-01", "시는 2월 29일부터 3월 1일까지 축제를 열 계획이다."),  # next year's 2월 29일 does not exist
    ("9999-12-20", "시는 내년 1월 축제를 열 계획이다."),
])
def test_impossible_dates_are_no_time_not_a_crash(on, sentence):
    assert only(article(sentence, on=on)).when is None


def test_a_time_word_inside_a_name_is_not_a_time():
    record = article("이달수 위원장은 공청회를 열 계획이다. 김연내 씨는 봉사를 이어갈 예정이다.")
    assert [c.when for c in record.commitments] == [None, None]


def test_a_full_stop_glued_to_the_next_sentence_ends_the_sentence():
    record = article("시는 어제 회의를 열었다.시에 따르면 공단은 내년 새 청사를 착공할 예정이다.")
    assert only(record).text == "시에 따르면 공단은 내년 새 청사를 착공할 예정이다."


@pytest.mark.parametrize(("text", "actors"), [
    # the sentence's own topic, as written when it names a party no list knows
    ("누리시는 어제 축제를 열었다. 한빛 특검은 다음 주 관련자를 소환할 예정이다.", ["한빛 특검"]),
    ("누리시는 어제 축제를 열었다. 누리노조 강원지부는 파업을 이어갈 방침이다.", ["누리노조 강원지부"]),
    ("누리시는 어제 축제를 열었다. 청년 후보들은 다음 달 공동 공약을 발표할 계획이다.", ["청년 후보들"]),
    ("누리시는 어제 축제를 열었다. 한빛은행은 펀드에 100억원을 출자한다.", ["한빛은행"]),
    # X 관계자, X 측: X
    ('누리시는 어제 축제를 열었다. 한빛대 관계자는 "성과를 널리 알리겠다"고 밝혔다.', ["한빛대"]),
    ("누리시는 어제 축제를 열었다. 노조 측은 휴일 근무 수당을 요구하겠다는 입장이다.", ["노조"]),
    # the speaker, before or after the quotation; a name in brackets is an aside
    ('"반드시 우승하겠다"고 한빛구단은 밝혔다.', ["한빛구단"]),
    ('누리노동조합총연맹(누리노총)은 "국회는 연금을 개혁하라"고 주장했다.', ["누리노동조합총연맹"]),
    # a list of parties as written
    ("한빛시와 누리은행은 공동 펀드를 조성키로 했다.", ["한빛시", "누리은행"]),
])
def test_actor_is_the_sentences_own_party(text, actors):
    assert article(text).commitments[-1].actors == actors


def test_a_thing_as_topic_is_no_actor_and_the_last_party_acts():
    record = article("한빛시는 새 도서관을 짓는다고 밝혔다. 이 도서관은 내년 상반기 문을 열 예정이다.")
    assert [c.actors for c in record.commitments][-1] == ["한빛시"]


def test_a_pronoun_is_the_person_named_last():
    record = article('박하늘 교수는 연구를 이끌었다. 그는 "희귀병 치료법을 꼭 찾아내겠다"고 말했다.')
    assert only(record).actors == ["박하늘"]


def test_a_name_before_a_title_is_the_actor_when_the_people_found_none():
    record = article("누리그룹 장녀 박하늘 전 누리 부사장이 소장품을 미술관에 기증하겠다고 밝혔다.")
    assert only(record).actors == ["박하늘"]


def test_the_government_is_the_countrys_government():
    assert only(article("정부는 다음 달 새 규제안을 시행한다고 밝혔다.")).actors == ["대한민국 정부"]


def test_an_adverbial_with_a_topic_particle_is_not_the_topic():
    record = article("누리부는 회의를 열었다. 이번 회의에서는 협력 방안을 논의할 예정이다.")
    assert only(record).actors == ["누리부"]


@pytest.mark.parametrize("sentence", [
    "상인회 측은 주차장을 넓혀야 한다고 주장한다.",
    "모금된 장학금은 총 3억원에 달한다.",
    "관리인은 계단에서 미끄러져 발목을 삐었다고 한다.",
    "조례는 회의를 다음 달 5일 이내에 열도록 규정한다.",
])
def test_present_tense_of_saying_state_or_hearsay_is_no_plan(sentence):
    assert article(sentence).commitments == []


def test_two_plans_joined_by_go_each_with_a_time_are_two_commitments():
    record = article("누리시는 9월 부지 매입을 마치고 내년 3월 공사를 시작할 예정이다.")
    assert [(c.text, c.when.start) for c in record.commitments] == [
        ("누리시는 9월 부지 매입을 마치고", "2025-09-01"), ("내년 3월 공사를 시작할 예정이다.", "2026-03-01")]
    assert [c.actors for c in record.commitments] == [["누리시"], ["누리시"]]


@pytest.mark.parametrize(("body", "parts"), [
    # a deadline still running is the first part's own time
    ("누리시는 올해 안에 교통카드 시스템을 바꾸고, 내년 1월 주민센터에서 전용 카드를 나눠줄 예정이다.",
     [("누리시는 올해 안에 교통카드 시스템을 바꾸고", "2025-08-14"), ("내년 1월 주민센터에서 전용 카드를 나눠줄 예정이다.", "2026-01-01")]),
    # the second part's time need not open it
    ("누리전자는 내년 생산능력을 두 배로 늘리고, 새 제품 양산을 내년 2분기에 시작하겠다고 밝혔다.",
     [("누리전자는 내년 생산능력을 두 배로 늘리고", "2026-01-01"), ("새 제품 양산을 내년 2분기에 시작하겠다고 밝혔다.", "2026-04-01")]),
    # a half said without its year is in the year said before it
    ("두 부처는 내년 상반기 중 사업자 선정을 마치고, 하반기 착공에 들어간다는 목표다.",
     [("두 부처는 내년 상반기 중 사업자 선정을 마치고", "2026-01-01"), ("하반기 착공에 들어간다는 목표다.", "2026-07-01")]),
    # the day of the report is no part's own time: one plan
    ("한빛시는 2027년까지 수소버스 200대를 도입하고 충전소 8곳을 새로 짓는다고 14일 밝혔다.",
     [("한빛시는 2027년까지 수소버스 200대를 도입하고 충전소 8곳을 새로 짓는다고 14일 밝혔다.", "2025-08-14")]),
])
def test_plans_joined_by_go_with_their_own_times_are_two(body, parts):
    assert [(c.text, c.when.start) for c in article(body).commitments] == parts


def test_an_old_agreement_with_a_time_still_ahead_is_a_commitment():
    [commitment] = article("두 도시는 지난해 회의에서 내년 교류 행사를 열기로 합의했다.").commitments
    assert commitment.when.start == "2026-01-01"


def test_steps_of_one_plan_keep_the_first_time():
    [commitment] = article("누리시는 내년 5월 착공해 2029년 완공할 계획이다.").commitments
    assert commitment.when.start == "2026-05-01"


def test_a_scheduled_event_without_a_party_is_a_plan_when_its_time_is_ahead():
    record = article("누리시는 새 도서관을 지었다. 개관식은 오는 20일 열린다.")
    [commitment] = record.commitments
    assert (commitment.kind, commitment.actors, commitment.when.start) == ("plan", ["누리시"], "2025-08-20")
    assert article("누리시는 새 도서관을 지었다. 도서관은 시청 옆에 들어선다.").commitments == []


def test_a_scheduled_event_is_held_by_the_body_its_sentence_names():
    record = article("누리시는 새 도서관을 지었다. 선고 공판은 오는 20일 서울중앙지방법원에서 열린다.")
    assert only(record).actors == ["서울중앙지방법원"]


@pytest.mark.parametrize(("body", "actors"), [
    # the last body of the noun's kind named before, not the party of the sentence before
    ("누리금속노조는 파업을 예고했다. 사측은 다음 주 새 협상안을 내놓을 방침이다.", ["사측"]),
    ("한빛도는 섬 지역에 헬기를 배치한다고 밝혔다. 도는 하반기까지 계류장 3곳을 갖춘다.", ["한빛도"]),
    ("솔빛시는 새 청사 설계를 마쳤다. 누리은행은 대출을 늘렸다. 시는 내년 3월 착공할 계획이다.", ["솔빛시"]),
    ("한빛게임즈는 신작을 공개했다. 회사는 연말 해외 시장에 게임을 낼 예정이다.", ["한빛게임즈"]),
    ("누리철도노조는 집회를 열었다. 노조는 다음 달 총파업에 들어갈 계획이다.", ["누리철도노조"]),
])
def test_stand_in_nouns_are_the_body_named_before(body, actors):
    assert only(article(body)).actors == actors


def test_a_stand_in_noun_takes_the_last_body_of_its_kind_found():
    record = article("서울특별시와 과학기술정보통신부는 협약을 맺었다. 시는 내년 상반기 시범 사업을 시작할 예정이다.")
    assert only(record).actors == ["서울특별시"]


@pytest.mark.parametrize(("body", "when"), [
    # a day before the quotation dates the saying, not the pledge
    ('한빛도지사 윤하늘은 이날 "도민이 살기 좋은 한빛도를 만들겠다"고 말했다.', None),
    ('누리시장 박하늘은 14일 "청년 주택을 더 짓겠다"고 밝혔다.', None),
    ('누리시장 박하늘은 오늘 "내년 상반기에 청년 주택을 더 짓겠다"고 밝혔다.', "2026-01-01"),
    # a day of the plan itself, said outside any quotation, stays
    ("누리시는 오는 20일 새 청사를 착공할 예정이라고 밝혔다.", "2025-08-20"),
])
def test_the_day_of_the_saying_is_not_the_time_of_the_pledge(body, when):
    commitment = only(article(body))
    assert (commitment.when.start if commitment.when else None) == when


@pytest.mark.parametrize(("body", "kind", "starts"), [
    ("현지 언론은 한빛국 총리가 다음 달 누리시 박람회를 방문한다고 보도했는데, 외교부는 확인하지 않았다.", "plan", "현지 언론은"),
    ("누리전자는 새 공장을 내년 착공할 예정이라고 전했으나 부지는 아직 정하지 못했다.", "plan", "누리전자는"),
    ("누리노조는 다음 주 파업에 들어간다고 밝혔지만, 사측은 교섭을 이어가고 있다.", "plan", "누리노조는"),
])
def test_a_reported_plan_joined_to_the_next_clause(body, kind, starts):
    commitment = only(article(body))
    assert commitment.kind == kind
    assert commitment.text.startswith(starts) and not commitment.text.rstrip(",. ").endswith("다")


def test_a_medium_reporting_a_plan_is_not_its_actor():
    record = article("연합뉴스는 박하늘 총리가 다음 달 누리시 박람회를 방문한다고 보도했는데, 외교부는 확인하지 않았다.")
    assert only(record).actors == ["박하늘"]


@pytest.mark.parametrize(("body", "actors"), [
    # a name right before its title, even one the people found did not take
    ("한빛시 류하진 시장은 어제 현장을 찾았다. 그는 다음 달 대책을 내놓을 예정이다.", ["류하진"]),
    ('서하은 누리위 부위원장은 "제도 정비를 서두르겠다"고 했다.', ["서하은"]),
    # 그들은, 이들은: the parties named before, as written when no body was found
    ("한빛시와 누리은행은 협약을 맺었다. 그들은 내년 공동 펀드를 만들 예정이다.", ["한빛시", "누리은행"]),
    ("누리당 의원들은 회견을 열었다. 이들은 다음 주 법안을 발의할 계획이다.", ["누리당 의원들"]),
])
def test_pronouns_and_titled_names_are_the_person_or_parties_named(body, actors):
    assert only(article(body)).actors == actors


@pytest.mark.parametrize(("body", "actors"), [
    # unnamed officers speak for the bodies before their title
    ("새별당과 푸른당 원내대표는 26일 반도체특별법을 다음 달 9일 처리하기로 합의했다.", ["새별당", "푸른당"]),
    # 양당: the two parties named together before, not the party of the clause before
    ("더불어민주당과 국민의힘은 회동했다. 김하늘 의원이 제안을 받아들이면서 양당은 28일 여론조사를 하기로 했다.",
     ["더불어민주당", "국민의힘"]),
    # a unit of a body (보건소) is a party, not a topic that stands for the sides named before
    ("서울 마포구는 쉼터를 늘렸다. 한국전력공사도 협약을 맺었다. 마포구 보건소는 이달 말까지 감시 체계를 24시간 가동하기로 했다.",
     ["마포구 보건소"]),
])
def test_bodies_behind_a_title_a_group_word_or_a_unit(body, actors):
    assert only(article(body)).actors == actors


@pytest.mark.parametrize("sentence", [
    # a past act told in the present tense (a caption's), an obligation, a possibility
    "지난 10일 누리시 박람회에서 박하늘 누리시장이 전시물을 살펴본다.",
    "지난 2일 누리구장에서 한빛 FC 선수들이 몸을 푼다.",
    "정부는 청년 주거 지원을 늘려야 한다.",
    '박하늘 의원은 "정부가 책임을 져야 한다"고 말했다.',
    "누리시는 도심 공원을 늘릴 수 있다.",
    "누리은행은 금리를 올릴 가능성이 있다.",
    "누리노조는 파업을 할 수도 있다고 경고했다.",
    # rhetorical questions, forecasts by others, obligations in law
    "시민들이 언제까지 기다려야 하겠는가.",
    "전문가들은 금리가 내년 하반기 내릴 것으로 보인다고 말했다.",
    "내년 수출은 3% 늘어날 것으로 전망된다.",
    "한빛증권 연구원은 누리전자가 내년 새 공장을 지을 것으로 내다봤다.",
    "누리시는 내년 예산이 줄어들 것으로 예상했다.",
    "누리경제연구소는 내년 성장률이 2%에 그칠 것이라고 밝혔다.",  # a thing's future, said
    '한빛증권 연구원은 "반도체 공급 부족이 내년까지 이어질 것"이라고 내다봤다.',  # quoted, still a forecast
    # a standing activity told in the present tense, no time ahead
    "누리시는 교통약자를 위한 저상버스 120대를 운영한다.",
    "누리제약은 임상과 생산을 맡는다.",
    "누리구는 평소 홀몸 어르신에게 안부 전화를 한다.",
    "개정안은 사업주가 안전 교육을 실시하도록 규정한다.",
    "법은 지방자치단체가 매년 계획을 세우도록 하고 있다.",
])
def test_decoys_of_every_topic_are_not_commitments(sentence):
    assert article(sentence).commitments == []


@pytest.mark.parametrize(("sentence", "when"), [
    ("누리시는 오는 21일부터 도서관 12곳을 야간 쉼터로 운영한다.", "2025-08-21"),  # a standing verb, a time ahead
    ("한빛화학은 새만금에 양극재 공장을 짓는다.", None),  # a one-off act: a plan with no time said
])
def test_a_present_tense_act_of_a_party_is_a_plan(sentence, when):
    commitment = only(article(sentence))
    assert commitment.kind == "plan"
    assert (commitment.when.start if commitment.when else None) == when


@pytest.mark.parametrize(("body", "kind"), [
    ("한빛바이오는 누리제약과 신약 공동 개발 협약을 맺었다고 밝혔다. 두 회사는 개발 성과에 따라 수익을 나누기로 했다.", "agreement"),
    ("한빛바이오는 누리제약과 신약 공동 개발 협약을 맺었다고 밝혔다. 양사는 내년 임상에 들어갈 예정이다.", "plan"),
])
def test_two_companies_are_the_two_named_together_before(body, kind):
    commitment = only(article(body))
    assert commitment.actors == ["한빛바이오", "누리제약"]
    assert commitment.kind == kind


@pytest.mark.parametrize("sentence", [
    "누리시는 새 도서관이 내년 문을 열 것이라고 밝혔다.",  # a subject with an object: an act
    "누리시는 시민이 원하면 도서관을 더 지을 것이라고 밝혔다.",  # 시민이: another clause's subject
])
def test_a_reported_plan_with_an_inner_subject_is_still_a_plan(sentence):
    assert only(article(sentence)).kind == "plan"


@pytest.mark.parametrize(("sentence", "action"), [
    ("누리시는 2028년에 새 도서관을 착공하는 게 목표다.", "도서관 착공"),  # -하는 게 목표다
    ("각국 관계자들은 다음 달 사례와 과제 등을 발표할 예정이다.", "과제 발표"),  # not 등 발표
    ("산업부는 전력 공급 대책을 다음 달까지 내놓을 예정이다.", "대책 내놓다"),  # 내놓을: a verb, not an object
    ("누리부는 한빛국에 연구 시설을 2027년까지 구축하자고 제안했다.", "시설 구축"),  # a proposal's -하자고
    ('시민단체는 "의회는 조례를 즉시 개정하라"고 했다.', "조례 개정"),  # a call's -하라
    ('박하늘 씨는 "모든 일을 용서하려 한다"고 말했다.', "일 용서"),  # -하려 한다
])
def test_the_action_is_the_verb_phrase_of_the_commitment(sentence, action):
    assert only(article(sentence)).action == action


def test_an_undated_future_makes_a_present_tense_act_a_plan():
    record = article("누리부는 드론 안전 대책을 내놨다. 앞으로 기체를 제작할 때 위치 송신 장치를 달도록 의무화한다.")
    assert only(record).kind == "plan"
    # 향후 20년간: a span said of a fact, not the time of an act
    assert article("누리시가 도로 유지에 쓰는 예산은 향후 20년간 8조원으로 늘어난다.").commitments == []


@pytest.mark.parametrize(("sentence", "action"), [
    ("한빛공단은 다음 달 남미 현지 사무소를 열 예정이다.", "사무소 열다"),  # ㄹ of the stem 열-
    ("시는 내년에 새 제도를 만들 계획이다.", "제도 만들다"),
    ("시는 내년에 협약을 체결할 예정이다.", "협약 체결"),  # ㄹ of the ending: 하다
])
def test_an_action_whose_verb_ends_in_the_stems_own_rieul(sentence, action):
    record = kcoop.extract("제목\n\n" + sentence + "\n", reference_date=dt.date(2026, 1, 5))
    assert [c.action for c in record.commitments] == [action]


def test_a_plan_told_on_without_its_party_or_a_time():
    record = article("한빛군은 귀농 지원 계획을 마련해 30억원을 투입한다고 3일 밝혔다. "
                     "우선 귀농인 50명에게 주택 수리비를 지원한다. 빈집은 마을 공동시설로 고쳐 준다. "
                     "증권가에선 반도체 업체가 이익을 늘릴 것이란 전망이 나온다.")
    texts = {c.text: c for c in record.commitments}
    supported = next(c for t, c in texts.items() if "주택 수리비를 지원한다" in t)
    assert supported.actors == ["한빛군"] and supported.kind == "plan" and supported.when is None
    assert not any("전망이 나온다" in t for t in texts)


def test_a_present_tense_with_no_commitment_before_is_no_plan():
    record = article("한빛군의 인구는 3만명이다. 군청 앞에서 주민들이 현수막을 건다.")
    assert record.commitments == []


@pytest.mark.parametrize("event", ["2차전은 오는 20일 같은 장소에서 열린다.", "시상식은 다음 달 5일 개최된다."])
def test_an_event_taking_place_takes_no_party_from_further_back(event):
    record = article(f"누리전자는 1차전에서 한빛전자를 꺾었다. 1차전 승리 팀의 우승 확률은 70%에 이른다. {event}")
    assert only(record).actors == [] and only(record).when.start


def test_a_quotation_after_a_speaker_label_line_is_the_speakers():
    record = article("[앵커]\n\n한빛시에 많은 눈이 예보됐습니다.\n\n[리포트]\n\n한빛시는 제설 대책을 내놨습니다.\n\n"
                     "[인터뷰]\n남궁연 / 한빛시 도로관리과장\n\"제설제를 미리 뿌려 출근길 결빙을 막겠습니다.\"")
    assert only(record).actors == ["남궁연"] and only(record).kind == "pledge"


def test_a_broadcasts_forecast_is_no_pledge():
    record = article("내일 새벽부터 중부 지방에 많은 눈이 내리겠습니다. 시작된 눈은 오전 중 내륙으로 번지겠습니다. "
                     "한빛시는 제설 작업에 총력을 다하겠습니다.")
    assert only(record).actors == ["한빛시"] and only(record).kind == "pledge"


@pytest.mark.parametrize(("sentence", "planned"), [
    ("한빛시는 내일 출근 시간대 지하철 운행을 30분 연장합니다.", True),
    ("한빛시는 다음 달 누리은행과 협약을 맺습니다.", True),
    ("한빛시는 어제 지하철 운행을 연장했습니다.", False),
    ("한빛시는 제설 장비를 갖고 있습니다.", False),
])
def test_a_broadcasts_polite_present_is_a_plan_as_the_plain_one(sentence, planned):
    record = article(sentence)
    assert bool(record.commitments) == planned
    if planned:
        assert only(record).actors == ["한빛시"] and only(record).when.start


def test_two_associations_are_the_sides_named_together():
    record = article("한빛협회와 누리포럼은 표준 협약을 맺었다. 두 단체는 내년까지 공동 표준안을 마련한다.")
    assert record.commitments[-1].actors == ["한빛협회", "누리포럼"]


@pytest.mark.parametrize("sentence", [
    '야당 의원들은 "시가 주민 의견 수렴 없이 개발 이익을 민간에 넘기려 한다"고 비판했다.',
    '누리노조는 "회사가 결과를 숨기고 책임을 직원에게 떠넘기려 한다"는 입장을 냈다.',
    '한빛당은 "이번엔 위원회까지 동원해 표결을 막으려 한다"고 했다.',
    '누리FC는 "연맹이 특정 구단에 유리하게 기준을 바꾸려 한다"는 성명을 냈다.',
])
def test_a_quoted_intention_of_another_is_an_accusation(sentence):
    assert article(sentence).commitments == []


@pytest.mark.parametrize("sentence", [
    '박하늘 씨는 "지난 잘못은 따지지 않고 잊으려 한다"고 말했다.',
    '박하늘 시장은 "주민들이 편히 쉴 수 있도록 공원을 만들려 한다"고 말했다.',
    '박하늘 시장은 "시민이 원하는 공원을 만들려 한다"고 말했다.',
])
def test_a_quoted_intention_with_an_embedded_subject_is_the_speakers(sentence):
    assert only(article(sentence)).kind == "plan"


@pytest.mark.parametrize(("sentence", "proposal"), [
    ("주민들은 검찰에 은닉 재산을 끝까지 추적해 달라고 했다.", False),
    ("박하늘 대표는 주민들이 설명회를 열어 달라고 했다고 전했다.", False),
    ('주민들은 "설명회를 열어 달라"고 했다.', True),
    ("주민들은 설명회를 열어 달라고 밝혔다.", True),
    ("누리노조는 시에 인력을 별도로 확보해 달라고 요구했다.", True),
])
def test_a_request_retold_with_a_plain_verb_is_no_proposal(sentence, proposal):
    record = article(sentence)
    assert bool(record.commitments) == proposal
    if proposal:
        assert only(record).kind == "proposal"


@pytest.mark.parametrize(("sentence", "actors"), [
    ("한빛시는 도로 공사를 맡고, 한빛도시공사는 상가 운영을 담당할 예정이다.", ["한빛도시공사"]),
    ("누리도는 용수 공급을 지원하고, 한빛군은 전담팀을 꾸려 행정 절차를 돕기로 했다.", ["한빛군"]),
    ("위원회는 제재금을 부과했고, 누리FC는 재발 방지 대책을 제출할 예정이다.", ["누리FC"]),
    ("한빛시는 8월 용역을 발주하고 내년 3월 철거에 들어갈 예정이다.", ["한빛시"]),  # one party, two steps
])
def test_a_second_clause_with_its_own_party_is_that_partys(sentence, actors):
    assert record_actors(sentence)[-1] == actors


def record_actors(sentence):
    return [c.actors for c in article(sentence).commitments]


def test_each_clause_of_two_parties_keeps_its_own_party_and_time():
    record = article("한빛군은 다음 달 중 시행규칙을 마련하고, 한빛군청년센터는 12월부터 신청 접수를 시작할 예정이다.",
                     on="2025-10-28")
    assert [(c.actors, c.when.start[:7]) for c in record.commitments] == [
        (["한빛군"], "2025-11"), (["한빛군청년센터"], "2025-12")]


def test_the_day_of_the_first_clause_is_not_the_second_partys_time():
    record = article("누리노조는 23일 첫차부터 운행에 들어가고, 누리버스는 승객에게 요금을 환불할 계획이다.", on="2025-07-23")
    assert only(record).actors == ["누리버스"] and only(record).when is None


def test_a_dropped_subject_after_two_parties_goes_on_with_the_first():
    record = article("한빛시는 도로 공사를 맡고, 한빛도시공사는 상가 운영을 담당할 예정이다. "
                     "업무 용지는 내년 상반기 공모를 거쳐 매각된다.")
    assert record.commitments[-1].actors == ["한빛시"]


@pytest.mark.parametrize(("sentence", "actors"), [
    ('누리주주모임 대표 한가을씨는 "법원이 엄한 형을 선고해 주길 바란다"고 말했다.', ["한가을"]),
    ('박하늘 전 대표 측 변호인은 "재판에서 무죄를 다투겠다"고 밝혔다.', ["박하늘"]),
    ('피고인 측 변호인은 "재판에서 무죄를 다투겠다"고 밝혔다.', ["피고인 측 변호인"]),
    ("누리케미칼이 한빛군에 분리막 공장을 짓는다.", ["누리케미칼"]),
])
def test_parties_written_with_an_honorific_or_a_partys_ending(sentence, actors):
    assert only(article(sentence)).actors == actors


def test_an_event_held_before_a_body_is_that_bodys():
    record = article("누리지검은 박하늘을 기소했다. 첫 공판은 다음 달 9일 한빛지방법원 형사합의21부 심리로 열린다.")
    assert only(record).actors == ["한빛지방법원"]


def test_a_season_or_school_year_is_that_year():
    record = article("누리리그연맹은 2026시즌부터 참가팀을 14개로 늘리기로 했다.", on="2025-05-20")
    assert only(record).when.start.startswith("2026")
    assert timex.find("2027학년도부터", 0, PUBLISHED)[0].start.isoformat() == "2027-01-01"


def test_the_day_said_after_a_quotation_dates_the_saying():
    record = article('"학부모가 걱정하지 않는 학교를 만들고 싶습니다." 박하늘 교육감은 이날 기자회견에서 이렇게 말했다.')
    assert only(record).kind == "hope" and only(record).when is None


def test_a_present_tense_with_no_subject_describes_the_articles_plan():
    record = article("한빛시는 강변 공원을 새로 꾸밀 계획이라고 밝혔다. 공원은 1970년대 지어졌다. 주민들은 오래 불편을 겪었다. "
                     "시설 대부분이 낡았다. 강 위에 교각을 놓고 보행 데크를 만든다.")
    walkway = next(c for c in record.commitments if "데크" in c.text)
    assert walkway.kind == "plan" and walkway.actors == ["한빛시"]


@pytest.mark.parametrize("body", [
    # a general statement has a topic or subject of its own
    "한빛시는 강변 공원을 새로 꾸밀 계획이다. 공원은 1970년대 지어졌다. 주민들은 오래 불편을 겪었다. "
    "시설 대부분이 낡았다. 총장은 학과별 정원을 정한다.",
    # an article that states no plan
    "한빛시의 강변 공원은 1970년대 지어졌다. 주민들은 오래 불편을 겪었다. 시설 대부분이 낡았다. 강 위에 교각을 놓고 데크를 만든다.",
])
def test_a_present_tense_far_from_a_plan_needs_no_subject_and_a_plan_article(body):
    assert not any("정한다" in c.text or "데크" in c.text for c in article(body).commitments)


def test_a_board_deciding_alone_makes_a_plan():
    record = article("누리리그연맹은 이사회를 열었다. 이사회는 승강제 도입도 검토하기로 했다.")
    assert only(record).kind == "plan" and only(record).actors == ["이사회"]


def test_a_partner_is_a_party_not_a_listed_thing():
    record = article("한빛연맹은 누리FC에 제재금을 부과했다. 연맹은 응원을 유도한 선수와 코치에 대한 벌금 부과를 논의하기로 했다.")
    assert only(record).kind == "plan" and len(only(record).actors) == 1
    record = article("한빛시는 누리은행과 공동 펀드를 조성하기로 했다.")
    assert only(record).kind == "agreement" and only(record).actors == ["한빛시", "누리은행"]


def test_a_surname_and_title_is_the_person_holding_that_title():
    from kcoop.analysis.commitments import _titled_person
    from kcoop.analysis.people import Found, People
    people = People(found={"박민호": Found("박민호", ["명예회장"]), "박현수": Found("박현수", ["부사장"])})
    assert _titled_person("박 전 부사장", "박민호", people) == "박현수"  # the people gave the father
    assert _titled_person("박 명예회장", "박민호", people) == "박민호"
    assert _titled_person("박민호", "박민호", people) == "박민호"
    assert _titled_person("박 전 사장", "박민호", people) == "박민호"  # no one else holds it


def test_a_planned_act_made_passive_tells_the_articles_plan():
    record = article("한빛시는 새 체육관을 내후년 하반기 개장할 예정이라고 밝혔다. 옛 체육관은 1998년 누리재단이 지었다. "
                     "하지만 옛 체육관은 낡았다. 새 체육관은 옛 시장 부지에 건립된다.")
    built = next(c for c in record.commitments if "건립된다" in c.text)
    assert built.kind == "plan" and built.actors == ["한빛시"]


def test_a_passive_in_an_article_with_no_plan_is_none():
    assert article("옛 체육관은 1998년 지어졌다. 새 체육관은 옛 시장 부지에 건립된다.").commitments == []


def test_an_object_said_with_do_is_still_acted_on():
    record = article("한빛교육청은 돌봄 교실을 오후 8시까지 운영할 계획이다. 저녁 급식도 무상으로 제공한다.")
    assert [c.actors for c in record.commitments] == [["한빛교육청"], ["한빛교육청"]]


@pytest.mark.parametrize(("sentence", "kinds"), [
    ('누리시 관계자는 "끝까지 책임지겠다"며 "보상안을 마련할 예정"이라고 밝혔다.', ["pledge", "plan"]),
    ('박하늘 씨는 "가족과 다시 만나고 싶다"며 "지난 일은 잊으려 한다"고 말했다.', ["hope", "plan"]),
    ('박하늘 씨는 "이번 결정은 아쉽다"라며 "서로 양보하기를 희망한다"고 말했다.', ["hope"]),  # the first quote holds none
    ('박하늘 시장은 "공원을 넓히겠다"며 주민들에게 협조를 당부했다.', ["proposal"]),  # one quotation only
])
def test_two_quotations_each_with_a_commitment_are_two(sentence, kinds):
    record = article(sentence)
    assert [c.kind for c in record.commitments] == kinds
    assert all(c.actors == record.commitments[0].actors for c in record.commitments)


def test_a_number_before_a_partys_noun_is_the_sides_named_before():
    record = article("법무법인 한빛과 누리법률사무소는 협력 각서를 교환했다. 두 로펌은 공동 자문센터를 운영할 계획이다.")
    assert only(record).actors == ["법무법인 한빛", "누리법률사무소"]


def test_an_agreement_by_a_signed_pledge():
    record = article("한빛대는 누리재단으로부터 3년간 장학기금 12억원을 지원받기로 약정했다.")
    assert only(record).kind in ("agreement", "plan") and "약정했다" in only(record).marker


@pytest.mark.parametrize(("sentence", "proposal"), [
    ('박하늘 후보는 "시장은 개발 계획을 당장 멈추라"고 했다.', True),
    ('누리노조는 "정부는 책임자를 가려내라"고 주장했다.', True),
    ('박하늘 의원은 "그건 선동이라"고 했다.', False),  # a copula, not a command
    ('박하늘 씨는 "그가 꼭 오라고 하더라"고 말했다.', False),
])
def test_a_quoted_command_of_any_verb_is_a_proposal(sentence, proposal):
    record = article(sentence)
    assert [c.kind for c in record.commitments] == (["proposal"] if proposal else [])


@pytest.mark.parametrize(("sentence", "planned"), [
    ("교육부는 2027년에 대상을 넓혀 전학년에 시행한다고 했다.", True),
    ("교육부는 2027년에 대상을 넓혀 전학년에 시행한다고 했습니다.", True),
    ("교육부는 어제 과목 조정을 했다.", False),  # 했다 as a verb of doing
])
def test_a_present_tense_reported_with_hada_is_read_through(sentence, planned):
    assert bool(article(sentence).commitments) == planned


@pytest.mark.parametrize(("sentence", "planned"), [
    ("한빛시는 올해부터 2030년까지 청년 주택 1만호를 공급한다.", True),  # a span into a later year
    ("누리기금은 올해부터 2031년까지 매년 400억원씩 마련, 지역 스타트업에 투자된다.", True),
    ("한빛시 인구는 2030년까지 계속 줄어든다.", False),  # a quantity changing: a forecast
    ("한빛시는 올해 말까지 청년 주택 100호를 공급한다.", True),
])
def test_a_deadline_in_a_later_year_makes_a_present_tense_a_plan(sentence, planned):
    assert bool(article(sentence).commitments) == planned


@pytest.mark.parametrize("sentence", [
    "한빛시는 예산을 확보하고, 내년에는 공사를 시작할 계획이다.",  # a time as topic, no party
    "한빛시는 설계를 마치고, 누리건설과 함께 공사를 시작할 계획이다.",  # a partner, not a subject
    "한빛시는 누리건설이 시공하는 다리를 내년에 개통할 계획이다.",  # no clause closed before
])
def test_a_second_clause_without_a_party_of_its_own_keeps_the_first(sentence):
    assert only(article(sentence)).actors == ["한빛시"]


def test_a_second_subject_inside_a_quotation_is_the_speakers():
    assert only(article('박하늘 시장은 "예산을 확보하고, 우리 시는 공사를 서두르겠다"고 말했다.')).actors == ["박하늘"]


@pytest.mark.parametrize(("follow", "planned"), [
    ("공동 선별장은 농협 유통센터 옆에 짓는다.", True),  # an object said as a topic, a verb
    ("저녁 급식도 무상으로 제공한다.", True),
    ("협력도 이어진다.", False),  # what happens
    ("펀드는 반도체 창업기업에 투자한다.", False),  # a verbal noun's topic may be its agent
    ("행사는 시청 광장에서 열린다.", False),
])
def test_an_object_said_as_a_topic_right_after_a_plan(follow, planned):
    record = article(f"한빛군은 딸기 수출 단지를 키울 계획이다. 우선 농가 80곳에 모종을 지원한다. {follow}")
    assert any(follow[:6] in c.text for c in record.commitments) == planned


def test_a_network_is_a_party():
    record = article("한빛시민연대는 서명을 받아 시에 전달할 계획이다. 한빛청년네트워크도 서명 운동에 함께한다.")
    assert record.commitments[-1].actors == ["한빛청년네트워크"]


@pytest.mark.parametrize(("sentence", "actors"), [
    ("한빛소방서는 다음 달부터 전통시장 9곳의 전기 설비를 일제 점검한다.", ["한빛소방서"]),
    ("한빛경찰서는 주말마다 교통경찰을 배치하기로 했다.", ["한빛경찰서"]),
])
def test_a_station_is_a_party(sentence, actors):
    assert only(article(sentence)).actors == actors


def test_two_sides_with_one_body_found_are_the_two_named_together():
    record = article("한빛대와 누리병원은 협약을 맺었다. 양 기관은 내년부터 간호 인력을 함께 양성하기로 했다.")
    assert only(record).kind == "agreement" and only(record).actors == ["한빛대", "누리병원"]


@pytest.mark.parametrize("sentence", [
    '한빛시 관계자는 "시가 올해 안에 공사를 마무리하려 한다"고 말했다.',
    '누리노조는 "노조가 먼저 대화에 나서려 한다"고 밝혔다.',
])
def test_a_quoted_intention_of_the_speakers_own_body_is_a_plan(sentence):
    assert only(article(sentence)).kind == "plan"


def test_a_city_council_speaking_of_the_city_accuses_it():
    assert article('한빛시의회 의원들은 "시가 개발 이익을 민간에 넘기려 한다"고 비판했다.').commitments == []


@pytest.mark.parametrize(("sentence", "agreed"), [
    ("한빛시와 누리공사는 지난 3월 부지 매입 가격에 합의했다.", False),  # reached before: background
    ("한빛당과 누리당이 지난 12일 선거 연대에 합의했다.", False),  # days before the report
    ("한빛버스 노사는 14일 새벽 임금 4.2% 인상에 합의했다.", True),  # the day of the report: the news
    ("한빛시와 누리공사는 지난 3월 부지를 함께 개발하기로 합의했다.", True),  # an act agreed, still to do
])
def test_an_agreement_on_a_thing_reached_before_the_report_is_background(sentence, agreed):
    assert bool(article(sentence).commitments) == agreed


def test_a_short_form_names_the_person_of_that_surname_and_title():
    from kcoop.analysis.commitments import _short_forms
    from kcoop.analysis.people import Found, People
    text = "문태호 교수와 연구했다. 한 교수는 정책 연구를 한다. 김 교수는 쉰다."
    people = People(found={"문태호": Found("문태호", ["교수"], mentions=[[0, 3]]),
                           "한유석": Found("한유석", ["교수"])})  # named only in a caption
    forms = _short_forms(text, people, [(0, 3)])
    assert [(text[m.start:m.end], m.names) for m in forms] == [("한 교수", ("한유석",))]  # 김: no one


def test_a_pledge_retold_as_said_before_is_none():
    record = article('한빛시는 "누리건설이 대형 쇼핑몰을 세우겠다고 해서 부지를 싸게 넘겼는데 약속이 어긋났으니 계약을 되돌려야 한다"는 입장을 냈다.')
    assert record.commitments == []


def test_a_quoted_pledge_closed_by_a_mistyped_quotation_mark():
    record = article('박하늘 대표는 "해외 물류 거점을 넓혀 나갈 것“이라고 말했다.')
    assert only(record).kind == "pledge" and only(record).actors == ["박하늘"]


def test_a_plan_described_after_a_quoted_pledge_is_the_reported_plans():
    record = article('누리물산은 한빛상사와 협약을 맺고 공동 물류센터를 운영할 계획이다. 박하늘 대표는 "협력을 넓혀 나갈 것"이라고 말했다. '
                     "한빛상사는 지난해 법인 등록을 마쳤다. 본사는 부산에 있다. 오는 15일 센터 준공과 함께 본격 운영을 시작한다.")
    started = next(c for c in record.commitments if "시작한다" in c.text)
    assert "박하늘" not in started.actors


def test_a_title_the_analyzer_reads_as_a_verb_is_still_a_topic():
    record = article('한빛 특검의 박하늘 특검보는 브리핑에서 "누리 전 차관을 불러 자금 흐름을 확인할 예정"이라고 말했다.')
    assert only(record).actors == ["박하늘"]


@pytest.mark.parametrize("lead", ["", "이에 ", "또 "])
def test_a_short_form_after_a_short_word_is_still_the_person(lead):
    # a one- or two-letter word before the short form (이에, 또) was read as the surname and
    # took the real surname as its title, so 한 교수 was never seen
    record = article("누리대 한유석 교수 연구팀과 다온대 변하진 교수가 새 소재를 개발했다. "
                     f"{lead}한 교수는 내년 3월 새 연구소를 열 계획이다.")
    assert [c.actors for c in record.commitments] == [["한유석"]]
