"""People named in the text: found by their title, the way Korean news writes them.

Forms: ``이름 직함`` (배경훈 장관), ``이름 [기관] 직함`` (배경훈 과학기술정보통신부 장관),
``[기관] 이름 직함`` (과기정통부의 배경훈 장관), ``[기관] 직함 이름`` (산업부 장관 김정관은),
glued titles (정보통신정책실장, 경남지사), ``A 겸 B`` (부총리 겸 과기정통부 장관), and foreign
names in Hangul (마이클 크라치오스 실장, 더 프엉 부회장). Short forms (배 장관, 크라치오스 실장)
are further mentions of someone introduced before, never new people.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from ..datafiles import table
from ..datafiles import words as words_of
from ..record import Person
from . import lexicon, organisations
from .document import Document
from .organisations import Organisations, lookup

_FOREIGN_PART = re.compile(r"[가-힣]{1,6}")
_COMMON_NOUN_ENDING = re.compile(r"(?:들|국|부|계|측|층|자|급|직|별|간)$")  # 각국, 관계자, 차관급 …
_VERB_ENDING = re.compile(r"(?:해|며|면|다|록|한|할|된|는|던|고)$")  # 방문해, 위해: not part of a name
_MAX_ORG_WORDS = 4
_TITLE_ABBREVIATION = re.compile(r"\([A-Za-z]{2,6}\)$")  # 최고경영자(CEO)
_AGED = re.compile(r"(?P<name>[가-힣]{2,4})\(\d{1,3}\)")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n")
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

    def at(self, start: int, end: int) -> str | None:
        for s, e, name in self.spans:
            if s < end and start < e:
                return name
        return None

    def records(self) -> list[Person]:
        return [f.record() for f in sorted(self.found.values(), key=lambda f: f.first)]


def find(document: Document, captions: list[Document], orgs: Organisations,
         caption_orgs: list[Organisations]) -> People:
    people = People()
    _scan(document, orgs, people, in_text=True)
    _add_repeated_mentions(document.text, people)
    for caption, found_orgs in zip(captions, caption_orgs, strict=True):
        _scan(caption, found_orgs, people, in_text=False)
    people.spans.sort()
    return people


def _scan(document: Document, orgs: Organisations, people: People, in_text: bool) -> None:
    """Find people by their titles: each title word looks back over bodies to a name.
    ``in_text`` is False for captions: their people are kept, but not their positions."""
    text, words, published = document.text, document.words, document.reference_date
    sentence_starts = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    title_ends = lexicon.title_last_letters()
    for j, word in enumerate(words):
        title_word = word.stem
        if title_word[-1] == ")":  # 최고경영자(CEO)
            title_word = _TITLE_ABBREVIATION.sub("", title_word)
        if title_word[-1:] not in title_ends:
            continue
        split = lexicon.split_title(title_word)
        if split is None or orgs.covering(word.start, word.end) and not split[0]:
            continue
        name_end = j - 1
        between = []
        while name_end >= 0 and j - name_end <= _MAX_ORG_WORDS + 1:
            if _is_org_word(words[name_end], orgs):
                between.append(words[name_end])
            elif words[name_end].text not in lexicon.title_modifiers():  # 신임, 전: "김 신임 원장"
                break
            name_end -= 1
        if name_end < 0:
            continue
        sentence_start = max([s for s in sentence_starts if s <= words[name_end].start], default=0)
        short_form = [words[name_end]] if _known(people, words[name_end].text, 1, words[name_end].start) else None
        name_words = _name_before(words, name_end, orgs, bool(between), split[1], bool(short_form)) or short_form
        if name_words is None:
            _title_then_name(words, j, text, orgs, published, people, in_text, sentence_start)
            continue
        name = " ".join(w.text for w in name_words)
        start, end = name_words[0].start, name_words[-1].end
        person = _known(people, name, len(name_words), start)
        if person is None and len(name) == 1:
            continue  # a short form whose person was never introduced
        if person is None:
            person = people.found.setdefault(name, Found(name, first=start if in_text else _ONLY_IN_CAPTIONS))
        joint_titles = _joint_titles(words, j, text)
        organisation = (_organisation_of(between, word, split, orgs, published, in_text)
                        or _joint_organisation(joint_titles, published))
        if organisation is None and not between:  # "트럼프 미국 대통령": a country, not a body
            organisation = _nearest(orgs, start, sentence_start)
        if organisation and not person.organisation:
            person.organisation = organisation
        if title_word not in person.titles and person.name == name:
            person.titles.append(title_word)
            person.titles.extend(t for t in joint_titles if t not in person.titles)
        if in_text:
            mention_end = end if person.name == name else word.start + len(title_word)
            person.mentions.append([start, mention_end])
            people.spans.append((start, mention_end, person.name))


def _is_org_word(word: lexicon.Token, orgs: Organisations) -> bool:
    """A word naming a body or a country (not a title written onto one: 정보통신정책실장)."""
    stem = word.stem
    if lexicon.split_title(stem):
        return False
    return bool(orgs.covering(word.start, word.end)) or stem in lexicon.country_by_form() or stem in lexicon.country_short_forms()


def _name_before(words: list[lexicon.Token], k: int, orgs: Organisations, org_between: bool,
                 title: str, short_form: bool) -> list[lexicon.Token] | None:
    """The name ending at word ``k``; ``short_form``: that word is a short form of someone
    named before (배 for 배경훈), which a lone surname then is."""
    word = words[k]
    aged = _AGED.fullmatch(word.text)
    if aged and lexicon.is_korean_name(aged["name"]):  # 박윤규(58): the age is not part of the name
        return [word._replace(end=word.start + len(aged["name"]), text=aged["name"], stem=aged["name"], particle="")]
    if lexicon.is_korean_name(word.text):
        return [word]
    if len(word.text) == 1 and word.text in lexicon.surnames():
        foreign = _foreign_name(words, k, orgs, org_between) if not short_form else None
        return foreign or [word]  # 젠슨 황 엔비디아 CEO, 엔비디아의 젠슨 황 CEO; else a short form: 배 장관
    return _foreign_name(words, k, orgs, org_between, title)


def _foreign_name(words: list[lexicon.Token], k: int, orgs: Organisations, org_between: bool,
                  title: str = "") -> list[lexicon.Token] | None:
    """A foreign name in Hangul ending at word ``k``: up to three plain words (마이클 크라치오스,
    더 프엉); it must be two words, or stand next to a body or before a head-of-state title."""
    parts: list[lexicon.Token] = []
    i = k
    while i >= 0 and len(parts) < 3:
        candidate = words[i]
        text = candidate.text
        if (not _FOREIGN_PART.fullmatch(text) or text in lexicon.not_names() or text in lexicon.function_words()
                or candidate.particle
                or _VERB_ENDING.search(text)
                or _is_org_word(candidate, orgs) or lexicon.split_title(text)
                or (not parts and lexicon.is_korean_name(text))
                or text in lexicon.places() or (parts and parts[0].start - candidate.end != 1)):
            break
        parts.insert(0, candidate)
        i -= 1
    if not parts:
        return None
    before_is_org = i >= 0 and _is_org_word(words[i], orgs)
    if len(parts[-1].text) < 2 and not (len(parts) >= 2 and (org_between or before_is_org)):  # 젠슨 황, with a body
        return None
    if org_between or before_is_org:
        return parts
    if len(parts) >= 2 and title not in words_of("ambiguous_titles.txt"):
        return parts
    if len(parts) == 1 and title in words_of("head_titles.txt") and not _COMMON_NOUN_ENDING.search(parts[0].text):
        return parts
    return None


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


class _GluedBody(NamedTuple):
    """What a title written onto a body's name says: ``경남지사``, ``정보통신정책실장``."""

    ending: str
    kind: str
    unit: bool


@cache
def _glued_bodies() -> dict[str, tuple[_GluedBody, ...]]:
    bodies: dict[str, tuple[_GluedBody, ...]] = {}
    for row in table("title_bodies.tsv"):
        bodies[row["title"]] = bodies.get(row["title"], ()) + (_GluedBody(row["body_ending"], row["kind"], row["unit"] == "yes"),)
    return bodies


def _organisation_of(between, word: lexicon.Token, split: tuple[str, str], orgs: Organisations, published,
                     in_text: bool) -> str | None:
    """The body written with the person: between name and title, else glued to the title."""
    keys = (orgs.covering(other.start, other.end) for other in reversed(between))
    named = next((orgs.found[key].name for key in keys if key), None)
    glued = _glued_organisation(word, split, orgs, published, in_text)
    return named or glued


def _glued_organisation(word: lexicon.Token, split: tuple[str, str], orgs: Organisations, published,
                        in_text: bool) -> str | None:
    """``경남지사`` -> 경상남도, ``정보통신정책실장`` -> 정보통신정책실 (a unit: its head's organisation
    stays the ministry named nearby, so None here). A body the text names only this way is
    added to the organisations: someone holds office in it."""
    prefix, title = split
    if not prefix or not lexicon.HANGUL.match(prefix[-1]):
        return None
    covered = orgs.covering(word.start, word.start + len(prefix))
    if covered:
        return orgs.found[covered].name
    glued = _glued_bodies().get(title, ())
    for form in (prefix, prefix + title[0], *(prefix + g.ending for g in glued)):
        body = lookup(form)
        if body:
            if in_text:
                orgs.add(body.id, word.start, word.start + len(prefix),
                         lambda b=body: organisations.Found(b.name_on(published), b.kind, b.country, b.all_names()))
            return body.name_on(published)
    abbreviated = _abbreviated_in_text(prefix + title[0], orgs)
    if abbreviated:
        if in_text:
            orgs.add(abbreviated.key, word.start, word.start + len(prefix) + 1, lambda f=abbreviated: f)
        return abbreviated.name
    for shape in glued:
        name = prefix + shape.ending
        if len(prefix) >= 2 and in_text:
            written = len(prefix) + len(os.path.commonprefix([title, shape.ending]))  # 정보통신정책실(장)
            orgs.add(name, word.start, word.start + written,
                     lambda n=name, k=shape.kind: organisations.Found(n, k, "KR" if k == "local" else None, []))
        return None if shape.unit else name
    return None


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


def _joint_organisation(joint_titles: list[str], published) -> str | None:
    """``과기정통부 장관`` of ``부총리 겸 과기정통부 장관``."""
    for title in joint_titles:
        for word in title.split()[:-1]:
            body = lookup(word)
            if body:
                return body.name_on(published)
    return None


def _nearest(orgs: Organisations, position: int, sentence_start: int) -> str | None:
    """The body named last before the person in the same sentence (not a summit's host forum)."""
    found = orgs.before(position, sentence_start, exclude_kind="international")
    return found.name if found else None


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


def _title_then_name(words, j, text, orgs, published, people, in_text, sentence_start) -> None:
    """``산업부 장관 김정관은``: a title, then a Korean name."""
    if j + 1 >= len(words):
        return
    title_word = words[j].stem
    if (title_word not in lexicon.titles() or words[j].particle or j == 0
            or not orgs.covering(words[j - 1].start, words[j - 1].end)):
        return  # only "[기관] 직함 이름": 산업부 장관 김정관은 (not 장관은 예산안을)
    name_word = words[j + 1]
    name = name_word.stem
    if not lexicon.is_korean_name(name) or name in people.found:
        return
    person = people.found.setdefault(name, Found(name, [title_word], first=name_word.start if in_text else _ONLY_IN_CAPTIONS))
    between = [w for w in words[max(0, j - _MAX_ORG_WORDS): j] if orgs.covering(w.start, w.end)]
    person.organisation = _organisation_of(between[-1:], words[j], ("", title_word), orgs, published, in_text) \
        or _nearest(orgs, words[j].start, sentence_start)
    if in_text:
        person.mentions.append([name_word.start, name_word.start + len(name)])
        people.spans.append((name_word.start, name_word.start + len(name), name))


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
