"""People named in the text: found by their title, the way Korean news writes them.

Forms: ``이름 직함`` (배경훈 장관), ``이름 [기관] 직함`` (배경훈 과학기술정보통신부 장관),
``[기관] 이름 직함`` (과기정통부의 배경훈 장관), ``[기관] 직함 이름`` (산업부 장관 김정관은),
glued titles (정보통신정책실장, 경남지사), ``A 겸 B`` (부총리 겸 과기정통부 장관), and foreign
names in Hangul (마이클 크라치오스 실장, 더 프엉 부회장, 피터 L. 마스던 총재, 영국 건축가 마이클
핀스터, 이반 코라크(오른쪽) 볼트런 CEO). Names listed before one title or honorific share it
(A, B, C 시의원; 공인중개사 A, B씨); words saying what a title covers stand between name and
title (구매총괄 부사장, 동아태 담당 차관보); a name right after a team is its player (LG 한정훈은).
Short forms (배 장관, 크라치오스 실장) are further mentions of someone introduced before, never
new people.
"""
from __future__ import annotations

import bisect
import copy
import os
import re
from dataclasses import dataclass, field
from functools import cache

from ..datafiles import cell_values, table, word_set
from ..datafiles import words as words_of
from ..record import Person
from . import lexicon, morphology, organisations
from .document import Document
from .organisations import Organisations, lookup

_FOREIGN_PART = re.compile(r"[가-힣]{1,6}")
_COMMON_NOUN_ENDING = re.compile(r"(?:들|국|부|계|측|층|자|급|직|별|간)$")  # 각국, 관계자, 차관급 …
_VERB_ENDING = re.compile(r"(?:해|며|면|다|록|한|할|된|는|던|고)$")  # 방문해, 위해: not part of a name
_MAX_ORG_WORDS = 4
_TITLE_BRACKET = re.compile(r"\([^()\s]{2,12}\)$")  # 최고경영자(CEO), 의원(더불어민주당)
# A bracket right after a word: an aside (김민석(오른쪽), 유진호(41)) or a title and a name
_ASIDE = re.compile(r"(?<=[가-힣])\(([^()\n]{1,40})\)")
_SHORT_ASIDE = 4
_HANGUL_RUN_BEFORE = re.compile(r"[가-힣]+$")
_LIST_MARK = re.compile(r"[·∙‧・]")
_LIST_MARKS = frozenset(("·", "∙", "‧", "・", ",", "、"))
_INITIAL = re.compile(r"[A-Z](?:\.[A-Z])*\.?")  # W. of 조지 W. 부시, J.D. of J.D. 밴스
_MAX_NAME_WORDS = 4  # 조지 H. W. 부시
_MAX_BODY_WORDS = 2  # 오재만 한빛여대 행정학과 교수
# Analyzer tags of a whole word that is a dictionary word, not a name (오후, 이들, 그동안)
_DICTIONARY_WORD_TAGS = frozenset(("NNG", "NNB", "NP", "NR", "MAG", "MAJ", "MM"))
# Tags of the parts of a body's name: common nouns (금융, 노총), pronouns (우리), Latin letters
_BODY_TAGS = frozenset(("NNG", "NP", "NNB", "NNBC", "SL", "SN"))
_LONG_PROPER_NOUN = 4
# A word ending in one of these and an ending (ETM) is a verb form (딸인, 주도한); one ending in
# a noun suffix (XSN) is a derived noun (학부생), unless shaped like a Korean name (박서율)
_VERB_STEM_TAGS = frozenset(("XSV", "XSA", "VCP"))
_ADNOMINAL_ENDINGS = frozenset("한인된할될던는")  # 조속한, 정점인: common verb forms, rare names' ends
_SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n")
_CLAUSE_END = frozenset(".!?\"”")  # what ends the words a list before 등 may reach back over
_PARAGRAPH_BREAK = re.compile(r"\n+")
_SUBJECT_PARTICLES = frozenset(("은", "는", "이", "가", "도"))
_SUBJECT_REACH = 3
_PLACE_PARTICLES = frozenset(("에서", "에서는", "에서도", "에서의"))  # where something happens: no person's title
_NAMED_PARTICLES = frozenset(("은", "는", "이", "가"))  # 삼성 서동민이: a name standing alone after a body
_BACK_REFERENCE_REACH = 3  # 같은 당 소속 | 옥선화: the words from the back reference to the name  # words from a sentence's first word to its subject's particle (누리지검 형사1부(부장검사 한결)는)
_ONLY_IN_CAPTIONS = 10**9  # the "first position" of someone named only in captions: after everyone


@dataclass
class Found:
    name: str
    titles: list[str] = field(default_factory=list)
    organisation: str | None = None
    mentions: list[list[int]] = field(default_factory=list)
    first: int = 0

    @property
    def surname(self) -> str:
        return self.name[0] if " " not in self.name else self.name.split()[-1]

    def record(self) -> Person:
        return Person(self.name, self.titles, self.organisation, sorted(self.mentions))


@dataclass
class People:
    found: dict[str, Found] = field(default_factory=dict)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    # the organisations handed in, with the bodies only a title names (경남지사 -> 경상남도)
    organisations: Organisations = field(default_factory=Organisations)

    def at(self, start: int, end: int) -> str | None:
        for s, e, name in self.spans:
            if s < end and start < e:
                return name
        return None

    def records(self) -> list[Person]:
        return [f.record() for f in sorted(self.found.values(), key=lambda f: f.first)]


def find(document: Document, captions: list[Document], orgs: Organisations,
         caption_orgs: list[Organisations]) -> People:
    people = People(organisations=copy.deepcopy(orgs))  # the organisations' own result stays as it was
    view = _View(document)  # made once: it tokenizes the text again when it differs
    _scan(view, people.organisations, people, in_text=True)
    _quoted_speakers(document.text, people)
    _named_after_a_body(view, people)
    _add_repeated_mentions(document.text, people)
    _bodies_named_as_theirs(document, people)
    _bodies_after_a_list(document, people)
    _bodies_of_subjects(document, people)
    for caption, found_orgs in zip(captions, caption_orgs, strict=True):
        _scan(_View(caption), copy.deepcopy(found_orgs), people, in_text=False)
    people.spans.sort()
    return people


def _scan(view: _View, orgs: Organisations, people: People, in_text: bool) -> None:
    """Find people by their titles: each title word looks back over bodies to a name, or, when
    none stands there, on to a name after it (감독 한도윤). ``in_text`` is False for captions:
    their people are kept, but not their positions."""
    document = view.document
    text, reference_date = document.text, document.reference_date
    words = view.words
    sentence_starts = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    title_ends = lexicon.title_last_letters()
    honorifics = word_set("honorifics.txt")
    for j, word in enumerate(words):
        title_word = word.stem
        if _title_ending_like_a_particle(word, orgs):
            title_word = word.text  # 작가: 가 is a title's last syllable here, not a particle
        if title_word[-1] == ")":  # 최고경영자(CEO), 의원(더불어민주당)
            title_word = _TITLE_BRACKET.sub("", title_word)
        title_word = _without_team(title_word)
        if not title_word:
            continue
        honoured = _honorific_word(view, word, honorifics)
        if honoured:
            _honoured(view, j, honoured, orgs, people, in_text)
        if title_word[-1] not in title_ends:
            continue
        split = lexicon.split_title(title_word)
        if split is None or not split[0] and _body_not_title(view, j, title_word, orgs):
            continue
        if word.particle in _PLACE_PARTICLES and title_word == word.stem and title_word in word_set("ambiguous_titles.txt"):
            continue  # 구세회 의원에서 진료를 맡다: 의원 is a clinic here, 시장에서 a market (not 장관에서 물러난)
        if j > 0 and view.joined(words[j - 1].end, word.start):  # 타격코치 봉재열, 수비코치 감도윤: the name is after
            _title_then_name(view, j, orgs, reference_date, people, in_text,
                             max([s for s in sentence_starts if s <= word.start], default=0))
            continue
        name_end = j - 1
        if j > 0 and _foreign_name_ending_like_a_particle(view, j - 1):  # 사토 겐타로 환경상: 로 is the name's
            words[j - 1] = words[j - 1]._replace(stem=words[j - 1].text, particle="")
        between = []
        while name_end >= 0 and j - name_end <= _MAX_ORG_WORDS + 1:
            if (_is_org_word(words[name_end], orgs)
                    and (words[name_end].particle in ("", "의") or orgs.spans_whole(words[name_end].start, words[name_end].end))
                    and not view.joined(words[name_end].end, words[name_end + 1].start)):
                between.append(words[name_end])
            elif words[name_end].text != "/" and words[name_end].text not in lexicon.title_modifiers():
                break  # 신임, 전: "김 신임 원장"; a broadcast's label "정미란 / 기상청 예보국장"
            name_end -= 1
        sentence_start = max([s for s in sentence_starts if s <= words[max(name_end, 0)].start], default=0)
        title_sentence = max([s for s in sentence_starts if s <= word.start], default=0)  # a name after the title is in its sentence
        if (name_end < 0 or words[name_end].particle not in ("", "의") and not between and not _province(view, name_end)
                and not _name_ending_in_a_particle(view, name_end, j) and not _department(words[name_end])):
            _title_then_name(view, j, orgs, reference_date, people, in_text, title_sentence)
            continue
        subject = words[name_end].particle in _SUBJECT_PARTICLES and _name_text(words[name_end]) != words[name_end].text
        if subject and _title_then_name(view, j, orgs, reference_date, people, in_text, title_sentence):
            continue  # 탁민재는 한화 불펜 진우석의 …: a subject is no name of the title after it
        short_form = [words[name_end]] if _known(people, words[name_end].text, 1, words[name_end].start) else None
        # a Korean name after the title wins over a word before it that is none (프로농구 KCC 주장 유진호는)
        if (not short_form and not view.korean_name(words[name_end])
                and (not view.proper_noun(words[name_end]) or _foreign_after_a_body(view, name_end, j, orgs))
                and _title_then_name(view, j, orgs, reference_date, people, in_text, title_sentence)):
            continue
        found = _name_before(view, name_end, orgs, bool(between), split[1], bool(short_form), j - name_end <= 2)
        if found is None and short_form:
            found = (short_form, [])
        if found is None:
            _title_then_name(view, j, orgs, reference_date, people, in_text, title_sentence)
            continue
        name_words, unknown_body = found
        if in_text and unknown_body and _province(view, name_end):  # 한빛도: a province the gazetteer does not know
            province = unknown_body[-1]
            orgs.add(province.text, province.start, province.end,
                     lambda n=province.text: organisations.Found(n, "local", "KR", []))
        joint_titles = _joint_titles(words, j, text)
        written_title = _with_follower(words, j, title_word)
        first = words.index(name_words[0])
        organisation = (_organisation_of(between, word, split, orgs, reference_date, in_text)
                        or _joint_organisation(joint_titles, reference_date))
        scope = _scope_after_body(unknown_body, orgs)
        if organisation is None and scope is not None:  # 국무부 동아태 담당 차관보, 구매총괄 부사장
            body, qualifiers = scope
            organisation = body or _adjacent_organisation(view, first, orgs)
            written_title = " ".join([*(w.stem for w in qualifiers), written_title])
            unknown_body = []
        if organisation is None and unknown_body:
            # 한국은행 옥재훈 디지털 부총재보: with a body named before the name, the words after it qualify the title
            organisation = _adjacent_organisation(view, first, orgs)
            if organisation:
                written_title = f"{' '.join(w.stem for w in unknown_body)} {written_title}"
            else:
                organisation = " ".join(w.stem for w in unknown_body)
        if organisation is None and not between:  # "국민의힘 한서진 의원": the body written before the name
            # 주한 호주부대사: a foreign country's office, not the body of the one listed before
            foreign_office = split[0] in lexicon.country_by_form() or any(w.text in word_set("foreign_office_words.txt") for w in words[first:j])
            organisation = _adjacent_organisation(view, first, orgs) or (None if foreign_office else (
                _organisation_of_previous(view, first, people) or _body_of_the_one_before(view, first, people)
                or _nearest(orgs, name_words[0].start, sentence_start, people)))
        mention_end = _add(people, text, name_words, written_title, joint_titles, organisation, in_text,
                           word.start + len(title_word))
        if mention_end is None:
            continue
        listed_before = _listed_before(view, first, orgs)
        if listed_before and organisation is None and listed_before[-1][1]:
            # 가온투자증권 위서린, 하도경 연구위원: the body before the first name is all of theirs
            organisation = listed_before[-1][1]
            person = people.found.get(" ".join(text[name_words[0].start:mention_end].split()))
            if person is not None and person.organisation is None:
                person.organisation = organisation
        for listed, listed_org in listed_before:  # 홍도윤, 남궁태리, 심하람 전 의원
            _add(people, text, [listed], written_title, joint_titles, listed_org or organisation, in_text, listed.end)


def _without_team(word: str) -> str:
    """A title with the word for its holder's team glued after it (교수팀 -> 교수); else the word."""
    teams = words_of("team_words.txt")
    if not word.endswith(teams):  # most words: one test, not one per team word
        return word
    for team in teams:
        if word.endswith(team) and len(word) > len(team):
            split = lexicon.split_title(word[: -len(team)])
            if split is not None and not split[0] and split[1] not in words_of("ambiguous_titles.txt"):
                return word[: -len(team)]  # not 대표팀: a national team
    return word


def _body_not_title(view: _View, j: int, title_word: str, orgs: Organisations) -> bool:
    """Whether the title word at ``j`` is a body's mention (the gazetteer's name runs over it),
    or begins with one and qualifies the title after it (전 국회의원 비서관); a title word that
    begins with a body and stands alone is a title (하도겸 전 국회의원의)."""
    word = view.words[j]
    end = word.start + len(title_word)
    if not orgs.covering(word.start, end):
        return False
    following = view.words[j + 1] if j + 1 < len(view.words) and not word.particle else None
    return (orgs.spans_whole(word.start, end)
            or following is not None and lexicon.split_title(following.stem) is not None)


def _foreign_name_ending_like_a_particle(view: _View, k: int) -> bool:
    """Whether word ``k`` is read whole as a person's name no Korean one is shaped like, though
    its last letter reads as a particle (겐타로, 마르첼로)."""
    word = view.words[k]
    return (bool(word.particle) and view.person_word(word, whole=True) and not view.person_word(word)
            and not lexicon.is_korean_name(word.text))


def _with_follower(words: list[lexicon.Token], j: int, title: str) -> str:
    """The title at word ``j`` with a word that makes one title with it (감독 대행)."""
    following = words[j + 1] if j + 1 < len(words) and not words[j].particle else None
    if following is not None and following.stem in word_set("title_followers.txt"):
        return f"{title} {following.stem}"
    return title


def _add(people: People, text: str, name_words: list[lexicon.Token], title: str, joint_titles: list[str],
         organisation: str | None, in_text: bool, short_end: int) -> int | None:
    """Record one mention of a person with the title written there; ``short_end``: where the
    mention ends when it is a short form (배 장관). None when the name is a short form of
    nobody introduced before."""
    start, end = name_words[0].start, name_words[-1].start + len(_name_text(name_words[-1]))
    name = " ".join(text[start:end].split())
    person = _known(people, name, len(name_words), start)
    if person is None and len(name) == 1:
        return None
    if person is None:
        person = people.found.setdefault(name, Found(name, first=start if in_text else _ONLY_IN_CAPTIONS))
    if organisation and not person.organisation:
        person.organisation = organisation
    if title not in person.titles and person.name == name:
        person.titles.append(title)
        person.titles.extend(t for t in joint_titles if t not in person.titles)
    if in_text:
        mention_end = end if person.name == name else short_end
        person.mentions.append([start, mention_end])
        people.spans.append((start, mention_end, person.name))
    return end


def _dictionary_compound(word: str) -> bool:
    """Whether the analyzer's dictionary lists the word, read alone, as a compound noun (고려대,
    자동차업계): a name is never one."""
    entry = morphology.read_alone(word)
    return entry is not None and entry[1] == "Compound"


def _one_dictionary_word(word: str) -> bool:
    """Whether the analyzer reads the word alone as one dictionary word (오른쪽, 관계자)."""
    entry = morphology.read_alone(word)
    return entry is not None and entry[0] in _DICTIONARY_WORD_TAGS


def _name_text(word: lexicon.Token) -> str:
    """The name in a word: the whole word when it is a Korean name (김영은, whose last syllable
    is also a particle), else the word without its particle (김정관은)."""
    if word.particle and len(word.text) == 4 and lexicon.is_korean_name(word.stem):
        return word.stem  # 남궁혁은: a two-letter surname's name and a particle, not a longer name
    return word.text if not word.particle or lexicon.is_korean_name(word.text) else word.stem


def _is_aside(inner: str) -> bool:
    """An age or a place in a photo (35, 58·사법연수원 21기, 왼쪽); after a name, a short aside
    is one too (서초갑), but not the spelled-out name of a body (전청협(전국청년단체협의회))."""
    return inner[0].isdigit() or any(w in inner for w in word_set("aside_words.txt"))


def _constituency(inner: str) -> bool:
    """A short aside after a name (서초갑, 35), or a place then its district (제주 서귀포,
    경기 부천을): a constituency or home town in a list of names."""
    parts = inner.split()
    return len(inner) <= _SHORT_ASIDE or len(parts) == 2 and parts[0] in lexicon.places() and len(parts[1]) <= _SHORT_ASIDE


class _View:
    """The text as the people scan reads it, offsets unchanged: an aside after a name blanked
    (김민석(오른쪽) 국무총리, 유진호(41)는), the brackets of a title and name opened
    (형사3부(부장 한지석)), and list marks between names (A·B 의원) made spaces; ``joined``
    tells whether such a mark (or a comma) stood between two words."""

    def __init__(self, document: Document) -> None:
        self.document = document
        text = document.text
        marks = list(text)
        for aside in _ASIDE.finditer(text):
            inner = aside.group(1).split()
            if len(inner) >= 2 and (lexicon.split_title(inner[0]) == ("", inner[0])
                                    or lexicon.split_title(inner[-1]) == ("", inner[-1]) and not _is_aside(aside.group(1))):
                # 형사3부(부장 이도겸), 장인(윌리엄 R. 카터 전 주지사): a title and a name, or a name and a title
                marks[aside.start()] = marks[aside.end() - 1] = " "
            elif _is_aside(aside.group(1)) or self._after_name(text, aside.start()) and _constituency(aside.group(1)):
                marks[aside.start(): aside.end()] = " " * (aside.end() - aside.start())
        self.marks = "".join(marks)
        view = _LIST_MARK.sub(" ", self.marks)
        # a copy: the scan rereads words in place, and the document's own are the other analyses'
        self.words = list(document.words) if view == text else lexicon.tokens(view)
        self.starts = [w.start for w in self.words]  # rereadings keep a word's start

    def _after_name(self, text: str, position: int) -> bool:
        run = _HANGUL_RUN_BEFORE.search(text, 0, position)
        if run and lexicon.is_korean_name(run.group(0)):
            return True
        morpheme = self.document.morpheme_at(position - 1)
        return morpheme is not None and morpheme.tag.startswith("NNP") and morpheme.semantic == "인명"

    def joined(self, end: int, start: int) -> bool:
        return self.marks[end:start].strip() in _LIST_MARKS

    def morphemes(self, word: lexicon.Token) -> list:
        return self.document.morphemes_between(word.start, word.start + len(word.stem))

    def plain_word(self, word: lexicon.Token) -> bool:
        """Whether the analyzer reads the word as no dictionary word: no verb form (딸인,
        주도한), no place, and not a common noun, pronoun or adverb as a whole (오후, 이들)."""
        return self.no_verb_or_place(word) and not self.dictionary_word(word)

    def no_verb_or_place(self, word: lexicon.Token) -> bool:
        morphemes = self.morphemes(word)
        if len(morphemes) == 1 and morphemes[0].semantic == "지명":
            return False
        # only the word's end: the analyzer reads verb parts into foreign names too (아슈바허)
        last = morphemes[-1] if morphemes else None
        if not last or last.end != word.start + len(word.stem):
            return True
        tags = last.tag.split("+")
        return not ("ETM" in tags and _VERB_STEM_TAGS.intersection(tags) or "XSN" in tags and not lexicon.is_korean_name(word.stem))

    def dictionary_word(self, word: lexicon.Token) -> bool:
        morphemes = self.morphemes(word)
        return (len(word.stem) >= 2 and len(morphemes) == 1 and morphemes[0].tag in _DICTIONARY_WORD_TAGS
                and morphemes[0].end - morphemes[0].start == len(word.stem))

    def proper_noun(self, word: lexicon.Token) -> bool:
        return any(m.tag.startswith("NNP") for m in self.morphemes(word))

    def korean_name(self, word: lexicon.Token) -> bool:
        name = _name_text(word)
        return (lexicon.is_korean_name(name) and self.plain_word(word) and not _dictionary_compound(name)
                and not any(m.tag == "XR" for m in self.morphemes(word)))  # 최연소: a prefix and a root

    def body_like(self, word: lexicon.Token) -> bool:
        """A word that may name a body, not a part of a foreign name the analyzer reads as a
        person's (크라치오스, 시게루): it holds a common noun, a place or Latin letters, or is
        one long proper noun (보건의료노조)."""
        morphemes = self.morphemes(word)
        if len(morphemes) == 1 and morphemes[0].tag == "NNP" and morphemes[0].semantic is None:
            return len(word.stem) >= _LONG_PROPER_NOUN
        return any(m.tag in _BODY_TAGS or m.semantic == "지명" for m in morphemes)

    def name_shaped(self, word: lexicon.Token) -> bool:
        """A surname and one or two syllables that the analyzer reads as no single dictionary
        word, no verb form (조속한; the analyzer reads 헌 of 봉재헌 as one too) and no prefixed root (최연소): trusted as a name right before a title, or before
        one word of a body and a title, where the analyzer splits names it does not know
        (권도 + 윤, 류 + 하 + 진)."""
        name = _name_text(word)
        if not lexicon.is_korean_name(name) or _dictionary_compound(name):
            return False
        if name[-1] in _ADNOMINAL_ENDINGS and not self.no_verb_or_place(word):
            return False
        morphemes = self.document.morphemes_between(word.start, word.start + len(name))
        whole = len(morphemes) == 1 and morphemes[0].end - morphemes[0].start == len(name)
        return bool(morphemes) and not (whole and morphemes[0].tag in _DICTIONARY_WORD_TAGS) and morphemes[0].tag != "XPN"

    def person_word(self, word: lexicon.Token, whole: bool = False) -> bool:
        """A word the analyzer reads as one person's name: its stem, or (``whole``) all its
        letters, when what reads as a particle is the name's end (아미나)."""
        end = word.end if whole else word.start + len(word.stem)
        morphemes = self.document.morphemes_between(word.start, end)
        # or parts that are each read as a person's name (핀 + 스터, 돔 + 프리), with no gap between them
        return (bool(morphemes) and all(m.semantic == "인명" for m in morphemes)
                and morphemes[0].start == word.start and morphemes[-1].end == end
                and all(a.end == b.start for a, b in zip(morphemes, morphemes[1:])))

    def foreign_given_name(self, word: lexicon.Token) -> bool:
        """A person's name that no Korean name is shaped like (엘로디, 다니엘; not 샘): the first
        part of a foreign name; one whose end reads as a particle too (마르첼로)."""
        if word.particle:
            return self.person_word(word, whole=True) and not lexicon.is_korean_name(word.text)
        return len(word.stem) >= 2 and self.person_word(word) and not lexicon.is_korean_name(word.stem)

    def family_name_shaped(self, word: lexicon.Token, orgs: Organisations) -> bool:
        """After a foreign given name, a word that may be the family name: read as a person's name,
        or as proper nouns only (콤프 + 리), or shaped like a Korean name and no dictionary word
        (반다리: 반 + 다리); no body, place or title."""
        if self.person_word(word):
            return True
        morphemes = self.morphemes(word)
        if (not morphemes or morphemes[-1].end != word.start + len(word.stem) or _is_org_word(word, orgs)
                or word.stem in lexicon.places() or lexicon.split_title(word.stem) or word.stem in lexicon.not_names()
                or any(m.semantic == "지명" for m in morphemes)):
            return False
        return (all(m.tag == "NNP" for m in morphemes)
                or lexicon.is_korean_name(word.stem) and len(morphemes) >= 2 and not _one_dictionary_word(word.stem))

    def foreign_proper_noun(self, word: lexicon.Token, orgs: Organisations) -> bool:
        """A proper noun of no class that no Korean name is shaped like, no body, country or place
        (쥘리앵 of 쥘리앵 베르나르): a foreign given name before a word read as a person's name."""
        morphemes = self.morphemes(word)
        return (not word.particle and len(word.stem) >= 2 and len(morphemes) == 1 and morphemes[0].tag == "NNP"
                and morphemes[0].semantic is None and morphemes[0].end == word.start + len(word.stem)
                and not lexicon.is_korean_name(word.stem) and not _is_org_word(word, orgs)
                and word.stem not in lexicon.places())

    def known_korean_name(self, word: lexicon.Token) -> bool:
        """A Korean name the analyzer's dictionary knows as one (도널드 is shaped like one too),
        of two syllables too (김태)."""
        morphemes = self.morphemes(word)
        short = len(word.stem) == 2 and word.stem[0] in lexicon.surnames()
        return ((short or self.korean_name(word)) and bool(morphemes) and all(m.semantic == "인명" for m in morphemes)
                and morphemes[-1].end == word.start + len(word.stem))


def _is_org_word(word: lexicon.Token, orgs: Organisations) -> bool:
    """A word naming a body or a country (not a title written onto one: 정보통신정책실장)."""
    stem = word.stem
    if lexicon.split_title(stem):
        return False
    return bool(orgs.covering(word.start, word.end)) or stem in lexicon.country_by_form() or stem in lexicon.country_short_forms()


def _name_before(view: _View, k: int, orgs: Organisations, org_between: bool,
                 title: str, short_form: bool, near: bool) -> tuple[list[lexicon.Token], list[lexicon.Token]] | None:
    """The name ending at word ``k``, and the words of a body the gazetteer does not know
    written between it and the title (임종룡 우리금융 회장); ``short_form``: that word is a
    short form of someone named before (배 for 배경훈), which a lone surname then is;
    ``near``: at most one word stands between it and the title."""
    words = view.words
    word = words[k]
    if k + 1 < len(words) and view.joined(word.end, words[k + 1].start):
        return None  # 말레이시아 마약단속청 부청장, 캄보디아 마약단속국 부국장: a list mark never follows the name
    if k > 1 and (word.stem == words[k - 1].text or _short_body_name(word, orgs) or organisations.body_shaped(word.text)):
        foreign = _foreign_name(view, k - 1, orgs, True, shaped_last=True)  # 케빈 하트먼 포드 이사, 마르틴 슈뢰더 연방교육연구부 국장
        first, last = (foreign[0][0], foreign[0][-1]) if foreign else (None, None)
        if (foreign and len(foreign[0]) >= 2 and view.person_word(first)
                and (view.foreign_given_name(first)
                     or (view.person_word(last) or view.family_name_shaped(last, orgs)) and not view.korean_name(last))):
            return foreign[0], [word]
    given = k - 1
    while given > 0 and _INITIAL.fullmatch(words[given].text):  # 피터 L. 마스던: initials between the two names
        given -= 1
    if given < k - 1 and view.foreign_given_name(words[given]):
        foreign = _foreign_name(view, k, orgs, True, shaped_last=True)
        if foreign and foreign[0][0] is words[given]:
            return foreign
    if (k > 0 and (view.foreign_given_name(words[k - 1]) and view.family_name_shaped(word, orgs)
                  or view.foreign_proper_noun(words[k - 1], orgs) and view.person_word(word))
            and not view.joined(words[k - 1].end, word.start)):
        foreign = _foreign_name(view, k, orgs, True, shaped_last=True)  # 엘로디 마르샹: 마르샹 is shaped like a Korean name too
        if foreign:
            return foreign
    scoped = _scoped_title(view, k, orgs)
    if scoped:
        return scoped
    positioned = _positioned_foreign_name(view, k, orgs)
    if positioned:
        return positioned, []
    positioned = _positioned_foreign_name(view, k - 1, orgs) if not word.particle else None
    if positioned:  # 일론 머스텔(오른쪽) 볼트런 CEO: a body the gazetteer does not know after the name
        return positioned, [word]
    if _first_in_a_photo_list(view, k) and _surname_shaped(_name_text(word)):
        return [word], []  # 왼쪽부터 정원 전 대표: a name, though also a common noun
    short_name = not word.particle and len(word.stem) == 2 and view.known_korean_name(word)  # 강현 교수
    near_name = near and (view.name_shaped(word) or _between_body_and_title(view, k, orgs) or short_name)
    if (view.korean_name(word) or near_name) and not _province(view, k):
        return [word], []
    written = _korean_name_and_body(view, k, orgs)
    if written:
        return written
    if len(word.text) == 1 and word.text in lexicon.surnames():
        foreign = _foreign_name(view, k, orgs, org_between) if not short_form else None
        return foreign or ([word], [])  # 젠슨 황 엔비디아 CEO, 엔비디아의 젠슨 황 CEO; else a short form: 배 장관
    return _foreign_name(view, k, orgs, org_between, title)


def _scoped_title(view: _View, k: int, orgs: Organisations) -> tuple[list[lexicon.Token], list[lexicon.Token]] | None:
    """A name, then the words saying what the title after word ``k`` covers, the last ending in
    a scope word (data/title_scopes.txt): 데릭 오스본 구매총괄 (부사장), 그레고리 T. 핀치 국무부 동아태
    담당 (차관보), 반지헌 가람금융지주회사 디지털 담당 (본부장). The name and those words (a body
    among them) or None."""
    words = view.words
    if words[k].particle or not words[k].stem.endswith(_scope_words()):
        return None
    scope = [words[k]]
    i = k - 1
    while i >= 0 and len(scope) <= _MAX_BODY_WORDS + 1:
        word = words[i]
        if word.particle or view.joined(word.end, words[i + 1].start):
            return None
        foreign = _foreign_name(view, i, orgs, True, shaped_last=True)
        if (foreign and len(foreign[0]) >= 2 and not foreign[1]
                and (any(_INITIAL.fullmatch(w.text) for w in foreign[0])
                     or view.foreign_given_name(foreign[0][0]) and not view.body_like(foreign[0][-1]))):  # not 피셔 사업개발
            return foreign[0], scope
        if not _is_org_word(word, orgs) and (view.korean_name(word) or _is_org_word(scope[0], orgs) and view.name_shaped(word)):
            return [word], scope  # 반지헌 가람금융지주회사: the analyzer reads 헌 as a verb form
        if not (view.body_like(word) or _is_org_word(word, orgs)) or word.text in lexicon.function_words():
            return None
        scope.insert(0, word)
        i -= 1
    return None


@cache
def _photo_positions() -> tuple[str, ...]:
    return tuple(p[1:] for p in words_of("photo_positions.txt") if p.startswith("("))


def _positioned_foreign_name(view: _View, k: int, orgs: Organisations) -> list[lexicon.Token] | None:
    """Two words before a photo position in brackets (이반 코라크(오른쪽) 볼트런 CEO): the aside
    says a person stands there, so two plain Hangul words make a foreign name however the
    analyzer reads them."""
    words = view.words
    text = view.document.text
    if k < 1 or not text.startswith("(", words[k].end) or not text.startswith(_photo_positions(), words[k].end + 1):
        return None
    first, last = words[k - 1], words[k]
    if view.joined(first.end, last.start) or text[first.end:last.start] != " ":
        return None
    for word in (first, last):
        if (word.particle or not _FOREIGN_PART.fullmatch(word.text) or _is_org_word(word, orgs)
                or lexicon.split_title(word.text) or word.text in lexicon.function_words()
                or word.text in lexicon.not_names() or lexicon.is_korean_name(word.text)):
            return None
    boundary = k < 2 or words[k - 2].particle or view.joined(words[k - 2].end, first.start) or lexicon.split_title(words[k - 2].stem)
    return [first, last] if boundary else None


@cache
def _scope_words() -> tuple[str, ...]:
    return words_of("title_scopes.txt")


def _scope_after_body(written: list[lexicon.Token], orgs: Organisations) -> tuple[str | None, list[lexicon.Token]] | None:
    """Of the words between a name and its title ending in a scope word, the body among them (its
    last) and the words after it, which qualify the title; None when they end in no scope word."""
    if not written or written[-1].particle or not written[-1].stem.endswith(_scope_words()):
        return None
    keys = [(n, orgs.covering(w.start, w.start + len(w.stem))) for n, w in enumerate(written)]
    named = [(n, key) for n, key in keys if key]
    if not named:
        return None, written
    n, key = named[-1]
    return orgs.found[key].name, written[n + 1:]


def _first_in_a_photo_list(view: _View, k: int) -> bool:
    """Whether word ``k`` comes right after a photo's "from the left" (사진 왼쪽부터 정원 전 대표,
    …): the first of the people it lists."""
    return k > 0 and view.words[k - 1].text in _list_openers()


def _surname_shaped(word: str) -> bool:
    """A surname and one or two letters, whatever else the word means (정원)."""
    return 2 <= len(word) <= 4 and any(word.startswith(s) and 1 <= len(word) - len(s) <= 2 for s in lexicon.surnames())


@cache
def _list_openers() -> frozenset[str]:
    return frozenset(p.split()[-1] for p in words_of("photo_positions.txt") if p.endswith("부터"))


def _between_body_and_title(view: _View, k: int, orgs: Organisations) -> bool:
    """A full Korean name right between a body and a title (포항 오경수 감독), though the analyzer's
    dictionary lists its letters as a compound noun: nothing else stands there."""
    word = view.words[k]
    return (k > 0 and not word.particle and len(word.stem) == 3 and lexicon.is_korean_name(word.stem)
            and not view.words[k - 1].particle and _is_org_word(view.words[k - 1], orgs)
            and not view.joined(view.words[k - 1].end, word.start))


def _short_body_name(word: lexicon.Token, orgs: Organisations) -> bool:
    """Whether a word is a body the text names, or the first part of one (포드 of 포드자동차)."""
    return len(word.stem) >= 2 and any(form.startswith(word.stem) for f in orgs.found.values() for form in (f.name, *f.aliases))


def _korean_name_and_body(view: _View, k: int, orgs: Organisations) -> tuple[list[lexicon.Token], list[lexicon.Token]] | None:
    """A Korean name, then a body the gazetteer does not know, ending at word ``k``
    (임도균 한빛금융투자운용 대표, 오재만 한빛여대 행정학과 교수, 조서윤 전 가람 부사장)."""
    words = view.words
    body: list[lexicon.Token] = []
    i = k
    while i >= 0 and len(body) <= _MAX_BODY_WORDS:
        word = words[i]
        if body and view.joined(word.end, body[0].start):
            return None
        whole = body and word.particle and _name_text(word) == word.text
        if whole:
            word = word._replace(stem=word.text, particle="")  # 오재만: 만 is the name's last letter
            if not view.known_korean_name(word) or any(lexicon.split_title(b.stem) for b in body):
                return None  # 구성은: a noun and a particle; 오영도 원내대표 직무대행: a title, no body
        # a name the analyzer does not know before one word of a body, or before a body the text
        # names and its unit (하지운 누리대 기계공학과 교수)
        if (body and not word.particle and not _is_org_word(word, orgs)  # 명지대: a body shaped like a name
                and (view.known_korean_name(word) or (len(body) == 1 or _is_org_word(body[0], orgs)) and view.name_shaped(word))):
            words[i] = word  # read so from now on (the scan finds people by their words)
            return [word], body
        if whole:
            return None
        if word.text in lexicon.title_modifiers() and body:
            i -= 1
            continue
        province = i == k and _province(view, i)
        if province or i == k and _department(word):
            word = word._replace(stem=word.text, particle="")
        if (word.particle or not (province or view.body_like(word) or _is_org_word(word, orgs))
                or word.text in lexicon.function_words()):
            return None
        if word.text in lexicon.not_names():
            # 한국은행 옥재훈 디지털 부총재보: a common noun qualifying the title, after a body named
            # before the name; without one (도착해 양국 통상장관) no name stands there
            if not view.dictionary_word(word) or not _body_before_name(view, i, orgs):
                return None
        body.insert(0, word)
        i -= 1
    return None


def _name_ending_in_a_particle(view: _View, k: int, j: int) -> bool:
    """Whether word ``k``, right before the title at ``j``, is a three-letter Korean name whose
    last letter reads as a particle (봉하은 위원장): a particle never stands between a name and its title."""
    word = view.words[k]
    return (k == j - 1 and len(word.text) == 3 and _name_text(word) == word.text and view.korean_name(word)
            and not _one_dictionary_word(word.stem)  # 사측이: a noun and a particle
            and not any(m.tag in ("NNB", "NR") for m in view.morphemes(word)))


def _body_before_name(view: _View, i: int, orgs: Organisations) -> bool:
    """Whether a name and a body the text names stand right before word ``i``."""
    return i >= 2 and view.korean_name(view.words[i - 1]) and _adjacent_organisation(view, i - 1, orgs) is not None


def _province(view: _View, k: int) -> bool:
    """Whether word ``k``, before a title, is a province whose 도 reads as a particle: a name
    stands before it (반예린 한빛도 보건국장)."""
    return k > 0 and view.words[k].particle == "도" and not view.words[k - 1].particle and view.name_shaped(view.words[k - 1])


def _foreign_name(view: _View, k: int, orgs: Organisations, org_between: bool, title: str = "",
                  shaped_last: bool = False) -> tuple[list[lexicon.Token], list[lexicon.Token]] | None:
    """A foreign name in Hangul ending at word ``k``: two plain words (마이클 크라치오스, 더 프엉),
    three with a joining word or an initial between (압둘라 빈 자이드, 조지 W. 부시); it must be
    two words, or stand next to a body or before a head-of-state title. A Korean name among
    the words is the name, and the words after it a body (설태호 금속노조 위원장).
    ``shaped_last``: the last word may be shaped like a Korean name (엘로디 마르샹)."""
    words = view.words
    parts: list[lexicon.Token] = []
    i = k
    while i >= 0 and len(parts) < _MAX_NAME_WORDS:
        candidate = words[i]
        text = candidate.text
        initial = _INITIAL.fullmatch(text) is not None
        if (parts and not view.joined(candidate.end, parts[0].start) and view.known_korean_name(candidate)
                and len(parts) <= 2 and all(view.body_like(part) for part in parts)):
            return [candidate], parts  # 임종룡 우리금융 회장
        if not initial and (not _FOREIGN_PART.fullmatch(text) or text in lexicon.not_names()
                            or text in lexicon.function_words() or text.endswith(_scope_words())
                            or candidate.particle and not (parts and view.person_word(candidate, whole=True))
                            or _VERB_ENDING.search(text) and not view.person_word(candidate)  # 마스던
                            or not view.no_verb_or_place(candidate)
                            or _is_org_word(candidate, orgs) or lexicon.split_title(text)
                            or (not parts and not shaped_last and lexicon.is_korean_name(text))
                            or text in lexicon.places()):
            break
        if parts and view.document.text[candidate.end: parts[0].start] not in (" ", ". "):
            break
        parts.insert(0, candidate)
        i -= 1
    # a common noun (오후) before a two-word name the analyzer knows as one is not part of it;
    # two words it knows neither way may be one (사토 히데키, 마크 카니)
    while (len(parts) >= 2 and view.dictionary_word(parts[0]) and any(view.proper_noun(p) for p in parts[1:])
           and (len(parts) > 2 or view.known_korean_name(parts[1]))):  # 대학원생 시절 박진 교수
        parts.pop(0)
    while parts and _INITIAL.fullmatch(parts[0].text):  # a name begins with a Hangul word, or J.D.
        if len(parts) > 1 and _INITIAL.fullmatch(parts[1].text) or parts[0] is parts[-1]:
            parts.pop(0)
        else:
            break
    hangul = [p for p in parts if not _INITIAL.fullmatch(p.text)]
    if len(hangul) == 3 and hangul[1].text not in word_set("name_joining_words.txt"):  # 스텔란티스 존 엘칸: a body, then a name
        parts = parts[parts.index(hangul[1]):]
        hangul = hangul[1:]
    if not hangul or _INITIAL.fullmatch(parts[-1].text):
        return None
    i = words.index(parts[0]) - 1
    before_is_org = i >= 0 and _is_org_word(words[i], orgs)
    common_nouns = all(view.dictionary_word(p) for p in hangul)
    if (any(len(p.text) == 1 for p in hangul)
            and all(len(m) == 1 and m[0].tag in _DICTIONARY_WORD_TAGS for m in map(view.morphemes, hangul))):
        return None  # 다음 달 보건복지부 장관: common nouns, one of them a single letter, as no foreign name is
    if len(parts) == 1 and common_nouns and not (before_is_org and _party(words[i], orgs)):
        return None  # 그동안, 당초: no name; but 조국혁신당 조국 후보
    if len(parts) == 1 and (_ends_in_a_common_noun(view, parts[0]) or _unit_shaped(parts[0].text)):
        return None  # 일본 가와무라전지 회장, 한빛지검 합동수사팀(팀장 …): a body's or a unit's name
    if len(parts[-1].text) < 2 and not (len(parts) >= 2 and (org_between or before_is_org)):  # 젠슨 황, with a body
        return None
    if org_between or before_is_org:
        return parts, []
    # common nouns only (품질 담당 부장, 당초 대통령) make a name before a head-of-state title only
    # an ambiguous title (감독) is a person's after two words the analyzer reads as a person's name (마르첼로 비앙키)
    persons = len(hangul) >= 2 and all(view.person_word(p) for p in hangul)
    if (len(parts) >= 2 and (title not in words_of("ambiguous_titles.txt") or persons)
            and (not common_nouns or title in words_of("head_titles.txt"))):
        return parts, []
    if (len(parts) == 1 and title in words_of("head_titles.txt") and not _COMMON_NOUN_ENDING.search(parts[0].text)
            and not common_nouns):
        return parts, []
    return None


def _unit_shaped(word: str) -> bool:
    """A word of four letters or more ending like a unit or a body (합동수사팀, 마약단속국)."""
    return len(word) >= 4 and (word.endswith(tuple(words_of("unit_endings.txt"))) or organisations.body_shaped(word))


def _ends_in_a_common_noun(view: _View, word: lexicon.Token) -> bool:
    """A word of four letters or more read as parts, the last a common noun of two letters or more
    (가와무라 + 전지, 미즈사와 + 전지): a body's name, no one-word name."""
    morphemes = view.morphemes(word)
    last = morphemes[-1] if morphemes else None
    return (len(word.stem) >= 4 and len(morphemes) >= 2 and last.tag == "NNG" and last.end - last.start >= 2
            and last.end == word.start + len(word.stem))


def _party(word: lexicon.Token, orgs: Organisations) -> bool:
    key = orgs.covering(word.start, word.end)
    return key is not None and orgs.found[key].kind == "party"


def _listed_before(view: _View, first: int, orgs: Organisations) -> list[tuple[lexicon.Token, str | None]]:
    """Names listed before the one at word ``first`` that share its title, each with the body
    or party written before it: ``민주당 하도윤, 국민의힘 박서율, 무소속 한지혁 후보``."""
    words = view.words
    listed = []
    start = first - 1 if _adjacent_organisation(view, first, orgs) else first
    while start >= 2 or start == 1:
        name = words[start - 1]
        if not view.joined(name.end, words[start].start) or name.particle or not view.korean_name(name):
            break
        organisation = _adjacent_organisation(view, start - 1, orgs)
        listed.append((name, organisation))
        start = start - 2 if organisation else start - 1
    return listed


def _adjacent_organisation(view: _View, k: int, orgs: Organisations) -> str | None:
    """The body or party written right before word ``k`` (국민의힘 한서진, 포드의 빌 포드)."""
    if k == 0:
        return None
    before = view.words[k - 1]
    if before.particle not in ("", "의") and not _department(before) or view.joined(before.end, view.words[k].start):
        return None
    if before.stem in word_set("affiliations.txt"):
        return before.stem
    if before.stem in word_set("membership_words.txt"):
        return _member_of(view, k - 1, orgs)
    key = orgs.covering(before.start, before.start + len(before.stem))
    if key is None and k >= 2 and _unit(before):  # 전주시 예산법무과 나승희 과장
        return _adjacent_organisation(view, k - 1, orgs)
    if key:
        return orgs.found[key].name
    return _named_elsewhere(before.stem, orgs) or _unknown_body_of(view, before, orgs)


def _unknown_body_of(view: _View, word: lexicon.Token, orgs: Organisations, side: bool = False) -> str | None:
    """A body the gazetteer does not know, written right before a name and shaped like a body's
    name, or with 의 (or before 측, ``side``) and read as no dictionary word, name or place
    (볼트런의 케이틀린 모리슨 CEO, 노바렉스 측); no country, place or person."""
    if not word.particle and organisations.body_shaped(word.stem) and word.stem not in lexicon.places():
        # 가온투자증권 위서린 연구위원, 한빛시청 석동혁 감독: shaped like a body's name; but not a
        # unit after its body (서울중앙지법 형사6부, 서울대 경제학부)
        k = bisect.bisect_left(view.starts, word.start)
        before = view.words[k - 1] if k > 0 else None
        unit = (any(c.isdigit() for c in word.stem) or before is not None and not before.particle
                and (organisations.body_shaped(before.stem) or _is_org_word(before, orgs)))
        return None if unit else word.stem
    if (word.particle != ("" if side else "의") or len(word.stem) < 2 or word.stem in lexicon.places()
            or word.stem.endswith(tuple(words_of("unit_endings.txt")))):  # 기초원천연구정책관실: a unit, its body named before
        return None
    if word.stem in lexicon.country_by_form() or word.stem in lexicon.country_short_forms():
        return None
    morphemes = view.morphemes(word)
    unknown = (not _one_dictionary_word(word.stem) and not lexicon.is_korean_name(word.stem)
               and not any(m.semantic in ("인명", "지명") or m.tag.startswith(("NNB", "NP", "NR", "SN", "J", "E", "M"))
                           for m in morphemes))
    return word.stem if unknown or organisations.body_shaped(word.stem) else None


def _unit(word: lexicon.Token) -> bool:
    """A unit's name inside a body (예산법무과, 반도체사업부): a word of three letters or more with a unit's ending."""
    return (not word.particle and len(word.stem) >= 3 and word.stem.endswith(tuple(words_of("unit_endings.txt")))
            or _department(word))


def _department(word: lexicon.Token) -> bool:
    """A department whose 과 reads as the particle (기계공학과, 응급의학과), before a title
    or a name: a word of four letters or more ending in 학과."""
    return word.particle == "과" and len(word.text) >= 4 and word.text.endswith("학과")


def _member_of(view: _View, k: int, orgs: Organisations) -> str | None:
    """The body written before the membership word at ``k`` (법무법인 한결 소속), over a unit
    the organisations did not take (ETRI 이동통신연구본부 소속)."""
    for before in view.words[max(0, k - 2):k][::-1]:
        key = orgs.covering(before.start, before.start + len(before.stem))
        if key:
            return orgs.found[key].name
        named = _named_elsewhere(before.stem, orgs)  # 부산시 문화체육국 소속: a body the text names before
        if named:
            return named
        if before is view.words[k - 1] and not before.particle:
            unknown = _unknown_body_of(view, before, orgs, side=True)  # 노바렉스 측: a body the gazetteer does not know
            if unknown:
                return unknown
        if before.particle:
            break
    return None


def _named_elsewhere(word: str, orgs: Organisations) -> str | None:
    """The body found elsewhere in the text that ``word`` names (its name or an alias)."""
    return next((f.name for f in orgs.found.values() if word == f.name or word in f.aliases), None)


def _organisation_of_previous(view: _View, first: int, people: People) -> str | None:
    """The body of the person named right before, joined by 과/와 or a comma: ``과기정통부의
    배경훈 장관과 류제명 제2차관``."""
    words = view.words
    if first == 0 or not (words[first - 1].particle in ("과", "와") or view.joined(words[first - 1].end, words[first].start)):
        return None
    start = words[max(0, first - _MAX_ORG_WORDS)].start
    previous = [name for s, e, name in people.spans if start <= s and e <= words[first].start]
    return people.found[previous[-1]].organisation if previous else None


def _body_of_the_one_before(view: _View, first: int, people: People) -> str | None:
    """The body of the person named last before, when the words right before the name at word
    ``first`` refer back to them (같은 당 소속 옥선화 의원, 그의 아들인 옥태준 본부장)."""
    words = view.words
    for k in range(first - 1, max(first - _BACK_REFERENCE_REACH, 0) - 1, -1):
        if words[k].text in word_set("back_references.txt"):
            before = [(e, name) for s, e, name in people.spans if e <= words[k].start]
            return people.found[max(before)[1]].organisation if before else None
        if words[k].particle or view.joined(words[k].end, words[k + 1].start):
            return None
    return None


def _honorific_word(view: _View, word: lexicon.Token, honorifics: frozenset[str]) -> str | None:
    """The word up to the honorific that ends it (남도겸씨 of 남도겸씨는), past the particles or
    copula that the particle list does not split off but the analyzer does (씨에게는, 씨다)."""
    stem = word.stem
    if stem[-1] in honorifics:
        return stem
    at = max(stem.rfind(h) for h in honorifics)
    if at < 0:
        return None
    honorific = view.document.morpheme_at(word.start + at)
    rest = view.document.morphemes_between(word.start + at + 1, word.start + len(stem))
    if (honorific is None or honorific.start != word.start + at or honorific.end != word.start + at + 1 or not rest
            or not all(m.tag.startswith(("J", "VCP", "E")) for m in rest)):
        return None
    return stem[: at + 1]


def _honoured(view: _View, j: int, word: str, orgs: Organisations, people: People, in_text: bool) -> None:
    """A Korean name with an honorific: ``남도겸씨는``, ``남도겸 씨는``; the person's job written
    before the name stands as their title (택배기사 탁우진씨, 간호사 길소연씨)."""
    words = view.words
    title = word[-1]
    if len(word) > 1:
        name, k = words[j]._replace(text=word[:-1], stem=word[:-1], particle=""), j
    elif j > 0 and not words[j - 1].particle:
        name, k = words[j - 1], j - 1
    else:
        return
    if not view.korean_name(name):
        return
    listed = [name]  # 공인중개사 탁민호, 여승철씨: names listed before share the honorific
    while k > 0 and view.joined(words[k - 1].end, listed[0].start) and not words[k - 1].particle and view.korean_name(words[k - 1]):
        k -= 1
        listed.insert(0, words[k])
    organisation = None
    job = words[k - 1] if k > 0 else None
    # 정치평론가: the job's last letter may read as a particle (가)
    job_word = job.text if job is not None and lexicon.longest_suffix(job.text, *_occupations(), keep=0) else None
    if job_word and not view.joined(job.end, listed[0].start):
        title = job_word
        organisation = _adjacent_organisation(view, k - 1, orgs)  # 수원성심병원 응급의학과 간호사 길소연씨
    for each in listed:
        _add(people, view.document.text, [each], title, [], organisation, in_text, each.end)


@cache
def _occupations() -> tuple[frozenset[str], int]:
    jobs = words_of("occupations.txt")
    return frozenset(jobs), max(map(len, jobs))


def _known(people: People, name: str, parts: int, position: int) -> Found | None:
    """The person a name refers to: the same full name, or a short form of someone before."""
    if name in people.found:
        return people.found[name]
    candidates = [p for p in people.found.values() if p.first < position or p.first == _ONLY_IN_CAPTIONS]
    if parts == 1 and len(name) == 1:
        matches = [p for p in candidates if " " not in p.name and p.name.startswith(name)]
    elif parts == 1:
        matches = [p for p in candidates if " " in p.name and p.name.split()[-1] == name]
    else:
        matches = []
    return max(matches, key=lambda p: p.first) if matches else None


def _organisation_of(between, word: lexicon.Token, split: tuple[str, str], orgs: Organisations, reference_date,
                     in_text: bool) -> str | None:
    """The body written with the person: between name and title, else glued to the title."""
    keys = (orgs.covering(other.start, other.end) for other in reversed(between))
    named = next((orgs.found[key].name for key in keys if key), None)
    country = next((lexicon.country_by_form()[w.stem] for w in between if w.stem in lexicon.country_by_form()), None)
    if country and country.code != "KR":
        glued = _foreign_glued_organisation(word, split, country, orgs, in_text)
    else:
        glued = _glued_organisation(word, split, orgs, reference_date, in_text)
    return named or glued


def _foreign_glued_organisation(word: lexicon.Token, split: tuple[str, str], country: lexicon.Country,
                                orgs: Organisations, in_text: bool) -> str | None:
    """``프랑스 외무장관`` -> 프랑스 외무부: a foreign country's body, never the Korean one the
    gazetteer knows by the same name."""
    prefix, title = next(((p, t) for p, t in _glued_splits(split) if t in organisations.glued_bodies()), split)  # 국무+장관
    shape = next(iter(organisations.glued_bodies().get(title, ())), None)
    if len(prefix) < 2 or shape is None or shape.unit:
        return None
    name = f"{country.name} {prefix}{shape.ending}"
    if in_text:
        orgs.add(name, word.start, word.start + len(prefix),
                 lambda: organisations.Found(name, shape.kind, country.code, []))
    return name


def _glued_organisation(word: lexicon.Token, split: tuple[str, str], orgs: Organisations, reference_date,
                        in_text: bool) -> str | None:
    """``경남지사`` -> 경상남도, ``정보통신정책실장`` -> 정보통신정책실 (a unit: its head's organisation
    stays the ministry named nearby, so None here). A body the text names only this way is
    added to the organisations: someone holds office in it."""
    # 제주지사: 제주 + 지사 names a body the gazetteer knows, where the longest title (주지사) does not
    split = next((s for s in _glued_splits(split) if any(lookup(s[0] + g.ending) for g in organisations.glued_bodies().get(s[1], ()))),
                 split)
    prefix, title = split
    if not prefix or not lexicon.HANGUL.match(prefix[-1]):
        return None
    covered = orgs.covering(word.start, word.start + len(prefix))
    glued = organisations.glued_bodies().get(title, ())
    if covered:
        # 부산시의원 -> 부산광역시의회, though the text's 부산시 was taken: the office's own body
        own = next((body for body in (lookup(prefix + g.ending) for g in glued) if body), None)
        return own.name_on(reference_date) if own else orgs.found[covered].name
    # the office's own body first: 서울시교육감 -> 서울특별시교육청, not 서울특별시
    for form in (*(prefix + g.ending for g in glued), prefix, prefix + title[0]):
        body = lookup(form)
        if body:
            if in_text:
                orgs.add(body.id, word.start, word.start + len(prefix),
                         lambda b=body: organisations.Found(b.name_on(reference_date), b.kind, b.country, b.all_names()))
            return body.name_on(reference_date)
    # 한빛시장 names 한빛시 (the body its shape gives), not 한빛도시공사, whose letters it also has
    spelled_out = any(g.ending == title[0] for g in glued)
    abbreviated = None if spelled_out else _abbreviated_in_text(prefix + title[0], orgs)
    if abbreviated:
        if in_text:
            orgs.add(abbreviated.key, word.start, word.start + len(prefix) + 1, lambda f=abbreviated: f)
        return abbreviated.name
    for shape in glued:
        name = prefix + shape.ending
        named = _named_with_parent(name, orgs)
        if named is not None and not shape.unit:  # 통영지청장 after 고용노동부 통영지청
            if in_text:
                orgs.add(named.key, word.start, word.start + len(prefix) + len(os.path.commonprefix([title, shape.ending])),
                         lambda f=named: f)
            return named.name
        if len(prefix) >= 2 and in_text:
            written = len(prefix) + len(os.path.commonprefix([title, shape.ending]))  # 정보통신정책실(장)
            orgs.add(name, word.start, word.start + written,
                     lambda n=name, k=shape.kind: organisations.Found(n, k, "KR" if k == "local" else None, []))
        return None if shape.unit else name
    return None


def _named_with_parent(name: str, orgs: Organisations) -> organisations.Found | None:
    """The body the text named as ``name`` after its parent's name (고용노동부 통영지청 for 통영지청)."""
    return next((f for f in orgs.found.values() if f.name.endswith(" " + name)), None)


def _glued_splits(split: tuple[str, str]) -> list[tuple[str, str]]:
    """A glued title's other readings, its shorter titles first taken off the end: 제주지사 as
    (제주, 지사) besides (제, 주지사); 국무장관 as (국무, 장관)."""
    word = "".join(split)
    return [(word[:-size], word[-size:]) for size in range(len(split[1]) - 1, 1, -1) if word[-size:] in lexicon.titles()]


def _abbreviated_in_text(short: str, orgs: Organisations) -> organisations.Found | None:
    """``과방위`` (of 과방위원장) for 과학기술정보방송통신위원회 named in the text: the short form's
    letters stand in order in the full name, starting with its first (and it is not simply
    the name's beginning)."""
    for found in orgs.found.values():
        name = found.name
        if name[0] == short[0] and not name.startswith(short) and len(name) > len(short) + 1 and _in_order(short, name):
            return found
    return None


def _in_order(letters: str, word: str) -> bool:
    remaining = iter(word)
    return all(letter in remaining for letter in letters)


def _joint_organisation(joint_titles: list[str], reference_date) -> str | None:
    """``과기정통부 장관`` of ``부총리 겸 과기정통부 장관``."""
    for title in joint_titles:
        for word in title.split()[:-1]:
            body = lookup(word)
            if body:
                return body.name_on(reference_date)
    return None


def _nearest(orgs: Organisations, position: int, sentence_start: int, people: People) -> str | None:
    """The body named last before the person in the same sentence (not a summit's host forum),
    unless someone else is named between them: the body is theirs (일본 도요타그룹 아키오 도요다
    회장의 …, 메리 배라 회장)."""
    found = orgs.before(position, sentence_start, exclude_kind="international")
    if found is None:
        return None
    body_end = max(e for s, e in found.mentions if e <= position)
    if any(body_end <= s and e <= position for s, e, _ in people.spans):
        return None
    return found.name


def _joint_titles(words: list[lexicon.Token], j: int, text: str) -> list[str]:
    """``부총리 겸 과기정통부 장관``: the titles after 겸, as written."""
    titles = []
    while j + 2 < len(words) and words[j + 1].text == "겸":
        for k in range(j + 2, min(j + 2 + _MAX_ORG_WORDS, len(words))):
            stem = words[k].stem
            if lexicon.split_title(stem):
                titles.append(text[words[j + 2].start: words[k].start + len(stem)])
                j = k
                break
        else:
            break
    return titles


def _title_then_name(view: _View, j: int, orgs: Organisations, reference_date, people: People, in_text: bool,
                     sentence_start: int) -> bool:
    """A title, then a Korean name: ``산업부 장관 김정관은``, ``감독 한도윤은``,
    ``형사3부(부장 한지석)``, ``(대표변호사 길도현·모세영)``. Whether a name was there."""
    words = view.words
    if j + 1 < len(words) and _title_ending_like_a_particle(words[j], orgs):
        words = [*words[:j], words[j]._replace(stem=words[j].text, particle=""), *words[j + 1:]]  # 건축가 마이클 핀스터
    if j + 1 >= len(words) or words[j].particle or view.joined(words[j].end, words[j + 1].start):
        return False  # 의장, 권도윤 사장: a list, the name has its own title
    title_word = words[j].stem
    split = lexicon.split_title(title_word)
    names = [words[j + 1]]
    if names[0].stem[-1] in word_set("honorifics.txt"):  # 위원장 김모씨: the name is the word without 씨
        names[0] = names[0]._replace(text=names[0].stem[:-1], stem=names[0].stem[:-1], particle="")
    # the analyzer reads a name it does not know as parts (편재윤: 편 + 재윤, 채도윤: 채 + 도윤);
    # the name's shape and no dictionary word as a whole (korean_name) make it one; but a
    # foreign name's first word may be shaped like a Korean one (마이클 로건, 라이언 콜린스)
    foreign = _foreign_after(view, j, orgs)
    if not view.korean_name(names[0]) and foreign is None:
        return False
    if (foreign is None and not names[0].particle and j + 2 < len(words) and lexicon.split_title(words[j + 2].stem)
            and not view.joined(names[0].end, words[j + 2].start)):
        return False  # 장관 김철수 차관: the name belongs to the title after it (not 코치 봉재열, 수비코치 …)
    while foreign is None and not names[-1].particle and j + 1 + len(names) < len(words):
        following = words[j + 1 + len(names)]
        if not view.joined(names[-1].end, following.start) or not view.korean_name(following):
            break
        names.append(following)
    between = []
    k = j - 1
    while k >= 0 and j - k <= _MAX_ORG_WORDS and _is_org_word(words[k], orgs) and not words[k].particle:
        between.append(words[k])
        k -= 1
    member = _member_of(view, j - 1, orgs) if j > 0 and words[j - 1].stem in word_set("membership_words.txt") else None
    adjacent = _unknown_body_of(view, words[j - 1], orgs) if j > 0 and not view.joined(words[j - 1].end, words[j].start) else None
    organisation = (_organisation_of(between[:1], words[j], split, orgs, reference_date, in_text) or member
                    or adjacent  # 한빛시청 피봇 여단비
                    or _nearest(orgs, words[j].start, sentence_start, people) or _body_after_country(view, j - 1, orgs))
    if foreign:
        if " ".join(w.stem for w in foreign) not in people.found:
            _add(people, view.document.text, foreign, title_word, [], organisation, in_text, foreign[-1].end)
        return True
    for name in names:
        if _name_text(name) not in people.found:
            _add(people, view.document.text, [name], title_word, [], organisation, in_text, name.end)
    return True


def _foreign_after_a_body(view: _View, k: int, j: int, orgs: Organisations) -> bool:
    """Whether a foreign name follows the title at word ``j`` and word ``k`` before it is no
    person's name but a body's (일본 미즈사와전지 회장 하세가와 노부유키는): the name is the one after."""
    word = view.words[k]
    return (_foreign_after(view, j, orgs) is not None and not view.person_word(word)
            and not view.foreign_given_name(word) and (k == 0 or not view.person_word(view.words[k - 1])))


def _body_after_country(view: _View, k: int, orgs: Organisations) -> str | None:
    """A body the gazetteer does not know, written between a country and a title (일본
    미즈사와전지 회장): a proper noun and a common noun, no particle."""
    if k < 1:
        return None
    word, country = view.words[k], view.words[k - 1]
    if (word.particle or country.particle or country.stem not in lexicon.country_by_form()
            or view.joined(country.end, word.start)):
        return None
    tags = [m.tag for m in view.morphemes(word)]
    return word.stem if len(tags) >= 2 and tags[0] == "NNP" and tags[-1] in ("NNG", "NNP") else None


def _title_ending_like_a_particle(word: lexicon.Token, orgs: Organisations) -> bool:
    """A title whose last letter reads as a particle (건축가, 작가): the whole word is the title,
    unless the word without it is a body the text names (한화가)."""
    return (bool(word.particle) and lexicon.split_title(word.text) is not None and lexicon.split_title(word.stem) is None
            and not orgs.covering(word.start, word.start + len(word.stem)))


def _foreign_after(view: _View, j: int, orgs: Organisations) -> list[lexicon.Token] | None:
    """A two-word foreign name after the title at word ``j`` (공격수 루카스 페헤이라가): the last
    word one the analyzer reads as a person's name, the first a plain foreign word, or one
    shaped like a Korean name that the analyzer reads as a person's too (선발 마이클 로건은)."""
    words = view.words
    if j + 2 >= len(words):
        return None
    first, last = words[j + 1], words[j + 2]
    first_person = view.person_word(first, whole=bool(first.particle))  # 사카이: its 이 reads as a particle
    if (first.particle and not view.person_word(first, whole=True) or view.joined(first.end, last.start)
            or not _FOREIGN_PART.fullmatch(first.text)
            or len(first.text) < 2 or lexicon.is_korean_name(first.text) and not first_person
            or lexicon.split_title(first.text)
            or first.text in lexicon.function_words() or first.text in lexicon.not_names()
            or _is_org_word(first, orgs) or not view.person_word(last)
            or lexicon.is_korean_name(last.stem) and not first_person):  # 레베카 하워드
        return None
    return [first, last]


# A quotation closed, then its speaker's name in brackets: "…"(한지민)
_SPEAKER_AFTER_QUOTE = re.compile(r"[\"”’']\(([가-힣]{2,4})\)")


def _quoted_speakers(text: str, people: People) -> None:
    """The speaker named only after a quotation, when the name is shaped like a Korean one."""
    for match in _SPEAKER_AFTER_QUOTE.finditer(text):
        name = match.group(1)
        if name not in people.found and lexicon.is_korean_name(name) and not _is_aside(name) and not _one_dictionary_word(name):
            people.found[name] = Found(name, first=match.start(1))


def _named_after_a_body(view: _View, people: People) -> None:
    """A Korean name right after a body's whole mention, with no title, as the subject or object
    of its clause (삼성 서동민이, LG 한정훈은, 두산 탁민재는): a person of that body (a player of
    a team, mostly). The analyzer must read the name as a person's."""
    orgs, words = people.organisations, view.words
    for body, name in zip(words, words[1:]):
        if (body.particle or name.particle not in _NAMED_PARTICLES or view.joined(body.end, name.start)
                or not orgs.spans_whole(body.start, body.end) or orgs.covering(name.start, name.end)):
            continue  # 한화 이글스: the body's name goes on
        text = _name_text(name)
        if text in people.found or people.at(name.start, name.start + len(text)) or not view.known_korean_name(name):
            continue
        key = orgs.covering(body.start, body.end)
        if orgs.found[key].kind in ("international", "local"):
            continue
        person = people.found.setdefault(text, Found(text, first=name.start))
        person.organisation = orgs.found[key].name
        person.mentions.append([name.start, name.start + len(text)])
        people.spans.append((name.start, name.start + len(text), text))


def _add_repeated_mentions(text: str, people: People) -> None:
    """Every later occurrence of a full name is a mention too."""
    for person in people.found.values():
        for start in lexicon.occurrences(text, person.name):
            span = [start, start + len(person.name)]
            inside_a_word = not lexicon.particle_follows(text, span[1])  # 배경훈 in 배경훈씨는 is fine
            if inside_a_word or any(s <= span[0] < e for s, e in person.mentions):
                continue
            person.mentions.append(span)
            people.spans.append((span[0], span[1], person.name))


def _bodies_named_as_theirs(document: Document, people: People) -> None:
    """``은하람의 소속사 바람엔터테인먼트``: the body named after a person's name, 의 and a noun for
    the body one belongs to (data/membership_nouns.txt)."""
    words, orgs = document.words, people.organisations
    nouns = word_set("membership_nouns.txt")
    for owner, noun, body in zip(words, words[1:], words[2:]):
        person = people.found.get(owner.stem) if owner.particle == "의" else None
        key = orgs.covering(body.start, body.start + len(body.stem)) if noun.stem in nouns and not noun.particle else None
        if person is not None and key and not person.organisation:
            person.organisation = orgs.found[key].name


def _bodies_after_a_list(document: Document, people: People) -> None:
    """``한서진 의원 등 더불어민주당 의원 9명``, ``A 부총재, B 부총재 등 아시아개발은행 인사들``: the
    people listed before 등 belong to the body written right after it."""
    words, orgs = document.words, people.organisations
    for k, word in enumerate(words[1:-1], start=1):
        following = words[k + 1]
        key = orgs.covering(following.start, following.start + len(following.stem)) if word.text == "등" else None
        if key is None:
            continue
        first = k
        while first > 0 and not words[first - 1].particle and words[first - 1].text[-1] not in _CLAUSE_END:
            first -= 1
        segment = (words[first].start, word.start)
        listed = {name for start, end, name in people.spans if segment[0] <= start and end <= segment[1]}
        written = {orgs.found[k].name for start, _, k in orgs.spans if segment[0] <= start < segment[1]}
        for name in listed:  # a body written in the list itself stays the person's (국민의힘 김하늘 의원 등)
            if people.found[name].organisation not in written:
                people.found[name].organisation = orgs.found[key].name


def _bodies_of_subjects(document: Document, people: People) -> None:
    """A titled person named with no body who acts or speaks as their sentence's subject
    (봉현준 대표는 "…"라고 말했다) speaks for the body that was the subject of a sentence before,
    in the same paragraph or the one before it (네오셀바이오는 …; 한화는 … 이겼다. 에이스 류건우는 …).
    ``이 회사``, ``회사는``: the body of that kind last a subject (else last named)."""
    words, orgs = document.words, people.organisations
    honorifics = word_set("honorifics.txt")
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(document.text)]
    subjects: list[tuple[int, int, organisations.Found]] = []  # sentence start, paragraph, body
    for start, _ in document.sentences:
        i = bisect.bisect_left(document.word_starts, start)
        body = _subject_body(words, i, orgs, subjects) if i < len(words) and words[i].start == start else None
        if body:
            subjects.append((start, bisect.bisect(breaks, start), body))
    for person in people.found.values():
        if person.organisation or person.first == _ONLY_IN_CAPTIONS or all(t in honorifics for t in person.titles):
            continue
        i = bisect.bisect_left(document.word_starts, person.first)
        if not _is_subject(words, i, document.text):
            continue
        sentence = max((s for s, _ in document.sentences if s <= person.first), default=0)
        before = [subject for subject in subjects if subject[0] < sentence]
        stand_in = _stand_in_before(words, i, orgs, before)
        paragraph = bisect.bisect(breaks, person.first)
        body = stand_in or next((body for _, at, body in reversed(before) if paragraph - at <= 1), None)
        person.organisation = body.name if body else None


def _subject_body(words: list[lexicon.Token], i: int, orgs: Organisations,
                  subjects: list[tuple[int, int, organisations.Found]]) -> organisations.Found | None:
    """The body a sentence starting at word ``i`` has as its subject or topic: ``한화는``,
    ``누리 측 관계자는``, ``회사는`` (the company before), after an opener (한편 누리노조는)."""
    if words[i].stem in word_set("discourse_words.txt") and not words[i].particle and i + 1 < len(words):
        i += 1
    if not orgs.covering(words[i].start, words[i].start + len(words[i].stem)):
        body = _stand_in_before(words, i + 1, orgs, subjects)
        return body if body and _is_subject(words, i) else None
    # the last body of the phrase: 누리중공업 노조는 is the union, 수원지검 안산지청 형사1부는 the branch
    body = None
    for word in words[i:i + _SUBJECT_REACH + 1]:
        key = orgs.covering(word.start, word.start + len(word.stem))
        body = orgs.found[key] if key else body
        if word.particle:
            return body if word.particle in _SUBJECT_PARTICLES else None
    return None


def _is_subject(words: list[lexicon.Token], i: int, text: str = "") -> bool:
    """Whether the name at word ``i`` is its sentence's subject or topic: the name or its
    title carries the particle (류건우는, 봉현준 대표는); names listed with commas before it
    count as one (길소담, 반도율, 모지헌 시의원은), when ``text`` is given."""
    reach = i + _SUBJECT_REACH
    for k in range(i, len(words)):
        if k >= reach:
            return False
        word = words[k]
        if word.particle:
            return word.particle in _SUBJECT_PARTICLES
        if text and k + 1 < len(words) and text[word.end:words[k + 1].start].strip() in _LIST_MARKS:
            reach += 1
    return False


def _stand_in_before(words: list[lexicon.Token], i: int, orgs: Organisations,
                     subjects: list[tuple[int, int, organisations.Found]]) -> organisations.Found | None:
    """The body a bare noun right before word ``i`` stands for (``이 회사 권석진 대표``, ``회사는``):
    the last subject of its kind (data/stand_in_bodies.tsv), else the last body of it named."""
    if i == 0:
        return None
    noun = words[i - 1]
    rule = next((row for row in table("stand_in_bodies.tsv") if row["noun"] == noun.stem), None)
    if rule is None or len(noun.stem) < 2:
        return None
    if noun.particle == "" and not (i >= 2 and words[i - 2].text in word_set("determiners.txt")):
        return None
    kinds = set(cell_values(rule["kinds"]))
    subject = next((body for _, _, body in reversed(subjects) if body.kind in kinds), None)
    named = [key for start, _, key in orgs.spans if start < noun.start and orgs.found[key].kind in kinds]
    return subject or (orgs.found[named[-1]] if named else None)
