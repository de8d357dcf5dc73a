"""Which file is kept when several hold the same bytes, or decode to the same article.

The first file in path order is kept; every later copy becomes a reject naming it. The same class
serves inside a batch (in memory) and across a whole run (on disk, so that a million files keep the
memory flat), so both decide alike.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol


class FirstSeen(Protocol):
    def setdefault(self, key: str, value: str, /) -> str: ...


class DiskFirstSeen:
    """`dict.setdefault` for string keys and values, kept in an SQLite file instead of memory."""

    def __init__(self, path: Path, table: str) -> None:
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._table = table
        self._db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID")

    def setdefault(self, key: str, value: str, /) -> str:
        self._db.execute(f"INSERT OR IGNORE INTO {self._table} VALUES (?, ?)", (key, value))
        return self._db.execute(f"SELECT value FROM {self._table} WHERE key = ?", (key,)).fetchone()[0]

    def close(self) -> None:
        self._db.close()


class Deduplicator:
    def __init__(self, by_sha256: FirstSeen | None = None, by_article_id: FirstSeen | None = None) -> None:
        self._by_sha256: FirstSeen = {} if by_sha256 is None else by_sha256
        self._by_article_id: FirstSeen = {} if by_article_id is None else by_article_id

    @classmethod
    def on_disk(cls, folder: Path) -> Deduplicator:
        path = folder / "dedupe.sqlite"
        return cls(DiskFirstSeen(path, "by_sha256"), DiskFirstSeen(path, "by_article_id"))

    def file_copy_of(self, source_sha256: str | None, source_path: str) -> str | None:
        """The kept file with these bytes, or None (and this file becomes the kept one)."""
        if source_sha256 is None:
            return None
        kept = self._by_sha256.setdefault(source_sha256, source_path)
        return None if kept == source_path else kept

    def article_copy_of(self, article_id: str, source_path: str) -> str | None:
        kept = self._by_article_id.setdefault(article_id, source_path)
        return None if kept == source_path else kept

    def close(self) -> None:
        for store in (self._by_sha256, self._by_article_id):
            if isinstance(store, DiskFirstSeen):
                store.close()


def duplicate_file_detail(kept: str) -> str:
    return (
        f"Byte-identical to {kept!r}, the first copy in path order, which stands for both (as an article, or "
        "as a reject of its own). Remove this copy from the input folder."
    )


def duplicate_article_detail(kept: str) -> str:
    return (
        f"Decodes to the same article text as {kept!r}, the first copy in path order, which stands for both "
        "(the same article saved with another encoding, byte-order mark or line endings). Remove this copy."
    )
