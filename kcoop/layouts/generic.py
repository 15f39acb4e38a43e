"""Any other page: HTML (the main content block is picked by its paragraph text) or plain
text (title, blocks of prose; chrome lines such as font-size buttons dropped)."""
from __future__ import annotations

import re

from .. import outlets
from ..article import Article, Reporter
from ..datafiles import words
from . import (
    bylines,
    dateclues,
    dom,
    finish,
    furniture,
    header,
    linerepair,
    page,
    photos,
    transcripts,
)
from .text import clean

_HTML = re.compile(r"<(?:html|body|div|p|article|h1|meta)\b", re.IGNORECASE)
_NOISE_TAGS = ("script", "style", "nav", "aside", "footer", "header", "form", "noscript", "iframe", "button", "select")
_CONTENT_HINT = re.compile(r"article|content|news|view|body|text|story|post|entry|detail", re.IGNORECASE)
# (?<![a-z]): "ad_" and "nav" as words of a class name, not inside "head_info" or "canvas"
_NOISE_HINT = re.compile(r"comment|related|sidebar|footer|header|menu|(?<![a-z])nav|banner|popular|rank|share|sns|(?<![a-z])ad[-_]|recommend",
                         re.IGNORECASE)
_SUBTITLE_HINT = " or ".join(f"contains(@class,'{hint}')" for hint in (
    "subtit", "sub_tit", "sub-tit", "subhead", "sub_head", "sub-head", "summary"))
_CAPTION_HINT = " or ".join(f"contains(@class,'{hint}')" for hint in ("caption", "img_desc", "photo_desc"))
_BYLINE_HINT = "contains(@class,'byline') or contains(@class,'writer') or contains(@class,'reporter') or contains(@class,'author')"


def is_html(text: str) -> bool:
    return len(_HTML.findall(text[:20000])) >= 2


def parse(text: str) -> Article:
    if is_html(text):
        try:
            return _parse_html(text)
        except ValueError:  # lxml cannot read it
            pass
    return _parse_text(text)


# ---------------------------------------------------------------- HTML

def _parse_html(text: str) -> Article:
    article = Article()
    doc = dom.document(text)
    page.read_meta(doc, text, article)
    declared_body = page.json_ld_body(doc)  # before the scripts go
    for element in list(doc.iter(*_NOISE_TAGS)):
        element.drop_tree()
    for element in doc.xpath("//*[@class or @id]"):
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if _NOISE_HINT.search(marker) and not _CONTENT_HINT.search(marker) and element.getparent() is not None:
            element.drop_tree()
    h1 = doc.xpath("//h1")
    heading = clean(h1[0].text_content()) if h1 else None
    if heading and len(heading) >= 5:
        article.title = heading
    subtitle = doc.xpath(f"//*[{_SUBTITLE_HINT}]")
    if subtitle:
        article.subtitle = clean(subtitle[0].text_content()) or None
        subtitle[0].drop_tree()  # some pages print it at the top of the body block
    for node in doc.xpath(f"//*[{_BYLINE_HINT}]"):
        for reporter in bylines.byline_reporters(node.text_content()) or []:
            article.add_reporter(reporter)
    main = _main_block(doc)
    raw: list[str] = []
    if main is not None:
        for figure in list(main.iter("figure")):
            caption = figure.find(".//figcaption")
            if caption is not None and clean(caption.text_content()):
                article.captions.append(clean(caption.text_content()))
            figure.drop_tree()
        for caption in main.xpath(f".//*[{_CAPTION_HINT}]"):  # a photo's caption outside <figure>
            if clean(caption.text_content()):
                article.captions.append(clean(caption.text_content()))
            caption.drop_tree()
        raw = _blocks(main)
        finish.credit_outlets_from(" ".join(raw), article)
    meta_dates = {c.date for c in article.dates if c.kind == "meta"}
    for line, labelled in dateclues.with_date_labels(_page_lines(doc)):
        if furniture.is_copyright(line) and (name := furniture.copyright_outlet(line)):
            article.outlet_clues.append(name)
        if not any(c.kind == "printed" for c in article.dates):
            # a printed 입력 date: the article's own when no metadata says otherwise; with
            # metadata only when it agrees (it adds the time; sidebars print other dates)
            printed = [c for c in dateclues.labelled_dates(labelled) if not meta_dates or c.date in meta_dates]
            article.dates.extend(printed)
    if sum(map(len, declared_body)) > 2 * sum(len(clean(line)) for line in raw):  # the page's text is not drawn
        raw = declared_body
    article.paragraphs = furniture.until_body_end(raw, article)
    article.declared_authors = [Reporter(name, None) for name in _declared_authors(doc, text)]
    return article


def _declared_authors(doc, text: str) -> list[str]:
    """Reporters named in ``<meta name="author">`` (and the like) or JSON-LD ``author``."""
    values = doc.xpath("//meta[@name='author' or @name='dable:author' or @property='dable:author' or @name='byl']/@content")
    for block in _JSON_LD_AUTHOR.findall(text):
        values += _JSON_LD_NAME.findall(block)
    names: list[str] = []
    for value in values:
        name = bylines.AUTHOR_NAME.fullmatch(clean(value))
        person = name and name["name"]
        if (person and person not in names and person not in words("not_names.txt")
                and not bylines.DESK_OR_OUTLET.search(person) and not outlets.by_name(person)):
            names.append(person)
    return names


_JSON_LD_AUTHOR = re.compile(r'"author"\s*:\s*(\{[^{}]*\}|\[[^\[\]]*\])')
_JSON_LD_NAME = re.compile(r'"name"\s*:\s*"([^"]+)"')


def _main_block(doc):
    """The element whose paragraphs hold the most text, preferring the tightest such one."""
    scores = {}
    for p in doc.iter("p", "br"):
        text_len = len((p.text_content() if p.tag == "p" else (p.tail or "")).strip())
        if text_len < 20:
            continue
        parent = p.getparent()
        depth = 0
        while parent is not None and depth < 4:
            scores[parent] = scores.get(parent, 0) + text_len / (1 + depth * 0.5)
            marker = f"{parent.get('class', '')} {parent.get('id', '')}"
            if _CONTENT_HINT.search(marker):
                scores[parent] += text_len * 0.2
            parent = parent.getparent()
            depth += 1
    if not scores:
        bodies = doc.xpath("//body")
        return bodies[0] if bodies else None
    return max(scores, key=scores.get)


_BLOCK_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "section", "article",
               "header", "footer", "blockquote", "dd", "dt")


def _blocks(main) -> list[str]:
    for br in main.iter("br"):
        br.tail = "\n" + (br.tail or "")
    paragraphs = [p for p in main.iter("p", "h2", "h3", "h4", "li")]
    if len(paragraphs) >= 2:
        return [p.text_content() for p in paragraphs if p.getparent() is not None]
    for block in main.iter(*_BLOCK_TAGS):  # a line per block, so that a heading is not glued to the text after it
        if block is not main:
            block.text, block.tail = "\n" + (block.text or ""), "\n" + (block.tail or "")
    return main.text_content().split("\n")


def _page_lines(doc) -> list[str]:
    return [clean(t) for t in doc.itertext() if t.strip()]


# ---------------------------------------------------------------- plain text

def _parse_text(text: str) -> Article:
    article = Article()
    head: list[str] = []
    body: list[str] = []
    lines = (line for line in linerepair.clean_lines(text) if line and not furniture.is_chrome(line))
    transcript = False  # a broadcast transcript's cue seen: its labels of who speaks are text
    for line, labelled in dateclues.with_date_labels(lines):
        if (speaker := transcripts.cue(line)) is not None:
            transcript = True
            if speaker and body:  # [인터뷰 : 정미란 / 기상청 예보국장]
                body.append(speaker)
            continue
        if body and transcript and transcripts.is_speaker_label(line):
            body.append(line)
            continue
        if body and transcript and transcripts.take_sign_off(line, article):
            continue
        caption = photos.markdown_caption(line)
        if caption is not None:  # an image line; ![](url) has no caption
            if caption:
                article.captions.append(caption)
                article.dates.extend(dateclues.photo_dates(caption))
            continue
        if article.captions and photos.repeats_caption(line, article.captions[-1]):
            continue
        if photos.is_photo_caption(line) or (head and not body and photos.is_names_only(line)):
            article.captions.append(photos.photo_caption_text(line))
            continue
        if furniture.take_body_end(line, article):
            if body:
                break
            continue
        if not body and header.take_meta_line(labelled, article):
            continue
        if body or (head and not header.looks_like_heading(line)):
            body.append(line)
        elif not furniture.is_menu_item(line):  # site navigation before the headline: 뉴스, 로그인 …
            head.append(line)
    body = header.take_headings(head, article, max_subtitle_lines=1 if body else 0) + body
    finish.credit_outlets_from(" ".join(body), article)
    article.paragraphs = body
    return article
