"""Nuri Ilbo rendered page text.

The site's "today" line, a weather widget, the section name, title, subtitle, the body
opening with the ``(누리일보)`` credit, then sidebars (``오피니언``, ``더보기``, other articles,
``배너``) that must not reach the record. A page saved flattened onto one line has its
header, widget, credit and sidebar headings broken out again (its title and subtitle stay
joined: where one ends is lost).
"""
from __future__ import annotations

import re
from functools import cache

from .. import outlets
from ..article import Article, DateClue
from ..datafiles import words
from . import dateclues, furniture, header, linerepair, photos

_TODAY = re.compile(r"^(?P<y>20\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\.?\s*\([월화수목금토일]\)$")
# a weather widget's line: "• 맑음동두천 0.8℃", "맑음 동두천 -5.1°C"
_WEATHER = re.compile(r"^[•·]?\s*(?:\S+\s+)?\S*\s*-?\d+(?:\.\d+)?\s*(?:℃|°\s?C|°)$|^기상청 제공$")
_CREDIT = re.compile(r"^\((?P<outlet>[^()=]{2,12})\)\s*")


# Strings that only this layout's dumps contain, and how much each one tells (see detect).
CUES = (("(누리일보)", 0.6), ("nuriilbo", 0.2), ("기상청 제공", 0.3), ("℃", 0.2))
READS_MARKUP = False  # page text only


def parse(text: str) -> Article:
    article = Article()
    head: list[str] = []
    body: list[str] = []
    flattened = linerepair.is_flattened(text.split("\n"))
    if flattened:  # the widget, the credit and the sidebars' headings start lines of their own again
        text = _CREDIT_IN_FLAT.sub(_credit_break, _FLAT_WIDGET_BREAK.sub("\n", text))
        text = _sidebar_headings().sub(lambda m: f"\n{m[1]}\n", text)
    for line in linerepair.clean_lines(text, flattened=flattened):
        if flattened and not body and line.split(" ", 1)[0] in words("sections.txt"):
            line = line.split(" ", 1)[-1]  # 경제산업 과기정통부, … : the section before the headline
        if not line or _WEATHER.match(line) or furniture.is_chrome(line):
            continue
        today = _TODAY.match(line)
        if today and not body:
            parsed = dateclues.printed_date(today)
            if parsed:
                article.dates.append(DateClue("page-header", parsed[0]))
            continue
        if furniture.is_body_end(line):
            if body:
                break
            continue
        if not body and header.take_meta_line(line, article):  # 기사입력 2026.01.15 10:20 · 홍길동 기자
            continue
        if photos.is_photo_caption(line):
            article.captions.append(photos.photo_caption_text(line))
        elif body or _starts_body(line):
            body.append(line)
        elif line not in words("sections.txt"):
            head.append(line)
    body = header.take_headings(head, article, max_subtitle_lines=1) + body
    if body:
        credit = _CREDIT.match(body[0])
        if credit and credit["outlet"]:
            article.outlet_clues.append(credit["outlet"])
            body[0] = body[0][credit.end():]
    article.paragraphs = body
    return article


# A page saved flattened: where the date header and each weather item end
_FLAT_WIDGET_BREAK = re.compile(r"(?<=\([월화수목금토일]\))\s+|(?<=℃)\s+|(?<=°C)\s+|(?<=기상청\s제공)\s+")


@cache
def _sidebar_headings() -> re.Pattern:
    """The headings after which a page shows other articles (data/body_end_lines.txt), as words."""
    headings = sorted(words("body_end_lines.txt"), key=len, reverse=True)
    return re.compile(r"\s+(" + "|".join(r"\s+".join(map(re.escape, h.split())) for h in headings) + r")(?=\s|$)")


_CREDIT_IN_FLAT = re.compile(r"\s+(?=\((?P<outlet>[^()=\s]{2,12})\)\s)")


def _credit_break(match: re.Match) -> str:
    """A line break before ``(누리일보)``, the credit that opens the body (an outlet's name only)."""
    return "\n" if outlets.by_name(match["outlet"]) else match.group(0)


def _starts_body(line: str) -> bool:
    return bool(_CREDIT.match(line)) or not header.looks_like_heading(line)
