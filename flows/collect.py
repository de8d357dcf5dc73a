"""Collects batch results, in input order, into the published tables of a staging folder.

Batches are processed independently (in parallel, or from the cache); this is where they meet,
so this is where duplicates across batches are found: the decision is remade here for every file
with the same rules a batch used, so the result does not depend on where batches were cut.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow
import pyarrow.compute as pc

from flows.dedupe import Deduplicator, duplicate_article_detail, duplicate_file_detail
from flows.entity_merge import EntityMerger
from flows.errors import Rejected
from flows.process import BatchResult, reject_row
from flows.tables import schema_of, to_arrow
from flows.write import TableWriter
from schemas import TABLES, table_name

Row = dict[str, Any]


class Collector:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._dedupe = Deduplicator()
        self._rejects: dict[str, Row] = {}
        self._files = 0
        self._entities = EntityMerger()
        # Tables written at close, from everything collected: they are small, and need the whole run.
        self._at_close = ("entities", "rejects")
        self._writers = {
            table_name(m): TableWriter(folder, table_name(m), schema_of(table_name(m)))
            for m in TABLES
            if table_name(m) not in self._at_close
        }

    def add(self, batch: BatchResult) -> None:
        own_rejects = {row["source_path"]: row for row in batch.rejects}
        dropped: list[str] = []
        for key in batch.keys:
            self._files += 1
            path = key.source_path
            if (kept := self._dedupe.file_copy_of(key.source_sha256, path)) is not None:
                self._rejects[path] = reject_row(
                    path, key.source_sha256, Rejected("duplicate-file", duplicate_file_detail(kept))
                )
            elif key.article_id is not None and (kept := self._dedupe.article_copy_of(key.article_id, path)):
                self._rejects[path] = reject_row(
                    path, key.source_sha256, Rejected("duplicate-article", duplicate_article_detail(kept))
                )
            elif path in own_rejects:
                self._rejects[path] = own_rejects[path]
                continue
            else:
                continue
            if path not in own_rejects and key.article_id is not None:
                dropped.append(key.article_id)
        for name, table in batch.tables.items():
            self._writers[name].write(_without(table, dropped))
        self._entities.add(_without(batch.observations, dropped).drop_columns(["article_id"]).to_pylist())

    def close(self) -> dict[str, int]:
        """Finish every file; the row count of each table."""
        final_rows = {
            "entities": self._entities.rows(),
            "rejects": [self._rejects[p] for p in sorted(self._rejects)],
        }
        for name in self._at_close:
            self._writers[name] = TableWriter(self.folder, name, schema_of(name))
            self._writers[name].write(to_arrow(name, final_rows[name]))
        for writer in self._writers.values():
            writer.close()
        return {table_name(m): self._writers[table_name(m)].rows for m in TABLES}

    @property
    def files(self) -> int:
        return self._files

    def rejects_by_reason(self) -> dict[str, int]:
        return dict(sorted(Counter(row["reason_code"] for row in self._rejects.values()).items()))


def _without(table: pyarrow.Table, article_ids: list[str]) -> pyarrow.Table:
    if not article_ids or table.num_rows == 0:
        return table
    mask = pc.is_in(table.column("article_id"), value_set=pyarrow.array(article_ids))
    return table.filter(pc.invert(mask))
