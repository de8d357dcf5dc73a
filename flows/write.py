"""The only code that writes dataset files: Parquet and CSV per table, then an atomic swap into place.

Row groups have a fixed number of rows whatever the batch sizes, so the bytes of a file depend only
on its rows: a run with other batch sizes, workers or cache hits writes identical files.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

import polars as pl
import pyarrow
import pyarrow.parquet as pq

ROW_GROUP_ROWS = 65_536
# Tables whose rows carry a whole article body get smaller row groups, so a writer's buffer stays small.
ROW_GROUP_ROWS_BY_TABLE = {"articles": 4_096}
_FORMULA_START = r"^[=+\-@\t\r]"


class Encoder:
    """One thread that encodes and writes the row groups handed to it, in the order they came, while the
    caller goes on (deduplicating, collecting the next batch).

    Parquet's and polars' encoders let go of the GIL, and the collecting process is otherwise busy on one
    core: a run whose batches come from the cache spent half its collecting time encoding, with the
    workers idle. At most `backlog` row groups wait, so memory stays bounded; the first error of a write
    is raised to the caller at its next hand-over, or at `drain`."""

    def __init__(self, backlog: int = 4) -> None:
        self._backlog = backlog
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newstables-encode")
        self._queued: deque[Future[None]] = deque()

    def submit(self, write: Callable[[], None]) -> None:
        self._queued.append(self._pool.submit(write))
        while len(self._queued) > self._backlog or (self._queued and self._queued[0].done()):
            self._queued.popleft().result()

    def drain(self) -> None:
        while self._queued:
            self._queued.popleft().result()

    def close(self) -> None:
        """Waits for what is queued (raising its first error), then ends the thread."""
        try:
            self.drain()
        finally:
            self.abandon()

    def abandon(self) -> None:
        """Drops what has not started, waits for what has; raises nothing."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._queued.clear()


class TableWriter:
    """Streams one table into `<name>.parquet` and `<name>.csv` in a folder; with an `encoder`, the encoding
    and writing happen on its thread (every writer of a folder shares one, so each file is written in order)."""

    def __init__(self, folder: Path, name: str, schema: pyarrow.Schema, encoder: Encoder | None = None) -> None:
        self.name = name
        self._encoder = encoder
        self.schema = schema
        self.rows = 0
        self._row_group_rows = ROW_GROUP_ROWS_BY_TABLE.get(name, ROW_GROUP_ROWS)
        self._pending: list[pyarrow.Table] = []
        self._pending_rows = 0
        self._parquet = pq.ParquetWriter(
            folder / f"{name}.parquet",
            schema,
            compression="zstd",
            use_dictionary=True,
            write_statistics=True,
            version="2.6",
        )
        self._csv: BinaryIO = (folder / f"{name}.csv").open("wb")
        self._csv_header_written = False

    def write(self, table: pyarrow.Table) -> None:
        if table.num_rows == 0:
            return
        self._pending.append(table.cast(self.schema))
        self._pending_rows += table.num_rows
        self.rows += table.num_rows
        while self._pending_rows >= self._row_group_rows:
            self._flush(self._row_group_rows)

    def _flush(self, n_rows: int) -> None:
        combined = pyarrow.concat_tables(self._pending)
        # One contiguous chunk per row group: the Parquet writer cuts its pages at chunk boundaries too,
        # and those are where the batches were cut, which must not show in the bytes.
        chunk, rest = combined.slice(0, n_rows).combine_chunks(), combined.slice(n_rows)
        if self._encoder is None:
            self._write_row_group(chunk)
        else:
            self._encoder.submit(lambda: self._write_row_group(chunk))
        self._pending = [rest] if rest.num_rows else []
        self._pending_rows = rest.num_rows

    def _write_row_group(self, chunk: pyarrow.Table) -> None:
        self._parquet.write_table(chunk, row_group_size=chunk.num_rows)
        self._write_csv(chunk)

    def _write_csv(self, table: pyarrow.Table) -> None:
        frame = csv_frame(table)
        frame.write_csv(
            self._csv,
            include_header=not self._csv_header_written,
            line_terminator="\r\n",
            quote_style="necessary",
            null_value="",
        )
        self._csv_header_written = True

    def close(self) -> None:
        """Writes the last rows and closes the files; with an encoder, after everything queued is written."""
        if self._pending_rows:
            self._flush(self._pending_rows)
        if self._encoder is not None:
            self._encoder.drain()
        if not self._csv_header_written:
            self._csv.write((",".join(self.schema.names) + "\r\n").encode())
        self._parquet.close()
        self._csv.close()


def csv_frame(table: pyarrow.Table) -> pl.DataFrame:
    """The CSV projection of a table: lists as JSON arrays, and text a spreadsheet would run made inert.

    A cell starting with =, +, -, @, tab or carriage return is a formula to spreadsheet software
    (CSV injection); a leading apostrophe makes it plain text there. Parquet keeps the exact text.
    """
    frame: pl.DataFrame = pl.from_arrow(table)  # type: ignore[assignment]
    exprs = []
    for name, dtype in frame.schema.items():
        column = pl.col(name)
        if isinstance(dtype, pl.List):
            # polars encodes structs, not bare lists, as JSON: wrap the list and unwrap the text.
            encoded = pl.struct(column).struct.json_encode().str.strip_prefix(f'{{"{name}":').str.strip_suffix("}")
            exprs.append(pl.when(column.is_null()).then(None).otherwise(encoded).alias(name))
        elif dtype == pl.String:
            exprs.append(pl.when(column.str.contains(_FORMULA_START)).then("'" + column).otherwise(column).alias(name))
    return frame.with_columns(exprs) if exprs else frame


# --- atomic publication ---------------------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with Linux renameat2(RENAME_EXCHANGE); False where unsupported."""
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def staging_folder(target: Path) -> Path:
    """A fresh folder beside `target` (same file system, so the final rename is atomic)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    folder = target.parent / f"{target.name}.staging-{os.getpid()}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    return folder


def remove_stale_staging(target: Path) -> None:
    """Leftovers of runs that were killed; call only while holding the output lock."""
    for leftover in target.parent.glob(f"{target.name}.staging-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    old = target.parent / f"{target.name}.previous"
    if old.exists() and not target.exists():
        old.rename(target)  # a non-atomic swap was killed between its two renames: put the old one back
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)


def swap_into_place(staging: Path, target: Path) -> None:
    """Make `staging` the published `target`.

    On Linux the two folders are exchanged in one atomic step, so `target` is at every instant the
    complete old or the complete new dataset. Elsewhere two renames are needed, and a run killed
    between them is undone by `remove_stale_staging` at the start of the next run.
    """
    if not target.exists():
        staging.rename(target)
        return
    if _exchange(staging, target):
        shutil.rmtree(staging)
        return
    old = target.parent / f"{target.name}.previous"
    target.rename(old)
    staging.rename(target)
    shutil.rmtree(old)
