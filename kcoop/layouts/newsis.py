"""Newsis markdown-like dumps.

Title, subtitle, ``![caption](image)`` lines each followed by a repeat of the caption, the
``[서울=뉴시스]이름 기자 =`` dateline, the body, the ``◎공감언론 뉴시스 …`` tail, then often a
second copy of the body.
"""
from __future__ import annotations

import re

from ..article import Article, DateClue
from . import common

_IMAGE = re.compile(r"^!\[(?P<caption>.*)\]\((?P<url>[^)\s]*)[^)]*\)\s*$")
_PHOTO_DATE = re.compile(r"(?P<y>20\d{2})\.(?P<m>\d{2})\.(?P<d>\d{2})\.")
_DATELINE_START = re.compile(r"^\s*[\[(【][^=\]]{1,15}=")


def score(text: str) -> float:
    cues = (
        ("◎공감언론 뉴시스", 0.5),
        ("=뉴시스]", 0.3),
        ("newsis.com", 0.1),
        ("](http", 0.1),
    )
    return min(1.0, sum(weight for cue, weight in cues if cue in text))


def markdown_caption(line: str) -> str | None:
    """The caption of a ``![caption](url)`` line, else None."""
    match = _IMAGE.match(line.strip())
    return common.clean(match["caption"]) if match else None


def parse(text: str) -> Article:
    article = Article()
    lines = [common.clean(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    head: list[str] = []
    body: list[str] = []
    captions: list[str] = []
    for line in lines:
        if common.is_body_end(line):
            common.credit_outlets_from(line, article)
            break
        caption = markdown_caption(line)
        if caption is not None:
            captions.append(caption)
            continue
        if captions and _same_caption(line, captions[-1]):
            continue
        if body or _DATELINE_START.match(line):
            body.append(line)
        else:
            head.append(line)
    if head:
        article.title = head[0]
        has_subtitle = len(head) > 1 and common.looks_like_heading(head[1])
        if has_subtitle:
            article.subtitle = head[1]
        body = head[2 if has_subtitle else 1:] + body
    for caption in captions:
        article.captions.append(common.clean(common.MASKED_EMAIL.sub("", caption)))
        article.dates.extend(_photo_dates(caption))
    article.paragraphs = common.body_paragraphs(body, article)
    if not article.outlet_clues:
        article.outlet_clues.append("뉴시스")
    common.finish_outlet(article)
    return article


def _same_caption(line: str, caption: str) -> bool:
    squash = lambda s: re.sub(r"\W", "", common.MASKED_EMAIL.sub("", s))  # noqa: E731
    return squash(line) == squash(caption) or squash(caption).startswith(squash(line)[:60]) and len(line) > 60


def _photo_dates(caption: str) -> list[DateClue]:
    clues = []
    for match in _PHOTO_DATE.finditer(caption):
        parsed = common.printed_date(match)
        if parsed:
            clues.append(DateClue("photo", parsed[0]))
    return clues
