"""Stage 2 and 3: detect the portal layout of a dump and parse it into an Article.

One module per layout, each with ``parse(text) -> Article``, listed once in ``REGISTRY``;
each but ``generic`` (which reads anything, and comes last) has ``CUES``: strings only its
dumps contain, weighted. Optional module attributes: ``HOSTS`` (the web addresses of its
pages: an address in the dump's front matter or canonical link picks the layout) and
``READS_MARKUP`` (False for a parser of page text only: not offered a page with markup),
``OUTLET`` (the outlet of its pages where a page names none).
A front-matter block at the top of a dump is read first, whatever the layout; a parser
hands over the body's lines, and the ending every layout shares (``finish``) runs here.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from types import ModuleType
from typing import NamedTuple

from ..article import Article
from . import daum, finish, frontmatter, generic, naver, newsis, nuriilbo

# The layouts, most specific first; ``generic`` last. A new layout: one module, one entry.
REGISTRY: tuple[ModuleType, ...] = (daum, naver, newsis, nuriilbo, generic)


def _name(module: ModuleType) -> str:
    return module.__name__.rpartition(".")[2]


PARSERS: dict[str, Callable[[str], Article]] = {_name(module): module.parse for module in REGISTRY}
_OUTLETS = {_name(module): getattr(module, "OUTLET", None) for module in REGISTRY}
LAYOUTS = tuple(PARSERS)
FALLBACK = _name(REGISTRY[-1])
_CUES = {_name(module): module.CUES for module in REGISTRY if hasattr(module, "CUES")}
_HOSTS = {_name(module): tuple(getattr(module, "HOSTS", ())) for module in REGISTRY}
_TEXT_ONLY = frozenset(_name(module) for module in REGISTRY if not getattr(module, "READS_MARKUP", True))
_THRESHOLD = 0.5
_PAGE_URL = re.compile(
    r"""(?:<link[^>]+rel=["']canonical["'][^>]*href=["']|<meta[^>]+property=["']og:url["'][^>]*content=["'])(?P<url>https?://[^"'\s]+)""",
    re.IGNORECASE,
)


def cue_score(text: str, cues: tuple[tuple[str | re.Pattern, float], ...]) -> float:
    """How strongly a text shows a layout: the weights of the cues it contains (a string,
    or a pattern that matches the text's start), at most 1."""
    return min(1.0, sum(weight for cue, weight in cues if (cue.match(text) if isinstance(cue, re.Pattern) else cue in text)))


class Detection(NamedTuple):
    layout: str
    confidence: float


def page_url(text: str) -> str | None:
    """The article's own address: front matter, else a canonical link or ``og:url``."""
    front, _ = frontmatter.split(text)
    if front and front.url:
        return front.url
    match = _PAGE_URL.search(text[:200_000])
    return html.unescape(match["url"]) if match else None


def by_url(url: str | None) -> str | None:
    """The layout whose pages live at this address (n.news.naver.com -> naver)."""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0]
    path = url.lower()
    for name, hosts in _HOSTS.items():
        for known in hosts:
            if ("/" in known and known in path) or host == known or host.endswith("." + known):
                return name
    return None


def detect(text: str) -> Detection:
    """The layout whose cues the text shows most strongly, else ``generic``; an address of
    the article (front matter, canonical link) that belongs to a layout decides."""
    front, body = frontmatter.split(text)
    url = front.url if front and front.url else page_url(text)
    markup = generic.is_html(body)
    from_url = by_url(url)
    if from_url and not (markup and from_url in _TEXT_ONLY):
        return Detection(from_url, 0.95)
    scores = {name: cue_score(body, cues) for name, cues in _CUES.items()}
    if markup:  # parsers of page text do not read markup
        scores = {name: score for name, score in scores.items() if name not in _TEXT_ONLY}
    best = max(scores, key=scores.get)
    if scores[best] >= _THRESHOLD:
        return Detection(best, round(scores[best], 2))
    if not scores[best] and not looks_like_article(body):
        return Detection(FALLBACK, 0.1)  # nothing says article: not a confident generic read
    return Detection(FALLBACK, round(1 - scores[best], 2) if scores[best] else 0.9)


_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_PARAGRAPH = re.compile(r"^[^\n]{40,}$", re.M)


def looks_like_article(text: str) -> bool:
    """Korean text, or at least two paragraph-long lines: what a news dump has and a
    stray file (``hello world``) does not."""
    return bool(_HANGUL.search(text)) or len(_PARAGRAPH.findall(text, 0, 200_000)) >= 2


def parse(text: str, layout: str) -> Article:
    """The article of a dump read by one layout's parser (front matter read first), finished."""
    front, body = frontmatter.split(text)
    article = PARSERS[layout](body)
    if article.url is None:
        article.url = page_url(body)
    return finish.finish(article, front, _OUTLETS[layout])
