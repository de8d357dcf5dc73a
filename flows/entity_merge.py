"""The `entities` table, merged from per-article observations without holding them in memory.

The distinct entities grow with the corpus (28,025 at 10,000 files, 158,548 at 100,000): kept in
dicts they took 71 MB at 100,000 files and several hundred at a million, the one part of a run's
memory that grew with its size. Each batch's observations are folded in Arrow and appended to three
scratch Parquet files; at the end DuckDB sums and sorts each, a range of entity ids at a time (so that
each fits in a fixed memory limit), and the three sorted results are read side by side. Before, an
SQLite file keyed by entity took every batch's rows one at a time into B-trees that grew with the corpus:
7.8 s of the driver's time at 100,000 files (1.9 s now), 88 s at 1.27 million entities (19 s now).
"""

from __future__ import annotations

import shutil
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import chain, groupby, pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any

import duckdb
import pyarrow
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.tables import to_arrow

Row = dict[str, Any]

# DuckDB's working memory for the merge, whatever the corpus. It did not spill enough to sort and
# deduplicate 27 million alias rows (194 MB of scratch Parquet) within 128 MB, so each table is merged in
# ranges of entity_id of about PARTITION_BYTES of scratch Parquet each (24 MB fitted in 64 MB); at most
# 256 ranges, which keeps them that small up to about 4 GB of a table's scratch (tens of millions of articles).
MEMORY_LIMIT = "128MB"
PARTITION_BYTES = 16 << 20
READ_ROWS = 65_536

_TABLES = {
    "kinds": pyarrow.schema([("entity_id", pyarrow.string()), ("entity_type", pyarrow.string())]),
    "names": pyarrow.schema([("entity_id", pyarrow.string()), ("name", pyarrow.string()), ("seen", pyarrow.int64())]),
    "aliases": pyarrow.schema([("entity_id", pyarrow.string()), ("alias", pyarrow.string())]),
}

# What each scratch table gives for a range of entity_id, sorted; the three are then read side by side.
# DuckDB compares text byte by byte, and the byte order of UTF-8 is code-point order, as Python sorts
# strings. An entity's id is a hash of its type and name, so min() only picks the one type there is.
_SORTED = {
    "kinds": "SELECT entity_id, min(entity_type) FROM {} WHERE {} GROUP BY entity_id ORDER BY entity_id",
    "names": "SELECT entity_id, name, sum(seen) FROM {} WHERE {} GROUP BY entity_id, name ORDER BY entity_id, name",
    "aliases": "SELECT DISTINCT entity_id, alias FROM {} WHERE {} ORDER BY entity_id, alias",
}


class EntityMerger:
    """Add observations in any order; `rows()` is the same whatever the order.

    canonical_name: of the names the observations give, the one with the most accented letters ("López
    Obrador" over "Lopez Obrador": sources drop accents, they do not add them), then the most frequent,
    then the first in code-point order. aliases: every name and alias seen, distinct and sorted.

    `folder` is a new folder for the scratch files (by default a temporary one), removed by `close()`.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self._scratch = Path(tempfile.mkdtemp(prefix="newstables-entities-")) if folder is None else folder
        self._scratch.mkdir(parents=True, exist_ok=folder is None)  # an entity merge starts from nothing
        self._writers = {
            table: pq.ParquetWriter(self._scratch / f"{table}.parquet", schema, compression="lz4")
            for table, schema in _TABLES.items()
        }

    def add(self, observations: pyarrow.Table) -> EntityMerger:
        """Merge a table of observations (the `entities` columns; others are ignored), folded in Arrow
        before it is written: its distinct ids, (id, name) counts and (id, name or alias) pairs.
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
        self._append("kinds", kinds.select(["entity_id", "entity_type"]))
        self._append("names", seen.select(["entity_id", "canonical_name", "entity_id_count"]))
        self._append("aliases", written.select(["entity_id", "name"]))
        return self

    def _append(self, table: str, rows: pyarrow.Table) -> None:
        self._writers[table].write_table(rows.rename_columns(_TABLES[table].names).cast(_TABLES[table]))

    def rows(self) -> Iterator[Row]:
        """The merged rows in entity_id order, one at a time."""
        for writer in self._writers.values():
            writer.close()
        sorted_parts: dict[str, list[Path]] = {table: [] for table in _SORTED}
        config = {"memory_limit": MEMORY_LIMIT, "temp_directory": str(self._scratch / "spill")}
        with duckdb.connect(config=config) as db:
            for table, query in _SORTED.items():
                source = self._scratch / f"{table}.parquet"
                parts = -(-source.stat().st_size // PARTITION_BYTES)
                for number, (low, high) in enumerate(id_ranges(parts)):
                    target = self._scratch / f"{table}-sorted-{number:03d}.parquet"
                    selected = query.format(f"read_parquet({_literal(str(source))})", _id_between(low, high))
                    db.execute(f"COPY ({selected}) TO {_literal(str(target))} (FORMAT parquet)")
                    sorted_parts[table].append(target)
        kinds, names, aliases = (chain.from_iterable(map(_read, sorted_parts[table])) for table in _SORTED)
        by_id = itemgetter(0)
        for (key, kind), (_, named), (_, aliased) in zip(
            kinds, groupby(names, by_id), groupby(aliases, by_id), strict=True
        ):
            yield {
                "entity_id": key,
                "entity_type": kind,
                "canonical_name": _canonical({name: seen for _, name, seen in named}),
                "aliases": [alias for _, alias in aliased],
            }

    def close(self) -> None:
        for writer in self._writers.values():
            writer.close()
        shutil.rmtree(self._scratch, ignore_errors=True)


def merge_entities(observations: Iterable[Row]) -> list[Row]:
    """The `entities` table from per-article observations (rows), the same whatever their order."""
    merger = EntityMerger().add(to_arrow("entities", observations))
    try:
        return list(merger.rows())
    finally:
        merger.close()


def id_ranges(parts: int) -> list[tuple[str | None, str | None]]:
    """`parts` (at most 256) consecutive ranges [low, high) of text that together hold every string, in
    order, cut evenly for entity ids, which are hexadecimal hashes. None: no bound."""
    parts = min(max(parts, 1), 256)
    bounds = [None, *(f"{k * 256 // parts:02x}" for k in range(1, parts)), None]
    return list(pairwise(bounds))


def _id_between(low: str | None, high: str | None) -> str:
    conditions = [f"entity_id >= {_literal(low)}"] if low is not None else []
    conditions += [f"entity_id < {_literal(high)}"] if high is not None else []
    return " AND ".join(conditions) or "true"


def _literal(text: str) -> str:
    """Text as an SQL string literal (a work folder's name may hold a quote)."""
    return "'" + text.replace("'", "''") + "'"


def _read(path: Path) -> Iterator[tuple[Any, ...]]:
    for chunk in pq.ParquetFile(path).iter_batches(READ_ROWS):
        yield from zip(*(column.to_pylist() for column in chunk.columns), strict=True)


def _canonical(counts: dict[str, int]) -> str:
    if len(counts) == 1:
        return next(iter(counts))
    return min(counts, key=lambda name: (-_accented_letters(name), -counts[name], name))


def _accented_letters(name: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFD", name) if unicodedata.combining(ch))
