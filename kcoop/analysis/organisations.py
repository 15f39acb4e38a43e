"""Organisations named in the text: gazetteer bodies, and unknown bodies by their shape.

Known bodies come from ``data/organisations/*.tsv`` (one file a domain); the canonical name is the one in force
on the published date. Unknown bodies are found by their ending (``…위원회``, ``…연구소``,
``…TF``), with the plain nouns before the ending (``한-미 과학기술공동위원회``,
``산학연 전문가 TF``), and as a country's ministry (``말레이시아 디지털 부``). Every mention of
one body becomes one entry.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from ..datafiles import cell_values, table, word_set, words
from ..datafiles import names as data_files
from ..record import Organisation
from . import lexicon, morphology
from .document import Document

_CLOSING = ".,;:!?)]}”’\"'…"
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_KEY_NOISE = re.compile(r"[\s\-‐·‧ㆍ()（）]")
_MODIFIER = re.compile(r"[A-Za-z][A-Za-z0-9&]*|(?:[A-Za-z0-9]+-)?[가-힣]+(?:[-·][가-힣]+)*(?:\([A-Za-z0-9&]+\))?|[가-힣]*\([A-Za-z0-9&]+\)[가-힣]*")
# A local government is a body only where it acts or someone holds office in it.
# Particles of a party (subject, topic, partner, possessor), not of a place (에서, 로 …).
_ACTING_PARTICLES = ("은", "는", "이", "가", "와", "과", "도", "의")
_MINISTRY_ENDINGS = ("부", "성", "청", "처", "국")
_LIST_MARKS = "·‧ㆍ/"
_LOCAL_OFFICE_REACH = 24  # letters after a local government's name where its office may stand
_LOCAL_UNITS = ("", "시", "군")  # 창원 is 창원시, 양평 양평군
_PAIR_MARKS = re.compile(r"[-‐·ㆍ]")
_DISTRICT_LETTERS = frozenset("시군구동읍면리로길")  # the last letters of a district's or street's name


class _Name(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    start: dt.date | None
    until: dt.date | None


class Body(NamedTuple):
    """One gazetteer body, with its names over time."""

    id: str
    kind: str
    country: str | None
    names: tuple[_Name, ...]

    def name_on(self, date: dt.date | None) -> str:
        for period in self.names:
            if date and (period.start is None or period.start <= date) and (period.until is None or date <= period.until):
                return period.name
        if date is None:
            return self.names[-1].name
        return min(self.names, key=lambda p: abs(((p.start or p.until) - date).days)).name

    def all_names(self) -> list[str]:
        seen: list[str] = []
        for period in self.names:
            for form in (period.name, *period.aliases):
                if form not in seen:
                    seen.append(form)
        return seen


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


_GAZETTEER = "organisations"  # a folder of data/: every .tsv file in it, same columns


@cache
def gazetteer() -> tuple[dict[str, Body], dict[str, str], re.Pattern]:
    """Bodies by id, body id by every surface form's key, and a pattern matching any form."""
    grouped: dict[str, list[dict[str, str]]] = {}
    for name in data_files(_GAZETTEER):  # the packaged files and the user's
        for row in table(name):
            grouped.setdefault(row["id"], []).append(row)
    bodies: dict[str, Body] = {}
    by_key: dict[str, str] = {}
    forms: set[str] = set()
    for body_id, rows in grouped.items():
        names = tuple(_Name(r["name"], tuple(cell_values(r["aliases"])), _date(r["from"]), _date(r["until"])) for r in rows)
        bodies[body_id] = Body(body_id, rows[0]["kind"], rows[0]["country"] or None, names)
        for form in bodies[body_id].all_names():
            by_key.setdefault(_key(form), body_id)
            forms.update({form, form.replace(" ", "")})
    return bodies, by_key, re.compile(lexicon.literal_pattern(forms))  # word boundaries: _bounded


@cache
def _not_organisations() -> frozenset[str]:
    return frozenset(_key(w) for w in words("not_organisations.txt"))


def _key(name: str) -> str:
    return _KEY_NOISE.sub("", name).lower()


def lookup(form: str) -> Body | None:
    """The gazetteer body with this name or short form."""
    bodies, by_key, _ = gazetteer()
    body_id = by_key.get(_key(form))
    return bodies[body_id] if body_id else None


@dataclass
class Found:
    name: str
    kind: str
    country: str | None
    aliases: list[str] = field(default_factory=list)
    mentions: list[list[int]] = field(default_factory=list)
    key: str = ""

    def record(self) -> Organisation:
        return Organisation(self.name, [a for a in self.aliases if a != self.name], self.kind, self.country,
                            sorted(self.mentions))


@dataclass
class Organisations:
    """The bodies of one text, in order of first mention, and where each is mentioned."""

    found: dict[str, Found] = field(default_factory=dict)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, key)

    def add(self, key: str, start: int, end: int, make) -> Found:
        if key not in self.found:
            self.found[key] = make()
            self.found[key].key = key
        self.found[key].mentions.append([start, end])
        bisect.insort(self.spans, (start, end, key))
        return self.found[key]

    def move(self, start: int, end: int, key: str) -> None:
        """Make the mention at ``start:end`` one of body ``key``'s, taking it from the body it
        was given to (dropped when that was its only mention)."""
        for span in [s for s in self.spans if s[0] == start and s[1] == end]:
            self.spans.remove(span)
            previous = self.found[span[2]]
            previous.mentions.remove([start, end])
            if not previous.mentions:
                del self.found[span[2]]
        self.found[key].mentions.append([start, end])
        bisect.insort(self.spans, (start, end, key))

    def drop(self, key: str) -> Found:
        """Take body ``key`` out, with its mentions."""
        self.spans = [span for span in self.spans if span[2] != key]
        return self.found.pop(key)

    def spans_whole(self, start: int, end: int) -> bool:
        """Whether one body's mention runs over all of ``start:end`` (충남도, whose 도 is no particle)."""
        i = bisect.bisect_left(self.spans, (end + 1,))
        return i > 0 and self.spans[i - 1][0] <= start and self.spans[i - 1][1] >= end

    def covering(self, start: int, end: int) -> str | None:
        """The body mentioned over any of ``start:end`` (spans are sorted and do not nest)."""
        i = bisect.bisect_left(self.spans, (end,))
        while i > 0:
            s, e, key = self.spans[i - 1]
            if e > start:
                return key
            if e <= start and s < start - 64:  # no mention is that long
                return None
            i -= 1
        return None

    def before(self, position: int, limit: int, exclude_kind: str | None = None) -> Found | None:
        """The body mentioned last before ``position`` (but not before ``limit``)."""
        best = None
        for start, end, key in self.spans:
            if self.found[key].kind == exclude_kind:
                continue
            if limit <= start and end <= position and (best is None or start > best[0]):
                best = (start, key)
        return self.found[best[1]] if best else None

    def records(self) -> list[Organisation]:
        ordered = sorted(self.found.values(), key=lambda f: min(m[0] for m in f.mentions))
        return [f.record() for f in ordered]


def find(document: Document) -> Organisations:
    orgs = Organisations()
    _find_known(document, orgs)
    _find_prefixed(document, orgs)
    _find_by_shape(document, orgs)
    _defined_short_forms(document.text, orgs)
    _named_after_kind(document, orgs)
    _parties_in_brackets(document, orgs)
    _find_teams(document, orgs)
    _find_universities(document, orgs)
    _school_short_forms(document, orgs)
    _team_short_forms(document, orgs)
    _places_before_bodies(document.text, orgs)
    _parents_of_bare_units(document.text, orgs)
    _spelled_short_forms(orgs)
    return orgs


# Kinds of body a city or district written before names only as the place it stands in
# (전남 목포시 한빛중공업, 서울 은평구 맑은숨내과의원); a government office after it may be its own
# (충남도 보건정책과)
_PLACED_KINDS = frozenset({"company", "other", "university", "civic", "media", "union", "research"})


def _next_body(text: str, end: int, orgs: Organisations, possessive: bool = False) -> str | None:
    """The body mentioned right after ``end``, one space away (or after 의 and a space where
    ``possessive``: 목포시의 한빛중공업)."""
    if possessive and text[end: end + 2] == "의 ":
        end += 1
    if text[end: end + 1] != " ":
        return None
    i = bisect.bisect_left(orgs.spans, (end + 1,))
    return orgs.spans[i][2] if i < len(orgs.spans) and orgs.spans[i][0] == end + 1 else None


def _places_before_bodies(text: str, orgs: Organisations) -> None:
    """A local government every mention of which stands right before a company's, a school's
    or a clinic's name (목포시 한빛중공업, 목포시의 한빛중공업) is the place those stand in, not a body
    of the article."""
    for key, found in list(orgs.found.items()):
        if found.kind != "local":
            continue
        following = [_next_body(text, end, orgs, possessive=True) for _, end in found.mentions]
        if all(k and k != key and orgs.found[k].kind in _PLACED_KINDS for k in following):
            orgs.drop(key)


def _parents_of_bare_units(text: str, orgs: Organisations) -> None:
    """``인하대 병원``: a university named only before a unit written as a bare ending (의료원,
    병원) is that unit's name, one entry: the unit's, with the university's names as its aliases."""
    for key, found in list(orgs.found.items()):
        following = {_next_body(text, end, orgs) for _, end in found.mentions}
        unit = next(iter(following)) if len(following) == 1 else None
        if unit is None or unit == key or found.kind != "university":
            continue  # 현대차 노조: a company and its union are two bodies
        named = orgs.found[unit]
        written = text[found.mentions[0][0]: found.mentions[0][1]]
        if not named.name.startswith(written + " ") or named.name[len(written) + 1:] not in _shapes():
            continue
        orgs.drop(key)
        for alias in (written, found.name, *found.aliases):
            _add_alias(named, alias)


def _spelled_short_forms(orgs: Organisations) -> None:
    """``청수협의회`` beside ``청소년수련시설협의회``: a body the shape finder named whose name
    takes its letters, in order but not all in a row, from another's with the same ending and
    first letter is that body's short form, not a body of its own (다온은행 beside
    다온캐피탈저축은행 is a body)."""
    for key, found in list(orgs.found.items()):
        ending = _ending(found.name)
        if not ending or " " in found.name or len(found.name) - len(ending[0]) < 2 or lookup(found.name):
            continue
        short = found.name[: -len(ending[0])]
        for other_key, other in orgs.found.items():
            longer = other.name.rsplit(" ", 1)[-1]
            if (other_key == key or len(longer) <= len(found.name) or not longer.endswith(ending[0])
                    or longer[0] != short[0] or short in longer  # 다온은행 is no short form of 다온캐피탈저축은행
                    or not _letters_in_order(short, longer[: -len(ending[0])])):
                continue
            orgs.drop(key)
            for start, end in found.mentions:
                orgs.add(other_key, start, end, lambda o=other: o)
            _add_alias(other, found.name)
            break


def _letters_in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(letter in rest for letter in short)


@cache
def _school_endings() -> tuple[tuple[str, str], ...]:
    return tuple((row["ending"], row["short"]) for row in table("school_short_forms.tsv"))


def _school_short_forms(document: Document, orgs: Organisations) -> None:
    """``새빛초등학교`` … ``새빛초는``: a school named in full is the same body under its short form
    (data/school_short_forms.tsv) wherever that stands as a word of its own."""
    shorts: dict[str, str] = {}
    for key, found in orgs.found.items():
        last = found.name.rsplit(" ", 1)[-1]
        ending = next((e for e in _school_endings() if last.endswith(e[0]) and len(last) > len(e[0]) + 1), None)
        if ending:
            shorts.setdefault(last[: -len(ending[0])] + ending[1], key)
    for token in document.words if shorts else ():
        key = shorts.get(token.stem)
        if key is None or orgs.covering(token.start, token.start + len(token.stem)):
            continue
        _add_alias(orgs.add(key, token.start, token.start + len(token.stem), lambda k=key: orgs.found[k]), token.stem)


def _team_short_forms(document: Document, orgs: Organisations) -> None:
    """A club named in full (``LG 트윈스``, ``울산 HD``) is the body its first word names alone in
    the same text (``LG는``, ``두산과``, ``울산 제성민 감독``), not the group or company whose
    short form that word also is."""
    teams: dict[str, str] = {}
    for key, found in orgs.found.items():
        if found.kind != "other":
            continue
        for name in (found.name, *found.aliases):
            first = name.split()[0]
            if " " in name and len(first) >= 2 and first not in lexicon.country_by_form():
                teams.setdefault(first, key)
    if not teams:
        return
    for token in document.words:
        key = teams.get(token.stem)
        if key is None or key not in orgs.found:
            continue
        other = orgs.covering(token.start, token.start + len(token.stem))
        if other is None or other != key and orgs.found[other].kind == "company" and [token.start, token.start + len(token.stem)] in orgs.found[other].mentions:
            orgs.move(token.start, token.start + len(token.stem), key)


def _find_known(document: Document, orgs: Organisations) -> None:
    bodies, by_key, pattern = gazetteer()
    text, reference_date = document.text, document.reference_date
    for match in pattern.finditer(text):
        start, end = match.span()
        surface = match.group(0)
        if not _bounded(document, start, end, surface):
            continue
        body = bodies[by_key[_key(surface)]]
        if body.kind == "local" and not _local_body_acts(text, end):
            continue
        found = orgs.add(body.id, start, end, lambda b=body: Found(b.name_on(reference_date), b.kind, b.country, b.all_names()))
        if surface not in found.aliases and " " not in surface:
            found.aliases.append(surface)


def _local_body_acts(text: str, end: int) -> bool:
    """Whether a local government's name ending at ``end`` names the body, not the place: it
    acts or holds an office written onto it (경남도는, 경남지사), or an office is written after
    it (충남도 보건정책과장, 예산군 황보석진 군수, 전주시 예산법무과 나승희 과장), or it speaks (안산시 관계자는)."""
    if text[end: end + 3].startswith(_local_continuations()):
        return True
    if _listed_with_a_body(text, end):
        return True
    following = text[end: end + _LOCAL_OFFICE_REACH].split("\n", 1)[0].split()[:3] if text[end: end + 1] == " " else []
    if following and lexicon.strip_particle(following[0])[0] in word_set("stand_in_nouns.txt"):
        return True
    return any(lexicon.split_title(lexicon.strip_particle(word)[0]) for word in following)


def _listed_with_a_body(text: str, end: int) -> bool:
    """``전주시, 한국전력, 기업은행 등이 맺은``: a city listed with a body the gazetteer knows (not
    a local government: 서울, 부산 … are places listed) is a party too."""
    if text[end: end + 1] not in (",", "·"):
        return False
    following = text[end + 1: end + 24].split()
    word = lexicon.strip_particle(following[0].rstrip(",·"))[0] if following else ""
    body = lookup(word) if word else None
    return body is not None and body.kind != "local"


@cache
def _local_continuations() -> tuple[str, ...]:
    """What follows a local government that acts (경남도는) or in which someone holds office
    (경남지사): a particle, or the title of a local office (data/title_bodies.tsv)."""
    titles = (row["title"] for row in table("title_bodies.tsv") if row["kind"] == "local")
    return _ACTING_PARTICLES + tuple(titles) + ("청",)  # 청: 경남도청


def _bounded(document: Document, start: int, end: int, surface: str) -> bool:
    text = document.text
    before = text[start - 1: start]
    if _ASCII_WORD.match(surface[:1]) and _ASCII_WORD.match(before):
        return False
    if lexicon.HANGUL.match(surface[:1]) and lexicon.HANGUL.match(before):
        return False
    after = text[end: end + 1]
    if _ASCII_WORD.match(surface[-1:]) and _ASCII_WORD.match(after):
        return False
    if lexicon.HANGUL.match(after):  # 과기정통부는, KT가, 경남지사; not KT클라우드, 서울시의회 or 국회의원
        rest = text[end: end + 8].split()[0]
        if _election_seat(text, end, surface + lexicon.strip_particle(rest)[0]):
            return False
        # the rest of the word all particle (a name the analyzer mis-reads: 한빛누리는), else its reading
        return (lexicon.is_particle(rest.rstrip(_CLOSING)) or _particle_follows(document, end)
                or _title_glued(surface, rest))
    return True


def _election_seat(text: str, end: int, word: str) -> bool:
    """``국회의원 재선거``, ``국회의원 후보``: a member's title (data/member_titles.txt) before an
    election's word (data/election_words.txt) names a seat run for, not the body acting."""
    if word not in word_set("member_titles.txt"):
        return False
    following = text[end: end + 40].split(maxsplit=2)  # the rest of the word (의원), then the next word
    return len(following) > 1 and following[1].startswith(words("election_words.txt"))  # 보궐선거를


def _particle_follows(document: Document, end: int) -> bool:
    """Whether the analyzer reads the letters after ``end`` as a particle or the copula
    (과기정통부는, KT이다), not as more of the word: 의 of 서울시의회 is a noun's first letter,
    and 국회 of 국회의원 no word of its own."""
    last = document.morpheme_at(end - 1)
    following = document.morpheme_at(end)
    if last is None or following is None or last.end != end or following.start != end:
        return False
    return following.tag.startswith(("J", "VCP"))


def _title_glued(surface: str, rest: str) -> bool:
    """``우주항공청장``, ``과학기술정책실장``, ``방통위원장``: a title written onto the body's name;
    not one whose office is a body of its own (서울시교육감: 서울시교육청, not 서울시)."""
    rest = lexicon.strip_particle(rest)[0]
    if rest in lexicon.titles() and any(lookup(surface + g.ending) for g in glued_bodies().get(rest, ())):
        return False
    return any(candidate in lexicon.titles() for candidate in (rest, surface[-1] + rest))


class GluedBody(NamedTuple):
    """What a title written onto a body's name says: ``경남지사``, ``정보통신정책실장``."""

    ending: str
    kind: str
    unit: bool


@cache
def glued_bodies() -> dict[str, tuple[GluedBody, ...]]:
    bodies: dict[str, tuple[GluedBody, ...]] = {}
    for row in table("title_bodies.tsv"):
        bodies[row["title"]] = bodies.get(row["title"], ()) + (GluedBody(row["body_ending"], row["kind"], row["unit"] == "yes"),)
    return bodies


class _Shape(NamedTuple):
    kind: str
    shortest: int  # letters of the whole word, at least
    needs_name: bool  # the ending is also a common word: the part before it must name something
    modifiable: bool  # alone, after common nouns, it names a body (대응 TF, 민관 협의체, 해병 특검)
    needs_parent: bool  # the ending is a common word a body's unit is named with: only after that body
    needs: str = ""  # school: a name of any words, not a kind of school; clinic: a name, then a
    # department; acts: a particle of a party after it (a place's name else); place: a place's
    # name of any words


@cache
def _shapes() -> dict[str, _Shape]:
    """Endings that make a body, from data/org_suffixes.tsv and data/body_shapes.tsv (which adds
    to and overrides the first)."""
    rows = (*table("org_suffixes.tsv"), *table("body_shapes.tsv"))
    return {r["suffix"]: _Shape(r["kind"], int(r["min_length"]), r.get("needs") in ("name", "parent", "name_or_repeated"),
                                r.get("bare") == "any" or r["kind"] == "committee" or r["suffix"].isascii(),
                                r.get("needs") == "parent", r.get("needs") or "") for r in rows}


@cache
def _shape_index() -> tuple[frozenset[str], int]:
    return frozenset(_shapes()), max(map(len, _shapes()))


@cache
def _endings_in_ui() -> tuple[str, ...]:
    """The endings whose last letter is 의 (시민회의, 연대회의), without it."""
    return tuple(suffix[:-1] for suffix in _shapes() if suffix.endswith("의"))


def _ends_in_ui(stem: str) -> bool:
    return stem.endswith(_endings_in_ui()) and _ending(stem + "의") is not None


@cache
def _shape_last_letters() -> tuple[frozenset[str], frozenset[str]]:
    """The last two letters a body's name can end with, and the one-letter endings (or ``*``
    and ``)`` after a name): a cheap test before the real one (a last letter alone let through
    every verb in -고 for 새마을금고)."""
    endings = (*_shapes(), *_MINISTRY_ENDINGS)
    return (frozenset(e[-2:] for e in endings if len(e) > 1),
            frozenset(e for e in endings if len(e) == 1) | {"*", ")"})


def _may_end_a_body(word: str) -> bool:
    pairs, singles = _shape_last_letters()
    return word[-2:] in pairs or word[-1] in singles


# 영국 AI보안연구소(AISI), 한국에너지공과대학교(켄텍), 청년농업인연합회(이하 청농연); (가칭) marks a
# provisional name, not a short one
_SHORT_FORM = r"[A-Za-z가-힣][A-Za-z0-9가-힣&]{1,9}"  # AISI, 과기정통부, 청농연
_ABBREVIATED = re.compile(rf"^(?P<name>.+?)\((?:이하\s*)?(?!가칭)(?P<abbr>{_SHORT_FORM}(?: [A-Za-z0-9&]{{2,10}}){{0,2}})\)$")


# ‘동행협의회’란 기구가, '한빛연대'라는: what the quoted name is called by, after the quotation
_NAMING_QUOTE = re.compile(r"(?<=['’”\"])(?:이란|란|이라는|라는)$")
_HEAD = "장"  # 협회장, 연합회장: a body's head written onto its name
_HEADED_KINDS = ("other", "civic")  # 협회, 연합회, 학회; an office's head (정보통신정책실장) is the people's business


def _headed_body(stem: str) -> bool:
    ending = _ending(stem)
    return ending is not None and ending[1].kind in _HEADED_KINDS and not ending[1].needs


def _some_noun(morphemes) -> bool:
    return any(m.tag.startswith(("NNG", "NNP", "SL", "SH")) for m in morphemes)


def _find_by_shape(document: Document, orgs: Organisations) -> None:
    text, words_ = document.text, document.words
    abbreviations: dict[str, str] = {}
    for i, token in enumerate(words_):
        stem = _NAMING_QUOTE.sub("", token.stem).rstrip("*'’”\"")  # 혁신 TF'는, 대응 TF’가: the quotation closes before the particle
        if token.particle == "의" and _ends_in_ui(stem):
            stem += "의"  # 전주시민회의 공동대표: the name's last letter, not a particle
        if stem.endswith(_HEAD) and len(stem) >= 3 and stem not in lexicon.titles() and _headed_body(stem[: -len(_HEAD)]):
            stem = stem[: -len(_HEAD)]  # 한빛카누협회장, 누리드론 협회장을: the body its head is written onto
        if not stem or (not _may_end_a_body(stem) and "(" not in stem):
            continue
        abbreviated = _ABBREVIATED.match(stem) if stem.endswith(")") else None  # 영국 AI보안연구소(AISI)
        # 법률사무소(재단법인 나은, …): what stands before an opened bracket
        core = abbreviated["name"] if abbreviated else stem.split("(")[0]
        known = orgs.covering(token.start, token.start + len(core)) if abbreviated else None
        if known and abbreviated["abbr"].isascii():  # 마이크로소프트(MS): a short form of a known body
            _add_alias(orgs.found[known], abbreviated["abbr"])
            abbreviations[abbreviated["abbr"]] = known
            continue
        listed = max(map(core.rfind, _LIST_MARKS))  # 한빛중공업·누리조선: the last of a list
        marks = len(_LEADING_MARKS.match(core).group(0)) if listed < 0 and _LEADING_MARKS.match(core) else 0  # ▲하나은행
        listed = max(listed, marks - 1)
        start = token.start + listed + 1
        core = core[listed + 1:]
        if not core or not _may_end_a_body(core) or orgs.covering(start, start + len(core)):
            continue
        end = start + len(core) + (len(stem) - len(abbreviated["name"]) if abbreviated else 0)
        ending = _ending(core)
        if core in lexicon.titles() and ending and ending[0] != core:
            continue  # 책임연구원: a title ending like a body (not 특검, a body and a title alike)
        country = None
        parent = None
        if ending is None:
            ministry = _country_ministry(document, i, core)
            if ministry is None:
                continue
            first, country, kind = ministry, ministry_country(words_[ministry].text), "government"
        else:
            kind = ending[1].kind
            first = _extend_left(document, i, orgs, proper_only=kind == "company", bare=core == ending[0]) if listed < 0 else i
            parent = _parent(document, first, orgs) if listed < 0 else None
            if ending[1].needs_parent and not (parent and core != ending[0] and _local_name(core)):
                continue  # 대구지법 김천지원, a court's branch for a city; not 국비지원, 산업부 지원 (support)
            if core == ending[0] and ending[1].needs in ("school", "clinic", "place"):
                continue  # 의원, 초등학교 alone: a legislator, any school
            if (core == ending[0] and i and core in word_set("occupations.txt")
                    and lexicon.is_korean_name(words_[i - 1].text) and not orgs.covering(words_[i - 1].start, words_[i - 1].end)):
                continue  # 누리증권 석태오 연구원: a person's occupation after the name
            if core == ending[0] and (first == i or not ending[1].modifiable):
                first = _bare_first(document, i, first, parent)
                if first is None:
                    _refer_back(orgs, core, start, start + len(core))
                    continue
            elif not _named_by_ending(document, start, core, ending, first < i or parent is not None):
                continue
        name = _LEADING_MARKS.sub("", " ".join([w.text for w in words_[first:i]] + [core]))  # ▲김·장 법률사무소
        if parent:
            name = f"{parent} {name}"
        elif _key(name) in _not_organisations():
            continue
        key = _merge_key(orgs, name)
        country = country or _country_of(name)
        begin = words_[first].start + len(words_[first].text) - len(_LEADING_MARKS.sub("", words_[first].text)) if first < i else start
        found = orgs.add(key, begin, end, lambda n=name, k=kind, c=country: Found(n, k, c, []))
        if name.endswith(found.name) and len(name) > len(found.name):  # 한-미 공동위원회 after 공동위원회
            found.aliases.append(found.name)
            found.name = name
        for alias in (name, abbreviated and abbreviated["abbr"], _abbreviated_name(name, core, ending, abbreviated)):
            if alias:
                _add_alias(found, alias)
        if abbreviated:
            abbreviations[abbreviated["abbr"]] = key
    _mentions_of_abbreviations(text, abbreviations, orgs)


_DEFINED_SHORT_FORM = re.compile(rf"\(이하\s+({_SHORT_FORM})\)")


def _defined_short_forms(text: str, orgs: Organisations) -> None:
    """``청년농업인연합회(이하 청농연)``: the short form the text goes on to use for the body
    right before the bracket (a bracket with a space, which no single word holds)."""
    abbreviations = {}
    for match in _DEFINED_SHORT_FORM.finditer(text):
        key = orgs.covering(match.start() - 1, match.start())
        if key:
            _add_alias(orgs.found[key], match.group(1))
            abbreviations[match.group(1)] = key
    _mentions_of_abbreviations(text, abbreviations, orgs)


@cache
def _body_kinds() -> dict[str, str]:
    return {row["noun"]: row["kind"] for row in table("body_kind_nouns.tsv")}


@cache
def _body_kind_endings() -> tuple[str, ...]:
    return tuple(_body_kinds())


def _quotes_a_body(word: str) -> bool:
    """Whether a quoted name after this noun for a kind of body is such a body (not a product's
    name: 플랫폼 '셀링크')."""
    return next((row["quoted"] != "no" for row in table("body_kind_nouns.tsv") if word.endswith(row["noun"])), False)


def _kind_noun(word: str) -> str | None:
    """The kind of body a word names as a noun for one (제작사, 물류업체), if it does."""
    if not word.endswith(_body_kind_endings()):  # most words: one test
        return None
    return next(kind for noun, kind in _body_kinds().items() if word.endswith(noun))


def _named_after_kind(document: Document, orgs: Organisations) -> None:
    """``제작사 스튜디오푸른빛은``, ``바이오벤처 네오셀바이오가``: a name right after a noun for a kind
    of body (data/body_kind_nouns.tsv) is such a body when the analyzer reads it as a name (a
    proper noun, Latin letters, or pieces no dictionary word makes) and not a person's or a title."""
    words_ = document.words
    named: dict[str, str] = {}
    for previous, token in zip(words_, words_[1:]):
        gap = document.text[previous.end: token.start]
        quoted = gap[1:] in _OPENING_QUOTES and gap[:1] == " "
        noun = previous.stem
        if (noun.endswith(_COPULA) and not previous.particle and _kind_noun(noun[: -len(_COPULA)])
                and morphology.read_alone(noun) is None):  # 기업인: a word of its own
            last = document.morpheme_at(previous.end - 1)  # 민간 의료기관인 밝은눈의원과 (not 기업인, a businessman)
            noun = noun[: -len(_COPULA)] if last is not None and last.tag.startswith("VCP") else noun
        kind = None if previous.particle or not (gap == " " or quoted and _quotes_a_body(noun)) else _kind_noun(noun)
        if kind is None or orgs.covering(previous.start, previous.end):
            continue  # 미래혁신당 노을 후보: a body's name ending like a kind noun (신당) is no kind noun
        if quoted:  # 시민단체 '강릉을걷는사람들'은: the quotation marks bound the name, whatever its words
            quoted = _quoted_name(token.text)
            begin = token.start
            if (not quoted or orgs.covering(begin, begin + len(quoted)) or _key(quoted) in _not_organisations()
                    or _one_common_noun(quoted)):
                continue
            key = named.setdefault(quoted, _merge_key(orgs, quoted))
            orgs.add(key, begin, begin + len(quoted), lambda n=quoted, k=kind: Found(n, k, None, []))
            continue
        name = token.stem
        last = document.morpheme_at(token.end - 1) if token.particle else None
        if last is not None and last.start < token.start + len(name):  # 전주시민회의: 의 ends 회의, no particle
            name = token.text
        if (len(name) < 2 or not _OWN_NAME.fullmatch(name)
                or orgs.covering(token.start, token.start + len(name)) or lexicon.is_korean_name(name)
                or _key(name) in _not_organisations()):
            continue
        morphemes = document.morphemes_between(token.start, token.start + len(name))
        if not morphemes or morphemes[-1].end != token.start + len(name) or not morphemes[-1].tag.startswith(("NN", "SL", "SH")):
            continue
        if name.isascii() and not token.particle:
            continue  # 중소기업 AI 도입: Latin letters alone name a body only as the phrase's head
        inner_pieces = any(not m.tag.startswith(("NN", "SL", "SH", "SN")) for m in morphemes[:-1])  # 스튜디오 + 푸른 + 빛
        if lexicon.split_title(name) and not inner_pieces:
            continue  # 업체 부대표: a title (not 밝은눈의원, a clinic named with a verb's form)
        head = _media_head(document, token, kind)
        compound = noun not in _body_kinds()  # 식품기업, 방산업체: a trade, then the kind
        if not (_names_something(morphemes) or inner_pieces or _coined(document, name, morphemes, head is not None, compound)):
            continue
        end = token.start + len(name)
        if head is not None:  # 전문매체 푸드비즈 뉴스는: a medium named with its head word
            name, end = f"{name} {head.stem}", head.start + len(head.stem)
        key = named.setdefault(name, _merge_key(orgs, name))
        orgs.add(key, token.start, end, lambda n=name, k=kind: Found(n, k, None, []))
    _mentions_of_abbreviations(document.text, named, orgs)


_OPENING_QUOTES = ("'", "‘", '"', "“")
_COPULA = "인"  # 기관인, 업체인: the copula's form before a noun
# A quoted name: letters and digits up to the closing quotation mark, and a particle after it
# (시민단체 '강릉을걷는사람들'은; not 업체 '갑질' 논란, a quoted word in a phrase)
_QUOTED = re.compile(r"([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,19})['’\"”](은|는|이|가|와|과|도|의|측)")


def _quoted_name(word: str) -> str | None:
    match = _QUOTED.fullmatch(word)
    return match.group(1) if match else None


def _one_common_noun(word: str) -> bool:
    """갑질, 관계자: one common noun of the analyzer's dictionary, read alone (not a name)."""
    read = morphology.read_alone(word)
    return read is not None and read[0].startswith("NNG")


def _coined(document: Document, name: str, morphemes, headed: bool = False, compound: bool = False) -> bool:
    """``전기차 업체 리버튼과``, ``방산업체 미르텍이``: a name the analyzer cuts into nouns that make
    no dictionary word together, one of them a single letter or a proper noun (리 + 버튼), which
    the text names again on its own
    (a coined name is repeated, or a medium's head word follows it; 부채비율 or 경영 after 기업
    is a phrase the dictionary holds or one common noun)."""
    if len(morphemes) == 1 and morphemes[0].tag == "NNG" and len(name) >= 2 and compound:
        # 식품기업 해담의 … 해담 관계자는: one word of the dictionary after a trade's kind noun, named
        # as a side (not before a title: 노을 대표 is a person; not after a bare 스타트업: 투자)
        return _acts_again(document.text, name, titles=False)
    if len(morphemes) < 2 or not all(m.tag.startswith("NN") for m in morphemes) or len(name) < 3:
        return False
    if not any(m.end - m.start == 1 or m.tag == "NNP" for m in morphemes) and not headed:
        return False  # 리 + 버튼, 미르 + 텍: a letter cut off; not 부채 + 비율, two words of the dictionary
    if morphology.read_alone(name) is not None:
        return False
    if headed:  # 전문매체 푸드비즈 뉴스: the medium's head word after it says it is a name
        return True
    text = document.text
    again = [s for s in lexicon.occurrences(text, name) if not lexicon.HANGUL.match(text[s - 1: s] or " ")
             and lexicon.particle_follows(text, s + len(name))]
    return len(again) >= 2


def _media_head(document: Document, token: lexicon.Token, kind: str) -> lexicon.Token | None:
    """The head word of a medium's name written after its own name (푸드비즈 뉴스, 한빛머니 타임스)."""
    if kind != "media" or token.particle:
        return None
    i = bisect.bisect_left(document.words, (token.start,))
    following = document.words[i + 1] if i + 1 < len(document.words) else None
    if following is None or following.start - token.end != 1 or following.stem not in word_set("media_heads.txt"):
        return None
    return following


_TEAM_ENDINGS = ("스", "즈", "츠")  # the English plural of a club's name: 레드호크스, 라이온즈, 자이언츠


def _find_teams(document: Document, orgs: Organisations) -> None:
    """``청주 레드호크스``, ``다온 썬더스``, ``KT 소닉스``: in a text about sport (one of
    data/team_context.txt in it), a city or sponsor, then an English plural the dictionary does
    not hold as a common word, is a club; the plural alone (레드호크스는) is the club too. A
    sponsor that is no place nor Latin letters needs a league's word before it or the pair
    written twice (a person's given name and surname are written so once: 라이언 콜린스)."""
    words_ = document.words
    context = word_set("team_context.txt")
    if not any(w.stem in context for w in words_):
        return
    named: dict[str, str] = {}
    text = document.text
    for i, (first, token) in enumerate(zip(words_, words_[1:])):
        nickname = token.stem
        if (first.particle or token.start - first.end != 1 or len(nickname) < 3 or not nickname.endswith(_TEAM_ENDINGS)
                or not lexicon.HANGUL_WORD.fullmatch(nickname) or nickname.endswith(words("not_team_names.txt"))
                or orgs.covering(first.start, token.end)):
            continue
        read = morphology.read_alone(nickname)
        if read is not None and not read[0].startswith("NNP"):
            continue  # 뉴스, 서비스, 비즈니스: common words
        sponsor = first.text
        name = f"{sponsor} {nickname}"
        league = i > 0 and words_[i - 1].stem in context  # 프로농구 다온 썬더스
        if not (sponsor in lexicon.places() or sponsor.isascii() and sponsor.isalnum()
                or lexicon.HANGUL_WORD.fullmatch(sponsor) and 2 <= len(sponsor) <= 3 and not lexicon.is_korean_name(sponsor)
                and (league or sum(1 for _ in lexicon.occurrences(text, name)) >= 2)):
            continue  # 라이언 콜린스, 남기훈 퓨처스: a person
        key = named.setdefault(nickname, _merge_key(orgs, name))
        found = orgs.add(key, first.start, token.start + len(nickname), lambda n=name: Found(n, "other", None, []))
        _add_alias(found, nickname)
    _mentions_of_abbreviations(document.text, named, orgs)


# 의원(바른내일), 후보(새빛미래당·서울 누리구갑): a title, then in brackets its holder's party
# and what follows it
_BRACKETED_PARTY = re.compile(r"(?P<title>[가-힣]+)\((?P<party>[가-힣]{2,12})(?:[·,/][^)]*)?\)?")


def _parties_in_brackets(document: Document, orgs: Organisations) -> None:
    """``국지안 의원(바른내일)은``: the party a politician's title is followed by in brackets
    (data/party_member_titles.txt), when the bracket holds a name: not a place, a district
    (누리구갑), a country, a known body, a word for a side (무소속, 여당) or a dictionary word."""
    named: dict[str, str] = {}
    for token in document.words:
        match = _BRACKETED_PARTY.fullmatch(token.stem)
        if not match or match["title"] not in word_set("party_member_titles.txt"):
            continue
        party = match["party"]
        start = token.start + match.start("party")
        if (orgs.covering(start, start + len(party)) or lookup(party) or party in lexicon.places()
                or party in lexicon.titles() or lexicon.split_title(party)
                or party in lexicon.country_by_form() or _key(party) in _not_organisations()
                or party.endswith(_DISTRICT_ENDINGS) or _one_common_noun(party) or lexicon.is_korean_name(party)):
            continue
        key = named.setdefault(party, _merge_key(orgs, party))
        orgs.add(key, start, start + len(party), lambda n=party: Found(n, "party", None, []))
    _mentions_of_abbreviations(document.text, named, orgs)


_DISTRICT_ENDINGS = ("갑", "을", "병", "정", "시", "군", "구", "도")  # 누리구갑, 강남을, 누리시


def _bare_first(document: Document, i: int, first: int, parent: str | None) -> int | None:
    """Where the name of a bare ending (``재단``, ``의료원``, ``TF``) begins: at the words before
    it when the last of them is a proper noun (``오바마 재단``), at itself after a body
    (``인하대 병원``); None when it refers back to a body named before (``재단은``, and
    ``기존 재단``, ``객원 연구원``: a common noun makes no name of it)."""
    previous = document.words[i - 1] if i else None
    if first < i and _names_something(document.morphemes_between(previous.start, previous.end)):
        return first
    if parent is not None and lexicon.HANGUL.match(document.words[i].text[:1]):
        return i
    return None


def body_shaped(word: str) -> bool:
    """Whether a word ends like a body's name and is longer than the ending (연방교육연구부)."""
    ending = _ending(word) or next((e for e in _MINISTRY_ENDINGS if word.endswith(e)), None)
    ending = ending[0] if isinstance(ending, tuple) else ending
    return ending is not None and len(word) > len(ending) + 1


def _ending(core: str) -> tuple[str, _Shape] | None:
    endings, longest = _shape_index()
    suffix = lexicon.longest_suffix(core, endings, longest, keep=0)
    return (suffix, _shapes()[suffix]) if suffix else None


def _named_by_ending(document: Document, start: int, core: str, ending: tuple[str, _Shape], modified: bool) -> bool:
    """Whether a word with a body's ending is a body's name: long enough, its first part
    naming something where the ending is also a common word, and not a generic noun (저축은행,
    중앙은행) unless other words name it (서울대 공과대학)."""
    suffix, shape = ending
    if core == suffix:  # 재단, 연구원 after a proper noun: 오바마 재단
        return True
    if len(core) < shape.shortest:
        return False
    before = document.morphemes_between(start, start + len(core) - len(suffix))
    if shape.needs == "school":  # 새빛초등학교, 푸른솔초등학교: a school is named with words of any kind
        return _school_name(core[: -len(suffix)])
    if shape.needs == "place":  # 권선소방서, 다온경찰서: what stands before is the place it serves
        return _served_place(core[: -len(suffix)])
    if shape.needs == "clinic":  # 맑은숨내과의원: a name, then the clinic's department
        return _clinic_name(core[: -len(suffix)], suffix)
    if shape.needs == "acts" and not _acts(document.text, start + len(core)):
        return False  # 명동성당에서, 명동성당, …: a place
    if shape.needs == "name_or_repeated" and not _names_something(before) and _acts_again(document.text, core):
        return True  # 대운 + 제약, generic in the dictionary's reading, but named as a party twice
    if shape.needs_name and not (_names_something(before) or core.startswith(_place_forms()) or _local_name(core)):
        return False
    return modified or not _generic(document.morphemes_between(start, start + len(core)), core)


def _acts_again(text: str, name: str, titles: bool = True) -> bool:
    """Whether a name the analyzer reads as common words (대운 + 제약) is written again as a word
    of its own and stands as a side or before a title at least once (대운제약 측은, 대성토건
    대표): a company's coined name, not a phrase (예산제약이 크다)."""
    starts = [s for s in lexicon.occurrences(text, name) if not lexicon.HANGUL.match(text[s - 1: s] or " ")]
    return len(starts) >= 2 and any(_as_party(text, s + len(name), titles) for s in starts)


def _as_party(text: str, end: int, titles: bool = True) -> bool:
    """측, a title or 관계자 after a name (대운제약 측은, 대성토건 대표, 대운제약 관계자는: the words
    of data/stand_in_nouns.txt); a subject's particle is not enough (예산제약이 크다)."""
    following = text[end + 1: end + 12].split(maxsplit=1)[:1] if text[end: end + 1] == " " else []
    return bool(following) and (following[0].startswith(words("stand_in_nouns.txt"))
                                or titles and lexicon.split_title(lexicon.strip_particle(following[0])[0]) is not None)


def _acts(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` is that of a party that acts or speaks: a particle of a
    party after it (솔향동성당은, 솔향동성당도), or its side (솔향동성당 측은)."""
    after = text[end: end + 4]
    return after[:1] in _ACTING_PARTICLES and not lexicon.HANGUL.match(after[1:2] or " ") or after.startswith(" 측")


def _served_place(name: str) -> bool:
    """Whether the word before a station's ending (소방서, 경찰서) names the place it serves
    (권선, 다온), not a relation to one (관할, 인근: data/not_served_places.txt)."""
    return 2 <= len(name) <= 4 and lexicon.HANGUL_WORD.fullmatch(name) is not None and name not in word_set("not_served_places.txt")


def _school_name(name: str) -> bool:
    """Whether the words before a school's ending name one school (새빛, 푸른솔), not a kind of
    school (공립, 특성화, 여자: data/school_kinds.txt)."""
    return len(name) >= 2 and lexicon.HANGUL_WORD.fullmatch(name) is not None and name not in word_set("school_kinds.txt")


@cache
def _clinic_words() -> tuple[str, ...]:
    return tuple(sorted(words("clinic_words.txt"), key=len, reverse=True))  # the longest first


def _clinic_name(name: str, suffix: str) -> bool:
    """``맑은숨내과``, ``새봄연합``, ``자연``(한의원): a clinic's own name, then a department or a
    word of a clinic's name (data/clinic_words.txt) when the ending is 의원, which also ends 국회의원."""
    if not lexicon.HANGUL_WORD.fullmatch(name or "-"):
        return False
    if suffix != "의원":
        return len(name) >= 2
    word = next((w for w in _clinic_words() if name.endswith(w)), None)
    return word is not None and len(name) - len(word) >= 2


def _names_something(morphemes) -> bool:
    return any(m.tag.startswith(("NNP", "SL", "SH")) for m in morphemes)


def _generic(morphemes, core: str) -> bool:
    """One dictionary common noun (중앙은행, 노동조합), or two in four letters (저축은행)."""
    if not morphemes or morphemes[-1].end - morphemes[0].start != len(core):
        return False
    common = all(m.tag.startswith("NNG") for m in morphemes)
    return common and (len(morphemes) == 1 or len(core) <= 4)


@cache
def _place_forms() -> tuple[str, ...]:
    """Places and countries a body's name may start with (경기주택도시공사)."""
    return tuple(lexicon.places() | frozenset(lexicon.country_by_form()))


def _local_name(core: str) -> bool:
    """Whether a word starts with a city's or county's name the gazetteer knows (창원 of
    창원지검, as 창원시)."""
    for size in (2, 3):
        body = next(filter(None, (lookup(core[:size] + unit) for unit in _LOCAL_UNITS)), None)
        if body and body.kind == "local":
            return True
    return False


def _parent(document: Document, first: int, orgs: Organisations) -> str | None:
    """The body a unit is named with, as written right before it: ``서울대`` of
    ``연세대 공과대학``, ``인하대`` of ``인하대 병원``."""
    if first == 0:
        return None
    previous = document.words[first - 1]
    if document.words[first].start - previous.end != 1 or previous.particle or previous.text != previous.stem:
        return None
    # 전국교직원노동조합(전교조) 서울지부: a Korean short form in brackets names the parent (a
    # Latin one, KFA, is how the text spells the body out, not how it names its parts)
    full, _, short = previous.text.rstrip(")").partition("(")
    short = short if lexicon.HANGUL_WORD.fullmatch(short) else ""
    covered = orgs.covering(previous.start, previous.end)
    if covered is None or orgs.found[covered].kind == "local" or [previous.start, previous.start + len(full)] not in orgs.found[covered].mentions:
        return None
    return short or full


def _find_prefixed(document: Document, orgs: Organisations) -> None:
    """``법무법인 바른``, ``재단법인 나은``: a word saying what kind of body the next word names."""
    words_ = document.words
    for i, token in enumerate(words_[:-1]):
        prefix = _LEADING_MARKS.sub("", token.stem.rsplit("(", 1)[-1])  # ▲법무법인, (재단법인
        kind = _prefixes().get(prefix)
        if kind is None:
            continue
        following = words_[i + 1]
        if following.start - token.end != 1:  # 법무법인, 은행, 기업: a list of kinds
            continue
        own = _OWN_NAME.match(following.text)
        if not own or orgs.covering(following.start, following.end):
            continue
        own_name = own.group(0)
        last = document.morpheme_at(following.start + len(own_name) - 1)
        if following.particle and own_name == following.text and not (last and last.tag.startswith("E")):
            own_name = following.stem  # 바른과, 한결은; not 나은, an adjective's form
        name = f"{prefix} {own_name}"
        start = token.start + len(token.stem) - len(prefix)
        orgs.add(_key(name), start, following.start + len(own_name), lambda n=name, k=kind, a=own_name: Found(n, k, None, [a]))


_LEADING_MARKS = re.compile(r"^(?:[^가-힣A-Za-z0-9]|[0-9]+(?![0-9A-Za-z]))+")  # ▲, 1. (not 6 of 6G포럼)
# The name after 법무법인: letters up to a bracket or a list's comma
_OWN_NAME = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9&]*")


@cache
def _prefixes() -> dict[str, str]:
    return {row["prefix"]: row["kind"] for row in table("body_prefixes.tsv")}


def _find_universities(document: Document, orgs: Organisations) -> None:
    """``한양대 교수``, ``한빛여대 행정학과``: a word ending in 대 before a university's
    people or parts (data/university_context.txt), or a proper noun so ending; its other
    mentions follow."""
    words_ = document.words
    named: dict[str, str] = {}
    schools = {words_[i].stem for i in range(len(words_)) if _school(document, i)}
    for i, token in enumerate(words_):
        stem = token.stem
        following = words_[i + 1] if i + 1 < len(words_) else None
        if stem in schools:  # every mention, before the one that showed it a school too
            if not orgs.covering(token.start, token.start + len(stem)):
                named.setdefault(stem, _merge_key(orgs, stem))
                orgs.add(named[stem], token.start, token.start + len(stem), lambda n=stem: Found(n, "other", None, []))
            continue
        if stem[-1] != "대" or len(stem) < 3 or not lexicon.HANGUL_WORD.fullmatch(stem):
            continue
        if stem not in named and not _university(document, token, following):
            continue
        if orgs.covering(token.start, token.start + len(stem)) or _key(stem) in _not_organisations():
            continue
        if stem not in named:
            known = lookup(stem) or lookup(stem + "학교")  # 고려대 of 고려대학교
            full = _key(stem + "학교")
            named[stem] = known.id if known else full if full in orgs.found else _merge_key(orgs, stem)
        body = lookup(stem) or lookup(stem + "학교")
        make = (lambda b=body: Found(b.name_on(document.reference_date), b.kind, b.country, b.all_names())) if body else \
            (lambda n=stem: Found(n, "university", None, []))
        _add_alias(orgs.add(named[stem], token.start, token.start + len(stem), make), stem)


def _university(document: Document, token: lexicon.Token, following: lexicon.Token | None) -> bool:
    morphemes = document.morphemes_between(token.start, token.start + len(token.stem))
    if len(morphemes) == 1 and morphemes[0].end == token.start + len(token.stem):
        return morphemes[0].tag.startswith("NNP")  # 고려대; not 세대, 최대
    if following is None or token.particle or following.start - token.end != 1:
        return False
    return following.stem.endswith(_university_context()) or following.text.endswith(_university_context())  # 학과 is no 학 + 과


_SCHOOL_LENGTHS = (3, 5)  # 덕수고, 한솔제일고: a high school's short name


def _school(document: Document, i: int) -> bool:
    """``경북고 포수``, ``덕수고 하경민 감독``: a noun and 고 before a school's people
    (data/school_context.txt) or a name and a title; not a verb form (말하고) nor one dictionary
    word (최고, 광고)."""
    words_ = document.words
    token = words_[i]
    if (token.stem[-1] != "고" or not _SCHOOL_LENGTHS[0] <= len(token.stem) <= _SCHOOL_LENGTHS[1] or token.particle
            or i + 1 == len(words_) or words_[i + 1].start - token.end != 1 or not lexicon.HANGUL_WORD.fullmatch(token.stem)):
        return False
    following = words_[i + 1]
    named_person = (lexicon.is_korean_name(following.text) and i + 2 < len(words_)
                    and lexicon.split_title(words_[i + 2].stem) is not None)
    noun = document.morphemes_between(following.start, following.end)[:1]  # 출신 of 출신인
    context = word_set("school_context.txt")
    if following.stem not in context and not (noun and noun[0].form in context) and not named_person:
        return False
    morphemes = document.morphemes_between(token.start, token.start + len(token.stem) - 1)
    if bool(morphemes) and all(m.tag.startswith(("NNG", "NNP")) for m in morphemes) and \
            morphemes[-1].end == token.start + len(token.stem) - 1:
        return True
    # 차 + 재고 (차재고), 한솔 + 제 + 일고: the analyzer reads the school's letters as other
    # words, but words without a verb's ending, and no one dictionary word (not 최고, 광고)
    morphemes = document.morphemes_between(token.start, token.start + len(token.stem))
    return (len(morphemes) > 1 and all(m.tag.startswith(_SCHOOL_NAME_TAGS) for m in morphemes)
            and morphemes[-1].end == token.start + len(token.stem) and morphology.read_alone(token.stem) is None)


_SCHOOL_NAME_TAGS = ("NNG", "NNP", "XPN", "MAG", "NR")


@cache
def _university_context() -> tuple[str, ...]:
    return words("university_context.txt")


def _abbreviated_name(name: str, core: str, ending, abbreviated) -> str | None:
    """``인력양성 TF`` of ``인력양성 태스크포스(TF)``: a bare ending's abbreviation in its place."""
    if abbreviated and ending and core == ending[0] and name != core and abbreviated["abbr"].isascii():
        return name[: -len(core)] + abbreviated["abbr"]
    return None


def _add_alias(found: Found, alias: str) -> None:
    if alias != found.name and alias not in found.aliases:
        found.aliases.append(alias)


def _mentions_of_abbreviations(text: str, abbreviations: dict[str, str], orgs: Organisations) -> None:
    """After ``영국 AI보안연구소(AISI)``, a bare ``AISI`` is the same body (and ``켄텍은`` after
    ``한국에너지공과대학교(켄텍)``: a Hangul short form stands as a word of its own)."""
    for abbreviation, key in abbreviations.items():
        for start in lexicon.occurrences(text, abbreviation):
            end = start + len(abbreviation)
            if _ABBREVIATION_GLUED_BEFORE.match(text[start - 1: start]) or _ABBREVIATION_GLUED_AFTER.match(text[end: end + 1]):
                continue  # part of a longer word
            if orgs.covering(start, end) or not lexicon.particle_follows(text, end):
                continue
            orgs.add(key, start, end, lambda k=key: orgs.found[k])


# What may not touch a bare short form: a letter, a digit or its own bracket (the mention in brackets)
_ABBREVIATION_GLUED_BEFORE = re.compile(r"[A-Za-z0-9가-힣(]")
_ABBREVIATION_GLUED_AFTER = re.compile(r"[A-Za-z0-9)]")


def _refer_back(orgs: Organisations, stem: str, start: int, end: int) -> None:
    """``TF는`` after ``산학연 전문가 TF``: another mention of the body named before."""
    for found in sorted(orgs.found.values(), key=lambda f: -max(m[0] for m in f.mentions)):
        if found.name.endswith(stem) and min(m[0] for m in found.mentions) < start:
            orgs.add(found.key, start, end, lambda f=found: f)
            return


# Tags of the words a body's name is made of: nouns, foreign and Chinese letters, numbers,
# noun prefixes and suffixes, and the punctuation inside names (한-미, 김·장, (AI)).
_NAME_TAGS = ("NNG", "NNP", "NR", "NNBC", "SL", "SH", "SN", "XPN", "XSN", "SY", "SC", "SSO", "SSC")  # NNBC: 차 of 이차전지


def _extend_left(document: Document, i: int, orgs: Organisations, proper_only: bool, bare: bool) -> int:
    """Take up to five nouns before the ending word: ``한-미`` + ``과학기술공동위원회``,
    ``지역 소멸 대응 TF``; for a company only proper nouns (``일본 도요타그룹``, never
    ``이상 효성그룹``). A word with an ending or particle (``법인인``, ``확장함으로써``), a
    determiner, a time, a place, a person or a title ends the name; but a person's name is
    the whole name of a bare ending (``오바마 재단``)."""
    words_ = document.words
    first = i
    titled = i + 1 < len(words_) and lexicon.split_title(words_[i + 1].stem) is not None
    while first > 0 and i - first < 5:
        previous = words_[first - 1]
        if words_[first].start - previous.end != 1 or not _MODIFIER.fullmatch(_LEADING_MARKS.sub("", previous.text)):
            break
        if (previous.text in lexicon.function_words() or previous.text in word_set("not_in_body_names.txt")
                or previous.text in lexicon.places() or _kind_noun(previous.text)):
            break
        title = lexicon.split_title(previous.text)
        if orgs.covering(previous.start, previous.end) or (title and not title[0].endswith(tuple(_LIST_MARKS))):
            break  # a title ends the name; 장 of 김·장 is no title
        morphemes = document.morphemes_between(previous.start, previous.end)
        if not morphemes or not (all(m.tag.startswith(_NAME_TAGS) for m in morphemes) and _some_noun(morphemes)
                                 or _country_pair(previous.text)):
            break  # 3일: a number and its counter make no name
        if morphemes[0].semantic == "지명" and len(morphemes) == 1 and previous.text[-1] in _DISTRICT_LETTERS:
            break  # 서울 중구 …협의회, 반포동 특검: a place (not 남미 of 남미 통상연구소)
        if _person(morphemes, previous):
            first -= bare and first == i
            break
        if first == i and titled and lexicon.is_korean_name(previous.text):
            break  # 권도윤 한빛도시공사 사장: a name the analyzer does not know, then the body
        if proper_only and not (_names_something(morphemes) or previous.text in lexicon.country_by_form()):
            break
        first -= 1
        if _LEADING_MARKS.match(previous.text):  # ▲김·장 법률사무소: a list item begins here
            break
    while first < i and words_[first].text[0].islower():  # for of AI for S&T TF begins no name
        first += 1
    return first


def _country_pair(word: str) -> bool:
    """``한-미``, ``한·아세안``: countries (or bodies) by their short forms; ``주몽골`` (in Mongolia)
    of an embassy. The analyzer reads 한 and 주 as determiners."""
    if word.startswith("주") and word[1:] in lexicon.country_by_form():
        return True
    parts = _PAIR_MARKS.split(word) if len(word) > 2 else list(word)  # 한-미, 한일
    forms = lexicon.country_short_forms().keys() | lexicon.country_by_form().keys()
    return len(parts) > 1 and all(part in forms or lookup(part) for part in parts)


def _person(morphemes, word: lexicon.Token) -> bool:
    """A Korean name the analyzer also reads as a person's name (김민수; not 성범죄 or 전교조)."""
    return len(morphemes) == 1 and morphemes[0].semantic == "인명" and lexicon.is_korean_name(word.text)


def _country_ministry(document: Document, i: int, stem: str) -> int | None:
    """``말레이시아 디지털 부``, ``베트남 산림보호국``: a country, up to two plain words, then a
    ministry ending (not a place: 중국 산둥성)."""
    words_ = document.words
    if not stem.endswith(_MINISTRY_ENDINGS) or _key(stem) in _not_organisations() or stem in lexicon.country_by_form():
        return None
    if stem.endswith("국") and len(stem) < 3:  # 국 ends 전국 and 본국 too
        return None
    start = words_[i].start
    morphemes = document.morphemes_between(start, start + len(stem))
    if len(morphemes) == 1 and morphemes[0].semantic == "지명":
        return None
    for back in range(1, 4):
        j = i - back
        if j < 0:
            return None
        word = words_[j].text
        if word in lexicon.country_by_form():
            return j
        if not lexicon.HANGUL_WORD.fullmatch(word) or lexicon.strip_particle(word)[1]:
            return None
    return None


def ministry_country(word: str) -> str | None:
    country = lexicon.country_by_form().get(word)
    return country.code if country else None


def _country_of(name: str) -> str | None:
    first = name.split()[0]
    if first in lexicon.country_by_form():
        return lexicon.country_by_form()[first].code
    if name.startswith(("한국", "국립", "국가")):
        return "KR"
    return None


def _merge_key(orgs: Organisations, name: str) -> str:
    """``과학기술공동위원회`` after ``한미 과학기술공동위원회`` (or before it) is the same body, and
    so are two names ending in the same word of the body's own (``영국 가람해양재단``,
    ``헬렌 코디 가람해양재단``), unless that word is a bare ending (``경찰 내부 TF``)."""
    key = _key(name)
    last = name.rsplit(" ", 1)[-1]
    own_word = len(last) >= 4 and last not in _shapes()
    for known, found in orgs.found.items():
        if known.isascii():  # a gazetteer body's id: 미국 외교부 is not 외교부
            continue
        for form in (known, *map(_key, found.aliases)):  # 누리전자 인력양성 TF after 인력양성 태스크포스(TF)
            same_tail = form.endswith(key) or key.endswith(form)
            if same_tail and not form.isascii() and min(len(form), len(key)) >= 4:
                return known
        if own_word and found.name.rsplit(" ", 1)[-1] == last:
            return known
    return key
