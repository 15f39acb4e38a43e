"""Cues every layout shares: bylines, datelines, copyright lines, printed dates, chrome."""
from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Iterator
from functools import cache

from .. import outlets
from ..article import Article, DateClue, Reporter
from ..datafiles import words

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# Tried only where a word starts: from every letter of a long word it would fail slowly.
EMAIL = re.compile(rf"(?<![\w.+-]){_EMAIL}")
# Cloudflare's email obfuscation leaves this in saved page text: the address is unknown.
MASKED_EMAIL = re.compile(r"\[\s*email(?:\s|&#160;)*protected\s*\]")
_NAMES = r"[가-힣]{2,4}(?:\s*[·,/ㆍ]\s*[가-힣]{2,4})*"
_SPACED_NAMES = r"[가-힣]{2,4}(?:\s*[·,/ㆍ]\s*[가-힣]{2,4}|\s+[가-힣]{2,4})*"  # datelines: "김철수 이영희 기자 ="
_REPORTER_TITLES = ("기자", "특파원")
_REPORTER_WORD = rf"(?:선임|수석|객원|인턴|전문)?\s*(?:{'|'.join(_REPORTER_TITLES)})(?![가-힣])"
REPORTER = re.compile(rf"(?P<names>{_NAMES})\s*{_REPORTER_WORD}")
_DATELINE = re.compile(
    r"^\s*[\[(【]\s*(?P<place>[^=\])】\[(]{1,15}?)\s*=\s*(?P<outlet>[^\])】\[(]{1,20}?)\s*[\])】]\s*"
    rf"(?:(?P<names>{_SPACED_NAMES})\s*{_REPORTER_WORD}\s*(?:\(?\s*(?P<email>{_EMAIL})\s*\)?)?\s*)?(?:[=＝]\s*)?"
)
_BRACKET_BYLINE = re.compile(rf"^\s*\[(?P<outlet>[^\]]{{1,20}}?)\s+(?P<names>{_NAMES})\s*{_REPORTER_WORD}\]\s*")
_OUTLET_TAG = re.compile(r"^\s*[\[【]\s*(?P<outlet>[^\]】=]{1,20}?)\s*[\]】]\s*")  # [파이낸셜뉴스] 과기정통부는 …
# How a copyright notice opens: Copyright, 저작권자, ⓒ (also where a flattened page breaks).
_NOTICE_OPENING = r"copyrights?|저작권자|[ⓒ©Ⓒ]|\(c\)"
_COPYRIGHT = re.compile(
    rf"(?:{_NOTICE_OPENING})\s*(?:[ⓒ©Ⓒ]|\(c\))?\s*(?:\d{{4}}(?:\s*[-~–]\s*\d{{4}})?\s*)?"
    r"(?P<outlet>[^.,:<>\n]{1,30}?)\s*(?:[.,:<>&]|all rights|무단|https?://|www\.|$)",
    re.IGNORECASE,
)
PRINTED_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[.\-/]|년)\s*(?P<m>\d{1,2})\s*(?:[.\-/]|월)\s*(?P<d>\d{1,2})(?!\d)\s*(?:일|\.)?"
    r"(?:\s*\(?[월화수목금토일]\)?)?(?:\s*(?P<ampm>오전|오후|AM|PM)?\s*(?P<H>\d{1,2})\s*(?::|시)\s*(?P<M>\d{2})(?:\s*분)?)?",
    re.IGNORECASE,
)
_FOUR_DIGITS = re.compile(r"\d{4}")
# The labels a page prints before the article's own date: 입력 2025.10.29, 기사등록 …
_DATE_LABELS = r"(?:기사\s*)?(?:입력|수정|등록|게재|발행|작성|송고|승인|업데이트|전송|Posted|Published)(?:\s*일자|일시|일|시간)?\s*[:：]?"
DATE_LABEL = re.compile(_DATE_LABELS + r"\s*$", re.IGNORECASE)


_MARKDOWN_IMAGE = re.compile(r"^!\[(?P<caption>.*)\]\((?P<url>[^)\s]*)[^)]*\)\s*$")
_PHOTO_DATE = re.compile(r"(?P<y>20\d{2})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})(?!\d)")


def clean(text: str) -> str:
    """One line of prose: runs of white space (no-break and ideographic spaces too) folded, ends trimmed."""
    if "\u200b" in text or "\ufeff" in text:
        text = text.replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())


_NAME_SEPARATORS = re.compile(r"[\s·,/ㆍ]+")


def split_names(names: str) -> list[str]:
    return [n for n in _NAME_SEPARATORS.split(names) if n]


# What a byline may hold besides names and addresses: credit words, punctuation, digits
_CREDIT_WORDS = re.compile(r"글\s*[·ㆍ]?\s*사진|사진|영상|정리|취재|[\W\d_=]")


def byline_reporters(line: str) -> list[Reporter] | None:
    """The reporters of a line that is only a byline (``팽동현 기자 dhp@dt.co.kr``), else None."""
    line = clean(line)
    if len(line) > 120 or not any(title in line for title in _REPORTER_TITLES):
        return None
    matches = list(REPORTER.finditer(line))
    if not matches:
        return None
    leftover = REPORTER.sub(" ", MASKED_EMAIL.sub(" ", EMAIL.sub(" ", line)))
    leftover = _CREDIT_WORDS.sub(" ", leftover)
    if any(len(word) > 1 and not outlets.by_name(word) for word in leftover.split()) and len("".join(leftover.split())) > 8:
        return None
    reporters: list[Reporter] = []
    for i, match in enumerate(matches):
        following = line[match.end(): matches[i + 1].start() if i + 1 < len(matches) else len(line)]
        email = EMAIL.search(following)
        names = split_names(match["names"])
        for j, name in enumerate(names):
            reporters.append(Reporter(name, email.group(0) if email and j == len(names) - 1 else None))
    return reporters


def _dateline(line: str) -> re.Match | None:
    """A leading ``(서울=연합뉴스) 김정은 기자 =``: it names reporters, ends in ``=`` or names an outlet."""
    match = _DATELINE.match(line)
    if match and (match["names"] or line[match.end() - 1: match.end()] in "=＝ " or outlets.by_name(match["outlet"])):
        return match
    return None


def is_dateline(line: str) -> bool:
    return _dateline(line) is not None


def take_dateline(paragraph: str, article: Article) -> str:
    """Move a leading ``(서울=연합뉴스) 김정은 기자 =`` into the article; return the rest."""
    match = _dateline(paragraph)
    if match:
        article.dateline = clean(match["place"])
        _credit_outlet(article, match["outlet"])
        for name in split_names(match["names"] or ""):
            article.add_reporter(Reporter(name, match["email"]))
        return paragraph[match.end():].lstrip()
    match = _BRACKET_BYLINE.match(paragraph)
    if match and outlets.by_name(match["outlet"]):
        _credit_outlet(article, match["outlet"])
        for name in split_names(match["names"]):
            article.add_reporter(Reporter(name))
        return paragraph[match.end():].lstrip()
    match = _OUTLET_TAG.match(paragraph)
    if match and outlets.by_name(match["outlet"]):
        _credit_outlet(article, match["outlet"])
        return paragraph[match.end():].lstrip()
    return paragraph


def _credit_outlet(article: Article, name: str) -> None:
    article.outlet_clues.append(clean(name))


def copyright_outlet(line: str) -> str | None:
    """``Copyright © 디지털타임스. 무단전재 …`` -> ``디지털타임스``."""
    match = _COPYRIGHT.search(line)
    if not match:
        return None
    name = outlets.without_company_mark(clean(match["outlet"]).strip("<>[]() "))
    return name or None


@cache
def _copyright_marker() -> re.Pattern:
    return re.compile("|".join(map(re.escape, words("copyright_markers.txt"))), re.IGNORECASE)


def is_copyright(line: str) -> bool:
    return _copyright_marker().search(line) is not None


# Where a page flattened onto one line breaks into lines again: after a sentence, before a
# dateline (``(서울=연합뉴스)``), and before a copyright notice that follows white space (not
# one inside a photo credit: 사진=ⓒ…).
_FLAT_BREAK = re.compile(
    r"(?<=[가-힣][.?!])\s+|(?<=[가-힣][.?!][”’\"'])\s+|\s+(?=[(\[【][^()\[\]【】=\s]{1,15}=)"
    rf"|(?<!copyright)(?<!저작권자)\s+(?=[<\[(]?(?:{_NOTICE_OPENING}))"
    rf"|\s+(?={_DATE_LABELS}\s*(?:19|20)\d{{2}})|(?<=\d\d:\d\d)\s+(?=[^\s\d])"  # around 입력 2025.03.18 11:05
    r"|\s+(?=#{1,6}\s)",  # a markdown heading
    re.IGNORECASE,
)
_BRACKETS = {"(": ")", "[": "]"}
_INLINE_IMAGE = re.compile(r"(!\[.*?\]\(https?://[^)\s]*\))")  # a markdown image: ![caption](url)


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
    lines = text.split("\n")
    if flattened is None:
        flattened = is_flattened(lines)
    if flattened:
        lines = [piece for line in lines for piece in unflatten(line)] or [""]
        lines[0] = _without_leading_chrome(lines[0])
    return [clean(line) for line in lines]


def _without_leading_chrome(line: str) -> str:
    """``글자크기 가+ 가- 인쇄 공유 방통위, …`` -> ``방통위, …``: the page's buttons, flattened
    onto the front of its first line."""
    words_ = line.split()
    while words_:
        if " ".join(words_[:2]) in _word_set("chrome_lines.txt"):
            words_ = words_[2:]
        elif words_[0] in _word_set("chrome_lines.txt"):
            words_ = words_[1:]
        else:
            break
    return " ".join(words_)


def printed_date(match: re.Match) -> tuple[dt.date, str | None] | None:
    try:
        date = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    groups = match.groupdict()
    if groups.get("H") is None:
        return date, None
    hour, minute = int(groups["H"]), int(groups["M"])
    if (groups.get("ampm") or "").upper() in ("오후", "PM") and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return date, None
    return date, f"{hour:02d}:{minute:02d}"


def with_date_labels(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Each line, and the line with a date label printed just before it on a line (or in an
    element) of its own: ``입력`` then ``2025.11.28. 오후 2:20``."""
    label = ""
    for line in lines:
        yield line, f"{label} {line}".strip()
        label = line if DATE_LABEL.fullmatch(line) else ""


def labelled_dates(text: str) -> list[DateClue]:
    """Dates printed after a label such as ``입력`` or ``등록`` (the article's own date)."""
    clues: list[DateClue] = []
    if not _FOUR_DIGITS.search(text):
        return clues
    for match in PRINTED_DATE.finditer(text):
        before = text[max(0, match.start() - 12): match.start()]
        parsed = printed_date(match)
        if parsed and DATE_LABEL.search(before):
            clues.append(DateClue("printed", parsed[0], parsed[1]))
    return clues


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+|\*\*|__")  # "# 제목", "**부제**" in markdown dumps
_META_NOISE = re.compile(_DATE_LABELS + r"|[|·ㆍ/]", re.IGNORECASE)


def take_meta_line(line: str, article: Article) -> bool:
    """A header line that only carries the date or the byline (``입력 2025.10.29 10:55 |
    홍길동 기자``): its facts go to the article and the line is consumed."""
    if len(line) > 80:
        return False
    dates = labelled_dates(line)
    rest = _META_NOISE.sub(" ", PRINTED_DATE.sub(" ", line)) if dates else line
    reporters = byline_reporters(rest) if "기자" in rest or "특파원" in rest else None
    if (dates and not clean(rest)) or reporters is not None:
        article.dates.extend(dates)
        # 입력 2025-03-04 09:10  ○○일보  홍길동 기자: the outlet named on the header line
        named = [word for word in REPORTER.sub(" ", EMAIL.sub(" ", rest)).split() if outlets.by_name(word)]
        article.outlet_clues[:0] = named[:1]
        for reporter in reporters or ():
            article.add_reporter(reporter)
        return True
    if dates and len(line) < 60:
        article.dates.extend(dates)
        return True
    return False


_SENTENCE_END = re.compile(r"[다요]\.[”\"']?$|다,$")  # 다, : a clause of prose cut short


def looks_like_heading(line: str) -> bool:
    """A title or subtitle line: short, and not a sentence of prose."""
    return len(line) <= 120 and not _SENTENCE_END.search(line)


def markdown_caption(line: str) -> str | None:
    """The caption of a ``![caption](url)`` line, else None."""
    match = _MARKDOWN_IMAGE.match(line.strip())
    return clean(match["caption"]) if match else None


_PHOTO_CREDIT = re.compile(r"^\[?사진\s*[=:]|[(\[/]\s*사진\s*[=:]|제공[)\]]?\s*$")
# A news agency's photo caption: ``… (사진=과기정통부 제공) 2025.07.21. photo@newsis.com *재판매 및 DB 금지``
_WIRE_PHOTO = re.compile(r"(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\..*재판매\s*및\s*DB\s*금지\]?\s*$")
# … 서명하고 있다. [사진=과기정통부] / … 서명하고 있다. 과기정통부 제공
_CREDIT_AT_END = re.compile(r"[(\[]\s*사진\s*[=:][^)\]]{1,30}[)\]]\s*$|(?<=다\.)\s+\S{2,15}\s*제공$")


# A credit after a slash that ends a caption: ``… 서명하고 있다. /뉴스1``, ``…조감도./서울시``,
# ``… 모습. /홍길동 기자``, ``/X(옛 트위터)`` (after a sentence end, a bracket or a space; not a fraction)
_SLASH_CREDIT = re.compile(r"(?:(?<=[.)\]”’\"'])|(?<=\s))/\s*(?P<credit>[^/\s\d][^/]{0,34})$")
# A credit in brackets: ``(국가보훈부 제공)``, ``《사진=연합뉴스》``, ``<사진=홍길동 기자>``, ``[사진=…]``
_BRACKET_CREDIT = re.compile(
    r"(?:[(\[《<〈]\s*(?:사진|자료|그래픽|영상)\s*[=:：][^()\[\]《》<>〈〉]{1,40}[)\]》>〉]"
    r"|[(\[《<〈][^()\[\]《》<>〈〉]{1,30}?\s*제공\s*[)\]》>〉])\s*$"
)
# A copyright sign ending a described photo: ``… 서명하고 있다. ⓒ뉴스1``
_SIGN_CREDIT = re.compile(r"(?<=[.)])\s*[ⓒ©]\s*[^ⓒ©.]{1,25}$")
# A credit alone on its line: ``그래픽=홍길동``, ``<사진=홍길동 기자>``, ``[사진=○○시 제공]``
_CREDIT_LINE = re.compile(r"^[(\[《<〈]?\s*(?:사진|그래픽|자료|영상|일러스트)\s*[=:：]\s*[^=]{1,40}?[)\]》>〉]?$")
_NAMES_ONLY = re.compile(r"[가-힣]{2,4}(?:\s*[,·ㆍ]\s*[가-힣]{2,4})+")  # 홍길동, 김철수: the people in a photo
_QUOTE = re.compile(r"[“”\"]")
_CAPTION_LENGTH = 400  # characters at most of a caption


def is_photo_caption(line: str) -> bool:
    """A photo's caption written into the page text: ``▲ 배경훈 장관이 … (사진=과기정통부)``,
    ``사진=과기정통부``, a line ending in its photo credit (``… [사진=과기정통부]``, ``… /뉴스1``,
    ``… (○○시 제공)``, ``… ⓒ뉴스1``), a news agency's dated caption ending in ``재판매 및 DB
    금지``, or a short line placing people in a photo (``홍길동(왼쪽) …``, ``왼쪽부터 …``) (a
    ``▲`` line without a photo credit is a bullet of the body)."""
    if len(line) > _CAPTION_LENGTH:
        return False
    return line.startswith("사진") and bool(_PHOTO_CREDIT.match(line)) or (
        line.startswith(("▲", "△")) and bool(_PHOTO_CREDIT.search(line))) or bool(
        _WIRE_PHOTO.search(line) or _CREDIT_AT_END.search(line) or photo_credit_at_end(line)
        or _CREDIT_LINE.match(line)) or places_people_in_photo(line)


def photo_credit_at_end(line: str) -> bool:
    """Whether a paragraph ends in a photo credit: ``/뉴스1``, ``(○○시 제공)``, ``《사진=…》``, ``ⓒ…``."""
    match = _SLASH_CREDIT.search(line)
    if match and not _SENTENCE_END.search(match["credit"]) and len(line) - len(match.group(0)) >= 4:
        return True
    if _BRACKET_CREDIT.search(line):
        return True
    match = _SIGN_CREDIT.search(line)
    return bool(match and match.start() >= 10 and not is_copyright(line[: match.start()]))


def places_people_in_photo(line: str) -> bool:
    """A short line naming who stands where in a photo (``(왼쪽)``, ``왼쪽부터``), not a quote."""
    return (len(line) <= 250 and not _QUOTE.search(line)
            and any(word in line for word in words("photo_positions.txt")))


def is_names_only(line: str) -> bool:
    """``홍길동, 김철수``: the names of the people in a photo, printed under it."""
    return _NAMES_ONLY.fullmatch(line) is not None


@cache
def _inline_link() -> re.Pattern:
    labels = "|".join(re.escape(label).replace(r"\ ", r"\s*") for label in words("inline_links.txt"))
    return re.compile(rf"\s*\[\s*(?:{labels})\s*[:：](?:[^\[\]]|\[[^\[\]]*\])*\]")


def without_inline_links(paragraph: str) -> str:
    """``… 남겼다. [관련기사: ○○ '제목'] 유언장에는 …`` -> the paragraph without the link."""
    return _inline_link().sub("", paragraph).strip() if "[" in paragraph else paragraph


def photo_caption_text(line: str) -> str:
    return clean(line.lstrip("▲△▶ "))


_NOT_LETTER = re.compile(r"\W")


def _letters_only(text: str) -> str:
    return _NOT_LETTER.sub("", MASKED_EMAIL.sub("", text))


_CAPTION_PIECE = 10  # letters at least of a caption's sentence printed again


def repeats_caption(line: str, caption: str) -> bool:
    """Markdown dumps print an image's caption again as a line of its own."""
    line_key, caption_key = _letters_only(line), _letters_only(caption)
    return (line_key == caption_key or (len(line_key) > 60 and caption_key.startswith(line_key[:60]))
            or len(line_key) >= _CAPTION_PIECE and line_key in caption_key)  # a piece of it, from a flattened dump


def photo_dates(caption: str) -> list[DateClue]:
    """Photo captions end with the day the photo was taken: ``2025.07.21.``."""
    clues = []
    for match in _PHOTO_DATE.finditer(caption):
        parsed = printed_date(match)
        if parsed:
            clues.append(DateClue("photo", parsed[0]))
    return clues


_MENU_ITEM = re.compile(r"\S{1,7}")  # one short word: a menu entry or the site's name (뉴스, 로그인)


def is_menu_item(line: str) -> bool:
    return _MENU_ITEM.fullmatch(line) is not None


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


@cache
def _word_set(name: str) -> frozenset[str]:
    return frozenset(words(name))


def is_chrome(line: str) -> bool:
    """Site furniture: font-size buttons, share menus and the like."""
    return clean(line) in _word_set("chrome_lines.txt")


def is_body_end(line: str) -> bool:
    """A heading after which a page shows other articles, not this one."""
    line = clean(line)
    return line in _word_set("body_end_lines.txt") or line.startswith(words("body_end_prefixes.txt"))


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


_PHONE = re.compile(r"(?<!\d)(?:0\d{1,2}-)?\d{3,4}-\d{4}(?!\d)")


def is_tip_box(line: str) -> bool:
    """A box asking for news tips (``▷ 전화 02-000-0000 ▷ 이메일 …``, ``제보는 카카오톡 …``)."""
    tips, contacts = _tip_words()
    if len(line) > 300 or not any(word in line for word in tips):
        return False
    return any(word in line for word in contacts) or "@" in line or bool(_PHONE.search(line))


def ends_body(line: str, article: Article) -> bool:
    """Whether the body stops at this line (a copyright notice, ``관련기사``, comments, a
    tip box …); a copyright notice names the outlet, which is noted on the way."""
    if is_tip_box(line) and not is_copyright(line):
        return True  # its address is the newsroom's, not a reporter's
    if not (is_body_end(line) or is_copyright(line)):
        return False
    if name := copyright_outlet(line):
        article.outlet_clues.append(name)
    if "@" in line:
        article.tail_emails.extend(EMAIL.findall(line))
    return True


def cue_score(text: str, cues: tuple[tuple[str | re.Pattern, float], ...]) -> float:
    """How strongly a text shows a layout: the weights of the cues it contains (a string,
    or a pattern that matches the text's start), at most 1."""
    return min(1.0, sum(weight for cue, weight in cues if (cue.match(text) if isinstance(cue, re.Pattern) else cue in text)))


def credit_outlets_from(text: str, article: Article) -> None:
    """Email and web addresses in the text are outlet clues."""
    if "@" in text:  # the email pattern is slow to fail on every word of a long text
        article.outlet_clues.extend(EMAIL.findall(text))


def finish_outlet(article: Article) -> None:
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


def drop_repeats(paragraphs: list[str]) -> list[str]:
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


# A closing byline: ``[뉴욕=홍길동 한빛경제 특파원]``, ``[세종=홍길동 기자]``, ``홍길동 한빛경제 기자 hong@…``
_CLOSING_BYLINE = re.compile(
    rf"^\s*[\[【(]\s*(?:(?P<place>[^=\]】)]{{1,15}}?)\s*=\s*)?(?P<names>{_NAMES})\s+(?:(?P<outlet>[^\s\]】)]{{2,15}})\s+)?"
    rf"{_REPORTER_WORD}\s*[\]】)]\s*(?P<email>{_EMAIL})?\s*$"
)
_NAMED_OUTLET_BYLINE = re.compile(
    rf"^\s*(?P<names>{_NAMES})\s+(?P<outlet>\S{{2,15}})\s+{_REPORTER_WORD}\s*[(<]?\s*(?P<email>{_EMAIL})?\s*[)>]?\s*$"
)


def closing_byline(line: str, article: Article) -> bool:
    """A byline that names the outlet or the place (``[뉴욕=홍길동 한빛경제 특파원]``): its
    reporters and outlet go to the article; False for any other line."""
    match = _CLOSING_BYLINE.match(line)
    if not match:
        match = _NAMED_OUTLET_BYLINE.match(line)
        if not match or not outlets.by_name(match["outlet"]):
            return False
    if match["outlet"]:
        _credit_outlet(article, match["outlet"])
    names = split_names(match["names"])
    for j, name in enumerate(names):
        article.add_reporter(Reporter(name, match["email"] if j == len(names) - 1 else None))
    return True


def strip_trailing_bylines(paragraphs: list[str], article: Article) -> list[str]:
    """Byline paragraphs at the end (and a lone one at the start) go to ``reporters``."""
    while paragraphs:
        if closing_byline(paragraphs[-1], article):
            paragraphs = paragraphs[:-1]
            continue
        if EMAIL.fullmatch(paragraphs[-1].strip("()<>[] ")):
            _attach_email(article, paragraphs[-1].strip("()<>[] "))
            paragraphs = paragraphs[:-1]
            continue
        reporters = byline_reporters(paragraphs[-1])
        if reporters is None:
            break
        for reporter in reporters:
            article.add_reporter(reporter)
        paragraphs = paragraphs[:-1]
    if paragraphs and (reporters := byline_reporters(paragraphs[0])) is not None:
        for reporter in reporters:
            article.add_reporter(reporter)
        paragraphs = paragraphs[1:]
    return paragraphs


def _attach_email(article: Article, email: str) -> None:
    """A lone address after the body belongs to the one reporter still without one."""
    article.outlet_clues.append(email)
    missing = [i for i, r in enumerate(article.reporters) if r.email is None]
    if len(missing) == 1:
        article.reporters[missing[0]] = Reporter(article.reporters[missing[0]].name, email)


_DESCRIBES_PHOTO = re.compile(r"(?:있다|모습|장면)\.?$")  # …서명하고 있다. / …떨군 모습.


def _without_credited_photos(paragraphs: list[str], article: Article) -> list[str]:
    """A photographer's credit alone on a line inside the body (``홍길동 기자``) followed by
    the photo's description (``… 주재하고 있다.``): both leave the body, the description to
    ``captions``; the photographer is not a reporter of the article."""
    kept: list[str] = []
    i = 0
    while i < len(paragraphs):
        paragraph = paragraphs[i]
        following = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        if (kept and following is not None and i + 2 < len(paragraphs) and len(paragraph) <= 30
                and byline_reporters(paragraph) and len(following) <= 300 and _DESCRIBES_PHOTO.search(following)):
            article.captions.append(following)
            i += 2
            continue
        kept.append(paragraph)
        i += 1
    return kept


def body_paragraphs(raw: list[str], article: Article) -> list[str]:
    """The shared clean-up of a body: a repeated headline, dateline, bylines, masked emails,
    repeats, empties, and a copyright notice or agency tail (``◎공감언론 뉴시스 …``) some
    sites print inside the body (with whatever follows it)."""
    paragraphs = [without_inline_links(clean(MASKED_EMAIL.sub("", p) if "protected" in p else p)) for p in raw]
    paragraphs = _without_credited_photos([p for p in paragraphs if p], article)
    while paragraphs and paragraphs[0] in (article.title, article.subtitle):  # the headline above the text
        paragraphs.pop(0)
    for i, paragraph in enumerate(paragraphs[1:], start=1):
        if len(paragraph) < 120 and ends_body(paragraph, article):
            paragraphs = paragraphs[:i]
            break
    if paragraphs:
        paragraphs[0] = take_dateline(paragraphs[0], article)
    paragraphs = strip_trailing_bylines([p for p in paragraphs if p], article)
    for email in article.tail_emails:
        _attach_email(article, email)
    return drop_repeats(paragraphs)
