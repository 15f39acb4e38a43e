"""Bylines: who wrote the article and for which outlet, wherever the page prints it (a
``(서울=연합뉴스) 홍길동 기자 =`` dateline, a ``홍길동 기자 email`` line, a closing
``[뉴욕=홍길동 ○○경제 특파원]``)."""
from __future__ import annotations

import re

from .. import outlets
from ..article import Article, Reporter
from .text import clean

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# Tried only where a word starts: from every letter of a long word it would fail slowly.
EMAIL = re.compile(rf"(?<![\w.+-]){_EMAIL}")
# Cloudflare's email obfuscation leaves this in saved page text: the address is unknown.
MASKED_EMAIL = re.compile(r"\[\s*email(?:\s|&#160;)*protected\s*\]")
_NAMES = r"[가-힣]{2,4}(?:\s*[·,/ㆍ]\s*[가-힣]{2,4})*"
_SPACED_NAMES = r"[가-힣]{2,4}(?:\s*[·,/ㆍ]\s*[가-힣]{2,4}|\s+[가-힣]{2,4})*"  # datelines: "김철수 이영희 기자 ="
REPORTER_TITLES = ("기자", "특파원")
_REPORTER_WORD = rf"(?:선임|수석|객원|인턴|전문)?\s*(?:{'|'.join(REPORTER_TITLES)})(?![가-힣])"
REPORTER = re.compile(rf"(?P<names>{_NAMES})\s*{_REPORTER_WORD}")
DESK_OR_OUTLET = re.compile(r"(?:국|부|팀|실|뉴스|신문|일보)$")  # where a name stands, not a person: 편집국, 디지털뉴스
# One author as metadata declares one (front matter, meta tags): a name, its title optional
AUTHOR_NAME = re.compile(rf"(?P<name>[가-힣]{{2,4}})(?:\s*{_REPORTER_WORD})?")
_DATELINE = re.compile(
    r"^\s*[\[(【]\s*(?P<place>[^=\])】\[(]{1,15}?)\s*=\s*(?P<outlet>[^\])】\[(]{1,20}?)\s*[\])】]\s*"
    rf"(?:(?P<names>{_SPACED_NAMES})\s*{_REPORTER_WORD}\s*(?:\(?\s*(?P<email>{_EMAIL})\s*\)?)?\s*)?(?:[=＝]\s*)?"
)
_BRACKET_BYLINE = re.compile(rf"^\s*\[(?P<outlet>[^\]]{{1,20}}?)\s+(?P<names>{_NAMES})\s*{_REPORTER_WORD}\]\s*")
_OUTLET_TAG = re.compile(r"^\s*[\[【]\s*(?P<outlet>[^\]】=]{1,20}?)\s*[\]】]\s*")  # [파이낸셜뉴스] 과기정통부는 …
# A closing byline: ``[뉴욕=홍길동 한빛경제 특파원]``, ``[세종=홍길동 기자]``, ``홍길동 한빛경제 기자 hong@…``
_CLOSING_BYLINE = re.compile(
    rf"^\s*[\[【(]\s*(?:(?P<place>[^=\]】)]{{1,15}}?)\s*=\s*)?(?P<names>{_NAMES})\s+(?:(?P<outlet>[^\s\]】)]{{2,15}})\s+)?"
    rf"{_REPORTER_WORD}\s*[\]】)]\s*(?P<email>{_EMAIL})?\s*$"
)
_NAMED_OUTLET_BYLINE = re.compile(
    rf"^\s*(?P<names>{_NAMES})\s+(?P<outlet>\S{{2,15}})\s+{_REPORTER_WORD}\s*[(<]?\s*(?P<email>{_EMAIL})?\s*[)>]?\s*$"
)
_NAME_SEPARATORS = re.compile(r"[\s·,/ㆍ]+")
# What a byline may hold besides names and addresses: credit words, punctuation, digits
_CREDIT_WORDS = re.compile(r"글\s*[·ㆍ]?\s*사진|사진|영상|정리|취재|[\W\d_=]")


def split_names(names: str) -> list[str]:
    return [n for n in _NAME_SEPARATORS.split(names) if n]


def byline_reporters(line: str) -> list[Reporter] | None:
    """The reporters of a line that is only a byline (``팽동현 기자 dhp@dt.co.kr``), else None."""
    line = clean(line)
    if len(line) > 120 or not any(title in line for title in REPORTER_TITLES):
        return None
    matches = list(REPORTER.finditer(line))
    if not matches:
        return None
    leftover = REPORTER.sub(" ", MASKED_EMAIL.sub(" ", EMAIL.sub(" ", line)))
    leftover = _CREDIT_WORDS.sub(" ", leftover)
    if any(len(word) > 1 and not outlets.by_name(word) for word in leftover.split()) and len("".join(leftover.split())) > 8:
        return None
    reporters: list[Reporter] = []
    for i, match in enumerate(matches):
        following = line[match.end(): matches[i + 1].start() if i + 1 < len(matches) else len(line)]
        email = EMAIL.search(following)
        names = split_names(match["names"])
        for j, name in enumerate(names):
            reporters.append(Reporter(name, email.group(0) if email and j == len(names) - 1 else None))
    return reporters


def _dateline(line: str) -> re.Match | None:
    """A leading ``(서울=연합뉴스) 김정은 기자 =``: it names reporters, ends in ``=`` or names an outlet."""
    match = _DATELINE.match(line)
    if match and (match["names"] or line[match.end() - 1: match.end()] in "=＝ " or outlets.by_name(match["outlet"])):
        return match
    return None


def is_dateline(line: str) -> bool:
    return _dateline(line) is not None


def take_dateline(paragraph: str, article: Article) -> str:
    """Move a leading ``(서울=연합뉴스) 김정은 기자 =`` into the article; return the rest."""
    match = _dateline(paragraph)
    if match:
        article.dateline = clean(match["place"])
        credit_outlet(article, match["outlet"])
        for name in split_names(match["names"] or ""):
            article.add_reporter(Reporter(name, match["email"]))
        return paragraph[match.end():].lstrip()
    match = _BRACKET_BYLINE.match(paragraph)
    if match and outlets.by_name(match["outlet"]):
        credit_outlet(article, match["outlet"])
        for name in split_names(match["names"]):
            article.add_reporter(Reporter(name))
        return paragraph[match.end():].lstrip()
    match = _OUTLET_TAG.match(paragraph)
    if match and outlets.by_name(match["outlet"]):
        credit_outlet(article, match["outlet"])
        return paragraph[match.end():].lstrip()
    return paragraph


def credit_outlet(article: Article, name: str) -> None:
    article.outlet_clues.append(clean(name))


def take_closing_byline(line: str, article: Article) -> bool:
    """A byline that names the outlet or the place (``[뉴욕=홍길동 한빛경제 특파원]``): its
    reporters and outlet go to the article; False for any other line."""
    match = _CLOSING_BYLINE.match(line)
    if not match:
        match = _NAMED_OUTLET_BYLINE.match(line)
        if not match or not outlets.by_name(match["outlet"]):
            return False
    if match["outlet"]:
        credit_outlet(article, match["outlet"])
    names = split_names(match["names"])
    for j, name in enumerate(names):
        article.add_reporter(Reporter(name, match["email"] if j == len(names) - 1 else None))
    return True


def strip_trailing_bylines(paragraphs: list[str], article: Article) -> list[str]:
    """Byline paragraphs at the end (and a lone one at the start) go to ``reporters``."""
    while paragraphs:
        if take_closing_byline(paragraphs[-1], article):
            paragraphs = paragraphs[:-1]
            continue
        if EMAIL.fullmatch(paragraphs[-1].strip("()<>[] ")):
            attach_email(article, paragraphs[-1].strip("()<>[] "))
            paragraphs = paragraphs[:-1]
            continue
        reporters = byline_reporters(paragraphs[-1])
        if reporters is None:
            break
        for reporter in reporters:
            article.add_reporter(reporter)
        paragraphs = paragraphs[:-1]
    if paragraphs and (reporters := byline_reporters(paragraphs[0])) is not None:
        for reporter in reporters:
            article.add_reporter(reporter)
        paragraphs = paragraphs[1:]
    return paragraphs


def attach_email(article: Article, email: str) -> None:
    """A lone address after the body belongs to the one reporter still without one."""
    article.outlet_clues.append(email)
    missing = [i for i, r in enumerate(article.reporters) if r.email is None]
    if len(missing) == 1:
        article.reporters[missing[0]] = Reporter(article.reporters[missing[0]].name, email)
