"""The article's header in page text: the title, the subtitle, and a line that only
carries the date and the byline."""
from __future__ import annotations

import re

from .. import outlets
from ..article import Article
from .bylines import EMAIL, REPORTER, REPORTER_TITLES, byline_reporters
from .dateclues import DATE_LABELS, PRINTED_DATE, bare_dates, labelled_dates
from .furniture import is_menu_item
from .text import SENTENCE_END, clean

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+|\*\*|__")  # "# 제목", "**부제**" in markdown dumps
_META_NOISE = re.compile(DATE_LABELS + r"|[|·ㆍ/]", re.IGNORECASE)


def take_meta_line(line: str, article: Article) -> bool:
    """A header line that only carries the date or the byline (``입력 2025.10.29 10:55 |
    홍길동 기자``): its facts go to the article and the line is consumed."""
    if len(line) > 80:
        return False
    labelled = labelled_dates(line)
    dates = labelled or bare_dates(line)  # unlabelled: only with nothing but a byline after it
    rest = _META_NOISE.sub(" ", PRINTED_DATE.sub(" ", line)) if dates else line
    reporters = byline_reporters(rest) if any(title in rest for title in REPORTER_TITLES) else None
    if (dates and not clean(rest)) or reporters is not None:
        article.dates.extend(dates)
        # 입력 2025-03-04 09:10  ○○일보  홍길동 기자: the outlet named on the header line
        if named := _named_outlet(REPORTER.sub(" ", EMAIL.sub(" ", rest))):
            article.outlet_clues.insert(0, named)
        for reporter in reporters or ():
            article.add_reporter(reporter)
        return True
    if labelled and len(line) < 60:
        article.dates.extend(labelled)
        return True
    return False


def _named_outlet(text: str) -> str | None:
    """The first outlet a header line names, a two-word name (``SBS Biz``) before its first word."""
    words = text.split()
    for i, word in enumerate(words):
        for name in (" ".join(words[i:i + 2]), word):
            if outlets.by_name(name):
                return name
    return None


def looks_like_heading(line: str) -> bool:
    """A title or subtitle line: short, and not a sentence of prose."""
    return len(line) <= 120 and not SENTENCE_END.search(line)


def take_headings(head: list[str], article: Article, max_subtitle_lines: int = 2) -> list[str]:
    """The lines before the body: the title, then up to two subtitle lines (joined by a
    space, as portals show them); returns the lines left over, which belong to the body."""
    head = [clean(_MARKDOWN_HEADING.sub("", line)) for line in head]
    head = [line for line in head if line]
    if not head:
        return []
    # Page text may open with the window title ("TITLE - SITE") and the menu before the
    # headline itself: the headline is the later line that the first one starts with.
    repeat = next((k for k in range(len(head) - 1, 0, -1) if len(head[k]) >= 5 and head[0].startswith(head[k])), 0)
    head = head[repeat:]
    # Or with the site's name and menu alone: the headline is the first line that is not a menu entry
    head = head[next((k for k, line in enumerate(head) if not is_menu_item(line)), 0):]
    if not looks_like_heading(head[0]):  # prose from the first line on: no title printed
        return head
    article.title = head[0]
    subtitle = []
    for line in head[1: 1 + max_subtitle_lines]:
        if not looks_like_heading(line):
            break
        subtitle.append(line)
    article.subtitle = " ".join(subtitle) or None
    return head[1 + len(subtitle):]
