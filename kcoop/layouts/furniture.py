"""Page furniture: what a site prints around an article and that is never its text (buttons
and menus, copyright notices, tip boxes, inline links to other articles, the headings after
which a page shows other articles), and the line that ends the body."""
from __future__ import annotations

import re
from functools import cache

from .. import outlets
from ..article import Article
from ..datafiles import word_set, words
from .bylines import EMAIL, byline_reporters
from .text import clean

# How a copyright notice opens: Copyright, 저작권자, ⓒ (also where a flattened page breaks).
NOTICE_OPENING = r"copyrights?|저작권자|[ⓒ©Ⓒ]|\(c\)"
_COPYRIGHT = re.compile(
    rf"(?:{NOTICE_OPENING})\s*(?:[ⓒ©Ⓒ]|\(c\))?\s*(?:\d{{4}}(?:\s*[-~–]\s*\d{{4}})?\s*)?"
    r"(?P<outlet>[^.,:<>\n]{1,30}?)\s*(?:[.,:<>&]|all rights|무단|https?://|www\.|$)",
    re.IGNORECASE,
)
_MENU_ITEM = re.compile(r"\S{1,7}")  # one short word: a menu entry or the site's name (뉴스, 로그인)
_PHONE = re.compile(r"(?<!\d)(?:0\d{1,2}-)?\d{3,4}-\d{4}(?!\d)")


def is_chrome(line: str) -> bool:
    """Site furniture: font-size buttons, share menus, a button with its count (``댓글 24``),
    skip links (``본문 바로가기``), a bar of section names (``정치 경제 사회 …``) and the like."""
    line = clean(line)
    return (line in word_set("chrome_lines.txt") or _is_counted_button(line) or _is_skip_link(line)
            or _is_section_bar(line))


_SHORT = 20  # characters at most of a button or a skip link


def _is_counted_button(line: str) -> bool:
    label = line.rstrip("0123456789,").rstrip()  # rstrip, not a pattern: linear on a line of digits
    return len(line) <= _SHORT and label != line and label in word_set("counted_buttons.txt")


def _is_skip_link(line: str) -> bool:
    return len(line) <= _SHORT and line.endswith(tuple(words("chrome_line_endings.txt")))


def _is_section_bar(line: str) -> bool:
    """Six or more words, three in four of them section names: a menu (a headline names few)."""
    names = line.split()
    return len(names) >= 6 and sum(name in word_set("sections.txt") for name in names) >= 0.75 * len(names)


def is_menu_item(line: str) -> bool:
    return _MENU_ITEM.fullmatch(line) is not None


def is_body_end(line: str) -> bool:
    """A heading after which a page shows other articles, not this one."""
    line = clean(line)
    return line in word_set("body_end_lines.txt") or line.startswith(words("body_end_prefixes.txt"))


@cache
def _copyright_marker() -> re.Pattern:
    return re.compile("|".join(map(re.escape, words("copyright_markers.txt"))), re.IGNORECASE)


def is_copyright(line: str) -> bool:
    return _copyright_marker().search(line) is not None


def copyright_outlet(line: str) -> str | None:
    """``Copyright © 디지털타임스. 무단전재 …`` -> ``디지털타임스``."""
    match = _COPYRIGHT.search(line)
    if not match:
        return None
    name = outlets.without_company_mark(clean(match["outlet"]).strip("<>[]() "))
    return name or None


@cache
def _tip_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for word in words("tip_box.txt"):
        if word.startswith("[") and word.endswith("]"):
            current = word[1:-1]
        else:
            sections.setdefault(current, []).append(word)
    return tuple(sections.get("tip", ())), tuple(sections.get("contact", ()))


def is_tip_box(line: str) -> bool:
    """A box asking for news tips (``▷ 전화 02-000-0000 ▷ 이메일 …``, ``제보는 카카오톡 …``)."""
    tips, contacts = _tip_words()
    if len(line) > 300 or not any(word in line for word in tips):
        return False
    return any(word in line for word in contacts) or "@" in line or bool(_PHONE.search(line))


def take_body_end(line: str, article: Article) -> bool:
    """Whether the body stops at this line (a copyright notice, ``관련기사``, comments, a
    tip box …); a copyright notice names the outlet, noted on the way, and the addresses on
    it (``◎공감언론 뉴시스 email``) are kept for the reporters."""
    if is_tip_box(line) and not is_copyright(line):
        return True  # its address is the newsroom's, not a reporter's
    if not (is_body_end(line) or is_copyright(line)):
        return False
    if name := copyright_outlet(line):
        article.outlet_clues.append(name)
    if "@" in line:
        article.tail_emails.extend(EMAIL.findall(line))
    return True


def until_body_end(lines: list[str], article: Article) -> list[str]:
    """The body's lines up to a copyright or related-articles heading (chrome left out); a
    byline after that heading (``관련기사 … 김대덕 기자``) still names the reporter."""
    kept: list[str] = []
    ended = False
    for line in map(clean, lines):
        if ended:
            for reporter in byline_reporters(line) or ():
                article.add_reporter(reporter)
        elif take_body_end(line, article):
            ended = bool(kept)
        elif not is_chrome(line):
            kept.append(line)
    return kept


@cache
def _inline_link() -> re.Pattern:
    labels = "|".join(re.escape(label).replace(r"\ ", r"\s*") for label in words("inline_links.txt"))
    return re.compile(rf"\s*\[\s*(?:{labels})\s*[:：](?:[^\[\]]|\[[^\[\]]*\])*\]")


def without_inline_links(paragraph: str) -> str:
    """``… 남겼다. [관련기사: ○○ '제목'] 유언장에는 …`` -> the paragraph without the link."""
    return _inline_link().sub("", paragraph).strip() if "[" in paragraph else paragraph
