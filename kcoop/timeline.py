"""``kcoop timeline``: commitments across articles, by counterpart and date, with follow-ups.

A follow-up of a commitment is a later article's commitment, or a report in a later
article's text that the thing was done (``…를 개최했다``: not a commitment in the record,
found here by the verbs of ``data/timeline_done_verbs.txt``), that

* shares the object of the action (a word of the same row of ``data/timeline_objects.tsv``),
* shares the parties: the same foreign countries when either names one, else a body of the
  home country in common,
* comes in a consistent time (``data/timeline_thresholds.tsv``), and scores at least the
  minimum: the mean of the overlap of parties (shared over the fewer) and of words (Jaccard).

Each item links to the latest earlier item it follows, so a thread reads as a chain. The
record contract does not change: everything here is computed from records.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

from .analysis import lexicon, sentences
from .datafiles import cell_values, table, words

STATUSES = ("followed", "open", "due", "undated")


@dataclass(frozen=True)
class Settings:
    home_country: str
    min_score: float
    max_gap_days: int
    early_days: int


@cache
def settings() -> Settings:
    values = {row["name"]: row["value"] for row in table("timeline_thresholds.tsv")}
    return Settings(values["home_country"], float(values["min_score"]), int(values["max_gap_days"]),
                    int(values["early_days"]))


@cache
def _objects() -> tuple[tuple[str, str, re.Pattern], ...]:
    """Each object's words where the action is about them: followed by a particle, after an
    optional bracket (양해각서(MOU)를) and noun of the act (센터 설립을), not by another noun
    (펀드 운용사를 is about the manager, not the fund)."""
    acts = "|".join(map(re.escape, words("timeline_action_nouns.txt")))
    tail = rf"(?:\([^)]*\))?(?:\s?(?:{acts}))?(?:을|를|은|는|이|가|에|도|과|와)(?![가-힣A-Za-z0-9])"
    return tuple((row["object"], row["label"],
                  re.compile(rf"(?:{'|'.join(map(re.escape, cell_values(row['words'])))}){tail}"))
                 for row in table("timeline_objects.tsv"))


@cache
def _object_word() -> re.Pattern:
    """Any object's word, as a name contains it: the thing made is not a party."""
    return re.compile("|".join(re.escape(word) for row in table("timeline_objects.tsv")
                               for word in cell_values(row["words"])))


def object_labels() -> dict[str, str]:
    return {key: label for key, label, _ in _objects()}


@cache
def _done_verbs() -> re.Pattern:
    return re.compile("|".join(map(re.escape, words("timeline_done_verbs.txt"))))


@cache
def _country_names() -> dict[str, str]:
    return {country.code: country.name for country in lexicon.countries()}


@cache
def _country_pattern() -> re.Pattern:
    """Country names and aliases, and pair forms (한-미, 韓美) as written in text."""
    forms = sorted(lexicon.country_by_form(), key=len, reverse=True)
    pairs = "|".join(sorted(map(re.escape, lexicon.country_short_forms()), key=len, reverse=True))
    return re.compile(rf"(?:{pairs})(?:[-·‧](?:{pairs}))+|{lexicon.literal_pattern(forms)}")


def _countries_in(text: str) -> set[str]:
    codes: set[str] = set()
    for match in _country_pattern().finditer(text):
        form = match.group(0)
        if form in lexicon.country_by_form():
            codes.add(lexicon.country_by_form()[form].code)
        else:
            codes.update(lexicon.country_short_forms()[part].code for part in re.split(r"[-·‧]", form))
    return codes


def _words(text: str) -> set[str]:
    """Content words of a clause: at least two letters, a trailing particle taken off."""
    found = set()
    for word in re.findall(r"[가-힣A-Za-z0-9]{2,}", text):
        stem = lexicon.strip_particle(word)[0]
        if len(stem) >= 2:
            found.add(stem)
    return found


# ------------------------------------------------------------------ the items


@dataclass
class Item:
    """A commitment of a record, or a report that something was done (kind ``done``)."""

    id: str
    article: int
    kind: str
    text: str
    sentence: str
    span: list[int]
    actors: list[str]
    action: str | None
    marker: str | None
    when: dict | None
    parties: list[str]  # counterparts: countries (by name) and organisations
    object: str | None
    object_words: list[str]
    countries: set[str] = field(default_factory=set)  # ISO codes
    bodies: set[str] = field(default_factory=set)  # organisations
    words: set[str] = field(default_factory=set)

    def to_dict(self) -> dict:
        data = asdict(self)
        for name in ("countries", "bodies", "words"):
            data.pop(name)
        return data


@dataclass
class Article:
    id: int
    title: str | None
    outlet: str | None
    date: str | None
    path: str | None
    url: str | None
    text: str
    people: list[dict]
    organisations: list[dict]
    commitments: list[dict]

    def header(self) -> dict:
        return {"id": self.id, "title": self.title, "outlet": self.outlet, "date": self.date, "path": self.path,
                "url": self.url}


def _article(number: int, record: dict) -> Article:
    published = record.get("published") or {}
    return Article(number, record.get("title"), record.get("outlet"), published.get("date"),
                   (record.get("source") or {}).get("path"), (record.get("source") or {}).get("url"),
                   record.get("text") or "", record.get("people") or [], record.get("organisations") or [],
                   record.get("commitments") or [])


class _Parties:
    """Who a span of one article names: its organisations, its people's organisations, countries."""

    def __init__(self, article: Article) -> None:
        self.country_of = {org["name"]: org.get("country") for org in article.organisations}
        self.org_of = {person["name"]: person.get("organisation") for person in article.people}
        self.mentions = [(start, end, org["name"]) for org in article.organisations
                         if org.get("kind") != "committee" and not _object_word().search(org["name"])
                         for start, end in org.get("mentions") or []]
        self.mentions += [(start, end, person["organisation"]) for person in article.people if person.get("organisation")
                          for start, end in person.get("mentions") or []]
        self.text = article.text

    def of(self, names: list[str], span: tuple[int, int]) -> tuple[set[str], set[str]]:
        """(bodies, country codes) of the actors named and of whoever the span mentions."""
        bodies: set[str] = set()
        countries = _countries_in(self.text[span[0]:span[1]])
        for name in names:
            if name in lexicon.country_by_form():
                countries.add(lexicon.country_by_form()[name].code)
            elif name in self.org_of:  # a person stands under their organisation
                if self.org_of[name]:
                    bodies.add(self.org_of[name])
            else:
                bodies.add(name)
        bodies.update(name for start, end, name in self.mentions if span[0] <= start and end <= span[1])
        for body in bodies:
            if self.country_of.get(body):
                countries.add(self.country_of[body])
        return bodies, countries


def _counterparts(bodies: set[str], countries: set[str]) -> list[str]:
    home = settings().home_country
    names = _country_names()
    return sorted(bodies) + sorted(names.get(code, code) for code in countries if code != home or not bodies)


def _find_object(text: str) -> tuple[str | None, list[str]]:
    """The object named first in ``text``: its key and the words found."""
    found = [(matches[0].start(), key, matches) for key, _, pattern in _objects()
             if (matches := list(pattern.finditer(text)))]
    if not found:
        return None, []
    _, key, matches = min(found, key=lambda entry: entry[0])
    return key, sorted({_object_word().search(match.group(0)).group(0) for match in matches})


def _sentence_around(article: Article, spans: tuple[tuple[int, int], ...], start: int) -> str:
    for first, last in spans:
        if first <= start < last:
            return article.text[first:last]
    return ""


def items_of(article: Article) -> list[Item]:
    parties = _Parties(article)
    spans = sentences.split(article.text)
    found = []
    for position, commitment in enumerate(article.commitments):
        span = tuple(commitment.get("span") or (0, 0))
        bodies, countries = parties.of(commitment.get("actors") or [], span)
        clause = commitment.get("text") or ""
        key, object_words = _find_object(clause)
        found.append(Item(f"{article.id}.{position}", article.id, commitment.get("kind") or "", clause,
                          _sentence_around(article, spans, span[0]) or clause, list(span),
                          commitment.get("actors") or [], commitment.get("action"), commitment.get("marker"),
                          commitment.get("when"), _counterparts(bodies, countries), key, object_words, countries,
                          bodies, _words(clause)))
    committed = [tuple(item.span) for item in found]
    for number, (start, end) in enumerate(spans):
        sentence = article.text[start:end]
        verb = _done_verbs().search(sentence)
        if verb is None or any(s < end and start < e for s, e in committed):
            continue
        key, object_words = _find_object(sentence[:verb.start()])
        if key is None:  # a report of something done, but not of an object followed here
            continue
        bodies, countries = parties.of([], (start, end))
        found.append(Item(f"{article.id}.d{number}", article.id, "done", sentence, sentence, [start, end], [],
                          f"{'·'.join(object_words)} {verb.group(0)}", verb.group(0), None, _counterparts(bodies, countries), key, object_words, countries,
                          bodies, _words(sentence)))
    return found


# ------------------------------------------------------------------ links


def _foreign(item: Item) -> set[str]:
    return item.countries - {settings().home_country}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _overlap(a: set, b: set) -> float:
    """Shared over the smaller: a short report names fewer parties than the first article."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _link(earlier: Item, later: Item, dates: dict[int, str]) -> dict | None:
    """The link from ``earlier`` to ``later`` with its evidence, or None when it is not a follow-up."""
    if earlier.kind == "done" or earlier.object is None or earlier.object != later.object:
        return None
    first, then = dates.get(earlier.article), dates.get(later.article)
    if not first or not then or then <= first:
        return None
    foreign_a, foreign_b = _foreign(earlier), _foreign(later)
    if foreign_a or foreign_b:
        if foreign_a != foreign_b:
            return None
    elif not earlier.bodies & later.bodies:
        return None
    limits = settings()
    when = earlier.when or {}
    end = dt.date.fromisoformat(when.get("end") or first)
    if dt.date.fromisoformat(then) > end + dt.timedelta(days=limits.max_gap_days):
        return None
    if later.kind == "done" and when.get("start") and \
            dt.date.fromisoformat(then) < dt.date.fromisoformat(when["start"]) - dt.timedelta(days=limits.early_days):
        return None
    keys_a, keys_b = earlier.bodies | foreign_a, later.bodies | foreign_b
    score = round((_overlap(keys_a, keys_b) + _jaccard(earlier.words, later.words)) / 2, 3)
    if score < limits.min_score:
        return None
    names = _country_names()
    return {
        "from": earlier.id, "to": later.id, "object": earlier.object, "score": score,
        "done": later.kind == "done",
        "evidence": {
            "parties": sorted(earlier.bodies & later.bodies) + sorted(names.get(c, c) for c in foreign_a & foreign_b),
            "words": sorted(earlier.words & later.words),
            "object_words": sorted(set(earlier.object_words) | set(later.object_words)),
            "dates": {"from": first, "when": when.get("text"), "when_end": when.get("end"), "to": then},
        },
    }


def link(items: list[Item], dates: dict[int, str]) -> list[dict]:
    """Each item's link to the latest earlier item it follows (the best score on one date)."""
    by_object: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.object and dates.get(item.article):
            by_object[item.object].append(item)
    links = []
    for group in by_object.values():
        group.sort(key=lambda item: dates[item.article])
        for position, later in enumerate(group):
            candidates: list[dict] = []
            latest = None
            for earlier in reversed(group[:position]):  # newest first: stop after the first date that has one
                if latest is not None and dates[earlier.article] < latest:
                    break
                if found := _link(earlier, later, dates):
                    candidates.append(found)
                    latest = dates[earlier.article]
            if candidates:
                links.append(max(candidates, key=lambda found: found["score"]))
    return sorted(links, key=lambda found: (found["from"], found["to"]))


def status(item: Item, followers: list[dict], as_of: str) -> dict:
    if followers:
        return {"status": "followed", "by": followers}
    end = (item.when or {}).get("end")
    if not end:
        return {"status": "undated"}
    return {"status": "open" if end >= as_of else "due"}


# ------------------------------------------------------------------ the timeline


def build(records: list[dict], as_of: str) -> dict:
    """The timeline of ``records`` as of an ISO date, as plain data (``--format json``)."""
    articles = [_article(number, record) for number, record in enumerate(_one_per_story(records))]
    dates = {article.id: article.date for article in articles}
    items = [item for article in articles for item in items_of(article)]
    links = link(items, dates)
    followers: dict[str, list[dict]] = defaultdict(list)
    for found in links:
        later = int(found["to"].split(".")[0])
        followers[found["from"]].append({"item": found["to"], "article": later, "title": articles[later].title,
                                         "date": dates[later], "done": found["done"]})
    linked = {found["to"] for found in links}
    shown = []
    for item in items:
        if item.kind == "done" and item.id not in linked:
            continue  # a report of something done matters here only as a follow-up
        entry = item.to_dict()
        entry["date"] = dates[item.article]
        if item.kind != "done":
            entry.update(status(item, followers[item.id], as_of))
        shown.append(entry)
    shown.sort(key=lambda entry: (entry["date"] or "9999", entry["id"]))
    counterparts: dict[str, list[str]] = defaultdict(list)
    for entry in shown:
        for party in entry["parties"]:
            counterparts[party].append(entry["id"])
    return {
        "as_of": as_of,
        "articles": [article.header() for article in articles],
        "items": shown,
        "links": links,
        "counterparts": dict(sorted(counterparts.items(), key=lambda pair: (-len(pair[1]), pair[0]))),
        "people": _index(articles, "people"),
        "organisations": _index(articles, "organisations"),
    }


def _one_per_story(records: list[dict]) -> list[dict]:
    """Copies of one article (same outlet, date and title, or the same bytes) count once."""
    seen: set = set()
    kept = []
    for record in records:
        if record.get("error"):
            continue
        published = record.get("published") or {}
        keys = {("sha", (record.get("source") or {}).get("sha256"))}
        if record.get("title") and record.get("outlet") and published.get("date"):
            keys.add(("story", record["outlet"], published["date"], re.sub(r"\W", "", record["title"])))
        keys.discard(("sha", None))
        if keys & seen:
            continue
        seen |= keys
        kept.append(record)
    return kept


def _index(articles: list[Article], field_name: str) -> list[dict]:
    """People (with their organisation) or organisations, and the articles naming them."""
    index: dict[tuple, set[int]] = defaultdict(set)
    for article in articles:
        for entry in getattr(article, field_name):
            index[(entry["name"], entry.get("organisation") if field_name == "people" else entry.get("kind"))].add(article.id)
    second = "organisation" if field_name == "people" else "kind"
    return [{"name": name, second: other, "articles": sorted(ids)} for (name, other), ids in sorted(index.items(),
                                                                                                   key=lambda p: p[0][0])]


# ------------------------------------------------------------------ sources


class SourceError(Exception):
    """A SOURCE that cannot be read."""


def read_sources(paths: list[str], jobs: int = 1) -> tuple[list[dict], list[str]]:
    """Records from corpus databases, JSON Lines or JSON files, and dumps (extracted here);
    and what could not be read, a line each (``path: reason``): the rest is read all the same."""
    from . import batch

    records: list[dict] = []
    failures: list[str] = []
    dumps: list[str] = []
    for path in paths:
        try:
            if _is_sqlite(path):
                records.extend(_records_of_database(path))
            elif path.endswith((".jsonl", ".json")) and Path(path).is_file():
                records.extend(_records_of_json(path, failures))
            else:
                dumps.append(path)
        except SourceError as exc:
            failures.append(str(exc))
    if dumps:
        items = list(batch.walk(dumps))
        for outcome in batch.run(items, batch.Options(), jobs):
            if outcome.error is not None:
                failures.append(f"{outcome.path}: {outcome.error}")
            else:
                records.append(json.loads(outcome.output))
    return records, failures


def _is_sqlite(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _records_of_json(path: str, failures: list[str]) -> list[dict]:
    """The records of a JSON file, or of a JSON Lines file line by line (a bad line is a
    failure of its own; the next lines are read)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        if not path.endswith(".jsonl"):
            data = json.loads(text)
            return [item for item in (data if isinstance(data, list) else [data]) if _is_record(item, path, failures)]
    except (OSError, ValueError) as exc:
        raise SourceError(f"{path}: {exc}") from None
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                record = json.loads(line)
            except ValueError as exc:
                failures.append(f"{path}:{number}: {exc}")
                continue
            if _is_record(record, f"{path}:{number}", failures):
                records.append(record)
    return records


def _is_record(value, where: str, failures: list[str]) -> bool:
    """A kcoop record (an error line of ``--errors-json`` or another JSON value is not one)."""
    if isinstance(value, dict) and isinstance(value.get("commitments"), list) and "text" in value:
        return True
    failures.append(f"{where}: not a kcoop record" + (f" ({value['error']})" if isinstance(value, dict) and "error" in value else ""))
    return False


def _records_of_database(path: str) -> list[dict]:
    """The records of a corpus database (``extract --db``), rebuilt with what the timeline reads."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        articles = {row["id"]: {
            "source": {"path": None, "sha256": row["sha256"], "url": row["url"]}, "title": row["title"],
            "outlet": row["outlet"], "text": row["text"] or "",
            "published": {"date": row["published_date"]} if row["published_date"] else None,
            "people": [], "organisations": [], "commitments": [],
        } for row in db.execute("SELECT * FROM articles ORDER BY id")}
        for row in db.execute("SELECT article_id, min(path) AS path FROM sources GROUP BY article_id"):
            articles[row["article_id"]]["source"]["path"] = row["path"]
        spans: dict[tuple[str, int], list] = defaultdict(list)
        for row in db.execute("SELECT person_id, organisation_id, span_start, span_end FROM mentions"):
            owner = ("person", row["person_id"]) if row["person_id"] else ("organisation", row["organisation_id"])
            spans[owner].append([row["span_start"], row["span_end"]])
        for row in db.execute("SELECT * FROM people ORDER BY article_id, position"):
            articles[row["article_id"]]["people"].append({"name": row["name"], "organisation": row["organisation"],
                                                          "mentions": spans[("person", row["id"])]})
        for row in db.execute("SELECT * FROM organisations ORDER BY article_id, position"):
            articles[row["article_id"]]["organisations"].append({
                "name": row["name"], "kind": row["kind"], "country": row["country"],
                "mentions": spans[("organisation", row["id"])]})
        actors: dict[int, list[str]] = defaultdict(list)
        for row in db.execute("SELECT commitment_id, actor FROM commitment_actors ORDER BY commitment_id, position"):
            actors[row["commitment_id"]].append(row["actor"])
        for row in db.execute("SELECT * FROM commitments ORDER BY article_id, position"):
            when = None if row["when_text"] is None else {"text": row["when_text"], "start": row["when_start"],
                                                         "end": row["when_end"]}
            articles[row["article_id"]]["commitments"].append({
                "text": row["text"], "span": [row["span_start"], row["span_end"]], "actors": actors[row["id"]],
                "action": row["action"], "kind": row["kind"], "marker": row["marker"], "when": when})
        db.close()
    except sqlite3.Error as exc:
        raise SourceError(f"{path}: {str(exc).lower()}") from None
    return list(articles.values())


# ------------------------------------------------------------------ the terminal view

_STATUS_STYLE = {"followed": "green", "open": "cyan", "due": "bold red", "undated": "dim"}


def render(timeline: dict, stream, terminal: bool) -> None:
    """Each counterpart's items by date: kind, action, time, status and what followed."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, force_terminal=terminal, no_color=not terminal, width=None if terminal else 120)
    items = {item["id"]: item for item in timeline["items"]}
    articles = timeline["articles"]
    console.print(f"[bold]kcoop timeline[/] as of {timeline['as_of']}: {len(articles)} articles, "
                  f"{sum(item['kind'] != 'done' for item in items.values())} commitments, "
                  f"{len(timeline['links'])} follow-ups")
    for party, ids in timeline["counterparts"].items():
        table = Table(title=f"{party} ({len(ids)})", title_justify="left", expand=True)
        table.add_column("date", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("action", ratio=2, min_width=14)
        table.add_column("when", ratio=1)
        table.add_column("status", ratio=3)
        for item_id in ids:
            item = items[item_id]
            if item["kind"] == "done":
                state = "[green]reported done[/]"
            else:
                state = f"[{_STATUS_STYLE[item['status']]}]{item['status']}[/]"
                for follower in item.get("by", []):
                    state += f"\n→ {follower['date']} {articles[follower['article']]['outlet'] or ''}: {follower['title']}"
            table.add_row(articles[item["article"]]["date"] or "?", item["kind"], item["action"] or item["text"],
                          (item.get("when") or {}).get("text") or "", state)
        console.print(table)
