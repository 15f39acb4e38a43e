"""The corpus database (--db), CSV (--format csv, kcoop export) and the README's SQL."""
from __future__ import annotations

import csv
import json
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, expected_path, fixture_inputs
from typer.testing import CliRunner

from kcoop.cli import app

RECORDS = [json.loads(expected_path(f).read_text(encoding="utf-8")) for f in fixture_inputs()]
# Copies of one article in the fixtures: the same outlet, date and headline, the same body
STORIES = [{"001", "009"}, {"012", "022"}, {"023", "026"}, {"025", "027"}, {"028", "036"}, {"030", "035"},
           {"043", "045"}]


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%'")]
        return {name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in tables}


def kcoop(*args: str):
    """The command in this process (a process start costs more than these runs' extraction)."""
    return CliRunner().invoke(app, list(args))


def build(db: Path, *paths, options=()):
    done = kcoop("extract", *map(str, paths), "--db", str(db), "-j", "1", *options)
    assert done.exit_code == 0, done.output
    return done


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    build(db, FIXTURES, options=["-q"])
    return db


def test_every_table_holds_exactly_the_records(corpus):
    mentions = sum(len(item["mentions"]) for r in RECORDS for item in r["people"] + r["organisations"])
    assert counts(corpus) == {
        "stories": len({r["source"]["sha256"] for r in RECORDS}) - sum(len(copies) - 1 for copies in STORIES),
        "articles": len({r["source"]["sha256"] for r in RECORDS}),
        "sources": len(RECORDS),
        "reporters": sum(len(r["reporters"]) for r in RECORDS),
        "people": sum(len(r["people"]) for r in RECORDS),
        "organisations": sum(len(r["organisations"]) for r in RECORDS),
        "commitments": sum(len(r["commitments"]) for r in RECORDS),
        "commitment_actors": sum(len(c["actors"]) for r in RECORDS for c in r["commitments"]),
        "mentions": mentions,
        "errors": 0,
    }
    with sqlite3.connect(corpus) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == len(RECORDS)
        connection.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


def test_every_item_lands_in_its_own_columns(corpus):
    """Item rows are written as tuples in the tables' column order: each field read back by
    its column name equals the record's."""
    with sqlite3.connect(corpus) as connection:
        connection.row_factory = sqlite3.Row

        def rows(sql: str, *args) -> list[dict]:
            return [dict(row) for row in connection.execute(sql, args)]

        for record in RECORDS:
            (article,) = rows("SELECT id, title, text FROM articles WHERE sha256 = ?", record["source"]["sha256"])
            assert (article["title"], article["text"]) == (record["title"], record["text"])
            assert rows("SELECT name, email FROM reporters WHERE article_id = ? ORDER BY position", article["id"]) == [
                {"name": r["name"], "email": r["email"]} for r in record["reporters"]]
            assert rows("SELECT name, titles, organisation FROM people WHERE article_id = ? ORDER BY position",
                        article["id"]) == [{"name": p["name"], "titles": json.dumps(p["titles"], ensure_ascii=False),
                                            "organisation": p["organisation"]} for p in record["people"]]
            assert rows("SELECT name, aliases, kind, country FROM organisations WHERE article_id = ? ORDER BY position",
                        article["id"]) == [{"name": o["name"], "aliases": json.dumps(o["aliases"], ensure_ascii=False),
                                            "kind": o["kind"], "country": o["country"]} for o in record["organisations"]]
            stored = rows("SELECT c.text, c.kind, c.action, c.marker, c.when_text, c.when_start, c.when_end, "
                          "c.span_start, c.span_end, (SELECT group_concat(actor, '|') FROM (SELECT actor FROM "
                          "commitment_actors WHERE commitment_id = c.id ORDER BY position)) AS actors "
                          "FROM commitments c WHERE article_id = ? ORDER BY position", article["id"])
            assert stored == [{
                "text": c["text"], "kind": c["kind"], "action": c["action"], "marker": c["marker"],
                "when_text": (c["when"] or {}).get("text"), "when_start": (c["when"] or {}).get("start"),
                "when_end": (c["when"] or {}).get("end"), "span_start": c["span"][0], "span_end": c["span"][1],
                "actors": "|".join(c["actors"]) or None} for c in record["commitments"]]
            mentions = rows("SELECT m.name, m.surface, m.span_start, m.span_end, p.name AS person, o.name AS body "
                            "FROM mentions m LEFT JOIN people p ON p.id = m.person_id "
                            "LEFT JOIN organisations o ON o.id = m.organisation_id WHERE m.article_id = ?", article["id"])
            assert sorted((m["name"], m["span_start"], m["span_end"]) for m in mentions) == sorted(
                (item["name"], start, end) for item in record["people"] + record["organisations"]
                for start, end in item["mentions"])
            for mention in mentions:
                assert mention["surface"] == record["text"][mention["span_start"]:mention["span_end"]]
                assert mention["name"] in (mention["person"], mention["body"])


def test_copies_of_one_article_are_one_story(corpus):
    with sqlite3.connect(corpus) as connection:
        rows = connection.execute("SELECT s.path, a.story_id FROM sources s JOIN articles a ON a.id = s.article_id")
        groups: dict[int, set[str]] = {}
        for path, story in rows:
            groups.setdefault(story, set()).add(Path(path).name[:3])
    assert sorted(g for g in groups.values() if len(g) > 1) == sorted(STORIES)


def test_trigram_search_finds_korean_substrings(corpus):
    with sqlite3.connect(corpus) as connection:
        found = {i for (i,) in connection.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH '과기정통부는'")}
        scanned = {i for (i,) in connection.execute("SELECT id FROM articles WHERE title || text LIKE '%과기정통부는%'")}
    assert found == scanned and found


def test_a_second_run_extracts_nothing_and_an_option_change_extracts_again(tmp_path):
    db = tmp_path / "corpus.db"
    inputs = [FIXTURES / "000_eef1bbc44fbea8fa.txt", FIXTURES / "001_0e8f19775beb0cb0.txt"]
    build(db, *inputs)
    first = counts(db)
    again = build(db, *inputs)
    assert "0 added, 0 extracted again, 2 unchanged" in again.stderr
    assert counts(db) == first
    changed = build(db, *inputs, options=["--reference-date", "2025-01-01"])
    assert "0 added, 2 extracted again, 0 unchanged" in changed.stderr
    refreshed = build(db, *inputs, options=["--reference-date", "2025-01-01", "--refresh"])
    assert "2 extracted again" in refreshed.stderr
    assert counts(db) == first


def test_failures_are_kept_until_the_input_is_fixed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes((FIXTURES / "001_0e8f19775beb0cb0.txt").read_bytes())
    (folder / "b.txt").write_bytes(b"")
    db = tmp_path / "corpus.db"
    done = kcoop("extract", str(folder), "--db", str(db), "-q", "-j", "1")
    assert done.exit_code == 1 and "b.txt" in done.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT path, reason FROM errors").fetchall() == [(str(folder / "b.txt"), "empty file")]
    (folder / "b.txt").write_bytes((FIXTURES / "009_daum_mojibake.txt").read_bytes())
    build(db, folder, options=["-q"])
    assert counts(db)["errors"] == 0 and counts(db)["articles"] == 2


def test_a_run_killed_mid_way_leaves_a_sound_database_that_the_next_run_completes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    utf8 = [f for f in fixture_inputs() if json.loads(expected_path(f).read_text(encoding="utf-8"))["source"]["encoding"] == "utf-8"]
    for i in range(48):  # distinct contents: a trailing newline more for each copy
        source = utf8[i % len(utf8)]
        (folder / f"{i:03d}{source.suffix}").write_bytes(source.read_bytes() + b"\n" * (i // len(utf8)))
    # the command as installed, with small chunks so that the first commit comes early
    driver = ("import sys, kcoop.store; kcoop.store.CHUNK_RECORDS = 4; kcoop.store.HANDOVER_RECORDS = 1; from kcoop.cli import main; "
              "sys.argv[0] = 'kcoop'; main()")
    killed, whole = tmp_path / "killed.db", tmp_path / "whole.db"  # only the killed run needs a process
    process = subprocess.Popen([sys.executable, "-c", driver, "extract", str(folder), "--db", str(killed), "-j", "1", "-q"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and not stored:
        time.sleep(0.01)
        try:
            with sqlite3.connect(killed, timeout=5) as connection:
                stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # the tables are not there yet
            pass
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    with sqlite3.connect(killed) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert 0 < connection.execute("SELECT count(*) FROM articles").fetchone()[0] < 48
    build(killed, folder, options=["-q"])
    build(whole, folder, options=["-q"])
    assert counts(killed) == counts(whole)
    assert counts(whole)["sources"] == 48


def test_a_failure_of_the_writer_thread_reaches_the_caller_and_nothing_waits_for_it(tmp_path, monkeypatch):
    from kcoop import store as store_module
    from kcoop.batch import Options, Outcome

    def full_disk(self, record, now, rows):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module.Store, "_write", full_disk)
    monkeypatch.setattr(store_module, "CHUNK_RECORDS", 1)
    monkeypatch.setattr(store_module, "HANDOVER_RECORDS", 1)  # a batch an outcome: the queue fills
    output = json.dumps(RECORDS[0], ensure_ascii=False)
    store = store_module.Store(str(tmp_path / "corpus.db"), Options())
    raised = []

    def run() -> None:  # in a thread of its own, so that a hang fails the test instead of stalling it
        def add_and_commit() -> None:
            for _ in range(3 * store_module.HANDOVER_QUEUE):  # batches handed over after the failure must not block
                store.add(Outcome("a.txt", output))
            store.commit()

        for call in (add_and_commit, store.close):
            try:
                call()
            except store_module.StoreError as exc:
                raised.append(str(exc))

    caller = threading.Thread(target=run, daemon=True)
    caller.start()
    caller.join(timeout=60)
    assert not caller.is_alive(), "the store waits for a writer that has stopped"
    assert raised == ["database or disk is full"] * 2  # at the first call after the failure, and at close
    assert not store._writer.is_alive()


def test_a_full_disk_during_a_run_is_one_line_and_exit_status_1(tmp_path, monkeypatch):
    from kcoop import store as store_module

    def full_disk(self, record, now, rows):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module.Store, "_write", full_disk)
    done = kcoop("extract", str(FIXTURES / "000_eef1bbc44fbea8fa.txt"), "--db", str(tmp_path / "c.db"), "-q", "-j", "1")
    assert done.exit_code == 1
    assert "database or disk is full" in done.stderr and "Traceback" not in done.stderr


def test_csv_has_one_row_per_article_and_a_byte_order_mark():
    done = kcoop("extract", str(FIXTURES), "--format", "csv", "-q", "-j", "1")
    assert done.exit_code == 0
    assert done.stdout_bytes.startswith("\ufeff".encode())
    rows = list(csv.DictReader(done.stdout_bytes.decode("utf-8-sig").splitlines(keepends=True)))
    assert len(rows) == len(RECORDS)
    for row, record in zip(rows, RECORDS, strict=True):
        assert row["title"] == (record["title"] or "")
        assert row["text"] == record["text"]
        assert row["people"] == "; ".join(p["name"] for p in record["people"])
        assert int(row["commitments"]) == len(record["commitments"])


def test_export_writes_one_csv_per_table(corpus, tmp_path):
    done = kcoop("export", str(corpus), "--csv", str(tmp_path / "csv"))
    assert done.exit_code == 0, done.output
    expected = counts(corpus)
    assert sorted(p.stem for p in (tmp_path / "csv").iterdir()) == sorted(expected)
    for name, rows in expected.items():
        with open(tmp_path / "csv" / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
            assert len(list(csv.reader(handle))) == rows + 1  # the header


@pytest.mark.parametrize("args", [
    ["extract", str(FIXTURES / "001_0e8f19775beb0cb0.txt"), "--db", str(ROOT / "README.md")],  # not a database
    ["extract", str(FIXTURES / "001_0e8f19775beb0cb0.txt"), "--db", "no/such/folder/corpus.db"],
    ["export", "no-such.db", "--csv", "out"],
])
def test_a_bad_database_is_one_line_not_a_traceback(args):
    done = kcoop(*args)
    assert done.exit_code == 1 and isinstance(done.exception, SystemExit)  # not an uncaught error
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("kcoop: ")


@pytest.mark.parametrize("args", [["--refresh"], ["--db", "x.db", "-o", "x.jsonl"], ["--db", "x.db", "--format", "csv"]])
def test_store_options_that_do_not_go_together_are_usage_errors(args):
    assert kcoop("extract", str(FIXTURES), *args).exit_code == 2


def test_only_the_database_needs_sqlite_utils():
    probe = "import sys, kcoop, kcoop.cli; print('sqlite_utils' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "False"


def readme_queries() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [q.strip() for block in re.findall(r"```sql\n(.*?)```", readme, re.S) for q in block.split(";") if q.strip()]


def test_every_sql_query_in_the_readme_runs(corpus):
    queries = readme_queries()
    assert len(queries) >= 8
    with sqlite3.connect(corpus) as connection:
        for query in queries:
            assert connection.execute(query).fetchall(), query  # each answers something on the fixtures


def test_records_held_while_no_more_come_are_committed_after_chunk_seconds(tmp_path, monkeypatch):
    """A slow document stops the flow: what the writer holds is committed anyway."""
    from kcoop import store as store_module
    from kcoop.batch import Options, Outcome

    monkeypatch.setattr(store_module, "CHUNK_SECONDS", 0.2)
    monkeypatch.setattr(store_module, "HANDOVER_RECORDS", 1)
    db = tmp_path / "corpus.db"
    store = store_module.Store(str(db), Options())
    try:
        store.add(Outcome("a.txt", json.dumps(RECORDS[0], ensure_ascii=False)))
        deadline, stored = time.monotonic() + 10, 0
        while not stored and time.monotonic() < deadline:
            time.sleep(0.05)
            with sqlite3.connect(db) as connection:
                stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert stored == 1
    finally:
        store.close()


def test_the_full_text_index_merges_sixteen_segments_at_a_time(corpus):
    from kcoop.store import FTS_MERGING

    with sqlite3.connect(corpus) as connection:
        settings = dict(connection.execute("SELECT k, v FROM articles_fts_config WHERE k IN ('automerge', 'crisismerge')"))
    assert settings == FTS_MERGING
