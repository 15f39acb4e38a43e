"""Naver News article pages, saved whole or pasted into another site's template.

The markup read (learned from public crawlers; see README "Naver pages"):

- n.news.naver.com (``/mnews/article/OID/AID``): the headline ``h2#title_area`` /
  ``.media_end_head_headline``; the date-time attribute ``data-date-time`` of
  ``._ARTICLE_DATE_TIME``; the journalist box ``.media_end_head_journalist_name`` and the
  ``.byline_s`` line after the body; the press logo's ``alt``
  (``.media_end_head_top_logo img``); the body ``#dic_area`` inside ``#newsct_article``,
  its summary box ``.media_end_summary`` (the subtitle) and photos ``.end_photo_org`` with
  ``.img_desc`` captions; ``.copyright`` after it.
- the older news.naver.com (``/main/read.nhn``): ``#articleTitle``, the first ``.t11``
  (기사입력), ``#articleBodyContents`` (with a script comment to skip), ``.press_logo img``.

Page text without markup (a text or markdown export) is read like any page text, with
Naver's furniture (기사제공, 구독, reactions) among the lines that end the body.
"""
from __future__ import annotations

import re

from ..article import Article, DateClue, Reporter
from . import bylines, dateclues, dom, finish, furniture, generic, page
from .text import clean

CUES = (
    ("media_end_head", 0.5),
    ('id="dic_area"', 0.5),
    ("newsct_article", 0.4),
    ("articleBodyContents", 0.6),
    ('id="articleTitle"', 0.3),
    ("n.news.naver.com", 0.2),
    ("news.naver.com", 0.1),
    # the article page's text copied from a browser: the labels of Naver's buttons and notes
    ("본문 요약봇", 0.3),
    ("텍스트 음성 변환 서비스", 0.3),
    ("기사 섹션 분류 안내", 0.3),
    ("섹션으로 분류했습니다", 0.3),
)
HOSTS = ("news.naver.com",)

_BODY = ("//*[@id='dic_area']", "//*[@id='articleBodyContents']", "//*[@id='articeBody']", "//*[@id='newsct_article']",
         "//*[contains(@class,'_article_content')]")
_TITLE = ("//*[@id='title_area']", "//*[contains(@class,'media_end_head_headline')]", "//*[@id='articleTitle']",
          "//*[contains(@class,'end_tit')]")
_LOGO = ("//*[contains(@class,'media_end_head_top_logo')]//img/@alt", "//*[contains(@class,'press_logo')]//img/@alt",
         "//meta[@name='twitter:creator']/@content", "//meta[@property='og:article:author']/@content")
_JOURNALIST = ("//*[contains(@class,'media_end_head_journalist_name')]", "//*[contains(@class,'byline_s')]",
               "//*[contains(@class,'byline')]//p", "//*[contains(@class,'journalistcard_summary_name')]")
_NOT_BODY = ("script", "style", "noscript", "iframe", "button")
_NOT_BODY_CLASSES = ("vod_player", "_VOD_PLAYER", "media_end_linked", "end_btn", "reporter_area", "byline",
                     "copyright", "promotion", "media_end_correction", "artical-btm", "ad_")
_CAPTION_CLASSES = ("img_desc", "end_photo_org", "nbd_im_w", "photo_desc")
_DATE_ATTRIBUTES = ("data-date-time", "data-modify-date-time")
_DATE_TIME = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[ T](?P<H>\d{2}):(?P<M>\d{2}))?")
_OUTLET_SUFFIX = re.compile(r"\s*[|:-]\s*네이버.*$")


def parse(text: str) -> Article:
    if not generic.is_html(text):
        return generic.parse(text)
    try:
        doc = dom.document(text)
    except ValueError:
        return generic.parse(text)
    body = page.first(doc, _BODY)
    if body is None:  # not an article page after all
        return generic.parse(text)
    article = Article()
    page.read_meta(doc, text, article)
    heading = page.first(doc, _TITLE)
    _read_date(doc, article)
    # the template's own header, where Naver's is missing (a body pasted into another page)
    page.read_template_header(doc, body, article, clean(heading.text_content()) if heading is not None else None)
    for value in _all(doc, _LOGO):
        name = _OUTLET_SUFFIX.sub("", clean(value))
        if name:
            article.outlet_clues.insert(0, name)
            break
    for node in _all(doc, _JOURNALIST):
        for reporter in bylines.byline_reporters(node.text_content()) or _journalist(node.text_content()):
            article.add_reporter(reporter)
    summary = body.xpath(".//*[contains(@class,'media_end_summary')]")
    if summary:
        article.subtitle = clean(" ".join(summary[0].itertext())) or None
        summary[0].drop_tree()
    for caption in body.xpath(" | ".join(f".//*[contains(@class,'{name}')]" for name in _CAPTION_CLASSES)):
        if caption.getparent() is None:
            continue
        described = caption.xpath(".//*[contains(@class,'img_desc')]")
        words = clean((described[0] if described else caption).text_content())
        if words and words not in article.captions:
            article.captions.append(words)
        caption.drop_tree()
    for element in list(body.iter(*_NOT_BODY)):
        element.drop_tree()
    for element in body.xpath(" | ".join(f".//*[contains(@class,'{name}')]" for name in _NOT_BODY_CLASSES)):
        if element.getparent() is not None:
            element.drop_tree()
    lines = page.text_lines(body)
    finish.credit_outlets_from(" ".join(lines), article)
    article.paragraphs = furniture.until_body_end(lines, article)
    return article


def _all(doc, expressions) -> list:
    return [value for expression in expressions for value in doc.xpath(expression)]


def _read_date(doc, article: Article) -> None:
    """The article's date-time attribute (new pages) or its first ``.t11`` (older ones)."""
    for attribute in _DATE_ATTRIBUTES:
        for value in doc.xpath(f"//*[@{attribute}]/@{attribute}"):
            match = _DATE_TIME.search(value)
            parsed = dateclues.printed_date(match) if match else None
            if parsed:
                article.dates.insert(0, DateClue("printed", *parsed))
                return
    for node in doc.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' t11 ')]"):
        match = dateclues.PRINTED_DATE.search(node.text_content())
        parsed = dateclues.printed_date(match) if match else None
        if parsed:
            article.dates.insert(0, DateClue("printed", *parsed))
            return


_NAME = re.compile(r"^\s*(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)?\s*$")


def _journalist(text: str) -> list[Reporter]:
    """The journalist box may hold the name alone."""
    match = _NAME.match(clean(text))
    return [Reporter(match["name"])] if match else []
