"""The published date: the best of the layout's date clues, in the order of evidence of docs/record.md (``published``).

printed/meta (high) -> portal image timestamp checked against ``작성일 MM-DD`` (high) ->
the page's "today" header (medium) -> a dated photo plus a day number in the body (low) ->
a day number in the body or a yearless date resolved with the user's reference date (low)
-> nothing (null + warning).
"""
from __future__ import annotations

import datetime as dt
import re

from ..article import Article, DateClue
from ..record import Published
from . import lexicon, timex

_PAST_OR_COMING = re.compile(r"(?:지난|오는)\s*$")


def published_date(article: Article, reference: dt.date | None) -> tuple[Published | None, list[str]]:
    clues = article.dates
    for kind, basis in (("printed", "byline"), ("meta", "meta")):
        found = [c for c in clues if c.kind == kind and c.date]
        if found:
            return _published(found[0], basis, "high"), []
    yearless = next((c.month_day for c in clues if c.kind == "yearless"), None)
    images = [c for c in clues if c.kind == "image-url" and c.date]
    if images:
        return _from_images(images, yearless)
    header = next((c for c in clues if c.kind == "page-header" and c.date), None)
    if header:
        return _published(header, "page-header", "medium"), []
    photo = next((c for c in clues if c.kind == "photo" and c.date), None)
    if photo:
        inferred = _day_number_date("\n".join(article.paragraphs), photo.date, forward=True)
        if inferred:
            return Published(inferred.isoformat(), None, "relative-day", "low"), [
                (f"published date inferred from a photo dated {photo.date.isoformat()} and the day number "
                 f"{inferred.day}일 in the body")
            ]
    if reference and not yearless:
        inferred = _day_number_date("\n".join(article.paragraphs), reference, forward=False)
        if inferred:
            return Published(inferred.isoformat(), None, "relative-day", "low"), [
                (f"published date inferred from the day number {inferred.day}일 in the body and the reference date "
                 f"{reference.isoformat()}")
            ]
    if yearless:
        month, day = yearless
        if reference:
            resolved = _latest_on_or_before(month, day, reference)
            if resolved:
                return Published(resolved.isoformat(), None, "byline", "low"), [
                    f"the year of {month:02d}-{day:02d} was taken from the reference date {reference.isoformat()}"
                ]
        return None, [f"the article is dated {month:02d}-{day:02d} without a year; give --reference-date to resolve it"]
    return None, ["no published date found in the page"]


def _published(clue: DateClue, basis: str, confidence: str) -> Published:
    return Published(clue.date.isoformat(), clue.time, basis, confidence)


def _from_images(images: list[DateClue], yearless: tuple[int, int] | None) -> tuple[Published, list[str]]:
    if yearless is None:
        first = min(images, key=lambda c: (c.date, c.time or ""))
        return _published(first, "image-url", "medium"), ["published date read from an image timestamp alone"]
    month, day = yearless
    matching = sorted((c for c in images if (c.date.month, c.date.day) == (month, day)), key=lambda c: c.time or "")
    if matching:
        return _published(matching[0], "image-url", "high"), []
    year = images[0].date.year
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return _published(images[0], "image-url", "medium"), ["작성일 does not match any image timestamp"]
    if date < images[0].date - dt.timedelta(days=180):
        date = date.replace(year=year + 1)
    return Published(date.isoformat(), None, "image-url", "medium"), [
        f"작성일 {month:02d}-{day:02d} does not match the image timestamps; the year comes from them"
    ]


def _report_day(body: str) -> int | None:
    """The day of the report: a day number right before a verb of saying (``…했다고 12일
    밝혔다``), else the first day number that is not marked as past or coming (``지난 11일``,
    ``오는 20일``)."""
    plain = [m for m in timex.DAY_NUMBER.finditer(body) if not _PAST_OR_COMING.search(body, max(0, m.start() - 4), m.start())]
    said = next((match for match in plain if lexicon.saying_follows(body, match.end())), None)
    chosen = said or (plain[0] if plain else None)
    return int(chosen["d"]) if chosen else None


def _day_number_date(body: str, anchor: dt.date, forward: bool) -> dt.date | None:
    """The report's day number in the body as a date near ``anchor``: the first such day on
    or after it (``forward``, from a photo's date) or the last on or before it (from the
    reference date)."""
    day = _report_day(body)
    if day is None:
        return None
    year, month = anchor.year, anchor.month
    for _ in range(3):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate and (candidate >= anchor if forward else candidate <= anchor):
            return candidate
        if forward:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        else:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return None


def _latest_on_or_before(month: int, day: int, reference: dt.date) -> dt.date | None:
    for year in (reference.year, reference.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= reference:
            return candidate
    return None
