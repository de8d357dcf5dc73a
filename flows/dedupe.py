"""Which file is kept when several hold the same bytes, or decode to the same article.

The first file in path order is kept; every later copy becomes a reject naming it. The same class
serves inside a batch (in memory) and across a whole run (on disk, so that a million files keep the
memory flat), so both decide alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from flows.sql_chunks import in_chunks


class FirstSeen(Protocol):
    def first_seen(self, pairs: Sequence[tuple[str, str]], /) -> list[str]:
        """For each (key, value) in order, the value first given for the key (this one, if it is new)."""
        ...

    def close(self) -> None: ...


class MemoryFirstSeen:
    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def first_seen(self, pairs: Sequence[tuple[str, str]], /) -> list[str]:
        return [self._seen.setdefault(key, value) for key, value in pairs]

    def close(self) -> None:
        self._seen.clear()


class DiskFirstSeen:
    """The same, kept in an SQLite file instead of memory: one query per batch, not one per file.

    The file is a run's scratch, read by this connection alone: no journal, no fsync, and one transaction
    for the connection's life, never committed. Committed a batch at a time, a batch's hash keys, spread
    over the whole index, wrote most of it back to the file on every commit (100,000 files: 4.9 s in
    autocommit, 1.9 s committed a batch at a time, 0.9 s in one transaction). An 8 MiB page cache each: a
    million files in 17.4 s with it, 16.8 s with 32 MiB, which cost the driver 50 MB more."""

    def __init__(self, path: Path, table: str) -> None:
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("PRAGMA cache_size=-8192")  # 8 MiB, SQLite's default 2 MiB
        self._db.execute("BEGIN")
        self._table = table
        self._db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID")

    def first_seen(self, pairs: Sequence[tuple[str, str]], /) -> list[str]:
        keys = sorted({key for key, _ in pairs})
        known: dict[str, str] = {}
        for chunk, marks in in_chunks(keys):
            known.update(self._db.execute(f"SELECT key, value FROM {self._table} WHERE key IN ({marks})", chunk))
        new: dict[str, str] = {}
        kept = [known.get(key) or new.setdefault(key, value) for key, value in pairs]
        self._db.executemany(f"INSERT INTO {self._table} VALUES (?, ?)", new.items())
        return kept

    def close(self) -> None:
        self._db.close()


class Deduplicator:
    def __init__(self, by_sha256: FirstSeen | None = None, by_article_id: FirstSeen | None = None) -> None:
        self._by_sha256: FirstSeen = MemoryFirstSeen() if by_sha256 is None else by_sha256
        self._by_article_id: FirstSeen = MemoryFirstSeen() if by_article_id is None else by_article_id

    @classmethod
    def on_disk(cls, folder: Path) -> Deduplicator:
        # A file each: one connection's open transaction would lock the other out of a shared file.
        return cls(
            DiskFirstSeen(folder / "dedupe-sha256.sqlite", "by_sha256"),
            DiskFirstSeen(folder / "dedupe-article-id.sqlite", "by_article_id"),
        )

    def file_copy_of(self, source_sha256: str | None, source_path: str) -> str | None:
        """The kept file with these bytes, or None (and this file becomes the kept one)."""
        if source_sha256 is None:
            return None
        kept = self._by_sha256.first_seen([(source_sha256, source_path)])[0]
        return None if kept == source_path else kept

    def article_copy_of(self, article_id: str, source_path: str) -> str | None:
        kept = self._by_article_id.first_seen([(article_id, source_path)])[0]
        return None if kept == source_path else kept

    def copies_of(self, files: Sequence[tuple[str, str | None, str | None]]) -> list[tuple[str, str] | None]:
        """For each (path, sha256, article_id) in order, what `file_copy_of` then `article_copy_of` would say
        one file at a time: ("duplicate-file", kept path), ("duplicate-article", kept path) or None."""
        with_bytes = iter(self._by_sha256.first_seen([(sha, path) for path, sha, _ in files if sha is not None]))
        file_kept = [next(with_bytes) if sha is not None else path for path, sha, _ in files]
        originals = [(aid, path) for (path, _, aid), kept in zip(files, file_kept, strict=True) if kept == path and aid]
        article_kept = iter(self._by_article_id.first_seen(originals))
        verdicts: list[tuple[str, str] | None] = []
        for (path, _, article_id), kept in zip(files, file_kept, strict=True):
            if kept != path:
                verdicts.append(("duplicate-file", kept))
            elif article_id and (kept_article := next(article_kept)) != path:
                verdicts.append(("duplicate-article", kept_article))
            else:
                verdicts.append(None)
        return verdicts

    def close(self) -> None:
        self._by_sha256.close()
        self._by_article_id.close()


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
