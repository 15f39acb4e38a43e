"""Time expressions of plans, resolved against the published date (or --reference-date).

``29일`` is that day of the published month (or of the next month when it has passed more
than a week before: a day just before the report is the day something was done),
``내년`` the next calendar year, ``내후년`` the year after, ``연내``/``올해`` the rest of the
published year, ``상반기``/``하반기`` its halves, ``3분기`` a quarter (the coming one when a
bare quarter has passed), ``다음 달``/``내달`` the next month (``다음 달 20일`` its 20th), ``이번 주``/``금주`` the rest of
the week, ``내일`` the day after, ``2030년까지`` up to the end of 2030, ``2027년 6월`` that month; vague words (``이른 시일 내``, ``향후``) keep
their text with no dates. ``지난 3일``, ``지난해`` are the past and are never a plan's time.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from ..datafiles import words
from . import lexicon
from .document import Document


class TimeExpression(NamedTuple):
    text: str
    start: dt.date | None
    end: dt.date | None
    position: int


_PART = r"(?:\s*(?P<part>상반기|하반기|초|말|중|안|안에|내))?"
# A bare day number in running text: ``4일 대전에서``; not ``4일간``/``4일째``/``2025년 8월 4일``.
_DAY = r"(?<![\d.월년\-])(?P<d>[1-9]|[12]\d|3[01])일(?![간째])"
DAY_NUMBER = re.compile(_DAY)
# (kind, words one of which the expression contains: a cheap test first, pattern)
_PATTERNS = [
    ("range", ("부터",), re.compile(r"(?:(?:(?P<y>\d{4})년|(?P<rel>내년|올해))\s*)?(?P<m>\d{1,2})월\s*(?P<d>\d{1,2})일\s*부터\s*(?:(?P<m2>\d{1,2})월\s*)?(?P<d2>\d{1,2})일\s*까지")),
    ("date", ("년",), re.compile(r"(?P<y>\d{4})년\s*(?P<m>\d{1,2})월\s*(?P<d>\d{1,2})일")),
    ("month_day", ("월",), re.compile(r"(?:(?P<rel>내년|올해)\s*)?(?<!\d)(?P<m>\d{1,2})월\s*(?P<d>\d{1,2})일")),
    ("next_year_month", ("내년",), re.compile(r"내년\s*(?P<m>\d{1,2})월(?:\s*(?P<part>초|말|중))?")),
    ("quarter", ("분기",), re.compile(r"(?:(?P<y>\d{4})년\s*|(?P<rel>내년|올해|올)\s*)?(?P<q>[1-4])\s*분기")),
    ("year_after_next", ("내후년",), re.compile(r"내후년" + _PART)),
    ("year_month", ("년",), re.compile(r"(?P<y>\d{4})년\s*(?P<m>\d{1,2})월(?!\s*\d)")),
    ("until_year", ("년",), re.compile(r"(?P<y>\d{4})년\s*까지")),
    ("year", ("년",), re.compile(r"(?P<y>\d{4})년" + _PART)),
    ("year", ("시즌", "학년도", "회계연도"), re.compile(r"(?P<y>\d{4})\s*(?:시즌|학년도|회계연도)" + _PART)),  # 2026시즌부터
    ("next_year", ("내년",), re.compile(r"내년" + _PART)),
    ("this_year", ("올해", "금년", "연내", "연말"), re.compile(r"(?:올해|금년)" + _PART + r"|연내|연말(?:까지)?")),
    ("half", ("반기",), re.compile(r"(?<![가-힣])(?P<part>상반기|하반기)")),
    ("next_month_day", ("달",), re.compile(r"(?:다음\s*달|내달)\s*(?P<d>[1-9]|[12]\d|3[01])일(?![간째])")),
    ("next_month", ("달",), re.compile(r"다음\s*달|내달|다음달")),
    ("this_month", ("이달", "이번"), re.compile(r"(?:이달|이번\s*달)(?:\s*(?P<part>초|말|중))?")),
    ("next_week", ("주",), re.compile(r"다음\s*주|내주|다음주")),
    ("this_week", ("주",), re.compile(r"이번\s*주|금주")),
    ("month", ("월",), re.compile(r"(?<![\d.])(?P<m>\d{1,2})월(?:\s*(?P<part>초|말|중))?(?!\s*\d)")),
    ("day", ("일",), re.compile(r"(?:오는\s*)?" + _DAY)),
    ("today", ("이날", "오늘"), re.compile(r"이날|오늘")),
    ("tomorrow", ("내일",), re.compile(r"(?<![가-힣])내일(?![가-힣]*[을의])")),  # not 내일을 위한 (the future)
]
_GATE = lexicon.Gate(needles for _, needles, _ in _PATTERNS)
_RECENT_DAYS = 7  # a bare day number this shortly before the report is a past day, not next month's
_PAST = re.compile(r"(?:지난|작년|지난해|전년|그간|그동안)\s*$")


@cache
def _vague() -> re.Pattern:
    forms = sorted(words("vague_times.txt"), key=len, reverse=True)
    return re.compile("|".join(r"\s*".join(map(re.escape, f.split())) for f in forms))


def find(sentence: str, offset: int, reference_date: dt.date | None, document: Document | None = None) -> list[TimeExpression]:
    """Future or undated time expressions in a sentence, in order, none overlapping; with the
    sentence's ``document`` (``offset`` into its text), none inside a longer noun."""
    return [time for time, gone in _expressions(sentence, offset, reference_date, document) if not gone]


def names_only_the_past(sentence: str, offset: int, reference_date: dt.date, document: Document | None = None) -> bool:
    """Whether the sentence names times and every one is already over on ``reference_date``
    (``지난 10일``, ``12일`` said on the 14th, ``2023년``)."""
    times = [(time, gone) for time, gone in _expressions(sentence, offset, reference_date, document) if gone or time.end]
    return bool(times) and all(gone or time.end < reference_date for time, gone in times)


def _expressions(sentence: str, offset: int, reference_date: dt.date | None,
                 document: Document | None) -> list[tuple[TimeExpression, bool]]:
    """Every time expression, and whether it is gone: said of the past (지난 10일, 지난해, a
    day just before the report) or of no date at all."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[TimeExpression, bool]] = []
    yearless: dict[int, re.Match] = {}  # a half or quarter said without its year, by position
    for index in _GATE.rules(sentence):
        kind, _, pattern = _PATTERNS[index]
        for match in pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if document and _inside_a_noun(document, offset + match.start(), offset + match.end()):
                continue  # 이달 of 이달수 (a name), 연내 of 김연내
            taken.append(match.span())
            time = TimeExpression(match.group(0).strip(), None, None, offset + match.start())
            if _PAST.search(sentence[max(0, match.start() - 5): match.start()]) or "지난해" in match.group(0):
                found.append((time, True))
                continue
            try:
                start, end = _resolve(kind, match, reference_date) if reference_date else (None, None)
            except (ValueError, OverflowError):  # "0000년까지", or a reference date at the calendar's ends
                start, end = None, None
            found.append((time._replace(start=start, end=end), bool(reference_date) and start is None and end is None))
            if kind == "half" or kind == "quarter" and not (match["y"] or match["rel"]):
                yearless[time.position] = match
    for match in _vague().finditer(sentence):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append((TimeExpression(match.group(0), None, None, offset + match.start()), False))
    return _in_the_year_said(sorted(found, key=lambda found_time: found_time[0].position), yearless)


def _in_the_year_said(found: list[tuple[TimeExpression, bool]], yearless: dict[int, re.Match]) -> list[tuple[TimeExpression, bool]]:
    """``내년 상반기 중 … 마치고, 하반기 착공``: a half or quarter said without a year is in the
    later year a time before it in the sentence said, not in the published year."""
    year = None
    carried = []
    for time, gone in found:
        match = yearless.get(time.position)
        if match and year and time.start and year > time.start.year:
            if "q" in match.groupdict():
                quarter = int(match["q"])
                time = time._replace(start=dt.date(year, quarter * 3 - 2, 1), end=_month_end(year, quarter * 3))
            else:
                start, end = _part(year, match["part"])
                time = time._replace(start=start, end=end)
        elif time.start and not gone:
            year = time.start.year
        carried.append((time, gone))
    return carried


def _inside_a_noun(document: Document, start: int, end: int) -> bool:
    """Whether ``start:end`` begins or ends inside a noun morpheme reaching past it."""
    first, last = document.morpheme_at(start), document.morpheme_at(end - 1)
    return bool(first and first.start < start and first.tag.startswith("N")
                or last and last.end > end and last.tag.startswith("N"))


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _part(year: int, part: str | None, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if part == "상반기":
        start, end = dt.date(year, 1, 1), dt.date(year, 6, 30)
    elif part == "하반기":
        start, end = dt.date(year, 7, 1), dt.date(year, 12, 31)
    elif part == "초":
        end = dt.date(year, 3, 31)
    elif part == "말":
        start = dt.date(year, 10, 1)
    if today and start < today <= end:
        start = today
    return start, end


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    groups = m.groupdict()
    if kind == "range":
        year = int(groups["y"] or today.year + (groups.get("rel") == "내년"))
        start = _safe_date(year, int(m["m"]), int(m["d"]))
        end = _safe_date(year, int(groups["m2"] or m["m"]), int(m["d2"]))
        if start and end and not groups["y"] and end < today - dt.timedelta(days=60):
            # next year's: 2월 29일 may not be in it
            start, end = _safe_date(year + 1, start.month, start.day), _safe_date(year + 1, end.month, end.day)
        return (start, end) if start and end else (None, None)
    if kind == "date":
        date = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        return date, date
    if kind == "month_day":
        date = _safe_date(today.year + (groups.get("rel") == "내년"), int(m["m"]), int(m["d"]))
        if date and not groups.get("rel") and date < today - dt.timedelta(days=60):
            date = _safe_date(today.year + 1, int(m["m"]), int(m["d"]))
        return date, date
    if kind == "year_month":
        return dt.date(int(m["y"]), int(m["m"]), 1), _month_end(int(m["y"]), int(m["m"]))
    if kind == "until_year":  # by the end of that year, from today (or within it, when it has begun)
        deadline = dt.date(int(m["y"]), 12, 31)
        return min(today, dt.date(deadline.year, 1, 1)), deadline
    if kind == "year":
        return _part(int(m["y"]), groups.get("part"), today)
    if kind == "next_year":
        return _part(today.year + 1, groups.get("part"))
    if kind == "this_year":
        return _part(today.year, groups.get("part") if groups.get("part") not in ("안", "안에", "내") else None, today)
    if kind == "half":
        return _part(today.year, m["part"], today)
    if kind in ("next_month", "next_month_day"):
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        if kind == "next_month_day":
            date = _safe_date(year, month, int(m["d"]))
            return date, date
        return dt.date(year, month, 1), _month_end(year, month)
    if kind == "this_month":
        end = _month_end(today.year, today.month)
        return (max(today, end - dt.timedelta(days=9)) if groups.get("part") == "말" else today), end
    if kind == "next_week":
        monday = today + dt.timedelta(days=7 - today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if kind == "this_week":
        return today, today + dt.timedelta(days=6 - today.weekday())
    if kind == "quarter":
        year = int(m["y"]) if m["y"] else today.year + (groups.get("rel") == "내년")
        quarter = int(m["q"])
        if not m["y"] and not groups.get("rel") and _month_end(year, quarter * 3) < today:
            year += 1  # "1분기 중" in November: the coming first quarter
        start, end = dt.date(year, quarter * 3 - 2, 1), _month_end(year, quarter * 3)
        return (today if start < today <= end else start), end
    if kind == "year_after_next":
        return _part(today.year + 2, groups.get("part"))
    if kind in ("month", "next_year_month"):
        month = int(m["m"])
        if not 1 <= month <= 12:
            return None, None
        year = today.year + (1 if kind == "next_year_month" or month < today.month else 0)
        start, end = dt.date(year, month, 1), _month_end(year, month)
        return start, end
    if kind == "day":
        day = int(m["d"])
        date = _safe_date(today.year, today.month, day)
        if date and date < today and (today - date).days <= _RECENT_DAYS and not m.group(0).startswith("오는"):
            return None, None  # "2일 … 하기로 했다" reported on the 3rd: the day it was agreed, not a plan's
        if date is None or date < today:
            year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
            date = _safe_date(year, month, day)
        return date, date
    if kind == "today":
        return today, today
    if kind == "tomorrow":  # a broadcast's 내일 새벽부터
        tomorrow = today + dt.timedelta(days=1)
        return tomorrow, tomorrow
    return None, None
