"""CSV for spreadsheets: one row per article (``kcoop extract --format csv``) and one file per
table of a corpus database (``kcoop export corpus.db --csv DIR``).

UTF-8 with a byte-order mark: without it a spreadsheet program reads the file in the local
code page and Korean comes out garbled. Fields with line breaks (an article's text) are
quoted, as spreadsheets and Python's csv module read them.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

BOM = "\ufeff"
LIST_SEPARATOR = "; "

# The record's scalar fields (nested ones flattened), then its lists as names, the number of
# commitments, and the reason for an input that failed (with --errors json).
ARTICLE_COLUMNS = (
    "path", "sha256", "bytes", "encoding", "layout", "layout_confidence", "url",
    "title", "subtitle", "outlet", "published_date", "published_time", "published_basis", "published_confidence",
    "dateline", "reporters", "people", "organisations", "commitments", "captions", "warnings", "text", "error",
)


class ArticleRows:
    """Turns the JSON of records (and of error records) into CSV lines."""

    def __init__(self) -> None:
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\n")

    def header(self) -> str:
        return BOM + self._line(ARTICLE_COLUMNS)

    def line(self, record_json: str) -> str:
        row = article_row(json.loads(record_json))
        return self._line([row[column] for column in ARTICLE_COLUMNS])

    def _line(self, values: Iterable) -> str:
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(values)
        return self._buffer.getvalue()


def article_row(record: dict) -> dict:
    """A record (or an error record) as one flat row of ``ARTICLE_COLUMNS``; None for no value."""
    source, published = record["source"], record.get("published") or {}
    row = dict.fromkeys(ARTICLE_COLUMNS)
    if "error" in record:
        return {**row, "path": source["path"], "error": record["error"]}
    return {
        **row,
        **{k: source.get(k) for k in ("path", "sha256", "bytes", "encoding", "layout", "layout_confidence", "url")},
        **{k: record[k] for k in ("title", "subtitle", "outlet", "dateline", "text")},
        **{f"published_{k}": published.get(k) for k in ("date", "time", "basis", "confidence")},
        **{k: LIST_SEPARATOR.join(item["name"] for item in record[k]) for k in ("reporters", "people", "organisations")},
        "commitments": len(record["commitments"]),
        "captions": LIST_SEPARATOR.join(record["captions"]),
        "warnings": LIST_SEPARATOR.join(record["warnings"]),
    }


class ExportError(Exception):
    """The database cannot be read or the folder cannot be written."""


def export_tables(database: str, folder: str) -> list[Path]:
    """One ``TABLE.csv`` per table of ``database`` in ``folder`` (full-text indexes left out)."""
    if not os.path.isfile(database):
        raise ExportError(f"{database}: no such file")
    written = []
    try:
        connection = sqlite3.connect(database)
        try:
            tables = _tables(connection)
            Path(folder).mkdir(parents=True, exist_ok=True)
            for table in tables:
                target = Path(folder, f"{table}.csv")
                cursor = connection.execute(f'SELECT * FROM "{table}"')
                with open(target, "w", encoding="utf-8-sig", newline="") as handle:
                    writer = csv.writer(handle, lineterminator="\n")
                    writer.writerow(column[0] for column in cursor.description)
                    writer.writerows(cursor)
                written.append(target)
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise ExportError(f"{database}: {str(exc).lower()}") from None
    except OSError as exc:
        raise ExportError(f"{exc.filename or folder}: {(exc.strerror or str(exc)).lower()}") from None
    return written


def _tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "ORDER BY rowid").fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    # a full-text index is a virtual table and its shadow tables (NAME_data, NAME_idx …)
    return [name for name, _ in rows if name not in virtual and not any(name.startswith(v + "_") for v in virtual)]
