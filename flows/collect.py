"""Collects batch results, in input order, into the published tables of a staging folder.

Batches are processed independently (in parallel, or from the cache); this is where they meet,
so this is where duplicates across batches are found: the decision is remade here for every file
with the same rules a batch used, so the result does not depend on where batches were cut.
"""

from __future__ import annotations

from collections import Counter
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow
import pyarrow.compute as pc

from flows.dedupe import Deduplicator, duplicate_article_detail, duplicate_file_detail
from flows.entity_merge import EntityMerger
from flows.errors import Rejected
from flows.process import BatchResult, reject_row
from flows.tables import schema_of, to_arrow
from flows.write import Encoder, TableWriter
from schemas import TABLES, table_name

Row = dict[str, Any]
ENTITY_CHUNK_ROWS = 65_536


class Collector:
    """`folder` receives the published files; `work_dir` (not published) holds the run's bookkeeping."""

    def __init__(self, folder: Path, work_dir: Path) -> None:
        self.folder = folder
        self._dedupe = Deduplicator.on_disk(work_dir)
        self._files = 0
        self._reasons: Counter[str] = Counter()
        self.cache_hits = 0
        self.batches_from_cache = 0
        self.stage_seconds: Counter[str] = Counter()
        self._entities = EntityMerger(work_dir / "entities")
        self._encoder = Encoder()
        # Every table streams to its files as batches arrive, but entities: they merge the whole run.
        self._writers = {
            table_name(m): TableWriter(folder, table_name(m), schema_of(table_name(m)), self._encoder)
            for m in TABLES
            if table_name(m) != "entities"
        }

    def add(self, batch: BatchResult) -> None:
        self.cache_hits += batch.cache_hits
        self.batches_from_cache += batch.whole_from_cache
        self.stage_seconds.update(batch.stage_seconds)
        own_rejects = {row["source_path"]: row for row in batch.rejects}
        rejects: list[Row] = []  # in input order
        dropped: list[str] = []
        self._files += len(batch.keys)
        files = [(key.source_path, key.source_sha256, key.article_id) for key in batch.keys]
        for key, verdict in zip(batch.keys, self._dedupe.copies_of(files), strict=True):
            path = key.source_path
            if verdict is None:
                if path in own_rejects:
                    rejects.append(own_rejects[path])
                continue
            code, kept = verdict
            detail = duplicate_file_detail(kept) if code == "duplicate-file" else duplicate_article_detail(kept)
            rejects.append(reject_row(path, key.source_sha256, Rejected(code, detail)))
            if path not in own_rejects and key.article_id is not None:
                dropped.append(key.article_id)
        self._reasons.update(row["reason_code"] for row in rejects)
        for name, table in batch.tables.items():
            self._writers[name].write(_without(table, dropped))
        self._writers["rejects"].write(to_arrow("rejects", rejects))
        self._entities.add(_without(batch.observations, dropped))

    def close(self) -> dict[str, int]:
        """Finish every file; the row count of each table."""
        writer = self._writers["entities"] = TableWriter(self.folder, "entities", schema_of("entities"), self._encoder)
        merged = self._entities.rows()
        while chunk := list(islice(merged, ENTITY_CHUNK_ROWS)):
            writer.write(to_arrow("entities", chunk))
        self._entities.close()
        for writer in self._writers.values():
            writer.close()
        self._encoder.close()
        self._dedupe.close()
        return {table_name(m): self._writers[table_name(m)].rows for m in TABLES}

    def __enter__(self) -> Collector:
        return self

    def __exit__(self, *exc_info: object) -> None:
        """The encoder's thread stops (after a failure: what it has queued is dropped, what it is writing
        ends), so that nothing writes into the staging folder once the run lets go of it."""
        self._encoder.abandon()

    @property
    def files(self) -> int:
        return self._files

    def rejects_by_reason(self) -> dict[str, int]:
        return dict(sorted(self._reasons.items()))


def _without(table: pyarrow.Table, article_ids: list[str]) -> pyarrow.Table:
    if not article_ids or table.num_rows == 0:
        return table
    mask = pc.is_in(table.column("article_id"), value_set=pyarrow.array(article_ids))
    return table.filter(pc.invert(mask))
