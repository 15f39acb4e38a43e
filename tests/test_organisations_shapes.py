"""Organisations found by their shape (made-up bodies): endings, boundaries, merging, kinds."""
from __future__ import annotations

from helpers import article


def orgs_of(record):
    return {o.name: o for o in record.organisations}


def names_and_aliases(record):
    return {name for o in record.organisations for name in (o.name, *o.aliases)}


def test_phrase_fragments_before_an_ending_are_not_part_of_the_name():
    record = article("이날 한빛장학재단은 장학금을 줬다. 그는 기존 재단에 기부했다. 객원 연구원으로 일했다. "
                     "해외로 확장함으로써 누리모터스는 컸다. 비영리 법인인 가람복지재단도 참여했다.")
    names = set(orgs_of(record))
    assert {"한빛장학재단", "누리모터스", "가람복지재단"} <= names
    assert not any(n.startswith(("이날", "기존", "객원", "확장", "비영리", "법인")) for n in names)
    assert "재단" not in names and "연구원" not in names


def test_courts_prosecutors_offices_of_education_and_councils():
    record = article("목포지검은 춘천지법에 영장을 청구했다. 누리시교육청과 누리시의회는 예산을 논의했다.")
    orgs = orgs_of(record)
    assert {"목포지검", "춘천지법"} <= names_and_aliases(record) and orgs["목포지검"].kind == "government"
    assert orgs["누리시교육청"].kind == "local" and orgs["누리시의회"].kind == "local"


def test_banks_holdings_unions_and_public_corporations_but_not_generic_nouns():
    record = article("한결금융지주와 누리은행은 시중은행, 저축은행과 달리 울산미래도시공사에 투자했다. "
                     "한빛노조는 건설공사를 멈췄다. 하수관로공사도 멈췄다.")
    orgs = orgs_of(record)
    assert orgs["한결금융지주"].kind == "company" and orgs["누리은행"].kind == "company"
    assert orgs["울산미래도시공사"].kind == "agency" and orgs["한빛노조"].kind == "union"
    assert not set(orgs) & {"시중은행", "저축은행", "건설공사", "하수관로공사"}


def test_a_kind_word_before_the_name():
    record = article("법무법인 한결과 재단법인 나래는 협약을 맺었다. 내년에도 법무법인, 은행, 학교에서 후원을 받는다.")
    orgs = orgs_of(record)
    assert orgs["법무법인 한결"].kind == "company" and "한결" in orgs["법무법인 한결"].aliases
    assert "재단법인 나래" in orgs and "법무법인 은행" not in orgs


def test_universities_by_what_follows_them():
    record = article("윤가람 누리대 교수와 한빛여대 사회학과 학생이 왔다. 누리대는 환영했다. "
                     "30대 교수와 청년 세대 교수들도 왔다.")
    orgs = orgs_of(record)
    assert orgs["누리대"].kind == "university" and len(orgs["누리대"].mentions) == 2
    assert "한빛여대" in orgs and not set(orgs) & {"30대", "세대"}


def test_units_are_named_with_their_body_and_embassies_with_their_country():
    record = article("서울대 공과대학은 발표했다. 주라오스 한국대사관 주관으로 음악회를 열었다.")
    orgs = orgs_of(record)
    assert "서울대 공과대학" in orgs
    assert "주라오스 한국대사관" in orgs


def test_list_items_and_bulleted_lists_are_bodies_of_their_own():
    record = article("가람전자·누리중공업은 합병했다. 기부처는 ▲한빛도시공사(100만원) ▲박·윤 법률사무소(200만원)다.")
    names = set(orgs_of(record))
    assert {"누리중공업", "박·윤 법률사무소"} <= names
    assert not any("▲" in n or "(" in n for n in names)


def test_a_known_body_is_no_mention_inside_a_longer_word():
    record = article("서울시의회는 조례를 냈다. 서울 중구에서 열렸다.")
    orgs = orgs_of(record)
    assert "서울시의회" in names_and_aliases(record) and "서울특별시" not in orgs


def test_a_countrys_office_but_not_its_province():
    record = article("베트남 산림보호국 부국장과 중국 산둥성 관계자가 만났다.")
    orgs = orgs_of(record)
    assert orgs["베트남 산림보호국"].country == "VN"
    assert "중국 산둥성" not in orgs


def test_one_body_under_several_written_names_is_one_entry():
    record = article("영국 가람해양재단은 지원했다. 헬렌 코디 가람해양재단 이사장은 말했다. 가람해양재단은 밝혔다. "
                     "채용 특검은 출범했다. 공공기관 채용 특검이 소환했다. 특검은 밝혔다.")
    orgs = orgs_of(record)
    assert [n for n in orgs if n.endswith("가람해양재단")] == ["영국 가람해양재단"]
    assert len(orgs["영국 가람해양재단"].mentions) == 3
    assert len([n for n in orgs if n.endswith("특검")]) == 1


def test_a_party_the_gazetteer_does_not_know_by_its_ending():
    record = article("새빛미래당 노윤재 대표는 말했다. 구내식당과 명동성당, 한빛경로당, 예술의전당에서 열렸다.")
    assert {o.name: o.kind for o in record.organisations} == {"새빛미래당": "party"}
    assert record.people[0].organisation == "새빛미래당"


def test_schools_by_their_full_ending():
    assert "한빛고등학교" in orgs_of(article("한빛고등학교 학생들이 대회에 나갔다."))


def test_football_clubs_are_known_and_not_their_cities():
    record = article("울산 HD가 전북 현대를 2-0으로 꺾었다.")
    assert set(orgs_of(record)) == {"울산 HD", "전북 현대 모터스"}


def test_a_clubs_first_word_alone_names_the_club_named_in_full():
    record = article("LG 트윈스가 두산 베어스를 꺾었다. LG는 두산과의 경기에서 이겼다. 울산 HD는 비겼다. 울산 제성민 감독은 웃었다.")
    names = {o.name for o in record.organisations}
    assert names == {"LG 트윈스", "두산 베어스", "울산 HD"}
    assert {p.name: p.organisation for p in record.people} == {"제성민": "울산 HD"}


def test_a_high_schools_short_name_before_its_people():
    record = article("덕수고는 결승에서 경북고를 꺾었다. 덕수고 하경민 감독은 웃었다. 경북고 포수 탁은결은 2루타를 쳤다. "
                     "그는 최고 선수가 되고 싶다고 말하고 감독을 찾았다.")
    assert {o.name for o in record.organisations} == {"덕수고", "경북고"}
    assert {p.name: p.organisation for p in record.people} == {"하경민": "덕수고", "탁은결": "경북고"}


def test_a_branch_after_a_parent_with_its_short_form_and_generic_or_next_sitting_bodies():
    record = article('전국교직원노동조합(전교조) 서울지부 남도영 지부장은 요구했다. 읍면동 행정복지센터를 늘린다. '
                     '"차기 공동위원회는 베를린에서 열린다"고 했다.')
    names = {o.name for o in record.organisations}
    assert "전교조 서울지부" in names
    assert not names & {"서울지부", "행정복지센터", "차기 공동위원회"}
    assert record.people[0].organisation == "전교조 서울지부"


def test_union_branches_and_cooperatives():
    record = article("금속노조 누리조선지회는 파업에 들어갔다. "
                     "한빛원예농업협동조합 변지후 조합장은 참여하겠다고 밝혔다.")
    orgs = orgs_of(record)
    branch = next(name for name in orgs if name.endswith("누리조선지회"))  # 금속노조 누리조선지회
    assert orgs[branch].kind == "union" and "한빛원예농업협동조합" in orgs
    people = {p.name: p for p in record.people}
    assert people["변지후"].organisation == "한빛원예농업협동조합"


def test_a_title_glued_to_a_branch_names_the_branch():
    record = article("엄기하 누리중공업지회장은 \"물러서지 않겠다\"고 말했다.")
    people = {p.name: p for p in record.people}
    assert people["엄기하"].organisation == "누리중공업지회"
    assert "누리중공업지회" in orgs_of(record)


def test_a_short_form_defined_with_ihae_is_an_alias():
    record = article("청년누리연합회(이하 청누연) 대표단이 참석했다. 청누연 서다혜 회장은 협약을 반겼다. "
                     "누리기술연구센터(이하 NTRC)와 협력한다. NTRC 안티 코르호넨 부사장이 왔다.")
    orgs = orgs_of(record)
    assert "청누연" in orgs["청년누리연합회"].aliases
    assert "NTRC" in orgs["누리기술연구센터"].aliases and not any("이하" in n for n in names_and_aliases(record))
    people = {p.name: p for p in record.people}
    assert people["서다혜"].organisation == "청년누리연합회"
    assert people["안티 코르호넨"].organisation == "누리기술연구센터"


def test_a_name_may_start_with_a_number_glued_to_letters_and_a_title_is_no_body():
    record = article("6G포럼 산하 6G누리협의회 편태하 회장은 밝혔다. 이동통신연구본부 소속 옥선하 책임연구원 연구팀은 성공했다.")
    assert "6G누리협의회" in orgs_of(record) and "책임연구원" not in orgs_of(record)
    assert "옥선하" in {p.name for p in record.people}


def test_a_name_after_a_noun_for_a_kind_of_body_is_such_a_body():
    record = article("제작사 스튜디오한빛별은 드라마를 만든다. 스튜디오한빛별 설지후 대표는 말했다. "
                     "물류업체 늘솔로지스가 소송을 냈다. 바이오벤처 네오진바이오가 계약을 맺었다. "
                     "업체 관계자는 말을 아꼈다. 단체 관광객이 늘었다.")
    orgs = orgs_of(record)
    assert {"스튜디오한빛별", "늘솔로지스", "네오진바이오"} <= set(orgs)
    assert orgs["네오진바이오"].kind == "company"
    assert len(orgs["스튜디오한빛별"].mentions) == 2
    assert not {"관계자", "관광객"} & set(orgs)
    assert {p.name: p.organisation for p in record.people}["설지후"] == "스튜디오한빛별"


def test_a_noun_for_a_kind_of_body_is_not_part_of_the_name_after_it():
    record = article("핀란드 국책연구기관 누리기술연구센터와 협력한다.")
    assert "누리기술연구센터" in orgs_of(record)


def test_a_local_government_whose_official_speaks_is_a_body():
    record = article("안산시 관계자는 \"점검을 강화하겠다\"고 했다.")
    assert "안산시" in orgs_of(record)


def test_a_glued_title_names_the_office_named_before_with_its_parent():
    record = article("고용노동부 거제지청은 중재에 나섰다. 성재하 거제지청장은 지원하겠다고 했다.")
    assert set(orgs_of(record)) == {"고용노동부", "고용노동부 거제지청"}
    assert record.people[0].organisation == "고용노동부 거제지청"


def test_a_court_branch_is_named_after_its_court_and_support_is_no_body():
    record = article("광주지법 순천지원은 피고인에게 실형을 선고했다. 광주지검 순천지청도 항소했다. "
                     "정부는 순천지원 사업에 국비지원을 늘렸다.")
    names = names_and_aliases(record)
    assert "광주지법 순천지원" in names and "광주지검 순천지청" in names
    assert not names & {"순천지원", "국비지원"}


def test_everyday_local_bodies_by_their_endings():
    record = article("한길시장 상가번영회와 누리마을금고는 성금을 모았다. 목포중앙교회도 K-해양포럼, "
                     "3D프린팅연합과 함께 참여했다. 대한법률구조공단 목포출장소가 상담을 맡았다. "
                     "그는 교회와 포럼, 연합에 나갔다.")
    names = names_and_aliases(record)
    assert {"상가번영회", "목포중앙교회", "K-해양포럼", "3D프린팅연합"} <= names
    assert "대한법률구조공단 목포출장소" in names
    assert not names & {"교회", "포럼", "연합"}


def test_a_council_whose_last_letter_reads_as_a_particle():
    record = article("한빛시민회의와 누리환경연대회의는 회견을 열었다. 박은서 한빛시민회의 공동대표는 반대했다. "
                     "이번 회의의 결론이다.")
    orgs = orgs_of(record)
    assert {"한빛시민회의", "누리환경연대회의"} <= set(orgs) and orgs["한빛시민회의"].kind == "civic"
    assert len(orgs["한빛시민회의"].mentions) == 2 and "회의" not in orgs


def test_a_disaster_headquarters_and_a_time_of_day_before_a_body():
    record = article("노사는 18일 새벽 한빛지방노동위원회의 조정 회의에서 합의했다. 행정안전부는 "
                     "중앙재난안전대책본부 비상 1단계를 가동했다. 이번 대책본부 회의에서 논의했다.")
    names = set(orgs_of(record))
    assert {"한빛지방노동위원회", "중앙재난안전대책본부"} <= names and "대책본부" not in names


def test_a_coined_name_after_a_kind_noun_is_a_body_when_the_text_names_it_again():
    record = article("미국 전기차 업체 리버튼과 손잡았다. 리버튼은 공장을 짓는다. "
                     "식품기업 부채비율이 올랐다. 부채비율은 높다.")
    orgs = orgs_of(record)
    assert orgs["리버튼"].kind == "company"
    assert "부채비율" not in orgs


def test_a_coined_name_said_once_is_not_taken():
    record = article("미국 전기차 업체 리버튼과 손잡았다.")
    assert "리버튼" not in orgs_of(record)


def test_a_medium_with_its_head_word_after_a_noun_for_a_medium():
    record = article("미국 유통 전문매체 푸드비즈 뉴스는 8일 보도했다. 경제 전문지 한빛머니 타임스도 전했다.")
    orgs = orgs_of(record)
    assert orgs["푸드비즈 뉴스"].kind == "media"
    assert orgs["한빛머니 타임스"].kind == "media"


def test_a_quoted_name_after_a_noun_for_a_group_but_not_a_platforms_product():
    record = article("시민단체 '강릉을걷는사람들'은 의견서를 냈다. 회사는 자사 플랫폼 '셀링크'를 활용한다. "
                     "업체 '갑질' 논란이 일었다.")
    orgs = orgs_of(record)
    assert orgs["강릉을걷는사람들"].kind == "civic"
    assert "셀링크" not in orgs and "갑질" not in orgs


def test_schools_named_with_ordinary_words_but_not_a_kind_of_school():
    record = article("교육청은 새빛초등학교를 푸른솔초등학교에 통합한다. 공립초등학교와 특성화고등학교도 늘린다. "
                     "인근 초등학교는 그대로다.")
    orgs = orgs_of(record)
    assert {"새빛초등학교", "푸른솔초등학교"} <= set(orgs)
    assert not set(orgs) & {"공립초등학교", "특성화고등학교", "초등학교", "인근 초등학교"}


def test_a_school_named_in_full_is_the_same_body_under_its_short_form():
    record = article("한울고등학교는 문을 닫는다. 한울고는 사립학교다. 새빛초등학교와 새빛초 학부모들이 왔다.")
    orgs = orgs_of(record)
    assert "한울고" in orgs["한울고등학교"].aliases and len(orgs["한울고등학교"].mentions) == 2
    assert "새빛초" in orgs["새빛초등학교"].aliases
    assert "한울고" not in orgs and "새빛초" not in orgs


def test_a_short_school_name_before_its_alumni_or_teams():
    record = article("송림고 출신인 그는 가드다. 차재고 축구부가 우승했다. 그는 최고 출신이라 말하고 학생을 만났다.")
    orgs = orgs_of(record)
    assert {"송림고", "차재고"} <= set(orgs)
    assert not set(orgs) & {"최고", "말하고"}


def test_clinics_by_a_department_or_a_clinics_word_before_the_ending():
    record = article("맑은숨내과의원의 원장과 새봄연합의원, 자연한의원이 참여했다. "
                     "국회의원과 시의원, 피부과의원도 늘었다. 김가람 의원은 반대했다.")
    orgs = orgs_of(record)
    assert {"맑은숨내과의원", "새봄연합의원", "자연한의원"} <= set(orgs)
    assert not [n for n in orgs if n.endswith("의원") and n not in {"맑은숨내과의원", "새봄연합의원", "자연한의원"}]


def test_a_parish_church_that_acts_and_a_diocese_but_not_a_church_as_a_place():
    record = article("강릉시는 명동성당에서 시장까지 정비한다. 솔향동성당은 뜻을 밝혔다. 천주교 춘천교구도 협조한다. "
                     "대성당은 오래됐다.")
    orgs = orgs_of(record)
    assert "솔향동성당" in orgs and "천주교 춘천교구" in orgs
    assert "대성당" not in orgs and "명동성당" not in orgs


def test_a_city_written_only_before_a_company_or_a_clinic_is_a_place():
    record = article("전남 목포시의 한빛중공업 도크를 둘러봤다. 서울 은평구 맑은숨내과의원의 원장은 말했다. "
                     "한빛중공업은 배를 만든다.")
    orgs = orgs_of(record)
    assert "한빛중공업" in orgs and "맑은숨내과의원" in orgs
    assert not [o for o in record.organisations if o.kind == "local"]


def test_a_city_that_acts_stays_a_body():
    record = article("강릉시는 18일 밝혔다. 강릉시 한빛중공업 공장도 늘린다.")
    assert "강릉시" in orgs_of(record)


def test_a_university_named_only_before_its_hospital_is_one_entry():
    record = article("인하대 병원 연구진과 함께 했다. 그는 인하대 병원 교수다.")
    orgs = orgs_of(record)
    assert "인하대 병원" in orgs and "인하대" in orgs["인하대 병원"].aliases
    assert not set(orgs) & {"인하대", "인하대학교"}


def test_a_short_form_spelled_from_a_bodys_letters_is_an_alias():
    record = article("청소년수련시설협의회는 협약을 맺었다. 청수협의회 이사장이 말했다. "
                     "다온은행은 다온캐피탈저축은행과 함께 대출을 늘렸다.")
    orgs = orgs_of(record)
    assert "청수협의회" in orgs["청소년수련시설협의회"].aliases and "청수협의회" not in orgs
    assert "다온은행" in orgs and "다온캐피탈저축은행" in orgs


def test_a_party_in_brackets_after_a_politicians_title():
    record = article("국방위원회 소속 국지안 의원(바른내일)은 지적했다. 바른내일은 논평을 냈다. "
                     "노가람 의원(무소속)과 윤다솜 후보(서울 누리구갑), 편하늘 의원(45)도 말했다.")
    orgs = orgs_of(record)
    assert orgs["바른내일"].kind == "party" and len(orgs["바른내일"].mentions) == 2
    assert not set(orgs) & {"무소속", "서울", "누리구갑"}


def test_a_new_party_quoted_after_the_word_for_one():
    record = article("전직 의원들이 주축이 된 신당 '희망과전진'이 창당을 선언했다.")
    assert orgs_of(record)["희망과전진"].kind == "party"


def test_a_club_written_as_a_city_and_an_english_plural_in_a_text_about_sport():
    record = article("프로농구 청주 레드호크스가 대전 블레이저스를 이겼다. 레드호크스는 4위에 올랐다. "
                     "구태민 감독은 웃었다. 외국인 선수 라이언 콜린스는 29점을 넣었다. 한국 비즈니스도 컸다.")
    orgs = orgs_of(record)
    assert {"청주 레드호크스", "대전 블레이저스"} <= set(orgs)
    assert "레드호크스" in orgs["청주 레드호크스"].aliases and len(orgs["청주 레드호크스"].mentions) == 2
    assert not set(orgs) & {"라이언 콜린스", "한국 비즈니스"}


def test_no_club_outside_a_text_about_sport():
    record = article("청주 레드호크스가 문을 열었다. 카페는 붐볐다.")
    assert "청주 레드호크스" not in orgs_of(record)


def test_an_association_whose_head_is_written_onto_its_name_or_after_a_space():
    record = article("그는 한빛카누협회장으로 일했다. 한국누리드론 협회장을 지낸 그는 말했다. "
                     "한국이차전지소재 협회 반지성 상무는 말했다. 그는 회장을 맡았다.")
    names = names_and_aliases(record)
    assert {"한빛카누협회", "한국누리드론 협회", "한국이차전지소재 협회"} <= names


def test_an_offices_head_stays_a_title_and_a_date_no_part_of_a_name():
    record = article("과학기술정보통신부 이도규 정보통신정책실장은 말했다. 교육청은 3일 교육행정협의회를 열었다.")
    names = set(orgs_of(record))
    assert record.people[0].organisation == "과학기술정보통신부"
    assert not any(n.startswith("일 ") for n in names)


def test_an_occupation_after_a_persons_name_is_no_body():
    record = article("누리투자증권 석태오 연구원은 말했다. 한빛증권 박민수 연구원도 말했다.")
    names = set(orgs_of(record))
    assert {"누리투자증권", "한빛증권"} <= names
    assert not any(n.endswith("연구원") for n in names)


def test_a_coined_company_name_on_an_ordinary_ending_named_as_a_side_twice():
    record = article("고혈압 치료제를 만드는 대운제약은 밝혔다. 대운제약 측은 말했다. 대성토건 대표는 구속됐다. "
                     "대성토건에는 벌금이 선고됐다. 예산제약이 크다. 예산제약은 있다.")
    orgs = orgs_of(record)
    assert orgs["대운제약"].kind == "company" and "대성토건" in orgs
    assert "예산제약" not in orgs


def test_kinds_of_foundation_are_no_foundation():
    record = article("사학재단 비리가 잇따랐다. 한빛장학재단은 장학금을 줬다.")
    orgs = orgs_of(record)
    assert "사학재단" not in orgs and "한빛장학재단" in orgs


def test_a_dictionary_word_after_a_kind_noun_named_as_a_side_twice():
    record = article("국내 식품기업 해담의 냉동김밥이 입점한다. 해담 관계자는 말했다. "
                     "미래혁신당 노을 후보는 말했다. 노을 후보는 웃었다.")
    orgs = orgs_of(record)
    assert orgs["해담"].kind == "company"
    assert "노을" not in orgs


def test_stations_named_for_the_place_they_serve():
    record = article("권선소방서 소방관은 말했다. 다온경찰서는 대비했다. 관할경찰서에 신고했다. "
                     "경기도소방재난본부에 따르면 불이 났다.")
    orgs = orgs_of(record)
    assert {"권선소방서", "다온경찰서", "경기도소방재난본부"} <= set(orgs)
    assert "관할경찰서" not in orgs


def test_a_name_after_a_kind_noun_in_the_copulas_form():
    record = article("군내 민간 의료기관인 밝은눈의원과 협약을 맺었다. 물류업체인 한빛로지스는 밝혔다. "
                     "그는 기업인 출신이다. 기업인 김철수씨는 말했다. 업체 부대표는 말했다.")
    orgs = orgs_of(record)
    assert {"밝은눈의원", "한빛로지스"} <= set(orgs)
    assert not set(orgs) & {"김철수씨", "김철수", "출신", "부대표"}


def test_a_local_cooperative_named_for_its_place_but_not_a_kind_of_one():
    record = article("다온농협은 수출 물량을 늘린다. 단위농협과 지역농협도 참여한다.")
    orgs = orgs_of(record)
    assert orgs["다온농협"].kind == "company"
    assert not set(orgs) & {"단위농협", "지역농협"}


def test_a_quoted_body_followed_by_what_it_is_called():
    record = article("노사 대표가 함께하는 ‘동행협의회’란 기구가 맡았다. '한빛시민연대회의'라는 단체가 나섰다.")
    assert {"동행협의회", "한빛시민연대회의"} <= set(orgs_of(record))


def test_a_members_title_before_an_election_makes_no_mention_of_the_body():
    record = article("누리시갑 국회의원 재선거에는 세 후보가 나선다. 다온구을 국회의원 보궐선거를 앞두고 후보들이 맞붙는다.")
    assert "국회" not in orgs_of(record)
    record = article("정책위원으로 노서진 전 국회의원 비서관이 합류했다.")
    assert "국회" in orgs_of(record)


def test_a_word_for_where_a_body_stands_is_no_part_of_its_name():
    record = article("새빛초를 인근 푸른솔초등학교에 통합한다. 해당 한빛장학재단은 밝혔다.")
    orgs = orgs_of(record)
    assert "푸른솔초등학교" in orgs and "한빛장학재단" in orgs
    assert not any(n.startswith(("인근", "해당")) for n in orgs)


def test_a_common_word_after_a_bare_kind_noun_and_a_title_in_brackets_are_no_bodies():
    record = article("스타트업 투자가 늘었다. 투자 관계자는 전했다. 투자 관계자는 또 말했다. "
                     "최가람 의원(국방위원장)도 왔다.")
    orgs = orgs_of(record)
    assert "투자" not in orgs and "국방위원장" not in orgs


def test_a_company_named_only_before_its_union_stays_a_body_of_its_own():
    record = article("현대차 노조는 파업했다. 현대차 노조 위원장은 말했다.")
    orgs = orgs_of(record)
    assert "현대자동차" in orgs and "현대차 노조" in orgs


def test_a_city_listed_with_a_known_body_is_a_party_but_cities_listed_together_are_places():
    record = article("협약은 전주시, 한국전력, 기업은행 등이 함께 맺었다. 행사는 서울, 부산, 대구에서 열렸다.")
    orgs = orgs_of(record)
    assert "전주시" in orgs
    assert not {"서울특별시", "부산광역시", "대구광역시"} & set(orgs)
