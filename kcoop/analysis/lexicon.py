"""The domain word lists, loaded once from ``kcoop/data``, and small helpers over Korean words."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from ..datafiles import cell_values, table, words

HANGUL = re.compile(r"[가-힣]")
HANGUL_WORD = re.compile(r"[가-힣]+")
_NAME_SHAPE = re.compile(r"[가-힣]{3,4}")  # surname and a given name of one or two syllables
# Hangul syllables are numbered (initial * 21 + vowel) * 28 + final consonant from U+AC00
_FIRST_SYLLABLE, _SYLLABLE_COUNT, _FINALS = 0xAC00, 11172, 28
NO_FINAL, FINAL_NIEUN, FINAL_RIEUL = 0, 4, 8  # final consonant indices: none, ㄴ, ㄹ
FINAL_BIEUP = 17  # ㅂ: the polite present (합니다, 엽니다)
FINAL_SSANGSIOT = 20  # ㅆ: the past tense (했다, 밝혔다)
_OPENERS = "‘“\"'([{<「『【《"
_CLOSERS = "’”\"',.)]}>」』】》!?…:;*"
# A word: opening punctuation, the word itself (up to its last letter that is not closing
# punctuation, or a lone punctuation mark), closing punctuation, then white space.
_WORD = re.compile(
    rf"[{re.escape(_OPENERS)}]*(\S*[^\s{re.escape(_CLOSERS)}]|\S)[{re.escape(_CLOSERS)}]*(?=\s|$)"
)


class Token(NamedTuple):
    """A white-space separated word with its punctuation trimmed: ``start``/``end`` index the
    text; ``stem`` and ``particle`` split off a trailing Korean particle (과기정통부 + 는)."""

    start: int
    end: int
    text: str
    stem: str
    particle: str


def tokens(text: str) -> list[Token]:
    """The words of a text (a Document keeps them: every analysis step reads the same words)."""
    found: list[Token] = []
    add = found.append
    new = tuple.__new__  # Token(...) and Token._make run Python code per word; this does not
    taken = 0  # the end of a word that took in the words after it
    for match in _WORD.finditer(text):
        start, end = match.span(1)
        if start < taken:
            continue
        word = match.group(1)
        if "(" in word and ")" not in word:
            # keep the parenthesis of "과학기술정책실(OSTP)" and "통신네트워크콘텐츠기술총국(DG CONNECT)"
            closing = _CLOSED_ABBREVIATION.match(text, end)
            if closing:
                end = taken = closing.end()
                word = text[start:end]
        stem, particle = strip_particle(word)
        add(new(Token, (start, end, word, stem, particle)))
    return found


# What closes a bracket opened inside a word: ")" at once, or up to two more Latin words first
# (as many as organisations.py takes in an abbreviation: DG CONNECT)
_CLOSED_ABBREVIATION = re.compile(r"(?: [A-Za-z0-9&.\-]+){0,2}\)")


def literal_pattern(forms: list[str] | tuple[str, ...] | set[str]) -> str:
    """One regular expression matching any of ``forms``, longest first, built as a trie so
    that the regex engine tests each letter once instead of every form in turn."""
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


class Gate:
    """Which of several rules a text may trigger, found in one pass: each rule lists words
    one of which every text it applies to contains (a cheap test before the rule's own)."""

    def __init__(self, rule_words: Iterable[Iterable[str]]) -> None:
        by_word: dict[str, set[int]] = {}
        for index, words_ in enumerate(rule_words):
            for word in words_:
                by_word.setdefault(word, set()).add(index)
        # The pattern reports the longest word starting at each position, so a word lets
        # through the rules of any shorter word inside it as well.
        self._rules = {word: frozenset(i for inner, own in by_word.items() if inner in word for i in own) for word in by_word}
        self._pattern = re.compile(literal_pattern(by_word))

    def rules(self, text: str) -> list[int]:
        """The rules (by index, in order) whose words occur in ``text``."""
        # A search from each match's next letter finds overlapping words; unlike a lookahead
        # at every position, it lets the engine skip to the letters that can begin a word.
        found: set[int] = set()
        search = self._pattern.search
        position = 0
        while match := search(text, position):
            found |= self._rules[match.group(0)]
            position = match.start() + 1
        return sorted(found)


@cache
def _particles() -> tuple[str, ...]:
    return tuple(sorted(words("particles.txt"), key=len, reverse=True))


def longest_suffix(word: str, suffixes: frozenset[str], longest: int, keep: int) -> str | None:
    """The longest of ``suffixes`` that ends ``word`` and leaves at least ``keep`` characters."""
    for size in range(min(longest, len(word) - keep), 0, -1):
        if word[-size:] in suffixes:
            return word[-size:]
    return None


@cache
def _particle_set() -> tuple[frozenset[str], int]:
    return frozenset(_particles()), max(map(len, _particles()))


@lru_cache(maxsize=65536)
def strip_particle(word: str) -> tuple[str, str]:
    """``과기정통부는`` -> (``과기정통부``, ``는``); a word that is all particle is kept whole."""
    particle = longest_suffix(word, *_particle_set(), keep=1)
    return (word[: -len(particle)], particle) if particle else (word, "")


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, left to right, not overlapping (a plain string search:
    a pattern per name or short form would be compiled anew for every document)."""
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + len(word))


def is_particle(word: str) -> bool:
    """Whether ``word`` is one particle (or a particle sequence the list holds: 에서는)."""
    return word in _particle_set()[0]


def particle_follows(text: str, end: int) -> bool:
    """Whether the text after ``end`` is a boundary or a particle (not more of a longer word)."""
    if end >= len(text) or not HANGUL.match(text[end]):
        return True
    particles, longest = _particle_set()
    return any(text[end: end + size] in particles for size in range(1, longest + 1))


@cache
def titles() -> tuple[str, ...]:
    return tuple(sorted(words("titles.txt"), key=len, reverse=True))


@cache
def _title_set() -> tuple[frozenset[str], int]:
    return frozenset(titles()), max(map(len, titles()))


@cache
def title_modifiers() -> frozenset[str]:
    """Words between a name and its title that are neither (신임, 전: 이우일 신임 KIST 원장)."""
    return frozenset(words("title_modifiers.txt"))


@cache
def title_last_letters() -> frozenset[str]:
    """The letters a title ends with: a cheap test before ``split_title``."""
    return frozenset(title[-1] for title in titles())


@lru_cache(maxsize=65536)
def split_title(word: str) -> tuple[str, str] | None:
    """``정보통신정책실장`` -> (``정보통신정책``, ``실장``); ``장관`` -> (``""``, ``장관``); else None.

    The prefix is the body the title is glued to, or its stem (``우주항공`` of ``우주항공청장``).
    """
    title = longest_suffix(word, *_title_set(), keep=0)
    if title and title != word and title in _standalone_titles():
        title = None  # 한국과학기술연구원: a body's name, not a title glued to one
    return (word[: -len(title)], title) if title else None


@cache
def _standalone_titles() -> frozenset[str]:
    return frozenset(words("standalone_titles.txt"))


_NEVER_ENDS_A_NAME = frozenset("다요며게던니면였했")  # verb endings: 모였다, 하며 …
_NAME_ENDING_PARTICLES = ("은", "이", "만", "도", "나")  # 김영은, 정하나
# …but 나 also ends connectives and particles after nouns (이거나, 정도나, 여기나, 전에나): a
# word so ended is a name only as the analyzer reads it whole, a person's name
_NAME_ENDING_ASKS_THE_ANALYZER = frozenset("나")
_JAPANESE_ENDINGS = frozenset("코키츠쓰즈")  # 도시코, 히데키: Japanese given names end so, Korean ones never


@lru_cache(maxsize=4096)
def _read_whole_as_a_name(word: str) -> bool:
    from .morphology import analyse

    morphemes = analyse(word)
    return len(morphemes) == 1 and morphemes[0].tag == "NNP" and morphemes[0].semantic == "인명"


@cache
def surnames() -> tuple[str, ...]:
    return tuple(sorted(words("surnames.txt"), key=len, reverse=True))


@cache
def _foreign_syllables() -> frozenset[str]:
    return frozenset(words("foreign_syllables.txt"))


@cache
def not_names() -> frozenset[str]:
    return frozenset(words("not_names.txt"))


def is_korean_name(word: str) -> bool:
    """Surname plus a one- or two-syllable given name, and not a common noun (``양국은``)."""
    if not _NAME_SHAPE.fullmatch(word) or word in not_names():
        return False
    stem, particle = strip_particle(word)
    # a given name may end in a syllable that is also a particle: 김영은, 이수이, 김경만, 박성도
    if particle and (stem in not_names() or stem in titles() or particle not in _NAME_ENDING_PARTICLES):
        return False
    if particle in _NAME_ENDING_ASKS_THE_ANALYZER and not _read_whole_as_a_name(word):
        return False
    if word[-1] in _NEVER_ENDS_A_NAME or stem[-1] in _JAPANESE_ENDINGS or _foreign_syllables().intersection(stem[1:]):
        return False
    for surname in surnames():
        if word.startswith(surname):
            return 1 <= len(word) - len(surname) <= 2 and (len(word) == 3 or len(surname) == 2)
    return False


class Country(NamedTuple):
    name: str
    code: str
    forms: tuple[str, ...]
    pair_forms: tuple[str, ...]


@cache
def countries() -> tuple[Country, ...]:
    return tuple(
        Country(row["name"], row["code"], (row["name"], *cell_values(row["aliases"])), tuple(cell_values(row["pair"])))
        for row in table("countries.tsv")
    )


@cache
def country_by_form() -> dict[str, Country]:
    return {form: country for country in countries() for form in country.forms}


@cache
def country_short_forms() -> dict[str, Country]:
    """One-letter country forms written before a name or body: 미 백악관, 日 총리."""
    return {form: country for country in countries() for form in country.pair_forms}


@cache
def function_words() -> frozenset[str]:
    return frozenset(words("function_words.txt"))


@cache
def places() -> frozenset[str]:
    return frozenset(words("places.txt"))


def final_consonant(char: str) -> int | None:
    """The index of a Hangul syllable's final consonant (``NO_FINAL``, ``FINAL_NIEUN`` …);
    None for any other character."""
    code = ord(char) - _FIRST_SYLLABLE
    return code % _FINALS if 0 <= code < _SYLLABLE_COUNT else None


def with_final(syllable: str, final: int) -> str:
    """The syllable with another final consonant: ``할`` with ``NO_FINAL`` is ``하``."""
    code = ord(syllable) - _FIRST_SYLLABLE
    return chr(_FIRST_SYLLABLE + code - code % _FINALS + final)


def vowel(syllable: str) -> int:
    """The index of a Hangul syllable's vowel (ㅏ 0 … ㅣ 20)."""
    return (ord(syllable) - _FIRST_SYLLABLE) // _FINALS % 21


def with_vowel(syllable: str, new_vowel: int) -> str:
    """The syllable with another vowel and no final consonant: ``워`` with ㅜ is ``우``."""
    code = ord(syllable) - _FIRST_SYLLABLE
    return chr(_FIRST_SYLLABLE + (code // _FINALS - vowel(syllable) + new_vowel) * _FINALS)


def syllables_with_final(final: int) -> str:
    """Every Hangul syllable ending in the final consonant ``final``."""
    return "".join(chr(code) for code in range(_FIRST_SYLLABLE + final, _FIRST_SYLLABLE + _SYLLABLE_COUNT, _FINALS))


@cache
def reporting_verbs() -> frozenset[str]:
    """Verbs of saying (밝혔다, 말했다): the day right before one dates the report."""
    return frozenset(words("reporting_verbs.txt"))


def saying_follows(text: str, position: int) -> bool:
    """Whether the word after ``position`` is a verb of saying (``… 12일 밝혔다``)."""
    following = text[position: position + 8].split()
    return bool(following) and following[0].rstrip(".") in reporting_verbs()
