"""The `entities` table, merged incrementally from per-article observations, in an SQLite file.

The distinct entities grow with the corpus (28,025 at 10,000 files, 158,548 at 100,000): kept in
dicts they took 71 MB at 100,000 files and several hundred at a million, the one part of a run's
memory that grew with its size. In SQLite they take its page cache, whatever the corpus.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

import pyarrow
import pyarrow.compute as pc

from flows.tables import to_arrow

Row = dict[str, Any]

_SCHEMA = (
    "CREATE TABLE kinds (entity_id TEXT PRIMARY KEY, entity_type TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE names (entity_id TEXT, name TEXT, seen INTEGER NOT NULL, PRIMARY KEY (entity_id, name))"
    " WITHOUT ROWID",
    "CREATE TABLE aliases (entity_id TEXT, alias TEXT, PRIMARY KEY (entity_id, alias)) WITHOUT ROWID",
)


class EntityMerger:
    """Add observations in any order; `rows()` is the same whatever the order.

    canonical_name: of the names the observations give, the one with the most accented letters ("López
    Obrador" over "Lopez Obrador": sources drop accents, they do not add them), then the most frequent,
    then the first in code-point order. aliases: every name and alias seen, distinct and sorted.

    `path` is the SQLite file (a new one); by default the database lives in memory, for small inputs.
    """

    def __init__(self, path: Path | None = None) -> None:
        if path is not None and path.exists():
            raise FileExistsError(f"{path} exists: an entity merge starts from a new file")
        self._db = sqlite3.connect(":memory:" if path is None else path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")  # a run's scratch file: nothing to recover after a crash
        self._db.execute("PRAGMA synchronous=OFF")
        # Entity ids are hashes: inserts land all over the tables. A bounded page cache keeps those pages
        # in memory (32 MiB at most, whatever the corpus) instead of SQLite's default 2 MiB.
        self._db.execute("PRAGMA cache_size=-32768")
        for statement in _SCHEMA:
            self._db.execute(statement)

    def add(self, observations: pyarrow.Table) -> EntityMerger:
        """Merge a table of observations (the `entities` columns; others are ignored), folded in Arrow
        before it meets the database: its distinct ids, (id, name) counts and (id, name or alias) pairs.
        Converting each observation to a Python row instead took most of a run's collection time."""
        if observations.num_rows == 0:
            return self
        observations = observations.select(["entity_id", "entity_type", "canonical_name", "aliases"])
        observations = observations.combine_chunks()  # list_parent_indices below index within one chunk
        ids, names, aliases = (observations.column(n) for n in ("entity_id", "canonical_name", "aliases"))
        kinds = observations.group_by(["entity_id", "entity_type"], use_threads=False).aggregate([])
        seen = observations.group_by(["entity_id", "canonical_name"], use_threads=False).aggregate(
            [("entity_id", "count")]
        )
        written = (
            pyarrow.table(
                {
                    "entity_id": pyarrow.concat_arrays(
                        [ids.chunk(0), pc.take(ids.chunk(0), pc.list_parent_indices(aliases.chunk(0)))]
                    ),
                    "name": pyarrow.concat_arrays([names.chunk(0), pc.list_flatten(aliases.chunk(0))]),
                }
            )
            .group_by(["entity_id", "name"], use_threads=False)
            .aggregate([])
        )
        db = self._db
        db.execute("BEGIN")
        db.executemany("INSERT OR IGNORE INTO kinds VALUES (?, ?)", _pairs(kinds, "entity_id", "entity_type"))
        db.executemany(
            "INSERT INTO names VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET seen = seen + excluded.seen",
            zip(*(seen.column(n).to_pylist() for n in ("entity_id", "canonical_name", "entity_id_count")), strict=True),
        )
        db.executemany("INSERT OR IGNORE INTO aliases VALUES (?, ?)", _pairs(written, "entity_id", "name"))
        db.execute("COMMIT")
        return self

    def rows(self) -> Iterator[Row]:
        """The merged rows in entity_id order, one at a time. SQLite's BINARY order of UTF-8 text is
        code-point order, as Python sorts strings."""
        names = groupby(self._db.execute("SELECT entity_id, name, seen FROM names ORDER BY 1, 2"), itemgetter(0))
        aliases = groupby(self._db.execute("SELECT entity_id, alias FROM aliases ORDER BY 1, 2"), itemgetter(0))
        for (key, kind), (_, named), (_, aliased) in zip(
            self._db.execute("SELECT entity_id, entity_type FROM kinds ORDER BY 1"), names, aliases, strict=True
        ):
            counts = {name: seen for _, name, seen in named}
            yield {
                "entity_id": key,
                "entity_type": kind,
                "canonical_name": _canonical(counts),
                "aliases": [alias for _, alias in aliased],
            }

    def close(self) -> None:
        self._db.close()


def merge_entities(observations: Iterable[Row]) -> list[Row]:
    """The `entities` table from per-article observations (rows), the same whatever their order."""
    merger = EntityMerger().add(to_arrow("entities", observations))
    try:
        return list(merger.rows())
    finally:
        merger.close()


def _pairs(table: pyarrow.Table, first: str, second: str) -> Iterator[tuple[str, str]]:
    return zip(table.column(first).to_pylist(), table.column(second).to_pylist(), strict=True)


def _canonical(counts: dict[str, int]) -> str:
    if len(counts) == 1:
        return next(iter(counts))
    return min(counts, key=lambda name: (-_accented_letters(name), -counts[name], name))


def _accented_letters(name: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFD", name) if unicodedata.combining(ch))
