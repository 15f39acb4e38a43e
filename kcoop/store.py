"""The corpus database: ``kcoop extract DIR --db corpus.db`` adds records to SQLite, shaped for
the tools analysts already use (sqlite-utils, Datasette, pandas ``read_sql``).

One ``articles`` row per distinct input (by sha256), ``sources`` for every path it was read
from, one row per item of a record in ``reporters``, ``people``, ``organisations``,
``commitments`` (with ``commitment_actors``) and ``mentions``, each keyed to its article, and
``errors`` for the inputs that could not become records. Views answer the common questions
across articles. The README's "The corpus database" section shows them in use.

Incremental by content: an input whose sha256 is stored, extracted by the same kcoop version
with the same record-changing options, is not extracted again (``--refresh`` does).

The parent process is the only writer, one transaction per chunk of records, so a run killed
at any moment leaves the database as it was after its last whole chunk.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import time
from itertools import count

import sqlite_utils

from . import __version__
from .batch import STDIN, Input, Options, Outcome

# Raised with PRAGMA user_version when the tables change shape; an older database is refused
# rather than half-filled.
STORE_VERSION = 1
CHUNK_RECORDS = 64  # records per transaction
CHUNK_SECONDS = 2.0  # and at least this often, so that a slow run keeps what it has done

# One story, many copies: the same outlet, the same published date, the same headline (the
# titles agree, or title and subtitle read together agree: a flattened page runs them into one
# title) and bodies whose sets of 4-character pieces (spaces removed) overlap by this Jaccard
# index at least. Copies of one article score 1.0 on the fixtures; distinct articles of one
# outlet at most 0.23.
STORY_SIMILARITY = 0.8
_SHINGLE = 4

TABLES = ("articles", "sources", "reporters", "people", "organisations", "commitments",
          "commitment_actors", "mentions", "errors")
_CHILDREN = ("reporters", "people", "organisations", "commitments", "mentions")


class StoreError(Exception):
    """The database cannot be used (not SQLite, another kcoop's layout, unwritable)."""


def _create_schema(db: sqlite_utils.Database) -> None:
    article = ("article_id", "articles", "id")
    tables = {
        "articles": ({
            "id": int, "sha256": str, "story_id": int, "title": str, "subtitle": str, "outlet": str,
            "published_date": str, "published_time": str, "published_basis": str, "published_confidence": str,
            "dateline": str, "url": str, "layout": str, "layout_confidence": float, "encoding": str, "bytes": int,
            "text": str, "captions": str, "warnings": str, "kcoop_version": str, "options": str, "extracted_at": str,
        }, "id", [("story_id", "articles", "id")]),
        "sources": ({"path": str, "article_id": int, "read_at": str}, ("path", "article_id"), [article]),
        "reporters": ({"id": int, "article_id": int, "position": int, "name": str, "email": str}, "id", [article]),
        "people": ({"id": int, "article_id": int, "position": int, "name": str, "titles": str, "organisation": str},
                   "id", [article]),
        "organisations": ({"id": int, "article_id": int, "position": int, "name": str, "aliases": str, "kind": str,
                           "country": str}, "id", [article]),
        "commitments": ({"id": int, "article_id": int, "position": int, "text": str, "kind": str, "action": str,
                         "marker": str, "when_text": str, "when_start": str, "when_end": str, "span_start": int,
                         "span_end": int}, "id", [article]),
        "commitment_actors": ({"commitment_id": int, "position": int, "actor": str}, ("commitment_id", "position"),
                              [("commitment_id", "commitments", "id")]),
        "mentions": ({"id": int, "article_id": int, "person_id": int, "organisation_id": int, "name": str,
                      "surface": str, "span_start": int, "span_end": int}, "id",
                     [article, ("person_id", "people", "id"), ("organisation_id", "organisations", "id")]),
        "errors": ({"path": str, "reason": str, "failed_at": str}, "path", []),
    }
    for name, (columns, pk, keys) in tables.items():
        db[name].create(columns, pk=pk, foreign_keys=keys, if_not_exists=True)
    indexes = {
        "articles": [["sha256"], ["story_id"], ["published_date"], ["outlet", "published_date"]],
        "sources": [["article_id"]],
        "reporters": [["article_id"], ["name"]],
        "people": [["article_id"], ["name"], ["organisation"]],
        "organisations": [["article_id"], ["name"]],
        "commitments": [["article_id"], ["kind"], ["when_start"]],
        "commitment_actors": [["actor"]],
        "mentions": [["article_id"], ["person_id"], ["organisation_id"]],
    }
    for name, column_sets in indexes.items():
        for columns in column_sets:
            db[name].create_index(columns, unique=columns == ["sha256"], if_not_exists=True)
    # trigram: Korean has no spaces between a noun and its particle, so the default tokenizer
    # never finds 과기정통부 inside 과기정통부는; trigram finds any substring of 3+ characters.
    if not db["articles_fts"].exists():
        db["articles"].enable_fts(["title", "text"], tokenize="trigram", create_triggers=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)


VIEWS = {
    # one row per story: its first stored copy stands for it; copies counts the others too
    "stories": """
        SELECT s.id AS story_id, s.published_date, s.outlet, s.title, count(*) AS copies
        FROM articles a JOIN articles s ON s.id = a.story_id
        GROUP BY s.id""",
    # each story's commitments once (from the copy that stands for it), with their article
    "commitment_timeline": """
        SELECT c.id AS commitment_id, a.id AS article_id, a.story_id, a.published_date, a.outlet, a.title,
               c.kind, (SELECT group_concat(actor, '; ') FROM
                          (SELECT actor FROM commitment_actors WHERE commitment_id = c.id ORDER BY position)) AS actors,
               c.action, c.marker, c.when_text, c.when_start, c.when_end, c.text
        FROM commitments c JOIN articles a ON a.id = c.article_id
        WHERE a.id = a.story_id""",
    # one row per person per article, with the organisation as the article names it
    "people_articles": """
        SELECT p.name, p.titles, p.organisation, o.kind AS organisation_kind, a.id AS article_id, a.story_id,
               a.published_date, a.outlet, a.title
        FROM people p JOIN articles a ON a.id = p.article_id
        LEFT JOIN organisations o ON o.article_id = p.article_id AND o.name = p.organisation""",
    # cross-article identity: one person is a name with an organisation (or none)
    "person_index": """
        SELECT p.name, p.organisation, count(DISTINCT a.story_id) AS stories, count(*) AS articles,
               min(a.published_date) AS first_date, max(a.published_date) AS last_date
        FROM people p JOIN articles a ON a.id = p.article_id
        GROUP BY p.name, p.organisation""",
    "organisation_index": """
        SELECT o.name, o.kind, o.country, count(DISTINCT a.story_id) AS stories, count(*) AS articles,
               min(a.published_date) AS first_date, max(a.published_date) AS last_date
        FROM organisations o JOIN articles a ON a.id = o.article_id
        GROUP BY o.name, o.kind, o.country""",
}


def extraction_key(options: Options) -> str:
    """The options that change a record: a stored record made with others is extracted again."""
    return json.dumps({"layout": options.layout, "reference_date": options.reference_date}, sort_keys=True)


class Store:
    """The writer of one run. ``known`` answers the batch runner before an input is sent to a
    worker; ``add`` takes every outcome in input order; ``close`` commits the last chunk."""

    def __init__(self, path: str, options: Options, refresh: bool = False) -> None:
        self.path = path
        self.options = options
        self.key = extraction_key(options)
        self.refresh = refresh
        self.counts = {"added": 0, "replaced": 0, "unchanged": 0, "failed": 0}
        self._chunk: list[Outcome] = []
        self._sources: list[tuple[str, int]] = []  # (path, article id) of the chunk, unchanged inputs' too
        self._written: set[str] = set()  # sha256 stored by this run (a second path is only a source)
        self._committed_at = time.monotonic()
        try:
            self.db = sqlite_utils.Database(path, execute_plugins=False)
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if self.db.table_names() and version != STORE_VERSION:
                raise StoreError(f"not a kcoop corpus database of version {STORE_VERSION} (use another file)")
            self.db.enable_wal()  # readers (Datasette) go on while a run writes; commits need no fsync
            self.db.execute("PRAGMA synchronous=NORMAL")
            with self.db.atomic():
                _create_schema(self.db)
                self.db.execute(f"PRAGMA user_version={STORE_VERSION}")
        except sqlite3.Error as exc:
            raise StoreError(str(exc).lower()) from None
        self._ids = {name: count(self.db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {name}").fetchone()[0])
                     for name in ("articles", "people", "organisations", "commitments")}

    # ------------------------------------------------------------ before extraction

    def known(self, item: Input) -> bool:
        """Whether the input's content is stored with the same kcoop version and options."""
        if self.refresh or item.problem or item.path == STDIN:
            return False
        try:
            if os.path.getsize(item.path) > self.options.max_bytes:
                return False  # the extraction reports it
            with open(item.path, "rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError:
            return False
        row = self.db.execute("SELECT id FROM articles WHERE sha256 = ? AND kcoop_version = ? AND options = ?",
                              [digest, __version__, self.key]).fetchone()
        if row is None:
            return False
        self._sources.append((item.path, row[0]))
        self.counts["unchanged"] += 1
        return True

    # ------------------------------------------------------------ after extraction

    def add(self, outcome: Outcome) -> None:
        if outcome.skipped:
            return
        self._chunk.append(outcome)
        if len(self._chunk) >= CHUNK_RECORDS or time.monotonic() - self._committed_at > CHUNK_SECONDS:
            self.commit()

    def commit(self) -> None:
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self.db.atomic():
            for outcome in self._chunk:
                if outcome.error is not None:
                    self.db["errors"].insert({"path": outcome.path, "reason": outcome.error, "failed_at": now},
                                             replace=True)
                    self.counts["failed"] += 1
                else:
                    self._sources.append((outcome.path, self._write(json.loads(outcome.output), now)))
            self.db["sources"].insert_all(({"path": path, "article_id": article, "read_at": now}
                                           for path, article in self._sources), replace=True)
            self.db.conn.executemany("DELETE FROM errors WHERE path = ?", [(path,) for path, _ in self._sources])
        self._chunk.clear()
        self._sources.clear()
        self._committed_at = time.monotonic()

    def close(self) -> None:
        try:
            self.commit()
        finally:
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        # records already finished are kept even when the run stops early (^C)
        self.close()

    def _write(self, record: dict, now: str) -> int:
        """Store one record (replacing an older extraction of the same content); its article id."""
        sha = record["source"]["sha256"]
        existing = self.db.execute("SELECT id FROM articles WHERE sha256 = ?", [sha]).fetchone()
        if existing and sha in self._written:
            return existing[0]
        if existing:
            article_id = existing[0]
            self._delete_children(article_id)
            self.counts["replaced"] += 1
        else:
            article_id = next(self._ids["articles"])
            self.counts["added"] += 1
        self._written.add(sha)
        row = _article_row(record, article_id, now, self.key)
        row["story_id"] = self._story_of(row)
        self.db["articles"].insert(row, replace=True)
        for table, rows in self._item_rows(record, article_id).items():
            self.db[table].insert_all(rows)
        return article_id

    def _delete_children(self, article_id: int) -> None:
        self.db.execute("DELETE FROM commitment_actors WHERE commitment_id IN "
                        "(SELECT id FROM commitments WHERE article_id = ?)", [article_id])
        for table in _CHILDREN:
            self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])

    def _story_of(self, row: dict) -> int:
        """The story of the first stored copy of this article, else a story of its own."""
        if row["outlet"] and row["published_date"]:
            candidates = self.db.execute(
                "SELECT id, story_id, title, subtitle FROM articles WHERE outlet = ? AND published_date = ? "
                "AND id != ? ORDER BY id", [row["outlet"], row["published_date"], row["id"]]).fetchall()
            headlines = _headlines(row["title"], row["subtitle"])
            pieces = None
            for other_id, story_id, title, subtitle in candidates:
                if not headlines & _headlines(title, subtitle):
                    continue
                pieces = pieces or _shingles(row["text"])
                other = _shingles(self.db.execute("SELECT text FROM articles WHERE id = ?", [other_id]).fetchone()[0])
                if len(pieces & other) >= STORY_SIMILARITY * len(pieces | other):
                    return story_id
        return row["id"]

    def _item_rows(self, record: dict, article_id: int) -> dict[str, list[dict]]:
        text = record["text"]
        rows: dict[str, list[dict]] = {name: [] for name in ("reporters", "people", "organisations", "commitments",
                                                              "commitment_actors", "mentions")}
        for position, reporter in enumerate(record["reporters"]):
            rows["reporters"].append({"article_id": article_id, "position": position, "name": reporter["name"],
                                      "email": reporter["email"]})
        for kind in ("people", "organisations"):
            for position, item in enumerate(record[kind]):
                item_id = next(self._ids[kind])
                fields = ({"titles": _json(item["titles"]), "organisation": item["organisation"]} if kind == "people" else
                          {"aliases": _json(item["aliases"]), "kind": item["kind"], "country": item["country"]})
                rows[kind].append({"id": item_id, "article_id": article_id, "position": position, "name": item["name"],
                                   **fields})
                rows["mentions"].extend({
                    "article_id": article_id, "person_id": item_id if kind == "people" else None,
                    "organisation_id": item_id if kind == "organisations" else None, "name": item["name"],
                    "surface": text[start:end], "span_start": start, "span_end": end,
                } for start, end in item["mentions"])
        for position, commitment in enumerate(record["commitments"]):
            commitment_id = next(self._ids["commitments"])
            when = commitment["when"] or {}
            rows["commitments"].append({
                "id": commitment_id, "article_id": article_id, "position": position, "text": commitment["text"],
                "kind": commitment["kind"], "action": commitment["action"], "marker": commitment["marker"],
                "when_text": when.get("text"), "when_start": when.get("start"), "when_end": when.get("end"),
                "span_start": commitment["span"][0], "span_end": commitment["span"][1],
            })
            rows["commitment_actors"].extend({"commitment_id": commitment_id, "position": k, "actor": actor}
                                             for k, actor in enumerate(commitment["actors"]))
        return rows

    def summary(self) -> str:
        c = self.counts
        stories = self.db.execute("SELECT count(DISTINCT story_id), count(*) FROM articles").fetchone()
        return (f"{self.path}: {c['added']:,} added, {c['replaced']:,} extracted again, {c['unchanged']:,} unchanged "
                f"(same content, kcoop version and options; --refresh extracts them again), {c['failed']:,} failed; "
                f"{stories[1]:,} articles in {stories[0]:,} stories")


def _article_row(record: dict, article_id: int, now: str, key: str) -> dict:
    source, published = record["source"], record["published"] or {}
    return {
        "id": article_id, "sha256": source["sha256"], "title": record["title"], "subtitle": record["subtitle"],
        "outlet": record["outlet"], "published_date": published.get("date"), "published_time": published.get("time"),
        "published_basis": published.get("basis"), "published_confidence": published.get("confidence"),
        "dateline": record["dateline"], "url": source.get("url"), "layout": source["layout"],
        "layout_confidence": source["layout_confidence"], "encoding": source["encoding"], "bytes": source["bytes"],
        "text": record["text"], "captions": _json(record["captions"]), "warnings": _json(record["warnings"]),
        "kcoop_version": __version__, "options": key, "extracted_at": now,
    }


def _json(value: list) -> str:
    return json.dumps(value, ensure_ascii=False)


_NOT_WORD = re.compile(r"[\W_]+")


def _headlines(title: str | None, subtitle: str | None) -> set[str]:
    """The ways a headline is compared: the title, and title and subtitle as one (letters only)."""
    forms = {_NOT_WORD.sub("", title or ""), _NOT_WORD.sub("", (title or "") + (subtitle or ""))}
    return forms - {""}


def _shingles(text: str) -> set[str]:
    flat = "".join(text.split())
    return {flat[i:i + _SHINGLE] for i in range(max(len(flat) - _SHINGLE + 1, 1))}
