"""Date clues printed in a page: a printed date and time, the label before the article's
own date (``입력``), the day a photo was taken."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from ..article import DateClue

PRINTED_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[.\-/]|년)\s*(?P<m>\d{1,2})\s*(?:[.\-/]|월)\s*(?P<d>\d{1,2})(?!\d)\s*(?:일|\.)?"
    r"(?:\s*\(?[월화수목금토일]\)?)?(?:\s*(?P<ampm>오전|오후|AM|PM)?\s*(?P<H>\d{1,2})\s*(?::|시)\s*(?P<M>\d{2})(?::\d{2}|\s*분)?)?",
    re.IGNORECASE,
)
_FOUR_DIGITS = re.compile(r"\d{4}")
# The labels a page prints before the article's own date: 입력 2025.10.29, 기사등록 …
DATE_LABELS = r"(?:기사\s*)?(?:입력|수정|등록|게재|발행|작성|송고|승인|업데이트|전송|Posted|Published)(?:\s*일자|일시|일|시간)?\s*[:：]?"
DATE_LABEL = re.compile(DATE_LABELS + r"\s*$", re.IGNORECASE)
_PHOTO_DATE = re.compile(r"(?P<y>20\d{2})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})(?!\d)")


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


def bare_dates(line: str) -> list[DateClue]:
    """A header line that opens with a date and a time and has no label (``2026.08.30. 오후
    7:05``, ``2025-08-27 14:12:33  ○○일보  홍길동 기자``), as many pages print the article's date."""
    match = PRINTED_DATE.match(line.strip())
    parsed = printed_date(match) if match and match["H"] is not None else None
    return [DateClue("printed", parsed[0], parsed[1])] if parsed else []


def photo_dates(caption: str) -> list[DateClue]:
    """Photo captions end with the day the photo was taken: ``2025.07.21.``."""
    clues = []
    for match in _PHOTO_DATE.finditer(caption):
        parsed = printed_date(match)
        if parsed:
            clues.append(DateClue("photo", parsed[0]))
    return clues
