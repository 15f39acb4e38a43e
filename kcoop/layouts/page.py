"""A saved web page around an article body: the page's metadata (``og:`` and ``article:``
tags, JSON-LD) and the template's header (the heading before the body, a byline, a date
line), read where the body's own layout lacks them, whichever site's template it is."""
from __future__ import annotations

import json
import re

from ..article import Article, DateClue
from . import bylines, dateclues, dom, linerepair
from .text import clean

_DATE_META = ("article:published_time", "og:regDate", "datePublished", "pubdate", "publish-date", "date")
_ISO = re.compile(r"(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})(?:[T ]?(?P<H>\d{2}):?(?P<M>\d{2}))?")
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–:]{1,2}\s+")  # 기사 제목 | 사이트 이름
_HEADING_XPATH = (
    "//h1|//h2|//h3|//h4|//*[contains(@class,'title') or contains(@class,'subject') or contains(@class,'headline')]"
)
_PAGE_TEXT = "//text()[not(ancestor::script) and not(ancestor::style)]"
_HEADER_LINES = 12  # lines of the page's text just before the body: its header, not the menus above
_BLOCKS = ("p", "div", "br", "h2", "h3", "h4", "li", "table", "tr", "blockquote", "strong", "b")


def first(doc, expressions):
    """The first element (or value) the first matching XPath expression finds, else None."""
    for expression in expressions:
        found = doc.xpath(expression)
        if found:
            return found[0]
    return None


def meta(doc, name: str) -> str | None:
    found = doc.xpath(f"//meta[@property='{name}' or @name='{name}' or @itemprop='{name}']/@content")
    return clean(found[0]) if found and found[0].strip() else None


def read_meta(doc, text: str, article: Article) -> None:
    """The page's metadata: title, outlet clues (site name, author, address), the date."""
    title = meta(doc, "og:title")
    titles = doc.xpath("//title")
    if title or titles:
        article.title = title or _TITLE_SEPARATOR.split(clean(titles[0].text_content()))[0]
    for name in ("og:site_name", "article:media_name", "og:article:author", "og:url"):
        if meta(doc, name):
            article.outlet_clues.append(meta(doc, name))
    candidates = [meta(doc, name) for name in _DATE_META]
    candidates += _JSON_LD_PUBLISHED.findall(text)
    candidates += doc.xpath("//time/@datetime")
    for value in filter(None, candidates):
        clue = _iso_clue(value)
        if clue:
            article.dates.append(clue)
            break


def json_ld_body(doc) -> list[str]:
    """The lines of the ``articleBody`` a page declares in JSON-LD (pages that draw the text
    with a script hold it only there once saved without running it); [] when none."""
    for script in doc.xpath("//script[@type='application/ld+json']"):
        if "articleBody" not in (script.text or ""):
            continue
        try:
            declared = json.loads(script.text)
        except ValueError:
            continue
        for item in _json_objects(declared):
            body = item.get("articleBody")
            if isinstance(body, str) and body.strip():
                if "<" in body:  # some sites declare the body's markup
                    body = _MARKUP.sub("", _LINE_MARKUP.sub("\n", body))
                return [line for line in linerepair.clean_lines(body) if line]
    return []


_LINE_MARKUP = re.compile(r"<br\s*/?>|</p\s*>", re.IGNORECASE)
_MARKUP = re.compile(r"<[^<>]{0,500}>")


def _json_objects(value):
    """Every object in a JSON value (JSON-LD nests articles in lists and ``@graph``)."""
    if isinstance(value, dict):
        yield value
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict | list):
                yield from _json_objects(item)


def _iso_clue(value: str) -> DateClue | None:
    match = _ISO.search(value)
    parsed = dateclues.printed_date(match) if match else None
    return DateClue("meta", *parsed) if parsed else None


def text_lines(body) -> list[str]:
    """A body's text, a line per ``<br>``-separated run or block (bold runs stay inline)."""
    parts: list[str] = []
    _collect(body, parts)
    return [line for line in map(clean, "".join(parts).split("\n")) if line]


def _collect(element, parts: list[str]) -> None:
    """The element's text into ``parts``, a line break around each block and after each
    ``<br>`` (read, not written into the tree: page text may hold what lxml will not take back)."""
    breaks = isinstance(element.tag, str) and element.tag in _BLOCKS and element.tag not in ("strong", "b")
    if isinstance(element.tag, str):  # not a comment
        parts.append("\n" if breaks else "")
        parts.append(element.text or "")
        for child in element:
            _collect(child, parts)
            parts.append(child.tail or "")
        parts.append("\n" if breaks else "")


def outside_text(doc, body) -> list[str]:
    """The page's text around the article body (credits, date lines, headings), in order."""
    before, after = _around(doc, body)
    return before + after


_BODY_PLACE = "\ue000body\ue000"  # the stand-in's text: where the body was, among the page's texts


def _around(doc, body) -> tuple[list[str], list[str]]:
    """The page's text lines before the body and after it."""
    parent = body.getparent() if body is not None else None
    if parent is None:
        return [clean(chunk) for chunk in dom.xpath(_PAGE_TEXT)(doc) if chunk.strip()], []
    # The body swapped for a stand-in while the page is read: much faster than testing
    # every text's ancestors, and the text after the body keeps its place.
    stand_in, tail = dom.element("span"), body.tail
    stand_in.text, stand_in.tail = _BODY_PLACE, tail
    parent.replace(body, stand_in)
    try:
        chunks = [str(chunk) for chunk in dom.xpath(_PAGE_TEXT)(doc)]
    finally:
        parent.replace(stand_in, body)
        body.tail = tail
    place = chunks.index(_BODY_PLACE)
    return ([clean(chunk) for chunk in chunks[:place] if chunk.strip()],
            [clean(chunk) for chunk in chunks[place + 1:] if chunk.strip()])


def inside(element, ancestor) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False


def heading_before(doc, body) -> str | None:
    """The last heading the page prints before the body: the template's headline."""
    if body is None:
        return None
    order = {el: i for i, el in enumerate(doc.iter())}
    body_at = order.get(body, len(order))
    headings = [
        clean(el.text_content()) for el in doc.xpath(_HEADING_XPATH)
        if order.get(el, body_at) < body_at and not inside(el, body)
    ]
    headings = [h for h in headings if len(h) >= 5]
    return headings[-1] if headings else None


def dates_around_body(doc, body, article: Article) -> None:
    """A template's date line (``2025.10.29 10:55``, ``입력 2025-10-29``), where no printed
    date or metadata gave one: a labelled date first, else the first printed one."""
    if any(clue.kind in ("printed", "meta") for clue in article.dates):
        return
    lines = outside_text(doc, body)
    for _, labelled in dateclues.with_date_labels(lines):
        if found := dateclues.labelled_dates(labelled):
            article.dates.extend(found)
            return
    for line in lines:
        match = dateclues.PRINTED_DATE.search(line)
        parsed = dateclues.printed_date(match) if match else None
        if parsed:
            article.dates.append(DateClue("printed", *parsed))
            return


def read_template_header(doc, body, article: Article, own_title: str | None) -> None:
    """The header of the page around a body, for what the body's layout did not print: the
    title (the layout's ``own_title``, else the heading before the body, else the page's
    metadata), a byline just before the body (kept as declared authors: a byline in the
    body comes first), a date line (where the metadata gives none)."""
    article.title = own_title or heading_before(doc, body) or article.title
    before, _ = _around(doc, body)
    for line in reversed(before[-_HEADER_LINES:]):
        if found := bylines.byline_reporters(line):
            article.declared_authors.extend(found)
            break
    dates_around_body(doc, body, article)
