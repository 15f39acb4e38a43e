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
from pathlib import Path
from typing import NamedTuple

from ..datafiles import cell_values, table, words
from ..record import Organisation
from . import lexicon
from .document import Document

_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_KEY_NOISE = re.compile(r"[\s\-‐·‧ㆍ()（）]")
_MODIFIER = re.compile(r"(?:[A-Za-z0-9]+-)?[가-힣]+(?:[-·][가-힣]+)*(?:\([A-Za-z0-9&]+\))?|[가-힣]*\([A-Za-z0-9&]+\)[가-힣]*")
# A local government is a body only where it acts or someone holds office in it.
# Particles of a party (subject, topic, partner, possessor), not of a place (에서, 로 …).
_ACTING_PARTICLES = ("은", "는", "이", "가", "와", "과", "도", "의")
_MINISTRY_ENDINGS = ("부", "성", "청", "처")


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
_DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def gazetteer() -> tuple[dict[str, Body], dict[str, str], re.Pattern]:
    """Bodies by id, body id by every surface form's key, and a pattern matching any form."""
    grouped: dict[str, list[dict[str, str]]] = {}
    for path in sorted((_DATA / _GAZETTEER).glob("*.tsv")):
        for row in table(f"{_GAZETTEER}/{path.name}"):
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
def _suffixes() -> tuple[tuple[str, str, int], ...]:
    rows = ((r["suffix"], r["kind"], int(r["min_length"])) for r in table("org_suffixes.tsv"))
    return tuple(sorted(rows, key=lambda s: len(s[0]), reverse=True))


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
    _find_known(document.text, document.reference_date, orgs)
    _find_by_shape(document, orgs)
    return orgs


def _find_known(text: str, published: dt.date | None, orgs: Organisations) -> None:
    bodies, by_key, pattern = gazetteer()
    for match in pattern.finditer(text):
        start, end = match.span()
        surface = match.group(0)
        if not _bounded(text, start, end, surface):
            continue
        body = bodies[by_key[_key(surface)]]
        if body.kind == "local" and not text[end: end + 3].startswith(_local_continuations()):
            continue
        found = orgs.add(body.id, start, end, lambda b=body: Found(b.name_on(published), b.kind, b.country, b.all_names()))
        if surface not in found.aliases and " " not in surface:
            found.aliases.append(surface)


@cache
def _local_continuations() -> tuple[str, ...]:
    """What follows a local government that acts (경남도는) or in which someone holds office
    (경남지사): a particle, or the title of a local office (data/title_bodies.tsv)."""
    titles = (row["title"] for row in table("title_bodies.tsv") if row["kind"] == "local")
    return _ACTING_PARTICLES + tuple(titles) + ("청",)  # 청: 경남도청


def _bounded(text: str, start: int, end: int, surface: str) -> bool:
    before = text[start - 1: start]
    if _ASCII_WORD.match(surface[:1]) and _ASCII_WORD.match(before):
        return False
    if lexicon.HANGUL.match(surface[:1]) and lexicon.HANGUL.match(before):
        return False
    after = text[end: end + 1]
    if _ASCII_WORD.match(surface[-1:]) and _ASCII_WORD.match(after):
        return False
    if lexicon.HANGUL.match(after):  # 과기정통부는, KT가, 경남지사; not KT클라우드 or 과학기술원장학금
        return lexicon.particle_follows(text, end) or _title_glued(surface, text[end: end + 8].split()[0])
    return True


def _title_glued(surface: str, rest: str) -> bool:
    """``우주항공청장``, ``과학기술정책실장``, ``방통위원장``: a title written onto the body's name."""
    rest = lexicon.strip_particle(rest)[0]
    return any(candidate in lexicon.titles() for candidate in (rest, surface[-1] + rest))


@cache
def _shape_last_letters() -> frozenset[str]:
    """The last letters a body's name can end with (or ``*`` and ``)`` after it): a cheap test
    before the real one."""
    return frozenset(suffix[-1] for suffix, _, _ in _suffixes()) | frozenset(e[-1] for e in _MINISTRY_ENDINGS) | {"*", ")"}


# 영국 AI보안연구소(AISI), 한국에너지공과대학교(켄텍); (가칭) marks a provisional name, not a short one
_ABBREVIATED = re.compile(r"^(?P<name>.+?)\((?!가칭)(?P<abbr>[A-Za-z가-힣][A-Za-z0-9가-힣&]{1,9}(?: [A-Za-z0-9&]{2,10}){0,2})\)$")


def _find_by_shape(document: Document, orgs: Organisations) -> None:
    text, words_ = document.text, document.words
    last_letters = _shape_last_letters()
    abbreviations: dict[str, str] = {}
    for i, token in enumerate(words_):
        if token.stem[-1] not in last_letters:
            continue
        stem = token.stem.rstrip("*")
        abbreviated = _ABBREVIATED.match(stem) if stem.endswith(")") else None  # 영국 AI보안연구소(AISI)
        core = abbreviated["name"] if abbreviated else stem
        known = orgs.covering(token.start, token.start + len(core)) if abbreviated else None
        if known and abbreviated["abbr"].isascii():  # 마이크로소프트(MS): a short form of a known body
            _add_alias(orgs.found[known], abbreviated["abbr"])
            abbreviations[abbreviated["abbr"]] = known
            continue
        if not core or core[-1] not in last_letters or orgs.covering(token.start, token.start + len(stem)):
            continue
        kind = _ending_kind(core)
        country = None
        if kind is None:
            ministry = _country_ministry(words_, i, core)
            if ministry is None:
                continue
            first, country, kind = ministry, ministry_country(words_[ministry].text), "government"
        else:
            first = _extend_left(words_, i, orgs)
        name = " ".join([w.text for w in words_[first:i]] + [core])
        if first == i and _bare_ending(core):
            _refer_back(orgs, core, token.start, token.start + len(core))
            continue
        if _key(name) in _not_organisations():
            continue
        key = _merge_key(orgs, _key(name))
        country = country or _country_of(name)
        found = orgs.add(key, words_[first].start, token.start + len(stem), lambda n=name, k=kind, c=country: Found(n, k, c, []))
        if len(name) > len(found.name):
            found.aliases.append(found.name)
            found.name = name
        for alias in (name, abbreviated and abbreviated["abbr"]):
            if alias:
                _add_alias(found, alias)
        if abbreviated:
            abbreviations[abbreviated["abbr"]] = key
    _mentions_of_abbreviations(text, abbreviations, orgs)


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


@cache
def _suffix_kinds() -> tuple[dict[str, tuple[str, int]], frozenset[str], int]:
    kinds = {suffix: (kind, shortest) for suffix, kind, shortest in _suffixes()}
    return kinds, frozenset(kinds), max(map(len, kinds))


def _ending_kind(stem: str) -> str | None:
    """The kind of body a word's ending makes it, if the word is long enough to be one."""
    kinds, endings, longest = _suffix_kinds()
    suffix = lexicon.longest_suffix(stem, endings, longest, keep=0)
    if suffix is None:
        return None
    kind, shortest = kinds[suffix]
    return kind if len(stem) >= shortest or stem == suffix else None


def _bare_ending(stem: str) -> bool:
    return any(stem == suffix for suffix, _, _ in _suffixes())


def _refer_back(orgs: Organisations, stem: str, start: int, end: int) -> None:
    """``TF는`` after ``산학연 전문가 TF``: another mention of the body named before."""
    for found in sorted(orgs.found.values(), key=lambda f: -max(m[0] for m in f.mentions)):
        if found.name.endswith(stem) and min(m[0] for m in found.mentions) < start:
            orgs.add(found.key, start, end, lambda f=found: f)
            return


_ENDS_IN_PARTICLE = re.compile(r"(?:[는은를을의에한할된던적와과로고며해]|에서)$")  # a particle or an ending


def _extend_left(words_: list[lexicon.Token], i: int, orgs: Organisations) -> int:
    """Take up to three plain nouns before the ending word: ``한-미`` + ``과학기술공동위원회``."""
    first = i
    while first > 0 and i - first < 3:
        previous = words_[first - 1]
        adjacent = words_[first].start - previous.end == 1
        if not adjacent or not _MODIFIER.fullmatch(previous.text) or previous.text in lexicon.function_words():
            break
        if previous.text in lexicon.places():
            break
        if orgs.covering(previous.start, previous.end) or lexicon.split_title(previous.text) or lexicon.is_korean_name(previous.text):
            break
        if _ENDS_IN_PARTICLE.search(previous.text):
            break
        first -= 1
    return first


def _country_ministry(words_: list[lexicon.Token], i: int, stem: str) -> int | None:
    """``말레이시아 디지털 부``: a country, up to two plain words, then a ministry ending."""
    if not stem.endswith(_MINISTRY_ENDINGS) or _key(stem) in _not_organisations():
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


def _merge_key(orgs: Organisations, key: str) -> str:
    """``과학기술공동위원회`` after ``한미 과학기술공동위원회`` (or before it) is the same body."""
    for known in orgs.found:
        same_tail = known.endswith(key) or key.endswith(known)
        if same_tail and not known.isascii() and min(len(known), len(key)) >= 4:
            return known
    return key
