"""Newsis articles: markdown-like dumps and page text, and saved article pages.

A dump: title, subtitle, ``![caption](image)`` lines each followed by a repeat of the
caption, the ``[서울=뉴시스]이름 기자 =`` dateline, the body, the ``◎공감언론 뉴시스 …`` tail,
then often a second copy of the body.

A saved page of newsis.com/view (the markup learned from public crawlers): the headline
``h1.tit`` (in ``.articleView``/``.subject``), the date line ``.infoLine`` (``기사등록
2025/09/05 13:47:51``) and ``article:published_time``, the body ``article`` in ``.viewer``
with ``<br>``-separated paragraphs, its summary box ``.summury`` (the subtitle), photos in
``.thumCont`` with ``.photojournal`` captions, and ``#textBody``, a hidden copy of the text
(read only where it is the only text). Pasted into another site's template, the body is
still found and the template's header read where Newsis's is missing.
"""
from __future__ import annotations

import re

from ..article import Article
from . import (
    bylines,
    dateclues,
    dom,
    finish,
    furniture,
    generic,
    header,
    linerepair,
    page,
    photos,
)
from .text import clean

_DATELINE_START = re.compile(r"^\s*[\[(【][^=\]]{1,15}=")


# Strings that only this layout's dumps contain, and how much each one tells (see detect).
CUES = (
    ("◎공감언론 뉴시스", 0.5),
    ("=뉴시스]", 0.3),
    ("newsis.com", 0.1),
    ("](http", 0.1),
    ("photojournal", 0.2),
    ("summury", 0.2),
)
HOSTS = ("newsis.com",)
OUTLET = "뉴시스"  # its pages are the agency's own: the outlet where the page names none

_BODY = ("//*[contains(@class,'viewer')]//article", "//article[.//*[contains(@class,'photojournal') or @id='textBody']]",
         "//*[contains(concat(' ', normalize-space(@class), ' '), ' viewer ')]", "//*[@id='textBody']")
_TITLE = ("//*[contains(@class,'articleView')]//h1", "//h1[contains(@class,'tit')]", "//*[contains(@class,'subject')]//h1")
_SUBTITLE = ".//*[contains(@class,'summury') or contains(@class,'summary') or contains(@class,'subtit')]"
_CAPTION = ".//*[contains(@class,'photojournal')] | .//figcaption"
_NOT_BODY = (".//*[contains(@class,'thumCont')] | .//figure | .//*[@id='view_ad'] | .//script | .//style | .//iframe"
             " | .//*[contains(@class,'relation') or contains(@class,'related')]")
_HIDDEN_COPY = ".//*[@id='textBody']"
_OWN_TEXT = 50  # characters outside the hidden copy: the body prints its text itself


def parse(text: str) -> Article:
    if not generic.is_html(text):
        return _parse_text(text)
    try:
        doc = dom.document(text)
    except ValueError:
        return generic.parse(text)
    body = page.first(doc, _BODY)
    if body is None:  # a page quoting a Newsis article in markup of its own
        return generic.parse(text)
    return _parse_page(doc, body, text)


def _parse_page(doc, body, text: str) -> Article:
    article = Article()
    page.read_meta(doc, text, article)
    for node in doc.xpath("//*[contains(@class,'infoLine')]"):
        article.dates.extend(dateclues.labelled_dates(clean(node.text_content())))
    summary = body.xpath(_SUBTITLE)
    if summary:
        article.subtitle = clean(" ".join(summary[0].itertext())) or None
        summary[0].drop_tree()
    for node in body.xpath(_CAPTION):
        caption = clean(node.text_content())
        if caption and caption not in article.captions:
            article.captions.append(caption)
            article.dates.extend(dateclues.photo_dates(caption))
    for element in body.xpath(_NOT_BODY):
        if element.getparent() is not None:
            element.drop_tree()
    for copy in body.xpath(_HIDDEN_COPY):
        if len(clean(body.text_content())) - len(clean(copy.text_content())) >= _OWN_TEXT:
            copy.drop_tree()
    title = page.first(doc, _TITLE)
    page.read_template_header(doc, body, article, clean(title.text_content()) if title is not None else None)
    lines = page.text_lines(body)
    finish.credit_outlets_from(" ".join(lines), article)
    article.paragraphs = furniture.until_body_end(lines, article)
    return article


def _parse_text(text: str) -> Article:
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
