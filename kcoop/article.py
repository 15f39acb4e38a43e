"""The parsed article: what a layout parser hands to the analysis stage."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple


class Reporter(NamedTuple):
    name: str
    email: str | None = None


class DateClue(NamedTuple):
    """One piece of date evidence found by a layout parser.

    kind: ``printed`` (a full printed date: byline, 입력, 작성일 with a year), ``meta`` (page
    metadata), ``image-url`` (a portal image timestamp), ``page-header`` (the site's "today"
    line), ``yearless`` (``작성일 10-29``), ``photo`` (a dated photo caption).
    """

    kind: str
    date: dt.date | None = None
    time: str | None = None
    month_day: tuple[int, int] | None = None


@dataclass
class Article:
    title: str | None = None
    subtitle: str | None = None
    # A layout parser hands over the body's lines as the page prints them; the ending every
    # layout shares (layouts/finish.py) makes them the clean paragraphs.
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    reporters: list[Reporter] = field(default_factory=list)
    dateline: str | None = None
    outlet: str | None = None
    url: str | None = None  # the article's own address (front matter, canonical link, og:url)
    outlet_clues: list[str] = field(default_factory=list)  # domains, emails, names seen in the page
    tail_emails: list[str] = field(default_factory=list)  # on the line that ends the body (◎공감언론 뉴시스 …)
    # Authors the page declares to machines (``<meta name="author">``, JSON-LD): reporters
    # only where no byline names one.
    declared_authors: list[Reporter] = field(default_factory=list)
    dates: list[DateClue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add_reporter(self, reporter: Reporter) -> None:
        for i, known in enumerate(self.reporters):
            if known.name == reporter.name:
                if known.email is None and reporter.email:
                    self.reporters[i] = reporter
                return
        self.reporters.append(reporter)
