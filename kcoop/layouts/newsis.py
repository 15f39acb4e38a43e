"""Newsis markdown-like dumps.

Title, subtitle, ``![caption](image)`` lines each followed by a repeat of the caption, the
``[서울=뉴시스]이름 기자 =`` dateline, the body, the ``◎공감언론 뉴시스 …`` tail, then often a
second copy of the body.
"""
from __future__ import annotations

import re

from ..article import Article
from . import bylines, dateclues, furniture, header, linerepair, photos
from .text import clean

_DATELINE_START = re.compile(r"^\s*[\[(【][^=\]]{1,15}=")


# Strings that only this layout's dumps contain, and how much each one tells (see detect).
CUES = (
    ("◎공감언론 뉴시스", 0.5),
    ("=뉴시스]", 0.3),
    ("newsis.com", 0.1),
    ("](http", 0.1),
)
HOSTS = ("newsis.com",)
OUTLET = "뉴시스"  # its pages are the agency's own: the outlet where the page names none
READS_MARKUP = False  # page text and markdown dumps; a saved web page goes to the generic parser


def parse(text: str) -> Article:
    article = Article()
    lines = linerepair.clean_lines(text)
    lines = [line for line in lines if line]
    head: list[str] = []
    body: list[str] = []
    captions: list[str] = []
    for line in lines:
        if furniture.take_body_end(line, article):
            break
        caption = photos.markdown_caption(line)
        if caption is not None:
            captions.append(caption)
            continue
        if captions and photos.repeats_caption(line, captions[-1]):
            continue
        if photos.is_photo_caption(line):  # a caption printed without its image line
            captions.append(photos.photo_caption_text(line))
            continue
        if not body and header.take_meta_line(line, article):
            continue
        if body or _DATELINE_START.match(line):
            body.append(line)
        else:
            head.append(line)
    body = header.take_headings(head, article) + body
    for caption in captions:
        article.captions.append(clean(bylines.MASKED_EMAIL.sub("", caption)))
        article.dates.extend(dateclues.photo_dates(caption))
    article.paragraphs = body
    return article
