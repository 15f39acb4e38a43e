"""Finishing an article, the ending every layout shares: the body's lines as clean
paragraphs (what sits inside many bodies taken out: a dateline, bylines, photo credits, a
copyright notice and what follows it, repeats), front matter over what the page shows,
and the outlet settled from its clues."""
from __future__ import annotations

from .. import outlets
from ..article import Article
from . import frontmatter
from .bylines import (
    EMAIL,
    MASKED_EMAIL,
    attach_email,
    strip_trailing_bylines,
    take_dateline,
)
from .furniture import take_body_end, without_inline_links
from .photos import take_credited_photos
from .text import clean


def finish(article: Article, front: frontmatter.FrontMatter | None = None, outlet: str | None = None) -> Article:
    """The article a layout parser handed over (``paragraphs``: the body's lines as the page
    prints them) finished: the body cleaned up, the page's declared authors where no byline
    names a reporter, the layout's own ``outlet`` where nothing else names one, front matter
    applied, the outlet settled."""
    article.paragraphs = _body_paragraphs(article.paragraphs, article)
    if not article.reporters:
        for reporter in article.declared_authors:
            article.add_reporter(reporter)
    for email in article.tail_emails:  # ◎공감언론 뉴시스 email: the address of the reporter without one
        attach_email(article, email)
    if outlet and not article.outlet_clues:
        article.outlet_clues.append(outlet)
    if front is not None:
        frontmatter.apply(front, article)
    _settle_outlet(article)
    return article


def credit_outlets_from(text: str, article: Article) -> None:
    """Email and web addresses in the text are outlet clues."""
    if "@" in text:  # the email pattern is slow to fail on every word of a long text
        article.outlet_clues.extend(EMAIL.findall(text))


def _settle_outlet(article: Article) -> None:
    """Settle ``outlet`` from the clues: a known outlet wins; else the first explicit name."""
    known = [outlet for outlet in map(outlets.resolve, article.outlet_clues) if outlet]
    if known:
        article.outlet = outlets.most_specific(known)
        return
    for reporter in article.reporters:
        if reporter.email and outlets.by_email(reporter.email):
            article.outlet = outlets.by_email(reporter.email)
            return
    named = [c for c in article.outlet_clues if "@" not in c and "." not in c]
    article.outlet = named[0] if named else None


def _drop_repeats(paragraphs: list[str]) -> list[str]:
    """Dumps repeat the body (or parts of it): keep the first copy of each paragraph."""
    seen: set[str] = set()
    kept = []
    for paragraph in paragraphs:
        key = "".join(paragraph.split())
        if key in seen and len(key) > 20:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept


def _body_paragraphs(raw: list[str], article: Article) -> list[str]:
    """The shared clean-up of a body: a repeated headline, dateline, bylines, masked emails,
    repeats, empties, and a copyright notice or agency tail (``◎공감언론 뉴시스 …``) some
    sites print inside the body (with whatever follows it)."""
    paragraphs = [without_inline_links(clean(MASKED_EMAIL.sub("", p) if "protected" in p else p)) for p in raw]
    paragraphs = take_credited_photos([p for p in paragraphs if p], article)
    while paragraphs and paragraphs[0] in (article.title, article.subtitle):  # the headline above the text
        paragraphs.pop(0)
    for i, paragraph in enumerate(paragraphs[1:], start=1):
        if len(paragraph) < 120 and take_body_end(paragraph, article):
            paragraphs = paragraphs[:i]
            break
    if paragraphs:
        paragraphs[0] = take_dateline(paragraphs[0], article)
    paragraphs = strip_trailing_bylines([p for p in paragraphs if p], article)
    return _drop_repeats(paragraphs)
