"""People and organisations: titles, short forms, particles, the gazetteer by date."""
from __future__ import annotations

from conftest import FIXTURES, extract_fixture
from helpers import article


def people_of(record):
    return {p.name: p for p in record.people}


def orgs_of(record):
    return {o.name: o for o in record.organisations}


def test_particles_are_stripped_and_mentions_merged():
    record = article("과학기술정보통신부는 14일 회의를 열었다. 과기정통부의 발표에 따르면 과기정통부가 사업을 맡는다.")
    orgs = orgs_of(record)
    assert list(orgs) == ["과학기술정보통신부"]
    assert len(orgs["과학기술정보통신부"].mentions) == 3
    assert "과기정통부" in orgs["과학기술정보통신부"].aliases


def test_joint_title_with_gyeom():
    record = article("배경훈 부총리 겸 과기정통부 장관은 이날 회의에 참석했다.")
    person = people_of(record)["배경훈"]
    assert person.titles == ["부총리", "과기정통부 장관"]
    assert person.organisation == "과학기술정보통신부"


def test_short_forms_are_mentions_not_new_people():
    record = article("배경훈 과학기술정보통신부 장관은 회의를 열었다. 배 장관은 협력을 강조했다. "
                     "마이클 크라치오스 백악관 과학기술정책실장도 참석했다. 크라치오스 실장은 환영했다.")
    people = people_of(record)
    assert set(people) == {"배경훈", "마이클 크라치오스"}
    assert len(people["배경훈"].mentions) == 2
    start, end = people["배경훈"].mentions[1]
    assert record.text[start:end] == "배 장관"
    assert len(people["마이클 크라치오스"].mentions) == 2


def test_name_org_title_and_org_name_title_forms():
    record = article("14일 과기정통부의 배경훈 장관과 류제명 제2차관, 산업부의 김정관 장관은 만났다. "
                     "홍원화 한국연구재단 이사장과 방승찬 ETRI 원장도 참석했다.")
    people = people_of(record)
    assert people["류제명"].organisation == "과학기술정보통신부"
    assert people["김정관"].organisation == "산업통상자원부"
    assert people["홍원화"].organisation == "한국연구재단"
    assert people["방승찬"].organisation == "한국전자통신연구원"
    assert people["류제명"].titles == ["제2차관"]


def test_glued_titles_name_their_body():
    record = article("윤영빈 우주항공청장과 박완수 경남지사, 김홍일 방통위원장이 만났다.")
    people = people_of(record)
    assert people["윤영빈"].organisation == "우주항공청"
    assert people["박완수"].organisation == "경상남도"
    assert people["김홍일"].organisation == "방송통신위원회"


def test_foreign_names_in_hangul():
    record = article("이도규 정보통신정책실장은 베트남 기업 FPT를 방문해 더 프엉 부회장과 만났다.")
    people = people_of(record)
    assert people["더 프엉"].titles == ["부회장"]
    assert people["더 프엉"].organisation == "FPT"
    assert "방문해 더 프엉" not in people


def test_japanese_names_are_not_read_as_korean_ones():
    record = article("류제명 제1차관은 아베 도시코 일본 문부과학성 심의관과 만났다. 사토 히데키 경제산업상도 참석했다.")
    people = people_of(record)
    assert (people["아베 도시코"].titles, people["아베 도시코"].organisation) == (["심의관"], "일본 문부과학성")
    assert people["사토 히데키"].titles == ["경제산업상"]
    assert "도시코" not in people and "히데키" not in people


def test_canonical_name_follows_the_published_date():
    body = "산업통상자원부는 협력 방안을 발표했다. 환경부와 함께 추진한다."
    before = orgs_of(article(body, on="2025-08-14"))
    after = orgs_of(article(body, on="2025-11-20"))
    assert "산업통상자원부" in before and "환경부" in before
    assert "산업통상부" in after and "기후에너지환경부" in after
    assert "산업통상자원부" in after["산업통상부"].aliases


def test_generic_nouns_places_and_events_are_not_organisations():
    record = article("정부와 출연연, 각 부처는 서울 인천광역시 연수구에서 열린 한-미 정상회담과 장관회의에 참석했다.")
    names = set(orgs_of(record))
    assert not names & {"정부", "출연연", "부처", "각 부처", "인천광역시", "한-미 정상회담", "장관회의"}


def test_bodies_by_their_shape():
    record = article("양측은 한-미 과학기술공동위원회를 열고 산학연 전문가 TF를 만든다. TF는 내년에 활동한다. "
                     "말레이시아 디지털 부의 제안에 따라 한국 인공지능(AI) 안전연구소가 참여한다.")
    orgs = orgs_of(record)
    assert {"한-미 과학기술공동위원회", "산학연 전문가 TF", "말레이시아 디지털 부", "한국 인공지능(AI) 안전연구소"} <= set(orgs)
    assert len(orgs["산학연 전문가 TF"].mentions) == 2
    assert orgs["말레이시아 디지털 부"].country == "MY"


def test_sidebar_officials_never_appear():
    for name, outsiders in [("003_a8638d5ad2ceafd5.txt", {"이상일"}), ("010_nuriilbo_utf16_sidebar.txt", {"김동연"})]:
        record = extract_fixture(FIXTURES / name)
        assert not {p["name"] for p in record["people"]} & outsiders
        assert not any("용인" in o["name"] or o["name"] == "경기도" for o in record["organisations"])


def test_reporters_and_photo_credits_are_not_people():
    record = extract_fixture(FIXTURES / "002_29c74b516dfb5dcb.txt")
    assert {p["name"] for p in record["people"]} == {"배경훈", "류제명", "김정관", "문신학"}


def test_single_foreign_name_before_a_head_of_state_title():
    record = article("도널드 트럼프 미국 대통령은 회견을 열었다. 트럼프 대통령은 관세를 언급했다. 이시바 총리도 참석했다.")
    people = people_of(record)
    assert set(people) == {"도널드 트럼프", "이시바"}
    assert people["도널드 트럼프"].organisation is None  # a country is not a body
    assert len(people["도널드 트럼프"].mentions) == 2


def test_common_nouns_before_titles_are_not_people():
    record = article("역대 대통령과 각국 장관, 관계 부처 장관, 스타트업 대표, 글로벌 시장이 모였다. 산업부 장관 김정관은 말했다.")
    assert [p.name for p in record.people] == ["김정관"]


def test_bodies_in_which_someone_holds_office():
    record = article("이상일 용인특례시장과 박완수 경남지사, 이도규 과기정통부 정보통신정책실장이 만났다.")
    orgs = orgs_of(record)
    assert orgs["용인특례시"].kind == "local"
    assert orgs["경상남도"].kind == "local"
    assert "정보통신정책실" in orgs
    people = people_of(record)
    assert people["이상일"].organisation == "용인특례시"
    assert people["이도규"].organisation == "과학기술정보통신부"  # an office's head belongs to the ministry


def test_facilities_and_works_are_not_bodies():
    record = article("네이버는 춘천 데이터센터와 콜센터, 물류센터를 늘리고 건설공사와 국제기구 협력을 검토했다.")
    assert set(orgs_of(record)) == {"네이버"}


def test_name_title_forms_with_modifiers_ages_abbreviations_and_groups():
    record = article(
        "이우일 신임 한국과학기술연구원(KIST) 원장은 취임식에서 \"연구소를 키우겠다\"고 밝혔다. "
        "유상임 전 과기정통부 장관도 참석했다. 최태원 SK그룹 회장과 정의선 현대차그룹 회장도 자리를 함께했다. "
        "박윤규(58) 정보통신산업진흥원장은 축사를 했다. 구글 딥마인드의 데미스 허사비스 최고경영자(CEO)는 영상을 보냈다. "
        "젠슨 황 엔비디아 CEO는 협력을 확대하겠다고 말했다.")
    found = {p.name: (p.titles, p.organisation) for p in record.people}
    assert found == {
        "이우일": (["원장"], "한국과학기술연구원"),
        "유상임": (["장관"], "과학기술정보통신부"),
        "최태원": (["회장"], "SK그룹"),
        "정의선": (["회장"], "현대차그룹"),
        "박윤규": (["정보통신산업진흥원장"], "정보통신산업진흥원"),
        "데미스 허사비스": (["최고경영자"], "구글 딥마인드"),
        "젠슨 황": (["CEO"], "엔비디아"),
    }
    assert [c.actors for c in record.commitments] == [["이우일"], ["젠슨 황"]]


def test_a_one_syllable_surname_is_still_a_short_form_of_someone_named_before():
    record = article("배경훈 과기정통부 장관은 회의를 열었다. 정부 대표인 배 과기정통부 장관은 현장을 찾았다.")
    assert [p.name for p in record.people] == ["배경훈"]
    assert len(record.people[0].mentions) == 2


def test_hangul_short_forms_in_brackets_and_latin_prefixed_modifiers():
    record = article("한국에너지공과대학교(켄텍)와 포스텍은 협약을 맺었다. 켄텍은 연구소를 세울 계획이다. "
                     "K-바이오 랩허브 추진단은 세미나를 연다. 대한전기협회도 참여했다.")
    orgs = orgs_of(record)
    assert orgs["한국에너지공과대학교"].aliases == ["켄텍"]
    assert len(orgs["한국에너지공과대학교"].mentions) == 2
    assert "K-바이오 랩허브 추진단" in orgs
    assert len(orgs["대한전기협회"].mentions) == 1  # no 한전-like short form inside a longer word


def test_a_bracketed_abbreviation_of_several_words_stays_with_its_body():
    record = article("구혁채 제1차관은 로베르토 비올라 EU 집행위원회 통신네트워크콘텐츠기술총국(DG CONNECT) 총국장과 만났다. "
                     "비올라 총국장은 협력 확대를 희망한다고 말했다.")
    people = people_of(record)
    assert people["로베르토 비올라"].titles == ["총국장"]
    assert len(people["로베르토 비올라"].mentions) == 2
    directorate = next(o for o in record.organisations if o.name == "통신네트워크콘텐츠기술총국")
    assert directorate.aliases == ["DG CONNECT"]
    assert [c.actors for c in record.commitments] == [["로베르토 비올라"]]


def test_a_working_group_is_a_committee_not_a_company():
    record = article("양 기관은 올해 3분기 중 공동 실무그룹을 꾸리기로 했다. SK그룹은 참여한다.")
    kinds = {o.name: o.kind for o in record.organisations}
    assert kinds["공동 실무그룹"] == "committee"
    assert kinds["SK그룹"] == "company"


def test_a_name_after_a_title_with_a_particle_is_not_taken():
    people = people_of(article("구윤철 부총리 겸 기획재정부 장관은 예산안을 설명했다."))
    assert list(people) == ["구윤철"]


def test_foreign_names_after_their_body_and_chinese_ministers():
    people = people_of(article("엔비디아의 젠슨 황 CEO는 한국을 찾았다. 인허쥔 중국 과학기술부 부장도 왔다."))
    assert (people["젠슨 황"].titles, people["젠슨 황"].organisation) == (["CEO"], "엔비디아")
    assert (people["인허쥔"].titles, people["인허쥔"].organisation) == (["부장"], "중국 과학기술부")
    assert "황" not in people


def test_a_given_name_may_end_in_a_particle_syllable():
    people = people_of(article("김경만 과기정통부 인공지능기반정책관은 말했다. 박성도 KAIST 교수도 참석했다."))
    assert (people["김경만"].titles, people["김경만"].organisation) == (["인공지능기반정책관"], "과학기술정보통신부")
    assert people["박성도"].titles == ["교수"]


def test_a_latin_name_written_onto_a_longer_hangul_one_is_not_that_body():
    record = article("네이버클라우드, KT클라우드가 참여한다. KT는 별도로 투자한다.")
    [kt] = [o for o in record.organisations if o.name == "KT"]
    assert len(kt.mentions) == 1 and record.text[kt.mentions[0][0]:].startswith("KT는")


def test_named_offices_inside_a_body_are_organisations():
    record = article("연구개발정책실은 지침을 냈다. 기획조정실과 AI미래기획수석실도 함께했다. 정책실은 말했다.")
    assert [o.name for o in record.organisations] == ["연구개발정책실", "기획조정실", "AI미래기획수석실"]


def test_a_known_bodys_abbreviation_in_brackets_is_an_alias_and_its_later_mentions_count():
    record = article("오픈AI와 마이크로소프트(MS)가 참여했다. MS는 투자를 늘린다.")
    [microsoft] = [o for o in record.organisations if o.name == "마이크로소프트"]
    assert "MS" in microsoft.aliases and len(microsoft.mentions) == 2


def test_the_body_before_a_membership_word_is_the_persons():
    people = people_of(article("법무법인 누리 소속 남하윤 변호사는 항소하겠다고 했다. "
                               "누리시의회 기획행정위원회 소속 편주하 의원(더불어민주당)은 삭감을 요구했다."))
    assert people["남하윤"].organisation == "법무법인 누리"
    assert people["편주하"].titles == ["의원"] and people["편주하"].organisation == "기획행정위원회"


def test_an_acting_title_keeps_its_word():
    people = people_of(article("누리시 탁정윤 시장 권한대행은 회의를 열었다. 대구FC 서필승 감독 대행은 말했다."))
    assert people["탁정윤"].titles == ["시장 권한대행"]
    assert people["서필승"].titles == ["감독 대행"]


def test_a_speaker_without_a_body_speaks_for_the_subject_before():
    record = article("누리중공업은 2일 담화문을 냈다. 파업이 길어지고 있다.\n\n"
                     "권석훈 대표는 \"위기를 함께 넘자\"고 말했다.\n\n"
                     "한빛노조 측 관계자는 반발했다. 이 회사 하도윤 전무는 \"대화하겠다\"고 했다.")
    people = people_of(record)
    assert people["권석훈"].organisation == "누리중공업"
    assert people["하도윤"].organisation == "누리중공업"


def test_no_body_for_a_speaker_far_from_the_subject_or_not_the_subject():
    record = article("누리중공업은 2일 담화문을 냈다.\n\n파업이 이어졌다.\n\n노사는 협상했다.\n\n"
                     "권석훈 대표는 말했다. 검찰은 피고인 변소윤(54)씨에게 징역을 구형했다.")
    people = people_of(record)
    assert people["권석훈"].organisation is None
    assert people["변소윤"].organisation is None


def test_a_title_before_the_name_takes_no_body_from_the_sentence_before():
    people = people_of(article("LG 트윈스는 두산 베어스와의 홈 경기에서 3-0으로 이겼다.\n\n에이스 류도건은 7이닝을 던졌다."))
    assert people["류도건"].organisation == "LG 트윈스"


def test_a_unit_between_the_body_and_the_name():
    people = people_of(article("전주시 예산법무과 나승하 과장은 \"필수 사업은 줄이지 않았다\"고 설명했다."))
    assert people["나승하"].organisation == "전주시"


def test_the_subject_before_is_the_last_body_of_its_phrase():
    people = people_of(article("수원지검 안산지청 형사1부(부장검사 염주하)는 징역 4년을 구형했다. "
                               "공판에 참여한 채승하 검사는 \"피해가 컸다\"고 말했다."))
    assert people["채승하"].organisation == "수원지검 안산지청"


def test_the_body_named_as_a_persons_own_after_their_name():
    people = people_of(article("배우 은하솔이 캐스팅됐다. 은하솔의 소속사 바람엔터테인먼트 측은 \"출연을 결정했다\"고 전했다."))
    assert people["은하솔"].organisation == "바람엔터테인먼트"


def test_a_glued_title_read_with_a_shorter_title_when_that_names_a_body():
    people = people_of(article("오하람 제주지사가 정책을 발표했다. 마코 하델 미국 국무장관과 만났다."))
    assert people["오하람"].organisation == "제주특별자치도"
    assert people["마코 하델"].organisation == "미국 국무부"


def test_people_listed_before_deung_belong_to_the_body_after_it():
    people = people_of(article("4일 국회에 따르면, 한서진 의원 등 더불어민주당 의원 9명은 개정안을 냈다. "
                               "윤 시장은 피터 올슨 부총재, 김도율 기후 부총재 등 세계은행그룹 인사들과 만났다. "
                               "국민의힘 김하늘 의원 등 국회 관계자들이 왔다."))
    assert people["한서진"].organisation == "더불어민주당"
    assert people["피터 올슨"].organisation == "세계은행"  # 세계은행그룹: its alias, one entry
    assert people["김하늘"].organisation == "국민의힘"


def test_a_person_written_as_the_kin_or_fellow_of_the_one_before_has_their_body():
    people = {p.name: p.organisation for p in article(
        "국민의힘 추대원 의원이 회견을 열었다. 같은 당 소속 옥선화 의원은 \"교섭단체를 꾸리겠다\"고 밝혔다. "
        "삼성전자 유태석 사장과 그의 아들인 유지호 상무도 참석했다.").people}
    assert people == {"추대원": "국민의힘", "옥선화": "국민의힘", "유태석": "삼성전자", "유지호": "삼성전자"}
