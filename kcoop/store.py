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
at any moment leaves the database as it was after its last whole chunk. It writes in a thread
of its own: SQLite works without Python's lock, so the parent goes on feeding the workers while
rows are written (written in line, a commit left them idle), and nothing of the extraction
waits for the database. Records reach the writer a few at a time and are written into the open
transaction at once: when the extraction ends, only the last few and the commit remain to do
(handed over a chunk at a time, the last chunk was written after the extraction, 8 % of a run).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import queue
import re
import sqlite3
import threading
import time
from itertools import count
from operator import itemgetter

import sqlite_utils

from . import __version__
from .batch import STDIN, Input, Options, Outcome

# Kept in PRAGMA user_version and raised when the tables change shape: a database of another
# shape is refused rather than half-filled.
STORE_VERSION = 1
# Records per transaction, and a transaction committed at least this often: a killed run loses
# the records of the open transaction and of the batches not yet written (see HANDOVER_*).
# Large chunks: each commit writes the full-text index's new terms as a segment, and merging
# segments costs; the index of 3,000 articles took 1.31 s in 100-record commits, 0.95 s in 1,000.
CHUNK_RECORDS = 1000
CHUNK_SECONDS = 5.0
# Records handed to the writer thread at a time, and a batch handed over at least this often;
# at most HANDOVER_QUEUE batches wait for it (the parent waits when the writer is that far behind).
HANDOVER_RECORDS = 25
HANDOVER_SECONDS = 0.5
HANDOVER_QUEUE = 4
_COMMIT = "commit"  # handed to the writer: commit the open transaction now

# One story, many copies: the same outlet, the same published date, the same headline (the
# titles agree, or title and subtitle read together agree: a flattened page runs them into one
# title) and bodies whose sets of words (split at spaces) overlap by this Jaccard index at
# least. Copies of one article score 1.0 on the fixtures; distinct articles of one outlet at
# most 0.23. (Sets of 4-character pieces separate the same, at five times the cost.)
STORY_SIMILARITY = 0.8
STORY_CANDIDATES = 8  # the latest stories of that outlet, date and headline compared: a bound on the work


FTS_MERGING = {"automerge": 16, "crisismerge": 64}  # see _create_schema


class StoreError(Exception):
    """The database cannot be used (not SQLite, another kcoop's layout, unwritable)."""


_ARTICLE = ("article_id", "articles", "id")
# table: (columns, primary key, foreign keys); created by sqlite-utils, rows inserted in this order
SCHEMA: dict[str, tuple[dict[str, type], str | tuple[str, ...] | None, list[tuple[str, str, str]]]] = {
    # title_key and headline_key: the letters of the title, and of title and subtitle together
    "stories": ({"id": int, "outlet": str, "published_date": str, "title": str, "first_article_id": int,
                 "title_key": str, "headline_key": str}, "id", []),  # its key to articles: below
    "articles": ({
        "id": int, "sha256": str, "story_id": int, "title": str, "subtitle": str, "outlet": str,
        "published_date": str, "published_time": str, "published_basis": str, "published_confidence": str,
        "dateline": str, "url": str, "layout": str, "layout_confidence": float, "encoding": str, "bytes": int,
        "text": str, "captions": str, "warnings": str, "kcoop_version": str, "options": str, "extracted_at": str,
    }, "id", [("story_id", "stories", "id")]),
    "sources": ({"path": str, "article_id": int, "read_at": str}, ("path", "article_id"), [_ARTICLE]),
    "reporters": ({"article_id": int, "position": int, "name": str, "email": str}, ("article_id", "position"),
                  [_ARTICLE]),
    "people": ({"id": int, "article_id": int, "position": int, "name": str, "titles": str, "organisation": str},
               "id", [_ARTICLE]),
    "organisations": ({"id": int, "article_id": int, "position": int, "name": str, "aliases": str, "kind": str,
                       "country": str}, "id", [_ARTICLE]),
    "commitments": ({"id": int, "article_id": int, "position": int, "text": str, "kind": str, "action": str,
                     "marker": str, "when_text": str, "when_start": str, "when_end": str, "span_start": int,
                     "span_end": int}, "id", [_ARTICLE]),
    "commitment_actors": ({"commitment_id": int, "position": int, "actor": str}, ("commitment_id", "position"),
                          [("commitment_id", "commitments", "id")]),
    # who or what (a person's or an organisation's row, and its name), where in the text
    "mentions": ({"article_id": int, "person_id": int, "organisation_id": int, "name": str, "surface": str,
                  "span_start": int, "span_end": int}, None,
                 [_ARTICLE, ("person_id", "people", "id"), ("organisation_id", "organisations", "id")]),
    "errors": ({"path": str, "reason": str, "failed_at": str}, "path", []),
}
INDEXES = {
    "articles": [["sha256"], ["story_id"], ["published_date"], ["outlet", "published_date"]],
    "stories": [["outlet", "published_date"]],
    "sources": [["article_id"]],
    "reporters": [["name"]],
    "people": [["article_id"], ["name"], ["organisation"]],
    "organisations": [["article_id"], ["name"]],
    "commitments": [["article_id"], ["kind"], ["when_start"]],
    "commitment_actors": [["actor"]],
    "mentions": [["article_id"], ["person_id"], ["organisation_id"]],
}
_ITEM_TABLES = ("reporters", "people", "organisations", "commitments", "commitment_actors", "mentions")

VIEWS = {
    # each story's commitments once (from its first stored copy), with their article
    "commitment_timeline": """
        SELECT c.id AS commitment_id, a.id AS article_id, a.story_id, a.published_date, a.outlet, a.title,
               c.kind, (SELECT group_concat(actor, '; ') FROM
                          (SELECT actor FROM commitment_actors WHERE commitment_id = c.id ORDER BY position)) AS actors,
               c.action, c.marker, c.when_text, c.when_start, c.when_end, c.text
        FROM commitments c JOIN articles a ON a.id = c.article_id JOIN stories s ON s.first_article_id = a.id""",
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


def _create_schema(db: sqlite_utils.Database) -> None:
    for name, (columns, pk, foreign_keys) in SCHEMA.items():
        db[name].create(columns, pk=pk, foreign_keys=foreign_keys, if_not_exists=True)
    # stories and articles refer to each other: one of the two keys is added once both exist
    db["stories"].add_foreign_key("first_article_id", "articles", "id", ignore=True)
    for name, column_sets in INDEXES.items():
        for columns in column_sets:
            db[name].create_index(columns, unique=columns == ["sha256"], if_not_exists=True)
    # trigram: Korean has no spaces between a noun and its particle, so the default tokenizer
    # never finds 과기정통부 inside 과기정통부는; trigram finds any substring of 3+ characters.
    # No triggers: FTS5 flushes its pending terms at every statement a trigger runs in, which
    # made indexing three times slower than one insert per chunk (Store.commit).
    if not db["articles_fts"].exists():
        db["articles"].enable_fts(["title", "text"], tokenize="trigram")
    # Segments merged 16 at a time, not 4: a tenth less of the writer's time, and a search reads
    # a few more segments (a level holds up to 16 before a merge, 64 at worst). Set at every
    # open, so that a database made by an older kcoop gets them too.
    for setting, value in FTS_MERGING.items():
        db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES (?, ?)", [setting, value])
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)


# Rows are written with plain executemany: sqlite-utils' insert_all checks the table and
# converts each value on every call, which cost more than the extraction itself per record.
# Item rows are tuples in SCHEMA's column order (a dict per row cost a tenth of the writer's time).
_INSERT = {name: f"INSERT OR REPLACE INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
           for name, (columns, _, _) in SCHEMA.items()}
_INSERT["articles_fts"] = "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)"
# articles and stories are built as dicts (read back by name before they are written): their tuples
_VALUES = {name: itemgetter(*SCHEMA[name][0]) for name in ("articles", "stories")}


def extraction_key(options: Options) -> str:
    """The options that change a record: a stored record made with others is extracted again."""
    return json.dumps({"layout": options.layout, "reference_date": options.reference_date}, sort_keys=True)


class Store:
    """The writer of one run. ``known`` answers the batch runner before an input is sent to a
    worker; ``add`` takes every outcome in input order and hands them to the writer thread a
    batch at a time; ``commit`` hands over the batch held and waits until all is committed."""

    def __init__(self, path: str, options: Options, refresh: bool = False) -> None:
        self.path = path
        self.options = options
        self.key = extraction_key(options)
        self.refresh = refresh
        self.counts = {"added": 0, "replaced": 0, "unchanged": 0, "failed": 0}  # the writer thread's
        self._known = 0  # inputs known before extraction (this thread's): unchanged too
        self._batch: list[Outcome] = []
        self._sources: list[tuple[str, int]] = []  # (path, article id) of the batch, unchanged inputs' too
        self._written: dict[str, int] = {}  # sha256 stored by this run, its article (a second path is only a source)
        self._words: dict[int, set[str]] = {}
        self._handed_over_at = time.monotonic()
        self._failure: BaseException | None = None  # what stopped the writer thread
        try:
            # made here, used by the writer thread: never by both at once
            self.db = sqlite_utils.Database(sqlite3.connect(path, check_same_thread=False), execute_plugins=False)
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if self.db.table_names() and version != STORE_VERSION:
                raise StoreError(f"not a kcoop corpus database of version {STORE_VERSION} (use another file)")
            self.db.enable_wal()  # readers (Datasette) go on while a run writes; commits need no fsync
            self.db.execute("PRAGMA synchronous=NORMAL")
            with self.db.atomic():
                _create_schema(self.db)
                self.db.execute(f"PRAGMA user_version={STORE_VERSION}")
            # nothing of this version and these options stored: no input can be known, and
            # hashing each file before extraction (a quarter of the writer's time) is saved
            self._held_articles = bool(self.db.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0])
            self._any_stored = bool(self.db.execute(
                "SELECT EXISTS (SELECT 1 FROM articles WHERE kcoop_version = ? AND options = ?)",
                [__version__, self.key]).fetchone()[0])
            self._ids = {name: count(self.db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {name}").fetchone()[0])
                         for name in ("articles", "stories", "people", "organisations", "commitments")}
            self._reader = sqlite3.connect(path, check_same_thread=False)  # for known(): what the writer committed
        except sqlite3.Error as exc:
            raise StoreError(str(exc).lower()) from None
        self._pending: queue.Queue = queue.Queue(maxsize=HANDOVER_QUEUE)  # batches handed over, not yet taken
        self._uncommitted = 0  # records in the writer's open transaction
        self._opened_at = 0.0  # when it began
        self._stories_to_check = False  # a replaced article in it may have left a story empty
        # Started with the first batch, after the batch runner has forked its first workers. A
        # worker forked later (a replacement) copies the process without this thread, and with
        # any lock it held at that moment; harmless, as a worker only extracts and takes none
        # of them (the connection's, the queue's). Python 3.12 warns of such forks in general.
        self._writer: threading.Thread | None = None

    # ------------------------------------------------------------ before extraction

    def known(self, item: Input) -> bool:
        """Whether the input's content is stored with the same kcoop version and options."""
        if self.refresh or not self._any_stored or item.problem or item.path == STDIN:
            return False
        try:
            if os.path.getsize(item.path) > self.options.max_bytes:
                return False  # the extraction reports it
            with open(item.path, "rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError:
            return False
        row = self._reader.execute("SELECT id FROM articles WHERE sha256 = ? AND kcoop_version = ? AND options = ?",
                                   [digest, __version__, self.key]).fetchone()
        if row is None:
            return False
        self._sources.append((item.path, row[0]))
        self._known += 1
        return True

    # ------------------------------------------------------------ after extraction

    def add(self, outcome: Outcome) -> None:
        if outcome.skipped:
            return
        self._batch.append(outcome)
        if len(self._batch) >= HANDOVER_RECORDS or time.monotonic() - self._handed_over_at > HANDOVER_SECONDS:
            self._hand_over()

    def commit(self) -> None:
        """Write and commit everything added so far, and raise what stopped the writer if anything did."""
        self._hand_over()
        if self._writer is not None:
            self._pending.put(_COMMIT)
            self._pending.join()
        self._raise_failure()

    def _hand_over(self) -> None:
        self._raise_failure()
        if self._batch or self._sources:
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_batches, name="kcoop-store-writer", daemon=True)
                self._writer.start()
            job = (self._batch, self._sources)
            self._batch, self._sources = [], []
            try:
                self._pending.put(job)  # waits while the writer is HANDOVER_QUEUE batches behind
            except BaseException:  # ^C while waiting: the batch is held again, for close()
                self._batch, self._sources = job
                raise
        self._handed_over_at = time.monotonic()

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    def _write_batches(self) -> None:
        """The writer thread: each batch handed over, into the open transaction, committed a
        chunk at a time, at _COMMIT and after CHUNK_SECONDS with nothing handed over (a slow
        document), until None (a last commit). After a failure (its transaction rolled back)
        it takes the rest without writing them, so that no one waits for it, and the main
        thread raises it."""
        while True:
            try:
                job = self._pending.get(timeout=CHUNK_SECONDS)
            except queue.Empty:
                self._guarded(self._commit_transaction)
                continue
            self._guarded(self._take, job)
            self._pending.task_done()
            if job is None:
                return

    def _take(self, job) -> None:
        if job is None or job is _COMMIT:
            self._commit_transaction()
            return
        self._write_batch(*job)
        if self._uncommitted >= CHUNK_RECORDS or time.monotonic() - self._opened_at > CHUNK_SECONDS:
            self._commit_transaction()

    def _guarded(self, step, *args) -> None:
        """One step of the writer, unless an earlier one failed; a failure is kept for the main
        thread and the open transaction rolled back."""
        if self._failure is not None:
            return
        try:
            step(*args)
        except BaseException as exc:  # raised again in the main thread, bugs included
            self._failure = exc
            with contextlib.suppress(sqlite3.Error):  # the next runs need no half-written chunk
                self.db.conn.rollback()

    def _commit_transaction(self) -> None:
        try:
            if self._stories_to_check:
                self.db.execute("DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM articles)")
                self._stories_to_check = False
            self.db.conn.commit()
        except sqlite3.Error as exc:
            raise StoreError(str(exc).lower()) from None
        self._uncommitted = 0

    def _write_batch(self, batch: list[Outcome], sources: list[tuple[str, int]]) -> None:
        """One batch into the open transaction (begun here if none is): a kill leaves all of
        a chunk there or none of it."""
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        rows: dict[str, list[tuple]] = {name: [] for name in ("articles_fts", *_ITEM_TABLES, "errors")}
        replaced = self.counts["replaced"]
        try:
            if not self.db.conn.in_transaction:
                self.db.conn.execute("BEGIN")
                self._opened_at = time.monotonic()
            for outcome in batch:
                if outcome.error is not None:
                    rows["errors"].append((outcome.path, outcome.error, now))
                    self.counts["failed"] += 1
                else:
                    sources.append((outcome.path, self._write(json.loads(outcome.output), now, rows)))
            rows["sources"] = [(path, article, now) for path, article in sources]
            for name, table_rows in rows.items():
                self.db.conn.executemany(_INSERT[name], table_rows)
            self.db.conn.executemany("DELETE FROM errors WHERE path = ?", [(path,) for path, _ in sources])
            if self.counts["replaced"] > replaced:  # a copy re-extracted may have left its story
                self._stories_to_check = True  # at the commit: a scan of the stories per chunk, not per batch
        except sqlite3.Error as exc:
            raise StoreError(str(exc).lower()) from None
        self._uncommitted += len(batch)

    def close(self) -> None:
        try:
            self.commit()
        finally:
            if self._writer is not None:
                self._pending.put(None)
                self._writer.join()
            self._reader.close()
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        # records already finished are kept even when the run stops early (^C)
        self.close()

    def _write(self, record: dict, now: str, rows: dict[str, list[tuple]]) -> int:
        """Store one record's article (replacing an older extraction of the same content) and
        add its items to ``rows``; its article id."""
        sha = record["source"]["sha256"]
        if sha in self._written:  # a second copy of the same bytes in this run
            self.counts["unchanged"] += 1
            return self._written[sha]
        existing = (self.db.execute("SELECT id FROM articles WHERE sha256 = ?", [sha]).fetchone()
                    if self._held_articles else None)
        if existing:
            article_id = existing[0]
            self.db.execute("INSERT INTO articles_fts (articles_fts, rowid, title, text) "
                            "SELECT 'delete', id, title, text FROM articles WHERE id = ?", [article_id])
            self.db.execute("DELETE FROM commitment_actors WHERE commitment_id IN "
                            "(SELECT id FROM commitments WHERE article_id = ?)", [article_id])
            for table in ("reporters", "people", "organisations", "commitments", "mentions"):
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            self.counts["replaced"] += 1
        else:
            article_id = next(self._ids["articles"])
            self.counts["added"] += 1
        self._written[sha] = article_id
        article = _article_row(record, article_id, now, self.key)
        article["story_id"] = self._story_of(article)
        # now, not with the batch's rows: the next copy in this batch looks for its story
        self.db.execute(_INSERT["articles"], _VALUES["articles"](article))
        rows["articles_fts"].append((article_id, article["title"], article["text"]))
        self._item_rows(record, article_id, rows)
        return article_id

    def _story_of(self, article: dict) -> int:
        """The story of an earlier copy of this article (see STORY_SIMILARITY), else a new one."""
        title_key, headline_key = _keys(article["title"]), _keys(article["title"], article["subtitle"])
        if article["outlet"] and article["published_date"]:
            candidates = self.db.execute(
                "SELECT id, first_article_id FROM stories WHERE outlet = ? AND published_date = ? "
                "AND (title_key IN (?, ?) OR headline_key IN (?, ?)) ORDER BY id DESC LIMIT ?",
                [article["outlet"], article["published_date"], title_key, headline_key, title_key, headline_key,
                 STORY_CANDIDATES]).fetchall()
            words = set(article["text"].split()) if candidates else set()
            for story_id, first_article in candidates:
                other = self._story_words(story_id, first_article)
                shared = len(words & other)
                if shared >= STORY_SIMILARITY * (len(words) + len(other) - shared):
                    return story_id
        story = {"id": next(self._ids["stories"]), "outlet": article["outlet"],
                 "published_date": article["published_date"], "title": article["title"],
                 "first_article_id": article["id"], "title_key": title_key, "headline_key": headline_key}
        self.db.execute(_INSERT["stories"], _VALUES["stories"](story))
        return story["id"]

    def _story_words(self, story_id: int, first_article: int) -> set[str]:
        """The words of a story's first copy, kept for the next copies (most come soon after)."""
        if story_id not in self._words:
            if len(self._words) >= 1024:
                self._words.clear()
            text = self.db.execute("SELECT text FROM articles WHERE id = ?", [first_article]).fetchone()[0]
            self._words[story_id] = set(text.split())
        return self._words[story_id]

    def _item_rows(self, record: dict, article_id: int, rows: dict[str, list[tuple]]) -> None:
        text = record["text"]
        rows["reporters"].extend((article_id, position, reporter["name"], reporter["email"])
                                 for position, reporter in enumerate(record["reporters"]))
        mentions = rows["mentions"]
        for position, person in enumerate(record["people"]):
            person_id = next(self._ids["people"])
            rows["people"].append((person_id, article_id, position, person["name"], _json_list(person["titles"]),
                                   person["organisation"]))
            mentions.extend((article_id, person_id, None, person["name"], text[start:end], start, end)
                            for start, end in person["mentions"])
        for position, organisation in enumerate(record["organisations"]):
            organisation_id = next(self._ids["organisations"])
            rows["organisations"].append((organisation_id, article_id, position, organisation["name"],
                                          _json_list(organisation["aliases"]), organisation["kind"],
                                          organisation["country"]))
            mentions.extend((article_id, None, organisation_id, organisation["name"], text[start:end], start, end)
                            for start, end in organisation["mentions"])
        for position, commitment in enumerate(record["commitments"]):
            commitment_id = next(self._ids["commitments"])
            when = commitment["when"] or {}
            rows["commitments"].append((
                commitment_id, article_id, position, commitment["text"], commitment["kind"], commitment["action"],
                commitment["marker"], when.get("text"), when.get("start"), when.get("end"), *commitment["span"]))
            rows["commitment_actors"].extend((commitment_id, k, actor) for k, actor in enumerate(commitment["actors"]))

    def summary(self) -> str:
        c = {**self.counts, "unchanged": self.counts["unchanged"] + self._known}
        articles, stories = self.db.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories)").fetchone()
        return (f"{self.path}: {c['added']:,} added, {c['replaced']:,} extracted again, {c['unchanged']:,} unchanged "
                f"(same content, kcoop version and options; --refresh extracts them again), {c['failed']:,} failed; "
                f"{articles:,} articles in {stories:,} stories")


def _article_row(record: dict, article_id: int, now: str, key: str) -> dict:
    source, published = record["source"], record["published"] or {}
    return {
        "id": article_id, "sha256": source["sha256"], "title": record["title"], "subtitle": record["subtitle"],
        "outlet": record["outlet"], "published_date": published.get("date"), "published_time": published.get("time"),
        "published_basis": published.get("basis"), "published_confidence": published.get("confidence"),
        "dateline": record["dateline"], "url": source.get("url"), "layout": source["layout"],
        "layout_confidence": source["layout_confidence"], "encoding": source["encoding"], "bytes": source["bytes"],
        "text": record["text"], "captions": _json_list(record["captions"]), "warnings": _json_list(record["warnings"]),
        "kcoop_version": __version__, "options": key, "extracted_at": now,
    }


_json = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps builds an encoder per call for that


def _json_list(items: list) -> str:
    return _json(items) if items else "[]"  # most lists are empty: no encoder for them


_NOT_WORD = re.compile(r"[\W_]+")


def _keys(*parts: str | None) -> str:
    """Letters and digits only: copies differ in spaces and punctuation (… against ...)."""
    return _NOT_WORD.sub("", "".join(part or "" for part in parts))
