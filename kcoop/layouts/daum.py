"""Daum portal articles, in the three shapes users save them:

- the portal dump: ``TITLE 작성일 MM-DD … <div class="article_view">…</div> Copyright © …``;
- a full saved article page (``og:regDate``, ``.tit_view``, ``.num_date``, ``.info_view``);
- a Daum body pasted inside another site's page template (title, date and credits come
  from the surrounding page).
"""
from __future__ import annotations

import datetime as dt
import re

from ..article import Article, DateClue
from . import bylines, dateclues, dom, finish, furniture, generic, linerepair, page
from .text import clean

# ``TITLE 작성일 10-29 49 목록`` (or ``작성일 2025.10.29 10:55``): the dump's first line.
_DUMP_HEAD = re.compile(
    r"^\s*(?P<title>(?:[^<\n]|<(?![A-Za-z/!]))*?)\s*작성일\s*(?:(?P<y>20\d{2})\s*[.-]\s*)?(?P<m>\d{1,2})\s*[.-]\s*(?P<d>\d{1,2})\.?"
    r"(?:\s*(?P<ampm>오전|오후)?\s*(?P<H>\d{1,2}):(?P<M>\d{2}))?(?:\s+\d+\s*목록)?"
)
_TAG = re.compile(r"<[A-Za-z][^>]*>")
# The marked paragraph blocks and subheadings, and plain <p>s outside them (a byline is
# often left unmarked)
_BODY_BLOCKS = (
    ".//*[@dmcf-ptype='general' or @dmcf-ptype='h2' or @dmcf-ptype='h3' or @dmcf-ptype='h4']"
    " | .//p[not(@dmcf-ptype) and not(ancestor::*[@dmcf-ptype='general']) and not(ancestor::figure)]"
)
_IMAGE_STAMP = re.compile(r"daumcdn\.net/news/\d{6}/\d{2}/[\w-]+/(?P<stamp>\d{14})")
_SOURCE_LINE = re.compile(r"\[\s*(?:Source|출처)\s*[:：]\s*(?P<name>[^\]]+)\]", re.IGNORECASE)


# Strings that only this layout's dumps contain, and how much each one tells (see detect).
CUES = (
    ("dmcf-ptype", 0.5),
    ("article_view", 0.4),
    (_DUMP_HEAD, 0.4),
    ("daumcdn.net/news", 0.1),
    ("작성일", 0.1),
    ("og:regDate", 0.05),
    # the article page's text copied from a browser: the labels of Daum's buttons and notes
    ("해당 언론사로 이동합니다", 0.3),
    ("타임톡", 0.2),
    ("번역 설정", 0.2),
    ("다음뉴스", 0.2),
    ("요약보기", 0.1),
)
HOSTS = ("v.daum.net", "news.daum.net")  # the article's address (front matter, canonical link) picks this layout


def parse(text: str) -> Article:
    article = Article()
    head = _DUMP_HEAD.match(text)
    markup = text[head.end():] if head else text
    if head:
        article.title = clean(head["title"]) or None
        article.dates.append(_head_date(head))
        if not _TAG.search(markup):  # the page's text without its markup
            return _parse_text_dump(markup, article)
    doc = dom.document(markup) if markup.strip() else None
    body = _article_body(doc)
    if body is None:  # no article block marked up: a dump is read as text, a page as any page
        if not head:
            return generic.parse(text)
        return _parse_text_dump(" ".join(doc.itertext()) if doc is not None else "", article)
    if not head:
        _read_page_metadata(doc, body, article)
    if doc is not None:
        summary = doc.find_class("summary_view")
        if summary:
            article.subtitle = clean(" ".join(summary[0].itertext())) or None
        article.dates.extend(_image_dates(markup))
        _read_credits(doc, body, article)
    paragraphs = _paragraphs(body, article) if body is not None else []
    article.paragraphs = paragraphs
    return article


def _head_date(head: re.Match) -> DateClue:
    """작성일 with a year is a printed date; without one, a month and day still to be placed."""
    parsed = dateclues.printed_date(head) if head["y"] else None
    return DateClue("printed", *parsed) if parsed else DateClue("yearless", month_day=(int(head["m"]), int(head["d"])))


_DATELINE_WITHIN = 4  # lines: a dateline this early starts the body; before it, subtitle and captions


def _parse_text_dump(text: str, article: Article) -> Article:
    """A dump saved as text only: the body runs up to the copyright notice or the portal's
    related-articles and comment headings. Without markup the subtitle and photo captions
    cannot be told from the body, except where a dateline (``(서울=연합뉴스) … 기자 =``) shows
    where the body begins."""
    lines = [line for line in linerepair.clean_lines(text, flattened=True) if line]
    opening = next((i for i, line in enumerate(lines[:_DATELINE_WITHIN]) if bylines.is_dateline(line)), 0)
    body: list[str] = []
    for line in lines[opening:]:
        if furniture.take_body_end(line, article):
            break
        body.append(line)
    article.paragraphs = body
    return article


def _article_body(doc):
    if doc is None:
        return None
    views = doc.find_class("article_view")
    if views:
        return views[0]
    marked = doc.xpath("//*[@dmcf-ptype='general']")
    return marked[0].getparent() if marked else None


def _paragraphs(body, article: Article) -> list[str]:
    blocks = dom.xpath(_BODY_BLOCKS)(body)
    paragraphs: list[str] = []
    for block in blocks:
        inner = [p for p in block.iter("p") if p is not block]
        parts = inner or [block]
        paragraphs.extend(line for part in parts for line in _lines_between_breaks(part))
    for figure in body.iter("figure"):
        caption = figure.find(".//figcaption")
        image = figure.find(".//img")
        text = " ".join(caption.itertext()) if caption is not None else (image.get("alt", "") if image is not None else "")
        if clean(text):
            article.captions.append(clean(text))
    return paragraphs


def _lines_between_breaks(element) -> list[str]:
    """A block's text, a paragraph per ``<br>``-separated line (some bodies are one block)."""
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return [line for line in map(clean, "".join(element.itertext()).split("\n")) if line]


def _image_dates(markup: str) -> list[DateClue]:
    clues = []
    for match in _IMAGE_STAMP.finditer(markup):
        when = _timestamp(match["stamp"])
        if when is None:
            continue
        clue = DateClue("image-url", when.date(), when.strftime("%H:%M"))
        if clue not in clues:
            clues.append(clue)
    return clues


def _timestamp(stamp: str) -> dt.datetime | None:
    """``20251029105515`` -> 2025-10-29 10:55:15 (strptime is slow and this is hot)."""
    try:
        return dt.datetime(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[8:10]), int(stamp[10:12]))
    except ValueError:
        return None


def _read_credits(doc, body, article: Article) -> None:
    """Copyright line, ``[Source : …]`` line and reporter emails outside the body."""
    outside = page.outside_text(doc, body)
    for line in outside:
        if furniture.is_copyright(line):
            name = furniture.copyright_outlet(line)
            if name:
                article.outlet_clues.append(name)
        source = _SOURCE_LINE.search(line)
        if source:
            article.outlet_clues.append(clean(source["name"]))
    if body is not None:
        finish.credit_outlets_from(" ".join(body.itertext()), article)


_REG_DATE = re.compile(r"\d{14}")  # og:regDate: 20251029143000


def _read_page_metadata(doc, body, article: Article) -> None:
    """A full Daum page or another site's template around a Daum body."""
    reg_date = page.meta(doc, "og:regDate")
    when = _timestamp(reg_date) if reg_date and _REG_DATE.fullmatch(reg_date) else None
    if when:
        article.dates.append(DateClue("meta", when.date(), when.strftime("%H:%M")))
    for info in doc.find_class("info_view"):
        for item in info.find_class("txt_info"):
            text = clean(item.text_content())
            reporters = bylines.byline_reporters(text)
            if reporters:
                for reporter in reporters:
                    article.add_reporter(reporter)
    for node in doc.find_class("num_date"):
        match = dateclues.PRINTED_DATE.search(node.text_content())
        parsed = dateclues.printed_date(match) if match else None
        if parsed:
            article.dates.append(DateClue("printed", *parsed))
    author = page.meta(doc, "og:article:author") or page.meta(doc, "article:media_name")
    if author:
        article.outlet_clues.append(author)
    title_view = doc.find_class("tit_view")
    article.title = page.meta(doc, "og:title")
    page.read_template_header(doc, body, article, clean(title_view[0].text_content()) if title_view else None)
