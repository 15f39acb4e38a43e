"""People in the forms news of every topic writes them (made-up names and sentences)."""
from __future__ import annotations

import pytest
from helpers import article


def people_of(body: str) -> dict:
    return {p.name: (p.titles, p.organisation) for p in article(body).people}


def test_names_listed_with_one_title_share_it():
    people = people_of("박민수(서초갑)·정하늘(분당을)·오세진(수원병) 의원은 이날 회견을 열었다. "
                       "이 밖에도 홍도윤, 남궁태리, 심하람 전 의원 등이 자리했다.")
    assert {name: titles for name, (titles, _) in people.items()} == {
        "박민수": ["의원"], "정하늘": ["의원"], "오세진": ["의원"],
        "홍도윤": ["의원"], "남궁태리": ["의원"], "심하람": ["의원"]}


def test_each_listed_name_keeps_the_party_written_before_it():
    people = people_of("부산 선거에선 더불어민주당 하도윤, 국민의힘 박서율, 무소속 한지혁 후보가 경쟁한다.")
    assert people == {"하도윤": (["후보"], "더불어민주당"), "박서율": (["후보"], "국민의힘"),
                      "한지혁": (["후보"], "무소속")}


def test_asides_after_a_name_are_skipped():
    people = people_of("김도현(오른쪽) 국무총리와 마크 레인(가운데) 호주 총리가 만났다. 박재훈(58) 한국전자통신연구원장도 왔다.")
    assert set(people) == {"김도현", "마크 레인", "박재훈"}


def test_a_title_before_the_name():
    people = people_of("배우 한도윤이 가수 송하람의 채널에 출연했다. "
                       "수원지검 형사3부(부장 이정환)는 수사를 시작했다.")
    assert people["한도윤"][0] == ["배우"]
    assert people["송하람"][0] == ["가수"]
    assert people["이정환"] == (["부장"], "수원지방검찰청") or people["이정환"][0] == ["부장"]


def test_titles_outside_government():
    people = people_of("남도윤 감독과 서하윤 작가, 강민호 대변인, 윤하진 교육감, 오태림 총장, 변지훈 변호사가 모였다.")
    assert {name: titles[0] for name, (titles, _) in people.items()} == {
        "남도윤": "감독", "서하윤": "작가", "강민호": "대변인", "윤하진": "교육감", "오태림": "총장", "변지훈": "변호사"}


def test_a_body_the_gazetteer_does_not_know_between_name_and_title():
    people = people_of("임도균 한빛금융 회장과 조서윤 전 가람산업 부사장이 참석했다.")
    assert people["임도균"] == (["회장"], "한빛금융")
    assert people["조서윤"] == (["부사장"], "가람산업")


def test_foreign_names_with_initials_and_joining_words():
    people = people_of("조지 W. 부시 전 대통령과 J.D. 밴스 부통령, 압둘라 빈 자이드 외무장관이 만났다.")
    assert set(people) == {"조지 W. 부시", "J.D. 밴스", "압둘라 빈 자이드"}


def test_phrase_fragments_are_not_names():
    people = people_of("이날 오후 데이비드 하글런드 장관이 입국했다. 중도 성향 후보 3명과 안전 담당 부장이 만났다. "
                       "개정안 취지도 당초 대통령 구상과 달랐다. 연세대 교수 임용도 줄었다.")
    assert set(people) == {"데이비드 하글런드"}


def test_a_persons_body_is_the_one_written_with_them():
    people = people_of("일본 도요타그룹 아키모 다나카 회장의 가문, 그리고 국민의힘 박수현 의원이 참석했다.")
    assert people["박수현"] == (["의원"], "국민의힘")


def test_the_late_and_honorary_titles():
    people = people_of("고 정태산 창업 회장과 정서준 명예회장이 기록됐다. 동문 김하늘씨는 말했다. 지회장 김모씨가 해고됐다.")
    assert people["정태산"][0] == ["회장"]
    assert people["정서준"][0] == ["명예회장"]
    assert people["김하늘"][0] == ["씨"]
    assert not any(name.startswith("김모") for name in people)


def test_a_title_before_a_name_the_analyzer_reads_as_parts():
    # 편 and 채 are read as a common noun and an adverb, yet the word is shaped as a name
    people = people_of("서울중앙지검 형사6부(부장검사 편재윤)는 구형했다. 배우 채도윤이 캐스팅됐다.")
    assert people["편재윤"][0] == ["부장검사"]
    assert people["채도윤"][0] == ["배우"]


def test_a_presiding_judge_in_brackets():
    people = people_of("서울중앙지법 형사합의21부(재판장 윤세진 부장판사)는 20일 선고했다.")
    assert people["윤세진"][0] == ["부장판사"]


def test_sports_roles_before_the_name_win_over_a_common_noun_before_them():
    people = people_of("프로야구 LG 트윈스 주장 오지훈이 끝내기 안타를 쳤다. 선발 투수 탁은결은 호투했다.")
    assert people["오지훈"][0] == ["주장"]
    assert people["탁은결"][0] == ["투수"]
    assert "프로야구" not in people


def test_a_title_followed_by_a_comma_does_not_take_the_next_name():
    people = people_of("회의에는 시의회 의장, 권도윤 사장이 참석했다.")
    assert people["권도윤"][0] == ["사장"]


def test_a_rarer_surname():
    assert people_of("계성훈 충남지사는 이날 말했다.")["계성훈"][0] == ["충남지사"]


def test_a_local_government_written_before_an_office_is_the_persons_body():
    # 충남도's 도 is no particle here, and 예산군 is the county, not the place, before its head
    people = people_of("반예린 충남도 보건정책과장은 말했다. 예산군 황보석진 군수도 밝혔다.")
    assert people["반예린"] == (["보건정책과장"], "충청남도")
    assert people["황보석진"] == (["군수"], "예산군")


def test_a_name_the_analyzer_does_not_know_before_a_title_or_one_body_word():
    people = people_of("류하진 솔빛시장은 회견을 열었다. 권도윤 한빛도시공사 사장과 반예린 한빛도 보건국장도 왔다. "
                       "서하은 금융위 부위원장은 회의를 주재했다.")
    assert people["류하진"][0] == ["솔빛시장"]
    assert people["권도윤"] == (["사장"], "한빛도시공사")
    assert people["반예린"] == (["보건국장"], "한빛도")
    assert people["서하은"] == (["부위원장"], "금융위원회")
    assert not any(" " in name for name in people)


def test_verb_forms_before_a_title_are_no_names():
    people = people_of("조속한 장관 임명을 요구했다. 이를 주도한 위원장은 물러났다.")
    assert people == {}


def test_an_office_glued_to_a_place_names_its_own_body():
    people = people_of("이수민 서울시교육감은 회견을 열었다. 한시우 서울시장도 왔다.")
    assert people["이수민"] == (["서울시교육감"], "서울특별시교육청")
    assert people["한시우"] == (["서울시장"], "서울특별시")


def test_a_place_and_district_in_brackets_after_listed_names():
    people = people_of("민주당 위성찬(제주 서귀포)·한지수(경기 부천을) 의원은 법안을 냈다.")
    assert {name: titles for name, (titles, _) in people.items()} == {"위성찬": ["의원"], "한지수": ["의원"]}


def test_a_foreign_name_whose_last_part_is_shaped_like_a_korean_name_before_a_country():
    people = people_of("엘로디 마르샹 프랑스 외무장관과 클라우스 베버 독일 외무장관은 회담했다. 마르샹 장관은 웃었다.")
    assert people == {"엘로디 마르샹": (["외무장관"], "프랑스 외무부"), "클라우스 베버": (["외무장관"], "독일 외무부")}


def test_foreign_names_after_a_role_or_ending_in_a_particle_like_syllable():
    people = people_of("브라질 출신 공격수 루카스 페헤이라가 두 골을 넣었다. "
                       "유엔개발계획의 아미나 오콘쿠오 사무차장은 성명을 냈다.")
    assert people["루카스 페헤이라"][0] == ["공격수"]
    assert people["아미나 오콘쿠오"][0] == ["사무차장"]
    assert len(people) == 2


def test_a_foreign_name_then_its_company_then_a_title():
    people = people_of("삼성SDI가 포드자동차와 계약을 맺었다. 서명식에는 에드워드 포드 포드 회장과 "
                       "케빈 하트먼 포드 최고구매책임자(CPO)도 참석했다. 법률대리인 한정석 바른 대표변호사도 왔다.")
    assert people["에드워드 포드"][0] == ["회장"]
    assert people["케빈 하트먼"][0] == ["최고구매책임자"]
    assert "하트먼 포드" not in people and not any(name.startswith("법률대리인") for name in people)


def test_a_two_letter_surnames_name_before_a_particle():
    assert people_of("선발 투수 남궁혁은 6이닝을 던졌다.") == {"남궁혁": (["투수"], None)}


def test_a_speaker_named_only_after_a_quotation():
    record = article('"끝까지 던질 수 있어 행복하다"(한지민) "좋다"(오른쪽) "아쉽다"(관계자)')
    assert [(p.name, p.titles) for p in record.people] == [("한지민", [])]
    assert record.people[0].mentions


def test_a_foreign_name_then_a_body_the_gazetteer_does_not_know_then_a_title():
    people = people_of("독일 측에서는 마르틴 슈뢰더 연방교육연구부 국장이 참석했다.")
    assert people == {"마르틴 슈뢰더": (["국장"], "연방교육연구부")}


def test_a_foreign_name_after_a_title_whose_first_word_is_shaped_like_a_korean_name():
    people = people_of("두산 선발 마이클 로건은 7이닝을 던졌다. 구단은 외국인 투수 라이언 콜린스와 재계약했다.")
    assert {"마이클 로건", "라이언 콜린스"} <= set(people)
    assert "마이클" not in people and "라이언" not in people


@pytest.mark.parametrize(("body", "titles"), [
    ("에이스 류도진은 7이닝 무실점으로 호투했다. 상대 선발 원태호는 6이닝을 던졌다. "
     "세터 추하람은 공격을 조율했다. 아포짓 스파이커 문예솔은 29점을 올렸다.",
     {"류도진": "에이스", "원태호": "선발", "추하람": "세터", "문예솔": "스파이커"}),
    ("루키 이하솔이 상대 마무리 김서윤을 상대로 홈런을 쳤다. 유격수 박도겸도 호수비를 펼쳤다. 수문장 진우솔은 선방했다.",
     {"이하솔": "루키", "김서윤": "마무리", "박도겸": "유격수", "진우솔": "수문장"}),
])
def test_roles_in_the_game_before_a_name_are_titles(body, titles):
    assert {name: found[0] for name, (found, _) in people_of(body).items()} == titles


def test_rarer_surnames():
    people = people_of("한빛공사 목형준 사장과 누리상사 복민호 이사, 감도훈 코치가 만났다.")
    assert {"목형준", "복민호", "감도훈"} <= set(people)


def test_a_foreign_name_after_a_title_whose_last_word_is_shaped_like_a_korean_name():
    people = people_of("외국인 아포짓 스파이커 레베카 하워드가 29점을 올렸다.")
    assert set(people) == {"레베카 하워드"}


def test_titles_listed_each_before_its_name():
    people = people_of("구단은 타격코치 봉재열, 수비코치 감도윤도 새로 영입했다.")
    assert {name: titles for name, (titles, _) in people.items()} == {"봉재열": ["타격코치"], "감도윤": ["수비코치"]}


def test_a_foreign_name_before_a_title_that_is_also_a_common_noun():
    people = people_of("이탈리아 출신 마르첼로 비앙키 감독은 말했다. 라이언 콜린스 코치도 왔다. 감독 마르첼로 비앙키는 웃었다.")
    assert {name: titles[0] for name, (titles, _) in people.items()} == {"마르첼로 비앙키": "감독", "라이언 콜린스": "코치"}


def test_a_name_between_a_body_and_a_title_that_the_dictionary_lists_as_a_compound_noun():
    people = people_of("경기 후 포항 스틸러스 장기수 감독은 \"끝까지 뛰었다\"고 말했다.")
    assert people == {"장기수": (["감독"], "포항 스틸러스")}


def test_a_broadcasts_label_of_who_speaks():
    people = people_of('기상청은 새 예보 모델을 도입한다고 밝혔습니다.\n\n정미란 / 기상청 예보국장\n\n"정확도를 높이겠습니다."')
    assert people == {"정미란": (["예보국장"], "기상청")}


def test_a_person_named_with_their_job_and_an_honorific():
    people = people_of("배송하던 택배기사 염도환(41)씨는 주민을 깨웠다. 염씨는 \"당연한 일\"이라고 했다. "
                       "함께 기소된 공인중개사 곽미란(47)씨에게는 징역 7년이 선고됐다. "
                       "진료소를 지키는 사람은 간호사 편숙자(58)씨다.")
    assert people == {"염도환": (["택배기사"], None), "곽미란": (["공인중개사"], None), "편숙자": (["간호사"], None)}


def test_a_job_whose_last_letter_reads_as_a_particle():
    people = people_of("정치평론가 하지석씨는 \"신당은 오래가기 어렵다\"고 분석했다.")
    assert people == {"하지석": (["정치평론가"], None)}


def test_common_nouns_before_a_body_and_a_title_are_no_name():
    people = people_of("간호사 명숙자(58)씨다. 명씨는 다음 달 보건복지부 장관 표창을 받는다.")
    assert set(people) == {"명숙자"}


def test_a_name_whose_last_letter_reads_as_a_particle_right_before_its_title():
    people = people_of("이날 전국세입자연대 봉하은 위원장은 \"막막하다\"고 호소했다. 노사 협상에서 사측이 위원장 안을 거부했다.")
    assert {name: titles for name, (titles, _) in people.items()} == {"봉하은": ["위원장"]}


def test_a_word_qualifying_the_title_between_a_name_and_its_title():
    people = people_of("이날 세미나에서 한국은행 옥재훈 디지털 부총재보는 \"신중해야 한다\"고 말했다. "
                       "권선소방서 소방관 길채윤 소방장은 수색을 도왔다. 장관은 제네바에 도착해 양국 통상장관 회담을 연다.")
    assert people == {"옥재훈": (["디지털 부총재보"], "한국은행"), "길채윤": (["소방장"], "권선소방서")}


def test_a_name_before_a_body_and_a_department_whose_last_letter_reads_as_a_particle():
    people = people_of("이번 예산은 하지운 누리대 기계공학과 교수가 맡은 연구실에 쓰인다. "
                       "이들을 치료한 수원성심병원 응급의학과 간호사 길소연씨는 \"생명에는 지장이 없다\"고 말했다.")
    assert people == {"하지운": (["교수"], "누리대 기계공학과"), "길소연": (["간호사"], "수원성심병원")}


def test_an_elder_named_with_their_age_and_grandmother():
    people = people_of("섬 주민 우복순(84) 할머니는 \"딸이나 마찬가지\"라고 했다. 우 할머니는 웃었다. 할머니 손맛을 살렸다.")
    assert people == {"우복순": (["할머니"], None)}


def test_a_subject_before_a_body_and_a_title_is_not_the_name_of_that_title():
    people = people_of("한화 이글스는 졌다. 탁민재는 한화 불펜 진우석의 직구를 받아쳐 결승타를 때렸다.")
    assert people == {"진우석": (["불펜"], "한화 이글스")}


def test_a_title_that_begins_with_a_body_is_a_title_alone_and_qualifies_one_after_it():
    people = people_of("한편 하도겸 전 국회의원의 불출마설도 나온다. 남궁민재 전 국회의원과 석하윤 전 환경부 장관도 왔다. "
                       "자문단에는 채윤결 전 국회의원 비서관이 합류했다.")
    assert people["하도겸"][0] == ["국회의원"]
    assert people["남궁민재"][0] == ["국회의원"]
    assert people["채윤결"][0] == ["비서관"]


def test_initials_between_a_foreign_given_name_and_a_family_name_shaped_like_a_korean_one():
    people = people_of("아시아개발은행(ADB)의 로버트 K. 마스던 총재와 일본 나가세그룹 히로키 모토다 회장도 참석했다.")
    assert people["로버트 K. 마스던"] == (["총재"], "아시아개발은행")
    assert "히로키 모토다" in people


def test_words_saying_what_a_title_covers_stand_between_name_and_title():
    people = people_of("회담에는 그레고리 T. 브론슨 국무부 동아태 담당 차관보가 배석했다. 데릭 오스먼 구매총괄 부사장도 왔다. "
                       "행사에는 반지헌 가람금융지주회사 디지털 담당 본부장도 참석했다.")
    assert set(people) == {"그레고리 T. 브론슨", "데릭 오스먼", "반지헌"}
    assert people["그레고리 T. 브론슨"][0] == ["동아태 담당 차관보"]
    assert people["데릭 오스먼"] == (["구매총괄 부사장"], None)
    assert people["반지헌"][0] == ["디지털 담당 본부장"]  # 반지 + 헌: the analyzer reads 헌 as a verb form


def test_a_title_ending_like_a_particle_then_a_foreign_name():
    people = people_of("이 미술관은 영국의 건축가 마이클 핀스터가 설계했다. 심사는 일본 건축가 사카이 마코토 등 7명이 맡았다. "
                       "8회초 한화가 석지완(22)에게 역전타를 맞았다.")
    assert people["마이클 핀스터"][0] == ["건축가"]  # 핀 + 스터, each read as a name
    assert people["사카이 마코토"][0] == ["건축가"]
    assert "한화가" not in people and "석지완" not in people or people["석지완"][0] != ["한화가"]


def test_foreign_names_of_diplomats_and_japanese_ministers():
    people = people_of("쥘리앵 베르나르 주한 프랑스 대사와 만났다. 일본에서는 사토 겐타로 환경상이 참석했다. "
                       "총장, 그레이엄 오언 주한 호주부대사가 참석했다.")
    assert people["쥘리앵 베르나르"][0] == ["대사"]  # 쥘리앵: a proper noun of no class before a person's name
    assert people["사토 겐타로"][0] == ["환경상"]  # 로 of 겐타로 is no particle
    assert people["그레이엄 오언"][0] == ["호주부대사"]  # 주한 stands between name and title


def test_a_foreign_name_after_the_title_of_a_body_named_after_a_country():
    people = people_of("일본 미즈하라전지 회장 하세가와 노부유키는 지난달 밝혔다. 업계에서는 일본 가와무라전지 회장도 왔다.")
    assert people == {"하세가와 노부유키": (["회장"], "미즈하라전지")}


def test_names_listed_before_one_honorific_share_it_and_the_job_before_them():
    people = people_of("함께 기소된 공인중개사 탁민호, 여승철씨는 각각 징역형을 선고받았다. 간호사 반정민·우해솔씨가 말했다.")
    assert people == {"탁민호": (["공인중개사"], None), "여승철": (["공인중개사"], None),
                      "반정민": (["간호사"], None), "우해솔": (["간호사"], None)}


def test_a_family_name_after_a_foreign_given_name_the_analyzer_reads_in_parts():
    people = people_of("세계은행의 아이샤 반다솔 부총재도 참석했다. 행사에는 나디아 콤프리 부총재도 왔다.")
    assert people["아이샤 반다솔"] == (["부총재"], "세계은행")
    assert set(people) == {"아이샤 반다솔", "나디아 콤프리"}


def test_the_body_before_a_side_or_membership_word_is_the_persons():
    people = people_of("가람건설 측 탁윤성 전무는 말했다. 한빛운송노동조합 측 여도겸 위원장도 말했다. "
                       "부산시는 결과를 밝혔다. 부산시 문화체육국 소속 위다경 국장도 말했다.")
    assert people["탁윤성"] == (["전무"], "가람건설")
    assert people["여도겸"] == (["위원장"], "한빛운송노동조합")
    assert people["위다경"][1] in ("부산광역시", "문화체육국")


def test_a_body_the_gazetteer_does_not_know_written_with_its_person():
    people = people_of("이날 서명식에는 볼트런의 케이틀린 모리슨 최고경영자(CEO)가 참석했다. "
                       "과기정통부 기초원천연구정책관실의 육서진 과장은 말했다. 업계의 반도윤 대표도 왔다.")
    assert people["케이틀린 모리슨"][1] == "볼트런"
    assert people["육서진"][1] == "과학기술정보통신부"  # a unit's name: its body is the one before
    assert people["반도윤"][1] is None  # 업계: a common noun


def test_a_name_whose_last_letter_reads_as_a_particle_before_a_body_and_a_title():
    people = people_of("야권에선 후보 연대를 점친다. 오재만 한빛여대 행정학과 교수는 “쉽지 않다”고 말했다. "
                       "새 위원회의 구성은 지난해 이사회에서 정해졌다.")
    assert people == {"오재만": (["교수"], "한빛여대 행정학과")}


def test_names_listed_before_a_subject_title_share_the_body_of_the_sentence_before():
    people = people_of("한빛시의회는 27일 조례안을 가결했다. 조례안을 발의한 길도담, 반도윤, 모지환 시의원은 \"첫걸음\"이라고 밝혔다.")
    assert {name: org for name, (_, org) in people.items()} == {
        "길도담": "한빛시의회", "반도윤": "한빛시의회", "모지환": "한빛시의회"}


def test_a_name_the_analyzer_knows_right_after_a_team_is_one_of_its_people():
    people = people_of("LG 트윈스가 우승했다. 그해 삼성 라이온즈는 3위였다. 삼성 서동민이 결승타를 쳤다. "
                       "LG 한정훈은 눈물을 흘렸다. 한화 이글스가 졌다.")
    assert people == {"서동민": ([], "삼성 라이온즈"), "한정훈": ([], "LG 트윈스")}


def test_a_unit_or_a_listed_title_is_no_name():
    people = people_of("일본 경찰청(NPA) 국장, 말레이시아 마약단속청(AADK) 부청장, 캄보디아 마약단속국(NACD) 부국장 등이 발표했다. "
                       "한빛지검 합동수사팀(팀장 석도겸 1차장검사)은 지난 5일 기소했다.")
    assert set(people) == {"석도겸"}


def test_two_words_before_a_photo_position_make_a_foreign_name():
    people = people_of("한도경(왼쪽) 가람전자 회장과 이반 코라크(오른쪽) 볼트런 CEO가 런던에서 만난다.")
    assert people["이반 코라크"][0] == ["CEO"]  # 이반 + 코 + 라크: common nouns to the analyzer
    assert set(people) == {"한도경", "이반 코라크"}


def test_a_title_with_its_team_glued_after_it():
    people = people_of("독일 연구진인 울리히 브란트호퍼 교수팀과 공동으로 했다. 한빛대 여태경 교수팀이 개발했다. "
                       "한국 축구 대표팀은 이겼다.")
    assert people == {"울리히 브란트호퍼": (["교수"], None), "여태경": (["교수"], None)}


def test_a_foreign_given_name_shaped_like_a_korean_one_but_with_a_foreign_syllable():
    people = people_of("제임스 오도웰 캐나다 총리가 방한했다. 협상에는 노바렉스 측 클라라 M. 피셔 사업개발 담당 부사장이 참여했다.")
    assert people["제임스 오도웰"][0] == ["총리"]  # 스: no Korean given name has it
    assert people["클라라 M. 피셔"][0] == ["사업개발 담당 부사장"]
    assert set(people) == {"제임스 오도웰", "클라라 M. 피셔"}


def test_handball_positions_are_titles():
    people = people_of("한빛시청 피봇 여단솔은 8골을 넣었다. 가람공단은 레프트백 변서아, 라이트윙 위나린이 11골을 합작했다.")
    assert {name: titles for name, (titles, _) in people.items()} == {
        "여단솔": ["피봇"], "변서아": ["레프트백"], "위나린": ["라이트윙"]}


def test_a_body_shaped_word_right_before_names_is_theirs_but_not_a_unit_after_its_body():
    people = people_of("가온투자증권 위서영, 하도윤 연구위원은 분석했다. 한빛시청 피봇 여단솔이 8골을 넣었다. "
                       "서울대 경제학부 명도훈 교수가 말했다.")
    assert people["위서영"][1] == people["하도윤"][1] == "가온투자증권"
    assert people["여단솔"][1] == "한빛시청"
    assert people["명도훈"][1] == "서울대학교"


def test_a_body_the_gazetteer_does_not_know_before_side():
    people = people_of("협상에는 노바렉스 측 클라라 M. 피셔 부사장이 참여했다. 반씨 측 옥지훈 변호사는 말했다. "
                       "미국 측 그레고리 핀치 차관보가 왔다.")
    assert people["클라라 M. 피셔"][1] == "노바렉스"
    assert people["옥지훈"][1] is None  # 반씨: a person
    assert people["그레고리 핀치"][1] is None  # 미국: a country


def test_a_name_and_a_title_in_brackets_after_a_noun():
    people = people_of("그는 “장인(윌리엄 R. 카터 전 주지사)께 배운 것”이라고 했다. 김도윤(오른쪽) 총리가 웃었다.")
    assert people["윌리엄 R. 카터"][0] == ["주지사"]
    assert set(people) == {"윌리엄 R. 카터", "김도윤"}


def test_a_title_word_taking_a_place_particle_or_a_connective_is_no_persons():
    people = people_of("1921년 만주 구세회 의원에서 진료를 맡았다. 이번 선거에서는 시장·군수뿐 아니라 구청장 25명도 뽑는다.")
    assert people == {}


def test_a_council_members_glued_title_names_the_council():
    people = people_of("자문위원으로는 남도윤 부산시의원이 위촉됐다.")
    assert people["남도윤"] == (["부산시의원"], "부산광역시의회")


def test_the_first_name_after_from_the_left_is_a_name_though_a_common_noun():
    people = people_of("사진 왼쪽부터 정원 전 대표, 윤하람 전 의원. 정원을 가꾸며 지냈다.")
    assert set(people) == {"정원", "윤하람"}


def test_a_researcher_title_standing_alone_but_no_institute_named_with_it():
    people = people_of("증권가도 긍정적이다. 한빛증권 소속 구태민 연구원은 내다봤다. 한국과학기술연구원은 밝혔다. 연구원들은 기뻐했다.")
    assert people == {"구태민": (["연구원"], "한빛증권")}


def test_a_two_letter_name_the_analyzer_reads_as_a_persons_right_before_a_title():
    people = people_of("강현 교수가 이끄는 연구실에 들어갔다. 이날 회장이 말했다.")
    assert people == {"강현": (["교수"], None)}


def test_a_foreign_office_does_not_take_the_body_of_the_one_listed_before():
    people = people_of("협약식에는 여러 인사가 참석했다. 길도현 한빛대 총장, 로버트 윈터 주한 호주부대사가 기념사진을 찍었다.")
    assert people["길도현"][1] == "한빛대"
    assert people["로버트 윈터"] == (["호주부대사"], None)


def test_a_korean_name_ending_in_na_which_reads_as_a_particle():
    people = people_of("정하나 한빛지검 형사2과장을 단장으로 세웠다. 정부나 지자체가 나섰다. 김유나 의원이 왔다.")
    assert set(people) == {"정하나", "김유나"}


@pytest.mark.parametrize("word, name", [("정하나", True), ("최세나", True), ("이거나", False), ("정도나", False),
                                        ("여기나", False), ("전에나", False), ("하거나", False)])
def test_a_word_ending_in_na_is_a_name_only_as_the_analyzer_reads_it(word, name):
    from kcoop.analysis.lexicon import is_korean_name

    assert is_korean_name(word) is name


def test_a_title_with_eseo_is_a_place_only_when_the_title_is_also_a_common_noun():
    # 의원에서 (a clinic) and 시장에서 (a market) are places; 장관에서 물러난 is the person's former post
    assert people_of("한빛부 하도겸 장관에서 물러난 그는 대학으로 돌아갔다.") == {"하도겸": (["장관"], "한빛부")}
    assert people_of("누리시 구세회 의원에서 진료를 맡았다.") == {}
