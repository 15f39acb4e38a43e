"""Front matter: the metadata block a crawler or a static-site tool writes at the top of a
text or markdown dump (YAML between ``---`` lines, TOML between ``+++`` lines).

It is read with a real parser (PyYAML, ``tomllib``), never taken as body text. Its facts
(title, date, outlet, authors, source address) go to the article; its address is also the
strongest cue of the page's layout. A crawler's footer after a closing rule at the end of
the dump (``---`` then ``원문: https://…``) leaves the text too.
"""
from __future__ import annotations

import datetime as dt
import html
import re
import textwrap
from functools import cache
from typing import Any, NamedTuple

from ..article import Article, DateClue, Reporter
from ..datafiles import table
from . import bylines, dateclues

_YAML = re.compile(r"\A\ufeff?[ \t]*---[ \t]*\n(?P<block>.*?)\n[ \t]*(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML = re.compile(r"\A\ufeff?[ \t]*\+\+\+[ \t]*\n(?P<block>.*?)\n[ \t]*\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_FOOTER_LINES = 6  # at most this many short lines after a closing rule make a footer
_FOOTER_LINE = 200


@cache
def _keys() -> dict[str, tuple[str, ...]]:
    """Each fact's keys, in order of preference (``data/front_matter_keys.tsv``)."""
    keys: dict[str, list[str]] = {}
    for row in table("front_matter_keys.tsv"):
        keys.setdefault(row["fact"], []).append(row["key"])
    return {fact: tuple(found) for fact, found in keys.items()}


def _key(name: str) -> str:
    return str(name).lower().replace("-", "_").replace(" ", "_")


_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-./년]\s*(?P<m>\d{1,2})\s*[-./월]\s*(?P<d>\d{1,2})"
                   r"(?:[^\d]{1,4}(?P<H>\d{1,2}):(?P<M>\d{2}))?")


class FrontMatter(NamedTuple):
    title: str | None = None
    subtitle: str | None = None
    date: DateClue | None = None
    outlet: str | None = None
    authors: tuple[Reporter, ...] = ()
    url: str | None = None


def split(text: str) -> tuple[FrontMatter | None, str]:
    """The front matter of a dump (None when it has none or it cannot be read) and the rest."""
    for pattern, loader in ((_YAML, _load_yaml), (_TOML, _load_toml)):
        match = pattern.match(text)
        if not match:
            continue
        data = loader(textwrap.dedent(match["block"]))  # a dump saved with its lines indented
        if isinstance(data, dict) and data:
            return _facts(data), without_footer(text[match.end():])
    properties = _properties(text)
    if properties:
        data, rest = properties
        return _facts(data), rest
    return None, text


# A property list as note apps export a page (Notion, Bear): ``Created: October 5, 2026``,
# ``URL: https://…`` on lines of their own under the title, a colon after a known key.
_PROPERTY = re.compile(r"(?P<key>[A-Za-z가-힣][\w가-힣 ]{0,19}?)\s*[:：]\s*(?P<value>\S.*)")
_TITLE_LINE = re.compile(r"#{1,2}\s+\S")
_PROPERTY_LINES = 12  # at most


def _properties(text: str) -> tuple[dict, str] | None:
    """The properties written under a dump's title (and the dump without them): two or more
    lines opening it, each with a key front matter uses, one of them the date or the address;
    else None. (``속보: …`` or ``입력 : 2026.08.30`` alone is no such list.)"""
    lines = text.split("\n", 40)
    i = 0
    while i < len(lines) - 1 and (not lines[i].strip() or (_TITLE_LINE.match(lines[i]) and i < 3)):
        i += 1
    first = i
    known = {key for keys in _keys().values() for key in keys}
    data: dict[str, str] = {}
    end = first
    while i < len(lines) - 1 and len(data) < _PROPERTY_LINES:
        if not lines[i].strip():  # blank lines between them (a dump saved with its lines spaced)
            i += 1
            continue
        match = _PROPERTY.fullmatch(lines[i].strip())
        if not match or _key(match["key"].strip()) not in known:
            break
        data.setdefault(match["key"].strip(), match["value"].strip())
        i = end = i + 1
    if len(data) < 2 or not {_key(key) for key in data} & {*_keys()["date"], *_keys()["url"]}:
        return None
    return data, "\n".join(lines[:first] + lines[end:])


def _load_yaml(block: str) -> Any:
    import yaml  # only dumps with front matter need it

    try:
        return yaml.safe_load(block)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError):  # 2025-02-30 raises ValueError
        return None


def _load_toml(block: str) -> Any:
    import tomllib

    try:
        return tomllib.loads(block)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return None


def without_footer(text: str) -> str:
    """The dump without a crawler's footer: a few short lines after a closing rule at its end."""
    lines = text.rstrip().split("\n")
    for i in range(len(lines) - 1, max(-1, len(lines) - _FOOTER_LINES - 2), -1):
        if _RULE.match(lines[i]):
            rest = [line for line in lines[i + 1:] if line.strip()]
            if len(rest) <= _FOOTER_LINES and all(len(line) <= _FOOTER_LINE for line in rest):
                return "\n".join(lines[:i]).rstrip() + "\n"
            break
    return text


def _value(data: dict, fact: str) -> Any:
    flat = {_key(key): value for key, value in data.items()}
    for key in _keys()[fact]:
        value = flat.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None or isinstance(value, dict | list):
        return None
    text = " ".join(html.unescape(str(value)).split())  # &quot; and numeric references read as characters
    return text or None


def _facts(data: dict) -> FrontMatter:
    url = _text(_value(data, "url"))
    if url and not _URL.match(url):
        url = None
    outlet = _value(data, "outlet")
    outlet_name = _text(outlet)
    if outlet_name and _URL.match(outlet_name):  # source: https://… is an address, not a name
        url = url or outlet_name
        outlet_name = None
    return FrontMatter(
        title=_text(_value(data, "title")),
        subtitle=_text(_value(data, "subtitle")),
        date=_date(_value(data, "date")),
        outlet=outlet_name,
        authors=tuple(_authors(_value(data, "authors"))),
        url=url,
    )


def _date(value: Any) -> DateClue | None:
    if isinstance(value, dt.datetime):
        return DateClue("meta", value.date(), value.strftime("%H:%M") if (value.hour, value.minute) != (0, 0) else None)
    if isinstance(value, dt.date):
        return DateClue("meta", value)
    text = _text(value)
    match = _DATE.search(text) if text else None
    parsed = dateclues.printed_date(match) if match else _english_date(text) if text else None
    return DateClue("meta", *parsed) if parsed else None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENGLISH_DATE = re.compile(r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d>\d{1,2}),?"
                           r"\s+(?P<y>(?:19|20)\d{2})(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2})\s*(?P<ampm>am|pm)?)?", re.IGNORECASE)


def _english_date(text: str) -> tuple[dt.date, str | None] | None:
    """``October 5, 2026 11:20 AM``, as note apps in English write a date."""
    match = _ENGLISH_DATE.search(text)
    if not match:
        return None
    try:
        date = dt.date(int(match["y"]), _MONTHS.index(match["month"].lower()) + 1, int(match["d"]))
    except ValueError:
        return None
    if match["H"] is None:
        return date, None
    hour, minute = int(match["H"]), int(match["M"])
    if match["ampm"]:
        hour = hour % 12 + (12 if match["ampm"].lower() == "pm" else 0)
    return (date, f"{hour:02d}:{minute:02d}") if hour <= 23 and minute <= 59 else (date, None)


def _authors(value: Any) -> list[Reporter]:
    items = value if isinstance(value, list) else [value] if value is not None else []
    reporters: list[Reporter] = []
    email = None
    for item in items:
        email = None
        if isinstance(item, dict):
            email = _text(item.get("email"))
            item = item.get("name")
        text = _text(item)
        if not text:
            continue
        found = _EMAIL.search(text)
        email = email or (found.group(0) if found else None)
        for part in re.split(r"\s*[,·ㆍ/;]\s*|\s+(?=[가-힣]{2,4}\s*기자)", _EMAIL.sub(" ", text)):
            match = bylines.AUTHOR_NAME.fullmatch(part.strip().strip("()<>[] "))
            if match:
                reporters.append(Reporter(match["name"], None))
    if email and len(reporters) == 1:
        reporters[0] = Reporter(reporters[0].name, email)
    return reporters


def apply(front: FrontMatter, article: Article) -> None:
    """The front matter's facts into the parsed article: they are the page's own metadata."""
    if front.title:
        article.title = front.title
    if front.subtitle:
        article.subtitle = front.subtitle
    if front.date:
        article.dates.insert(0, front.date)
    if front.outlet:
        article.outlet_clues.insert(0, front.outlet)
    if front.url:
        article.url = article.url or front.url
        article.outlet_clues.append(front.url)
    if front.authors and not article.reporters:
        for reporter in front.authors:
            article.add_reporter(reporter)
    elif front.authors:
        for reporter in front.authors:  # an address the front matter knows
            for i, known in enumerate(article.reporters):
                if known.name == reporter.name and not known.email and reporter.email:
                    article.reporters[i] = reporter
