"""Newsis markdown-like dumps.

Title, subtitle, ``![caption](image)`` lines each followed by a repeat of the caption, the
``[서울=뉴시스]이름 기자 =`` dateline, the body, the ``◎공감언론 뉴시스 …`` tail, then often a
second copy of the body.
"""
from __future__ import annotations

import re

from ..article import Article
from . import common

_DATELINE_START = re.compile(r"^\s*[\[(【][^=\]]{1,15}=")


# Strings that only this layout's dumps contain, and how much each one tells (see detect).
CUES = (
    ("◎공감언론 뉴시스", 0.5),
    ("=뉴시스]", 0.3),
    ("newsis.com", 0.1),
    ("](http", 0.1),
)
HOSTS = ("newsis.com",)
READS_MARKUP = False  # page text and markdown dumps; a saved web page goes to the generic parser


def parse(text: str) -> Article:
    article = Article()
    lines = common.clean_lines(text)
    lines = [line for line in lines if line]
    head: list[str] = []
    body: list[str] = []
    captions: list[str] = []
    for line in lines:
        if common.ends_body(line, article):
            break
        caption = common.markdown_caption(line)
        if caption is not None:
            captions.append(caption)
            continue
        if captions and common.repeats_caption(line, captions[-1]):
            continue
        if common.is_photo_caption(line):  # a caption printed without its image line
            captions.append(common.photo_caption_text(line))
            continue
        if not body and common.take_meta_line(line, article):
            continue
        if body or _DATELINE_START.match(line):
            body.append(line)
        else:
            head.append(line)
    body = common.take_headings(head, article) + body
    for caption in captions:
        article.captions.append(common.clean(common.MASKED_EMAIL.sub("", caption)))
        article.dates.extend(common.photo_dates(caption))
    article.paragraphs = common.body_paragraphs(body, article)
    if not article.outlet_clues:
        article.outlet_clues.append("뉴시스")
    common.finish_outlet(article)
    return article
