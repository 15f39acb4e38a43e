"""Line repair: a dump's text as clean lines, a page flattened onto one line broken into
lines again."""
from __future__ import annotations

import html
import re

from .dateclues import DATE_LABELS
from .furniture import NOTICE_OPENING, is_chrome
from .text import clean

# Where a page flattened onto one line breaks into lines again: after a sentence, before a
# dateline (``(서울=연합뉴스)``), and before a copyright notice that follows white space (not
# one inside a photo credit: 사진=ⓒ…).
_FLAT_BREAK = re.compile(
    r"(?<=[가-힣][.?!])\s+|(?<=[가-힣][.?!][”’\"'])\s+|\s+(?=[(\[【][^()\[\]【】=\s]{1,15}=)"
    rf"|(?<!copyright)(?<!저작권자)\s+(?=[<\[(]?(?:{NOTICE_OPENING}))"
    rf"|\s+(?={DATE_LABELS}\s*(?:19|20)\d{{2}})|(?<=\d\d:\d\d)\s+(?=[^\s\d])"  # around 입력 2025.03.18 11:05
    r"|\s+(?=#{1,6}\s)",  # a markdown heading
    re.IGNORECASE,
)
_BRACKETS = {"(": ")", "[": "]"}
# a markdown image: ![caption](url); the caption is bounded (brackets one level deep, 300
# pieces) so that a line of unclosed "![" costs a bounded scan at each, not the line's rest
_INLINE_IMAGE = re.compile(r"(!\[(?:[^\[\]\n]|\[[^\[\]\n]*\]){0,300}\]\(https?://[^)\s]*\))")


def unflatten(line: str) -> list[str]:
    """A page's text flattened onto one line, as lines again: a line per sentence, the
    dateline, byline, copyright notice, markdown headings and images starting lines of their
    own; a break inside brackets (``[과기정통부 제공. 재판매 및 DB 금지]``) is undone."""
    pieces: list[str] = []
    for part in _INLINE_IMAGE.split(line):
        if _INLINE_IMAGE.fullmatch(part):  # an image kept whole: its caption has sentences too
            pieces.append(part)
        else:
            pieces.extend(_sentence_pieces(part))
    return pieces


def _sentence_pieces(text: str) -> list[str]:
    pieces: list[str] = []
    for piece in _FLAT_BREAK.split(text):
        if not piece.strip():
            continue
        if pieces and any(pieces[-1].count(o) > pieces[-1].count(c) for o, c in _BRACKETS.items()):
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
    return pieces


# What a page saved as markdown keeps of its markup: a link reads as its text (a mailto
# link's address beside it, for the byline), list bullets, quote marks, table rules and
# HTML comments go. Images stay whole: their captions are read later.
# Each part is bounded and stops at a bracket: a line of "[a](" repeated is linear, not
# quadratic. The address must look like one ([사진](연합뉴스) is text in brackets).
_ADDRESS = r"(?:https?://|www\.|/|#)[^()\[\]\s]{0,2000}"
_LINK = re.compile(rf"(?<!!)\[([^\[\]\n]{{0,300}})\]\((?:mailto:([^()\[\]\s]{{1,300}})|{_ADDRESS})"
                   r"(?:\s+\"[^\"\n]{0,300}\")?\)")
# a linked image, as web clippers write it: [![caption](image)](page) -> ![caption](image)
_LINKED_IMAGE = re.compile(rf"\[(!\[[^\[\]\n]{{0,300}}\]\({_ADDRESS}\))\]\({_ADDRESS}\)")
_LINE_MARK = re.compile(r"^\s*(?:(?:>\s?)+|[-*+]\s+)")
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")


def plain_markdown(line: str) -> str:
    """``- [반도체특별법](https://…) 시행령`` -> ``반도체특별법 시행령``; a table's rule -> ``""``."""
    if _TABLE_RULE.match(line):
        return ""
    if "](" in line:
        line = _LINK.sub(lambda m: f"{m[1]} {m[2]}" if m[2] else m[1], _LINKED_IMAGE.sub(r"\1", line))
    line = _LINE_MARK.sub("", line)
    if line.lstrip().startswith("|") and line.rstrip().endswith("|"):  # a table's row: its cells
        line = line.strip().strip("|")
    return line


def _without_comments(text: str) -> str:
    """The text without its HTML comments (``<!-- ad slot -->``); an unclosed one stays. A
    search for the end from each opening, not a pattern: a pattern would scan the rest of
    the text from every ``<!--`` that never closes."""
    kept: list[str] = []
    at = 0
    while (opening := text.find("<!--", at)) >= 0:
        closing = text.find("-->", opening + 4)
        if closing < 0:
            break
        kept.append(text[at:opening])
        at = closing + 3
    kept.append(text[at:])
    return "".join(kept)


_FLATTENED_LINE = 300  # characters, on one of at most three lines: a page, not a paragraph


def is_flattened(lines: list[str]) -> bool:
    """A page saved with its text on a line or two."""
    return sum(1 for line in lines if line.strip()) <= 3 and max(map(len, lines)) > _FLATTENED_LINE


def clean_lines(text: str, flattened: bool | None = None) -> list[str]:
    """A dump's lines, cleaned; character references left in page text (``&quot;``) read as
    the characters; a page saved flattened (its text on a line or two; None: judge by its
    lines) is first broken into lines again."""
    if "&" in text:
        text = html.unescape(text)
    if "<!--" in text:
        text = _without_comments(text)
    lines = text.split("\n")
    if flattened is None:
        flattened = is_flattened(lines)
    if flattened:
        lines = [piece for line in lines for piece in unflatten(line)] or [""]
        lines[0] = _without_leading_chrome(lines[0])
    return [clean(plain_markdown(line)) for line in lines]


def _without_leading_chrome(line: str) -> str:
    """``글자크기 가+ 가- 인쇄 공유 방통위, …`` -> ``방통위, …``: the page's buttons, flattened
    onto the front of its first line."""
    words_ = line.split()
    while words_:
        if is_chrome(" ".join(words_[:2])):
            words_ = words_[2:]
        elif is_chrome(words_[0]):
            words_ = words_[1:]
        else:
            break
    return " ".join(words_)
